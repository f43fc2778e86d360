//! `rungs render`: the screen after a sequence of keys, as plain text, without a terminal.

use std::process::ExitCode;

use super::{Failure, print_out, start_app};
use crate::cli::{GlobalArgs, KeyList, ScreenSize};
use crate::headless::render_text;

pub fn run(global: &GlobalArgs, size: ScreenSize, keys: &KeyList) -> Result<ExitCode, Failure> {
    let mut app = start_app(global)?;
    print_out(&render_text(&mut app, &keys.0, size.width, size.height))
}
