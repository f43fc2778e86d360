//! `App::update` rules for search mode: typing, editing, moving, Esc and the jump on Enter.

use super::test_support::*;
use super::*;
use crate::content::builtin;
use crate::progress::SkillState;
use crate::search::HitKind;

/// `/` then the query typed one character at a time, as the key table sends it.
fn search(app: &mut App, query: &str) {
    app.update(Intent::OpenSearch, NOW);
    for c in query.chars() {
        app.update(Intent::SearchType(c), NOW);
    }
}

fn selected_text(app: &App) -> String {
    app.search_hit(app.search_selected(), false)
        .map(|hit| hit.text.to_string())
        .unwrap_or_default()
}

fn selected_skill_id(app: &App) -> Option<String> {
    app.selected_skill().map(|skill| skill.id.clone())
}

#[test]
fn slash_opens_the_prompt_on_everything() {
    let mut app = app();
    app.update(Intent::OpenSearch, NOW);
    assert_eq!(app.mode(), Mode::Search);
    assert_eq!(app.search_query(), "");
    assert!(app.search_total() > 100, "{}", app.search_total());
    assert_eq!(app.search_matches().len(), app.search_total());
}

#[test]
fn typing_narrows_the_results() {
    let mut app = app();
    search(&mut app, "sta");
    let wide = app.search_matches().len();
    for c in "kholder".chars() {
        app.update(Intent::SearchType(c), NOW);
    }
    let narrow = app.search_matches().len();
    assert!(narrow < wide && narrow > 0, "{wide} then {narrow}");
    assert_eq!(app.search_query(), "stakholder");
    assert_eq!(selected_text(&app), "Stakeholder Management");
}

#[test]
fn backspace_word_and_clear_edit_the_query() {
    let mut app = app();
    search(&mut app, "product  vis");
    press(&mut app, &[Intent::SearchBackspace]);
    assert_eq!(app.search_query(), "product  vi");
    press(&mut app, &[Intent::SearchDeleteWord]);
    assert_eq!(app.search_query(), "product  ");
    press(&mut app, &[Intent::SearchDeleteWord]);
    assert_eq!(app.search_query(), "");
    search(&mut app, "abc");
    press(&mut app, &[Intent::SearchClear]);
    assert_eq!(app.search_query(), "");
    assert_eq!(app.search_matches().len(), app.search_total());
}

#[test]
fn pasted_control_characters_become_spaces() {
    let mut app = app();
    app.update(Intent::OpenSearch, NOW);
    app.paste("stake\tholder", NOW);
    assert_eq!(app.search_query(), "stake holder");
}

#[test]
fn up_down_and_pages_move_within_the_results() {
    let mut app = app();
    app.update(Intent::OpenSearch, NOW);
    press(&mut app, &[Intent::Up]);
    assert_eq!(app.search_selected(), 0, "stops at the top");
    let rows = Measurements {
        search_rows: 10,
        ..Measurements::default()
    };
    app.frame_measured(rows);
    press(&mut app, &[Intent::Down, Intent::PageDown]);
    assert_eq!(app.search_selected(), 11);
    assert_eq!(app.search_offset(), 2, "the selected row stays on screen");
    press(&mut app, &[Intent::PageUp, Intent::PageUp]);
    assert_eq!((app.search_selected(), app.search_offset()), (0, 0));
    search(&mut app, "xqzxqz");
    press(&mut app, &[Intent::Down, Intent::PageDown]);
    assert_eq!(app.search_selected(), 0, "nothing to move through");
    assert!(!app.can(Intent::Open), "Enter has nothing to go to");
}

#[test]
fn esc_returns_exactly_where_you_were() {
    let mut app = app();
    press(
        &mut app,
        &[Intent::Down, Intent::Down, Intent::Open, Intent::Down],
    );
    let before = (
        app.selected_entry(),
        app.skill_index(),
        app.focus(),
        app.detail_scroll(),
    );
    search(&mut app, "vp");
    press(&mut app, &[Intent::Down, Intent::Down, Intent::Back]);
    assert_eq!(app.mode(), Mode::Browse);
    let after = (
        app.selected_entry(),
        app.skill_index(),
        app.focus(),
        app.detail_scroll(),
    );
    assert_eq!(before, after);
}

#[test]
fn enter_jumps_to_a_skill_and_space_ticks_it() {
    let mut app = app();
    search(&mut app, "stakholder");
    press(&mut app, &[Intent::Open]);
    assert_eq!(app.mode(), Mode::Browse);
    assert_eq!(app.selected_entry(), LadderEntry::Level(1), "Mid-level PM");
    assert_eq!(app.focus(), Focus::Skills);
    assert_eq!(selected_skill_id(&app).as_deref(), Some("stakeholder-management"));
    let effects = press(&mut app, &[Intent::ToggleDeveloped]);
    assert_eq!(effects, [Effect::SaveProgress]);
    let state = app.progress().state(LADDER, "stakeholder-management");
    assert_eq!(state, SkillState::Developed);
}

#[test]
fn jumping_with_developed_skills_hidden_selects_the_visible_row() {
    let mut app = app();
    // Tick the first skill of Mid-level PM and hide developed skills: the list shifts up.
    press(
        &mut app,
        &[
            Intent::Down,
            Intent::Open,
            Intent::ToggleDeveloped,
            Intent::ToggleHideDeveloped,
        ],
    );
    search(&mut app, "stakeholder management");
    press(&mut app, &[Intent::Open]);
    assert!(app.hides_developed(), "the target is visible, the filter stays");
    assert_eq!(selected_skill_id(&app).as_deref(), Some("stakeholder-management"));

    // A developed (so hidden) target turns the filter off rather than selecting another.
    press(&mut app, &[Intent::ToggleDeveloped, Intent::Back]);
    assert_eq!(app.skill_under_cursor(), None, "focus left the skills pane");
    search(&mut app, "stakeholder management");
    press(&mut app, &[Intent::Open]);
    assert!(!app.hides_developed());
    assert_eq!(selected_skill_id(&app).as_deref(), Some("stakeholder-management"));
    assert_eq!(
        app.skill_under_cursor().map(|s| s.id.as_str()),
        Some("stakeholder-management")
    );
}

#[test]
fn enter_switches_ladder_for_a_hit_in_another() {
    let mut ladders = builtin().unwrap_or_default();
    let mut second = ladders[0].clone();
    second.meta.id = "second".into();
    second.meta.title = "Second".into();
    ladders.push(second);
    let mut app = App::new(ladders, false).unwrap_or_else(|| panic!("two ladders"));
    search(&mut app, "stakeholder management");
    let in_second = (0..app.search_matches().len())
        .find(|&at| app.search_hit(at, false).is_some_and(|hit| hit.ladder == 1))
        .unwrap_or_else(|| panic!("the second ladder has the skill too"));
    press(&mut app, &vec![Intent::Down; in_second]);
    press(&mut app, &[Intent::Open]);
    assert_eq!(app.ladder_index(), 1);
    assert_eq!(app.ladder().meta.id, "second");
    assert_eq!(selected_skill_id(&app).as_deref(), Some("stakeholder-management"));
}

#[test]
fn a_line_hit_selects_its_level_and_scrolls_the_detail_to_it() {
    let mut app = app();
    search(&mut app, "CPO is a common dream");
    let hit = app.search_hit(app.search_selected(), false);
    assert_eq!(hit.map(|hit| hit.kind), Some(HitKind::Note));
    press(&mut app, &[Intent::Open]);
    assert_eq!(app.selected_entry(), LadderEntry::Level(4), "VP / CPO");
    assert_eq!(app.focus(), Focus::Detail);
    assert_eq!(app.detail_mark().map(|mark| mark.kind), Some(HitKind::Note));
    assert!(app.reveals_mark());
    // The next frame finds the line and reports where to scroll.
    app.frame_measured(Measurements {
        detail_reveal: Some(40),
        ..Measurements::default()
    });
    assert!(!app.reveals_mark(), "revealed once, then the user scrolls freely");
    press(&mut app, &[Intent::Up]);
    assert_eq!(app.selected_entry(), LadderEntry::Level(4));
    // Moving to another entry drops the mark.
    press(&mut app, &[Intent::Back, Intent::Up]);
    assert_eq!(app.detail_mark(), None);
}

#[test]
fn a_level_hit_selects_the_level_in_the_ladder_pane() {
    let mut app = app();
    search(&mut app, "Senior Product Manager");
    press(&mut app, &[Intent::Open]);
    assert_eq!(app.selected_entry(), LadderEntry::Level(2));
    assert_eq!(app.focus(), Focus::Ladder);
}
