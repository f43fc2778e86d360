use std::process::ExitCode;

use clap::Parser;
use rungs::cli::Cli;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match rungs::commands::run(&cli) {
        Ok(code) => code,
        Err(failure) => {
            eprintln!("{failure}");
            ExitCode::from(failure.code)
        }
    }
}
