//! The progress commands, run as the real binary, each test with its own progress file.

use std::fs;

use crate::support::sandbox::{LADDER, Sandbox, fixture};
use predicates::prelude::*;
use rungs::progress::SkillState;

#[test]
fn tick_note_untick_round_trip_through_the_file() {
    let sandbox = Sandbox::new();
    sandbox
        .rungs()
        .args(["tick", "product-thinking"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "✓ Product Thinking [product-thinking] is developed",
        ));
    sandbox
        .rungs()
        .args(["tick", "mentorship", "--developing"])
        .assert()
        .success();
    sandbox
        .rungs()
        .args(["note", "mentorship", "Coached two APMs"])
        .assert()
        .success();
    sandbox
        .rungs()
        .args(["untick", "product-thinking"])
        .assert()
        .success();

    let progress = sandbox.load();
    assert_eq!(progress.state(LADDER, "product-thinking"), SkillState::NotStarted);
    assert_eq!(progress.state(LADDER, "mentorship"), SkillState::Developing);
    assert_eq!(progress.note(LADDER, "mentorship"), Some("Coached two APMs"));
    let text = String::from_utf8(sandbox.bytes()).expect("UTF-8");
    assert!(
        !text.contains("product-thinking"),
        "untick leaves no trace:\n{text}"
    );
    assert!(text.contains("version = 2"), "{text}");
}

#[test]
fn saving_the_same_data_twice_gives_the_same_bytes() {
    let sandbox = Sandbox::new();
    sandbox.rungs().args(["tick", "mentorship"]).assert().success();
    sandbox.rungs().args(["level", "senior-pm"]).assert().success();
    let first = sandbox.bytes();
    sandbox.rungs().args(["tick", "mentorship"]).assert().success();
    sandbox.rungs().args(["level", "senior-pm"]).assert().success();
    assert_eq!(sandbox.bytes(), first);
    let progress = sandbox.load();
    assert_eq!(
        rungs::progress::encode(&progress).into_bytes(),
        first,
        "the file is our own layout"
    );
}

#[test]
fn unknown_skill_exits_2_and_suggests_ids() {
    let sandbox = Sandbox::new();
    sandbox
        .rungs()
        .args(["tick", "mentoring"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no skill matches `mentoring`"))
        .stderr(predicate::str::contains("mentorship  Mentorship"));
    sandbox
        .rungs()
        .args(["level", "wizard"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no level matches `wizard`"));
    assert!(!sandbox.progress.exists(), "a failed command writes nothing");
}

#[test]
fn status_shows_counts_my_level_readiness_and_orphans() {
    let sandbox = Sandbox::new();
    fs::copy(fixture("progress-sample.toml"), &sandbox.progress).expect("copy fixture");
    let output = sandbox
        .rungs()
        .args(["status"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(output).expect("UTF-8");
    assert!(text.contains("1/25 developed, 1 developing"), "{text}");
    assert!(
        text.contains("Readiness for Mid-Level Product Manager: 1/4"),
        "{text}"
    );
    assert!(
        text.contains("remaining: Structured Communication  [structured-communication]"),
        "{text}"
    );
    assert!(text.contains("old-ladder/gone  developed"), "{text}");

    let output = sandbox
        .rungs()
        .args(["status", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&output).expect("valid JSON");
    let ladder = &json["ladders"][0];
    assert_eq!(ladder["developed"], 1);
    assert_eq!(ladder["levels"][0]["id"], "associate-pm");
    assert_eq!(ladder["levels"][0]["developing"], 1);
    assert_eq!(ladder["levels"][0]["total"], 4);
    assert_eq!(ladder["readiness"]["next"], "mid-level-pm");
    assert_eq!(ladder["readiness"]["remaining"].as_array().map(Vec::len), Some(3));
    assert_eq!(json["orphans"][0]["ladder"], "old-ladder");
    assert_eq!(
        sandbox.bytes(),
        fs::read(fixture("progress-sample.toml")).expect("fixture"),
        "status only reads"
    );
}

#[test]
fn export_markdown_is_a_checklist_with_dates_and_notes() {
    let sandbox = Sandbox::new();
    fs::copy(fixture("progress-sample.toml"), &sandbox.progress).expect("copy fixture");
    let output = sandbox
        .rungs()
        .args(["export", "--format", "markdown"])
        .assert()
        .success();
    let text = String::from_utf8(output.get_output().stdout.clone()).expect("UTF-8");
    let expected = "\
## Associate Product Manager / Product Manager (1/4 developed)

- ✓ **Product Thinking**: developed 2025-03-02 (developing since 2025-01-10)
  - Note: Ran discovery for the pricing page
    and wrote the PRD
- ◐ **Technical Curiosity**: developing since 2025-02-01
- · **Structured Communication**
";
    assert!(text.starts_with("# Product Management: progress\n"), "{text}");
    assert!(text.contains(expected), "{text}");
    assert!(
        text.contains("My level: **Associate Product Manager / Product Manager**"),
        "{text}"
    );
}

#[test]
fn export_json_has_every_skill_with_state_dates_and_note() {
    let sandbox = Sandbox::new();
    fs::copy(fixture("progress-sample.toml"), &sandbox.progress).expect("copy fixture");
    let output = sandbox
        .rungs()
        .args(["export", "--format", "json"])
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_slice(&output.get_output().stdout).expect("JSON");
    let skill = &json[0]["levels"][0]["skills"][0];
    assert_eq!(skill["id"], "product-thinking");
    assert_eq!(skill["state"], "developed");
    assert_eq!(skill["developed_at"], "2025-03-02T17:30:00Z");
    assert_eq!(
        skill["note"],
        "Ran discovery for the pricing page\nand wrote the PRD"
    );
    assert_eq!(json[0]["levels"][0]["skills"][2]["state"], "not-started");
    assert_eq!(json[0]["my_level"], "associate-pm");
}

#[test]
fn formerly_ids_carry_progress_to_the_renamed_skill() {
    let sandbox = Sandbox::new();
    sandbox
        .rungs()
        .args(["tick", "product-thinking"])
        .assert()
        .success();
    sandbox
        .rungs()
        .args(["note", "product-thinking", "PRD for pricing"])
        .assert()
        .success();
    let before = sandbox.bytes();
    let renamed = fixture("renamed-skills.toml");

    // Looking shows the entry under its new id, without writing.
    let output = sandbox
        .rungs()
        .arg("--content")
        .arg(&renamed)
        .args(["status", "--json"])
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_slice(&output.get_output().stdout).expect("JSON");
    assert_eq!(json["ladders"][0]["levels"][0]["developed"], 1);
    assert_eq!(json["orphans"].as_array().map(Vec::len), Some(0));
    assert_eq!(sandbox.bytes(), before);

    // The next edit writes the move, together with the edit.
    sandbox
        .rungs()
        .arg("--content")
        .arg(&renamed)
        .args(["tick", "technical-curiosity"])
        .assert()
        .success();
    let progress = sandbox.load();
    assert_eq!(progress.state(LADDER, "product-sense"), SkillState::Developed);
    assert_eq!(progress.note(LADDER, "product-sense"), Some("PRD for pricing"));
    assert!(progress.entry(LADDER, "product-thinking").is_none());

    // The old id still works on the command line.
    sandbox
        .rungs()
        .arg("--content")
        .arg(&renamed)
        .args(["untick", "product-thinking"])
        .assert()
        .success();
    assert_eq!(
        sandbox.load().state(LADDER, "product-sense"),
        SkillState::NotStarted
    );
}

#[test]
fn level_can_be_cleared() {
    let sandbox = Sandbox::new();
    sandbox
        .rungs()
        .args(["level", "vp-cpo"])
        .assert()
        .success()
        .stdout(predicate::str::contains("top of the ladder"));
    assert_eq!(sandbox.load().my_level(LADDER), Some("vp-cpo"));
    sandbox.rungs().args(["level", "--clear"]).assert().success();
    assert_eq!(sandbox.load().my_level(LADDER), None);
}
