//! Snapshots of every screen and mode at 80x24 and 120x36, rendered headlessly through the
//! same key table and update path as the interactive app. Review changes in
//! tests/integration/snapshots/*.snap.new and rename them over the .snap files (or `cargo insta review`).

use crate::support::apps::{builtin_app, fixture_app, progress_app, screen};

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 36)];

/// One test per snapshot: `name_80x24` and `name_120x36` for each screen, so one failing
/// size never hides another. `$app` is the app the keys are pressed in.
macro_rules! snapshot_tests {
    ($app:expr => $($name:ident: $keys:literal => $small:ident, $large:ident;)*) => {$(
        #[test]
        fn $small() {
            let text = screen($app, $keys, 80, 24);
            insta::assert_snapshot!(stringify!($small), text, $keys);
        }

        #[test]
        fn $large() {
            let text = screen($app, $keys, 120, 36);
            insta::assert_snapshot!(stringify!($large), text, $keys);
        }
    )*};
}

// Each screen of the built-in ladder.
snapshot_tests! { builtin_app() =>
    ladder: "" => ladder_80x24, ladder_120x36;
    level_detail: "j j" => level_detail_80x24, level_detail_120x36;
    track_detail: "j j j j j" => track_detail_80x24, track_detail_120x36;
    about: "G" => about_80x24, about_120x36;
    skills_focus: "j j Enter j" => skills_focus_80x24, skills_focus_120x36;
    detail_focus_scrolled: "j j Tab PgDn" => detail_focus_scrolled_80x24, detail_focus_scrolled_120x36;
    compare: "j j c" => compare_80x24, compare_120x36;
    compare_moved: "j j c Tab l h h" => compare_moved_80x24, compare_moved_120x36;
    compare_ic_track: "j j j j j c" => compare_ic_track_80x24, compare_ic_track_120x36;
    compare_top_level: "j j j j c" => compare_top_level_80x24, compare_top_level_120x36;
    space_in_ladder_pane: "Space" => space_in_ladder_pane_80x24, space_in_ladder_pane_120x36;
    help: "?" => help_80x24, help_120x36;
    help_over_compare: "c ?" => help_over_compare_80x24, help_over_compare_120x36;
    search_results: "/ s t a k e" => search_results_80x24, search_results_120x36;
    search_no_results: "/ x q z" => search_no_results_80x24, search_no_results_120x36;
    search_jumped_to_skill: "/ s t a k h o l d e r Enter" => search_jumped_to_skill_80x24, search_jumped_to_skill_120x36;
    search_jumped_to_line: "/ c o m m o n Space d r e a m Enter" => search_jumped_to_line_80x24, search_jumped_to_line_120x36;
    matrix_of_skills: "j x" => matrix_of_skills_80x24, matrix_of_skills_120x36;
    matrix_of_skills_ticked_and_undone: "x Space j Space u" => matrix_of_skills_undone_80x24, matrix_of_skills_undone_120x36;
}

// The matrix of a third-party competency matrix (tests/fixtures/matrix-tui.toml): areas,
// level codes, milestone titles and points, a management track's level as a column.
snapshot_tests! { fixture_app("matrix-tui.toml") =>
    matrix: "x" => matrix_80x24, matrix_120x36;
    matrix_assessed: "x Space j j l Space +" => matrix_assessed_80x24, matrix_assessed_120x36;
    matrix_no_milestone_here: "x j" => matrix_no_milestone_here_80x24, matrix_no_milestone_here_120x36;
}

// Screens showing progress, over tests/fixtures/progress-tui.toml: the app opens on "my
// level" (Senior PM) with readiness, gauges and skill states.
snapshot_tests! { progress_app("progress-tui.toml") =>
    progress_my_level: "" => progress_my_level_80x24, progress_my_level_120x36;
    progress_skills: "Enter" => progress_skills_80x24, progress_skills_120x36;
    progress_ticked: "Enter j j Space j d" => progress_ticked_80x24, progress_ticked_120x36;
    progress_hiding_developed: "Enter H" => progress_hiding_developed_80x24, progress_hiding_developed_120x36;
    progress_note_editor: "Enter n" => progress_note_editor_80x24, progress_note_editor_120x36;
    progress_compare: "c" => progress_compare_80x24, progress_compare_120x36;
    progress_search: "/ s t r a t" => progress_search_80x24, progress_search_120x36;
    progress_matrix: "x" => progress_matrix_80x24, progress_matrix_120x36;
}

// Compare over a competency matrix with a track of its own levels: milestones side by side,
// the differing ones marked.
snapshot_tests! { fixture_app("compare-matrix.toml") =>
    compare_matrix: "j c" => compare_matrix_80x24, compare_matrix_120x36;
    compare_matrix_track_level: "j c l l" => compare_matrix_track_level_80x24, compare_matrix_track_level_120x36;
}

#[test]
fn progress_marks_read_without_colour() {
    let text = screen(progress_app("progress-tui.toml"), "Enter", 120, 36);
    // States by symbol, the total in the title bar, the gauge and my level's star.
    assert!(text.contains("✓ Strategic Visioning ✎"), "{text}");
    assert!(text.contains("◐ Mentorship"), "{text}");
    assert!(text.contains("· Systems Thinking"), "{text}");
    assert!(text.contains("6/25 developed · 2 developing"), "{text}");
    assert!(text.contains("3 Senior PM ★"), "{text}");
    assert!(text.contains("▰▰▰▰ 4/4"), "APM / PM is complete: {text}");
    assert!(text.contains("ready for GPM / Director"), "{text}");
}

#[test]
fn the_selected_skill_shows_when_it_got_its_state() {
    let cases = [
        ("Enter", "✓ developed 2025-04-02"),
        ("Enter j", "◐ developing since 2025-02-01"),
        // Ticked now: dated when the key was pressed (crate::support::apps::KEYS_PRESSED_AT).
        ("Enter j j Space", "✓ developed 2025-06-01"),
    ];
    for (keys, date) in cases {
        let text = screen(progress_app("progress-tui.toml"), keys, 120, 36);
        assert!(text.contains(date), "{keys}: {text}");
    }
    let not_started = screen(progress_app("progress-tui.toml"), "Enter j j", 120, 36);
    assert!(!not_started.contains("developed 20"), "{not_started}");
    assert!(!not_started.contains("since 20"), "{not_started}");
}

#[test]
fn the_matrix_scrolls_by_column_with_row_labels_fixed() {
    // Five level columns do not fit at 40 columns: moving right scrolls, the label stays.
    let text = screen(fixture_app("matrix-tui.toml"), "x l l l l", 40, 12);
    assert!(text.contains("▸ SQL"), "{text}");
    assert!(text.contains("M3"), "the last column came into view: {text}");
    assert!(!text.contains(" A1 "), "the first scrolled away: {text}");
    assert!(text.contains("◀"), "says there are more on the left: {text}");
    insta::assert_snapshot!("matrix_scrolled_40x12", text);
}

#[test]
fn the_matrix_marks_assumed_cells_below_my_level() {
    // My level is Senior PM in the fixture: APM / PM's unassessed skills are assumed.
    let text = screen(progress_app("progress-tui.toml"), "x", 120, 36);
    assert!(text.contains("○ assumed"), "{text}");
    assert!(text.contains("★ Senior PM"), "{text}");
}

#[test]
fn too_small() {
    for (width, height) in [(39, 24), (80, 9), (20, 5)] {
        let text = screen(builtin_app(), "", width, height);
        assert!(text.contains("terminal too small"), "{width}x{height}: {text}");
        insta::assert_snapshot!(format!("too_small_{width}x{height}"), text);
    }
}

#[test]
fn ladder_picker_with_several_ladders() {
    for (width, height) in SIZES {
        let text = screen(fixture_app("several"), "L", width, height);
        insta::assert_snapshot!(format!("ladder_picker_{width}x{height}"), text);
        let chosen = screen(fixture_app("several"), "L j Enter", width, height);
        assert!(chosen.contains("rungs · Engineering"), "{chosen}");
    }
}

#[test]
fn wide_characters_keep_columns_aligned() {
    for (width, height) in SIZES {
        let text = screen(fixture_app("cjk.toml"), "Enter", width, height);
        // Every row is exactly as wide as the screen: a wide character counted as one column
        // would push the right border out of line.
        for line in text
            .lines()
            .filter(|line| line.ends_with('│') || line.ends_with('┃'))
        {
            assert_eq!(
                unicode_width::UnicodeWidthStr::width(line),
                usize::from(width),
                "{line}"
            );
        }
        insta::assert_snapshot!(format!("cjk_skills_{width}x{height}"), text);
    }
}

#[test]
fn the_terminal_comes_back_from_too_small() {
    let mut app = builtin_app();
    let keys = rungs::tui::keymap::parse_key_names("j j").unwrap_or_default();
    let small = rungs::tui::headless::render_text(&mut app, &keys, 30, 8);
    assert!(small.contains("terminal too small"));
    let large = rungs::tui::headless::render_text(&mut app, &[], 80, 24);
    assert!(large.contains("Senior Product Manager"), "{large}");
}

#[test]
fn search_at_narrow_sizes() {
    for (width, height) in [(40, 12), (52, 20)] {
        let text = screen(builtin_app(), "/ r e s p", width, height);
        // Every row is exactly the screen's width: cut with …, never wrapped or overflowing.
        for line in text.lines().filter(|line| line.ends_with('┃')) {
            assert_eq!(
                unicode_width::UnicodeWidthStr::width(line),
                usize::from(width),
                "{line}"
            );
        }
        assert!(text.contains('…'), "long rows are cut: {text}");
        insta::assert_snapshot!(format!("search_narrow_{width}x{height}"), text);
    }
}

#[test]
fn search_finds_wide_characters() {
    for (width, height) in SIZES {
        let text = screen(fixture_app("cjk.toml"), "/ 产 品", width, height);
        assert!(text.contains("产品"), "{text}");
        insta::assert_snapshot!(format!("search_cjk_{width}x{height}"), text);
    }
}

#[test]
fn a_jump_to_a_line_scrolls_it_into_view() {
    // The note is the last line of VP / CPO, far below the first screenful at 80x24.
    let text = screen(builtin_app(), "/ c o m m o n Space d r e a m Enter", 80, 24);
    assert!(text.contains("CPO is a common dream"), "{text}");
    assert!(text.contains("┏ VP / CPO ━"), "the detail pane has focus: {text}");
}
