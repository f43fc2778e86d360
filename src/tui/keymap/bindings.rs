//! The key table itself: every binding, in the order lookups try them.

use ratatui::crossterm::event::KeyCode;

use super::{Binding, Key, Scope};
use crate::tui::app::{Action, Focus};

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
    bind(&[ch('N')], SKILLS, Action::EditNoteExternally, "note in $EDITOR"),
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
    main(&[ch('/')], Scope::Browse, Action::OpenSearch, "search"),
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
    // Arrows only: j and k are letters here. Ctrl-n/Ctrl-p as in fzf and readline.
    main(&[key(KeyCode::Up)], Scope::Search, Action::Up, "move"),
    main(&[key(KeyCode::Down)], Scope::Search, Action::Down, "move"),
    bind(&[ctrl('n')], Scope::Search, Action::Down, "next"),
    bind(&[ctrl('p')], Scope::Search, Action::Up, "previous"),
    main(&[key(KeyCode::Enter)], Scope::Search, Action::Open, "go to"),
    main(&[key(KeyCode::Esc)], Scope::Search, Action::Back, "cancel"),
    bind(PAGE_DOWN, Scope::Search, Action::PageDown, "page down"),
    bind(PAGE_UP, Scope::Search, Action::PageUp, "page up"),
    bind(
        &[key(KeyCode::Backspace)],
        Scope::Search,
        Action::SearchBackspace,
        "delete",
    ),
    bind(
        &[ctrl('w')],
        Scope::Search,
        Action::SearchDeleteWord,
        "delete word",
    ),
    bind(&[ctrl('u')], Scope::Search, Action::SearchClear, "clear"),
    bind(&[ctrl('c')], Scope::Search, Action::Quit, "quit"),
    main(&[key(KeyCode::Enter)], Scope::Note, Action::SaveNote, "save"),
    main(&[key(KeyCode::Esc)], Scope::Note, Action::Back, "cancel"),
    bind(
        &[ctrl('e')],
        Scope::Note,
        Action::EditNoteExternally,
        "open in $EDITOR",
    ),
    bind(&[ctrl('c')], Scope::Note, Action::Quit, "quit"),
    main(&[ch('?')], Scope::Anywhere, Action::ToggleHelp, "help"),
    bind(&[ctrl('c')], Scope::Anywhere, Action::Quit, "quit"),
];

/// The scopes in the order the help overlay lists them.
pub const HELP_ORDER: [Scope; 10] = [
    Scope::Anywhere,
    Scope::Browse,
    LADDER,
    DETAIL,
    SKILLS,
    Scope::Compare,
    Scope::LadderPicker,
    Scope::Search,
    Scope::Note,
    Scope::Help,
];
