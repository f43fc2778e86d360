//! Where the progress file lives and how it is read and changed on disk.
//!
//! Changes are never saved by writing out an in-memory copy, which could be stale: another
//! terminal or a script may have ticked something since it was read. Instead
//! [`ProgressStore::commit_all`] takes the write lock, re-reads the file, applies the changes
//! to what it read, and saves that. Two processes ticking different skills therefore both
//! keep their ticks, and a file rungs cannot read is never overwritten.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use directories::ProjectDirs;

use super::atomic::{parent_dir, remove_stale_temps, write_atomic};
use super::error::ProgressError;
use super::format::{decode, encode};
use super::journal;
use super::lock;
use super::model::{Change, Progress};
use crate::content::Ladder;

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
        let target = self.write_target();
        let _lock = lock::acquire(&target)?;
        remove_stale_temps(&target);
        let current = read(&target)?;
        let mut next = prepare(&current);
        for change in changes {
            next.apply(change);
        }
        if next != current {
            write_atomic(&target, encode(&next).as_bytes())?;
            journal::record(&target, &current, &next);
        }
        Ok(next)
    }

    /// The real file to replace. A symlinked progress file (dotfile managers such as stow do
    /// this) is written where the link points, so saving never replaces the link itself.
    pub(super) fn write_target(&self) -> PathBuf {
        match fs::symlink_metadata(&self.path) {
            Ok(metadata) if metadata.file_type().is_symlink() => fs::canonicalize(&self.path)
                .or_else(|_| fs::read_link(&self.path).map(|link| parent_dir(&self.path).join(link)))
                .unwrap_or_else(|_| self.path.clone()),
            _ => self.path.clone(),
        }
    }
}

/// `$XDG_DATA_HOME/rungs/progress.toml` on Linux, the platform's data directory elsewhere.
pub fn default_path() -> Option<PathBuf> {
    ProjectDirs::from("", "", "rungs").map(|dirs| dirs.data_dir().join("progress.toml"))
}

pub(super) fn read(path: &Path) -> Result<Progress, ProgressError> {
    match fs::read(path) {
        Ok(bytes) => decode(path, &bytes).map_err(ProgressError::Invalid),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(Progress::default()),
        Err(error) => Err(ProgressError::io(path, "read", error)),
    }
}

#[cfg(test)]
#[path = "store_tests.rs"]
mod tests;
