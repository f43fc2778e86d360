//! One file per subcommand; each returns the process exit code or a [`Failure`].

mod check;
mod list;
mod output;
mod search;

use std::process::ExitCode;

use crate::cli::{Cli, Command};
pub use output::{Failure, print_out};

/// Runs a subcommand. `None` means the interactive app, which `main` starts itself.
pub fn run(cli: &Cli) -> Result<ExitCode, Failure> {
    let global = &cli.global;
    match &cli.command {
        Some(Command::Check { paths }) => check::run(global, paths),
        Some(Command::List { json }) => list::run(global, *json),
        Some(Command::Search { query, json, limit }) => search::run(global, &query.join(" "), *json, *limit),
        None => list::run(global, false),
    }
}
