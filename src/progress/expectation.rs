//! The expectations of a level (its responsibilities and success markers) as assessable
//! items, each with an id that survives reordering: the id the ladder pins, else one derived
//! from the text. Rewording an item without a pinned id gives it a new id, and the old
//! record becomes an orphan (listed by `rungs status`), as a renamed skill without
//! `formerly` does.

use std::collections::HashSet;

use serde::Serialize;

use super::model::Item;
use crate::content::{Ladder, Level};

/// Which list of a level an expectation comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExpectationKind {
    Responsibility,
    Success,
}

/// One responsibility or success marker of a level (or track).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expectation<'a> {
    /// The level's (or track's) id.
    pub level: &'a str,
    /// Unique within the level.
    pub id: String,
    pub kind: ExpectationKind,
    pub text: &'a str,
}

impl Expectation<'_> {
    pub fn item(&self) -> Item {
        Item::expectation(self.level, self.id.as_str())
    }
}

/// The expectations of `level`, responsibilities first, in ladder order.
pub fn level_expectations(level: &Level) -> Vec<Expectation<'_>> {
    listed(&level.id, &level.responsibilities, &level.success)
}

/// Every expectation of `ladder`: its levels' (lowest first), then its tracks'.
pub fn expectations(ladder: &Ladder) -> Vec<Expectation<'_>> {
    let levels = ladder.levels.iter().flat_map(level_expectations);
    let tracks = ladder
        .tracks
        .iter()
        .flat_map(|track| listed(&track.id, &track.responsibilities, &track.success));
    levels.chain(tracks).collect()
}

fn listed<'a>(level: &'a str, responsibilities: &'a [String], success: &'a [String]) -> Vec<Expectation<'a>> {
    let mut taken = HashSet::new();
    let lists = [
        (ExpectationKind::Responsibility, responsibilities),
        (ExpectationKind::Success, success),
    ];
    lists
        .into_iter()
        .flat_map(|(kind, texts)| texts.iter().map(move |text| (kind, text.as_str())))
        .map(|(kind, text)| Expectation {
            level,
            id: unique(derived_id(text), &mut taken),
            kind,
            text,
        })
        .collect()
}

/// At most this many words of the text make the id: enough to tell items apart, short
/// enough to read in the file.
const ID_WORDS: usize = 6;

/// An id from an expectation's text: its first words, lower case, joined by `-`
/// ("Own the roadmap for a product area" → `own-the-roadmap-for-a-product`).
pub fn derived_id(text: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .take(ID_WORDS)
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        "item".to_string()
    } else {
        words.join("-")
    }
}

/// `id`, or `id-2`, `id-3`… when an earlier item of the level already has it.
fn unique(id: String, taken: &mut HashSet<String>) -> String {
    let mut candidate = id.clone();
    let mut n = 2;
    while !taken.insert(candidate.clone()) {
        candidate = format!("{id}-{n}");
        n += 1;
    }
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_the_first_words() {
        assert_eq!(
            derived_id("Own the roadmap for a product area, end to end."),
            "own-the-roadmap-for-a-product"
        );
        assert_eq!(derived_id("Ship — then learn!"), "ship-then-learn");
        assert_eq!(derived_id("..."), "item");
    }

    #[test]
    fn ids_are_unique_in_a_level_and_stable_under_reordering() {
        let level: Level = toml::from_str(
            r#"
            id = "mid"
            title = "Mid"
            responsibilities = ["Write specs", "Write specs", "Run reviews"]
            success = ["Run reviews"]
            "#,
        )
        .expect("level parses");
        let ids: Vec<String> = level_expectations(&level).into_iter().map(|e| e.id).collect();
        assert_eq!(
            ids,
            ["write-specs", "write-specs-2", "run-reviews", "run-reviews-2"]
        );
        let reordered: Level = toml::from_str(
            r#"
            id = "mid"
            title = "Mid"
            responsibilities = ["Run reviews", "Write specs"]
            "#,
        )
        .expect("level parses");
        let ids: Vec<String> = level_expectations(&reordered).into_iter().map(|e| e.id).collect();
        assert_eq!(ids, ["run-reviews", "write-specs"]);
    }
}
