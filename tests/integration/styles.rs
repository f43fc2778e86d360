//! Meaning must not ride on colour alone: with NO_COLOR the selection is still REVERSED and
//! BOLD, and no cell carries a colour.

use ratatui::style::{Color, Modifier};
use rungs::content::builtin;
use rungs::tui::app::App;
use rungs::tui::headless::render_buffer;
use rungs::tui::keymap::parse_key_names;

fn buffer(no_color: bool, keys: &str) -> ratatui::buffer::Buffer {
    let ladders = builtin().unwrap_or_else(|errors| panic!("{errors}"));
    let mut app = App::new(ladders, no_color).unwrap_or_else(|| panic!("app"));
    let keys = parse_key_names(keys).unwrap_or_else(|error| panic!("{error}"));
    render_buffer(&mut app, &keys, 80, 24)
}

/// The modifiers of the first cell of the row whose text contains `needle`.
fn row_modifiers(buffer: &ratatui::buffer::Buffer, needle: &str) -> Option<Modifier> {
    let width = usize::from(buffer.area.width);
    buffer.content.chunks(width).find_map(|row| {
        // Every cell here holds one character, so the character index is the column.
        let text: String = row.iter().map(|cell| cell.symbol()).collect();
        let at = text.find(needle)?;
        row.get(text[..at].chars().count()).map(|cell| cell.modifier)
    })
}

#[test]
fn monochrome_selection_is_reversed_and_bold() {
    for no_color in [false, true] {
        let buffer = buffer(no_color, "j j");
        let modifiers = row_modifiers(&buffer, "3 Senior PM");
        let modifiers = modifiers.unwrap_or_else(|| panic!("Senior PM is on screen"));
        assert!(
            modifiers.contains(Modifier::REVERSED | Modifier::BOLD),
            "{modifiers:?}"
        );
    }
}

#[test]
fn monochrome_uses_no_colour_at_all() {
    for keys in ["", "j j Enter", "c", "?", "/ s t a k e"] {
        let buffer = buffer(true, keys);
        let coloured = buffer
            .content
            .iter()
            .find(|cell| cell.fg != Color::Reset || cell.bg != Color::Reset);
        assert_eq!(coloured.map(|cell| cell.symbol()), None, "after {keys:?}");
    }
}

#[test]
fn skill_states_are_symbols_first_colour_second() {
    for no_color in [false, true] {
        let ladders = builtin().unwrap_or_else(|errors| panic!("{errors}"));
        let progress = rungs::progress::ProgressStore::new(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/progress-tui.toml"),
        )
        .load()
        .unwrap_or_else(|error| panic!("{error}"));
        let mut app = App::new(ladders, no_color)
            .unwrap_or_else(|| panic!("app"))
            .with_progress(progress);
        let keys = parse_key_names("Enter").unwrap_or_else(|error| panic!("{error}"));
        let buffer = render_buffer(&mut app, &keys, 120, 36);
        // The last ✓ is Executive Communication's, on a row that is not selected (the
        // selection's own style covers the row it is on).
        let tick = buffer
            .content
            .iter()
            .rfind(|cell| cell.symbol() == "✓")
            .unwrap_or_else(|| panic!("a developed skill is on screen"));
        if no_color {
            assert_eq!(tick.fg, Color::Reset);
            assert!(
                tick.modifier.contains(Modifier::BOLD),
                "developed stands out in bold"
            );
        } else {
            assert_eq!(tick.fg, Color::Green);
        }
    }
}

#[test]
fn search_matches_are_bold_and_underlined_in_both_themes() {
    for no_color in [false, true] {
        let buffer = buffer(no_color, "/ s t a k h o l d e r");
        let matched: Vec<&str> = buffer
            .content
            .iter()
            .filter(|cell| cell.modifier.contains(Modifier::BOLD | Modifier::UNDERLINED))
            .map(|cell| cell.symbol())
            .collect();
        // The top result's matched letters, in order: the query as typed.
        let letters: String = matched.concat();
        assert!(letters.starts_with("Stakholder"), "{letters}");
    }
}
