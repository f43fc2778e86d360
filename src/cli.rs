//! The command line, declared with clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::content::ContentSource;

/// Explore a career ladder in the terminal: browse levels and tracks, tick off skills,
/// search everything.
#[derive(Debug, Parser)]
#[command(name = "rungs", version, about, long_about = None)]
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
    /// Do not use colour (also: the NO_COLOR environment variable)
    #[arg(long, global = true)]
    pub no_color: bool,
}

impl GlobalArgs {
    pub fn content_source(&self) -> ContentSource {
        match &self.content {
            Some(path) => ContentSource::Paths(vec![path.clone()]),
            None => ContentSource::Builtin,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate ladder content and print a summary of each ladder
    Check {
        /// Ladder files or directories (default: the loaded content)
        paths: Vec<PathBuf>,
    },
    /// Print the ladder outline: levels with their skills, then tracks
    List {
        /// Print an array of ladders as JSON, with the schema's field names
        #[arg(long)]
        json: bool,
    },
    /// Search skills, levels, tracks and every line of the ladders; exit 1 when nothing matches
    ///
    /// Terms are separated by spaces and must all match, in any order; each term matches
    /// letters in order with gaps allowed ("stakholder" finds "Stakeholder Management").
    /// A term with a capital letter is case-sensitive. Best matches come first: names
    /// before descriptions. An empty query lists everything in ladder order.
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
}
