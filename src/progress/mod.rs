//! The user's own record: where they stand on each skill, expectation and competency, with
//! dates, notes and evidence; "my level" and the target level.
//! Plain data and files; knows nothing about terminals.
//!
//! - [`Progress`] is a pure value: read it, and change it only by applying a [`Change`].
//! - [`ProgressStore`] is the file: [`ProgressStore::load`] reads it, and
//!   [`ProgressStore::commit_all`] locks, re-reads, applies changes and saves atomically.
//! - Counting against content ([`Tally`], [`Readiness`]) and following renamed skills
//!   ([`Progress::migrations`], [`Orphan`]) are pure too.

mod atomic;
mod error;
mod expectation;
mod file_v1;
mod file_v2;
mod format;
mod in_place;
mod lock;
mod migrate;
mod model;
mod note_merge;
mod record;
mod stamp;
mod store;
mod summary;
mod target;
mod timeline;
mod when;

pub use error::ProgressError;
pub use expectation::{Expectation, ExpectationKind, derived_id, expectations, level_expectations};
pub use format::{VERSION, decode, encode};
pub use lock::lock_path;
pub use migrate::Orphan;
pub use model::{
    Change, Entry, Evidence, Item, ItemKind, LadderProgress, Progress, SkillState, now_to_the_second,
};
pub use note_merge::{NoteMerge, merge_note};
pub use stamp::FileStamp;
pub use store::{ProgressStore, default_path};
pub use summary::{Readiness, Tally};
pub use timeline::calendar_date;
pub use when::When;
