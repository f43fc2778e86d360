//! One file per subcommand; each returns the process exit code or a [`Failure`].

mod assess;
mod check;
pub mod completion;
mod export;
mod export_csv;
mod gap;
mod gap_report;
mod import;
mod interactive;
mod items;
mod level;
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
mod undo;

use std::process::ExitCode;

use crate::cli::{Cli, Command, GlobalArgs};
use crate::progress::SkillState;
use crate::tui::app::App;
use level::Which;
use mark::Edit;
pub use output::{Failure, print_json, print_out};

/// Runs a subcommand, or the interactive app when there is none.
pub fn run(cli: &Cli) -> Result<ExitCode, Failure> {
    let global = &cli.global;
    match &cli.command {
        Some(Command::Check { paths }) => check::run(global, paths),
        Some(Command::List { json }) => list::run(global, *json),
        Some(Command::Tick {
            item,
            developing,
            on,
            ladder,
        }) => {
            let state = if *developing {
                SkillState::Developing
            } else {
                SkillState::Developed
            };
            mark::edit_item(
                global,
                ladder.ladder.as_deref(),
                item,
                Edit::State(state),
                Some(on),
            )
        }
        Some(Command::Untick { item, ladder }) => mark::edit_item(
            global,
            ladder.ladder.as_deref(),
            item,
            Edit::State(SkillState::NotStarted),
            None,
        ),
        Some(Command::Note { item, text, ladder }) => {
            mark::edit_item(global, ladder.ladder.as_deref(), item, Edit::Note(text), None)
        }
        Some(Command::Evidence {
            item,
            text,
            link,
            on,
            ladder,
        }) => mark::edit_item(
            global,
            ladder.ladder.as_deref(),
            item,
            Edit::Evidence {
                text,
                link: link.as_deref(),
            },
            Some(on),
        ),
        Some(Command::Assess {
            competency,
            milestone,
            developing,
            on,
            ladder,
        }) => assess::run(
            global,
            ladder.ladder.as_deref(),
            competency,
            milestone,
            *developing,
            on,
        ),
        Some(Command::Undo) => undo::run(global),
        Some(Command::Level { level, ladder, .. }) => {
            level::set(global, Which::MyLevel, ladder.ladder.as_deref(), level.as_deref())
        }
        Some(Command::Target { level, ladder, .. }) => {
            level::set(global, Which::Target, ladder.ladder.as_deref(), level.as_deref())
        }
        Some(Command::Gap {
            target,
            json,
            assumed,
            ladder,
        }) => gap::run(
            global,
            ladder.ladder.as_deref(),
            target.as_deref(),
            *json,
            assumed.assumption(),
        ),
        Some(Command::Status { json, assumed }) => status::run(global, *json, assumed.assumption()),
        Some(Command::Export {
            format,
            assumed,
            with_progress,
        }) => export::run(global, *format, assumed.assumption(), *with_progress),
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
