//! `sayso render`.

use std::process::ExitCode;

use crate::args::RenderArgs;

/// Runs `sayso render`.
pub fn run(args: RenderArgs) -> anyhow::Result<ExitCode> {
    let _ = args;
    anyhow::bail!("sayso render: not implemented yet")
}
