//! What a sheet's header names mean: column headers matched case-insensitively against the
//! words people use for them.

use super::draft::comparable;

/// The role of one column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Area,
    /// The competency's (or skill's) name; `skills` when the header says "skill" in a long sheet.
    Name,
    Id,
    /// A competency's description in a wide sheet; the expectation itself in a long one.
    Description,
    /// The expectation in a long sheet (behaviour, criteria...).
    Expectation,
    Examples,
    Level,
    LevelCode,
    /// `competency` or `skill`, per row (written by `rungs export --format csv`).
    Kind,
    /// Progress columns `rungs export --format csv` adds; import reads the ladder only.
    Progress,
    /// Text that is not a level (notes, links...): kept in the competency's summary.
    Extra,
    /// Anything else: a level in a wide sheet.
    Other,
}

const AREA: &[&str] = &[
    "area",
    "areas",
    "category",
    "categories",
    "pillar",
    "theme",
    "axis",
    "domain",
    "dimension",
    "competency area",
    "focus area",
    "group",
    "section",
    "family",
    "cluster",
];
const NAME: &[&str] = &[
    "competency",
    "competencies",
    "skill",
    "skills",
    "name",
    "attribute",
    "trait",
    "capability",
    "topic",
    "sub competency",
    "subcategory",
    "criterion",
    "practice",
];
const ID: &[&str] = &["id", "key", "slug", "competency id", "skill id"];
const DESCRIPTION: &[&str] = &[
    "description",
    "summary",
    "definition",
    "about",
    "overview",
    "what it means",
];
const EXPECTATION: &[&str] = &[
    "expectation",
    "expectations",
    "behaviour",
    "behaviours",
    "behavior",
    "behaviors",
    "criteria",
    "text",
    "milestone",
    "indicator",
    "indicators",
    "what good looks like",
    "details",
    "signal",
    "signals",
    "statement",
];
const EXAMPLES: &[&str] = &["example", "examples", "evidence", "example evidence"];
const LEVEL: &[&str] = &[
    "level",
    "levels",
    "grade",
    "band",
    "rung",
    "seniority",
    "career level",
    "level name",
    "job level",
    "level title",
    "role",
    "job title",
    "position",
];
const LEVEL_CODE: &[&str] = &["code", "level code", "grade code"];
const KIND: &[&str] = &["kind", "type"];
const PROGRESS: &[&str] = &["my milestone", "my state", "since", "my note", "my evidence"];
const EXTRA: &[&str] = &[
    "note",
    "notes",
    "comment",
    "comments",
    "resources",
    "links",
    "link",
    "owner",
    "source",
    "references",
    "questions",
    "tips",
    "remarks",
];

/// The role a header names, or [`Role::Other`].
pub fn role_of(header: &str) -> Role {
    let key = comparable(header);
    let lists: [(&[&str], Role); 11] = [
        (AREA, Role::Area),
        (NAME, Role::Name),
        (ID, Role::Id),
        (DESCRIPTION, Role::Description),
        (EXPECTATION, Role::Expectation),
        (EXAMPLES, Role::Examples),
        (LEVEL, Role::Level),
        (LEVEL_CODE, Role::LevelCode),
        (KIND, Role::Kind),
        (PROGRESS, Role::Progress),
        (EXTRA, Role::Extra),
    ];
    lists
        .iter()
        .find(|(words, _)| words.contains(&key.as_str()))
        .map_or(Role::Other, |(_, role)| *role)
}

/// Whether a long sheet's name column lists skills (levels-and-skills) rather than competencies.
pub fn names_skills(header: &str) -> bool {
    matches!(comparable(header).as_str(), "skill" | "skills")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_people_write() {
        assert_eq!(role_of(" Pillar "), Role::Area);
        assert_eq!(role_of("COMPETENCY"), Role::Name);
        assert_eq!(role_of("Behaviours"), Role::Expectation);
        assert_eq!(role_of("Career level"), Role::Level);
        assert_eq!(role_of("Notes:"), Role::Extra);
        assert_eq!(role_of("L3 – Senior Engineer"), Role::Other);
        assert!(names_skills("Skill"));
        assert!(!names_skills("Competency"));
    }
}
