//! The one key table. Key handling, the status-bar hints and the help overlay all read
//! [`BINDINGS`], so what the screen says a key does is what it does.
//!
//! Reserved for a later feature, and so bound to nothing here: `/` (search).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::app::{Action, App, Focus, Mode};

/// A key as the table names it. Shift is not part of it: `G` already says shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

const fn key(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}

const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
    }
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
    /// Everywhere except where keys are text (the note editor), so `?` can be typed.
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
            Scope::Anywhere => app.mode() != Mode::Note,
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

/// A binding the status bar always tries to show.
const fn main(keys: &'static [Key], scope: Scope, action: Action, hint: &'static str) -> Binding {
    Binding {
        keys,
        scope,
        action,
        hint,
        primary: true,
    }
}

const fn bind(keys: &'static [Key], scope: Scope, action: Action, hint: &'static str) -> Binding {
    Binding {
        keys,
        scope,
        action,
        hint,
        primary: false,
    }
}

const UP: &[Key] = &[key(KeyCode::Up), ch('k')];
const DOWN: &[Key] = &[key(KeyCode::Down), ch('j')];
const FIRST: &[Key] = &[ch('g'), key(KeyCode::Home)];
const LAST: &[Key] = &[ch('G'), key(KeyCode::End)];
const PAGE_UP: &[Key] = &[key(KeyCode::PageUp)];
const PAGE_DOWN: &[Key] = &[key(KeyCode::PageDown)];
const LADDER: Scope = Scope::Pane(Focus::Ladder);
const DETAIL: Scope = Scope::Pane(Focus::Detail);
const SKILLS: Scope = Scope::Pane(Focus::Skills);

/// Every key binding. The first binding whose key matches and whose scope applies wins, so
/// narrow scopes come before wide ones. The status bar shows the `main` bindings in table
/// order, then the others while there is room.
pub const BINDINGS: &[Binding] = &[
    main(UP, LADDER, Action::Up, "move"),
    main(DOWN, LADDER, Action::Down, "move"),
    main(&[key(KeyCode::Enter)], LADDER, Action::Open, "open"),
    bind(FIRST, LADDER, Action::First, "first"),
    bind(LAST, LADDER, Action::Last, "last"),
    main(UP, DETAIL, Action::Up, "scroll"),
    main(DOWN, DETAIL, Action::Down, "scroll"),
    bind(FIRST, DETAIL, Action::First, "top"),
    bind(LAST, DETAIL, Action::Last, "bottom"),
    main(&[key(KeyCode::Esc)], DETAIL, Action::Back, "back"),
    main(UP, SKILLS, Action::Up, "move"),
    main(DOWN, SKILLS, Action::Down, "move"),
    main(&[key(KeyCode::Esc)], SKILLS, Action::Back, "back"),
    bind(FIRST, SKILLS, Action::First, "first"),
    bind(LAST, SKILLS, Action::Last, "last"),
    main(&[ch(' ')], SKILLS, Action::ToggleDeveloped, "developed"),
    main(&[ch('d')], SKILLS, Action::ToggleDeveloping, "developing"),
    main(&[ch('n')], SKILLS, Action::EditNote, "note"),
    main(
        &[key(KeyCode::Tab)],
        Scope::Browse,
        Action::FocusNext,
        "next pane",
    ),
    bind(
        &[key(KeyCode::BackTab)],
        Scope::Browse,
        Action::FocusPrev,
        "previous pane",
    ),
    main(&[ch('c')], Scope::Browse, Action::OpenCompare, "compare"),
    bind(PAGE_DOWN, Scope::Browse, Action::PageDown, "page down"),
    bind(PAGE_UP, Scope::Browse, Action::PageUp, "page up"),
    main(&[ch('L')], Scope::Browse, Action::OpenLadderPicker, "ladders"),
    main(&[ch('q')], Scope::Browse, Action::Quit, "quit"),
    main(&[ch('m')], Scope::Browse, Action::ToggleMyLevel, "my level"),
    bind(
        &[ch('H')],
        Scope::Browse,
        Action::ToggleHideDeveloped,
        "hide/show developed",
    ),
    main(
        &[key(KeyCode::Left), ch('h')],
        Scope::Compare,
        Action::EarlierLevel,
        "level",
    ),
    main(
        &[key(KeyCode::Right), ch('l')],
        Scope::Compare,
        Action::LaterLevel,
        "level",
    ),
    main(
        &[key(KeyCode::Tab), key(KeyCode::BackTab)],
        Scope::Compare,
        Action::SwitchSide,
        "other side",
    ),
    main(UP, Scope::Compare, Action::Up, "scroll"),
    main(DOWN, Scope::Compare, Action::Down, "scroll"),
    bind(PAGE_DOWN, Scope::Compare, Action::PageDown, "page down"),
    bind(PAGE_UP, Scope::Compare, Action::PageUp, "page up"),
    bind(FIRST, Scope::Compare, Action::First, "top"),
    bind(LAST, Scope::Compare, Action::Last, "bottom"),
    main(
        &[key(KeyCode::Esc), ch('c'), ch('q')],
        Scope::Compare,
        Action::Back,
        "close",
    ),
    main(UP, Scope::Help, Action::Up, "scroll"),
    main(DOWN, Scope::Help, Action::Down, "scroll"),
    bind(PAGE_DOWN, Scope::Help, Action::PageDown, "page down"),
    bind(PAGE_UP, Scope::Help, Action::PageUp, "page up"),
    bind(FIRST, Scope::Help, Action::First, "top"),
    bind(LAST, Scope::Help, Action::Last, "bottom"),
    main(
        &[key(KeyCode::Esc), ch('?'), ch('q')],
        Scope::Help,
        Action::Back,
        "close",
    ),
    main(UP, Scope::LadderPicker, Action::Up, "move"),
    main(DOWN, Scope::LadderPicker, Action::Down, "move"),
    main(
        &[key(KeyCode::Enter)],
        Scope::LadderPicker,
        Action::Open,
        "choose",
    ),
    main(
        &[key(KeyCode::Esc), ch('q')],
        Scope::LadderPicker,
        Action::Back,
        "close",
    ),
    main(&[key(KeyCode::Enter)], Scope::Note, Action::SaveNote, "save"),
    main(&[key(KeyCode::Esc)], Scope::Note, Action::Back, "cancel"),
    bind(&[ctrl('c')], Scope::Note, Action::Quit, "quit"),
    main(&[ch('?')], Scope::Anywhere, Action::ToggleHelp, "help"),
    bind(&[ctrl('c')], Scope::Anywhere, Action::Quit, "quit"),
];

/// The scopes in the order the help overlay lists them.
pub const HELP_ORDER: [Scope; 9] = [
    Scope::Anywhere,
    Scope::Browse,
    LADDER,
    DETAIL,
    SKILLS,
    Scope::Compare,
    Scope::LadderPicker,
    Scope::Note,
    Scope::Help,
];

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
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            other => format!("{other:?}"),
        };
        if self.ctrl { format!("C-{name}") } else { name }
    }
}

/// The action for a key event in the app's current state; `None` for releases, repeats
/// reported as separate kinds, and keys that mean nothing here. In the note editor, keys the
/// table does not bind are text.
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
        bound => bound,
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

/// Parses a key name as `rungs render --keys` takes them: `j`, `G`, `?`, `Enter`, `Esc`,
/// `Tab`, `BackTab`, `Up`, `Down`, `Left`, `Right`, `PgUp`, `PgDn`, `Home`, `End`, `Space`,
/// `C-c` (Ctrl plus a letter).
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
        _ => {
            return Err(format!(
                "unknown key name `{name}`: use a single character (j, G, ?), C-c for Ctrl+c, \
                 or one of Enter, Esc, Tab, BackTab, Up, Down, Left, Right, PgUp, PgDn, Home, End, Space"
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
    fn reserved_keys_are_unbound() {
        let bound = BINDINGS
            .iter()
            .any(|b| b.keys.iter().any(|k| k.code == KeyCode::Char('/')));
        assert!(!bound, "/ is reserved for search");
    }

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
    fn key_names_parse() {
        let parsed = parse_key_names("j G ? Enter esc BackTab PgDn C-c").unwrap_or_default();
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
                KeyCode::Char('c'),
            ]
        );
        assert_eq!(parsed.last().map(|k| k.modifiers), Some(KeyModifiers::CONTROL));
        assert!(parse_key_name("Enterr").is_err());
        assert!(parse_key_name("C-").is_err());
    }
}
