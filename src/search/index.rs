//! The search index: every searchable line of the loaded ladders, with its prefilter mask.

use rayon::prelude::*;

use super::entry::{Entry, SearchableLadder, entries_of};
use super::mask::text_mask;

/// Below this many entries, threads cost more than they save.
pub(crate) const PARALLEL_FROM: usize = 4096;

/// The letters and digits present in an entry's two fields (see `mask.rs`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct FieldMasks {
    pub text: u32,
    pub detail: u32,
}

/// Positions of every searchable line of some ladders, plus what the prefilter needs.
///
/// Build it once per set of ladders and pass the same ladders to every search: the index
/// stores positions, not text, so it stays small and never disagrees with the content.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    pub(crate) entries: Vec<Entry>,
    /// Parallel to `entries`: the letters and digits of each entry's text and of its detail,
    /// so a term is tried only on a field that has all its letters.
    pub(crate) masks: Vec<FieldMasks>,
}

impl SearchIndex {
    pub fn build<L: SearchableLadder>(ladders: &[L]) -> SearchIndex {
        let entries = entries_of(ladders);
        let mask_of = |entry: &Entry| {
            let text = entry.text(ladders);
            FieldMasks {
                text: text_mask(text.text),
                detail: text.detail.map_or(0, text_mask),
            }
        };
        let masks = if entries.len() >= PARALLEL_FROM {
            entries.par_iter().with_min_len(1024).map(mask_of).collect()
        } else {
            entries.iter().map(mask_of).collect()
        };
        SearchIndex { entries, masks }
    }

    /// How many searchable lines there are.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}
