//! rungs: explore a career ladder in the terminal.
//!
//! Data flows one way: `content` and `progress` are plain data and files, `search` indexes
//! content, and everything that touches the terminal lives under `tui` (the app state and its
//! update, the key table, drawing, and the loop). `commands` are the subcommands.

pub mod bounded_read;
pub mod cli;
pub mod cli_help;
pub mod commands;
pub mod content;
pub mod import;
pub mod progress;
pub mod report;
pub mod resolve;
pub mod search;
pub mod terminal_text;
pub mod tui;
