//! Writing a file `rungs import` or `rungs new` made: atomically (a temporary file renamed
//! into place), and never over an existing file unless asked.

use std::io::Write;
use std::path::Path;

use super::Failure;

/// What to do when the file is already there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IfExists {
    /// Leave it alone and fail, with this hint on what to do instead.
    Refuse {
        hint: &'static str,
    },
    Replace,
}

/// Writes `bytes` to `path`. A refused existing file is named in the error; the check and
/// the rename are one step, so a file created meanwhile is safe too.
pub fn write_new_file(path: &Path, bytes: &[u8], if_exists: IfExists) -> Result<(), Failure> {
    let shown = path.display();
    if let IfExists::Refuse { hint } = if_exists
        && path.exists()
    {
        return Err(exists(path, hint));
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
    let placed = match if_exists {
        IfExists::Replace => temp.persist(path).map(drop),
        IfExists::Refuse { .. } => temp.persist_noclobber(path).map(drop),
    };
    placed.map_err(|error| match (error.error.kind(), if_exists) {
        (std::io::ErrorKind::AlreadyExists, IfExists::Refuse { hint }) => exists(path, hint),
        _ => Failure::new(1, format!("error: cannot write {shown}: {}", error.error)),
    })
}

fn exists(path: &Path, hint: &str) -> Failure {
    Failure::new(
        1,
        format!(
            "error: {} already exists; nothing was written\n  = hint: {hint}",
            path.display()
        ),
    )
}
