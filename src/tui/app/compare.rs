//! Compare mode: any two entries of the ladder side by side (main levels, tracks, and the
//! levels of tracks), each side moved on its own through every entry but the other side's.

use super::cursor::TextScroll;
use super::ladder_entry::LadderEntry;
use crate::content::{Ladder, Level, Track};

/// Which column of the compare screen the level keys move.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Side {
    #[default]
    Left,
    Right,
}

/// What one side of compare can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparable {
    /// `ladder.levels[i]`
    Level(usize),
    /// `ladder.tracks[i]` as a whole (its differences, responsibilities…)
    Track(usize),
    /// `ladder.tracks[track].levels[at]`
    TrackLevel { track: usize, at: usize },
}

/// Everything compare can show, in the order ←/→ step through it: the main levels lowest
/// first, then each track followed by its own levels.
pub fn comparables(ladder: &Ladder) -> Vec<Comparable> {
    let mut all: Vec<Comparable> = (0..ladder.levels.len()).map(Comparable::Level).collect();
    for (track, the_track) in ladder.tracks.iter().enumerate() {
        all.push(Comparable::Track(track));
        all.extend((0..the_track.levels.len()).map(|at| Comparable::TrackLevel { track, at }));
    }
    all
}

impl Comparable {
    /// The level shown, for a main level or a track's level.
    pub fn level(self, ladder: &Ladder) -> Option<&Level> {
        match self {
            Comparable::Level(i) => ladder.levels.get(i),
            Comparable::TrackLevel { track, at } => ladder.tracks.get(track)?.levels.get(at),
            Comparable::Track(_) => None,
        }
    }

    /// The track it belongs to (the track itself, or a track level's track).
    pub fn track(self, ladder: &Ladder) -> Option<&Track> {
        match self {
            Comparable::Track(track) | Comparable::TrackLevel { track, .. } => ladder.tracks.get(track),
            Comparable::Level(_) => None,
        }
    }

    pub fn title(self, ladder: &Ladder) -> &str {
        match (self.level(ladder), self.track(ladder)) {
            (Some(level), _) => &level.title,
            (None, Some(track)) => &track.title,
            (None, None) => "",
        }
    }

    /// A label for narrow places: a level's `short` if it has one, a track's first other
    /// title ("Staff PM" for the IC track).
    pub fn short_title(self, ladder: &Ladder) -> &str {
        match (self.level(ladder), self.track(ladder)) {
            (Some(level), _) => level.short_label(),
            (None, Some(track)) => track.titles.first().unwrap_or(&track.title),
            (None, None) => "",
        }
    }

    /// How high it sits on the main ladder: a main level's index, a track level's
    /// `alongside` level's index. Tracks as a whole sit nowhere.
    pub fn height(self, ladder: &Ladder) -> Option<usize> {
        match self {
            Comparable::Level(i) => Some(i),
            Comparable::TrackLevel { .. } => {
                let beside = self.level(ladder)?.alongside.as_deref()?;
                ladder.levels.iter().position(|level| level.id == beside)
            }
            Comparable::Track(_) => None,
        }
    }
}

/// The two entries being compared (indices into [`comparables`]) and the shared scroll.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Compare {
    entries: Vec<Comparable>,
    left: usize,
    right: usize,
    pub active: Side,
    pub scroll: TextScroll,
}

impl Compare {
    /// Compare opened on `selected`: a level beside the next one up (the top level beside
    /// the one below it); a track beside `my_level` (the main level marked as the person's),
    /// else beside its first level's `alongside`, else beside the level below the top,
    /// where tracks usually branch off. Never one entry beside itself.
    pub fn opened_on(ladder: &Ladder, selected: LadderEntry, my_level: Option<usize>) -> Compare {
        let entries = comparables(ladder);
        let index_of = |wanted: Comparable| entries.iter().position(|e| *e == wanted);
        let top = ladder.levels.len().saturating_sub(1);
        let (left, right) = match selected {
            LadderEntry::Track(track) => {
                let beside = my_level
                    .or_else(|| Comparable::TrackLevel { track, at: 0 }.height(ladder))
                    .unwrap_or(top.saturating_sub(1));
                (
                    index_of(Comparable::Level(beside)),
                    index_of(Comparable::Track(track)),
                )
            }
            LadderEntry::Level(i) if i >= top => (
                index_of(Comparable::Level(top.saturating_sub(1))),
                index_of(Comparable::Level(top)),
            ),
            LadderEntry::Level(i) => (index_of(Comparable::Level(i)), index_of(Comparable::Level(i + 1))),
            LadderEntry::About => (Some(0), Some(1)),
        };
        let left = left.unwrap_or(0);
        let mut right = right.unwrap_or(1);
        if right == left {
            right = if left == 0 { 1 } else { 0 };
        }
        Compare {
            left: left.min(entries.len().saturating_sub(1)),
            right: right.min(entries.len().saturating_sub(1)),
            entries,
            active: Side::Left,
            scroll: TextScroll::default(),
        }
    }

    pub fn left(&self) -> Option<Comparable> {
        self.entries.get(self.left).copied()
    }

    pub fn right(&self) -> Option<Comparable> {
        self.entries.get(self.right).copied()
    }

    /// Where the active side is among all entries (1-based) and how many there are.
    pub fn position(&self) -> (usize, usize) {
        let at = match self.active {
            Side::Left => self.left,
            Side::Right => self.right,
        };
        (at + 1, self.entries.len())
    }

    /// Moves the active side one entry on (`step` 1) or back (-1), stepping over the other
    /// side's entry so a side never shows the same thing as the other; stays at either end.
    pub fn shift_active(&mut self, step: isize) {
        let (moving, other) = match self.active {
            Side::Left => (self.left, self.right),
            Side::Right => (self.right, self.left),
        };
        let next = |from: usize| {
            from.checked_add_signed(step)
                .filter(|to| *to < self.entries.len())
        };
        let Some(mut to) = next(moving) else {
            return;
        };
        if to == other {
            let Some(past) = next(to) else {
                return;
            };
            to = past;
        }
        match self.active {
            Side::Left => self.left = to,
            Side::Right => self.right = to,
        }
    }

    pub fn switch_side(&mut self) {
        self.active = match self.active {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin() -> Ladder {
        match crate::content::builtin() {
            Ok(mut ladders) if !ladders.is_empty() => ladders.remove(0),
            _ => panic!("the built-in ladder loads"),
        }
    }

    fn titles(ladder: &Ladder, compare: &Compare) -> (String, String) {
        let title =
            |side: Option<Comparable>| side.map_or(String::new(), |c| c.short_title(ladder).to_string());
        (title(compare.left()), title(compare.right()))
    }

    #[test]
    fn a_level_opens_beside_the_next_and_the_top_beside_the_one_below() {
        let ladder = builtin();
        let mid = Compare::opened_on(&ladder, LadderEntry::Level(1), None);
        assert_eq!(titles(&ladder, &mid), ("Mid-level PM".into(), "Senior PM".into()));
        let top = Compare::opened_on(&ladder, LadderEntry::Level(4), None);
        assert_eq!(
            titles(&ladder, &top),
            ("GPM / Director".into(), "VP / CPO".into())
        );
    }

    #[test]
    fn a_track_opens_beside_my_level_or_the_level_below_the_top() {
        let ladder = builtin();
        let ic = Compare::opened_on(&ladder, LadderEntry::Track(0), None);
        assert_eq!(
            ic.left(),
            Some(Comparable::Level(3)),
            "Director, where IC PMs compare"
        );
        assert_eq!(ic.right(), Some(Comparable::Track(0)));
        let mine = Compare::opened_on(&ladder, LadderEntry::Track(0), Some(2));
        assert_eq!(mine.left(), Some(Comparable::Level(2)));
    }

    #[test]
    fn a_side_steps_over_the_other_and_stops_at_the_ends() {
        let ladder = builtin();
        let mut compare = Compare::opened_on(&ladder, LadderEntry::Level(0), None);
        compare.shift_active(1);
        assert_eq!(
            compare.left(),
            Some(Comparable::Level(2)),
            "skips the right side's level 1"
        );
        compare.shift_active(-1);
        compare.shift_active(-1);
        compare.shift_active(-1);
        assert_eq!(compare.left(), Some(Comparable::Level(0)));
        compare.switch_side();
        for _ in 0..50 {
            compare.shift_active(1);
        }
        let last = comparables(&ladder).last().copied();
        assert_eq!(compare.right(), last, "the right side reaches the last track");
        assert_ne!(compare.left(), compare.right());
    }

    #[test]
    fn track_levels_are_comparable_and_sit_beside_their_alongside_level() {
        let ladder: Ladder = match toml::from_str(
            r#"
            [ladder]
            id = "eng"
            title = "Engineering"
            [[levels]]
            id = "d3"
            title = "Developer 3"
            [[levels]]
            id = "d4"
            title = "Developer 4"
            [[tracks]]
            id = "tech-lead"
            kind = "role"
            title = "Tech Lead"
            [[tracks.levels]]
            id = "tl4"
            title = "Tech Lead 4"
            alongside = "d4"
            "#,
        ) {
            Ok(ladder) => ladder,
            Err(error) => panic!("{error}"),
        };
        let all = comparables(&ladder);
        assert_eq!(all.len(), 4);
        let tl4 = Comparable::TrackLevel { track: 0, at: 0 };
        assert_eq!(all[3], tl4);
        assert_eq!(tl4.height(&ladder), Some(1));
        let track = Compare::opened_on(&ladder, LadderEntry::Track(0), None);
        assert_eq!(track.left(), Some(Comparable::Level(1)), "beside D4, as TL4 is");
    }
}
