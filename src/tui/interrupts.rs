//! What can end the app besides the person quitting: a signal (`kill`, `kill -INT`, the
//! terminal window closing) or the terminal going away under `nohup`. Both are noticed
//! between inputs, so the loop can save what is pending, restore the terminal and exit
//! non-zero, instead of dying with the terminal in raw mode or spinning on end-of-file.

use std::fs::File;
use std::io::{self, IsTerminal};
use std::os::fd::{AsRawFd, RawFd};
use std::time::Duration;

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

/// Why the app stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// The person quit.
    Quit,
    /// A signal asked it to stop (its number).
    Signal(i32),
    /// The terminal hung up or reached end of input.
    HungUp,
}

impl Ending {
    /// The exit status: 0 for quitting, 128 + the signal as shells report it, and SIGHUP's
    /// status for a terminal that went away.
    pub fn exit_code(self) -> u8 {
        match self {
            Ending::Quit => 0,
            Ending::Signal(signal) => u8::try_from(128 + signal).unwrap_or(1),
            Ending::HungUp => 128 + SIGHUP as u8,
        }
    }

    pub fn describe(self) -> String {
        let name = |signal: i32| match signal {
            SIGINT => "SIGINT",
            SIGTERM => "SIGTERM",
            SIGHUP => "SIGHUP",
            _ => "a signal",
        };
        match self {
            Ending::Quit => "quit".to_string(),
            Ending::Signal(signal) => format!("stopped by {}", name(signal)),
            Ending::HungUp => "stopped: the terminal closed".to_string(),
        }
    }
}

/// What waiting for input found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wake {
    Input,
    Timeout,
    Stop(Ending),
}

/// Watches the terminal's input and the stop signals.
pub struct Interrupts {
    signals: Signals,
    /// The terminal crossterm reads: standard input when it is one, else /dev/tty (held
    /// open here so its hang-up can be seen).
    tty: Option<File>,
    fd: RawFd,
}

impl Interrupts {
    /// Starts catching SIGTERM, SIGINT and SIGHUP (not SIGHUP when it is ignored, as under
    /// `nohup`: that person asked to keep running; the terminal's end-of-input ends it then).
    pub fn install() -> io::Result<Interrupts> {
        let mut wanted = vec![SIGTERM, SIGINT];
        if !is_ignored(SIGHUP) {
            wanted.push(SIGHUP);
        }
        let signals = Signals::new(wanted)?;
        let (tty, fd) = if io::stdin().is_terminal() {
            (None, io::stdin().as_raw_fd())
        } else {
            let tty = File::open("/dev/tty")?;
            let fd = tty.as_raw_fd();
            (Some(tty), fd)
        };
        Ok(Interrupts { signals, tty, fd })
    }

    /// A stop signal that arrived, or the terminal's hang-up, if either happened.
    pub fn stop(&mut self) -> Option<Ending> {
        if let Some(signal) = self.signals.pending().next() {
            return Some(Ending::Signal(signal));
        }
        (self.poll(Duration::ZERO) == Wake::Stop(Ending::HungUp)).then_some(Ending::HungUp)
    }

    /// Waits up to `timeout` for input on the terminal (or for it to hang up).
    pub fn wait(&mut self, timeout: Duration) -> Wake {
        if let Some(ending) = self.stop() {
            return Wake::Stop(ending);
        }
        self.poll(timeout)
    }

    fn poll(&self, timeout: Duration) -> Wake {
        let _keep_open = &self.tty;
        let mut watched = libc::pollfd {
            fd: self.fd,
            events: libc::POLLIN,
            revents: 0,
        };
        let millis = libc::c_int::try_from(timeout.as_millis()).unwrap_or(libc::c_int::MAX);
        // SAFETY: one valid pollfd for a descriptor that stays open while `self` lives.
        let ready = unsafe { libc::poll(&mut watched, 1, millis) };
        if ready <= 0 {
            // Nothing yet, or a signal interrupted the wait: the caller looks again.
            return Wake::Timeout;
        }
        if watched.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
            return Wake::Stop(Ending::HungUp);
        }
        Wake::Input
    }
}

fn is_ignored(signal: i32) -> bool {
    // SAFETY: querying (not changing) the disposition into a zeroed struct.
    unsafe {
        let mut current: libc::sigaction = std::mem::zeroed();
        libc::sigaction(signal, std::ptr::null(), &mut current) == 0 && current.sa_sigaction == libc::SIG_IGN
    }
}
