//! Writing a file `rungs import` or `rungs new` made: atomically (a temporary file renamed
//! into place), and never over an existing file unless asked.

use std::io::Write;
use std::path::Path;

use super::Failure;

/// Writes `bytes` to `path`. With `replace` false an existing file is left alone and named
/// in the error; the check and the rename are one step, so a file created meanwhile is safe.
pub fn write_new_file(path: &Path, bytes: &[u8], replace: bool) -> Result<(), Failure> {
    let shown = path.display();
    if !replace && path.exists() {
        return Err(exists(path));
    }
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".rungs-new.")
        .tempfile_in(dir)
        .map_err(|error| Failure::new(1, format!("error: cannot write in {}: {error}", dir.display())))?;
    temp.write_all(bytes)
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|error| Failure::new(1, format!("error: cannot write {shown}: {error}")))?;
    let placed = if replace {
        temp.persist(path).map(drop)
    } else {
        temp.persist_noclobber(path).map(drop)
    };
    placed.map_err(|error| match error.error.kind() {
        std::io::ErrorKind::AlreadyExists => exists(path),
        _ => Failure::new(1, format!("error: cannot write {shown}: {}", error.error)),
    })
}

fn exists(path: &Path) -> Failure {
    Failure::new(
        1,
        format!(
            "error: {} already exists; nothing was written\n  = hint: choose another file name, or pass --force to replace it",
            path.display()
        ),
    )
}
