//! Note mode: editing the evidence note on one skill in a text area.
//!
//! The editing itself (cursor, insert, delete, word moves, undo, wrapping by display width)
//! is `ratatui-textarea`'s; this file decides which skill the text belongs to and when it
//! becomes a [`Change`].

use ratatui_textarea::{Input, Key, TextArea, WrapMode};

use crate::progress::{Change, Item, merge_note};

use super::{App, Effect, Intent, Mode, TextCode, TextKey};

/// The note being written and the skill it is for.
#[derive(Debug, Clone)]
pub struct NoteEditor {
    ladder: String,
    skill: String,
    skill_name: String,
    /// The note as it was when the editor opened, to notice edits made elsewhere meanwhile.
    opened: String,
    text: TextArea<'static>,
}

impl NoteEditor {
    fn new(ladder: &str, skill: &str, skill_name: &str, note: Option<&str>) -> NoteEditor {
        let lines = note.unwrap_or("").lines().map(str::to_string).collect();
        // How it looks (cursor line, selection, placeholder) is the theme's, set when drawn.
        let mut text = TextArea::new(lines);
        text.set_placeholder_text("What did you do that shows this skill?");
        text.set_wrap_mode(WrapMode::WordOrGlyph);
        // Start at the end, ready to add to what is there.
        text.move_cursor(ratatui_textarea::CursorMove::Bottom);
        text.move_cursor(ratatui_textarea::CursorMove::End);
        NoteEditor {
            ladder: ladder.to_string(),
            skill: skill.to_string(),
            skill_name: skill_name.to_string(),
            opened: note.unwrap_or("").to_string(),
            text,
        }
    }

    pub fn skill_name(&self) -> &str {
        &self.skill_name
    }

    /// The text area, for drawing.
    pub fn text_area(&self) -> &TextArea<'static> {
        &self.text
    }

    /// The note as it would be saved: lines joined, trailing blank space dropped.
    pub fn text(&self) -> String {
        self.text.lines().join("\n").trim_end().to_string()
    }

    /// Pasted text goes in as it is, newlines included: a pasted line break is part of the
    /// note, never Enter. Terminals send line breaks as `\r` or `\r\n`, which the text area
    /// would not split on.
    pub(super) fn paste(&mut self, text: &str) {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        self.text.insert_str(text);
    }

    fn type_key(&mut self, key: TextKey) {
        self.text.input(textarea_input(key));
    }
}

/// The text area's own name for a key.
fn textarea_input(key: TextKey) -> Input {
    let code = match key.code {
        TextCode::Char(c) => Key::Char(c),
        TextCode::Enter => Key::Enter,
        TextCode::Backspace => Key::Backspace,
        TextCode::Delete => Key::Delete,
        TextCode::Tab => Key::Tab,
        TextCode::Left => Key::Left,
        TextCode::Right => Key::Right,
        TextCode::Up => Key::Up,
        TextCode::Down => Key::Down,
        TextCode::Home => Key::Home,
        TextCode::End => Key::End,
        TextCode::PageUp => Key::PageUp,
        TextCode::PageDown => Key::PageDown,
    };
    Input {
        key: code,
        ctrl: key.ctrl,
        alt: key.alt,
        shift: false,
    }
}

impl App {
    pub fn note_editor(&self) -> Option<&NoteEditor> {
        self.note.as_ref()
    }

    /// Opens the editor on the selected skill's note.
    pub(super) fn open_note(&mut self) {
        let Some(skill) = self.skill_under_cursor() else {
            return;
        };
        let ladder = &self.ladder().meta.id;
        let note = self.shown.progress.note(ladder, &skill.id);
        let editor = NoteEditor::new(ladder, &skill.id, &skill.name, note);
        self.note = Some(editor);
        self.mode = Mode::Note;
    }

    /// `N` on a skill: ask the loop to open its note in the user's editor.
    pub(super) fn edit_selected_note_externally(&mut self) -> Option<Effect> {
        let skill = self.skill_under_cursor()?.id.clone();
        let ladder = self.ladder().meta.id.clone();
        let text = self
            .shown
            .progress
            .note(&ladder, &skill)
            .unwrap_or("")
            .to_string();
        self.note = None;
        Some(Effect::EditNoteExternally {
            ladder,
            skill,
            opened: text.clone(),
            text,
        })
    }

    /// The user's editor returned `text` for the note: the same change Enter in the note
    /// editor makes (blank text removes the note, trailing blank space is dropped).
    pub(super) fn note_edited(
        &mut self,
        ladder: String,
        skill: String,
        text: &str,
        opened: &str,
    ) -> Option<Effect> {
        self.note = None;
        if self.mode == Mode::Note {
            self.mode = Mode::Browse;
        }
        self.save_note(ladder, skill, opened, text.trim_end())
    }

    /// Saves `typed` as the note on `skill`, edited from `opened`. If the note shown now (the
    /// file as last read) differs from `opened`, someone else changed it meanwhile: both
    /// texts are kept (see [`merge_note`]) and the status bar says so. An unchanged note is
    /// not a change: nothing to save.
    fn save_note(&mut self, ladder: String, skill: String, opened: &str, typed: &str) -> Option<Effect> {
        let now = self.shown.progress.note(&ladder, &skill).unwrap_or("");
        let merged = merge_note(opened, typed, now);
        if merged.conflict {
            self.notice = Some(
                "this note was also changed elsewhere: both texts are kept, so edit it to tidy up"
                    .to_string(),
            );
        }
        if merged.text == now {
            return None;
        }
        self.record(Change::SetNote {
            ladder,
            item: Item::skill(skill),
            note: merged.text,
        })
    }

    /// Quitting while the note editor is open saves what was typed rather than drop it.
    pub(super) fn keep_typed_note(&mut self) -> Option<Effect> {
        if self.mode != Mode::Note {
            return None;
        }
        self.mode = Mode::Browse;
        let editor = self.note.take()?;
        let typed = editor.text();
        self.save_note(editor.ladder, editor.skill, &editor.opened, &typed)
    }

    /// The user's editor failed: nothing changes, the status bar says why, and text typed in
    /// the note editor before Ctrl-e is back in it.
    pub(super) fn editor_failed(&mut self, message: String) {
        self.notice = Some(message);
        if self.note.is_some() && self.mode == Mode::Browse {
            self.mode = Mode::Note;
        }
    }

    pub(super) fn update_note(&mut self, intent: Intent) -> Option<Effect> {
        match intent {
            Intent::NoteKey(key) => {
                if let Some(editor) = &mut self.note {
                    editor.type_key(key);
                }
                None
            }
            Intent::NoteNewline => {
                if let Some(editor) = &mut self.note {
                    editor.text.insert_newline();
                }
                None
            }
            Intent::SaveNote => {
                self.mode = Mode::Browse;
                let editor = self.note.take()?;
                let typed = editor.text();
                self.save_note(editor.ladder, editor.skill, &editor.opened, &typed)
            }
            // The editor stays in `note`, out of sight, so a failed external edit can bring
            // the unsaved text back (see `editor_failed`).
            Intent::EditNoteExternally => {
                self.mode = Mode::Browse;
                let editor = self.note.as_ref()?;
                Some(Effect::EditNoteExternally {
                    ladder: editor.ladder.clone(),
                    skill: editor.skill.clone(),
                    text: editor.text(),
                    opened: editor.opened.clone(),
                })
            }
            Intent::Back => {
                self.note = None;
                self.mode = Mode::Browse;
                None
            }
            _ => None,
        }
    }
}
