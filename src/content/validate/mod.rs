//! Checks a parsed (but not yet typed) TOML document against the schema and reports every
//! problem in one pass, each with its position.
//!
//! serde stops at the first error, so the structure is walked here first; only a document
//! that passes is handed to serde to build the typed [`Ladder`](super::Ladder).

use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::diagnostic::{Diagnostic, LineIndex, nearest};
use super::schema::TrackKind;
use fields::{DOCUMENT, Field, ITEM, Shape};

mod clean;
mod fields;
mod links;

pub use clean::is_clean;

/// A slug: lowercase ASCII letters, digits and '-', not starting or ending with '-'.
pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('-')
        && !text.ends_with('-')
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Where an id was first defined, to name both places in a duplicate. A byte offset, turned
/// into a line number only when a duplicate is reported: counting lines for every id made
/// validation quadratic (minutes for a 100,000-skill ladder).
struct IdSeen {
    span: Range<usize>,
    /// "skill" or "competency", where they share a namespace.
    what: &'static str,
}

struct Walker<'a> {
    file: &'a Path,
    text: &'a str,
    lines: LineIndex,
    problems: Vec<Diagnostic>,
    /// Per id namespace ("level", "track", "skill"): first definition of each id.
    ids: HashMap<&'static str, HashMap<String, IdSeen>>,
}

impl Walker<'_> {
    fn report(&mut self, span: Range<usize>, message: String, hint: Option<String>) {
        let mut diagnostic = Diagnostic::at_indexed(self.file, self.text, &self.lines, span, message);
        diagnostic.hint = hint;
        self.problems.push(diagnostic);
    }

    fn table(&mut self, table: &DeTable<'_>, span: Range<usize>, fields: &[Field], place: &str) {
        for (key, value) in table.iter() {
            let name = key.get_ref().as_ref();
            match fields.iter().find(|f| f.key == name) {
                Some(field) => self.value(value, field, place),
                None => {
                    let valid = fields.iter().map(|f| f.key);
                    let hint = match nearest(name, valid.clone()) {
                        Some(guess) => format!("did you mean `{guess}`?"),
                        None => format!(
                            "valid keys here: {}",
                            valid.map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
                        ),
                    };
                    self.report(key.span(), format!("unknown key `{name}` in {place}"), Some(hint));
                }
            }
        }
        for missing in fields.iter().filter(|f| f.required) {
            if !table.iter().any(|(key, _)| key.get_ref().as_ref() == missing.key) {
                let message = format!("{place} is missing the required key `{}`", missing.key);
                let hint = Some(format!("add `{} = …` to {place}", missing.key));
                self.report(span.clone(), message, hint);
            }
        }
    }

    fn value(&mut self, value: &Spanned<DeValue<'_>>, field: &Field, place: &str) {
        let key = field.key;
        let span = value.span();
        match (field.shape, value.get_ref()) {
            (Shape::Text, DeValue::String(text)) => {
                if text.trim().is_empty() {
                    self.report(span, format!("`{key}` in {place} is empty"), None);
                }
            }
            (Shape::Slug | Shape::LevelRefs, DeValue::String(text)) => self.slug(text, span, key, place),
            (Shape::Kind, DeValue::String(text)) => {
                if !TrackKind::NAMES.contains(&text.as_ref()) {
                    let hint = "use \"ic\" (a parallel track), \"management\", \"role\" (taken on at any \
                                level) or \"adjacent\" (a move to another role)";
                    let message = format!("unknown track kind \"{text}\" in {place}");
                    self.report(span, message, Some(hint.into()));
                }
            }
            (Shape::Count, DeValue::Integer(number)) => {
                if u32::from_str_radix(number.as_str(), number.radix()).is_err() {
                    let message = format!("`{key}` in {place} must be a whole number from 0 to {}", u32::MAX);
                    self.report(span, message, None);
                }
            }
            (Shape::TextList | Shape::SlugList | Shape::LevelRefs, DeValue::Array(items)) => {
                for item in items.iter() {
                    match item.get_ref() {
                        DeValue::String(text) if !matches!(field.shape, Shape::TextList) => {
                            self.slug(text, item.span(), key, place)
                        }
                        DeValue::String(text) if text.trim().is_empty() => {
                            self.report(item.span(), format!("empty entry in `{key}` in {place}"), None)
                        }
                        DeValue::String(_) => {}
                        other => self.wrong_type(item.span(), key, place, "a string", other),
                    }
                }
            }
            (Shape::Items, DeValue::Array(items)) => {
                for item in items.iter() {
                    match item.get_ref() {
                        DeValue::String(text) if text.trim().is_empty() => {
                            self.report(item.span(), format!("empty entry in `{key}` in {place}"), None)
                        }
                        DeValue::String(_) => {}
                        DeValue::Table(table) => {
                            let item_place = format!("a `{key}` item of {place}");
                            self.table(table, item.span(), ITEM, &item_place);
                            self.remember_ids("items", table);
                        }
                        other => self.wrong_type(
                            item.span(),
                            key,
                            place,
                            "a string or an { id, text } table",
                            other,
                        ),
                    }
                }
            }
            (Shape::Table(fields), DeValue::Table(table)) => {
                self.table(table, span, fields, &format!("[{key}]"))
            }
            (Shape::TableList(fields), DeValue::Array(items)) => {
                if key == "levels" && place == "the file" && items.is_empty() {
                    self.report(
                        span.clone(),
                        "the ladder has no levels".into(),
                        Some(LEVEL_HINT.into()),
                    );
                }
                if key == "milestones" && items.is_empty() {
                    let hint = "add at least one [[competencies.milestones]] with `text` (and `level`)";
                    self.report(
                        span.clone(),
                        format!("{place} has no milestones"),
                        Some(hint.into()),
                    );
                }
                for (index, item) in items.iter().enumerate() {
                    let item_place = describe_item(place, key, index, item.get_ref());
                    match item.get_ref() {
                        DeValue::Table(table) => {
                            self.table(table, item.span(), fields, &item_place);
                            self.remember_ids(key, table);
                        }
                        other => self.wrong_type(item.span(), key, place, "a table", other),
                    }
                }
            }
            (shape, other) => {
                let expected = match shape {
                    Shape::Text | Shape::Slug | Shape::Kind => "a string",
                    Shape::Count => "a whole number",
                    Shape::LevelRefs => "a level id or a list of them",
                    Shape::TextList | Shape::SlugList => "an array of strings",
                    Shape::Items => "an array of strings",
                    Shape::Table(_) => "a table",
                    Shape::TableList(_) => "an array of tables",
                };
                self.wrong_type(span, key, place, expected, other);
            }
        }
    }

    fn slug(&mut self, text: &str, span: Range<usize>, key: &str, place: &str) {
        if !is_slug(text) {
            let suggestion = slugify(text);
            let hint = if suggestion.is_empty() {
                "use lowercase letters, digits and '-'".to_string()
            } else {
                format!("use lowercase letters, digits and '-', e.g. \"{suggestion}\"")
            };
            self.report(
                span,
                format!("`{key}` \"{text}\" in {place} is not a valid id"),
                Some(hint),
            );
        }
    }

    fn wrong_type(&mut self, span: Range<usize>, key: &str, place: &str, expected: &str, got: &DeValue<'_>) {
        let message = format!("`{key}` in {place} must be {expected}, not {}", got.type_str());
        self.report(span, message, None);
    }

    /// Records the ids a level, track, area, skill, competency or pinned item defines and
    /// reports any defined twice. Skills and competencies share one namespace (progress is
    /// keyed by their ids), as do main and track levels.
    fn remember_ids(&mut self, list_key: &str, table: &DeTable<'_>) {
        let (namespace, what) = match list_key {
            "levels" => ("level", "level"),
            "tracks" => ("track", "track"),
            "areas" => ("area", "area"),
            "items" => ("item", "item"),
            "skills" => ("skill", "skill"),
            "competencies" => ("skill", "competency"),
            // Milestone ids are per competency; `links` checks them.
            _ => return,
        };
        let strings = |key: &str| -> Vec<(String, Range<usize>)> {
            table
                .iter()
                .filter(|(k, _)| k.get_ref().as_ref() == key)
                .flat_map(|(_, value)| match value.get_ref() {
                    DeValue::String(s) => vec![(s.to_string(), value.span())],
                    DeValue::Array(items) => items
                        .iter()
                        .filter_map(|i| i.get_ref().as_str().map(|s| (s.to_string(), i.span())))
                        .collect(),
                    _ => vec![],
                })
                .collect()
        };
        // Former ids share the namespace: an old id must map to exactly one skill.
        let mut defined = strings("id");
        if namespace == "skill" {
            defined.extend(strings("formerly"));
        }
        for (id, span) in defined {
            let seen = self.ids.entry(namespace).or_default();
            if let Some(first) = seen.get_mut(&id) {
                // Tables are walked in key order, not file order: report the later of the
                // two places and name the earlier one.
                let (mut earlier, mut earlier_what, mut later, mut later_what) =
                    (first.span.clone(), first.what, span, what);
                if later.start < earlier.start {
                    std::mem::swap(&mut earlier, &mut later);
                    std::mem::swap(&mut earlier_what, &mut later_what);
                    *first = IdSeen {
                        span: earlier.clone(),
                        what: earlier_what,
                    };
                }
                let first_line = self.lines.line_of(earlier.start);
                let (message, hint) = if earlier_what == later_what {
                    (
                        format!("duplicate {later_what} id \"{id}\" (first defined on line {first_line})"),
                        format!("{later_what} ids must be unique in the ladder; rename one of them"),
                    )
                } else {
                    (
                        format!(
                            "{later_what} id \"{id}\" is also the id of a {earlier_what} (line {first_line})"
                        ),
                        "skills and competencies share one set of ids (progress is keyed by them); \
                         rename one of them"
                            .to_string(),
                    )
                };
                self.report(later, message, Some(hint));
            } else {
                seen.insert(id, IdSeen { span, what });
            }
        }
    }
}

const LEVEL_HINT: &str = "add at least one [[levels]] table with `id` and `title`";

fn describe_item(place: &str, key: &str, index: usize, item: &DeValue<'_>) -> String {
    let id = item
        .as_table()
        .and_then(|t| t.iter().find(|(k, _)| k.get_ref().as_ref() == "id"))
        .and_then(|(_, v)| v.get_ref().as_str().map(str::to_string));
    let header = match place.strip_prefix("[[").and_then(|p| p.split("]]").next()) {
        Some(parent) => format!("{parent}.{key}"),
        None => key.to_string(),
    };
    match id {
        Some(id) => format!("[[{header}]] \"{id}\""),
        None => format!("[[{header}]] #{}", index + 1),
    }
}

/// A best-effort slug for the hint on an invalid id.
fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

/// Every schema problem in the document, sorted by position; empty when it is valid.
pub fn check_document(file: &Path, text: &str, document: &Spanned<DeTable<'_>>) -> Vec<Diagnostic> {
    let mut walker = Walker {
        file,
        text,
        lines: LineIndex::new(text),
        problems: Vec::new(),
        ids: HashMap::new(),
    };
    walker.table(document.get_ref(), 0..0, DOCUMENT, "the file");
    for problem in links::Links::of_document(document.get_ref()).problems() {
        walker.report(problem.at, problem.message, problem.hint);
    }
    if let Some(missing_levels) = walker
        .problems
        .iter_mut()
        .find(|d| d.message == "the file is missing the required key `levels`")
    {
        missing_levels.message = "the ladder has no levels".into();
        missing_levels.hint = Some(LEVEL_HINT.into());
    }
    walker.problems.sort_by_key(|d| (d.line, d.column));
    walker.problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<Diagnostic> {
        let document = DeTable::parse(text).expect("test input is valid TOML");
        let found = check_document(Path::new("t.toml"), text, &document);
        assert_fast_check_agrees(text, &found);
        found
    }

    const MINIMAL: &str = "[ladder]\nid = \"x\"\ntitle = \"X\"\n[[levels]]\nid = \"one\"\ntitle = \"One\"\n";

    #[test]
    fn minimal_ladder_is_valid() {
        assert_eq!(problems(MINIMAL), vec![]);
    }

    #[test]
    fn slugs() {
        assert!(is_slug("senior-pm2"));
        for bad in ["", "Senior", "a_b", "-a", "a-", "a b", "é"] {
            assert!(!is_slug(bad), "{bad:?}");
        }
        assert_eq!(slugify("Senior PM!"), "senior-pm");
    }

    #[test]
    fn describes_nested_items_by_id() {
        let text = format!("{MINIMAL}[[levels.skills]]\nid = \"s\"\nname = \"S\"\nbogus = 1\n");
        let found = problems(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].message, "unknown key `bogus` in [[levels.skills]] \"s\"");
    }

    #[test]
    fn duplicate_id_names_the_first_line() {
        let skill = "[[levels.skills]]\nid = \"s\"\nname = \"S\"\n";
        let found = problems(&format!("{MINIMAL}{skill}{skill}"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].line, 11);
        assert_eq!(
            found[0].message,
            "duplicate skill id \"s\" (first defined on line 8)"
        );
    }
}

/// The fast check (`clean.rs`) must never pass a document the walker rejects: where serde
/// builds a ladder from it, the fast check must call it unclean.
#[cfg(test)]
pub(crate) fn assert_fast_check_agrees(text: &str, found: &[Diagnostic]) {
    if let Ok(ladder) = toml::from_str::<crate::content::Ladder>(text) {
        assert_eq!(
            is_clean(&ladder),
            found.is_empty(),
            "fast check disagrees: {found:#?}"
        );
    }
}

#[cfg(test)]
mod matrix_tests;
