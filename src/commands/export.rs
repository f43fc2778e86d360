//! `rungs export`: a checklist per level with states, dates and notes. Markdown to paste into
//! a promotion document; JSON with every field for scripts.

use std::fmt::Write as _;
use std::process::ExitCode;

use jiff::tz::TimeZone;
use serde::Serialize;

use super::{Failure, print_json, print_out};
use crate::cli::{ExportFormat, GlobalArgs};
use crate::content::{Ladder, Skill};
use crate::progress::{Progress, SkillState, When};

pub fn run(global: &GlobalArgs, format: ExportFormat, with_progress: bool) -> Result<ExitCode, Failure> {
    let ladders = global.content_source().load()?;
    let progress = global.progress_store()?.load()?.migrated(&ladders);
    let text = match format {
        ExportFormat::Markdown => ladders
            .iter()
            .map(|ladder| markdown(ladder, &progress))
            .collect::<Vec<_>>()
            .join("\n"),
        ExportFormat::Json => {
            let mut text = serde_json::to_string_pretty(&json(&ladders, &progress))
                .map_err(|error| Failure::new(1, format!("cannot write JSON: {error}")))?;
            text.push('\n');
            return print_json(&text);
        }
        ExportFormat::Csv => super::export_csv::sheet(&ladders, with_progress.then_some(&progress))?,
    };
    print_out(&text)
}

/// One ladder as a Markdown checklist: levels, then tracks that list skills.
pub fn markdown(ladder: &Ladder, progress: &Progress) -> String {
    let id = &ladder.meta.id;
    let mut out = format!("# {}: progress\n\n", ladder.meta.title);
    let legend = [
        SkillState::Developed,
        SkillState::Developing,
        SkillState::NotStarted,
    ]
    .map(|state| format!("{} {}", state.symbol(), state.name().replace('-', " ")))
    .join(" · ");
    let total = progress.ladder_tally(ladder);
    let _ = writeln!(
        out,
        "{}/{} skills developed, {} developing ({legend}).",
        total.developed, total.total, total.developing
    );
    if let Some(readiness) = progress.readiness(ladder) {
        let _ = write!(out, "\nMy level: **{}**.", readiness.level.title);
        if let Some(next) = readiness.next {
            let _ = write!(
                out,
                " Towards {}: {} of {} skills developed.",
                next.title, readiness.tally.developed, readiness.tally.total
            );
        }
        out.push('\n');
    }
    let parts = ladder
        .levels
        .iter()
        .map(|level| (level.title.as_str(), level.skills.as_slice()))
        .chain(
            ladder
                .tracks
                .iter()
                .map(|track| (track.title.as_str(), track.skills.as_slice())),
        );
    for (title, skills) in parts.filter(|(_, skills)| !skills.is_empty()) {
        let tally = progress.tally(id, skills);
        let _ = writeln!(
            out,
            "\n## {title} ({}/{} developed)\n",
            tally.developed, tally.total
        );
        for skill in skills {
            checklist_item(&mut out, id, skill, progress);
        }
    }
    out
}

fn checklist_item(out: &mut String, ladder_id: &str, skill: &Skill, progress: &Progress) {
    let entry = progress.entry(ladder_id, &skill.id).cloned().unwrap_or_default();
    let _ = write!(out, "- {} **{}**", entry.state.symbol(), skill.name);
    // Dates in the person's own time zone (TZ), which is what a promotion doc wants.
    if let Some(timeline) = entry.timeline(&TimeZone::system()) {
        let _ = write!(out, ": {timeline}");
    }
    out.push('\n');
    if let Some(note) = &entry.note {
        // Continuation lines are indented so the whole note stays inside the list item.
        let _ = writeln!(out, "  - Note: {}", note.trim().replace('\n', "\n    "));
    }
}

#[derive(Debug, Serialize)]
struct JsonLadder<'a> {
    id: &'a str,
    title: &'a str,
    my_level: Option<&'a str>,
    levels: Vec<JsonPart<'a>>,
    tracks: Vec<JsonPart<'a>>,
}

#[derive(Debug, Serialize)]
struct JsonPart<'a> {
    id: &'a str,
    title: &'a str,
    skills: Vec<JsonSkill<'a>>,
}

#[derive(Debug, Serialize)]
struct JsonSkill<'a> {
    id: &'a str,
    name: &'a str,
    state: SkillState,
    developing_since: Option<When>,
    developed_at: Option<When>,
    note: Option<&'a str>,
}

fn json<'a>(ladders: &'a [Ladder], progress: &'a Progress) -> Vec<JsonLadder<'a>> {
    ladders
        .iter()
        .map(|ladder| {
            let id = ladder.meta.id.as_str();
            let skills = |skills: &'a [Skill]| -> Vec<JsonSkill<'a>> {
                skills
                    .iter()
                    .map(|skill| {
                        let entry = progress.entry(id, &skill.id);
                        JsonSkill {
                            id: &skill.id,
                            name: &skill.name,
                            state: progress.state(id, &skill.id),
                            developing_since: entry.and_then(|entry| entry.developing_since),
                            developed_at: entry.and_then(|entry| entry.reached),
                            note: entry.and_then(|entry| entry.note.as_deref()),
                        }
                    })
                    .collect()
            };
            JsonLadder {
                id,
                title: &ladder.meta.title,
                my_level: progress.my_level(id),
                levels: ladder
                    .levels
                    .iter()
                    .map(|level| JsonPart {
                        id: &level.id,
                        title: &level.title,
                        skills: skills(&level.skills),
                    })
                    .collect(),
                tracks: ladder
                    .tracks
                    .iter()
                    .map(|track| JsonPart {
                        id: &track.id,
                        title: &track.title,
                        skills: skills(&track.skills),
                    })
                    .collect(),
            }
        })
        .collect()
}
