//! The user's progress inside the app: ticking skills, "my level", hiding developed skills,
//! and keeping changes pending until the loop reports them saved.
//!
//! Every edit becomes a [`Change`] that is applied to the progress shown at once and queued in
//! `pending`; `update` then asks the loop to save ([`Effect::SaveProgress`]). Changes say the
//! end state ("developed"), so committing the whole queue again after a failed save is safe.

use jiff::tz::TimeZone;

use crate::content::{Level, Skill};
use crate::progress::{Change, Progress, ProgressError, SkillState, When};

use super::{App, Effect, Focus, Intent, LadderEntry, Mode};

/// The user's progress as shown: the file as last read or saved, plus the changes made since.
#[derive(Debug, Default)]
pub(super) struct ShownProgress {
    pub(super) progress: Progress,
    /// Changes not yet on disk, oldest first; kept across failed saves and retried.
    pub(super) pending: Vec<Change>,
    /// Why the last save failed, until a save succeeds.
    pub(super) save_error: Option<ProgressError>,
    /// How to revert each change made in the app, oldest first (`u` takes the last).
    pub(super) undo: Vec<super::undo::Undoable>,
    /// Skills (ladder id, skill id) whose state another process changed, read from the file
    /// but not drawn yet: a toggle on one of them would act on a state the person never saw.
    pub(super) unseen_changes: Vec<(String, String)>,
}

impl App {
    /// The app showing `progress` (as loaded from the file), opened on "my level" when one is
    /// marked. Entries under renamed (`formerly`) skill ids are shown under the current ids;
    /// the file itself is migrated with the first save.
    pub fn with_progress(mut self, progress: Progress) -> App {
        self.shown.progress = progress.migrated(&self.ladders);
        if let Some(index) = self.my_level_entry() {
            self.browse.select_entry(index);
        }
        self
    }

    pub fn progress(&self) -> &Progress {
        &self.shown.progress
    }

    /// Changes made in the app that are not on disk yet.
    pub fn pending(&self) -> &[Change] {
        &self.shown.pending
    }

    /// Why the last save failed; `None` once a save succeeds.
    pub fn save_error(&self) -> Option<&ProgressError> {
        self.shown.save_error.as_ref()
    }

    pub fn hides_developed(&self) -> bool {
        self.browse.hide_developed
    }

    pub fn skill_state(&self, skill: &Skill) -> SkillState {
        self.shown.progress.state(&self.ladder().meta.id, &skill.id)
    }

    pub fn skill_note(&self, skill: &Skill) -> Option<&str> {
        self.shown.progress.note(&self.ladder().meta.id, &skill.id)
    }

    /// When `skill` got its state ("developed 2025-04-02"), as days in the app's time zone.
    pub fn skill_state_date(&self, skill: &Skill) -> Option<String> {
        self.shown
            .progress
            .entry(&self.ladder().meta.id, &skill.id)?
            .state_date(&self.time_zone)
    }

    /// The app showing dates as days in `zone` instead of the system's zone, so snapshots
    /// and tests do not depend on where they run.
    pub fn with_time_zone(mut self, zone: TimeZone) -> App {
        self.time_zone = zone;
        self
    }

    /// The skills pane's rows: the selected entry's skills, less the developed ones while
    /// they are hidden.
    pub fn visible_skills(&self) -> Vec<&Skill> {
        self.skills()
            .iter()
            .filter(|skill| !(self.browse.hide_developed && self.skill_state(skill) == SkillState::Developed))
            .collect()
    }

    /// The skill progress keys act on: the selected skill while the skills pane has focus.
    pub fn skill_under_cursor(&self) -> Option<&Skill> {
        (self.browse.focus == Focus::Skills && self.mode == Mode::Browse)
            .then(|| self.selected_skill())
            .flatten()
    }

    /// How many of the selected entry's skills the filter hides.
    pub fn hidden_skill_count(&self) -> usize {
        self.skills().len() - self.visible_skills().len()
    }

    /// The selected level, if the selection is a level.
    pub fn selected_level(&self) -> Option<&Level> {
        match self.selected_entry() {
            LadderEntry::Level(i) => self.ladder().levels.get(i),
            LadderEntry::Track(_) | LadderEntry::About => None,
        }
    }

    /// Whether `level` is the one marked "my level" in the open ladder.
    pub fn is_my_level(&self, level: &Level) -> bool {
        self.shown.progress.my_level(&self.ladder().meta.id) == Some(level.id.as_str())
    }

    /// The ladder-pane entry of "my level" in the open ladder, if one is marked and exists.
    pub(super) fn my_level_entry(&self) -> Option<usize> {
        let level = self.shown.progress.my_level_in(self.ladder())?;
        let index = self.ladder().levels.iter().position(|l| l.id == level.id)?;
        self.browse
            .entries
            .iter()
            .position(|e| *e == LadderEntry::Level(index))
    }

    /// The progress intents of the browse screen (the key table binds them in the skills or
    /// ladder pane; [`App::skill_under_cursor`] says which skill they act on).
    pub(super) fn update_progress(&mut self, intent: Intent) -> Option<Effect> {
        let ladder = self.ladder().meta.id.clone();
        match intent {
            Intent::ToggleDeveloped => {
                let skill = self.skill_under_cursor()?.id.clone();
                self.refuse_if_unseen(&ladder, &skill)?;
                let change = self
                    .shown
                    .progress
                    .toggle_developed(&ladder, &skill, self.today());
                self.record(change)
            }
            Intent::ToggleDeveloping => {
                let skill = self.skill_under_cursor()?.id.clone();
                self.refuse_if_unseen(&ladder, &skill)?;
                let change = self
                    .shown
                    .progress
                    .toggle_developing(&ladder, &skill, self.today());
                self.record(change)
            }
            Intent::EditNote => {
                self.open_note();
                None
            }
            Intent::EditNoteExternally => self.edit_selected_note_externally(),
            Intent::ToggleMyLevel => {
                let level = self.selected_level()?;
                let level = (!self.is_my_level(level)).then(|| level.id.clone());
                self.record(Change::SetMyLevel { ladder, level })
            }
            Intent::ToggleHideDeveloped => {
                self.browse.hide_developed = !self.browse.hide_developed;
                self.clamp_skill_index();
                None
            }
            _ => None,
        }
    }

    /// The day to stamp on a change: the loop's clock, as a day in the app's time zone.
    pub(super) fn today(&self) -> When {
        When::day_of(self.now, &self.time_zone)
    }

    /// Shows `change` at once and queues it for the loop to save; `u` can revert it.
    pub(super) fn record(&mut self, change: Change) -> Option<Effect> {
        self.remember_revert(&change);
        self.apply_pending(change)
    }

    /// Shows `change` at once and queues it for the loop to save.
    pub(super) fn apply_pending(&mut self, change: Change) -> Option<Effect> {
        self.shown.progress.apply(&change);
        self.shown.pending.push(change);
        // A skill just ticked may have left the (filtered) list under the cursor.
        self.clamp_skill_index();
        Some(Effect::SaveProgress)
    }

    /// The loop saved the pending changes; `merged` is the file now, other writers' edits
    /// included, so the screen shows those too.
    pub(super) fn saved(&mut self, merged: Progress) {
        self.shown.progress = merged.migrated(&self.ladders);
        self.shown.pending.clear();
        self.shown.save_error = None;
        self.clamp_skill_index();
    }

    /// Another process wrote the progress file; `on_disk` is the file now. The app shows it,
    /// with its own unsaved changes still on top, so what the person does next applies to
    /// what is on disk. The loop reads the file (the app does no I/O) and calls this.
    pub fn file_changed(&mut self, on_disk: Progress) {
        let before = std::mem::replace(&mut self.shown.progress, on_disk.migrated(&self.ladders));
        for change in &self.shown.pending {
            self.shown.progress.apply(change);
        }
        for ladder in &self.ladders {
            let id = &ladder.meta.id;
            for skill in ladder.skills() {
                if before.state(id, &skill.id) != self.shown.progress.state(id, &skill.id) {
                    self.shown.unseen_changes.push((id.clone(), skill.id.clone()));
                }
            }
        }
        self.clamp_skill_index();
    }

    /// `None` (and a notice saying why) when `skill` was just changed by another process and
    /// the screen has not shown it yet: the key was pressed on a state that is gone, and
    /// toggling would wipe one the person never saw. The next frame shows it; press again.
    fn refuse_if_unseen(&mut self, ladder: &str, skill: &str) -> Option<()> {
        let unseen = self
            .shown
            .unseen_changes
            .iter()
            .any(|(l, s)| l == ladder && s == skill);
        if !unseen {
            return Some(());
        }
        let state = self.shown.progress.state(ladder, skill).name().replace('-', " ");
        self.notice = Some(format!(
            "this skill was just changed elsewhere and is {state} now: press again to change it"
        ));
        None
    }

    /// The save failed: keep the changes pending (the next change retries them all) and say
    /// why in the status bar.
    pub(super) fn save_failed(&mut self, error: ProgressError) {
        self.shown.save_error = Some(error);
    }

    /// Keeps the skill cursor on a row that exists after the list shrank.
    fn clamp_skill_index(&mut self) {
        let len = self.visible_skills().len();
        self.browse.skill.clamp(len);
        // With nothing left to select, list keys go back to the ladder.
        if self.visible_skills().is_empty() && self.browse.focus == Focus::Skills {
            self.browse.focus = Focus::Ladder;
        }
    }
}
