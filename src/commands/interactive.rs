//! `rungs` with no subcommand: the full-screen app.

use std::process::ExitCode;

use super::{Failure, start_app};
use crate::cli::GlobalArgs;
use crate::tui;
use crate::tui::autosave;

pub fn run(global: &GlobalArgs) -> Result<ExitCode, Failure> {
    // Progress is read before the terminal is taken over: a file rungs cannot read stops it
    // here with a message naming the file and line, and the file is left as it is.
    let store = global.progress_store()?;
    let progress = store.load()?;
    let mut app = start_app(global)?.with_progress(progress);
    tui::run(&mut app, &store, !global.no_mouse)
        .map_err(|error| Failure::new(1, format!("terminal error: {error}")))?;
    // Changes are saved as they are made; only a failed save leaves any to try again.
    if let Err(unsaved) = autosave::flush(&mut app, &store) {
        let failure = match app.save_error() {
            Some(error) => Failure::from(error),
            None => Failure::new(1, "error: the progress file could not be saved"),
        };
        return Err(failure.with_note(format!("{unsaved} change(s) made in the app could not be saved")));
    }
    Ok(ExitCode::SUCCESS)
}
