//! What a level expects of each competency: the one rule every view and command asks.
//!
//! A main-ladder level L expects, of each competency, the highest milestone whose `level`
//! names L or a main-ladder level below L (track levels never count here). A track level T
//! expects the highest milestone whose `level` names T or a lower level of T's track; where
//! none does, it expects what its `alongside` level expects. A milestone without `level` is
//! expected by no level.
//!
//! ```
//! let ladder: rungs::content::Ladder = toml::from_str(r#"
//!     [ladder]
//!     id = "eng"
//!     title = "Engineering"
//!     [[levels]]
//!     id = "d3"
//!     title = "Developer 3"
//!     [[levels]]
//!     id = "d4"
//!     title = "Developer 4"
//!     [[tracks]]
//!     id = "tech-lead"
//!     kind = "role"
//!     title = "Tech Lead"
//!     [[tracks.levels]]
//!     id = "tl4"
//!     title = "Tech Lead 4"
//!     alongside = "d4"
//!     [[competencies]]
//!     id = "planning"
//!     name = "Planning"
//!     [[competencies.milestones]]
//!     text = "Plans own work"
//!     level = "d3"
//!     [[competencies.milestones]]
//!     text = "Plans the team's work"
//!     level = "tl4"
//! "#).unwrap();
//! let rungs = rungs::content::Rungs::of(&ladder);
//! let planning = &ladder.competencies[0];
//! assert_eq!(rungs.expected("d3", planning), Some(0));
//! assert_eq!(rungs.expected("d4", planning), Some(0)); // d3's milestone still holds
//! assert_eq!(rungs.expected("tl4", planning), Some(1));
//! ```

use std::collections::HashMap;

use super::matrix::{Competency, Milestone};
use super::schema::{Ladder, Level};

/// Where a level sits: on the main ladder (its index) or on a track (track index, index of
/// the level in the track).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rung {
    Main(usize),
    Track { track: usize, at: usize },
}

/// Every level of a ladder by id, to answer "what does this level expect". Build it once per
/// ladder and ask it for any number of levels and competencies.
#[derive(Debug, Clone)]
pub struct Rungs<'l> {
    ladder: &'l Ladder,
    places: HashMap<&'l str, Rung>,
}

/// What one level expects of one competency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expectation<'l> {
    /// The competency's id.
    pub competency: &'l str,
    /// The index of the expected milestone in the competency; `None` when the level
    /// expects none of its milestones.
    pub milestone_at: Option<usize>,
}

impl<'l> Rungs<'l> {
    pub fn of(ladder: &'l Ladder) -> Rungs<'l> {
        let mut places = HashMap::new();
        for (at, level) in ladder.levels.iter().enumerate() {
            places.entry(level.id.as_str()).or_insert(Rung::Main(at));
        }
        for (track, the_track) in ladder.tracks.iter().enumerate() {
            for (at, level) in the_track.levels.iter().enumerate() {
                places
                    .entry(level.id.as_str())
                    .or_insert(Rung::Track { track, at });
            }
        }
        Rungs { ladder, places }
    }

    /// Where the level with `id` sits, if the ladder has it.
    pub fn place(&self, id: &str) -> Option<Rung> {
        self.places.get(id).copied()
    }

    /// The level with `id`, on the main ladder or a track.
    pub fn level(&self, id: &str) -> Option<&'l Level> {
        match self.place(id)? {
            Rung::Main(at) => self.ladder.levels.get(at),
            Rung::Track { track, at } => self.ladder.tracks.get(track)?.levels.get(at),
        }
    }

    /// The index of the milestone of `competency` that the level `level_id` expects, by the
    /// rule in this module's documentation; `None` if it expects none (or has no such level).
    pub fn expected(&self, level_id: &str, competency: &Competency) -> Option<usize> {
        match self.place(level_id)? {
            Rung::Main(level) => {
                self.highest(competency, |rung| matches!(rung, Rung::Main(at) if at <= level))
            }
            Rung::Track { track, at: level } => self
                .highest(
                    competency,
                    |rung| matches!(rung, Rung::Track { track: t, at } if t == track && at <= level),
                )
                .or_else(|| {
                    let alongside = self.level(level_id)?.alongside.as_deref()?;
                    match self.place(alongside)? {
                        Rung::Main(_) => self.expected(alongside, competency),
                        Rung::Track { .. } => None,
                    }
                }),
        }
    }

    /// The milestone itself (see [`Rungs::expected`]).
    pub fn expected_milestone(&self, level_id: &str, competency: &'l Competency) -> Option<&'l Milestone> {
        competency.milestones.get(self.expected(level_id, competency)?)
    }

    /// What the level `level_id` expects of every competency of the ladder, in ladder order.
    pub fn expectations(&self, level_id: &str) -> Vec<Expectation<'l>> {
        self.ladder
            .competencies
            .iter()
            .map(|competency| Expectation {
                competency: &competency.id,
                milestone_at: self.expected(level_id, competency),
            })
            .collect()
    }

    /// The last milestone naming a level that `counts`.
    fn highest(&self, competency: &Competency, counts: impl Fn(Rung) -> bool) -> Option<usize> {
        competency.milestones.iter().rposition(|milestone| {
            milestone
                .level
                .iter()
                .filter_map(|id| self.place(id))
                .any(&counts)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ladder() -> Ladder {
        let text = r#"
            [ladder]
            id = "eng"
            title = "Engineering"
            [[levels]]
            id = "d1"
            title = "D1"
            [[levels]]
            id = "d2"
            title = "D2"
            [[levels]]
            id = "d3"
            title = "D3"
            [[tracks]]
            id = "management"
            kind = "management"
            title = "Management"
            [[tracks.levels]]
            id = "m2"
            title = "M2"
            alongside = "d2"
            [[tracks.levels]]
            id = "m3"
            title = "M3"
            alongside = "d3"
            [[tracks.levels]]
            id = "m4"
            title = "M4"
            [[competencies]]
            id = "coaching"
            name = "Coaching"
            [[competencies.milestones]]
            text = "Helps peers"
            level = "d1"
            [[competencies.milestones]]
            text = "Coaches a report"
            level = "m2"
            [[competencies.milestones]]
            text = "Coaches the team"
            level = ["d3", "m3"]
            [[competencies.milestones]]
            text = "Unplaced, points only"
            points = 20
        "#;
        toml::from_str(text).expect("valid test ladder")
    }

    #[test]
    fn main_levels_take_the_highest_milestone_at_or_below_them() {
        let ladder = ladder();
        let rungs = Rungs::of(&ladder);
        let coaching = &ladder.competencies[0];
        assert_eq!(rungs.expected("d1", coaching), Some(0));
        assert_eq!(
            rungs.expected("d2", coaching),
            Some(0),
            "m2's milestone is a track's"
        );
        assert_eq!(rungs.expected("d3", coaching), Some(2));
    }

    #[test]
    fn track_levels_use_their_track_then_their_alongside_level() {
        let ladder = ladder();
        let rungs = Rungs::of(&ladder);
        let coaching = &ladder.competencies[0];
        assert_eq!(rungs.expected("m2", coaching), Some(1));
        assert_eq!(rungs.expected("m3", coaching), Some(2));
        assert_eq!(
            rungs.expected("m4", coaching),
            Some(2),
            "m3's milestone holds above it"
        );
    }

    #[test]
    fn a_track_level_with_nothing_of_its_own_falls_back_to_alongside() {
        let mut ladder = ladder();
        ladder.competencies[0].milestones[1].level = vec![];
        ladder.competencies[0].milestones[2].level = vec!["d3".into()];
        let rungs = Rungs::of(&ladder);
        let coaching = &ladder.competencies[0];
        assert_eq!(rungs.expected("m2", coaching), Some(0), "as d2");
        assert_eq!(rungs.expected("m3", coaching), Some(2), "as d3");
        assert_eq!(rungs.expected("m4", coaching), None, "no alongside");
    }

    #[test]
    fn unknown_levels_and_unplaced_milestones_expect_nothing() {
        let ladder = ladder();
        let rungs = Rungs::of(&ladder);
        let coaching = &ladder.competencies[0];
        assert_eq!(rungs.expected("nope", coaching), None);
        let expectations = rungs.expectations("d3");
        assert_eq!(expectations.len(), 1);
        assert_eq!(expectations[0].milestone_at, Some(2));
    }
}
