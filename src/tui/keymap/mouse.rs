//! Mouse events as actions, beside the keys: the wheel and a left click, at a screen cell.
//! Where the point falls (which pane, which row) is for `App::update` to decide from what the
//! last frame measured. Where keys are text (the note editor) or a picker is open, the mouse
//! does nothing, so a stray click cannot lose a half-typed note.

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};

use crate::tui::app::{Action, App, Mode};

/// The action for a mouse event in the app's current state; `None` for moves, drags,
/// releases and other buttons, and in modes that ignore the mouse.
pub fn action_for_mouse(app: &App, event: &MouseEvent) -> Option<Action> {
    if matches!(app.mode(), Mode::Note | Mode::LadderPicker) {
        return None;
    }
    let (column, row) = (event.column, event.row);
    match event.kind {
        MouseEventKind::ScrollUp => Some(Action::ScrollUp { column, row }),
        MouseEventKind::ScrollDown => Some(Action::ScrollDown { column, row }),
        MouseEventKind::Down(MouseButton::Left) => Some(Action::ClickAt { column, row }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::KeyModifiers;

    use super::*;

    fn mouse(kind: MouseEventKind) -> MouseEvent {
        MouseEvent {
            kind,
            column: 7,
            row: 3,
            modifiers: KeyModifiers::NONE,
        }
    }

    fn app() -> App {
        App::new(crate::content::builtin().unwrap_or_default(), false)
            .unwrap_or_else(|| panic!("the built-in ladder makes an app"))
    }

    #[test]
    fn wheel_and_left_click_become_actions_at_their_cell() {
        let app = app();
        let cases = [
            (MouseEventKind::ScrollUp, Action::ScrollUp { column: 7, row: 3 }),
            (
                MouseEventKind::ScrollDown,
                Action::ScrollDown { column: 7, row: 3 },
            ),
            (
                MouseEventKind::Down(MouseButton::Left),
                Action::ClickAt { column: 7, row: 3 },
            ),
        ];
        for (kind, action) in cases {
            assert_eq!(action_for_mouse(&app, &mouse(kind)), Some(action));
        }
        for ignored in [
            MouseEventKind::Moved,
            MouseEventKind::Up(MouseButton::Left),
            MouseEventKind::Down(MouseButton::Right),
            MouseEventKind::Drag(MouseButton::Left),
        ] {
            assert_eq!(action_for_mouse(&app, &mouse(ignored)), None, "{ignored:?}");
        }
    }

    #[test]
    fn the_note_editor_ignores_the_mouse() {
        let mut app = app();
        app.update(Action::Open);
        app.update(Action::EditNote);
        assert_eq!(app.mode(), Mode::Note);
        let click = mouse(MouseEventKind::Down(MouseButton::Left));
        assert_eq!(action_for_mouse(&app, &click), None);
    }
}
