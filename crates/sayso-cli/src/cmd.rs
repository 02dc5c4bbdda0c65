//! One module per subcommand. Each exposes `run(args) -> anyhow::Result<ExitCode>`.

pub mod bench;
pub mod eval;
pub mod extract;
pub mod render;
pub mod sieves;
