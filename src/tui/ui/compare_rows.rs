//! The rows of compare, written into both columns at once and padded so each row starts on
//! the same line on both sides: who each side is, summary, what changes, responsibilities,
//! success, skills, and what each expects of every competency. A line the other side lacks
//! is marked `+` on the higher side (on both sides when neither is higher: a track beside a
//! level); a competency whose expected milestone differs is marked `≠`, the higher
//! milestone in the "new" style.

use ratatui::text::Span;

use super::gauge::state_symbol;
use super::text::Doc;
use crate::content::{Competency, Ladder, Rungs, SectionKind, Skill};
use crate::progress::SkillState;
use crate::tui::app::{App, Comparable};

const NEW: &str = "+ ";
const SAME: &str = "• ";
const DIFFERS: &str = "≠ ";

/// The two entries compared, and on which side what the other lacks counts as new.
pub struct Sides<'l> {
    ladder: &'l Ladder,
    entries: [Comparable; 2],
    marks_new: [bool; 2],
}

impl<'l> Sides<'l> {
    pub fn new(ladder: &'l Ladder, entries: [Comparable; 2]) -> Sides<'l> {
        let heights = entries.map(|entry| entry.height(ladder));
        let marks_new = match heights {
            [Some(left), Some(right)] if left != right => [left > right, right > left],
            _ => [true, true],
        };
        Sides {
            ladder,
            entries,
            marks_new,
        }
    }
}

/// Writes every row into `docs` (left, right).
pub fn write_rows(app: &App, sides: Sides, docs: &mut [Doc; 2]) {
    header(&sides, docs);
    summary(&sides, docs);
    for row in [
        SectionKind::Changes,
        SectionKind::Responsibilities,
        SectionKind::Success,
    ] {
        section(&sides, row, docs);
    }
    skills(app, &sides, docs);
    competencies(&sides, docs);
}

/// Pads the shorter column so the next row starts level on both sides.
fn align(docs: &mut [Doc; 2]) {
    let len = docs[0].len().max(docs[1].len());
    docs.iter_mut().for_each(|doc| doc.pad_to(len));
}

fn header(sides: &Sides, docs: &mut [Doc; 2]) {
    for (side, doc) in docs.iter_mut().enumerate() {
        let entry = sides.entries[side];
        doc.title(entry.title(sides.ladder));
        doc.dim(&position(sides.ladder, entry));
    }
    align(docs);
    for (side, doc) in docs.iter_mut().enumerate() {
        if sides.marks_new[side] {
            doc.dim(&format!("{}new here, {}differs", NEW, DIFFERS));
        }
    }
    align(docs);
}

/// Where the entry sits, with the level's code and years when the ladder gives them.
fn position(ladder: &Ladder, entry: Comparable) -> String {
    let mut parts = Vec::new();
    match entry {
        Comparable::Level(i) => parts.push(format!("Level {} of {}", i + 1, ladder.levels.len())),
        Comparable::Track(_) => {
            if let Some(track) = entry.track(ladder) {
                parts.push(format!("Track: {}", track.kind.label()));
                match track.levels.len() {
                    0 => {}
                    1 => parts.push("1 level".to_string()),
                    n => parts.push(format!("{n} levels")),
                }
            }
        }
        Comparable::TrackLevel { at, .. } => {
            if let Some(track) = entry.track(ladder) {
                parts.push(format!("{} {} of {}", track.title, at + 1, track.levels.len()));
            }
            if let Some(beside) = entry.height(ladder).and_then(|i| ladder.levels.get(i)) {
                parts.push(format!("beside {}", beside.short_label()));
            }
        }
    }
    if let Some(level) = entry.level(ladder) {
        parts.extend(level.code.clone());
        parts.extend(level.years.as_ref().map(|years| format!("{years} years")));
    }
    parts.join(" · ")
}

fn summary(sides: &Sides, docs: &mut [Doc; 2]) {
    let texts = sides.entries.map(
        |entry| match (entry.level(sides.ladder), entry.track(sides.ladder)) {
            (Some(level), _) => level.summary.as_deref(),
            (None, Some(track)) => track.summary.as_deref(),
            (None, None) => None,
        },
    );
    if texts.iter().all(Option::is_none) {
        return;
    }
    for (doc, text) in docs.iter_mut().zip(texts) {
        doc.blank();
        doc.paragraph(text.unwrap_or("—"));
    }
    align(docs);
}

/// One list row. "What changes" on a level faces "What makes it different" on a track.
fn section(sides: &Sides, row: SectionKind, docs: &mut [Doc; 2]) {
    let lists = sides.entries.map(|entry| section_lines(sides.ladder, entry, row));
    if lists.iter().all(|(_, lines)| lines.is_empty()) {
        return;
    }
    for (side, doc) in docs.iter_mut().enumerate() {
        let (kind, lines) = &lists[side];
        let other = &lists[1 - side].1;
        doc.blank();
        doc.heading(kind.heading());
        if lines.is_empty() {
            doc.dim("—");
        }
        let theme = *doc.theme();
        for line in lines {
            if sides.marks_new[side] && !other.contains(line) {
                doc.led(
                    vec![Span::styled(NEW, theme.compare_new)],
                    line,
                    theme.compare_new,
                );
            } else {
                doc.led(vec![Span::styled(SAME, theme.bullet)], line, theme.text);
            }
        }
    }
    align(docs);
}

fn section_lines(ladder: &Ladder, entry: Comparable, row: SectionKind) -> (SectionKind, Vec<&str>) {
    let kind = match (row, entry) {
        (SectionKind::Changes, Comparable::Track(_)) => SectionKind::Differences,
        (row, _) => row,
    };
    let lines = match (entry.level(ladder), entry.track(ladder)) {
        (Some(level), _) => (0..level.section_len(kind))
            .filter_map(|at| level.section_line(kind, at))
            .collect(),
        (None, Some(track)) => (0..track.section_len(kind))
            .filter_map(|at| track.section_line(kind, at))
            .collect(),
        (None, None) => Vec::new(),
    };
    (kind, lines)
}

fn entry_skills(ladder: &Ladder, entry: Comparable) -> &[Skill] {
    match (entry.level(ladder), entry.track(ladder)) {
        (Some(level), _) => &level.skills,
        (None, Some(track)) => &track.skills,
        (None, None) => &[],
    }
}

fn skills(app: &App, sides: &Sides, docs: &mut [Doc; 2]) {
    let lists = sides.entries.map(|entry| entry_skills(sides.ladder, entry));
    if lists.iter().all(|skills| skills.is_empty()) {
        return;
    }
    for (side, doc) in docs.iter_mut().enumerate() {
        let skills = lists[side];
        let other = lists[1 - side];
        let developed = skills
            .iter()
            .filter(|skill| app.skill_state(skill) == SkillState::Developed)
            .count();
        doc.blank();
        doc.heading(&format!(
            "Skills to develop ({developed}/{} developed)",
            skills.len()
        ));
        if skills.is_empty() {
            doc.dim("—");
        }
        let theme = *doc.theme();
        for skill in skills {
            let symbol = state_symbol(app.skill_state(skill), &theme);
            if sides.marks_new[side] && !other.iter().any(|o| o.id == skill.id) {
                let lead = vec![Span::styled("+", theme.compare_new), symbol];
                doc.led(lead, &skill.name, theme.compare_new);
            } else {
                doc.led(vec![Span::raw(" "), symbol], &skill.name, theme.text);
            }
        }
    }
    align(docs);
}

/// What each side expects of every competency, grouped by area, one aligned row each: the
/// two columns of the matrix side by side.
fn competencies(sides: &Sides, docs: &mut [Doc; 2]) {
    let ladder = sides.ladder;
    let levels = sides
        .entries
        .map(|entry| entry.level(ladder).map(|level| level.id.as_str()));
    if ladder.competencies.is_empty() || levels.iter().all(Option::is_none) {
        return;
    }
    let rungs = Rungs::of(ladder);
    for doc in docs.iter_mut() {
        doc.blank();
        doc.heading("Competencies");
    }
    let mut groups: Vec<(Option<&str>, Vec<&Competency>)> = ladder
        .areas
        .iter()
        .map(|area| (Some(area.name.as_str()), Vec::new()))
        .collect();
    let mut loose = Vec::new();
    for competency in &ladder.competencies {
        let area = competency
            .area
            .as_deref()
            .and_then(|id| ladder.areas.iter().position(|area| area.id == id));
        match area.and_then(|at| groups.get_mut(at)) {
            Some((_, members)) => members.push(competency),
            None => loose.push(competency),
        }
    }
    if !loose.is_empty() {
        let name = if groups.is_empty() { None } else { Some("Other") };
        groups.push((name, loose));
    }
    for (area, members) in groups.into_iter().filter(|(_, members)| !members.is_empty()) {
        if let Some(area) = area {
            for doc in docs.iter_mut() {
                let theme = *doc.theme();
                doc.styled(area, theme.group_heading);
            }
        }
        for competency in members {
            let expected = levels.map(|level| level.and_then(|id| rungs.expected(id, competency)));
            milestone_row(competency, expected, docs);
        }
    }
    align(docs);
}

fn milestone_row(competency: &Competency, expected: [Option<usize>; 2], docs: &mut [Doc; 2]) {
    let differs = expected[0] != expected[1];
    for (side, doc) in docs.iter_mut().enumerate() {
        let theme = *doc.theme();
        doc.styled(&competency.name, theme.pane_title);
        let higher = differs && expected[side].map(|at| at + 1) > expected[1 - side].map(|at| at + 1);
        let (marker, style) = match (differs, higher) {
            (true, true) => (Span::styled(DIFFERS, theme.compare_new), theme.compare_new),
            (true, false) => (Span::styled(DIFFERS, theme.bullet), theme.text),
            (false, _) => (Span::styled(SAME, theme.bullet), theme.text),
        };
        match expected[side].and_then(|at| Some((at, competency.milestones.get(at)?))) {
            Some((at, milestone)) => {
                let label = match (&milestone.title, &milestone.text) {
                    (Some(title), Some(text)) => format!("{}. {title}: {text}", at + 1),
                    _ => format!("{}. {}", at + 1, milestone.label()),
                };
                doc.led(vec![marker], &label, style);
            }
            None => doc.led(vec![marker], "none expected", theme.dim),
        }
    }
    align(docs);
}
