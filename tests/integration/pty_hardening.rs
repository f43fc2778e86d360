//! The app in a pseudo-terminal made here (not expectrl's), so a test can close the terminal
//! under it, start it with SIGHUP ignored as `nohup` does, or with `TERM=dumb`: signals,
//! hang-ups, Ctrl-C in the note editor and another process writing the progress file.

use std::fs::File;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use rungs::progress::{Progress, ProgressStore};

const TIMEOUT: Duration = Duration::from_secs(15);
const LADDER: &str = "product-management";

struct App {
    child: Child,
    master: Option<File>,
    parser: vt100::Parser,
    raw: Vec<u8>,
    scratch: tempfile::TempDir,
}

/// How to start the app.
#[derive(Default)]
struct Start {
    term: Option<&'static str>,
    ignore_hangup: bool,
}

impl App {
    fn start(how: Start) -> App {
        let scratch = tempfile::tempdir().unwrap_or_else(|error| panic!("tempdir: {error}"));
        let (master, slave) = open_pty();
        let slave_fd = slave.as_raw_fd();
        let stdio = || Stdio::from(slave.try_clone().unwrap_or_else(|error| panic!("dup: {error}")));
        let mut command = Command::new(env!("CARGO_BIN_EXE_rungs"));
        command
            .env("TERM", how.term.unwrap_or("xterm-256color"))
            .env("RUNGS_PROGRESS", scratch.path().join("progress.toml"))
            .env("RUNGS_CACHE_DIR", "")
            .env("TZ", "UTC")
            .env_remove("RUNGS_CONTENT")
            .env_remove("VISUAL")
            .env_remove("EDITOR")
            .stdin(stdio())
            .stdout(stdio())
            .stderr(stdio());
        let ignore_hangup = how.ignore_hangup;
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            command.pre_exec(move || {
                // A session of its own with the pty as its controlling terminal, as a shell
                // gives it; and SIGHUP ignored when playing `nohup`.
                libc::setsid();
                libc::ioctl(slave_fd, libc::TIOCSCTTY, 0);
                // The stop signals as a shell gives them, whatever the test runner inherited
                // (a background job ignores SIGINT, `nohup` SIGHUP); then SIGHUP ignored when
                // playing `nohup`.
                for signal in [libc::SIGTERM, libc::SIGINT, libc::SIGHUP] {
                    libc::signal(signal, libc::SIG_DFL);
                }
                if ignore_hangup {
                    libc::signal(libc::SIGHUP, libc::SIG_IGN);
                }
                Ok(())
            });
        }
        let child = command.spawn().unwrap_or_else(|error| panic!("spawn: {error}"));
        drop(slave);
        App {
            child,
            master: Some(master),
            parser: vt100::Parser::new(nonzero(24), nonzero(80), 0),
            raw: Vec::new(),
            scratch,
        }
    }

    fn progress_path(&self) -> PathBuf {
        self.scratch.path().join("progress.toml")
    }

    fn saved(&self) -> Progress {
        ProgressStore::new(self.progress_path())
            .load()
            .unwrap_or_else(|error| panic!("progress file: {error}"))
    }

    /// Reads whatever the app wrote so far.
    fn drain(&mut self) {
        let Some(master) = &mut self.master else {
            return;
        };
        let mut buf = [0u8; 8192];
        // Non-blocking: EAGAIN (nothing now) and EIO (the app is gone) both end the read.
        while let Ok(n) = master.read(&mut buf) {
            if n == 0 {
                break;
            }
            self.parser.process(&buf[..n]);
            self.raw.extend_from_slice(&buf[..n]);
        }
    }

    fn wait_for(&mut self, text: &str) -> String {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            self.drain();
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
        let master = self
            .master
            .as_mut()
            .unwrap_or_else(|| panic!("the terminal is closed"));
        master
            .write_all(bytes.as_bytes())
            .unwrap_or_else(|error| panic!("send: {error}"));
    }

    fn signal(&self, signal: i32) {
        let pid = libc::pid_t::try_from(self.child.id()).unwrap_or_else(|error| panic!("pid: {error}"));
        // SAFETY: signalling our own child.
        assert_eq!(unsafe { libc::kill(pid, signal) }, 0, "kill");
    }

    /// Closes the terminal, as closing its window does.
    fn hang_up(&mut self) {
        self.master = None;
    }

    /// Waits for the app to exit, reading its last output; fails if it does not (a hang or a
    /// busy loop).
    fn exit_status(&mut self) -> ExitStatus {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            self.drain();
            if let Some(status) = self
                .child
                .try_wait()
                .unwrap_or_else(|error| panic!("wait: {error}"))
            {
                self.drain();
                return status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!(
                    "rungs did not exit; the screen was:\n{}",
                    self.parser.screen().contents()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Opens Senior PM's skills (strategic-visioning selected) and the note editor on it.
    fn open_note_editor(&mut self) {
        self.wait_for("1 APM / PM");
        self.send("jj\r");
        self.wait_for("Learn to anticipate");
        self.send("n");
        self.wait_for("What did you do");
    }

    /// The terminal as the app left it: normal screen, cursor shown, mouse reporting off.
    fn assert_restored(&self) {
        let screen = self.parser.screen();
        assert!(!screen.alternate_screen(), "left the alternate screen");
        assert!(!screen.hide_cursor(), "the cursor is shown again");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse reporting off"
        );
    }
}

impl Drop for App {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn open_pty() -> (File, File) {
    let mut master = 0;
    let mut slave = 0;
    let size = libc::winsize {
        ws_row: 24,
        ws_col: 80,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: out-pointers to two ints and a valid winsize; no name buffer or termios.
    let opened = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(opened, 0, "openpty");
    // SAFETY: openpty returned two fresh descriptors that nothing else owns.
    let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
    // SAFETY: fcntl on descriptors we own. Close-on-exec, or every child spawned meanwhile
    // (this app, other tests' processes) would hold the terminal open and it never hangs up.
    unsafe {
        libc::fcntl(master.as_raw_fd(), libc::F_SETFL, libc::O_NONBLOCK);
        libc::fcntl(master.as_raw_fd(), libc::F_SETFD, libc::FD_CLOEXEC);
        libc::fcntl(slave.as_raw_fd(), libc::F_SETFD, libc::FD_CLOEXEC);
    }
    (File::from(master), File::from(slave))
}

fn nonzero(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).unwrap_or(NonZeroU16::MIN)
}

#[test]
fn a_signal_saves_the_typed_note_restores_the_terminal_and_exits_non_zero() {
    for signal in [libc::SIGTERM, libc::SIGINT, libc::SIGHUP] {
        let mut app = App::start(Start::default());
        app.open_note_editor();
        app.send("typed before the signal");
        app.wait_for("typed before the signal");
        app.signal(signal);
        let status = app.exit_status();
        assert_eq!(status.code(), Some(128 + signal), "signal {signal}: {status:?}");
        assert_eq!(status.signal(), None, "handled, not killed by it");
        app.assert_restored();
        assert_eq!(
            app.saved().note(LADDER, "strategic-visioning"),
            Some("typed before the signal"),
            "signal {signal}"
        );
    }
}

#[test]
fn under_nohup_the_terminal_closing_ends_the_app_with_the_note_saved() {
    let mut app = App::start(Start {
        ignore_hangup: true,
        ..Start::default()
    });
    app.open_note_editor();
    app.send("typed before the hang-up");
    app.wait_for("typed before the hang-up");
    app.hang_up();
    let status = app.exit_status();
    assert_eq!(status.code(), Some(128 + libc::SIGHUP), "{status:?}");
    assert_eq!(
        app.saved().note(LADDER, "strategic-visioning"),
        Some("typed before the hang-up")
    );
}

#[test]
fn ctrl_c_in_the_note_editor_keeps_the_typed_note() {
    let mut app = App::start(Start::default());
    app.open_note_editor();
    app.send("kept on Ctrl-C");
    app.wait_for("kept on Ctrl-C");
    app.send("\x03");
    assert_eq!(app.exit_status().code(), Some(0));
    app.assert_restored();
    assert_eq!(
        app.saved().note(LADDER, "strategic-visioning"),
        Some("kept on Ctrl-C")
    );
}

#[test]
fn term_dumb_is_refused_clearly_without_escape_codes() {
    let mut app = App::start(Start {
        term: Some("dumb"),
        ..Start::default()
    });
    assert_eq!(app.exit_status().code(), Some(2));
    let output = String::from_utf8_lossy(&app.raw).into_owned();
    assert!(output.contains("TERM=dumb"), "{output}");
    assert!(output.contains("rungs list"), "{output}");
    assert!(!output.contains('\x1b'), "no escape codes: {output:?}");
}

#[test]
fn another_process_writing_the_file_shows_in_the_app_and_its_note_editor() {
    let mut app = App::start(Start::default());
    app.wait_for("1 APM / PM");
    app.send("jj\r");
    app.wait_for("Learn to anticipate");
    // Another shell writes a note on the selected skill while the app is open.
    let status = Command::new(env!("CARGO_BIN_EXE_rungs"))
        .arg("--progress")
        .arg(app.progress_path())
        .args(["note", "strategic-visioning", "written elsewhere"])
        .env("RUNGS_CACHE_DIR", "")
        .env_remove("RUNGS_CONTENT")
        .status()
        .unwrap_or_else(|error| panic!("rungs note: {error}"));
    assert!(status.success());
    app.wait_for("written elsewhere");
    // The note editor opens on the note as it is on disk, and saving adds to it.
    app.send("n");
    app.wait_for("Note · Strategic Visioning");
    app.send(", and more\r");
    app.wait_for("written elsewhere, and more");
    app.send("q");
    assert_eq!(app.exit_status().code(), Some(0));
    assert_eq!(
        app.saved().note(LADDER, "strategic-visioning"),
        Some("written elsewhere, and more")
    );
}
