//! The real binary in a pseudo-terminal: raw mode, key decoding, resizes and a clean exit are
//! tested as a user meets them, with a vt100 parser reading the screen back.

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
    /// Holds the progress file of tests that do not pass --progress and the content cache,
    /// so no test ever touches the real ones in the user's directories.
    scratch: tempfile::TempDir,
}

impl Terminal {
    fn start(args: &[&str]) -> Terminal {
        Terminal::start_with_editor(args, None)
    }

    /// Starts rungs with $EDITOR set to `editor` (and $VISUAL unset, so it is the one used).
    fn start_with_editor(args: &[&str], editor: Option<&str>) -> Terminal {
        let scratch = tempfile::tempdir().unwrap_or_else(|error| panic!("tempdir: {error}"));
        let mut command = Command::new(env!("CARGO_BIN_EXE_rungs"));
        command
            .args(args)
            .env("TERM", "xterm-256color")
            .env("RUNGS_PROGRESS", scratch.path().join("progress.toml"))
            .env("RUNGS_CACHE_DIR", scratch.path().join("cache"))
            .env_remove("RUNGS_CONTENT")
            .env_remove("VISUAL")
            .env_remove("EDITOR");
        if let Some(editor) = editor {
            command.env("EDITOR", editor);
        }
        let session = Session::spawn(command).unwrap_or_else(|error| panic!("spawn: {error}"));
        // expectrl's pty starts at 80x24.
        Terminal {
            session,
            parser: vt100::Parser::new(nonzero(24), nonzero(80), 0),
            scratch,
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

    /// The progress file this session uses (RUNGS_PROGRESS, in its scratch directory).
    fn progress_path(&self) -> std::path::PathBuf {
        self.scratch.path().join("progress.toml")
    }

    /// The progress on disk now.
    fn saved(&self) -> rungs::progress::Progress {
        rungs::progress::ProgressStore::new(self.progress_path())
            .load()
            .unwrap_or_else(|error| panic!("progress file: {error}"))
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
    let screen = term.wait_for("comparing");
    assert!(screen.contains("◀ Senior Product Manager ▶"), "{screen}");
    assert!(screen.contains("GPM / Director"), "{screen}");

    // Arrow keys arrive as escape sequences; → moves the active side up, stepping over
    // Director on the other side, to VP.
    term.send("\x1b[C");
    term.wait_for("◀ VP / CPO ▶");

    term.send("?");
    term.wait_for("Keys — Esc closes");
    term.send("\x1b");
    term.wait_for("comparing");
    term.send("\x1b");
    term.wait_for("Enter to read a skill");

    term.quit();
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
    let mut term = Terminal::start(&[]);
    term.wait_for("1 APM / PM");
    term.send("\rn");
    term.wait_for("Note · Product Thinking");
    // `q` and `?` are text in the editor, not quit and help.
    term.send("Shipped q?");
    term.wait_for("Shipped q?");
    term.send("\r");
    term.wait_for("✎ Shipped q?");
    term.quit();
    let saved = std::fs::read_to_string(term.progress_path()).unwrap_or_default();
    assert!(saved.contains("note = \"Shipped q?\""), "{saved}");
}

/// What a terminal sends for pasted text while bracketed paste is on.
fn pasted(text: &str) -> String {
    format!("\x1b[200~{text}\x1b[201~")
}

#[test]
fn search_jumps_to_a_skill_and_space_ticks_it() {
    let mut term = Terminal::start(&[]);
    term.wait_for("1 APM / PM");
    term.send("/");
    term.wait_for("of 216");
    // A dropped letter still finds it; `q` would quit outside the prompt, here it is text.
    term.send("stakholder");
    let screen = term.wait_for("/ stakholder");
    assert!(screen.contains("Stakeholder Management"), "{screen}");
    term.send("\r");
    term.wait_for("▸ · Stakeholder Management");
    term.send(" ");
    term.wait_for("▸ ✓ Stakeholder Management");
    term.quit();
    let saved = term.saved();
    assert_eq!(
        saved.state("product-management", "stakeholder-management"),
        rungs::progress::SkillState::Developed
    );
}

#[test]
fn pasted_text_is_text_in_the_search_prompt_and_the_note_editor() {
    let mut term = Terminal::start(&[]);
    term.wait_for("1 APM / PM");

    // A pasted line break in the prompt is a space, not Enter.
    term.send("/");
    term.wait_for("of 216");
    term.send(&pasted("stakeholder\nmanagement"));
    term.wait_for("/ stakeholder management");
    term.send("\r");
    term.wait_for("▸ · Stakeholder Management");

    // In the note editor a pasted line break stays a line break; only a typed Enter saves.
    term.send("n");
    term.wait_for("Note · Stakeholder Management");
    term.send(&pasted("Ran the roadmap review\r\nq? and kept everyone aligned"));
    let screen = term.wait_for("q? and kept everyone aligned");
    assert!(screen.contains("writing a note"), "still editing: {screen}");
    term.send("\r");
    term.wait_for("✎ Ran the roadmap review");
    term.quit();
    let saved = term.saved();
    assert_eq!(
        saved.note("product-management", "stakeholder-management"),
        Some("Ran the roadmap review\nq? and kept everyone aligned")
    );
}

/// A stand-in for the user's editor: a script that writes `note` into the file it is given.
fn fake_editor(dir: &std::path::Path, note: &str) -> String {
    use std::os::unix::fs::PermissionsExt;
    let script = dir.join("fake-editor.sh");
    let body = format!("#!/bin/sh\nprintf '{note}\\n' > \"$1\"\n");
    std::fs::write(&script, body).unwrap_or_else(|error| panic!("write script: {error}"));
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755))
        .unwrap_or_else(|error| panic!("chmod script: {error}"));
    script.to_string_lossy().into_owned()
}

#[test]
fn shift_n_edits_the_note_in_the_users_editor_and_saves_it() {
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("tempdir: {error}"));
    let editor = fake_editor(dir.path(), "Led the pricing launch");
    let mut term = Terminal::start_with_editor(&[], Some(&editor));
    term.wait_for("1 APM / PM");
    term.send("\r");
    term.wait_for("· Product Thinking");
    term.send("N");
    // Back from the editor, the app is drawn again with the note.
    let screen = term.wait_for("✎ Led the pricing launch");
    assert!(screen.contains("1 APM / PM"), "{screen}");
    term.quit();
    let saved = term.saved();
    assert_eq!(
        saved.note("product-management", "product-thinking"),
        Some("Led the pricing launch")
    );
}

#[test]
fn a_failing_editor_says_so_and_changes_no_note() {
    let mut term = Terminal::start_with_editor(&[], Some("false"));
    term.wait_for("1 APM / PM");
    term.send("\r");
    term.wait_for("· Product Thinking");
    term.send("N");
    let screen = term.wait_for("the note was not changed");
    assert!(screen.contains("editor `false` failed"), "{screen}");
    assert!(screen.contains("1 APM / PM"), "redrawn: {screen}");
    term.quit();
    let saved = term.saved();
    assert_eq!(saved.note("product-management", "product-thinking"), None);
}

/// What an xterm-style terminal sends for a left click at the 0-based `column`, `row` while
/// SGR mouse reporting is on (press, then release).
fn left_click(column: usize, row: usize) -> String {
    format!(
        "\x1b[<0;{};{}M\x1b[<0;{};{}m",
        column + 1,
        row + 1,
        column + 1,
        row + 1
    )
}

/// The 0-based (column, row) where `needle` starts on `screen`.
fn cell_of(screen: &str, needle: &str) -> (usize, usize) {
    screen
        .lines()
        .enumerate()
        .find_map(|(row, line)| line.find(needle).map(|at| (line[..at].chars().count(), row)))
        .unwrap_or_else(|| panic!("{needle:?} is not on screen:\n{screen}"))
}

#[test]
fn a_click_selects_a_level_and_quitting_gives_the_mouse_back() {
    let mut term = Terminal::start(&[]);
    // The row clicked on, not the first: a frame can arrive in pieces.
    let screen = term.wait_for("4 GPM / Director");
    assert_ne!(
        term.parser.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "mouse capture is on"
    );
    let (column, row) = cell_of(&screen, "4 GPM / Director");
    term.send(&left_click(column, row));
    term.wait_for("▸ 4 GPM / Director");
    term.quit();
    term.wait_for("");
    assert_eq!(
        term.parser.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "mouse capture is off after quitting"
    );
}

#[test]
fn no_mouse_leaves_the_mouse_to_the_terminal() {
    let mut term = Terminal::start(&["--no-mouse"]);
    term.wait_for("1 APM / PM");
    assert_eq!(
        term.parser.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None
    );
    term.quit();
}

#[test]
fn a_competency_assessed_in_the_matrix_is_saved_and_u_undoes_it() {
    let fixture = crate::support::fixture("matrix-tui.toml");
    let content = fixture.to_str().unwrap_or_default();
    let mut term = Terminal::start(&["--content", content]);
    term.wait_for("1 Analyst I");
    term.send("x");
    term.wait_for("Matrix · 3 competencies");
    // Right to A2, Space: SQL reaches the milestone Analyst II expects, "Models".
    term.send("l ");
    term.wait_for("✓ Models");
    let saved = term.saved();
    let sql = saved.record("data-matrix", &rungs::progress::Item::competency("sql"));
    assert_eq!(sql.and_then(|entry| entry.milestone.as_deref()), Some("2"));
    // `u` takes it back, on screen and on disk.
    term.send("u");
    term.wait_for("Undone: SQL and modelling at milestone 2");
    term.send("\x1b");
    term.wait_for("1 Analyst I");
    term.quit();
    let saved = term.saved();
    assert_eq!(
        saved.record("data-matrix", &rungs::progress::Item::competency("sql")),
        None
    );
}
