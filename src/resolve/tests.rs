use super::*;
use crate::content::{Ladder, builtin};

fn pm() -> Vec<Ladder> {
    builtin().expect("built-in ladder")
}

fn skill_id(typed: &str) -> Result<String, Unresolved> {
    skill(&pm(), None, typed).map(|(_, skill)| skill.id.clone())
}

fn level_id(typed: &str) -> Result<String, Unresolved> {
    level(&pm(), None, typed).map(|(_, level)| level.id.clone())
}

#[test]
fn skills_answer_to_id_name_spelling_and_near_misses() {
    for (typed, id) in [
        ("stakeholder-management", "stakeholder-management"),
        ("Stakeholder Management", "stakeholder-management"),
        ("STAKEHOLDER management", "stakeholder-management"),
        ("stakeholder-managment", "stakeholder-management"),
        ("exec-comm", "executive-communication"),
        ("org-design", "organisational-design"),
        ("organizational design", "organisational-design"),
        ("prioritization", "impact-driven-prioritisation"),
        (
            "take initiative and follow through",
            "take-initiative-follow-through",
        ),
        ("sm", "stakeholder-management"),
        ("talent", "org-wide-talent-management"),
    ] {
        assert_eq!(skill_id(typed).as_deref(), Ok(id), "{typed}");
    }
}

#[test]
fn levels_answer_to_number_title_and_short_label() {
    for (typed, id) in [
        ("senior-pm", "senior-pm"),
        ("Senior PM", "senior-pm"),
        ("senior product manager", "senior-pm"),
        ("3", "senior-pm"),
        ("1", "associate-pm"),
        ("Chief Product Officer", "vp-cpo"),
        ("director", "group-pm-director"),
        ("lead pm", "senior-pm"),
    ] {
        assert_eq!(level_id(typed).as_deref(), Ok(id), "{typed}");
    }
}

#[test]
fn tracks_answer_to_their_job_titles() {
    let ladders = pm();
    let (_, found) = track(&ladders, None, "Staff PM").expect("a job title");
    assert_eq!(found.id, "individual-contributor");
    let found = ladder(&ladders, "product management").expect("the ladder's title");
    assert_eq!(found.meta.id, "product-management");
}

#[test]
fn several_equally_good_are_listed_not_guessed() {
    let failure = skill_id("management").expect_err("four skills say management");
    assert!(matches!(failure, Unresolved::Ambiguous { .. }), "{failure}");
    let ids: Vec<&str> = failure.listed().iter().map(|one| one.id.as_str()).collect();
    assert!(ids.contains(&"stakeholder-management"), "{ids:?}");
    assert!(ids.contains(&"org-wide-talent-management"), "{ids:?}");
    let shown = failure.to_string();
    assert!(
        shown.starts_with("error: `management` could be any of these skills:"),
        "{shown}"
    );
    assert!(
        shown.contains("Change Management & Narrative Building"),
        "{shown}"
    );
}

#[test]
fn nothing_close_suggests_the_nearest() {
    let failure = skill_id("mentoring").expect_err("not a name");
    assert!(matches!(failure, Unresolved::Unknown { .. }), "{failure}");
    assert_eq!(failure.listed()[0].id, "mentorship");
    let failure = skill_id("strategy").expect_err("three skills are strategic");
    assert!(
        failure.listed().iter().any(|one| one.id == "strategic-visioning"),
        "{failure}"
    );
    let failure = skill_id("xyzzy").expect_err("nothing like it");
    assert!(failure.listed().is_empty());
    assert!(
        failure.to_string().contains("`rungs list` shows every skill"),
        "{failure}"
    );
}

#[test]
fn the_same_id_in_two_ladders_asks_for_the_ladder() {
    let mut ladders = pm();
    let mut other = ladders[0].clone();
    other.meta.id = "other".into();
    ladders.push(other);
    let failure = skill(&ladders, None, "mentorship")
        .map(|_| ())
        .expect_err("in both");
    assert!(
        failure.to_string().contains("pass --ladder LADDER_ID"),
        "{failure}"
    );
    let (found, _) = skill(&ladders, Some("other"), "mentorship").expect("narrowed");
    assert_eq!(found.meta.id, "other");
}

#[test]
fn control_characters_typed_are_shown_escaped() {
    let failure = skill_id("\u{1b}[31mred").expect_err("not a skill");
    assert!(!failure.to_string().contains('\u{1b}'), "{failure}");
}

#[test]
fn pick_serves_any_kind_of_candidate() {
    let candidates = [
        ("evidence-1", "Led the pricing review"),
        ("evidence-2", "Ran discovery"),
    ]
    .map(|(id, name)| Candidate {
        value: id,
        id: id.to_string(),
        name: name.to_string(),
        ladder: "product-management".to_string(),
        also: Vec::new(),
    });
    assert_eq!(
        pick("evidence", "pricing", &candidates),
        Ok(("evidence-1", How::Fuzzy))
    );
    assert_eq!(
        pick("evidence", "evidence-2", &candidates),
        Ok(("evidence-2", How::Exact))
    );
}

const MATRIX: &str = r#"
[ladder]
id = "eng"
title = "Engineering"

[[areas]]
id = "delivery"
name = "Delivery"

[[levels]]
id = "e3"
title = "Senior Engineer"
code = "L5"
aliases = ["Senior SWE", "Tech Lead I"]

[[levels]]
id = "e4"
title = "Staff Engineer"
code = "L6"

[[tracks]]
id = "management"
kind = "role"
title = "Engineering Management"

[[tracks.levels]]
id = "em1"
title = "Engineering Manager"
alongside = "e3"

[[competencies]]
id = "planning"
name = "Planning & Estimation"
area = "delivery"
formerly = ["estimation"]
[[competencies.milestones]]
text = "Plans their own work"
level = "e3"

[[competencies]]
id = "code-review"
name = "Code Review"
area = "delivery"
[[competencies.milestones]]
text = "Reviews with care"
level = "e3"
"#;

fn matrix() -> Vec<Ladder> {
    let parsed = crate::content::parse_ladder(std::path::Path::new("eng.toml"), MATRIX.as_bytes());
    vec![parsed.unwrap_or_else(|problems| panic!("test ladder is invalid: {problems:?}"))]
}

#[test]
fn levels_answer_to_codes_aliases_and_track_levels() {
    let ladders = matrix();
    for (typed, id) in [
        ("L5", "e3"),
        ("l6", "e4"),
        ("senior swe", "e3"),
        ("Tech Lead I", "e3"),
        ("2", "e4"),
        ("engineering manager", "em1"),
    ] {
        let found = level(&ladders, None, typed).map(|(_, level)| level.id.clone());
        assert_eq!(found.as_deref(), Ok(id), "{typed}");
    }
}

#[test]
fn competencies_answer_to_id_name_and_former_id() {
    let ladders = matrix();
    for (typed, id) in [
        ("planning", "planning"),
        ("Planning and Estimation", "planning"),
        ("estimation", "planning"),
        ("code reveiw", "code-review"),
    ] {
        let found = competency(&ladders, None, typed).map(|(_, found)| found.id.clone());
        assert_eq!(found.as_deref(), Ok(id), "{typed}");
    }
    let failure = competency(&ladders, None, "zzz")
        .map(|_| ())
        .expect_err("no such");
    assert!(
        failure.to_string().contains("no competency matches `zzz`"),
        "{failure}"
    );
}
