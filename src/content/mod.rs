//! The ladder as data: schema, loading and validation. Knows nothing about terminals.

pub mod cache;
mod diagnostic;
mod expect;
mod item;
mod load;
mod matrix;
mod schema;
mod sections;
mod validate;

pub use diagnostic::{ContentErrors, Diagnostic, nearest};
pub use expect::{Expectation, Rung, Rungs};
pub use item::{ArchivedItem, Item, derived_id, item_ids};
pub use load::{
    BUILTIN_NAME, BUILTIN_TOML, ContentSource, builtin, load_paths, load_paths_with, parse_ladder,
};
pub use matrix::{Area, Competency, Milestone};
pub use schema::{
    ArchivedLadder, ArchivedLevel, ArchivedSkill, ArchivedTrack, Ladder, LadderMeta, Level, Skill, Track,
    TrackKind,
};
pub use sections::{LEVEL_SECTIONS, Section, SectionKind, TRACK_SECTIONS};
pub use validate::is_slug;
