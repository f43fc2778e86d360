//! Keeping progress attached to content that changes: renamed skills (`formerly` ids) move
//! their entries to the new id, and entries for skills the content does not have (orphans:
//! another ladder, an id removed or not yet loaded) are kept untouched and can be listed.

use std::collections::HashSet;

use super::model::{Change, Entry, Progress};
use crate::content::Ladder;

/// An entry whose skill is not in the loaded content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Orphan<'a> {
    pub ladder: &'a str,
    pub skill: &'a str,
    pub entry: &'a Entry,
}

impl Progress {
    /// The renames that move entries under `formerly` ids to their skill's current id.
    /// As [`Change`]s they can be committed with the next edit and replayed safely.
    pub fn migrations(&self, ladders: &[Ladder]) -> Vec<Change> {
        let mut changes = Vec::new();
        for ladder in ladders {
            let Some(recorded) = self.ladders.get(&ladder.meta.id) else {
                continue;
            };
            for skill in ladder.skills() {
                for old in &skill.formerly {
                    if recorded.skills.contains_key(old) && !recorded.skills.contains_key(&skill.id) {
                        changes.push(Change::Rename {
                            ladder: ladder.meta.id.clone(),
                            from: old.clone(),
                            to: skill.id.clone(),
                        });
                        // One old id is enough; any others stay as orphans rather than compete.
                        break;
                    }
                }
            }
        }
        changes
    }

    /// This progress as the content sees it: `formerly` entries under their current ids.
    pub fn migrated(&self, ladders: &[Ladder]) -> Progress {
        let mut progress = self.clone();
        for change in self.migrations(ladders) {
            progress.apply(&change);
        }
        progress
    }

    /// Entries whose ladder or skill is not in `ladders`, in file order.
    pub fn orphans<'a>(&'a self, ladders: &[Ladder]) -> Vec<Orphan<'a>> {
        let known: HashSet<(&str, &str)> = ladders
            .iter()
            .flat_map(|ladder| {
                ladder
                    .skills()
                    .map(|skill| (ladder.meta.id.as_str(), skill.id.as_str()))
            })
            .collect();
        self.entries()
            .filter(|(ladder, skill, _)| !known.contains(&(*ladder, *skill)))
            .map(|(ladder, skill, entry)| Orphan { ladder, skill, entry })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use jiff::Timestamp;

    use super::*;
    use crate::progress::model::SkillState;

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
            id = "writing"
            name = "Writing"
            formerly = ["docs", "prose"]
            "#,
        )
        .expect("test ladder parses")
    }

    fn tick(progress: &mut Progress, ladder: &str, skill: &str) {
        progress.apply(&Change::SetState {
            ladder: ladder.into(),
            skill: skill.into(),
            state: SkillState::Developed,
            at: Timestamp::UNIX_EPOCH,
        });
    }

    #[test]
    fn formerly_entry_moves_to_the_new_id() {
        let mut progress = Progress::default();
        tick(&mut progress, "pm", "docs");
        let migrated = progress.migrated(&[ladder()]);
        assert_eq!(migrated.state("pm", "writing"), SkillState::Developed);
        assert!(migrated.entry("pm", "docs").is_none());
        assert!(migrated.orphans(&[ladder()]).is_empty());
        assert!(
            migrated.migrations(&[ladder()]).is_empty(),
            "migrating twice changes nothing"
        );
    }

    #[test]
    fn current_entry_wins_and_the_old_one_stays_an_orphan() {
        let mut progress = Progress::default();
        tick(&mut progress, "pm", "writing");
        progress.apply(&Change::SetNote {
            ladder: "pm".into(),
            skill: "docs".into(),
            note: "old".into(),
        });
        let migrated = progress.migrated(&[ladder()]);
        assert_eq!(migrated, progress);
        let orphans = migrated.orphans(&[ladder()]);
        assert_eq!(orphans.len(), 1);
        assert_eq!((orphans[0].ladder, orphans[0].skill), ("pm", "docs"));
    }

    #[test]
    fn other_ladders_are_orphans_and_untouched() {
        let mut progress = Progress::default();
        tick(&mut progress, "elsewhere", "docs");
        let migrated = progress.migrated(&[ladder()]);
        assert_eq!(migrated, progress);
        let orphans = migrated.orphans(&[ladder()]);
        assert_eq!((orphans[0].ladder, orphans[0].skill), ("elsewhere", "docs"));
    }
}
