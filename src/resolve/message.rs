//! Why a typed name resolved to nothing, and the message that says what to type instead.

use std::fmt;

use super::Candidate;

/// A typed name that names no one thing. Its `Display` is the whole message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unresolved {
    /// Nothing close enough: `suggestions` are the nearest, best first (maybe none).
    Unknown {
        what: &'static str,
        typed: String,
        suggestions: Vec<Listed>,
    },
    /// Several equally good candidates, best first.
    Ambiguous {
        what: &'static str,
        typed: String,
        candidates: Vec<Listed>,
    },
}

/// A candidate as an error lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub id: String,
    pub name: String,
    pub ladder: String,
}

impl Unresolved {
    pub(super) fn unknown<T>(what: &'static str, typed: &str, all: &[Candidate<T>], at: &[usize]) -> Self {
        Unresolved::Unknown {
            what,
            typed: typed.to_string(),
            suggestions: listed(all, at),
        }
    }

    pub(super) fn ambiguous<T>(what: &'static str, typed: &str, all: &[Candidate<T>], at: &[usize]) -> Self {
        Unresolved::Ambiguous {
            what,
            typed: typed.to_string(),
            candidates: listed(all, at),
        }
    }

    /// The candidates the message lists.
    pub fn listed(&self) -> &[Listed] {
        match self {
            Unresolved::Unknown { suggestions, .. } => suggestions,
            Unresolved::Ambiguous { candidates, .. } => candidates,
        }
    }
}

fn listed<T>(all: &[Candidate<T>], at: &[usize]) -> Vec<Listed> {
    at.iter()
        .filter_map(|&at| all.get(at))
        .map(|candidate| Listed {
            id: candidate.id.clone(),
            name: candidate.name.clone(),
            ladder: candidate.ladder.clone(),
        })
        .collect()
}

impl fmt::Display for Unresolved {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = self.listed();
        // The same id in several ladders: only --ladder tells them apart.
        let same_id = list.len() > 1 && list.iter().all(|one| one.id == list[0].id);
        match self {
            Unresolved::Unknown { what, typed, .. } => {
                write!(f, "error: no {what} matches `{}`", printable(typed))?;
                if list.is_empty() {
                    return write!(f, "\n  = hint: `rungs list` shows every {what}");
                }
                f.write_str("; did you mean:")?;
            }
            Unresolved::Ambiguous { what, typed, .. } if same_id => {
                write!(f, "error: {what} `{}` is in several ladders:", printable(typed))?;
            }
            Unresolved::Ambiguous { what, typed, .. } => {
                write!(
                    f,
                    "error: `{}` could be any of these {}:",
                    printable(typed),
                    plural(what)
                )?;
            }
        }
        let width = list.iter().map(|one| one.id.chars().count()).max().unwrap_or(0);
        for one in list {
            write!(f, "\n    {:width$}  {}", one.id, printable(&one.name))?;
            if same_id {
                write!(f, "  (ladder {})", one.ladder)?;
            }
        }
        let hint = if same_id {
            "pass --ladder LADDER_ID"
        } else {
            "type the id, or more of the name; `rungs list` shows every id"
        };
        write!(f, "\n  = hint: {hint}")
    }
}

/// "skills", "competencies".
fn plural(what: &str) -> String {
    match what.strip_suffix('y') {
        Some(stem) => format!("{stem}ies"),
        None => format!("{what}s"),
    }
}

/// What a person typed, with control characters shown as escapes so it cannot move the
/// terminal's cursor or change its colours.
fn printable(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let escaped: Vec<char> = if c.is_control() {
                c.escape_default().collect()
            } else {
                vec![c]
            };
            escaped
        })
        .collect()
}
