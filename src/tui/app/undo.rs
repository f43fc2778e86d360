//! `u`: undo of the last progress change made in the app. Each change recorded keeps the
//! change that puts back what it replaced (an item's whole record, my level, the target);
//! undoing applies that change like any other, so it is saved, merged with other writers'
//! edits, by the same `Effect::SaveProgress`.

use crate::content::Ladder;
use crate::progress::{Change, Item, ItemKind, Progress};

use super::{App, Effect};

/// How many changes `u` can walk back.
const KEPT: usize = 100;

/// A change made in the app, and the change that reverts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Undoable {
    revert: Change,
    /// What the change did, in words: "Product Thinking developed".
    what: String,
}

/// The change that puts back what `change` replaces in `progress`, before it is applied.
pub(super) fn revert_of(progress: &Progress, change: &Change) -> Option<Change> {
    let restore = |ladder: &String, item: &Item| Change::Restore {
        ladder: ladder.clone(),
        item: item.clone(),
        entry: progress.record(ladder, item).cloned(),
    };
    Some(match change {
        Change::SetState { ladder, item, .. }
        | Change::SetNote { ladder, item, .. }
        | Change::AddEvidence { ladder, item, .. }
        | Change::Restore { ladder, item, .. } => restore(ladder, item),
        Change::SetMilestone {
            ladder, competency, ..
        } => restore(ladder, &Item::competency(competency.as_str())),
        Change::SetMyLevel { ladder, .. } => Change::SetMyLevel {
            ladder: ladder.clone(),
            level: progress.my_level(ladder).map(str::to_string),
        },
        Change::SetTarget { ladder, .. } => Change::SetTarget {
            ladder: ladder.clone(),
            level: progress.target(ladder).map(str::to_string),
        },
        Change::Rename { .. } => return None,
    })
}

/// `change` in words, for the status bar: what it set, on what.
pub(super) fn described(ladder: &Ladder, change: &Change) -> String {
    match change {
        Change::SetState { item, state, .. } => {
            format!("{} {}", item_name(ladder, item), item.kind().state_name(*state))
        }
        Change::SetMilestone {
            competency,
            milestone,
            working_toward,
            ..
        } => {
            let name = item_name(ladder, &Item::competency(competency.as_str()));
            match (milestone, working_toward) {
                (Some(id), false) => format!("{name} at milestone {id}"),
                (Some(id), true) => format!("{name} at milestone {id}, working toward the next"),
                (None, true) => format!("{name} working toward milestone 1"),
                (None, false) => format!("{name} cleared"),
            }
        }
        Change::SetNote { item, .. } => format!("the note on {}", item_name(ladder, item)),
        Change::AddEvidence { item, .. } => format!("evidence on {}", item_name(ladder, item)),
        Change::SetMyLevel { level, .. } => match level {
            Some(level) => format!("my level set to {}", level_name(ladder, level)),
            None => "my level unmarked".to_string(),
        },
        Change::SetTarget { level, .. } => match level {
            Some(level) => format!("target set to {}", level_name(ladder, level)),
            None => "target reset to the level above yours".to_string(),
        },
        Change::Rename { to, .. } => format!("{} renamed", item_name(ladder, to)),
        Change::Restore { item, .. } => format!("{} restored", item_name(ladder, item)),
    }
}

fn level_name<'a>(ladder: &'a Ladder, id: &'a str) -> &'a str {
    ladder.find_level(id).map_or(id, |level| level.short_label())
}

/// An item's name as the screen shows it: a skill's or competency's name, an expectation's
/// first words.
fn item_name(ladder: &Ladder, item: &Item) -> String {
    let name = match item {
        Item::Skill { id } => ladder.find_skill(id).map(|skill| skill.name.clone()),
        Item::Competency { id } => ladder.find_competency(id).map(|c| c.name.clone()),
        Item::Expectation { .. } => None,
    };
    name.unwrap_or_else(|| match item.kind() {
        ItemKind::Expectation => format!("“{}”", item.id().replace('-', " ")),
        _ => item.id().to_string(),
    })
}

impl App {
    /// Remembers how to revert `change`, which is about to be applied.
    pub(super) fn remember_revert(&mut self, change: &Change) {
        let Some(revert) = revert_of(&self.shown.progress, change) else {
            return;
        };
        let what = described(self.ladder(), change);
        let undo = &mut self.shown.undo;
        undo.push(Undoable { revert, what });
        if undo.len() > KEPT {
            undo.remove(0);
        }
    }

    /// Whether `u` has a change to revert.
    pub fn can_undo(&self) -> bool {
        !self.shown.undo.is_empty()
    }

    /// Reverts the last change made in the app and says so; says so too when there is none.
    pub(super) fn undo(&mut self) -> Option<Effect> {
        let Some(Undoable { revert, what }) = self.shown.undo.pop() else {
            self.info = Some("Nothing to undo: no change made since rungs opened".to_string());
            return None;
        };
        self.info = Some(format!("Undone: {what}"));
        self.apply_pending(revert)
    }
}

#[cfg(test)]
mod tests {
    use crate::progress::SkillState;
    use crate::tui::app::Intent;
    use crate::tui::app::test_support::{LADDER, on_senior_skills, press};

    #[test]
    fn u_reverts_the_last_changes_in_turn_and_says_what() {
        let mut app = on_senior_skills();
        press(&mut app, &[Intent::ToggleDeveloping, Intent::ToggleDeveloped]);
        assert_eq!(
            app.progress().state(LADDER, "strategic-visioning"),
            SkillState::Developed
        );
        let effects = press(&mut app, &[Intent::Undo]);
        assert_eq!(effects.len(), 1, "the revert is saved like any change");
        assert_eq!(
            app.progress().state(LADDER, "strategic-visioning"),
            SkillState::Developing
        );
        assert_eq!(app.info(), Some("Undone: Strategic Visioning developed"));
        press(&mut app, &[Intent::Undo]);
        assert_eq!(app.progress().entry(LADDER, "strategic-visioning"), None);
        press(&mut app, &[Intent::Undo]);
        assert!(app.info().is_some_and(|info| info.starts_with("Nothing to undo")));
        assert_eq!(app.pending().len(), 4, "two changes and two reverts");
    }

    #[test]
    fn my_level_is_undone_too() {
        let mut app = on_senior_skills();
        press(&mut app, &[Intent::Back, Intent::ToggleMyLevel, Intent::Undo]);
        assert_eq!(app.progress().my_level(LADDER), None);
        assert_eq!(app.info(), Some("Undone: my level set to Senior PM"));
    }
}
