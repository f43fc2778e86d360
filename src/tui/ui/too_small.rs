//! The notice shown instead of the layout when the terminal is too small to be useful.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::theme::Theme;
use super::{MIN_HEIGHT, MIN_WIDTH};

pub fn render(frame: &mut Frame, area: Rect, theme: &Theme) {
    let notice = format!("terminal too small — need {MIN_WIDTH}x{MIN_HEIGHT}");
    let now = format!("(now {}x{})", area.width, area.height);
    let lines = vec![
        Line::styled(notice, theme.warning).centered(),
        Line::from(now).centered(),
    ];
    // Vertically centre when there is room; wrapping keeps it readable in narrow windows.
    let top = area.height.saturating_sub(3) / 2;
    let text_area = Rect {
        y: area.y + top,
        height: area.height - top,
        ..area
    };
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), text_area);
}
