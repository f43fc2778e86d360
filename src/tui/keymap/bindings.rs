//! The key table itself: every binding, in the order lookups try them.

use crossterm::event::KeyCode;

use super::{Binding, Key, Scope, Shown};
use crate::tui::app::{Focus, Intent};

const fn key(code: KeyCode) -> Key {
    Key {
        code,
        ctrl: false,
        alt: false,
    }
}

const fn alt(code: KeyCode) -> Key {
    Key {
        code,
        ctrl: false,
        alt: true,
    }
}

const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
        alt: false,
    }
}

/// A binding the status bar always tries to show.
const fn shown_first(keys: &'static [Key], scope: Scope, intent: Intent, hint: &'static str) -> Binding {
    Binding {
        keys,
        scope,
        intent,
        hint,
        shown: Shown::First,
    }
}

/// A binding the status bar shows while there is room.
const fn shown_if_room(keys: &'static [Key], scope: Scope, intent: Intent, hint: &'static str) -> Binding {
    Binding {
        keys,
        scope,
        intent,
        hint,
        shown: Shown::IfRoom,
    }
}

/// A binding listed in help and named where it is needed, never in the status bar.
const fn help_only(keys: &'static [Key], scope: Scope, intent: Intent, hint: &'static str) -> Binding {
    Binding {
        keys,
        scope,
        intent,
        hint,
        shown: Shown::HelpOnly,
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
/// narrow scopes come before wide ones. The status bar shows the `shown_first` bindings in table
/// order, then the others while there is room.
pub const BINDINGS: &[Binding] = &[
    shown_first(UP, LADDER, Intent::Up, "move"),
    shown_first(DOWN, LADDER, Intent::Down, "move"),
    shown_first(&[key(KeyCode::Enter)], LADDER, Intent::Open, "open"),
    shown_if_room(FIRST, LADDER, Intent::First, "first"),
    shown_if_room(LAST, LADDER, Intent::Last, "last"),
    shown_first(UP, DETAIL, Intent::Up, "scroll"),
    shown_first(DOWN, DETAIL, Intent::Down, "scroll"),
    shown_if_room(FIRST, DETAIL, Intent::First, "top"),
    shown_if_room(LAST, DETAIL, Intent::Last, "bottom"),
    shown_first(&[key(KeyCode::Esc)], DETAIL, Intent::Back, "back"),
    shown_first(UP, SKILLS, Intent::Up, "move"),
    shown_first(DOWN, SKILLS, Intent::Down, "move"),
    shown_first(&[key(KeyCode::Esc)], SKILLS, Intent::Back, "back"),
    shown_if_room(FIRST, SKILLS, Intent::First, "first"),
    shown_if_room(LAST, SKILLS, Intent::Last, "last"),
    shown_first(&[ch(' ')], SKILLS, Intent::ToggleDeveloped, "developed"),
    shown_first(&[ch('d')], SKILLS, Intent::ToggleDeveloping, "developing"),
    shown_first(&[ch('n')], SKILLS, Intent::EditNote, "note"),
    shown_if_room(&[ch('N')], SKILLS, Intent::EditNoteExternally, "note in $EDITOR"),
    shown_first(
        &[key(KeyCode::Tab)],
        Scope::Browse,
        Intent::FocusNext,
        "next pane",
    ),
    shown_if_room(
        &[key(KeyCode::BackTab)],
        Scope::Browse,
        Intent::FocusPrev,
        "previous pane",
    ),
    shown_first(&[ch('c')], Scope::Browse, Intent::OpenCompare, "compare"),
    shown_if_room(PAGE_DOWN, Scope::Browse, Intent::PageDown, "page down"),
    shown_if_room(PAGE_UP, Scope::Browse, Intent::PageUp, "page up"),
    shown_first(&[ch('/')], Scope::Browse, Intent::OpenSearch, "search"),
    shown_first(&[ch('L')], Scope::Browse, Intent::OpenLadderPicker, "ladders"),
    shown_first(&[ch('q')], Scope::Browse, Intent::Quit, "quit"),
    shown_first(&[ch('m')], Scope::Browse, Intent::ToggleMyLevel, "my level"),
    shown_if_room(
        &[ch('H')],
        Scope::Browse,
        Intent::ToggleHideDeveloped,
        "hide/show developed",
    ),
    shown_first(
        &[key(KeyCode::Left), ch('h')],
        Scope::Compare,
        Intent::EarlierLevel,
        "choose",
    ),
    shown_first(
        &[key(KeyCode::Right), ch('l')],
        Scope::Compare,
        Intent::LaterLevel,
        "choose",
    ),
    shown_first(
        &[key(KeyCode::Tab), key(KeyCode::BackTab)],
        Scope::Compare,
        Intent::SwitchSide,
        "other side",
    ),
    shown_first(UP, Scope::Compare, Intent::Up, "scroll"),
    shown_first(DOWN, Scope::Compare, Intent::Down, "scroll"),
    shown_if_room(PAGE_DOWN, Scope::Compare, Intent::PageDown, "page down"),
    shown_if_room(PAGE_UP, Scope::Compare, Intent::PageUp, "page up"),
    shown_if_room(FIRST, Scope::Compare, Intent::First, "top"),
    shown_if_room(LAST, Scope::Compare, Intent::Last, "bottom"),
    shown_first(
        &[key(KeyCode::Esc), ch('c'), ch('q')],
        Scope::Compare,
        Intent::Back,
        "close",
    ),
    shown_first(UP, Scope::Help, Intent::Up, "scroll"),
    shown_first(DOWN, Scope::Help, Intent::Down, "scroll"),
    shown_if_room(PAGE_DOWN, Scope::Help, Intent::PageDown, "page down"),
    shown_if_room(PAGE_UP, Scope::Help, Intent::PageUp, "page up"),
    shown_if_room(FIRST, Scope::Help, Intent::First, "top"),
    shown_if_room(LAST, Scope::Help, Intent::Last, "bottom"),
    shown_first(
        &[key(KeyCode::Esc), ch('?'), ch('q')],
        Scope::Help,
        Intent::Back,
        "close",
    ),
    shown_first(UP, Scope::LadderPicker, Intent::Up, "move"),
    shown_first(DOWN, Scope::LadderPicker, Intent::Down, "move"),
    shown_first(
        &[key(KeyCode::Enter)],
        Scope::LadderPicker,
        Intent::Open,
        "choose",
    ),
    shown_first(
        &[key(KeyCode::Esc), ch('q')],
        Scope::LadderPicker,
        Intent::Back,
        "close",
    ),
    // Arrows only: j and k are letters here. Ctrl-n/Ctrl-p as in fzf and readline.
    shown_first(&[key(KeyCode::Up)], Scope::Search, Intent::Up, "move"),
    shown_first(&[key(KeyCode::Down)], Scope::Search, Intent::Down, "move"),
    shown_if_room(&[ctrl('n')], Scope::Search, Intent::Down, "next"),
    shown_if_room(&[ctrl('p')], Scope::Search, Intent::Up, "previous"),
    shown_first(&[key(KeyCode::Enter)], Scope::Search, Intent::Open, "go to"),
    shown_first(&[key(KeyCode::Esc)], Scope::Search, Intent::Back, "cancel"),
    shown_if_room(PAGE_DOWN, Scope::Search, Intent::PageDown, "page down"),
    shown_if_room(PAGE_UP, Scope::Search, Intent::PageUp, "page up"),
    shown_if_room(
        &[key(KeyCode::Backspace)],
        Scope::Search,
        Intent::SearchBackspace,
        "delete",
    ),
    shown_if_room(
        &[ctrl('w')],
        Scope::Search,
        Intent::SearchDeleteWord,
        "delete word",
    ),
    shown_if_room(&[ctrl('u')], Scope::Search, Intent::SearchClear, "clear"),
    shown_if_room(&[ctrl('c')], Scope::Search, Intent::Quit, "quit"),
    shown_first(&[key(KeyCode::Enter)], Scope::Note, Intent::SaveNote, "save"),
    shown_first(&[key(KeyCode::Esc)], Scope::Note, Intent::Back, "cancel"),
    // Terminals cannot report Shift+Enter; the note editor names these keys under the text.
    help_only(
        &[alt(KeyCode::Enter), ctrl('j')],
        Scope::Note,
        Intent::NoteNewline,
        "new line",
    ),
    shown_if_room(
        &[ctrl('e')],
        Scope::Note,
        Intent::EditNoteExternally,
        "open in $EDITOR",
    ),
    shown_if_room(&[ctrl('c')], Scope::Note, Intent::Quit, "quit"),
    shown_first(&[ch('x')], Scope::Browse, Intent::OpenMatrix, "matrix"),
    shown_first(UP, Scope::Matrix, Intent::Up, "move"),
    shown_first(DOWN, Scope::Matrix, Intent::Down, "move"),
    shown_first(
        &[key(KeyCode::Left), ch('h')],
        Scope::Matrix,
        Intent::EarlierLevel,
        "level",
    ),
    shown_first(
        &[key(KeyCode::Right), ch('l')],
        Scope::Matrix,
        Intent::LaterLevel,
        "level",
    ),
    shown_first(
        &[key(KeyCode::Esc), ch('x'), ch('q')],
        Scope::Matrix,
        Intent::Back,
        "close",
    ),
    shown_first(&[ch(' ')], Scope::Matrix, Intent::ToggleDeveloped, "assess"),
    shown_first(
        &[ch('+'), ch('=')],
        Scope::Matrix,
        Intent::NextMilestone,
        "step up",
    ),
    shown_first(&[ch('-')], Scope::Matrix, Intent::PreviousMilestone, "step down"),
    shown_if_room(PAGE_DOWN, Scope::Matrix, Intent::PageDown, "page down"),
    shown_if_room(PAGE_UP, Scope::Matrix, Intent::PageUp, "page up"),
    shown_if_room(FIRST, Scope::Matrix, Intent::First, "first"),
    shown_if_room(LAST, Scope::Matrix, Intent::Last, "last"),
    shown_first(&[ch('u')], Scope::Anywhere, Intent::Undo, "undo"),
    shown_first(&[ch('?')], Scope::Anywhere, Intent::ToggleHelp, "help"),
    shown_if_room(&[ctrl('c')], Scope::Anywhere, Intent::Quit, "quit"),
];

/// The scopes in the order the help overlay lists them.
pub const HELP_ORDER: [Scope; 11] = [
    Scope::Anywhere,
    Scope::Browse,
    LADDER,
    DETAIL,
    SKILLS,
    Scope::Compare,
    Scope::Matrix,
    Scope::LadderPicker,
    Scope::Search,
    Scope::Note,
    Scope::Help,
];
