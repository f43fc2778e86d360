//! Everything that touches the terminal: the app state and its one update function (`app`),
//! keys and mouse to actions (`keymap`), drawing (`ui`), and the runtime that connects them to
//! a real terminal (`event_loop`) or to memory (`headless`). The effect performers
//! (`autosave`, `external_editor`) are the only I/O the loop does besides the terminal.
//!
//! One key press is one [`step`], wherever it happens: the loop, headless rendering, tests and
//! benchmarks all go through it.

pub mod app;
pub mod autosave;
mod event_loop;
pub mod external_editor;
pub mod headless;
mod interrupts;
pub mod keymap;
mod step;
pub mod ui;

pub use event_loop::run;
pub use interrupts::Ending;
pub use step::{Effects, Input, NoEffects, draw, step};
