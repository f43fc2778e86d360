//! `rungs tick`, `untick`, `note` and `level`: one change each, committed to the progress file
//! under its lock, merged with whatever else is in the file.

use std::process::ExitCode;

use super::lookup::{find_ladder, find_level, find_skill};
use super::{Failure, print_out};
use crate::cli::GlobalArgs;
use crate::content::Ladder;
use crate::progress::{Change, Item, Progress, SkillState, When};

/// What to do to a skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkillEdit<'a> {
    State(SkillState),
    Note(&'a str),
}

pub fn edit_skill(
    global: &GlobalArgs,
    ladder: Option<&str>,
    id: &str,
    edit: SkillEdit<'_>,
) -> Result<ExitCode, Failure> {
    let ladders = global.content_source().load()?;
    let (ladder, skill) = find_skill(&ladders, ladder, id)?;
    let (ladder_id, skill_id) = (ladder.meta.id.clone(), skill.id.clone());
    let change = match edit {
        SkillEdit::State(state) => Change::SetState {
            ladder: ladder_id.clone(),
            item: Item::skill(skill_id.as_str()),
            state,
            at: When::today(),
        },
        SkillEdit::Note(text) => Change::SetNote {
            ladder: ladder_id.clone(),
            item: Item::skill(skill_id.as_str()),
            note: text.to_string(),
        },
    };
    let progress = commit(global, &ladders, change)?;
    let state = progress.state(&ladder_id, &skill_id);
    let what = match edit {
        SkillEdit::State(_) => format!("is {}", state.name().replace('-', " ")),
        SkillEdit::Note(text) if text.trim().is_empty() => "has no note now".to_string(),
        SkillEdit::Note(_) => "has the new note".to_string(),
    };
    let total = progress.ladder_tally(ladder);
    print_out(&format!(
        "{} {} [{}] {what}. {}: {}/{} developed, {} developing.\n",
        state.symbol(),
        skill.name,
        skill.id,
        ladder.meta.title,
        total.developed,
        total.total,
        total.developing,
    ))
}

/// `rungs level LEVEL_ID` (or `--clear`).
pub fn set_level(
    global: &GlobalArgs,
    ladder: Option<&str>,
    level: Option<&str>,
) -> Result<ExitCode, Failure> {
    let ladders = global.content_source().load()?;
    let (ladder, level) = match level {
        Some(id) => {
            let (ladder, level) = find_level(&ladders, ladder, id)?;
            (ladder, Some(level))
        }
        None => (find_ladder(&ladders, ladder)?, None),
    };
    let change = Change::SetMyLevel {
        ladder: ladder.meta.id.clone(),
        level: level.map(|level| level.id.clone()),
    };
    let progress = commit(global, &ladders, change)?;
    let Some(readiness) = progress.readiness(ladder) else {
        return print_out(&format!("My level in {} is not set.\n", ladder.meta.title));
    };
    let next = match readiness.next {
        Some(next) => format!("Readiness for {}", next.title),
        None => "At the top of the ladder".to_string(),
    };
    print_out(&format!(
        "My level in {}: {} [{}]. {next}: {}/{} of this level's skills developed.\n",
        ladder.meta.title,
        readiness.level.title,
        readiness.level.id,
        readiness.tally.developed,
        readiness.tally.total,
    ))
}

/// Commits `change` after moving any entries under `formerly` ids to their current ids,
/// so renamed skills keep their history and the edit lands on the right entry.
fn commit(global: &GlobalArgs, ladders: &[Ladder], change: Change) -> Result<Progress, Failure> {
    let store = global.progress_store()?;
    let progress = store.commit_migrated(ladders, &[change])?;
    if store.discards() {
        eprintln!(
            "note: the progress file is {}, which keeps nothing: this change was not saved",
            store.path().display()
        );
    }
    Ok(progress)
}
