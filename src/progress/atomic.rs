//! Replacing a file so that a crash or `kill -9` at any instant leaves either the old file or
//! the new one, never a torn mix: write a temporary file in the same directory, fsync it,
//! rename it over the target (atomic within one file system), then fsync the directory so the
//! rename itself survives a power cut.
//!
//! Where the rename cannot work (the file is a bind mount, as with Docker's `-v file:file`,
//! and rename fails with EBUSY) the file is written in place instead; see `in_place`.

use std::ffi::OsString;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

use super::error::ProgressError;
use super::in_place::write_in_place;

/// Temporary files are named `.progress.toml.rungs-save-XXXXXX.tmp`: a name only rungs makes,
/// so clean-up never mistakes someone else's file for its own.
const TEMP_MARK: &str = "rungs-save-";
const TEMP_SUFFIX: &str = ".tmp";
/// The length of the random part tempfile puts between prefix and suffix.
const TEMP_RANDOM_LEN: usize = 6;

/// Writes `bytes` to `path` atomically and durably, creating the directory if missing.
/// Keeps the old file's permissions, so a file someone made group-readable stays so.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ProgressError> {
    write_atomic_via(path, bytes, |from, to| fs::rename(from, to))
}

/// [`write_atomic`] with the rename passed in, so tests can make it fail as a bind mount does.
pub(super) fn write_atomic_via(
    path: &Path,
    bytes: &[u8],
    rename: impl Fn(&Path, &Path) -> io::Result<()>,
) -> Result<(), ProgressError> {
    let dir = parent_dir(path);
    fs::create_dir_all(dir).map_err(|error| ProgressError::io(dir, "create the directory", error))?;
    let mut temp = tempfile::Builder::new()
        .prefix(&temp_prefix(path))
        .suffix(TEMP_SUFFIX)
        .rand_bytes(TEMP_RANDOM_LEN)
        .tempfile_in(dir)
        .map_err(|error| ProgressError::io(dir, "create a temporary file in this directory", error))?;
    if let Ok(metadata) = fs::metadata(path) {
        // Best effort: failing to copy permissions is no reason to lose the user's change.
        let _ = temp.as_file().set_permissions(metadata.permissions());
    }
    let written = temp.write_all(bytes).and_then(|()| temp.as_file().sync_all());
    written.map_err(|error| ProgressError::io(temp.path(), "write", error))?;
    // On failure the temporary path is dropped, which deletes it; the old file is untouched.
    let temp = temp.into_temp_path();
    match rename(&temp, path) {
        Ok(()) => {
            // Renamed away: there is nothing left at the temporary path to delete.
            let _ = temp.keep();
        }
        Err(error) if is_busy(&error) => return write_in_place(path, bytes),
        Err(error) => return Err(ProgressError::io(path, "replace", error)),
    }
    sync_dir(dir).map_err(|error| ProgressError::io(dir, "flush the directory", error))
}

/// EBUSY: the target is a mount point (a bind-mounted file), which rename cannot replace.
fn is_busy(error: &io::Error) -> bool {
    error.kind() == io::ErrorKind::ResourceBusy
}

/// Deletes temporary files a killed writer left beside `path`: only files named as rungs names
/// them. Only call while holding the write lock: then no other writer is midway through one.
pub fn remove_stale_temps(path: &Path) {
    let prefix = temp_prefix(path);
    let Ok(entries) = fs::read_dir(parent_dir(path)) else {
        return;
    };
    for entry in entries.flatten() {
        let is_file = entry.file_type().is_ok_and(|kind| kind.is_file());
        if is_file && is_our_temp(&prefix, &entry.file_name()) {
            // A leftover that cannot be removed is harmless; the next writer will try again.
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Exactly `<prefix><6 letters or digits>.tmp`, as [`write_atomic`] names its files.
fn is_our_temp(prefix: &OsString, name: &std::ffi::OsStr) -> bool {
    let (Some(prefix), Some(name)) = (prefix.to_str(), name.to_str()) else {
        return false;
    };
    name.strip_prefix(prefix)
        .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
        .is_some_and(|random| {
            random.len() == TEMP_RANDOM_LEN && random.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// The directory holding `path`; `.` for a bare file name.
pub fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// `.progress.toml.rungs-save-` for `progress.toml`: hidden, clearly belonging to that file,
/// and clearly made by rungs.
fn temp_prefix(path: &Path) -> OsString {
    let mut prefix = OsString::from(".");
    prefix.push(path.file_name().unwrap_or_default());
    prefix.push(".");
    prefix.push(TEMP_MARK);
    prefix
}

#[cfg(unix)]
pub(super) fn sync_dir(dir: &Path) -> std::io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Windows cannot open a directory as a file; its rename is already durable enough there.
#[cfg(not(unix))]
pub(super) fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("nested/progress.toml");
        write_atomic(&path, b"one").expect("first write creates the directory");
        write_atomic(&path, b"two").expect("second write replaces");
        assert_eq!(fs::read(&path).expect("read back"), b"two");
        let names: Vec<_> = fs::read_dir(parent_dir(&path))
            .expect("list")
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, ["progress.toml"]);
    }

    #[test]
    fn stale_temporaries_are_removed_and_others_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("progress.toml");
        fs::write(dir.path().join(".progress.toml.rungs-save-abc123.tmp"), "torn").expect("write");
        let not_ours = [
            "notes.tmp",
            // Someone's own files that merely look like temporaries of the progress file.
            ".progress.toml.abc123.tmp",
            ".progress.toml.backup.tmp",
            ".progress.toml.rungs-save-abc123.tmp.keep",
            ".progress.toml.rungs-save-my-own-copy.tmp",
        ];
        for name in not_ours {
            fs::write(dir.path().join(name), "mine").expect("write");
        }
        fs::create_dir(dir.path().join(".progress.toml.rungs-save-dir123.tmp")).expect("mkdir");
        remove_stale_temps(&path);
        assert!(!dir.path().join(".progress.toml.rungs-save-abc123.tmp").exists());
        for name in not_ours {
            assert!(dir.path().join(name).exists(), "{name} is not ours to delete");
        }
        assert!(dir.path().join(".progress.toml.rungs-save-dir123.tmp").is_dir());
    }

    #[test]
    fn a_temporary_file_has_the_name_clean_up_looks_for() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("progress.toml");
        let seen = std::cell::RefCell::new(None);
        let keep_temp = |from: &Path, _to: &Path| {
            *seen.borrow_mut() = from.file_name().map(|name| name.to_os_string());
            Err(io::Error::other("stop before the rename"))
        };
        write_atomic_via(&path, b"x", keep_temp).expect_err("the rename failed");
        let name = seen.borrow().clone().expect("the rename was tried");
        assert!(is_our_temp(&temp_prefix(&path), &name), "{name:?}");
    }

    #[cfg(unix)]
    #[test]
    fn a_file_rename_cannot_replace_is_written_in_place() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("progress.toml");
        fs::write(&path, "old bytes, longer than the new ones").expect("write");
        let before = inode(&path);
        // What rename(2) says when the target is a bind-mounted file.
        let busy = |_: &Path, _: &Path| Err(io::Error::from_raw_os_error(libc::EBUSY));
        write_atomic_via(&path, b"new", busy).expect("falls back to writing in place");
        assert_eq!(fs::read(&path).expect("read"), b"new");
        assert_eq!(inode(&path), before, "the same file, not a replacement");
        let names: Vec<_> = fs::read_dir(dir.path())
            .expect("list")
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, ["progress.toml"], "no temporary or backup left behind");
    }

    #[cfg(unix)]
    fn inode(path: &Path) -> u64 {
        use std::os::unix::fs::MetadataExt;
        fs::metadata(path).expect("metadata").ino()
    }

    #[test]
    fn a_parent_that_is_a_file_is_a_clear_error() {
        let dir = tempfile::tempdir().expect("temp dir");
        let blocker = dir.path().join("not-a-dir");
        fs::write(&blocker, "x").expect("write");
        let error = write_atomic(&blocker.join("progress.toml"), b"data").expect_err("cannot write");
        let message = error.to_string();
        assert!(message.contains("not-a-dir"), "{message}");
        assert_eq!(
            fs::read(&blocker).expect("read"),
            b"x",
            "the blocking file is untouched"
        );
    }
}
