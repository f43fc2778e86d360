//! `App::update` rules for editing a note in the user's own editor (`N`, Ctrl-e): the effect
//! it asks for, and what the loop's report of the outcome changes.

use super::test_support::*;
use super::*;

const SKILL: &str = "strategic-visioning";

/// The request to edit `text` in the editor, started from the note `opened`.
fn edit(text: &str, opened: &str) -> Effect {
    Effect::EditNoteExternally {
        ladder: LADDER.into(),
        skill: SKILL.into(),
        text: text.into(),
        opened: opened.into(),
    }
}

/// The editor's `text` for the note, edited from the note `opened`.
fn edited(text: &str, opened: &str) -> Action {
    Action::NoteEdited {
        ladder: LADDER.into(),
        skill: SKILL.into(),
        text: text.into(),
        opened: opened.into(),
    }
}

fn note(app: &App) -> Option<&str> {
    app.progress().note(LADDER, SKILL)
}

#[test]
fn shift_n_asks_for_the_editor_with_the_current_note() {
    let mut app = on_senior_skills();
    assert!(app.can(Action::EditNoteExternally));
    assert_eq!(press(&mut app, &[Action::EditNoteExternally]), [edit("", "")]);
    press(&mut app, &[edited("first", ""), Action::EditNoteExternally]);
    assert_eq!(
        app.update(Action::EditNoteExternally),
        Some(edit("first", "first"))
    );
    assert_eq!(app.mode(), Mode::Browse, "the screen stays as it was");
}

#[test]
fn shift_n_needs_a_selected_skill() {
    let mut app = on_senior_skills();
    press(&mut app, &[Action::Back]);
    assert!(!app.can(Action::EditNoteExternally));
    assert!(press(&mut app, &[Action::EditNoteExternally]).is_empty());
}

#[test]
fn an_edited_note_is_applied_trimmed_and_saved() {
    let mut app = on_senior_skills();
    let effects = press(&mut app, &[edited("Led the pricing launch\n\n  ", "")]);
    assert_eq!(effects, [Effect::SaveProgress]);
    assert_eq!(note(&app), Some("Led the pricing launch"));
    assert_eq!(app.pending().len(), 1);
    assert!(
        press(
            &mut app,
            &[edited("Led the pricing launch\n", "Led the pricing launch")]
        )
        .is_empty(),
        "an unchanged note is not a change"
    );
}

#[test]
fn blank_text_from_the_editor_removes_the_note() {
    let mut app = on_senior_skills();
    press(&mut app, &[edited("something", "")]);
    let effects = press(&mut app, &[edited(" \n\n", "something")]);
    assert_eq!(effects, [Effect::SaveProgress]);
    assert_eq!(note(&app), None);
}

#[test]
fn ctrl_e_carries_the_unsaved_text_and_leaves_the_note_editor() {
    let mut app = on_senior_skills();
    press(&mut app, &[Action::EditNote]);
    press(&mut app, &typed("draft "));
    assert!(app.can(Action::EditNoteExternally));
    assert_eq!(
        press(&mut app, &[Action::EditNoteExternally]),
        [edit("draft", "")]
    );
    assert_eq!(app.mode(), Mode::Browse);
    assert_eq!(note(&app), None, "nothing saved before the editor returns");
    press(&mut app, &[edited("draft, finished", "")]);
    assert_eq!(note(&app), Some("draft, finished"));
    assert_eq!(app.mode(), Mode::Browse);
    assert!(app.note_editor().is_none());
}

#[test]
fn a_failed_editor_changes_nothing_and_says_why_until_the_next_key() {
    let mut app = on_senior_skills();
    press(&mut app, &[edited("kept", "")]);
    let saved = app.progress().clone();
    press(&mut app, &[Action::Saved(saved)]);
    let effects = press(
        &mut app,
        &[
            Action::EditNoteExternally,
            Action::EditorFailed("editor `false` failed".into()),
        ],
    );
    assert_eq!(effects, [edit("kept", "kept")], "only the request, no save");
    assert_eq!(app.notice(), Some("editor `false` failed"));
    assert_eq!(note(&app), Some("kept"));
    assert!(app.pending().is_empty());
    assert_eq!(app.mode(), Mode::Browse);
    press(&mut app, &[Action::Down]);
    assert_eq!(app.notice(), None);
}

#[test]
fn a_failed_editor_after_ctrl_e_gives_the_typed_text_back() {
    let mut app = on_senior_skills();
    press(&mut app, &[Action::EditNote]);
    press(&mut app, &typed("unsaved"));
    press(&mut app, &[Action::EditNoteExternally]);
    press(
        &mut app,
        &[Action::EditorFailed("no $VISUAL or $EDITOR set".into())],
    );
    assert_eq!(app.mode(), Mode::Note);
    assert_eq!(app.note_editor().map(NoteEditor::text), Some("unsaved".into()));
    assert!(app.notice().is_some());
}

#[test]
fn a_note_changed_elsewhere_while_in_the_editor_keeps_both_texts() {
    let mut app = on_senior_skills();
    assert_eq!(press(&mut app, &[Action::EditNoteExternally]), [edit("", "")]);
    // Meanwhile another shell runs `rungs note strategic-visioning "written elsewhere"`.
    let mut on_disk = app.progress().clone();
    on_disk.apply(&crate::progress::Change::SetNote {
        ladder: LADDER.into(),
        item: crate::progress::Item::skill(SKILL),
        note: "written elsewhere".into(),
    });
    press(&mut app, &[Action::Reloaded(on_disk)]);
    let effects = press(&mut app, &[edited("typed in my editor", "")]);
    assert_eq!(effects, [Effect::SaveProgress]);
    assert_eq!(note(&app), Some("written elsewhere\n\ntyped in my editor"));
    assert!(
        app.notice().unwrap_or_default().contains("changed elsewhere"),
        "says so"
    );
}
