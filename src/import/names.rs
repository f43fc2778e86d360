//! Reading the names people give levels, and making ids from names.

use std::collections::HashSet;

/// Splits a level heading into its code and title: `L3 – Senior Engineer`, `IC3: Senior`,
/// `Senior Engineer (L3)`. A heading with no code is all title.
pub fn level_heading(text: &str) -> (Option<String>, String) {
    let text = text.trim();
    if let Some(open) = text.rfind('(')
        && let Some(inner) = text[open + 1..].strip_suffix(')')
        && is_level_code(inner.trim())
        && !text[..open].trim().is_empty()
    {
        return (Some(inner.trim().to_string()), text[..open].trim().to_string());
    }
    let code_end = text.find(|c: char| !c.is_alphanumeric()).unwrap_or(text.len());
    let (code, rest) = text.split_at(code_end);
    let title = rest.trim_start_matches(|c: char| c.is_whitespace() || "-–—·•:|.,/".contains(c));
    if is_level_code(code) && !title.is_empty() {
        return (Some(code.to_string()), title.trim().to_string());
    }
    (None, text.to_string())
}

/// `L3`, `E4`, `IC2`, `SE3`, `P1`: one to three letters, then a number.
fn is_level_code(text: &str) -> bool {
    let letters = text.chars().take_while(char::is_ascii_alphabetic).count();
    let digits = text[letters..].chars().take_while(char::is_ascii_digit).count();
    (1..=3).contains(&letters) && (1..=2).contains(&digits) && letters + digits == text.len()
}

/// A slug of `name`: ASCII (accents and other scripts transliterated), lowercase words joined
/// by `-`, at most 60 characters cut at a word. Empty when nothing is left.
pub fn slug(name: &str) -> String {
    let ascii = deunicode::deunicode(name).to_lowercase();
    let mut slug = String::new();
    for word in ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !slug.is_empty() && slug.len() + 1 + word.len() > 60 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(word);
    }
    slug.truncate(60);
    slug.trim_end_matches('-').to_string()
}

/// Hands out ids that are unique within one namespace, made from names so the same file
/// always gives the same ids: `mentoring`, then `mentoring-2` for a second one.
#[derive(Debug, Default)]
pub struct IdMaker {
    taken: HashSet<String>,
}

impl IdMaker {
    /// Reserves an id the file gave; false when it is already taken.
    pub fn claim(&mut self, id: &str) -> bool {
        self.taken.insert(id.to_string())
    }

    /// A new id from the candidates in order (the first whose slug is free), else the first
    /// slug with a number; `fallback` stands in when no candidate has a letter or digit.
    pub fn make(&mut self, candidates: &[&str], fallback: &str) -> String {
        let mut slugs: Vec<String> = candidates
            .iter()
            .map(|c| slug(c))
            .filter(|s| !s.is_empty())
            .collect();
        if slugs.is_empty() {
            slugs.push(fallback.to_string());
        }
        if let Some(free) = slugs.iter().find(|s| !self.taken.contains(*s)) {
            self.taken.insert(free.clone());
            return free.clone();
        }
        let base = slugs.first().cloned().unwrap_or_default();
        let id = (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| !self.taken.contains(id))
            .unwrap_or(base);
        self.taken.insert(id.clone());
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_titles() {
        assert_eq!(
            level_heading("L3 – Senior Engineer"),
            (Some("L3".into()), "Senior Engineer".into())
        );
        assert_eq!(
            level_heading("IC2: Engineer II"),
            (Some("IC2".into()), "Engineer II".into())
        );
        assert_eq!(
            level_heading("Staff Engineer (E6)"),
            (Some("E6".into()), "Staff Engineer".into())
        );
        assert_eq!(level_heading("Senior Engineer"), (None, "Senior Engineer".into()));
        assert_eq!(level_heading("L3"), (None, "L3".into()));
        assert_eq!(level_heading("Level 3"), (None, "Level 3".into()));
    }

    #[test]
    fn slugs_read_well() {
        assert_eq!(
            slug("Stakeholder Alignment & Influence"),
            "stakeholder-alignment-influence"
        );
        assert_eq!(slug("Café crème"), "cafe-creme");
        assert_eq!(slug("!!!"), "");
        assert!(slug(&"word ".repeat(40)).len() <= 60);
    }

    #[test]
    fn ids_are_unique_and_stable() {
        let mut ids = IdMaker::default();
        assert_eq!(ids.make(&["Mentoring"], "skill"), "mentoring");
        assert_eq!(ids.make(&["Mentoring"], "skill"), "mentoring-2");
        assert_eq!(ids.make(&["Impact", "People Impact"], "skill"), "impact");
        assert_eq!(
            ids.make(&["Impact", "Delivery Impact"], "skill"),
            "delivery-impact"
        );
        assert_eq!(ids.make(&["???"], "skill"), "skill");
        assert_eq!(ids.make(&["???"], "skill"), "skill-2");
        assert!(!ids.claim("impact"));
    }
}
