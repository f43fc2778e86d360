//! The user's own record: which skills are developing or developed, notes, and "my level".
//! Plain data and files; knows nothing about terminals.
//!
//! - [`Progress`] is a pure value: read it, and change it only by applying a [`Change`].
//! - [`ProgressStore`] is the file: [`ProgressStore::load`] reads it, and
//!   [`ProgressStore::commit_all`] locks, re-reads, applies changes and saves atomically.
//! - Counting against content ([`Tally`], [`Readiness`]) and following renamed skills
//!   ([`Progress::migrations`], [`Orphan`]) are pure too.

mod atomic;
mod error;
mod format;
mod in_place;
mod lock;
mod migrate;
mod model;
mod store;
mod summary;
mod target;
mod timeline;

pub use error::ProgressError;
pub use format::{VERSION, decode, encode};
pub use lock::lock_path;
pub use migrate::Orphan;
pub use model::{Change, Entry, LadderProgress, Progress, SkillState, now_to_the_second};
pub use store::{ProgressStore, default_path};
pub use summary::{Readiness, Tally};
pub use timeline::calendar_date;
