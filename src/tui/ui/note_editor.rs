//! `n`: the note editor, over the browse screen. The text area draws itself; this adds the
//! frame, which skill the note is for, and the keys that are not obvious.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Clear;

use super::theme::Theme;
use super::wrap::truncate;
use super::{centered, pane_block};
use crate::tui::app::{App, Intent};
use crate::tui::keymap::{Scope, keys_for};

const WIDTH: u16 = 72;
const HEIGHT: u16 = 10;

pub fn render(app: &App, frame: &mut Frame, body: Rect, theme: &Theme) {
    let Some(editor) = app.note_editor() else {
        return;
    };
    let area = centered(body, WIDTH, HEIGHT);
    frame.render_widget(Clear, area);
    let name_room = usize::from(area.width).saturating_sub(12);
    let title = format!("Note · {}", truncate(editor.skill_name(), name_room));
    // The status bar shows Enter and Esc; the new-line keys are named here, from the table.
    let newline = keys_for(Intent::NoteNewline, Scope::Note);
    let mut keys: Vec<Span> = vec![Span::raw(" ")];
    for (i, key) in newline.split('/').enumerate() {
        if i > 0 {
            keys.push(Span::styled("/", theme.dim));
        }
        keys.push(Span::styled(key.to_string(), theme.key));
    }
    keys.push(Span::styled(" new line ", theme.dim));
    let block = pane_block(title, true, theme).title_bottom(Line::from(keys).right_aligned());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut text = editor.text_area().clone();
    text.set_cursor_line_style(theme.note_cursor_line);
    text.set_selection_style(theme.note_selection);
    text.set_placeholder_style(theme.note_placeholder);
    frame.render_widget(&text, inner);
}
