//! The interactive loop: read an event, turn it into an action through the key table, update,
//! perform the effects update asks for (saving progress, running the user's editor), draw.
//! Synchronous and event-driven: nothing is redrawn unless something happened.

use std::io;

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event,
    KeyEventKind,
};
use crossterm::execute;
use ratatui::DefaultTerminal;

use jiff::Timestamp;

use super::step::{self, Effects, Input};
use crate::progress::{ProgressStore, now_to_the_second};
use crate::tui::app::{App, Effect, Outcome};
use crate::tui::{autosave, external_editor, keymap};

/// Runs the app full-screen until the user quits. `ratatui::try_init` installs a panic hook
/// that restores the terminal, and `restore` runs on every normal exit, error or not.
/// Progress changes are saved to `store` as they are made.
///
/// Bracketed paste is on while the app runs, so a pasted line arrives as text rather than as
/// keys (a pasted newline would otherwise be Enter); so is mouse capture, unless `mouse` is
/// false (`--no-mouse`), for the wheel and clicks. `ratatui::restore` turns neither off, so
/// every way out does: the normal exit here, and a panic through [`ModesGuard`]'s drop.
pub fn run(app: &mut App, store: &ProgressStore, mouse: bool) -> io::Result<()> {
    let mut terminal = ratatui::try_init()?;
    let result = match ModesGuard::enable(mouse) {
        Ok(_modes) => event_loop(&mut terminal, app, store),
        Err(error) => Err(error),
    };
    ratatui::restore();
    result
}

/// Bracketed paste and (optionally) mouse capture, turned off again when dropped (on return
/// or while unwinding a panic; ratatui's panic hook restores the rest of the terminal before
/// the unwind reaches here).
struct ModesGuard {
    mouse: bool,
}

impl ModesGuard {
    fn enable(mouse: bool) -> io::Result<ModesGuard> {
        execute!(io::stdout(), EnableBracketedPaste)?;
        // From here on, drop undoes what was turned on, even if turning on the mouse fails
        // half way (turning off a capture that never started is harmless).
        let guard = ModesGuard { mouse };
        if mouse {
            execute!(io::stdout(), EnableMouseCapture)?;
        }
        Ok(guard)
    }
}

impl Drop for ModesGuard {
    fn drop(&mut self) {
        // Nothing useful to do if the terminal is gone.
        if self.mouse {
            let _ = execute!(io::stdout(), DisableMouseCapture);
        }
        let _ = execute!(io::stdout(), DisableBracketedPaste);
    }
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App, store: &ProgressStore) -> io::Result<()> {
    loop {
        step::draw(terminal, app)?;
        if app.should_quit() {
            return Ok(());
        }
        if let Some(input) = wait_for_input(app)? {
            let mut effects = LoopEffects { terminal, store };
            step::step(app, input, &mut effects)?;
        }
    }
}

/// Blocks until an event that needs a redraw: a bound key press, a paste, a wheel turn or
/// click, or text pasted (`Some`), or a resize (`None`: redraw only).
fn wait_for_input(app: &App) -> io::Result<Option<Input>> {
    loop {
        let input = match event::read()? {
            Event::Key(key) if key.kind == KeyEventKind::Press => {
                keymap::intent_for(app, &key).map(Input::Intent)
            }
            Event::Paste(text) => Some(Input::Paste(text)),
            Event::Mouse(mouse) => keymap::intent_for_mouse(app, &mouse).map(Input::Intent),
            Event::Resize(..) => return Ok(None),
            _ => None,
        };
        if input.is_some() {
            return Ok(input);
        }
    }
}

/// The loop's effects: saving to the progress file and handing the terminal to the user's
/// editor.
struct LoopEffects<'a> {
    terminal: &'a mut DefaultTerminal,
    store: &'a ProgressStore,
}

impl Effects for LoopEffects<'_> {
    fn perform(&mut self, app: &App, effect: Effect) -> io::Result<Option<Outcome>> {
        match effect {
            Effect::SaveProgress => Ok(Some(autosave::save(app, self.store))),
            Effect::EditNoteExternally { ladder, skill, text } => {
                external_editor::edit_note(self.terminal, ladder, skill, &text).map(Some)
            }
        }
    }

    /// The clock is read here, not in `update`, which stays pure.
    fn now(&self) -> Timestamp {
        now_to_the_second()
    }
}
