//! What the `App::update` tests share: the app on the built-in ladder, pressing actions, typing.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Action, App, Effect};
use crate::content::builtin;

pub const LADDER: &str = "product-management";

/// The app on the built-in ladder, as it opens.
pub fn app() -> App {
    let ladders = builtin().unwrap_or_default();
    App::new(ladders, false).unwrap_or_else(|| panic!("the built-in ladder loads"))
}

/// The app with the first skill of Senior PM (strategic-visioning) selected.
pub fn on_senior_skills() -> App {
    let mut app = app();
    press(&mut app, &[Action::Down, Action::Down, Action::Open]);
    app
}

/// Sends each action in turn; returns the effects they asked for.
pub fn press(app: &mut App, actions: &[Action]) -> Vec<Effect> {
    actions
        .iter()
        .filter_map(|action| app.update(action.clone()))
        .collect()
}

/// `text` typed into the note editor, one key at a time.
pub fn typed(text: &str) -> Vec<Action> {
    text.chars()
        .map(|c| Action::NoteKey(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)))
        .collect()
}
