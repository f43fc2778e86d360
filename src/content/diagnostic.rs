//! Problems found in a content file, located and explained so a person can fix them.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// One problem in one file: where it is, what is wrong, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: PathBuf,
    /// 1-based; 0 when the problem is the whole file (e.g. it cannot be read).
    pub line: usize,
    /// 1-based column in characters.
    pub column: usize,
    pub message: String,
    pub hint: Option<String>,
    /// The offending line, shown under the message.
    pub source_line: Option<String>,
    /// How many characters of `source_line` to underline from `column`.
    pub underline: usize,
}

impl Diagnostic {
    /// A problem with the file as a whole (unreadable, empty, not UTF-8).
    pub fn whole_file(file: &Path, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.to_path_buf(),
            line: 0,
            column: 0,
            message: message.into(),
            hint: None,
            source_line: None,
            underline: 0,
        }
    }

    /// A problem at a byte range of `text` (the file's contents). Reporting many problems in
    /// one text? Build its [`LineIndex`] once and use [`Diagnostic::at_indexed`].
    pub fn at(file: &Path, text: &str, span: Range<usize>, message: impl Into<String>) -> Self {
        Diagnostic::at_indexed(file, text, &LineIndex::new(text), span, message)
    }

    /// As [`Diagnostic::at`], locating the line through `lines` (the index of `text`), so each
    /// problem costs the length of its line rather than of the whole file.
    pub fn at_indexed(
        file: &Path,
        text: &str,
        lines: &LineIndex,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        let start = floor_char_boundary(text, span.start.min(text.len()));
        let end = floor_char_boundary(text, span.end.min(text.len())).max(start);
        let line = lines.line_of(start);
        let line_start = lines.start_of(line).min(start);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let column = text[line_start..start].chars().count() + 1;
        let source_line = text[line_start..line_end].trim_end_matches('\r').to_string();
        let underline = text[start..end.min(line_end)].chars().count().max(1);
        Diagnostic {
            file: file.to_path_buf(),
            line,
            column,
            message: message.into(),
            hint: None,
            source_line: Some(source_line),
            underline,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// Where each line of a text starts, computed once, so any byte offset's line is a binary
/// search away. Counting newlines from the top for every problem made reporting quadratic
/// (minutes for 100,000 problems).
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let newlines = text.bytes().enumerate().filter(|&(_, b)| b == b'\n');
        let starts = std::iter::once(0).chain(newlines.map(|(at, _)| at + 1)).collect();
        LineIndex { starts }
    }

    /// The 1-based line holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset).max(1)
    }

    /// The byte offset where 1-based `line` starts.
    fn start_of(&self, line: usize) -> usize {
        self.starts.get(line.saturating_sub(1)).copied().unwrap_or(0)
    }
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = self.file.display();
        if self.line == 0 {
            write!(f, "{file}: {}", self.message)?;
        } else {
            write!(f, "{file}:{}:{}: {}", self.line, self.column, self.message)?;
        }
        if let Some(source) = &self.source_line {
            let gutter = self.line.to_string();
            let pad = " ".repeat(gutter.len());
            let indent = " ".repeat(self.column.saturating_sub(1));
            write!(
                f,
                "\n{pad} |\n{gutter} | {source}\n{pad} | {indent}{}",
                "^".repeat(self.underline)
            )?;
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n  = hint: {hint}")?;
        }
        Ok(())
    }
}

/// Every problem found while loading content; never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentErrors(pub Vec<Diagnostic>);

/// How many problems are printed in full; a file with thousands has one cause repeated, and
/// the person fixes the first ones and runs again.
pub const SHOWN_PROBLEMS: usize = 200;

impl fmt::Display for ContentErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, diagnostic) in self.0.iter().take(SHOWN_PROBLEMS).enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            writeln!(f, "error: {diagnostic}")?;
        }
        let count = self.0.len();
        if count > SHOWN_PROBLEMS {
            writeln!(
                f,
                "\n… and {} more problems, not shown (fix the first ones, then run `rungs check` again)",
                count - SHOWN_PROBLEMS
            )?;
        }
        write!(f, "{count} problem{} found", if count == 1 { "" } else { "s" })
    }
}

impl std::error::Error for ContentErrors {}

/// The candidate closest to `word`, if it is close enough to be a likely typo.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|candidate| (strsim::damerau_levenshtein(word, candidate), candidate))
        .filter(|(distance, candidate)| *distance <= (candidate.len() / 3).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_line_and_column_in_characters() {
        let text = "a = 1\n  ünknown = 2\n";
        let start = text.find("nknown").unwrap();
        let d = Diagnostic::at(Path::new("x.toml"), text, start..start + 6, "bad");
        assert_eq!((d.line, d.column), (2, 4));
        assert_eq!(d.source_line.as_deref(), Some("  ünknown = 2"));
        assert_eq!(d.underline, 6);
        let shown = d.to_string();
        assert!(shown.starts_with("x.toml:2:4: bad"), "{shown}");
        assert!(shown.contains("2 |   ünknown = 2"), "{shown}");
    }

    #[test]
    fn span_past_the_end_is_clamped() {
        let d = Diagnostic::at(Path::new("x.toml"), "abc", 10..20, "eof");
        assert_eq!((d.line, d.column), (1, 4));
    }

    #[test]
    fn the_index_finds_every_line_as_counting_would() {
        let text = "a\n\nbc\nd";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() {
            let counted = text[..offset].matches('\n').count() + 1;
            assert_eq!(index.line_of(offset), counted, "offset {offset}");
        }
    }

    #[test]
    fn only_the_first_problems_are_printed_then_a_count() {
        let problems = (0..SHOWN_PROBLEMS + 5)
            .map(|n| Diagnostic::whole_file(Path::new("x.toml"), format!("problem {n}")))
            .collect();
        let shown = ContentErrors(problems).to_string();
        assert_eq!(shown.matches("error: ").count(), SHOWN_PROBLEMS, "{shown}");
        assert!(shown.contains("and 5 more problems"), "{shown}");
        assert!(shown.ends_with("205 problems found"), "{shown}");
    }

    #[test]
    fn nearest_suggests_only_close_words() {
        let keys = ["responsibilities", "success", "notes"];
        assert_eq!(nearest("responsibilites", keys), Some("responsibilities"));
        assert_eq!(nearest("sucess", keys), Some("success"));
        assert_eq!(nearest("zzzzzzzz", keys), None);
    }
}
