//! Drawing: `draw` reads the app and paints one frame. One file per screen region; styles in
//! `theme`. Nothing here changes the app: the loop passes the returned measurements back in
//! as an action.

mod compare;
mod compare_rows;
mod detail_pane;
mod gauge;
mod help_overlay;
mod highlight;
mod ladder_pane;
mod ladder_picker;
mod matrix;
mod matrix_cell;
mod note_editor;
mod readiness;
mod scroll;
mod search_overlay;
mod skills_pane;
mod status_bar;
mod text;
pub mod theme;
mod title_bar;
mod too_small;
pub mod wrap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

use crate::tui::app::{App, Area, Focus, Measurements, Mode};
use theme::Theme;

/// Below this the layout cannot show the panes usefully, so a notice replaces it.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

/// Paints the whole screen for `app`, and returns what the scrollable panes measured.
pub fn draw(app: &App, frame: &mut Frame) -> Measurements {
    let area = frame.area();
    let theme = Theme::new(app.no_color());
    let mut measured = Measurements::default();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small::render(frame, area, &theme);
        return measured;
    }
    let [title, body, status] =
        Layout::vertical([Constraint::Length(1), Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    title_bar::render(app, frame, title, &theme);
    status_bar::render(app, frame, status, &theme);
    draw_mode(app, app.mode(), frame, body, &theme, &mut measured);
    measured
}

/// Draws `mode` into `body`; overlays first draw the screen they cover.
fn draw_mode(
    app: &App,
    mode: Mode,
    frame: &mut Frame,
    body: Rect,
    theme: &Theme,
    measured: &mut Measurements,
) {
    match mode {
        Mode::Browse => draw_browse(app, frame, body, theme, measured),
        Mode::Compare => measured.compare = compare::render(app, frame, body, theme),
        Mode::Matrix => {
            (measured.matrix_rows, measured.matrix_columns) = matrix::render(app, frame, body, theme);
        }
        Mode::LadderPicker => {
            draw_browse_under_overlay(app, frame, body, theme, measured);
            ladder_picker::render(app, frame, body, theme);
        }
        Mode::Note => {
            draw_browse_under_overlay(app, frame, body, theme, measured);
            note_editor::render(app, frame, body, theme);
        }
        Mode::Search => {
            draw_browse_under_overlay(app, frame, body, theme, measured);
            let results = search_overlay::render(app, frame, body, theme);
            measured.search_rows = results.area.height;
            measured.search_results = results;
        }
        Mode::Help => {
            // Help is never opened over itself, so this recursion is one level deep.
            if app.mode_under_help() != Mode::Help {
                draw_mode(app, app.mode_under_help(), frame, body, theme, measured);
            }
            measured.help = help_overlay::render(app, frame, body, theme);
        }
    }
}

/// The browse screen: the ladder on the left; the selected entry's detail and skills on the
/// right. The skills pane takes the room its list needs (up to two thirds of the height), so a
/// level's skills are on screen as soon as it is selected. Records the detail's scroll, the
/// detail scroll that shows the line a search jumped to (when the app asked to reveal it),
/// and where each pane went, for the mouse.
fn draw_browse(app: &App, frame: &mut Frame, body: Rect, theme: &Theme, measured: &mut Measurements) {
    let ladder_width = (body.width / 3).clamp(24, 34);
    let [left, right] =
        Layout::horizontal([Constraint::Length(ladder_width), Constraint::Fill(1)]).areas(body);
    measured.ladder = ladder_pane::render(app, frame, left, theme);
    // Entries without skills (most tracks, About) give the whole column to the detail.
    let skills_height = if app.skills().is_empty() {
        0
    } else {
        skills_pane::wanted_height(app, right.width, theme).min(right.height / 2 + right.height / 6)
    };
    let [detail, skills] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(skills_height)]).areas(right);
    let (scroll, reveal) = detail_pane::render(app, frame, detail, theme);
    measured.detail = scroll;
    measured.detail_reveal = reveal;
    measured.detail_area = area(detail);
    measured.skills = skills_pane::render(app, frame, skills, theme);
}

/// The browse screen under an overlay (picker, note editor, search): the jump-to line is
/// revealed once the overlay has closed, not behind it.
fn draw_browse_under_overlay(
    app: &App,
    frame: &mut Frame,
    body: Rect,
    theme: &Theme,
    measured: &mut Measurements,
) {
    draw_browse(app, frame, body, theme, measured);
    measured.detail_reveal = None;
}

/// A bordered pane; the focused one has a thick, bold border so focus shows without colour.
fn pane_block(title: String, focused: bool, theme: &Theme) -> Block<'static> {
    let border_style = if focused {
        theme.border_focused
    } else {
        theme.border
    };
    Block::new()
        .borders(Borders::ALL)
        .border_type(Theme::border_type(focused))
        .border_style(border_style)
        .title(Line::from(Span::styled(format!(" {title} "), theme.pane_title)))
}

fn is_focused(app: &App, focus: Focus) -> bool {
    app.mode() == Mode::Browse && app.focus() == focus
}

/// A rectangle of at most `width` x `height` centred in `area`.
/// A drawn rectangle as the app measures it.
fn area(rect: Rect) -> Area {
    Area::new(rect.x, rect.y, rect.width, rect.height)
}

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}
