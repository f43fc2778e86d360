//! Keeping progress attached to content that changes: renamed skills (`formerly` ids) move
//! their records to the new id, and records for items the content does not have (orphans:
//! another ladder, an id removed, an expectation reworded) are kept untouched and listed.

use std::collections::HashSet;

use super::model::{Change, Entry, Item, ItemKind, Progress};
use crate::content::Ladder;

/// A record whose item is not in the loaded content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Orphan<'a> {
    pub ladder: &'a str,
    pub item: &'a Item,
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
            let skills = ladder
                .skills()
                .map(|skill| (skill.id.as_str(), &skill.formerly, ItemKind::Skill));
            let competencies = ladder
                .competencies
                .iter()
                .map(|competency| (competency.id.as_str(), &competency.formerly, ItemKind::Competency));
            let item = |kind: ItemKind, id: &str| match kind {
                ItemKind::Competency => Item::competency(id),
                _ => Item::skill(id),
            };
            for (id, formerly, kind) in skills.chain(competencies) {
                let current = item(kind, id);
                for old in formerly {
                    let old = item(kind, old.as_str());
                    if recorded.items.contains_key(&old) && !recorded.items.contains_key(&current) {
                        changes.push(Change::Rename {
                            ladder: ladder.meta.id.clone(),
                            from: old,
                            to: current,
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

    /// Records whose ladder or item is not in `ladders`, in file order.
    pub fn orphans<'a>(&'a self, ladders: &[Ladder]) -> Vec<Orphan<'a>> {
        let known: HashSet<(&str, Item)> = ladders
            .iter()
            .flat_map(|ladder| assessable_items(ladder).map(move |item| (ladder.meta.id.as_str(), item)))
            .collect();
        self.records()
            .filter(|(ladder, item, _)| !known.contains(&(*ladder, (*item).clone())))
            .map(|(ladder, item, entry)| Orphan { ladder, item, entry })
            .collect()
    }
}

/// Every item of `ladder` a person can assess: its skills and its levels' expectations.
fn assessable_items(ladder: &Ladder) -> impl Iterator<Item = Item> + '_ {
    let skills = ladder.skills().map(|skill| Item::skill(skill.id.as_str()));
    let expectations = super::expectation::expectations(ladder)
        .into_iter()
        .map(|e| e.item());
    skills.chain(expectations)
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
            item: Item::skill(skill),
            state: SkillState::Developed,
            at: Timestamp::UNIX_EPOCH.into(),
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
            item: Item::skill("docs"),
            note: "old".into(),
        });
        let migrated = progress.migrated(&[ladder()]);
        assert_eq!(migrated, progress);
        let orphans = migrated.orphans(&[ladder()]);
        assert_eq!(orphans.len(), 1);
        assert_eq!((orphans[0].ladder, orphans[0].item.id()), ("pm", "docs"));
    }

    #[test]
    fn other_ladders_are_orphans_and_untouched() {
        let mut progress = Progress::default();
        tick(&mut progress, "elsewhere", "docs");
        let migrated = progress.migrated(&[ladder()]);
        assert_eq!(migrated, progress);
        let orphans = migrated.orphans(&[ladder()]);
        assert_eq!((orphans[0].ladder, orphans[0].item.id()), ("elsewhere", "docs"));
    }
}
