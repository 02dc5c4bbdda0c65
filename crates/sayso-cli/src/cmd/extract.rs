//! `sayso extract`.

use std::process::ExitCode;

use crate::args::ExtractArgs;

/// Runs `sayso extract`.
pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let _ = args;
    anyhow::bail!("sayso extract: not implemented yet")
}
