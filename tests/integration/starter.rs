//! `rungs new`: starter ladders that pass `rungs check` and never replace a file.

use std::fs;

use crate::support::rungs;
use predicates::prelude::*;

#[test]
fn both_starters_pass_check() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, flags, summary) in [
        ("team.toml", &[][..], "ok  My Team (team): 2 levels"),
        ("matrix.toml", &["--matrix"][..], "ok  My Team (matrix): 3 levels"),
    ] {
        let file = dir.path().join(name);
        rungs()
            .arg("new")
            .arg(&file)
            .args(flags)
            .assert()
            .success()
            .stdout(predicate::str::contains("Wrote a starter"));
        let text = fs::read_to_string(&file).expect("starter written");
        assert!(text.starts_with("# A starter"), "commented: {text}");
        rungs()
            .arg("check")
            .arg(&file)
            .assert()
            .success()
            .stdout(predicate::str::contains(summary));
    }
}

#[test]
fn an_existing_file_is_left_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("team.toml");
    fs::write(&file, "my own ladder").expect("file written");
    rungs()
        .arg("new")
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "team.toml already exists; nothing was written",
        ));
    assert_eq!(fs::read_to_string(&file).expect("file kept"), "my own ladder");
}
