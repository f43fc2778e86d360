//! Each validation error the matrix schema adds, with where it points and what it suggests.

use std::path::Path;

use toml::de::DeTable;

use super::{assert_fast_check_agrees, check_document};
use crate::content::Diagnostic;

const HEAD: &str = r#"[ladder]
id = "eng"
title = "Engineering"

[[areas]]
id = "delivery"
name = "Delivery"

[[levels]]
id = "d1"
title = "D1"
min_points = 10

[[levels]]
id = "d2"
title = "D2"
min_points = 20

[[tracks]]
id = "tech-lead"
kind = "role"
title = "Tech Lead"

[[tracks.levels]]
id = "tl1"
title = "TL1"
alongside = "d1"

[[tracks.levels]]
id = "tl2"
title = "TL2"
alongside = "d2"
"#;

fn problems(tail: &str) -> Vec<Diagnostic> {
    let text = format!("{HEAD}{tail}");
    checked(&text)
}

fn checked(text: &str) -> Vec<Diagnostic> {
    let document = DeTable::parse(text).expect("test input is valid TOML");
    let found = check_document(Path::new("t.toml"), text, &document);
    assert_fast_check_agrees(text, &found);
    found
}

/// The only problem, with its line counted from the start of `tail`.
fn only(tail: &str) -> (Diagnostic, usize) {
    let found = problems(tail);
    assert_eq!(found.len(), 1, "{found:#?}");
    let line = found[0].line - HEAD.lines().count();
    (found[0].clone(), line)
}

fn competency(milestones: &str) -> String {
    format!("[[competencies]]\nid = \"planning\"\nname = \"Planning\"\narea = \"delivery\"\n{milestones}")
}

const M: &str = "[[competencies.milestones]]\n";

#[test]
fn the_head_and_a_full_competency_are_valid() {
    let tail = competency(&format!(
        "{M}id = \"own\"\ntitle = \"Own\"\ntext = \"Plans own work\"\nlevel = \"d1\"\npoints = 1\n\
         {M}signals = [\"Plans the team's work\"]\nlevel = [\"d2\", \"tl1\"]\npoints = 3\nexamples = [\"x\"]\n"
    ));
    assert_eq!(problems(&tail), vec![]);
}

#[test]
fn unknown_area_suggests_the_nearest() {
    let (problem, line) = only(
        "[[competencies]]\nid = \"c\"\nname = \"C\"\narea = \"delivry\"\n[[competencies.milestones]]\ntext = \"t\"\n",
    );
    assert_eq!(problem.message, "unknown area \"delivry\"");
    assert_eq!(problem.hint.as_deref(), Some("did you mean \"delivery\"?"));
    assert_eq!((line, problem.column), (4, 8));
}

#[test]
fn unknown_area_on_a_skill() {
    let (problem, _) = only("[[tracks.levels.skills]]\nid = \"s\"\nname = \"S\"\narea = \"people\"\n");
    assert_eq!(problem.message, "unknown area \"people\"");
}

#[test]
fn unknown_level_suggests_the_nearest() {
    let (problem, line) = only(&competency(&format!("{M}text = \"t\"\nlevel = \"tl3\"\n")));
    assert_eq!(
        problem.message,
        "unknown level \"tl3\" in milestone 1 of competency \"planning\""
    );
    assert_eq!(problem.hint.as_deref(), Some("did you mean \"tl1\"?"));
    assert_eq!((line, problem.column), (7, 9));
}

#[test]
fn milestones_going_down_the_ladder() {
    let (problem, line) = only(&competency(&format!(
        "{M}text = \"a\"\nlevel = \"d2\"\n{M}text = \"b\"\nlevel = \"d1\"\n"
    )));
    assert_eq!(
        problem.message,
        "milestone 2 of competency \"planning\" is expected from \"d1\", below \"d2\" of milestone 1"
    );
    assert_eq!(line, 10);
}

#[test]
fn milestones_going_down_a_track() {
    let (problem, _) = only(&competency(&format!(
        "{M}text = \"a\"\nlevel = [\"d1\", \"tl2\"]\n{M}text = \"b\"\nlevel = [\"d2\", \"tl1\"]\n"
    )));
    assert!(
        problem.message.contains("from \"tl1\", below \"tl2\""),
        "{}",
        problem.message
    );
}

#[test]
fn a_level_list_naming_two_levels_of_one_ladder() {
    let (problem, _) = only(&competency(&format!(
        "{M}text = \"a\"\nlevel = [\"d1\", \"d2\"]\n"
    )));
    assert_eq!(
        problem.message,
        "milestone 1 of competency \"planning\" names two levels of the main ladder: \"d1\" and \"d2\""
    );
    let (problem, _) = only(&competency(&format!(
        "{M}text = \"a\"\nlevel = [\"tl1\", \"tl2\"]\n"
    )));
    assert!(
        problem.message.contains("two levels of track \"tech-lead\""),
        "{}",
        problem.message
    );
}

#[test]
fn decreasing_points() {
    let (problem, line) = only(&competency(&format!(
        "{M}text = \"a\"\npoints = 3\n{M}text = \"b\"\npoints = 1\n"
    )));
    assert_eq!(
        problem.message,
        "milestone 2 of competency \"planning\" is worth 1 points, less than milestone 1's 3"
    );
    assert_eq!((line, problem.column), (10, 10));
}

#[test]
fn negative_points() {
    let (problem, _) = only(&competency(&format!("{M}text = \"a\"\npoints = -1\n")));
    assert!(
        problem
            .message
            .starts_with("`points` in [[competencies.milestones]] #1 must be a whole number"),
        "{}",
        problem.message
    );
}

#[test]
fn min_points_decreasing_up_the_ladder() {
    let text = HEAD.replace("min_points = 20", "min_points = 5");
    let found = checked(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0].message,
        "`min_points` 5 of level \"d2\" is below the 10 of \"d1\" under it on the main ladder"
    );
    assert_eq!(found[0].line, 17);
}

#[test]
fn alongside_naming_no_main_level() {
    let (problem, _) = only("[[tracks.levels]]\nid = \"tl3\"\ntitle = \"TL3\"\nalongside = \"d3\"\n");
    assert_eq!(
        problem.message,
        "`alongside` \"d3\" of level \"tl3\" names no main-ladder level"
    );
    assert_eq!(problem.hint.as_deref(), Some("did you mean \"d1\"?"));
    let (problem, _) = only("[[tracks.levels]]\nid = \"tl3\"\ntitle = \"TL3\"\nalongside = \"tl2\"\n");
    assert!(
        problem.message.contains("names no main-ladder level"),
        "a track level is not a main one"
    );
}

#[test]
fn alongside_is_only_for_track_levels() {
    let text = HEAD.replacen("min_points = 10", "min_points = 10\nalongside = \"d2\"", 1);
    let found = checked(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].message, "unknown key `alongside` in [[levels]] \"d1\"");
}

#[test]
fn duplicate_milestone_ids() {
    let (problem, _) = only(&competency(&format!(
        "{M}id = \"own\"\ntext = \"a\"\n{M}id = \"own\"\ntext = \"b\"\n"
    )));
    assert_eq!(
        problem.message,
        "milestone 2 of competency \"planning\" has the id \"own\", as milestone 1 does"
    );
    let (problem, _) = only(&competency(&format!(
        "{M}id = \"2\"\ntext = \"a\"\n{M}text = \"b\"\n"
    )));
    assert!(
        problem.message.contains("has the id \"2\""),
        "a default id is its position"
    );
}

#[test]
fn a_competency_with_no_milestones() {
    let (problem, line) = only("[[competencies]]\nid = \"c\"\nname = \"C\"\n");
    assert_eq!(
        problem.message,
        "[[competencies]] \"c\" is missing the required key `milestones`"
    );
    assert_eq!(line, 1);
    let (problem, _) = only("[[competencies]]\nid = \"c\"\nname = \"C\"\nmilestones = []\n");
    assert_eq!(problem.message, "[[competencies]] \"c\" has no milestones");
}

#[test]
fn a_milestone_needs_text_or_signals() {
    let (problem, _) = only(&competency(&format!("{M}title = \"Adopts\"\n")));
    assert_eq!(
        problem.message,
        "milestone 1 of competency \"planning\" has no `text`"
    );
}

#[test]
fn ids_shared_between_a_skill_and_a_competency() {
    let tail = format!(
        "[[tracks.skills]]\nid = \"planning\"\nname = \"Planning\"\n{}",
        competency(&format!("{M}text = \"a\"\n"))
    );
    let (problem, line) = only(&tail);
    let skill_line = HEAD.lines().count() + 2;
    let expected = format!("competency id \"planning\" is also the id of a skill (line {skill_line})");
    assert_eq!(problem.message, expected);
    assert!(
        problem
            .hint
            .as_deref()
            .unwrap_or("")
            .contains("share one set of ids")
    );
    assert_eq!(line, 5);
}

#[test]
fn track_levels_share_the_level_namespace() {
    let (problem, _) = only("[[tracks.levels]]\nid = \"d1\"\ntitle = \"Again\"\n");
    assert!(
        problem.message.starts_with("duplicate level id \"d1\""),
        "{}",
        problem.message
    );
}

#[test]
fn pinned_items_need_slug_ids_unique_in_the_ladder() {
    let text = HEAD.replacen(
        "min_points = 10",
        "min_points = 10\nresponsibilities = [{ id = \"own\", text = \"a\" }, \"b\"]\nsuccess = [{ id = \"own\", text = \"c\" }, { id = \"Bad\", text = \"d\" }, { text = \"e\" }]",
        1,
    );
    let found: Vec<String> = checked(&text).into_iter().map(|d| d.message).collect();
    assert_eq!(
        found,
        [
            "duplicate item id \"own\" (first defined on line 13)",
            "`id` \"Bad\" in a `success` item of [[levels]] \"d1\" is not a valid id",
            "a `success` item of [[levels]] \"d1\" is missing the required key `id`",
        ]
    );
}

#[test]
fn unknown_track_kind_lists_the_four() {
    let text = HEAD.replace("kind = \"role\"", "kind = \"manager\"");
    let found = checked(&text);
    assert_eq!(found.len(), 1);
    assert!(found[0].hint.as_deref().unwrap_or("").contains("\"management\""));
}
