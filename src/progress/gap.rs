//! Readiness for a target level, and the gap to it: computed once here, for `rungs status`,
//! `rungs gap`, the export, reports and the app, so they never disagree.
//!
//! What a target asks for:
//! - each skill of the level below it (a level's skills are the ones to develop *for the
//!   next* level);
//! - each expectation (responsibility, success marker) of the target itself;
//! - (with a competency matrix) each competency's expected milestone, and the points total.
//!
//! *Assumed*: an item of a level below mine that I have not assessed counts as met, since I
//! hold a level above it. It is never written to the file as a tick; [`Assumption::Off`]
//! counts only what was assessed.

use serde::Serialize;

use super::expectation::{Expectation, level_expectations};
use super::model::{Entry, Item, Progress, SkillState};
use crate::content::{Competency, Ladder, Level, Rung, Rungs, Skill};

/// Whether unassessed items of levels below mine count as met.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Assumption {
    #[default]
    BelowMyLevel,
    Off,
}

/// Where a person stands on one requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Standing {
    /// Assessed as developed, met, or at (or above) the expected milestone.
    Met,
    /// Not assessed, but of a level below mine.
    Assumed,
    /// Assessed as developing (or below the expected milestone but working toward it).
    Developing,
    Missing,
}

impl Standing {
    /// Whether it counts toward readiness.
    pub fn counts(self) -> bool {
        matches!(self, Standing::Met | Standing::Assumed)
    }

    /// `✓` met, `○` assumed, `◐` developing, `·` missing: meaning without colour.
    pub fn symbol(self) -> char {
        match self {
            Standing::Met => '✓',
            Standing::Assumed => '○',
            Standing::Developing => '◐',
            Standing::Missing => '·',
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Standing::Met => "met",
            Standing::Assumed => "assumed",
            Standing::Developing => "developing",
            Standing::Missing => "missing",
        }
    }
}

/// What one requirement is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Need<'a> {
    /// A skill of the level below the target.
    Skill(&'a Skill),
    /// A responsibility or success marker of the target.
    Expectation(Expectation<'a>),
    /// A competency the target expects a milestone of (index `expected`); `reached` is the
    /// index of the highest milestone reached, if any.
    Competency {
        competency: &'a Competency,
        expected: usize,
        reached: Option<usize>,
    },
    /// The points total a points-based target asks for (`min_points`).
    Points { have: u32, need: u32 },
}

/// One thing the target asks for, and where the person stands on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirement<'a> {
    /// The item assessed; `None` for the points total.
    pub item: Option<Item>,
    pub need: Need<'a>,
    pub standing: Standing,
    /// The record, if the item was assessed.
    pub entry: Option<&'a Entry>,
}

impl Requirement<'_> {
    /// A skill's or competency's name, an expectation's text.
    pub fn name(&self) -> &str {
        match &self.need {
            Need::Skill(skill) => &skill.name,
            Need::Expectation(expectation) => expectation.text,
            Need::Competency { competency, .. } => &competency.name,
            Need::Points { .. } => "Points",
        }
    }

    /// The id of the competency area it belongs to, when the ladder names areas.
    pub fn area(&self) -> Option<&str> {
        match &self.need {
            Need::Skill(skill) => skill.area.as_deref(),
            Need::Competency { competency, .. } => competency.area.as_deref(),
            Need::Expectation(_) | Need::Points { .. } => None,
        }
    }
}

/// Everything a target asks for and where the person stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap<'a> {
    pub ladder: &'a Ladder,
    pub target: &'a Level,
    /// The level whose skills the target asks for (`None` for the lowest level).
    pub below: Option<&'a Level>,
    pub my_level: Option<&'a Level>,
    /// Skills first, then expectations, then competencies, in ladder order, then points.
    pub requirements: Vec<Requirement<'a>>,
}

impl<'a> Gap<'a> {
    /// How many requirements count as met (assessed or assumed).
    pub fn met(&self) -> usize {
        self.requirements.iter().filter(|r| r.standing.counts()).count()
    }

    pub fn total(&self) -> usize {
        self.requirements.len()
    }

    pub fn is_ready(&self) -> bool {
        self.met() == self.total()
    }

    /// What is still missing or developing, in ladder order.
    pub fn missing(&self) -> impl Iterator<Item = &Requirement<'a>> {
        self.requirements.iter().filter(|r| !r.standing.counts())
    }

    /// The answer in one line: "ready for Senior PM: 14/14" or "not yet ready for Senior
    /// PM: 7 of 14 met; missing: A, B, …". Plain text, for every view.
    pub fn verdict(&self) -> String {
        let title = &self.target.title;
        if self.is_ready() {
            return format!("ready for {title}: {}/{}", self.met(), self.total());
        }
        let missing: Vec<&str> = self
            .missing()
            .map(|requirement| requirement.name().trim_end_matches('.'))
            .collect();
        const SHOWN: usize = 3;
        let mut list = missing.iter().take(SHOWN).copied().collect::<Vec<_>>().join("; ");
        if missing.len() > SHOWN {
            list.push_str(&format!("; and {} more", missing.len() - SHOWN));
        }
        format!(
            "not yet ready for {title}: {} of {} met; missing: {list}",
            self.met(),
            self.total()
        )
    }
}

/// Whether the level `item_level` is below the level `mine`: lower on the main ladder, lower
/// on the same track, or (for a track level of mine) lower than the main level it sits beside.
fn is_below(rungs: &Rungs, item_level: &str, mine: &str) -> bool {
    match (rungs.place(item_level), rungs.place(mine)) {
        (Some(Rung::Main(item)), Some(Rung::Main(mine))) => item < mine,
        (
            Some(Rung::Track { track, at }),
            Some(Rung::Track {
                track: mine_track,
                at: mine,
            }),
        ) => track == mine_track && at < mine,
        (Some(Rung::Main(item)), Some(Rung::Track { .. })) => rungs
            .level(mine)
            .and_then(|level| level.alongside.as_deref())
            .and_then(|alongside| rungs.place(alongside))
            .is_some_and(|place| matches!(place, Rung::Main(beside) if item < beside)),
        _ => false,
    }
}

/// The level whose skills `target` asks for: the one below it on its ladder or track; for a
/// track's first level, the main level below the one it sits beside.
fn below<'a>(ladder: &'a Ladder, rungs: &Rungs<'a>, target: &Level) -> Option<&'a Level> {
    match rungs.place(&target.id)? {
        Rung::Main(at) => ladder.levels.get(at.checked_sub(1)?),
        Rung::Track { track, at } if at > 0 => ladder.tracks.get(track)?.levels.get(at - 1),
        Rung::Track { .. } => match rungs.place(target.alongside.as_deref()?)? {
            Rung::Main(beside) => ladder.levels.get(beside.checked_sub(1)?),
            Rung::Track { .. } => None,
        },
    }
}

/// The index of the milestone `entry` records as reached in `competency`.
pub fn reached_milestone(competency: &Competency, entry: Option<&Entry>) -> Option<usize> {
    let id = entry?.milestone.as_deref()?;
    (0..competency.milestones.len()).find(|&at| competency.milestone_id(at).as_deref() == Some(id))
}

impl Progress {
    /// The level (main or track) marked "my level" on `ladder`, if it is set and exists.
    pub fn my_rung_in<'a>(&self, ladder: &'a Ladder) -> Option<&'a Level> {
        let id = self.my_level(&ladder.meta.id)?;
        ladder.all_levels().find(|level| level.id == id)
    }

    /// The level the person aims for on `ladder`: the target they set, else the level above
    /// theirs (on their ladder or track). `None` when neither says.
    pub fn target_in<'a>(&self, ladder: &'a Ladder) -> Option<&'a Level> {
        if let Some(id) = self.target(&ladder.meta.id)
            && let Some(level) = ladder.all_levels().find(|level| level.id == id)
        {
            return Some(level);
        }
        let rungs = Rungs::of(ladder);
        match rungs.place(self.my_level(&ladder.meta.id)?)? {
            Rung::Main(at) => ladder.levels.get(at + 1),
            Rung::Track { track, at } => ladder.tracks.get(track)?.levels.get(at + 1),
        }
    }

    /// Where the person stands on `item`, an item of the level `level` (`None`: of no
    /// level, e.g. a track's own list).
    pub fn standing(
        &self,
        ladder: &Ladder,
        item: &Item,
        level: Option<&str>,
        assumption: Assumption,
    ) -> Standing {
        match self.item_state(&ladder.meta.id, item) {
            SkillState::Developed => Standing::Met,
            SkillState::Developing => Standing::Developing,
            SkillState::NotStarted if self.assumed(ladder, level, assumption) => Standing::Assumed,
            SkillState::NotStarted => Standing::Missing,
        }
    }

    /// Whether an unassessed item of `level` counts as met: it is of a level below mine.
    fn assumed(&self, ladder: &Ladder, level: Option<&str>, assumption: Assumption) -> bool {
        let (Some(level), Some(mine)) = (level, self.my_level(&ladder.meta.id)) else {
            return false;
        };
        assumption == Assumption::BelowMyLevel && is_below(&Rungs::of(ladder), level, mine)
    }

    /// The milestone of `competency` counted as reached: the one recorded, or with
    /// assumptions on and none recorded, the one my level expects.
    fn counted_milestone(
        &self,
        ladder: &Ladder,
        rungs: &Rungs,
        competency: &Competency,
        assumption: Assumption,
    ) -> (Option<usize>, bool) {
        let entry = self.record(&ladder.meta.id, &Item::competency(competency.id.as_str()));
        let reached = reached_milestone(competency, entry);
        let assessed =
            entry.is_some_and(|entry| entry.milestone.is_some() || entry.state != SkillState::NotStarted);
        if assessed || assumption == Assumption::Off {
            return (reached, false);
        }
        let mine = self
            .my_level(&ladder.meta.id)
            .and_then(|mine| rungs.expected(mine, competency));
        (mine, mine.is_some())
    }

    /// Everything `target` asks for on `ladder`, and where the person stands on each.
    pub fn gap<'a>(&'a self, ladder: &'a Ladder, target: &'a Level, assumption: Assumption) -> Gap<'a> {
        let ladder_id = ladder.meta.id.as_str();
        let rungs = Rungs::of(ladder);
        let below = below(ladder, &rungs, target);
        let mut requirements = Vec::new();
        for skill in below.map_or(&[][..], |level| level.skills.as_slice()) {
            let item = Item::skill(skill.id.as_str());
            requirements.push(Requirement {
                standing: self.standing(ladder, &item, below.map(|level| level.id.as_str()), assumption),
                entry: self.record(ladder_id, &item),
                item: Some(item),
                need: Need::Skill(skill),
            });
        }
        for expectation in level_expectations(target) {
            let item = expectation.item();
            requirements.push(Requirement {
                standing: self.standing(ladder, &item, Some(&target.id), assumption),
                entry: self.record(ladder_id, &item),
                item: Some(item),
                need: Need::Expectation(expectation),
            });
        }
        let mut points = 0;
        for competency in &ladder.competencies {
            let (reached, assumed) = self.counted_milestone(ladder, &rungs, competency, assumption);
            points += competency.points_at(reached);
            let Some(expected) = rungs.expected(&target.id, competency) else {
                continue;
            };
            let item = Item::competency(competency.id.as_str());
            let entry = self.record(ladder_id, &item);
            let standing = match reached {
                Some(at) if at >= expected && assumed => Standing::Assumed,
                Some(at) if at >= expected => Standing::Met,
                _ if entry.is_some_and(|entry| entry.state == SkillState::Developing) => Standing::Developing,
                _ => Standing::Missing,
            };
            requirements.push(Requirement {
                item: Some(item),
                need: Need::Competency {
                    competency,
                    expected,
                    reached,
                },
                standing,
                entry,
            });
        }
        if let Some(need) = target.min_points {
            requirements.push(Requirement {
                item: None,
                need: Need::Points { have: points, need },
                standing: if points >= need {
                    Standing::Met
                } else {
                    Standing::Missing
                },
                entry: None,
            });
        }
        Gap {
            ladder,
            target,
            below,
            my_level: self.my_rung_in(ladder),
            requirements,
        }
    }

    /// The gap to the target on `ladder` (see [`Progress::target_in`]), if there is one.
    pub fn gap_to_target<'a>(&'a self, ladder: &'a Ladder, assumption: Assumption) -> Option<Gap<'a>> {
        Some(self.gap(ladder, self.target_in(ladder)?, assumption))
    }
}

#[cfg(test)]
#[path = "gap_tests.rs"]
mod tests;
