//! `sayso bench`.

use std::process::ExitCode;

use crate::args::BenchArgs;

/// Runs `sayso bench`.
pub fn run(args: BenchArgs) -> anyhow::Result<ExitCode> {
    let _ = args;
    anyhow::bail!("sayso bench: not implemented yet")
}
