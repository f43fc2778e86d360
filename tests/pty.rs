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
}

impl Terminal {
    fn start(args: &[&str]) -> Terminal {
        let mut command = Command::new(env!("CARGO_BIN_EXE_rungs"));
        command
            .args(args)
            .env("TERM", "xterm-256color")
            .env_remove("RUNGS_CONTENT");
        let session = Session::spawn(command).unwrap_or_else(|error| panic!("spawn: {error}"));
        // expectrl's pty starts at 80x24.
        Terminal {
            session,
            parser: vt100::Parser::new(nonzero(24), nonzero(80), 0),
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
