//! Responsibility and success lines, and the ids a person's assessment is keyed by.
//!
//! In TOML an item is a plain string, or `{ id = "…", text = "…" }` to pin its id. A pinned
//! id survives rewording; an unpinned item's id comes from its first words, so it survives
//! reordering and re-wrapping but not rewording (pin an id to keep an assessment through a
//! rewording).

use std::collections::HashSet;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One responsibility or "what success looks like" line of a level or track.
#[derive(Debug, Clone, PartialEq, Eq, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
pub struct Item {
    /// The id written in the file, if the author pinned one (a slug, unique in the ladder).
    pub pinned: Option<String>,
    pub text: String,
}

impl Item {
    pub fn new(text: impl Into<String>) -> Item {
        Item {
            pinned: None,
            text: text.into(),
        }
    }
}

/// At most this many words of the text make a derived id: enough to tell items apart,
/// short enough to read in a progress file.
const ID_WORDS: usize = 6;

/// The id an unpinned item's text gives: its first six words, lower case, joined by `-`
/// ("Own the roadmap for a product area" → `own-the-roadmap-for-a-product`); `item` when the
/// text has no letters or digits.
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

/// The ids of one level's (or track's) items, in order: its responsibilities, then its
/// success items. Assessments are keyed by (level id, item id), so these are unique within
/// the level:
///
/// - a pinned item keeps its pinned id (pinned ids are slugs, unique in the ladder);
/// - an unpinned item gets [`derived_id`] of its text, or that id with `-2`, `-3`… appended
///   when a pinned item or an earlier item of the level already has it.
///
/// Reordering items never changes an id unless two derive the same one; rewording an
/// unpinned item does (its old assessment then shows as an orphan in `rungs status`).
pub fn item_ids(responsibilities: &[Item], success: &[Item]) -> Vec<String> {
    let all = || responsibilities.iter().chain(success);
    let mut taken: HashSet<String> = all().filter_map(|item| item.pinned.clone()).collect();
    all()
        .map(|item| match &item.pinned {
            Some(id) => id.clone(),
            None => unique(derived_id(&item.text), &mut taken),
        })
        .collect()
}

/// `id`, or `id-2`, `id-3`… when it is already taken.
fn unique(id: String, taken: &mut HashSet<String>) -> String {
    let mut candidate = id.clone();
    let mut n = 2;
    while !taken.insert(candidate.clone()) {
        candidate = format!("{id}-{n}");
        n += 1;
    }
    candidate
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl AsRef<str> for Item {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl ArchivedItem {
    pub fn text(&self) -> &str {
        self.text.as_str()
    }
}

/// The two ways an item is written.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum ItemRepr {
    Text(String),
    Pinned(PinnedItem),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PinnedItem {
    id: String,
    text: String,
}

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match ItemRepr::deserialize(deserializer)? {
            ItemRepr::Text(text) => Item::new(text),
            ItemRepr::Pinned(PinnedItem { id, text }) => Item {
                pinned: Some(id),
                text,
            },
        })
    }
}

/// Written back the way it was read: a string, or `{ id, text }` when pinned.
impl Serialize for Item {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.pinned {
            None => serializer.serialize_str(&self.text),
            Some(id) => PinnedItem {
                id: id.clone(),
                text: self.text.clone(),
            }
            .serialize(serializer),
        }
    }
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
    fn ids_are_unique_in_a_level_and_pinned_ones_are_kept() {
        let pinned = Item {
            pinned: Some("write-specs".into()),
            text: "Writes the specs".into(),
        };
        let ids = item_ids(
            &[Item::new("Write specs"), pinned, Item::new("Write specs")],
            &[Item::new("Run reviews")],
        );
        assert_eq!(
            ids,
            ["write-specs-2", "write-specs", "write-specs-3", "run-reviews"]
        );
    }

    #[test]
    fn pinned_ids_win_and_round_trip() {
        let pinned: Item =
            serde_json::from_str(r#"{"id":"owns-roadmap","text":"Own it."}"#).expect("a pinned item");
        assert_eq!(item_ids(std::slice::from_ref(&pinned), &[]), ["owns-roadmap"]);
        assert_eq!(
            serde_json::to_string(&pinned).ok().as_deref(),
            Some(r#"{"id":"owns-roadmap","text":"Own it."}"#)
        );
        let plain: Item = serde_json::from_str(r#""Own it.""#).expect("a plain item");
        assert_eq!(
            serde_json::to_string(&plain).ok().as_deref(),
            Some(r#""Own it.""#)
        );
    }
}
