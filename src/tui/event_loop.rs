//! The interactive loop: read an event, turn it into an action through the key table, update,
//! perform the effects update asks for (saving progress, running the user's editor), draw.
//! Synchronous and event-driven: nothing is redrawn unless something happened.

use std::io;
use std::time::Duration;

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event,
    KeyEventKind,
};
use crossterm::execute;
use ratatui::DefaultTerminal;

use jiff::Timestamp;

use super::interrupts::{Ending, Interrupts, Wake};
use super::step::{self, Effects, Input};
use crate::progress::{FileStamp, ProgressStore, now_to_the_second};
use crate::tui::app::{App, Effect, Intent, Outcome};
use crate::tui::{autosave, external_editor, keymap};

/// How often the loop looks at the progress file (and for a resize) while no key comes: a
/// change another process made shows within this time.
const LOOK_EVERY: Duration = Duration::from_millis(100);

/// Runs the app full-screen until the user quits, a signal stops it or the terminal goes
/// away, and says which. `ratatui::try_init` installs a panic hook that restores the
/// terminal, and the terminal is restored on every way out, error or not. Progress changes
/// are saved to `store` as they are made; on a signal or hang-up, whatever is pending (a note
/// being typed included) is saved before returning.
///
/// Bracketed paste is on while the app runs, so a pasted line arrives as text rather than as
/// keys (a pasted newline would otherwise be Enter); so is mouse capture, unless `mouse` is
/// false (`--no-mouse`), for the wheel and clicks. `ratatui::restore` turns neither off, so
/// every way out does: the normal exit here, and a panic through [`ModesGuard`]'s drop.
pub fn run(app: &mut App, store: &ProgressStore, mouse: bool) -> io::Result<Ending> {
    let mut interrupts = Interrupts::install()?;
    let mut terminal = ratatui::try_init()?;
    let result = match ModesGuard::enable(mouse) {
        Ok(_modes) => event_loop(&mut terminal, app, store, &mut interrupts),
        Err(error) => Err(error),
    };
    if let Ok(Ending::HungUp) = result {
        // There is no terminal left to restore, and ratatui reports failing to restore it
        // with eprintln!, which panics on a stderr that hung up too.
        std::mem::forget(terminal);
        return result;
    }
    // Failing to restore is not worth a panic; the terminal may be half gone.
    let _ = ratatui::try_restore();
    result
}

/// Bracketed paste and (optionally) mouse capture, turned off again when dropped (on return
/// or while unwinding a panic; ratatui's panic hook restores the rest of the terminal before
/// the unwind reaches here).
struct ModesGuard {
    mouse: bool,
}

impl ModesGuard {
    fn enable(mouse: bool) -> io::Result<ModesGuard> {
        execute!(io::stdout(), EnableBracketedPaste)?;
        // From here on, drop undoes what was turned on, even if turning on the mouse fails
        // half way (turning off a capture that never started is harmless).
        let guard = ModesGuard { mouse };
        if mouse {
            execute!(io::stdout(), EnableMouseCapture)?;
        }
        Ok(guard)
    }
}

impl Drop for ModesGuard {
    fn drop(&mut self) {
        // Nothing useful to do if the terminal is gone.
        if self.mouse {
            let _ = execute!(io::stdout(), DisableMouseCapture);
        }
        let _ = execute!(io::stdout(), DisableBracketedPaste);
    }
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    store: &ProgressStore,
    interrupts: &mut Interrupts,
) -> io::Result<Ending> {
    let mut seen = store.stamp();
    // Start crossterm's reader before the first frame: from then on it catches resizes, so
    // one made while the app starts is not lost. (Not after a hang-up: reading a closed
    // terminal would spin.)
    if interrupts.stop().is_none() {
        event::poll(Duration::ZERO)?;
    }
    loop {
        step::draw(terminal, app)?;
        if app.should_quit() {
            return Ok(Ending::Quit);
        }
        loop {
            let next = wait_for_input(app, interrupts)?;
            let mut effects = LoopEffects {
                terminal,
                store,
                seen: &mut seen,
            };
            match next {
                Next::Input(input) => {
                    // What the person does applies to the file as it is now.
                    effects.look(app);
                    step::step(app, input, &mut effects)?;
                    break;
                }
                Next::Resized => break,
                // Redraw only if someone else wrote the file.
                Next::Tick if effects.look(app) => break,
                Next::Tick => {}
                Next::Stop(ending) => {
                    // Quitting keeps a note being typed; the save itself is an effect of it.
                    effects.look(app);
                    step::step(app, Input::Intent(Intent::Quit), &mut effects)?;
                    return Ok(ending);
                }
            }
        }
    }
}

/// What the loop does next.
enum Next {
    Input(Input),
    Resized,
    /// Time to look at the progress file again.
    Tick,
    Stop(Ending),
}

/// Blocks until an event that needs a redraw (a bound key press, a paste, a wheel turn or
/// click, a resize), until it is time to look at the progress file again, or until a signal
/// or the terminal hanging up says to stop.
fn wait_for_input(app: &App, interrupts: &mut Interrupts) -> io::Result<Next> {
    loop {
        if let Some(ending) = interrupts.stop() {
            return Ok(Next::Stop(ending));
        }
        // Events crossterm has already read (one read can bring several keys) come first.
        if event::poll(Duration::ZERO)? {
            let input = match event::read()? {
                Event::Key(key) if key.kind == KeyEventKind::Press => {
                    keymap::intent_for(app, &key).map(Input::Intent)
                }
                Event::Paste(text) => Some(Input::Paste(text)),
                Event::Mouse(mouse) => keymap::intent_for_mouse(app, &mouse).map(Input::Intent),
                Event::Resize(..) => return Ok(Next::Resized),
                _ => None,
            };
            if let Some(input) = input {
                return Ok(Next::Input(input));
            }
            continue;
        }
        match interrupts.wait(LOOK_EVERY) {
            Wake::Stop(ending) => return Ok(Next::Stop(ending)),
            Wake::Timeout => return Ok(Next::Tick),
            Wake::Input => {}
        }
    }
}

/// The loop's effects: saving to the progress file and handing the terminal to the user's
/// editor; and noticing that someone else wrote the progress file.
struct LoopEffects<'a> {
    terminal: &'a mut DefaultTerminal,
    store: &'a ProgressStore,
    /// The progress file as this app last read or wrote it.
    seen: &'a mut FileStamp,
}

impl Effects for LoopEffects<'_> {
    fn perform(&mut self, app: &App, effect: Effect) -> io::Result<Option<Outcome>> {
        match effect {
            Effect::SaveProgress => {
                let outcome = autosave::save(app, self.store);
                // This app's own save is not someone else's change.
                *self.seen = self.store.stamp();
                Ok(Some(outcome))
            }
            Effect::EditNoteExternally {
                ladder,
                skill,
                text,
                opened,
            } => external_editor::edit_note(self.terminal, ladder, skill, &text, opened).map(Some),
        }
    }

    /// The clock is read here, not in `update`, which stays pure.
    fn now(&self) -> Timestamp {
        now_to_the_second()
    }

    fn refresh(&mut self, app: &mut App) {
        self.look(app);
    }
}

impl LoopEffects<'_> {
    /// Re-reads the progress file if someone wrote it since it was last seen, and shows it;
    /// `true` if it had changed. A file that cannot be read now is reported like a failed
    /// save: the app keeps what it shows, and the status bar names the file and the problem.
    fn look(&mut self, app: &mut App) -> bool {
        let now = self.store.stamp();
        if now == *self.seen || self.store.discards() {
            return false;
        }
        *self.seen = now;
        match self.store.load() {
            Ok(on_disk) => app.file_changed(on_disk),
            Err(error) => {
                app.report(Outcome::SaveFailed(error), self.now());
            }
        }
        true
    }
}
