//! The summary `rungs import` prints: what it made, and what it could not place, by line.

use std::fmt::Write as _;

use super::Imported;

/// A few lines for a person: counts of what was made, then each unplaced text with its line.
pub fn report(imported: &Imported, source: &str) -> String {
    let ladder = &imported.ladder;
    let count = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let milestones: usize = ladder.competencies.iter().map(|c| c.milestones.len()).sum();
    let skills: usize = ladder.levels.iter().map(|l| l.skills.len()).sum();
    let mut made = vec![count(ladder.levels.len(), "level")];
    if !ladder.areas.is_empty() {
        made.push(count(ladder.areas.len(), "area"));
    }
    if !ladder.competencies.is_empty() {
        let competencies = ladder.competencies.len();
        let word = if competencies == 1 {
            "competency"
        } else {
            "competencies"
        };
        made.push(format!(
            "{competencies} {word} ({})",
            count(milestones, "milestone")
        ));
    }
    if skills > 0 {
        made.push(count(skills, "skill"));
    }
    let total = |part: fn(&super::ladder_toml::Level) -> usize| ladder.levels.iter().map(part).sum::<usize>();
    let responsibilities = total(|level| level.responsibilities.len());
    if responsibilities > 0 {
        let word = if responsibilities == 1 {
            "responsibility"
        } else {
            "responsibilities"
        };
        made.push(format!("{responsibilities} {word}"));
    }
    for (n, word) in [
        (total(|level| level.success.len()), "success marker"),
        (total(|level| level.changes.len()), "change"),
        (total(|level| level.notes.len()), "note"),
    ] {
        if n > 0 {
            made.push(count(n, word));
        }
    }
    let format = match imported.format {
        super::Format::Csv => "CSV",
        super::Format::Markdown => "Markdown",
    };
    let mut out = format!(
        "Imported {} ({format}) as \"{}\" ({}): {}.\n",
        printable(source),
        printable(&ladder.ladder.title),
        ladder.ladder.id,
        made.join(", ")
    );
    let levels: Vec<String> = ladder
        .levels
        .iter()
        .map(|level| match &level.code {
            Some(code) => format!("{} {} ({})", printable(code), printable(&level.title), level.id),
            None => format!("{} ({})", printable(&level.title), level.id),
        })
        .collect();
    let _ = writeln!(out, "Levels: {}.", levels.join(", "));
    if !imported.unplaced.is_empty() {
        let _ = writeln!(
            out,
            "Not understood, kept as text ({}):",
            count(imported.unplaced.len(), "place")
        );
        for entry in &imported.unplaced {
            let _ = writeln!(
                out,
                "  line {}: {} → {}",
                entry.line,
                printable(&entry.what),
                printable(&entry.kept_in)
            );
        }
    }
    out
}

/// Text from the file, safe to print: control characters (escape sequences) become `?`.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect()
}
