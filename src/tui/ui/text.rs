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

    pub fn heading(&mut self, text: &str) {
        self.styled(text, self.theme.heading);
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
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

    /// A section whose `mark`th item (the line a search jumped to) stands out; returns the
    /// line that item starts on.
    pub fn section_marked<S: AsRef<str>>(
        &mut self,
        heading: &str,
        items: &[S],
        mark: Option<usize>,
    ) -> Option<usize> {
        if items.is_empty() {
            return None;
        }
        self.blank();
        self.styled(heading, self.theme.heading);
        let mut marked_line = None;
        for (i, item) in items.iter().enumerate() {
            let style = if mark == Some(i) {
                marked_line = Some(self.lines.len());
                self.theme.search_mark
            } else {
                self.theme.text
            };
            self.marked_styled(Span::styled(BULLET, self.theme.bullet), item.as_ref(), style);
        }
        marked_line
    }

    /// How many lines there are so far: where the next one will go.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// A list item with its own marker (a skill's ✓ ◐ ·), wrapped with a hanging indent.
    pub fn marked(&mut self, marker: Span<'static>, text: &str) {
        self.marked_styled(marker, text, self.theme.text);
    }

    fn marked_styled(&mut self, marker: Span<'static>, text: &str, style: Style) {
        self.led(vec![marker], text, style);
    }

    /// A list item led by several spans (compare's `+` before a skill's ✓), in `style`,
    /// wrapped with a hanging indent.
    pub fn led(&mut self, lead: Vec<Span<'static>>, text: &str, style: Style) {
        let indent: usize = lead.iter().map(|span| span.content.width()).sum();
        let wrapped = wrap(text, self.width.saturating_sub(indent));
        let mut lead = Some(lead);
        for line in wrapped {
            let mut spans = lead.take().unwrap_or_else(|| vec![Span::raw(" ".repeat(indent))]);
            spans.push(Span::styled(line, style));
            self.lines.push(Line::from(spans));
        }
    }

    /// Blank lines until there are `len`, so a row of a side-by-side view starts level.
    pub fn pad_to(&mut self, len: usize) {
        while self.lines.len() < len {
            self.lines.push(Line::default());
        }
    }

    pub fn into_lines(self) -> Vec<Line<'static>> {
        self.lines
    }
}
