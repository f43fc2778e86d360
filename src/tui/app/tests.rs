//! Navigation and focus rules of `App::update`, on the built-in ladder.

use jiff::Timestamp;

use super::*;
use crate::content::builtin;

fn app() -> App {
    let ladders = builtin().unwrap_or_default();
    App::new(ladders, false).unwrap_or_else(|| panic!("the built-in ladder loads"))
}

fn two_ladders() -> App {
    let mut ladders = builtin().unwrap_or_default();
    let mut second = ladders[0].clone();
    second.meta.id = "second".into();
    second.meta.title = "Second".into();
    second.levels.truncate(2);
    ladders.push(second);
    App::new(ladders, false).unwrap_or_else(|| panic!("two ladders"))
}

fn press(app: &mut App, intents: &[Intent]) {
    for intent in intents {
        app.update(*intent, Timestamp::UNIX_EPOCH);
    }
}

/// Measurements as if a screen showed `visible` lines of `content`-line texts.
fn measured(content: u16, visible: u16) -> Measurements {
    let pane = Scrollable { content, visible };
    Measurements {
        detail: pane,
        compare: pane,
        help: pane,
        ..Measurements::default()
    }
}

#[test]
fn starts_on_the_first_level_with_the_ladder_focused() {
    let app = app();
    assert_eq!(app.selected_entry(), LadderEntry::Level(0));
    assert_eq!(app.focus(), Focus::Ladder);
    assert_eq!(app.mode(), Mode::Browse);
    assert_eq!(app.skills().len(), 4);
}

#[test]
fn entries_are_levels_then_ic_then_adjacent_tracks_then_about() {
    let app = app();
    let entries = app.entries();
    assert_eq!(entries.len(), 5 + 6 + 1);
    assert_eq!(entries[4], LadderEntry::Level(4));
    assert_eq!(entries[5], LadderEntry::Track(0));
    assert_eq!(entries.last(), Some(&LadderEntry::About));
}

#[test]
fn down_and_up_move_the_selection_and_stop_at_the_ends() {
    let mut app = app();
    press(&mut app, &[Intent::Down, Intent::Down]);
    assert_eq!(app.selected_entry(), LadderEntry::Level(2));
    press(&mut app, &[Intent::Up, Intent::Up, Intent::Up]);
    assert_eq!(app.selected_entry(), LadderEntry::Level(0));
    press(&mut app, &[Intent::Last, Intent::Down]);
    assert_eq!(app.selected_entry(), LadderEntry::About);
    press(&mut app, &[Intent::First]);
    assert_eq!(app.selected_entry(), LadderEntry::Level(0));
}

#[test]
fn enter_on_a_level_focuses_its_first_skill() {
    let mut app = app();
    press(&mut app, &[Intent::Down, Intent::Down, Intent::Open]);
    assert_eq!(app.focus(), Focus::Skills);
    let skill = app.selected_skill().map(|s| s.id.as_str());
    assert_eq!(skill, Some("strategic-visioning"));
    press(&mut app, &[Intent::Down, Intent::Last]);
    let skill = app.selected_skill().map(|s| s.id.as_str());
    assert_eq!(skill, Some("cross-org-influence-without-ownership"));
}

#[test]
fn enter_on_an_entry_without_skills_focuses_the_detail() {
    let mut app = app();
    press(&mut app, &[Intent::Last, Intent::Open]);
    assert_eq!(app.focus(), Focus::Detail);
}

#[test]
fn esc_moves_focus_back_to_the_ladder() {
    let mut app = app();
    press(&mut app, &[Intent::Open, Intent::Back]);
    assert_eq!(app.focus(), Focus::Ladder);
    assert!(!app.can(Intent::Back), "Esc does nothing more on the ladder");
}

#[test]
fn tab_cycles_the_panes_and_skips_skills_when_there_are_none() {
    let mut app = app();
    press(&mut app, &[Intent::FocusNext]);
    assert_eq!(app.focus(), Focus::Detail);
    press(&mut app, &[Intent::FocusNext]);
    assert_eq!(app.focus(), Focus::Skills);
    press(&mut app, &[Intent::FocusNext]);
    assert_eq!(app.focus(), Focus::Ladder);
    press(&mut app, &[Intent::FocusPrev]);
    assert_eq!(app.focus(), Focus::Skills);

    let mut app = self::app();
    press(&mut app, &[Intent::Last, Intent::FocusPrev]);
    assert_eq!(app.focus(), Focus::Detail);
}

#[test]
fn moving_to_another_entry_resets_the_skill_and_scroll() {
    let mut app = app();
    app.frame_measured(measured(50, 10));
    press(&mut app, &[Intent::PageDown]);
    assert_eq!(app.detail_scroll(), 9);
    press(
        &mut app,
        &[Intent::Open, Intent::Down, Intent::Back, Intent::Down],
    );
    assert_eq!(app.detail_scroll(), 0);
    assert_eq!(app.skill_index(), 0);
}

#[test]
fn scrolling_stays_within_the_measured_text() {
    let mut app = app();
    app.frame_measured(measured(30, 10));
    press(&mut app, &[Intent::PageDown, Intent::PageDown, Intent::PageDown]);
    assert_eq!(app.detail_scroll(), 20);
    press(&mut app, &[Intent::FocusNext, Intent::Up]);
    assert_eq!(app.detail_scroll(), 19);
    // A taller window shows more of the text, so the offset shrinks to fit.
    app.frame_measured(measured(30, 25));
    assert_eq!(app.detail_scroll(), 5);
}

#[test]
fn compare_starts_with_the_selected_level_and_the_next() {
    let mut app = app();
    press(&mut app, &[Intent::Down, Intent::Down, Intent::OpenCompare]);
    assert_eq!(app.mode(), Mode::Compare);
    let sides = (app.compare().left(), app.compare().right());
    assert_eq!(sides, (Some(Comparable::Level(2)), Some(Comparable::Level(3))));
}

#[test]
fn compare_from_the_top_level_shows_the_one_below_it() {
    let mut app = app();
    press(
        &mut app,
        &[Intent::Down, Intent::Down, Intent::Down, Intent::Down],
    );
    press(&mut app, &[Intent::OpenCompare]);
    let sides = (app.compare().left(), app.compare().right());
    assert_eq!(sides, (Some(Comparable::Level(3)), Some(Comparable::Level(4))));
}

#[test]
fn compare_sides_move_separately_past_each_other_onto_tracks() {
    let mut app = app();
    press(&mut app, &[Intent::OpenCompare, Intent::EarlierLevel]);
    assert_eq!(app.compare().left(), Some(Comparable::Level(0)));
    press(&mut app, &[Intent::SwitchSide]);
    press(&mut app, &[Intent::LaterLevel; 4]);
    assert_eq!(
        app.compare().right(),
        Some(Comparable::Track(0)),
        "past VP onto the IC track"
    );
    press(
        &mut app,
        &[Intent::SwitchSide, Intent::LaterLevel, Intent::LaterLevel],
    );
    press(&mut app, &[Intent::LaterLevel, Intent::LaterLevel]);
    assert_eq!(
        app.compare().left(),
        Some(Comparable::Level(4)),
        "VP beside the IC track"
    );
    press(&mut app, &[Intent::LaterLevel]);
    assert_eq!(
        app.compare().left(),
        Some(Comparable::TrackLevel { track: 0, at: 0 }),
        "steps over the right side onto the IC track's own level"
    );
    press(&mut app, &[Intent::Back]);
    assert_eq!(app.mode(), Mode::Browse);
}

#[test]
fn help_opens_over_any_mode_and_closes_back_to_it() {
    let mut app = app();
    press(&mut app, &[Intent::OpenCompare, Intent::ToggleHelp]);
    assert_eq!(app.mode(), Mode::Help);
    assert_eq!(app.mode_under_help(), Mode::Compare);
    press(&mut app, &[Intent::Back]);
    assert_eq!(app.mode(), Mode::Compare);
    press(&mut app, &[Intent::ToggleHelp, Intent::ToggleHelp]);
    assert_eq!(app.mode(), Mode::Compare);
}

#[test]
fn keys_in_help_scroll_the_help_not_the_ladder() {
    let mut app = app();
    app.frame_measured(measured(40, 10));
    press(&mut app, &[Intent::ToggleHelp, Intent::Down, Intent::Down]);
    assert_eq!(app.help_scroll(), 2);
    assert_eq!(app.selected_entry(), LadderEntry::Level(0));
}

#[test]
fn quit_works_from_any_mode() {
    let mut app = app();
    press(&mut app, &[Intent::ToggleHelp, Intent::Quit]);
    assert!(app.should_quit());
}

#[test]
fn the_ladder_picker_needs_several_ladders() {
    let mut app = app();
    press(&mut app, &[Intent::OpenLadderPicker]);
    assert_eq!(app.mode(), Mode::Browse);

    let mut app = two_ladders();
    press(&mut app, &[Intent::Down, Intent::Open, Intent::Back]);
    press(&mut app, &[Intent::OpenLadderPicker]);
    assert_eq!(app.mode(), Mode::LadderPicker);
    press(&mut app, &[Intent::Down, Intent::Open]);
    assert_eq!(app.mode(), Mode::Browse);
    assert_eq!(app.ladder().meta.id, "second");
    assert_eq!(app.selected_entry(), LadderEntry::Level(0));
}

#[test]
fn an_empty_ladder_list_makes_no_app() {
    assert!(App::new(Vec::new(), false).is_none());
}
