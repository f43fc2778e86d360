//! The two ways anything on screen moves: a cursor in a list and a scroll offset in a text.
//! Every list (ladder entries, skills, the ladder picker, search results) and every text
//! (detail, help, compare) uses these, so the rules are written once: lists stop at their
//! ends (holding a key never jumps around), texts never scroll past their last screenful.

use super::{Intent, Scrollable};

/// The selected row of a list of `len` items.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListCursor {
    index: usize,
}

impl ListCursor {
    pub fn index(self) -> usize {
        self.index
    }

    /// Selects `index`, or the last item when the list is shorter.
    pub fn select(&mut self, index: usize, len: usize) {
        self.index = index.min(len.saturating_sub(1));
    }

    /// Moves by `step` rows (negative: up), stopping at the ends.
    pub fn step(&mut self, step: isize, len: usize) {
        self.select(self.index.saturating_add_signed(step), len);
    }

    /// Up, Down, First and Last; `false` for any other intent, which leaves it where it is.
    pub fn apply(&mut self, intent: Intent, len: usize) -> bool {
        match intent {
            Intent::Up => self.step(-1, len),
            Intent::Down => self.step(1, len),
            Intent::First => self.index = 0,
            Intent::Last => self.select(usize::MAX, len),
            _ => return false,
        }
        true
    }

    /// Keeps the cursor on a row that exists after the list shrank.
    pub fn clamp(&mut self, len: usize) {
        self.select(self.index, len);
    }
}

/// How far a text is scrolled.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TextScroll {
    offset: u16,
}

impl TextScroll {
    pub fn offset(self) -> u16 {
        self.offset
    }

    /// Scrolls by `lines` (negative: up), within what `view` says fits.
    pub fn by(&mut self, lines: i32, view: Scrollable) {
        let max = view.max_scroll();
        let moved = (i32::from(self.offset) + lines).clamp(0, i32::from(max));
        self.offset = u16::try_from(moved).unwrap_or(max);
    }

    /// Scrolls to `offset`, within what `view` says fits.
    pub fn to(&mut self, offset: u16, view: Scrollable) {
        self.offset = offset.min(view.max_scroll());
    }

    /// Up and Down a line, PageUp and PageDown a screenful, First and Last; `false` for any
    /// other intent, which leaves it where it is.
    pub fn apply(&mut self, intent: Intent, view: Scrollable) -> bool {
        let page = i32::from(view.page());
        match intent {
            Intent::Up => self.by(-1, view),
            Intent::Down => self.by(1, view),
            Intent::PageUp => self.by(-page, view),
            Intent::PageDown => self.by(page, view),
            Intent::First => self.offset = 0,
            Intent::Last => self.offset = view.max_scroll(),
            _ => return false,
        }
        true
    }

    /// Keeps the offset inside the text after a resize made it shorter on screen.
    pub fn clamp(&mut self, view: Scrollable) {
        self.offset = self.offset.min(view.max_scroll());
    }

    pub fn reset(&mut self) {
        self.offset = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_cursor_stops_at_both_ends() {
        let mut cursor = ListCursor::default();
        assert!(cursor.apply(Intent::Up, 3));
        assert_eq!(cursor.index(), 0);
        for _ in 0..5 {
            cursor.apply(Intent::Down, 3);
        }
        assert_eq!(cursor.index(), 2);
        cursor.apply(Intent::First, 3);
        assert_eq!(cursor.index(), 0);
        cursor.apply(Intent::Last, 3);
        assert_eq!(cursor.index(), 2);
        cursor.clamp(1);
        assert_eq!(cursor.index(), 0, "the list shrank");
        assert!(!cursor.apply(Intent::Open, 3));
        cursor.apply(Intent::Last, 0);
        assert_eq!(cursor.index(), 0, "an empty list keeps 0");
    }

    #[test]
    fn a_text_never_scrolls_past_its_last_screenful() {
        let view = Scrollable {
            content: 50,
            visible: 10,
        };
        let mut scroll = TextScroll::default();
        scroll.apply(Intent::PageDown, view);
        assert_eq!(scroll.offset(), 9, "a screenful less one line of context");
        scroll.apply(Intent::Last, view);
        assert_eq!(scroll.offset(), 40);
        scroll.by(100, view);
        assert_eq!(scroll.offset(), 40);
        scroll.by(-100, view);
        assert_eq!(scroll.offset(), 0);
        scroll.to(45, view);
        assert_eq!(scroll.offset(), 40);
        scroll.clamp(Scrollable {
            content: 20,
            visible: 10,
        });
        assert_eq!(scroll.offset(), 10);
    }
}
