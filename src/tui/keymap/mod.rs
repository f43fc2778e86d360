//! The one key table. Key handling, the status-bar hints and the help overlay all read
//! [`BINDINGS`], so what the screen says a key does is what it does. The mouse (wheel and
//! click) becomes intents beside it, in [`intent_for_mouse`]. Only this layer makes
//! [`Intent`]s.

mod bindings;
mod explain;
mod mouse;
mod names;

pub use bindings::{BINDINGS, HELP_ORDER};
pub use explain::why_not_here;
pub use mouse::{Gesture, intent_for_gesture, intent_for_mouse};
pub use names::{parse_key_name, parse_key_names};

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::tui::app::{App, Focus, Intent, Mode, TextCode, TextKey};

/// A key as the table names it. Shift is not part of it: `G` already says shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
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
    /// The matrix of competencies (or skills) by level.
    Matrix,
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
            Scope::Matrix => app.mode() == Mode::Matrix,
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
            Scope::Matrix => "Matrix",
            Scope::Anywhere => "Anywhere",
        }
    }
}

/// One row of the key table.
#[derive(Debug, Clone)]
pub struct Binding {
    pub keys: &'static [Key],
    pub scope: Scope,
    pub intent: Intent,
    pub hint: &'static str,
    /// Where the binding is shown besides help.
    pub shown: Shown,
}

/// Which bindings the status bar shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// First in the status bar.
    First,
    /// In the status bar after the first ones, while there is room.
    IfRoom,
    /// Only in help (and where a screen names the key itself).
    HelpOnly,
}

impl Key {
    /// Whether a terminal key event is this key. Shift is ignored (terminals disagree on
    /// whether `G` carries it).
    pub fn matches(self, event: &KeyEvent) -> bool {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        let alt = event.modifiers.contains(KeyModifiers::ALT);
        event.code == self.code && ctrl == self.ctrl && alt == self.alt
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
        if self.ctrl {
            format!("C-{name}")
        } else if self.alt {
            format!("Alt+{name}")
        } else {
            name
        }
    }
}

/// The intent for a key event in the app's current state; `None` for releases, repeats
/// reported as separate kinds, and keys that mean nothing here. In the note editor and the
/// search prompt, keys the table does not bind are text.
pub fn intent_for(app: &App, event: &KeyEvent) -> Option<Intent> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    let matches = |binding: &Binding| binding.keys.iter().any(|key| key.matches(event));
    let bound = BINDINGS
        .iter()
        .position(|binding| binding.scope.applies(app) && matches(binding));
    match bound.and_then(|at| BINDINGS.get(at).map(|binding| (at, binding.intent))) {
        None if app.mode() == Mode::Note => text_key(event).map(Intent::NoteKey),
        None if app.mode() == Mode::Search => typed_char(event).map(Intent::SearchType),
        // A key bound elsewhere: the status bar says where it works.
        None => BINDINGS
            .iter()
            .position(matches)
            .map(|binding| Intent::NotHere { binding }),
        Some((binding, intent)) if !app.can(intent) && explain::worth_explaining(intent) => {
            Some(Intent::NotHere { binding })
        }
        Some((_, intent)) => Some(intent),
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

/// A key for the note editor in rungs' own terms; `None` for keys that edit nothing.
fn text_key(event: &KeyEvent) -> Option<TextKey> {
    let code = match event.code {
        KeyCode::Char(c) => TextCode::Char(c),
        KeyCode::Enter => TextCode::Enter,
        KeyCode::Backspace => TextCode::Backspace,
        KeyCode::Delete => TextCode::Delete,
        KeyCode::Tab => TextCode::Tab,
        KeyCode::Left => TextCode::Left,
        KeyCode::Right => TextCode::Right,
        KeyCode::Up => TextCode::Up,
        KeyCode::Down => TextCode::Down,
        KeyCode::Home => TextCode::Home,
        KeyCode::End => TextCode::End,
        KeyCode::PageUp => TextCode::PageUp,
        KeyCode::PageDown => TextCode::PageDown,
        _ => return None,
    };
    Some(TextKey {
        code,
        ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
        alt: event.modifiers.contains(KeyModifiers::ALT),
    })
}

/// The keys bound to `intent` where `scope` applies, as help shows them (`Alt+Enter/C-j`),
/// so a screen that names a key never hard-codes it. Empty if none is bound there.
pub fn keys_for(intent: Intent, scope: Scope) -> String {
    BINDINGS
        .iter()
        .filter(|binding| binding.scope == scope && binding.intent == intent)
        .flat_map(|binding| binding.keys.iter().map(|key| key.label()))
        .collect::<Vec<_>>()
        .join("/")
}

/// The first key bound to `intent` where `scope` applies (`Enter`), for a short hint.
pub fn key_for(intent: Intent, scope: Scope) -> String {
    BINDINGS
        .iter()
        .find(|binding| binding.scope == scope && binding.intent == intent)
        .and_then(|binding| binding.keys.first())
        .map(|key| key.label())
        .unwrap_or_default()
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
        if !keys.is_empty() && app.can(binding.intent) {
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
        assert_eq!(intent_for(&app, &slash), Some(Intent::OpenSearch));
        app.update(Intent::OpenSearch, jiff::Timestamp::UNIX_EPOCH);
        for c in ['q', '?', 'j', '/', 'G'] {
            let typed = intent_for(&app, &press(KeyCode::Char(c), KeyModifiers::NONE));
            assert_eq!(typed, Some(Intent::SearchType(c)), "{c}");
        }
        let cases = [
            (KeyCode::Char('n'), KeyModifiers::CONTROL, Intent::Down),
            (KeyCode::Char('p'), KeyModifiers::CONTROL, Intent::Up),
            (KeyCode::Char('u'), KeyModifiers::CONTROL, Intent::SearchClear),
            (
                KeyCode::Char('w'),
                KeyModifiers::CONTROL,
                Intent::SearchDeleteWord,
            ),
            (KeyCode::Backspace, KeyModifiers::NONE, Intent::SearchBackspace),
            (KeyCode::Esc, KeyModifiers::NONE, Intent::Back),
        ];
        for (code, modifiers, intent) in cases {
            assert_eq!(intent_for(&app, &press(code, modifiers)), Some(intent));
        }
        let alt = press(KeyCode::Char('x'), KeyModifiers::ALT);
        assert_eq!(intent_for(&app, &alt), None, "Alt combinations are not text");
    }
}
