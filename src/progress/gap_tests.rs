use super::*;
use crate::progress::model::Change;
use crate::progress::when::When;

fn ladder() -> Ladder {
    toml::from_str(
        r#"
        [ladder]
        id = "pm"
        title = "PM"
        [[levels]]
        id = "junior"
        title = "Junior"
        responsibilities = ["Ship small features"]
        [[levels.skills]]
        id = "writing"
        name = "Writing"
        [[levels]]
        id = "mid"
        title = "Mid"
        responsibilities = ["Own a feature area"]
        [[levels.skills]]
        id = "discovery"
        name = "Discovery"
        [[levels.skills]]
        id = "data"
        name = "Data"
        [[levels]]
        id = "senior"
        title = "Senior"
        responsibilities = ["Own the roadmap"]
        success = ["Teams trust your calls"]
        "#,
    )
    .expect("test ladder parses")
}

fn day() -> When {
    When::parse("2025-03-01").expect("day")
}

fn with(changes: Vec<Change>) -> Progress {
    let mut progress = Progress::default();
    for change in changes {
        progress.apply(&change);
    }
    progress
}

fn state(item: Item, state: SkillState) -> Change {
    Change::SetState {
        ladder: "pm".into(),
        item,
        state,
        at: day(),
    }
}

fn my_level(level: &str) -> Change {
    Change::SetMyLevel {
        ladder: "pm".into(),
        level: Some(level.into()),
    }
}

#[test]
fn the_target_is_the_level_above_mine_unless_set() {
    let ladder = ladder();
    assert!(Progress::default().target_in(&ladder).is_none());
    let mut progress = with(vec![my_level("junior")]);
    assert_eq!(progress.target_in(&ladder).map(|l| l.id.as_str()), Some("mid"));
    progress.apply(&Change::SetTarget {
        ladder: "pm".into(),
        level: Some("senior".into()),
    });
    assert_eq!(progress.target_in(&ladder).map(|l| l.id.as_str()), Some("senior"));
    let top = with(vec![my_level("senior")]);
    assert!(top.target_in(&ladder).is_none(), "nothing above the top");
}

#[test]
fn the_gap_asks_for_the_skills_below_and_the_expectations_of_the_target() {
    let ladder = ladder();
    let progress = with(vec![
        my_level("mid"),
        state(Item::skill("discovery"), SkillState::Developed),
        state(Item::skill("data"), SkillState::Developing),
        state(
            Item::expectation("senior", "own-the-roadmap"),
            SkillState::Developed,
        ),
    ]);
    let gap = progress
        .gap_to_target(&ladder, Assumption::BelowMyLevel)
        .expect("a target");
    assert_eq!(gap.target.id, "senior");
    let standings: Vec<(&str, Standing)> = gap.requirements.iter().map(|r| (r.name(), r.standing)).collect();
    assert_eq!(
        standings,
        [
            ("Discovery", Standing::Met),
            ("Data", Standing::Developing),
            ("Own the roadmap", Standing::Met),
            ("Teams trust your calls", Standing::Missing),
        ]
    );
    assert_eq!((gap.met(), gap.total()), (2, 4));
    assert!(!gap.is_ready());
    assert_eq!(
        gap.verdict(),
        "not yet ready for Senior: 2 of 4 met; missing: Data; Teams trust your calls"
    );
}

#[test]
fn levels_below_mine_are_assumed_unless_assessed_or_turned_off() {
    let ladder = ladder();
    let junior = &ladder.levels[0];
    let mine = with(vec![my_level("senior")]);
    // Aiming at Mid from Senior (a check of what is behind me): all assumed.
    let gap = mine.gap(&ladder, &ladder.levels[1], Assumption::BelowMyLevel);
    assert!(gap.is_ready(), "{}", gap.verdict());
    assert_eq!(gap.verdict(), "ready for Mid: 2/2");
    assert!(gap.requirements.iter().all(|r| r.standing == Standing::Assumed));
    let strict = mine.gap(&ladder, &ladder.levels[1], Assumption::Off);
    assert_eq!(strict.met(), 0);
    let writing = Item::skill("writing");
    assert_eq!(
        mine.standing(&ladder, &writing, Some("junior"), Assumption::BelowMyLevel),
        Standing::Assumed
    );
    let assessed = with(vec![
        my_level("senior"),
        state(writing.clone(), SkillState::Developing),
    ]);
    assert_eq!(
        assessed.standing(&ladder, &writing, Some("junior"), Assumption::BelowMyLevel),
        Standing::Developing,
        "an assessment wins over the assumption"
    );
    assert_eq!(junior.id, "junior");
}

#[test]
fn the_lowest_level_asks_only_for_its_expectations() {
    let ladder = ladder();
    let progress = Progress::default();
    let gap = progress.gap(&ladder, &ladder.levels[0], Assumption::BelowMyLevel);
    assert!(gap.below.is_none());
    assert_eq!(gap.total(), 1);
}
