//! Incremental search: each keystroke searches only what the previous query matched.
//!
//! When the new query extends the old one (a letter or a term added), every entry it matches
//! also matched the old query, so only the old matches need scoring. The searcher keeps one
//! step per query typed, so Backspace goes straight back to an earlier result set.

use std::cell::RefCell;

use rayon::prelude::*;

use super::entry::HitKind;
use super::entry::SearchableLadder;
use super::hit::Hit;
use super::index::{PARALLEL_FROM, SearchIndex};
use super::query::{NameFields, Partial, Query, Scratch, Shared, Tier};
use super::word_match::WordMatch;

/// How many earlier queries to remember for Backspace; older ones are recomputed.
const MAX_STEPS: usize = 32;

/// One ranked result: which entry, and why it ranks where it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    /// Position in the index, which is also ladder order.
    pub entry: u32,
    pub tier: Tier,
    /// How the query's weakest term sits in the text: whole word, word start, …
    pub word: WordMatch,
    /// The fuzzy score summed over the query's terms; higher is better.
    pub score: u32,
    /// Whether every term matched the text (not the detail).
    in_text: bool,
    /// The score of every term but the last, for the next keystroke.
    settled: Partial,
}

impl Match {
    /// Exact texts first; then whole words, word starts, initials, letters inside words and
    /// scattered letters, in that order; within each, names before descriptions, then higher
    /// scores, then ladder order.
    fn rank_key(&self) -> (bool, WordMatch, Tier, std::cmp::Reverse<u32>, u32) {
        (
            self.tier != Tier::Exact,
            self.word,
            self.tier,
            std::cmp::Reverse(self.score),
            self.entry,
        )
    }
}

/// One query typed and its matches in index order: narrowing walks them in that order, so
/// the index and the ladders are read front to back rather than at random (ranked order made
/// each keystroke several times slower through cache misses alone).
#[derive(Debug)]
struct Step {
    query: String,
    parsed: Query,
    by_entry: Vec<Match>,
}

/// Searches an index as the query is typed, reusing earlier work.
#[derive(Debug, Default)]
pub struct Searcher {
    /// The queries typed so far, each extending the one before; the last is the current one.
    steps: Vec<Step>,
    /// The current query's matches, best first.
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
        if self.steps.last().is_some_and(|step| step.query == query) {
            return &self.ranked;
        }
        // Keep only the steps the new query extends; the last is the narrowest.
        while self
            .steps
            .last()
            .is_some_and(|step| !query.starts_with(&step.query))
        {
            self.steps.pop();
        }
        // Backspace lands on a step already computed: only its ranking is redone.
        if self.steps.last().is_none_or(|step| step.query != query) {
            let parsed = Query::parse(query);
            let by_entry = match self.steps.last() {
                // Other spellings and stems may match what the earlier query did not.
                Some(step) if !parsed.has_variants() => narrow(index, ladders, &parsed, step),
                _ => match_all(index, ladders, &parsed),
            };
            if self.steps.len() == MAX_STEPS {
                self.steps.remove(0);
            }
            self.steps.push(Step {
                query: query.to_string(),
                parsed,
                by_entry,
            });
        }
        self.ranked.clear();
        if let Some(step) = self.steps.last() {
            self.ranked.extend_from_slice(&step.by_entry);
        }
        // An empty query keeps ladder order; otherwise rank (the key is total, so the
        // order matches arrived in does not matter).
        if !query.trim().is_empty() {
            if self.ranked.len() >= PARALLEL_FROM {
                self.ranked.par_sort_unstable_by_key(Match::rank_key);
            } else {
                self.ranked.sort_unstable_by_key(Match::rank_key);
            }
            drop_scattered_after_words(&mut self.ranked);
        }
        &self.ranked
    }

    /// The last query's matches, best first.
    pub fn matches(&self) -> &[Match] {
        &self.ranked
    }

    /// The last query searched.
    pub fn query(&self) -> &str {
        self.steps.last().map_or("", |step| &step.query)
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
        if let Some(Step { parsed, .. }) = self.steps.last() {
            let (text_positions, detail_positions) =
                SCRATCH.with_borrow_mut(|scratch| parsed.positions(hit.text, hit.detail, scratch));
            hit.text_positions = text_positions;
            hit.detail_positions = detail_positions;
        }
        hit
    }
}

/// When anything matched with its letters together (a word, a word start, letters inside a
/// word), matches of scattered letters only are noise: `data` should not list every text
/// with a d, an a, a t and an a. They stay in the step (the next keystroke may need them)
/// but are not shown. When nothing matched better, scattered letters are all there is (a
/// typo such as "stakholder"), and they are shown.
fn drop_scattered_after_words(ranked: &mut Vec<Match>) {
    if ranked
        .first()
        .is_some_and(|best| best.word < WordMatch::Scattered)
    {
        let keep = without_scattered(ranked).len();
        ranked.truncate(keep);
    }
}

/// Ranked matches up to the first of scattered letters only: for when something else (the
/// person's own notes) matched with its letters together.
pub fn without_scattered(ranked: &[Match]) -> &[Match] {
    let keep = ranked.partition_point(|m| m.tier == Tier::Exact || m.word < WordMatch::Scattered);
    &ranked[..keep]
}

/// Searches once, without keeping anything for the next keystroke.
pub fn search_once<L: SearchableLadder>(index: &SearchIndex, ladders: &[L], query: &str) -> Vec<Match> {
    let mut searcher = Searcher::new();
    searcher.search(index, ladders, query);
    searcher.ranked
}

fn match_all<L: SearchableLadder>(index: &SearchIndex, ladders: &[L], query: &Query) -> Vec<Match> {
    let count = index.entries.len() as u32;
    let one = |entry| match_one(index, ladders, query, entry, Partial::NONE, 0);
    if index.entries.len() >= PARALLEL_FROM {
        (0..count)
            .into_par_iter()
            .with_min_len(1024)
            .filter_map(one)
            .collect()
    } else {
        (0..count).filter_map(one).collect()
    }
}

/// The matches of `query` among those of `earlier`, which it extends. Terms the two share are
/// not scored again.
fn narrow<L: SearchableLadder>(
    index: &SearchIndex,
    ladders: &[L],
    query: &Query,
    earlier: &Step,
) -> Vec<Match> {
    let shared = query.shared_terms(&earlier.parsed);
    let one = |m: &Match| -> Option<Match> {
        let (base, from) = match shared {
            // Same terms, so the same letters: the mask cannot reject what matched before.
            Shared::Same => return Some(*m),
            Shared::All(terms) => {
                let full = Partial {
                    score: m.score,
                    in_text: m.in_text,
                    word: m.word,
                };
                (full, terms)
            }
            Shared::Settled(terms) => (m.settled, terms),
            Shared::None => (Partial::NONE, 0),
        };
        match_one(index, ladders, query, m.entry, base, from)
    };
    if earlier.by_entry.len() >= PARALLEL_FROM {
        earlier
            .by_entry
            .par_iter()
            .with_min_len(1024)
            .filter_map(one)
            .collect()
    } else {
        earlier.by_entry.iter().filter_map(one).collect()
    }
}

fn name_fields(kind: HitKind) -> NameFields {
    match kind {
        HitKind::Level => NameFields::Both,
        kind if kind.is_name() => NameFields::Text,
        _ => NameFields::None,
    }
}

fn match_one<L: SearchableLadder>(
    index: &SearchIndex,
    ladders: &[L],
    query: &Query,
    entry: u32,
    base: Partial,
    from: usize,
) -> Option<Match> {
    let at = entry as usize;
    let (found, masks) = (index.entries.get(at)?, *index.masks.get(at)?);
    if (masks.text | masks.detail) & query.mask != query.mask {
        return None;
    }
    if query.is_empty() {
        return Some(Match {
            entry,
            tier: Tier::Other,
            word: WordMatch::WholeWord,
            score: 0,
            in_text: true,
            settled: Partial::NONE,
        });
    }
    let text = found.text(ladders);
    let scored = SCRATCH
        .with_borrow_mut(|scratch| query.score(base, from, text, masks, name_fields(found.kind), scratch))?;
    Some(Match {
        entry,
        tier: scored.tier,
        word: scored.word,
        score: scored.score,
        in_text: scored.in_text,
        settled: scored.settled,
    })
}
