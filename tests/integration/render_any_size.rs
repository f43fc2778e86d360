//! Every mode renders at every size from 0x0 up without panicking, including after a resize.

use proptest::prelude::*;

use crate::support::apps::{builtin_app, fixture_app, progress_app, screen};
use rungs::tui::keymap::Gesture;

/// Key sequences that reach every mode and focus.
const MODES: &[&str] = &[
    "",
    "j j",
    "j j Enter j",
    "j j Tab PgDn PgDn",
    "G",
    "j j j j j j",
    "c",
    "j j c Tab l PgDn",
    "?",
    "c ? PgDn",
    "L",
    "j j Enter Space j d H",
    "j j Enter H H m",
    "Enter n",
    "Enter n a b c Enter",
    "Enter n x Esc",
    "/",
    "/ s t a k e Down Down PgDn",
    "/ x q z",
    "/ s t a k h o l d e r Enter Space",
    "/ c o m m o n Space d r e a m Enter",
    "/ a PgDn PgDn Up Esc",
    "x",
    "j j x l Space + - PgDn G l l l",
    "x Space u u ?",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_mode_at_any_size(width in 0u16..=250, height in 0u16..=80, mode in 0..MODES.len()) {
        let keys = MODES[mode];
        let text = screen(builtin_app(), keys, width, height);
        prop_assert_eq!(text.lines().count(), usize::from(height));
        // With progress: gauges, states, my level's readiness, notes, the hidden filter.
        let text = screen(progress_app("progress-tui.toml"), keys, width, height);
        prop_assert_eq!(text.lines().count(), usize::from(height));
    }

    #[test]
    fn several_ladders_and_wide_characters_at_any_size(
        width in 0u16..=250,
        height in 0u16..=80,
        keys in prop::sample::select(vec!["L", "L j Enter", "Enter", "c", "?", "j j Enter", "/ e", "/ 产 Enter", "x", "x j l l Space + G l", "L x j"]),
    ) {
        for fixture in ["several", "cjk.toml", "matrix-tui.toml"] {
            let text = screen(fixture_app(fixture), keys, width, height);
            prop_assert_eq!(text.lines().count(), usize::from(height));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    /// Clicks and wheel turns anywhere (on screen or off it) in any mode, then a redraw.
    #[test]
    fn the_mouse_anywhere_at_any_size(
        width in 0u16..=250,
        height in 0u16..=80,
        mode in 0..MODES.len(),
        gestures in prop::collection::vec((0u8..3, 0u16..=260, 0u16..=90), 1..8),
    ) {
        let mut app = progress_app("progress-tui.toml");
        let keys = rungs::tui::keymap::parse_key_names(MODES[mode]).unwrap_or_default();
        rungs::tui::headless::render_text(&mut app, &keys, width, height);
        for (kind, column, row) in gestures {
            let gesture = match kind {
                0 => Gesture::Click,
                1 => Gesture::WheelUp,
                _ => Gesture::WheelDown,
            };
            rungs::tui::headless::mouse(&mut app, gesture, column, row);
            let text = rungs::tui::headless::render_text(&mut app, &[], width, height);
            prop_assert_eq!(text.lines().count(), usize::from(height));
        }
    }
}

#[test]
fn tiny_sizes_never_panic() {
    for keys in MODES {
        for (width, height) in [(0, 0), (1, 1), (0, 30), (100, 0), (2, 2), (40, 10), (39, 10)] {
            let text = screen(progress_app("progress-tui.toml"), keys, width, height);
            assert_eq!(
                text.lines().count(),
                usize::from(height),
                "{keys} at {width}x{height}"
            );
        }
    }
}
