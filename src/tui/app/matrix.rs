//! Matrix mode: the ladder as a grid (see `matrix_grid`), one cell selected, and assessing
//! from the grid: Space reaches the selected cell's milestone (or steps back below it), `+`
//! and `-` move a competency's milestone one step. Every assessment is a progress `Change`,
//! saved and undoable like a tick.

use super::cursor::ListCursor;
use super::matrix_grid::{MatrixRow, columns, matrix_rows, reached, row_skill, working_toward};
use super::{App, Effect, Intent, LadderEntry, Mode};
use crate::progress::{Change, Item, SkillState};

/// The grid's rows, the selected cell, and the first row and column on screen.
#[derive(Debug, Default)]
pub struct MatrixView {
    rows: Vec<MatrixRow>,
    /// The selected row, an index into `rows` (never a heading while there are rows).
    row: usize,
    column: ListCursor,
    top: usize,
    left: usize,
}

impl MatrixView {
    /// The grid's rows, headings included.
    pub fn rows(&self) -> &[MatrixRow] {
        &self.rows
    }

    /// The selected row's index in [`MatrixView::rows`].
    pub fn row(&self) -> usize {
        self.row
    }

    pub fn selected_row(&self) -> Option<MatrixRow> {
        self.rows.get(self.row).copied()
    }

    /// The selected column (a level, in `matrix_grid::columns` order).
    pub fn column(&self) -> usize {
        self.column.index()
    }

    /// The first row on screen, as the app last kept it in view.
    pub fn top(&self) -> usize {
        self.top
    }

    /// The first level column on screen.
    pub fn left(&self) -> usize {
        self.left
    }

    /// Moves the row selection `steps` selectable rows (negative: up), stopping at the ends.
    fn step_row(&mut self, steps: isize) {
        let mut at = self.row;
        for _ in 0..steps.unsigned_abs() {
            let next = if steps < 0 {
                (0..at).rev().find(|&i| !self.rows[i].is_heading())
            } else {
                (at + 1..self.rows.len()).find(|&i| !self.rows[i].is_heading())
            };
            match next {
                Some(next) => at = next,
                None => break,
            }
        }
        self.row = at;
    }

    /// Keeps the selected row (and the heading right above it) and column on a screen of
    /// `rows` rows and `columns` level columns.
    fn keep_in_view(&mut self, rows: usize, columns: usize) {
        let wanted_top = match self.row.checked_sub(1) {
            Some(above) if self.rows.get(above).is_some_and(|row| row.is_heading()) => above,
            _ => self.row,
        };
        self.top = scrolled_to(self.top, wanted_top, self.row, rows);
        self.left = scrolled_to(self.left, self.column(), self.column(), columns);
    }
}

/// The first item on screen of a list scrolled from `first` so that `from..=to` shows on a
/// screen of `visible` items (as much of it as fits, `to` first).
pub fn scrolled_to(first: usize, from: usize, to: usize, visible: usize) -> usize {
    if visible == 0 {
        return first;
    }
    let first = first.min(from);
    if to >= first + visible {
        to + 1 - visible
    } else {
        first
    }
}

impl App {
    pub fn matrix(&self) -> &MatrixView {
        &self.matrix
    }

    /// Opens the matrix on the selected level's column (else my level's), at the first row.
    pub(super) fn open_matrix(&mut self) {
        let ladder = self.ladder();
        let levels = columns(ladder);
        let chosen = match self.selected_entry() {
            LadderEntry::Level(i) => ladder.levels.get(i).map(|level| level.id.as_str()),
            _ => self.shown.progress.my_level(&ladder.meta.id),
        };
        let column = chosen
            .and_then(|id| levels.iter().position(|level| level.id == id))
            .unwrap_or(0);
        let rows = matrix_rows(ladder);
        let first = rows.iter().position(|row| !row.is_heading()).unwrap_or(0);
        let mut cursor = ListCursor::default();
        cursor.select(column, levels.len());
        self.matrix = MatrixView {
            rows,
            row: first,
            column: cursor,
            top: 0,
            left: 0,
        };
        self.keep_matrix_in_view();
        self.mode = Mode::Matrix;
    }

    pub(super) fn update_matrix(&mut self, intent: Intent) -> Option<Effect> {
        let page = isize::try_from(self.measured.matrix_rows.saturating_sub(1).max(1)).unwrap_or(1);
        let column_count = columns(self.ladder()).len();
        let view = &mut self.matrix;
        match intent {
            Intent::Up => view.step_row(-1),
            Intent::Down => view.step_row(1),
            Intent::PageUp => view.step_row(-page),
            Intent::PageDown => view.step_row(page),
            Intent::First => view.step_row(-isize::MAX),
            Intent::Last => view.step_row(isize::MAX),
            Intent::EarlierLevel => view.column.step(-1, column_count),
            Intent::LaterLevel => view.column.step(1, column_count),
            Intent::ToggleDeveloped | Intent::NextMilestone | Intent::PreviousMilestone => {
                return self.assess_cell(intent);
            }
            Intent::Back | Intent::OpenMatrix => self.mode = Mode::Browse,
            _ => {}
        }
        self.keep_matrix_in_view();
        None
    }

    /// Keeps the selected cell on screen, as the last frame measured it.
    pub(super) fn keep_matrix_in_view(&mut self) {
        let rows = usize::from(self.measured.matrix_rows);
        let columns = usize::from(self.measured.matrix_columns);
        self.matrix.keep_in_view(rows, columns);
    }

    /// Space, `+` or `-` on the selected cell.
    fn assess_cell(&mut self, intent: Intent) -> Option<Effect> {
        let ladder = self.ladder();
        let ladder_id = ladder.meta.id.clone();
        let row = self.matrix.selected_row()?;
        let change = match row {
            MatrixRow::Heading(_) => return None,
            MatrixRow::Competency(i) => {
                let competency = ladder.competencies.get(i)?;
                let now = reached(&self.shown.progress, ladder, competency);
                let toward = working_toward(&self.shown.progress, ladder, competency);
                let goal = match intent {
                    Intent::NextMilestone => {
                        let next = now.map_or(0, |at| at + 1);
                        if next >= competency.milestones.len() {
                            self.info = Some(format!("{} is at its last milestone", competency.name));
                            return None;
                        }
                        Some(next)
                    }
                    Intent::PreviousMilestone => match now {
                        None if !toward => return None,
                        None => None,
                        Some(at) => at.checked_sub(1),
                    },
                    _ => {
                        let level = *columns(ladder).get(self.matrix.column())?;
                        let Some(expected) = self.matrix_expected(level, competency) else {
                            self.info = Some(format!(
                                "{} expects no milestone of {}: + and - move through its milestones",
                                level.short_label(),
                                competency.name
                            ));
                            return None;
                        };
                        if now.is_some_and(|at| at >= expected) {
                            expected.checked_sub(1)
                        } else {
                            Some(expected)
                        }
                    }
                };
                Change::SetMilestone {
                    ladder: ladder_id,
                    competency: competency.id.clone(),
                    milestone: goal
                        .and_then(|at| competency.milestone_id(at))
                        .map(|id| id.into_owned()),
                    working_toward: false,
                    at: self.today(),
                }
            }
            MatrixRow::Skill { .. } => {
                let skill = row_skill(ladder, row)?;
                let state = self.shown.progress.state(&ladder_id, &skill.id);
                let state = match (intent, state) {
                    (Intent::NextMilestone, SkillState::NotStarted) => SkillState::Developing,
                    (Intent::NextMilestone, _) => SkillState::Developed,
                    (Intent::PreviousMilestone, SkillState::Developed) => SkillState::Developing,
                    (Intent::PreviousMilestone, _) => SkillState::NotStarted,
                    (_, SkillState::Developed) => SkillState::NotStarted,
                    _ => SkillState::Developed,
                };
                Change::SetState {
                    ladder: ladder_id,
                    item: Item::skill(skill.id.as_str()),
                    state,
                    at: self.today(),
                }
            }
        };
        self.record(change)
    }

    fn matrix_expected(
        &self,
        level: &crate::content::Level,
        competency: &crate::content::Competency,
    ) -> Option<usize> {
        crate::content::Rungs::of(self.ladder()).expected(&level.id, competency)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::builtin;
    use crate::tui::app::test_support::{LADDER, NOW};

    fn matrix_app() -> App {
        let ladder = crate::content::parse_ladder(
            std::path::Path::new("m.toml"),
            br#"
            [ladder]
            id = "m"
            title = "M"
            [[levels]]
            id = "d1"
            title = "D1"
            [[levels]]
            id = "d2"
            title = "D2"
            [[competencies]]
            id = "coding"
            name = "Coding"
            [[competencies.milestones]]
            text = "Writes code"
            level = "d1"
            [[competencies.milestones]]
            id = "designs"
            text = "Designs code"
            level = "d2"
            [[competencies.milestones]]
            text = "Sets direction"
            "#,
        )
        .unwrap_or_else(|errors| panic!("{errors:?}"));
        App::new(vec![ladder], false).unwrap_or_else(|| panic!("an app"))
    }

    fn milestone(app: &App) -> Option<String> {
        app.progress()
            .record("m", &Item::competency("coding"))
            .and_then(|entry| entry.milestone.clone())
    }

    #[test]
    fn space_reaches_the_cells_milestone_and_steps_back_below_it() {
        let mut app = matrix_app();
        app.update(Intent::OpenMatrix, NOW);
        assert_eq!(app.mode(), Mode::Matrix);
        app.update(Intent::LaterLevel, NOW);
        assert!(app.update(Intent::ToggleDeveloped, NOW).is_some());
        assert_eq!(milestone(&app).as_deref(), Some("designs"));
        app.update(Intent::ToggleDeveloped, NOW);
        assert_eq!(milestone(&app).as_deref(), Some("1"), "back below d2's");
        app.update(Intent::NextMilestone, NOW);
        app.update(Intent::NextMilestone, NOW);
        assert_eq!(milestone(&app).as_deref(), Some("3"));
        app.update(Intent::NextMilestone, NOW);
        assert_eq!(app.info(), Some("Coding is at its last milestone"));
        for _ in 0..3 {
            app.update(Intent::PreviousMilestone, NOW);
        }
        assert_eq!(app.progress().record("m", &Item::competency("coding")), None);
        app.update(Intent::Back, NOW);
        assert_eq!(app.mode(), Mode::Browse);
    }

    #[test]
    fn the_builtin_ladder_assesses_its_skills_from_the_grid() {
        let mut app = App::new(builtin().unwrap_or_default(), false).unwrap_or_else(|| panic!("an app"));
        app.update(Intent::OpenMatrix, NOW);
        app.update(Intent::ToggleDeveloped, NOW);
        assert_eq!(
            app.progress().state(LADDER, "product-thinking"),
            SkillState::Developed
        );
        app.update(Intent::Down, NOW);
        app.update(Intent::NextMilestone, NOW);
        assert_eq!(
            app.progress().state(LADDER, "technical-curiosity"),
            SkillState::Developing
        );
    }

    #[test]
    fn scrolling_keeps_the_selection_and_its_heading_on_screen() {
        assert_eq!(scrolled_to(0, 12, 12, 10), 3);
        assert_eq!(scrolled_to(5, 4, 5, 10), 4, "the heading above comes into view");
        assert_eq!(scrolled_to(3, 5, 5, 10), 3, "already on screen");
        assert_eq!(scrolled_to(7, 2, 2, 0), 7, "nothing measured yet");
    }
}
