//! Assessing as a person preparing a promotion case: expectations ticked by their text,
//! dated evidence, my level and a target by any name, the gap with its verdict, undo, and
//! version 1 files moving to version 2 with nothing lost. The real binary, one file per test.

use std::fs;

use crate::support::sandbox::{LADDER, Sandbox, fixture};
use predicates::prelude::*;
use rungs::progress::{Item, SkillState};

fn run(sandbox: &Sandbox, args: &[&str]) -> String {
    let output = sandbox.rungs().args(args).assert().success();
    String::from_utf8(output.get_output().stdout.clone()).expect("UTF-8")
}

fn json(sandbox: &Sandbox, args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&run(sandbox, args)).expect("JSON")
}

const ROADMAP: &str = "senior-pm/own-the-vision-roadmap-and-results";

fn roadmap() -> Item {
    Item::expectation("senior-pm", "own-the-vision-roadmap-and-results")
}

#[test]
fn an_expectation_is_ticked_by_its_text_and_backdated() {
    let sandbox = Sandbox::new();
    let out = run(
        &sandbox,
        &[
            "tick",
            "own the vision, roadmap and results",
            "--on",
            "2025-03-02",
        ],
    );
    assert!(out.contains(&format!("[{ROADMAP}] is met")), "{out}");
    let progress = sandbox.load();
    let entry = progress.record(LADDER, &roadmap()).expect("a record");
    assert_eq!(entry.state, SkillState::Developed);
    assert_eq!(
        entry.reached.map(|when| when.to_string()).as_deref(),
        Some("2025-03-02")
    );
    let text = String::from_utf8(sandbox.bytes()).expect("UTF-8");
    assert!(
        text.contains(
            "[ladders.product-management.expectations.senior-pm.own-the-vision-roadmap-and-results]\nstate = \"met\"\nreached = 2025-03-02\n"
        ),
        "{text}"
    );
    run(&sandbox, &["tick", ROADMAP, "--developing"]);
    assert_eq!(
        sandbox.load().item_state(LADDER, &roadmap()),
        SkillState::Developing
    );
}

#[test]
fn evidence_is_dated_linked_and_listed_newest_first() {
    let sandbox = Sandbox::new();
    run(
        &sandbox,
        &["evidence", "mentorship", "Coached two APMs", "--on", "2025-01-10"],
    );
    let out = run(
        &sandbox,
        &[
            "evidence",
            "Mentorship",
            "Ran the PM onboarding course",
            "--on",
            "2025-04-01",
            "--link",
            "https://wiki.example.com/onboarding",
        ],
    );
    assert!(out.contains("has 2 pieces of evidence"), "{out}");
    let progress = sandbox.load();
    let evidence = &progress.entry(LADDER, "mentorship").expect("a record").evidence;
    let texts: Vec<&str> = evidence.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(texts, ["Ran the PM onboarding course", "Coached two APMs"]);
    assert_eq!(
        evidence[0].link.as_deref(),
        Some("https://wiki.example.com/onboarding")
    );
    assert_eq!(
        progress.state(LADDER, "mentorship"),
        SkillState::NotStarted,
        "evidence does not tick"
    );
    let export = json(&sandbox, &["export", "--format", "json"]);
    let senior = &export[0]["levels"][2];
    let mentorship = senior["skills"]
        .as_array()
        .expect("skills")
        .iter()
        .find(|skill| skill["id"] == "mentorship")
        .expect("mentorship");
    assert_eq!(mentorship["evidence"][0]["on"], "2025-04-01");
    assert_eq!(mentorship["evidence"][1]["text"], "Coached two APMs");
}

#[test]
fn bad_input_is_refused_and_nothing_is_written() {
    let sandbox = Sandbox::new();
    run(&sandbox, &["tick", "mentorship"]);
    let before = sandbox.bytes();
    for (args, message) in [
        (&["tick", "mentorship", "--on", "2999-01-01"][..], "in the future"),
        (&["tick", "mentorship", "--on", "March 2nd"][..], "YYYY-MM-DD"),
        (&["evidence", "mentorship", "  "][..], "the evidence is empty"),
        (&["tick", "mentoring"][..], "mentorship"),
        (&["level", "zzzz"][..], "no level"),
        (&["target", "zzzz"][..], "no level"),
    ] {
        sandbox
            .rungs()
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message));
        assert_eq!(
            sandbox.bytes(),
            before,
            "`rungs {}` wrote nothing",
            args.join(" ")
        );
    }
}

#[test]
fn level_and_target_take_numbers_and_titles() {
    let sandbox = Sandbox::new();
    let out = run(&sandbox, &["level", "2"]);
    assert!(
        out.contains("My level in Product Management: Mid-Level Product Manager [mid-level-pm]"),
        "{out}"
    );
    assert!(
        out.contains("Target: Senior Product Manager [senior-pm], the level above yours"),
        "{out}"
    );
    let out = run(&sandbox, &["target", "Director of Product"]);
    assert!(
        out.contains("Target: Group Product Manager / Director of Product [group-pm-director]."),
        "{out}"
    );
    assert_eq!(sandbox.load().target(LADDER), Some("group-pm-director"));
    run(&sandbox, &["target", "--clear"]);
    assert_eq!(sandbox.load().target(LADDER), None);
}

#[test]
fn undo_reverts_the_last_changes_one_by_one() {
    let sandbox = Sandbox::new();
    run(&sandbox, &["tick", "mentorship", "--on", "2025-01-01"]);
    let after_tick = sandbox.bytes();
    run(&sandbox, &["untick", "mentorship"]);
    run(&sandbox, &["level", "senior-pm"]);
    let out = run(&sandbox, &["undo"]);
    assert!(out.contains("my level in product-management"), "{out}");
    run(&sandbox, &["undo"]);
    assert_eq!(sandbox.bytes(), after_tick, "the developed date is back");
    run(&sandbox, &["undo"]);
    assert!(sandbox.load().is_empty());
    let out = run(&sandbox, &["undo"]);
    assert!(out.contains("Nothing to undo"), "{out}");
}

#[test]
fn undo_never_overwrites_a_change_made_since_by_someone_else() {
    let sandbox = Sandbox::new();
    run(&sandbox, &["tick", "mentorship"]);
    // Another machine (or a hand edit) changes the same record; its journal is not ours.
    let text = String::from_utf8(sandbox.bytes())
        .expect("UTF-8")
        .replace("developed", "developing");
    fs::write(&sandbox.progress, &text).expect("hand edit");
    sandbox
        .rungs()
        .arg("undo")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("changed again since"));
    assert_eq!(sandbox.bytes(), text.as_bytes(), "the hand edit is kept");
}

#[test]
fn a_version_1_file_becomes_version_2_on_the_next_change_with_nothing_lost() {
    let sandbox = Sandbox::new();
    fs::copy(fixture("progress-sample.toml"), &sandbox.progress).expect("copy fixture");
    let before = sandbox.load();
    run(&sandbox, &["status"]);
    assert_eq!(
        sandbox.bytes(),
        fs::read(fixture("progress-sample.toml")).expect("fixture"),
        "reading does not rewrite it"
    );
    run(
        &sandbox,
        &[
            "evidence",
            "product-thinking",
            "Pricing PRD",
            "--on",
            "2025-03-02",
        ],
    );
    let text = String::from_utf8(sandbox.bytes()).expect("UTF-8");
    assert!(text.contains("version = 2"), "{text}");
    assert!(
        text.contains("reached = 2025-03-02T17:30:00Z"),
        "the exact time is kept: {text}"
    );
    let after = sandbox.load();
    for (ladder, item, entry) in before.records() {
        let now = after.record(ladder, item).expect("every record is kept");
        assert_eq!(
            (now.state, &now.note, now.developing_since, now.reached),
            (entry.state, &entry.note, entry.developing_since, entry.reached),
            "{item:?}"
        );
    }
    assert_eq!(after.my_level(LADDER), before.my_level(LADDER));
    assert!(
        after.record("old-ladder", &Item::skill("gone")).is_some(),
        "orphans are kept"
    );
}

#[test]
fn gap_on_a_realistic_file_gives_a_verdict_to_take_into_a_1_1() {
    let sandbox = Sandbox::new();
    fs::copy(fixture("progress-mid-to-senior.toml"), &sandbox.progress).expect("copy fixture");
    let out = run(&sandbox, &["gap"]);
    assert!(
        out.starts_with("Gap to Senior Product Manager  [senior-pm]\n"),
        "{out}"
    );
    assert!(
        out.contains("\nExecution  2/2\n"),
        "skills grouped by area: {out}"
    );
    assert!(out.contains("\nCommunication & influence  1/2\n"), "{out}");
    assert!(
        out.contains("Senior Product Manager: responsibilities  5/7\n"),
        "{out}"
    );
    assert!(
        out.contains("Senior Product Manager: what success looks like  2/6\n"),
        "{out}"
    );
    assert!(
        out.contains("      met 2025-05-20 · 2 pieces of evidence, newest 2025-05-20: Took over the whole checkout journey"),
        "{out}"
    );
    assert!(
        out.contains(
            "Verdict: not yet ready for Senior Product Manager: 11 of 18 met; missing: Build Influence;"
        ),
        "{out}"
    );
    let status = run(&sandbox, &["status"]);
    assert!(
        status.contains("Verdict: not yet ready for Senior Product Manager: 11 of 18 met"),
        "{status}"
    );

    let report = json(&sandbox, &["gap", "--json"]);
    assert_eq!(
        (report["met"].as_u64(), report["total"].as_u64()),
        (Some(11), Some(18))
    );
    assert_eq!(report["ready"], false);
    assert_eq!(report["target"]["id"], "senior-pm");
    let requirement = &report["requirements"][5];
    assert_eq!(requirement["id"], ROADMAP);
    assert_eq!(requirement["standing"], "met");
    assert_eq!(requirement["evidence"][1]["on"], "2025-03-03");
    let status = json(&sandbox, &["status", "--json"]);
    assert_eq!(status["ladders"][0]["readiness"]["verdict"], report["verdict"]);
    let export = json(&sandbox, &["export", "--format", "json"]);
    assert_eq!(export[0]["readiness"]["verdict"], report["verdict"]);
}

#[test]
fn a_level_below_the_target_can_be_checked_and_is_assumed_unless_turned_off() {
    let sandbox = Sandbox::new();
    fs::copy(fixture("progress-mid-to-senior.toml"), &sandbox.progress).expect("copy fixture");
    let out = run(&sandbox, &["gap", "--target", "mid-level-pm"]);
    assert!(out.contains("○ Product Thinking"), "{out}");
    assert!(out.contains("assumed (below your level)"), "{out}");
    let strict = json(
        &sandbox,
        &["gap", "--target", "mid-level-pm", "--no-assumed", "--json"],
    );
    assert_eq!(strict["requirements"][0]["standing"], "missing");
    assert_eq!(strict["assumed"], false);
    let status = run(&sandbox, &["status"]);
    assert!(status.contains("assumed"), "{status}");
    let markdown = run(&sandbox, &["export"]);
    assert!(
        markdown.contains("- ○ **Product Thinking**: assumed (below my level)"),
        "{markdown}"
    );
    assert!(
        !String::from_utf8(sandbox.bytes())
            .expect("UTF-8")
            .contains("product-thinking"),
        "assumptions are never written as ticks"
    );
}

#[test]
fn a_third_party_ladder_is_assessed_the_same_way() {
    let sandbox = Sandbox::new();
    let content = fixture("ladders/engineering.toml");
    let content = content.to_str().expect("UTF-8 path");
    let with = |args: &[&str]| {
        let mut all = vec!["--content", content];
        all.extend_from_slice(args);
        run(&sandbox, &all)
    };
    with(&["level", "SE I"]);
    with(&["tick", "Write tests for new code", "--on", "2025-02-01"]);
    with(&["tick", "debugging"]);
    with(&["evidence", "code review", "Reviewed 40 pull requests in Q1"]);
    let out = with(&["gap"]);
    assert!(
        out.starts_with("Gap to Senior Software Engineer  [senior-engineer]"),
        "{out}"
    );
    assert!(
        out.contains("not yet ready for Senior Software Engineer: 1 of 2 met; missing: Code Review"),
        "{out}"
    );
    let progress = sandbox.load();
    let item = Item::expectation("engineer-1", "write-tests-for-new-code");
    assert_eq!(
        progress.item_state("software-engineering", &item),
        SkillState::Developed
    );
    with(&["tick", "code-review"]);
    let out = with(&["status"]);
    assert!(out.contains("Verdict: ready: 2/2"), "{out}");
}

/// The points-based matrix in tests/fixtures: competencies graded by milestone, points against
/// `min_points`, a track level beside the main ones.
fn matrix(sandbox: &Sandbox, args: &[&str]) -> String {
    let content = fixture("points-matrix.toml");
    let mut all = vec!["--content", content.to_str().expect("UTF-8 path")];
    all.extend_from_slice(args);
    run(sandbox, &all)
}

#[test]
fn competencies_are_graded_by_milestone_and_count_toward_points() {
    let sandbox = Sandbox::new();
    matrix(&sandbox, &["level", "D2"]);
    let out = matrix(&sandbox, &["assess", "Mobile", "Adopts", "--on", "2025-01-02"]);
    assert!(
        out.contains("Mobile [mobile] is at milestone 2 (Adopts)."),
        "{out}"
    );
    let out = matrix(&sandbox, &["assess", "mobile", "3", "--developing"]);
    assert!(out.contains("working toward 3 (Specializes)"), "{out}");
    let text = String::from_utf8(sandbox.bytes()).expect("UTF-8");
    assert!(
        text.contains("[ladders.points-matrix.competencies.mobile]\nmilestone = 2\nworking_toward = true\n"),
        "{text}"
    );
    matrix(
        &sandbox,
        &["evidence", "mobile", "Shipped offline mode", "--on", "2025-01-03"],
    );
    let out = matrix(&sandbox, &["gap"]);
    assert!(out.starts_with("Gap to Developer 3  [d3]"), "{out}");
    assert!(
        out.contains(
            "Building  0/1\n  ◐ Mobile  [mobile]\n      expects milestone 3 Specializes; at 2 Adopts"
        ),
        "{out}"
    );
    assert!(
        out.contains("○ Project management"),
        "the milestone my level expects is assumed: {out}"
    );
    assert!(out.contains("4 of 25 points"), "{out}");
    let report = json(
        &sandbox,
        &[
            "--content",
            fixture("points-matrix.toml").to_str().expect("path"),
            "gap",
            "--target",
            "TL3",
            "--json",
        ],
    );
    assert_eq!(report["target"]["id"], "tl3", "a track level is a target too");
    assert_eq!(
        report["requirements"][0]["evidence"][0]["text"],
        "Shipped offline mode"
    );
    sandbox
        .rungs()
        .args([
            "--content",
            fixture("points-matrix.toml").to_str().expect("path"),
            "tick",
            "mobile",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("rungs assess mobile"));
    matrix(&sandbox, &["undo"]);
    matrix(&sandbox, &["undo"]);
    let progress = sandbox.load();
    let entry = progress
        .record("points-matrix", &Item::competency("mobile"))
        .expect("a record");
    assert_eq!(
        (entry.milestone.as_deref(), entry.state),
        (Some("2"), SkillState::Developed)
    );
    matrix(&sandbox, &["assess", "mobile", "0"]);
    assert!(
        sandbox
            .load()
            .record("points-matrix", &Item::competency("mobile"))
            .is_none(),
        "0 clears"
    );
    sandbox
        .rungs()
        .args([
            "--content",
            fixture("points-matrix.toml").to_str().expect("path"),
            "assess",
            "mobile",
            "zzz",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("milestone"));
}

#[test]
fn the_example_matrix_is_assessed_by_codes_pinned_ids_and_milestone_ids() {
    let sandbox = Sandbox::new();
    let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/examples/team-matrix.toml");
    let content = content.to_str().expect("UTF-8 path");
    let with = |args: &[&str]| {
        let mut all = vec!["--content", content];
        all.extend_from_slice(args);
        run(&sandbox, &all)
    };
    with(&["level", "E1"]);
    with(&["tick", "e1/asks-early", "--on", "2025-02-02"]);
    with(&["tick", "reading-code"]);
    let out = with(&["assess", "planning", "own-tasks"]);
    assert!(
        out.contains("Planning [planning] is at milestone own-tasks (Own tasks)."),
        "{out}"
    );
    with(&[
        "evidence",
        "planning",
        "Planned my first sprint",
        "--on",
        "2025-03-01",
    ]);
    let out = with(&["gap", "--target", "M1"]);
    assert!(out.starts_with("Gap to Engineering Manager  [m1]"), "{out}");
    assert!(out.contains("Planned my first sprint"), "{out}");
    let progress = sandbox.load();
    let pinned = Item::expectation("e1", "asks-early");
    assert_eq!(
        progress.item_state("example-engineering", &pinned),
        SkillState::Developed
    );
    let report = json(&sandbox, &["--content", content, "gap", "--json"]);
    assert_eq!(report["target"]["id"], "e2");
    assert!(
        report["requirements"]
            .as_array()
            .is_some_and(|r| r.iter().any(|r| r["kind"] == "competency")),
        "{report}"
    );
}
