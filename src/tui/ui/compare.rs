//! Compare mode: two entries side by side (levels, tracks, track levels), their sections
//! aligned row by row (see `compare_rows`) and scrolled together.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use unicode_width::UnicodeWidthStr;

use super::compare_rows::{Sides, write_rows};
use super::pane_block;
use super::scroll::render_scrolled;
use super::text::Doc;
use super::theme::Theme;
use crate::tui::app::{App, Comparable, Scrollable, Side};

pub fn render(app: &App, frame: &mut Frame, body: Rect, theme: &Theme) -> Scrollable {
    let compare = app.compare();
    let (Some(left), Some(right)) = (compare.left(), compare.right()) else {
        return Scrollable::default();
    };
    let [left_area, right_area] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).areas(body);
    let (at, of) = compare.position();
    let title_room = |area: Rect| usize::from(area.width.saturating_sub(4));
    let left_active = compare.active == Side::Left;
    let blocks = [
        pane_block(
            title(app, left, left_active.then_some((at, of)), title_room(left_area)),
            left_active,
            theme,
        ),
        pane_block(
            title(
                app,
                right,
                (!left_active).then_some((at, of)),
                title_room(right_area),
            ),
            !left_active,
            theme,
        ),
    ];
    let mut docs = [
        Doc::new(blocks[0].inner(left_area).width, theme),
        Doc::new(blocks[1].inner(right_area).width, theme),
    ];
    write_rows(app, Sides::new(app.ladder(), [left, right]), &mut docs);
    let [left_doc, right_doc] = docs;
    let [left_block, right_block] = blocks;
    let scroll = compare.scroll.offset();
    let left_measured = render_scrolled(frame, left_area, left_block, left_doc.into_lines(), scroll, theme);
    let right_measured = render_scrolled(
        frame,
        right_area,
        right_block,
        right_doc.into_lines(),
        scroll,
        theme,
    );
    Scrollable {
        content: left_measured.content.max(right_measured.content),
        visible: left_measured.visible.min(right_measured.visible),
    }
}

/// The pane title: the entry's name in full when it fits in `room` columns, else its short
/// name; on the side ←/→ moves, arrows and where it is among everything comparable, in words
/// as well as by the thick border.
fn title(app: &App, entry: Comparable, active_at: Option<(usize, usize)>, room: usize) -> String {
    let ladder = app.ladder();
    let (full, short) = (entry.title(ladder), entry.short_title(ladder));
    let candidates = match active_at {
        Some((at, of)) => vec![
            format!("◀ {full} ▶ {at}/{of}"),
            format!("◀ {short} ▶ {at}/{of}"),
            format!("◀ {short} ▶"),
        ],
        None => vec![full.to_string()],
    };
    let fallback = candidates.last().cloned().unwrap_or_default();
    candidates
        .into_iter()
        .find(|title| title.width() <= room)
        .unwrap_or(if active_at.is_some() {
            fallback
        } else {
            short.to_string()
        })
}
