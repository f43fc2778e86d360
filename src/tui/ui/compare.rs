//! Compare mode: two levels side by side — what changes, responsibilities, success and
//! skills — scrolled together so the same sections stay roughly level.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use super::gauge::state_symbol;
use super::pane_block;
use super::scroll::render_scrolled;
use super::text::Doc;
use super::theme::Theme;
use crate::content::{Level, SectionKind};
use crate::tui::app::{App, Scrollable, Side};

pub fn render(app: &App, frame: &mut Frame, body: Rect, theme: &Theme) -> Scrollable {
    let compare = app.compare();
    let [left, right] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).areas(body);
    let left_measured = column(
        app,
        frame,
        left,
        compare.left,
        compare.active == Side::Left,
        theme,
    );
    let right_measured = column(
        app,
        frame,
        right,
        compare.right,
        compare.active == Side::Right,
        theme,
    );
    Scrollable {
        content: left_measured.content.max(right_measured.content),
        visible: left_measured.visible.min(right_measured.visible),
    }
}

fn column(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    level_index: usize,
    active: bool,
    theme: &Theme,
) -> Scrollable {
    let levels = &app.ladder().levels;
    let Some(level) = levels.get(level_index) else {
        return Scrollable::default();
    };
    // The arrows say which side ←/→ moves, in words as well as by the thick border.
    let title = if active {
        format!("◀ {} ▶", level.short_label())
    } else {
        level.short_label().to_string()
    };
    let block = pane_block(title, active, theme);
    let mut doc = Doc::new(block.inner(area).width, theme);
    level_comparison(&mut doc, app, level, level_index, levels.len());
    render_scrolled(
        frame,
        area,
        block,
        doc.into_lines(),
        app.compare().scroll.offset(),
        theme,
    )
}

fn level_comparison(doc: &mut Doc, app: &App, level: &Level, index: usize, count: usize) {
    doc.title(&level.title);
    doc.dim(&format!("Level {} of {count}", index + 1));
    // Notes stay out: compare is about what differs between the two levels.
    for section in level.sections().iter().filter(|s| s.kind != SectionKind::Notes) {
        doc.section(section.heading, &section.lines);
    }
    if !level.skills.is_empty() {
        let tally = app.progress().level_tally(app.ladder(), level);
        doc.blank();
        doc.heading(&format!(
            "Skills to develop ({}/{} developed)",
            tally.developed, tally.total
        ));
        let theme = *doc.theme();
        for skill in &level.skills {
            doc.marked(state_symbol(app.skill_state(skill), &theme), &skill.name);
        }
    }
}
