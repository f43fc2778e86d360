//! The skills of the selected level or track, each with its state (✓ ◐ ·) and ✎ when it has a
//! note; with focus, the selected skill's summary, when it got its state, and its note
//! under the list.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{HighlightSpacing, List, ListItem, ListState, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::gauge::state_symbol;
use super::text::Doc;
use super::theme::Theme;
use super::wrap::truncate;
use super::{is_focused, pane_block};
use crate::tui::app::{App, Focus, Intent, ListView};
use crate::tui::keymap::{Scope, key_for};

const MARKER: &str = "▸ ";
const NOTE_MARK: &str = " ✎";
/// Summary and note lines shown at most; the pane must leave the detail pane room to breathe.
const MAX_DETAIL_LINES: usize = 8;

/// The height the pane would like: borders, one row per skill shown (or the "all hidden"
/// line) and, with focus, the summary and note.
pub fn wanted_height(app: &App, width: u16, theme: &Theme) -> u16 {
    let rows = app.visible_skills().len().max(1);
    let detail = if is_focused(app, Focus::Skills) {
        1 + detail_lines(app, width.saturating_sub(2), theme).len()
    } else {
        0
    };
    u16::try_from(rows + detail + 2).unwrap_or(u16::MAX)
}

/// The selected skill's summary, its note, and when it got its state, wrapped to `width`.
fn detail_lines(app: &App, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let Some(skill) = app.selected_skill() else {
        return Vec::new();
    };
    let mut doc = Doc::new(width, theme);
    doc.paragraph(skill.summary.as_deref().unwrap_or("No summary for this skill."));
    // The note (the person's evidence) comes before the date it got its state: where the pane
    // is short, the evidence is what must stay on screen.
    let note = app.skill_note(skill);
    let state_date = app.skill_state_date(skill);
    if note.is_some() || state_date.is_some() {
        doc.blank();
    }
    if let Some(note) = note {
        // The ✎ ties the note to the ✎ in the list; no heading, to save lines.
        for (i, line) in note.lines().enumerate() {
            let marker = if i == 0 { "✎ " } else { "  " };
            doc.marked(Span::styled(marker, theme.heading), line);
        }
    }
    if let Some(state_date) = &state_date {
        // The state's own symbol leads, so the line reads without colour.
        doc.marked(state_symbol(app.skill_state(skill), theme), state_date);
    }
    let mut lines = doc.into_lines();
    lines.truncate(MAX_DETAIL_LINES);
    lines
}

fn title(app: &App) -> String {
    let total = app.skills().len();
    match app.hidden_skill_count() {
        hidden if app.hides_developed() && hidden > 0 => {
            format!("Skills to develop ({total}) · hiding {hidden} developed")
        }
        _ => format!("Skills to develop ({total})"),
    }
}

/// Draws the pane; returns where the skill rows went, for mouse clicks.
pub fn render(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) -> ListView {
    let focused = is_focused(app, Focus::Skills);
    let skills = app.visible_skills();
    let mut block = pane_block(title(app), focused, theme);
    if !focused && !skills.is_empty() {
        block = block.title_bottom(
            Line::from(vec![
                Span::styled(
                    format!(" {}", key_for(Intent::Open, Scope::Pane(Focus::Ladder))),
                    theme.key,
                ),
                Span::styled(" to read a skill ", theme.dim),
            ])
            .right_aligned(),
        );
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height == 0 {
        return ListView::default();
    }
    if skills.is_empty() {
        let all = app.skills().len();
        let notice = Line::from(vec![
            Span::styled(format!("All {all} developed · "), theme.dim),
            Span::styled("H", theme.key),
            Span::styled(" shows them", theme.dim),
        ]);
        frame.render_widget(Paragraph::new(notice), inner);
        return ListView::default();
    }
    let list_height = u16::try_from(skills.len()).unwrap_or(u16::MAX);
    let [list_area, detail_area] =
        Layout::vertical([Constraint::Length(list_height), Constraint::Fill(1)]).areas(inner);
    let row_width = usize::from(inner.width).saturating_sub(MARKER.width());
    let items: Vec<ListItem> = skills
        .iter()
        .map(|skill| {
            let state = app.skill_state(skill);
            let symbol = state_symbol(state, theme);
            let note = if app.skill_note(skill).is_some() {
                NOTE_MARK
            } else {
                ""
            };
            let name_width = row_width.saturating_sub(symbol.content.width() + note.width());
            ListItem::new(Line::from(vec![
                symbol,
                Span::styled(truncate(&skill.name, name_width), theme.text),
                Span::styled(note, theme.dim),
            ]))
        })
        .collect();
    let list = List::new(items)
        .highlight_symbol(MARKER)
        .highlight_spacing(HighlightSpacing::Always)
        .highlight_style(theme.selected);
    let selected = focused.then_some(app.skill_index());
    let mut state = ListState::default().with_selected(selected);
    frame.render_stateful_widget(list, list_area, &mut state);

    if focused && detail_area.height > 1 {
        let mut lines = vec![Line::default()];
        lines.extend(detail_lines(app, detail_area.width, theme));
        frame.render_widget(Paragraph::new(lines), detail_area);
    }
    ListView {
        area: super::area(list_area),
        first: state.offset(),
    }
}
