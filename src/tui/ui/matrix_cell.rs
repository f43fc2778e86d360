//! Under the matrix: the selected cell in full. For a competency, the milestone the selected
//! level expects (its title, number and points, its text, signals and examples) and where
//! the person stands; for a skill, its summary, examples and state.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::Paragraph;

use super::matrix::mark_style;
use super::pane_block;
use super::text::Doc;
use super::theme::Theme;
use crate::content::{Competency, Ladder, Level, Rungs};
use crate::tui::app::{App, Marks, MatrixRow, columns, reached, row_skill};

pub fn render(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    let ladder = app.ladder();
    let view = app.matrix();
    let levels = columns(ladder);
    let (Some(row), Some(level)) = (view.selected_row(), levels.get(view.column()).copied()) else {
        let block = pane_block("Nothing to show".to_string(), false, theme);
        frame.render_widget(
            Paragraph::new("This ladder has no levels or rows.").block(block),
            area,
        );
        return;
    };
    let title = match row {
        MatrixRow::Competency(i) => ladder.competencies.get(i).map_or("", |c| c.name.as_str()),
        _ => row_skill(ladder, row).map_or("", |skill| skill.name.as_str()),
    };
    let block = pane_block(format!("{title} · {}", level.short_label()), false, theme);
    let inner = block.inner(area);
    let mut doc = Doc::new(inner.width, theme);
    match row {
        MatrixRow::Competency(i) => {
            if let Some(competency) = ladder.competencies.get(i) {
                competency_doc(&mut doc, app, competency, level, view.column());
            }
        }
        _ => skill_doc(&mut doc, app, row, view.column(), level),
    }
    let lines: Vec<_> = doc
        .into_lines()
        .into_iter()
        .take(usize::from(inner.height))
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

fn competency_doc(doc: &mut Doc, app: &App, competency: &Competency, level: &Level, column: usize) {
    let ladder = app.ladder();
    let theme = *doc.theme();
    let total = competency.milestones.len();
    let rungs = Rungs::of(ladder);
    let now = reached(app.progress(), ladder, competency);
    let standing = match now.and_then(|at| competency.milestones.get(at).map(|m| (at, m))) {
        Some((at, milestone)) => {
            let title = milestone
                .title
                .as_deref()
                .map(|t| format!(" ({t})"))
                .unwrap_or_default();
            format!("You: milestone {} of {total}{title}", at + 1)
        }
        None => "You: no milestone yet".to_string(),
    };
    let Some(expected) = rungs.expected(&level.id, competency) else {
        doc.dim(&format!(
            "{} expects no milestone of {}. {standing}.",
            level.short_label(),
            competency.name
        ));
        if let Some(summary) = &competency.summary {
            doc.paragraph(summary);
        }
        return;
    };
    let Some(milestone) = competency.milestones.get(expected) else {
        return;
    };
    let mut head = format!("Milestone {} of {total}", expected + 1);
    if let Some(title) = &milestone.title {
        head.push_str(&format!(" · {title}"));
    }
    match milestone.points {
        Some(1) => head.push_str(" · 1 point"),
        Some(points) => head.push_str(&format!(" · {points} points")),
        None => {}
    }
    let mark = Marks::new(ladder, app.progress()).competency_mark(competency, expected, column);
    doc.marked(
        Span::styled(format!("{} ", mark.symbol()), mark_style(mark, &theme)),
        &format!("{head} · {} · {standing}", mark.name()),
    );
    if let Some(text) = &milestone.text {
        doc.paragraph(text);
    }
    doc.section_marked("Signals", &milestone.signals, None);
    doc.section_marked("Examples", &milestone.examples, None);
}

fn skill_doc(doc: &mut Doc, app: &App, row: MatrixRow, column: usize, selected: &Level) {
    let ladder: &Ladder = app.ladder();
    let Some(skill) = row_skill(ladder, row) else {
        return;
    };
    let theme = *doc.theme();
    let marks = Marks::new(ladder, app.progress());
    let MatrixRow::Skill { column: own, .. } = row else {
        return;
    };
    let levels = columns(ladder);
    let owner = levels.get(own).map_or("", |level| level.short_label());
    if own != column {
        doc.dim(&format!(
            "A skill {owner} develops; {} lists other skills.",
            selected.short_label()
        ));
    }
    if let Some(cell) = levels.get(own).and_then(|level| marks.cell(row, own, level)) {
        doc.marked(
            Span::styled(format!("{} ", cell.mark.symbol()), mark_style(cell.mark, &theme)),
            &format!("A skill to develop at {owner} · {}", cell.mark.name()),
        );
    }
    if let Some(summary) = &skill.summary {
        doc.paragraph(summary);
    }
    doc.section_marked("Examples", &skill.examples, None);
}
