//! Reading ladders from the built-in content, a file, or a directory of files.
//!
//! Loading never panics, whatever the bytes: every problem becomes a [`Diagnostic`].

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::de::DeTable;

use super::cache::{LadderCache, parse_cached};
use super::diagnostic::{ContentErrors, Diagnostic};
use super::schema::Ladder;
use super::validate::{check_document, is_clean};
use crate::bounded_read::{Accept, read_bounded};

/// The default ladder, compiled in so `rungs` runs from any directory.
pub const BUILTIN_TOML: &str = include_str!("../../content/product-management.toml");
/// The name the built-in ladder goes by in messages.
pub const BUILTIN_NAME: &str = "<built-in>/product-management.toml";
/// The largest ladder file rungs reads: a 100,000-skill ladder is about 4 MB, so this leaves
/// room for any real ladder while a runaway input (a device, a log) stops at once.
pub const MAX_LADDER_BYTES: u64 = 256 * 1024 * 1024;

/// Where ladders come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentSource {
    Builtin,
    /// A `.toml` file, or a directory whose `*.toml` files are each a ladder.
    Paths(Vec<PathBuf>),
}

impl ContentSource {
    pub fn load(&self) -> Result<Vec<Ladder>, ContentErrors> {
        match self {
            ContentSource::Builtin => builtin(),
            ContentSource::Paths(paths) => load_paths(paths),
        }
    }
}

/// The built-in ladders.
pub fn builtin() -> Result<Vec<Ladder>, ContentErrors> {
    parse_ladder(Path::new(BUILTIN_NAME), BUILTIN_TOML.as_bytes())
        .map(|ladder| vec![ladder])
        .map_err(ContentErrors)
}

/// Loads every ladder under `paths` (files, or directories of `*.toml`), reporting all
/// problems in all files rather than stopping at the first.
pub fn load_paths(paths: &[PathBuf]) -> Result<Vec<Ladder>, ContentErrors> {
    load_paths_with(paths, LadderCache::from_env().as_ref())
}

/// [`load_paths`] through a given cache (`None`: parse every file). Valid ladders come from
/// the cache when it holds them; problems always come from parsing, so they read the same.
pub fn load_paths_with(paths: &[PathBuf], cache: Option<&LadderCache>) -> Result<Vec<Ladder>, ContentErrors> {
    let mut problems = Vec::new();
    let mut files = Vec::new();
    for path in paths {
        match expand(path) {
            Ok(found) => files.extend(found),
            Err(problem) => problems.push(problem),
        }
    }
    let mut ladders: Vec<(PathBuf, Ladder)> = Vec::new();
    for file in files {
        match read_bounded(&file, MAX_LADDER_BYTES, Accept::RegularOrPipe) {
            // A pipe (`--content /dev/stdin`) is read once; its bytes are all there is, so
            // they are parsed directly rather than cached under a name that means nothing.
            Ok(input) => match parse_cached(cache.filter(|_| input.seekable), &file, &input.bytes) {
                Ok(ladder) => ladders.push((file, ladder)),
                Err(found) => problems.extend(found),
            },
            Err(error) => problems.push(
                Diagnostic::whole_file(&file, format!("cannot read the file: {error}"))
                    .with_hint("pass a ladder .toml file or a directory of them, and check its permissions"),
            ),
        }
    }
    let mut first_file: HashMap<&str, &Path> = HashMap::new();
    for (file, ladder) in &ladders {
        if let Some(first) = first_file.insert(&ladder.meta.id, file) {
            problems.push(
                Diagnostic::whole_file(
                    file,
                    format!(
                        "ladder id \"{}\" is also used by {}",
                        ladder.meta.id,
                        first.display()
                    ),
                )
                .with_hint("give each ladder its own [ladder] id"),
            );
        }
    }
    if problems.is_empty() {
        Ok(ladders.into_iter().map(|(_, ladder)| ladder).collect())
    } else {
        Err(ContentErrors(problems))
    }
}

/// A file stands for itself; a directory for its `*.toml` files, in name order.
pub(super) fn expand(path: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let metadata = fs::metadata(path).map_err(|error| {
        Diagnostic::whole_file(path, format!("cannot read: {error}"))
            .with_hint("pass a ladder .toml file or a directory of them")
    })?;
    if !metadata.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let entries = fs::read_dir(path)
        .map_err(|error| Diagnostic::whole_file(path, format!("cannot list the directory: {error}")))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|p| p.extension().is_some_and(|ext| ext == "toml") && p.is_file())
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(
            Diagnostic::whole_file(path, "the directory has no *.toml ladder files")
                .with_hint("put one ladder per .toml file in it"),
        );
    }
    Ok(files)
}

/// Parses and validates one ladder file's bytes; `file` is only used in messages.
pub fn parse_ladder(file: &Path, bytes: &[u8]) -> Result<Ladder, Vec<Diagnostic>> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = &bytes[..error.valid_up_to()];
            // The valid prefix is UTF-8 by definition, so this always succeeds.
            let prefix = std::str::from_utf8(valid).unwrap_or_default();
            let bad = bytes.get(error.valid_up_to()).copied().unwrap_or(0);
            let at = prefix.len();
            return Err(vec![
                Diagnostic::at(
                    file,
                    prefix,
                    at..at,
                    format!("the file is not valid UTF-8 (byte 0x{bad:02x})"),
                )
                .with_hint("save the file as UTF-8"),
            ]);
        }
    };
    if text
        .lines()
        .all(|line| line.trim().is_empty() || line.trim_start().starts_with('#'))
    {
        return Err(vec![Diagnostic::whole_file(file, "the file is empty").with_hint(
            "a ladder needs a [ladder] table with `id` and `title`, and at least one [[levels]]",
        )]);
    }
    let document = DeTable::parse(text).map_err(|error| vec![toml_error(file, text, &error)])?;
    // Fast path: serde builds the ladder from the tree and the typed check finds it clean,
    // so no spanned walk is needed. Anything else is walked to locate every problem.
    if let Ok(ladder) = Ladder::deserialize(toml::de::Deserializer::from(document))
        && is_clean(&ladder)
    {
        return Ok(ladder);
    }
    let document = DeTable::parse(text).map_err(|error| vec![toml_error(file, text, &error)])?;
    let problems = check_document(file, text, &document);
    if !problems.is_empty() {
        return Err(problems);
    }
    // The walker is the authority: what it passes loads.
    Ladder::deserialize(toml::de::Deserializer::from(document))
        .map_err(|error| vec![toml_error(file, text, &error)])
}

fn toml_error(file: &Path, text: &str, error: &toml::de::Error) -> Diagnostic {
    let message = error.message().trim().to_string();
    match error.span() {
        Some(span) => Diagnostic::at(file, text, span, message),
        None => Diagnostic::whole_file(file, message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_ladder_loads() {
        let ladders = builtin().expect("the built-in ladder is valid");
        assert_eq!(ladders.len(), 1);
        assert!(!ladders[0].levels.is_empty());
    }

    #[test]
    fn syntax_error_is_located() {
        let problems = parse_ladder(Path::new("x.toml"), b"[ladder]\nid = \n").unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 2, "{}", problems[0]);
    }
}
