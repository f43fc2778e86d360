//! Competency matrices: areas of competencies, each described milestone by milestone.
//!
//! What a level expects of a competency is decided in one place, `expect.rs`.

use std::borrow::Cow;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A competency area (`[[areas]]`): a pillar, axis or category that groups skills and
/// competencies.
#[derive(
    Debug, Clone, PartialEq, Eq, Serialize, Deserialize, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Area {
    /// A slug, unique among areas; skills and competencies name it in `area`.
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

/// One row of a matrix (`[[competencies]]`), growing level by level through its milestones.
#[derive(
    Debug, Clone, PartialEq, Eq, Serialize, Deserialize, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Competency {
    /// Unique across the ladder's skills and competencies: progress is keyed by it.
    pub id: String,
    pub name: String,
    /// The id of one of the ladder's `[[areas]]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Earlier ids, so renaming a competency keeps users' progress.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub formerly: Vec<String>,
    /// In order, lowest first; at least one.
    #[serde(default)]
    pub milestones: Vec<Milestone>,
}

impl Competency {
    /// The id of the milestone at `at` (see [`Milestone::id_at`]).
    pub fn milestone_id(&self, at: usize) -> Option<Cow<'_, str>> {
        self.milestones.get(at).map(|milestone| milestone.id_at(at))
    }

    /// The points a person has in this competency when they have reached the milestone at
    /// `reached` (0 for none): that milestone's points, or those of the nearest one below it
    /// that has points.
    pub fn points_at(&self, reached: Option<usize>) -> u32 {
        let Some(reached) = reached else { return 0 };
        self.milestones
            .iter()
            .take(reached + 1)
            .rev()
            .find_map(|milestone| milestone.points)
            .unwrap_or(0)
    }
}

/// One step of a competency (`[[competencies.milestones]]`).
#[derive(
    Debug, Clone, PartialEq, Eq, Serialize, Deserialize, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// A slug unique in the competency, if the author gave one (see [`Milestone::id_at`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// A short name for where space is short ("Adopts", "Specializes").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// What a person shows at this milestone (may be left out when `signals` list it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The lowest level that expects it: at most one level of the main ladder and one per
    /// track. Written as one id or a list of ids.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "one_or_many",
        serialize_with = "one_or_list"
    )]
    pub level: Vec<String>,
    /// For ladders that count points; never decreasing along a competency's milestones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signals: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<String>,
}

impl Milestone {
    /// The milestone's id, given its position `at` (0-based) in its competency: the id
    /// written in the file, else its 1-based position ("1", "2", …).
    pub fn id_at(&self, at: usize) -> Cow<'_, str> {
        match &self.id {
            Some(id) => Cow::Borrowed(id),
            None => Cow::Owned((at + 1).to_string()),
        }
    }

    /// The words to show for it: its text, else its title, else its first signal.
    pub fn label(&self) -> &str {
        self.text
            .as_deref()
            .or(self.title.as_deref())
            .or(self.signals.first().map(String::as_str))
            .unwrap_or("")
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

fn one_or_many<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    Ok(match OneOrMany::deserialize(deserializer)? {
        OneOrMany::One(id) => vec![id],
        OneOrMany::Many(ids) => ids,
    })
}

/// Written back as it is usually written: one id as a string, several as a list.
fn one_or_list<S: Serializer>(ids: &[String], serializer: S) -> Result<S::Ok, S::Error> {
    match ids {
        [one] => serializer.serialize_str(one),
        many => many.serialize(serializer),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn milestone(points: Option<u32>) -> Milestone {
        Milestone {
            id: None,
            title: None,
            text: Some("x".into()),
            level: vec![],
            points,
            signals: vec![],
            examples: vec![],
        }
    }

    #[test]
    fn milestone_ids_default_to_their_position() {
        let mut pinned = milestone(None);
        pinned.id = Some("adopts".into());
        let competency = Competency {
            id: "c".into(),
            name: "C".into(),
            area: None,
            summary: None,
            formerly: vec![],
            milestones: vec![milestone(None), pinned],
        };
        assert_eq!(competency.milestone_id(0).as_deref(), Some("1"));
        assert_eq!(competency.milestone_id(1).as_deref(), Some("adopts"));
        assert_eq!(competency.milestone_id(2), None);
    }

    #[test]
    fn points_come_from_the_highest_reached_milestone() {
        let competency = Competency {
            id: "c".into(),
            name: "C".into(),
            area: None,
            summary: None,
            formerly: vec![],
            milestones: vec![milestone(Some(1)), milestone(None), milestone(Some(6))],
        };
        assert_eq!(competency.points_at(None), 0);
        assert_eq!(competency.points_at(Some(0)), 1);
        assert_eq!(competency.points_at(Some(1)), 1);
        assert_eq!(competency.points_at(Some(2)), 6);
    }

    #[test]
    fn level_reads_one_id_or_a_list_and_writes_back_alike() {
        let one: Milestone = serde_json::from_str(r#"{"text":"t","level":"d3"}"#).expect("one");
        assert_eq!(one.level, ["d3"]);
        let json = serde_json::to_string(&one).unwrap_or_default();
        assert!(json.contains(r#""level":"d3""#), "{json}");
        let two: Milestone = serde_json::from_str(r#"{"text":"t","level":["d3","tl4"]}"#).expect("two");
        assert_eq!(two.level, ["d3", "tl4"]);
        let json = serde_json::to_string(&two).unwrap_or_default();
        assert!(json.contains(r#""level":["d3","tl4"]"#), "{json}");
    }
}
