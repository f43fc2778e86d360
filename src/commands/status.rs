//! `rungs status`: developed / developing / total per level and track, my level and
//! readiness for the next one, and entries the content does not know (orphans).
//!
//! One report value feeds both the text and the JSON, so the two never disagree.

use std::fmt::Write as _;
use std::process::ExitCode;

use serde::Serialize;

use super::{Failure, print_json, print_out};
use crate::cli::GlobalArgs;
use crate::content::Ladder;
use crate::progress::{Progress, Tally};

#[derive(Debug, Serialize)]
struct Report {
    progress_file: String,
    ladders: Vec<LadderReport>,
    orphans: Vec<OrphanReport>,
}

#[derive(Debug, Serialize)]
struct LadderReport {
    id: String,
    title: String,
    #[serde(flatten)]
    tally: Tally,
    levels: Vec<PartReport>,
    tracks: Vec<PartReport>,
    /// As recorded, even if the content has no such level.
    my_level: Option<String>,
    readiness: Option<ReadinessReport>,
}

/// A level or a track.
#[derive(Debug, Serialize)]
struct PartReport {
    id: String,
    title: String,
    #[serde(flatten)]
    tally: Tally,
}

#[derive(Debug, Serialize)]
struct ReadinessReport {
    level: String,
    next: Option<String>,
    #[serde(flatten)]
    tally: Tally,
    remaining: Vec<String>,
}

#[derive(Debug, Serialize)]
struct OrphanReport {
    ladder: String,
    skill: String,
    state: &'static str,
}

pub fn run(global: &GlobalArgs, json: bool) -> Result<ExitCode, Failure> {
    let ladders = global.content_source().load()?;
    let store = global.progress_store()?;
    // Shown migrated, but not written: looking must never change the file.
    let progress = store.load()?.migrated(&ladders);
    let report = report(&ladders, &progress, store.path().display().to_string());
    if json {
        let mut text = serde_json::to_string_pretty(&report)
            .map_err(|error| Failure::new(1, format!("cannot write JSON: {error}")))?;
        text.push('\n');
        print_json(&text)
    } else {
        print_out(&as_text(&report, &ladders))
    }
}

fn report(ladders: &[Ladder], progress: &Progress, progress_file: String) -> Report {
    let ladders_report = ladders
        .iter()
        .map(|ladder| LadderReport {
            id: ladder.meta.id.clone(),
            title: ladder.meta.title.clone(),
            tally: progress.ladder_tally(ladder),
            levels: ladder
                .levels
                .iter()
                .map(|level| part(&level.id, &level.title, progress.level_tally(ladder, level)))
                .collect(),
            tracks: ladder
                .tracks
                .iter()
                .map(|track| part(&track.id, &track.title, progress.track_tally(ladder, track)))
                .collect(),
            my_level: progress.my_level(&ladder.meta.id).map(str::to_string),
            readiness: progress.readiness(ladder).map(|readiness| ReadinessReport {
                level: readiness.level.id.clone(),
                next: readiness.next.map(|next| next.id.clone()),
                tally: readiness.tally,
                remaining: readiness.remaining.iter().map(|skill| skill.id.clone()).collect(),
            }),
        })
        .collect();
    let orphans = progress
        .orphans(ladders)
        .into_iter()
        .map(|orphan| OrphanReport {
            ladder: orphan.ladder.to_string(),
            skill: orphan.item.id().to_string(),
            state: orphan.entry.state.name(),
        })
        .collect();
    Report {
        progress_file,
        ladders: ladders_report,
        orphans,
    }
}

fn part(id: &str, title: &str, tally: Tally) -> PartReport {
    PartReport {
        id: id.to_string(),
        title: title.to_string(),
        tally,
    }
}

fn as_text(report: &Report, ladders: &[Ladder]) -> String {
    let mut out = String::new();
    for (ladder, content) in report.ladders.iter().zip(ladders) {
        let _ = writeln!(
            out,
            "{}  [{}]  {}\n",
            ladder.title,
            ladder.id,
            counts(&ladder.tally)
        );
        // One width for both tables, so their columns line up.
        let width = ladder
            .levels
            .iter()
            .chain(&ladder.tracks)
            .map(|part| part.title.chars().count())
            .max();
        let width = width.unwrap_or(0);
        table(&mut out, "Levels", &ladder.levels, width);
        table(&mut out, "Tracks", &ladder.tracks, width);
        my_level(&mut out, ladder, content);
        out.push('\n');
    }
    if !report.orphans.is_empty() {
        let _ = writeln!(out, "Kept in the file but not in the loaded content (orphans):");
        for orphan in &report.orphans {
            let _ = writeln!(out, "  {}/{}  {}", orphan.ladder, orphan.skill, orphan.state);
        }
        out.push('\n');
    }
    let _ = writeln!(out, "Progress file: {}", report.progress_file);
    out
}

fn counts(tally: &Tally) -> String {
    format!(
        "{}/{} developed, {} developing",
        tally.developed, tally.total, tally.developing
    )
}

fn table(out: &mut String, heading: &str, parts: &[PartReport], width: usize) {
    if parts.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "{heading:width$}    developed  developing  total",
        width = width + 2
    );
    for part in parts {
        let tally = &part.tally;
        if tally.total == 0 {
            let _ = writeln!(out, "  {:width$}    (no skills listed)", part.title);
        } else {
            let _ = writeln!(
                out,
                "  {:width$}    {:>9}  {:>10}  {:>5}",
                part.title, tally.developed, tally.developing, tally.total
            );
        }
    }
    out.push('\n');
}

fn my_level(out: &mut String, ladder: &LadderReport, content: &Ladder) {
    let title = |id: &str| {
        content
            .levels
            .iter()
            .find(|level| level.id == id)
            .map_or(id.to_string(), |l| l.title.clone())
    };
    match (&ladder.my_level, &ladder.readiness) {
        (None, _) => {
            let _ = writeln!(out, "My level: not set (mark it with `rungs level LEVEL_ID`)");
        }
        (Some(id), None) => {
            let _ = writeln!(
                out,
                "My level: `{id}` is not a level of this ladder (set it again with `rungs level LEVEL_ID`)"
            );
        }
        (Some(id), Some(readiness)) => {
            let _ = writeln!(out, "My level: {}  [{id}]", title(id));
            let target = readiness
                .next
                .as_deref()
                .map_or("At the top of the ladder".to_string(), |next| {
                    format!("Readiness for {}", title(next))
                });
            let tally = &readiness.tally;
            let _ = writeln!(
                out,
                "{target}: {}/{} of this level's skills developed",
                tally.developed, tally.total
            );
            for id in &readiness.remaining {
                let name = content
                    .find_skill(id)
                    .map_or(id.as_str(), |skill| skill.name.as_str());
                let _ = writeln!(out, "  remaining: {name}  [{id}]");
            }
        }
    }
}
