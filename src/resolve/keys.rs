//! A candidate's names folded for comparison, and the ways a typed name can match them.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use nucleo_matcher::chars::normalize;

use super::Candidate;
use crate::search::fold_word;

/// Lower case, no accents, one space between words, "&" and "and" dropped, US spelling:
/// "Take Initiative & Follow-Through" and "take-initiative-follow-through" fold alike.
pub fn fold(text: &str) -> String {
    let plain: String = text
        .chars()
        .flat_map(char::to_lowercase)
        .map(normalize)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    plain
        .split_whitespace()
        .filter(|word| *word != "and")
        .map(fold_word)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every folded name of one candidate.
#[derive(Debug)]
pub struct Keys {
    /// Id, name and the other names, folded.
    all: Vec<String>,
}

impl Keys {
    pub fn of<T>(candidate: &Candidate<T>) -> Keys {
        let mut all: Vec<String> = [&candidate.id, &candidate.name]
            .into_iter()
            .chain(&candidate.also)
            .map(|name| fold(name))
            .filter(|name| !name.is_empty())
            .collect();
        all.dedup();
        Keys { all }
    }

    pub fn any_equals(&self, wanted: &str) -> bool {
        self.all.iter().any(|key| key == wanted)
    }

    /// Names a near miss may match: numbers (a level's "3") are matched only exactly.
    fn words(&self) -> impl Iterator<Item = &String> {
        self.all
            .iter()
            .filter(|key| !key.chars().all(|c| c.is_ascii_digit() || c == ' '))
    }

    /// When every typed word starts a different word of one name ("exec comm" in "executive
    /// communication"): how many of that name's letters the typed words cover, best name.
    pub fn words_start(&self, wanted: &str) -> Option<usize> {
        self.words()
            .filter_map(|key| {
                let mut free: Vec<&str> = key.split(' ').collect();
                let mut cover = 0;
                for typed in wanted.split(' ') {
                    let at = free.iter().position(|word| word.starts_with(typed))?;
                    free.remove(at);
                    cover += typed.len();
                }
                Some(cover * 100 / key.len().max(1))
            })
            .max()
    }

    /// Typo similarity (0..1) of the closest name, comparing without spaces so that
    /// "stakeholdermanagement" and "stakeholder managment" are near "stakeholder management".
    pub fn similarity(&self, wanted: &str) -> Option<f64> {
        let wanted: String = wanted.split(' ').collect();
        self.words()
            .map(|key| {
                let key: String = key.split(' ').collect();
                strsim::normalized_damerau_levenshtein(&wanted, &key)
            })
            .max_by(f64::total_cmp)
    }

    /// Whether the typed letters are the initials of one of the names: "sm" for
    /// "stakeholder management".
    pub fn initials_are(&self, wanted: &str) -> bool {
        let wanted: String = wanted.split(' ').collect();
        wanted.chars().count() >= 2
            && self.words().any(|key| {
                let initials: String = key.split(' ').filter_map(|word| word.chars().next()).collect();
                initials == wanted
            })
    }

    /// How alike the typed words are to the words of the closest name (0..1), each typed word
    /// against its most alike word, favouring a shared start: "strategy" and "strategic".
    pub fn word_likeness(&self, wanted: &str) -> Option<f64> {
        let typed: Vec<&str> = wanted.split(' ').collect();
        self.words()
            .map(|key| {
                let total: f64 = typed
                    .iter()
                    .map(|typed| {
                        key.split(' ')
                            .map(|word| strsim::jaro_winkler(typed, word))
                            .fold(0.0, f64::max)
                    })
                    .sum();
                total / typed.len() as f64
            })
            .max_by(f64::total_cmp)
    }

    /// The best skim score of any name: letters in order, rewarded at word starts
    /// ("sm" in "stakeholder management").
    pub fn skim(&self, matcher: &SkimMatcherV2, wanted: &str) -> Option<i64> {
        let wanted: String = wanted.split(' ').collect();
        self.words()
            .filter_map(|key| matcher.fuzzy_match(key, &wanted))
            .max()
    }
}
