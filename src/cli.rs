//! The command line, declared with clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use clap_complete::ArgValueCandidates;

use crossterm::event::KeyEvent;

use crate::cli_help;
use crate::commands::completion;
use crate::content::ContentSource;
use crate::progress::{ProgressError, ProgressStore};

/// Explore a career ladder in the terminal: browse levels and tracks, tick off skills,
/// search everything.
#[derive(Debug, Parser)]
#[command(name = "rungs", version, about, long_about = None, disable_help_subcommand = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options every command accepts.
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Ladder file or directory of *.toml ladders to load instead of the built-in ladder
    #[arg(long, global = true, env = "RUNGS_CONTENT", value_name = "PATH")]
    pub content: Option<PathBuf>,
    /// Progress file to read and write [default: rungs/progress.toml in your data directory]
    #[arg(long, global = true, env = "RUNGS_PROGRESS", value_name = "FILE")]
    pub progress: Option<PathBuf>,
    /// Do not use colour (also: the NO_COLOR environment variable)
    #[arg(long, global = true)]
    pub no_color: bool,
    /// Leave the mouse to the terminal (its own text selection) instead of the wheel and
    /// clicks; with the mouse on, most terminals still select text while Shift is held
    #[arg(long, global = true)]
    pub no_mouse: bool,
}

impl GlobalArgs {
    pub fn content_source(&self) -> ContentSource {
        match &self.content {
            Some(path) => ContentSource::Paths(vec![path.clone()]),
            None => ContentSource::Builtin,
        }
    }

    /// The progress file named by `--progress`/RUNGS_PROGRESS, else the default one.
    pub fn progress_store(&self) -> Result<ProgressStore, ProgressError> {
        ProgressStore::resolve(self.progress.as_deref())
    }

    /// `--no-color`, or a non-empty NO_COLOR environment variable (https://no-color.org).
    pub fn wants_no_color(&self) -> bool {
        self.no_color || std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty())
    }
}

/// Which ladder a skill or level id belongs to, when several ladders are loaded.
#[derive(Debug, Clone, Args)]
pub struct LadderChoice {
    /// Ladder id or title (needed only when the id is in more than one loaded ladder)
    #[arg(long, value_name = "LADDER_ID", add = ArgValueCandidates::new(completion::ladder_ids))]
    pub ladder: Option<String>,
}

/// Formats `rungs export` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// A checklist per level, to paste into a promotion document
    Markdown,
    /// Every ladder, level and skill with state, dates and note, for scripts
    Json,
    /// The ladder as a spreadsheet (a row per competency or skill, a column per level) that
    /// `rungs import` reads back
    Csv,
}

/// Formats `rungs import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ImportFormat {
    /// A spreadsheet saved as CSV: a column per level, or a row per expectation
    Csv,
    /// A document with a heading per level, or a table with a column per level
    Markdown,
}

impl From<ImportFormat> for crate::import::Format {
    fn from(format: ImportFormat) -> Self {
        match format {
            ImportFormat::Csv => crate::import::Format::Csv,
            ImportFormat::Markdown => crate::import::Format::Markdown,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate ladder content and print a summary of each ladder
    #[command(after_long_help = cli_help::CHECK)]
    Check {
        /// Ladder files or directories (default: the loaded content)
        paths: Vec<PathBuf>,
    },
    /// Print the ladder outline: levels with their skills, then tracks
    #[command(after_long_help = cli_help::LIST)]
    List {
        /// Print an array of ladders as JSON, with the schema's field names
        #[arg(long)]
        json: bool,
    },
    /// Mark a skill as developed (or, with --developing, as in progress)
    #[command(after_long_help = cli_help::TICK)]
    Tick {
        /// Skill id or name, as shown by `rungs list`
        #[arg(add = ArgValueCandidates::new(completion::skill_ids))]
        skill: String,
        /// Mark it as developing rather than developed
        #[arg(long)]
        developing: bool,
        #[command(flatten)]
        ladder: LadderChoice,
    },
    /// Mark a skill as not started again (its note is kept)
    #[command(after_long_help = cli_help::UNTICK)]
    Untick {
        /// Skill id or name, as shown by `rungs list`
        #[arg(add = ArgValueCandidates::new(completion::skill_ids))]
        skill: String,
        #[command(flatten)]
        ladder: LadderChoice,
    },
    /// Set the note on a skill: evidence of what you did that shows it
    #[command(after_long_help = cli_help::NOTE)]
    Note {
        /// Skill id or name, as shown by `rungs list`
        #[arg(add = ArgValueCandidates::new(completion::skill_ids))]
        skill: String,
        /// The note; an empty text ("") removes it
        text: String,
        #[command(flatten)]
        ladder: LadderChoice,
    },
    /// Mark the level you are at, so `status` shows readiness for the next one
    #[command(after_long_help = cli_help::LEVEL)]
    Level {
        /// Level id, title, short label or number (1 is the bottom), as shown by `rungs list`
        #[arg(required_unless_present = "clear", add = ArgValueCandidates::new(completion::level_ids))]
        level: Option<String>,
        /// Unmark your level instead
        #[arg(long, conflicts_with = "level")]
        clear: bool,
        #[command(flatten)]
        ladder: LadderChoice,
    },
    /// Show progress per level and track, your level, readiness for the next, and orphans
    #[command(after_long_help = cli_help::STATUS)]
    Status {
        /// Print it as JSON, for scripts
        #[arg(long)]
        json: bool,
    },
    /// Print a checklist per level with states, dates and notes
    #[command(after_long_help = cli_help::EXPORT)]
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Markdown)]
        format: ExportFormat,
        /// With --format csv: add your state, its date and your note to each row
        #[arg(long)]
        with_progress: bool,
    },
    /// Write a commented starter ladder to fill in (it passes `rungs check` as it is)
    #[command(after_long_help = cli_help::NEW)]
    New {
        /// The ladder file to create; an existing file is never replaced
        file: PathBuf,
        /// A competency matrix (areas, competencies described level by level) instead of
        /// levels with skills
        #[arg(long)]
        matrix: bool,
    },
    /// Make a ladder file from a spreadsheet (CSV) or a Markdown document; prints what it
    /// made and any text it could not place, by line
    ///
    /// A wide sheet has a column per level (`L3 – Senior Engineer`) and a row per
    /// competency, optionally with an `Area` column; a long sheet has a row per expectation
    /// with `Level`, `Competency` (or `Skill`) and `Description` columns. A Markdown document
    /// has a heading per level, with sections such as Responsibilities, What success looks
    /// like and Skills as bullet lists, or a table with a column per level.
    #[command(after_long_help = cli_help::IMPORT)]
    Import {
        /// The CSV or Markdown file
        file: PathBuf,
        /// The file's format [default: guessed from its extension and content]
        #[arg(long, value_enum)]
        format: Option<ImportFormat>,
        /// Write the ladder to this file (refuses to replace one without --force) instead of
        /// printing it
        #[arg(short, long, value_name = "LADDER.toml")]
        output: Option<PathBuf>,
        /// The ladder's id [default: made from its title]
        #[arg(long, value_parser = parse_id)]
        id: Option<String>,
        /// The ladder's title [default: the document's title, else the file name]
        #[arg(long)]
        title: Option<String>,
        /// Replace the -o file if it exists
        #[arg(long, requires = "output")]
        force: bool,
    },
    /// Search skills, levels, tracks and every line of the ladders; exit 1 when nothing matches
    ///
    /// Terms are separated by spaces and must all match, in any order; each term matches
    /// letters in order with gaps allowed ("stakholder" finds "Stakeholder Management").
    /// A term with a capital letter is case-sensitive. Best matches come first: names
    /// before descriptions. An empty query lists everything in ladder order.
    #[command(after_long_help = cli_help::SEARCH)]
    Search {
        /// The query (several words are joined with spaces)
        #[arg(required = true, num_args = 1.., value_name = "QUERY")]
        query: Vec<String>,
        /// Print an array of results as JSON, with matched character positions
        #[arg(long)]
        json: bool,
        /// Print at most N results (the best ones)
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
    },
    /// Print the app's screen as plain text after replaying keys, without a terminal;
    /// progress is read, never written
    #[command(after_long_help = cli_help::RENDER)]
    Render {
        /// Screen size as WIDTHxHEIGHT
        #[arg(long, default_value = "100x30", value_parser = parse_size)]
        size: ScreenSize,
        /// Keys to press first, separated by spaces: j, G, ?, Enter, Esc, Tab, BackTab, Up,
        /// Down, Left, Right, PgUp, PgDn, Home, End, Space, Backspace, C-c
        #[arg(long, default_value = "", value_parser = parse_keys, allow_hyphen_values = true)]
        keys: KeyList,
    },
    /// Print a shell completion script: subcommands, options and the loaded ladder's ids
    #[command(after_long_help = cli_help::COMPLETIONS)]
    Completions {
        #[arg(value_enum)]
        shell: CompletionShell,
    },
    /// Print the manual page (roff), for `man`
    #[command(after_long_help = cli_help::MAN)]
    Man,
    /// Print this help, or the help of a subcommand
    #[command(after_long_help = cli_help::HELP)]
    Help {
        /// The subcommand to explain
        #[arg(value_name = "COMMAND")]
        command: Option<String>,
    },
}

/// Shells `rungs completions` writes scripts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CompletionShell {
    Bash,
    Zsh,
    Fish,
}

fn parse_id(text: &str) -> Result<String, String> {
    if crate::content::is_slug(text) {
        Ok(text.to_string())
    } else {
        Err(format!(
            "`{text}` is not an id: use lowercase letters, digits and dashes, e.g. `{}`",
            crate::import::slug(text)
        ))
    }
}

/// A terminal size for `rungs render`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScreenSize {
    pub width: u16,
    pub height: u16,
}

/// The largest screen `rungs render` draws, each way: larger than any real terminal, and a
/// frame of at most a million cells (65535x65535 would need gigabytes and abort).
pub const MAX_RENDER_SIDE: u16 = 1000;

fn parse_size(text: &str) -> Result<ScreenSize, String> {
    let problem = || format!("`{text}` is not a size: write WIDTHxHEIGHT, e.g. 100x30");
    let (width, height) = text.split_once(['x', 'X']).ok_or_else(problem)?;
    let size = ScreenSize {
        width: width.trim().parse().map_err(|_| problem())?,
        height: height.trim().parse().map_err(|_| problem())?,
    };
    if size.width > MAX_RENDER_SIDE || size.height > MAX_RENDER_SIDE {
        return Err(format!(
            "`{text}` is too large: the most is {MAX_RENDER_SIDE}x{MAX_RENDER_SIDE}"
        ));
    }
    Ok(size)
}

/// The keys `rungs render` replays, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyList(pub Vec<KeyEvent>);

fn parse_keys(text: &str) -> Result<KeyList, String> {
    crate::tui::keymap::parse_key_names(text).map(KeyList)
}
