//! Writing a file in place, for when replacing it is wrong (it has other hard links, which a
//! replacement would cut off) or impossible (it is a bind mount, which rename cannot replace).
//!
//! Overwriting in place is not atomic, so the old bytes are first copied to
//! `.progress.toml.rungs-backup` beside the file and flushed to disk; only once the new bytes
//! are on disk is the copy removed. A crash in between leaves the copy, and reading a torn
//! file then says where the old version is.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use super::atomic::{parent_dir, sync_dir};
use super::error::ProgressError;

/// The copy of the old bytes kept while `path` is written in place.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(".rungs-backup");
    parent_dir(path).join(name)
}

/// Replaces the contents of the existing file at `path` with `bytes`, keeping the file itself
/// (its inode, links and mount), with the old bytes safe in a backup until the new are synced.
pub fn write_in_place(path: &Path, bytes: &[u8]) -> Result<(), ProgressError> {
    let dir = parent_dir(path);
    let backup = backup_path(path);
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)
        .map_err(|error| ProgressError::io(path, "open for writing", error))?;
    let mut old = Vec::new();
    file.read_to_end(&mut old)
        .map_err(|error| ProgressError::io(path, "read", error))?;
    write_backup(&backup, &old, &file)
        .map_err(|error| ProgressError::io(&backup, "write a backup of", error))?;
    sync_dir(dir).map_err(|error| ProgressError::io(dir, "flush the directory", error))?;
    overwrite(&mut file, bytes).map_err(|error| ProgressError::Io {
        path: path.to_path_buf(),
        action: "write in place",
        hint: "the previous version is kept in the .rungs-backup file beside it: copy it back if this one is damaged",
        source: error,
    })?;
    // The new bytes are on disk: the backup has done its job. Failing to remove it is harmless.
    let _ = fs::remove_file(&backup);
    let _ = sync_dir(dir);
    Ok(())
}

fn write_backup(backup: &Path, old: &[u8], original: &File) -> io::Result<()> {
    let mut copy = File::create(backup)?;
    // The backup holds the same private data: give it the original's permissions.
    if let Ok(metadata) = original.metadata() {
        copy.set_permissions(metadata.permissions())?;
    }
    copy.write_all(old)?;
    copy.sync_all()
}

fn overwrite(file: &mut File, bytes: &[u8]) -> io::Result<()> {
    use std::io::Seek;
    file.rewind()?;
    file.write_all(bytes)?;
    file.set_len(bytes.len() as u64)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_hard_linked_file_is_changed_under_every_name() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("progress.toml");
        let other = dir.path().join("other-name.toml");
        fs::write(&path, "old").expect("write");
        fs::hard_link(&path, &other).expect("link");
        write_in_place(&path, b"new and longer").expect("writes");
        assert_eq!(fs::read(&other).expect("read"), b"new and longer");
        assert!(
            !backup_path(&path).exists(),
            "the backup is gone once the new bytes are safe"
        );
    }

    #[test]
    fn the_backup_is_named_after_the_file() {
        assert_eq!(
            backup_path(Path::new("/a/progress.toml")),
            Path::new("/a/.progress.toml.rungs-backup")
        );
    }
}
