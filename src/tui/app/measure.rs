//! What the last frame measured, handed to the app with [`super::App::frame_measured`]:
//! how much of each text fits (so scrolling stays in bounds) and where each list was drawn
//! (so the key layer can map a click to the row under it). In rungs' own types: the app state
//! holds no terminal or drawing types.

/// A rectangle of screen cells.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Area {
    pub x: u16,
    pub y: u16,
    pub width: u16,
    pub height: u16,
}

impl Area {
    pub const fn new(x: u16, y: u16, width: u16, height: u16) -> Area {
        Area { x, y, width, height }
    }

    /// Whether the screen cell (`column`, `row`) is inside.
    pub fn contains(self, column: u16, row: u16) -> bool {
        column >= self.x
            && row >= self.y
            && u32::from(column) < u32::from(self.x) + u32::from(self.width)
            && u32::from(row) < u32::from(self.y) + u32::from(self.height)
    }
}

/// How much of a scrollable text there is and how much of it fits on screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scrollable {
    /// Lines of content after wrapping.
    pub content: u16,
    /// Lines the pane can show at once.
    pub visible: u16,
}

impl Scrollable {
    pub fn max_scroll(self) -> u16 {
        self.content.saturating_sub(self.visible)
    }

    /// How far PgUp/PgDn move: a screenful, keeping one line of context.
    pub fn page(self) -> u16 {
        self.visible.saturating_sub(1).max(1)
    }
}

/// Where a list was drawn: the screen cells of its rows (one row per item) and the index of
/// the item in the top row, so a click can be mapped back to an item.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListView {
    pub area: Area,
    pub first: usize,
}

impl ListView {
    /// The index of the item drawn at (`column`, `row`), if the point is on one of the rows.
    pub fn item_at(self, column: u16, row: u16) -> Option<usize> {
        self.area
            .contains(column, row)
            .then(|| self.first + usize::from(row - self.area.y))
    }
}

/// What the last drawn frame measured. Scrolling is clamped to it, so scroll positions never
/// run past the end of the text however large the terminal is; mouse clicks are mapped to
/// panes and rows through the pane areas.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Measurements {
    pub detail: Scrollable,
    pub compare: Scrollable,
    pub help: Scrollable,
    /// Result rows the search overlay shows at once (PgUp/PgDn move by this many).
    pub search_rows: u16,
    /// The detail scroll that brings the line a search jumped to into view, when the app
    /// asked for it ([`crate::tui::app::App::reveals_mark`]) and the pane drew that line.
    pub detail_reveal: Option<u16>,
    /// The ladder pane's rows (headings included, as [`crate::tui::app::ladder_rows`] lists them).
    pub ladder: ListView,
    /// The whole detail pane, borders included.
    pub detail_area: Area,
    /// The skills pane's rows (the visible skills).
    pub skills: ListView,
    /// The search overlay's result rows.
    pub search_results: ListView,
    /// The matrix grid's rows and level columns on screen (headers excluded).
    pub matrix_rows: u16,
    pub matrix_columns: u16,
}
