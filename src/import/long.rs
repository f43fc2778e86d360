//! A long sheet, as tools export: one row per expectation, with columns naming its level,
//! area and competency (or skill). Blank cells repeat the row above (merged cells).

use std::collections::HashMap;

use super::columns::{Role, names_skills};
use super::draft::{Draft, DraftCompetency, DraftSkill, Unplaced, comparable, split_cell};
use super::error::ImportError;
use super::grid::Row;
use super::names::level_heading;
use super::wide::milestone;

struct Columns {
    level: usize,
    code: Option<usize>,
    area: Option<usize>,
    name: Option<usize>,
    id: Option<usize>,
    /// The expectation's text.
    text: usize,
    /// A competency's own description, when the sheet has both that and an expectation.
    summary: Option<usize>,
    examples: Option<usize>,
}

pub fn read(header: &Row, roles: &[Role], body: &[Row], draft: &mut Draft) -> Result<(), ImportError> {
    let first = |wanted: Role| roles.iter().position(|&role| role == wanted);
    let (text, summary) = match (first(Role::Expectation), first(Role::Description)) {
        (Some(expectation), description) => (expectation, description),
        (None, Some(description)) => (description, None),
        (None, None) => no_level_column(header)?,
    };
    let level = first(Role::Level).map_or_else(|| no_level_column(header), Ok)?;
    let columns = Columns {
        level,
        code: first(Role::LevelCode),
        area: first(Role::Area),
        name: first(Role::Name),
        id: first(Role::Id),
        text,
        summary,
        examples: first(Role::Examples),
    };
    let skills = columns
        .name
        .is_some_and(|column| names_skills(header.cell(column)));
    // The level, area and name of the row above, for cells left blank (merged in the sheet).
    let mut above = [String::new(), String::new(), String::new()];
    // Each competency's levels in the order its rows give them, to order the levels.
    let mut sequences: Vec<Vec<usize>> = Vec::new();
    let mut by_name: HashMap<(String, String), usize> = HashMap::new();
    for row in body.iter().filter(|row| row.filled() > 0) {
        let held = [Some(columns.level), columns.area, columns.name];
        for (slot, column) in above.iter_mut().zip(held) {
            if let Some(column) = column
                && !row.cell(column).is_empty()
            {
                *slot = row.cell(column).to_string();
            }
        }
        let [level_cell, area, name] = above.clone();
        let text = row.cell(columns.text);
        if level_cell.is_empty() {
            keep_in_summary(draft, row.line, text, "a row with no level");
            continue;
        }
        let (heading_code, title) = level_heading(&level_cell);
        let code = columns
            .code
            .map(|c| row.cell(c).to_string())
            .filter(|c| !c.is_empty())
            .or(heading_code);
        let level = draft.level_index(&title, code, row.line);
        let area = Some(area).filter(|a| !a.is_empty());
        if let Some(area) = &area {
            draft.note_area(area, row.line);
        }
        if text.is_empty() && (name.is_empty() || !skills) {
            continue;
        }
        let id = columns
            .id
            .map(|c| row.cell(c).to_string())
            .filter(|id| !id.is_empty());
        if columns.name.is_none() || name.is_empty() {
            // No competency: the row is one of the level's responsibilities.
            draft.levels[level].responsibilities.push(text.to_string());
            continue;
        }
        if skills {
            draft.levels[level].skills.push(DraftSkill {
                id,
                name,
                summary: Some(text.to_string()).filter(|t| !t.is_empty()),
                area,
                examples: examples(row, columns.examples),
                line: row.line,
            });
            continue;
        }
        let key = (comparable(area.as_deref().unwrap_or("")), comparable(&name));
        let index = *by_name.entry(key).or_insert_with(|| {
            draft.competencies.push(DraftCompetency {
                id,
                name: name.clone(),
                area: area.clone(),
                summary: None,
                milestones: Vec::new(),
                line: row.line,
            });
            sequences.push(Vec::new());
            draft.competencies.len() - 1
        });
        let competency = &mut draft.competencies[index];
        if let Some(column) = columns.summary
            && competency.summary.is_none()
            && !row.cell(column).is_empty()
        {
            competency.summary = Some(row.cell(column).to_string());
        }
        add_expectation(competency, level, text, examples(row, columns.examples), row.line);
        if sequences[index].last() != Some(&level) {
            sequences[index].push(level);
        }
    }
    order_levels(draft, &sequences);
    Ok(())
}

fn no_level_column<T>(header: &Row) -> Result<T, ImportError> {
    Err(ImportError::NoLevelColumns {
        line: header.line,
        found: header.cells.join(", "),
    })
}

fn examples(row: &Row, column: Option<usize>) -> Vec<String> {
    let Some(column) = column else { return Vec::new() };
    let parts = split_cell(row.cell(column));
    parts
        .text
        .into_iter()
        .chain(parts.signals)
        .chain(parts.examples)
        .collect()
}

/// Several rows for one competency at one level are that milestone's signals.
fn add_expectation(
    competency: &mut DraftCompetency,
    level: usize,
    text: &str,
    examples: Vec<String>,
    line: usize,
) {
    let mut more = milestone(level, text, line);
    more.examples.extend(examples);
    match competency.milestones.iter_mut().find(|m| m.level == level) {
        Some(existing) => {
            existing.signals.extend(existing.text.take());
            existing.signals.extend(more.text);
            existing.signals.extend(more.signals);
            existing.examples.extend(more.examples);
        }
        None => competency.milestones.push(more),
    }
}

fn keep_in_summary(draft: &mut Draft, line: usize, text: &str, what: &str) {
    if text.is_empty() {
        return;
    }
    draft.summary.push(text.to_string());
    draft.unplaced.push(Unplaced {
        line,
        what: what.to_string(),
        kept_in: "the ladder's summary".to_string(),
    });
}

/// Orders levels so that every competency's rows go up the ladder (a topological order of
/// the sequences, ties in order of first appearance); sheets sorted by competency list a
/// level first only if no row puts another level before it.
fn order_levels(draft: &mut Draft, sequences: &[Vec<usize>]) {
    let count = draft.levels.len();
    let mut after: Vec<Vec<usize>> = vec![Vec::new(); count];
    let mut before_count = vec![0usize; count];
    for sequence in sequences {
        for pair in sequence.windows(2) {
            if !after[pair[0]].contains(&pair[1]) {
                after[pair[0]].push(pair[1]);
                before_count[pair[1]] += 1;
            }
        }
    }
    let mut order = Vec::with_capacity(count);
    let mut done = vec![false; count];
    while order.len() < count {
        let Some(next) = (0..count).find(|&level| !done[level] && before_count[level] == 0) else {
            return; // The rows disagree (a cycle): keep the order of first appearance.
        };
        done[next] = true;
        order.push(next);
        for &later in &after[next] {
            before_count[later] -= 1;
        }
    }
    let mut new_index = vec![0usize; count];
    for (position, &old) in order.iter().enumerate() {
        new_index[old] = position;
    }
    let mut levels: Vec<_> = std::mem::take(&mut draft.levels).into_iter().map(Some).collect();
    draft.levels = order.iter().filter_map(|&old| levels[old].take()).collect();
    for competency in &mut draft.competencies {
        for milestone in &mut competency.milestones {
            milestone.level = new_index[milestone.level];
        }
        competency.milestones.sort_by_key(|m| m.level);
    }
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
    fn one_row_per_expectation() {
        let draft = read(
            "competency,LEVEL,Behaviour,Examples\n\
             Debugging,Senior,Finds root causes,\n\
             Testing,Junior,Writes tests,unit tests\n\
             Testing,Senior,Plans tests,\n\
             ,,Reviews tests,\n",
        );
        let levels: Vec<_> = draft.levels.iter().map(|l| l.title.as_str()).collect();
        assert_eq!(levels, ["Junior", "Senior"]);
        let testing = &draft.competencies[1];
        assert_eq!(testing.milestones[0].level, 0);
        assert_eq!(testing.milestones[0].examples, ["unit tests"]);
        assert_eq!(testing.milestones[1].signals, ["Plans tests", "Reviews tests"]);
        assert_eq!(draft.competencies[0].milestones[0].level, 1);
    }

    #[test]
    fn a_skill_column_makes_skills_and_no_name_makes_responsibilities() {
        let draft = read("Level,Skill,Description\nL1 – Junior,Testing,Writes tests\n");
        assert_eq!(draft.levels[0].code.as_deref(), Some("L1"));
        assert_eq!(draft.levels[0].skills[0].name, "Testing");
        let draft = read("Level;Expectation\nJunior;Ships small fixes\n");
        assert_eq!(draft.levels[0].responsibilities, ["Ships small fixes"]);
    }
}
