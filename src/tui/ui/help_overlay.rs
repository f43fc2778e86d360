//! `?`: every key, grouped by where it works, from the same table that handles keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Clear;
use unicode_width::UnicodeWidthStr;

use super::scroll::render_scrolled;
use super::theme::Theme;
use super::wrap::wrap;
use super::{centered, pane_block};
use crate::tui::app::{App, Intent, Scrollable};
use crate::tui::keymap::{BINDINGS, HELP_ORDER, Scope, key_for};

/// The key column is this wide, so hints line up.
const KEY_COLUMN: usize = 16;

pub fn render(app: &App, frame: &mut Frame, body: Rect, theme: &Theme) -> Scrollable {
    let area = centered(body, 64, body.height.saturating_sub(2));
    frame.render_widget(Clear, area);
    let close = key_for(Intent::Back, Scope::Help);
    let block = pane_block(format!("Keys — {close} closes"), true, theme);
    let width = usize::from(block.inner(area).width);
    let lines = help_lines(width, theme);
    render_scrolled(frame, area, block, lines, app.help_scroll(), theme)
}

fn help_lines(width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for intro in wrap(
        "Arrow keys and vim keys both work. The bottom line always shows the keys for where you are.",
        width,
    ) {
        lines.push(Line::styled(intro, theme.dim));
    }
    for scope in HELP_ORDER {
        lines.push(Line::default());
        lines.push(Line::styled(scope.title(), theme.heading));
        for binding in BINDINGS.iter().filter(|b| b.scope == scope) {
            let keys: Vec<String> = binding.keys.iter().map(|key| key.label()).collect();
            let keys = keys.join(" / ");
            let pad = KEY_COLUMN.saturating_sub(keys.width()).max(1);
            lines.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(keys, theme.key),
                Span::raw(" ".repeat(pad)),
                Span::styled(binding.hint, theme.hint),
            ]));
        }
    }
    lines
}
