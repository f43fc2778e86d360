//! One file per subcommand; each returns the process exit code or a [`Failure`].

mod check;
pub mod completion;
mod export;
mod export_csv;
mod import;
mod interactive;
mod list;
mod lookup;
mod mark;
mod new;
mod new_file;
mod output;
mod render;
mod search;
mod search_notes;
mod status;

use std::process::ExitCode;

use crate::cli::{Cli, Command, GlobalArgs};
use crate::progress::SkillState;
use crate::tui::app::App;
use mark::SkillEdit;
pub use output::{Failure, print_json, print_out};

/// Runs a subcommand, or the interactive app when there is none.
pub fn run(cli: &Cli) -> Result<ExitCode, Failure> {
    let global = &cli.global;
    match &cli.command {
        Some(Command::Check { paths }) => check::run(global, paths),
        Some(Command::List { json }) => list::run(global, *json),
        Some(Command::Tick {
            skill,
            developing,
            ladder,
        }) => {
            let state = if *developing {
                SkillState::Developing
            } else {
                SkillState::Developed
            };
            mark::edit_skill(global, ladder.ladder.as_deref(), skill, SkillEdit::State(state))
        }
        Some(Command::Untick { skill, ladder }) => mark::edit_skill(
            global,
            ladder.ladder.as_deref(),
            skill,
            SkillEdit::State(SkillState::NotStarted),
        ),
        Some(Command::Note { skill, text, ladder }) => {
            mark::edit_skill(global, ladder.ladder.as_deref(), skill, SkillEdit::Note(text))
        }
        Some(Command::Level {
            level,
            clear: _,
            ladder,
        }) => mark::set_level(global, ladder.ladder.as_deref(), level.as_deref()),
        Some(Command::Status { json }) => status::run(global, *json),
        Some(Command::Export {
            format,
            with_progress,
        }) => export::run(global, *format, *with_progress),
        Some(Command::New { file, matrix }) => new::run(file, *matrix),
        Some(Command::Import {
            file,
            format,
            output,
            id,
            title,
            force,
        }) => import::run(&import::ImportRequest {
            file,
            format: format.map(Into::into),
            output: output.as_deref(),
            id: id.clone(),
            title: title.clone(),
            force: *force,
        }),
        Some(Command::Render { size, keys }) => render::run(global, *size, keys),
        Some(Command::Completions { shell }) => completion::print_script(*shell),
        Some(Command::Man) => completion::print_man(),
        Some(Command::Help { command }) => completion::print_help(command.as_deref()),
        None => interactive::run(global),
        Some(Command::Search { query, json, limit }) => search::run(global, &query.join(" "), *json, *limit),
    }
}

/// Loads the content and builds the app both the interactive and headless screens start from.
fn start_app(global: &GlobalArgs) -> Result<App, Failure> {
    let ladders = global.content_source().load()?;
    App::new(ladders, global.wants_no_color()).ok_or_else(|| Failure::new(1, "no ladders to show"))
}
