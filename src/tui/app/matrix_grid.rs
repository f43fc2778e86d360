//! The matrix as rows and columns, in rungs' own terms (no drawing): rows are competencies
//! grouped by area (or, for a ladder without competencies, its levels' skills grouped by area),
//! columns are the ladder's levels (main levels, then each track's), and a cell is what a
//! level expects of a row, marked against the person's progress.
//!
//! What a level expects of a competency is asked of `content::Rungs`, the one rule.

use crate::content::{Competency, Ladder, Level, Rungs, Skill};
use crate::progress::{Item, Progress, SkillState};

/// One line of the grid: an area's heading, or a row that can be selected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatrixRow {
    /// `ladder.areas[i]`, or `None` for the rows without an area (when some have one).
    Heading(Option<usize>),
    /// `ladder.competencies[i]`
    Competency(usize),
    /// A level's skill: `column` is the level's column, `skill` its index in the level.
    Skill { column: usize, skill: usize },
}

impl MatrixRow {
    pub fn is_heading(self) -> bool {
        matches!(self, MatrixRow::Heading(_))
    }
}

/// How a cell stands against the person's progress. Read without colour by its symbol.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellMark {
    /// Reached (a milestone at or above it; the skill developed).
    Reached,
    /// Working toward it.
    Developing,
    /// Not assessed, but of a level below mine: counted as met, never written as a tick.
    Assumed,
    Missing,
}

impl CellMark {
    pub fn symbol(self) -> char {
        match self {
            CellMark::Reached => '✓',
            CellMark::Developing => '◐',
            CellMark::Assumed => '○',
            CellMark::Missing => '·',
        }
    }

    /// A skill's cell: the skill is the row, so the cell says only where it stands.
    pub fn word(self) -> &'static str {
        match self {
            CellMark::Reached => "done",
            CellMark::Developing => "working",
            CellMark::Assumed => "assumed",
            CellMark::Missing => "to do",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            CellMark::Reached => "reached",
            CellMark::Developing => "working toward it",
            CellMark::Assumed => "assumed (a level below yours)",
            CellMark::Missing => "not yet",
        }
    }
}

/// What one cell shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// The milestone's title, else its number; for a skill, where it stands.
    pub label: String,
    pub mark: CellMark,
}

/// Every level, as the matrix's columns: the main ladder's, then each track's.
pub fn columns(ladder: &Ladder) -> Vec<&Level> {
    ladder.all_levels().collect()
}

/// The grid's rows, headings included: competencies when the ladder has any, else the
/// levels' skills; grouped by area in the ladder's area order, rows without an area last.
pub fn matrix_rows(ladder: &Ladder) -> Vec<MatrixRow> {
    let rows: Vec<(Option<&str>, MatrixRow)> = if ladder.competencies.is_empty() {
        columns(ladder)
            .iter()
            .enumerate()
            .flat_map(|(column, level)| {
                level
                    .skills
                    .iter()
                    .enumerate()
                    .map(move |(skill, s)| (s.area.as_deref(), MatrixRow::Skill { column, skill }))
            })
            .collect()
    } else {
        ladder
            .competencies
            .iter()
            .enumerate()
            .map(|(i, competency)| (competency.area.as_deref(), MatrixRow::Competency(i)))
            .collect()
    };
    if rows.iter().all(|(area, _)| area.is_none()) {
        return rows.into_iter().map(|(_, row)| row).collect();
    }
    let mut grouped = Vec::with_capacity(rows.len() + ladder.areas.len() + 1);
    for (at, area) in ladder.areas.iter().enumerate() {
        let mut members = rows
            .iter()
            .filter(|(id, _)| *id == Some(area.id.as_str()))
            .peekable();
        if members.peek().is_some() {
            grouped.push(MatrixRow::Heading(Some(at)));
            grouped.extend(members.map(|(_, row)| *row));
        }
    }
    let known = |id: &str| ladder.areas.iter().any(|area| area.id == id);
    let mut others = rows.iter().filter(|(id, _)| !id.is_some_and(known)).peekable();
    if others.peek().is_some() {
        grouped.push(MatrixRow::Heading(None));
        grouped.extend(others.map(|(_, row)| *row));
    }
    grouped
}

/// The skill a skill row stands for.
pub fn row_skill(ladder: &Ladder, row: MatrixRow) -> Option<&Skill> {
    match row {
        MatrixRow::Skill { column, skill } => columns(ladder).get(column)?.skills.get(skill),
        _ => None,
    }
}

/// The index of the milestone of `competency` the person has reached, if any.
pub fn reached(progress: &Progress, ladder: &Ladder, competency: &Competency) -> Option<usize> {
    let entry = progress.record(&ladder.meta.id, &Item::competency(competency.id.as_str()))?;
    let id = entry.milestone.as_deref()?;
    (0..competency.milestones.len()).find(|&at| competency.milestone_id(at).as_deref() == Some(id))
}

/// Whether the person works toward the milestone after the one reached.
pub fn working_toward(progress: &Progress, ladder: &Ladder, competency: &Competency) -> bool {
    progress.item_state(&ladder.meta.id, &Item::competency(competency.id.as_str())) == SkillState::Developing
}

/// What makes a cell's mark: the person's level and target, worked out once per frame.
#[derive(Debug, Clone)]
pub struct Marks<'l> {
    pub rungs: Rungs<'l>,
    ladder: &'l Ladder,
    progress: &'l Progress,
    /// My level's position on the main ladder.
    mine: Option<usize>,
}

impl<'l> Marks<'l> {
    pub fn new(ladder: &'l Ladder, progress: &'l Progress) -> Marks<'l> {
        let mine = progress
            .my_level(&ladder.meta.id)
            .and_then(|id| ladder.levels.iter().position(|level| level.id == id));
        Marks {
            rungs: Rungs::of(ladder),
            ladder,
            progress,
            mine,
        }
    }

    /// Whether the column `column` is a main level below mine (its items are assumed).
    fn below_mine(&self, column: usize) -> bool {
        column < self.ladder.levels.len() && self.mine.is_some_and(|mine| column < mine)
    }

    /// The cell of `row` in `column` (a level), or `None` where the level expects nothing.
    pub fn cell(&self, row: MatrixRow, column: usize, level: &Level) -> Option<Cell> {
        match row {
            MatrixRow::Heading(_) => None,
            MatrixRow::Competency(i) => {
                let competency = self.ladder.competencies.get(i)?;
                let expected = self.rungs.expected(&level.id, competency)?;
                let milestone = competency.milestones.get(expected)?;
                let label = milestone
                    .title
                    .clone()
                    .unwrap_or_else(|| (expected + 1).to_string());
                Some(Cell {
                    label,
                    mark: self.competency_mark(competency, expected, column),
                })
            }
            MatrixRow::Skill { column: own, .. } if own != column => None,
            MatrixRow::Skill { .. } => {
                let skill = row_skill(self.ladder, row)?;
                let state = self.progress.state(&self.ladder.meta.id, &skill.id);
                let mark = self.state_mark(state, column);
                Some(Cell {
                    label: mark.word().to_string(),
                    mark,
                })
            }
        }
    }

    /// How the person stands on the milestone at `expected` of `competency`.
    pub fn competency_mark(&self, competency: &Competency, expected: usize, column: usize) -> CellMark {
        let reached = reached(self.progress, self.ladder, competency);
        if reached.is_some_and(|at| at >= expected) {
            return CellMark::Reached;
        }
        let next = reached.map_or(0, |at| at + 1);
        if next == expected && working_toward(self.progress, self.ladder, competency) {
            return CellMark::Developing;
        }
        let assessed = self
            .progress
            .record(&self.ladder.meta.id, &Item::competency(competency.id.as_str()))
            .is_some();
        if !assessed && self.below_mine(column) {
            CellMark::Assumed
        } else {
            CellMark::Missing
        }
    }

    fn state_mark(&self, state: SkillState, column: usize) -> CellMark {
        match state {
            SkillState::Developed => CellMark::Reached,
            SkillState::Developing => CellMark::Developing,
            SkillState::NotStarted if self.below_mine(column) => CellMark::Assumed,
            SkillState::NotStarted => CellMark::Missing,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{Change, When};

    fn ladder() -> Ladder {
        toml::from_str(
            r#"
            [ladder]
            id = "m"
            title = "M"
            [[areas]]
            id = "craft"
            name = "Craft"
            [[levels]]
            id = "d1"
            title = "D1"
            [[levels]]
            id = "d2"
            title = "D2"
            [[competencies]]
            id = "loose"
            name = "Loose"
            [[competencies.milestones]]
            text = "a"
            level = "d2"
            [[competencies]]
            id = "coding"
            name = "Coding"
            area = "craft"
            [[competencies.milestones]]
            title = "Writes"
            text = "Writes code"
            level = "d1"
            [[competencies.milestones]]
            text = "Designs code"
            level = "d2"
            "#,
        )
        .unwrap_or_else(|error| panic!("{error}"))
    }

    #[test]
    fn rows_are_grouped_by_area_with_the_rest_last() {
        let ladder = ladder();
        assert_eq!(
            matrix_rows(&ladder),
            [
                MatrixRow::Heading(Some(0)),
                MatrixRow::Competency(1),
                MatrixRow::Heading(None),
                MatrixRow::Competency(0),
            ]
        );
    }

    #[test]
    fn cells_show_the_expected_milestone_marked() {
        let ladder = ladder();
        let mut progress = Progress::default();
        let levels = columns(&ladder);
        let coding = MatrixRow::Competency(1);
        let marks = Marks::new(&ladder, &progress);
        let cell = marks
            .cell(coding, 0, levels[0])
            .map(|cell| (cell.label, cell.mark));
        assert_eq!(cell, Some(("Writes".to_string(), CellMark::Missing)));
        let loose = marks.cell(MatrixRow::Competency(0), 0, levels[0]);
        assert_eq!(loose, None, "d1 expects nothing of it");
        progress.apply(&Change::SetMyLevel {
            ladder: "m".into(),
            level: Some("d2".into()),
        });
        progress.apply(&Change::SetMilestone {
            ladder: "m".into(),
            competency: "loose".into(),
            milestone: None,
            working_toward: true,
            at: When::today(),
        });
        let marks = Marks::new(&ladder, &progress);
        let mark = |row, column: usize| marks.cell(row, column, levels[column]).map(|cell| cell.mark);
        assert_eq!(mark(coding, 0), Some(CellMark::Assumed), "below my level");
        assert_eq!(mark(coding, 1), Some(CellMark::Missing));
        assert_eq!(mark(MatrixRow::Competency(0), 1), Some(CellMark::Developing));
        progress.apply(&Change::SetMilestone {
            ladder: "m".into(),
            competency: "coding".into(),
            milestone: Some("2".into()),
            working_toward: false,
            at: When::today(),
        });
        let marks = Marks::new(&ladder, &progress);
        let mark = |row, column: usize| marks.cell(row, column, levels[column]).map(|cell| cell.mark);
        assert_eq!(mark(coding, 0), Some(CellMark::Reached));
        assert_eq!(mark(coding, 1), Some(CellMark::Reached));
    }

    #[test]
    fn a_ladder_without_competencies_shows_each_levels_skills_in_its_column() {
        let ladders = crate::content::builtin().unwrap_or_default();
        let ladder = &ladders[0];
        let rows = matrix_rows(ladder);
        assert_eq!(
            rows.len(),
            ladder.levels.iter().map(|l| l.skills.len()).sum::<usize>() + headings(&rows)
        );
        let first = rows.iter().copied().find(|row| !row.is_heading());
        let levels = columns(ladder);
        let progress = Progress::default();
        let marks = Marks::new(ladder, &progress);
        let Some(MatrixRow::Skill { column, .. }) = first else {
            panic!("skill rows: {rows:?}");
        };
        let Some(row) = first else { return };
        assert!(marks.cell(row, column, levels[column]).is_some());
        assert!(marks.cell(row, column + 1, levels[column + 1]).is_none());
    }

    fn headings(rows: &[MatrixRow]) -> usize {
        rows.iter().filter(|row| row.is_heading()).count()
    }
}
