//! `rungs level` and `rungs target`: where you are and where you aim, by any name a level
//! goes by (id, title, short label, number).

use std::process::ExitCode;

use super::lookup::{find_ladder, find_level};
use super::mark::{commit, verdict_line};
use super::{Failure, print_out};
use crate::cli::GlobalArgs;
use crate::progress::Change;

/// Which of the two a command sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    MyLevel,
    Target,
}

/// `rungs level LEVEL` / `rungs target LEVEL` (or `--clear`).
pub fn set(
    global: &GlobalArgs,
    which: Which,
    ladder: Option<&str>,
    typed: Option<&str>,
) -> Result<ExitCode, Failure> {
    let ladders = global.content_source().load()?;
    let (ladder, level) = match typed {
        Some(typed) => {
            let (ladder, level) = find_level(&ladders, ladder, typed)?;
            (ladder, Some(level))
        }
        None => (find_ladder(&ladders, ladder)?, None),
    };
    let ladder_id = ladder.meta.id.clone();
    let level_id = level.map(|level| level.id.clone());
    let change = match which {
        Which::MyLevel => Change::SetMyLevel {
            ladder: ladder_id,
            level: level_id,
        },
        Which::Target => Change::SetTarget {
            ladder: ladder_id,
            level: level_id,
        },
    };
    let progress = commit(global, &ladders, change)?;
    let title = ladder.meta.title.as_str();
    let mut out = match progress.my_level_in(ladder) {
        Some(mine) => format!("My level in {title}: {} [{}].\n", mine.title, mine.id),
        None => format!("My level in {title} is not set.\n"),
    };
    match (progress.target_in(ladder), progress.target(&ladder.meta.id)) {
        (Some(target), Some(_)) => out.push_str(&format!("Target: {} [{}].\n", target.title, target.id)),
        (Some(target), None) => out.push_str(&format!(
            "Target: {} [{}], the level above yours (set another with `rungs target LEVEL`).\n",
            target.title, target.id
        )),
        (None, _) if progress.my_level_in(ladder).is_some() => {
            out.push_str("At the top of the ladder: no level above yours.\n")
        }
        (None, _) => {}
    }
    out.push_str(&verdict_line(&progress, ladder));
    print_out(&out)
}
