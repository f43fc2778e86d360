//! `rungs search` as a script sees it: lines, exit codes, JSON, --limit.

use assert_cmd::Command;
use serde_json::Value;

fn rungs() -> Command {
    // This file tests the content cache too, so it gets one of its own.
    let cache = std::env::temp_dir().join("rungs-search-cli-tests");
    let mut command = crate::support::rungs();
    command.env("RUNGS_CACHE_DIR", cache);
    command
}

fn stdout_of(command: &mut Command) -> String {
    let output = command.output().expect("rungs runs");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

#[test]
fn prints_kind_where_and_text_best_first() {
    let out = stdout_of(rungs().args(["search", "stakholder"]));
    let first = out.lines().next().expect("at least one line");
    let columns: Vec<&str> = first.split("  ").filter(|c| !c.trim().is_empty()).collect();
    assert_eq!(
        columns.iter().map(|c| c.trim()).collect::<Vec<_>>(),
        ["skill", "Mid-level PM", "Stakeholder Management"]
    );
}

#[test]
fn several_words_are_one_query() {
    let joined = stdout_of(rungs().args(["search", "management stakeholder"]));
    let separate = stdout_of(rungs().args(["search", "management", "stakeholder"]));
    assert_eq!(joined, separate);
    assert!(
        joined
            .lines()
            .next()
            .is_some_and(|l| l.contains("Stakeholder Management"))
    );
}

#[test]
fn no_match_exits_1_and_prints_nothing() {
    let output = rungs()
        .args(["search", "qqqzzzxxx"])
        .output()
        .expect("rungs runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
}

#[test]
fn limit_caps_the_lines() {
    let all = stdout_of(rungs().args(["search", "product"]));
    let two = stdout_of(rungs().args(["search", "product", "--limit", "2"]));
    assert!(all.lines().count() > 2);
    // Padding follows the widest label shown, so compare the words of each line.
    let words = |line: &str| line.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(
        two.lines().map(words).collect::<Vec<_>>(),
        all.lines().take(2).map(words).collect::<Vec<_>>()
    );
    let none = rungs()
        .args(["search", "product", "--limit", "0"])
        .output()
        .expect("rungs runs");
    assert_eq!(none.status.code(), Some(1), "nothing printed counts as no match");
}

#[test]
fn json_has_where_skill_id_and_positions() {
    let out = stdout_of(rungs().args(["search", "stakholder", "--json", "--limit", "3"]));
    let hits: Value = serde_json::from_str(&out).expect("valid JSON");
    let hits = hits.as_array().expect("an array");
    assert_eq!(hits.len(), 3);
    let best = &hits[0];
    assert_eq!(best["kind"], "skill");
    assert_eq!(best["ladder"], "product-management");
    assert_eq!(best["where"]["kind"], "level");
    assert_eq!(best["where"]["id"], "mid-level-pm");
    assert_eq!(best["where"]["title"], "Mid-level PM");
    assert!(best["where"]["index"].is_u64());
    assert_eq!(best["skill_id"], "stakeholder-management");
    assert_eq!(best["text"], "Stakeholder Management");
    assert_eq!(
        best["positions"],
        serde_json::json!([0, 1, 2, 3, 5, 6, 7, 8, 9, 10])
    );
    assert_eq!(best["tier"], "name");
    assert!(best["score"].as_u64().is_some_and(|s| s > 0));
    for hit in hits {
        for key in ["item", "detail", "detail_positions", "skill_id"] {
            assert!(hit.get(key).is_some(), "{key} missing in {hit}");
        }
    }
}

#[test]
fn other_ladders_and_cjk_queries() {
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/search-team.toml");
    let out = stdout_of(rungs().args(["--content", fixture, "search", "管理", "--json"]));
    let hits: Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(hits[0]["skill_id"], "kanri");
    assert_eq!(hits[0]["positions"], serde_json::json!([6, 7]));
    let out = stdout_of(rungs().args(["--content", fixture, "search", "delegation"]));
    let texts: Vec<&str> = out.lines().map(|l| l.split("  ").last().unwrap_or("")).collect();
    assert!(texts[0].ends_with("Delegation"), "name first: {out}");
    assert!(
        texts[1].contains("Coaching — Grow people"),
        "summary match shows why: {out}"
    );
}

#[test]
fn cached_ladders_follow_edits_and_survive_a_corrupt_cache() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("team.toml");
    let cache = dir.path().join("cache");
    let ladder = |skill: &str| {
        format!(
            "[ladder]\nid = \"team\"\ntitle = \"Team\"\n[[levels]]\nid = \"one\"\ntitle = \"One\"\n\
             [[levels.skills]]\nid = \"s\"\nname = \"{skill}\"\n"
        )
    };
    let search = |query: &str| {
        let mut command = rungs();
        command
            .env("RUNGS_CACHE_DIR", &cache)
            .arg("--content")
            .arg(&file)
            .args(["search", query]);
        command.output().expect("rungs runs")
    };
    std::fs::write(&file, ladder("Hiring")).expect("write the ladder");
    assert!(search("hiring").status.success(), "first run parses and caches");
    assert!(search("hiring").status.success(), "second run reads the cache");
    std::fs::write(&file, ladder("Coaching")).expect("edit the ladder");
    assert_eq!(search("hiring").status.code(), Some(1), "the old content is gone");
    assert!(search("coaching").status.success());
    for entry in std::fs::read_dir(&cache).expect("the cache exists") {
        std::fs::write(entry.expect("an entry").path(), b"corrupt").expect("corrupt it");
    }
    let output = search("coaching");
    assert!(output.status.success());
    assert!(
        output.stderr.is_empty(),
        "a broken cache is never the user's problem"
    );
}

#[test]
fn your_notes_and_evidence_are_searched_and_shown_first() {
    let sandbox = crate::support::sandbox::Sandbox::new();
    std::fs::write(
        &sandbox.progress,
        r#"version = 2

[ladders.product-management.skills.business-model-fluency]
state = "developing"
note = "Led the pricing review for the Pro plan"

[[ladders.product-management.skills.business-model-fluency.evidence]]
on = 2025-03-04
text = "Pricing page test lifted conversion 4%"
"#,
    )
    .expect("write progress");
    let out = sandbox
        .rungs()
        .args(["search", "pricing"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).expect("UTF-8");
    let lines: Vec<&str> = out.lines().collect();
    // The ladder has no "pricing": only the person's words are shown, not scattered letters.
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].starts_with("your note") || lines[1].starts_with("your note"),
        "{out}"
    );
    assert!(out.contains("your evidence"), "{out}");
    assert!(
        lines.iter().all(|line| line.contains("Business Model Fluency")),
        "{out}"
    );
}

#[test]
fn an_unreadable_progress_file_still_searches_the_ladder() {
    let sandbox = crate::support::sandbox::Sandbox::new();
    std::fs::write(&sandbox.progress, "version = 99\n").expect("write progress");
    sandbox
        .rungs()
        .args(["search", "stakeholder"])
        .assert()
        .success()
        .stdout(predicates::str::contains("Stakeholder Management"))
        .stderr(predicates::str::contains("warning: your notes are not searched"));
}
