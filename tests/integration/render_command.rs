//! `rungs render`: the screen as plain text, its options, and its errors.

use crate::support::rungs;
use predicates::prelude::*;

#[test]
fn default_size_is_100x30_plain_text() {
    let output = rungs()
        .arg("render")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(output).unwrap_or_default();
    assert_eq!(text.lines().count(), 30);
    assert!(
        text.lines()
            .all(|line| unicode_width::UnicodeWidthStr::width(line) <= 100)
    );
    assert!(!text.contains('\u{1b}'), "no escape codes");
    assert!(text.contains("Product Management"));
}

#[test]
fn keys_are_replayed_through_the_key_table() {
    rungs()
        .args(["render", "--size", "80x24", "--keys", "j j Enter"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Strategic Visioning"))
        .stdout(predicate::str::contains("Learn to anticipate"));
}

#[test]
fn compare_senior_pm_with_director() {
    rungs()
        .args(["render", "--keys", "j j c"])
        .assert()
        .success()
        .stdout(predicate::str::contains("comparing"))
        .stdout(predicate::str::contains("Senior Product Manager"))
        .stdout(predicate::str::contains("Director of Product"));
}

#[test]
fn content_option_is_honoured() {
    rungs()
        .args(["render", "--size", "60x15", "--keys", "L"])
        .arg("--content")
        .arg(crate::support::fixture("several"))
        .assert()
        .success()
        .stdout(predicate::str::contains("Engineering"));
}

#[test]
fn a_tiny_size_shows_the_notice() {
    rungs()
        .args(["render", "--size", "30x5"])
        .assert()
        .success()
        .stdout(predicate::str::contains("too small"));
}

#[test]
fn a_bad_size_is_a_usage_error() {
    for bad in ["100", "axb", "100x", "-1x20", "70000x20"] {
        rungs()
            .arg("render")
            .arg(format!("--size={bad}"))
            .assert()
            .code(2)
            .stderr(predicate::str::contains("WIDTHxHEIGHT"));
    }
}

#[test]
fn a_bad_key_name_is_a_usage_error() {
    rungs()
        .args(["render", "--keys", "j Entr"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown key name `Entr`"));
}

#[test]
fn a_progress_file_is_shown_and_never_written() {
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let progress = dir.path().join("progress.toml");
    let original = std::fs::read(crate::support::fixture("progress-tui.toml")).unwrap_or_default();
    std::fs::write(&progress, &original).unwrap_or_else(|error| panic!("{error}"));
    // Space unticks Strategic Visioning on screen; the file must not change.
    rungs()
        .args(["render", "--size", "120x36", "--keys", "Enter Space"])
        .arg("--progress")
        .arg(&progress)
        .assert()
        .success()
        .stdout(predicate::str::contains("▸ · Strategic Visioning"))
        .stdout(predicate::str::contains("5/25 developed"));
    assert_eq!(std::fs::read(&progress).unwrap_or_default(), original);
    let entries = std::fs::read_dir(dir.path()).map(Iterator::count).unwrap_or(0);
    assert_eq!(entries, 1, "no lock or temporary file either");
}

#[cfg(unix)]
#[test]
fn render_never_runs_the_users_editor() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("tempdir: {error}"));
    let marker = dir.path().join("editor-ran");
    let script = dir.path().join("editor.sh");
    let body = format!("#!/bin/sh\ntouch '{}'\n", marker.display());
    std::fs::write(&script, body).unwrap_or_else(|error| panic!("{error}"));
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755))
        .unwrap_or_else(|error| panic!("{error}"));
    rungs()
        .env("EDITOR", &script)
        .env("VISUAL", &script)
        .args(["render", "--keys", "Enter N n x C-e"])
        .assert()
        .success();
    assert!(!marker.exists(), "rendering must not start an editor");
}
