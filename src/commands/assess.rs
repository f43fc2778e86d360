//! `rungs assess COMPETENCY MILESTONE`: the highest milestone reached in a competency (or,
//! with --developing, the one being worked toward); 0 clears it.

use std::process::ExitCode;

use jiff::civil::Date;

use super::mark::{commit, day, verdict_line};
use super::{Failure, print_out};
use crate::cli::{GlobalArgs, OnDate};
use crate::content::Competency;
use crate::progress::{Change, Item, SkillState, When, reached_milestone};
use crate::resolve::{Candidate, pick};

pub fn run(
    global: &GlobalArgs,
    only_ladder: Option<&str>,
    typed_competency: &str,
    typed_milestone: &str,
    developing: bool,
    on: &OnDate,
) -> Result<ExitCode, Failure> {
    let ladders = global.content_source().load()?;
    let (ladder, competency) = crate::resolve::competency(&ladders, only_ladder, typed_competency)?;
    let day: Date = day(Some(on))?;
    let target = milestone_at(competency, typed_milestone)?;
    // Working toward milestone M means M-1 is the highest reached.
    let (reached, working_toward) = match (target, developing) {
        (None, false) => (None, false),
        (None, true) => (None, true),
        (Some(at), false) => (Some(at), false),
        (Some(at), true) => (at.checked_sub(1), true),
    };
    let change = Change::SetMilestone {
        ladder: ladder.meta.id.clone(),
        competency: competency.id.clone(),
        milestone: reached
            .and_then(|at| competency.milestone_id(at))
            .map(|id| id.into_owned()),
        working_toward,
        at: When::Day(day),
    };
    let progress = commit(global, &ladders, change)?;
    let entry = progress.record(&ladder.meta.id, &Item::competency(competency.id.as_str()));
    let now = reached_milestone(competency, entry);
    let at = match now {
        Some(at) => format!("is at milestone {}", label(competency, at)),
        None => "has no milestone reached".to_string(),
    };
    let toward = match (entry.map(|entry| entry.state), now) {
        (Some(SkillState::Developing), None) if !competency.milestones.is_empty() => {
            format!(", working toward {}", label(competency, 0))
        }
        (Some(SkillState::Developing), Some(at)) if at + 1 < competency.milestones.len() => {
            format!(", working toward {}", label(competency, at + 1))
        }
        _ => String::new(),
    };
    let mut out = format!("{} [{}] {at}{toward}.\n", competency.name, competency.id);
    out.push_str(&verdict_line(&progress, ladder));
    print_out(&out)
}

/// "2 (Adopts)": a milestone's id and its short name.
fn label(competency: &Competency, at: usize) -> String {
    let id = competency.milestone_id(at).unwrap_or_default();
    match competency.milestones.get(at).and_then(|m| m.title.as_deref()) {
        Some(title) => format!("{id} ({title})"),
        None => id.into_owned(),
    }
}

/// The milestone `typed` names: its id, its number from 1, its title or words of its text;
/// `0` means none.
fn milestone_at(competency: &Competency, typed: &str) -> Result<Option<usize>, Failure> {
    if typed.trim() == "0" {
        return Ok(None);
    }
    let candidates: Vec<Candidate<usize>> = competency
        .milestones
        .iter()
        .enumerate()
        .map(|(at, milestone)| Candidate {
            value: at,
            id: competency.milestone_id(at).unwrap_or_default().into_owned(),
            name: milestone
                .title
                .clone()
                .unwrap_or_else(|| milestone.label().to_string()),
            ladder: String::new(),
            also: vec![(at + 1).to_string(), milestone.label().to_string()],
        })
        .collect();
    Ok(Some(pick("milestone", typed, &candidates).map(|(at, _)| at)?))
}
