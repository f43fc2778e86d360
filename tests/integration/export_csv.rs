//! `rungs export --format csv`: a sheet that `rungs import` reads back to the same ladder.

use std::fs;
use std::path::Path;

use rungs::content::{Ladder, Level, Skill, builtin, parse_ladder};

use crate::support::sandbox::Sandbox;
use crate::support::{fixture, rungs};

fn load(path: &Path) -> Ladder {
    let bytes = fs::read(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    parse_ladder(path, &bytes).unwrap_or_else(|problems| panic!("{}: {problems:?}", path.display()))
}

/// `rungs [--content ladder] export --format csv [extra]`, written to `csv`.
fn export(content: Option<&Path>, csv: &Path, extra: &[&str]) {
    let mut command = rungs();
    if let Some(content) = content {
        command.arg("--content").arg(content);
    }
    let output = command
        .args(["export", "--format", "csv"])
        .args(extra)
        .assert()
        .success();
    fs::write(csv, &output.get_output().stdout).expect("sheet written");
}

fn import(csv: &Path, id: &str, out: &Path) {
    rungs()
        .arg("import")
        .arg(csv)
        .args(["--id", id, "-o"])
        .arg(out)
        .assert()
        .success();
}

#[test]
fn a_matrix_comes_back_the_same() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (first, sheet, second) = (
        dir.path().join("1.toml"),
        dir.path().join("m.csv"),
        dir.path().join("2.toml"),
    );
    rungs()
        .arg("import")
        .arg(fixture("import/matrix-wide.csv"))
        .arg("-o")
        .arg(&first)
        .assert()
        .success();
    export(Some(&first), &sheet, &[]);
    import(&sheet, "matrix-wide", &second);
    assert_eq!(load(&first), load(&second));
}

#[test]
fn the_builtin_ladder_comes_back_with_its_ids() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (sheet, back) = (dir.path().join("pm.csv"), dir.path().join("pm.toml"));
    export(None, &sheet, &[]);
    import(&sheet, "product-management", &back);
    let original = builtin().expect("built-in ladder").remove(0);
    let back = load(&back);
    assert_eq!(back.meta.title, original.meta.title);
    assert_eq!(back.meta.summary, original.meta.summary);
    assert_eq!(back.areas, original.areas);
    let levels = |ladder: &Ladder| -> Vec<(String, String, Option<String>)> {
        ladder
            .levels
            .iter()
            .map(|l| (l.id.clone(), l.title.clone(), l.code.clone()))
            .collect()
    };
    assert_eq!(levels(&back), levels(&original));
    // Every skill at its level with its id, name, area and summary (a sheet does not carry
    // examples or `formerly`).
    let skills = |ladder: &Ladder| -> Vec<(String, Skill)> {
        let at_level = |level: &Level| {
            let carried = |skill: &Skill| Skill {
                examples: Vec::new(),
                formerly: Vec::new(),
                ..skill.clone()
            };
            level
                .skills
                .iter()
                .map(|skill| (level.id.clone(), carried(skill)))
                .collect::<Vec<_>>()
        };
        // The sheet lists skills by area, so within a level they come back in area order.
        let mut all: Vec<(String, Skill)> = ladder.levels.iter().flat_map(at_level).collect();
        all.sort_by(|a, b| (&a.0, &a.1.id).cmp(&(&b.0, &b.1.id)));
        all
    };
    assert_eq!(skills(&back), skills(&original));
}

#[test]
fn progress_columns_when_asked_and_import_leaves_them_out() {
    let sandbox = Sandbox::new();
    sandbox
        .rungs()
        .args(["tick", "product-thinking"])
        .assert()
        .success();
    sandbox
        .rungs()
        .args(["note", "product-thinking", "Framed the Q3 bets, by user value"])
        .assert()
        .success();
    let output = sandbox
        .rungs()
        .args(["export", "--format", "csv", "--with-progress"])
        .assert()
        .success();
    let sheet = String::from_utf8_lossy(&output.get_output().stdout).into_owned();
    let today = rungs::progress::calendar_date(jiff::Timestamp::now(), &jiff::tz::TimeZone::UTC);
    let row = sheet
        .lines()
        .find(|line| line.contains("skill,Product Thinking,"))
        .unwrap_or_else(|| panic!("no row for the skill in:\n{sheet}"));
    assert!(
        row.ends_with(&format!(
            ",developed,{today},\"Framed the Q3 bets, by user value\""
        )),
        "{row}"
    );
    assert!(sheet.contains(",My state,Since,My note\n"), "{sheet}");

    let dir = tempfile::tempdir().expect("temp dir");
    let (csv, back) = (dir.path().join("mine.csv"), dir.path().join("back.toml"));
    fs::write(&csv, &sheet).expect("sheet written");
    rungs()
        .arg("import")
        .arg(&csv)
        .args(["--id", "product-management", "-o"])
        .arg(&back)
        .assert()
        .success()
        .stderr(predicates::str::contains(
            "progress columns My state, Since, My note → nowhere: import reads the ladder",
        ));
    let original = builtin().expect("built-in ladder").remove(0);
    assert_eq!(load(&back).skill_count(), original.skill_count());
}

#[test]
fn several_ladders_need_one_chosen() {
    rungs()
        .args(["--content"])
        .arg(fixture("ladders"))
        .args(["export", "--format", "csv"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("a CSV sheet holds one"))
        .stderr(predicates::str::contains("--content FILE"));
}
