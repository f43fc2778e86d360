//! The mouse through the real drawing code: the pane areas a frame measures must put a click
//! on the row the user sees. Keys and clicks go through the same key layer and `App::update` as the app.

use crate::support::apps::{builtin_app, progress_app, screen};
use rungs::tui::app::{App, Focus};
use rungs::tui::headless::{mouse, render_text};
use rungs::tui::keymap::Gesture;
use rungs::tui::keymap::parse_key_names;

/// The screen cell where `needle` starts on `text`, as (column, row).
fn cell_of(text: &str, needle: &str) -> (u16, u16) {
    text.lines()
        .enumerate()
        .find_map(|(row, line)| {
            let at = line.find(needle)?;
            let column = line[..at].chars().count();
            Some((u16::try_from(column).ok()?, u16::try_from(row).ok()?))
        })
        .unwrap_or_else(|| panic!("{needle:?} is not on screen:\n{text}"))
}

/// Draws `app` after `keys`, clicks where `needle` is, and returns the screen after.
fn click_on(app: &mut App, keys: &str, needle: &str) -> String {
    let keys = parse_key_names(keys).unwrap_or_else(|error| panic!("{error}"));
    let before = render_text(app, &keys, 100, 30);
    let (column, row) = cell_of(&before, needle);
    mouse(app, Gesture::Click, column, row);
    render_text(app, &[], 100, 30)
}

#[test]
fn clicking_a_level_in_the_ladder_pane_opens_it() {
    let mut app = builtin_app();
    let after = click_on(&mut app, "", "4 GPM / Director");
    assert!(after.contains("▸ 4 GPM / Director"), "{after}");
    assert_eq!(app.focus(), Focus::Ladder);
    assert_eq!(app.selected_entry(), rungs::tui::app::LadderEntry::Level(3));
}

#[test]
fn clicking_a_skill_selects_it_and_shows_its_summary() {
    let mut app = progress_app("progress-tui.toml");
    // Leading spaces: the skills pane's row, not the readiness list in the detail above it.
    let after = click_on(&mut app, "", "  ◐ Mentorship");
    assert_eq!(app.focus(), Focus::Skills);
    assert!(after.contains("▸ ◐ Mentorship"), "{after}");
    assert!(after.contains("◐ developing since 2025-02-01"), "{after}");
}

#[test]
fn clicking_about_at_the_foot_of_the_ladder_selects_it() {
    let mut app = builtin_app();
    let after = click_on(&mut app, "", "About this ladder");
    assert!(after.contains("▸ About this ladder"), "{after}");
}

#[test]
fn the_wheel_over_the_detail_scrolls_it() {
    let mut app = builtin_app();
    let before = screen(builtin_app(), "j j", 100, 30);
    let (column, row) = cell_of(&before, "What changes");
    let keys = parse_key_names("j j").unwrap_or_default();
    render_text(&mut app, &keys, 100, 30);
    mouse(&mut app, Gesture::WheelDown, column, row);
    let after = render_text(&mut app, &[], 100, 30);
    assert_eq!(app.detail_scroll(), 3);
    assert_ne!(before, after, "the text moved");
}
