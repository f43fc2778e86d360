//! `rungs tick`, `untick`, `note` and `evidence`: one change to one item (a skill or an
//! expectation), committed to the progress file under its lock, merged with whatever else is
//! in the file.

use std::process::ExitCode;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::items::{Found, find_item};
use super::{Failure, print_out};
use crate::cli::{GlobalArgs, OnDate};
use crate::content::Ladder;
use crate::progress::{Assumption, Change, Evidence, Progress, SkillState, When};

/// What to do to an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit<'a> {
    State(SkillState),
    Note(&'a str),
    Evidence { text: &'a str, link: Option<&'a str> },
}

pub fn edit_item(
    global: &GlobalArgs,
    ladder: Option<&str>,
    typed: &str,
    edit: Edit<'_>,
    on: Option<&OnDate>,
) -> Result<ExitCode, Failure> {
    let ladders = global.content_source().load()?;
    let (ladder, found) = find_item(&ladders, ladder, typed)?;
    let ladder_id = ladder.meta.id.clone();
    let item = found.item();
    let day = day(on)?;
    if let (Found::Competency(competency), Edit::State(_)) = (&found, &edit) {
        return Err(Failure::new(
            2,
            format!(
                "error: {} is a competency: it is assessed by milestone, not ticked\n  = hint: rungs assess {} MILESTONE (a number from 1, or 0 for none)",
                competency.name, competency.id
            ),
        ));
    }
    let change = match edit {
        Edit::State(state) => Change::SetState {
            ladder: ladder_id.clone(),
            item: item.clone(),
            state,
            at: When::Day(day),
        },
        Edit::Note(text) => Change::SetNote {
            ladder: ladder_id.clone(),
            item: item.clone(),
            note: text.to_string(),
        },
        Edit::Evidence { text, link } => {
            if text.trim().is_empty() {
                return Err(Failure::new(
                    2,
                    "error: the evidence is empty\n  = hint: say what you did, e.g. rungs evidence mentorship \"Coached two APMs through their first launch\"",
                ));
            }
            Change::AddEvidence {
                ladder: ladder_id.clone(),
                item: item.clone(),
                evidence: Evidence {
                    on: day,
                    text: text.trim().to_string(),
                    link: link
                        .map(|link| link.trim().to_string())
                        .filter(|link| !link.is_empty()),
                },
            }
        }
    };
    let progress = commit(global, &ladders, change)?;
    let state = progress.item_state(&ladder_id, &item);
    let state_word = item.kind().state_name(state).replace('-', " ");
    let what = match edit {
        Edit::State(_) => format!("is {state_word}"),
        Edit::Note(text) if text.trim().is_empty() => "has no note now".to_string(),
        Edit::Note(_) => "has the new note".to_string(),
        Edit::Evidence { .. } => {
            let count = progress
                .record(&ladder_id, &item)
                .map_or(0, |entry| entry.evidence.len());
            format!(
                "has {count} piece{} of evidence",
                if count == 1 { "" } else { "s" }
            )
        }
    };
    let mut out = format!(
        "{} {} [{}] {what}.",
        state.symbol(),
        found.name(),
        found.shown_id()
    );
    match &found {
        Found::Skill(_) => {
            let total = progress.ladder_tally(ladder);
            out.push_str(&format!(
                " {}: {}/{} developed, {} developing.",
                ladder.meta.title, total.developed, total.total, total.developing
            ));
        }
        Found::Expectation(_) | Found::Competency(_) => {}
    }
    out.push('\n');
    out.push_str(&verdict_line(&progress, ladder));
    print_out(&out)
}

/// "Target Senior PM: not yet ready: …", or nothing without a target.
pub fn verdict_line(progress: &Progress, ladder: &Ladder) -> String {
    match progress.gap_to_target(ladder, Assumption::default()) {
        Some(gap) => format!("{}\n", capitalised(&gap.verdict())),
        None => String::new(),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The day of `--on`, else today (in TZ); a day in the future is refused.
pub fn day(on: Option<&OnDate>) -> Result<Date, Failure> {
    let today = When::today().date(&TimeZone::system());
    match on.and_then(|on| on.on) {
        Some(day) if day > today => Err(Failure::new(
            2,
            format!(
                "error: --on {day} is in the future (today is {today})\n  = hint: give the day it happened"
            ),
        )),
        Some(day) => Ok(day),
        None => Ok(today),
    }
}

/// Commits `change` after moving any records under `formerly` ids to their current ids,
/// so renamed skills keep their history and the edit lands on the right record.
pub fn commit(global: &GlobalArgs, ladders: &[Ladder], change: Change) -> Result<Progress, Failure> {
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
