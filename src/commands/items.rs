//! Turning what a person types into an assessable item (a skill or an expectation of a
//! level), through the one resolver every command uses (`crate::resolve::pick`): by id, by
//! name or text as shown, by `LEVEL/ID`, or a near miss; a miss suggests the closest.

use crate::content::{Competency, Ladder, Skill};
use crate::progress::{Expectation, Item, expectations};
use crate::resolve::{Candidate, pick};

use super::Failure;

/// An assessable item found in the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found<'a> {
    Skill(&'a Skill),
    Expectation(Expectation<'a>),
    Competency(&'a Competency),
}

impl Found<'_> {
    pub fn item(&self) -> Item {
        match self {
            Found::Skill(skill) => Item::skill(skill.id.as_str()),
            Found::Expectation(expectation) => expectation.item(),
            Found::Competency(competency) => Item::competency(competency.id.as_str()),
        }
    }

    /// A skill's name, an expectation's text.
    pub fn name(&self) -> &str {
        match self {
            Found::Skill(skill) => &skill.name,
            Found::Expectation(expectation) => expectation.text,
            Found::Competency(competency) => &competency.name,
        }
    }

    /// The id as shown and accepted: `product-thinking`, `senior-pm/own-the-roadmap`.
    pub fn shown_id(&self) -> String {
        match self {
            Found::Skill(skill) => skill.id.clone(),
            Found::Expectation(expectation) => format!("{}/{}", expectation.level, expectation.id),
            Found::Competency(competency) => competency.id.clone(),
        }
    }
}

/// The ladder and item `typed` names: a skill or an expectation of any level or track
/// (messages call either an "item").
pub fn find_item<'a>(
    ladders: &'a [Ladder],
    only_ladder: Option<&str>,
    typed: &str,
) -> Result<(&'a Ladder, Found<'a>), Failure> {
    let mut candidates: Vec<Candidate<(&Ladder, Found)>> = Vec::new();
    for ladder in crate::resolve::scope(ladders, only_ladder)? {
        for skill in ladder.skills() {
            candidates.push(Candidate {
                value: (ladder, Found::Skill(skill)),
                id: skill.id.clone(),
                name: skill.name.clone(),
                ladder: ladder.meta.id.clone(),
                also: skill.formerly.clone(),
            });
        }
        for competency in &ladder.competencies {
            candidates.push(Candidate {
                value: (ladder, Found::Competency(competency)),
                id: competency.id.clone(),
                name: competency.name.clone(),
                ladder: ladder.meta.id.clone(),
                also: competency.formerly.clone(),
            });
        }
        for expectation in expectations(ladder) {
            let found = Found::Expectation(expectation);
            candidates.push(Candidate {
                id: found.shown_id(),
                name: found.name().to_string(),
                ladder: ladder.meta.id.clone(),
                also: Vec::new(),
                value: (ladder, found),
            });
        }
    }
    Ok(pick("item", typed, &candidates).map(|(found, _)| found)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skills_and_expectations_resolve_by_id_text_and_near_misses() {
        let ladders = crate::content::builtin().expect("built-in ladder");
        let (_, found) = find_item(&ladders, None, "mentorship").expect("a skill id");
        assert_eq!(found.item(), Item::skill("mentorship"));
        let senior = &ladders[0].levels[2];
        let text = &senior.responsibilities[0].text;
        let (_, found) = find_item(&ladders, None, text).expect("an expectation's text");
        let Found::Expectation(expectation) = &found else {
            panic!("expected an expectation, found {found:?}");
        };
        assert_eq!(expectation.level, senior.id);
        let (_, again) = find_item(&ladders, None, &found.shown_id()).expect("LEVEL/ID");
        assert_eq!(again, found);
        let failure = find_item(&ladders, None, "zzzz qqqq").expect_err("nothing like it");
        assert_eq!(failure.code, 2, "{failure}");
        let failure = find_item(&ladders, None, "mentoring").expect_err("a near miss");
        assert_eq!(failure.code, 2);
        assert!(
            failure.message.contains("mentorship"),
            "suggests the closest: {failure}"
        );
    }
}
