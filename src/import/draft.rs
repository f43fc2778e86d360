//! What an imported file says, before ids are made: the shape every reader (wide CSV, long
//! CSV, Markdown) produces and the one writer turns into a ladder. Names are as the file
//! wrote them; `line` is the 1-based line in the file, for the summary.

/// A ladder as read from a sheet or a document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub title: Option<String>,
    /// Paragraphs about the whole ladder, including text the reader could not place.
    pub summary: Vec<String>,
    /// Advice for the whole ladder (a "Principles" section).
    pub principles: Vec<String>,
    pub areas: Vec<DraftArea>,
    pub levels: Vec<DraftLevel>,
    pub competencies: Vec<DraftCompetency>,
    /// Ids given by the file (an `Id` column or row), by level position.
    pub level_ids: Vec<Option<String>>,
    /// What the reader could not place and where it went instead; the summary lists these.
    pub unplaced: Vec<Unplaced>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DraftArea {
    pub name: String,
    pub summary: Option<String>,
    pub line: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DraftLevel {
    pub title: String,
    pub code: Option<String>,
    pub summary: Vec<String>,
    pub changes: Vec<String>,
    pub responsibilities: Vec<String>,
    pub success: Vec<String>,
    pub notes: Vec<String>,
    pub skills: Vec<DraftSkill>,
    pub line: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DraftSkill {
    pub id: Option<String>,
    pub name: String,
    pub summary: Option<String>,
    pub area: Option<String>,
    pub examples: Vec<String>,
    pub line: usize,
}

/// One row of a matrix: a competency described level by level.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DraftCompetency {
    pub id: Option<String>,
    pub name: String,
    pub area: Option<String>,
    pub summary: Option<String>,
    pub milestones: Vec<DraftMilestone>,
    pub line: usize,
}

/// What one level expects of a competency.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DraftMilestone {
    /// Index into [`Draft::levels`].
    pub level: usize,
    pub title: Option<String>,
    pub text: Option<String>,
    pub signals: Vec<String>,
    pub examples: Vec<String>,
    pub line: usize,
}

/// Text the reader did not understand, kept somewhere and reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unplaced {
    pub line: usize,
    /// What the text was, briefly ("a paragraph", "column `Owner`").
    pub what: String,
    /// Where it went ("the ladder's summary", "the summary of Senior Engineer").
    pub kept_in: String,
}

impl Draft {
    /// The index of the level titled `title` (ignoring case and spacing), adding it if new.
    pub fn level_index(&mut self, title: &str, code: Option<String>, line: usize) -> usize {
        // A level needs a title: an empty heading takes its code, else its number.
        let numbered;
        let title = match (title.trim(), &code) {
            ("", Some(code)) => code.as_str(),
            ("", None) => {
                numbered = format!("Level {}", self.levels.len() + 1);
                numbered.as_str()
            }
            (title, _) => title,
        };
        let key = comparable(title);
        if let Some(index) = self
            .levels
            .iter()
            .position(|level| comparable(&level.title) == key)
        {
            return index;
        }
        self.levels.push(DraftLevel {
            title: title.trim().to_string(),
            code,
            line,
            ..DraftLevel::default()
        });
        self.levels.len() - 1
    }

    /// Adds the area named `name` unless it is already there (ignoring case and spacing).
    pub fn note_area(&mut self, name: &str, line: usize) {
        let key = comparable(name);
        if !self.areas.iter().any(|area| comparable(&area.name) == key) {
            self.areas.push(DraftArea {
                name: name.trim().to_string(),
                summary: None,
                line,
            });
        }
    }
}

/// Lowercase with runs of spaces and punctuation folded, to match names as people retype them.
pub fn comparable(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Splits a cell or paragraph into a statement and its bullet points. Bullets (`-`, `*`, `•`,
/// `1.`) and line breaks both separate signals; a first line that is not a bullet, followed
/// by bullets, is the statement. Lines starting `e.g.` or `Example:` are examples; a leading
/// `[Title]` is the milestone's short title.
pub fn split_cell(cell: &str) -> CellParts {
    let mut parts = CellParts::default();
    let mut lines: Vec<(bool, String)> = Vec::new();
    for raw in cell.lines() {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        let (bullet, body) = strip_bullet(line);
        if let Some(example) = strip_example(body) {
            parts.examples.push(example.to_string());
        } else {
            lines.push((bullet, body.to_string()));
        }
    }
    if let Some((bullet, first)) = lines.first_mut()
        && !*bullet
        && let Some(rest) = first.strip_prefix('[')
        && let Some((title, after)) = rest.split_once(']')
        && !title.trim().is_empty()
    {
        parts.title = Some(title.trim().to_string());
        *first = after.trim().to_string();
        if first.is_empty() {
            lines.remove(0);
        }
    }
    match lines.as_slice() {
        [] => {}
        [(false, only)] => parts.text = Some(only.clone()),
        [(false, first), rest @ ..] if rest.iter().all(|(bullet, _)| *bullet) => {
            parts.text = Some(first.clone());
            parts.signals = rest.iter().map(|(_, text)| text.clone()).collect();
        }
        all => parts.signals = all.iter().map(|(_, text)| text.clone()).collect(),
    }
    parts
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CellParts {
    pub title: Option<String>,
    pub text: Option<String>,
    pub signals: Vec<String>,
    pub examples: Vec<String>,
}

fn strip_bullet(line: &str) -> (bool, &str) {
    for marker in ["- ", "* ", "• ", "· ", "– ", "+ "] {
        if let Some(rest) = line.strip_prefix(marker) {
            return (true, rest.trim());
        }
    }
    // "1. text" or "1) text"
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0
        && let Some(rest) = line[digits..]
            .strip_prefix(". ")
            .or_else(|| line[digits..].strip_prefix(") "))
    {
        return (true, rest.trim());
    }
    (false, line)
}

fn strip_example(line: &str) -> Option<&str> {
    let lower = line.to_lowercase();
    [
        "e.g.",
        "eg:",
        "example:",
        "examples:",
        "for example:",
        "for example,",
    ]
    .iter()
    .find(|prefix| lower.starts_with(*prefix))
    .map(|prefix| line[prefix.len()..].trim())
    .filter(|rest| !rest.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_statement_then_bullets() {
        let parts = split_cell("Writes clear docs\n- leads reviews\n• mentors\ne.g. the RFC for billing");
        assert_eq!(parts.text.as_deref(), Some("Writes clear docs"));
        assert_eq!(parts.signals, ["leads reviews", "mentors"]);
        assert_eq!(parts.examples, ["the RFC for billing"]);
    }

    #[test]
    fn line_breaks_alone_are_signals() {
        let parts = split_cell("Ships small fixes\r\nAsks for help early\n");
        assert_eq!(parts.text, None);
        assert_eq!(parts.signals, ["Ships small fixes", "Asks for help early"]);
    }

    #[test]
    fn a_bracketed_title_leads_the_cell() {
        let parts = split_cell("[Adopts] Uses the team's tools");
        assert_eq!(parts.title.as_deref(), Some("Adopts"));
        assert_eq!(parts.text.as_deref(), Some("Uses the team's tools"));
        assert_eq!(split_cell("   \n "), CellParts::default());
        assert_eq!(split_cell("- one signal").signals, ["one signal"]);
    }

    #[test]
    fn names_compare_loosely() {
        assert_eq!(comparable("  Senior   Engineer "), comparable("senior-engineer"));
    }
}
