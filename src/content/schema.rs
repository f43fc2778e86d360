//! The content schema: one TOML file holds one ladder.
//!
//! These types are a public contract (other people write ladders in this shape), so the
//! serde names are the schema's field names, and unknown keys are rejected so a typo such as
//! `responsibilites` never disappears silently.
//!
//! The rkyv derives give the binary content cache (`cache.rs`): an archived ladder is read
//! in place, without parsing or decoding. The cache's schema fingerprint notices any change
//! to these types, so an old cache file is never read as a new shape.

use serde::{Deserialize, Serialize};

/// One career ladder: its description, its levels (lowest first) and its alternative tracks.
#[derive(
    Debug, Clone, PartialEq, Eq, Serialize, Deserialize, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Ladder {
    #[serde(rename = "ladder")]
    pub meta: LadderMeta,
    #[serde(default)]
    pub levels: Vec<Level>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tracks: Vec<Track>,
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

/// One rung of the ladder (`[[levels]]`).
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// What changes on reaching this level.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsibilities: Vec<String>,
    /// What success looks like.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub success: Vec<String>,
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
}

/// A skill to develop (`[[levels.skills]]` or `[[tracks.skills]]`).
#[derive(
    Debug, Clone, PartialEq, Eq, Serialize, Deserialize, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    /// Unique across the whole ladder: progress is keyed by it.
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Earlier ids, so renaming a skill keeps users' progress.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub formerly: Vec<String>,
}

/// Whether a track runs beside the ladder or leads out of it.
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
    /// A move into another role.
    Adjacent,
}

impl TrackKind {
    pub const NAMES: [&'static str; 2] = ["ic", "adjacent"];

    pub fn label(self) -> &'static str {
        match self {
            TrackKind::Ic => "Individual contributor",
            TrackKind::Adjacent => "Adjacent roles",
        }
    }
}

/// An alternative path (`[[tracks]]`).
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
    pub responsibilities: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub success: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<Skill>,
}

impl Ladder {
    /// Every skill in ladder order: levels first (lowest first), then tracks.
    pub fn skills(&self) -> impl Iterator<Item = &Skill> {
        self.levels
            .iter()
            .flat_map(|level| level.skills.iter())
            .chain(self.tracks.iter().flat_map(|track| track.skills.iter()))
    }

    pub fn skill_count(&self) -> usize {
        self.skills().count()
    }

    pub fn find_skill(&self, id: &str) -> Option<&Skill> {
        self.skills().find(|skill| skill.id == id)
    }
}
