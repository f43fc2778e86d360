use std::fs;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};

use jiff::Timestamp;

use super::*;
use crate::progress::model::{Change, SkillState};
use crate::progress::store::ProgressStore;

fn tick() -> Change {
    Change::SetState {
        ladder: "pm".into(),
        item: crate::progress::Item::skill("a"),
        state: SkillState::Developed,
        at: Timestamp::UNIX_EPOCH.into(),
    }
}

/// Makes a device node as `mknod` does; `None` (with the reason printed) when not allowed.
fn mknod_char(path: &Path, major: u32, minor: u32) -> Option<()> {
    let name = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).ok()?;
    let device = libc::makedev(major, minor);
    // SAFETY: a valid C string; mknod only creates a node.
    let made = unsafe { libc::mknod(name.as_ptr(), libc::S_IFCHR | 0o666, device) };
    if made == 0 {
        return Some(());
    }
    eprintln!(
        "skipped: mknod needs root (or CAP_MKNOD): {}",
        io::Error::last_os_error()
    );
    None
}

fn mkfifo(path: &Path) {
    let name = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).expect("path");
    // SAFETY: a valid C string; mkfifo only creates a node.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0, "mkfifo");
}

#[test]
fn a_copy_of_a_device_is_refused_and_stays_a_device() {
    let dir = tempfile::tempdir().expect("temp dir");
    let zero = dir.path().join("zero");
    if mknod_char(&zero, 1, 5).is_none() {
        return;
    }
    let store = ProgressStore::new(&zero);
    let error = store
        .commit(&tick())
        .expect_err("a device is not a progress file");
    let message = error.to_string();
    assert!(message.contains("character device"), "{message}");
    assert!(
        message.contains(&zero.display().to_string()),
        "names the path: {message}"
    );
    assert!(store.load().is_err(), "not read either");
    assert!(
        fs::symlink_metadata(&zero)
            .expect("still there")
            .file_type()
            .is_char_device()
    );
}

#[test]
fn a_copy_of_dev_null_reads_nothing_saves_nothing_and_stays_a_device() {
    let dir = tempfile::tempdir().expect("temp dir");
    let null = dir.path().join("null");
    if mknod_char(&null, 1, 3).is_none() {
        return;
    }
    let store = ProgressStore::new(&null);
    assert!(store.discards());
    let shown = store.commit(&tick()).expect("accepted, in memory");
    assert_eq!(shown.state("pm", "a"), SkillState::Developed);
    assert!(store.load().expect("reads as empty").is_empty());
    assert!(
        fs::symlink_metadata(&null)
            .expect("still there")
            .file_type()
            .is_char_device()
    );
    let names: Vec<_> = fs::read_dir(dir.path())
        .expect("list")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names, ["null"], "no lock file or temporary beside it");
}

#[test]
fn the_real_dev_null_is_never_replaced() {
    let store = ProgressStore::new("/dev/null");
    assert!(store.discards());
    store.commit(&tick()).expect("accepted, not saved");
    assert!(
        fs::metadata("/dev/null")
            .expect("exists")
            .file_type()
            .is_char_device()
    );
}

#[test]
fn a_fifo_is_refused_at_once_for_reading_and_writing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("progress.toml");
    mkfifo(&fifo);
    let store = ProgressStore::new(&fifo);
    let message = store.load().expect_err("not read").to_string();
    assert!(message.contains("pipe (FIFO)"), "{message}");
    let message = store.commit(&tick()).expect_err("not written").to_string();
    assert!(message.contains("pipe (FIFO)"), "{message}");
    assert!(
        fs::symlink_metadata(&fifo)
            .expect("still there")
            .file_type()
            .is_fifo()
    );
}

#[test]
fn directories_and_sockets_are_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("folder");
    fs::create_dir(&folder).expect("mkdir");
    let socket_path = dir.path().join("socket");
    let _socket = std::os::unix::net::UnixListener::bind(&socket_path).expect("bind");
    for (path, kind) in [(&folder, "a directory"), (&socket_path, "a socket")] {
        let message = ProgressStore::new(path)
            .commit(&tick())
            .expect_err("refused")
            .to_string();
        assert!(message.contains(kind), "{message}");
        assert!(message.contains(&path.display().to_string()), "{message}");
    }
    assert!(folder.is_dir());
}

#[test]
fn a_read_only_file_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("progress.toml");
    fs::write(&path, "version = 1\n").expect("write");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).expect("chmod");
    let store = ProgressStore::new(&path);
    let message = store.commit(&tick()).expect_err("read-only").to_string();
    assert!(message.contains("read-only"), "{message}");
    assert!(message.contains(&path.display().to_string()), "{message}");
    assert_eq!(fs::read_to_string(&path).expect("read"), "version = 1\n");
    assert_eq!(
        fs::metadata(&path).expect("meta").permissions().mode() & 0o777,
        0o444
    );
    assert!(store.load().expect("still readable").is_empty());
}

#[test]
fn a_chain_of_links_to_a_file_not_made_yet_is_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let first = dir.path().join("progress.toml");
    let middle = dir.path().join("middle.toml");
    let last = dir.path().join("store/real.toml");
    std::os::unix::fs::symlink("middle.toml", &first).expect("link");
    std::os::unix::fs::symlink("store/real.toml", &middle).expect("link");
    fs::create_dir(dir.path().join("store")).expect("mkdir");
    ProgressStore::new(&first)
        .commit(&tick())
        .expect("saves through the chain");
    assert!(
        fs::symlink_metadata(&first)
            .expect("meta")
            .file_type()
            .is_symlink()
    );
    assert!(
        fs::symlink_metadata(&middle)
            .expect("meta")
            .file_type()
            .is_symlink()
    );
    assert!(fs::symlink_metadata(&last).expect("meta").is_file());
    let read = ProgressStore::new(&first)
        .load()
        .expect("reads through the chain");
    assert_eq!(read.state("pm", "a"), SkillState::Developed);
}

#[test]
fn a_loop_of_links_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = dir.path().join("a");
    std::os::unix::fs::symlink("b", &a).expect("link");
    std::os::unix::fs::symlink("a", dir.path().join("b")).expect("link");
    let message = ProgressStore::new(&a)
        .commit(&tick())
        .expect_err("loop")
        .to_string();
    assert!(message.contains("loop"), "{message}");
}

#[test]
fn a_hard_linked_file_keeps_its_links() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("progress.toml");
    let other = dir.path().join("backup-of-progress.toml");
    fs::write(&path, "version = 1\n").expect("write");
    fs::hard_link(&path, &other).expect("link");
    ProgressStore::new(&path).commit(&tick()).expect("saves");
    let through_other = ProgressStore::new(&other).load().expect("reads");
    assert_eq!(
        through_other.state("pm", "a"),
        SkillState::Developed,
        "both names see the change"
    );
}
