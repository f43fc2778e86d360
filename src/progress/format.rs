//! The progress file format, version 1: TOML a person can read, edit and diff.
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
//!
//! Encoding is by hand, not through a serializer, so the layout is ours: one table per skill,
//! sorted by id, fields in a fixed order. The same data always gives the same bytes, and a
//! change to one skill shows up as a change to that skill's lines only.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use jiff::Timestamp;
use serde::Deserialize;
use serde::de::{Deserializer, Error as _};

use super::model::{Entry, LadderProgress, Progress, SkillState};
use crate::content::Diagnostic;

/// The version this rungs reads and writes.
pub const VERSION: i64 = 1;

const HEADER: &str = "\
# rungs progress: which skills you are developing or have developed, with dates and notes.
# Safe to edit by hand and to keep in git. rungs rewrites it in this layout on every change
# (comments are not kept).
";

/// The file's text for `progress`. Always parses back to the same `Progress`.
pub fn encode(progress: &Progress) -> String {
    let mut out = String::from(HEADER);
    let _ = writeln!(out, "version = {VERSION}");
    for (ladder_id, ladder) in &progress.ladders {
        let ladder_key = format!("ladders.{}", key(ladder_id));
        if let Some(level) = &ladder.my_level {
            let _ = write!(out, "\n[{ladder_key}]\nmy_level = {}\n", string(level));
        }
        for (skill_id, entry) in &ladder.skills {
            let _ = write!(out, "\n[{ladder_key}.skills.{}]\n", key(skill_id));
            let _ = writeln!(out, "state = {}", string(entry.state.name()));
            if let Some(time) = entry.developing_since {
                let _ = writeln!(out, "developing_since = {}", datetime(time));
            }
            if let Some(time) = entry.developed_at {
                let _ = writeln!(out, "developed_at = {}", datetime(time));
            }
            if let Some(note) = &entry.note {
                let _ = writeln!(out, "note = {}", string(note));
            }
        }
    }
    out
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
    check_version(file, text, probe.version)?;
    let parsed: FileV1 = toml::from_str(text).map_err(|error| toml_error(error, FIX))?;
    Ok(parsed.into_progress())
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
) -> Result<(), Diagnostic> {
    let Some(version) = version else {
        return Err(
            Diagnostic::at(file, text, 0..0, "the progress file has no `version`")
                .with_hint(format!("add the line `version = {VERSION}` at the top")),
        );
    };
    let span = version.span();
    match version.get_ref().as_integer() {
        Some(VERSION) => Ok(()),
        Some(newer) if newer > VERSION => Err(Diagnostic::at(
            file,
            text,
            span,
            format!("the progress file is version {newer}; this rungs reads version {VERSION}"),
        )
        .with_hint("it was written by a newer rungs: upgrade rungs to use it")),
        _ => Err(Diagnostic::at(file, text, span, "unknown progress file version")
            .with_hint(format!("this rungs reads `version = {VERSION}`"))),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileV1 {
    #[allow(dead_code, reason = "checked by VersionProbe; listed so it is a known field")]
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

/// Unknown fields are errors: a field rungs does not know would be dropped on the next save.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryFile {
    #[serde(default)]
    state: SkillState,
    #[serde(default)]
    note: Option<String>,
    #[serde(default, deserialize_with = "time")]
    developing_since: Option<Timestamp>,
    #[serde(default, deserialize_with = "time")]
    developed_at: Option<Timestamp>,
}

impl FileV1 {
    fn into_progress(self) -> Progress {
        let ladders = self
            .ladders
            .into_iter()
            .map(|(id, ladder)| {
                let skills = ladder
                    .skills
                    .into_iter()
                    .map(|(skill, entry)| {
                        let entry = Entry {
                            state: entry.state,
                            note: entry.note,
                            developing_since: entry.developing_since,
                            developed_at: entry.developed_at,
                        };
                        (skill, entry)
                    })
                    .collect();
                (
                    id,
                    LadderProgress {
                        my_level: ladder.my_level,
                        skills,
                    },
                )
            })
            .collect();
        Progress { ladders }
    }
}

/// Accepts what people write by hand: a TOML date-time, a quoted one, or just a date.
fn time<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Timestamp>, D::Error> {
    let text = match toml::Value::deserialize(deserializer)? {
        toml::Value::Datetime(datetime) => datetime.to_string(),
        toml::Value::String(text) => text,
        other => {
            return Err(D::Error::custom(format!(
                "expected a date-time such as 2025-03-02T17:30:00Z, found a {}",
                other.type_str()
            )));
        }
    };
    parse_time(&text).map(Some).map_err(D::Error::custom)
}

fn parse_time(text: &str) -> Result<Timestamp, String> {
    if let Ok(timestamp) = text.parse::<Timestamp>() {
        return Ok(timestamp);
    }
    // A date-time without an offset is the writer's wall-clock time: keep its time of day,
    // in the local time zone, rather than dropping it.
    if let Ok(local) = text.parse::<jiff::civil::DateTime>()
        && let Ok(zoned) = local.to_zoned_datetime(jiff::tz::TimeZone::system())
    {
        return Ok(zoned.timestamp());
    }
    if let Ok(date) = text.parse::<jiff::civil::Date>()
        && let Ok(zoned) = date.to_zoned_datetime(jiff::tz::TimeZone::UTC)
    {
        return Ok(zoned.timestamp());
    }
    Err(format!(
        "`{text}` is not a date-time (2025-03-02T17:30:00Z, or 2025-03-02T17:30:00 in local time) or a date (2025-03-02)"
    ))
}

/// A TOML date-time when TOML can hold it, else a quoted string (which `time` also reads).
fn datetime(time: Timestamp) -> String {
    let text = time.to_string();
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
