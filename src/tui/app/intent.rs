//! What a person asks for. Only the key layer (`keymap`: the key table, pasting and the
//! mouse) makes intents; what the loop reports back (a save, the user's editor) is an
//! [`super::Outcome`], and what a frame measured goes in through
//! [`super::App::frame_measured`]. An intent's meaning depends on the mode and focus: `Up`
//! moves a selection in a list and scrolls in a text.

/// One thing the person asked for with a key or the mouse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    Quit,
    Up,
    Down,
    First,
    Last,
    PageUp,
    PageDown,
    FocusNext,
    FocusPrev,
    /// Enter: open the selected entry's skills, or choose in a picker.
    Open,
    /// Esc: focus back to the ladder, or close the overlay.
    Back,
    ToggleHelp,
    OpenCompare,
    /// In compare: move the active side to the entry before / after (levels, then tracks).
    EarlierLevel,
    LaterLevel,
    SwitchSide,
    OpenLadderPicker,
    /// Space on a skill: developed, or back to not started.
    ToggleDeveloped,
    /// `d` on a skill: developing, or back to not started.
    ToggleDeveloping,
    /// `n`: open the note editor on the selected skill.
    EditNote,
    /// Enter in the note editor: keep the text as the skill's note.
    SaveNote,
    /// A key typed into the note editor (anything the key table does not bind there).
    NoteKey(TextKey),
    /// Alt+Enter or Ctrl-j in the note editor: a line break (Enter alone saves).
    NoteNewline,
    /// `N` on a skill, or Ctrl-e in the note editor: edit the note in the user's own editor
    /// ($VISUAL or $EDITOR).
    EditNoteExternally,
    /// `m`: mark the selected level as "my level", or unmark it.
    ToggleMyLevel,
    /// `H`: hide developed skills from the skills pane, or show them again.
    ToggleHideDeveloped,
    /// `/`: open the search prompt over the browse screen.
    OpenSearch,
    /// A character typed into the search prompt.
    SearchType(char),
    /// Backspace in the search prompt: delete the last character.
    SearchBackspace,
    /// Ctrl-w in the search prompt: delete the last word.
    SearchDeleteWord,
    /// Ctrl-u in the search prompt: clear the query.
    SearchClear,
    /// A key that does nothing here: the `binding`th row of the key table, which binds it
    /// elsewhere or for something not possible now. The status bar says why.
    NotHere {
        binding: usize,
    },
    /// `x`: the ladder as a matrix (competencies or skills by level), or back from it.
    OpenMatrix,
    /// `+` in the matrix: the competency's next milestone reached (a skill: one state up).
    NextMilestone,
    /// `-` in the matrix: back one milestone (a skill: one state down).
    PreviousMilestone,
    /// `u`: revert the last progress change made in the app.
    Undo,
    /// The mouse, already mapped by the key layer to what is under the pointer.
    Pointer(Pointer),
}

/// A key typed into the note editor, in rungs' own terms, so the app state holds no terminal
/// types. Shift is in the character itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextKey {
    pub code: TextCode,
    pub ctrl: bool,
    pub alt: bool,
}

/// The keys that edit text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextCode {
    Char(char),
    Enter,
    Backspace,
    Delete,
    Tab,
    Left,
    Right,
    Up,
    Down,
    Home,
    End,
    PageUp,
    PageDown,
}

/// A wheel turn or a click, on the part of the screen the pointer was over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pointer {
    /// The wheel over a list: its selection moves one row.
    Wheel { list: PointerList, down: bool },
    /// The wheel over a text: it scrolls by this many lines (negative: up).
    Scroll { text: PointerText, lines: i32 },
    /// A click on the `item`th row of a list (a heading row included).
    Click { list: PointerList, item: usize },
    /// A click anywhere on the detail pane: it takes the focus.
    ClickDetail,
}

/// The lists the mouse can move and click in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PointerList {
    Ladder,
    Skills,
    SearchResults,
}

/// The texts the wheel can scroll.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PointerText {
    Detail,
    Help,
    Compare,
}
