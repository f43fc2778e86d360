//! A bordered pane of pre-wrapped lines with a scroll offset and, when the text does not fit,
//! an indicator on the bottom border saying where you are.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::theme::Theme;
use crate::tui::app::Scrollable;

/// Draws `lines` from `scroll` on inside `block`, and returns what fits, for the app to clamp
/// its scroll offset to.
pub fn render_scrolled(
    frame: &mut Frame,
    area: Rect,
    block: Block,
    lines: Vec<Line<'static>>,
    scroll: u16,
    theme: &Theme,
) -> Scrollable {
    let inner = block.inner(area);
    let measured = Scrollable {
        content: u16::try_from(lines.len()).unwrap_or(u16::MAX),
        visible: inner.height,
    };
    let top = scroll.min(measured.max_scroll());
    let block = if measured.max_scroll() > 0 {
        let last = top.saturating_add(measured.visible).min(measured.content);
        let arrows = match (top > 0, last < measured.content) {
            (true, true) => "↑↓",
            (true, false) => "↑",
            _ => "↓",
        };
        let indicator = format!(" {arrows} {}-{last} of {} ", top + 1, measured.content);
        block.title_bottom(Line::from(Span::styled(indicator, theme.scroll_indicator)).right_aligned())
    } else {
        block
    };
    let visible: Vec<Line> = lines
        .into_iter()
        .skip(usize::from(top))
        .take(usize::from(measured.visible))
        .collect();
    frame.render_widget(Paragraph::new(visible).block(block), area);
    measured
}
