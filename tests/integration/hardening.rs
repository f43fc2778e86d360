//! Hostile and unlucky input, through the real binary: no file rungs is given can hang it, make
//! it lose data, or drive the terminal it prints to.

use std::fs;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::Path;
use std::time::Duration;

use crate::support::sandbox::{Sandbox, fixture, rungs_with};
use predicates::prelude::*;

/// Long enough for a loaded machine, short enough that a hang fails the test.
const NO_HANG: Duration = Duration::from_secs(20);

fn mkfifo(path: &Path) {
    let name = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).expect("path");
    // SAFETY: a valid C string; mkfifo only creates a node.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0, "mkfifo");
}

/// Anything a terminal would obey: ESC, CR, C1 controls, bidi overrides.
fn assert_terminal_safe(what: &str, output: &[u8]) {
    let text = String::from_utf8_lossy(output);
    let raw: Vec<char> = text
        .chars()
        .filter(|&c| rungs::terminal_text::is_unsafe(c))
        .collect();
    assert!(raw.is_empty(), "{what} printed {raw:?} raw:\n{text}");
}

#[test]
fn a_hand_written_local_time_keeps_its_time_of_day() {
    for (version, field) in [(1, "developed_at"), (2, "reached")] {
        let sandbox = Sandbox::new();
        fs::write(
            &sandbox.progress,
            format!(
                "version = {version}\n[ladders.product-management.skills.product-thinking]\n\
                 state = \"developed\"\n{field} = 2025-03-02T17:30:00\n"
            ),
        )
        .expect("write");
        sandbox
            .rungs()
            .env("TZ", "Asia/Kolkata")
            .args(["tick", "mentorship"])
            .assert()
            .success();
        let text = fs::read_to_string(&sandbox.progress).expect("read");
        // 17:30 in Kolkata (UTC+05:30) is 12:00 UTC: the time is kept, in the writer's zone.
        assert!(
            text.contains("reached = 2025-03-02T12:00:00Z"),
            "version {version}:\n{text}"
        );
    }
}

#[test]
fn dev_null_as_the_progress_file_reads_nothing_saves_nothing_and_says_so() {
    rungs_with(Path::new("/dev/null"))
        .args(["tick", "mentorship"])
        .assert()
        .success()
        .stdout(predicate::str::contains("is developed"))
        .stderr(predicate::str::contains("/dev/null, which keeps nothing"));
    assert!(
        fs::metadata("/dev/null")
            .expect("exists")
            .file_type()
            .is_char_device()
    );
    rungs_with(Path::new("/dev/null"))
        .arg("status")
        .assert()
        .success();
}

#[test]
fn a_read_only_progress_file_is_refused_by_name() {
    let sandbox = Sandbox::new();
    fs::write(&sandbox.progress, "version = 1\n").expect("write");
    fs::set_permissions(&sandbox.progress, fs::Permissions::from_mode(0o444)).expect("chmod");
    sandbox
        .rungs()
        .args(["tick", "mentorship"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("read-only"))
        .stderr(predicate::str::contains(sandbox.progress.display().to_string()));
    assert_eq!(
        fs::read_to_string(&sandbox.progress).expect("read"),
        "version = 1\n"
    );
}

#[test]
fn a_fifo_as_the_progress_file_is_refused_at_once() {
    let sandbox = Sandbox::new();
    mkfifo(&sandbox.progress);
    for args in [&["tick", "mentorship"][..], &["status"]] {
        sandbox
            .rungs()
            .args(args)
            .timeout(NO_HANG)
            .assert()
            .code(1)
            .stderr(predicate::str::contains("a pipe (FIFO)"));
    }
    assert!(
        fs::symlink_metadata(&sandbox.progress)
            .expect("meta")
            .file_type()
            .is_fifo()
    );
}

#[test]
fn devices_and_fifos_as_content_are_refused_without_hanging() {
    let sandbox = Sandbox::new();
    let fifo = sandbox.dir.path().join("ladder.toml");
    mkfifo(&fifo);
    let fifo = fifo.display().to_string();
    for content in ["/dev/zero", "/dev/urandom", fifo.as_str()] {
        for command in [&["list"][..], &["search", "debug"], &["check"]] {
            sandbox
                .rungs()
                .arg("--content")
                .arg(content)
                .args(command)
                .timeout(NO_HANG)
                .assert()
                .code(1)
                .stderr(predicate::str::contains(content));
        }
    }
}

#[test]
fn piped_content_is_read_once_and_used() {
    let sandbox = Sandbox::new();
    let ladder = fs::read(fixture("hostile.toml")).expect("fixture");
    for cache in ["", "cache"] {
        let cache = if cache.is_empty() {
            String::new()
        } else {
            sandbox.dir.path().join(cache).display().to_string()
        };
        sandbox
            .rungs()
            .env("RUNGS_CACHE_DIR", &cache)
            .args(["--content", "/dev/stdin", "search", "debugging"])
            .write_stdin(ladder.clone())
            .timeout(NO_HANG)
            .assert()
            .success()
            .stdout(predicate::str::contains("skill"));
    }
}

#[test]
fn render_refuses_a_size_it_cannot_draw() {
    rungs_with(Path::new("/dev/null"))
        .args(["render", "--size", "65535x65535"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("too large"));
    rungs_with(Path::new("/dev/null"))
        .args(["render", "--size", "1000x20"])
        .assert()
        .success();
}

#[test]
fn nothing_from_a_hostile_ladder_reaches_the_terminal_raw() {
    let sandbox = Sandbox::new();
    let ladder = fixture("hostile.toml");
    let run = |args: &[&str]| {
        let output = sandbox
            .rungs()
            .arg("--content")
            .arg(&ladder)
            .args(args)
            .output()
            .expect("runs");
        assert_terminal_safe(&format!("rungs {args:?} (stderr)"), &output.stderr);
        assert_terminal_safe(&format!("rungs {args:?}"), &output.stdout);
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    assert!(run(&["note", "injection", "proof\u{1b}]0;note title\u{7}\u{202e}"]).contains("\\u{1b}"));
    run(&["tick", "injection"]);
    let listed = run(&["list"]);
    assert!(listed.contains("Hostile\\u{1b}]0;pwned\\u{7} Ladder"), "{listed}");
    assert!(listed.contains("\\u{202e}txt.exe"), "{listed}");
    for args in [
        &["status"][..],
        &["export", "--format", "markdown"],
        &["search", "injection"],
        &["search", "roadmap"],
        &["search", "side"],
        &["untick", "injection"],
        &["check"],
    ] {
        let shown = run(args);
        assert!(
            shown.contains("\\u{"),
            "rungs {args:?} shows the escapes:\n{shown}"
        );
    }
    // The app's screen drops what it must not show, as the TUI does.
    let screen = run(&["render", "--keys", "Enter"]);
    assert!(screen.contains("Injection"), "{screen}");
    assert!(!screen.contains("\\u{"), "nothing left to escape:\n{screen}");
    // `check` echoes the bytes of a broken file: a raw ESC in a comment is a syntax error.
    let broken = sandbox.dir.path().join("broken.toml");
    fs::write(&broken, "[ladder]\n# \u{1b}]0;pwned\u{7}\u{1b}[2J\nid = \n").expect("write");
    let output = sandbox.rungs().arg("check").arg(&broken).output().expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert_terminal_safe("rungs check broken.toml", &output.stderr);
    // JSON escapes what it must itself, and stays valid JSON.
    let json = run(&["list", "--json"]);
    let parsed: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(parsed[0]["levels"][0]["skills"][0]["id"], "injection");
}

#[test]
fn thousands_of_problems_print_the_first_ones_then_a_count() {
    let sandbox = Sandbox::new();
    let mut ladder =
        String::from("[ladder]\nid = \"dup\"\ntitle = \"Dup\"\n[[levels]]\nid = \"one\"\ntitle = \"One\"\n");
    for _ in 0..5000 {
        ladder.push_str("[[levels.skills]]\nid = \"same\"\nname = \"Same\"\n");
    }
    let file = sandbox.dir.path().join("dup.toml");
    fs::write(&file, ladder).expect("write");
    let output = sandbox
        .rungs()
        .arg("check")
        .arg(&file)
        .timeout(NO_HANG)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stderr.matches("error: ").count(), 200, "{stderr}");
    assert!(stderr.contains("and 4799 more problems"), "{stderr}");
    assert!(stderr.contains("4999 problems found"), "{stderr}");
    // Each problem still names its own line and the first definition's.
    assert!(
        stderr.contains("dup.toml:11:6: duplicate skill id \"same\" (first defined on line 8)"),
        "{stderr}"
    );
}

#[test]
fn the_app_without_a_terminal_says_so_and_points_to_the_text_commands() {
    // Output to a pipe (as `rungs > file`), and no terminal on stdin either.
    rungs_with(Path::new("/dev/null"))
        .timeout(NO_HANG)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("needs a terminal"))
        .stderr(predicate::str::contains("rungs list"))
        .stdout(predicate::str::is_empty());
}

#[test]
fn many_ticks_at_once_on_a_big_file_all_wait_their_turn_and_succeed() {
    let sandbox = Sandbox::new();
    // A big file (thousands of entries from another ladder) makes every writer hold the lock
    // longer, so most wait behind many others.
    let mut text = String::from("version = 2\n");
    for i in 0..1000 {
        text.push_str(&format!(
            "\n[ladders.other.skills.skill-{i}]\nstate = \"developed\"\nreached = 2025-03-02\n"
        ));
    }
    fs::write(&sandbox.progress, &text).expect("write");
    let skills = crate::support::sandbox::builtin_skill_ids();
    let children: Vec<_> = skills
        .iter()
        .map(|skill| {
            sandbox
                .process()
                .args(["tick", skill])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn rungs")
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().expect("wait");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let progress = sandbox.load();
    for skill in &skills {
        assert_eq!(
            progress.state(crate::support::sandbox::LADDER, skill),
            rungs::progress::SkillState::Developed,
            "{skill}"
        );
    }
    assert_eq!(
        progress.state("other", "skill-999"),
        rungs::progress::SkillState::Developed
    );
}
