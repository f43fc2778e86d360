//! `rungs list`: the ladder outline as text, or every ladder as JSON for scripts.

use std::fmt::Write as _;
use std::process::ExitCode;

use super::{Failure, print_json, print_out};
use crate::cli::GlobalArgs;
use crate::content::{Ladder, TrackKind};

pub fn run(global: &GlobalArgs, json: bool) -> Result<ExitCode, Failure> {
    let ladders = global.content_source().load()?;
    if json {
        let mut text = serde_json::to_string_pretty(&ladders)
            .map_err(|error| Failure::new(1, format!("cannot write JSON: {error}")))?;
        text.push('\n');
        return print_json(&text);
    }
    print_out(&ladders.iter().map(outline).collect::<Vec<_>>().join("\n"))
}

/// The ladder as an indented outline with ids, so ids can be copied into other commands.
pub fn outline(ladder: &Ladder) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}  [{}]", ladder.meta.title, ladder.meta.id);
    let _ = writeln!(out, "\nLevels");
    for (number, level) in ladder.levels.iter().enumerate() {
        let _ = writeln!(out, "  {}. {}  [{}]", number + 1, level.title, level.id);
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
        }
    }
    out
}
