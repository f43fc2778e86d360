//! Reading the progress file, version 1 (rungs before assessments): skills only, dated with
//! instants. Read as it is; the next change writes it as version 2 with nothing lost (the
//! instants are kept as instants, `developed_at` becomes `reached`).
//!
//! ```toml
//! version = 1
//!
//! [ladders.product-management]
//! my_level = "mid-level-pm"
//!
//! [ladders.product-management.skills.product-thinking]
//! state = "developed"
//! developing_since = 2025-01-10T09:00:00Z
//! developed_at = 2025-03-02T17:30:00Z
//! note = "Ran discovery for the pricing page"
//! ```

use std::collections::BTreeMap;

use serde::Deserialize;

use super::file_v2::when;
use super::model::{Entry, Item, LadderProgress, Progress, SkillState};
use super::when::When;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileV1 {
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
    skills: BTreeMap<String, EntryFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryFile {
    #[serde(default)]
    state: SkillState,
    #[serde(default)]
    note: Option<String>,
    #[serde(default, deserialize_with = "when")]
    developing_since: Option<When>,
    #[serde(default, deserialize_with = "when")]
    developed_at: Option<When>,
}

impl FileV1 {
    pub(super) fn into_progress(self) -> Progress {
        let ladders = self
            .ladders
            .into_iter()
            .map(|(id, ladder)| {
                let items = ladder
                    .skills
                    .into_iter()
                    .map(|(skill, entry)| {
                        let entry = Entry {
                            state: entry.state,
                            note: entry.note,
                            developing_since: entry.developing_since,
                            reached: entry.developed_at,
                            ..Entry::default()
                        };
                        (Item::skill(skill), entry)
                    })
                    .collect();
                let ladder = LadderProgress {
                    my_level: ladder.my_level,
                    target: None,
                    items,
                };
                (id, ladder)
            })
            .collect();
        Progress { ladders }
    }
}
