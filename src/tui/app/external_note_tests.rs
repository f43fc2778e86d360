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
fn edited(text: &str, opened: &str) -> Outcome {
    Outcome::NoteEdited {
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
    assert!(app.can(Intent::EditNoteExternally));
    assert_eq!(press(&mut app, &[Intent::EditNoteExternally]), [edit("", "")]);
    report(&mut app, edited("first", ""));
    press(&mut app, &[Intent::EditNoteExternally]);
    assert_eq!(
        app.update(Intent::EditNoteExternally, NOW),
        Some(edit("first", "first"))
    );
    assert_eq!(app.mode(), Mode::Browse, "the screen stays as it was");
}

#[test]
fn shift_n_needs_a_selected_skill() {
    let mut app = on_senior_skills();
    press(&mut app, &[Intent::Back]);
    assert!(!app.can(Intent::EditNoteExternally));
    assert!(press(&mut app, &[Intent::EditNoteExternally]).is_empty());
}

#[test]
fn an_edited_note_is_applied_trimmed_and_saved() {
    let mut app = on_senior_skills();
    let effect = report(&mut app, edited("Led the pricing launch\n\n  ", ""));
    assert_eq!(effect, Some(Effect::SaveProgress));
    assert_eq!(note(&app), Some("Led the pricing launch"));
    assert_eq!(app.pending().len(), 1);
    assert!(
        report(
            &mut app,
            edited("Led the pricing launch\n", "Led the pricing launch")
        )
        .is_none(),
        "an unchanged note is not a change"
    );
}

#[test]
fn blank_text_from_the_editor_removes_the_note() {
    let mut app = on_senior_skills();
    report(&mut app, edited("something", ""));
    let effect = report(&mut app, edited(" \n\n", "something"));
    assert_eq!(effect, Some(Effect::SaveProgress));
    assert_eq!(note(&app), None);
}

#[test]
fn ctrl_e_carries_the_unsaved_text_and_leaves_the_note_editor() {
    let mut app = on_senior_skills();
    press(&mut app, &[Intent::EditNote]);
    press(&mut app, &typed("draft "));
    assert!(app.can(Intent::EditNoteExternally));
    assert_eq!(
        press(&mut app, &[Intent::EditNoteExternally]),
        [edit("draft", "")]
    );
    assert_eq!(app.mode(), Mode::Browse);
    assert_eq!(note(&app), None, "nothing saved before the editor returns");
    report(&mut app, edited("draft, finished", ""));
    assert_eq!(note(&app), Some("draft, finished"));
    assert_eq!(app.mode(), Mode::Browse);
    assert!(app.note_editor().is_none());
}

#[test]
fn a_failed_editor_changes_nothing_and_says_why_until_the_next_key() {
    let mut app = on_senior_skills();
    report(&mut app, edited("kept", ""));
    let saved = app.progress().clone();
    report(&mut app, Outcome::Saved(saved));
    let effects = press(&mut app, &[Intent::EditNoteExternally]);
    let failed = report(&mut app, Outcome::EditorFailed("editor `false` failed".into()));
    assert_eq!(effects, [edit("kept", "kept")], "only the request");
    assert_eq!(failed, None, "no save");
    assert_eq!(app.notice(), Some("editor `false` failed"));
    assert_eq!(note(&app), Some("kept"));
    assert!(app.pending().is_empty());
    assert_eq!(app.mode(), Mode::Browse);
    press(&mut app, &[Intent::Down]);
    assert_eq!(app.notice(), None);
}

#[test]
fn a_failed_editor_after_ctrl_e_gives_the_typed_text_back() {
    let mut app = on_senior_skills();
    press(&mut app, &[Intent::EditNote]);
    press(&mut app, &typed("unsaved"));
    press(&mut app, &[Intent::EditNoteExternally]);
    report(
        &mut app,
        Outcome::EditorFailed("no $VISUAL or $EDITOR set".into()),
    );
    assert_eq!(app.mode(), Mode::Note);
    assert_eq!(app.note_editor().map(NoteEditor::text), Some("unsaved".into()));
    assert!(app.notice().is_some());
}

#[test]
fn a_note_changed_elsewhere_while_in_the_editor_keeps_both_texts() {
    let mut app = on_senior_skills();
    assert_eq!(press(&mut app, &[Intent::EditNoteExternally]), [edit("", "")]);
    // Meanwhile another shell runs `rungs note strategic-visioning "written elsewhere"`.
    let mut on_disk = app.progress().clone();
    on_disk.apply(&crate::progress::Change::SetNote {
        ladder: LADDER.into(),
        item: crate::progress::Item::skill(SKILL),
        note: "written elsewhere".into(),
    });
    app.file_changed(on_disk);
    let effect = report(&mut app, edited("typed in my editor", ""));
    assert_eq!(effect, Some(Effect::SaveProgress));
    assert_eq!(note(&app), Some("written elsewhere\n\ntyped in my editor"));
    assert!(
        app.notice().unwrap_or_default().contains("changed elsewhere"),
        "says so"
    );
}
