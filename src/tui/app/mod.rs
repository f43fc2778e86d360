//! The app's state and the one place it changes ([`App::update`]). No I/O and no drawing:
//! the loop in `tui` feeds actions in, and `ui::draw` reads the result.

mod compare;
mod cursor;
mod intent;
mod ladder_entry;
mod matrix;
mod matrix_grid;
mod measure;
mod note;
mod outcome;
mod pointer;
mod search_prompt;
mod shown_progress;
mod undo;
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

pub use compare::{Comparable, Compare, Side, comparables};
pub use intent::{Intent, Pointer, PointerList, PointerText, TextCode, TextKey};
pub use ladder_entry::{LadderEntry, LadderRow, TRACK_GROUPS, ladder_entries, ladder_rows};
pub use matrix::{MatrixView, scrolled_to};
pub use matrix_grid::{Cell, CellMark, Marks, MatrixRow, columns, matrix_rows, reached, row_skill};
pub use measure::{Area, ListView, Measurements, Scrollable};
pub use note::NoteEditor;
pub use outcome::{Effect, Outcome};
pub use search_prompt::{DetailMark, SearchPrompt};

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::content::{Ladder, Skill};
use cursor::{ListCursor, TextScroll};
use shown_progress::ShownProgress;

/// Which pane of the browse screen receives list keys.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Focus {
    #[default]
    Ladder,
    Detail,
    Skills,
}

/// What the screen is showing. Overlays (help, ladder picker) are modes too, so one key table
/// can say which keys work where.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Browse,
    Compare,
    Help,
    LadderPicker,
    /// Typing a note on a skill: keys are text, except Enter (save) and Esc (cancel).
    Note,
    /// Typing a search over the browse screen: keys are text, except the ones that move
    /// through the results, Enter (jump) and Esc (back).
    Search,
    /// The ladder as a grid: competencies (or skills) by level.
    Matrix,
}

impl Mode {
    /// Whether unbound keys are typed as text in this mode (so `?` and `q` are letters).
    pub fn takes_text(self) -> bool {
        matches!(self, Mode::Note | Mode::Search)
    }
}

/// The whole state of the interactive app: the ladders, the mode on screen, and one small
/// state per mode, so each mode's rules touch only their own fields. Not `Clone`: the
/// searcher's cached steps are worth keeping, not copying.
#[derive(Debug)]
pub struct App {
    ladders: Vec<Ladder>,
    ladder_index: usize,
    mode: Mode,
    browse: Browse,
    help: Help,
    compare: Compare,
    picker: ListCursor,
    /// The note being edited in `Mode::Note` (kept out of sight while the user's own editor
    /// runs, so a failed edit can bring the text back).
    note: Option<NoteEditor>,
    search: SearchPrompt,
    shown: ShownProgress,
    matrix: MatrixView,
    /// What the last frame measured: scrolling is clamped to it.
    measured: Measurements,
    /// A one-off message for the status bar (the user's editor failed), until the next key.
    notice: Option<String>,
    /// The key-table row of a key just pressed where it does nothing, until the next key.
    not_here: Option<usize>,
    /// A one-off report for the status bar (what `u` undid), until the next key.
    info: Option<String>,
    /// The time of the intent being handled; stamps state changes.
    now: Timestamp,
    /// Where dates are shown as calendar days: the system's zone, or a fixed one in tests.
    time_zone: TimeZone,
    no_color: bool,
    quit: bool,
}

/// The browse screen: the ladder pane's entries, the selected entry's text and its skills.
#[derive(Debug, Default)]
struct Browse {
    entries: Vec<LadderEntry>,
    entry: ListCursor,
    skill: ListCursor,
    focus: Focus,
    detail: TextScroll,
    hide_developed: bool,
    /// The detail line the last search jumped to, and whether to scroll to it next frame.
    detail_mark: Option<DetailMark>,
    reveal_mark: bool,
}

impl Browse {
    /// The browse screen at the top of `entries`, the ladder focused.
    fn over(entries: Vec<LadderEntry>) -> Browse {
        Browse {
            entries,
            ..Browse::default()
        }
    }

    /// Selects entry `index` with its skills and text from the top.
    fn select_entry(&mut self, index: usize) {
        self.entry.select(index, self.entries.len());
        self.skill = ListCursor::default();
        self.detail.reset();
        self.detail_mark = None;
    }
}

/// The help overlay: how far it is scrolled and the mode drawn under it.
#[derive(Debug, Default)]
struct Help {
    scroll: TextScroll,
    under: Mode,
}

impl App {
    /// An app over `ladders`, or `None` when there is no ladder to show.
    pub fn new(ladders: Vec<Ladder>, no_color: bool) -> Option<App> {
        let entries = ladder_entries(ladders.first()?);
        Some(App {
            ladders,
            ladder_index: 0,
            mode: Mode::Browse,
            browse: Browse::over(entries),
            help: Help::default(),
            compare: Compare::default(),
            picker: ListCursor::default(),
            note: None,
            search: SearchPrompt::default(),
            shown: ShownProgress::default(),
            matrix: MatrixView::default(),
            measured: Measurements::default(),
            notice: None,
            not_here: None,
            info: None,
            now: Timestamp::UNIX_EPOCH,
            time_zone: TimeZone::system(),
            no_color,
            quit: false,
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

    pub fn entries(&self) -> &[LadderEntry] {
        &self.browse.entries
    }

    pub fn selected_entry(&self) -> LadderEntry {
        self.browse
            .entries
            .get(self.browse.entry.index())
            .copied()
            .unwrap_or(LadderEntry::About)
    }

    /// The skills of the selected level or track.
    pub fn skills(&self) -> &[Skill] {
        self.selected_entry().skills(self.ladder())
    }

    pub fn skill_index(&self) -> usize {
        self.browse.skill.index()
    }

    /// The skill the cursor is on, among the skills shown (see [`App::visible_skills`]); only
    /// meaningful to the user while the skills pane has focus. Progress and notes key on
    /// `Skill::id`, which is unique across the ladder.
    pub fn selected_skill(&self) -> Option<&Skill> {
        self.visible_skills().get(self.browse.skill.index()).copied()
    }

    pub fn focus(&self) -> Focus {
        self.browse.focus
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// The mode drawn underneath the help overlay.
    pub fn mode_under_help(&self) -> Mode {
        self.help.under
    }

    pub fn detail_scroll(&self) -> u16 {
        self.browse.detail.offset()
    }

    pub fn help_scroll(&self) -> u16 {
        self.help.scroll.offset()
    }

    pub fn compare(&self) -> &Compare {
        &self.compare
    }

    pub fn picker_index(&self) -> usize {
        self.picker.index()
    }

    pub fn no_color(&self) -> bool {
        self.no_color
    }

    /// A message for the status bar that lasts until the next key, such as why the user's
    /// editor failed.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// The key-table row of the key just pressed where it does nothing, for the status bar
    /// to say where it works.
    pub fn not_here(&self) -> Option<usize> {
        self.not_here
    }

    /// A report for the status bar that lasts until the next key, such as what `u` undid.
    pub fn info(&self) -> Option<&str> {
        self.info.as_deref()
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
            Intent::OpenCompare => comparables(self.ladder()).len() > 1,
            Intent::Back => self.mode != Mode::Browse || self.browse.focus != Focus::Ladder,
            Intent::PageUp | Intent::PageDown if self.mode == Mode::Browse => {
                self.measured.detail.max_scroll() > 0
            }
            Intent::ToggleDeveloped if self.mode == Mode::Matrix => self.matrix.selected_row().is_some(),
            Intent::ToggleDeveloped | Intent::ToggleDeveloping | Intent::EditNote => {
                self.skill_under_cursor().is_some()
            }
            Intent::EditNoteExternally => self.mode == Mode::Note || self.skill_under_cursor().is_some(),
            Intent::ToggleMyLevel => self.selected_level().is_some(),
            Intent::OpenMatrix => self.ladder().all_levels().next().is_some(),
            Intent::Undo => self.can_undo(),
            Intent::Open if self.mode == Mode::Search => !self.search_matches().is_empty(),
            _ => true,
        }
    }
}
