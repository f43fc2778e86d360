//! Turning a [`Draft`] into a [`LadderFile`]: ids made from names (unique and the same every
//! time for the same file), areas and levels referred to by id, and every milestone with
//! text. Whatever cannot go where the reader put it is kept and reported.

use std::collections::HashMap;

use super::draft::{Draft, DraftCompetency, DraftMilestone, DraftSkill, Unplaced, comparable};
use super::error::ImportError;
use super::ladder_toml::{Area, Competency, LadderFile, Level, Meta, Milestone, Skill};
use super::names::{IdMaker, slug};
use crate::content::is_slug;

/// What the person asked for on the command line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Naming {
    pub id: Option<String>,
    pub title: Option<String>,
    /// The file's name without extension: the title when the file has none.
    pub stem: String,
}

pub fn build(mut draft: Draft, naming: &Naming) -> Result<(LadderFile, Vec<Unplaced>), ImportError> {
    if draft.levels.is_empty() {
        return Err(ImportError::NoLevels);
    }
    let empty = draft.competencies.is_empty() && draft.levels.iter().all(level_is_empty);
    if empty {
        return Err(ImportError::NothingToImport);
    }
    let title = naming
        .title
        .clone()
        .or_else(|| draft.title.clone())
        .filter(|title| !title.trim().is_empty())
        .unwrap_or_else(|| title_from_stem(&naming.stem));
    let id = naming.id.clone().unwrap_or_else(|| {
        [slug(&title), slug(&naming.stem)]
            .into_iter()
            .find(|id| !id.is_empty())
            .unwrap_or_else(|| "imported".to_string())
    });
    let mut unplaced = std::mem::take(&mut draft.unplaced);

    let mut area_ids = IdMaker::default();
    let areas: Vec<Area> = draft
        .areas
        .iter()
        .map(|area| Area {
            id: area_ids.make(&[&area.name], "area"),
            name: area.name.clone(),
            summary: area.summary.clone(),
        })
        .collect();
    let area_of: HashMap<String, String> = draft
        .areas
        .iter()
        .zip(&areas)
        .map(|(draft_area, area)| (comparable(&draft_area.name), area.id.clone()))
        .collect();
    let area_id = |name: &Option<String>| {
        name.as_ref()
            .and_then(|name| area_of.get(&comparable(name)).cloned())
    };

    let mut level_ids = IdMaker::default();
    let mut item_ids = IdMaker::default();
    let mut levels = Vec::with_capacity(draft.levels.len());
    for (index, level) in draft.levels.iter().enumerate() {
        let given = draft.level_ids.get(index).cloned().flatten();
        let candidates = [level.title.as_str(), level.code.as_deref().unwrap_or("")];
        let id = given_or_made(
            given,
            &mut level_ids,
            &candidates,
            "level",
            level.line,
            &mut unplaced,
        );
        let skills = level
            .skills
            .iter()
            .map(|skill| make_skill(skill, &mut item_ids, area_id(&skill.area), &mut unplaced))
            .collect();
        levels.push(Level {
            id,
            title: level.title.clone(),
            code: level.code.clone(),
            summary: joined(&level.summary),
            changes: level.changes.clone(),
            responsibilities: level.responsibilities.clone(),
            success: level.success.clone(),
            notes: level.notes.clone(),
            skills,
        });
    }

    let mut summary = draft.summary.clone();
    let mut competencies = Vec::new();
    for competency in &draft.competencies {
        if competency.milestones.is_empty() {
            summary.push(competency.name.clone());
            unplaced.push(Unplaced {
                line: competency.line,
                what: format!("`{}`, which has no text at any level", competency.name),
                kept_in: "the ladder's summary".to_string(),
            });
            continue;
        }
        let area = area_id(&competency.area);
        competencies.push(make_competency(
            competency,
            area,
            &levels,
            &mut item_ids,
            &mut unplaced,
        ));
    }
    let file = LadderFile {
        ladder: Meta {
            id,
            title,
            summary: joined(&summary),
            principles: draft.principles.clone(),
        },
        areas,
        levels,
        competencies,
    };
    unplaced.sort_by_key(|entry| entry.line);
    Ok((file, unplaced))
}

fn level_is_empty(level: &super::draft::DraftLevel) -> bool {
    level.summary.is_empty()
        && level.changes.is_empty()
        && level.responsibilities.is_empty()
        && level.success.is_empty()
        && level.notes.is_empty()
        && level.skills.is_empty()
}

/// The id the file gave when it is a valid, unused id; else one made from the candidates.
fn given_or_made(
    given: Option<String>,
    ids: &mut IdMaker,
    candidates: &[&str],
    fallback: &str,
    line: usize,
    unplaced: &mut Vec<Unplaced>,
) -> String {
    if let Some(given) = given {
        if is_slug(&given) && ids.claim(&given) {
            return given;
        }
        let made = ids.make(candidates, fallback);
        unplaced.push(Unplaced {
            line,
            what: format!("the id `{given}` (not a lowercase-and-dashes id, or used twice)"),
            kept_in: format!("nowhere: made `{made}` instead"),
        });
        return made;
    }
    ids.make(candidates, fallback)
}

fn make_skill(
    skill: &DraftSkill,
    ids: &mut IdMaker,
    area: Option<String>,
    unplaced: &mut Vec<Unplaced>,
) -> Skill {
    let prefixed = skill
        .area
        .as_ref()
        .map(|area| format!("{area} {}", skill.name))
        .unwrap_or_default();
    let name = if skill.name.trim().is_empty() {
        "Unnamed skill".to_string()
    } else {
        skill.name.clone()
    };
    Skill {
        id: given_or_made(
            skill.id.clone(),
            ids,
            &[&name, &prefixed],
            "skill",
            skill.line,
            unplaced,
        ),
        name,
        summary: skill.summary.clone(),
        area,
        examples: skill.examples.clone(),
    }
}

fn make_competency(
    competency: &DraftCompetency,
    area: Option<String>,
    levels: &[Level],
    ids: &mut IdMaker,
    unplaced: &mut Vec<Unplaced>,
) -> Competency {
    let prefixed = competency
        .area
        .as_ref()
        .map(|area| format!("{area} {}", competency.name))
        .unwrap_or_default();
    let candidates = [competency.name.as_str(), prefixed.as_str()];
    let id = given_or_made(
        competency.id.clone(),
        ids,
        &candidates,
        "competency",
        competency.line,
        unplaced,
    );
    Competency {
        id,
        name: competency.name.clone(),
        area,
        summary: competency.summary.clone(),
        milestones: competency
            .milestones
            .iter()
            .map(|milestone| make_milestone(milestone, levels))
            .collect(),
    }
}

fn make_milestone(milestone: &DraftMilestone, levels: &[Level]) -> Milestone {
    let mut made = Milestone {
        title: milestone.title.clone(),
        text: milestone.text.clone(),
        level: levels
            .get(milestone.level)
            .map(|level| level.id.clone())
            .unwrap_or_default(),
        signals: milestone.signals.clone(),
        examples: milestone.examples.clone(),
    };
    // A milestone says what a person shows: with only a title or examples, that is its text.
    if made.text.is_none() && made.signals.is_empty() {
        made.text = made.title.clone().or_else(|| Some(made.examples.join("; ")));
    }
    made
}

fn joined(paragraphs: &[String]) -> Option<String> {
    let text = paragraphs
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    (!text.is_empty()).then_some(text)
}

/// `eng-ladder_2024` → `Eng ladder 2024`.
fn title_from_stem(stem: &str) -> String {
    let words: Vec<&str> = stem
        .split(['-', '_', ' ', '.'])
        .filter(|w| !w.is_empty())
        .collect();
    let mut title = words.join(" ");
    if let Some(first) = title.get(..1) {
        title = first.to_uppercase() + &title[1..];
    }
    if title.is_empty() {
        "Imported ladder".to_string()
    } else {
        title
    }
}
