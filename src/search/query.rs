//! A parsed query and how it scores one entry.
//!
//! Semantics follow fzf: whitespace splits the query into terms, every term must match, in any
//! order; each term is a fuzzy subsequence (so a dropped letter still matches: "stakholder"
//! finds "Stakeholder"); smart case (a term with a capital letter is case-sensitive);
//! accents are ignored unless the term has some. fzf's operators (`'`, `^`, `$`, `!`) are
//! not special: they match themselves, which keeps narrowing-as-you-type always valid.
//!
//! A lower-case term also matches its other US/UK spelling ("prioritization" finds
//! "Prioritisation", see `spelling.rs`), and each match is classed by how the term sits in
//! the text (whole word, word start, …, see `word_match.rs`) before its fuzzy score counts.
//!
//! Names and titles are scored with nucleo's optimal alignment; the long second field (a
//! skill's summary) with its linear greedy matcher, which finds the same matches but costs
//! a fraction as much: 100,000 summaries are most of the work of each keystroke.

use nucleo_matcher::chars::{is_upper_case, normalize};
use nucleo_matcher::{Matcher, Utf32Str, Utf32String};

use super::entry::EntryText;
use super::index::FieldMasks;
use super::mask::query_mask;
use super::spelling::{other_spellings, stem};
use super::word_match::{WordMatch, word_match};

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
    /// The weakest way any term matched: a query is as good a match as its worst term.
    pub word: WordMatch,
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
    pub word: WordMatch,
}

impl Partial {
    /// No terms scored yet.
    pub const NONE: Partial = Partial {
        score: 0,
        in_text: true,
        word: WordMatch::WholeWord,
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
        let terms: Vec<Term> = terms.into_iter().map(Term::new).collect();
        Query {
            normalized: terms
                .iter()
                .map(|term| term.text.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            mask: terms.iter().fold(0, |mask, term| mask | term.mask),
            terms,
        }
    }

    /// Whether some term matches more than as typed (see `Term::has_variants`).
    pub fn has_variants(&self) -> bool {
        self.terms.iter().any(Term::has_variants)
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
        kind: NameFields,
        scratch: &mut Scratch,
    ) -> Option<Scored> {
        let EntryText { text, detail } = entry;
        let Scratch {
            matcher,
            text_chars,
            detail_chars,
            folded,
            ..
        } = scratch;
        let text32 = utf32(text, text_chars);
        let detail32 = detail.map(|detail| utf32(detail, detail_chars));
        let fields = Fields {
            text: (text, text32, masks.text),
            detail: detail.zip(detail32).map(|(raw, utf)| (raw, utf, masks.detail)),
        };
        let mut sum = base;
        let mut settled = base;
        let last = self.terms.len().saturating_sub(1);
        for (at, term) in self.terms.iter().enumerate().skip(from) {
            if at == last {
                settled = sum;
            }
            let found = term.best_match(&fields, matcher, folded)?;
            sum.score = sum.score.saturating_add(u32::from(found.score));
            sum.in_text &= found.in_text;
            sum.word = sum.word.max(found.word);
        }
        let tier = if sum.in_text && self.is_exact(text) {
            Tier::Exact
        } else if kind == NameFields::Both || (sum.in_text && kind == NameFields::Text) {
            Tier::Name
        } else {
            Tier::Other
        };
        Some(Scored {
            score: sum.score,
            tier,
            word: sum.word,
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
            ..
        } = scratch;
        let text32 = utf32(text, text_chars);
        let detail32 = detail.map(|detail| utf32(detail, detail_chars));
        let mut in_text = Vec::new();
        let mut in_detail = Vec::new();
        for spellings in self.terms.iter().map(|term| &term.spellings) {
            // The first spelling that matches the text, else the first that matches the detail.
            let in_text_found = spellings.iter().any(|spelling| {
                indices.clear();
                spelling
                    .indices(text32, matcher, indices, Alignment::Optimal)
                    .is_some()
            });
            if in_text_found {
                in_text.extend(indices.iter().map(|&i| i as usize));
                continue;
            }
            let Some(detail32) = detail32 else { continue };
            let in_detail_found = spellings.iter().any(|spelling| {
                indices.clear();
                spelling
                    .indices(detail32, matcher, indices, Alignment::Greedy)
                    .is_some()
            });
            if in_detail_found {
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

/// Which of an entry's fields are names (rank above descriptions).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameFields {
    /// Neither: a responsibility, a summary.
    None,
    /// The text: a skill's name (its detail is a summary).
    Text,
    /// Both: a level's title and its short label.
    Both,
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
    /// The letters and digits every spelling has (see `mask.rs`): a field without them
    /// cannot match.
    mask: u32,
    /// As typed, then its other US/UK spellings.
    spellings: Vec<Spelling>,
}

/// One way of writing a term, ready for the matcher.
#[derive(Debug, Clone)]
struct Spelling {
    mask: u32,
    needle: Utf32String,
    /// Lower case, accents stripped: for placing the term among the text's words.
    folded: Vec<char>,
    /// No capital letter in the term: match either case.
    ignore_case: bool,
    /// No accented letter in the term: `e` also matches `é`.
    normalize: bool,
    /// The term without its ending ("mentor" for "mentoring"): at best a word's start, since
    /// the whole word typed is not there.
    is_stem: bool,
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

/// An entry's fields as the matcher sees them: raw text, matcher view, letter mask.
struct Fields<'a> {
    text: (&'a str, Utf32Str<'a>, u32),
    detail: Option<(&'a str, Utf32Str<'a>, u32)>,
}

/// How one term matched an entry.
struct TermMatch {
    word: WordMatch,
    in_text: bool,
    score: u16,
}

impl TermMatch {
    /// Better placed words first, then the text over the detail, then the higher score.
    fn key(&self) -> (std::cmp::Reverse<WordMatch>, bool, u16) {
        (std::cmp::Reverse(self.word), self.in_text, self.score)
    }
}

impl Term {
    fn new(term: &str) -> Term {
        let as_typed = Spelling::new(term, false);
        let mut spellings = vec![as_typed];
        // A term with a capital letter is matched as typed (smart case), so only lower-case
        // terms take other spellings and stems.
        if spellings[0].ignore_case {
            spellings.extend(
                other_spellings(term)
                    .iter()
                    .map(|other| Spelling::new(other, false)),
            );
            if let Some(stem) = stem(term) {
                // A plural is the same word ("stakeholders" is "Stakeholder"); other stems
                // are only the start of a word.
                let is_stem = term.strip_suffix('s') != Some(stem.as_str());
                spellings.extend(
                    std::iter::once(stem.clone())
                        .chain(other_spellings(&stem))
                        .map(|other| Spelling::new(&other, is_stem)),
                );
            }
        }
        Term {
            text: term.to_string(),
            mask: spellings
                .iter()
                .fold(u32::MAX, |mask, spelling| mask & spelling.mask),
            spellings,
        }
    }

    /// Whether anything but the term as typed is matched: such a query may match texts
    /// that a shorter query did not ("prioritization" finds "Prioritisation", which
    /// "prioritizatio" does not), so it cannot be narrowed from that query's matches.
    fn has_variants(&self) -> bool {
        self.spellings.len() > 1
    }

    /// The best way any spelling matches the text or, failing a word there, the detail.
    fn best_match(
        &self,
        fields: &Fields<'_>,
        matcher: &mut Matcher,
        folded: &mut Vec<char>,
    ) -> Option<TermMatch> {
        let mut best: Option<TermMatch> = None;
        for spelling in &self.spellings {
            let (text, text32, text_mask) = fields.text;
            let mut word_in_text = false;
            // A field missing one of the term's letters cannot match: skip the matcher.
            if spelling.fits(text_mask)
                && let Some(score) = spelling.score(text32, matcher, Alignment::Optimal)
            {
                let word = spelling.word_match(text, folded);
                word_in_text = word <= WordMatch::WordPrefix;
                keep_better(
                    &mut best,
                    TermMatch {
                        word,
                        in_text: true,
                        score,
                    },
                );
            }
            // The detail (a long summary) costs most: read it only when the text has no
            // word for this spelling.
            if !word_in_text
                && let Some((detail, detail32, detail_mask)) = fields.detail
                && spelling.fits(detail_mask)
                && let Some(score) = spelling.score(detail32, matcher, Alignment::Greedy)
            {
                let word = spelling.word_match(detail, folded);
                keep_better(
                    &mut best,
                    TermMatch {
                        word,
                        in_text: false,
                        score,
                    },
                );
            }
            if best
                .as_ref()
                .is_some_and(|found| found.word == WordMatch::WholeWord && found.in_text)
            {
                break;
            }
        }
        best
    }
}

fn keep_better(best: &mut Option<TermMatch>, found: TermMatch) {
    if best.as_ref().is_none_or(|old| found.key() > old.key()) {
        *best = Some(found);
    }
}

impl Spelling {
    fn new(term: &str, is_stem: bool) -> Spelling {
        Spelling {
            is_stem,
            mask: query_mask(term),
            needle: Utf32String::from(term),
            folded: term.chars().flat_map(char::to_lowercase).map(normalize).collect(),
            ignore_case: !term.chars().any(is_upper_case),
            normalize: term.chars().all(|c| normalize(c) == c),
        }
    }

    fn word_match(&self, text: &str, folded: &mut Vec<char>) -> WordMatch {
        let word = word_match(&self.folded, text, folded);
        if self.is_stem {
            word.max(WordMatch::WordPrefix)
        } else {
            word
        }
    }

    /// Whether a field with these letters and digits could match this spelling.
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
    /// A non-ASCII text folded for `word_match`.
    folded: Vec<char>,
}

impl Default for Scratch {
    fn default() -> Self {
        Scratch {
            matcher: Matcher::new(nucleo_matcher::Config::DEFAULT),
            text_chars: Vec::new(),
            detail_chars: Vec::new(),
            indices: Vec::new(),
            folded: Vec::new(),
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
