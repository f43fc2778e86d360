use super::*;

fn at(second: i64) -> When {
    When::Instant(Timestamp::from_second(second).expect("valid test time"))
}

fn set(skill: &str, state: SkillState, second: i64) -> Change {
    Change::SetState {
        ladder: "pm".into(),
        item: Item::skill(skill),
        state,
        at: at(second),
    }
}

#[test]
fn developing_then_developed_keeps_the_timeline() {
    let mut progress = Progress::default();
    progress.apply(&set("a", SkillState::Developing, 10));
    progress.apply(&set("a", SkillState::Developed, 20));
    let entry = progress.entry("pm", "a").expect("entry");
    assert_eq!(entry.state, SkillState::Developed);
    assert_eq!(entry.developing_since, Some(at(10)));
    assert_eq!(entry.reached, Some(at(20)));
}

#[test]
fn replaying_a_change_does_not_move_its_date() {
    let mut progress = Progress::default();
    progress.apply(&set("a", SkillState::Developed, 10));
    progress.apply(&set("a", SkillState::Developed, 99));
    assert_eq!(progress.entry("pm", "a").and_then(|e| e.reached), Some(at(10)));
}

#[test]
fn untick_without_note_leaves_nothing_behind() {
    let mut progress = Progress::default();
    progress.apply(&set("a", SkillState::Developed, 10));
    progress.apply(&set("a", SkillState::NotStarted, 20));
    assert!(progress.is_empty(), "{progress:?}");
}

#[test]
fn untick_keeps_the_note() {
    let mut progress = Progress::default();
    progress.apply(&set("a", SkillState::Developed, 10));
    progress.apply(&Change::SetNote {
        ladder: "pm".into(),
        item: Item::skill("a"),
        note: "ran it".into(),
    });
    progress.apply(&set("a", SkillState::NotStarted, 20));
    let entry = progress.entry("pm", "a").expect("the note keeps the entry");
    assert_eq!(
        (entry.state, entry.note.as_deref()),
        (SkillState::NotStarted, Some("ran it"))
    );
    assert_eq!(entry.reached, None);
}

#[test]
fn blank_note_removes_the_note() {
    let mut progress = Progress::default();
    progress.apply(&Change::SetNote {
        ladder: "pm".into(),
        item: Item::skill("a"),
        note: "x".into(),
    });
    progress.apply(&Change::SetNote {
        ladder: "pm".into(),
        item: Item::skill("a"),
        note: "  ".into(),
    });
    assert!(progress.is_empty());
}

#[test]
fn toggles_go_back_to_not_started() {
    let mut progress = Progress::default();
    let change = progress.toggle_developed("pm", "a", at(1));
    progress.apply(&change);
    assert_eq!(progress.state("pm", "a"), SkillState::Developed);
    let change = progress.toggle_developing("pm", "a", at(2));
    progress.apply(&change);
    assert_eq!(progress.state("pm", "a"), SkillState::Developing);
    let change = progress.toggle_developing("pm", "a", at(3));
    progress.apply(&change);
    assert_eq!(progress.state("pm", "a"), SkillState::NotStarted);
}

#[test]
fn my_level_is_set_and_cleared() {
    let mut progress = Progress::default();
    progress.apply(&Change::SetMyLevel {
        ladder: "pm".into(),
        level: Some("senior".into()),
    });
    assert_eq!(progress.my_level("pm"), Some("senior"));
    progress.apply(&Change::SetMyLevel {
        ladder: "pm".into(),
        level: None,
    });
    assert!(progress.is_empty());
}

#[test]
fn rename_moves_only_into_a_free_id() {
    let mut progress = Progress::default();
    progress.apply(&set("old", SkillState::Developed, 1));
    progress.apply(&Change::Rename {
        ladder: "pm".into(),
        from: Item::skill("old"),
        to: Item::skill("new"),
    });
    assert_eq!(progress.state("pm", "new"), SkillState::Developed);
    assert!(progress.entry("pm", "old").is_none());

    progress.apply(&set("old", SkillState::Developing, 2));
    progress.apply(&Change::Rename {
        ladder: "pm".into(),
        from: Item::skill("old"),
        to: Item::skill("new"),
    });
    assert_eq!(
        progress.state("pm", "new"),
        SkillState::Developed,
        "existing entry wins"
    );
    assert_eq!(
        progress.state("pm", "old"),
        SkillState::Developing,
        "old one is kept"
    );
}

#[test]
fn applied_leaves_the_original_alone() {
    let progress = Progress::default();
    let next = progress.applied(&set("a", SkillState::Developed, 1));
    assert!(progress.is_empty());
    assert_eq!(next.state("pm", "a"), SkillState::Developed);
}
