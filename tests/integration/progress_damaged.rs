//! A progress file rungs cannot read, or cannot write, must never cost the user data:
//! every command stops with a message naming the file and line, and the bytes stay as they were.

use std::fs;
use std::path::Path;

use crate::support::sandbox::{LADDER, Sandbox, rungs_with};
use predicates::prelude::*;
use rungs::progress::SkillState;

/// Every command that reads progress, writers and readers alike. The first is the full-screen
/// app: it reads progress before taking over the terminal, so it stops before drawing.
const COMMANDS: [&[&str]; 8] = [
    &[],
    &["render", "--keys", "Enter Space"],
    &["tick", "mentorship"],
    &["untick", "mentorship"],
    &["note", "mentorship", "text"],
    &["level", "senior-pm"],
    &["status"],
    &["export", "--format", "json"],
];

fn refused_by_every_command(bytes: &[u8], expected_location: &str, expected_message: &str) {
    let sandbox = Sandbox::new();
    fs::write(&sandbox.progress, bytes).expect("write the damaged file");
    for args in COMMANDS {
        sandbox
            .rungs()
            .args(args)
            .assert()
            .code(1)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains(format!(
                "progress.toml:{expected_location}"
            )))
            .stderr(predicate::str::contains(expected_message))
            .stderr(predicate::str::contains("rungs has not changed the file"));
        assert_eq!(
            sandbox.bytes(),
            bytes,
            "`rungs {}` left the file byte for byte",
            args.join(" ")
        );
    }
    let leftovers: Vec<_> = fs::read_dir(sandbox.dir.path())
        .expect("list")
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary files left: {leftovers:?}");
}

#[test]
fn corrupt_toml_is_left_untouched() {
    let bytes = b"version = 1\n\n[ladders.product-management.skills.mentorship\nstate = \"developed\"\n";
    refused_by_every_command(bytes, "3:", "hint: fix the file by hand");
}

#[test]
fn wrong_types_are_left_untouched() {
    let bytes = b"version = 1\n[ladders.product-management.skills.mentorship]\nstate = true\n";
    refused_by_every_command(bytes, "3:9", "state");
}

#[test]
fn future_version_is_left_untouched() {
    let bytes = b"version = 3\n[ladders.product-management]\nsomething_new = 1\n";
    refused_by_every_command(bytes, "1:11", "upgrade rungs");
}

#[test]
fn invalid_utf8_is_left_untouched() {
    let bytes = b"version = 1\n[ladders.product-management.skills.mentorship]\nnote = \"caf\xe9\"\n";
    refused_by_every_command(bytes, "3:12", "not valid UTF-8");
}

#[test]
fn unwritable_location_is_a_clear_error_and_loses_nothing() {
    let sandbox = Sandbox::new();
    let blocker = sandbox.dir.path().join("a-file");
    fs::write(&blocker, "mine").expect("write");
    let mut command = rungs_with(&blocker.join("progress.toml"));
    command
        .args(["tick", "mentorship"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("a-file"))
        .stderr(predicate::str::contains("hint:"));
    assert_eq!(fs::read(&blocker).expect("read"), b"mine");
}

#[cfg(unix)]
#[test]
fn read_only_directory_is_a_clear_error_and_loses_nothing() {
    use std::os::unix::fs::PermissionsExt;

    let sandbox = Sandbox::new();
    let dir = sandbox.dir.path().join("ro");
    fs::create_dir(&dir).expect("mkdir");
    let progress = dir.join("progress.toml");
    let rungs = |args: &[&str]| {
        let mut command = rungs_with(&progress);
        command.args(args);
        command
    };
    rungs(&["tick", "mentorship"]).assert().success();
    let before = fs::read(&progress).expect("read");
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o555)).expect("chmod");

    // Root (common in containers and CI) writes through permission bits, so there the
    // commands run as the unprivileged user `nobody`, for whom 0555 really is read-only.
    let probe = dir.join("probe");
    let is_root = fs::write(&probe, "x").is_ok();
    let _ = fs::remove_file(&probe);
    if is_root {
        if !Path::new("/usr/bin/setpriv").exists() {
            let _ = fs::set_permissions(&dir, fs::Permissions::from_mode(0o755));
            eprintln!("skipped the read-only assertions: root, and no setpriv to drop privileges");
            return;
        }
        // `nobody` must reach and read the files, just not write the directory.
        for path in [sandbox.dir.path(), dir.as_path()] {
            fs::set_permissions(path, fs::Permissions::from_mode(0o555)).expect("chmod");
        }
        for entry in fs::read_dir(&dir).expect("list").flatten() {
            fs::set_permissions(entry.path(), fs::Permissions::from_mode(0o644)).expect("chmod");
        }
    }
    let rungs = |args: &[&str]| {
        if !is_root {
            return rungs(args);
        }
        let mut command = assert_cmd::Command::new("/usr/bin/setpriv");
        command
            .args([
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                crate::support::sandbox::RUNGS,
            ])
            .arg("--progress")
            .arg(&progress)
            .args(args)
            .env_remove("RUNGS_PROGRESS")
            .env_remove("RUNGS_CONTENT")
            .env("RUNGS_CACHE_DIR", "");
        command
    };
    rungs(&["tick", "outcome-ownership"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("ro"))
        .stderr(predicate::str::contains("read-only"));
    assert_eq!(fs::read(&progress).expect("read"), before);
    rungs(&["status"])
        .assert()
        .success()
        .stdout(predicate::str::contains("1/25 developed"));
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).expect("chmod back");
    fs::set_permissions(sandbox.dir.path(), fs::Permissions::from_mode(0o755)).expect("chmod back");
    let ticked = rungs::progress::ProgressStore::new(&progress)
        .load()
        .expect("loads");
    assert_eq!(ticked.state(LADDER, "mentorship"), SkillState::Developed);
}
