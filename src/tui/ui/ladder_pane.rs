//! The left pane: levels in order, the tracks under their group headings, then About. Levels
//! and tracks with skills end in a progress gauge; "my level" carries a ★.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{HighlightSpacing, List, ListItem, ListState};
use unicode_width::UnicodeWidthStr;

use super::gauge::gauge;
use super::theme::Theme;
use super::wrap::truncate;
use super::{is_focused, pane_block};
use crate::tui::app::{App, Focus, LadderEntry, LadderRow, ListView, ladder_rows};

const MARKER: &str = "▸ ";
/// Gauge bars need this much label width; narrower panes show just the count.
const BAR_MIN_WIDTH: usize = 28;
const BAR_CELLS: usize = 4;
const MY_LEVEL: &str = " ★";
/// Label columns kept before a gauge is shown at all.
const MIN_LABEL: usize = 8;

/// Draws the pane; returns where its rows went, for mouse clicks.
pub fn render(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) -> ListView {
    let focused = is_focused(app, Focus::Ladder);
    let block = pane_block("Ladder".to_string(), focused, theme);
    let inner = block.inner(area);
    let label_width = usize::from(inner.width).saturating_sub(MARKER.width());
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
                ListItem::new(entry_line(app, entry, label_width, theme))
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
    ListView {
        area: super::area(inner),
        first: state.offset(),
    }
}

/// Levels go by their number and short label, so the rungs read as a ladder; other entries by
/// their title. The label is cut to leave room for the ★ and the gauge, which sits at the
/// right edge so the counts line up.
fn entry_line(app: &App, entry: LadderEntry, width: usize, theme: &Theme) -> Line<'static> {
    let ladder = app.ladder();
    let progress = app.progress();
    let (text, tally, mine) = match entry {
        LadderEntry::Level(i) => {
            let level = ladder.levels.get(i);
            (
                format!("{} {}", i + 1, entry.short_title(ladder)),
                level.map(|level| progress.level_tally(ladder, level)),
                level.is_some_and(|level| app.is_my_level(level)),
            )
        }
        LadderEntry::Track(i) => (
            entry.title(ladder).to_string(),
            ladder
                .tracks
                .get(i)
                .map(|track| progress.track_tally(ladder, track)),
            false,
        ),
        LadderEntry::About => (entry.title(ladder).to_string(), None, false),
    };
    let cells = if width >= BAR_MIN_WIDTH { BAR_CELLS } else { 0 };
    let gauge_spans = match tally {
        Some(tally) if tally.total > 0 => gauge(tally, cells, theme),
        _ => Vec::new(),
    };
    let mut gauge_width: usize = gauge_spans.iter().map(|span| span.content.width()).sum();
    // In a very narrow pane the name matters more than the count.
    if gauge_width + MIN_LABEL > width {
        gauge_width = 0;
    }
    let star = if mine { MY_LEVEL } else { "" };
    // One space between the label and the gauge; the label gives way first.
    let room = width.saturating_sub(gauge_width + usize::from(gauge_width > 0) + star.width());
    let label = truncate(&text, room);
    let mut spans = vec![Span::styled(label.clone(), theme.text)];
    if mine {
        spans.push(Span::styled(star, theme.my_level));
    }
    if gauge_width > 0 {
        let pad = width.saturating_sub(label.width() + star.width() + gauge_width);
        spans.push(Span::raw(" ".repeat(pad)));
        spans.extend(gauge_spans);
    }
    Line::from(spans)
}
