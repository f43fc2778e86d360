//! What can go wrong with the progress file, said so a person knows what to do next.

use std::io;
use std::path::PathBuf;

use crate::content::Diagnostic;

/// A progress file that cannot be used, or could not be written. `Display` is one sentence
/// (the status bar shows it as it is); [`ProgressError::notes`] are the lines that follow it
/// on the command line (the offending line, what rungs did not do, a hint), which only the
/// command-line output adds, with the `error:` in front.
#[derive(Debug, thiserror::Error)]
pub enum ProgressError {
    /// The file exists but is not progress this rungs understands (bad TOML, not UTF-8,
    /// wrong types, a newer `version`). The file has not been touched.
    #[error("{}", diagnostic_headline(.0))]
    Invalid(Diagnostic),
    /// Reading, locking or writing failed. Nothing was written unless the message says so.
    #[error("{}: cannot {action}: {source}", path.display())]
    Io {
        path: PathBuf,
        action: &'static str,
        hint: &'static str,
        #[source]
        source: io::Error,
    },
    /// The path is something rungs will not read or replace: a device, a pipe, a directory,
    /// a read-only file, a file too large to be progress. Nothing was read or written.
    #[error("{}: {why}", path.display())]
    Refused {
        path: PathBuf,
        why: String,
        hint: &'static str,
    },
    /// The default location could not be worked out (no home directory).
    #[error("cannot find a data directory for the progress file (is $HOME set?)")]
    NoDataDir,
}

/// A diagnostic's first line: where and what.
fn diagnostic_headline(diagnostic: &Diagnostic) -> String {
    let full = diagnostic.to_string();
    full.lines().next().unwrap_or_default().to_string()
}

impl ProgressError {
    pub(crate) fn io(path: impl Into<PathBuf>, action: &'static str, source: io::Error) -> Self {
        let hint = match source.kind() {
            io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
                "the file or its directory is read-only; make it writable or pass --progress FILE"
            }
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
                "the disk is full; free some space and try again"
            }
            io::ErrorKind::NotADirectory => "a part of the path is a file, not a directory; check --progress",
            _ => "check the path and its permissions, or pass --progress FILE",
        };
        ProgressError::Io {
            path: path.into(),
            action,
            hint,
            source,
        }
    }

    /// The lines that follow the sentence on the command line, without their `= ` marks: the
    /// offending line of a damaged file, what rungs did not do, and a hint.
    pub fn notes(&self) -> Vec<String> {
        match self {
            ProgressError::Invalid(diagnostic) => {
                let full = diagnostic.to_string();
                let mut notes: Vec<String> = full.lines().skip(1).map(str::to_string).collect();
                notes.push("= rungs has not changed the file".to_string());
                notes
            }
            ProgressError::Io { hint, .. } => vec![format!("= hint: {hint}")],
            ProgressError::Refused { hint, .. } => {
                vec![
                    "= rungs has not changed it".to_string(),
                    format!("= hint: {hint}"),
                ]
            }
            ProgressError::NoDataDir => {
                vec!["= hint: pass --progress FILE or set RUNGS_PROGRESS".to_string()]
            }
        }
    }

    /// The whole message as the command line prints it after `error: `.
    pub fn report(&self) -> String {
        let mut report = self.to_string();
        for note in self.notes() {
            report.push('\n');
            // A diagnostic's excerpt carries its own gutter; the notes are indented.
            if note.starts_with('=') {
                report.push_str("  ");
            }
            report.push_str(&note);
        }
        report
    }

    /// The file the problem is about, if there is one.
    pub fn path(&self) -> Option<&std::path::Path> {
        match self {
            ProgressError::Invalid(diagnostic) => Some(&diagnostic.file),
            ProgressError::Io { path, .. } | ProgressError::Refused { path, .. } => Some(path),
            ProgressError::NoDataDir => None,
        }
    }
}
