//! `rungs list`: the ladder outline as text, or every ladder as JSON for scripts.

use std::fmt::Write as _;
use std::process::ExitCode;

use serde_json::{Value, json};

use super::{Failure, print_json, print_out};
use crate::cli::GlobalArgs;
use crate::content::{Competency, Ladder, Level, Rungs, TrackKind};

pub fn run(global: &GlobalArgs, json: bool) -> Result<ExitCode, Failure> {
    let ladders = global.content_source().load()?;
    if json {
        let values = ladders.iter().map(ladder_json).collect::<Result<Vec<_>, _>>();
        let mut text = values
            .and_then(|values| serde_json::to_string_pretty(&values))
            .map_err(|error| Failure::new(1, format!("cannot write JSON: {error}")))?;
        text.push('\n');
        return print_json(&text);
    }
    print_out(&ladders.iter().map(outline).collect::<Vec<_>>().join("\n"))
}

/// The ladder as the schema writes it, plus, on each level of a ladder with competencies,
/// `expects`: what the level expects of each competency, by the one rule (`content::Rungs`),
/// so scripts need not re-implement it.
pub fn ladder_json(ladder: &Ladder) -> Result<Value, serde_json::Error> {
    let mut value = serde_json::to_value(ladder)?;
    if ladder.competencies.is_empty() {
        return Ok(value);
    }
    let rungs = Rungs::of(ladder);
    let expects = |level: &mut Value| {
        let Some(id) = level.get("id").and_then(Value::as_str).map(str::to_string) else {
            return;
        };
        let expected: Vec<Value> = ladder
            .competencies
            .iter()
            .map(|competency| {
                let milestone = rungs
                    .expected(&id, competency)
                    .and_then(|at| competency.milestone_id(at));
                json!({ "competency": competency.id, "milestone": milestone })
            })
            .collect();
        if let Some(object) = level.as_object_mut() {
            object.insert("expects".into(), Value::Array(expected));
        }
    };
    if let Some(levels) = value.get_mut("levels").and_then(Value::as_array_mut) {
        levels.iter_mut().for_each(expects);
    }
    if let Some(tracks) = value.get_mut("tracks").and_then(Value::as_array_mut) {
        for track in tracks {
            if let Some(levels) = track.get_mut("levels").and_then(Value::as_array_mut) {
                levels.iter_mut().for_each(expects);
            }
        }
    }
    Ok(value)
}

/// The ladder as an indented outline with ids, so ids can be copied into other commands.
pub fn outline(ladder: &Ladder) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}  [{}]", ladder.meta.title, ladder.meta.id);
    let _ = writeln!(out, "\nLevels");
    for (number, level) in ladder.levels.iter().enumerate() {
        let _ = writeln!(out, "  {}. {}", number + 1, level_line(level));
        for skill in &level.skills {
            let _ = writeln!(out, "       - {}  [{}]", skill.name, skill.id);
        }
    }
    for kind in TrackKind::ALL {
        let tracks: Vec<_> = ladder.tracks.iter().filter(|t| t.kind == kind).collect();
        if tracks.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{}", kind.label());
        for track in tracks {
            let _ = writeln!(out, "  - {}  [{}]", track.title, track.id);
            for skill in &track.skills {
                let _ = writeln!(out, "       - {}  [{}]", skill.name, skill.id);
            }
            for level in &track.levels {
                let beside = level
                    .alongside
                    .as_deref()
                    .and_then(|id| ladder.find_level(id))
                    .map(|main| format!("  (beside {})", main.short_label()))
                    .unwrap_or_default();
                let _ = writeln!(out, "       · {}{beside}", level_line(level));
                for skill in &level.skills {
                    let _ = writeln!(out, "           - {}  [{}]", skill.name, skill.id);
                }
            }
        }
    }
    if !ladder.competencies.is_empty() {
        competencies(&mut out, ladder);
    }
    out
}

/// A level's title and id, then what else it goes by: code, aliases, years, points.
fn level_line(level: &Level) -> String {
    let mut line = format!("{}  [{}]", level.title, level.id);
    let mut extra: Vec<String> = level.code.iter().cloned().collect();
    if !level.aliases.is_empty() {
        extra.push(format!("also: {}", level.aliases.join(", ")));
    }
    if let Some(years) = &level.years {
        extra.push(format!("{years} years"));
    }
    if let Some(points) = level.min_points {
        extra.push(format!("{points}+ points"));
    }
    if !extra.is_empty() {
        let _ = write!(line, "  {}", extra.join(" · "));
    }
    line
}

/// Competencies by area (areas in ladder order, then those without one); under each, its
/// milestones with the levels that expect each one.
fn competencies(out: &mut String, ladder: &Ladder) {
    let _ = writeln!(out, "\nCompetencies");
    let rungs = Rungs::of(ladder);
    let groups = ladder
        .areas
        .iter()
        .map(|area| (Some(area.id.as_str()), format!("{}  [{}]", area.name, area.id)))
        .chain([(None, "Other".to_string())]);
    for (area, heading) in groups {
        let members: Vec<&Competency> = ladder
            .competencies
            .iter()
            .filter(|competency| competency.area.as_deref() == area)
            .collect();
        if members.is_empty() {
            continue;
        }
        let _ = writeln!(out, "  {heading}");
        for competency in members {
            let _ = writeln!(out, "    - {}  [{}]", competency.name, competency.id);
            for (at, milestone) in competency.milestones.iter().enumerate() {
                let expecting: Vec<&str> = ladder
                    .all_levels()
                    .filter(|level| rungs.expected(&level.id, competency) == Some(at))
                    .map(|level| level.short_label())
                    .collect();
                let mut line = format!("{}. ", at + 1);
                if let Some(title) = &milestone.title {
                    let _ = write!(line, "{title}: ");
                }
                let text = milestone
                    .text
                    .as_deref()
                    .or(milestone.signals.first().map(String::as_str));
                line.push_str(text.unwrap_or_default());
                if let Some(points) = milestone.points {
                    let _ = write!(line, " ({points} pt{})", if points == 1 { "" } else { "s" });
                }
                if !expecting.is_empty() {
                    let _ = write!(line, "  ← {}", expecting.join(", "));
                }
                let _ = writeln!(out, "        {line}");
            }
        }
    }
}
