//! Why an import failed: each says where (a line when there is one) and what to do.

use thiserror::Error;

/// The largest file `rungs import` reads. Real ladders are kilobytes; anything near this is
/// the wrong file, and refusing early keeps memory bounded.
pub const MAX_BYTES: u64 = 10 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error("the file is {} MB; a ladder to import is at most {} MB", mb(*size), mb(MAX_BYTES))]
    TooLarge { size: u64 },
    #[error("the file looks binary (a zero byte at offset {offset}), not CSV or Markdown")]
    Binary { offset: usize },
    #[error("the file is not UTF-8 text (line {line})")]
    NotUtf8 { line: usize },
    #[error("the file is empty")]
    Empty,
    #[error("cannot tell whether the file is CSV or Markdown")]
    UnknownFormat,
    #[error("this does not look like CSV: line {line} has no commas, semicolons or tabs between fields")]
    NotCsv { line: usize },
    #[error("line {line}: {message}")]
    Csv { line: usize, message: String },
    #[error("line {line} has {found} fields but the header (line {header_line}) has {expected}")]
    Ragged {
        line: usize,
        found: usize,
        expected: usize,
        header_line: usize,
    },
    #[error("the header (line {line}) has no level columns (found: {found})")]
    NoLevelColumns { line: usize, found: String },
    #[error("found no levels in the document")]
    NoLevels,
    #[error("found levels but nothing in them: no competencies, skills or expectations")]
    NothingToImport,
    #[error("cannot write the ladder as TOML: {0}")]
    Serialise(String),
}

impl ImportError {
    /// The line the problem is on, when there is one.
    pub fn line(&self) -> Option<usize> {
        match self {
            ImportError::NotUtf8 { line }
            | ImportError::NotCsv { line }
            | ImportError::Csv { line, .. }
            | ImportError::Ragged { line, .. }
            | ImportError::NoLevelColumns { line, .. } => Some(*line),
            _ => None,
        }
    }

    /// What to do about it.
    pub fn hint(&self) -> &'static str {
        match self {
            ImportError::TooLarge { .. } | ImportError::Binary { .. } => {
                "export the sheet as CSV (File → Download → CSV) or save the document as Markdown, and import that"
            }
            ImportError::NotUtf8 { .. } => {
                "save it as UTF-8 (in Excel: Save As → \"CSV UTF-8\"; in LibreOffice: character set Unicode (UTF-8))"
            }
            ImportError::Empty => "import a CSV sheet or a Markdown document with your levels in it",
            ImportError::UnknownFormat => "pass --format csv or --format markdown",
            ImportError::NotCsv { .. } => {
                "a CSV has one row per line with fields separated by commas (or `;`, or tabs); for a Markdown document pass --format markdown"
            }
            ImportError::Csv { .. } => "re-export the sheet as CSV from your spreadsheet",
            ImportError::Ragged { .. } => {
                "put a cell that contains a comma, `;` or a line break in double quotes (spreadsheets do this when they export CSV)"
            }
            ImportError::NoLevelColumns { .. } => {
                "a sheet needs one column per level (e.g. `L1 – Junior`, `L2 – Engineer`), or a `Level` column with one row per expectation"
            }
            ImportError::NoLevels => {
                "write each level as a heading (`## L4 · Senior Engineer`), or a table with a column per level"
            }
            ImportError::NothingToImport => {
                "under each level, list responsibilities or skills as bullets, or give a table with a column per level"
            }
            ImportError::Serialise(_) => "this is a bug in rungs: please report it with the file",
        }
    }
}

fn mb(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}
