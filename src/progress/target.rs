//! What a progress path really names, and so how (or whether) rungs may write it.
//!
//! - A regular file, or nothing yet: replaced atomically (see `atomic`).
//! - A symlink, or a chain of them: followed to the end, and the file there is written, even
//!   when it does not exist yet; the links themselves are never replaced.
//! - A regular file with other hard links: written in place, so every link sees the change.
//! - `/dev/null` (or any node for the same device): read as no progress, and nothing is saved.
//! - Anything else (a device, a pipe, a socket, a directory), or a read-only file: refused,
//!   untouched, with a message naming the path.

use std::fs::{self, Metadata};
use std::io;
use std::path::{Path, PathBuf};

use super::atomic::parent_dir;
use super::error::ProgressError;
use crate::bounded_read::FileKind;

/// How many links to follow before calling it a loop (Linux's own limit is 40).
const MAX_LINKS: usize = 40;

/// Where and how a save goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Replace the file at this path (or create it) atomically.
    Replace(PathBuf),
    /// Write this hard-linked file in place, so its other names keep seeing it.
    WriteThrough(PathBuf),
    /// The path is the null device: there is nothing to read and nothing is saved.
    Discard,
}

impl Target {
    /// The file to read, lock beside, and write; `None` for [`Target::Discard`].
    pub fn file(&self) -> Option<&Path> {
        match self {
            Target::Replace(path) | Target::WriteThrough(path) => Some(path),
            Target::Discard => None,
        }
    }
}

/// Works out how `path` may be written, refusing what must not be.
pub fn resolve(path: &Path) -> Result<Target, ProgressError> {
    let file = follow_links(path)?;
    let metadata = match fs::symlink_metadata(&file) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Target::Replace(file)),
        Err(error) => return Err(ProgressError::io(&file, "inspect", error)),
    };
    match FileKind::of(&metadata) {
        FileKind::Regular if metadata.permissions().readonly() => Err(ProgressError::Refused {
            path: file,
            why: "the progress file is read-only, so rungs will not change it".into(),
            hint: "make it writable (chmod u+w) to save changes here, or pass --progress FILE",
        }),
        FileKind::Regular if hard_links(&metadata) > 1 => Ok(Target::WriteThrough(file)),
        FileKind::Regular => Ok(Target::Replace(file)),
        _ if is_null_device(&metadata) => Ok(Target::Discard),
        kind => Err(not_a_file(file, kind)),
    }
}

/// Whether reading `path` must give no progress because it is the null device.
pub fn is_null(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|metadata| is_null_device(&metadata))
}

pub fn not_a_file(path: PathBuf, kind: FileKind) -> ProgressError {
    ProgressError::Refused {
        path,
        why: format!(
            "this is {}, not a progress file; rungs will not read or replace it",
            kind.described()
        ),
        hint: "pass --progress with the path of a regular file (or /dev/null to save nothing)",
    }
}

/// The path at the end of a chain of symlinks; it may not exist yet.
fn follow_links(path: &Path) -> Result<PathBuf, ProgressError> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let link = fs::read_link(&current)
                    .map_err(|error| ProgressError::io(&current, "read the link", error))?;
                // A relative link is relative to the directory holding the link.
                current = parent_dir(&current).join(link);
            }
            _ => return Ok(current),
        }
    }
    Err(ProgressError::Refused {
        path: path.to_path_buf(),
        why: format!("following this symlink goes round in a loop (more than {MAX_LINKS} links)"),
        hint: "point the link at a file, or pass --progress FILE",
    })
}

#[cfg(unix)]
fn hard_links(metadata: &Metadata) -> u64 {
    use std::os::unix::fs::MetadataExt;
    metadata.nlink()
}

#[cfg(not(unix))]
fn hard_links(_metadata: &Metadata) -> u64 {
    1
}

/// The null device, by device number, so a `mknod` copy of it counts too.
#[cfg(unix)]
fn is_null_device(metadata: &Metadata) -> bool {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let null = fs::metadata("/dev/null");
    metadata.file_type().is_char_device()
        && null.is_ok_and(|null| null.file_type().is_char_device() && null.rdev() == metadata.rdev())
}

#[cfg(not(unix))]
fn is_null_device(_metadata: &Metadata) -> bool {
    false
}

#[cfg(all(test, unix))]
#[path = "target_tests.rs"]
mod tests;
