//! A parsed query and how it scores one entry.
//!
//! Semantics follow fzf: whitespace splits the query into terms, every term must match, in any
//! order; each term is a fuzzy subsequence (so a dropped letter still matches: "stakholder"
//! finds "Stakeholder"); smart case (a term with a capital letter is case-sensitive);
//! accents are ignored unless the term has some. fzf's operators (`'`, `^`, `$`, `!`) are
//! not special: they match themselves, which keeps narrowing-as-you-type always valid.

use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization};
use nucleo_matcher::{Matcher, Utf32Str};

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
    atoms: Vec<Atom>,
    /// Letters and digits every matching entry must contain (see `mask.rs`).
    pub mask: u64,
}

/// How one entry matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Scored {
    pub score: u32,
    pub tier: Tier,
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
        let atoms = terms
            .iter()
            .map(|term| {
                Atom::new(
                    term,
                    CaseMatching::Smart,
                    Normalization::Smart,
                    AtomKind::Fuzzy,
                    false,
                )
            })
            .collect();
        Query {
            normalized: raw.split_whitespace().collect::<Vec<_>>().join(" "),
            atoms,
            mask: query_mask(raw),
        }
    }

    /// An empty query (or only spaces) matches everything, in ladder order, as in fzf.
    pub fn is_empty(&self) -> bool {
        self.atoms.is_empty()
    }

    /// Scores an entry: every term must match its text or, failing that, its detail.
    pub fn score(
        &self,
        text: &str,
        detail: Option<&str>,
        is_name: bool,
        scratch: &mut Scratch,
    ) -> Option<Scored> {
        let Scratch {
            matcher,
            text_chars,
            detail_chars,
            ..
        } = scratch;
        let text32 = utf32(text, text_chars);
        let detail32 = detail.map(|detail| utf32(detail, detail_chars));
        let mut total: u32 = 0;
        let mut all_in_text = true;
        for atom in &self.atoms {
            let score = match atom.score(text32, matcher) {
                Some(score) => score,
                None => {
                    all_in_text = false;
                    atom.score(detail32?, matcher)?
                }
            };
            total = total.saturating_add(u32::from(score));
        }
        let tier = if all_in_text && self.is_exact(text) {
            Tier::Exact
        } else if all_in_text && is_name {
            Tier::Name
        } else {
            Tier::Other
        };
        Some(Scored { score: total, tier })
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
        for atom in &self.atoms {
            indices.clear();
            if atom.indices(text32, matcher, indices).is_some() {
                in_text.extend(indices.iter().map(|&i| i as usize));
                continue;
            }
            indices.clear();
            if let Some(detail32) = detail32
                && atom.indices(detail32, matcher, indices).is_some()
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
