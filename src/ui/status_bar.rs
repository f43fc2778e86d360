//! The bottom line: the keys that work right now, straight from the key table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::app::App;
use crate::keymap::{Binding, active_bindings};

pub fn render(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    let mut spans: Vec<Span> = vec![Span::raw(" ")];
    let mut used = 1;
    // Hints are grouped over all active bindings first, so `q` and `C-c` share one "quit".
    let (primary, secondary): (Vec<_>, Vec<_>) = hint_groups(&active_bindings(app))
        .into_iter()
        .partition(|group| group.iter().any(|b| b.primary));
    let hints = primary
        .iter()
        .chain(&secondary)
        .map(|group| (group_label(group), group[0].hint));
    for (keys, hint) in hints {
        let width = keys.width() + 1 + hint.width() + 2;
        if used + width > usize::from(area.width) {
            continue;
        }
        used += width;
        spans.push(Span::styled(keys, theme.key));
        spans.push(Span::styled(format!(" {hint}  "), theme.hint));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The bindings grouped by hint, in order of first appearance. Bindings sharing a hint are
/// shown as one: Up and Down read `↑↓/kj move` rather than repeating "move".
fn hint_groups(bindings: &[Binding]) -> Vec<Vec<Binding>> {
    let mut groups: Vec<Vec<Binding>> = Vec::new();
    for binding in bindings {
        match groups.iter_mut().find(|group| group[0].hint == binding.hint) {
            Some(group) => group.push(*binding),
            None => groups.push(vec![*binding]),
        }
    }
    groups
}

/// `↑↓/kj` when every key is one column wide (merged variant by variant), else all the keys
/// joined by `/` (`q/C-c`).
fn group_label(group: &[Binding]) -> String {
    let all_narrow = group
        .iter()
        .all(|b| b.keys.iter().all(|key| key.label().width() == 1));
    if group.len() > 1 && all_narrow {
        let variants = group.iter().map(|b| b.keys.len()).max().unwrap_or(0);
        let merged: Vec<String> = (0..variants)
            .map(|i| {
                group
                    .iter()
                    .filter_map(|b| b.keys.get(i).map(|key| key.label()))
                    .collect::<String>()
            })
            .collect();
        merged.join("/")
    } else {
        let keys: Vec<String> = group
            .iter()
            .flat_map(|b| b.keys.iter().map(|key| key.label()))
            .collect();
        keys.join("/")
    }
}
