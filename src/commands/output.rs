//! Writing results to stdout and turning failures into messages and exit codes.

use std::fmt;
use std::io::{self, Write};
use std::process::ExitCode;

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

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<crate::content::ContentErrors> for Failure {
    fn from(errors: crate::content::ContentErrors) -> Self {
        Failure::new(1, errors.to_string())
    }
}

impl From<crate::progress::ProgressError> for Failure {
    fn from(error: crate::progress::ProgressError) -> Self {
        Failure::new(1, error.to_string())
    }
}

/// Prints `text` to stdout. A closed pipe (`rungs list | head`) is not an error.
pub fn print_out(text: &str) -> Result<ExitCode, Failure> {
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
