//! Rendering without a terminal: replay keys through the same key table and `App::update` as
//! the interactive loop, into ratatui's `TestBackend`, and read the screen back as text.
//! Used by `rungs render` and by the snapshot tests. Read-only: effects such as saving
//! progress are not performed, so replayed ticks change the app in memory only.

use crossterm::event::KeyEvent;
use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

use crate::tui::app::App;
use crate::tui::keymap::{self, Gesture};
use crate::tui::step::{Input, NoEffects, draw, step};

/// Replays `keys` into `app` on a `width` x `height` screen and returns the final screen as
/// plain text, one line per row, trailing spaces trimmed.
pub fn render_text(app: &mut App, keys: &[KeyEvent], width: u16, height: u16) -> String {
    let buffer = render_buffer(app, keys, width, height);
    buffer_text(&buffer)
}

/// As [`render_text`], with every key pressed at `now` instead of the real time, so screens
/// that show the date of a tick are the same on every run (for tests).
pub fn render_text_at(app: &mut App, keys: &[KeyEvent], width: u16, height: u16, now: Timestamp) -> String {
    buffer_text(&replay(app, keys, width, height, Some(now)))
}

/// As [`render_text`], but the styled buffer, for tests that check styles.
pub fn render_buffer(app: &mut App, keys: &[KeyEvent], width: u16, height: u16) -> Buffer {
    replay(app, keys, width, height, None)
}

/// Draws, then for each key takes one [`step`] (effects dropped: rendering never writes) and
/// draws again.
fn replay(app: &mut App, keys: &[KeyEvent], width: u16, height: u16, now: Option<Timestamp>) -> Buffer {
    let mut terminal = match Terminal::new(TestBackend::new(width, height)) {
        Ok(terminal) => terminal,
        // TestBackend never fails; an empty screen is the honest answer if it ever did.
        Err(_) => return Buffer::empty(ratatui::layout::Rect::new(0, 0, width, height)),
    };
    let mut effects = NoEffects { now };
    // Drawing into memory cannot fail (TestBackend's error type is uninhabited).
    let _ = draw(&mut terminal, app);
    for key in keys {
        if app.should_quit() {
            break;
        }
        if let Some(intent) = keymap::intent_for(app, key) {
            // NoEffects performs nothing, so a step cannot fail.
            let _ = step(app, Input::Intent(intent), &mut effects);
            let _ = draw(&mut terminal, app);
        }
    }
    // The final screen is drawn whole, not as a diff on the last one: TestBackend, unlike a
    // terminal, keeps the cell after a wide character when only the character is written,
    // so a diffed screen could show leftovers that no real terminal would.
    if terminal.clear().is_ok() {
        let _ = draw(&mut terminal, app);
    }
    terminal.backend().buffer().clone()
}

/// A mouse gesture at a screen cell, as the loop takes it: through the key layer (which maps
/// it to what the last frame drew there) and one [`step`], effects dropped.
pub fn mouse(app: &mut App, gesture: Gesture, column: u16, row: u16) {
    if let Some(intent) = keymap::intent_for_gesture(app, gesture, column, row) {
        // NoEffects performs nothing, so a step cannot fail.
        let _ = step(app, Input::Intent(intent), &mut NoEffects { now: None });
    }
}

/// The buffer's characters row by row. A wide character fills two cells, the second of which
/// holds a blank that the terminal never shows, so it is skipped to keep columns true.
pub fn buffer_text(buffer: &Buffer) -> String {
    let width = usize::from(buffer.area.width);
    let mut out = String::new();
    // Rows are counted from the height, not the cells, so a zero-width screen still has rows.
    for y in 0..usize::from(buffer.area.height) {
        let row = buffer.content.get(y * width..(y + 1) * width).unwrap_or(&[]);
        let mut line = String::new();
        let mut skip = 0;
        for cell in row {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = cell.symbol();
            line.push_str(symbol);
            skip = symbol.width().saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
