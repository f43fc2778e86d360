//! The matrix screen: a grid of rows (competencies, or skills, by area) against levels, the
//! row labels fixed on the left while the level columns scroll; under it, the selected
//! cell in full (`matrix_cell`). Each cell carries its mark's symbol (✓ ◐ ○ ·), so it reads
//! without colour; my level's column has ★ and bold cells, my target's ◎ and italic ones.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::matrix_cell;
use super::pane_block;
use super::theme::Theme;
use super::wrap::truncate;
use crate::content::{Ladder, Level};
use crate::tui::app::{App, CellMark, Marks, MatrixRow, columns, reached};

/// Level columns are at least this wide (a mark, a space and a few letters of a title).
const MIN_COLUMN: usize = 9;
const MAX_COLUMN: usize = 18;
const MY_LEVEL: &str = "★";
const TARGET: &str = "◎";

/// Draws the screen; returns how many grid rows and level columns fit, for the app to keep
/// the selected cell in view.
pub fn render(app: &App, frame: &mut Frame, body: Rect, theme: &Theme) -> (u16, u16) {
    // The grid takes the rows it has (headers and borders too), leaving the cell's detail at
    // least two fifths of the screen; the detail takes the rest.
    let least_detail = (body.height * 2 / 5).clamp(3, 14);
    let wanted = u16::try_from(app.matrix().rows().len() + 3).unwrap_or(u16::MAX);
    let grid_height = wanted.min(body.height.saturating_sub(least_detail));
    let [grid_area, detail_area] =
        Layout::vertical([Constraint::Length(grid_height), Constraint::Fill(1)]).areas(body);
    let fits = render_grid(app, frame, grid_area, theme);
    matrix_cell::render(app, frame, detail_area, theme);
    fits
}

/// The column geometry: the row labels' width, each level column's width, and how many fit.
struct Geometry {
    label: usize,
    column: usize,
    shown: usize,
}

fn geometry(width: usize, count: usize) -> Geometry {
    let label = (width / 4).clamp(12, 28).min(width);
    let room = width - label;
    let column = (room / count.max(1)).clamp(MIN_COLUMN, MAX_COLUMN);
    let shown = (room / column).clamp(usize::from(room >= column), count);
    Geometry { label, column, shown }
}

fn render_grid(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) -> (u16, u16) {
    let ladder = app.ladder();
    let view = app.matrix();
    let levels = columns(ladder);
    let progress = app.progress();
    let marks = Marks::new(ladder, progress);
    let mut block = pane_block(grid_title(app), true, theme);
    let inner = block.inner(area);
    let geometry = geometry(usize::from(inner.width), levels.len());
    let body_rows = usize::from(inner.height.saturating_sub(1));
    // The app keeps the selection in view for the last frame's size; a resize since then is
    // made up for here, with the same rule.
    let top = crate::tui::app::scrolled_to(view.top(), view.row(), view.row(), body_rows);
    let left = crate::tui::app::scrolled_to(view.left(), view.column(), view.column(), geometry.shown);
    let shown = left..(left + geometry.shown).min(levels.len());
    let indicator = position_indicator(top, body_rows, view.rows().len(), &shown, levels.len());
    if let Some(indicator) = indicator {
        block =
            block.title_bottom(Line::from(Span::styled(indicator, theme.scroll_indicator)).right_aligned());
    }
    let mine = progress.my_level(&ladder.meta.id);
    let target = target_of(app);
    let mut lines = vec![header(
        &levels,
        shown.clone(),
        &geometry,
        view.column(),
        mine,
        target,
        theme,
    )];
    for (at, row) in view.rows().iter().enumerate().skip(top).take(body_rows) {
        let selected = at == view.row();
        let mut spans = vec![row_label(ladder, *row, geometry.label, selected, theme)];
        if let MatrixRow::Heading(_) = row {
            lines.push(Line::from(spans));
            continue;
        }
        for column in shown.clone() {
            let level = levels[column];
            let cell = marks.cell(*row, column, level);
            let mut style = column_style(level, mine, target);
            if selected && column == view.column() {
                style = style.patch(theme.selected);
            }
            spans.extend(cell_spans(cell.as_ref(), geometry.column, style, theme));
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
    let rows = u16::try_from(body_rows).unwrap_or(u16::MAX);
    (rows, u16::try_from(geometry.shown).unwrap_or(u16::MAX))
}

/// "Matrix · 12 competencies · 14 points (D3 asks 25)": what the grid holds, and the points
/// against my level's (or my target's) minimum where the ladder counts points.
fn grid_title(app: &App) -> String {
    let ladder = app.ladder();
    let (count, noun) = if ladder.competencies.is_empty() {
        let skills: usize = columns(ladder).iter().map(|level| level.skills.len()).sum();
        (skills, "skills by level")
    } else {
        (ladder.competencies.len(), "competencies by level")
    };
    let mut title = format!("Matrix · {count} {noun}");
    let counts_points = ladder
        .competencies
        .iter()
        .any(|c| c.milestones.iter().any(|m| m.points.is_some()));
    if counts_points {
        let points: u32 = ladder
            .competencies
            .iter()
            .map(|c| c.points_at(reached(app.progress(), ladder, c)))
            .sum();
        let noun = if points == 1 { "point" } else { "points" };
        title.push_str(&format!(" · you: {points} {noun}"));
        let asks = target_of(app)
            .and_then(|id| ladder.find_level(id))
            .and_then(|level| Some((level, level.min_points?)));
        if let Some((level, min)) = asks {
            title.push_str(&format!(" ({} asks {min})", level_label(level)));
        }
    }
    title
}

/// The level the person aims for: the target they set, else the main level above theirs.
fn target_of(app: &App) -> Option<&str> {
    let ladder = app.ladder();
    let progress = app.progress();
    if let Some(target) = progress.target(&ladder.meta.id) {
        return Some(target);
    }
    let mine = progress.my_level(&ladder.meta.id)?;
    let at = ladder.levels.iter().position(|level| level.id == mine)?;
    ladder.levels.get(at + 1).map(|level| level.id.as_str())
}

/// A level's name in a column head: its code, else its short label.
fn level_label(level: &Level) -> &str {
    level.code.as_deref().unwrap_or_else(|| level.short_label())
}

fn column_style(level: &Level, mine: Option<&str>, target: Option<&str>) -> Style {
    if mine == Some(level.id.as_str()) {
        Style::new().add_modifier(Modifier::BOLD)
    } else if target == Some(level.id.as_str()) {
        Style::new().add_modifier(Modifier::ITALIC)
    } else {
        Style::new()
    }
}

fn header(
    levels: &[&Level],
    shown: std::ops::Range<usize>,
    geometry: &Geometry,
    selected: usize,
    mine: Option<&str>,
    target: Option<&str>,
    theme: &Theme,
) -> Line<'static> {
    let mut spans = vec![Span::styled(pad("", geometry.label), theme.dim)];
    for column in shown {
        let level = levels[column];
        let mark = if mine == Some(level.id.as_str()) {
            format!("{MY_LEVEL} ")
        } else if target == Some(level.id.as_str()) {
            format!("{TARGET} ")
        } else {
            String::new()
        };
        let text = format!(" {mark}{}", level_label(level));
        let mut style = theme.heading.patch(column_style(level, mine, target));
        if column == selected {
            style = style.add_modifier(Modifier::UNDERLINED);
        }
        spans.push(Span::styled(pad(&text, geometry.column), style));
    }
    Line::from(spans)
}

fn row_label(ladder: &Ladder, row: MatrixRow, width: usize, selected: bool, theme: &Theme) -> Span<'static> {
    let (text, style) = match row {
        MatrixRow::Heading(area) => {
            let name = area
                .and_then(|at| ladder.areas.get(at))
                .map_or("Other", |area| area.name.as_str());
            (format!("─ {name}"), theme.group_heading)
        }
        MatrixRow::Competency(i) => {
            let name = ladder.competencies.get(i).map_or("", |c| c.name.as_str());
            (format!("{} {name}", marker(selected)), theme.text)
        }
        MatrixRow::Skill { .. } => {
            let name = crate::tui::app::row_skill(ladder, row).map_or("", |s| s.name.as_str());
            (format!("{} {name}", marker(selected)), theme.text)
        }
    };
    let style = if selected { theme.selected_unfocused } else { style };
    if row.is_heading() {
        Span::styled(text, style)
    } else {
        Span::styled(pad(&truncate(&text, width.saturating_sub(1)), width), style)
    }
}

/// The selected row's label starts with `▸`, so the selection reads without colour.
fn marker(selected: bool) -> &'static str {
    if selected { "▸" } else { " " }
}

/// ` ✓ Adopts` padded to the column: the mark, then the milestone's title or number.
fn cell_spans(
    cell: Option<&crate::tui::app::Cell>,
    width: usize,
    style: Style,
    theme: &Theme,
) -> Vec<Span<'static>> {
    let Some(cell) = cell else {
        return vec![Span::styled(pad(" ", width), style)];
    };
    let label = truncate(&cell.label, width.saturating_sub(3));
    vec![
        Span::styled(" ", style),
        Span::styled(
            format!("{} ", cell.mark.symbol()),
            mark_style(cell.mark, theme).patch(style),
        ),
        Span::styled(pad(&label, width.saturating_sub(3)), theme.text.patch(style)),
    ]
}

pub fn mark_style(mark: CellMark, theme: &Theme) -> Style {
    match mark {
        CellMark::Reached => theme.developed,
        CellMark::Developing => theme.developing,
        CellMark::Assumed => theme.dim,
        CellMark::Missing => theme.not_started,
    }
}

/// `text` padded with spaces (or cut) to exactly `width` columns.
fn pad(text: &str, width: usize) -> String {
    let text = truncate(text, width);
    let fill = width.saturating_sub(text.width());
    format!("{text}{}", " ".repeat(fill))
}

/// ` rows 1-10 of 40 · levels 3-7 of 12 ◀▶ `, when something is off screen.
fn position_indicator(
    top: usize,
    visible: usize,
    rows: usize,
    shown: &std::ops::Range<usize>,
    levels: usize,
) -> Option<String> {
    let mut parts = Vec::new();
    if rows > visible {
        let last = (top + visible).min(rows);
        parts.push(format!("rows {}-{last} of {rows}", top + 1));
    }
    if shown.len() < levels {
        let left = if shown.start > 0 { "◀" } else { "" };
        let right = if shown.end < levels { "▶" } else { "" };
        parts.push(format!(
            "levels {}-{} of {levels} {left}{right}",
            shown.start + 1,
            shown.end
        ));
    }
    (!parts.is_empty()).then(|| format!(" {} ", parts.join(" · ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_fit_or_scroll() {
        let wide = geometry(118, 5);
        assert_eq!((wide.label, wide.column, wide.shown), (28, 18, 5));
        let narrow = geometry(78, 12);
        assert_eq!((narrow.label, narrow.column, narrow.shown), (19, MIN_COLUMN, 6));
        let tiny = geometry(8, 3);
        assert_eq!((tiny.label, tiny.shown), (8, 0));
    }

    #[test]
    fn pads_to_the_column() {
        assert_eq!(pad("ab", 4), "ab  ");
        assert_eq!(pad("abcdef", 4), "abc…");
    }
}
