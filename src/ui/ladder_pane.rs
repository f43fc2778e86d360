//! The left pane: levels in order, the tracks under their group headings, then About.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{HighlightSpacing, List, ListItem, ListState};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use super::wrap::truncate;
use super::{is_focused, pane_block};
use crate::app::{App, Entry, Focus, LadderRow, ladder_rows};

const MARKER: &str = "▸ ";

pub fn render(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    let focused = is_focused(app, Focus::Ladder);
    let block = pane_block("Ladder".to_string(), focused, theme);
    let label_width = usize::from(block.inner(area).width).saturating_sub(MARKER.width());
    let ladder = app.ladder();
    let selected = app.selected_entry();
    let rows = ladder_rows(ladder);
    let mut selected_row = None;
    let items: Vec<ListItem> = rows
        .iter()
        .enumerate()
        .map(|(row, item)| match *item {
            LadderRow::Heading(text) => {
                // The rule marks a heading as such in plain text and monochrome too.
                let heading = format!("─ {text}");
                ListItem::new(Line::styled(truncate(&heading, label_width), theme.group_heading))
            }
            LadderRow::Entry(entry) => {
                if entry == selected {
                    selected_row = Some(row);
                }
                ListItem::new(Line::styled(label(app, entry, label_width), theme.text))
            }
        })
        .collect();
    let highlight = if focused {
        theme.selected
    } else {
        theme.selected_unfocused
    };
    let list = List::new(items)
        .block(block)
        .highlight_symbol(MARKER)
        .highlight_spacing(HighlightSpacing::Always)
        .highlight_style(highlight);
    // A fresh state each frame: `List` scrolls it to keep the selection visible, and the app
    // stays the only owner of what is selected.
    let mut state = ListState::default().with_selected(selected_row);
    frame.render_stateful_widget(list, area, &mut state);
}

/// Levels go by their number and short label, so the rungs read as a ladder; other entries by
/// their title. Both are cut to fit.
fn label(app: &App, entry: Entry, width: usize) -> String {
    let ladder = app.ladder();
    let text = match entry {
        Entry::Level(i) => format!("{} {}", i + 1, entry.short_title(ladder)),
        Entry::Track(_) | Entry::About => entry.title(ladder).to_string(),
    };
    truncate(&text, width)
}
