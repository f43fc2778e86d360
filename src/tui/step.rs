//! One key press, written once: the time goes in, the action updates the app, the effects it
//! asks for are performed (and their outcomes fed back), and the next frame is drawn and
//! measured. The loop, headless rendering, the tests and the benchmarks all use these two
//! functions, so none of them can drift from what the app really does.

use std::io;

use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::Backend;

use ratatui::buffer::Buffer;

use super::app::{App, Effect, Intent, Outcome};
use super::ui;
use crate::terminal_text::is_unsafe;

/// Performs the effects `App::update` asks for. The loop saves and runs the user's editor;
/// headless rendering performs nothing ([`NoEffects`]); tests save to a scratch file.
pub trait Effects {
    /// Does `effect`, and returns how it went for the app, or `None` when there is nothing to
    /// report (headless rendering performs nothing).
    fn perform(&mut self, app: &App, effect: Effect) -> io::Result<Option<Outcome>>;

    /// The time to stamp changes with; read once per step (and again after an effect that
    /// took the user's time, such as their editor).
    fn now(&self) -> Timestamp;

    /// Brings the app up to date with the world before an outcome is taken in: the loop
    /// re-reads a progress file someone else wrote while the user's editor was open, so an
    /// edited note is merged with the note as it is now. Nothing to do by default.
    fn refresh(&mut self, _app: &mut App) {}
}

/// Effects dropped on purpose (rendering never writes), at a fixed or real time.
pub struct NoEffects {
    pub now: Option<Timestamp>,
}

impl Effects for NoEffects {
    fn perform(&mut self, _app: &App, _effect: Effect) -> io::Result<Option<Outcome>> {
        Ok(None)
    }

    fn now(&self) -> Timestamp {
        self.now.unwrap_or_else(crate::progress::now_to_the_second)
    }
}

/// What the key layer hands the app: an intent, or text pasted from the terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Intent(Intent),
    Paste(String),
}

/// One input: read the clock, update, then perform every effect it asks for in turn and
/// report how each went (an edited note asks to be saved).
pub fn step(app: &mut App, input: Input, effects: &mut dyn Effects) -> io::Result<()> {
    let now = effects.now();
    let mut effect = match input {
        Input::Intent(intent) => app.update(intent, now),
        Input::Paste(text) => app.paste(&text, now),
    };
    while let Some(next) = effect.take() {
        if let Some(outcome) = effects.perform(app, next)? {
            effects.refresh(app);
            effect = app.report(outcome, effects.now());
        }
    }
    Ok(())
}

/// Draws a frame and hands what it measured back to the app, so scrolling stays in bounds
/// and clicks land on what was drawn.
pub fn draw<B: Backend>(terminal: &mut Terminal<B>, app: &mut App) -> Result<(), B::Error> {
    let mut measured = None;
    terminal.draw(|frame| {
        measured = Some(ui::draw(app, frame));
        scrub(frame.buffer_mut());
    })?;
    if let Some(measured) = measured {
        app.frame_measured(measured);
    }
    Ok(())
}

/// Drops from the frame every character that could drive the terminal or reorder what it
/// shows (see [`is_unsafe`]): ratatui leaves out control characters, but not bidi overrides
/// such as U+202E from a ladder file. One pass over the finished frame covers every screen.
fn scrub(buffer: &mut Buffer) {
    for cell in &mut buffer.content {
        if cell.symbol().chars().any(is_unsafe) {
            let kept: String = cell.symbol().chars().filter(|&c| !is_unsafe(c)).collect();
            cell.set_symbol(if kept.is_empty() { " " } else { &kept });
        }
    }
}
