//! The `sayso` command line: corpus I/O, scoring and report writers behind the binary.
#![deny(missing_docs)]
