//! A wide sheet, as people lay out a matrix: a row per competency, a column per level, each
//! cell that level's expectation. Rows with only an area name start an area; rows with no
//! name continue the row above.

use super::columns::Role;
use super::draft::{Draft, DraftCompetency, DraftMilestone, DraftSkill, Unplaced, comparable, split_cell};
use super::error::ImportError;
use super::grid::Row;
use super::names::level_heading;

/// Which column does what, once the header is read.
struct Layout {
    name: usize,
    area: Option<usize>,
    id: Option<usize>,
    description: Option<usize>,
    kind: Option<usize>,
    /// (column, index into the draft's levels)
    levels: Vec<(usize, usize)>,
    /// (column, header) of text that is not a level.
    extras: Vec<(usize, String)>,
}

pub fn read(header: &Row, roles: &[Role], body: &[Row], draft: &mut Draft) -> Result<(), ImportError> {
    let layout = layout(header, roles, draft)?;
    let mut area: Option<String> = None;
    let mut extra_cells = vec![0usize; layout.extras.len()];
    let mut at_top = true;
    for row in body {
        if row.filled() == 0 {
            continue;
        }
        if at_top && level_row(&layout, row, draft) {
            continue;
        }
        at_top = false;
        let name = row.cell(layout.name);
        let row_area = layout
            .area
            .map(|column| row.cell(column))
            .filter(|cell| !cell.is_empty());
        let level_cells: Vec<(usize, &str)> = layout
            .levels
            .iter()
            .map(|&(column, level)| (level, row.cell(column)))
            .filter(|(_, cell)| !cell.is_empty())
            .collect();
        // A one-cell row, or a row naming an area with no level text, starts an area.
        let area_only =
            level_cells.is_empty() && (name.is_empty() || row.cells.len() == 1 || layout.area.is_none());
        if area_only {
            let title = row_area.unwrap_or(if name.is_empty() { row.cell(0) } else { name });
            draft.note_area(title, row.line);
            if let Some(column) = layout.description
                && let Some(area) = draft
                    .areas
                    .iter_mut()
                    .find(|a| comparable(&a.name) == comparable(title))
                && !row.cell(column).is_empty()
            {
                area.summary = Some(row.cell(column).to_string());
            }
            area = Some(title.to_string());
            continue;
        }
        if let Some(row_area) = row_area {
            draft.note_area(row_area, row.line);
            area = Some(row_area.to_string());
        }
        if name.is_empty() {
            continue_previous(draft, &level_cells, row.line);
            continue;
        }
        let kind = layout.kind.map(|column| comparable(row.cell(column)));
        if kind.as_deref() == Some("skill") {
            add_skill(draft, &layout, row, area.clone(), &level_cells);
            continue;
        }
        let mut summary = layout
            .description
            .map(|c| row.cell(c).to_string())
            .filter(|s| !s.is_empty());
        for (index, (column, title)) in layout.extras.iter().enumerate() {
            let cell = row.cell(*column);
            if !cell.is_empty() {
                extra_cells[index] += 1;
                let line = format!("{title}: {cell}");
                summary = Some(summary.map_or(line.clone(), |s| format!("{s}\n\n{line}")));
            }
        }
        let milestones = level_cells
            .iter()
            .map(|&(level, cell)| milestone(level, cell, row.line))
            .collect();
        draft.competencies.push(DraftCompetency {
            id: layout
                .id
                .map(|c| row.cell(c).to_string())
                .filter(|id| !id.is_empty()),
            name: name.to_string(),
            area: area.clone(),
            summary,
            milestones,
            line: row.line,
        });
    }
    for ((_, title), cells) in layout.extras.iter().zip(extra_cells) {
        if cells > 0 {
            draft.unplaced.push(Unplaced {
                line: header.line,
                what: format!(
                    "column `{title}` ({cells} {})",
                    if cells == 1 { "cell" } else { "cells" }
                ),
                kept_in: "the summaries of the competencies in those rows".to_string(),
            });
        }
    }
    Ok(())
}

fn layout(header: &Row, roles: &[Role], draft: &mut Draft) -> Result<Layout, ImportError> {
    let first = |wanted: Role| roles.iter().position(|&role| role == wanted);
    let name = first(Role::Name).or_else(|| first(Role::Other)).unwrap_or(0);
    let mut layout = Layout {
        name,
        area: first(Role::Area),
        id: first(Role::Id),
        description: first(Role::Description),
        kind: first(Role::Kind),
        levels: Vec::new(),
        extras: Vec::new(),
    };
    let mut progress = Vec::new();
    for (column, role) in roles.iter().enumerate() {
        let title = header.cell(column);
        let taken = [
            Some(layout.name),
            layout.area,
            layout.id,
            layout.description,
            layout.kind,
        ];
        if taken.contains(&Some(column)) {
            continue;
        }
        match role {
            Role::Other if !title.is_empty() => {
                let (code, title) = level_heading(title);
                let level = draft.level_index(&title, code, header.line);
                layout.levels.push((column, level));
            }
            Role::Progress => progress.push(title.to_string()),
            _ => {
                let title = if title.is_empty() {
                    format!("column {}", column + 1)
                } else {
                    title.to_string()
                };
                layout.extras.push((column, title));
            }
        }
    }
    if layout.levels.is_empty() {
        let found = header
            .cells
            .iter()
            .map(|cell| format!("`{}`", cell.trim()))
            .collect::<Vec<_>>()
            .join(", ");
        return Err(ImportError::NoLevelColumns {
            line: header.line,
            found,
        });
    }
    if !progress.is_empty() {
        draft.unplaced.push(Unplaced {
            line: header.line,
            what: format!("progress columns {}", progress.join(", ")),
            kept_in: "nowhere: import reads the ladder, not anyone's progress".to_string(),
        });
    }
    Ok(layout)
}

/// A row right under the header (or under another such row) that gives each level column its
/// id or code: `Id` or `Code` in the name column.
fn level_row(layout: &Layout, row: &Row, draft: &mut Draft) -> bool {
    let label = comparable(row.cell(layout.name));
    let label = if label.is_empty() {
        comparable(row.cell(0))
    } else {
        label
    };
    let is_id = matches!(label.as_str(), "id" | "level id" | "ids");
    let is_code = matches!(label.as_str(), "code" | "level code" | "codes");
    if !is_id && !is_code {
        return false;
    }
    for &(column, level) in &layout.levels {
        let cell = row.cell(column);
        if cell.is_empty() {
            continue;
        }
        if is_id {
            if draft.level_ids.len() <= level {
                draft.level_ids.resize(level + 1, None);
            }
            draft.level_ids[level] = Some(cell.to_string());
        } else if let Some(target) = draft.levels.get_mut(level) {
            target.code = Some(cell.to_string());
        }
    }
    true
}

pub fn milestone(level: usize, cell: &str, line: usize) -> DraftMilestone {
    let parts = split_cell(cell);
    DraftMilestone {
        level,
        title: parts.title,
        text: parts.text,
        signals: parts.signals,
        examples: parts.examples,
        line,
    }
}

/// A row without a name adds its cells to the competency above (merged cells in a sheet).
fn continue_previous(draft: &mut Draft, level_cells: &[(usize, &str)], line: usize) {
    let Some(previous) = draft.competencies.last_mut() else {
        let text: Vec<&str> = level_cells.iter().map(|(_, cell)| *cell).collect();
        draft.summary.push(text.join("\n"));
        draft.unplaced.push(Unplaced {
            line,
            what: "a row with no competency name".to_string(),
            kept_in: "the ladder's summary".to_string(),
        });
        return;
    };
    for &(level, cell) in level_cells {
        let more = milestone(level, cell, line);
        match previous.milestones.iter_mut().find(|m| m.level == level) {
            Some(existing) => {
                existing.signals.extend(existing.text.take());
                existing.signals.extend(more.text);
                existing.signals.extend(more.signals);
                existing.examples.extend(more.examples);
            }
            None => previous.milestones.push(more),
        }
    }
    previous.milestones.sort_by_key(|m| m.level);
}

/// A `skill` row (from `rungs export --format csv`): a skill of the level whose cell is filled.
fn add_skill(draft: &mut Draft, layout: &Layout, row: &Row, area: Option<String>, cells: &[(usize, &str)]) {
    let Some(&(level, cell)) = cells.first() else {
        return;
    };
    let summary = (!is_mark(cell)).then(|| cell.to_string());
    let id = layout
        .id
        .map(|c| row.cell(c).to_string())
        .filter(|id| !id.is_empty());
    if let Some(target) = draft.levels.get_mut(level) {
        target.skills.push(DraftSkill {
            id,
            name: row.cell(layout.name).to_string(),
            summary,
            area,
            examples: Vec::new(),
            line: row.line,
        });
    }
}

/// A cell that only says "yes, at this level".
pub fn is_mark(cell: &str) -> bool {
    matches!(cell.trim(), "x" | "X" | "✓" | "✔" | "yes" | "Yes" | "•" | "*")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::grid::read_csv;
    use crate::import::sheet::read_sheet;

    fn read(text: &str) -> Draft {
        let mut draft = Draft::default();
        read_sheet(&read_csv(text).unwrap(), &mut draft).unwrap();
        draft
    }

    #[test]
    fn areas_competencies_and_levels() {
        let draft = read(
            "Engineering ladder\n\
             Area,Competency,L1 – Junior,L2 – Senior,Notes\n\
             Craft,,,,\n\
             ,Testing,Writes tests,\"Designs test strategy\n- reviews others' tests\",see wiki\n\
             ,Debugging,,Finds root causes,\n\
             People\n\
             ,Mentoring,,Mentors one person,\n",
        );
        assert_eq!(draft.title.as_deref(), Some("Engineering ladder"));
        let levels: Vec<_> = draft
            .levels
            .iter()
            .map(|l| (l.code.as_deref(), l.title.as_str()))
            .collect();
        assert_eq!(levels, [(Some("L1"), "Junior"), (Some("L2"), "Senior")]);
        let areas: Vec<_> = draft.areas.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(areas, ["Craft", "People"]);
        let testing = &draft.competencies[0];
        assert_eq!(testing.area.as_deref(), Some("Craft"));
        assert_eq!(testing.summary.as_deref(), Some("Notes: see wiki"));
        assert_eq!(
            testing.milestones[1].text.as_deref(),
            Some("Designs test strategy")
        );
        assert_eq!(testing.milestones[1].signals, ["reviews others' tests"]);
        assert_eq!(draft.competencies[1].milestones.len(), 1);
        assert_eq!(draft.competencies[2].area.as_deref(), Some("People"));
        assert_eq!(draft.unplaced.len(), 1, "{:?}", draft.unplaced);
    }

    #[test]
    fn a_row_without_a_name_continues_the_one_above() {
        let draft = read("Skill,Junior,Senior\nTesting,Writes tests,Plans tests\n,Runs them,\n");
        let testing = &draft.competencies[0];
        assert_eq!(draft.competencies.len(), 1);
        assert_eq!(testing.milestones[0].text, None);
        assert_eq!(testing.milestones[0].signals, ["Writes tests", "Runs them"]);
    }

    #[test]
    fn id_and_code_rows_name_the_levels() {
        let draft = read("Competency,Junior,Senior\nId,jr,sr\nCode,L1,L2\nTesting,a,b\nCode,c,d\n");
        assert_eq!(draft.level_ids, [Some("jr".to_string()), Some("sr".to_string())]);
        assert_eq!(draft.levels[1].code.as_deref(), Some("L2"));
        // Only rows right under the header name levels; later ones are competencies.
        let names: Vec<_> = draft.competencies.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Testing", "Code"]);
    }
}
