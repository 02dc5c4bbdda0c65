//! The `sayso` binary: parse arguments, dispatch, map outcomes to exit codes.
//!
//! Exit codes: 0 every document processed, 1 some documents failed (each has an error record),
//! 2 the run itself failed (bad arguments, unreadable output). A closed stdout is success.

use std::process::ExitCode;

use clap::Parser;
use sayso_cli::args::{Cli, Command};
use sayso_cli::cmd;

/// mimalloc instead of the system allocator: attribution allocates many small, short-lived
/// vectors per document, and glibc's malloc and free took about a tenth of `extract`'s time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let outcome = match cli.command {
        Command::Extract(a) => cmd::extract::run(a),
        Command::Eval(a) => cmd::eval::run(a),
        Command::Sieves(a) => cmd::sieves::run(a),
        Command::Bench(a) => cmd::bench::run(a),
        Command::Render(a) => cmd::render::run(a),
    };
    match outcome {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sayso: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
