//! Text from files (ladders, notes, paths) made safe to print to a terminal.
//!
//! A ladder from someone else can hold ESC sequences that retitle the window, clear the screen
//! or hide text, and bidi overrides (U+202E) that show text in another order than it is.
//! Every human-readable printer passes what it prints through here; such characters come out
//! visibly escaped (`\u{1b}`), so nothing is hidden and nothing drives the terminal. Newlines
//! and tabs are kept: they are how the printers lay out their own output. JSON output gets
//! the same treatment in JSON's own escapes (`\u202e`), so it still parses to the same values.

use std::borrow::Cow;
use std::fmt::{self, Write as _};

/// Whether `c` must not reach a terminal as it is: control characters (C0, DEL, C1) other than
/// newline and tab, and the invisible marks that reorder bidirectional text.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every unsafe character written as `\u{…}`; borrowed when nothing needed it.
pub fn terminal_safe(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// JSON text with every unsafe character that its encoder leaves as it is (C1 controls, bidi
/// marks) written as a JSON `\uXXXX` escape: the same JSON to a parser, inert on a terminal.
/// Such characters can only occur inside JSON strings, where the escape means the same.
pub fn json_terminal_safe(json: &str) -> Cow<'_, str> {
    if !json.chars().any(is_unsafe) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 8);
    for c in json.chars() {
        if is_unsafe(c) {
            // Every unsafe character is in the Basic Multilingual Plane: one escape each.
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Displays its text as [`terminal_safe`] does, honouring width and alignment, for `write!`.
pub struct Safe<'a>(pub &'a str);

impl fmt::Display for Safe<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&terminal_safe(self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_overrides_are_shown_not_obeyed() {
        let hostile = "Title\u{1b}]0;pwned\u{7}\u{1b}[2J\r\u{9b}31m\u{202e}txt.exe";
        let safe = terminal_safe(hostile);
        assert_eq!(
            safe,
            "Title\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{d}\\u{9b}31m\\u{202e}txt.exe"
        );
        assert!(!safe.chars().any(is_unsafe));
    }

    #[test]
    fn ordinary_text_layout_and_scripts_are_untouched() {
        for text in ["Stakeholder Management", "a\n\tb", "café 日本語 עברית ✓ ◐ ·"] {
            assert!(matches!(terminal_safe(text), Cow::Borrowed(_)), "{text}");
        }
    }

    #[test]
    fn json_keeps_its_meaning_and_loses_its_teeth() {
        let value = serde_json::json!({"title": "a\u{9b}31m\u{202e}b\u{1b}"});
        let json = serde_json::to_string(&value).expect("encode");
        let safe = json_terminal_safe(&json);
        assert!(!safe.chars().any(is_unsafe), "{safe}");
        let back: serde_json::Value = serde_json::from_str(&safe).expect("still JSON");
        assert_eq!(back, value);
    }

    #[test]
    fn padding_counts_the_escaped_text() {
        assert_eq!(format!("[{:6}]", Safe("a\u{1b}")), "[a\\u{1b}]");
        assert_eq!(format!("[{:4}]", Safe("ab")), "[ab  ]");
    }
}
