//! What the `App::update` tests share: the app on the built-in ladder, pressing actions, typing.

use jiff::Timestamp;

use super::{App, Effect, Intent, Outcome, TextCode, TextKey};
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
    press(&mut app, &[Intent::Down, Intent::Down, Intent::Open]);
    app
}

/// The time tests press keys at, unless they say otherwise.
pub const NOW: Timestamp = Timestamp::UNIX_EPOCH;

/// Sends each intent in turn at [`NOW`]; returns the effects they asked for.
pub fn press(app: &mut App, intents: &[Intent]) -> Vec<Effect> {
    press_at(app, NOW, intents)
}

/// Sends each intent in turn at `now`; returns the effects they asked for.
pub fn press_at(app: &mut App, now: Timestamp, intents: &[Intent]) -> Vec<Effect> {
    intents
        .iter()
        .filter_map(|intent| app.update(*intent, now))
        .collect()
}

/// Reports how an effect went, at [`NOW`]; returns the effect that asks for in turn.
pub fn report(app: &mut App, outcome: Outcome) -> Option<Effect> {
    app.report(outcome, NOW)
}

/// A plain key typed into the note editor.
pub fn text_key(code: TextCode) -> Intent {
    Intent::NoteKey(TextKey {
        code,
        ctrl: false,
        alt: false,
    })
}

/// `text` typed into the note editor, one key at a time.
pub fn typed(text: &str) -> Vec<Intent> {
    text.chars().map(|c| text_key(TextCode::Char(c))).collect()
}
