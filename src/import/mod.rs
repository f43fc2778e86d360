//! `rungs import`: a company's ladder from a spreadsheet (CSV, wide or long) or a Markdown
//! document, written in rungs' schema. Knows nothing about terminals or files: bytes in, a
//! ladder file's text and a report out.
//!
//! Every reader produces a [`Draft`](draft::Draft); [`build`] makes ids and the
//! [`LadderFile`]; text a reader cannot place is kept in a summary and listed in
//! [`Imported::unplaced`].

mod build;
mod columns;
mod draft;
mod error;
mod grid;
mod input;
mod ladder_toml;
mod long;
mod markdown;
mod md_blocks;
mod names;
mod report;
mod sections;
mod sheet;
mod wide;

use std::path::Path;

pub use build::Naming;
pub use draft::Unplaced;
pub use error::{ImportError, MAX_BYTES};
pub use input::Format;
pub use ladder_toml::LadderFile;
pub use names::slug;
pub use report::report;

/// A ladder read from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub format: Format,
    pub ladder: LadderFile,
    /// The ladder file's text, ready to write.
    pub toml: String,
    /// What could not go where it seemed to belong, by line.
    pub unplaced: Vec<Unplaced>,
}

/// Reads `bytes` (the file at `path`; its name guesses the format and titles the ladder).
pub fn import(
    bytes: &[u8],
    path: &Path,
    format: Option<Format>,
    naming: &Naming,
) -> Result<Imported, ImportError> {
    let text = input::text_of(bytes)?;
    let format = match format {
        Some(format) => format,
        None => input::guess_format(path, text)?,
    };
    let draft = match format {
        Format::Csv => {
            let grid = grid::read_csv(text)?;
            let mut draft = draft::Draft::default();
            sheet::read_sheet(&grid, &mut draft)?;
            draft
        }
        Format::Markdown => markdown::read(text)?,
    };
    let (ladder, unplaced) = build::build(draft, naming)?;
    let source = path
        .file_name()
        .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
    let toml = ladder
        .to_toml(&source)
        .map_err(|error| ImportError::Serialise(error.to_string()))?;
    Ok(Imported {
        format,
        ladder,
        toml,
        unplaced,
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// Whatever the bytes, import answers with a ladder or an error, never a panic; and a
        /// ladder it makes always loads.
        #[test]
        fn any_input_imports_or_is_refused(
            text in "[ -~\\n\\r\\t,;\"#*|\\[\\]éü–·-]{0,400}",
            markdown in any::<bool>(),
        ) {
            let format = if markdown { Format::Markdown } else { Format::Csv };
            if let Ok(made) = import(text.as_bytes(), Path::new("x"), Some(format), &Naming::default()) {
                let loaded = crate::content::parse_ladder(Path::new("x.toml"), made.toml.as_bytes());
                prop_assert!(loaded.is_ok(), "{:?}\n{}", loaded.err(), made.toml);
            }
        }
    }
}
