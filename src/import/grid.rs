//! A table of text cells with the line each row starts on: what a CSV file and a Markdown
//! table both become before a sheet reader interprets them.

use super::error::ImportError;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Grid {
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    /// 1-based line in the file where the row starts.
    pub line: usize,
    pub cells: Vec<String>,
}

impl Row {
    pub fn cell(&self, column: usize) -> &str {
        self.cells.get(column).map_or("", |cell| cell.trim())
    }

    pub fn filled(&self) -> usize {
        self.cells.iter().filter(|cell| !cell.trim().is_empty()).count()
    }
}

/// Reads CSV text: the separator (`,`, `;` or tab) is the one the first lines use; Excel's
/// `sep=;` first line is honoured; quoted fields may hold separators and line breaks.
pub fn read_csv(text: &str) -> Result<Grid, ImportError> {
    let (delimiter, skipped_lines, body) = match text.lines().next().map(str::trim) {
        Some(first) if first.len() == 5 && first.starts_with("sep=") => {
            let body = text.split_once('\n').map_or("", |(_, rest)| rest);
            (first.as_bytes()[4], 1, body)
        }
        _ => (sniff_delimiter(text)?, 0, text),
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(body.as_bytes());
    // Lines are counted from byte offsets: the reader's own count lags behind after CRLF.
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(body.match_indices('\n').map(|(at, _)| at + 1))
        .collect();
    let line_at = |byte: u64| {
        let mut at = byte as usize;
        while body
            .as_bytes()
            .get(at)
            .is_some_and(|b| matches!(b, b'\r' | b'\n'))
        {
            at += 1;
        }
        line_starts.partition_point(|&start| start <= at) + skipped_lines
    };
    let mut grid = Grid::default();
    for record in reader.records() {
        let record = record.map_err(|error| ImportError::Csv {
            line: error.position().map_or(0, |pos| line_at(pos.byte())),
            message: error.to_string(),
        })?;
        let line = record.position().map_or(0, |pos| line_at(pos.byte()));
        grid.rows.push(Row {
            line,
            cells: record.iter().map(clean_cell).collect(),
        });
    }
    Ok(grid)
}

/// A cell's text with Windows line breaks made plain, and the quotes of a hand-written
/// `,  "quoted"` cell (a space before the quote hides it from CSV) taken off.
fn clean_cell(cell: &str) -> String {
    let cell = cell.replace("\r\n", "\n");
    let trimmed = cell.trim();
    match trimmed
        .strip_prefix('"')
        .and_then(|inner| inner.strip_suffix('"'))
    {
        Some(inner) if !inner.contains('"') => inner.to_string(),
        _ => cell,
    }
}

/// The separator used on most of the first non-blank lines (outside quotes).
fn sniff_delimiter(text: &str) -> Result<u8, ImportError> {
    const CANDIDATES: [u8; 3] = [b',', b';', b'\t'];
    let mut lines_with = [0usize; 3];
    let mut totals = [0usize; 3];
    let mut first_line = None;
    for (number, line) in text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .take(10)
    {
        first_line.get_or_insert(number + 1);
        let mut quoted = false;
        let mut counts = [0usize; 3];
        for byte in line.bytes() {
            if byte == b'"' {
                quoted = !quoted;
            } else if !quoted && let Some(index) = CANDIDATES.iter().position(|&c| c == byte) {
                counts[index] += 1;
            }
        }
        for index in 0..3 {
            lines_with[index] += usize::from(counts[index] > 0);
            totals[index] += counts[index];
        }
    }
    let best = (0..3).max_by_key(|&index| (lines_with[index], totals[index], 3 - index));
    match best {
        Some(index) if totals[index] > 0 => Ok(CANDIDATES[index]),
        _ => Err(ImportError::NotCsv {
            line: first_line.unwrap_or(1),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(grid: &Grid) -> Vec<(usize, Vec<&str>)> {
        grid.rows
            .iter()
            .map(|row| (row.line, row.cells.iter().map(String::as_str).collect()))
            .collect()
    }

    #[test]
    fn quoted_fields_with_line_breaks_keep_their_lines() {
        let grid = read_csv("Skill,L1\r\n\"Code, tests\",\"- one\r\n- two\"\r\nDesign,x\r\n").unwrap();
        assert_eq!(
            cells(&grid),
            [
                (1, vec!["Skill", "L1"]),
                (2, vec!["Code, tests", "- one\n- two"]),
                (4, vec!["Design", "x"]),
            ]
        );
    }

    #[test]
    fn semicolons_and_tabs_and_excel_sep_line() {
        let grid = read_csv("Titel;Stufe 1;Stufe 2\nCode;\"a; b\";c\n").unwrap();
        assert_eq!(cells(&grid)[1], (2, vec!["Code", "a; b", "c"]));
        let grid = read_csv("sep=;\nA;B\n1,5;2\n").unwrap();
        assert_eq!(cells(&grid), [(2, vec!["A", "B"]), (3, vec!["1,5", "2"])]);
        let grid = read_csv("A,B\nx,  \"y\"\n").unwrap();
        assert_eq!(cells(&grid)[1], (2, vec!["x", "y"]));
        let grid = read_csv("A\tB\nx, y\tz\n").unwrap();
        assert_eq!(cells(&grid)[1], (2, vec!["x, y", "z"]));
    }

    #[test]
    fn prose_is_not_csv() {
        assert_eq!(
            read_csv("\nJust a sentence\nand another\n"),
            Err(ImportError::NotCsv { line: 2 })
        );
    }
}
