//! rungs: explore a career ladder in the terminal.
//!
//! Data flows one way: `content` and `progress` are plain data and files, `search` indexes
//! content, `app` turns actions into new state without I/O, `ui` draws that state, and the
//! loop in `tui` connects them to a terminal.

pub mod app;
pub mod autosave;
pub mod cli;
pub mod commands;
pub mod content;
pub mod external_editor;
pub mod headless;
pub mod import;
pub mod keymap;
pub mod progress;
pub mod search;
pub mod tui;
pub mod ui;
