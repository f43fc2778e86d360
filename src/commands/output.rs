//! Writing results to stdout and turning failures into messages and exit codes.

use std::fmt;
use std::io::{self, Write};
use std::process::ExitCode;

use crate::terminal_text::{json_terminal_safe, terminal_safe};

/// A command that could not do its job: the message for stderr and the exit code.
#[derive(Debug)]
pub struct Failure {
    pub message: String,
    pub code: u8,
}

impl Failure {
    pub fn new(code: u8, message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            code,
        }
    }
}

/// Messages quote paths and file contents (`check` shows the offending line), so they are
/// made terminal-safe like every other printed text.
impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&terminal_safe(&self.message))
    }
}

impl From<crate::content::ContentErrors> for Failure {
    fn from(errors: crate::content::ContentErrors) -> Self {
        Failure::new(1, errors.to_string())
    }
}

impl From<crate::progress::ProgressError> for Failure {
    fn from(error: crate::progress::ProgressError) -> Self {
        Failure::from(&error)
    }
}

/// Only here, on the way to stderr, does an error get its `error:` and the lines after it.
impl From<&crate::progress::ProgressError> for Failure {
    fn from(error: &crate::progress::ProgressError) -> Self {
        Failure::new(1, format!("error: {}", error.report()))
    }
}

impl Failure {
    /// Adds a `= note` line under the message.
    pub fn with_note(mut self, note: impl fmt::Display) -> Self {
        self.message.push_str(&format!("\n  = {note}"));
        self
    }
}

/// Prints human-readable `text` to stdout, with anything that could drive the terminal
/// escaped (see [`terminal_safe`]). A closed pipe (`rungs list | head`) is not an error.
pub fn print_out(text: &str) -> Result<ExitCode, Failure> {
    print_raw(&terminal_safe(text))
}

/// Prints JSON to stdout, with what its encoder leaves raw (C1 controls, bidi marks) escaped
/// the JSON way (see [`json_terminal_safe`]).
pub fn print_json(json: &str) -> Result<ExitCode, Failure> {
    print_raw(&json_terminal_safe(json))
}

fn print_raw(text: &str) -> Result<ExitCode, Failure> {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(error) => Err(Failure::new(
            1,
            format!("cannot write to standard output: {error}"),
        )),
    }
}
