//! Progress as a plain value: a record per assessed item (skills, expectations of levels,
//! competencies), "my level" and the target level, per ladder.
//!
//! Every edit is a [`Change`] applied by [`Progress::apply`]. Changes are absolute ("make this
//! skill developed"), never relative ("toggle it"), so the same change can be replayed on a
//! freshly re-read file (another process may have written it) or retried after a failed save
//! without doing something different the second time.

use std::collections::BTreeMap;

use jiff::Timestamp;

pub use super::record::{Entry, Evidence, Item, ItemKind, SkillState};
use super::when::When;

/// Everything recorded for one ladder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LadderProgress {
    /// The id of the level (or track level) the person is at.
    pub my_level: Option<String>,
    /// The id of the level the person is working toward; `None`: the one above theirs.
    pub target: Option<String>,
    /// Records by item, sorted as the file is. Items not in the loaded content (orphans) are
    /// kept as they are.
    pub items: BTreeMap<Item, Entry>,
}

impl LadderProgress {
    fn is_blank(&self) -> bool {
        self.my_level.is_none() && self.target.is_none() && self.items.is_empty()
    }
}

/// All recorded progress, keyed by ladder id. Sorted maps keep saves stable.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    pub ladders: BTreeMap<String, LadderProgress>,
}

/// One edit. Applying the same change twice gives the same result as applying it once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Put a skill or an expectation in a state; `at` dates the move when the state
    /// actually changes. Competencies take [`Change::SetMilestone`]; this leaves them alone.
    SetState {
        ladder: String,
        item: Item,
        state: SkillState,
        at: When,
    },
    /// Put a competency at a milestone (`None`: none reached), working toward the next or not.
    SetMilestone {
        ladder: String,
        competency: String,
        milestone: Option<String>,
        working_toward: bool,
        at: When,
    },
    /// Replace an item's note; blank text removes it.
    SetNote {
        ladder: String,
        item: Item,
        note: String,
    },
    /// Add a piece of evidence to an item (newest first; an identical entry is not doubled).
    AddEvidence {
        ladder: String,
        item: Item,
        evidence: Evidence,
    },
    /// Mark (or with `None`, unmark) the person's level in a ladder.
    SetMyLevel { ladder: String, level: Option<String> },
    /// Set (or with `None`, unset: the level above mine) the level the person aims for.
    SetTarget { ladder: String, level: Option<String> },
    /// Move a record kept under an old id (a `formerly` id) to the current id.
    /// Does nothing if there is no old record or the new id already has one.
    Rename { ladder: String, from: Item, to: Item },
    /// Put an item's record back as it was (`None`: no record), as `rungs undo` does.
    Restore {
        ladder: String,
        item: Item,
        entry: Option<Entry>,
    },
}

/// The time to stamp on a change, in whole seconds: the file is for people, and sub-second
/// digits are noise in a diff. Read the clock outside pure code and pass the result in.
pub fn now_to_the_second() -> Timestamp {
    let now = Timestamp::now();
    Timestamp::from_second(now.as_second()).unwrap_or(now)
}

impl Progress {
    /// The record of any item.
    pub fn record(&self, ladder: &str, item: &Item) -> Option<&Entry> {
        self.ladders.get(ladder)?.items.get(item)
    }

    /// The record of a skill.
    pub fn entry(&self, ladder: &str, skill: &str) -> Option<&Entry> {
        self.record(ladder, &Item::skill(skill))
    }

    pub fn item_state(&self, ladder: &str, item: &Item) -> SkillState {
        self.record(ladder, item)
            .map_or(SkillState::NotStarted, |entry| entry.state)
    }

    /// The state of a skill.
    pub fn state(&self, ladder: &str, skill: &str) -> SkillState {
        self.item_state(ladder, &Item::skill(skill))
    }

    /// The note on a skill.
    pub fn note(&self, ladder: &str, skill: &str) -> Option<&str> {
        self.entry(ladder, skill)?.note.as_deref()
    }

    pub fn my_level(&self, ladder: &str) -> Option<&str> {
        self.ladders.get(ladder)?.my_level.as_deref()
    }

    /// The target as recorded (`None`: not set, meaning the level above mine).
    pub fn target(&self, ladder: &str) -> Option<&str> {
        self.ladders.get(ladder)?.target.as_deref()
    }

    pub fn is_empty(&self) -> bool {
        self.ladders.is_empty()
    }

    /// Every record as (ladder id, item, entry), in file order.
    pub fn records(&self) -> impl Iterator<Item = (&str, &Item, &Entry)> {
        self.ladders.iter().flat_map(|(ladder, progress)| {
            progress
                .items
                .iter()
                .map(move |(item, entry)| (ladder.as_str(), item, entry))
        })
    }

    /// The change Space makes: developed, or back to not started if it already is.
    pub fn toggle_developed(&self, ladder: &str, skill: &str, at: impl Into<When>) -> Change {
        self.toggle(ladder, skill, SkillState::Developed, at.into())
    }

    /// The change for "developing": developing, or back to not started if it already is.
    pub fn toggle_developing(&self, ladder: &str, skill: &str, at: impl Into<When>) -> Change {
        self.toggle(ladder, skill, SkillState::Developing, at.into())
    }

    fn toggle(&self, ladder: &str, skill: &str, target: SkillState, at: When) -> Change {
        let state = if self.state(ladder, skill) == target {
            SkillState::NotStarted
        } else {
            target
        };
        Change::SetState {
            ladder: ladder.into(),
            item: Item::skill(skill),
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
                item,
                state,
                at,
            } => {
                if item.kind() != ItemKind::Competency {
                    self.entry_mut(ladder, item).set_state(*state, *at);
                }
                self.tidy(ladder, Some(item));
            }
            Change::SetMilestone {
                ladder,
                competency,
                milestone,
                working_toward,
                at,
            } => {
                let item = Item::competency(competency.as_str());
                self.entry_mut(ladder, &item)
                    .set_milestone(milestone.clone(), *working_toward, *at);
                self.tidy(ladder, Some(&item));
            }
            Change::SetNote { ladder, item, note } => {
                let note = (!note.trim().is_empty()).then(|| note.clone());
                self.entry_mut(ladder, item).note = note;
                self.tidy(ladder, Some(item));
            }
            Change::AddEvidence {
                ladder,
                item,
                evidence,
            } => self.entry_mut(ladder, item).add_evidence(evidence.clone()),
            Change::SetMyLevel { ladder, level } => {
                self.ladders.entry(ladder.clone()).or_default().my_level = level.clone();
                self.tidy(ladder, None);
            }
            Change::SetTarget { ladder, level } => {
                self.ladders.entry(ladder.clone()).or_default().target = level.clone();
                self.tidy(ladder, None);
            }
            Change::Rename { ladder, from, to } => {
                let Some(progress) = self.ladders.get_mut(ladder) else {
                    return;
                };
                if from == to || progress.items.contains_key(to) {
                    return;
                }
                if let Some(entry) = progress.items.remove(from) {
                    progress.items.insert(to.clone(), entry);
                }
            }
            Change::Restore { ladder, item, entry } => {
                match entry {
                    Some(entry) => *self.entry_mut(ladder, item) = entry.clone(),
                    None => {
                        if let Some(progress) = self.ladders.get_mut(ladder) {
                            progress.items.remove(item);
                        }
                    }
                }
                self.tidy(ladder, Some(item));
            }
        }
    }

    fn entry_mut(&mut self, ladder: &str, item: &Item) -> &mut Entry {
        let progress = self.ladders.entry(ladder.to_string()).or_default();
        progress.items.entry(item.clone()).or_default()
    }

    /// Drops what a change left blank, so "tick then untick" leaves no trace in the file.
    fn tidy(&mut self, ladder: &str, item: Option<&Item>) {
        let Some(progress) = self.ladders.get_mut(ladder) else {
            return;
        };
        if let Some(item) = item
            && progress.items.get(item).is_some_and(Entry::is_blank)
        {
            progress.items.remove(item);
        }
        if progress.is_blank() {
            self.ladders.remove(ladder);
        }
    }
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;
