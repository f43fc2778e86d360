//! Everything that can happen to the app. Keys become actions through `keymap`; the loop
//! reports what the last frame measured with [`Action::Measured`], the time with
//! [`Action::Clock`], how a save went with [`Action::Saved`] / [`Action::SaveFailed`], and
//! how the user's own editor went with [`Action::NoteEdited`] / [`Action::EditorFailed`].
//! Mouse events become [`Action::ScrollUp`] / [`Action::ScrollDown`] / [`Action::ClickAt`]
//! (in `keymap::mouse`), which `update` maps to panes through [`Measurements`].

use jiff::Timestamp;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Position, Rect};

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

/// Where a list was drawn: the screen cells of its rows (one row per item) and the index of
/// the item in the top row, so a click can be mapped back to an item.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListView {
    pub area: Rect,
    pub first: usize,
}

impl ListView {
    /// The index of the item drawn at (`column`, `row`), if the point is on one of the rows.
    pub fn item_at(self, column: u16, row: u16) -> Option<usize> {
        contains(self.area, column, row).then(|| self.first + usize::from(row - self.area.y))
    }
}

/// Whether the screen cell (`column`, `row`) is inside `area`.
pub fn contains(area: Rect, column: u16, row: u16) -> bool {
    area.contains(Position::new(column, row))
}

/// What the last drawn frame measured. Scrolling is clamped to it, so scroll positions never
/// run past the end of the text however large the terminal is; mouse clicks are mapped to
/// panes and rows through the pane areas.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Measurements {
    pub detail: Scrollable,
    pub compare: Scrollable,
    pub help: Scrollable,
    /// Result rows the search overlay shows at once (PgUp/PgDn move by this many).
    pub search_rows: u16,
    /// The detail scroll that brings the line a search jumped to into view, when the app
    /// asked for it ([`crate::tui::app::App::reveals_mark`]) and the pane drew that line.
    pub detail_reveal: Option<u16>,
    /// The ladder pane's rows (headings included, as [`crate::tui::app::ladder_rows`] lists them).
    pub ladder: ListView,
    /// The whole detail pane, borders included.
    pub detail_area: Rect,
    /// The skills pane's rows (the visible skills).
    pub skills: ListView,
    /// The search overlay's result rows.
    pub search_results: ListView,
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
    /// Someone else wrote the progress file since the app last read or saved it; this is the
    /// file now. Sent before the next action, so it acts on what is on disk.
    Reloaded(Progress),
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
    /// The user's editor exited cleanly with this text for the skill's note; `opened` is the
    /// note the edit started from (to notice that someone else changed it meanwhile).
    NoteEdited {
        ladder: String,
        skill: String,
        text: String,
        opened: String,
    },
    /// The user's editor could not run or failed; the note is unchanged and this says why.
    EditorFailed(String),
    /// The mouse wheel turned up over this screen cell: scroll what is under the pointer.
    ScrollUp {
        column: u16,
        row: u16,
    },
    /// The mouse wheel turned down over this screen cell.
    ScrollDown {
        column: u16,
        row: u16,
    },
    /// A left click on this screen cell: select and focus what is there.
    ClickAt {
        column: u16,
        row: u16,
    },
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
        /// The note as it was when the person started editing, passed back in
        /// [`Action::NoteEdited`].
        opened: String,
    },
}
