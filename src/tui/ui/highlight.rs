//! Text with some characters picked out: the characters a search matched, cut to one row or
//! wrapped over several. Widths are display widths, so CJK and emoji keep columns true.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// Characters of a text with whether each is highlighted; control characters (which would
/// draw as nothing and shift the columns) become spaces.
fn marked_chars<'a>(text: &'a str, positions: &'a [usize]) -> impl Iterator<Item = (char, bool)> + 'a {
    // Positions come sorted from the search engine; walk them alongside the characters.
    let mut next = positions.iter().copied().peekable();
    text.chars().enumerate().map(move |(at, c)| {
        while next.peek().is_some_and(|&p| p < at) {
            next.next();
        }
        let marked = next.peek() == Some(&at);
        let c = if c.is_control() { ' ' } else { c };
        (c, marked)
    })
}

/// Appends `c` to the spans, starting a new span when the style changes.
fn push_char(spans: &mut Vec<Span<'static>>, c: char, style: Style) {
    match spans.last_mut() {
        Some(last) if last.style == style => last.content.to_mut().push(c),
        _ => spans.push(Span::styled(c.to_string(), style)),
    }
}

/// `text` in at most `width` columns, the characters at `positions` (char indices) in
/// `matched`, the rest in `base`; ends in `…` when cut.
pub fn highlighted_row(
    text: &str,
    positions: &[usize],
    width: usize,
    base: Style,
    matched: Style,
) -> Vec<Span<'static>> {
    let full: usize = text.chars().map(|c| c.width().unwrap_or(1)).sum();
    let room = if full > width {
        width.saturating_sub(1)
    } else {
        width
    };
    let mut spans = Vec::new();
    let mut used = 0;
    for (c, marked) in marked_chars(text, positions) {
        let c_width = c.width().unwrap_or(0);
        if used + c_width > room {
            break;
        }
        used += c_width;
        push_char(&mut spans, c, if marked { matched } else { base });
    }
    if full > width && width > 0 {
        spans.push(Span::styled("…", base));
    }
    spans
}

/// `text` wrapped to `width` columns at spaces (or between characters for words longer
/// than a line), with the characters at `positions` in `matched`.
pub fn highlighted_lines(
    text: &str,
    positions: &[usize],
    width: usize,
    base: Style,
    matched: Style,
) -> Vec<Line<'static>> {
    if width == 0 {
        return Vec::new();
    }
    let chars: Vec<(char, bool)> = marked_chars(text, positions).collect();
    let mut lines = Vec::new();
    let mut line: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    let words = chars
        .split(|(c, _)| c.is_whitespace())
        .filter(|word| !word.is_empty());
    for word in words {
        let word_width: usize = word.iter().map(|(c, _)| c.width().unwrap_or(0)).sum();
        let gap = usize::from(used > 0);
        if used + gap + word_width > width && used > 0 {
            lines.push(Line::from(std::mem::take(&mut line)));
            used = 0;
        } else if gap == 1 {
            push_char(&mut line, ' ', base);
            used += 1;
        }
        for &(c, marked) in word {
            let c_width = c.width().unwrap_or(0);
            if used + c_width > width && used > 0 {
                lines.push(Line::from(std::mem::take(&mut line)));
                used = 0;
            }
            push_char(&mut line, c, if marked { matched } else { base });
            used += c_width;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(Line::from(line));
    }
    lines
}

#[cfg(test)]
mod tests {
    use ratatui::style::Modifier;

    use super::*;

    fn plain(spans: &[Span]) -> String {
        spans.iter().map(|span| span.content.as_ref()).collect()
    }

    const MATCHED: Style = Style::new().add_modifier(Modifier::BOLD);

    #[test]
    fn marks_the_matched_characters() {
        let spans = highlighted_row("Stakeholder", &[0, 1, 2], 20, Style::new(), MATCHED);
        assert_eq!(plain(&spans), "Stakeholder");
        assert_eq!(spans[0].content, "Sta");
        assert_eq!(spans[0].style, MATCHED);
        assert_eq!(spans[1].style, Style::new());
    }

    #[test]
    fn cuts_with_an_ellipsis_by_display_width() {
        let spans = highlighted_row("产品经理职级", &[1], 5, Style::new(), MATCHED);
        assert_eq!(plain(&spans), "产品…");
        assert!(highlighted_row("abc", &[], 0, Style::new(), MATCHED).is_empty());
    }

    #[test]
    fn wraps_at_spaces_keeping_marks() {
        let lines = highlighted_lines("one two three", &[4, 8], 7, Style::new(), MATCHED);
        let texts: Vec<String> = lines.iter().map(|line| plain(&line.spans)).collect();
        assert_eq!(texts, ["one two", "three"]);
        assert!(lines[1].spans[0].style == MATCHED, "t of three is marked");
    }
}
