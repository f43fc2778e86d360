//! Reading a [`Grid`] (a CSV file or a Markdown table) as a ladder: finding the header row,
//! then reading it as a wide sheet (a column per level) or a long one (a row per expectation).

use super::columns::{Role, role_of};
use super::draft::Draft;
use super::error::ImportError;
use super::grid::{Grid, Row};
use super::{long, wide};

/// Reads a sheet into `draft`; levels it names are merged with any `draft` already has.
pub fn read_sheet(grid: &Grid, draft: &mut Draft) -> Result<(), ImportError> {
    let Some(header_at) = grid.rows.iter().position(|row| row.filled() >= 2) else {
        let line = grid.rows.first().map_or(1, |row| row.line);
        return Err(ImportError::NoLevelColumns {
            line,
            found: grid
                .rows
                .first()
                .map_or_else(String::new, |row| row.cell(0).to_string()),
        });
    };
    // Rows above the header with one cell are the sheet's title, then its summary.
    for row in &grid.rows[..header_at] {
        let text = row
            .cells
            .iter()
            .map(|cell| cell.trim())
            .collect::<Vec<_>>()
            .join(" ");
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        if draft.title.is_none() {
            draft.title = Some(text.to_string());
        } else {
            draft.summary.push(text.to_string());
        }
    }
    let header = &grid.rows[header_at];
    let body = &grid.rows[header_at + 1..];
    check_lengths(header, body)?;
    let roles: Vec<Role> = header.cells.iter().map(|cell| role_of(cell)).collect();
    let is_long = roles.contains(&Role::Level)
        && (roles.contains(&Role::Expectation) || roles.contains(&Role::Description));
    if is_long {
        long::read(header, &roles, body, draft)
    } else {
        wide::read(header, &roles, body, draft)
    }
}

/// Every row has the header's number of cells, give or take blank cells at the end; a row of
/// one cell (an area or a title, as hand-written sheets have) is fine too.
fn check_lengths(header: &Row, body: &[Row]) -> Result<(), ImportError> {
    let width = header.cells.len();
    for row in body {
        let used = row
            .cells
            .iter()
            .rposition(|cell| !cell.trim().is_empty())
            .map_or(0, |last| last + 1);
        let ragged = if row.cells.len() > width {
            used > width
        } else {
            row.cells.len() < width && row.cells.len() > 1
        };
        if ragged {
            return Err(ImportError::Ragged {
                line: row.line,
                found: row.cells.len(),
                expected: width,
                header_line: header.line,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::grid::read_csv;

    fn read(text: &str) -> Result<Draft, ImportError> {
        let mut draft = Draft::default();
        read_sheet(&read_csv(text)?, &mut draft).map(|()| draft)
    }

    #[test]
    fn ragged_rows_are_refused_with_their_line() {
        let problem = read("Skill,L1,L2\nCode,a,b\nDesign,a\n").unwrap_err();
        assert_eq!(
            problem,
            ImportError::Ragged {
                line: 3,
                found: 2,
                expected: 3,
                header_line: 1
            }
        );
        assert_eq!(read("Skill,L1,L2\nCode,a,b,c\n").unwrap_err().line(), Some(2));
        assert!(read("Skill,L1,L2\nCode,a,b,,\nPeople\n").is_ok());
    }

    #[test]
    fn a_sheet_without_level_columns_is_refused() {
        let problem = read("Area,Competency,Description\nX,Y,Z\n").unwrap_err();
        assert_eq!(problem.line(), Some(1));
        assert!(
            matches!(problem, ImportError::NoLevelColumns { .. }),
            "{problem:?}"
        );
    }
}
