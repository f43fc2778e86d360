//! Competency matrices end to end: the example ladder and a points matrix load, `check`
//! summarises them, `list` shows them, `list --json` round-trips them with what each level
//! expects, `search` finds their new text, and a matrix mistake is reported with its place.

use std::fs;
use std::path::PathBuf;

use predicates::prelude::*;
use rungs::content::{Ladder, load_paths_with};
use serde_json::Value;

use crate::support::sandbox::Sandbox;
use crate::support::{fixture, rungs};

fn example() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content/examples/team-matrix.toml")
}

fn loaded(path: &PathBuf) -> Ladder {
    let mut ladders = load_paths_with(std::slice::from_ref(path), None).expect("the ladder loads");
    ladders.remove(0)
}

#[test]
fn the_example_matrix_uses_every_new_field() {
    let ladder = loaded(&example());
    assert!(!ladder.areas.is_empty());
    let level = &ladder.levels[0];
    assert!(level.code.is_some() && !level.aliases.is_empty() && level.years.is_some());
    assert!(level.min_points.is_some());
    assert!(level.responsibilities.iter().any(|item| item.pinned.is_some()));
    assert!(
        level
            .skills
            .iter()
            .any(|skill| skill.area.is_some() && !skill.examples.is_empty())
    );
    let kinds: Vec<_> = ladder.tracks.iter().map(|track| track.kind).collect();
    assert!(kinds.contains(&rungs::content::TrackKind::Management));
    assert!(kinds.contains(&rungs::content::TrackKind::Role));
    assert!(
        ladder
            .tracks
            .iter()
            .all(|track| track.levels.iter().all(|l| l.alongside.is_some()))
    );
    let milestones = ladder.competencies.iter().flat_map(|c| &c.milestones);
    let fields = milestones.fold([false; 6], |seen, m| {
        [
            seen[0] || m.id.is_some(),
            seen[1] || m.title.is_some(),
            seen[2] || m.level.len() > 1,
            seen[3] || m.points.is_some(),
            seen[4] || !m.signals.is_empty(),
            seen[5] || !m.examples.is_empty(),
        ]
    });
    assert_eq!(
        fields, [true; 6],
        "id, title, a level list, points, signals, examples"
    );
}

#[test]
fn check_summarises_areas_and_competencies() {
    rungs()
        .arg("check")
        .arg(example())
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "ok  Engineering (example matrix) (example-engineering): 4 levels, 1 skill, 2 tracks, \
             3 track levels, 3 areas, 3 competencies, 8 milestones",
        ));
}

#[test]
fn list_shows_the_matrix_by_area_with_the_levels_expecting_each_milestone() {
    rungs()
        .args(["list", "--content"])
        .arg(example())
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "  1. Engineer I  [e1]  E1 · also: Junior Engineer · 0–2 years · 0+ points",
        ))
        .stdout(predicate::str::contains(
            "       · Engineering Manager  [m1]  M1  (beside E3)",
        ))
        .stdout(predicate::str::contains(
            "Competencies\n  Delivery  [delivery]\n    - Planning  [planning]",
        ))
        .stdout(predicate::str::contains(
            "        3. Team plans: Plans a quarter of the team's work and adjusts it as things change. \
             (6 pts)  ← E4, EM, Senior EM, Tech Lead",
        ));
}

fn list_json(path: &PathBuf) -> Vec<Value> {
    let output = rungs()
        .args(["list", "--json", "--content"])
        .arg(path)
        .output()
        .expect("rungs runs");
    assert!(output.status.success());
    serde_json::from_slice(&output.stdout).expect("list --json is JSON")
}

/// Each level's `expects`, as "competency=milestone" (or "competency=-" for none).
fn expects(level: &Value) -> Vec<String> {
    level["expects"]
        .as_array()
        .map(|all| {
            all.iter()
                .map(|e| {
                    format!(
                        "{}={}",
                        e["competency"].as_str().unwrap_or("?"),
                        e["milestone"].as_str().unwrap_or("-")
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// `value` without the computed `expects` lists, i.e. as the schema writes it.
fn without_expects(value: &mut Value) {
    match value {
        Value::Object(object) => {
            object.remove("expects");
            object.values_mut().for_each(without_expects);
        }
        Value::Array(items) => items.iter_mut().for_each(without_expects),
        _ => {}
    }
}

#[test]
fn list_json_round_trips_with_what_each_level_expects() {
    for path in [example(), fixture("points-matrix.toml")] {
        let mut json = list_json(&path).remove(0);
        let levels = json["levels"].as_array().into_iter().flatten();
        let track_levels = json["tracks"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|track| track["levels"].as_array().into_iter().flatten());
        for level in levels.chain(track_levels) {
            assert!(
                level["expects"].is_array(),
                "every level says what it expects: {level}"
            );
        }
        without_expects(&mut json);
        let back: Ladder = serde_json::from_value(json).expect("list --json reads back as the schema");
        assert_eq!(back, loaded(&path), "{}", path.display());
    }
}

#[test]
fn list_json_expectations_follow_the_rule() {
    let json = list_json(&example()).remove(0);
    assert_eq!(
        expects(&json["levels"][0]),
        ["planning=own-tasks", "code-quality=1", "coaching=-"]
    );
    assert_eq!(
        expects(&json["levels"][2]),
        ["planning=2", "code-quality=2", "coaching=1"]
    );
    // The tech lead expects more planning than E3 beside it; the rest falls back to E3.
    let tech_lead = &json["tracks"][1]["levels"][0];
    assert_eq!(expects(tech_lead), ["planning=3", "code-quality=2", "coaching=1"]);
    assert_eq!(json["levels"][0]["responsibilities"][1]["id"], "asks-early");
    assert_eq!(json["competencies"][0]["milestones"][2]["level"][1], "tl");
}

#[test]
fn search_finds_competencies_milestones_codes_and_aliases() {
    let cases = [
        ("Junior Engineer", "alias"),
        ("TL3", "alias"),
        ("Project management", "competency"),
        ("Specializes", "milestone"),
        ("architecture for a product area", "milestone"),
        ("small features to an existing app", "signal"),
        ("feature modules", "example"),
    ];
    for (query, kind) in cases {
        let path = if query == "Junior Engineer" {
            example()
        } else {
            fixture("points-matrix.toml")
        };
        rungs()
            .args(["search", "--content"])
            .arg(&path)
            .arg(query)
            .assert()
            .success()
            .stdout(predicate::str::starts_with(kind));
    }
}

#[test]
fn a_level_alias_names_the_level_in_commands() {
    let sandbox = Sandbox::new();
    sandbox
        .rungs()
        .args(["level", "Senior Developer", "--content"])
        .arg(fixture("points-matrix.toml"))
        .assert()
        .success();
    assert_eq!(sandbox.load().my_level("points-matrix"), Some("d3"));
}

#[test]
fn a_matrix_mistake_is_located_with_a_hint_and_the_file_is_untouched() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("matrix.toml");
    let text = fs::read_to_string(fixture("points-matrix.toml"))
        .expect("the fixture")
        .replace("level = \"tl3\"", "level = \"tl4\"");
    fs::write(&file, &text).expect("write");
    rungs()
        .arg("check")
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "matrix.toml:84:9: unknown level \"tl4\" in milestone 2 of competency \"project-management\"",
        ))
        .stderr(predicate::str::contains("hint: did you mean \"tl3\"?"));
    assert_eq!(fs::read_to_string(&file).expect("read back"), text);
}
