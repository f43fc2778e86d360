use std::io::Write;
use std::process::ExitCode;

use clap_complete::CompleteEnv;
use rungs::cli_help;
use rungs::commands::completion::COMPLETE_VAR;

fn main() -> ExitCode {
    // A shell asking for completions (COMPLETE=bash rungs -- …) gets them and nothing else.
    CompleteEnv::with_factory(cli_help::command)
        .var(COMPLETE_VAR)
        .complete();
    let cli = cli_help::parse();
    match rungs::commands::run(&cli) {
        Ok(code) => code,
        Err(failure) => {
            // Not eprintln!, which panics when stderr is gone (a terminal that hung up).
            let _ = writeln!(std::io::stderr(), "{failure}");
            ExitCode::from(failure.code)
        }
    }
}
