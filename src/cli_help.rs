//! The command line's help beyond each argument's line: examples for every subcommand's long
//! help (`rungs tick --help`), the global options shown once (on `rungs --help`, not on every
//! subcommand), and the one `clap::Command` that parsing, completions and the man page share.

use clap::CommandFactory;

use crate::cli::Cli;

pub const CHECK: &str = "Examples:
  rungs check                      the loaded content (built-in, or --content / RUNGS_CONTENT)
  rungs check my-ladder.toml       one file
  rungs check ladders/             every *.toml in a directory";

pub const LIST: &str = "Examples:
  rungs list
  rungs list --json | jq '.[0].levels[].id'";

pub const TICK: &str = "Examples:
  rungs tick stakeholder-management        by id
  rungs tick \"Stakeholder Management\"      by name, as shown
  rungs tick exec-comm --developing        by the start of its words
A name that could mean several skills lists them and exits 2.";

pub const UNTICK: &str = "Examples:
  rungs untick mentorship
  rungs untick \"Executive Communication\"";

pub const NOTE: &str = "Examples:
  rungs note mentorship \"Coached two APMs through their first launch\"
  rungs note mentorship \"\"                 removes the note";

pub const LEVEL: &str = "Examples:
  rungs level senior-pm                    by id
  rungs level \"Senior PM\"                  by title or short label
  rungs level 3                            by number, 1 at the bottom of the ladder
  rungs level --clear";

pub const STATUS: &str = "Examples:
  rungs status
  rungs status --json";

pub const EXPORT: &str = "Examples:
  rungs export > promotion.md
  rungs export --format json";

pub const NEW: &str = "Examples:
  rungs new team.toml                      levels with skills
  rungs new team.toml --matrix             areas and competencies, level by level
  rungs check team.toml && rungs --content team.toml";

pub const IMPORT: &str = "Examples:
  rungs import ladder.csv -o team.toml
  rungs import career-ladder.md --title \"Engineering\" -o eng.toml
  rungs import sheet.csv --format csv      prints the ladder instead of writing it";

pub const SEARCH: &str = "Examples:
  rungs search stakeholder
  rungs search prioritization              US or UK spelling
  rungs search data strategy --limit 5
  rungs search cac --json";

pub const RENDER: &str = "Examples:
  rungs render
  rungs render --size 80x24 --keys \"j j Enter\"
  rungs render --keys \"/ s t a k e\"";

pub const COMPLETIONS: &str = "Install (completes subcommands, options and the loaded ladder's ids):
  bash:  echo 'source <(rungs completions bash)' >> ~/.bashrc
  zsh:   echo 'source <(rungs completions zsh)' >> ~/.zshrc
  fish:  echo 'rungs completions fish | source' >> ~/.config/fish/config.fish
Ids come from $RUNGS_CONTENT, else the built-in ladder.";

pub const MAN: &str = "Examples:
  rungs man > rungs.1 && man ./rungs.1
  rungs man | gzip > ~/.local/share/man/man1/rungs.1.gz";

pub const HELP: &str = "Examples:
  rungs help
  rungs help tick";

/// Shown under every subcommand's help instead of repeating the global options.
const GLOBALS_NOTE: &str = "Global options (--content, --progress, --no-color, --no-mouse) work here \
too: see `rungs --help`.";

/// The command line as clap sees it, with the global options listed on `rungs --help` only.
pub fn command() -> clap::Command {
    let mut command = Cli::command();
    // clap copies each global option into every subcommand unless one of that id is already
    // there: a hidden copy (still global, so its value reaches the top) keeps them out of
    // the subcommands' help.
    let hidden_globals: Vec<clap::Arg> = command
        .get_arguments()
        .filter(|arg| arg.is_global_set())
        .map(|arg| arg.clone().hide(true))
        .collect();
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in names {
        command = command.mut_subcommand(name, |sub| {
            let examples = sub.get_after_long_help().map(|text| text.to_string());
            let mut sub = sub.args(hidden_globals.iter().cloned()).after_help(GLOBALS_NOTE);
            if let Some(examples) = examples {
                sub = sub.after_long_help(format!("{examples}\n\n{GLOBALS_NOTE}"));
            }
            sub
        });
    }
    command
}

/// Parses the process's arguments, or exits with clap's message (and code 2).
pub fn parse() -> Cli {
    let matches = command().get_matches();
    match <Cli as clap::FromArgMatches>::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(error) => error.format(&mut command()).exit(),
    }
}
