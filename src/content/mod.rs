//! The ladder as data: schema, loading and validation. Knows nothing about terminals.

pub mod cache;
mod diagnostic;
mod load;
mod schema;
mod validate;

pub use diagnostic::{ContentErrors, Diagnostic, nearest};
pub use load::{
    BUILTIN_NAME, BUILTIN_TOML, ContentSource, builtin, load_paths, load_paths_with, parse_ladder,
};
pub use schema::{ArchivedLadder, ArchivedSkill, Ladder, LadderMeta, Level, Skill, Track, TrackKind};
pub use validate::is_slug;
