//! The names people give the parts of a level in a document ("What success looks like",
//! "Key responsibilities", "Skills to develop"), matched by synonyms.

use super::draft::comparable;

/// A part of a level (or, before the first level, of the whole ladder).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Section {
    /// Free text about the level or ladder.
    Summary,
    Changes,
    Responsibilities,
    Success,
    Skills,
    Notes,
    Principles,
    /// A heading nothing here understands; its text is kept in the summary under this name.
    Unknown(String),
}

/// Checked in this order: more specific phrases first ("what success looks like" before
/// anything that merely mentions a level).
const SYNONYMS: &[(Section, &[&str])] = &[
    (
        Section::Changes,
        &[
            "what changes",
            "changes",
            "what s new",
            "new at this level",
            "what s different",
            "transition",
            "moving up",
        ],
    ),
    (
        Section::Success,
        &[
            "success",
            "outcomes",
            "impact",
            "results",
            "how you re measured",
            "measured",
            "achievements",
        ],
    ),
    (
        Section::Skills,
        &[
            "skills",
            "skill",
            "competencies",
            "competency",
            "growth areas",
            "areas to grow",
            "focus areas",
            "to develop",
            "to grow",
            "capabilities",
            "development areas",
        ],
    ),
    (
        Section::Responsibilities,
        &[
            "responsibilities",
            "responsibility",
            "what you do",
            "what you ll do",
            "you will",
            "scope",
            "expectations",
            "expected",
            "duties",
            "behaviours",
            "behaviors",
            "deliverables",
            "role",
            "accountabilities",
        ],
    ),
    (
        Section::Notes,
        &[
            "notes",
            "note",
            "tips",
            "advice",
            "remarks",
            "caveats",
            "pitfalls",
            "anti patterns",
            "watch out",
        ],
    ),
    (
        Section::Principles,
        &["principles", "values", "guiding principles"],
    ),
    (
        Section::Summary,
        &[
            "summary",
            "overview",
            "about",
            "description",
            "in short",
            "tl dr",
            "introduction",
            "intro",
            "purpose",
        ],
    ),
];

/// The section a heading or bold label names, if any: a synonym among its words.
pub fn section_named(label: &str) -> Option<Section> {
    let key = format!(" {} ", comparable(label));
    SYNONYMS
        .iter()
        .find(|(_, words)| words.iter().any(|word| key.contains(&format!(" {word} "))))
        .map(|(section, _)| section.clone())
}

/// Headings at a level's depth that are about the ladder, not a level of it.
pub fn is_ladder_heading(label: &str) -> bool {
    let key = comparable(label);
    matches!(
        section_named(label),
        Some(Section::Summary | Section::Principles | Section::Notes)
    ) || [
        "matrix",
        "competency matrix",
        "levels",
        "faq",
        "glossary",
        "how to use",
        "how to use this",
    ]
    .contains(&key.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_names_people_use() {
        assert_eq!(section_named("What success looks like"), Some(Section::Success));
        assert_eq!(
            section_named("Key Responsibilities:"),
            Some(Section::Responsibilities)
        );
        assert_eq!(section_named("Skills to develop"), Some(Section::Skills));
        assert_eq!(section_named("What's different from L3"), Some(Section::Changes));
        assert_eq!(section_named("Compensation"), None);
        assert!(is_ladder_heading("Overview"));
        assert!(!is_ladder_heading("Senior Engineer"));
    }
}
