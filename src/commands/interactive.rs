//! `rungs` with no subcommand: the full-screen app.

use std::process::ExitCode;

use super::{Failure, start_app};
use crate::cli::GlobalArgs;
use crate::tui;

pub fn run(global: &GlobalArgs) -> Result<ExitCode, Failure> {
    let mut app = start_app(global)?;
    tui::run(&mut app).map_err(|error| Failure::new(1, format!("terminal error: {error}")))?;
    Ok(ExitCode::SUCCESS)
}
