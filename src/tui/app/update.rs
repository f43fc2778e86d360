//! `App::update`: how each intent changes the state, mode by mode, and what a frame measured.

use jiff::Timestamp;

use super::{App, Compare, Effect, Focus, Intent, Measurements, Mode, ladder_entries};

impl App {
    /// Applies one thing the person asked for, at `now` (the loop reads the clock, so this
    /// stays pure: no I/O, and every rule here is unit-testable). Returns the work the loop
    /// must do for it (saving progress), if any.
    pub fn update(&mut self, intent: Intent, now: Timestamp) -> Option<Effect> {
        self.now = now;
        // A notice lasts until the person does something.
        self.notice = None;
        self.not_here = None;
        self.info = None;
        match intent {
            Intent::NotHere { binding } => {
                self.not_here = Some(binding);
                return None;
            }
            Intent::Undo => return self.undo(),
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
            Mode::Browse => return self.update_browse(intent),
            Mode::Compare => self.update_compare(intent),
            Mode::Help => self.update_help(intent),
            Mode::LadderPicker => self.update_picker(intent),
            Mode::Note => return self.update_note(intent),
            Mode::Search => self.update_search(intent),
            Mode::Matrix => return self.update_matrix(intent),
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
        self.shown.unseen_changes.clear();
        self.measured = measured;
        self.reveal_measured(measured.detail_reveal);
        self.clamp_scrolls();
        self.keep_result_in_view();
        self.keep_matrix_in_view();
    }

    fn toggle_help(&mut self) {
        if self.mode == Mode::Help {
            self.mode = self.help.under;
        } else {
            self.help.under = self.mode;
            self.mode = Mode::Help;
            self.help.scroll.reset();
        }
    }

    fn update_browse(&mut self, intent: Intent) -> Option<Effect> {
        let detail_view = self.measured.detail;
        match intent {
            Intent::ToggleDeveloped
            | Intent::ToggleDeveloping
            | Intent::EditNote
            | Intent::EditNoteExternally
            | Intent::ToggleMyLevel
            | Intent::ToggleHideDeveloped => return self.update_progress(intent),
            Intent::FocusNext => self.browse.focus = self.next_focus(1),
            Intent::FocusPrev => self.browse.focus = self.next_focus(-1),
            Intent::Open if self.browse.focus == Focus::Ladder => {
                self.browse.skill = Default::default();
                self.browse.focus = if self.visible_skills().is_empty() {
                    Focus::Detail
                } else {
                    Focus::Skills
                };
            }
            Intent::Back => self.browse.focus = Focus::Ladder,
            Intent::PageDown | Intent::PageUp => {
                self.browse.reveal_mark = false;
                self.browse.detail.apply(intent, detail_view);
            }
            Intent::OpenCompare if self.can(Intent::OpenCompare) => {
                let mine = self.shown.progress.my_level_in(self.ladder());
                let my_level =
                    mine.and_then(|mine| self.ladder().levels.iter().position(|l| l.id == mine.id));
                self.compare = Compare::opened_on(self.ladder(), self.selected_entry(), my_level);
                self.mode = Mode::Compare;
            }
            Intent::OpenSearch => self.open_search(),
            Intent::OpenMatrix if self.can(Intent::OpenMatrix) => self.open_matrix(),
            Intent::OpenLadderPicker if self.can(Intent::OpenLadderPicker) => {
                self.picker.select(self.ladder_index, self.ladders.len());
                self.mode = Mode::LadderPicker;
            }
            Intent::Up | Intent::Down | Intent::First | Intent::Last => match self.browse.focus {
                Focus::Ladder => self.move_entry(intent),
                Focus::Skills => self.move_skill(intent),
                Focus::Detail => {
                    // The user scrolls: a reveal still waiting for a frame must not undo it.
                    self.browse.reveal_mark = false;
                    self.browse.detail.apply(intent, detail_view);
                }
            },
            _ => {}
        }
        None
    }

    /// The focus `step` panes on, skipping the skills pane when there are no skills.
    fn next_focus(&self, step: isize) -> Focus {
        let order: &[Focus] = if self.visible_skills().is_empty() {
            &[Focus::Ladder, Focus::Detail]
        } else {
            &[Focus::Ladder, Focus::Detail, Focus::Skills]
        };
        let here = order.iter().position(|f| *f == self.browse.focus).unwrap_or(0);
        let len = order.len() as isize;
        let next = (here as isize + step).rem_euclid(len) as usize;
        order.get(next).copied().unwrap_or(Focus::Ladder)
    }

    /// Moves the ladder selection (Up, Down, First, Last), opening the new entry at its top.
    pub(super) fn move_entry(&mut self, intent: Intent) {
        let mut moved = self.browse.entry;
        moved.apply(intent, self.browse.entries.len());
        self.select_entry(moved.index());
    }

    /// Selects entry `index` with its skills and text from the top; a no-op for the entry
    /// already selected, so its skill and scroll stay.
    pub(super) fn select_entry(&mut self, index: usize) {
        if index != self.browse.entry.index() && index < self.browse.entries.len() {
            self.browse.select_entry(index);
        }
    }

    pub(super) fn move_skill(&mut self, intent: Intent) {
        let len = self.visible_skills().len();
        self.browse.skill.apply(intent, len);
    }

    pub(super) fn scroll_detail(&mut self, lines: i32) {
        // The user scrolls: a reveal still waiting for a frame must not undo it.
        self.browse.reveal_mark = false;
        self.browse.detail.by(lines, self.measured.detail);
    }

    fn update_compare(&mut self, intent: Intent) {
        let compare = &mut self.compare;
        match intent {
            Intent::EarlierLevel => compare.shift_active(-1),
            Intent::LaterLevel => compare.shift_active(1),
            Intent::SwitchSide => compare.switch_side(),
            Intent::Back | Intent::OpenCompare => self.mode = Mode::Browse,
            scroll => {
                compare.scroll.apply(scroll, self.measured.compare);
            }
        }
    }

    fn update_help(&mut self, intent: Intent) {
        match intent {
            Intent::Back => self.mode = self.help.under,
            scroll => {
                self.help.scroll.apply(scroll, self.measured.help);
            }
        }
    }

    fn update_picker(&mut self, intent: Intent) {
        match intent {
            Intent::Open => {
                self.select_ladder(self.picker.index());
                self.mode = Mode::Browse;
            }
            Intent::Back => self.mode = Mode::Browse,
            step => {
                self.picker.apply(step, self.ladders.len());
            }
        }
    }

    pub(super) fn select_ladder(&mut self, index: usize) {
        if index >= self.ladders.len() || index == self.ladder_index {
            return;
        }
        self.ladder_index = index;
        self.browse.entries = ladder_entries(self.ladder());
        let entry = self.my_level_entry().unwrap_or(0);
        self.browse.select_entry(entry);
        self.browse.focus = Focus::Ladder;
        if self.mode == Mode::Matrix {
            self.open_matrix();
        }
    }

    /// Keeps scroll offsets inside the text after a resize made it shorter on screen.
    fn clamp_scrolls(&mut self) {
        self.browse.detail.clamp(self.measured.detail);
        self.help.scroll.clamp(self.measured.help);
        self.compare.scroll.clamp(self.measured.compare);
    }
}
