//! The candidates the content offers: ladders, skills, levels and tracks, each with every
//! name it answers to.

use super::{Candidate, Unresolved, pick};
use crate::content::{Competency, Ladder, Level, Skill, Track};

/// The ladder `typed` names (id or title, folded or near).
pub fn ladder<'a>(ladders: &'a [Ladder], typed: &str) -> Result<&'a Ladder, Unresolved> {
    let candidates: Vec<Candidate<&Ladder>> = ladders
        .iter()
        .map(|ladder| Candidate {
            value: ladder,
            id: ladder.meta.id.clone(),
            name: ladder.meta.title.clone(),
            ladder: ladder.meta.id.clone(),
            also: Vec::new(),
        })
        .collect();
    pick("ladder", typed, &candidates).map(|(ladder, _)| ladder)
}

/// The ladders to look in: all, or the one `only_ladder` (as typed after `--ladder`) names.
pub fn scope<'a>(ladders: &'a [Ladder], only_ladder: Option<&str>) -> Result<Vec<&'a Ladder>, Unresolved> {
    match only_ladder {
        Some(typed) => Ok(vec![ladder(ladders, typed)?]),
        None => Ok(ladders.iter().collect()),
    }
}

/// The skill `typed` names: its id, a former id, its name, or a near miss.
pub fn skill<'a>(
    ladders: &'a [Ladder],
    only_ladder: Option<&str>,
    typed: &str,
) -> Result<(&'a Ladder, &'a Skill), Unresolved> {
    let candidates: Vec<Candidate<(&Ladder, &Skill)>> = scope(ladders, only_ladder)?
        .into_iter()
        .flat_map(|ladder| ladder.skills().map(move |skill| (ladder, skill)))
        .map(|(ladder, skill)| Candidate {
            value: (ladder, skill),
            id: skill.id.clone(),
            name: skill.name.clone(),
            ladder: ladder.meta.id.clone(),
            also: skill.formerly.clone(),
        })
        .collect();
    pick("skill", typed, &candidates).map(|(found, _)| found)
}

/// The level `typed` names: its id, title (or either side of a "A / B" title), short label,
/// code, an alias, its number counting from 1 at the bottom of the main ladder, or a near
/// miss. Tracks' levels answer to all of these but a number.
pub fn level<'a>(
    ladders: &'a [Ladder],
    only_ladder: Option<&str>,
    typed: &str,
) -> Result<(&'a Ladder, &'a Level), Unresolved> {
    let candidates: Vec<Candidate<(&Ladder, &Level)>> = scope(ladders, only_ladder)?
        .into_iter()
        .flat_map(|ladder| {
            let numbered = ladder
                .levels
                .iter()
                .enumerate()
                .map(|(at, level)| (Some(at + 1), level));
            let track_levels = ladder
                .tracks
                .iter()
                .flat_map(|track| &track.levels)
                .map(|level| (None, level));
            numbered.chain(track_levels).map(move |level| (ladder, level))
        })
        .map(|(ladder, (number, level))| {
            let mut also: Vec<String> = number.iter().map(usize::to_string).collect();
            also.extend(level.short.iter().cloned());
            also.extend(level.code.iter().cloned());
            also.extend(level.aliases.iter().cloned());
            also.extend(alternatives(&level.title));
            also.extend(level.short.iter().flat_map(|short| alternatives(short)));
            Candidate {
                value: (ladder, level),
                id: level.id.clone(),
                name: level.title.clone(),
                ladder: ladder.meta.id.clone(),
                also,
            }
        })
        .collect();
    pick("level", typed, &candidates).map(|(found, _)| found)
}

/// The competency `typed` names: its id, a former id, its name, or a near miss.
pub fn competency<'a>(
    ladders: &'a [Ladder],
    only_ladder: Option<&str>,
    typed: &str,
) -> Result<(&'a Ladder, &'a Competency), Unresolved> {
    let candidates: Vec<Candidate<(&Ladder, &Competency)>> = scope(ladders, only_ladder)?
        .into_iter()
        .flat_map(|ladder| {
            ladder
                .competencies
                .iter()
                .map(move |competency| (ladder, competency))
        })
        .map(|(ladder, competency)| Candidate {
            value: (ladder, competency),
            id: competency.id.clone(),
            name: competency.name.clone(),
            ladder: ladder.meta.id.clone(),
            also: competency.formerly.clone(),
        })
        .collect();
    pick("competency", typed, &candidates).map(|(found, _)| found)
}

/// The track `typed` names: its id, title, one of its job titles, or a near miss.
pub fn track<'a>(
    ladders: &'a [Ladder],
    only_ladder: Option<&str>,
    typed: &str,
) -> Result<(&'a Ladder, &'a Track), Unresolved> {
    let candidates: Vec<Candidate<(&Ladder, &Track)>> = scope(ladders, only_ladder)?
        .into_iter()
        .flat_map(|ladder| ladder.tracks.iter().map(move |track| (ladder, track)))
        .map(|(ladder, track)| Candidate {
            value: (ladder, track),
            id: track.id.clone(),
            name: track.title.clone(),
            ladder: ladder.meta.id.clone(),
            also: track.titles.clone(),
        })
        .collect();
    pick("track", typed, &candidates).map(|(found, _)| found)
}

/// The parts of a title that offers alternatives: "VP of Product / Chief Product Officer"
/// answers to either side.
fn alternatives(title: &str) -> Vec<String> {
    let parts: Vec<String> = title.split(" / ").map(|part| part.trim().to_string()).collect();
    if parts.len() > 1 { parts } else { Vec::new() }
}
