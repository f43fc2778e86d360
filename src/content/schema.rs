//! The content schema: one TOML file holds one ladder.
//!
//! These types are a public contract (other people write ladders in this shape), so the
//! serde names are the schema's field names, and unknown keys are rejected so a typo such as
//! `responsibilites` never disappears silently. Every field added since the first version is
//! optional, so every older file still loads and means the same.
//!
//! The rkyv derives give the binary content cache (`cache.rs`): an archived ladder is read
//! in place, without parsing or decoding. The cache's schema fingerprint notices any change
//! to these types, so an old cache file is never read as a new shape.

use serde::{Deserialize, Serialize};

use super::item::Item;
use super::matrix::{Area, Competency};

/// One career ladder: its description, its levels (lowest first), its alternative tracks,
/// and, for competency matrices, its areas and competencies.
#[derive(
    Debug, Clone, PartialEq, Eq, Serialize, Deserialize, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Ladder {
    #[serde(rename = "ladder")]
    pub meta: LadderMeta,
    /// Competency areas (pillars, axes), in display order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<Area>,
    #[serde(default)]
    pub levels: Vec<Level>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tracks: Vec<Track>,
    /// The rows of a competency matrix, each described milestone by milestone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub competencies: Vec<Competency>,
}

/// The `[ladder]` table.
#[derive(
    Debug, Clone, PartialEq, Eq, Serialize, Deserialize, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct LadderMeta {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Advice that applies to the whole ladder.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub principles: Vec<String>,
}

/// One rung: a `[[levels]]` table of the main ladder, or a `[[tracks.levels]]` table of a
/// track (only those may set `alongside`). Level ids and track-level ids share one namespace.
#[derive(
    Debug, Clone, PartialEq, Eq, Serialize, Deserialize, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub id: String,
    pub title: String,
    /// Short label for narrow panes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<String>,
    /// The level's code in the company ("L5", "E4", "IC3").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Other titles the level goes by: searchable, and accepted wherever a level is named.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Typical experience, free text ("5–8").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<String>,
    /// For ladders that count points: the total a person needs for this level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_points: Option<u32>,
    /// For a track's level: the main-ladder level it sits beside.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alongside: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// What changes on reaching this level.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsibilities: Vec<Item>,
    /// What success looks like.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub success: Vec<Item>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Skills to develop at this level, for the next one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<Skill>,
}

impl Level {
    /// The label to use where space is short.
    pub fn short_label(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.title)
    }

    /// Whether `name` names this level: its id, title, short label, code or an alias
    /// (ignoring case for the words people type).
    pub fn answers_to(&self, name: &str) -> bool {
        self.id == name
            || [Some(&self.title), self.short.as_ref(), self.code.as_ref()]
                .into_iter()
                .flatten()
                .chain(&self.aliases)
                .any(|known| known.eq_ignore_ascii_case(name.trim()))
    }
}

/// A skill to develop (`[[levels.skills]]`, `[[tracks.skills]]` or `[[tracks.levels.skills]]`).
#[derive(
    Debug, Clone, PartialEq, Eq, Serialize, Deserialize, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    /// Unique across the ladder's skills and competencies: progress is keyed by it.
    pub id: String,
    pub name: String,
    /// The id of one of the ladder's `[[areas]]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// What showing the skill looks like.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<String>,
    /// Earlier ids, so renaming a skill keeps users' progress.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub formerly: Vec<String>,
}

/// What a track is, relative to the main ladder.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum TrackKind {
    /// A parallel individual-contributor track.
    Ic,
    /// A people-management track, usually with levels beside the main ones.
    Management,
    /// A move into another role.
    Adjacent,
    /// A role taken on at any level, such as Tech Lead.
    Role,
}

impl TrackKind {
    /// Every kind, in display order.
    pub const ALL: [TrackKind; 4] = [
        TrackKind::Ic,
        TrackKind::Management,
        TrackKind::Role,
        TrackKind::Adjacent,
    ];
    /// The schema's names, as written in `kind = "…"`.
    pub const NAMES: [&'static str; 4] = ["ic", "management", "adjacent", "role"];

    pub fn label(self) -> &'static str {
        match self {
            TrackKind::Ic => "Individual contributor",
            TrackKind::Management => "Management",
            TrackKind::Adjacent => "Adjacent roles",
            TrackKind::Role => "Roles at any level",
        }
    }
}

/// An alternative path (`[[tracks]]`), optionally with rungs of its own.
#[derive(
    Debug, Clone, PartialEq, Eq, Serialize, Deserialize, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Track {
    pub id: String,
    pub kind: TrackKind,
    pub title: String,
    /// Job titles this track goes by.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub titles: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// What makes it different from the main ladder.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub differences: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsibilities: Vec<Item>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub success: Vec<Item>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<Skill>,
    /// The track's own rungs, lowest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<Level>,
}

impl Ladder {
    /// Every skill in ladder order: levels first (lowest first), then tracks (each track's
    /// own skills, then its levels' skills).
    pub fn skills(&self) -> impl Iterator<Item = &Skill> {
        self.levels
            .iter()
            .flat_map(|level| level.skills.iter())
            .chain(self.tracks.iter().flat_map(|track| {
                track
                    .skills
                    .iter()
                    .chain(track.levels.iter().flat_map(|level| level.skills.iter()))
            }))
    }

    pub fn skill_count(&self) -> usize {
        self.skills().count()
    }

    pub fn find_skill(&self, id: &str) -> Option<&Skill> {
        self.skills().find(|skill| skill.id == id)
    }

    /// Every level, main ladder first, then each track's levels.
    pub fn all_levels(&self) -> impl Iterator<Item = &Level> {
        self.levels
            .iter()
            .chain(self.tracks.iter().flat_map(|track| track.levels.iter()))
    }

    /// The level `name` names: by id first, then by title, short label, code or alias.
    pub fn find_level(&self, name: &str) -> Option<&Level> {
        self.all_levels()
            .find(|level| level.id == name)
            .or_else(|| self.all_levels().find(|level| level.answers_to(name)))
    }

    pub fn find_competency(&self, id: &str) -> Option<&Competency> {
        self.competencies.iter().find(|competency| competency.id == id)
    }

    pub fn find_area(&self, id: &str) -> Option<&Area> {
        self.areas.iter().find(|area| area.id == id)
    }
}
