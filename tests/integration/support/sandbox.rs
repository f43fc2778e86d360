//! Shared by the progress integration tests: a private temp directory and progress file per
//! test, and the real `rungs` binary pointed at it.

use std::fs;
use std::path::{Path, PathBuf};

use rungs::progress::{Progress, ProgressStore};
use tempfile::TempDir;

pub use super::fixture;

/// The built binary, for tests that need `std::process` (spawning many, killing).
pub const RUNGS: &str = env!("CARGO_BIN_EXE_rungs");

pub struct Sandbox {
    pub dir: TempDir,
    pub progress: PathBuf,
}

impl Sandbox {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let progress = dir.path().join("progress.toml");
        Sandbox { dir, progress }
    }

    /// `rungs --progress <this test's file>`, isolated from the caller's environment.
    pub fn rungs(&self) -> assert_cmd::Command {
        rungs_with(&self.progress)
    }

    /// The same, as a plain process that can be spawned in parallel or killed.
    pub fn process(&self) -> std::process::Command {
        let mut command = std::process::Command::new(RUNGS);
        command.arg("--progress").arg(&self.progress);
        command
            .env_remove("RUNGS_PROGRESS")
            .env_remove("RUNGS_CONTENT")
            .env("RUNGS_CACHE_DIR", "")
            .env("TZ", "UTC");
        command
    }

    pub fn bytes(&self) -> Vec<u8> {
        fs::read(&self.progress).expect("progress file exists")
    }

    pub fn load(&self) -> Progress {
        ProgressStore::new(&self.progress)
            .load()
            .expect("progress file parses")
    }
}

/// `rungs --progress <progress>`, isolated from the caller's environment (and with the
/// content cache off, so `--content` never writes the user's cache directory).
pub fn rungs_with(progress: &Path) -> assert_cmd::Command {
    let mut command = super::rungs();
    command.arg("--progress").arg(progress);
    command
}

/// The ids of the built-in ladder's level skills, in ladder order.
pub fn builtin_skill_ids() -> Vec<String> {
    let ladders = rungs::content::builtin().expect("built-in ladder");
    ladders[0].skills().map(|skill| skill.id.clone()).collect()
}

pub const LADDER: &str = "product-management";
