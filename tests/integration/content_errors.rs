//! Every class of bad ladder input produces a located, actionable message, all in one pass.

use std::path::Path;

use rungs::content::{Diagnostic, parse_ladder};

const HEADER: &str = "[ladder]\nid = \"team\"\ntitle = \"Team\"\n";
const LEVEL: &str = "[[levels]]\nid = \"junior\"\ntitle = \"Junior\"\n";

fn problems(text: &str) -> Vec<Diagnostic> {
    parse_ladder(Path::new("team.toml"), text.as_bytes()).expect_err("input should be rejected")
}

fn only(text: &str) -> Diagnostic {
    let mut found = problems(text);
    assert_eq!(found.len(), 1, "expected exactly one problem, got: {found:#?}");
    found.remove(0)
}

#[test]
fn a_valid_ladder_loads() {
    let ladder = parse_ladder(Path::new("team.toml"), format!("{HEADER}{LEVEL}").as_bytes()).unwrap();
    assert_eq!(ladder.meta.id, "team");
    assert_eq!(ladder.levels[0].title, "Junior");
}

#[test]
fn unknown_key_suggests_the_nearest() {
    let d = only(&format!("{HEADER}{LEVEL}responsibilites = [\"x\"]\n"));
    assert_eq!((d.line, d.column), (7, 1));
    assert_eq!(
        d.message,
        "unknown key `responsibilites` in [[levels]] \"junior\""
    );
    assert_eq!(d.hint.as_deref(), Some("did you mean `responsibilities`?"));
    let shown = d.to_string();
    assert!(shown.starts_with("team.toml:7:1: unknown key"), "{shown}");
    assert!(
        shown.contains("7 | responsibilites = [\"x\"]"),
        "the line is shown: {shown}"
    );
}

#[test]
fn unknown_key_far_from_any_lists_the_valid_ones() {
    let d = only(&format!("{HEADER}colour = \"red\"\n{LEVEL}"));
    let hint = d.hint.unwrap();
    assert!(hint.starts_with("valid keys here: `id`, `title`"), "{hint}");
}

#[test]
fn missing_required_fields_are_each_reported() {
    let found = problems("[ladder]\nsummary = \"s\"\n[[levels]]\nsummary = \"x\"\n");
    let messages: Vec<_> = found.iter().map(|d| d.message.as_str()).collect();
    assert!(
        messages.contains(&"[ladder] is missing the required key `id`"),
        "{messages:?}"
    );
    assert!(
        messages.contains(&"[ladder] is missing the required key `title`"),
        "{messages:?}"
    );
    assert!(
        messages.contains(&"[[levels]] #1 is missing the required key `id`"),
        "{messages:?}"
    );
    assert!(
        messages.contains(&"[[levels]] #1 is missing the required key `title`"),
        "{messages:?}"
    );
    let level_problem = found
        .iter()
        .find(|d| d.message.starts_with("[[levels]]"))
        .unwrap();
    assert_eq!(level_problem.line, 3, "points at the [[levels]] header");
}

#[test]
fn bad_slug_gets_a_suggested_id() {
    let d = only(&format!(
        "{HEADER}[[levels]]\nid = \"Senior PM\"\ntitle = \"Senior\"\n"
    ));
    assert_eq!((d.line, d.column), (5, 6));
    assert_eq!(
        d.message,
        "`id` \"Senior PM\" in [[levels]] \"Senior PM\" is not a valid id"
    );
    assert!(d.hint.unwrap().contains("\"senior-pm\""));
}

#[test]
fn duplicate_ids_name_both_places() {
    let text = format!(
        "{HEADER}{LEVEL}[[levels.skills]]\nid = \"coding\"\nname = \"Coding\"\n{LEVEL}\
         [[levels.skills]]\nid = \"coding\"\nname = \"Coding again\"\n"
    );
    let found = problems(&text);
    let messages: Vec<_> = found.iter().map(|d| (d.line, d.message.as_str())).collect();
    assert_eq!(
        messages,
        vec![
            (11, "duplicate level id \"junior\" (first defined on line 5)"),
            (14, "duplicate skill id \"coding\" (first defined on line 8)"),
        ]
    );
}

#[test]
fn a_former_id_may_not_clash_with_a_skill_id() {
    let text = format!(
        "{HEADER}{LEVEL}[[levels.skills]]\nid = \"a\"\nname = \"A\"\n\
         [[levels.skills]]\nid = \"b\"\nname = \"B\"\nformerly = [\"a\"]\n"
    );
    let d = only(&text);
    assert_eq!(d.message, "duplicate skill id \"a\" (first defined on line 8)");
}

#[test]
fn unknown_track_kind_lists_the_kinds() {
    let d = only(&format!(
        "{HEADER}{LEVEL}[[tracks]]\nid = \"x\"\nkind = \"parallel\"\ntitle = \"X\"\n"
    ));
    assert_eq!(d.message, "unknown track kind \"parallel\" in [[tracks]] \"x\"");
    assert!(d.hint.unwrap().contains("\"ic\""));
}

#[test]
fn a_ladder_without_levels_is_rejected() {
    let d = only(HEADER);
    assert_eq!(d.message, "the ladder has no levels");
    let d = only(&format!("levels = []\n{HEADER}"));
    assert_eq!(d.message, "the ladder has no levels");
}

#[test]
fn an_empty_file_is_rejected() {
    for text in ["", "\n\n", "# just a comment\n"] {
        let d = only(text);
        assert_eq!(d.message, "the file is empty", "{text:?}");
        assert!(d.hint.is_some());
    }
}

#[test]
fn non_utf8_is_located() {
    let mut bytes = format!("{HEADER}{LEVEL}summary = \"caf").into_bytes();
    bytes.extend_from_slice(&[0xe9, b'"', b'\n']);
    let found = parse_ladder(Path::new("team.toml"), &bytes).unwrap_err();
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].line, found[0].column), (7, 15));
    assert_eq!(found[0].message, "the file is not valid UTF-8 (byte 0xe9)");
    assert_eq!(found[0].hint.as_deref(), Some("save the file as UTF-8"));
}

#[test]
fn toml_syntax_errors_are_located() {
    let d = only(&format!("{HEADER}[[levels]\nid = \"x\"\n"));
    assert_eq!(d.line, 4, "{d}");
}

#[test]
fn wrong_types_are_reported() {
    let found = problems(&format!(
        "{HEADER}{LEVEL}summary = 3\nsuccess = \"one\"\nnotes = [1]\n"
    ));
    let messages: Vec<_> = found.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        messages,
        vec![
            "`summary` in [[levels]] \"junior\" must be a string, not integer",
            "`success` in [[levels]] \"junior\" must be an array of strings, not string",
            "`notes` in [[levels]] \"junior\" must be a string, not integer",
        ]
    );
}

#[test]
fn all_problems_are_found_in_one_pass() {
    let text = "[ladder]\nid = \"Bad Id\"\ntitle = \"\"\n[[levels]]\nid = \"a\"\ntitel = \"A\"\n\
                [[tracks]]\nid = \"t\"\nkind = \"side\"\ntitle = \"T\"\n";
    let found = problems(text);
    assert_eq!(found.len(), 5, "{found:#?}");
    let lines: Vec<_> = found.iter().map(|d| d.line).collect();
    assert!(
        lines.windows(2).all(|w| w[0] <= w[1]),
        "sorted by position: {lines:?}"
    );
}
