//! The integration tests, in one binary (faster to link than one per file): modules by area,
//! and one `support` module for the environment every test shares.

mod support;

mod cli_check_list;
mod completions;
mod content_errors;
mod content_never_panics;
mod export_csv;
#[cfg(unix)]
mod hardening;
mod import;
mod mouse;
mod progress_cli;
mod progress_concurrency;
mod progress_damaged;
#[cfg(unix)]
mod pty;
#[cfg(unix)]
mod pty_hardening;
mod render_any_size;
mod render_command;
mod resolve_cli;
mod schema;
mod screens;
mod search_cli;
mod seed_completeness;
mod starter;
mod styles;
