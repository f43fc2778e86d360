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
//! order. Ranking: a text equal to the query first; then by how the query sits in the text
//! (`WordMatch`: whole words, word starts, initials, letters inside words, scattered
//! letters last); within each, names (a skill's name, a level's title) before everything
//! else (summaries, responsibilities, …), then the higher fuzzy score; ties keep ladder
//! order. When anything matches better than scattered letters, scattered-only matches are
//! not shown (see `Searcher::search`), so `data` lists texts that say "data".

mod entry;
mod hit;
mod index;
mod mask;
mod query;
mod searchable;
mod searcher;
mod spelling;
mod texts;
mod word_match;

pub use entry::{HitKind, Owner, SearchableLadder};
pub use hit::Hit;
pub use index::SearchIndex;
pub use query::Tier;
pub use searcher::{Match, Searcher, search_once, without_scattered};
pub use spelling::{fold_word, other_spellings, stem};
pub use texts::{TextMatch, search_texts};
pub use word_match::WordMatch;

#[cfg(test)]
mod relevance_tests;
#[cfg(test)]
mod tests;
