//! Checks between fields: references to areas and levels, the order of milestones, points.
//!
//! The rules read a [`Links`] view, which holds only what they need and a position `S` for
//! each thing they may report. The view is taken from the spanned TOML tree (positions are
//! byte ranges, for messages) or from a typed ladder (positions are `()`, for the fast path
//! that only asks "is anything wrong?"), so each rule is written once for both.

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::content::diagnostic::nearest;
use crate::content::schema::Ladder;

/// One rung: a main-ladder level or a track's level.
pub(super) struct RungView<'a, S> {
    pub id: &'a str,
    pub min_points: Option<(u64, S)>,
    pub alongside: Option<(&'a str, S)>,
}

pub(super) struct MilestoneView<'a, S> {
    pub at: S,
    pub id: Option<(&'a str, S)>,
    pub has_text: bool,
    pub has_signals: bool,
    pub levels: Vec<(&'a str, S)>,
    pub points: Option<(u64, S)>,
}

pub(super) struct CompetencyView<'a, S> {
    pub id: &'a str,
    pub milestones: Vec<MilestoneView<'a, S>>,
}

/// What the cross-field rules read.
pub(super) struct Links<'a, S> {
    pub areas: Vec<&'a str>,
    pub area_refs: Vec<(&'a str, S)>,
    pub main: Vec<RungView<'a, S>>,
    pub tracks: Vec<(&'a str, Vec<RungView<'a, S>>)>,
    pub competencies: Vec<CompetencyView<'a, S>>,
}

/// A problem found by the rules, at a position of the view.
pub(super) struct Problem<S> {
    pub at: S,
    pub message: String,
    pub hint: Option<String>,
}

fn problem<S>(at: S, message: String, hint: impl Into<Option<String>>) -> Problem<S> {
    Problem {
        at,
        message,
        hint: hint.into(),
    }
}

/// Which ladder a level is on: the main one, or a track (by index).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Line {
    Main,
    Track(usize),
}

impl<S: Clone> Links<'_, S> {
    /// Every cross-field problem, in no particular order.
    pub fn problems(&self) -> Vec<Problem<S>> {
        let mut found = Vec::new();
        let mut places: HashMap<&str, (Line, usize)> = HashMap::new();
        for (at, rung) in self.main.iter().enumerate() {
            places.entry(rung.id).or_insert((Line::Main, at));
        }
        for (track, (_, rungs)) in self.tracks.iter().enumerate() {
            for (at, rung) in rungs.iter().enumerate() {
                places.entry(rung.id).or_insert((Line::Track(track), at));
            }
        }
        let line_name = |line: Line| match line {
            Line::Main => "the main ladder".to_string(),
            Line::Track(track) => format!("track \"{}\"", self.tracks[track].0),
        };
        let level_ids = || {
            self.main
                .iter()
                .chain(self.tracks.iter().flat_map(|t| &t.1))
                .map(|r| r.id)
        };
        let did_you_mean =
            |word: &str, candidates: Vec<&str>, otherwise: &str| match nearest(word, candidates) {
                Some(guess) => format!("did you mean \"{guess}\"?"),
                None => otherwise.to_string(),
            };

        for (id, at) in &self.area_refs {
            if !self.areas.contains(id) {
                let hint = did_you_mean(
                    id,
                    self.areas.clone(),
                    "define it in an [[areas]] table, or fix the id",
                );
                found.push(problem(at.clone(), format!("unknown area \"{id}\""), hint));
            }
        }

        let check_points = |rungs: &[RungView<'_, S>], line: &str, found: &mut Vec<Problem<S>>| {
            let mut highest: Option<(u64, &str)> = None;
            for rung in rungs {
                if let Some((points, at)) = &rung.min_points {
                    if let Some((before, below)) = highest
                        && *points < before
                    {
                        found.push(problem(
                            at.clone(),
                            format!(
                                "`min_points` {points} of level \"{}\" is below the {before} of \"{below}\" under it on {line}",
                                rung.id
                            ),
                            "a higher level cannot need fewer points; raise it or fix the lower level's".to_string(),
                        ));
                    }
                    highest = Some((*points, rung.id));
                }
            }
        };
        check_points(&self.main, "the main ladder", &mut found);
        for (track, rungs) in &self.tracks {
            check_points(rungs, &format!("track \"{track}\""), &mut found);
            for rung in rungs {
                let Some((alongside, at)) = &rung.alongside else {
                    continue;
                };
                if !matches!(places.get(alongside), Some((Line::Main, _))) {
                    let main_ids = self.main.iter().map(|r| r.id).collect();
                    let hint = did_you_mean(alongside, main_ids, "name a [[levels]] id of the main ladder");
                    let message = format!(
                        "`alongside` \"{alongside}\" of level \"{}\" names no main-ladder level",
                        rung.id
                    );
                    found.push(problem(at.clone(), message, hint));
                }
            }
        }

        for competency in &self.competencies {
            let name = competency.id;
            let mut ids: HashMap<String, usize> = HashMap::new();
            let mut reached: HashMap<Line, (usize, &str, usize)> = HashMap::new();
            let mut points_before: Option<(u64, usize)> = None;
            for (index, milestone) in competency.milestones.iter().enumerate() {
                let number = index + 1;
                let this = format!("milestone {number} of competency \"{name}\"");
                let id = milestone
                    .id
                    .as_ref()
                    .map_or_else(|| number.to_string(), |(id, _)| id.to_string());
                let id_at = milestone.id.as_ref().map_or(&milestone.at, |(_, at)| at);
                if let Some(first) = ids.insert(id.clone(), number) {
                    found.push(problem(
                        id_at.clone(),
                        format!("{this} has the id \"{id}\", as milestone {first} does"),
                        "milestone ids must be unique in their competency (an unset id is its position)"
                            .to_string(),
                    ));
                }
                if !milestone.has_text && !milestone.has_signals {
                    found.push(problem(
                        milestone.at.clone(),
                        format!("{this} has no `text`"),
                        "say what a person shows at this milestone in `text` (or list it in `signals`)"
                            .to_string(),
                    ));
                }
                let mut lines_named: HashMap<Line, &str> = HashMap::new();
                for (level, at) in &milestone.levels {
                    let Some(&(line, position)) = places.get(level) else {
                        let hint = did_you_mean(
                            level,
                            level_ids().collect(),
                            "name a level id of [[levels]] or [[tracks.levels]]",
                        );
                        found.push(problem(
                            at.clone(),
                            format!("unknown level \"{level}\" in {this}"),
                            hint,
                        ));
                        continue;
                    };
                    if let Some(other) = lines_named.insert(line, level) {
                        found.push(problem(
                            at.clone(),
                            format!(
                                "{this} names two levels of {}: \"{other}\" and \"{level}\"",
                                line_name(line)
                            ),
                            "name the lowest level that expects it, one per ladder or track".to_string(),
                        ));
                        continue;
                    }
                    if let Some(&(above, above_id, above_number)) = reached.get(&line)
                        && position < above
                    {
                        found.push(problem(
                            at.clone(),
                            format!(
                                "{this} is expected from \"{level}\", below \"{above_id}\" of milestone {above_number}"
                            ),
                            "list milestones lowest first: each one's levels at or above the previous one's".to_string(),
                        ));
                        continue;
                    }
                    reached.insert(line, (position, level, number));
                }
                if let Some((points, at)) = &milestone.points {
                    if let Some((before, before_number)) = points_before
                        && *points < before
                    {
                        found.push(problem(
                            at.clone(),
                            format!("{this} is worth {points} points, less than milestone {before_number}'s {before}"),
                            "points never decrease along a competency's milestones".to_string(),
                        ));
                    }
                    points_before = Some((*points, number));
                }
            }
        }
        found
    }
}

impl<'a> Links<'a, ()> {
    /// The view of a typed ladder, for the fast check.
    pub fn of_ladder(ladder: &'a Ladder) -> Links<'a, ()> {
        let rung = |level: &'a crate::content::Level| RungView {
            id: &level.id,
            min_points: level.min_points.map(|points| (u64::from(points), ())),
            alongside: level.alongside.as_deref().map(|id| (id, ())),
        };
        let skill_areas = ladder.skills().filter_map(|skill| skill.area.as_deref());
        let competency_areas = ladder.competencies.iter().filter_map(|c| c.area.as_deref());
        Links {
            areas: ladder.areas.iter().map(|area| area.id.as_str()).collect(),
            area_refs: skill_areas.chain(competency_areas).map(|id| (id, ())).collect(),
            main: ladder.levels.iter().map(rung).collect(),
            tracks: ladder
                .tracks
                .iter()
                .map(|track| (track.id.as_str(), track.levels.iter().map(rung).collect()))
                .collect(),
            competencies: ladder
                .competencies
                .iter()
                .map(|competency| CompetencyView {
                    id: &competency.id,
                    milestones: competency
                        .milestones
                        .iter()
                        .map(|milestone| MilestoneView {
                            at: (),
                            id: milestone.id.as_deref().map(|id| (id, ())),
                            has_text: milestone.text.is_some(),
                            has_signals: !milestone.signals.is_empty(),
                            levels: milestone.level.iter().map(|id| (id.as_str(), ())).collect(),
                            points: milestone.points.map(|points| (u64::from(points), ())),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

type Value<'a> = Spanned<DeValue<'a>>;

fn get<'t, 'a>(table: &'t DeTable<'a>, key: &str) -> Option<&'t Value<'a>> {
    table
        .iter()
        .find(|(k, _)| k.get_ref().as_ref() == key)
        .map(|(_, v)| v)
}

fn text<'t>(value: &'t Value<'_>) -> Option<(&'t str, Range<usize>)> {
    match value.get_ref() {
        DeValue::String(text) => Some((text.as_ref(), value.span())),
        _ => None,
    }
}

fn text_of<'t>(table: &'t DeTable<'_>, key: &str) -> Option<(&'t str, Range<usize>)> {
    get(table, key).and_then(text)
}

fn count_of(table: &DeTable<'_>, key: &str) -> Option<(u64, Range<usize>)> {
    let value = get(table, key)?;
    match value.get_ref() {
        DeValue::Integer(number) => {
            let parsed = u64::from_str_radix(number.as_str(), number.radix()).ok()?;
            Some((parsed, value.span()))
        }
        _ => None,
    }
}

/// The tables of the array of tables at `key` (anything else is the walker's to report).
fn tables<'t, 'a>(table: &'t DeTable<'a>, key: &str) -> Vec<(&'t DeTable<'a>, Range<usize>)> {
    match get(table, key).map(Spanned::get_ref) {
        Some(DeValue::Array(items)) => items
            .iter()
            .filter_map(|item| item.get_ref().as_table().map(|t| (t, item.span())))
            .collect(),
        _ => Vec::new(),
    }
}

impl<'t> Links<'t, Range<usize>> {
    /// The view of the spanned TOML tree, for messages with positions. Values of the wrong
    /// type are left out: the walker reports them.
    pub fn of_document(document: &'t DeTable<'_>) -> Links<'t, Range<usize>> {
        let rung = |(level, _): (&'t DeTable<'_>, Range<usize>)| -> Option<RungView<'t, Range<usize>>> {
            Some(RungView {
                id: text_of(level, "id")?.0,
                min_points: count_of(level, "min_points"),
                alongside: text_of(level, "alongside"),
            })
        };
        let levels = tables(document, "levels");
        let tracks = tables(document, "tracks");
        let competencies = tables(document, "competencies");
        let mut area_refs = Vec::new();
        let mut skill_owners: Vec<&DeTable<'_>> = Vec::new();
        skill_owners.extend(levels.iter().map(|(t, _)| *t));
        for (track, _) in &tracks {
            skill_owners.push(track);
            skill_owners.extend(tables(track, "levels").into_iter().map(|(t, _)| t));
        }
        for owner in skill_owners {
            area_refs.extend(
                tables(owner, "skills")
                    .into_iter()
                    .filter_map(|(s, _)| text_of(s, "area")),
            );
        }
        area_refs.extend(competencies.iter().filter_map(|(c, _)| text_of(c, "area")));
        Links {
            areas: tables(document, "areas")
                .into_iter()
                .filter_map(|(area, _)| Some(text_of(area, "id")?.0))
                .collect(),
            area_refs,
            main: levels.into_iter().filter_map(rung).collect(),
            tracks: tracks
                .into_iter()
                .map(|(track, _)| {
                    let id = text_of(track, "id").map_or("", |(id, _)| id);
                    (id, tables(track, "levels").into_iter().filter_map(rung).collect())
                })
                .collect(),
            competencies: competencies
                .into_iter()
                .map(|(competency, _)| CompetencyView {
                    id: text_of(competency, "id").map_or("", |(id, _)| id),
                    milestones: tables(competency, "milestones")
                        .into_iter()
                        .map(|(milestone, at)| MilestoneView {
                            at,
                            id: text_of(milestone, "id"),
                            has_text: get(milestone, "text").is_some(),
                            has_signals: matches!(
                                get(milestone, "signals").map(Spanned::get_ref),
                                Some(DeValue::Array(items)) if !items.is_empty()
                            ),
                            levels: match get(milestone, "level") {
                                Some(value) => match value.get_ref() {
                                    DeValue::Array(items) => items.iter().filter_map(text).collect(),
                                    _ => text(value).into_iter().collect(),
                                },
                                None => Vec::new(),
                            },
                            points: count_of(milestone, "points"),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}
