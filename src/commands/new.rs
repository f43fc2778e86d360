//! `rungs new`: a commented starter ladder to fill in, for people who prefer a template to
//! importing a sheet. Never replaces an existing file.

use std::path::Path;
use std::process::ExitCode;

use super::Failure;
use super::new_file::{IfExists, write_new_file};
use crate::content::parse_ladder;
use crate::import::slug;

/// Levels with responsibilities, success markers and skills.
pub const LEVELS_STARTER: &str = include_str!("../../content/starters/levels.toml");
/// Areas and competencies described level by level.
pub const MATRIX_STARTER: &str = include_str!("../../content/starters/matrix.toml");

pub fn run(file: &Path, matrix: bool) -> Result<ExitCode, Failure> {
    let text = starter(file, matrix);
    // The templates are tested, but a file we write must load whatever happens to them.
    if let Err(problems) = parse_ladder(file, text.as_bytes()) {
        let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
        return Err(Failure::new(
            1,
            format!("error: the starter ladder does not load:\n{}", listed.join("\n")),
        ));
    }
    let hint = "choose another file name; rungs new never replaces a file";
    write_new_file(file, text.as_bytes(), IfExists::Refuse { hint })?;
    let kind = if matrix { "competency matrix" } else { "ladder" };
    println!(
        "Wrote a starter {kind} to {}. Edit it, then run `rungs check {0}` and `rungs --content {0}`.",
        file.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// The starter's text, its ladder id made from the file name (so two starters can be
/// loaded together).
pub fn starter(file: &Path, matrix: bool) -> String {
    let (template, placeholder) = if matrix {
        (MATRIX_STARTER, "id = \"my-team-matrix\"")
    } else {
        (LEVELS_STARTER, "id = \"my-team\"")
    };
    let id = file
        .file_stem()
        .map(|stem| slug(&stem.to_string_lossy()))
        .unwrap_or_default();
    if id.is_empty() {
        return template.to_string();
    }
    // A slug is letters, digits and dashes: nothing in it needs escaping in TOML.
    template.replacen(placeholder, &format!("id = \"{id}\""), 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_starters_load_and_take_their_id_from_the_file_name() {
        for matrix in [false, true] {
            let text = starter(Path::new("dir/Platform Team.toml"), matrix);
            let ladder = parse_ladder(Path::new("starter.toml"), text.as_bytes())
                .unwrap_or_else(|problems| panic!("{problems:?}"));
            assert_eq!(ladder.meta.id, "platform-team");
            assert_eq!(ladder.competencies.is_empty(), !matrix);
        }
    }
}
