//! Turning what a person types into the one thing they mean: a skill, level, track or ladder
//! named by its id, its name as shown (any case, any spelling: "Stakeholder management",
//! "organizational design"), a level's number, or a near miss ("stakeholder-managment",
//! "exec comm"). Knows nothing about terminals; commands turn an [`Unresolved`] into a
//! message and exit code 2.
//!
//! [`pick`] is the engine and takes candidates of any kind; [`ladders`] builds them for the
//! content's skills, levels, tracks and ladders:
//!
//! ```
//! let ladders = rungs::content::builtin().expect("built-in ladder");
//! let (_, skill) = rungs::resolve::skill(&ladders, None, "stakeholder managment").expect("one skill");
//! assert_eq!(skill.id, "stakeholder-management");
//! let (_, level) = rungs::resolve::level(&ladders, None, "3").expect("the third level");
//! assert_eq!(level.id, "senior-pm");
//! ```
//!
//! The stages, first that decides wins: an exact id; a name or key equal once case, accents,
//! punctuation and US/UK spelling are folded; every typed word starting a word of one name
//! ("org design"); one name within a few typos ("stakeholder-managment"); one name whose
//! initials are the letters typed ("sm"). Two or more equally good candidates are never
//! guessed between: they are listed. Nothing close: the nearest names are suggested (typos,
//! words alike such as "mentoring" and "Mentorship", and fuzzy-matcher's skim matches).

mod keys;
mod ladders;
mod message;

use fuzzy_matcher::skim::SkimMatcherV2;

pub use keys::fold;
pub use ladders::{competency, ladder, level, scope, skill, track};
pub use message::Unresolved;

/// One thing a person may mean, with every name it answers to.
#[derive(Debug, Clone)]
pub struct Candidate<T> {
    pub value: T,
    /// Its id, shown in lists of candidates.
    pub id: String,
    /// Its name or title as shown.
    pub name: String,
    /// The ladder it belongs to, shown when the same id is in several.
    pub ladder: String,
    /// Other names it answers to exactly: former ids, short labels, a level's number, codes,
    /// aliases, job titles.
    pub also: Vec<String>,
}

/// How a name was resolved: callers may say so when it was a guess.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// Its id, name or another of its names, as typed or folded.
    Exact,
    /// The one clearly best near match.
    Fuzzy,
}

/// How many candidates an error lists at most.
const MAX_LISTED: usize = 8;
/// Typo similarity (0..1) at which a near miss resolves, and its lead over the runner-up.
const TYPO_ACCEPT: f64 = 0.8;
const TYPO_LEAD: f64 = 0.1;
/// Similarity at which a near miss is worth suggesting.
const TYPO_SUGGEST: f64 = 0.5;
/// Word likeness (Jaro-Winkler, 0..1) at which a name is worth suggesting.
const LIKE_SUGGEST: f64 = 0.88;
/// How many of skim's best matches to suggest when nothing closer is found.
const SKIM_SUGGEST: usize = 3;

/// The one candidate `typed` names (see the module docs), or why there is none. `what` names
/// the kind in messages ("skill", "level").
pub fn pick<T: Clone>(
    what: &'static str,
    typed: &str,
    candidates: &[Candidate<T>],
) -> Result<(T, How), Unresolved> {
    let typed = typed.trim();
    let wanted = fold(typed);
    let keyed: Vec<keys::Keys> = candidates.iter().map(keys::Keys::of).collect();
    let decide = |found: Vec<usize>, how: How| match found.as_slice() {
        [one] => Some(Ok((candidates[*one].value.clone(), how))),
        [] => None,
        several => Some(Err(Unresolved::ambiguous(what, typed, candidates, several))),
    };
    let exact_id: Vec<usize> = (0..candidates.len())
        .filter(|&at| candidates[at].id == typed)
        .collect();
    if let Some(result) = decide(exact_id, How::Exact) {
        return result;
    }
    let exact: Vec<usize> = (0..candidates.len())
        .filter(|&at| keyed[at].any_equals(&wanted))
        .collect();
    if let Some(result) = decide(exact, How::Exact) {
        return result;
    }
    if wanted.is_empty() {
        return Err(Unresolved::unknown(what, typed, candidates, &[]));
    }
    let mut by_words: Vec<(usize, usize)> = (0..candidates.len())
        .filter_map(|at| keyed[at].words_start(&wanted).map(|cover| (at, cover)))
        .collect();
    by_words.sort_by_key(|&(at, cover)| (std::cmp::Reverse(cover), at));
    if let Some(result) = decide(by_words.iter().map(|&(at, _)| at).collect(), How::Fuzzy) {
        return result;
    }
    let similar = ranked(&keyed, |keys| keys.similarity(&wanted));
    if let [(best, score), rest @ ..] = similar.as_slice()
        && *score >= TYPO_ACCEPT
        && rest
            .first()
            .is_none_or(|(_, second)| *second <= score - TYPO_LEAD)
    {
        return Ok((candidates[*best].value.clone(), How::Fuzzy));
    }
    let initials: Vec<usize> = (0..candidates.len())
        .filter(|&at| keyed[at].initials_are(&wanted))
        .collect();
    if let Some(result) = decide(initials, How::Fuzzy) {
        return result;
    }
    // Nothing decided: suggest the nearest, typos first, then like words, then skim's
    // letters-in-order matches.
    let alike = ranked(&keyed, |keys| keys.word_likeness(&wanted));
    let matcher = SkimMatcherV2::default();
    let skim = ranked(&keyed, |keys| keys.skim(&matcher, &wanted).map(|s| s as f64));
    let mut suggested: Vec<usize> = similar
        .iter()
        .filter(|(_, score)| *score >= TYPO_SUGGEST)
        .chain(alike.iter().filter(|(_, score)| *score >= LIKE_SUGGEST))
        .chain(skim.iter().take(SKIM_SUGGEST))
        .map(|&(at, _)| at)
        .collect();
    dedup_keeping_order(&mut suggested);
    suggested.truncate(MAX_LISTED);
    Err(Unresolved::unknown(what, typed, candidates, &suggested))
}

/// Candidates with a score, best first (ties in candidate order).
fn ranked(keyed: &[keys::Keys], score: impl Fn(&keys::Keys) -> Option<f64>) -> Vec<(usize, f64)> {
    let mut scored: Vec<(usize, f64)> = keyed
        .iter()
        .enumerate()
        .filter_map(|(at, keys)| score(keys).map(|s| (at, s)))
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    scored
}

fn dedup_keeping_order(list: &mut Vec<usize>) {
    let mut seen = std::collections::HashSet::new();
    list.retain(|at| seen.insert(*at));
}

#[cfg(test)]
mod tests;
