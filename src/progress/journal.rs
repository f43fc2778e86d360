//! Undo: a short journal, beside the progress file, of the last changes made from this
//! machine. Each step holds, for every part of the file a save changed (an item's record, my
//! level, the target), what it was before and what the save made it; `rungs undo` puts the
//! "before" back, merged into the file as it is then, like any other change.
//!
//! The journal is written under the progress file's lock right after each save, so steps
//! are in the order the saves happened. It is rungs' own bookkeeping: a journal it cannot
//! read is started afresh (undo then has nothing to undo), and failing to write it never
//! fails the save it records.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::atomic::{parent_dir, remove_stale_temps, write_atomic};
use super::error::ProgressError;
use super::format::encode;
use super::in_place::write_in_place;
use super::lock;
use super::model::{Change, Entry, Item, LadderProgress, Progress};
use super::store::{ProgressStore, read as read_progress};
use super::target::{self, Target};
use crate::bounded_read::{Accept, read_bounded};

/// How many steps the journal keeps; older ones are forgotten.
pub const STEPS_KEPT: usize = 20;

/// `.progress.toml.undo` for `progress.toml`: hidden, beside it.
pub fn journal_path(path: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(".undo");
    parent_dir(path).join(name)
}

/// One part of the file a save can change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "part", rename_all = "kebab-case")]
pub enum Part {
    MyLevel,
    Target,
    Record { item: Item },
}

/// What one part held: a level id, or an item's record (`None`: nothing).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Held {
    Record(Option<Entry>),
    Level(Option<String>),
}

/// One part's before and after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    pub ladder: String,
    #[serde(flatten)]
    pub part: Part,
    pub before: Held,
    pub after: Held,
}

/// Everything one save changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub edits: Vec<Edit>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Journal {
    steps: Vec<Step>,
}

/// What a save from `before` to `after` changed, part by part; `None` if nothing.
pub fn step(before: &Progress, after: &Progress) -> Option<Step> {
    let empty = LadderProgress::default();
    let mut ladders: Vec<&String> = before.ladders.keys().chain(after.ladders.keys()).collect();
    ladders.sort();
    ladders.dedup();
    let mut edits = Vec::new();
    for ladder in ladders {
        let old = before.ladders.get(ladder).unwrap_or(&empty);
        let new = after.ladders.get(ladder).unwrap_or(&empty);
        let mut edit = |part: Part, before: Held, after: Held| {
            if before != after {
                edits.push(Edit {
                    ladder: ladder.clone(),
                    part,
                    before,
                    after,
                });
            }
        };
        edit(
            Part::MyLevel,
            Held::Level(old.my_level.clone()),
            Held::Level(new.my_level.clone()),
        );
        edit(
            Part::Target,
            Held::Level(old.target.clone()),
            Held::Level(new.target.clone()),
        );
        let mut items: Vec<&Item> = old.items.keys().chain(new.items.keys()).collect();
        items.sort();
        items.dedup();
        for item in items {
            edit(
                Part::Record { item: item.clone() },
                Held::Record(old.items.get(item).cloned()),
                Held::Record(new.items.get(item).cloned()),
            );
        }
    }
    (!edits.is_empty()).then_some(Step { edits })
}

/// What `progress` holds now in the part `edit` is about.
fn held_now(progress: &Progress, edit: &Edit) -> Held {
    let ladder = progress.ladders.get(&edit.ladder);
    match &edit.part {
        Part::MyLevel => Held::Level(ladder.and_then(|l| l.my_level.clone())),
        Part::Target => Held::Level(ladder.and_then(|l| l.target.clone())),
        Part::Record { item } => Held::Record(ladder.and_then(|l| l.items.get(item)).cloned()),
    }
}

/// The changes that undo `step` on `current`, or the parts changed since (by another
/// process, or by hand), which undoing would overwrite.
pub fn undo_changes(step: &Step, current: &Progress) -> Result<Vec<Change>, Vec<Edit>> {
    let changed_since: Vec<Edit> = step
        .edits
        .iter()
        .filter(|edit| held_now(current, edit) != edit.after)
        .cloned()
        .collect();
    if !changed_since.is_empty() {
        return Err(changed_since);
    }
    let changes = step
        .edits
        .iter()
        .filter_map(|edit| {
            let ladder = edit.ladder.clone();
            match (&edit.part, &edit.before) {
                (Part::MyLevel, Held::Level(level)) => Some(Change::SetMyLevel {
                    ladder,
                    level: level.clone(),
                }),
                (Part::Target, Held::Level(level)) => Some(Change::SetTarget {
                    ladder,
                    level: level.clone(),
                }),
                (Part::Record { item }, Held::Record(entry)) => Some(Change::Restore {
                    ladder,
                    item: item.clone(),
                    entry: entry.clone(),
                }),
                // A journal edited into nonsense: skip the part rather than guess.
                _ => None,
            }
        })
        .collect();
    Ok(changes)
}

/// The journal's size limit: 20 steps of even very long notes fit many times over.
const MAX_JOURNAL_BYTES: u64 = 16 * 1024 * 1024;

fn read(progress_path: &Path) -> Journal {
    read_bounded(
        &journal_path(progress_path),
        MAX_JOURNAL_BYTES,
        Accept::RegularOnly,
    )
    .ok()
    .and_then(|input| serde_json::from_slice(&input.bytes).ok())
    .unwrap_or_default()
}

/// Replaces the journal atomically. The lock is held, so temporary journals left by a killed
/// writer can go first.
fn write(progress_path: &Path, journal: &Journal) -> Result<(), ProgressError> {
    let path = journal_path(progress_path);
    remove_stale_temps(&path);
    let bytes = serde_json::to_vec_pretty(journal)
        .map_err(|error| ProgressError::io(&path, "write the undo journal", std::io::Error::other(error)))?;
    write_atomic(&path, &bytes)
}

/// Adds the step from `before` to `after` to the journal of `progress_path`, keeping the last
/// [`STEPS_KEPT`]. Call with the progress file's lock held. Best effort: a save that worked
/// is not failed because its undo step could not be written.
pub fn record(progress_path: &Path, before: &Progress, after: &Progress) {
    let Some(step) = step(before, after) else {
        return;
    };
    let mut journal = read(progress_path);
    journal.steps.push(step);
    let excess = journal.steps.len().saturating_sub(STEPS_KEPT);
    journal.steps.drain(..excess);
    let _ = write(progress_path, &journal);
}

/// The last step, without removing it. Call with the lock held.
pub fn last(progress_path: &Path) -> Option<Step> {
    read(progress_path).steps.pop()
}

/// Forgets the last step. Call with the lock held.
pub fn pop(progress_path: &Path) -> Result<(), ProgressError> {
    let mut journal = read(progress_path);
    journal.steps.pop();
    write(progress_path, &journal)
}

/// What `rungs undo` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Undone {
    /// The journal is empty (or was unreadable).
    Nothing,
    /// The last step was undone; the file now holds `progress`.
    Reverted { step: Step, progress: Progress },
    /// The parts the last step changed have changed again since (another process, a hand
    /// edit): nothing was undone, and the step is forgotten so the next undo goes further back.
    ChangedSince { step: Step, changed: Vec<Edit> },
}

impl ProgressStore {
    /// Reverts the last change saved from this machine (see the module docs), merged into the
    /// file as it is now, under the lock. The undo itself is not journaled, so undoing again
    /// goes one step further back.
    pub fn undo(&self) -> Result<Undone, ProgressError> {
        let target = target::resolve(self.path())?;
        // The null device keeps nothing, so there is nothing to undo.
        let Some(file) = target.file() else {
            return Ok(Undone::Nothing);
        };
        let _lock = lock::acquire(file)?;
        let Some(step) = last(file) else {
            return Ok(Undone::Nothing);
        };
        let current = read_progress(file)?;
        match undo_changes(&step, &current) {
            Err(changed) => {
                pop(file)?;
                Ok(Undone::ChangedSince { step, changed })
            }
            Ok(changes) => {
                let mut next = current.clone();
                for change in &changes {
                    next.apply(change);
                }
                if next != current {
                    // Written the way a commit writes this file (see `store`).
                    let bytes = encode(&next);
                    match target {
                        Target::WriteThrough(_) => write_in_place(file, bytes.as_bytes())?,
                        _ => write_atomic(file, bytes.as_bytes())?,
                    }
                }
                pop(file)?;
                Ok(Undone::Reverted { step, progress: next })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::progress::model::SkillState;
    use crate::progress::when::When;

    fn tick(progress: &mut Progress, skill: &str) {
        progress.apply(&Change::SetState {
            ladder: "pm".into(),
            item: Item::skill(skill),
            state: SkillState::Developed,
            at: When::parse("2025-01-01").expect("day"),
        });
    }

    #[test]
    fn a_step_holds_only_what_changed_and_undoes_it() {
        let mut before = Progress::default();
        tick(&mut before, "kept");
        let mut after = before.clone();
        tick(&mut after, "new");
        after.apply(&Change::SetMyLevel {
            ladder: "pm".into(),
            level: Some("mid".into()),
        });
        let step = step(&before, &after).expect("something changed");
        assert_eq!(step.edits.len(), 2, "{step:?}");
        let mut undone = after.clone();
        for change in undo_changes(&step, &after).expect("nothing changed since") {
            undone.apply(&change);
        }
        assert_eq!(undone, before);
        assert!(self::step(&after, &after).is_none());
    }

    #[test]
    fn a_part_changed_since_is_not_overwritten() {
        let before = Progress::default();
        let mut after = before.clone();
        tick(&mut after, "a");
        let step = step(&before, &after).expect("changed");
        let mut later = after.clone();
        later.apply(&Change::SetNote {
            ladder: "pm".into(),
            item: Item::skill("a"),
            note: "added elsewhere".into(),
        });
        let changed = undo_changes(&step, &later).expect_err("changed since");
        assert_eq!(
            changed[0].part,
            Part::Record {
                item: Item::skill("a")
            }
        );
    }

    #[test]
    fn the_journal_is_bounded_and_survives_a_round_trip() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("progress.toml");
        let mut progress = Progress::default();
        for n in 0..STEPS_KEPT + 5 {
            let before = progress.clone();
            tick(&mut progress, &format!("s{n}"));
            record(&path, &before, &progress);
        }
        assert_eq!(read(&path).steps.len(), STEPS_KEPT);
        let newest = last(&path).expect("a step");
        assert_eq!(
            newest.edits[0].part,
            Part::Record {
                item: Item::skill(format!("s{}", STEPS_KEPT + 4))
            }
        );
        pop(&path).expect("pop");
        assert_eq!(read(&path).steps.len(), STEPS_KEPT - 1);
        fs::write(journal_path(&path), "not json").expect("write");
        assert!(last(&path).is_none(), "an unreadable journal is an empty one");
    }
}
