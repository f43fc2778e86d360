//! `rungs undo`: revert the last change made from this machine (see `progress::journal`).

use std::process::ExitCode;

use super::{Failure, print_out};
use crate::cli::GlobalArgs;
use crate::progress::{Edit, Part, Undone};

pub fn run(global: &GlobalArgs) -> Result<ExitCode, Failure> {
    let store = global.progress_store()?;
    match store.undo()? {
        Undone::Nothing => {
            print_out("Nothing to undo: no change made from this machine is left in the journal.\n")
        }
        Undone::Reverted { step, .. } => {
            let mut out = String::from("Undone:\n");
            for edit in &step.edits {
                out.push_str(&format!("  {}\n", describe(edit)));
            }
            print_out(&out)
        }
        Undone::ChangedSince { changed, .. } => Err(Failure::new(
            1,
            format!(
                "error: the last change was not undone: {} changed again since (another process or a hand edit)\n  \
                 = hint: undoing it would lose that; the step is dropped, so `rungs undo` now goes one further back",
                changed.iter().map(describe).collect::<Vec<_>>().join(", ")
            ),
        )),
    }
}

/// "my level in product-management", "skill mentorship in product-management".
fn describe(edit: &Edit) -> String {
    let part = match &edit.part {
        Part::MyLevel => "my level".to_string(),
        Part::Target => "the target".to_string(),
        Part::Record { item } => item.label(),
    };
    format!("{part} in {}", edit.ladder)
}
