//! `rungs` with no subcommand: the full-screen app.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use super::{Failure, start_app};
use crate::cli::GlobalArgs;
use crate::tui;
use crate::tui::autosave;

/// What to use instead of the app where it cannot run.
const TEXT_COMMANDS: &str = "for text output use `rungs list`, `rungs status` or `rungs render`";

pub fn run(global: &GlobalArgs) -> Result<ExitCode, Failure> {
    // Progress is read before the terminal is taken over: a file rungs cannot read stops it
    // here with a message naming the file and line, and the file is left as it is. That
    // comes first, even without a terminal: it is the more useful thing to hear.
    let store = global.progress_store()?;
    let progress = store.load()?;
    let mut app = start_app(global)?.with_progress(progress);
    check_terminal()?;
    let ending = tui::run(&mut app, &store, !global.no_mouse)
        .map_err(|error| Failure::new(1, format!("terminal error: {error}")))?;
    // Changes are saved as they are made; only a failed save leaves any to try again.
    if let Err(unsaved) = autosave::flush(&mut app, &store) {
        let failure = match app.save_error() {
            Some(error) => Failure::from(error),
            None => Failure::new(1, "error: the progress file could not be saved"),
        };
        return Err(failure.with_note(format!("{unsaved} change(s) made in the app could not be saved")));
    }
    if store.discards() {
        // Not eprintln!, which panics when stderr is gone (a terminal that hung up).
        let _ = writeln!(
            std::io::stderr(),
            "note: the progress file is {}, which keeps nothing: changes made in the app were not saved",
            store.path().display()
        );
    }
    match ending {
        tui::Ending::Quit => Ok(ExitCode::SUCCESS),
        other => Err(Failure::new(
            other.exit_code(),
            format!("rungs: {}; changes made in the app are saved", other.describe()),
        )),
    }
}

/// The app draws with escape codes on a terminal and reads keys from it. Without one (output
/// to a file or pipe, no terminal at all, or `TERM=dumb`, which understands no escape codes)
/// it would run invisibly or garble the screen, so it refuses, exit status 2.
fn check_terminal() -> Result<(), Failure> {
    let refuse = |why: &str| {
        Err(Failure::new(
            2,
            format!("error: the interactive app needs a terminal: {why}\n  = hint: {TEXT_COMMANDS}"),
        ))
    };
    if !std::io::stdout().is_terminal() {
        return refuse("standard output is not one");
    }
    if !std::io::stdin().is_terminal() && std::fs::File::open("/dev/tty").is_err() {
        return refuse("there is no terminal to read keys from");
    }
    if std::env::var("TERM").is_ok_and(|term| term == "dumb") {
        return refuse("TERM=dumb says this terminal cannot show the app's escape codes");
    }
    Ok(())
}
