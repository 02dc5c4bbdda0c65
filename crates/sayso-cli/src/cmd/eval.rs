//! `sayso eval`.

use std::process::ExitCode;

use crate::args::EvalArgs;

/// Runs `sayso eval`.
pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let _ = args;
    anyhow::bail!("sayso eval: not implemented yet")
}
