//! `App::update`: how each intent changes the state, mode by mode, and what a frame measured.

use jiff::Timestamp;

use super::{App, Compare, Effect, Entry, Focus, Intent, Measurements, Mode, ladder_entries};

impl App {
    /// Applies one thing the person asked for, at `now` (the loop reads the clock, so this
    /// stays pure: no I/O, and every rule here is unit-testable). Returns the work the loop
    /// must do for it (saving progress), if any.
    pub fn update(&mut self, intent: Intent, now: Timestamp) -> Option<Effect> {
        self.now = now;
        // A notice lasts until the person does something.
        self.notice = None;
        match intent {
            Intent::Quit => {
                self.quit = true;
                // Quitting from the note editor keeps what was typed: it is saved as the note.
                return self.keep_typed_note();
            }
            Intent::ToggleHelp => {
                self.toggle_help();
                return None;
            }
            Intent::Pointer(pointer) => {
                self.point(pointer);
                return None;
            }
            _ => {}
        }
        match self.mode {
            Mode::Browse if App::is_progress_intent(intent) => return self.update_progress(intent),
            Mode::Browse => self.update_browse(intent),
            Mode::Compare => self.update_compare(intent),
            Mode::Help => self.update_help(intent),
            Mode::LadderPicker => self.update_picker(intent),
            Mode::Note => return self.update_note(intent),
            Mode::Search => self.update_search(intent),
        }
        None
    }

    /// Text pasted from the terminal (bracketed paste), at `now`: into the search query as one
    /// line (line breaks become spaces) or into the note as it is; ignored elsewhere, where
    /// pasted letters would otherwise run as a burst of commands.
    pub fn paste(&mut self, text: &str, now: Timestamp) -> Option<Effect> {
        self.now = now;
        self.notice = None;
        match self.paste_target()? {
            Mode::Search => {
                let line: String = text
                    .chars()
                    .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
                    .collect();
                self.search_insert(&line);
            }
            _ => {
                if let Some(editor) = &mut self.note {
                    editor.paste(text);
                }
            }
        }
        None
    }

    /// What the frame just drawn measured: scrolling is kept inside the texts, a search jump
    /// is scrolled into view, and the selected result stays on screen.
    pub fn frame_measured(&mut self, measured: Measurements) {
        // A frame was drawn: every change read from disk is on screen now.
        self.unseen_changes.clear();
        self.measured = measured;
        self.reveal_measured(measured.detail_reveal);
        self.clamp_scrolls();
        self.keep_result_in_view();
    }

    fn toggle_help(&mut self) {
        if self.mode == Mode::Help {
            self.mode = self.mode_under_help;
        } else {
            self.mode_under_help = self.mode;
            self.mode = Mode::Help;
            self.help_scroll = 0;
        }
    }

    fn update_browse(&mut self, intent: Intent) {
        let detail_page = self.measured.detail.page();
        match intent {
            Intent::FocusNext => self.focus = self.next_focus(1),
            Intent::FocusPrev => self.focus = self.next_focus(-1),
            Intent::Open if self.focus == Focus::Ladder => {
                self.skill_index = 0;
                self.focus = if self.visible_skills().is_empty() {
                    Focus::Detail
                } else {
                    Focus::Skills
                };
            }
            Intent::Back => self.focus = Focus::Ladder,
            Intent::PageDown => self.scroll_detail(i32::from(detail_page)),
            Intent::PageUp => self.scroll_detail(-i32::from(detail_page)),
            Intent::OpenCompare if self.can(Intent::OpenCompare) => {
                let level = match self.selected_entry() {
                    Entry::Level(i) => i,
                    Entry::Track(_) | Entry::About => 0,
                };
                self.compare = Compare::starting_at(level, self.ladder().levels.len());
                self.mode = Mode::Compare;
            }
            Intent::OpenSearch => self.open_search(),
            Intent::OpenLadderPicker if self.can(Intent::OpenLadderPicker) => {
                self.picker_index = self.ladder_index;
                self.mode = Mode::LadderPicker;
            }
            Intent::Up | Intent::Down | Intent::First | Intent::Last => match self.focus {
                Focus::Ladder => self.move_entry(intent),
                Focus::Skills => self.move_skill(intent),
                Focus::Detail => match intent {
                    Intent::Up => self.scroll_detail(-1),
                    Intent::Down => self.scroll_detail(1),
                    Intent::First => self.detail_scroll = 0,
                    _ => self.detail_scroll = self.measured.detail.max_scroll(),
                },
            },
            _ => {}
        }
    }

    /// The focus `step` panes on, skipping the skills pane when there are no skills.
    fn next_focus(&self, step: isize) -> Focus {
        let order: &[Focus] = if self.visible_skills().is_empty() {
            &[Focus::Ladder, Focus::Detail]
        } else {
            &[Focus::Ladder, Focus::Detail, Focus::Skills]
        };
        let here = order.iter().position(|f| *f == self.focus).unwrap_or(0);
        let len = order.len() as isize;
        let next = (here as isize + step).rem_euclid(len) as usize;
        order.get(next).copied().unwrap_or(Focus::Ladder)
    }

    pub(super) fn move_entry(&mut self, intent: Intent) {
        self.select_entry(moved_index(self.entry_index, self.entries.len(), intent));
    }

    /// Selects entry `index` with its skills and text from the top; a no-op for the entry
    /// already selected, so its skill and scroll stay.
    pub(super) fn select_entry(&mut self, index: usize) {
        if index != self.entry_index && index < self.entries.len() {
            self.entry_index = index;
            self.skill_index = 0;
            self.detail_scroll = 0;
            self.detail_mark = None;
        }
    }

    pub(super) fn move_skill(&mut self, intent: Intent) {
        self.skill_index = moved_index(self.skill_index, self.visible_skills().len(), intent);
    }

    pub(super) fn scroll_detail(&mut self, lines: i32) {
        // The user scrolls: a reveal still waiting for a frame must not undo it.
        self.reveal_mark = false;
        self.detail_scroll = scrolled(self.detail_scroll, lines, self.measured.detail.max_scroll());
    }

    fn update_compare(&mut self, intent: Intent) {
        let levels = self.ladder().levels.len();
        let view = self.measured.compare;
        let compare = &mut self.compare;
        match intent {
            Intent::EarlierLevel => compare.shift_active(-1, levels),
            Intent::LaterLevel => compare.shift_active(1, levels),
            Intent::SwitchSide => compare.switch_side(),
            Intent::Up => compare.scroll = scrolled(compare.scroll, -1, view.max_scroll()),
            Intent::Down => compare.scroll = scrolled(compare.scroll, 1, view.max_scroll()),
            Intent::PageUp => {
                compare.scroll = scrolled(compare.scroll, -i32::from(view.page()), view.max_scroll());
            }
            Intent::PageDown => {
                compare.scroll = scrolled(compare.scroll, i32::from(view.page()), view.max_scroll());
            }
            Intent::First => compare.scroll = 0,
            Intent::Last => compare.scroll = view.max_scroll(),
            Intent::Back | Intent::OpenCompare => self.mode = Mode::Browse,
            _ => {}
        }
    }

    fn update_help(&mut self, intent: Intent) {
        let view = self.measured.help;
        match intent {
            Intent::Up => self.help_scroll = scrolled(self.help_scroll, -1, view.max_scroll()),
            Intent::Down => self.help_scroll = scrolled(self.help_scroll, 1, view.max_scroll()),
            Intent::PageUp => {
                self.help_scroll = scrolled(self.help_scroll, -i32::from(view.page()), view.max_scroll());
            }
            Intent::PageDown => {
                self.help_scroll = scrolled(self.help_scroll, i32::from(view.page()), view.max_scroll());
            }
            Intent::First => self.help_scroll = 0,
            Intent::Last => self.help_scroll = view.max_scroll(),
            Intent::Back => self.mode = self.mode_under_help,
            _ => {}
        }
    }

    fn update_picker(&mut self, intent: Intent) {
        match intent {
            Intent::Up | Intent::Down | Intent::First | Intent::Last => {
                self.picker_index = moved_index(self.picker_index, self.ladders.len(), intent);
            }
            Intent::Open => {
                self.select_ladder(self.picker_index);
                self.mode = Mode::Browse;
            }
            Intent::Back => self.mode = Mode::Browse,
            _ => {}
        }
    }

    pub(super) fn select_ladder(&mut self, index: usize) {
        if index >= self.ladders.len() || index == self.ladder_index {
            return;
        }
        self.ladder_index = index;
        self.entries = ladder_entries(self.ladder());
        self.entry_index = self.my_level_entry().unwrap_or(0);
        self.skill_index = 0;
        self.detail_scroll = 0;
        self.detail_mark = None;
        self.focus = Focus::Ladder;
    }

    /// Keeps scroll offsets inside the text after a resize made it shorter on screen.
    fn clamp_scrolls(&mut self) {
        self.detail_scroll = self.detail_scroll.min(self.measured.detail.max_scroll());
        self.help_scroll = self.help_scroll.min(self.measured.help.max_scroll());
        self.compare.scroll = self.compare.scroll.min(self.measured.compare.max_scroll());
    }
}

/// A list index after Up/Down/First/Last, staying in `0..len` (lists do not wrap around, so
/// holding a key stops at the end instead of jumping).
fn moved_index(index: usize, len: usize, intent: Intent) -> usize {
    let last = len.saturating_sub(1);
    match intent {
        Intent::Up => index.saturating_sub(1),
        Intent::Down => (index + 1).min(last),
        Intent::First => 0,
        Intent::Last => last,
        _ => index.min(last),
    }
}

pub(super) fn scrolled(offset: u16, lines: i32, max: u16) -> u16 {
    let moved = (i32::from(offset) + lines).clamp(0, i32::from(max));
    u16::try_from(moved).unwrap_or(max)
}
