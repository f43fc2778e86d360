//! `App::update` rules for progress: ticking, notes, my level, the filter, and saving.

use jiff::Timestamp;

use super::test_support::*;
use super::*;
use crate::progress::{Change, Progress, SkillState, When};

fn state(app: &App, skill: &str) -> SkillState {
    app.progress().state(LADDER, skill)
}

#[test]
fn space_toggles_developed_and_asks_for_a_save() {
    let mut app = on_senior_skills();
    let at = Timestamp::from_second(1_750_000_000).unwrap_or(Timestamp::UNIX_EPOCH);
    let effects = press_at(&mut app, at, &[Intent::ToggleDeveloped]);
    assert_eq!(effects, [Effect::SaveProgress]);
    assert_eq!(state(&app, "strategic-visioning"), SkillState::Developed);
    let entry = app.progress().entry(LADDER, "strategic-visioning");
    assert_eq!(
        entry.and_then(|e| e.reached),
        Some(When::day_of(at, &jiff::tz::TimeZone::UTC)),
        "stamped with the loop's clock"
    );
    assert_eq!(app.pending().len(), 1);

    press(&mut app, &[Intent::ToggleDeveloped]);
    assert_eq!(state(&app, "strategic-visioning"), SkillState::NotStarted);
    assert_eq!(app.pending().len(), 2, "both changes wait for the save");
}

#[test]
fn d_toggles_developing_and_space_then_completes_it() {
    let mut app = on_senior_skills();
    press(&mut app, &[Intent::Down, Intent::ToggleDeveloping]);
    assert_eq!(state(&app, "mentorship"), SkillState::Developing);
    press(&mut app, &[Intent::ToggleDeveloped]);
    assert_eq!(state(&app, "mentorship"), SkillState::Developed);
    press(&mut app, &[Intent::ToggleDeveloping, Intent::ToggleDeveloping]);
    assert_eq!(state(&app, "mentorship"), SkillState::NotStarted);
}

#[test]
fn skill_keys_need_a_selected_skill() {
    let mut app = app();
    assert!(!app.can(Intent::ToggleDeveloped));
    assert!(!app.can(Intent::EditNote));
    assert!(press(&mut app, &[Intent::ToggleDeveloped, Intent::ToggleDeveloping]).is_empty());
    assert!(app.progress().is_empty());
    press(&mut app, &[Intent::Open]);
    assert!(app.can(Intent::ToggleDeveloped) && app.can(Intent::ToggleDeveloping));
}

#[test]
fn a_note_is_typed_and_saved_with_enter() {
    let mut app = on_senior_skills();
    press(&mut app, &[Intent::EditNote]);
    assert_eq!(app.mode(), Mode::Note);
    press(&mut app, &typed("Led the Q3 bet"));
    let alt_enter = TextKey {
        code: TextCode::Enter,
        ctrl: false,
        alt: true,
    };
    press(&mut app, &[Intent::NoteKey(alt_enter)]);
    press(&mut app, &typed("on pricing"));
    let effects = press(&mut app, &[Intent::SaveNote]);
    assert_eq!(effects, [Effect::SaveProgress]);
    assert_eq!(app.mode(), Mode::Browse);
    assert_eq!(
        app.progress().note(LADDER, "strategic-visioning"),
        Some("Led the Q3 bet\non pricing")
    );
}

#[test]
fn esc_cancels_a_note_and_an_unchanged_note_saves_nothing() {
    let mut app = on_senior_skills();
    press(&mut app, &[Intent::EditNote]);
    press(&mut app, &typed("draft"));
    assert!(press(&mut app, &[Intent::Back]).is_empty());
    assert_eq!(app.mode(), Mode::Browse);
    assert_eq!(app.progress().note(LADDER, "strategic-visioning"), None);

    press(&mut app, &[Intent::EditNote]);
    assert!(
        press(&mut app, &[Intent::SaveNote]).is_empty(),
        "empty stays empty"
    );
    assert!(app.pending().is_empty());
}

#[test]
fn editing_a_note_starts_from_the_saved_text() {
    let mut app = on_senior_skills();
    press(&mut app, &[Intent::EditNote]);
    press(&mut app, &typed("first"));
    press(&mut app, &[Intent::SaveNote, Intent::EditNote]);
    press(&mut app, &[text_key(TextCode::Backspace)]);
    press(&mut app, &typed("ST"));
    press(&mut app, &[Intent::SaveNote]);
    assert_eq!(app.progress().note(LADDER, "strategic-visioning"), Some("firsST"));
}

#[test]
fn m_marks_and_unmarks_my_level_only_on_levels() {
    let mut app = app();
    press(&mut app, &[Intent::Down, Intent::Down]);
    assert_eq!(press(&mut app, &[Intent::ToggleMyLevel]), [Effect::SaveProgress]);
    assert_eq!(app.progress().my_level(LADDER), Some("senior-pm"));
    press(&mut app, &[Intent::ToggleMyLevel]);
    assert_eq!(app.progress().my_level(LADDER), None);

    press(&mut app, &[Intent::Last]);
    assert!(!app.can(Intent::ToggleMyLevel), "About is not a level");
    assert!(press(&mut app, &[Intent::ToggleMyLevel]).is_empty());
}

#[test]
fn the_app_opens_on_my_level() {
    let mut progress = Progress::default();
    progress.apply(&Change::SetMyLevel {
        ladder: LADDER.into(),
        level: Some("group-pm-director".into()),
    });
    let app = app().with_progress(progress);
    assert_eq!(app.selected_entry(), LadderEntry::Level(3));
}

#[test]
fn h_hides_developed_skills_and_keeps_the_cursor_on_a_row() {
    let mut app = on_senior_skills();
    press(&mut app, &[Intent::Last, Intent::ToggleDeveloped]);
    press(&mut app, &[Intent::ToggleHideDeveloped]);
    assert!(app.hides_developed());
    assert_eq!(app.visible_skills().len(), 5);
    assert_eq!(app.hidden_skill_count(), 1);
    assert_eq!(app.skill_index(), 4, "the cursor moved up off the hidden row");

    // Ticking the rest empties the list: focus goes back to the ladder.
    for _ in 0..5 {
        press(&mut app, &[Intent::First, Intent::ToggleDeveloped]);
    }
    assert!(app.visible_skills().is_empty());
    assert_eq!(app.focus(), Focus::Ladder);

    press(&mut app, &[Intent::ToggleHideDeveloped]);
    assert_eq!(app.visible_skills().len(), 6);
}

#[test]
fn a_failed_save_keeps_the_changes_and_the_next_save_retries_them() {
    let mut app = on_senior_skills();
    press(&mut app, &[Intent::ToggleDeveloped]);
    let disk_full = std::io::Error::new(std::io::ErrorKind::StorageFull, "disk full");
    let error = crate::progress::ProgressError::io("progress.toml", "write", disk_full);
    report(&mut app, Outcome::SaveFailed(error));
    let message = app.save_error().map(ToString::to_string).unwrap_or_default();
    assert!(
        message.contains("progress.toml: cannot write: disk full"),
        "{message}"
    );
    assert_eq!(
        state(&app, "strategic-visioning"),
        SkillState::Developed,
        "still shown"
    );

    let effects = press(&mut app, &[Intent::Down, Intent::ToggleDeveloping]);
    assert_eq!(effects, [Effect::SaveProgress], "the next change saves again");
    assert_eq!(app.pending().len(), 2, "with the earlier change still pending");

    let merged = app
        .pending()
        .iter()
        .fold(Progress::default(), |p, c| p.applied(c));
    report(&mut app, Outcome::Saved(merged));
    assert!(app.pending().is_empty());
    assert!(app.save_error().is_none());
    assert_eq!(state(&app, "mentorship"), SkillState::Developing);
}

/// The file as another process left it: `skill` put in `state` (by `rungs tick`, say).
fn written_elsewhere(app: &App, skill: &str, state: SkillState) -> Progress {
    let mut on_disk = app.progress().clone();
    on_disk.apply(&crate::progress::Change::SetState {
        ladder: LADDER.into(),
        item: crate::progress::Item::skill(skill),
        state,
        at: When::Instant(Timestamp::UNIX_EPOCH),
    });
    on_disk
}

#[test]
fn a_toggle_never_wipes_a_state_the_person_never_saw() {
    let mut app = on_senior_skills();
    press(&mut app, &[Intent::ToggleDeveloping]);
    let saved = app.progress().clone();
    report(&mut app, Outcome::Saved(saved));
    // The CLI ticks it developed; the loop reads the file just before the next key, `d`,
    // which was pressed on the ◐ the screen still showed.
    let on_disk = written_elsewhere(&app, "strategic-visioning", SkillState::Developed);
    app.file_changed(on_disk);
    let effects = press(&mut app, &[Intent::ToggleDeveloping]);
    assert!(effects.is_empty(), "nothing to save");
    assert_eq!(state(&app, "strategic-visioning"), SkillState::Developed);
    let notice = app.notice().unwrap_or_default();
    assert!(
        notice.contains("changed elsewhere") && notice.contains("developed now"),
        "{notice}"
    );

    // Once the screen has shown ✓, the same key acts on what the person sees.
    app.frame_measured(Measurements::default());
    assert_eq!(
        press(&mut app, &[Intent::ToggleDeveloping]),
        [Effect::SaveProgress]
    );
    assert_eq!(state(&app, "strategic-visioning"), SkillState::Developing);
}

#[test]
fn the_file_changing_shows_it_with_unsaved_changes_still_on_top() {
    let mut app = on_senior_skills();
    // A change whose save failed stays pending.
    press(&mut app, &[Intent::ToggleDeveloped]);
    let disk_full = std::io::Error::from(std::io::ErrorKind::StorageFull);
    let error = crate::progress::ProgressError::io("progress.toml", "write", disk_full);
    report(&mut app, Outcome::SaveFailed(error));
    app.file_changed(written_elsewhere(
        &on_senior_skills(),
        "mentorship",
        SkillState::Developed,
    ));
    assert_eq!(
        state(&app, "mentorship"),
        SkillState::Developed,
        "the other process's tick"
    );
    assert_eq!(
        state(&app, "strategic-visioning"),
        SkillState::Developed,
        "our own, still pending"
    );
    assert_eq!(app.pending().len(), 1);
}

#[test]
fn quitting_from_the_note_editor_keeps_what_was_typed() {
    let mut app = on_senior_skills();
    press(&mut app, &[Intent::EditNote]);
    press(&mut app, &typed("Ran the pricing discovery"));
    assert_eq!(press(&mut app, &[Intent::Quit]), [Effect::SaveProgress]);
    assert!(app.should_quit());
    assert_eq!(
        app.progress().note(LADDER, "strategic-visioning"),
        Some("Ran the pricing discovery")
    );
}
