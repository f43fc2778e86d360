//! `rungs status`: developed / developing / total per level and track, my level, the target
//! and the verdict on it (from `Progress::gap`), and records the content does not know
//! (orphans).
//!
//! One report value feeds both the text and the JSON, so the two never disagree.

use std::fmt::Write as _;
use std::process::ExitCode;

use serde::Serialize;

use super::gap_report::{GapReport, plain};
use super::{Failure, print_json, print_out};
use crate::cli::GlobalArgs;
use crate::content::Ladder;
use crate::progress::{Assumption, Item, ItemKind, Progress, Standing, Tally};

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
    /// The level aimed for: as set, else the one above mine.
    target: Option<String>,
    /// The gap to the target, with its verdict.
    readiness: Option<GapReport>,
}

/// A level or a track.
#[derive(Debug, Serialize)]
struct PartReport {
    id: String,
    title: String,
    #[serde(flatten)]
    tally: Tally,
    /// Skills not assessed but counted as met: the level is below mine.
    assumed: usize,
}

#[derive(Debug, Serialize)]
struct OrphanReport {
    ladder: String,
    /// "skill", "expectation" or "competency".
    kind: ItemKind,
    /// As the file keys it: `skill-id`, `level-id/expectation-id`.
    id: String,
    state: &'static str,
}

pub fn run(global: &GlobalArgs, json: bool, assumption: Assumption) -> Result<ExitCode, Failure> {
    let ladders = global.content_source().load()?;
    let store = global.progress_store()?;
    // Shown migrated, but not written: looking must never change the file.
    let progress = store.load()?.migrated(&ladders);
    let report = report(
        &ladders,
        &progress,
        store.path().display().to_string(),
        assumption,
    );
    if json {
        let mut text = serde_json::to_string_pretty(&report)
            .map_err(|error| Failure::new(1, format!("cannot write JSON: {error}")))?;
        text.push('\n');
        print_json(&text)
    } else {
        print_out(&as_text(&report, &ladders))
    }
}

fn report(ladders: &[Ladder], progress: &Progress, progress_file: String, assumption: Assumption) -> Report {
    let ladders_report = ladders
        .iter()
        .map(|ladder| LadderReport {
            id: ladder.meta.id.clone(),
            title: ladder.meta.title.clone(),
            tally: progress.ladder_tally(ladder),
            levels: ladder
                .levels
                .iter()
                .map(|level| {
                    let assumed = level
                        .skills
                        .iter()
                        .filter(|skill| {
                            let item = Item::skill(skill.id.as_str());
                            progress.standing(ladder, &item, Some(&level.id), assumption) == Standing::Assumed
                        })
                        .count();
                    part(
                        &level.id,
                        &level.title,
                        progress.level_tally(ladder, level),
                        assumed,
                    )
                })
                .collect(),
            tracks: ladder
                .tracks
                .iter()
                .map(|track| part(&track.id, &track.title, progress.track_tally(ladder, track), 0))
                .collect(),
            my_level: progress.my_level(&ladder.meta.id).map(str::to_string),
            target: progress.target_in(ladder).map(|level| level.id.clone()),
            readiness: progress
                .gap_to_target(ladder, assumption)
                .map(|gap| GapReport::of(&gap, assumption == Assumption::BelowMyLevel)),
        })
        .collect();
    let orphans = progress
        .orphans(ladders)
        .into_iter()
        .map(|orphan| OrphanReport {
            ladder: orphan.ladder.to_string(),
            kind: orphan.item.kind(),
            id: match orphan.item {
                Item::Expectation { level, id } => format!("{level}/{id}"),
                other => other.id().to_string(),
            },
            state: orphan.item.kind().state_name(orphan.entry.state),
        })
        .collect();
    Report {
        progress_file,
        ladders: ladders_report,
        orphans,
    }
}

fn part(id: &str, title: &str, tally: Tally, assumed: usize) -> PartReport {
    PartReport {
        id: id.to_string(),
        title: title.to_string(),
        tally,
        assumed,
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
            let kind = orphan.kind.name();
            let _ = writeln!(out, "  {}: {kind} {}  {}", orphan.ladder, orphan.id, orphan.state);
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
    let assumed_column = parts.iter().any(|part| part.assumed > 0);
    let _ = writeln!(
        out,
        "{heading:width$}    developed  developing  total{}",
        if assumed_column { "  assumed" } else { "" },
        width = width + 2
    );
    for part in parts {
        let tally = &part.tally;
        if tally.total == 0 {
            let _ = writeln!(out, "  {:width$}    (no skills listed)", part.title);
        } else {
            let _ = write!(
                out,
                "  {:width$}    {:>9}  {:>10}  {:>5}",
                part.title, tally.developed, tally.developing, tally.total
            );
            if part.assumed > 0 {
                let _ = write!(out, "  {:>7}", part.assumed);
            }
            out.push('\n');
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
    match &ladder.my_level {
        None => {
            let _ = writeln!(out, "My level: not set (mark it with `rungs level LEVEL`)");
        }
        Some(id) if content.levels.iter().all(|level| level.id != *id) => {
            let _ = writeln!(
                out,
                "My level: `{id}` is not a level of this ladder (set it again with `rungs level LEVEL`)"
            );
        }
        Some(id) => {
            let _ = writeln!(out, "My level: {}  [{id}]", plain(&title(id)));
        }
    }
    match (&ladder.target, &ladder.readiness) {
        (Some(target), Some(gap)) => {
            let _ = writeln!(out, "Target: {}  [{target}]", plain(&title(target)));
            let verdict = if gap.ready {
                format!("ready: {}/{}", gap.met, gap.total)
            } else {
                gap.verdict.clone()
            };
            let _ = writeln!(out, "Verdict: {}", plain(&verdict));
            let _ = writeln!(out, "  (`rungs gap` lists what is met and what is missing)");
        }
        _ if ladder.my_level.is_some() => {
            let _ = writeln!(
                out,
                "Target: none above your level (set one with `rungs target LEVEL`)"
            );
        }
        _ => {}
    }
}
