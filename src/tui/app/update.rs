//! `App::update`: how each action changes the state, mode by mode.

use super::{Action, App, Compare, Effect, Entry, Focus, Mode, ladder_entries};

impl App {
    /// Applies one action. Pure: no I/O, so every rule here is unit-testable. Returns the
    /// work the loop must do for it (saving progress), if any.
    pub fn update(&mut self, action: Action) -> Option<Effect> {
        // A notice lasts until the user does something; the loop's own reports keep it.
        let from_loop = matches!(
            action,
            Action::Measured(_)
                | Action::Clock(_)
                | Action::Saved(_)
                | Action::SaveFailed(_)
                | Action::Reloaded(_)
        );
        if !from_loop {
            self.notice = None;
        }
        match action {
            Action::Measured(measured) => {
                // A frame was drawn: every change on disk is on screen now.
                self.unseen_changes.clear();
                self.measured = measured;
                self.reveal_measured(measured.detail_reveal);
                self.clamp_scrolls();
                self.keep_result_in_view();
                return None;
            }
            Action::Quit => {
                self.quit = true;
                // Quitting from the note editor keeps what was typed: it is saved as the note.
                return self.keep_typed_note();
            }
            Action::ToggleHelp => {
                self.toggle_help();
                return None;
            }
            Action::Clock(now) => {
                self.now = now;
                return None;
            }
            Action::Saved(merged) => {
                self.saved(merged);
                return None;
            }
            Action::SaveFailed(message) => {
                self.save_failed(message);
                return None;
            }
            Action::Reloaded(on_disk) => {
                self.reloaded(on_disk);
                return None;
            }
            Action::NoteEdited {
                ladder,
                skill,
                text,
                opened,
            } => return self.note_edited(ladder, skill, &text, &opened),
            Action::EditorFailed(message) => {
                self.editor_failed(message);
                return None;
            }
            Action::ScrollUp { .. } | Action::ScrollDown { .. } | Action::ClickAt { .. } => {
                self.update_mouse(action);
                return None;
            }
            _ => {}
        }
        match self.mode {
            Mode::Browse if App::is_progress_action(&action) => return self.update_progress(action),
            Mode::Browse => self.update_browse(action),
            Mode::Compare => self.update_compare(action),
            Mode::Help => self.update_help(action),
            Mode::LadderPicker => self.update_picker(action),
            Mode::Note => return self.update_note(action),
            Mode::Search => self.update_search(action),
        }
        None
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

    fn update_browse(&mut self, action: Action) {
        let detail_page = self.measured.detail.page();
        match action {
            Action::FocusNext => self.focus = self.next_focus(1),
            Action::FocusPrev => self.focus = self.next_focus(-1),
            Action::Open if self.focus == Focus::Ladder => {
                self.skill_index = 0;
                self.focus = if self.visible_skills().is_empty() {
                    Focus::Detail
                } else {
                    Focus::Skills
                };
            }
            Action::Back => self.focus = Focus::Ladder,
            Action::PageDown => self.scroll_detail(i32::from(detail_page)),
            Action::PageUp => self.scroll_detail(-i32::from(detail_page)),
            Action::OpenCompare if self.can(Action::OpenCompare) => {
                let level = match self.selected_entry() {
                    Entry::Level(i) => i,
                    Entry::Track(_) | Entry::About => 0,
                };
                self.compare = Compare::starting_at(level, self.ladder().levels.len());
                self.mode = Mode::Compare;
            }
            Action::OpenSearch => self.open_search(),
            Action::OpenLadderPicker if self.can(Action::OpenLadderPicker) => {
                self.picker_index = self.ladder_index;
                self.mode = Mode::LadderPicker;
            }
            Action::Up | Action::Down | Action::First | Action::Last => match self.focus {
                Focus::Ladder => self.move_entry(action),
                Focus::Skills => self.move_skill(action),
                Focus::Detail => match action {
                    Action::Up => self.scroll_detail(-1),
                    Action::Down => self.scroll_detail(1),
                    Action::First => self.detail_scroll = 0,
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

    pub(super) fn move_entry(&mut self, action: Action) {
        self.select_entry(moved_index(self.entry_index, self.entries.len(), action));
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

    pub(super) fn move_skill(&mut self, action: Action) {
        self.skill_index = moved_index(self.skill_index, self.visible_skills().len(), action);
    }

    pub(super) fn scroll_detail(&mut self, lines: i32) {
        // The user scrolls: a reveal still waiting for a frame must not undo it.
        self.reveal_mark = false;
        self.detail_scroll = scrolled(self.detail_scroll, lines, self.measured.detail.max_scroll());
    }

    fn update_compare(&mut self, action: Action) {
        let levels = self.ladder().levels.len();
        let view = self.measured.compare;
        let compare = &mut self.compare;
        match action {
            Action::EarlierLevel => compare.shift_active(-1, levels),
            Action::LaterLevel => compare.shift_active(1, levels),
            Action::SwitchSide => compare.switch_side(),
            Action::Up => compare.scroll = scrolled(compare.scroll, -1, view.max_scroll()),
            Action::Down => compare.scroll = scrolled(compare.scroll, 1, view.max_scroll()),
            Action::PageUp => {
                compare.scroll = scrolled(compare.scroll, -i32::from(view.page()), view.max_scroll());
            }
            Action::PageDown => {
                compare.scroll = scrolled(compare.scroll, i32::from(view.page()), view.max_scroll());
            }
            Action::First => compare.scroll = 0,
            Action::Last => compare.scroll = view.max_scroll(),
            Action::Back | Action::OpenCompare => self.mode = Mode::Browse,
            _ => {}
        }
    }

    fn update_help(&mut self, action: Action) {
        let view = self.measured.help;
        match action {
            Action::Up => self.help_scroll = scrolled(self.help_scroll, -1, view.max_scroll()),
            Action::Down => self.help_scroll = scrolled(self.help_scroll, 1, view.max_scroll()),
            Action::PageUp => {
                self.help_scroll = scrolled(self.help_scroll, -i32::from(view.page()), view.max_scroll());
            }
            Action::PageDown => {
                self.help_scroll = scrolled(self.help_scroll, i32::from(view.page()), view.max_scroll());
            }
            Action::First => self.help_scroll = 0,
            Action::Last => self.help_scroll = view.max_scroll(),
            Action::Back => self.mode = self.mode_under_help,
            _ => {}
        }
    }

    fn update_picker(&mut self, action: Action) {
        match action {
            Action::Up | Action::Down | Action::First | Action::Last => {
                self.picker_index = moved_index(self.picker_index, self.ladders.len(), action);
            }
            Action::Open => {
                self.select_ladder(self.picker_index);
                self.mode = Mode::Browse;
            }
            Action::Back => self.mode = Mode::Browse,
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
fn moved_index(index: usize, len: usize, action: Action) -> usize {
    let last = len.saturating_sub(1);
    match action {
        Action::Up => index.saturating_sub(1),
        Action::Down => (index + 1).min(last),
        Action::First => 0,
        Action::Last => last,
        _ => index.min(last),
    }
}

pub(super) fn scrolled(offset: u16, lines: i32, max: u16) -> u16 {
    let moved = (i32::from(offset) + lines).clamp(0, i32::from(max));
    u16::try_from(moved).unwrap_or(max)
}
