//! `rungs import`: a ladder from a CSV sheet or Markdown document, checked before it is
//! written. The ladder's text goes to `-o FILE` or stdout; the report to stderr.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::new_file::write_new_file;
use super::{Failure, print_out};
use crate::content::parse_ladder;
use crate::import::{self, Format, ImportError, MAX_BYTES, Naming};

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
    let metadata = fs::metadata(file).map_err(|error| cannot_read(file, &error))?;
    if metadata.is_dir() {
        return Err(Failure::new(
            1,
            format!(
                "error: {} is a directory\n  = hint: import one CSV or Markdown file",
                file.display()
            ),
        ));
    }
    // Refuse a huge file before reading it into memory.
    if metadata.len() > MAX_BYTES {
        return Err(problem(ImportError::TooLarge { size: metadata.len() }));
    }
    let bytes = fs::read(file).map_err(|error| cannot_read(file, &error))?;
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
                file.display(),
                listed.join("\n")
            ),
        ));
    }
    let report = import::report(&imported, &file.display().to_string());
    match request.output {
        Some(output) => {
            write_new_file(output, imported.toml.as_bytes(), request.force)?;
            eprintln!("{report}Wrote {}.", output.display());
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
        Some(line) => format!("{}:{line}", file.display()),
        None => file.display().to_string(),
    };
    Failure::new(
        1,
        format!(
            "error: {place}: {error}; nothing was written\n  = hint: {}",
            error.hint()
        ),
    )
}

fn cannot_read(file: &Path, error: &std::io::Error) -> Failure {
    Failure::new(
        1,
        format!(
            "error: cannot read {}: {error}\n  = hint: check the path and its permissions",
            file.display()
        ),
    )
}
