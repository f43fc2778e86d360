//! Word wrapping by display width, so CJK and emoji take their real two columns and every
//! scrollable pane knows exactly how many lines it has.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Wraps `text` into lines at most `width` columns wide, breaking at spaces and, for words
/// longer than a line (or scripts written without spaces), between characters.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    if width == 0 {
        return Vec::new();
    }
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_width = 0;
    for word in text.split_whitespace() {
        let word_width = word.width();
        let gap = usize::from(line_width > 0);
        if line_width + gap + word_width <= width {
            if gap == 1 {
                line.push(' ');
            }
            line.push_str(word);
            line_width += gap + word_width;
            continue;
        }
        if line_width > 0 {
            lines.push(std::mem::take(&mut line));
            line_width = 0;
        }
        for c in word.chars() {
            let c_width = c.width().unwrap_or(0);
            if line_width + c_width > width && line_width > 0 {
                lines.push(std::mem::take(&mut line));
                line_width = 0;
            }
            // A character wider than the whole line still goes on a line of its own, so text
            // is never dropped; the renderer clips it.
            line.push(c);
            line_width += c_width;
        }
    }
    if line_width > 0 || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Cuts `text` to at most `width` columns, ending in `…` when something was cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let c_width = c.width().unwrap_or(0);
        if used + c_width + 1 > width {
            break;
        }
        out.push(c);
        used += c_width;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
    }

    #[test]
    fn breaks_words_longer_than_a_line() {
        assert_eq!(wrap("abcdefgh", 3), ["abc", "def", "gh"]);
    }

    #[test]
    fn counts_wide_characters_as_two_columns() {
        assert_eq!(wrap("产品经理职级", 5), ["产品", "经理", "职级"]);
    }

    #[test]
    fn zero_width_gives_no_lines() {
        assert!(wrap("anything", 0).is_empty());
    }

    #[test]
    fn truncates_with_an_ellipsis() {
        assert_eq!(truncate("Senior Product Manager", 10), "Senior Pr…");
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("产品经理", 4), "产…");
    }
}
