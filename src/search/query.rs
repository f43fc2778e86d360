//! A parsed query and how it scores one entry.
//!
//! Semantics follow fzf: whitespace splits the query into terms, every term must match, in any
//! order; each term is a fuzzy subsequence (so a dropped letter still matches: "stakholder"
//! finds "Stakeholder"); smart case (a term with a capital letter is case-sensitive);
//! accents are ignored unless the term has some. fzf's operators (`'`, `^`, `$`, `!`) are
//! not special: they match themselves, which keeps narrowing-as-you-type always valid.
//!
//! Names and titles are scored with nucleo's optimal alignment; the long second field (a
//! skill's summary) with its linear greedy matcher, which finds the same matches but costs
//! a fraction as much: 100,000 summaries are most of the work of each keystroke.

use nucleo_matcher::chars::{is_upper_case, normalize};
use nucleo_matcher::{Matcher, Utf32Str, Utf32String};

use super::entry::EntryText;
use super::index::FieldMasks;
use super::mask::query_mask;

/// How a match ranks before its score: exact texts first, then names, then the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tier {
    /// The text equals the whole query (ignoring case).
    Exact,
    /// Every term matched a name or title (a skill's name, not its summary).
    Name,
    /// Any other match: descriptions, summaries, responsibilities, …
    Other,
}

/// A query split into terms, ready to match many entries.
#[derive(Debug, Clone)]
pub(crate) struct Query {
    /// The terms joined by single spaces, for the exact-text test.
    normalized: String,
    terms: Vec<Term>,
    /// Letters and digits every matching entry must contain (see `mask.rs`).
    pub mask: u32,
}

/// How one entry matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Scored {
    pub score: u32,
    pub tier: Tier,
    /// Whether every term matched the text (not the detail).
    pub in_text: bool,
    /// All terms but the last, kept so the next keystroke (which usually changes only the
    /// last term) scores just that one.
    pub settled: Partial,
}

/// The score of some of a query's terms, and whether they all matched the text (not the
/// detail).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Partial {
    pub score: u32,
    pub in_text: bool,
}

impl Partial {
    /// No terms scored yet.
    pub const NONE: Partial = Partial {
        score: 0,
        in_text: true,
    };
}

impl Query {
    pub fn parse(raw: &str) -> Query {
        let mut terms: Vec<&str> = Vec::new();
        for term in raw.split_whitespace() {
            // A repeated term adds nothing (each term matches on its own), and dropping it
            // keeps a pasted 10,000-character query cheap.
            if !terms.contains(&term) {
                terms.push(term);
            }
        }
        Query {
            normalized: terms.join(" "),
            terms: terms.into_iter().map(Term::new).collect(),
            mask: query_mask(raw),
        }
    }

    /// An empty query (or only spaces) matches everything, in ladder order, as in fzf.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// How many leading terms this query shares with `earlier`, whose matches' scores cover
    /// them: all of `earlier`'s terms if this query only adds terms, else all but its last
    /// (being typed) if those are unchanged, else none. Only meaningful when this query
    /// extends `earlier`, so that its matches are a subset of `earlier`'s.
    pub fn shared_terms(&self, earlier: &Query) -> Shared {
        let (old, new) = (&earlier.terms, &self.terms);
        // Reuse needs at least one term left to score, which also settles the new last term.
        let shares = |n: usize| n < new.len() && old.len() >= n && new[..n] == old[..n];
        if new == old {
            Shared::Same
        } else if shares(old.len()) {
            Shared::All(old.len())
        } else if !old.is_empty() && shares(old.len() - 1) {
            Shared::Settled(old.len() - 1)
        } else {
            Shared::None
        }
    }

    /// Scores an entry on terms `from..`, on top of `base` (the terms before `from`): every
    /// term must match its text or, failing that, its detail.
    pub fn score(
        &self,
        base: Partial,
        from: usize,
        entry: EntryText<'_>,
        masks: FieldMasks,
        is_name: bool,
        scratch: &mut Scratch,
    ) -> Option<Scored> {
        let EntryText { text, detail } = entry;
        let Scratch {
            matcher,
            text_chars,
            detail_chars,
            ..
        } = scratch;
        let text32 = utf32(text, text_chars);
        let detail32 = detail.map(|detail| utf32(detail, detail_chars));
        let mut sum = base;
        let mut settled = base;
        let last = self.terms.len().saturating_sub(1);
        for (at, term) in self.terms.iter().enumerate().skip(from) {
            if at == last {
                settled = sum;
            }
            // A field missing one of the term's letters cannot match: skip the matcher.
            let in_text = term
                .fits(masks.text)
                .then(|| term.score(text32, matcher, Alignment::Optimal))
                .flatten();
            let score = match in_text {
                Some(score) => score,
                None if term.fits(masks.detail) => {
                    sum.in_text = false;
                    term.score(detail32?, matcher, Alignment::Greedy)?
                }
                None => return None,
            };
            sum.score = sum.score.saturating_add(u32::from(score));
        }
        let tier = if sum.in_text && self.is_exact(text) {
            Tier::Exact
        } else if sum.in_text && is_name {
            Tier::Name
        } else {
            Tier::Other
        };
        Some(Scored {
            score: sum.score,
            tier,
            in_text: sum.in_text,
            settled,
        })
    }

    fn is_exact(&self, text: &str) -> bool {
        text.len() == self.normalized.len() && text.to_lowercase() == self.normalized.to_lowercase()
    }

    /// The char indices each term matched, in the text and in the detail, sorted and
    /// without repeats, for highlighting.
    pub fn positions(
        &self,
        text: &str,
        detail: Option<&str>,
        scratch: &mut Scratch,
    ) -> (Vec<usize>, Vec<usize>) {
        let Scratch {
            matcher,
            text_chars,
            detail_chars,
            indices,
        } = scratch;
        let text32 = utf32(text, text_chars);
        let detail32 = detail.map(|detail| utf32(detail, detail_chars));
        let mut in_text = Vec::new();
        let mut in_detail = Vec::new();
        for term in &self.terms {
            indices.clear();
            if term
                .indices(text32, matcher, indices, Alignment::Optimal)
                .is_some()
            {
                in_text.extend(indices.iter().map(|&i| i as usize));
                continue;
            }
            indices.clear();
            if let Some(detail32) = detail32
                && term
                    .indices(detail32, matcher, indices, Alignment::Greedy)
                    .is_some()
            {
                in_detail.extend(indices.iter().map(|&i| i as usize));
            }
        }
        for positions in [&mut in_text, &mut in_detail] {
            positions.sort_unstable();
            positions.dedup();
        }
        (in_text, in_detail)
    }
}

/// What a new query can reuse of an earlier one's scores (see [`Query::shared_terms`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shared {
    /// The same terms (the query changed only in spacing): the same matches.
    Same,
    /// Each earlier match's full score covers this many leading terms.
    All(usize),
    /// Each earlier match's settled score covers this many leading terms.
    Settled(usize),
    None,
}

/// One whitespace-separated part of a query, folded as nucleo's smart case and smart
/// normalization would fold it.
#[derive(Debug, Clone)]
struct Term {
    text: String,
    /// The term's letters and digits (see `mask.rs`).
    mask: u32,
    needle: Utf32String,
    /// No capital letter in the term: match either case.
    ignore_case: bool,
    /// No accented letter in the term: `e` also matches `é`.
    normalize: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Alignment {
    /// The best-scoring placement of the term's letters (quadratic in the worst case).
    Optimal,
    /// The first placement found scanning left to right (linear).
    Greedy,
}

impl PartialEq for Term {
    fn eq(&self, other: &Term) -> bool {
        // Everything else is derived from the text.
        self.text == other.text
    }
}

impl Term {
    fn new(term: &str) -> Term {
        Term {
            text: term.to_string(),
            mask: query_mask(term),
            needle: Utf32String::from(term),
            ignore_case: !term.chars().any(is_upper_case),
            normalize: term.chars().all(|c| normalize(c) == c),
        }
    }

    /// Whether a field with these letters and digits could match this term.
    fn fits(&self, field_mask: u32) -> bool {
        field_mask & self.mask == self.mask
    }

    fn configure(&self, matcher: &mut Matcher) {
        matcher.config.ignore_case = self.ignore_case;
        matcher.config.normalize = self.normalize;
    }

    fn score(&self, haystack: Utf32Str<'_>, matcher: &mut Matcher, how: Alignment) -> Option<u16> {
        self.configure(matcher);
        let needle = self.needle.slice(..);
        match how {
            Alignment::Optimal => matcher.fuzzy_match(haystack, needle),
            Alignment::Greedy => matcher.fuzzy_match_greedy(haystack, needle),
        }
    }

    fn indices(
        &self,
        haystack: Utf32Str<'_>,
        matcher: &mut Matcher,
        indices: &mut Vec<u32>,
        how: Alignment,
    ) -> Option<u16> {
        self.configure(matcher);
        let needle = self.needle.slice(..);
        match how {
            Alignment::Optimal => matcher.fuzzy_indices(haystack, needle, indices),
            Alignment::Greedy => matcher.fuzzy_indices_greedy(haystack, needle, indices),
        }
    }
}

/// Reusable buffers for matching, one per thread, so scoring 100,000 entries allocates nothing.
pub(crate) struct Scratch {
    matcher: Matcher,
    text_chars: Vec<char>,
    detail_chars: Vec<char>,
    indices: Vec<u32>,
}

impl Default for Scratch {
    fn default() -> Self {
        Scratch {
            matcher: Matcher::new(nucleo_matcher::Config::DEFAULT),
            text_chars: Vec::new(),
            detail_chars: Vec::new(),
            indices: Vec::new(),
        }
    }
}

/// The matcher's view of a text. Plain `chars()` (not graphemes) so that match indices are
/// char indices into the text, which is what highlighting needs.
fn utf32<'a>(text: &'a str, buf: &'a mut Vec<char>) -> Utf32Str<'a> {
    if text.is_ascii() {
        Utf32Str::Ascii(text.as_bytes())
    } else {
        buf.clear();
        buf.extend(text.chars());
        Utf32Str::Unicode(buf)
    }
}
