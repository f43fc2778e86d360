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
use crate::content::{Ladder, Level, Skill};

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
}

/// One thing the target asks for, and where the person stands on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirement<'a> {
    pub item: Item,
    pub need: Need<'a>,
    pub standing: Standing,
    /// The record, if the item was assessed.
    pub entry: Option<&'a Entry>,
}

impl Requirement<'_> {
    /// A skill's name, an expectation's text.
    pub fn name(&self) -> &str {
        match &self.need {
            Need::Skill(skill) => &skill.name,
            Need::Expectation(expectation) => expectation.text,
        }
    }

    /// The competency area it belongs to, when the ladder names areas.
    pub fn area(&self) -> Option<&str> {
        None
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
    /// Skills first, then expectations, in ladder order.
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

/// The position of level `id` on `ladder` (0 at the bottom).
fn position(ladder: &Ladder, id: &str) -> Option<usize> {
    ladder.levels.iter().position(|level| level.id == id)
}

impl Progress {
    /// The level the person aims for on `ladder`: the target they set, else the level above
    /// theirs. `None` when neither says (no target, and no level or the top one).
    pub fn target_in<'a>(&self, ladder: &'a Ladder) -> Option<&'a Level> {
        if let Some(id) = self.target(&ladder.meta.id)
            && let Some(level) = ladder.levels.iter().find(|level| level.id == id)
        {
            return Some(level);
        }
        let mine = position(ladder, self.my_level(&ladder.meta.id)?)?;
        ladder.levels.get(mine + 1)
    }

    /// Where the person stands on `item`, an item of the level at `level_position` (`None`:
    /// of no level, e.g. a track's).
    pub fn standing(
        &self,
        ladder: &Ladder,
        item: &Item,
        level_position: Option<usize>,
        assumption: Assumption,
    ) -> Standing {
        match self.item_state(&ladder.meta.id, item) {
            SkillState::Developed => Standing::Met,
            SkillState::Developing => Standing::Developing,
            SkillState::NotStarted if self.assumed(ladder, level_position, assumption) => Standing::Assumed,
            SkillState::NotStarted => Standing::Missing,
        }
    }

    /// Whether an unassessed item of the level at `level_position` counts as met: it is of
    /// a level below mine.
    fn assumed(&self, ladder: &Ladder, level_position: Option<usize>, assumption: Assumption) -> bool {
        let mine = self.my_level(&ladder.meta.id).and_then(|id| position(ladder, id));
        assumption == Assumption::BelowMyLevel
            && matches!((level_position, mine), (Some(item), Some(mine)) if item < mine)
    }

    /// Everything `target` asks for on `ladder`, and where the person stands on each.
    pub fn gap<'a>(&'a self, ladder: &'a Ladder, target: &'a Level, assumption: Assumption) -> Gap<'a> {
        let ladder_id = ladder.meta.id.as_str();
        let at = position(ladder, &target.id);
        let below = at
            .and_then(|at| at.checked_sub(1))
            .and_then(|below| ladder.levels.get(below));
        let mut requirements = Vec::new();
        for skill in below.map_or(&[][..], |level| level.skills.as_slice()) {
            let item = Item::skill(skill.id.as_str());
            requirements.push(Requirement {
                standing: self.standing(ladder, &item, at.map(|at| at - 1), assumption),
                entry: self.record(ladder_id, &item),
                item,
                need: Need::Skill(skill),
            });
        }
        for expectation in level_expectations(target) {
            let item = expectation.item();
            requirements.push(Requirement {
                standing: self.standing(ladder, &item, at, assumption),
                entry: self.record(ladder_id, &item),
                item,
                need: Need::Expectation(expectation),
            });
        }
        Gap {
            ladder,
            target,
            below,
            my_level: self
                .my_level(ladder_id)
                .and_then(|id| ladder.levels.iter().find(|level| level.id == id)),
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
