//! The real `sayso extract` path on arbitrary bytes (as UTF-8 when valid, lossily otherwise):
//! tokenize, attribute with the default cascade, build and serialise the output records, and
//! check the invariants of `checks.rs` (spans in bounds and on char boundaries, quotations in
//! order without overlap, a second run equal, records that read back). Crashes found here
//! become ordinary tests in crates/sayso-cli/tests/extract_fuzz.rs.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use sayso_attribution::Attributor;

#[path = "../checks.rs"]
mod checks;

static ATTRIBUTOR: LazyLock<Attributor> = LazyLock::new(Attributor::default);

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    checks::check_text(&ATTRIBUTOR, &text);
});
