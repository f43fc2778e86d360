//! What can go wrong with the progress file, said so a person knows what to do next.

use std::io;
use std::path::PathBuf;

use crate::content::Diagnostic;

/// A progress file that cannot be used, or could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ProgressError {
    /// The file exists but is not progress this rungs understands (bad TOML, not UTF-8,
    /// wrong types, a newer `version`). The file has not been touched.
    #[error("error: {0}\n  = rungs has not changed the file")]
    Invalid(Diagnostic),
    /// Reading, locking or writing failed. Nothing was written unless the message says so.
    #[error("error: {}: cannot {action}: {source}\n  = hint: {hint}", path.display())]
    Io {
        path: PathBuf,
        action: &'static str,
        hint: &'static str,
        #[source]
        source: io::Error,
    },
    /// The path is something rungs will not read or replace: a device, a pipe, a directory,
    /// a read-only file, a file too large to be progress. Nothing was read or written.
    #[error("error: {}: {why}\n  = rungs has not changed it\n  = hint: {hint}", path.display())]
    Refused {
        path: PathBuf,
        why: String,
        hint: &'static str,
    },
    /// The default location could not be worked out (no home directory).
    #[error(
        "error: cannot find a data directory for the progress file (is $HOME set?)\n  \
         = hint: pass --progress FILE or set RUNGS_PROGRESS"
    )]
    NoDataDir,
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

    /// The file the problem is about, if there is one.
    pub fn path(&self) -> Option<&std::path::Path> {
        match self {
            ProgressError::Invalid(diagnostic) => Some(&diagnostic.file),
            ProgressError::Io { path, .. } | ProgressError::Refused { path, .. } => Some(path),
            ProgressError::NoDataDir => None,
        }
    }
}
