//! The app's state and the one place it changes ([`App::update`]). No I/O and no drawing:
//! the loop in `tui` feeds actions in, and `ui::draw` reads the result.

mod compare;
mod entry;
mod intent;
mod measure;
mod note;
mod outcome;
mod pointer;
mod progress;
mod search;
mod update;

#[cfg(test)]
mod test_support;

#[cfg(test)]
mod tests;

#[cfg(test)]
mod progress_tests;

#[cfg(test)]
mod external_note_tests;

#[cfg(test)]
mod search_tests;

#[cfg(test)]
mod pointer_tests;

pub use compare::{Compare, Side};
pub use entry::{Entry, LadderRow, TRACK_GROUPS, ladder_entries, ladder_rows};
pub use intent::{Intent, Pointer, PointerList, PointerText, TextCode, TextKey};
pub use measure::{Area, ListView, Measurements, Scrollable};
pub use note::NoteEditor;
pub use outcome::{Effect, Outcome};
pub use search::{DetailMark, SearchPrompt};

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::content::{Ladder, Skill};
use crate::progress::{Change, Progress};
use crate::search::{SearchIndex, Searcher};

/// Which pane of the browse screen receives list keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Ladder,
    Detail,
    Skills,
}

/// What the screen is showing. Overlays (help, ladder picker) are modes too, so one key table
/// can say which keys work where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Browse,
    Compare,
    Help,
    LadderPicker,
    /// Typing a note on a skill: keys are text, except Enter (save) and Esc (cancel).
    Note,
    /// Typing a search over the browse screen: keys are text, except the ones that move
    /// through the results, Enter (jump) and Esc (back).
    Search,
}

impl Mode {
    /// Whether unbound keys are typed as text in this mode (so `?` and `q` are letters).
    pub fn takes_text(self) -> bool {
        matches!(self, Mode::Note | Mode::Search)
    }
}

/// The whole state of the interactive app. Not `Clone`: the searcher's cached steps are
/// worth keeping, not copying.
#[derive(Debug)]
pub struct App {
    ladders: Vec<Ladder>,
    ladder_index: usize,
    entries: Vec<Entry>,
    entry_index: usize,
    skill_index: usize,
    focus: Focus,
    mode: Mode,
    /// The mode help was opened from, drawn under the help overlay and restored on close.
    mode_under_help: Mode,
    detail_scroll: u16,
    help_scroll: u16,
    compare: Compare,
    picker_index: usize,
    measured: Measurements,
    no_color: bool,
    quit: bool,
    /// The user's progress as shown: the file as last read or saved, plus pending changes.
    progress: Progress,
    /// Changes not yet on disk, oldest first; kept across failed saves and retried.
    pending: Vec<Change>,
    /// Why the last save failed, until a save succeeds.
    save_error: Option<String>,
    /// Skills (ladder id, skill id) whose state another process changed, reloaded but not
    /// drawn yet: a toggle on one of them would act on a state the person never saw.
    unseen_changes: Vec<(String, String)>,
    /// A one-off message for the status bar (the user's editor failed), until the next key.
    notice: Option<String>,
    hide_developed: bool,
    /// The note being edited in `Mode::Note`.
    note: Option<NoteEditor>,
    /// The time the loop last read; stamps state changes.
    now: Timestamp,
    /// Where dates are shown as calendar days: the system's zone, or a fixed one in tests.
    time_zone: TimeZone,
    /// Every searchable line of `ladders`, built on the first `/`.
    search_index: Option<SearchIndex>,
    searcher: Searcher,
    search: SearchPrompt,
    /// The detail line the last search jumped to, and whether to scroll to it next frame.
    detail_mark: Option<DetailMark>,
    reveal_mark: bool,
}

impl App {
    /// An app over `ladders`, or `None` when there is no ladder to show.
    pub fn new(ladders: Vec<Ladder>, no_color: bool) -> Option<App> {
        let first = ladders.first()?;
        let entries = ladder_entries(first);
        Some(App {
            ladders,
            ladder_index: 0,
            entries,
            entry_index: 0,
            skill_index: 0,
            focus: Focus::Ladder,
            mode: Mode::Browse,
            mode_under_help: Mode::Browse,
            detail_scroll: 0,
            help_scroll: 0,
            compare: Compare::default(),
            picker_index: 0,
            measured: Measurements::default(),
            no_color,
            quit: false,
            progress: Progress::default(),
            pending: Vec::new(),
            unseen_changes: Vec::new(),
            save_error: None,
            notice: None,
            hide_developed: false,
            note: None,
            now: Timestamp::UNIX_EPOCH,
            time_zone: TimeZone::system(),
            search_index: None,
            searcher: Searcher::new(),
            search: SearchPrompt::default(),
            detail_mark: None,
            reveal_mark: false,
        })
    }

    pub fn ladder(&self) -> &Ladder {
        // `new` refuses an empty list and the index only takes values below its length.
        &self.ladders[self.ladder_index]
    }

    pub fn ladders(&self) -> &[Ladder] {
        &self.ladders
    }

    pub fn ladder_index(&self) -> usize {
        self.ladder_index
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn selected_entry(&self) -> Entry {
        self.entries
            .get(self.entry_index)
            .copied()
            .unwrap_or(Entry::About)
    }

    /// The skills of the selected level or track.
    pub fn skills(&self) -> &[Skill] {
        self.selected_entry().skills(self.ladder())
    }

    pub fn skill_index(&self) -> usize {
        self.skill_index
    }

    /// The skill the cursor is on, among the skills shown (see [`App::visible_skills`]); only
    /// meaningful to the user while the skills pane has focus. Progress and notes key on
    /// `Skill::id`, which is unique across the ladder.
    pub fn selected_skill(&self) -> Option<&Skill> {
        self.visible_skills().get(self.skill_index).copied()
    }

    pub fn focus(&self) -> Focus {
        self.focus
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// The mode drawn underneath the help overlay.
    pub fn mode_under_help(&self) -> Mode {
        self.mode_under_help
    }

    pub fn detail_scroll(&self) -> u16 {
        self.detail_scroll
    }

    pub fn help_scroll(&self) -> u16 {
        self.help_scroll
    }

    pub fn compare(&self) -> &Compare {
        &self.compare
    }

    pub fn picker_index(&self) -> usize {
        self.picker_index
    }

    pub fn no_color(&self) -> bool {
        self.no_color
    }

    /// A message for the status bar that lasts until the next key, such as why the user's
    /// editor failed.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// What the last frame measured, for the key layer to map the mouse to panes and rows.
    pub fn measurements(&self) -> Measurements {
        self.measured
    }

    /// Whether `intent` would do anything useful now; the status bar hides hints that would not,
    /// so it never offers a key that does nothing.
    pub fn can(&self, intent: Intent) -> bool {
        match intent {
            Intent::OpenLadderPicker => self.ladders.len() > 1,
            Intent::OpenCompare => self.ladder().levels.len() > 1,
            Intent::Back => self.mode != Mode::Browse || self.focus != Focus::Ladder,
            Intent::PageUp | Intent::PageDown if self.mode == Mode::Browse => {
                self.measured.detail.max_scroll() > 0
            }
            Intent::ToggleDeveloped | Intent::ToggleDeveloping | Intent::EditNote => {
                self.skill_under_cursor().is_some()
            }
            Intent::EditNoteExternally => self.mode == Mode::Note || self.skill_under_cursor().is_some(),
            Intent::ToggleMyLevel => self.selected_level().is_some(),
            Intent::Open if self.mode == Mode::Search => !self.search_matches().is_empty(),
            _ => true,
        }
    }
}
