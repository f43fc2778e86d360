//! Why a key did nothing, in words for the status bar, read from the key table: which scope
//! binds the key, and which key gets you there ("Space developed works in the skills pane:
//! Enter opens it"), or why its action cannot happen now ("L ladders: only one ladder is
//! loaded").

use super::{BINDINGS, Binding, Scope};
use crate::tui::app::{App, Focus, Intent};

/// Whether a bound key whose action cannot happen now deserves a word; moves and scrolls at
/// an edge do not.
pub fn worth_explaining(intent: Intent) -> bool {
    matches!(
        intent,
        Intent::OpenLadderPicker
            | Intent::OpenCompare
            | Intent::ToggleMyLevel
            | Intent::ToggleDeveloped
            | Intent::ToggleDeveloping
            | Intent::EditNote
            | Intent::EditNoteExternally
    )
}

/// The status bar's message for the `binding`th row of the key table, pressed where it does
/// nothing.
pub fn why_not_here(app: &App, binding: usize) -> Option<String> {
    let binding = BINDINGS.get(binding)?;
    let what = format!("{} {}", key_label(binding), binding.hint);
    if binding.scope.applies(app) {
        return Some(format!("{what}: {}", cannot_now(binding.intent)));
    }
    let place = binding.scope.title().to_lowercase();
    Some(match way_into(binding.scope) {
        Some(way) => format!(
            "{what} works in the {place}: {} {} there",
            key_label(way),
            way.hint
        ),
        None => format!("{what} works in the {place}"),
    })
}

fn key_label(binding: &Binding) -> String {
    binding.keys.first().map(|key| key.label()).unwrap_or_default()
}

/// Why an action bound here cannot happen now.
fn cannot_now(intent: Intent) -> &'static str {
    match intent {
        Intent::OpenLadderPicker => "only one ladder is loaded (--content DIR loads several)",
        Intent::OpenCompare => "this ladder has nothing to compare",
        Intent::ToggleMyLevel => "select a level of the main ladder first",
        _ => "no skill is selected",
    }
}

/// The binding that opens `scope`: Enter on the ladder for the skills pane, `c` for
/// compare, and so on; the first in the table wins.
fn way_into(scope: Scope) -> Option<&'static Binding> {
    let (from, intent) = match scope {
        Scope::Pane(Focus::Skills) => (Scope::Pane(Focus::Ladder), Intent::Open),
        Scope::Pane(Focus::Detail) => (Scope::Browse, Intent::FocusNext),
        Scope::Pane(Focus::Ladder) => (Scope::Pane(Focus::Detail), Intent::Back),
        Scope::Compare => (Scope::Browse, Intent::OpenCompare),
        Scope::Matrix => (Scope::Browse, Intent::OpenMatrix),
        Scope::Search => (Scope::Browse, Intent::OpenSearch),
        Scope::LadderPicker => (Scope::Browse, Intent::OpenLadderPicker),
        Scope::Note => (Scope::Pane(Focus::Skills), Intent::EditNote),
        Scope::Help => (Scope::Anywhere, Intent::ToggleHelp),
        Scope::Browse | Scope::Anywhere => return None,
    };
    BINDINGS
        .iter()
        .find(|binding| binding.scope == from && binding.intent == intent)
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use super::*;
    use crate::tui::keymap::intent_for;

    fn app() -> App {
        match App::new(crate::content::builtin().unwrap_or_default(), false) {
            Some(app) => app,
            None => panic!("the built-in ladder makes an app"),
        }
    }

    fn said(app: &mut App, key: char) -> Option<String> {
        let event = KeyEvent::new(KeyCode::Char(key), KeyModifiers::NONE);
        let intent = intent_for(app, &event)?;
        app.update(intent, jiff::Timestamp::UNIX_EPOCH);
        why_not_here(app, app.not_here()?)
    }

    #[test]
    fn space_in_the_ladder_pane_says_where_it_ticks() {
        let mut app = app();
        let said = said(&mut app, ' ');
        assert_eq!(
            said.as_deref(),
            Some("Space developed works in the skills pane: Enter open there")
        );
    }

    #[test]
    fn the_ladder_picker_with_one_ladder_says_so() {
        let mut app = app();
        let said = said(&mut app, 'L').unwrap_or_default();
        assert!(said.starts_with("L ladders: only one ladder is loaded"), "{said}");
    }

    #[test]
    fn a_key_that_works_here_says_nothing() {
        let mut app = app();
        assert_eq!(said(&mut app, 'j'), None);
        assert_eq!(app.not_here(), None);
    }
}
