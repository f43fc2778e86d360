//! US and UK spellings of the same word: "prioritization" finds "Prioritisation".
//!
//! Two uses. [`fold_word`] maps both spellings of a word to one form, for comparing whole
//! names (the command line's name resolution). [`other_spellings`] turns a search term into
//! the spellings it may appear as, because the search engine matches terms against the text
//! as written rather than a folded copy (100,000 folded copies would cost memory and time).
//!
//! Folding both sides means a rule may join words that are not really variants ("enterprise"
//! and "enterprize"); that is harmless, since nobody types the second meaning the first.

/// Whole words spelled differently, US first.
const WORD_PAIRS: &[(&str, &str)] = &[
    ("license", "licence"),
    ("defense", "defence"),
    ("offense", "offence"),
    ("pretense", "pretence"),
    ("practice", "practise"),
    ("program", "programme"),
    ("judgment", "judgement"),
    ("acknowledgment", "acknowledgement"),
    ("gray", "grey"),
    ("aging", "ageing"),
];

/// Parts of words spelled differently (US, UK), and the endings that may follow them:
/// "organiz|ational" and "organis|ational", "behavior|al" and "behaviour|al".
const PARTS: &[(&str, &str, &[&str])] = &[
    ("ization", "isation", &["", "s", "al", "ally"]),
    ("iz", "is", &["e", "es", "ed", "ing", "er", "ers"]),
    ("yz", "ys", &["e", "es", "ed", "ing", "er", "ers"]),
    (
        "or",
        "our",
        &["", "s", "ed", "ing", "al", "ally", "ite", "ites", "able", "ful"],
    ),
    ("og", "ogue", &["", "s"]),
    ("ter", "tre", &["", "s"]),
    ("ber", "bre", &["", "s"]),
    ("el", "ell", &["ing", "ed", "er", "ers"]),
];

/// Words too short for an ending rule ("for" is not "four", "or" is not "our").
const MIN_STEM: usize = 3;

/// One spelling for both US and UK forms of a lower-case word (the US one, by convention).
pub fn fold_word(word: &str) -> String {
    to_us(word).unwrap_or_else(|| word.to_string())
}

/// The other spellings a lower-case search term may be written in: its UK form if it is US,
/// its US form if it is UK. Empty when the term has no variant. The term may be the start
/// of a word still being typed ("prioritiz"), so a trailing "iz"/"is" counts as an ending.
pub fn other_spellings(term: &str) -> Vec<String> {
    let mut spellings = Vec::new();
    for spelling in [to_us(term), to_uk(term), partial_ending(term)]
        .into_iter()
        .flatten()
    {
        if spelling != term && !spellings.contains(&spelling) {
            spellings.push(spelling);
        }
    }
    spellings
}

fn to_us(word: &str) -> Option<String> {
    convert(word, |(us, uk)| (uk, us))
}

fn to_uk(word: &str) -> Option<String> {
    convert(word, |(us, uk)| (us, uk))
}

/// Rewrites `word` by the first whole-word pair or part that applies, `direction` choosing
/// which side of each pair is the `(from, to)`.
fn convert(
    word: &str,
    direction: impl Fn((&'static str, &'static str)) -> (&'static str, &'static str),
) -> Option<String> {
    for &pair in WORD_PAIRS {
        let (from, to) = direction(pair);
        if let Some(rest) = word.strip_prefix(from) {
            // "licences", "practised": the pair's word with an ending of its own.
            if rest.is_empty() || matches!(rest, "s" | "d" | "ed" | "es" | "ing" | "r" | "rs") {
                return Some(format!("{to}{rest}"));
            }
        }
    }
    for &(us, uk, tails) in PARTS {
        let (from, to) = direction((us, uk));
        for tail in tails {
            if let Some(stem) = word.strip_suffix(tail).and_then(|w| w.strip_suffix(from))
                && stem.len() >= MIN_STEM
                && stem.chars().all(char::is_alphabetic)
            {
                return Some(format!("{stem}{to}{tail}"));
            }
        }
    }
    None
}

/// Suffixes [`stem`] strips, longest first.
const SUFFIXES: &[&str] = &[
    "izations", "isations", "ization", "isation", "ations", "ation", "izing", "ising", "ings", "ions", "ing",
    "ion", "ize", "ise", "ed", "s",
];
/// The shortest stem worth searching for: "hir" (from "hiring") would match too much.
const MIN_STEM_FOR_SEARCH: usize = 4;

/// The word without its ending, so that one form finds the others: "mentoring" finds
/// "Mentorship", "prioritize" finds "Prioritisation". None for short words and words with
/// no such ending ("business" keeps its "ss").
pub fn stem(term: &str) -> Option<String> {
    if term.chars().count() < MIN_STEM_FOR_SEARCH + 2 || term.ends_with("ss") {
        return None;
    }
    SUFFIXES.iter().find_map(|suffix| {
        let stem = term.strip_suffix(suffix)?;
        (stem.chars().count() >= MIN_STEM_FOR_SEARCH && stem.chars().all(char::is_alphabetic))
            .then(|| stem.to_string())
    })
}

/// "prioritiz" → "prioritis" (and back): a word typed up to the letter that differs.
fn partial_ending(term: &str) -> Option<String> {
    let (stem, to) = if let Some(stem) = term.strip_suffix("iz") {
        (stem, "is")
    } else if let Some(stem) = term.strip_suffix("is") {
        (stem, "iz")
    } else {
        return None;
    };
    (stem.len() >= MIN_STEM).then(|| format!("{stem}{to}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_spellings_fold_to_one() {
        for (us, uk) in [
            ("prioritization", "prioritisation"),
            ("organizational", "organisational"),
            ("prioritize", "prioritise"),
            ("analyze", "analyse"),
            ("behavior", "behaviour"),
            ("catalog", "catalogue"),
            ("center", "centre"),
            ("license", "licence"),
            ("modeling", "modelling"),
            ("programs", "programmes"),
        ] {
            assert_eq!(fold_word(us), fold_word(uk), "{us} / {uk}");
        }
    }

    #[test]
    fn a_term_gets_its_other_spelling() {
        assert_eq!(other_spellings("prioritization"), ["prioritisation"]);
        assert_eq!(other_spellings("organisation"), ["organization"]);
        assert_eq!(other_spellings("prioritiz"), ["prioritis"]);
        assert_eq!(other_spellings("licence"), ["license"]);
        assert!(other_spellings("data").is_empty());
        // Short words keep their meaning: "for" is not "four".
        assert!(other_spellings("for").is_empty());
        assert!(other_spellings("or").is_empty());
    }

    #[test]
    fn stems_drop_the_ending() {
        assert_eq!(stem("mentoring").as_deref(), Some("mentor"));
        assert_eq!(stem("prioritize").as_deref(), Some("priorit"));
        assert_eq!(stem("organizations").as_deref(), Some("organ"));
        assert_eq!(stem("stakeholders").as_deref(), Some("stakeholder"));
        assert_eq!(stem("business"), None);
        assert_eq!(stem("hiring"), None);
        assert_eq!(stem("data"), None);
    }
}
