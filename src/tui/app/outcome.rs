//! What happened to the work the app asked the loop to do ([`Effect`]s): reported back with
//! [`App::report`], apart from what the person asked for.

use jiff::Timestamp;

use super::{App, Mode};
use crate::progress::{Progress, ProgressError};

/// Work `update` asks the loop to do, since `update` itself does no I/O.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Commit the pending progress changes to the progress file.
    SaveProgress,
    /// Leave the screen, open `text` in the user's editor as the note on `skill`, and report
    /// back with [`Outcome::NoteEdited`] or [`Outcome::EditorFailed`].
    EditNoteExternally {
        ladder: String,
        skill: String,
        text: String,
        /// The note as it was when the person started editing, passed back in
        /// [`Outcome::NoteEdited`] to notice that someone else changed it meanwhile.
        opened: String,
    },
}

/// How an effect went.
#[derive(Debug)]
pub enum Outcome {
    /// The pending changes are on disk; this is the file as merged with other writers' edits.
    Saved(Progress),
    /// Saving failed; the changes stay pending and are retried with the next change.
    SaveFailed(ProgressError),
    /// The user's editor exited cleanly with this text for the skill's note, edited from the
    /// note `opened`.
    NoteEdited {
        ladder: String,
        skill: String,
        text: String,
        opened: String,
    },
    /// The user's editor could not run or failed; the note is unchanged and this says why.
    EditorFailed(String),
}

impl App {
    /// Takes in how an effect went, at `now`. A notice on the status bar stays: only what the
    /// person does clears it.
    pub fn report(&mut self, outcome: Outcome, now: Timestamp) -> Option<Effect> {
        self.now = now;
        match outcome {
            Outcome::Saved(merged) => {
                self.saved(merged);
                None
            }
            Outcome::SaveFailed(error) => {
                self.save_failed(error);
                None
            }
            Outcome::NoteEdited {
                ladder,
                skill,
                text,
                opened,
            } => self.note_edited(ladder, skill, &text, &opened),
            Outcome::EditorFailed(message) => {
                self.editor_failed(message);
                None
            }
        }
    }

    /// Whether the app is writing text (a note or a query), where pasted text goes.
    pub(super) fn paste_target(&self) -> Option<Mode> {
        matches!(self.mode, Mode::Note | Mode::Search).then_some(self.mode)
    }
}
