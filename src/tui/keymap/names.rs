//! Key names as `rungs render --keys` and the tests write them.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Parses a key name as `rungs render --keys` takes them: `j`, `G`, `?`, `Enter`, `Esc`,
/// `Tab`, `BackTab`, `Up`, `Down`, `Left`, `Right`, `PgUp`, `PgDn`, `Home`, `End`, `Space`,
/// `Backspace`, `C-c` (Ctrl plus a letter).
pub fn parse_key_name(name: &str) -> Result<KeyEvent, String> {
    let mut chars = name.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return Ok(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
    if let Some(rest) = name.strip_prefix("C-") {
        let mut chars = rest.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return Ok(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
        }
    }
    let code = match name.to_ascii_lowercase().as_str() {
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "backtab" | "s-tab" => KeyCode::BackTab,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "pgup" | "pageup" => KeyCode::PageUp,
        "pgdn" | "pagedown" => KeyCode::PageDown,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "space" => KeyCode::Char(' '),
        "backspace" | "bksp" => KeyCode::Backspace,
        _ => {
            return Err(format!(
                "unknown key name `{name}`: use a single character (j, G, ?), C-c for Ctrl+c, \
                 or one of Enter, Esc, Tab, BackTab, Up, Down, Left, Right, PgUp, PgDn, Home, End, Space, Backspace"
            ));
        }
    };
    Ok(KeyEvent::new(code, KeyModifiers::NONE))
}

/// Parses a whitespace-separated list of key names.
pub fn parse_key_names(names: &str) -> Result<Vec<KeyEvent>, String> {
    names.split_whitespace().map(parse_key_name).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_names_parse() {
        let parsed = parse_key_names("j G ? Enter esc BackTab PgDn Backspace C-c").unwrap_or_default();
        let codes: Vec<KeyCode> = parsed.iter().map(|k| k.code).collect();
        assert_eq!(
            codes,
            [
                KeyCode::Char('j'),
                KeyCode::Char('G'),
                KeyCode::Char('?'),
                KeyCode::Enter,
                KeyCode::Esc,
                KeyCode::BackTab,
                KeyCode::PageDown,
                KeyCode::Backspace,
                KeyCode::Char('c'),
            ]
        );
        assert_eq!(parsed.last().map(|k| k.modifiers), Some(KeyModifiers::CONTROL));
        assert!(parse_key_name("Enterr").is_err());
        assert!(parse_key_name("C-").is_err());
    }
}
