//! The fast check of a typed ladder: does it break any rule the walker would report?
//!
//! Loading a valid file then needs no spanned tree walk: serde builds the ladder, this says
//! it is clean, done. Anything it doubts sends the loader to the walker, which is the
//! authority and locates each problem. So this check may be stricter than the walker but
//! never looser; the validation tests hold it to that on every bad input they try.

use std::collections::HashSet;

use super::is_slug;
use super::links::Links;
use crate::content::{Ladder, Level, Skill};

/// Whether `ladder` passes every rule of the schema that serde does not enforce itself.
pub fn is_clean(ladder: &Ladder) -> bool {
    let mut check = Check::default();
    check.ladder(ladder);
    check.clean && Links::of_ladder(ladder).problems().is_empty()
}

#[derive(Default)]
struct Check<'l> {
    clean: bool,
    levels: HashSet<&'l str>,
    skills: HashSet<&'l str>,
    tracks: HashSet<&'l str>,
    areas: HashSet<&'l str>,
    items: HashSet<&'l str>,
}

fn text(value: &str) -> bool {
    !value.trim().is_empty()
}

fn texts<S: AsRef<str>>(values: &[S]) -> bool {
    values.iter().all(|value| text(value.as_ref()))
}

fn maybe(value: &Option<String>) -> bool {
    value.as_deref().is_none_or(text)
}

fn maybe_slug(value: &Option<String>) -> bool {
    value.as_deref().is_none_or(is_slug)
}

fn new_id<'l>(seen: &mut HashSet<&'l str>, id: &'l str) -> bool {
    is_slug(id) && seen.insert(id)
}

impl<'l> Check<'l> {
    fn ladder(&mut self, ladder: &'l Ladder) {
        let meta = &ladder.meta;
        let mut clean =
            is_slug(&meta.id) && text(&meta.title) && maybe(&meta.summary) && texts(&meta.principles);
        clean &= !ladder.levels.is_empty();
        for area in &ladder.areas {
            clean &= new_id(&mut self.areas, &area.id) && text(&area.name) && maybe(&area.summary);
        }
        for level in &ladder.levels {
            clean &= level.alongside.is_none() && self.level(level);
        }
        for track in &ladder.tracks {
            clean &= new_id(&mut self.tracks, &track.id)
                && text(&track.title)
                && texts(&track.titles)
                && maybe(&track.summary)
                && texts(&track.differences)
                && texts(&track.notes)
                && self.items(&track.responsibilities)
                && self.items(&track.success)
                && self.skills(&track.skills);
            for level in &track.levels {
                clean &= maybe_slug(&level.alongside) && self.level(level);
            }
        }
        for competency in &ladder.competencies {
            clean &= new_id(&mut self.skills, &competency.id)
                && text(&competency.name)
                && maybe_slug(&competency.area)
                && maybe(&competency.summary)
                && competency.formerly.iter().all(|id| new_id(&mut self.skills, id))
                && !competency.milestones.is_empty();
            for milestone in &competency.milestones {
                clean &= maybe_slug(&milestone.id)
                    && maybe(&milestone.title)
                    && maybe(&milestone.text)
                    && milestone.level.iter().all(|id| is_slug(id))
                    && texts(&milestone.signals)
                    && texts(&milestone.examples);
            }
        }
        self.clean = clean;
    }

    fn level(&mut self, level: &'l Level) -> bool {
        new_id(&mut self.levels, &level.id)
            && text(&level.title)
            && maybe(&level.short)
            && maybe(&level.code)
            && texts(&level.aliases)
            && maybe(&level.years)
            && maybe(&level.summary)
            && texts(&level.changes)
            && texts(&level.notes)
            && self.items(&level.responsibilities)
            && self.items(&level.success)
            && self.skills(&level.skills)
    }

    fn items(&mut self, items: &'l [crate::content::Item]) -> bool {
        items.iter().all(|item| {
            text(&item.text)
                && item
                    .pinned
                    .as_deref()
                    .is_none_or(|id| new_id(&mut self.items, id))
        })
    }

    fn skills(&mut self, skills: &'l [Skill]) -> bool {
        skills.iter().all(|skill| {
            new_id(&mut self.skills, &skill.id)
                && text(&skill.name)
                && maybe_slug(&skill.area)
                && maybe(&skill.summary)
                && texts(&skill.examples)
                && skill.formerly.iter().all(|id| new_id(&mut self.skills, id))
        })
    }
}
