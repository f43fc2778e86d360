//! The schema's tables as the validator reads them: every key, what its value must be, and
//! whether it is required. A test below compares them with the serde types, so the two
//! cannot drift apart.

/// What a key's value must be.
#[derive(Clone, Copy)]
pub(super) enum Shape {
    Text,
    Slug,
    TextList,
    SlugList,
    /// A track kind.
    Kind,
    /// An integer ≥ 0.
    Count,
    /// A level id, or a list of them.
    LevelRefs,
    /// A list of items, each a string or an `{ id, text }` table.
    Items,
    Table(&'static [Field]),
    TableList(&'static [Field]),
}

pub(super) struct Field {
    pub key: &'static str,
    pub shape: Shape,
    pub required: bool,
}

const fn field(key: &'static str, shape: Shape, required: bool) -> Field {
    Field { key, shape, required }
}

pub(super) const SKILL: &[Field] = &[
    field("id", Shape::Slug, true),
    field("name", Shape::Text, true),
    field("area", Shape::Slug, false),
    field("summary", Shape::Text, false),
    field("examples", Shape::TextList, false),
    field("formerly", Shape::SlugList, false),
];

/// A pinned responsibility or success item.
pub(super) const ITEM: &[Field] = &[field("id", Shape::Slug, true), field("text", Shape::Text, true)];

/// The fields of `[[levels]]`; a track's levels add `alongside` (see [`TRACK_LEVEL`]).
macro_rules! level_fields {
    ($($extra:expr),*) => {
        &[
            field("id", Shape::Slug, true),
            field("title", Shape::Text, true),
            field("short", Shape::Text, false),
            field("code", Shape::Text, false),
            field("aliases", Shape::TextList, false),
            field("years", Shape::Text, false),
            field("min_points", Shape::Count, false),
            $($extra,)*
            field("summary", Shape::Text, false),
            field("changes", Shape::TextList, false),
            field("responsibilities", Shape::Items, false),
            field("success", Shape::Items, false),
            field("notes", Shape::TextList, false),
            field("skills", Shape::TableList(SKILL), false),
        ]
    };
}

pub(super) const LEVEL: &[Field] = level_fields!();
pub(super) const TRACK_LEVEL: &[Field] = level_fields!(field("alongside", Shape::Slug, false));

pub(super) const TRACK: &[Field] = &[
    field("id", Shape::Slug, true),
    field("kind", Shape::Kind, true),
    field("title", Shape::Text, true),
    field("titles", Shape::TextList, false),
    field("summary", Shape::Text, false),
    field("differences", Shape::TextList, false),
    field("responsibilities", Shape::Items, false),
    field("success", Shape::Items, false),
    field("notes", Shape::TextList, false),
    field("skills", Shape::TableList(SKILL), false),
    field("levels", Shape::TableList(TRACK_LEVEL), false),
];

pub(super) const AREA: &[Field] = &[
    field("id", Shape::Slug, true),
    field("name", Shape::Text, true),
    field("summary", Shape::Text, false),
];

pub(super) const MILESTONE: &[Field] = &[
    field("id", Shape::Slug, false),
    field("title", Shape::Text, false),
    field("text", Shape::Text, false),
    field("level", Shape::LevelRefs, false),
    field("points", Shape::Count, false),
    field("signals", Shape::TextList, false),
    field("examples", Shape::TextList, false),
];

pub(super) const COMPETENCY: &[Field] = &[
    field("id", Shape::Slug, true),
    field("name", Shape::Text, true),
    field("area", Shape::Slug, false),
    field("summary", Shape::Text, false),
    field("formerly", Shape::SlugList, false),
    field("milestones", Shape::TableList(MILESTONE), true),
];

pub(super) const META: &[Field] = &[
    field("id", Shape::Slug, true),
    field("title", Shape::Text, true),
    field("summary", Shape::Text, false),
    field("principles", Shape::TextList, false),
];

pub(super) const DOCUMENT: &[Field] = &[
    field("ladder", Shape::Table(META), true),
    field("areas", Shape::TableList(AREA), false),
    field("levels", Shape::TableList(LEVEL), true),
    field("tracks", Shape::TableList(TRACK), false),
    field("competencies", Shape::TableList(COMPETENCY), false),
];

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use serde_json::Value;

    use super::*;
    use crate::content::cache::probe;

    fn keys(fields: &[Field]) -> BTreeSet<&str> {
        fields.iter().map(|f| f.key).collect()
    }

    fn serde_keys(value: &Value) -> BTreeSet<&str> {
        value
            .as_object()
            .map(|object| object.keys().map(String::as_str).collect())
            .unwrap_or_default()
    }

    /// The probe ladder sets every field of every type, so its JSON names every key serde
    /// knows; each must be a key the validator knows, and the other way round.
    #[test]
    fn validator_tables_match_the_serde_schema() {
        let probe = serde_json::to_value(probe()).expect("the probe serialises");
        let track = &probe["tracks"][0];
        let competency = &probe["competencies"][0];
        let pairs: [(&str, &Value, &[Field]); 10] = [
            ("document", &probe, DOCUMENT),
            ("[ladder]", &probe["ladder"], META),
            ("[[areas]]", &probe["areas"][0], AREA),
            ("[[tracks]]", track, TRACK),
            ("[[tracks.levels]]", &track["levels"][0], TRACK_LEVEL),
            ("[[levels.skills]]", &probe["levels"][0]["skills"][0], SKILL),
            ("pinned item", &probe["levels"][0]["responsibilities"][0], ITEM),
            ("[[competencies]]", competency, COMPETENCY),
            (
                "[[competencies.milestones]]",
                &competency["milestones"][0],
                MILESTONE,
            ),
            (
                "[[tracks.levels.skills]]",
                &track["levels"][0]["skills"][0],
                SKILL,
            ),
        ];
        for (place, value, fields) in pairs {
            assert_eq!(
                serde_keys(value),
                keys(fields),
                "{place}: serde and the validator differ"
            );
        }
        // Main levels are track levels without `alongside`.
        let mut main = keys(TRACK_LEVEL);
        main.remove("alongside");
        assert_eq!(keys(LEVEL), main);
        assert!(serde_keys(&probe["levels"][0]).is_superset(&keys(LEVEL)));
    }

    /// Every section a reader shows is a list the validator checks.
    #[test]
    fn sections_are_schema_lists() {
        use crate::content::{LEVEL_SECTIONS, TRACK_SECTIONS};
        for (sections, fields) in [(LEVEL_SECTIONS, LEVEL), (TRACK_SECTIONS, TRACK)] {
            for section in sections {
                let field = fields.iter().find(|f| f.key == section.key());
                let shape = field.map(|f| f.shape);
                assert!(
                    matches!(shape, Some(Shape::TextList | Shape::Items)),
                    "{section:?} is not a list of the schema"
                );
                assert_eq!(
                    matches!(shape, Some(Shape::Items)),
                    section.has_item_ids(),
                    "{section:?}"
                );
            }
        }
    }
}
