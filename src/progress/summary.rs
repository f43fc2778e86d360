//! Counting progress against the content: per level, per track, per ladder, and readiness
//! for the next level. Pure functions of (content, progress), for gauges and `rungs status`.

use serde::Serialize;

use super::model::{Progress, SkillState};
use crate::content::{Ladder, Level, Skill, Track};

/// How many of a set of skills are developed, developing, and how many there are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub developed: usize,
    pub developing: usize,
    pub total: usize,
}

impl Tally {
    pub fn not_started(&self) -> usize {
        self.total - self.developed - self.developing
    }
}

/// How close the person is to the level after "my level": that level's skills to develop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Readiness<'a> {
    pub level: &'a Level,
    /// `None` at the top of the ladder.
    pub next: Option<&'a Level>,
    pub tally: Tally,
    /// The level's skills not yet developed, in ladder order.
    pub remaining: Vec<&'a Skill>,
}

impl Progress {
    /// Counts `skills` of the ladder `ladder_id`.
    pub fn tally<'a>(&self, ladder_id: &str, skills: impl IntoIterator<Item = &'a Skill>) -> Tally {
        let mut tally = Tally::default();
        for skill in skills {
            tally.total += 1;
            match self.state(ladder_id, &skill.id) {
                SkillState::Developed => tally.developed += 1,
                SkillState::Developing => tally.developing += 1,
                SkillState::NotStarted => {}
            }
        }
        tally
    }

    pub fn level_tally(&self, ladder: &Ladder, level: &Level) -> Tally {
        self.tally(&ladder.meta.id, &level.skills)
    }

    pub fn track_tally(&self, ladder: &Ladder, track: &Track) -> Tally {
        self.tally(&ladder.meta.id, &track.skills)
    }

    /// Every skill of the ladder, levels and tracks: the title-bar total.
    pub fn ladder_tally(&self, ladder: &Ladder) -> Tally {
        self.tally(&ladder.meta.id, ladder.skills())
    }

    /// The level marked "my level" in `ladder`, if it is set and exists in the content.
    pub fn my_level_in<'a>(&self, ladder: &'a Ladder) -> Option<&'a Level> {
        let id = self.my_level(&ladder.meta.id)?;
        ladder.levels.iter().find(|level| level.id == id)
    }

    /// Readiness for the next level, or `None` when no (known) level is marked.
    pub fn readiness<'a>(&self, ladder: &'a Ladder) -> Option<Readiness<'a>> {
        let level = self.my_level_in(ladder)?;
        let position = ladder
            .levels
            .iter()
            .position(|candidate| candidate.id == level.id)?;
        let remaining = level
            .skills
            .iter()
            .filter(|skill| self.state(&ladder.meta.id, &skill.id) != SkillState::Developed)
            .collect();
        Some(Readiness {
            level,
            next: ladder.levels.get(position + 1),
            tally: self.level_tally(ladder, level),
            remaining,
        })
    }
}

#[cfg(test)]
mod tests {
    use jiff::Timestamp;

    use super::*;
    use crate::progress::model::Change;

    fn ladder() -> Ladder {
        toml::from_str(
            r#"
            [ladder]
            id = "pm"
            title = "PM"
            [[levels]]
            id = "junior"
            title = "Junior"
            [[levels.skills]]
            id = "a"
            name = "A"
            [[levels.skills]]
            id = "b"
            name = "B"
            [[levels.skills]]
            id = "c"
            name = "C"
            [[levels]]
            id = "senior"
            title = "Senior"
            [[tracks]]
            id = "ic"
            kind = "ic"
            title = "IC"
            [[tracks.skills]]
            id = "t"
            name = "T"
            "#,
        )
        .expect("test ladder parses")
    }

    fn with(changes: &[(&str, SkillState)]) -> Progress {
        let mut progress = Progress::default();
        for (skill, state) in changes {
            progress.apply(&Change::SetState {
                ladder: "pm".into(),
                item: crate::progress::Item::skill(*skill),
                state: *state,
                at: Timestamp::UNIX_EPOCH.into(),
            });
        }
        progress
    }

    #[test]
    fn counts_levels_tracks_and_the_ladder() {
        let ladder = ladder();
        let progress = with(&[
            ("a", SkillState::Developed),
            ("b", SkillState::Developing),
            ("t", SkillState::Developed),
        ]);
        let level = progress.level_tally(&ladder, &ladder.levels[0]);
        assert_eq!(
            level,
            Tally {
                developed: 1,
                developing: 1,
                total: 3
            }
        );
        assert_eq!(level.not_started(), 1);
        assert_eq!(
            progress.track_tally(&ladder, &ladder.tracks[0]),
            Tally {
                developed: 1,
                developing: 0,
                total: 1
            }
        );
        assert_eq!(
            progress.ladder_tally(&ladder),
            Tally {
                developed: 2,
                developing: 1,
                total: 4
            }
        );
    }

    #[test]
    fn readiness_lists_what_remains_for_the_next_level() {
        let ladder = ladder();
        let mut progress = with(&[("a", SkillState::Developed), ("b", SkillState::Developing)]);
        assert!(progress.readiness(&ladder).is_none(), "no level marked yet");
        progress.apply(&Change::SetMyLevel {
            ladder: "pm".into(),
            level: Some("junior".into()),
        });
        let readiness = progress.readiness(&ladder).expect("level is marked");
        assert_eq!(readiness.level.id, "junior");
        assert_eq!(readiness.next.map(|level| level.id.as_str()), Some("senior"));
        assert_eq!((readiness.tally.developed, readiness.tally.total), (1, 3));
        let remaining: Vec<&str> = readiness
            .remaining
            .iter()
            .map(|skill| skill.id.as_str())
            .collect();
        assert_eq!(remaining, ["b", "c"]);
    }

    #[test]
    fn unknown_my_level_gives_no_readiness() {
        let mut progress = Progress::default();
        progress.apply(&Change::SetMyLevel {
            ladder: "pm".into(),
            level: Some("gone".into()),
        });
        assert!(progress.readiness(&ladder()).is_none());
    }
}
