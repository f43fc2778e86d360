//! `App::update` rules for progress: ticking, notes, my level, the filter, and saving.

use jiff::Timestamp;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::test_support::*;
use super::*;
use crate::progress::{Progress, SkillState, When};

fn state(app: &App, skill: &str) -> SkillState {
    app.progress().state(LADDER, skill)
}

#[test]
fn space_toggles_developed_and_asks_for_a_save() {
    let mut app = on_senior_skills();
    let at = Timestamp::from_second(1_750_000_000).unwrap_or(Timestamp::UNIX_EPOCH);
    let effects = press(&mut app, &[Action::Clock(at), Action::ToggleDeveloped]);
    assert_eq!(effects, [Effect::SaveProgress]);
    assert_eq!(state(&app, "strategic-visioning"), SkillState::Developed);
    let entry = app.progress().entry(LADDER, "strategic-visioning");
    assert_eq!(
        entry.and_then(|e| e.reached),
        Some(When::day_of(at, &jiff::tz::TimeZone::UTC)),
        "stamped with the loop's clock"
    );
    assert_eq!(app.pending().len(), 1);

    press(&mut app, &[Action::ToggleDeveloped]);
    assert_eq!(state(&app, "strategic-visioning"), SkillState::NotStarted);
    assert_eq!(app.pending().len(), 2, "both changes wait for the save");
}

#[test]
fn d_toggles_developing_and_space_then_completes_it() {
    let mut app = on_senior_skills();
    press(&mut app, &[Action::Down, Action::ToggleDeveloping]);
    assert_eq!(state(&app, "mentorship"), SkillState::Developing);
    press(&mut app, &[Action::ToggleDeveloped]);
    assert_eq!(state(&app, "mentorship"), SkillState::Developed);
    press(&mut app, &[Action::ToggleDeveloping, Action::ToggleDeveloping]);
    assert_eq!(state(&app, "mentorship"), SkillState::NotStarted);
}

#[test]
fn skill_keys_need_a_selected_skill() {
    let mut app = app();
    assert!(!app.can(Action::ToggleDeveloped));
    assert!(!app.can(Action::EditNote));
    assert!(press(&mut app, &[Action::ToggleDeveloped, Action::ToggleDeveloping]).is_empty());
    assert!(app.progress().is_empty());
    press(&mut app, &[Action::Open]);
    assert!(app.can(Action::ToggleDeveloped) && app.can(Action::ToggleDeveloping));
}

#[test]
fn a_note_is_typed_and_saved_with_enter() {
    let mut app = on_senior_skills();
    press(&mut app, &[Action::EditNote]);
    assert_eq!(app.mode(), Mode::Note);
    press(&mut app, &typed("Led the Q3 bet"));
    let alt_enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT);
    press(&mut app, &[Action::NoteKey(alt_enter)]);
    press(&mut app, &typed("on pricing"));
    let effects = press(&mut app, &[Action::SaveNote]);
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
    press(&mut app, &[Action::EditNote]);
    press(&mut app, &typed("draft"));
    assert!(press(&mut app, &[Action::Back]).is_empty());
    assert_eq!(app.mode(), Mode::Browse);
    assert_eq!(app.progress().note(LADDER, "strategic-visioning"), None);

    press(&mut app, &[Action::EditNote]);
    assert!(
        press(&mut app, &[Action::SaveNote]).is_empty(),
        "empty stays empty"
    );
    assert!(app.pending().is_empty());
}

#[test]
fn editing_a_note_starts_from_the_saved_text() {
    let mut app = on_senior_skills();
    press(&mut app, &[Action::EditNote]);
    press(&mut app, &typed("first"));
    press(&mut app, &[Action::SaveNote, Action::EditNote]);
    let backspace = KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE);
    press(&mut app, &[Action::NoteKey(backspace)]);
    press(&mut app, &typed("ST"));
    press(&mut app, &[Action::SaveNote]);
    assert_eq!(app.progress().note(LADDER, "strategic-visioning"), Some("firsST"));
}

#[test]
fn m_marks_and_unmarks_my_level_only_on_levels() {
    let mut app = app();
    press(&mut app, &[Action::Down, Action::Down]);
    assert_eq!(press(&mut app, &[Action::ToggleMyLevel]), [Effect::SaveProgress]);
    assert_eq!(app.progress().my_level(LADDER), Some("senior-pm"));
    press(&mut app, &[Action::ToggleMyLevel]);
    assert_eq!(app.progress().my_level(LADDER), None);

    press(&mut app, &[Action::Last]);
    assert!(!app.can(Action::ToggleMyLevel), "About is not a level");
    assert!(press(&mut app, &[Action::ToggleMyLevel]).is_empty());
}

#[test]
fn the_app_opens_on_my_level() {
    let mut progress = Progress::default();
    progress.apply(&Change::SetMyLevel {
        ladder: LADDER.into(),
        level: Some("group-pm-director".into()),
    });
    let app = app().with_progress(progress);
    assert_eq!(app.selected_entry(), Entry::Level(3));
}

#[test]
fn h_hides_developed_skills_and_keeps_the_cursor_on_a_row() {
    let mut app = on_senior_skills();
    press(&mut app, &[Action::Last, Action::ToggleDeveloped]);
    press(&mut app, &[Action::ToggleHideDeveloped]);
    assert!(app.hides_developed());
    assert_eq!(app.visible_skills().len(), 5);
    assert_eq!(app.hidden_skill_count(), 1);
    assert_eq!(app.skill_index(), 4, "the cursor moved up off the hidden row");

    // Ticking the rest empties the list: focus goes back to the ladder.
    for _ in 0..5 {
        press(&mut app, &[Action::First, Action::ToggleDeveloped]);
    }
    assert!(app.visible_skills().is_empty());
    assert_eq!(app.focus(), Focus::Ladder);

    press(&mut app, &[Action::ToggleHideDeveloped]);
    assert_eq!(app.visible_skills().len(), 6);
}

#[test]
fn a_failed_save_keeps_the_changes_and_the_next_save_retries_them() {
    let mut app = on_senior_skills();
    press(&mut app, &[Action::ToggleDeveloped]);
    press(&mut app, &[Action::SaveFailed("disk full".into())]);
    assert_eq!(app.save_error(), Some("disk full"));
    assert_eq!(
        state(&app, "strategic-visioning"),
        SkillState::Developed,
        "still shown"
    );

    let effects = press(&mut app, &[Action::Down, Action::ToggleDeveloping]);
    assert_eq!(effects, [Effect::SaveProgress], "the next change saves again");
    assert_eq!(app.pending().len(), 2, "with the earlier change still pending");

    let merged = app
        .pending()
        .iter()
        .fold(Progress::default(), |p, c| p.applied(c));
    press(&mut app, &[Action::Saved(merged)]);
    assert!(app.pending().is_empty());
    assert_eq!(app.save_error(), None);
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
    press(&mut app, &[Action::ToggleDeveloping]);
    let saved = app.progress().clone();
    press(&mut app, &[Action::Saved(saved)]);
    // The CLI ticks it developed; the loop reloads just before the next key, `d`, which was
    // pressed on the ◐ the screen still showed.
    let on_disk = written_elsewhere(&app, "strategic-visioning", SkillState::Developed);
    let effects = press(&mut app, &[Action::Reloaded(on_disk), Action::ToggleDeveloping]);
    assert!(effects.is_empty(), "nothing to save");
    assert_eq!(state(&app, "strategic-visioning"), SkillState::Developed);
    let notice = app.notice().unwrap_or_default();
    assert!(
        notice.contains("changed elsewhere") && notice.contains("developed now"),
        "{notice}"
    );

    // Once the screen has shown ✓, the same key acts on what the person sees.
    press(&mut app, &[Action::Measured(Measurements::default())]);
    assert_eq!(
        press(&mut app, &[Action::ToggleDeveloping]),
        [Effect::SaveProgress]
    );
    assert_eq!(state(&app, "strategic-visioning"), SkillState::Developing);
}

#[test]
fn a_reload_shows_the_file_with_unsaved_changes_still_on_top() {
    let mut app = on_senior_skills();
    // A change whose save failed stays pending.
    press(
        &mut app,
        &[Action::ToggleDeveloped, Action::SaveFailed("disk full".into())],
    );
    let on_disk = written_elsewhere(&on_senior_skills(), "mentorship", SkillState::Developed);
    press(&mut app, &[Action::Reloaded(on_disk)]);
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
    press(&mut app, &[Action::EditNote]);
    press(&mut app, &typed("Ran the pricing discovery"));
    assert_eq!(press(&mut app, &[Action::Quit]), [Effect::SaveProgress]);
    assert!(app.should_quit());
    assert_eq!(
        app.progress().note(LADDER, "strategic-visioning"),
        Some("Ran the pricing discovery")
    );
}
