//! Searching a few free texts with the same query and ranking as the ladders: the person's
//! own notes and evidence, which live in the progress file rather than in a ladder.

use super::entry::{EntryText, SearchableLadder};
use super::index::{FieldMasks, SearchIndex};
use super::mask::text_mask;
use super::query::{NameFields, Partial, Query, Scratch};
use super::word_match::WordMatch;

/// One of the texts that matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextMatch {
    /// Its position in the texts searched.
    pub at: usize,
    pub word: WordMatch,
    pub score: u32,
}

/// The texts `query` matches, best first: by how the query sits in the text, then score.
/// Scattered-letter matches are dropped when anything matched better, as in the ladder
/// search. An empty query matches nothing (a person's notes are not a list to browse here).
pub fn search_texts<'a>(texts: impl IntoIterator<Item = &'a str>, query: &str) -> Vec<TextMatch> {
    let query = Query::parse(query);
    if query.is_empty() {
        return Vec::new();
    }
    let mut scratch = Scratch::default();
    let mut found: Vec<TextMatch> = texts
        .into_iter()
        .enumerate()
        .filter_map(|(at, text)| {
            let masks = FieldMasks {
                text: text_mask(text),
                detail: 0,
            };
            let entry = EntryText { text, detail: None };
            let scored = query.score(Partial::NONE, 0, entry, masks, NameFields::None, &mut scratch)?;
            Some(TextMatch {
                at,
                word: scored.word,
                score: scored.score,
            })
        })
        .collect();
    found.sort_by_key(|m| (m.word, std::cmp::Reverse(m.score), m.at));
    if found.first().is_some_and(|best| best.word < WordMatch::Scattered) {
        found.retain(|m| m.word < WordMatch::Scattered);
    }
    found
}

impl SearchIndex {
    /// The name of skill `skill_id` in ladder `ladder_id`, as the index reads it (so it works
    /// on cached, undecoded ladders too). Walks the index: for the few skills a person wrote
    /// about, not for every result.
    pub fn skill_name<'l, L: SearchableLadder>(
        &self,
        ladders: &'l [L],
        ladder_id: &str,
        skill_id: &str,
    ) -> Option<&'l str> {
        self.entries
            .iter()
            .filter(|entry| {
                ladders
                    .get(entry.ladder())
                    .is_some_and(|l| l.ladder_id() == ladder_id)
            })
            .find(|entry| entry.skill_id(ladders) == Some(skill_id))
            .map(|entry| entry.text(ladders).text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_rank_by_words_and_drop_scattered_letters() {
        let notes = [
            "Presented our pricing review to the exec team",
            "Paired with design on onboarding",
            "Ran the pricing experiment for the Pro plan",
            "Spoke at a product meetup in Ghent",
        ];
        let found = search_texts(notes, "pricing");
        let at: Vec<usize> = found.iter().map(|m| m.at).collect();
        assert_eq!(at, [0, 2]);
        assert!(search_texts(notes, "").is_empty());
        assert!(search_texts(notes, "zqx").is_empty());
    }

    #[test]
    fn the_skill_name_comes_from_the_ladder() {
        let ladders = crate::content::builtin().expect("built-in ladder");
        let index = SearchIndex::build(&ladders);
        let name = index.skill_name(&ladders, "product-management", "mentorship");
        assert_eq!(name, Some("Mentorship"));
        assert_eq!(index.skill_name(&ladders, "product-management", "nope"), None);
    }
}
