//! `rungs render`: the screen after a sequence of keys, as plain text, without a terminal.

use std::process::ExitCode;

use super::{Failure, print_out, start_app};
use crate::cli::{GlobalArgs, KeyList, ScreenSize};
use crate::progress::ProgressStore;
use crate::tui::headless::render_text;

pub fn run(global: &GlobalArgs, size: ScreenSize, keys: &KeyList) -> Result<ExitCode, Failure> {
    let mut app = start_app(global)?;
    // Only a progress file named with --progress/RUNGS_PROGRESS is shown, so the output does
    // not depend on whoever runs it. It is only read: replayed ticks never reach the file.
    if let Some(path) = &global.progress {
        app = app.with_progress(ProgressStore::new(path).load()?);
    }
    print_out(&render_text(&mut app, &keys.0, size.width, size.height))
}
