//! The mouse: the wheel scrolls what is under the pointer and a click selects and focuses it.
//! Points are mapped to panes and rows through the areas the last frame measured, so this
//! stays pure like the rest of `update`. The note editor and the ladder picker ignore the
//! mouse; help and compare only scroll.

use super::action::contains;
use super::update::scrolled;
use super::{Action, App, Focus, LadderRow, Mode, ladder_rows};

/// Lines one wheel notch scrolls a text; lists move their selection one row per notch.
const WHEEL_LINES: i32 = 3;

/// What the mouse did, wherever it did it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gesture {
    WheelUp,
    WheelDown,
    Click,
}

impl App {
    pub(super) fn update_mouse(&mut self, action: Action) {
        let (gesture, column, row) = match action {
            Action::ScrollUp { column, row } => (Gesture::WheelUp, column, row),
            Action::ScrollDown { column, row } => (Gesture::WheelDown, column, row),
            Action::ClickAt { column, row } => (Gesture::Click, column, row),
            _ => return,
        };
        match self.mode {
            Mode::Browse => self.mouse_browse(gesture, column, row),
            Mode::Search => self.mouse_search(gesture, column, row),
            Mode::Help => {
                let view = self.measured.help;
                self.help_scroll = scrolled(self.help_scroll, wheel_lines(gesture), view.max_scroll());
            }
            Mode::Compare => {
                let view = self.measured.compare;
                self.compare.scroll = scrolled(self.compare.scroll, wheel_lines(gesture), view.max_scroll());
            }
            Mode::Note | Mode::LadderPicker => {}
        }
    }

    fn mouse_browse(&mut self, gesture: Gesture, column: u16, row: u16) {
        let measured = self.measured;
        if let Some(item) = measured.ladder.item_at(column, row) {
            match gesture {
                Gesture::Click => self.click_ladder_row(item),
                wheel => self.move_entry(list_step(wheel)),
            }
        } else if let Some(item) = measured.skills.item_at(column, row) {
            if self.visible_skills().is_empty() {
                return;
            }
            match gesture {
                Gesture::Click if item < self.visible_skills().len() => self.skill_index = item,
                Gesture::Click => return,
                wheel => self.move_skill(list_step(wheel)),
            }
            // The selected skill only shows in the focused pane.
            self.focus = Focus::Skills;
        } else if contains(measured.detail_area, column, row) {
            match gesture {
                Gesture::Click => self.focus = Focus::Detail,
                wheel => self.scroll_detail(wheel_lines(wheel)),
            }
        }
    }

    /// A click on the ladder pane's `item`th row: an entry is selected and the ladder focused;
    /// a heading does nothing.
    fn click_ladder_row(&mut self, item: usize) {
        let Some(LadderRow::Entry(entry)) = ladder_rows(self.ladder()).get(item).copied() else {
            return;
        };
        if let Some(index) = self.entries.iter().position(|e| *e == entry) {
            self.select_entry(index);
            self.focus = Focus::Ladder;
        }
    }

    /// Over the results, the wheel moves the selection and a click selects a result; Enter
    /// still opens it, so a stray click never leaves the search.
    fn mouse_search(&mut self, gesture: Gesture, column: u16, row: u16) {
        let Some(item) = self.measured.search_results.item_at(column, row) else {
            return;
        };
        match gesture {
            Gesture::WheelUp => self.move_result(-1),
            Gesture::WheelDown => self.move_result(1),
            Gesture::Click if item < self.search_matches().len() => {
                let step = item as isize - self.search_selected() as isize;
                self.move_result(step);
            }
            Gesture::Click => {}
        }
    }
}

fn wheel_lines(gesture: Gesture) -> i32 {
    match gesture {
        Gesture::WheelUp => -WHEEL_LINES,
        Gesture::WheelDown => WHEEL_LINES,
        Gesture::Click => 0,
    }
}

fn list_step(gesture: Gesture) -> Action {
    match gesture {
        Gesture::WheelUp => Action::Up,
        _ => Action::Down,
    }
}
