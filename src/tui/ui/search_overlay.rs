//! `/`: the search prompt over the browse screen. The query and the count on top, one row per
//! result (state, kind, where, text with the matched characters picked out), and a preview of
//! the selected result when there is room. Only the rows on screen are resolved into hits.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, HighlightSpacing, List, ListItem, ListState, Paragraph};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::gauge::state_symbol;
use super::highlight::{highlighted_lines, highlighted_row};
use super::pane_block;
use super::theme::Theme;
use super::wrap::truncate;
use crate::search::{Hit, Owner};
use crate::tui::app::{App, ListView};

const MARKER: &str = "▸ ";
/// A skill's ✓ ◐ · and its space; other rows leave the column blank so texts line up.
const STATE_COLUMN: usize = 2;

/// Draws the overlay; returns where the result rows went (their count is how far PgUp/PgDn
/// move, and their place maps mouse clicks).
pub fn render(app: &App, frame: &mut Frame, body: Rect, theme: &Theme) -> ListView {
    // The whole body: results want every column, and a half-covered screen behind a
    // margin reads as clutter.
    let area = body;
    frame.render_widget(Clear, area);
    let block = pane_block("Search".to_string(), true, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.width == 0 || inner.height == 0 {
        return ListView::default();
    }
    // The preview needs a border row and a few lines to be worth its room.
    let preview_height = match inner.height {
        16.. => 7,
        12..=15 => 4,
        _ => 0,
    };
    let [prompt, results, preview] = Layout::vertical([
        Constraint::Length(2.min(inner.height)),
        Constraint::Fill(1),
        Constraint::Length(preview_height),
    ])
    .areas(inner);
    render_prompt(app, frame, prompt, theme);
    render_results(app, frame, results, theme);
    if preview_height > 0 {
        render_preview(app, frame, preview, theme);
    }
    // The app scrolls the results itself (`search_offset`); the list draws from there.
    ListView {
        area: super::area(results),
        first: app.search_offset(),
    }
}

/// `/ query▌` on the left, `12 of 340` on the right, a rule underneath.
fn render_prompt(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    let count = format!(" {} of {}", app.search_matches().len(), app.search_total());
    let room = usize::from(area.width).saturating_sub(2 + 1 + count.width());
    let line = Line::from(vec![
        Span::styled("/ ", theme.key),
        Span::styled(tail(app.search_query(), room), theme.text),
        Span::styled(" ", theme.cursor),
    ]);
    let block = Block::new().borders(Borders::BOTTOM).border_style(theme.border);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(Paragraph::new(line), inner);
    if count.width() + 3 <= usize::from(inner.width) {
        frame.render_widget(
            Paragraph::new(Span::styled(count, theme.dim)).right_aligned(),
            inner,
        );
    }
}

/// The end of `text` that fits in `width` columns: the part being typed stays in view.
fn tail(text: &str, width: usize) -> String {
    let mut used = 0;
    let mut start = text.len();
    for (at, c) in text.char_indices().rev() {
        let c_width = c.width().unwrap_or(0);
        if used + c_width > width {
            break;
        }
        used += c_width;
        start = at;
    }
    text.get(start..).unwrap_or("").to_string()
}

fn render_results(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    if area.height == 0 {
        return;
    }
    if app.search_matches().is_empty() {
        let notice = Line::from(vec![
            Span::styled("No matches · ", theme.dim),
            Span::styled("Bksp", theme.key),
            Span::styled(" or ", theme.dim),
            Span::styled("C-u", theme.key),
            Span::styled(" to edit", theme.dim),
        ]);
        frame.render_widget(Paragraph::new(notice), area);
        return;
    }
    let offset = app.search_offset();
    let hits: Vec<Hit> = (offset..offset + usize::from(area.height))
        .map_while(|at| app.search_hit(at, true))
        .collect();
    let row_width = usize::from(area.width).saturating_sub(MARKER.width());
    // Columns as wide as the widest label on screen, so no room is kept for words not shown.
    let kind_width = column_width(hits.iter().map(|hit| hit.kind.label()), row_width / 6);
    let owner_width = column_width(hits.iter().map(|hit| hit.owner_label), row_width / 5);
    let items: Vec<ListItem> = hits
        .iter()
        .map(|hit| ListItem::new(result_row(app, hit, [kind_width, owner_width], row_width, theme)))
        .collect();
    let list = List::new(items)
        .highlight_symbol(MARKER)
        .highlight_spacing(HighlightSpacing::Always)
        .highlight_style(theme.selected);
    let selected = app.search_selected().saturating_sub(offset);
    let mut state = ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(list, area, &mut state);
}

fn column_width<'a>(labels: impl Iterator<Item = &'a str>, cap: usize) -> usize {
    labels.map(UnicodeWidthStr::width).max().unwrap_or(0).min(cap)
}

/// `✓ skill    L3  Stakeholder Management`; when only the detail matched (a skill's
/// summary), the matching part of the detail follows the text.
fn result_row(
    app: &App,
    hit: &Hit,
    [kind_width, owner_width]: [usize; 2],
    width: usize,
    theme: &Theme,
) -> Line<'static> {
    let state = match hit.skill_id {
        Some(skill) => state_symbol(app.progress().state(hit.ladder_id, skill), theme),
        None => Span::raw(" ".repeat(STATE_COLUMN)),
    };
    let mut spans = vec![
        state,
        Span::styled(padded(hit.kind.label(), kind_width), theme.dim),
        Span::styled(padded(hit.owner_label, owner_width), theme.bullet),
    ];
    let room = width.saturating_sub(STATE_COLUMN + kind_width + owner_width + 2);
    let detail_only = hit.text_positions.is_empty() && !hit.detail_positions.is_empty();
    match hit.detail.filter(|_| detail_only) {
        Some(detail) => {
            let text_room = hit.text.width().min(room / 2);
            spans.extend(highlighted_row(
                hit.text,
                &[],
                text_room,
                theme.text,
                theme.search_match,
            ));
            spans.push(Span::styled(" · ", theme.dim));
            let detail_room = room.saturating_sub(text_room + 3);
            spans.extend(highlighted_row(
                detail,
                &hit.detail_positions,
                detail_room,
                theme.dim,
                theme.search_match,
            ));
        }
        None => spans.extend(highlighted_row(
            hit.text,
            &hit.text_positions,
            room,
            theme.text,
            theme.search_match,
        )),
    }
    Line::from(spans)
}

/// `label` cut or padded to `width` columns, plus a gap; nothing at all for a zero width.
fn padded(label: &str, width: usize) -> String {
    if width == 0 {
        return String::new();
    }
    let cut = truncate(label, width);
    let pad = width.saturating_sub(cut.width());
    format!("{cut}{} ", " ".repeat(pad))
}

/// The selected result in full: what and where on the border, then its text and detail
/// wrapped, matched characters picked out.
fn render_preview(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    let Some(hit) = app.search_hit(app.search_selected(), true) else {
        return;
    };
    let place = format!(" {} · {} ", hit.kind.label(), place(app, &hit));
    let width = usize::from(area.width);
    let block = Block::new()
        .borders(Borders::TOP)
        .border_style(theme.border)
        .title(Span::styled(truncate(&place, width), theme.pane_title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut lines = highlighted_lines(
        hit.text,
        &hit.text_positions,
        width,
        theme.pane_title,
        theme.search_match,
    );
    if let Some(detail) = hit.detail.filter(|detail| !detail.is_empty()) {
        lines.extend(highlighted_lines(
            detail,
            &hit.detail_positions,
            width,
            theme.dim,
            theme.search_match,
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Where a hit lives, in full: the level's or track's title, after the ladder's when
/// several are loaded.
fn place(app: &App, hit: &Hit) -> String {
    let Some(ladder) = app.ladders().get(hit.ladder) else {
        return String::new();
    };
    let owner = match hit.owner {
        Owner::Level(at) => ladder.levels.get(at).map_or("", |level| level.title.as_str()),
        Owner::Track(at) => ladder.tracks.get(at).map_or("", |track| track.title.as_str()),
        Owner::TrackLevel { track, level } => ladder
            .tracks
            .get(track)
            .and_then(|track| track.levels.get(level))
            .map_or("", |level| level.title.as_str()),
        Owner::Competency(at) | Owner::Milestone { competency: at, .. } => ladder
            .competencies
            .get(at)
            .map_or("", |competency| competency.name.as_str()),
        Owner::Ladder => ladder.meta.title.as_str(),
    };
    if app.ladders().len() > 1 && hit.owner != Owner::Ladder {
        format!("{} › {owner}", ladder.meta.title)
    } else {
        owner.to_string()
    }
}
