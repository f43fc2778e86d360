//! Where the progress file lives and how it is read and changed on disk.
//!
//! Changes are never saved by writing out an in-memory copy, which could be stale: another
//! terminal or a script may have ticked something since it was read. Instead
//! [`ProgressStore::commit_all`] takes the write lock, re-reads the file, applies the changes
//! to what it read, and saves that. Two processes ticking different skills therefore both
//! keep their ticks, and a file rungs cannot read is never overwritten.

use std::path::{Path, PathBuf};

use directories::ProjectDirs;

use super::atomic::{remove_stale_temps, write_atomic};
use super::error::ProgressError;
use super::format::{decode, encode};
use super::in_place::{backup_path, write_in_place};
use super::lock;
use super::model::{Change, Progress};
use super::stamp::FileStamp;
use super::target::{self, Target, not_a_file};
use crate::bounded_read::{Accept, ReadError, read_bounded};
use crate::content::Ladder;

/// The largest progress file rungs reads: far more than years of notes on a 100,000-skill
/// ladder, and far less than a runaway file could cost in memory.
const MAX_PROGRESS_BYTES: u64 = 64 * 1024 * 1024;

/// The progress file at one path. Cheap to create; holds no open files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressStore {
    path: PathBuf,
}

impl ProgressStore {
    pub fn new(path: impl Into<PathBuf>) -> Self {
        ProgressStore { path: path.into() }
    }

    /// The store for `--progress FILE` (clap folds in RUNGS_PROGRESS), else the default path.
    pub fn resolve(explicit: Option<&Path>) -> Result<Self, ProgressError> {
        match explicit {
            Some(path) => Ok(ProgressStore::new(path)),
            None => default_path()
                .map(ProgressStore::new)
                .ok_or(ProgressError::NoDataDir),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The stamp of the file as it is now: compare it with an earlier one to learn whether
    /// anyone wrote the file since (see [`FileStamp`]).
    pub fn stamp(&self) -> FileStamp {
        FileStamp::of(&self.path)
    }

    /// Whether the path is the null device (`--progress /dev/null`): progress reads as empty
    /// and changes are applied in memory but never saved. Callers say so to the person.
    pub fn discards(&self) -> bool {
        target::is_null(&self.path)
    }

    /// Reads the file. A missing file is empty progress; anything unreadable is an error
    /// naming the file and line, and the file is left exactly as it is.
    pub fn load(&self) -> Result<Progress, ProgressError> {
        read(&self.path)
    }

    /// Applies one change to the file under the lock; see [`ProgressStore::commit_all`].
    pub fn commit(&self, change: &Change) -> Result<Progress, ProgressError> {
        self.commit_all(std::slice::from_ref(change))
    }

    /// Locks, re-reads the file, applies `changes` in order, saves atomically, and returns
    /// the merged progress (including other processes' edits) to show from now on.
    ///
    /// On error nothing on disk has changed, and the caller still has its own copy of the
    /// changes: an app keeps them in memory and commits them again with the next change.
    /// Changes that change nothing are not written, so a hand-formatted file stays as it is.
    pub fn commit_all(&self, changes: &[Change]) -> Result<Progress, ProgressError> {
        self.commit_with(|current| current.clone(), changes)
    }

    /// As [`ProgressStore::commit_all`], after first moving entries under `formerly` ids to
    /// their skills' current ids in `ladders`. The renames are worked out on the freshly read
    /// file, under the lock, so they are right even if another process wrote meanwhile.
    pub fn commit_migrated(&self, ladders: &[Ladder], changes: &[Change]) -> Result<Progress, ProgressError> {
        self.commit_with(|current| current.migrated(ladders), changes)
    }

    fn commit_with(
        &self,
        prepare: impl FnOnce(&Progress) -> Progress,
        changes: &[Change],
    ) -> Result<Progress, ProgressError> {
        // Refused before the lock is taken, so a device or pipe never holds others up.
        let target = target::resolve(&self.path)?;
        let Some(file) = target.file() else {
            let mut next = prepare(&Progress::default());
            changes.iter().for_each(|change| next.apply(change));
            return Ok(next);
        };
        let _lock = lock::acquire(file)?;
        remove_stale_temps(file);
        let current = read(file)?;
        let mut next = prepare(&current);
        for change in changes {
            next.apply(change);
        }
        if next != current {
            let bytes = encode(&next);
            match target {
                Target::WriteThrough(_) => write_in_place(file, bytes.as_bytes())?,
                _ => write_atomic(file, bytes.as_bytes())?,
            }
        }
        Ok(next)
    }
}

/// `$XDG_DATA_HOME/rungs/progress.toml` on Linux, the platform's data directory elsewhere.
pub fn default_path() -> Option<PathBuf> {
    ProjectDirs::from("", "", "rungs").map(|dirs| dirs.data_dir().join("progress.toml"))
}

/// Reads the progress at `path`: a regular file of sane size, or the null device (no
/// progress). Never opens a pipe or device, so a FIFO cannot hang rungs.
fn read(path: &Path) -> Result<Progress, ProgressError> {
    if target::is_null(path) {
        return Ok(Progress::default());
    }
    match read_bounded(path, MAX_PROGRESS_BYTES, Accept::RegularOnly) {
        Ok(input) => decode(path, &input.bytes).map_err(|diagnostic| {
            let backup = backup_path(path);
            if !backup.exists() {
                return ProgressError::Invalid(diagnostic);
            }
            // A write in place was cut short: say where the old version is.
            ProgressError::Invalid(diagnostic.with_hint(format!(
                "rungs was stopped while writing this file; the previous version is in {}: copy it back",
                backup.display()
            )))
        }),
        Err(ReadError::Missing) => Ok(Progress::default()),
        Err(ReadError::NotAFile(kind)) => Err(not_a_file(path.to_path_buf(), kind)),
        Err(ReadError::TooLarge { limit }) => Err(ProgressError::Refused {
            path: path.to_path_buf(),
            why: format!(
                "the file is larger than {} MB, too large to be a progress file",
                limit >> 20
            ),
            hint: "check that --progress names your progress file",
        }),
        Err(ReadError::Io(error)) => Err(ProgressError::io(path, "read", error)),
    }
}

#[cfg(test)]
#[path = "store_tests.rs"]
mod tests;
