use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use rungs::cli::Cli;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match rungs::commands::run(&cli) {
        Ok(code) => code,
        Err(failure) => {
            // Not eprintln!, which panics when stderr is gone (a terminal that hung up).
            let _ = writeln!(std::io::stderr(), "{failure}");
            ExitCode::from(failure.code)
        }
    }
}
