//! Mouse events as intents, beside the keys: the wheel and a left click, mapped to the pane
//! and row under the pointer through what the last frame measured. Where keys are text (the
//! note editor) or a picker is open, the mouse does nothing, so a stray click cannot lose a
//! half-typed note: this is the one place that rule lives.

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};

use crate::tui::app::{App, Intent, Mode, Pointer, PointerList, PointerText};

/// Lines one wheel notch scrolls a text; lists move their selection one row per notch.
const WHEEL_LINES: i32 = 3;

/// What the mouse did, wherever it did it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gesture {
    WheelUp,
    WheelDown,
    Click,
}

/// The intent for a mouse event in the app's current state; `None` for moves, drags,
/// releases and other buttons, in modes that ignore the mouse, and off every pane.
pub fn intent_for_mouse(app: &App, event: &MouseEvent) -> Option<Intent> {
    let gesture = match event.kind {
        MouseEventKind::ScrollUp => Gesture::WheelUp,
        MouseEventKind::ScrollDown => Gesture::WheelDown,
        MouseEventKind::Down(MouseButton::Left) => Gesture::Click,
        _ => return None,
    };
    intent_for_gesture(app, gesture, event.column, event.row)
}

/// The intent for `gesture` at the screen cell (`column`, `row`).
pub fn intent_for_gesture(app: &App, gesture: Gesture, column: u16, row: u16) -> Option<Intent> {
    let measured = app.measurements();
    let pointer = match app.mode() {
        Mode::Note | Mode::LadderPicker | Mode::Matrix => return None,
        Mode::Help => scroll(PointerText::Help, gesture)?,
        Mode::Compare => scroll(PointerText::Compare, gesture)?,
        Mode::Search => on_list(
            PointerList::SearchResults,
            measured.search_results.item_at(column, row)?,
            gesture,
        ),
        Mode::Browse => {
            if let Some(item) = measured.ladder.item_at(column, row) {
                on_list(PointerList::Ladder, item, gesture)
            } else if let Some(item) = measured.skills.item_at(column, row) {
                on_list(PointerList::Skills, item, gesture)
            } else if measured.detail_area.contains(column, row) {
                match gesture {
                    Gesture::Click => Pointer::ClickDetail,
                    wheel => scroll(PointerText::Detail, wheel)?,
                }
            } else {
                return None;
            }
        }
    };
    Some(Intent::Pointer(pointer))
}

fn on_list(list: PointerList, item: usize, gesture: Gesture) -> Pointer {
    match gesture {
        Gesture::Click => Pointer::Click { list, item },
        Gesture::WheelUp => Pointer::Wheel { list, down: false },
        Gesture::WheelDown => Pointer::Wheel { list, down: true },
    }
}

/// The wheel scrolls a text; a click on it does nothing.
fn scroll(text: PointerText, gesture: Gesture) -> Option<Pointer> {
    let lines = match gesture {
        Gesture::WheelUp => -WHEEL_LINES,
        Gesture::WheelDown => WHEEL_LINES,
        Gesture::Click => return None,
    };
    Some(Pointer::Scroll { text, lines })
}

#[cfg(test)]
mod tests {
    use crossterm::event::KeyModifiers;

    use super::*;
    use crate::tui::app::{Area, ListView, Measurements};

    fn mouse(kind: MouseEventKind) -> MouseEvent {
        MouseEvent {
            kind,
            column: 7,
            row: 3,
            modifiers: KeyModifiers::NONE,
        }
    }

    /// The app with its ladder pane's rows measured at x 1..31, y 2..28.
    fn app() -> App {
        let mut app = App::new(crate::content::builtin().unwrap_or_default(), false)
            .unwrap_or_else(|| panic!("the built-in ladder makes an app"));
        app.frame_measured(Measurements {
            ladder: ListView {
                area: Area::new(1, 2, 30, 26),
                first: 0,
            },
            ..Measurements::default()
        });
        app
    }

    #[test]
    fn wheel_and_left_click_become_intents_for_the_row_under_them() {
        let app = app();
        let ladder = PointerList::Ladder;
        let cases = [
            (
                MouseEventKind::ScrollUp,
                Pointer::Wheel {
                    list: ladder,
                    down: false,
                },
            ),
            (
                MouseEventKind::ScrollDown,
                Pointer::Wheel {
                    list: ladder,
                    down: true,
                },
            ),
            (
                MouseEventKind::Down(MouseButton::Left),
                Pointer::Click {
                    list: ladder,
                    item: 1,
                },
            ),
        ];
        for (kind, pointer) in cases {
            assert_eq!(
                intent_for_mouse(&app, &mouse(kind)),
                Some(Intent::Pointer(pointer))
            );
        }
        for ignored in [
            MouseEventKind::Moved,
            MouseEventKind::Up(MouseButton::Left),
            MouseEventKind::Down(MouseButton::Right),
            MouseEventKind::Drag(MouseButton::Left),
        ] {
            assert_eq!(intent_for_mouse(&app, &mouse(ignored)), None, "{ignored:?}");
        }
    }

    #[test]
    fn the_note_editor_ignores_the_mouse() {
        let mut app = app();
        let now = jiff::Timestamp::UNIX_EPOCH;
        app.update(Intent::Open, now);
        app.update(Intent::EditNote, now);
        assert_eq!(app.mode(), Mode::Note);
        let click = mouse(MouseEventKind::Down(MouseButton::Left));
        assert_eq!(intent_for_mouse(&app, &click), None);
    }
}
