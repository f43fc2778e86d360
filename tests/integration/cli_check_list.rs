//! `rungs check` and `rungs list` on the built-in ladder, on other teams' ladders, and on bad files.

use std::fs;

use crate::support::rungs;
use predicates::prelude::*;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/ladders");

#[test]
fn check_the_builtin_ladder() {
    rungs()
        .arg("check")
        .assert()
        .success()
        .stdout("ok  Product Management (product-management): 5 levels, 25 skills, 6 tracks, 1 track level, 6 areas  [built-in]\n");
}

#[test]
fn check_a_directory_of_other_ladders() {
    rungs()
        .args(["check", FIXTURES])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "ok  Product Design 设计 (design): 1 level, 1 skill, 0 tracks",
        ))
        .stdout(predicate::str::contains(
            "ok  Software Engineering (software-engineering): 2 levels, 4 skills, 1 track",
        ));
}

#[test]
fn check_reports_every_problem_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    let text =
        "[ladder]\nid = \"Team\"\ntitle = \"Team\"\n[[levels]]\nid = \"a\"\ntitle = \"A\"\nsucess = []\n";
    fs::write(&bad, text).unwrap();
    rungs()
        .arg("check")
        .arg(&bad)
        .arg(format!("{FIXTURES}/engineering.toml"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("ok  Software Engineering"))
        .stderr(predicate::str::contains(
            "bad.toml:2:6: `id` \"Team\" in [ladder] is not a valid id",
        ))
        .stderr(predicate::str::contains("bad.toml:7:1: unknown key `sucess`"))
        .stderr(predicate::str::contains("hint: did you mean `success`?"))
        .stderr(predicate::str::contains("2 problems found"));
    assert_eq!(
        fs::read_to_string(&bad).unwrap(),
        text,
        "check never modifies the file"
    );
}

#[test]
fn check_a_missing_path() {
    rungs()
        .args(["check", "/no/such/ladder.toml"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("/no/such/ladder.toml: cannot read"));
}

#[test]
fn check_an_empty_directory() {
    let dir = tempfile::tempdir().unwrap();
    rungs()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "the directory has no *.toml ladder files",
        ));
}

#[test]
fn two_files_with_the_same_ladder_id() {
    let dir = tempfile::tempdir().unwrap();
    let text = "[ladder]\nid = \"same\"\ntitle = \"S\"\n[[levels]]\nid = \"a\"\ntitle = \"A\"\n";
    fs::write(dir.path().join("a.toml"), text).unwrap();
    fs::write(dir.path().join("b.toml"), text).unwrap();
    rungs()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "b.toml: ladder id \"same\" is also used by",
        ))
        .stderr(predicate::str::contains("a.toml"));
}

#[test]
fn list_outlines_the_builtin_ladder() {
    rungs()
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Product Management  [product-management]\n",
        ))
        .stdout(predicate::str::contains(
            "  3. Senior Product Manager  [senior-pm]  also: Lead PM\n",
        ))
        .stdout(predicate::str::contains(
            "       - Stakeholder Management  [stakeholder-management]\n",
        ))
        .stdout(predicate::str::contains("\nIndividual contributor\n"))
        .stdout(predicate::str::contains("\nAdjacent roles\n"));
}

#[test]
fn list_json_uses_the_schema_field_names() {
    let output = rungs().args(["list", "--json"]).output().unwrap();
    assert!(output.status.success());
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let ladder = &json[0];
    assert_eq!(ladder["ladder"]["id"], "product-management");
    assert_eq!(ladder["levels"].as_array().unwrap().len(), 5);
    assert_eq!(ladder["levels"][0]["skills"][0]["id"], "product-thinking");
    assert_eq!(ladder["tracks"][0]["kind"], "ic");
    // What goes in must come out: the JSON deserialises back into the schema types.
    let back: Vec<rungs::content::Ladder> = serde_json::from_value(json).unwrap();
    assert_eq!(back, rungs::content::builtin().unwrap());
}

#[test]
fn list_json_on_another_teams_ladder_via_env() {
    let output = rungs()
        .env("RUNGS_CONTENT", format!("{FIXTURES}/engineering.toml"))
        .args(["list", "--json"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json[0]["ladder"]["id"], "software-engineering");
    assert_eq!(
        json[0]["levels"][0]["skills"][1]["formerly"][0],
        "troubleshooting"
    );
    assert_eq!(json[0]["tracks"][0]["kind"], "adjacent");
}

#[test]
fn list_with_bad_content_fails_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    fs::write(&bad, "[ladder]\nid = \"x\"\n").unwrap();
    rungs()
        .arg("list")
        .arg("--content")
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "bad.toml:1:1: [ladder] is missing the required key `title`",
        ));
}

#[test]
fn help_and_version() {
    rungs()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Usage: rungs"));
    rungs().args(["check", "--help"]).assert().success();
    rungs()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("rungs "));
}
