//! The mouse over panes at known places: the key layer maps a click or a wheel turn to the
//! row under it, and `App::update` acts on that.

use super::test_support::*;
use super::*;
use crate::tui::keymap::{Gesture, intent_for_gesture};

/// A 100x30 browse screen: the ladder's rows at x 1..31, y 2..28; the detail pane at
/// x 32..100, y 1..19; six skill rows at x 33..99, y 20..26; search results at y 3..20.
fn measured() -> Measurements {
    Measurements {
        detail: Scrollable {
            content: 60,
            visible: 16,
        },
        help: Scrollable {
            content: 80,
            visible: 20,
        },
        search_rows: 17,
        ladder: ListView {
            area: Area::new(1, 2, 30, 26),
            first: 0,
        },
        detail_area: Area::new(32, 1, 68, 18),
        skills: ListView {
            area: Area::new(33, 20, 66, 6),
            first: 0,
        },
        search_results: ListView {
            area: Area::new(1, 3, 98, 17),
            first: 0,
        },
        ..Measurements::default()
    }
}

fn measured_app() -> App {
    let mut app = app();
    app.frame_measured(measured());
    app
}

/// The mouse at (`column`, `row`), through the key layer as the loop sends it.
fn gesture(app: &mut App, gesture: Gesture, column: u16, row: u16) {
    if let Some(intent) = intent_for_gesture(app, gesture, column, row) {
        app.update(intent, NOW);
    }
}

fn click(app: &mut App, column: u16, row: u16) {
    gesture(app, Gesture::Click, column, row);
}

#[test]
fn a_click_on_a_ladder_entry_selects_it_and_focuses_the_ladder() {
    let mut app = measured_app();
    app.update(Intent::FocusNext, NOW);
    // Row 0 is the "Levels" heading, so the third level is on the fourth row.
    click(&mut app, 5, 2 + 3);
    assert_eq!(app.selected_entry(), LadderEntry::Level(2));
    assert_eq!(app.focus(), Focus::Ladder);
}

#[test]
fn a_click_counts_rows_from_the_list_s_scroll_offset() {
    let mut app = app();
    let scrolled = ListView {
        first: 2,
        ..measured().ladder
    };
    app.frame_measured(Measurements {
        ladder: scrolled,
        ..measured()
    });
    // The top row shows list row 2: the second level.
    click(&mut app, 5, 2);
    assert_eq!(app.selected_entry(), LadderEntry::Level(1));
}

#[test]
fn a_click_on_a_heading_or_outside_every_pane_changes_nothing() {
    let mut app = measured_app();
    press(&mut app, &[Intent::Down]);
    click(&mut app, 5, 2);
    assert_eq!(app.selected_entry(), LadderEntry::Level(1), "the Levels heading");
    click(&mut app, 0, 0);
    click(&mut app, 99, 29);
    assert_eq!(app.selected_entry(), LadderEntry::Level(1));
    assert_eq!(app.focus(), Focus::Ladder);
}

#[test]
fn a_click_on_a_skill_selects_it_and_focuses_the_skills() {
    let mut app = measured_app();
    click(&mut app, 40, 20 + 2);
    assert_eq!(app.skill_index(), 2);
    assert_eq!(app.focus(), Focus::Skills);
    assert_eq!(
        app.selected_skill().map(|skill| skill.id.as_str()),
        app.skills().get(2).map(|s| s.id.as_str())
    );
}

#[test]
fn a_click_in_the_detail_focuses_it() {
    let mut app = measured_app();
    click(&mut app, 50, 5);
    assert_eq!(app.focus(), Focus::Detail);
    assert_eq!(app.selected_entry(), LadderEntry::Level(0), "the selection stays");
}

#[test]
fn the_wheel_moves_the_list_under_the_pointer() {
    let mut app = measured_app();
    gesture(&mut app, Gesture::WheelDown, 5, 10);
    gesture(&mut app, Gesture::WheelDown, 5, 10);
    assert_eq!(app.selected_entry(), LadderEntry::Level(2));
    gesture(&mut app, Gesture::WheelUp, 5, 10);
    assert_eq!(app.selected_entry(), LadderEntry::Level(1));
    assert_eq!(app.focus(), Focus::Ladder);

    gesture(&mut app, Gesture::WheelDown, 40, 21);
    assert_eq!(app.skill_index(), 1);
    assert_eq!(
        app.focus(),
        Focus::Skills,
        "the selected skill shows only with focus"
    );
    assert_eq!(app.selected_entry(), LadderEntry::Level(1), "the ladder stays");
}

#[test]
fn the_wheel_scrolls_the_detail_without_moving_focus() {
    let mut app = measured_app();
    gesture(&mut app, Gesture::WheelDown, 50, 5);
    assert_eq!(app.detail_scroll(), 3);
    for _ in 0..30 {
        gesture(&mut app, Gesture::WheelDown, 50, 5);
    }
    assert_eq!(app.detail_scroll(), 60 - 16, "stops at the end of the text");
    gesture(&mut app, Gesture::WheelUp, 50, 5);
    assert_eq!(app.detail_scroll(), 60 - 16 - 3);
    assert_eq!(app.focus(), Focus::Ladder);
}

#[test]
fn the_wheel_scrolls_help_and_clicks_do_nothing_there() {
    let mut app = measured_app();
    app.update(Intent::ToggleHelp, NOW);
    gesture(&mut app, Gesture::WheelDown, 50, 5);
    assert_eq!(app.help_scroll(), 3);
    click(&mut app, 5, 5);
    assert_eq!(app.mode(), Mode::Help);
    assert_eq!(app.selected_entry(), LadderEntry::Level(0));
}

#[test]
fn search_results_follow_the_wheel_and_clicks() {
    let mut app = measured_app();
    app.update(Intent::OpenSearch, NOW);
    app.paste("stake", NOW);
    app.frame_measured(measured());
    assert!(app.search_matches().len() > 3, "{}", app.search_matches().len());
    gesture(&mut app, Gesture::WheelDown, 10, 8);
    assert_eq!(app.search_selected(), 1);
    click(&mut app, 10, 3 + 3);
    assert_eq!(app.search_selected(), 3);
    assert_eq!(app.mode(), Mode::Search, "a click selects; Enter opens");
    click(&mut app, 10, 1);
    assert_eq!(app.search_selected(), 3, "the prompt row is not a result");
}

#[test]
fn the_note_editor_ignores_the_mouse() {
    let mut app = measured_app();
    press(&mut app, &[Intent::Open, Intent::EditNote]);
    click(&mut app, 5, 5);
    gesture(&mut app, Gesture::WheelDown, 5, 5);
    assert_eq!(app.mode(), Mode::Note);
    assert_eq!(app.selected_entry(), LadderEntry::Level(0));
}
