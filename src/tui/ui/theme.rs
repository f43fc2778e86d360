//! Every style the UI uses, named once. Meaning never rides on colour alone: selection is
//! REVERSED/BOLD and the focused pane has a thick border, so the monochrome theme (NO_COLOR,
//! `--no-color`) loses nothing but colour.

use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::BorderType;

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub title_bar: Style,
    pub title_bar_dim: Style,
    pub border: Style,
    pub border_focused: Style,
    pub pane_title: Style,
    pub heading: Style,
    pub group_heading: Style,
    pub text: Style,
    pub dim: Style,
    pub bullet: Style,
    /// The selected row of the focused list.
    pub selected: Style,
    /// The selected row of a list that does not have focus: still visible, quieter.
    pub selected_unfocused: Style,
    pub key: Style,
    pub hint: Style,
    pub scroll_indicator: Style,
    pub warning: Style,
    /// Skill states: the symbols (✓ ◐ ·) carry the meaning, colour comes on top.
    pub developed: Style,
    pub developing: Style,
    pub not_started: Style,
    /// The developed part of a gauge (▰) and the rest (▱).
    pub gauge_filled: Style,
    pub gauge_empty: Style,
    /// The ★ on "my level".
    pub my_level: Style,
    /// A failed save in the status bar.
    pub error: Style,
    /// The characters a search query matched: bold and underlined, so they show in
    /// monochrome and inside the reversed selection too.
    pub search_match: Style,
    /// The detail line a search jumped to.
    pub search_mark: Style,
    /// What is new on the higher side of compare (beside its `+` or `≠` marker).
    pub compare_new: Style,
    /// The end of the search prompt, where typing goes.
    pub cursor: Style,
    /// The note editor: the line the cursor is on, selected text and the placeholder. The
    /// same with and without colour, so the editor reads the same under NO_COLOR; the cursor
    /// is the text area's own REVERSED block.
    pub note_cursor_line: Style,
    pub note_selection: Style,
    pub note_placeholder: Style,
}

impl Theme {
    pub fn new(no_color: bool) -> Theme {
        if no_color {
            Theme::monochrome()
        } else {
            Theme::colour()
        }
    }

    pub fn colour() -> Theme {
        let accent = Color::Cyan;
        Theme {
            title_bar: Style::new()
                .fg(Color::Black)
                .bg(accent)
                .add_modifier(Modifier::BOLD),
            title_bar_dim: Style::new().fg(Color::Black).bg(accent),
            border: Style::new().fg(Color::DarkGray),
            border_focused: Style::new().fg(accent).add_modifier(Modifier::BOLD),
            pane_title: Style::new().add_modifier(Modifier::BOLD),
            heading: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            group_heading: Style::new().fg(Color::Magenta).add_modifier(Modifier::ITALIC),
            text: Style::new(),
            dim: Style::new().fg(Color::Gray).add_modifier(Modifier::DIM),
            bullet: Style::new().fg(accent),
            selected: Style::new()
                .fg(accent)
                .add_modifier(Modifier::REVERSED | Modifier::BOLD),
            selected_unfocused: Style::new().fg(accent).add_modifier(Modifier::BOLD),
            key: Style::new().fg(accent).add_modifier(Modifier::BOLD),
            hint: Style::new(),
            scroll_indicator: Style::new().fg(Color::Yellow),
            warning: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            developed: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
            developing: Style::new().fg(Color::Yellow),
            not_started: Style::new().fg(Color::Gray).add_modifier(Modifier::DIM),
            gauge_filled: Style::new().fg(Color::Green),
            gauge_empty: Style::new().fg(Color::DarkGray),
            my_level: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            error: Style::new()
                .fg(Color::White)
                .bg(Color::Red)
                .add_modifier(Modifier::BOLD),
            search_match: Style::new()
                .fg(Color::Yellow)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            search_mark: Style::new().fg(accent).add_modifier(Modifier::BOLD),
            compare_new: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
            cursor: Style::new().add_modifier(Modifier::REVERSED),
            note_cursor_line: Style::new(),
            note_selection: Style::new().add_modifier(Modifier::REVERSED),
            note_placeholder: Style::new().add_modifier(Modifier::DIM),
        }
    }

    pub fn monochrome() -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            title_bar: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            title_bar_dim: Style::new().add_modifier(Modifier::REVERSED),
            border: Style::new(),
            border_focused: bold,
            pane_title: bold,
            heading: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            group_heading: Style::new().add_modifier(Modifier::ITALIC),
            text: Style::new(),
            dim: Style::new(),
            bullet: Style::new(),
            selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            selected_unfocused: bold,
            key: bold,
            hint: Style::new(),
            scroll_indicator: bold,
            warning: bold,
            developed: bold,
            developing: Style::new(),
            not_started: Style::new(),
            gauge_filled: bold,
            gauge_empty: Style::new(),
            my_level: bold,
            error: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            search_match: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            search_mark: bold,
            compare_new: bold,
            cursor: Style::new().add_modifier(Modifier::REVERSED),
            note_cursor_line: Style::new(),
            note_selection: Style::new().add_modifier(Modifier::REVERSED),
            note_placeholder: Style::new().add_modifier(Modifier::DIM),
        }
    }

    pub fn border_type(focused: bool) -> BorderType {
        if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        }
    }
}
