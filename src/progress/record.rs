//! What is recorded for one assessable item (a skill, an expectation of a level, or a
//! competency): where the person stands, since when, a note, and dated evidence.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::when::When;

/// Where a person stands on one item.
///
/// The same three steps serve every kind of item; only the words differ (see
/// [`ItemKind::state_name`]): a skill is *developed*, an expectation is *met*, and a
/// competency is *at* a milestone (`Developed`) or *working toward the next* (`Developing`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SkillState {
    #[default]
    NotStarted,
    Developing,
    Developed,
}

impl SkillState {
    pub fn name(self) -> &'static str {
        match self {
            SkillState::NotStarted => "not-started",
            SkillState::Developing => "developing",
            SkillState::Developed => "developed",
        }
    }

    /// The symbol that carries the meaning without colour (NO_COLOR, colour-blind users).
    pub fn symbol(self) -> char {
        match self {
            SkillState::NotStarted => '·',
            SkillState::Developing => '◐',
            SkillState::Developed => '✓',
        }
    }
}

/// The kinds of item a person can assess.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    Skill,
    /// A responsibility or success marker of a level or track level.
    Expectation,
    Competency,
}

impl ItemKind {
    /// The word for `state` of this kind of item, as the file and JSON write it.
    pub fn state_name(self, state: SkillState) -> &'static str {
        match (self, state) {
            (ItemKind::Expectation, SkillState::Developed) => "met",
            (_, state) => state.name(),
        }
    }

    /// Reads a state word of this kind ("met" for an expectation, "developed" for a skill).
    pub fn parse_state(self, text: &str) -> Option<SkillState> {
        [
            SkillState::NotStarted,
            SkillState::Developing,
            SkillState::Developed,
        ]
        .into_iter()
        .find(|state| self.state_name(*state) == text)
    }
}

/// Which record: skills and competencies by their ids, an expectation by its level (or
/// track level) and its id within it. Sorted by kind then id, as the file is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Item {
    Skill { id: String },
    Expectation { level: String, id: String },
    Competency { id: String },
}

impl Item {
    pub fn skill(id: impl Into<String>) -> Item {
        Item::Skill { id: id.into() }
    }

    pub fn expectation(level: impl Into<String>, id: impl Into<String>) -> Item {
        Item::Expectation {
            level: level.into(),
            id: id.into(),
        }
    }

    pub fn competency(id: impl Into<String>) -> Item {
        Item::Competency { id: id.into() }
    }

    pub fn kind(&self) -> ItemKind {
        match self {
            Item::Skill { .. } => ItemKind::Skill,
            Item::Expectation { .. } => ItemKind::Expectation,
            Item::Competency { .. } => ItemKind::Competency,
        }
    }

    /// The item's id within its kind (an expectation's id within its level).
    pub fn id(&self) -> &str {
        match self {
            Item::Skill { id } | Item::Expectation { id, .. } | Item::Competency { id } => id,
        }
    }

    /// `skill product-thinking`, `expectation senior-pm/owns-the-roadmap`: for messages.
    pub fn label(&self) -> String {
        match self {
            Item::Expectation { level, id } => format!("expectation {level}/{id}"),
            other => format!("{} {}", kind_word(other.kind()), other.id()),
        }
    }
}

fn kind_word(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Skill => "skill",
        ItemKind::Expectation => "expectation",
        ItemKind::Competency => "competency",
    }
}

/// One dated piece of evidence: what the person did, and where to see it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Evidence {
    pub on: Date,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

/// What is recorded for one item. Dates say when the present state was reached and, for a
/// state that grew out of "developing", when that started.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub state: SkillState,
    /// Competencies only: the id of the highest milestone reached (`None`: none yet, even
    /// while working toward the first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub milestone: Option<String>,
    /// Free text about the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// When work toward the present state (or the next milestone) began.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub developing_since: Option<When>,
    /// When the present state (developed, met, the milestone) was reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reached: Option<When>,
    /// Newest first; see [`Entry::add_evidence`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

impl Entry {
    /// An entry that says nothing; such entries are dropped instead of written.
    pub fn is_blank(&self) -> bool {
        *self == Entry::default()
    }

    /// Adds `evidence` before older entries (newest first; among entries of one day, the
    /// latest added first). Adding an entry already present changes nothing, so a retried
    /// or replayed change never doubles it.
    pub fn add_evidence(&mut self, evidence: Evidence) {
        if self.evidence.contains(&evidence) {
            return;
        }
        let at = self
            .evidence
            .iter()
            .position(|old| old.on <= evidence.on)
            .unwrap_or(self.evidence.len());
        self.evidence.insert(at, evidence);
    }

    /// Puts evidence newest first, keeping the order of entries of one day: what a
    /// hand-edited file is read as, so every reader sees one order.
    pub fn sort_evidence(&mut self) {
        self.evidence
            .sort_by_key(|evidence| std::cmp::Reverse(evidence.on));
    }

    /// Moves to `state`, dated `at` when the state actually changes. Staying in a state
    /// keeps its date, so replaying a change (a retry, a merge after another process wrote)
    /// never moves a date.
    pub fn set_state(&mut self, state: SkillState, at: When) {
        if self.state == state {
            return;
        }
        match state {
            SkillState::NotStarted => {
                self.developing_since = None;
                self.reached = None;
            }
            SkillState::Developing => {
                self.developing_since = Some(at);
                self.reached = None;
            }
            // Developing-since stays: it is the start of the timeline that led here.
            SkillState::Developed => self.reached = Some(at),
        }
        self.state = state;
    }

    /// Competencies: at `milestone` (`None`: none reached), and working toward the next one
    /// or not. The reached date moves only when the milestone does; the developing date only
    /// when work toward a new milestone starts.
    pub fn set_milestone(&mut self, milestone: Option<String>, working_toward: bool, at: When) {
        let state = match (&milestone, working_toward) {
            (_, true) => SkillState::Developing,
            (Some(_), false) => SkillState::Developed,
            (None, false) => SkillState::NotStarted,
        };
        if self.milestone == milestone && self.state == state {
            return;
        }
        if self.milestone != milestone {
            self.reached = milestone.as_ref().map(|_| at);
            self.developing_since = None;
        }
        if working_toward && (self.state != SkillState::Developing || self.developing_since.is_none()) {
            self.developing_since = Some(at);
        }
        if !working_toward {
            self.developing_since = None;
        }
        self.milestone = milestone;
        self.state = state;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        text.parse().unwrap_or_else(|error| panic!("{text}: {error}"))
    }

    fn evidence(on: &str, text: &str) -> Evidence {
        Evidence {
            on: day(on),
            text: text.into(),
            link: None,
        }
    }

    #[test]
    fn evidence_is_newest_first_and_never_doubled() {
        let mut entry = Entry::default();
        entry.add_evidence(evidence("2025-03-01", "march"));
        entry.add_evidence(evidence("2025-01-01", "january"));
        entry.add_evidence(evidence("2025-03-01", "march, later"));
        entry.add_evidence(evidence("2025-03-01", "march"));
        let texts: Vec<&str> = entry.evidence.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(texts, ["march, later", "march", "january"]);
    }

    #[test]
    fn milestones_keep_their_dates_when_replayed() {
        let (first, second) = (When::Day(day("2025-01-01")), When::Day(day("2025-02-01")));
        let mut entry = Entry::default();
        entry.set_milestone(None, true, first);
        assert_eq!(entry.state, SkillState::Developing);
        assert_eq!(entry.developing_since, Some(first));
        entry.set_milestone(Some("1".into()), false, second);
        assert_eq!(
            (entry.state, entry.reached),
            (SkillState::Developed, Some(second))
        );
        let before = entry.clone();
        entry.set_milestone(Some("1".into()), false, When::Day(day("2030-01-01")));
        assert_eq!(entry, before, "replaying changes nothing");
        entry.set_milestone(None, false, second);
        assert!(entry.is_blank(), "clearing leaves nothing: {entry:?}");
    }

    #[test]
    fn expectations_are_met_and_skills_developed() {
        assert_eq!(ItemKind::Expectation.state_name(SkillState::Developed), "met");
        assert_eq!(
            ItemKind::Skill.parse_state("developed"),
            Some(SkillState::Developed)
        );
        assert_eq!(
            ItemKind::Expectation.parse_state("met"),
            Some(SkillState::Developed)
        );
        assert_eq!(ItemKind::Expectation.parse_state("developed"), None);
    }
}
