//! The mouse, once the key layer has said what is under the pointer: the wheel moves a list's
//! selection or scrolls a text, and a click selects and focuses what is there.

use super::{App, Focus, Intent, LadderRow, Pointer, PointerList, PointerText, ladder_rows};

impl App {
    pub(super) fn point(&mut self, pointer: Pointer) {
        match pointer {
            Pointer::Wheel { list, down } => self.wheel_list(list, down),
            Pointer::Scroll { text, lines } => self.scroll_text(text, lines),
            Pointer::Click { list, item } => self.click_list(list, item),
            Pointer::ClickDetail => self.browse.focus = Focus::Detail,
        }
    }

    fn wheel_list(&mut self, list: PointerList, down: bool) {
        let intent = if down { Intent::Down } else { Intent::Up };
        match list {
            PointerList::Ladder => self.move_entry(intent),
            PointerList::Skills if !self.visible_skills().is_empty() => {
                self.move_skill(intent);
                // The selected skill only shows in the focused pane.
                self.browse.focus = Focus::Skills;
            }
            PointerList::Skills => {}
            PointerList::SearchResults => self.move_result(if down { 1 } else { -1 }),
        }
    }

    fn scroll_text(&mut self, text: PointerText, lines: i32) {
        match text {
            PointerText::Detail => self.scroll_detail(lines),
            PointerText::Help => self.help.scroll.by(lines, self.measured.help),
            PointerText::Compare => self.compare.scroll.by(lines, self.measured.compare),
        }
    }

    fn click_list(&mut self, list: PointerList, item: usize) {
        match list {
            PointerList::Ladder => self.click_ladder_row(item),
            PointerList::Skills if item < self.visible_skills().len() => {
                self.browse.skill.select(item, self.visible_skills().len());
                self.browse.focus = Focus::Skills;
            }
            PointerList::Skills => {}
            // Enter still opens the result, so a stray click never leaves the search.
            PointerList::SearchResults if item < self.search_matches().len() => {
                let step = item as isize - self.search_selected() as isize;
                self.move_result(step);
            }
            PointerList::SearchResults => {}
        }
    }

    /// A click on the ladder pane's `item`th row: an entry is selected and the ladder focused;
    /// a heading does nothing.
    fn click_ladder_row(&mut self, item: usize) {
        let Some(LadderRow::Entry(entry)) = ladder_rows(self.ladder()).get(item).copied() else {
            return;
        };
        if let Some(index) = self.browse.entries.iter().position(|e| *e == entry) {
            self.select_entry(index);
            self.browse.focus = Focus::Ladder;
        }
    }
}
