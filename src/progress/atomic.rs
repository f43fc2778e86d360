//! Replacing a file so that a crash or `kill -9` at any instant leaves either the old file or
//! the new one, never a torn mix: write a temporary file in the same directory, fsync it,
//! rename it over the target (atomic within one file system), then fsync the directory so the
//! rename itself survives a power cut.

use std::ffi::OsString;
use std::fs::{self, File};
use std::io::Write;
use std::path::Path;

use super::error::ProgressError;

const TEMP_SUFFIX: &str = ".tmp";

/// Writes `bytes` to `path` atomically and durably, creating the directory if missing.
/// Keeps the old file's permissions, so a file someone made group-readable stays so.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ProgressError> {
    let dir = parent_dir(path);
    fs::create_dir_all(dir).map_err(|error| ProgressError::io(dir, "create the directory", error))?;
    let mut temp = tempfile::Builder::new()
        .prefix(&temp_prefix(path))
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
        .map_err(|error| ProgressError::io(dir, "create a temporary file in this directory", error))?;
    if let Ok(metadata) = fs::metadata(path) {
        // Best effort: failing to copy permissions is no reason to lose the user's change.
        let _ = temp.as_file().set_permissions(metadata.permissions());
    }
    let written = temp.write_all(bytes).and_then(|()| temp.as_file().sync_all());
    written.map_err(|error| ProgressError::io(temp.path(), "write", error))?;
    // On failure the temporary file is dropped, which deletes it; the old file is untouched.
    temp.persist(path)
        .map_err(|error| ProgressError::io(path, "replace", error.error))?;
    sync_dir(dir).map_err(|error| ProgressError::io(dir, "flush the directory", error))
}

/// Deletes temporary files a killed writer left beside `path`. Only call while holding the
/// write lock: then no other writer can be midway through its own temporary file.
pub fn remove_stale_temps(path: &Path) {
    let prefix = temp_prefix(path);
    let Ok(entries) = fs::read_dir(parent_dir(path)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&*prefix.to_string_lossy()) && name.ends_with(TEMP_SUFFIX) {
            // A leftover that cannot be removed is harmless; the next writer will try again.
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The directory holding `path`; `.` for a bare file name.
pub fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// `.progress.toml.` for `progress.toml`: hidden, and clearly belonging to that file.
fn temp_prefix(path: &Path) -> OsString {
    let mut prefix = OsString::from(".");
    prefix.push(path.file_name().unwrap_or_default());
    prefix.push(".");
    prefix
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Windows cannot open a directory as a file; its rename is already durable enough there.
#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("nested/progress.toml");
        write_atomic(&path, b"one").expect("first write creates the directory");
        write_atomic(&path, b"two").expect("second write replaces");
        assert_eq!(fs::read(&path).expect("read back"), b"two");
        let names: Vec<_> = fs::read_dir(parent_dir(&path))
            .expect("list")
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, ["progress.toml"]);
    }

    #[test]
    fn stale_temporaries_are_removed_and_others_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("progress.toml");
        fs::write(dir.path().join(".progress.toml.abc123.tmp"), "torn").expect("write");
        fs::write(dir.path().join("notes.tmp"), "mine").expect("write");
        remove_stale_temps(&path);
        assert!(!dir.path().join(".progress.toml.abc123.tmp").exists());
        assert!(
            dir.path().join("notes.tmp").exists(),
            "other files are not ours to delete"
        );
    }

    #[test]
    fn a_parent_that_is_a_file_is_a_clear_error() {
        let dir = tempfile::tempdir().expect("temp dir");
        let blocker = dir.path().join("not-a-dir");
        fs::write(&blocker, "x").expect("write");
        let error = write_atomic(&blocker.join("progress.toml"), b"data").expect_err("cannot write");
        let message = error.to_string();
        assert!(message.contains("not-a-dir"), "{message}");
        assert_eq!(
            fs::read(&blocker).expect("read"),
            b"x",
            "the blocking file is untouched"
        );
    }
}
