//! The expectations of a level (its responsibilities and success markers) as assessable
//! items, each with an id that survives reordering: the id the ladder pins, else one derived
//! from the text (both decided by `content::item_ids`). Rewording an item without a pinned id gives it a new id, and the old
//! record becomes an orphan (listed by `rungs status`), as a renamed skill without
//! `formerly` does.

use serde::Serialize;

use super::model::Item;
pub use crate::content::derived_id;
use crate::content::{Item as ContentItem, Ladder, Level, item_ids};

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

/// Every expectation of `ladder`: its levels' (lowest first), then its tracks', then its
/// tracks' levels'.
pub fn expectations(ladder: &Ladder) -> Vec<Expectation<'_>> {
    let levels = ladder.levels.iter().flat_map(level_expectations);
    let tracks = ladder
        .tracks
        .iter()
        .flat_map(|track| listed(&track.id, &track.responsibilities, &track.success));
    let track_levels = ladder
        .tracks
        .iter()
        .flat_map(|track| track.levels.iter().flat_map(level_expectations));
    levels.chain(tracks).chain(track_levels).collect()
}

fn listed<'a>(
    level: &'a str,
    responsibilities: &'a [ContentItem],
    success: &'a [ContentItem],
) -> Vec<Expectation<'a>> {
    let kinds = responsibilities
        .iter()
        .map(|item| (ExpectationKind::Responsibility, item))
        .chain(success.iter().map(|item| (ExpectationKind::Success, item)));
    kinds
        .zip(item_ids(responsibilities, success))
        .map(|((kind, item), id)| Expectation {
            level,
            id,
            kind,
            text: &item.text,
        })
        .collect()
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
