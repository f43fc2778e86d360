//! What the integration tests share: the `rungs` binary isolated from the caller's
//! environment, fixtures, apps rendered headlessly, and a scratch progress file per test.

#![allow(dead_code, reason = "each test module uses a different part")]

pub mod apps;
pub mod sandbox;

use std::path::PathBuf;

/// A file or directory in tests/fixtures.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The real `rungs` binary, isolated from the caller's environment: no ladder or progress
/// file from the environment (a progress path that never exists unless a test passes its
/// own with `--progress`), no content cache (so tests never write the user's cache), colour
/// as if no NO_COLOR, no editor, and UTC days.
pub fn rungs() -> assert_cmd::Command {
    let mut command = assert_cmd::cargo::cargo_bin_cmd!("rungs");
    command
        .env_remove("RUNGS_CONTENT")
        .env("RUNGS_PROGRESS", no_progress_file())
        .env("RUNGS_CACHE_DIR", "")
        .env_remove("NO_COLOR")
        .env_remove("VISUAL")
        .env_remove("EDITOR")
        .env("TZ", "UTC");
    command
}

/// A progress path in a directory that does not exist, so reading finds no progress and
/// the user's own file is never read.
fn no_progress_file() -> PathBuf {
    std::env::temp_dir().join("rungs-tests-no-such-dir/progress.toml")
}
