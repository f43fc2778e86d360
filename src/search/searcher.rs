//! Incremental search: each keystroke searches only what the previous query matched.
//!
//! When the new query extends the old one (a letter or a term added), every entry it matches
//! also matched the old query, so only the old matches need scoring. The searcher keeps one
//! step per query typed, so Backspace goes straight back to an earlier result set.

use std::cell::RefCell;

use rayon::prelude::*;

use super::entry::SearchableLadder;
use super::hit::Hit;
use super::index::{PARALLEL_FROM, SearchIndex};
use super::query::{Query, Scratch, Tier};

/// How many earlier queries to remember for Backspace; older ones are recomputed.
const MAX_STEPS: usize = 64;

/// One ranked result: which entry, and why it ranks where it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    /// Position in the index, which is also ladder order.
    pub entry: u32,
    pub tier: Tier,
    /// The fuzzy score summed over the query's terms; higher is better.
    pub score: u32,
}

impl Match {
    /// Exact texts first, then names, then higher scores, then ladder order.
    fn rank_key(&self) -> (Tier, std::cmp::Reverse<u32>, u32) {
        (self.tier, std::cmp::Reverse(self.score), self.entry)
    }
}

/// The entries one earlier query matched, in index order.
#[derive(Debug)]
struct Step {
    query: String,
    entries: Vec<u32>,
}

/// Searches an index as the query is typed, reusing earlier work.
#[derive(Debug, Default)]
pub struct Searcher {
    steps: Vec<Step>,
    query: String,
    parsed: Option<Query>,
    ranked: Vec<Match>,
}

thread_local! {
    // One matcher and set of buffers per thread (rayon's workers and the caller's).
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl Searcher {
    pub fn new() -> Searcher {
        Searcher::default()
    }

    /// Runs `query` and returns every match, best first. An empty query matches every
    /// entry, in ladder order (as fzf shows everything before you type).
    pub fn search<L: SearchableLadder>(
        &mut self,
        index: &SearchIndex,
        ladders: &[L],
        query: &str,
    ) -> &[Match] {
        if self.parsed.is_some() && query == self.query {
            return &self.ranked;
        }
        // Keep only the steps whose query the new one extends; the last is the narrowest.
        while self
            .steps
            .last()
            .is_some_and(|step| !query.starts_with(&step.query))
        {
            self.steps.pop();
        }
        let parsed = Query::parse(query);
        let mut matches = match self.steps.last() {
            Some(step) => match_entries(index, ladders, &parsed, &step.entries),
            None => match_all(index, ladders, &parsed),
        };
        if self.steps.len() == MAX_STEPS {
            self.steps.remove(0);
        }
        self.steps.push(Step {
            query: query.to_string(),
            entries: matches.iter().map(|m| m.entry).collect(),
        });
        if !parsed.is_empty() {
            if matches.len() >= PARALLEL_FROM {
                matches.par_sort_unstable_by_key(Match::rank_key);
            } else {
                matches.sort_unstable_by_key(Match::rank_key);
            }
        }
        self.query = query.to_string();
        self.parsed = Some(parsed);
        self.ranked = matches;
        &self.ranked
    }

    /// The last query's matches, best first.
    pub fn matches(&self) -> &[Match] {
        &self.ranked
    }

    /// The last query searched.
    pub fn query(&self) -> &str {
        &self.query
    }

    /// Everything about one match, with the matched characters for highlighting. Costs one
    /// more match of the query, so resolve only the matches you show.
    pub fn hit<'l, L: SearchableLadder>(
        &self,
        index: &SearchIndex,
        ladders: &'l [L],
        found: Match,
    ) -> Hit<'l> {
        let mut hit = Hit::without_highlights(index, ladders, found);
        if let Some(parsed) = &self.parsed {
            let (text_positions, detail_positions) =
                SCRATCH.with_borrow_mut(|scratch| parsed.positions(hit.text, hit.detail, scratch));
            hit.text_positions = text_positions;
            hit.detail_positions = detail_positions;
        }
        hit
    }

    /// Forgets earlier queries, e.g. after the ladders were reloaded.
    pub fn reset(&mut self) {
        *self = Searcher::default();
    }
}

/// Searches once, without keeping anything for the next keystroke.
pub fn search_once<L: SearchableLadder>(index: &SearchIndex, ladders: &[L], query: &str) -> Vec<Match> {
    let mut searcher = Searcher::new();
    searcher.search(index, ladders, query);
    searcher.ranked
}

fn match_all<L: SearchableLadder>(index: &SearchIndex, ladders: &[L], query: &Query) -> Vec<Match> {
    let count = index.entries.len() as u32;
    if index.entries.len() >= PARALLEL_FROM {
        (0..count)
            .into_par_iter()
            .with_min_len(1024)
            .filter_map(|entry| match_one(index, ladders, query, entry))
            .collect()
    } else {
        (0..count)
            .filter_map(|entry| match_one(index, ladders, query, entry))
            .collect()
    }
}

fn match_entries<L: SearchableLadder>(
    index: &SearchIndex,
    ladders: &[L],
    query: &Query,
    entries: &[u32],
) -> Vec<Match> {
    if entries.len() >= PARALLEL_FROM {
        entries
            .par_iter()
            .with_min_len(1024)
            .filter_map(|&entry| match_one(index, ladders, query, entry))
            .collect()
    } else {
        entries
            .iter()
            .filter_map(|&entry| match_one(index, ladders, query, entry))
            .collect()
    }
}

fn match_one<L: SearchableLadder>(
    index: &SearchIndex,
    ladders: &[L],
    query: &Query,
    entry: u32,
) -> Option<Match> {
    let at = entry as usize;
    let (found, mask) = (index.entries.get(at)?, index.masks.get(at)?);
    if mask & query.mask != query.mask {
        return None;
    }
    if query.is_empty() {
        return Some(Match {
            entry,
            tier: Tier::Other,
            score: 0,
        });
    }
    let text = found.text(ladders);
    let scored = SCRATCH
        .with_borrow_mut(|scratch| query.score(text.text, text.detail, found.kind.is_name(), scratch))?;
    Some(Match {
        entry,
        tier: scored.tier,
        score: scored.score,
    })
}
