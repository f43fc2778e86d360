//! The real binary in a pseudo-terminal: raw mode, key decoding, resizes and a clean exit are
//! tested as a user meets them, with a vt100 parser reading the screen back.

#![cfg(unix)]

use std::io::Write;
use std::num::NonZeroU16;
use std::process::Command;
use std::time::{Duration, Instant};

use expectrl::Session;
use expectrl::process::unix::WaitStatus;

const TIMEOUT: Duration = Duration::from_secs(10);

struct Terminal {
    session: expectrl::session::OsSession,
    parser: vt100::Parser,
    /// Holds the progress file of tests that do not pass --progress, so no test ever
    /// touches the real one in the user's data directory.
    _scratch: tempfile::TempDir,
}

impl Terminal {
    fn start(args: &[&str]) -> Terminal {
        let scratch = tempfile::tempdir().unwrap_or_else(|error| panic!("tempdir: {error}"));
        let mut command = Command::new(env!("CARGO_BIN_EXE_rungs"));
        command
            .args(args)
            .env("TERM", "xterm-256color")
            .env("RUNGS_PROGRESS", scratch.path().join("progress.toml"))
            .env_remove("RUNGS_CONTENT");
        let session = Session::spawn(command).unwrap_or_else(|error| panic!("spawn: {error}"));
        // expectrl's pty starts at 80x24.
        Terminal {
            session,
            parser: vt100::Parser::new(nonzero(24), nonzero(80), 0),
            _scratch: scratch,
        }
    }

    /// Reads output until the screen contains `text`, and returns the screen.
    fn wait_for(&mut self, text: &str) -> String {
        let deadline = Instant::now() + TIMEOUT;
        let mut buf = [0u8; 8192];
        loop {
            while let Ok(n) = self.session.try_read(&mut buf) {
                if n == 0 {
                    break;
                }
                self.parser.process(&buf[..n]);
            }
            let screen = self.parser.screen().contents();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {text:?}; the screen was:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn send(&mut self, bytes: &str) {
        self.session
            .write_all(bytes.as_bytes())
            .unwrap_or_else(|error| panic!("send {bytes:?}: {error}"));
        self.session
            .flush()
            .unwrap_or_else(|error| panic!("flush: {error}"));
    }

    fn resize(&mut self, cols: u16, rows: u16) {
        self.parser.screen_mut().set_size(nonzero(rows), nonzero(cols));
        self.session
            .get_process_mut()
            .set_window_size(cols, rows)
            .unwrap_or_else(|error| panic!("resize: {error}"));
    }

    /// Sends `q` and checks rungs exits cleanly.
    fn quit(&mut self) {
        self.send("q");
        match self.exit_status() {
            WaitStatus::Exited(_, code) => assert_eq!(code, 0),
            other => panic!("rungs did not exit normally: {other:?}"),
        }
    }

    fn exit_status(&mut self) -> WaitStatus {
        self.session
            .get_process()
            .wait()
            .unwrap_or_else(|error| panic!("wait: {error}"))
    }
}

fn nonzero(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).unwrap_or(NonZeroU16::MIN)
}

#[test]
fn newcomer_finds_senior_pm_skills_compares_opens_help_and_quits() {
    let mut term = Terminal::start(&[]);
    term.wait_for("1 APM / PM");

    // Down twice to Senior PM, Enter into its skills: the first skill's summary shows.
    term.send("jj");
    term.wait_for("Senior Product Manager");
    term.send("\r");
    let screen = term.wait_for("Learn to anticipate");
    assert!(
        screen.contains("Cross-Org Influence Without Ownership"),
        "{screen}"
    );

    // Back to the ladder, then compare: Senior PM beside Director.
    term.send("\x1b");
    term.wait_for("Enter to read a skill");
    term.send("c");
    let screen = term.wait_for("comparing levels");
    assert!(screen.contains("◀ Senior PM ▶"), "{screen}");
    assert!(screen.contains("GPM / Director"), "{screen}");

    // Arrow keys arrive as escape sequences; → moves the active side up a level.
    term.send("\x1b[C");
    term.wait_for("◀ GPM / Director ▶");

    term.send("?");
    term.wait_for("Keys — Esc closes");
    term.send("\x1b");
    term.wait_for("comparing levels");
    term.send("\x1b");
    term.wait_for("Enter to read a skill");

    term.send("q");
    match term.exit_status() {
        WaitStatus::Exited(_, code) => assert_eq!(code, 0),
        other => panic!("rungs did not exit normally: {other:?}"),
    }
}

#[test]
fn resizing_redraws_and_survives_a_tiny_window() {
    let mut term = Terminal::start(&["--no-color"]);
    term.wait_for("1 APM / PM");
    term.resize(30, 8);
    term.wait_for("terminal too small");
    term.resize(120, 36);
    let screen = term.wait_for("Individual Contributor (Staff");
    assert!(!screen.contains("too small"), "{screen}");

    // Ctrl-C quits too, and the terminal is left in its normal screen.
    term.send("\x03");
    match term.exit_status() {
        WaitStatus::Exited(_, code) => assert_eq!(code, 0),
        other => panic!("rungs did not exit normally: {other:?}"),
    }
}

#[test]
fn ticks_and_my_level_are_saved_as_they_happen_and_reopen_where_left() {
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("tempdir: {error}"));
    let progress = dir.path().join("progress.toml");
    let path = progress.to_str().unwrap_or_default();

    let mut term = Terminal::start(&["--progress", path]);
    term.wait_for("1 APM / PM");
    // Enter into APM / PM's skills; Space ticks the first, d marks the second developing.
    term.send("\r");
    term.wait_for("· Product Thinking");
    term.send(" ");
    term.wait_for("✓ Product Thinking");
    term.send("jd");
    term.wait_for("◐ Technical Curiosity");
    // The tick is on disk before quitting: saving happens on every change.
    let saved = std::fs::read_to_string(&progress).unwrap_or_default();
    assert!(
        saved.contains("[ladders.product-management.skills.product-thinking]"),
        "{saved}"
    );

    // Back to the ladder, down to Senior PM, mark it as my level.
    term.send("\x1b");
    term.wait_for("Enter to read a skill");
    term.send("jjm");
    term.wait_for("3 Senior PM ★");
    term.quit();

    let saved = std::fs::read_to_string(&progress).unwrap_or_default();
    assert!(saved.contains("my_level = \"senior-pm\""), "{saved}");
    assert!(saved.contains("state = \"developed\""), "{saved}");
    assert!(saved.contains("state = \"developing\""), "{saved}");

    // A new start opens on my level, with the ticks.
    let mut term = Terminal::start(&["--progress", path]);
    let screen = term.wait_for("ready for GPM / Director");
    assert!(screen.contains("Senior Product Manager"), "{screen}");
    assert!(
        screen.contains("1/4"),
        "APM / PM's gauge counts the tick: {screen}"
    );
    term.quit();
}

#[test]
fn a_note_typed_in_the_editor_is_saved() {
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("tempdir: {error}"));
    let progress = dir.path().join("progress.toml");
    let path = progress.to_str().unwrap_or_default();
    let mut term = Terminal::start(&["--progress", path]);
    term.wait_for("1 APM / PM");
    term.send("\rn");
    term.wait_for("Note · Product Thinking");
    // `q` and `?` are text in the editor, not quit and help.
    term.send("Shipped q?");
    term.wait_for("Shipped q?");
    term.send("\r");
    term.wait_for("✎ Shipped q?");
    term.quit();
    let saved = std::fs::read_to_string(&progress).unwrap_or_default();
    assert!(saved.contains("note = \"Shipped q?\""), "{saved}");
}
