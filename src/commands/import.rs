//! `rungs import`: a ladder from a CSV sheet or Markdown document, checked before it is
//! written. The ladder's text goes to `-o FILE` or stdout; the report to stderr.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::new_file::{IfExists, write_new_file};
use super::{Failure, print_out};
use crate::bounded_read::{Accept, ReadError, read_bounded};
use crate::content::parse_ladder;
use crate::import::{self, Format, ImportError, MAX_BYTES, Naming};
use crate::terminal_text::terminal_safe;

/// What `rungs import` was asked to do.
#[derive(Debug, Clone)]
pub struct ImportRequest<'a> {
    pub file: &'a Path,
    pub format: Option<Format>,
    pub output: Option<&'a Path>,
    pub id: Option<String>,
    pub title: Option<String>,
    pub force: bool,
}

pub fn run(request: &ImportRequest<'_>) -> Result<ExitCode, Failure> {
    let file = request.file;
    let problem = |error: ImportError| failure(file, &error);
    // A FIFO, a device or a huge file is refused before it is read into memory.
    let bytes = match read_bounded(file, MAX_BYTES, Accept::RegularOrPipe) {
        Ok(input) => input.bytes,
        Err(ReadError::TooLarge { .. }) => {
            let size = fs::metadata(file).map_or(MAX_BYTES + 1, |metadata| metadata.len());
            return Err(problem(ImportError::TooLarge { size }));
        }
        Err(error) => return Err(cannot_read(file, &error)),
    };
    let naming = Naming {
        id: request.id.clone(),
        title: request.title.clone(),
        stem: file
            .file_stem()
            .map_or_else(String::new, |stem| stem.to_string_lossy().into_owned()),
    };
    let imported = import::import(&bytes, file, request.format, &naming).map_err(problem)?;
    // What is written must load: check it exactly as `rungs check` would.
    let name = request
        .output
        .map_or_else(|| PathBuf::from("<imported>"), Path::to_path_buf);
    if let Err(problems) = parse_ladder(&name, imported.toml.as_bytes()) {
        let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
        return Err(Failure::new(
            1,
            format!(
                "error: the ladder made from {} does not pass `rungs check`; nothing was written\n{}",
                shown(file),
                listed.join("\n")
            ),
        ));
    }
    let report = import::report(&imported, &file.display().to_string());
    let output_shown = request.output.map(shown);
    match request.output {
        Some(output) => {
            let if_exists = if request.force {
                IfExists::Replace
            } else {
                IfExists::Refuse {
                    hint: "choose another -o file, or pass --force to replace it",
                }
            };
            write_new_file(output, imported.toml.as_bytes(), if_exists)?;
            eprintln!("{report}Wrote {}.", output_shown.unwrap_or_default());
            Ok(ExitCode::SUCCESS)
        }
        None => {
            eprint!("{report}");
            print_out(&imported.toml)
        }
    }
}

fn failure(file: &Path, error: &ImportError) -> Failure {
    let place = match error.line() {
        Some(line) => format!("{}:{line}", shown(file)),
        None => shown(file),
    };
    Failure::new(
        1,
        format!(
            "error: {place}: {error}; nothing was written\n  = hint: {}",
            error.hint()
        ),
    )
}

fn cannot_read(file: &Path, error: &ReadError) -> Failure {
    Failure::new(
        1,
        format!(
            "error: cannot read {}: {error}; nothing was written\n  = hint: import one CSV or Markdown file; check the path and its permissions",
            shown(file)
        ),
    )
}

/// A path as it is safe to print.
fn shown(path: &Path) -> String {
    terminal_safe(&path.display().to_string()).into_owned()
}
