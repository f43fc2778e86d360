//! Helpers shared by the integration tests: apps over the built-in ladder or a fixture, and
//! rendering them after a sequence of keys. Dates show as UTC days, wherever the tests run.

use jiff::tz::TimeZone;
use rungs::content::{builtin, load_paths};
use rungs::progress::ProgressStore;
use rungs::tui::app::App;
use rungs::tui::headless::render_text_at;
use rungs::tui::keymap::parse_key_names;

pub use super::fixture;

pub fn builtin_app() -> App {
    let ladders = builtin().unwrap_or_else(|errors| panic!("built-in ladder: {errors}"));
    App::new(ladders, false)
        .unwrap_or_else(|| panic!("the built-in ladder makes an app"))
        .with_time_zone(TimeZone::UTC)
}

pub fn fixture_app(name: &str) -> App {
    let ladders = load_paths(&[fixture(name)]).unwrap_or_else(|errors| panic!("fixture {name}: {errors}"));
    App::new(ladders, false)
        .unwrap_or_else(|| panic!("fixture {name} makes an app"))
        .with_time_zone(TimeZone::UTC)
}

/// The built-in ladder with progress read from a fixture file (read only).
pub fn progress_app(progress_fixture: &str) -> App {
    let progress = ProgressStore::new(fixture(progress_fixture))
        .load()
        .unwrap_or_else(|error| panic!("progress fixture {progress_fixture}: {error}"));
    builtin_app().with_progress(progress)
}

/// When every key in [`screen`] is pressed, so a tick's date is the same on every run.
pub const KEYS_PRESSED_AT: &str = "2025-06-01T12:00:00Z";

/// The screen after pressing `keys` (names as `rungs render --keys` takes them), at
/// [`KEYS_PRESSED_AT`].
pub fn screen(mut app: App, keys: &str, width: u16, height: u16) -> String {
    let keys = parse_key_names(keys).unwrap_or_else(|error| panic!("{error}"));
    let now = KEYS_PRESSED_AT
        .parse()
        .unwrap_or_else(|error| panic!("{KEYS_PRESSED_AT}: {error}"));
    render_text_at(&mut app, &keys, width, height, now)
}
