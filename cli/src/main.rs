//! `antq` — the office program. See `antq --help`.

#![forbid(unsafe_code)]

use std::io::Write;
use std::process::ExitCode;

use antq_cli::args::Cli;
use antq_cli::commands::{run, Failure};
use clap::Parser;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            // Help and version go to stdout with 0; usage errors to stderr with 2.
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            if !matches!(f, Failure::BrokenPipe) {
                let _ = std::io::stderr().write_all(f.message().as_bytes());
            }
            ExitCode::from(f.code())
        }
    }
}
