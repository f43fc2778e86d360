//! `rungs import`: sheets and documents written the way people write them, each imported,
//! checked and compared with the expected ladder; and bad input, refused with a clear error
//! and nothing written.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use rungs::import::{Naming, import, report};

fn rungs() -> Command {
    let mut command = Command::cargo_bin("rungs").expect("binary is built");
    // An empty cache dir turns the content cache off: tests never write the user's cache.
    command.env_remove("RUNGS_CONTENT").env("RUNGS_CACHE_DIR", "");
    command
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

/// The ladder file and report made from a fixture, as `rungs import` makes them.
fn imported(name: &str) -> (String, String) {
    let path = fixture(name);
    let bytes = fs::read(&path).unwrap_or_else(|error| panic!("{name}: {error}"));
    let naming = Naming {
        stem: path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
        ..Naming::default()
    };
    let made = import(&bytes, &path, None, &naming).unwrap_or_else(|error| panic!("{name}: {error}"));
    (made.toml.clone(), report(&made, name))
}

/// The expected ladder, and `rungs check` accepts what was written.
fn imports_and_checks(name: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("ladder.toml");
    rungs()
        .args(["import", "-o"])
        .arg(&out)
        .arg(fixture(name))
        .assert()
        .success()
        .stderr(predicate::str::contains("Wrote"));
    rungs().arg("check").arg(&out).assert().success();
    let (toml, report) = imported(name);
    assert_eq!(fs::read_to_string(&out).expect("written ladder"), toml);
    insta::assert_snapshot!(name, format!("{report}\n{toml}"));
}

#[test]
fn a_long_sheet_with_semicolons_a_bom_and_crlf() {
    imports_and_checks("expectations-semicolon.csv");
}

#[test]
fn without_output_the_ladder_goes_to_stdout_and_the_report_to_stderr() {
    let (toml, _) = imported("expectations-semicolon.csv");
    rungs()
        .arg("import")
        .arg(fixture("expectations-semicolon.csv"))
        .assert()
        .success()
        .stdout(toml)
        .stderr(predicate::str::contains(
            "as \"Expectations semicolon\" (expectations-semicolon): 2 levels, 4 responsibilities",
        ));
}

#[test]
fn id_and_title_can_be_given() {
    rungs()
        .args(["import", "--id", "platform", "--title", "Platform team"])
        .arg(fixture("expectations-semicolon.csv"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "id = \"platform\"\ntitle = \"Platform team\"",
        ));
    rungs()
        .args(["import", "--id", "Platform Team"])
        .arg(fixture("expectations-semicolon.csv"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "use lowercase letters, digits and dashes, e.g. `platform-team`",
        ));
}

/// Runs `rungs import FILE -o OUT` on `bytes` and returns stderr; asserts it failed and
/// wrote nothing.
fn refused(file_name: &str, bytes: &[u8], extra: &[&str]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join(file_name);
    fs::write(&input, bytes).expect("input written");
    let out = dir.path().join("out.toml");
    let assert = rungs()
        .arg("import")
        .args(extra)
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1);
    assert!(!out.exists(), "nothing is written");
    let names: Vec<_> = fs::read_dir(dir.path())
        .expect("temp dir listed")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names.len(), 1, "no temporary files left: {names:?}");
    String::from_utf8_lossy(&assert.get_output().stderr).into_owned()
}

fn assert_says(stderr: &str, parts: &[&str]) {
    for part in parts {
        assert!(stderr.contains(part), "missing {part:?} in:\n{stderr}");
    }
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert!(stderr.contains("= hint: "), "{stderr}");
}

#[test]
fn prose_is_not_csv() {
    let stderr = refused("ladder.csv", b"We are a small team.\nWe grow people.\n", &[]);
    assert_says(&stderr, &["ladder.csv:1: this does not look like CSV", "commas"]);
}

#[test]
fn ragged_rows_name_their_line() {
    let text = "Competency,Junior,Senior\nTesting,Writes tests,Plans tests\nDebugging,Finds bugs, fast,Finds causes\n";
    let stderr = refused("ladder.csv", text.as_bytes(), &[]);
    assert_says(
        &stderr,
        &[
            "ladder.csv:3: line 3 has 4 fields but the header (line 1) has 3",
            "double quotes",
        ],
    );
}

#[test]
fn a_sheet_without_level_columns() {
    let stderr = refused(
        "ladder.csv",
        b"Area,Competency,Description\nCraft,Testing,Writes tests\n",
        &[],
    );
    assert_says(
        &stderr,
        &[
            "ladder.csv:1: the header (line 1) has no level columns",
            "`Area`, `Competency`, `Description`",
        ],
    );
}

#[test]
fn a_fifty_megabyte_file_is_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("huge.csv");
    let file = fs::File::create(&input).unwrap();
    file.set_len(50 * 1024 * 1024).unwrap();
    let out = dir.path().join("out.toml");
    rungs()
        .arg("import")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "huge.csv: the file is 50.0 MB; a ladder to import is at most 10.0 MB",
        ));
    assert!(!out.exists());
}

#[test]
fn binary_and_other_encodings() {
    let stderr = refused("ladder.csv", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", &[]);
    assert_says(
        &stderr,
        &["ladder.csv: the file looks binary", "export the sheet as CSV"],
    );
    let stderr = refused("ladder.csv", b"Competency,Junior\nCaf\xe9,Serves\n", &[]);
    assert_says(
        &stderr,
        &["ladder.csv:2: the file is not UTF-8 text (line 2)", "CSV UTF-8"],
    );
}

#[test]
fn empty_files_and_documents_without_levels() {
    assert_says(
        &refused("ladder.md", b"  \n\n", &[]),
        &["ladder.md: the file is empty"],
    );
    let stderr = refused("ladder.md", b"# Our ladder\n\nWe will write it soon.\n", &[]);
    assert_says(
        &stderr,
        &[
            "ladder.md: found no levels in the document",
            "## L4 · Senior Engineer",
        ],
    );
    let stderr = refused("ladder.txt", b"just some words\n", &[]);
    assert_says(
        &stderr,
        &["cannot tell whether the file is CSV or Markdown", "--format"],
    );
}

#[test]
fn an_existing_file_is_never_replaced_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ladder.toml");
    fs::write(&out, "mine").unwrap();
    rungs()
        .arg("import")
        .arg(fixture("expectations-semicolon.csv"))
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("already exists; nothing was written"))
        .stderr(predicate::str::contains("--force"));
    assert_eq!(fs::read_to_string(&out).unwrap(), "mine");
    rungs()
        .arg("import")
        .arg(fixture("expectations-semicolon.csv"))
        .arg("-o")
        .arg(&out)
        .arg("--force")
        .assert()
        .success();
    assert!(fs::read_to_string(&out).unwrap().contains("[ladder]"));
}

#[test]
fn a_missing_file() {
    rungs()
        .args(["import", "no-such-file.csv"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot read no-such-file.csv"));
    assert!(!Path::new("no-such-file.csv").exists());
}

#[test]
fn markdown_like_engineeringladders() {
    imports_and_checks("engineering-ladders.md");
}

#[test]
fn a_messy_handbook_page_keeps_every_word() {
    imports_and_checks("handbook-messy.md");
}

#[test]
fn a_matrix_as_a_markdown_table() {
    imports_and_checks("matrix-table.md");
}

#[test]
fn a_wide_sheet_with_areas_codes_and_multiline_cells() {
    imports_and_checks("matrix-wide.csv");
}

#[test]
fn a_messy_sheet_with_title_rows_merged_cells_and_notes() {
    imports_and_checks("messy-sheet.csv");
}

#[test]
fn a_long_export_sorted_by_competency() {
    imports_and_checks("competencies-long.csv");
}

#[test]
fn a_long_sheet_of_skills_with_areas() {
    imports_and_checks("design-skills-long.csv");
}

/// The README's sheet and document examples import and pass `rungs check`, so they stay true.
#[test]
fn the_readme_examples_import() {
    let readme = fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    let section = readme
        .split("## Bring your company's ladder")
        .nth(1)
        .expect("README has the import section");
    let dir = tempfile::tempdir().expect("temp dir");
    for (fence, name) in [("```csv\n", "example.csv"), ("```markdown\n", "example.md")] {
        let start = section
            .find(fence)
            .map(|at| at + fence.len())
            .expect("example in README");
        let end = section[start..]
            .find("```")
            .map(|at| start + at)
            .expect("closed fence");
        let (input, out) = (dir.path().join(name), dir.path().join(format!("{name}.toml")));
        fs::write(&input, &section[start..end]).expect("example written");
        rungs()
            .arg("import")
            .arg(&input)
            .arg("-o")
            .arg(&out)
            .assert()
            .success();
        rungs().arg("check").arg(&out).assert().success();
    }
}
