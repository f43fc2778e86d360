//! Reading the progress file, version 2 (the layout is documented in `format.rs`).
//! Unknown fields are errors: a field rungs does not know would be dropped on the next save.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::de::{Deserializer, Error as _};
use serde::{Deserialize, de::Unexpected};

use super::model::{Entry, Evidence, Item, LadderProgress, Progress, SkillState};
use super::when::When;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileV2 {
    #[allow(dead_code, reason = "checked before; listed so it is a known field")]
    version: i64,
    #[serde(default)]
    ladders: BTreeMap<String, LadderFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LadderFile {
    #[serde(default)]
    my_level: Option<String>,
    #[serde(default)]
    target: Option<String>,
    #[serde(default)]
    skills: BTreeMap<String, SkillFile>,
    /// By level (or track level) id, then expectation id.
    #[serde(default)]
    expectations: BTreeMap<String, BTreeMap<String, ExpectationFile>>,
    #[serde(default)]
    competencies: BTreeMap<String, CompetencyFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SkillFile {
    #[serde(default)]
    state: SkillState,
    #[serde(default, deserialize_with = "when")]
    developing_since: Option<When>,
    #[serde(default, deserialize_with = "when")]
    reached: Option<When>,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    evidence: Vec<EvidenceFile>,
}

/// The state words of an expectation.
#[derive(Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
enum ExpectationState {
    #[default]
    NotStarted,
    Developing,
    Met,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectationFile {
    #[serde(default)]
    state: ExpectationState,
    #[serde(default, deserialize_with = "when")]
    developing_since: Option<When>,
    #[serde(default, deserialize_with = "when")]
    reached: Option<When>,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    evidence: Vec<EvidenceFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CompetencyFile {
    #[serde(default, deserialize_with = "milestone")]
    milestone: Option<String>,
    #[serde(default)]
    working_toward: bool,
    #[serde(default, deserialize_with = "when")]
    developing_since: Option<When>,
    #[serde(default, deserialize_with = "when")]
    reached: Option<When>,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    evidence: Vec<EvidenceFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EvidenceFile {
    #[serde(deserialize_with = "day")]
    on: Date,
    text: String,
    #[serde(default)]
    link: Option<String>,
}

/// The record a file's table describes; evidence is put newest first.
fn entry(
    state: SkillState,
    milestone: Option<String>,
    developing_since: Option<When>,
    reached: Option<When>,
    note: Option<String>,
    evidence: Vec<EvidenceFile>,
) -> Entry {
    let mut entry = Entry {
        state,
        milestone,
        note,
        developing_since,
        reached,
        evidence: evidence
            .into_iter()
            .map(|evidence| Evidence {
                on: evidence.on,
                text: evidence.text,
                link: evidence.link,
            })
            .collect(),
    };
    entry.sort_evidence();
    entry
}

impl FileV2 {
    pub(super) fn into_progress(self) -> Progress {
        let ladders = self
            .ladders
            .into_iter()
            .map(|(id, ladder)| (id, ladder.into_progress()))
            .collect();
        Progress { ladders }
    }
}

impl LadderFile {
    fn into_progress(self) -> LadderProgress {
        let mut items = BTreeMap::new();
        for (id, skill) in self.skills {
            let entry = entry(
                skill.state,
                None,
                skill.developing_since,
                skill.reached,
                skill.note,
                skill.evidence,
            );
            items.insert(Item::skill(id), entry);
        }
        for (level, expectations) in self.expectations {
            for (id, expectation) in expectations {
                let state = match expectation.state {
                    ExpectationState::NotStarted => SkillState::NotStarted,
                    ExpectationState::Developing => SkillState::Developing,
                    ExpectationState::Met => SkillState::Developed,
                };
                let entry = entry(
                    state,
                    None,
                    expectation.developing_since,
                    expectation.reached,
                    expectation.note,
                    expectation.evidence,
                );
                items.insert(Item::expectation(level.as_str(), id), entry);
            }
        }
        for (id, competency) in self.competencies {
            let state = match (&competency.milestone, competency.working_toward) {
                (_, true) => SkillState::Developing,
                (Some(_), false) => SkillState::Developed,
                (None, false) => SkillState::NotStarted,
            };
            let entry = entry(
                state,
                competency.milestone,
                competency.developing_since,
                competency.reached,
                competency.note,
                competency.evidence,
            );
            items.insert(Item::competency(id), entry);
        }
        LadderProgress {
            my_level: self.my_level,
            target: self.target,
            items,
        }
    }
}

/// Accepts what people write by hand: a TOML date, a TOML date-time with an offset, or
/// either quoted.
pub(super) fn when<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<When>, D::Error> {
    let text = match toml::Value::deserialize(deserializer)? {
        toml::Value::Datetime(datetime) => datetime.to_string(),
        toml::Value::String(text) => text,
        other => {
            return Err(D::Error::custom(format!(
                "expected a date such as 2025-03-02, found a {}",
                other.type_str()
            )));
        }
    };
    When::parse(&text).map(Some).map_err(D::Error::custom)
}

/// An evidence date: a day (2025-03-02), quoted or not.
fn day<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
    match when(deserializer)? {
        Some(When::Day(date)) => Ok(date),
        _ => Err(D::Error::custom(
            "evidence is dated by day: write a date such as 2025-03-02",
        )),
    }
}

/// A milestone id: `3` or `"aligns-team"` (numbers are the default ids, by position).
fn milestone<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    match toml::Value::deserialize(deserializer)? {
        toml::Value::Integer(number) if number > 0 => Ok(Some(number.to_string())),
        toml::Value::Integer(number) => Err(D::Error::invalid_value(
            Unexpected::Signed(number),
            &"a milestone number from 1 (leave `milestone` out for none)",
        )),
        toml::Value::String(id) if !id.trim().is_empty() => Ok(Some(id)),
        other => Err(D::Error::custom(format!(
            "expected a milestone number or id such as 3 or \"aligns-team\", found {}",
            other.type_str()
        ))),
    }
}
