//! `L`: choose one of several loaded ladders.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, HighlightSpacing, List, ListItem, ListState};

use super::theme::Theme;
use super::wrap::truncate;
use super::{centered, pane_block};
use crate::tui::app::App;

pub fn render(app: &App, frame: &mut Frame, body: Rect, theme: &Theme) {
    let ladders = app.ladders();
    let height = u16::try_from(ladders.len().saturating_add(2)).unwrap_or(u16::MAX);
    let area = centered(body, 50, height);
    frame.render_widget(Clear, area);
    let block = pane_block("Ladders".to_string(), true, theme);
    let width = usize::from(block.inner(area).width).saturating_sub(2);
    let items: Vec<ListItem> = ladders
        .iter()
        .enumerate()
        .map(|(i, ladder)| {
            let current = if i == app.ladder_index() { " (open)" } else { "" };
            let label = format!("{}{current}", ladder.meta.title);
            ListItem::new(Line::styled(truncate(&label, width), theme.text))
        })
        .collect();
    let list = List::new(items)
        .block(block)
        .highlight_symbol("▸ ")
        .highlight_spacing(HighlightSpacing::Always)
        .highlight_style(theme.selected);
    let mut state = ListState::default().with_selected(Some(app.picker_index()));
    frame.render_stateful_widget(list, area, &mut state);
}
