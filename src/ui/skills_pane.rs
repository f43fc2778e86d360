//! The skills of the selected level or track; with focus, the selected skill's summary
//! under the list.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{HighlightSpacing, List, ListItem, ListState, Paragraph};

use super::text::Doc;
use super::theme::Theme;
use super::wrap::{truncate, wrap};
use super::{is_focused, pane_block};
use crate::app::{App, Focus};

const MARKER: &str = "▸ ";
/// Summary lines shown at most; the pane must leave the detail pane room to breathe.
const MAX_SUMMARY_LINES: usize = 6;

/// The height the pane would like: borders, one row per skill and, with focus, the summary.
pub fn wanted_height(app: &App, width: u16) -> u16 {
    let skills = app.skills().len();
    let summary = if is_focused(app, Focus::Skills) {
        1 + summary_lines(app, width.saturating_sub(2)).min(MAX_SUMMARY_LINES)
    } else {
        0
    };
    u16::try_from(skills + summary + 2).unwrap_or(u16::MAX)
}

fn summary_lines(app: &App, width: u16) -> usize {
    app.selected_skill()
        .and_then(|skill| skill.summary.as_deref())
        .map_or(0, |summary| wrap(summary, usize::from(width)).len())
}

pub fn render(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    let focused = is_focused(app, Focus::Skills);
    let skills = app.skills();
    let title = format!("Skills to develop ({})", skills.len());
    let mut block = pane_block(title, focused, theme);
    if !focused && !skills.is_empty() {
        block = block.title_bottom(
            Line::from(vec![
                Span::styled(" Enter", theme.key),
                Span::styled(" to read a skill ", theme.dim),
            ])
            .right_aligned(),
        );
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if skills.is_empty() || inner.height == 0 {
        return;
    }
    let list_height = u16::try_from(skills.len()).unwrap_or(u16::MAX);
    let [list_area, summary_area] =
        Layout::vertical([Constraint::Length(list_height), Constraint::Fill(1)]).areas(inner);
    let name_width = usize::from(inner.width).saturating_sub(2);
    let items: Vec<ListItem> = skills
        .iter()
        .map(|skill| ListItem::new(Line::styled(truncate(&skill.name, name_width), theme.text)))
        .collect();
    let list = List::new(items)
        .highlight_symbol(MARKER)
        .highlight_spacing(HighlightSpacing::Always)
        .highlight_style(theme.selected);
    let selected = focused.then_some(app.skill_index());
    let mut state = ListState::default().with_selected(selected);
    frame.render_stateful_widget(list, list_area, &mut state);

    if focused && summary_area.height > 1 {
        let summary = app.selected_skill().and_then(|skill| skill.summary.as_deref());
        let mut doc = Doc::new(summary_area.width, theme);
        doc.paragraph(summary.unwrap_or("No summary for this skill."));
        let mut lines = vec![Line::default()];
        lines.extend(doc.into_lines());
        frame.render_widget(Paragraph::new(lines), summary_area);
    }
}
