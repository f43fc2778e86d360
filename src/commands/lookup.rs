//! Turning the ids people type into skills and levels, with suggestions when they mistype.
//! Every miss exits with code 2, like any other usage error.

use super::Failure;
use crate::content::{Ladder, Level, Skill};

/// Exit code for an id that names nothing (a usage error, as clap uses).
const UNKNOWN_ID: u8 = 2;

/// The ladder and skill that `id` names (its current id or a `formerly` one).
pub fn find_skill<'a>(
    ladders: &'a [Ladder],
    only_ladder: Option<&str>,
    id: &str,
) -> Result<(&'a Ladder, &'a Skill), Failure> {
    let ladders = narrow(ladders, only_ladder)?;
    let found: Vec<(&Ladder, &Skill)> = ladders
        .iter()
        .flat_map(|ladder| ladder.skills().map(move |skill| (*ladder, skill)))
        .filter(|(_, skill)| skill.id == id || skill.formerly.iter().any(|old| old == id))
        .collect();
    let ids = ladders
        .iter()
        .flat_map(|ladder| ladder.skills().map(|skill| skill.id.as_str()));
    one_of(found, "skill", id, ids)
}

/// The ladder and level that `id` names.
pub fn find_level<'a>(
    ladders: &'a [Ladder],
    only_ladder: Option<&str>,
    id: &str,
) -> Result<(&'a Ladder, &'a Level), Failure> {
    let ladders = narrow(ladders, only_ladder)?;
    let found: Vec<(&Ladder, &Level)> = ladders
        .iter()
        .flat_map(|ladder| ladder.levels.iter().map(move |level| (*ladder, level)))
        .filter(|(_, level)| level.id == id)
        .collect();
    let ids = ladders
        .iter()
        .flat_map(|ladder| ladder.levels.iter().map(|level| level.id.as_str()));
    one_of(found, "level", id, ids)
}

/// The one ladder a ladder-wide action applies to: `--ladder`, or the only one loaded.
pub fn find_ladder<'a>(ladders: &'a [Ladder], only_ladder: Option<&str>) -> Result<&'a Ladder, Failure> {
    match narrow(ladders, only_ladder)?.as_slice() {
        [ladder] => Ok(ladder),
        several => Err(Failure::new(
            UNKNOWN_ID,
            format!(
                "error: several ladders are loaded ({}); pass --ladder LADDER_ID",
                list_ids(several)
            ),
        )),
    }
}

/// All ladders, or just the one `--ladder` names.
fn narrow<'a>(ladders: &'a [Ladder], only_ladder: Option<&str>) -> Result<Vec<&'a Ladder>, Failure> {
    let Some(wanted) = only_ladder else {
        return Ok(ladders.iter().collect());
    };
    match ladders.iter().find(|ladder| ladder.meta.id == wanted) {
        Some(ladder) => Ok(vec![ladder]),
        None => {
            let ids = ladders.iter().map(|ladder| ladder.meta.id.as_str());
            Err(unknown("ladder", wanted, ids))
        }
    }
}

fn one_of<'a, T>(
    found: Vec<(&'a Ladder, &'a T)>,
    what: &str,
    id: &str,
    all_ids: impl Iterator<Item = &'a str>,
) -> Result<(&'a Ladder, &'a T), Failure> {
    match found.as_slice() {
        [one] => Ok(*one),
        [] => Err(unknown(what, id, all_ids)),
        several => {
            let ladders: Vec<&Ladder> = several.iter().map(|(ladder, _)| *ladder).collect();
            Err(Failure::new(
                UNKNOWN_ID,
                format!(
                    "error: {what} `{id}` is in several ladders ({}); pass --ladder LADDER_ID",
                    list_ids(&ladders)
                ),
            ))
        }
    }
}

fn unknown<'a>(what: &str, id: &str, candidates: impl Iterator<Item = &'a str>) -> Failure {
    let suggestions = closest(id, candidates);
    let hint = if suggestions.is_empty() {
        format!("`rungs list` shows every {what} id")
    } else {
        let quoted: Vec<String> = suggestions.iter().map(|s| format!("`{s}`")).collect();
        format!(
            "did you mean {}? (`rungs list` shows every id)",
            quoted.join(" or ")
        )
    };
    Failure::new(UNKNOWN_ID, format!("error: no {what} `{id}`\n  = hint: {hint}"))
}

/// Up to three likely intended ids: near misses by edit distance, then ids containing `word`.
fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut scored: Vec<(usize, &str)> = candidates
        .filter_map(|candidate| {
            let distance = strsim::damerau_levenshtein(word, candidate);
            let near = distance <= (candidate.len() / 3).max(2);
            let contains = word.len() >= 3 && candidate.contains(word);
            (near || contains).then_some((if near { distance } else { usize::MAX }, candidate))
        })
        .collect();
    scored.sort();
    scored.dedup_by_key(|(_, candidate)| *candidate);
    scored
        .into_iter()
        .take(3)
        .map(|(_, candidate)| candidate)
        .collect()
}

fn list_ids(ladders: &[&Ladder]) -> String {
    ladders
        .iter()
        .map(|ladder| ladder.meta.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_and_fragments_get_suggestions() {
        let ids = [
            "product-thinking",
            "systems-thinking-portfolio-awareness",
            "mentorship",
        ];
        assert_eq!(closest("prodcut-thinking", ids.into_iter()), ["product-thinking"]);
        assert_eq!(
            closest("thinking", ids.into_iter()),
            ["product-thinking", "systems-thinking-portfolio-awareness"]
        );
        assert!(closest("zzzz", ids.into_iter()).is_empty());
    }

    #[test]
    fn unknown_skill_exits_2_with_a_suggestion() {
        let ladders = crate::content::builtin().expect("built-in ladder");
        let failure = find_skill(&ladders, None, "mentorshp").expect_err("typo");
        assert_eq!(failure.code, 2);
        assert!(failure.message.contains("`mentorship`"), "{failure}");
        let (_, skill) = find_skill(&ladders, None, "mentorship").expect("exact id");
        assert_eq!(skill.name, "Mentorship");
    }
}
