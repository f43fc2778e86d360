//! The ladder file `rungs import` writes: the schema's tables, serialised by the `toml`
//! crate so every string is escaped and the output always parses. Field names and order
//! follow the schema (README "Ladder files"); `rungs check` validates what this writes.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LadderFile {
    pub ladder: Meta,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<Area>,
    pub levels: Vec<Level>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub competencies: Vec<Competency>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Meta {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub principles: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Area {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Level {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub responsibilities: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub success: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<Skill>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Skill {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Competency {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub milestones: Vec<Milestone>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Milestone {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    pub level: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub signals: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<String>,
}

impl LadderFile {
    /// The file's text: a comment naming where it came from, then the tables.
    pub fn to_toml(&self, source: &str) -> Result<String, toml::ser::Error> {
        // A file name can hold anything; keep the comment on one printable line.
        let source: String = source
            .chars()
            .map(|c| if c.is_control() { '?' } else { c })
            .collect();
        let body = toml::to_string_pretty(self)?;
        Ok(format!(
            "# Imported by `rungs import` from {source}. Check it with `rungs check`.\n\n{body}"
        ))
    }
}
