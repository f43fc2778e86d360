//! Everything that can happen to the app. Keys become actions through `keymap`; the loop
//! reports what the last frame measured with [`Action::Measured`], the time with
//! [`Action::Clock`], how a save went with [`Action::Saved`] / [`Action::SaveFailed`], and
//! how the user's own editor went with [`Action::NoteEdited`] / [`Action::EditorFailed`].

use jiff::Timestamp;
use ratatui::crossterm::event::KeyEvent;

use crate::progress::Progress;

/// How much of a scrollable text there is and how much of it fits on screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scrollable {
    /// Lines of content after wrapping.
    pub content: u16,
    /// Lines the pane can show at once.
    pub visible: u16,
}

impl Scrollable {
    pub fn max_scroll(self) -> u16 {
        self.content.saturating_sub(self.visible)
    }

    /// How far PgUp/PgDn move: a screenful, keeping one line of context.
    pub fn page(self) -> u16 {
        self.visible.saturating_sub(1).max(1)
    }
}

/// What the last drawn frame measured. Scrolling is clamped to it, so scroll positions never
/// run past the end of the text however large the terminal is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Measurements {
    pub detail: Scrollable,
    pub compare: Scrollable,
    pub help: Scrollable,
    /// Result rows the search overlay shows at once (PgUp/PgDn move by this many).
    pub search_rows: u16,
    /// The detail scroll that brings the line a search jumped to into view, when the app
    /// asked for it ([`crate::app::App::reveals_mark`]) and the pane drew that line.
    pub detail_reveal: Option<u16>,
}

/// The actions the key table can produce. Their meaning depends on the mode and focus: `Up`
/// moves a selection in a list and scrolls in a text. Not `Copy`: [`Action::Saved`] carries
/// the merged progress back from the loop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,
    Up,
    Down,
    First,
    Last,
    PageUp,
    PageDown,
    FocusNext,
    FocusPrev,
    /// Enter: open the selected entry's skills, or choose in a picker.
    Open,
    /// Esc: focus back to the ladder, or close the overlay.
    Back,
    ToggleHelp,
    OpenCompare,
    /// In compare: move the active side to the level below / above.
    EarlierLevel,
    LaterLevel,
    SwitchSide,
    OpenLadderPicker,
    Measured(Measurements),
    /// Space on a skill: developed, or back to not started.
    ToggleDeveloped,
    /// `d` on a skill: developing, or back to not started.
    ToggleDeveloping,
    /// `n`: open the note editor on the selected skill.
    EditNote,
    /// Enter in the note editor: keep the text as the skill's note.
    SaveNote,
    /// A key typed into the note editor (anything the key table does not bind there).
    NoteKey(KeyEvent),
    /// `m`: mark the selected level as "my level", or unmark it.
    ToggleMyLevel,
    /// `H`: hide developed skills from the skills pane, or show them again.
    ToggleHideDeveloped,
    /// The loop read the clock; changes made from now on are stamped with this time, so
    /// `update` never reads the clock itself.
    Clock(Timestamp),
    /// The pending changes are on disk; this is the file as merged with other writers' edits.
    Saved(Progress),
    /// Saving failed with this message; the changes stay pending and are retried.
    SaveFailed(String),
    /// `/`: open the search prompt over the browse screen.
    OpenSearch,
    /// Text typed or pasted into the search prompt (newlines already made spaces).
    SearchInsert(String),
    /// Backspace in the search prompt: delete the last character.
    SearchBackspace,
    /// Ctrl-w in the search prompt: delete the last word.
    SearchDeleteWord,
    /// Ctrl-u in the search prompt: clear the query.
    SearchClear,
    /// Text pasted into the note editor (newlines kept).
    NotePaste(String),
    /// `N` on a skill, or Ctrl-e in the note editor: edit the note in the user's own editor
    /// ($VISUAL or $EDITOR).
    EditNoteExternally,
    /// The user's editor exited cleanly with this text for the skill's note.
    NoteEdited {
        ladder: String,
        skill: String,
        text: String,
    },
    /// The user's editor could not run or failed; the note is unchanged and this says why.
    EditorFailed(String),
}

/// Work `update` asks the loop to do, since `update` itself does no I/O.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Commit the pending progress changes to the progress file.
    SaveProgress,
    /// Leave the screen, open `text` in the user's editor as the note on `skill`, and report
    /// back with [`Action::NoteEdited`] or [`Action::EditorFailed`].
    EditNoteExternally {
        ladder: String,
        skill: String,
        text: String,
    },
}
