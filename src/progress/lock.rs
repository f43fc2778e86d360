//! The advisory write lock that serialises read-merge-write between rungs processes.
//!
//! The lock is taken on a separate `.progress.toml.lock` file beside the progress file, not on
//! the progress file itself: saving renames a new file over the old one, so a lock on the old
//! file's handle would stop guarding anything the moment the first writer finished. The lock
//! file is never deleted (deleting it would let two writers lock two different files).

use std::fs::{self, File, OpenOptions};
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use fs4::{FileExt, TryLockError};

use super::atomic::parent_dir;
use super::error::ProgressError;

/// How long to wait for another writer. Writers hold the lock for milliseconds, so running
/// out means a stuck process, which the person should hear about rather than wait forever on.
const PATIENCE: Duration = Duration::from_secs(10);

/// Holds the lock until dropped (closing the file releases it, even if the process is killed).
#[derive(Debug)]
pub struct WriteLock {
    _file: File,
}

/// The lock file that guards `path`.
pub fn lock_path(path: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(".lock");
    parent_dir(path).join(name)
}

/// Waits for the exclusive write lock for `path`, creating its directory if needed.
pub fn acquire(path: &Path) -> Result<WriteLock, ProgressError> {
    let dir = parent_dir(path);
    fs::create_dir_all(dir).map_err(|error| ProgressError::io(dir, "create the directory", error))?;
    let lock_path = lock_path(path);
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&lock_path)
        .map_err(|error| ProgressError::io(&lock_path, "open the lock file", error))?;
    let started = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        // Called through the trait: std's File::lock would shadow fs4's by method syntax.
        match FileExt::try_lock(&file) {
            Ok(()) => return Ok(WriteLock { _file: file }),
            Err(TryLockError::WouldBlock) if started.elapsed() < PATIENCE => {
                thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(25));
            }
            Err(TryLockError::WouldBlock) => {
                let busy = std::io::Error::other(format!(
                    "another rungs process has held the lock for {} s",
                    PATIENCE.as_secs()
                ));
                return Err(ProgressError::io(&lock_path, "lock the progress file", busy));
            }
            Err(TryLockError::Error(error)) => {
                return Err(ProgressError::io(&lock_path, "lock the progress file", error));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_lock_waits_for_the_first() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("progress.toml");
        let first = acquire(&path).expect("first lock");
        let lock_file = File::open(lock_path(&path)).expect("lock file exists");
        assert!(
            matches!(FileExt::try_lock(&lock_file), Err(TryLockError::WouldBlock)),
            "held lock blocks others"
        );
        drop(first);
        assert!(
            FileExt::try_lock(&lock_file).is_ok(),
            "dropping releases the lock"
        );
    }

    #[test]
    fn lock_file_is_hidden_beside_the_progress_file() {
        assert_eq!(
            lock_path(Path::new("/a/b/progress.toml")),
            Path::new("/a/b/.progress.toml.lock")
        );
        assert_eq!(lock_path(Path::new("p.toml")), Path::new("./.p.toml.lock"));
    }
}
