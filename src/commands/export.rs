//! `rungs export`: a checklist per level with states, dates, notes and evidence, and the
//! verdict on the target. Markdown to paste into a promotion document; JSON with every field
//! for scripts.

use std::fmt::Write as _;
use std::process::ExitCode;

use jiff::tz::TimeZone;
use serde::Serialize;

use super::gap_report::{GapReport, plain};
use super::{Failure, print_json, print_out};
use crate::cli::{ExportFormat, GlobalArgs};
use crate::content::{Ladder, Skill};
use crate::progress::{
    Assumption, Entry, Evidence, Expectation, ExpectationKind, Item, Progress, SkillState, Standing, When,
    level_expectations, track_expectations,
};

pub fn run(
    global: &GlobalArgs,
    format: ExportFormat,
    assumption: Assumption,
    with_progress: bool,
) -> Result<ExitCode, Failure> {
    let ladders = global.content_source().load()?;
    let progress = global.progress_store()?.load()?.migrated(&ladders);
    let text = match format {
        ExportFormat::Markdown => ladders
            .iter()
            .map(|ladder| markdown(ladder, &progress, assumption))
            .collect::<Vec<_>>()
            .join("\n"),
        ExportFormat::Json => {
            let mut text = serde_json::to_string_pretty(&json(&ladders, &progress, assumption))
                .map_err(|error| Failure::new(1, format!("cannot write JSON: {error}")))?;
            text.push('\n');
            return print_json(&text);
        }
        ExportFormat::Csv => super::export_csv::sheet(&ladders, with_progress.then_some(&progress))?,
    };
    print_out(&text)
}

/// One row of the checklist: an item of a level or track, and where the person stands.
struct Row<'a> {
    name: &'a str,
    standing: Standing,
    kind_word_met: &'static str,
    entry: Entry,
}

/// One ladder as a Markdown checklist: the verdict, then levels, then tracks.
pub fn markdown(ladder: &Ladder, progress: &Progress, assumption: Assumption) -> String {
    let zone = TimeZone::system();
    let mut out = format!("# {}: progress\n\n", plain(&ladder.meta.title));
    let total = progress.ladder_tally(ladder);
    let _ = writeln!(
        out,
        "{}/{} skills developed, {} developing (✓ developed or met · ○ assumed: below my level · ◐ developing · · not started).",
        total.developed, total.total, total.developing
    );
    if let Some(mine) = progress.my_level_in(ladder) {
        let _ = write!(out, "\nMy level: **{}**.", plain(&mine.title));
        if let Some(gap) = progress.gap_to_target(ladder, assumption) {
            let _ = write!(
                out,
                " Target: **{}**: {}.",
                plain(&gap.target.title),
                plain(&gap.verdict())
            );
        }
        out.push('\n');
    }
    for level in &ladder.levels {
        let at = Some(level.id.as_str());
        let skills = rows_of_skills(ladder, progress, &level.skills, at, assumption);
        let expectations = rows_of_expectations(ladder, progress, level_expectations(level), at, assumption);
        section(&mut out, &level.title, &skills, &expectations, &zone);
    }
    for track in &ladder.tracks {
        let skills = rows_of_skills(ladder, progress, &track.skills, None, assumption);
        let expectations =
            rows_of_expectations(ladder, progress, track_expectations(track), None, assumption);
        section(&mut out, &track.title, &skills, &expectations, &zone);
    }
    out
}

fn rows_of_skills<'a>(
    ladder: &Ladder,
    progress: &Progress,
    skills: &'a [Skill],
    at: Option<&str>,
    assumption: Assumption,
) -> Vec<Row<'a>> {
    skills
        .iter()
        .map(|skill| {
            let item = Item::skill(skill.id.as_str());
            Row {
                name: &skill.name,
                standing: progress.standing(ladder, &item, at, assumption),
                kind_word_met: "developed",
                entry: progress
                    .record(&ladder.meta.id, &item)
                    .cloned()
                    .unwrap_or_default(),
            }
        })
        .collect()
}

fn rows_of_expectations<'a>(
    ladder: &Ladder,
    progress: &Progress,
    expectations: Vec<Expectation<'a>>,
    at: Option<&str>,
    assumption: Assumption,
) -> Vec<Row<'a>> {
    expectations
        .into_iter()
        .map(|expectation| {
            let item = expectation.item();
            Row {
                name: expectation.text,
                standing: progress.standing(ladder, &item, at, assumption),
                kind_word_met: "met",
                entry: progress
                    .record(&ladder.meta.id, &item)
                    .cloned()
                    .unwrap_or_default(),
            }
        })
        .collect()
}

/// A level's (or track's) heading, its expectations, then its skills to develop.
fn section(out: &mut String, title: &str, skills: &[Row], expectations: &[Row], zone: &TimeZone) {
    if skills.is_empty() && expectations.is_empty() {
        return;
    }
    let developed = skills.iter().filter(|row| row.standing == Standing::Met).count();
    let _ = writeln!(
        out,
        "\n## {} ({developed}/{} developed)",
        plain(title),
        skills.len()
    );
    if !expectations.is_empty() {
        let met = expectations.iter().filter(|row| row.standing.counts()).count();
        let _ = writeln!(out, "\nExpectations ({met}/{} met):\n", expectations.len());
        for row in expectations {
            checklist_item(out, row, zone);
        }
    }
    if !skills.is_empty() {
        if !expectations.is_empty() {
            out.push_str("\nSkills to develop:\n");
        }
        out.push('\n');
        for row in skills {
            checklist_item(out, row, zone);
        }
    }
}

fn checklist_item(out: &mut String, row: &Row, zone: &TimeZone) {
    let _ = write!(out, "- {} **{}**", row.standing.symbol(), plain(row.name));
    // Dates in the person's own time zone (TZ), which is what a promotion doc wants.
    match row.standing {
        Standing::Assumed => out.push_str(": assumed (below my level)"),
        _ => {
            if let Some(timeline) = row.entry.timeline(zone) {
                let _ = write!(out, ": {}", timeline.replacen("developed", row.kind_word_met, 1));
            }
        }
    }
    out.push('\n');
    if let Some(note) = &row.entry.note {
        // Continuation lines are indented so the whole note stays inside the list item.
        let _ = writeln!(out, "  - Note: {}", note.trim().replace('\n', "\n    "));
    }
    for evidence in &row.entry.evidence {
        let _ = write!(out, "  - {}: {}", evidence.on, plain(&evidence.text));
        if let Some(link) = &evidence.link {
            let _ = write!(out, " ({})", plain(link));
        }
        out.push('\n');
    }
}

#[derive(Debug, Serialize)]
struct JsonLadder<'a> {
    id: &'a str,
    title: &'a str,
    my_level: Option<&'a str>,
    target: Option<&'a str>,
    /// The gap to the target and its verdict (as `rungs gap --json`).
    readiness: Option<GapReport>,
    levels: Vec<JsonPart<'a>>,
    tracks: Vec<JsonPart<'a>>,
}

#[derive(Debug, Serialize)]
struct JsonPart<'a> {
    id: &'a str,
    title: &'a str,
    expectations: Vec<JsonItem<'a>>,
    skills: Vec<JsonItem<'a>>,
}

#[derive(Debug, Serialize)]
struct JsonItem<'a> {
    id: String,
    /// A skill's name, an expectation's text.
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    list: Option<ExpectationKind>,
    /// As recorded: "not-started", "developing", "developed" (skills) or "met" (expectations).
    state: &'static str,
    /// With assumptions: "met", "assumed", "developing" or "missing".
    standing: Standing,
    developing_since: Option<When>,
    /// When the present state was reached (named as in version 1 exports for skills).
    developed_at: Option<When>,
    note: Option<String>,
    evidence: Vec<Evidence>,
}

fn json_item<'a>(
    ladder: &Ladder,
    progress: &Progress,
    item: Item,
    name: &'a str,
    list: Option<ExpectationKind>,
    at: Option<&str>,
    assumption: Assumption,
) -> JsonItem<'a> {
    let entry = progress
        .record(&ladder.meta.id, &item)
        .cloned()
        .unwrap_or_default();
    let state: SkillState = entry.state;
    JsonItem {
        id: match &item {
            Item::Expectation { level, id } => format!("{level}/{id}"),
            other => other.id().to_string(),
        },
        name,
        list,
        state: item.kind().state_name(state),
        standing: progress.standing(ladder, &item, at, assumption),
        developing_since: entry.developing_since,
        developed_at: entry.reached,
        note: entry.note,
        evidence: entry.evidence,
    }
}

fn json<'a>(ladders: &'a [Ladder], progress: &'a Progress, assumption: Assumption) -> Vec<JsonLadder<'a>> {
    ladders
        .iter()
        .map(|ladder| {
            let skills = |skills: &'a [Skill], at: Option<&str>| -> Vec<JsonItem<'a>> {
                skills
                    .iter()
                    .map(|skill| {
                        let item = Item::skill(skill.id.as_str());
                        json_item(ladder, progress, item, &skill.name, None, at, assumption)
                    })
                    .collect()
            };
            JsonLadder {
                id: &ladder.meta.id,
                title: &ladder.meta.title,
                my_level: progress.my_level(&ladder.meta.id),
                target: progress.target_in(ladder).map(|level| level.id.as_str()),
                readiness: progress
                    .gap_to_target(ladder, assumption)
                    .map(|gap| GapReport::of(&gap, assumption == Assumption::BelowMyLevel)),
                levels: ladder
                    .levels
                    .iter()
                    .map(|level| JsonPart {
                        id: &level.id,
                        title: &level.title,
                        expectations: level_expectations(level)
                            .into_iter()
                            .map(|e| {
                                json_item(
                                    ladder,
                                    progress,
                                    e.item(),
                                    e.text,
                                    Some(e.kind),
                                    Some(&level.id),
                                    assumption,
                                )
                            })
                            .collect(),
                        skills: skills(&level.skills, Some(&level.id)),
                    })
                    .collect(),
                tracks: ladder
                    .tracks
                    .iter()
                    .map(|track| JsonPart {
                        id: &track.id,
                        title: &track.title,
                        expectations: track_expectations(track)
                            .into_iter()
                            .map(|e| {
                                json_item(ladder, progress, e.item(), e.text, Some(e.kind), None, assumption)
                            })
                            .collect(),
                        skills: skills(&track.skills, None),
                    })
                    .collect(),
            }
        })
        .collect()
}
