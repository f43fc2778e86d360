//! `rungs check`: validate content and summarise each ladder.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{Failure, print_out};
use crate::cli::GlobalArgs;
use crate::content::{ContentSource, Ladder};

pub fn run(global: &GlobalArgs, paths: &[PathBuf]) -> Result<ExitCode, Failure> {
    // Each path is checked on its own so one broken file does not hide the others' summaries.
    let sources: Vec<ContentSource> = if paths.is_empty() {
        vec![global.content_source()]
    } else {
        paths
            .iter()
            .map(|p| ContentSource::Paths(vec![p.clone()]))
            .collect()
    };
    let mut summary = String::new();
    let mut problems = Vec::new();
    for source in &sources {
        match source.load() {
            Ok(ladders) => {
                for ladder in &ladders {
                    summary.push_str(&summary_line(ladder, source));
                    summary.push('\n');
                }
            }
            Err(errors) => problems.extend(errors.0),
        }
    }
    print_out(&summary)?;
    if problems.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        Err(crate::content::ContentErrors(problems).into())
    }
}

fn summary_line(ladder: &Ladder, source: &ContentSource) -> String {
    let from = match source {
        ContentSource::Builtin => "built-in".to_string(),
        ContentSource::Paths(paths) => paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", "),
    };
    let count = |n: usize, word: &str| match (n, word) {
        (1, _) => format!("1 {word}"),
        (_, "competency") => format!("{n} competencies"),
        _ => format!("{n} {word}s"),
    };
    let mut counts = vec![
        count(ladder.levels.len(), "level"),
        count(ladder.skill_count(), "skill"),
        count(ladder.tracks.len(), "track"),
    ];
    // Matrix ladders also say how big their matrix is; plain ones read as before.
    let track_levels: usize = ladder.tracks.iter().map(|track| track.levels.len()).sum();
    if track_levels > 0 {
        counts.push(count(track_levels, "track level"));
    }
    if !ladder.areas.is_empty() {
        counts.push(count(ladder.areas.len(), "area"));
    }
    if !ladder.competencies.is_empty() {
        let milestones: usize = ladder.competencies.iter().map(|c| c.milestones.len()).sum();
        counts.push(count(ladder.competencies.len(), "competency"));
        counts.push(count(milestones, "milestone"));
    }
    format!(
        "ok  {} ({}): {}  [{from}]",
        ladder.meta.title,
        ladder.meta.id,
        counts.join(", ")
    )
}
