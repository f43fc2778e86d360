//! Building wrapped, styled text for the panes: titles, paragraphs and bulleted sections with
//! hanging indents. Wrapping here (rather than in `Paragraph`) tells each pane its exact
//! line count, which scrolling and the scroll indicator need.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use super::wrap::wrap;

const BULLET: &str = "• ";

/// Lines of text wrapped to one width.
pub struct Doc {
    width: usize,
    theme: Theme,
    lines: Vec<Line<'static>>,
}

impl Doc {
    pub fn new(width: u16, theme: &Theme) -> Doc {
        Doc {
            width: usize::from(width),
            theme: *theme,
            lines: Vec::new(),
        }
    }

    pub fn title(&mut self, text: &str) {
        self.styled(text, self.theme.pane_title);
    }

    pub fn paragraph(&mut self, text: &str) {
        self.styled(text, self.theme.text);
    }

    pub fn dim(&mut self, text: &str) {
        self.styled(text, self.theme.dim);
    }

    pub fn styled(&mut self, text: &str, style: Style) {
        for line in wrap(text, self.width) {
            self.lines.push(Line::styled(line, style));
        }
    }

    pub fn blank(&mut self) {
        if !self.lines.is_empty() {
            self.lines.push(Line::default());
        }
    }

    /// A heading and a bulleted list, preceded by a blank line; nothing at all when `items`
    /// is empty, so optional content leaves no empty headings behind.
    pub fn section<S: AsRef<str>>(&mut self, heading: &str, items: &[S]) {
        if items.is_empty() {
            return;
        }
        self.blank();
        self.styled(heading, self.theme.heading);
        for item in items {
            self.bullet(item.as_ref());
        }
    }

    pub fn bullet(&mut self, text: &str) {
        let indent = BULLET.width();
        let wrapped = wrap(text, self.width.saturating_sub(indent));
        for (i, line) in wrapped.into_iter().enumerate() {
            let marker = if i == 0 { BULLET } else { "  " };
            self.lines.push(Line::from(vec![
                Span::styled(marker, self.theme.bullet),
                Span::styled(line, self.theme.text),
            ]));
        }
    }

    pub fn into_lines(self) -> Vec<Line<'static>> {
        self.lines
    }
}
