//! Performing [`crate::tui::app::Effect::SaveProgress`]. Kept apart from the terminal loop so the
//! save-and-retry rules are tested without a terminal.

use std::io;

use jiff::Timestamp;

use crate::progress::{ProgressStore, now_to_the_second};
use crate::tui::app::{App, Effect, Outcome};
use crate::tui::step::Effects;

/// Saves the pending changes and says how it went, for [`App::report`].
///
/// Saving commits every pending change (not just the newest) under the file lock, merged with
/// whatever other processes wrote, and migrates renamed skill ids. If it fails, the app keeps
/// the changes pending and shows why; the next change commits them all again.
pub fn save(app: &App, store: &ProgressStore) -> Outcome {
    match store.commit_migrated(app.ladders(), app.pending()) {
        Ok(merged) => Outcome::Saved(merged),
        Err(error) => Outcome::SaveFailed(error),
    }
}

/// Effects performed without a terminal: saving to `store` at a given time; the user's editor
/// is never started (it needs a screen). For tools and tests that drive the app through
/// [`crate::tui::step`] and want what a person would get on disk.
pub struct SaveOnly<'a> {
    pub store: &'a ProgressStore,
    pub now: Timestamp,
}

impl Effects for SaveOnly<'_> {
    fn perform(&mut self, app: &App, effect: Effect) -> io::Result<Option<Outcome>> {
        Ok((effect == Effect::SaveProgress).then(|| save(app, self.store)))
    }

    fn now(&self) -> Timestamp {
        self.now
    }
}

/// One last try at saving changes a failed save left pending, when the app closes. `Err`
/// counts the changes that could not be saved; [`App::save_error`] says why.
pub fn flush(app: &mut App, store: &ProgressStore) -> Result<(), usize> {
    if app.pending().is_empty() {
        return Ok(());
    }
    let outcome = save(app, store);
    app.report(outcome, now_to_the_second());
    match app.save_error() {
        None => Ok(()),
        Some(_) => Err(app.pending().len()),
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::content::builtin;
    use crate::progress::SkillState;
    use crate::tui::app::Intent;

    const LADDER: &str = "product-management";

    /// The app with Senior PM's skills focused, the cursor on strategic-visioning.
    fn app() -> App {
        let ladders = builtin().unwrap_or_default();
        let mut app = App::new(ladders, false).unwrap_or_else(|| panic!("built-in ladder"));
        for intent in [Intent::Down, Intent::Down, Intent::Open] {
            app.update(intent, now_to_the_second());
        }
        app
    }

    /// Presses `intent` as the loop does: one step, saving what it asks to save.
    fn press(app: &mut App, intent: Intent, store: &ProgressStore) {
        let mut effects = SaveOnly {
            store,
            now: now_to_the_second(),
        };
        crate::tui::step(app, crate::tui::Input::Intent(intent), &mut effects)
            .unwrap_or_else(|error| panic!("{error}"));
    }

    #[test]
    fn every_change_is_saved_at_once() {
        let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
        let store = ProgressStore::new(dir.path().join("progress.toml"));
        let mut app = app();
        press(&mut app, Intent::ToggleDeveloped, &store);
        assert!(app.pending().is_empty());
        let on_disk = store.load().unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(
            on_disk.state(LADDER, "strategic-visioning"),
            SkillState::Developed
        );
    }

    #[test]
    fn an_unwritable_file_keeps_changes_pending_until_a_save_succeeds() {
        let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
        // The progress file's "directory" is a regular file, so nothing can be written there.
        let blocker = dir.path().join("data");
        fs::write(&blocker, "not a directory").unwrap_or_else(|error| panic!("{error}"));
        let store = ProgressStore::new(blocker.join("progress.toml"));
        let mut app = app();

        press(&mut app, Intent::ToggleDeveloped, &store);
        let error = app.save_error().map(ToString::to_string).unwrap_or_default();
        assert!(error.contains("cannot"), "says what failed: {error}");
        assert_eq!(app.pending().len(), 1);
        assert_eq!(
            app.progress().state(LADDER, "strategic-visioning"),
            SkillState::Developed,
            "the tick stays on screen"
        );
        assert!(!app.should_quit(), "the app keeps running");

        // The user frees the path; the next change saves both.
        fs::remove_file(&blocker).unwrap_or_else(|error| panic!("{error}"));
        fs::create_dir(&blocker).unwrap_or_else(|error| panic!("{error}"));
        press(&mut app, Intent::Down, &store);
        press(&mut app, Intent::ToggleDeveloping, &store);
        assert!(app.save_error().is_none());
        assert!(app.pending().is_empty());
        let on_disk = store.load().unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(
            on_disk.state(LADDER, "strategic-visioning"),
            SkillState::Developed
        );
        assert_eq!(on_disk.state(LADDER, "mentorship"), SkillState::Developing);
    }

    #[test]
    fn flush_reports_what_could_not_be_saved() {
        let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
        let blocker = dir.path().join("data");
        fs::write(&blocker, "").unwrap_or_else(|error| panic!("{error}"));
        let store = ProgressStore::new(blocker.join("progress.toml"));
        let mut app = app();
        assert_eq!(flush(&mut app, &store), Ok(()), "nothing pending, nothing to do");
        press(&mut app, Intent::ToggleDeveloped, &store);
        assert_eq!(flush(&mut app, &store), Err(1), "one change not saved");
        assert!(app.save_error().is_some(), "and why");
    }
}
