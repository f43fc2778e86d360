//! The top line: the app and the ladder's title; on the right, how many of the ladder's
//! skills are developed, and which ladder of several when there are more.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::tui::app::{App, Mode};

pub fn render(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    let mode = match app.mode() {
        Mode::Compare => " · comparing",
        Mode::LadderPicker => " · choose a ladder",
        Mode::Note => " · writing a note",
        Mode::Search => " · searching",
        Mode::Matrix => " · matrix",
        Mode::Browse | Mode::Help => "",
    };
    let title = Line::from(vec![
        Span::styled(" rungs ", theme.title_bar),
        Span::styled(format!("· {}", app.ladder().meta.title), theme.title_bar),
        Span::styled(mode, theme.title_bar_dim),
    ]);
    let ladders = app.ladders().len();
    let tally = app.progress().ladder_tally(app.ladder());
    let mut parts = Vec::new();
    // A ladder without skills has nothing to count.
    if tally.total > 0 {
        parts.push(format!("{}/{} developed", tally.developed, tally.total));
    }
    if tally.developing > 0 {
        parts.push(format!("{} developing", tally.developing));
    }
    if ladders > 1 {
        parts.push(format!("ladder {} of {ladders}", app.ladder_index() + 1));
    }
    let right = if parts.is_empty() {
        String::new()
    } else {
        format!("{} ", parts.join(" · "))
    };
    let right_width = u16::try_from(right.width()).unwrap_or(0);
    let [left_area, right_area] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(right_width)]).areas(area);
    frame.render_widget(Paragraph::new(title).style(theme.title_bar), left_area);
    frame.render_widget(
        Paragraph::new(right).style(theme.title_bar_dim).right_aligned(),
        right_area,
    );
}
