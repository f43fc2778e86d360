//! `rungs gap`: what the target level asks for, what is met and what is missing, grouped,
//! with a verdict. The numbers come from `Progress::gap`, the one place they are computed.

use std::process::ExitCode;

use jiff::tz::TimeZone;

use super::gap_report::GapReport;
use super::lookup::{find_ladder, find_level};
use super::{Failure, print_out};
use crate::cli::GlobalArgs;
use crate::progress::Assumption;

pub fn run(
    global: &GlobalArgs,
    only_ladder: Option<&str>,
    target: Option<&str>,
    json: bool,
    assumption: Assumption,
) -> Result<ExitCode, Failure> {
    let ladders = global.content_source().load()?;
    // Shown migrated, but not written: looking must never change the file.
    let progress = global.progress_store()?.load()?.migrated(&ladders);
    let (ladder, level) = match target {
        Some(typed) => find_level(&ladders, only_ladder, typed)?,
        None => {
            let ladder = find_ladder(&ladders, only_ladder)?;
            let level = progress.target_in(ladder).ok_or_else(|| {
                Failure::new(
                    2,
                    "error: no target level to measure against\n  = hint: mark your level with \
                     `rungs level LEVEL` (the target is then the one above it), set one with \
                     `rungs target LEVEL`, or pass --target LEVEL",
                )
            })?;
            (ladder, level)
        }
    };
    let gap = progress.gap(ladder, level, assumption);
    let report = GapReport::of(&gap, assumption == Assumption::BelowMyLevel);
    if json {
        let mut text = serde_json::to_string_pretty(&report)
            .map_err(|error| Failure::new(1, format!("cannot write JSON: {error}")))?;
        text.push('\n');
        print_out(&text)
    } else {
        print_out(&report.text(&TimeZone::system()))
    }
}
