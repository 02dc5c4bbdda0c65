//! The `sayso` command line: corpus I/O, scoring and report writers behind the binary.
//!
//! The binary (`src/main.rs`) only parses arguments and dispatches to one module per
//! subcommand under [`cmd`]. Everything else lives here so that tests and benches can drive it.
#![deny(missing_docs)]

pub mod args;
pub mod canonical;
pub mod cmd;
pub mod gold;
pub mod html;
pub mod input;
pub mod output;
pub mod pipeline;
pub mod polnear;
pub mod report;
pub mod rules;
pub mod score;
