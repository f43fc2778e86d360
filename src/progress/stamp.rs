//! Noticing that the progress file changed under us: another terminal, a script or a hand
//! edit wrote it. A [`FileStamp`] is cheap to take (one `stat`), so an app can take one
//! before every action and re-read the file only when it differs from the last.

use std::fs;
use std::path::Path;
use std::time::SystemTime;

/// What identifies one version of a file without reading it: which file (a save replaces
/// it with a new inode), its size and when it was last written. `None` fields stand for a
/// file that does not exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileStamp {
    exists: bool,
    len: u64,
    modified: Option<SystemTime>,
    inode: u64,
}

impl FileStamp {
    /// The stamp of the file at `path`, following links; a missing file has a stamp too, so
    /// the file appearing is a change.
    pub fn of(path: &Path) -> FileStamp {
        match fs::metadata(path) {
            Ok(metadata) => FileStamp {
                exists: true,
                len: metadata.len(),
                modified: metadata.modified().ok(),
                inode: inode(&metadata),
            },
            Err(_) => FileStamp {
                exists: false,
                len: 0,
                modified: None,
                inode: 0,
            },
        }
    }
}

#[cfg(unix)]
fn inode(metadata: &fs::Metadata) -> u64 {
    use std::os::unix::fs::MetadataExt;
    metadata.ino()
}

#[cfg(not(unix))]
fn inode(_metadata: &fs::Metadata) -> u64 {
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_a_replacement_or_a_new_file_changes_the_stamp() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("progress.toml");
        let missing = FileStamp::of(&path);
        assert_eq!(missing, FileStamp::of(&path), "stable while nothing happens");
        fs::write(&path, "one").expect("write");
        let first = FileStamp::of(&path);
        assert_ne!(first, missing);
        // Same size, new file: what an atomic save by another process looks like.
        let other = dir.path().join("other");
        fs::write(&other, "two").expect("write");
        fs::rename(&other, &path).expect("rename");
        assert_ne!(FileStamp::of(&path), first);
    }
}
