//! Search across every loaded ladder: skills, levels, tracks and every line they hold.
//!
//! Knows nothing about terminals; the TUI and `rungs search` both drive it:
//!
//! ```
//! use rungs::search::{SearchIndex, Searcher};
//! let ladders = rungs::content::builtin().expect("built-in ladder");
//! let index = SearchIndex::build(&ladders);
//! let mut searcher = Searcher::new();
//! searcher.search(&index, &ladders, "stak");             // as the user types…
//! let best = searcher.search(&index, &ladders, "stakholder")[0]; // …narrowed, not redone
//! let hit = searcher.hit(&index, &ladders, best);
//! assert_eq!(hit.text, "Stakeholder Management");
//! ```
//!
//! Query semantics follow fzf (see `query.rs`). An empty query matches everything in ladder
//! order. Ranking: a text equal to the query, then matches on names (a skill's name, a
//! level's title), then everything else (summaries, responsibilities, …); within each, the
//! higher fuzzy score; ties keep ladder order.

mod entry;
mod hit;
mod index;
mod mask;
mod query;
mod searcher;
mod spelling;

pub use entry::{HitKind, Owner, SearchableLadder};
pub use hit::Hit;
pub use index::SearchIndex;
pub use query::Tier;
pub use searcher::{Match, Searcher, search_once};
pub use spelling::{fold_word, other_spellings};

#[cfg(test)]
mod tests;
