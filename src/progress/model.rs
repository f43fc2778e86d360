//! Progress as a plain value: which skills are developing or developed, notes, and "my level".
//!
//! Every edit is a [`Change`] applied by [`Progress::apply`]. Changes are absolute ("make this
//! skill developed"), never relative ("toggle it"), so the same change can be replayed on a
//! freshly re-read file (another process may have written it) or retried after a failed save
//! without doing something different the second time.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// Where a person stands on one skill.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SkillState {
    #[default]
    NotStarted,
    Developing,
    Developed,
}

impl SkillState {
    /// The names used in the progress file and JSON output.
    pub const NAMES: [&'static str; 3] = ["not-started", "developing", "developed"];

    pub fn name(self) -> &'static str {
        match self {
            SkillState::NotStarted => "not-started",
            SkillState::Developing => "developing",
            SkillState::Developed => "developed",
        }
    }

    /// The symbol that carries the meaning without colour (NO_COLOR, colour-blind users).
    pub fn symbol(self) -> char {
        match self {
            SkillState::NotStarted => '·',
            SkillState::Developing => '◐',
            SkillState::Developed => '✓',
        }
    }
}

/// What is recorded for one skill. Dates record when the skill last entered that state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    pub state: SkillState,
    /// Evidence: what the person did that shows the skill.
    pub note: Option<String>,
    pub developing_since: Option<Timestamp>,
    pub developed_at: Option<Timestamp>,
}

impl Entry {
    /// An entry that says nothing; such entries are dropped instead of written.
    fn is_blank(&self) -> bool {
        *self == Entry::default()
    }
}

/// Everything recorded for one ladder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LadderProgress {
    /// The id of the level the person is at.
    pub my_level: Option<String>,
    /// Entries by skill id. Ids not in the loaded content (orphans) are kept as they are.
    pub skills: BTreeMap<String, Entry>,
}

impl LadderProgress {
    fn is_blank(&self) -> bool {
        self.my_level.is_none() && self.skills.is_empty()
    }
}

/// All recorded progress, keyed by ladder id then skill id. Sorted maps keep saves stable.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    pub ladders: BTreeMap<String, LadderProgress>,
}

/// One edit. Applying the same change twice gives the same result as applying it once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Put a skill in a state; `at` dates the move when the state actually changes.
    SetState {
        ladder: String,
        skill: String,
        state: SkillState,
        at: Timestamp,
    },
    /// Replace a skill's note; blank text removes it.
    SetNote {
        ladder: String,
        skill: String,
        note: String,
    },
    /// Mark (or with `None`, unmark) the person's level in a ladder.
    SetMyLevel { ladder: String, level: Option<String> },
    /// Move an entry recorded under an old skill id (a `formerly` id) to the current id.
    /// Does nothing if there is no old entry or the new id already has one.
    Rename {
        ladder: String,
        from: String,
        to: String,
    },
}

/// The time to stamp on a change, in whole seconds: the file is for people, and sub-second
/// digits are noise in a diff. Read the clock outside pure code and pass the result in.
pub fn now_to_the_second() -> Timestamp {
    let now = Timestamp::now();
    Timestamp::from_second(now.as_second()).unwrap_or(now)
}

impl Progress {
    pub fn entry(&self, ladder: &str, skill: &str) -> Option<&Entry> {
        self.ladders.get(ladder)?.skills.get(skill)
    }

    pub fn state(&self, ladder: &str, skill: &str) -> SkillState {
        self.entry(ladder, skill)
            .map_or(SkillState::NotStarted, |entry| entry.state)
    }

    pub fn note(&self, ladder: &str, skill: &str) -> Option<&str> {
        self.entry(ladder, skill)?.note.as_deref()
    }

    pub fn my_level(&self, ladder: &str) -> Option<&str> {
        self.ladders.get(ladder)?.my_level.as_deref()
    }

    pub fn is_empty(&self) -> bool {
        self.ladders.is_empty()
    }

    /// Every entry as (ladder id, skill id, entry), in file order.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &str, &Entry)> {
        self.ladders.iter().flat_map(|(ladder, progress)| {
            progress
                .skills
                .iter()
                .map(move |(skill, entry)| (ladder.as_str(), skill.as_str(), entry))
        })
    }

    /// The change Space makes: developed, or back to not started if it already is.
    pub fn toggle_developed(&self, ladder: &str, skill: &str, at: Timestamp) -> Change {
        self.toggle(ladder, skill, SkillState::Developed, at)
    }

    /// The change for "developing": developing, or back to not started if it already is.
    pub fn toggle_developing(&self, ladder: &str, skill: &str, at: Timestamp) -> Change {
        self.toggle(ladder, skill, SkillState::Developing, at)
    }

    fn toggle(&self, ladder: &str, skill: &str, target: SkillState, at: Timestamp) -> Change {
        let state = if self.state(ladder, skill) == target {
            SkillState::NotStarted
        } else {
            target
        };
        Change::SetState {
            ladder: ladder.into(),
            skill: skill.into(),
            state,
            at,
        }
    }

    /// This progress with `change` applied; `self` is left as it was.
    pub fn applied(&self, change: &Change) -> Progress {
        let mut next = self.clone();
        next.apply(change);
        next
    }

    /// Applies `change` in place. Pure: no I/O, no clock.
    pub fn apply(&mut self, change: &Change) {
        match change {
            Change::SetState {
                ladder,
                skill,
                state,
                at,
            } => {
                let entry = self.entry_mut(ladder, skill);
                set_state(entry, *state, *at);
                self.tidy(ladder, Some(skill));
            }
            Change::SetNote { ladder, skill, note } => {
                let note = (!note.trim().is_empty()).then(|| note.clone());
                self.entry_mut(ladder, skill).note = note;
                self.tidy(ladder, Some(skill));
            }
            Change::SetMyLevel { ladder, level } => {
                self.ladders.entry(ladder.clone()).or_default().my_level = level.clone();
                self.tidy(ladder, None);
            }
            Change::Rename { ladder, from, to } => {
                let Some(progress) = self.ladders.get_mut(ladder) else {
                    return;
                };
                if from == to || progress.skills.contains_key(to) {
                    return;
                }
                if let Some(entry) = progress.skills.remove(from) {
                    progress.skills.insert(to.clone(), entry);
                }
            }
        }
    }

    fn entry_mut(&mut self, ladder: &str, skill: &str) -> &mut Entry {
        let progress = self.ladders.entry(ladder.to_string()).or_default();
        progress.skills.entry(skill.to_string()).or_default()
    }

    /// Drops what a change left blank, so "tick then untick" leaves no trace in the file.
    fn tidy(&mut self, ladder: &str, skill: Option<&str>) {
        let Some(progress) = self.ladders.get_mut(ladder) else {
            return;
        };
        if let Some(skill) = skill
            && progress.skills.get(skill).is_some_and(Entry::is_blank)
        {
            progress.skills.remove(skill);
        }
        if progress.is_blank() {
            self.ladders.remove(ladder);
        }
    }
}

/// Dates record when a skill last entered a state; staying in a state keeps its date, so
/// replaying a change (a retry, or a merge after another process wrote) never moves a date.
fn set_state(entry: &mut Entry, state: SkillState, at: Timestamp) {
    if entry.state == state {
        return;
    }
    match state {
        SkillState::NotStarted => {
            entry.developing_since = None;
            entry.developed_at = None;
        }
        SkillState::Developing => {
            entry.developing_since = Some(at);
            entry.developed_at = None;
        }
        // Developing-since stays: it is the start of the timeline that led here.
        SkillState::Developed => entry.developed_at = Some(at),
    }
    entry.state = state;
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;
