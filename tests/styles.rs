//! Meaning must not ride on colour alone: with NO_COLOR the selection is still REVERSED and
//! BOLD, and no cell carries a colour.

use ratatui::style::{Color, Modifier};
use rungs::app::App;
use rungs::content::builtin;
use rungs::headless::render_buffer;
use rungs::keymap::parse_key_names;

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
    for keys in ["", "j j Enter", "c", "?"] {
        let buffer = buffer(true, keys);
        let coloured = buffer
            .content
            .iter()
            .find(|cell| cell.fg != Color::Reset || cell.bg != Color::Reset);
        assert_eq!(coloured.map(|cell| cell.symbol()), None, "after {keys:?}");
    }
}
