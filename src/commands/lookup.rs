//! The commands' side of name resolution (`crate::resolve`): what was typed becomes a
//! skill, level or ladder, or a message listing the candidates and exit code 2, like any
//! other usage error.

use super::Failure;
use crate::content::{Ladder, Level, Skill};
use crate::resolve::{self, Unresolved};

/// Exit code for a name that names nothing, or several things (a usage error, as clap uses).
const UNRESOLVED: u8 = 2;

impl From<Unresolved> for Failure {
    fn from(unresolved: Unresolved) -> Self {
        Failure::new(UNRESOLVED, unresolved.to_string())
    }
}

/// The ladder and skill `typed` names (see `crate::resolve::skill`).
pub fn find_skill<'a>(
    ladders: &'a [Ladder],
    only_ladder: Option<&str>,
    typed: &str,
) -> Result<(&'a Ladder, &'a Skill), Failure> {
    Ok(resolve::skill(ladders, only_ladder, typed)?)
}

/// The ladder and level `typed` names (see `crate::resolve::level`).
pub fn find_level<'a>(
    ladders: &'a [Ladder],
    only_ladder: Option<&str>,
    typed: &str,
) -> Result<(&'a Ladder, &'a Level), Failure> {
    Ok(resolve::level(ladders, only_ladder, typed)?)
}

/// The one ladder a ladder-wide action applies to: `--ladder`, or the only one loaded.
pub fn find_ladder<'a>(ladders: &'a [Ladder], only_ladder: Option<&str>) -> Result<&'a Ladder, Failure> {
    match resolve::scope(ladders, only_ladder)?.as_slice() {
        [ladder] => Ok(ladder),
        several => {
            let ids: Vec<&str> = several.iter().map(|ladder| ladder.meta.id.as_str()).collect();
            Err(Failure::new(
                UNRESOLVED,
                format!(
                    "error: several ladders are loaded ({}); pass --ladder LADDER_ID",
                    ids.join(", ")
                ),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_skill_exits_2_with_a_suggestion() {
        let ladders = crate::content::builtin().expect("built-in ladder");
        let failure = find_skill(&ladders, None, "mentoring").expect_err("typo");
        assert_eq!(failure.code, 2);
        assert!(failure.message.contains("mentorship"), "{failure}");
        let (_, skill) = find_skill(&ladders, None, "Mentorship").expect("its name");
        assert_eq!(skill.id, "mentorship");
    }
}
