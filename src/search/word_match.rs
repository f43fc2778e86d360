//! How a term sits in a text, by what a person means: a whole word beats the start of a
//! word, which beats the initials of words ("sm" in "Stakeholder Management"), which beat
//! letters inside a word, which beat scattered letters. The fuzzy score only orders results
//! within one of these.

use nucleo_matcher::chars::normalize;
use serde::Serialize;

/// How a term matched a text, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WordMatch {
    /// The term is a word of the text: "data" in "Use data to decide".
    WholeWord,
    /// The term is the initials of the whole text, as an abbreviation of a name: "sm" for
    /// "Stakeholder Management".
    Initials,
    /// The term starts a word: "stake" in "Stakeholder Management".
    WordPrefix,
    /// The term's letters start consecutive words: "sm" in "Set measurable goals".
    WordStarts,
    /// The term is inside a word: "hold" in "Stakeholder".
    Substring,
    /// Only the term's letters in order, with gaps: "stkh" in "Stakeholder".
    Scattered,
}

/// How `term` (lower case, accents stripped) sits in `text`, ignoring case and accents.
/// `folded` is a buffer for non-ASCII texts, reused to spare an allocation per entry.
pub(crate) fn word_match(term: &[char], text: &str, folded: &mut Vec<char>) -> WordMatch {
    if term.is_empty() {
        return WordMatch::WholeWord;
    }
    if text.is_ascii() && term.iter().all(char::is_ascii) {
        let bytes = text.as_bytes();
        let at = |i: usize| char::from(bytes[i].to_ascii_lowercase());
        classify(term, bytes.len(), at)
    } else {
        folded.clear();
        folded.extend(text.chars().flat_map(char::to_lowercase).map(normalize));
        let folded: &[char] = folded;
        classify(term, folded.len(), |i| folded[i])
    }
}

/// The classification over a text read one char at a time through `at` (already folded).
fn classify(term: &[char], len: usize, at: impl Fn(usize) -> char) -> WordMatch {
    let word_char = |i: usize| at(i).is_alphanumeric();
    let mut best = WordMatch::Scattered;
    let n = term.len();
    if n <= len {
        for start in 0..=len - n {
            if at(start) != term[0] || !(1..n).all(|k| at(start + k) == term[k]) {
                continue;
            }
            let starts_word = start == 0 || !word_char(start - 1);
            let ends_word = start + n == len || !word_char(start + n);
            let found = match (starts_word, ends_word) {
                (true, true) => return WordMatch::WholeWord,
                (true, false) => WordMatch::WordPrefix,
                _ => WordMatch::Substring,
            };
            best = best.min(found);
        }
    }
    if best <= WordMatch::WordStarts || n < 2 {
        return best;
    }
    let initials = initials(len, &at);
    if initials == term {
        WordMatch::Initials
    } else if initials.windows(n).any(|window| window == term) {
        WordMatch::WordStarts
    } else {
        best
    }
}

/// The first letter of every word.
fn initials(len: usize, at: &impl Fn(usize) -> char) -> Vec<char> {
    let mut initials = Vec::new();
    let mut in_word = false;
    for i in 0..len {
        let c = at(i);
        let is_word = c.is_alphanumeric();
        if is_word && !in_word {
            initials.push(c);
        }
        in_word = is_word;
    }
    initials
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(term: &str, text: &str) -> WordMatch {
        let term: Vec<char> = term.chars().collect();
        word_match(&term, text, &mut Vec::new())
    }

    #[test]
    fn words_rank_before_letters() {
        assert_eq!(class("data", "Use data to decide"), WordMatch::WholeWord);
        assert_eq!(class("cac", "Know CAC/LTV by heart"), WordMatch::WholeWord);
        assert_eq!(class("stake", "Stakeholder Management"), WordMatch::WordPrefix);
        assert_eq!(class("sm", "Stakeholder Management"), WordMatch::Initials);
        assert_eq!(class("sm", "Set measurable goals"), WordMatch::WordStarts);
        assert_eq!(class("hold", "Stakeholder Management"), WordMatch::Substring);
        assert_eq!(class("stkh", "Stakeholder Management"), WordMatch::Scattered);
        // A later whole word beats an earlier prefix.
        assert_eq!(class("plan", "Planning: plan the quarter"), WordMatch::WholeWord);
    }

    #[test]
    fn case_and_accents_are_ignored() {
        assert_eq!(class("resume", "Update your Résumé"), WordMatch::WholeWord);
        assert_eq!(class("data", "DATA first"), WordMatch::WholeWord);
    }
}
