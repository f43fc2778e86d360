//! The progress file format, version 2: TOML a person can read, edit and diff.
//!
//! ```toml
//! version = 2
//!
//! [ladders.product-management]
//! my_level = "mid-level-pm"
//! target = "senior-pm"
//!
//! [ladders.product-management.skills.product-thinking]
//! state = "developed"
//! developing_since = 2025-01-10
//! reached = 2025-03-02
//! note = "Ran discovery for the pricing page"
//!
//! [[ladders.product-management.skills.product-thinking.evidence]]
//! on = 2025-03-02
//! text = "Pricing discovery: 12 interviews, PRD signed off"
//! link = "https://wiki.example.com/pricing-prd"
//!
//! [ladders.product-management.expectations.senior-pm.own-a-product-area]
//! state = "met"
//! reached = 2025-05-01
//!
//! [ladders.product-management.competencies.stakeholder-alignment]
//! milestone = 2
//! working_toward = true
//! developing_since = 2025-04-01
//! reached = 2025-02-01
//! ```
//!
//! Encoding is by hand, not through a serializer, so the layout is ours: one table per item,
//! skills then expectations then competencies, each sorted by id, fields in a fixed order,
//! evidence newest first. The same data always gives the same bytes, and a change to one item
//! shows up as a change to that item's lines only. Version 1 files (`file_v1.rs`) are read as
//! they are and written as version 2 on the next change.

use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;

use super::file_v1::FileV1;
use super::file_v2::FileV2;
use super::model::{Entry, Item, ItemKind, Progress, SkillState};
use super::when::When;
use crate::content::Diagnostic;

/// The version this rungs writes; it reads this one and every older one.
pub const VERSION: i64 = 2;

const HEADER: &str = "\
# rungs progress: what you have assessed (skills, expectations, competencies), with dates,
# notes and evidence. Safe to edit by hand and to keep in git. rungs rewrites it in this
# layout on every change (comments are not kept).
";

/// The file's text for `progress`. Always parses back to the same `Progress`.
pub fn encode(progress: &Progress) -> String {
    let mut out = String::from(HEADER);
    let _ = writeln!(out, "version = {VERSION}");
    for (ladder_id, ladder) in &progress.ladders {
        let ladder_key = format!("ladders.{}", key(ladder_id));
        if ladder.my_level.is_some() || ladder.target.is_some() {
            let _ = write!(out, "\n[{ladder_key}]\n");
        }
        if let Some(level) = &ladder.my_level {
            let _ = writeln!(out, "my_level = {}", string(level));
        }
        if let Some(level) = &ladder.target {
            let _ = writeln!(out, "target = {}", string(level));
        }
        for (item, entry) in &ladder.items {
            let table = match item {
                Item::Skill { id } => format!("{ladder_key}.skills.{}", key(id)),
                Item::Expectation { level, id } => {
                    format!("{ladder_key}.expectations.{}.{}", key(level), key(id))
                }
                Item::Competency { id } => format!("{ladder_key}.competencies.{}", key(id)),
            };
            let _ = write!(out, "\n[{table}]\n");
            record(&mut out, item.kind(), entry);
            for evidence in &entry.evidence {
                let on = datetime(When::Day(evidence.on));
                let _ = write!(out, "\n[[{table}.evidence]]\non = {on}\n");
                let _ = writeln!(out, "text = {}", string(&evidence.text));
                if let Some(link) = &evidence.link {
                    let _ = writeln!(out, "link = {}", string(link));
                }
            }
        }
    }
    out
}

/// One record's fields. A competency's state is its milestone and whether it is working
/// toward the next; every other item writes its state word.
fn record(out: &mut String, kind: ItemKind, entry: &Entry) {
    if kind == ItemKind::Competency {
        if let Some(milestone) = &entry.milestone {
            let number = milestone
                .parse::<u32>()
                .ok()
                .filter(|n| *n > 0 && n.to_string() == *milestone);
            match number {
                Some(number) => _ = writeln!(out, "milestone = {number}"),
                None => _ = writeln!(out, "milestone = {}", string(milestone)),
            }
        }
        if entry.state == SkillState::Developing {
            let _ = writeln!(out, "working_toward = true");
        }
    } else {
        let _ = writeln!(out, "state = {}", string(kind.state_name(entry.state)));
    }
    if let Some(when) = entry.developing_since {
        let _ = writeln!(out, "developing_since = {}", datetime(when));
    }
    if let Some(when) = entry.reached {
        let _ = writeln!(out, "reached = {}", datetime(when));
    }
    if let Some(note) = &entry.note {
        let _ = writeln!(out, "note = {}", string(note));
    }
}

/// Reads a progress file's bytes; `file` is only used in messages. Every problem is located
/// (line and column) and says what to do, because the person has to fix the file by hand.
pub fn decode(file: &Path, bytes: &[u8]) -> Result<Progress, Diagnostic> {
    let text = utf8(file, bytes)?;
    // A blank file holds no progress, so it reads as empty (like a missing one): `touch` is a
    // natural way to create the file inside a dotfiles repo.
    if text.trim().is_empty() {
        return Ok(Progress::default());
    }
    let toml_error = |error: toml::de::Error, hint: &str| {
        let message = error.message().trim().to_string();
        let span = error.span().unwrap_or(0..0);
        Diagnostic::at(file, text, span, message).with_hint(hint.to_string())
    };
    const FIX: &str = "fix the file by hand (or restore it from git or a backup), then run rungs again";
    let probe: VersionProbe = toml::from_str(text).map_err(|error| toml_error(error, FIX))?;
    match check_version(file, text, probe.version)? {
        1 => {
            let parsed: FileV1 = toml::from_str(text).map_err(|error| toml_error(error, FIX))?;
            Ok(parsed.into_progress())
        }
        _ => {
            let parsed: FileV2 = toml::from_str(text).map_err(|error| toml_error(error, FIX))?;
            Ok(parsed.into_progress())
        }
    }
}

fn utf8<'a>(file: &Path, bytes: &'a [u8]) -> Result<&'a str, Diagnostic> {
    std::str::from_utf8(bytes).map_err(|error| {
        let valid = &bytes[..error.valid_up_to()];
        // The valid prefix is UTF-8 by definition, so this always succeeds.
        let prefix = std::str::from_utf8(valid).unwrap_or_default();
        let bad = bytes.get(error.valid_up_to()).copied().unwrap_or(0);
        Diagnostic::at(
            file,
            prefix,
            prefix.len()..prefix.len(),
            format!("the progress file is not valid UTF-8 (byte 0x{bad:02x})"),
        )
        .with_hint("the file may be damaged: restore it from git or a backup, or re-save it as UTF-8")
    })
}

/// Only `version` is read first, so a file from a newer rungs is reported as such rather
/// than as a pile of unknown fields.
#[derive(Deserialize)]
struct VersionProbe {
    version: Option<toml::Spanned<toml::Value>>,
}

fn check_version(
    file: &Path,
    text: &str,
    version: Option<toml::Spanned<toml::Value>>,
) -> Result<i64, Diagnostic> {
    let Some(version) = version else {
        return Err(
            Diagnostic::at(file, text, 0..0, "the progress file has no `version`")
                .with_hint(format!("add the line `version = {VERSION}` at the top")),
        );
    };
    let span = version.span();
    match version.get_ref().as_integer() {
        Some(known @ 1..=VERSION) => Ok(known),
        Some(newer) if newer > VERSION => Err(Diagnostic::at(
            file,
            text,
            span,
            format!("the progress file is version {newer}; this rungs reads versions up to {VERSION}"),
        )
        .with_hint("it was written by a newer rungs: upgrade rungs to use it")),
        _ => Err(Diagnostic::at(file, text, span, "unknown progress file version")
            .with_hint(format!("this rungs reads versions 1 to {VERSION}"))),
    }
}

/// A TOML date or date-time when TOML can hold it, else a quoted string (which is read too).
fn datetime(when: When) -> String {
    let text = when.to_string();
    if text.parse::<toml::value::Datetime>().is_ok() {
        text
    } else {
        string(&text)
    }
}

/// A key as written in a table header: bare when TOML allows, quoted otherwise.
fn key(id: &str) -> String {
    let bare = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if bare { id.to_string() } else { string(id) }
}

/// A one-line TOML basic string, escaping what TOML requires.
fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
#[path = "format_tests.rs"]
mod tests;
