//! `sayso sieves`.

use std::process::ExitCode;

use crate::args::SievesArgs;

/// Runs `sayso sieves`.
pub fn run(args: SievesArgs) -> anyhow::Result<ExitCode> {
    let _ = args;
    anyhow::bail!("sayso sieves: not implemented yet")
}
