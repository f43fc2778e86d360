//! The bottom line: the keys that work right now, straight from the key table, after a
//! failed save's message and the app's notice (a failed editor) when there are any.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use super::wrap::truncate;
use crate::tui::app::{App, Intent};
use crate::tui::keymap::{Binding, Shown, active_bindings, why_not_here};

pub fn render(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    let mut spans: Vec<Span> = vec![Span::raw(" ")];
    let mut used = 1;
    if let Some(error) = app.save_error() {
        // The error comes first and may take the whole line: losing a tick silently is
        // worse than losing the key hints for a moment.
        let message = format!("✗ not saved, will retry: {error} ");
        let message = truncate(&message, usize::from(area.width).saturating_sub(used));
        used += message.width() + 1;
        spans.push(Span::styled(message, theme.error));
        spans.push(Span::raw(" "));
    }
    if let Some(notice) = app.notice() {
        let message = format!("✗ {notice} ");
        let message = truncate(&message, usize::from(area.width).saturating_sub(used));
        used += message.width() + 1;
        spans.push(Span::styled(message, theme.error));
        spans.push(Span::raw(" "));
    }
    if let Some(why) = app.not_here().and_then(|binding| why_not_here(app, binding)) {
        let message = truncate(&format!("{why} "), usize::from(area.width).saturating_sub(used));
        used += message.width() + 1;
        spans.push(Span::styled(message, theme.warning));
        spans.push(Span::raw(" "));
    }
    if let Some(info) = app.info() {
        let message = format!("{info} ");
        let message = truncate(&message, usize::from(area.width).saturating_sub(used));
        used += message.width() + 1;
        spans.push(Span::styled(message, theme.warning));
        spans.push(Span::raw(" "));
    }
    // Hints are grouped over all active bindings first, so `q` and `C-c` share one "quit".
    let shown: Vec<Binding> = active_bindings(app)
        .into_iter()
        .filter(|binding| binding.shown != Shown::HelpOnly)
        .collect();
    let (primary, secondary): (Vec<_>, Vec<_>) = hint_groups(&shown)
        .into_iter()
        .partition(|group| group.iter().any(|b| b.shown == Shown::First));
    let groups: Vec<&Vec<Binding>> = primary.iter().chain(&secondary).collect();
    // `?`, and `q` where it quits, keep their room at every width (elsewhere Esc closes,
    // and `C-c` waits its turn).
    let is_help = |group: &Vec<Binding>| {
        group
            .iter()
            .any(|b| b.intent == Intent::ToggleHelp || (b.intent == Intent::Quit && b.shown == Shown::First))
    };
    let mut room = usize::from(area.width).saturating_sub(used);
    let mut shown = vec![false; groups.len()];
    let help_first = (0..groups.len()).filter(|&i| is_help(groups[i]));
    let others = (0..groups.len()).filter(|&i| !is_help(groups[i]));
    for i in help_first.chain(others) {
        // The gap after a hint may fall off the screen's edge; the hint itself may not.
        let width = hint_width(groups[i]);
        if width.saturating_sub(2) <= room {
            room = room.saturating_sub(width);
            shown[i] = true;
        }
    }
    for (group, _) in groups.iter().zip(&shown).filter(|(_, shown)| **shown) {
        spans.push(Span::styled(group_label(group), theme.key));
        spans.push(Span::styled(format!(" {}  ", group[0].hint), theme.hint));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The columns `keys hint` takes, with the gap after it.
fn hint_width(group: &[Binding]) -> usize {
    group_label(group).width() + 1 + group[0].hint.width() + 2
}

/// The bindings grouped by hint, in order of first appearance. Bindings sharing a hint are
/// shown as one: Up and Down read `↑↓/kj move` rather than repeating "move".
fn hint_groups(bindings: &[Binding]) -> Vec<Vec<Binding>> {
    let mut groups: Vec<Vec<Binding>> = Vec::new();
    for binding in bindings {
        match groups.iter_mut().find(|group| group[0].hint == binding.hint) {
            Some(group) => group.push(binding.clone()),
            None => groups.push(vec![binding.clone()]),
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
