//! The advisory write lock that serialises read-merge-write between rungs processes.
//!
//! The lock is taken on a separate `.progress.toml.lock` file beside the progress file, not on
//! the progress file itself: saving renames a new file over the old one, so a lock on the old
//! file's handle would stop guarding anything the moment the first writer finished. The lock
//! file is never deleted (deleting it would let two writers lock two different files).

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use super::atomic::parent_dir;
use super::error::ProgressError;

/// How long one holder may keep the lock before waiting stops. Writers hold it for
/// milliseconds, so one holder for this long is a stuck process. Time spent in a queue of
/// writers that keeps moving does not count: under load (a hundred ticks at once on a big
/// file) every writer waits its turn however long the queue.
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
    acquire_with_patience(path, PATIENCE)
}

fn acquire_with_patience(path: &Path, patience: Duration) -> Result<WriteLock, ProgressError> {
    let dir = parent_dir(path);
    fs::create_dir_all(dir).map_err(|error| ProgressError::io(dir, "create the directory", error))?;
    let lock_path = lock_path(path);
    let mut file = open_lock_file(&lock_path)?;
    // Who holds the lock, as the holder wrote it in the lock file, and since when we see them.
    let mut holder = String::new();
    let mut holder_since = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        match file.try_lock() {
            Ok(()) => {
                // Best effort: the record only tells waiters whether the queue is moving.
                let _ = write_holder(&mut file);
                return Ok(WriteLock { _file: file });
            }
            Err(TryLockError::WouldBlock) => {
                let now_holding = read_holder(&mut file);
                if now_holding != holder {
                    holder = now_holding;
                    holder_since = Instant::now();
                } else if holder_since.elapsed() >= patience {
                    return Err(stuck(&lock_path, &holder, patience));
                }
                thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(10));
            }
            Err(TryLockError::Error(error)) => {
                return Err(ProgressError::io(&lock_path, "lock the progress file", error));
            }
        }
    }
}

/// Opens (or creates) the lock file without blocking, and only if it is a regular file: a
/// FIFO planted in its place must not hang rungs.
fn open_lock_file(lock_path: &Path) -> Result<File, ProgressError> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options
        .open(lock_path)
        .map_err(|error| ProgressError::io(lock_path, "open the lock file", error))?;
    match file.metadata() {
        Ok(metadata) if metadata.is_file() => Ok(file),
        Ok(metadata) => Err(ProgressError::Refused {
            path: lock_path.to_path_buf(),
            why: format!(
                "the lock file is {}, not a regular file",
                crate::bounded_read::FileKind::of(&metadata).described()
            ),
            hint: "remove it (rungs makes a new one), then try again",
        }),
        Err(error) => Err(ProgressError::io(lock_path, "open the lock file", error)),
    }
}

/// The holder's record: process id and the moment it took the lock. Fixed width, written over
/// the old record in place, so a reader never sees a shorter file.
fn write_holder(file: &mut File) -> std::io::Result<()> {
    let since = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default()
        .as_nanos();
    let record = format!("{:>10} {since:>39}\n", std::process::id());
    file.rewind()?;
    file.write_all(record.as_bytes())
}

fn read_holder(file: &mut File) -> String {
    let mut record = String::new();
    let _ = file
        .rewind()
        .and_then(|()| file.take(64).read_to_string(&mut record));
    record
}

fn stuck(lock_path: &Path, holder: &str, patience: Duration) -> ProgressError {
    let who = match holder.split_whitespace().next() {
        Some(pid) => format!("process {pid}"),
        None => "another process".to_string(),
    };
    ProgressError::Refused {
        path: lock_path.to_path_buf(),
        why: format!(
            "{who} has held the progress file's lock for {} s without letting go, so the change was not saved",
            patience.as_secs_f32()
        ),
        hint: "that process may be stuck: end it (or wait for it), then try again",
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
            matches!(lock_file.try_lock(), Err(TryLockError::WouldBlock)),
            "held lock blocks others"
        );
        drop(first);
        assert!(lock_file.try_lock().is_ok(), "dropping releases the lock");
    }

    #[test]
    fn a_queue_that_keeps_moving_is_waited_for_however_long() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("progress.toml");
        let patience = Duration::from_millis(100);
        // Twelve writers each holding the lock for 40 ms: the last waits about 450 ms, far
        // past the patience, but the lock changes hands all along.
        let writers: Vec<_> = (0..12)
            .map(|_| {
                let path = path.clone();
                thread::spawn(move || {
                    let lock = acquire_with_patience(&path, patience)?;
                    thread::sleep(Duration::from_millis(40));
                    drop(lock);
                    Ok::<(), ProgressError>(())
                })
            })
            .collect();
        for writer in writers {
            let outcome = writer.join().expect("thread");
            assert!(outcome.is_ok(), "{outcome:?}");
        }
    }

    #[test]
    fn a_holder_that_never_lets_go_is_named() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("progress.toml");
        let _held = acquire(&path).expect("first lock");
        let error = acquire_with_patience(&path, Duration::from_millis(50)).expect_err("gives up");
        let message = error.to_string();
        let pid = std::process::id().to_string();
        assert!(message.contains(&format!("process {pid} has held")), "{message}");
        assert!(!message.contains("permission"), "no false hint: {message}");
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
