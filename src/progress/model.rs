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
mod tests {
    use super::*;

    fn at(second: i64) -> Timestamp {
        Timestamp::from_second(second).expect("valid test time")
    }

    fn set(skill: &str, state: SkillState, second: i64) -> Change {
        Change::SetState {
            ladder: "pm".into(),
            skill: skill.into(),
            state,
            at: at(second),
        }
    }

    #[test]
    fn developing_then_developed_keeps_the_timeline() {
        let mut progress = Progress::default();
        progress.apply(&set("a", SkillState::Developing, 10));
        progress.apply(&set("a", SkillState::Developed, 20));
        let entry = progress.entry("pm", "a").expect("entry");
        assert_eq!(entry.state, SkillState::Developed);
        assert_eq!(entry.developing_since, Some(at(10)));
        assert_eq!(entry.developed_at, Some(at(20)));
    }

    #[test]
    fn replaying_a_change_does_not_move_its_date() {
        let mut progress = Progress::default();
        progress.apply(&set("a", SkillState::Developed, 10));
        progress.apply(&set("a", SkillState::Developed, 99));
        assert_eq!(
            progress.entry("pm", "a").and_then(|e| e.developed_at),
            Some(at(10))
        );
    }

    #[test]
    fn untick_without_note_leaves_nothing_behind() {
        let mut progress = Progress::default();
        progress.apply(&set("a", SkillState::Developed, 10));
        progress.apply(&set("a", SkillState::NotStarted, 20));
        assert!(progress.is_empty(), "{progress:?}");
    }

    #[test]
    fn untick_keeps_the_note() {
        let mut progress = Progress::default();
        progress.apply(&set("a", SkillState::Developed, 10));
        progress.apply(&Change::SetNote {
            ladder: "pm".into(),
            skill: "a".into(),
            note: "ran it".into(),
        });
        progress.apply(&set("a", SkillState::NotStarted, 20));
        let entry = progress.entry("pm", "a").expect("the note keeps the entry");
        assert_eq!(
            (entry.state, entry.note.as_deref()),
            (SkillState::NotStarted, Some("ran it"))
        );
        assert_eq!(entry.developed_at, None);
    }

    #[test]
    fn blank_note_removes_the_note() {
        let mut progress = Progress::default();
        progress.apply(&Change::SetNote {
            ladder: "pm".into(),
            skill: "a".into(),
            note: "x".into(),
        });
        progress.apply(&Change::SetNote {
            ladder: "pm".into(),
            skill: "a".into(),
            note: "  ".into(),
        });
        assert!(progress.is_empty());
    }

    #[test]
    fn toggles_go_back_to_not_started() {
        let mut progress = Progress::default();
        let change = progress.toggle_developed("pm", "a", at(1));
        progress.apply(&change);
        assert_eq!(progress.state("pm", "a"), SkillState::Developed);
        let change = progress.toggle_developing("pm", "a", at(2));
        progress.apply(&change);
        assert_eq!(progress.state("pm", "a"), SkillState::Developing);
        let change = progress.toggle_developing("pm", "a", at(3));
        progress.apply(&change);
        assert_eq!(progress.state("pm", "a"), SkillState::NotStarted);
    }

    #[test]
    fn my_level_is_set_and_cleared() {
        let mut progress = Progress::default();
        progress.apply(&Change::SetMyLevel {
            ladder: "pm".into(),
            level: Some("senior".into()),
        });
        assert_eq!(progress.my_level("pm"), Some("senior"));
        progress.apply(&Change::SetMyLevel {
            ladder: "pm".into(),
            level: None,
        });
        assert!(progress.is_empty());
    }

    #[test]
    fn rename_moves_only_into_a_free_id() {
        let mut progress = Progress::default();
        progress.apply(&set("old", SkillState::Developed, 1));
        progress.apply(&Change::Rename {
            ladder: "pm".into(),
            from: "old".into(),
            to: "new".into(),
        });
        assert_eq!(progress.state("pm", "new"), SkillState::Developed);
        assert!(progress.entry("pm", "old").is_none());

        progress.apply(&set("old", SkillState::Developing, 2));
        progress.apply(&Change::Rename {
            ladder: "pm".into(),
            from: "old".into(),
            to: "new".into(),
        });
        assert_eq!(
            progress.state("pm", "new"),
            SkillState::Developed,
            "existing entry wins"
        );
        assert_eq!(
            progress.state("pm", "old"),
            SkillState::Developing,
            "old one is kept"
        );
    }

    #[test]
    fn applied_leaves_the_original_alone() {
        let progress = Progress::default();
        let next = progress.applied(&set("a", SkillState::Developed, 1));
        assert!(progress.is_empty());
        assert_eq!(next.state("pm", "a"), SkillState::Developed);
    }
}
