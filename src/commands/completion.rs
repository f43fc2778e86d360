//! `rungs completions SHELL`, `rungs man` and `rungs help`, and the ids completions offer.
//!
//! The completion scripts are clap_complete's dynamic ones: the shell calls back into
//! `COMPLETE=SHELL rungs -- WORDS…` on each Tab (see `main`), so subcommands, options and
//! ids always match the installed binary and the loaded ladder.

use std::process::ExitCode;

use clap_complete::CompletionCandidate;
use clap_complete::env::{Bash, EnvCompleter, Fish, Zsh};

use super::{Failure, print_out};
use crate::cli::CompletionShell;
use crate::cli_help::command;
use crate::content::{ContentSource, Ladder};

/// The environment variable that turns a run of `rungs` into a completion request.
pub const COMPLETE_VAR: &str = "COMPLETE";

pub fn print_script(shell: CompletionShell) -> Result<ExitCode, Failure> {
    let completer: &dyn EnvCompleter = match shell {
        CompletionShell::Bash => &Bash,
        CompletionShell::Zsh => &Zsh,
        CompletionShell::Fish => &Fish,
    };
    let mut script = Vec::new();
    completer
        .write_registration(COMPLETE_VAR, "rungs", "rungs", "rungs", &mut script)
        .map_err(|error| Failure::new(1, format!("cannot write the completion script: {error}")))?;
    print_out(&String::from_utf8_lossy(&script))
}

pub fn print_man() -> Result<ExitCode, Failure> {
    let mut page = Vec::new();
    clap_mangen::Man::new(command())
        .render(&mut page)
        .map_err(|error| Failure::new(1, format!("cannot write the manual page: {error}")))?;
    print_out(&String::from_utf8_lossy(&page))
}

/// `rungs help [COMMAND]`: the long help of the program or of one subcommand.
pub fn print_help(subcommand: Option<&str>) -> Result<ExitCode, Failure> {
    let mut root = command();
    // Building names each subcommand as it is typed ("rungs tick", not "tick").
    root.build();
    let help = match subcommand {
        None => root.render_long_help(),
        Some(name) => match root.find_subcommand_mut(name) {
            Some(sub) => sub.render_long_help(),
            None => {
                let names: Vec<&str> = root.get_subcommands().map(|sub| sub.get_name()).collect();
                return Err(Failure::new(
                    2,
                    format!(
                        "error: no command `{name}`\n  = hint: the commands are {}",
                        names.join(", ")
                    ),
                ));
            }
        },
    };
    print_out(&help.to_string())
}

/// The ladders completions read ids from: $RUNGS_CONTENT, else the built-in ladder (the shell
/// completes one word at a time, before the command line's own --content is parsed).
fn ladders() -> Vec<Ladder> {
    let source = match std::env::var_os("RUNGS_CONTENT") {
        Some(path) if !path.is_empty() => ContentSource::Paths(vec![path.into()]),
        _ => ContentSource::Builtin,
    };
    source.load().unwrap_or_default()
}

fn candidate(id: &str, name: &str) -> CompletionCandidate {
    CompletionCandidate::new(id).help(Some(name.to_string().into()))
}

pub fn skill_ids() -> Vec<CompletionCandidate> {
    ladders()
        .iter()
        .flat_map(|ladder| ladder.skills().map(|skill| candidate(&skill.id, &skill.name)))
        .collect()
}

pub fn level_ids() -> Vec<CompletionCandidate> {
    ladders()
        .iter()
        .flat_map(|ladder| {
            ladder
                .levels
                .iter()
                .map(|level| candidate(&level.id, &level.title))
        })
        .collect()
}

pub fn ladder_ids() -> Vec<CompletionCandidate> {
    ladders()
        .iter()
        .map(|ladder| candidate(&ladder.meta.id, &ladder.meta.title))
        .collect()
}
