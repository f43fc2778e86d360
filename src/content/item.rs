//! Responsibility and success lines, and the ids assessments are keyed by.
//!
//! In TOML an item is a plain string, or `{ id = "…", text = "…" }` to pin its id. A pinned
//! id survives rewording; an unpinned item's id is derived from its owner and its text, so it
//! is stable as long as the text is (re-wrapping or re-indenting the text does not change it).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use xxhash_rust::xxh3::Xxh3;

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

    /// The item's id, for keying a person's assessment of it.
    ///
    /// - Pinned: the pinned id as written (`"owns-roadmap"`). Pinned ids are slugs and are
    ///   unique across the ladder's items (validation enforces it).
    /// - Otherwise: `"<owner id>/<16 hex digits>"`, where `owner_id` is the id of the level
    ///   or track holding the item and the digits are the XXH3-64 hash of the item's text
    ///   with every run of whitespace read as one space and the ends trimmed. XXH3 is a fixed
    ///   algorithm, so the id is the same in every build and on every machine; it changes only
    ///   when the words change (pin an id to keep an assessment through a rewording).
    ///
    /// A derived id always holds a `/` and a pinned one never does, so the two never collide.
    /// The same text twice in one level or track is one item, with one id.
    pub fn id(&self, owner_id: &str) -> String {
        match &self.pinned {
            Some(id) => id.clone(),
            None => derived_id(owner_id, &self.text),
        }
    }
}

/// The id of an unpinned item with `text`, held by the level or track `owner_id`.
pub fn derived_id(owner_id: &str, text: &str) -> String {
    let mut hasher = Xxh3::new();
    for (at, word) in text.split_whitespace().enumerate() {
        if at > 0 {
            hasher.update(b" ");
        }
        hasher.update(word.as_bytes());
    }
    format!("{owner_id}/{:016x}", hasher.digest())
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
    fn derived_ids_ignore_wrapping_but_not_words() {
        let one = Item::new("Own the  roadmap.").id("senior");
        assert_eq!(one, Item::new("  Own the\n    roadmap. ").id("senior"));
        assert_ne!(one, Item::new("Own the plan.").id("senior"));
        assert_ne!(one, Item::new("Own the roadmap.").id("junior"));
        assert!(
            one.starts_with("senior/") && one.len() == "senior/".len() + 16,
            "{one}"
        );
    }

    #[test]
    fn derived_ids_never_change_between_builds() {
        // Assessments are stored under these ids: a change here orphans people's records.
        assert_eq!(derived_id("pm", "Ship it."), "pm/ec8e260a1fc06799");
    }

    #[test]
    fn pinned_ids_win_and_round_trip() {
        let pinned: Item =
            serde_json::from_str(r#"{"id":"owns-roadmap","text":"Own it."}"#).expect("a pinned item");
        assert_eq!(pinned.id("senior"), "owns-roadmap");
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
