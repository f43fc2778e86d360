//! The one key table. Key handling, the status-bar hints and the help overlay all read
//! [`BINDINGS`], so what the screen says a key does is what it does. The mouse (wheel and
//! click) becomes actions beside it, in [`action_for_mouse`].

mod bindings;
mod mouse;
mod names;

pub use bindings::{BINDINGS, HELP_ORDER};
pub use mouse::action_for_mouse;
pub use names::{parse_key_name, parse_key_names};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::tui::app::{Action, App, Focus, Mode};

/// A key as the table names it. Shift is not part of it: `G` already says shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The browse screen with this pane focused.
    Pane(Focus),
    /// The browse screen, whatever the focus.
    Browse,
    Compare,
    Help,
    LadderPicker,
    /// The note editor. Keys it does not bind are typed into the note.
    Note,
    /// The search prompt. Keys it does not bind are typed into the query.
    Search,
    /// Everywhere except where keys are text (the note editor, the search prompt), so `?`
    /// can be typed.
    Anywhere,
}

impl Scope {
    pub fn applies(self, app: &App) -> bool {
        match self {
            Scope::Pane(focus) => app.mode() == Mode::Browse && app.focus() == focus,
            Scope::Browse => app.mode() == Mode::Browse,
            Scope::Compare => app.mode() == Mode::Compare,
            Scope::Help => app.mode() == Mode::Help,
            Scope::LadderPicker => app.mode() == Mode::LadderPicker,
            Scope::Note => app.mode() == Mode::Note,
            Scope::Search => app.mode() == Mode::Search,
            Scope::Anywhere => !app.mode().takes_text(),
        }
    }

    /// The heading the help overlay lists this scope's keys under.
    pub fn title(self) -> &'static str {
        match self {
            Scope::Pane(Focus::Ladder) => "Ladder pane",
            Scope::Pane(Focus::Detail) => "Detail pane",
            Scope::Pane(Focus::Skills) => "Skills pane",
            Scope::Browse => "Browsing",
            Scope::Compare => "Compare",
            Scope::Help => "Help",
            Scope::LadderPicker => "Ladder picker",
            Scope::Note => "Note editor",
            Scope::Search => "Search",
            Scope::Anywhere => "Anywhere",
        }
    }
}

/// One row of the key table.
#[derive(Debug, Clone)]
pub struct Binding {
    pub keys: &'static [Key],
    pub scope: Scope,
    pub action: Action,
    pub hint: &'static str,
    /// Shown first in the status bar; the rest follow while there is room.
    pub primary: bool,
}

impl Key {
    /// Whether a terminal key event is this key. Shift is ignored (terminals disagree on
    /// whether `G` carries it); Alt combinations are never ours.
    pub fn matches(self, event: &KeyEvent) -> bool {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        let alt = event.modifiers.contains(KeyModifiers::ALT);
        event.code == self.code && ctrl == self.ctrl && !alt
    }

    /// How the status bar and help show the key.
    pub fn label(self) -> String {
        let name = match self.code {
            KeyCode::Up => "↑".to_string(),
            KeyCode::Down => "↓".to_string(),
            KeyCode::Left => "←".to_string(),
            KeyCode::Right => "→".to_string(),
            KeyCode::Enter => "Enter".to_string(),
            KeyCode::Esc => "Esc".to_string(),
            KeyCode::Tab => "Tab".to_string(),
            KeyCode::BackTab => "S-Tab".to_string(),
            KeyCode::PageUp => "PgUp".to_string(),
            KeyCode::PageDown => "PgDn".to_string(),
            KeyCode::Home => "Home".to_string(),
            KeyCode::End => "End".to_string(),
            KeyCode::Backspace => "Bksp".to_string(),
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            other => format!("{other:?}"),
        };
        if self.ctrl { format!("C-{name}") } else { name }
    }
}

/// The action for a key event in the app's current state; `None` for releases, repeats
/// reported as separate kinds, and keys that mean nothing here. In the note editor and the
/// search prompt, keys the table does not bind are text.
pub fn action_for(app: &App, event: &KeyEvent) -> Option<Action> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    let bound = BINDINGS
        .iter()
        .find(|binding| binding.scope.applies(app) && binding.keys.iter().any(|key| key.matches(event)))
        .map(|binding| binding.action.clone());
    match bound {
        None if app.mode() == Mode::Note => Some(Action::NoteKey(*event)),
        None if app.mode() == Mode::Search => typed_char(event).map(|c| Action::SearchInsert(c.into())),
        bound => bound,
    }
}

/// The character a key types into the search prompt: a plain or shifted character, not a
/// Ctrl or Alt combination (those are commands, or nothing).
fn typed_char(event: &KeyEvent) -> Option<char> {
    let command = event
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    match event.code {
        KeyCode::Char(c) if !command => Some(c),
        _ => None,
    }
}

/// The action for text pasted from the terminal (bracketed paste): text for the search
/// prompt (one line: newlines become spaces) or the note editor (newlines kept); nothing
/// elsewhere, where pasted letters would otherwise run as a burst of commands.
pub fn action_for_paste(app: &App, text: &str) -> Option<Action> {
    match app.mode() {
        Mode::Search => {
            let line: String = text
                .chars()
                .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
                .collect();
            Some(Action::SearchInsert(line))
        }
        Mode::Note => Some(Action::NotePaste(text.to_string())),
        _ => None,
    }
}

/// The bindings in force now, in table order, leaving out keys shadowed by an earlier binding
/// and actions that would do nothing.
pub fn active_bindings(app: &App) -> Vec<Binding> {
    let mut seen: Vec<Key> = Vec::new();
    let mut active = Vec::new();
    for binding in BINDINGS.iter().filter(|b| b.scope.applies(app)) {
        let keys: Vec<Key> = binding
            .keys
            .iter()
            .copied()
            .filter(|key| !seen.contains(key))
            .collect();
        seen.extend(keys.iter().copied());
        if !keys.is_empty() && app.can(binding.action.clone()) {
            active.push(binding.clone());
        }
    }
    active
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_one_scope() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                if a.scope == b.scope {
                    let shared = a.keys.iter().find(|k| b.keys.contains(k));
                    assert_eq!(shared, None, "{:?} is bound twice in {:?}", shared, a.scope);
                }
            }
        }
    }

    #[test]
    fn every_scope_is_in_the_help() {
        for binding in BINDINGS {
            assert!(HELP_ORDER.contains(&binding.scope), "{:?}", binding.scope);
        }
    }

    #[test]
    fn search_keys_type_unless_bound() {
        let Some(mut app) = App::new(crate::content::builtin().unwrap_or_default(), false) else {
            panic!("the built-in ladder makes an app");
        };
        let press = |code, modifiers| KeyEvent::new(code, modifiers);
        let slash = press(KeyCode::Char('/'), KeyModifiers::NONE);
        assert_eq!(action_for(&app, &slash), Some(Action::OpenSearch));
        app.update(Action::OpenSearch);
        for c in ['q', '?', 'j', '/', 'G'] {
            let typed = action_for(&app, &press(KeyCode::Char(c), KeyModifiers::NONE));
            assert_eq!(typed, Some(Action::SearchInsert(c.to_string())), "{c}");
        }
        let cases = [
            (KeyCode::Char('n'), KeyModifiers::CONTROL, Action::Down),
            (KeyCode::Char('p'), KeyModifiers::CONTROL, Action::Up),
            (KeyCode::Char('u'), KeyModifiers::CONTROL, Action::SearchClear),
            (
                KeyCode::Char('w'),
                KeyModifiers::CONTROL,
                Action::SearchDeleteWord,
            ),
            (KeyCode::Backspace, KeyModifiers::NONE, Action::SearchBackspace),
            (KeyCode::Esc, KeyModifiers::NONE, Action::Back),
        ];
        for (code, modifiers, action) in cases {
            assert_eq!(action_for(&app, &press(code, modifiers)), Some(action));
        }
        let alt = press(KeyCode::Char('x'), KeyModifiers::ALT);
        assert_eq!(action_for(&app, &alt), None, "Alt combinations are not text");
        assert_eq!(
            action_for_paste(&app, "a\nb"),
            Some(Action::SearchInsert("a b".into()))
        );
    }
}
