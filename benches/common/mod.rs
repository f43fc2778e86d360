//! The synthetic 100,000-skill ladder the benches share, made by scripts/gen-ladder.py.

use std::path::{Path, PathBuf};
use std::process::Command;

use rungs::content::cache::LadderCache;

/// `target/bench-data/big.toml`, generated on first use (python3 is all it needs).
/// The 2,000-competency x 10-level matrix from `scripts/gen-ladder.py --competencies`.
#[allow(dead_code, reason = "only the load bench reads the matrix")]
pub fn matrix_ladder() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("target/bench-data");
    let file = dir.join("matrix.toml");
    if !file.exists() {
        let status = Command::new("python3")
            .arg(root.join("scripts/gen-ladder.py"))
            .arg(&dir)
            .args(["--levels", "10", "--competencies", "2000"])
            .status()
            .expect("python3 runs scripts/gen-ladder.py");
        assert!(status.success(), "scripts/gen-ladder.py failed");
    }
    file
}

pub fn big_ladder() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("target/bench-data");
    let file = dir.join("big.toml");
    if !file.exists() {
        let status = Command::new("python3")
            .arg(root.join("scripts/gen-ladder.py"))
            .arg(&dir)
            .status()
            .expect("python3 runs scripts/gen-ladder.py");
        assert!(status.success(), "scripts/gen-ladder.py failed");
    }
    file
}

/// `target/bench-data/matrix.toml`: 2,000 competencies x 10 levels, by scripts/gen-matrix.py.
#[allow(dead_code, reason = "only the render bench draws the matrix")]
pub fn big_matrix() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("target/bench-data");
    let file = dir.join("matrix.toml");
    if !file.exists() {
        let status = Command::new("python3")
            .arg(root.join("scripts/gen-matrix.py"))
            .arg(&dir)
            .status()
            .expect("python3 runs scripts/gen-matrix.py");
        assert!(status.success(), "scripts/gen-matrix.py failed");
    }
    file
}

/// A cache private to the benches, next to the data.
pub fn bench_cache() -> LadderCache {
    LadderCache::in_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data/cache"))
}
