//! Compare mode: two levels side by side, each side moved on its own.

use super::cursor::TextScroll;

/// Which column of the compare screen the level keys move.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Side {
    #[default]
    Left,
    Right,
}

/// The two levels being compared (indices into `ladder.levels`) and the shared scroll offset.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Compare {
    pub left: usize,
    pub right: usize,
    pub active: Side,
    pub scroll: TextScroll,
}

impl Compare {
    /// The selected level and the next one; at the top level, the one below and the top, so
    /// there are always two different levels when the ladder has two.
    pub fn starting_at(selected_level: usize, level_count: usize) -> Compare {
        let last = level_count.saturating_sub(1);
        let left = selected_level.min(last.saturating_sub(1));
        Compare {
            left,
            right: (left + 1).min(last),
            active: Side::Left,
            scroll: TextScroll::default(),
        }
    }

    pub fn active_level(&self) -> usize {
        match self.active {
            Side::Left => self.left,
            Side::Right => self.right,
        }
    }

    /// Moves the active side by `step` levels, staying within `0..level_count`.
    pub fn shift_active(&mut self, step: isize, level_count: usize) {
        let last = level_count.saturating_sub(1);
        let moved = self.active_level().saturating_add_signed(step).min(last);
        match self.active {
            Side::Left => self.left = moved,
            Side::Right => self.right = moved,
        }
    }

    pub fn switch_side(&mut self) {
        self.active = match self.active {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        };
    }
}
