//! The `pipeline` fuzz target's checks (fuzz/checks.rs), run on stable over random bytes and
//! over the minimized inputs of past crashes, so that CI keeps them without nightly.
//!
//! Inputs are bytes biased towards what breaks text code: quotation marks of every kind,
//! multi-byte characters, a BOM, CR/LF, NUL and invalid UTF-8. A xorshift generator with fixed
//! seeds keeps every run the same.

use sayso_attribution::Attributor;

#[path = "../../../fuzz/checks.rs"]
mod checks;

/// Minimized inputs of crashes the fuzzer found, and edge cases; each must stay fixed.
const REGRESSIONS: &[&[u8]] = &[
    // A participle after two speech verbs whose later subject was read back past the
    // earlier verb (session 30's fuzz run): the span between them ran backwards.
    b"S,o ask,said,telling\"w",
    // A parenthesis opening the text before a speech verb's subject (session 13's fuzz run).
    b"():z):\"\xC8.@\xD1@\xDD5",
    // Two particles looked for before a name opening the text (session 26's check run):
    // the index two tokens back went below zero.
    b"de Souza said \xE2\x80\x9Cyes\xE2\x80\x9D.",
    b"of Ports Authority said \xE2\x80\x9Cyes\xE2\x80\x9D.",
    // A list of an organisation's fields running to the text's end.
    b"the Ministry of Land, Health",
    b"",
    b"\xE2\x80\x9C",
    b"\xE2\x80\x9D\xE2\x80\x9C",
    b"\xEF\xBB\xBF\xE2\x80\x9C \xE2\x80\x9D",
    b"\xE2\x80\x9C\xE2\x80",
    b"\r\n\r\n\xE2\x80\x9C a\r\n\r\nb \xE2\x80\x9D",
    // Transcript labels whose turns held quotations (session 17's fuzz run): turns and the
    // quotations inside them overlapped.
    b"Hhis\xE2\x80\x99s:Rd:\"\xCEs\xE2\x80\x99s:Rd:\"\xCER\x0DVS\xE2\x80\x99s:dR:\xCE\"R\x0DV\x00'\"R\x0DVS\xE2\x80\x99s:dR:\xCE\"R\x0DV\x00'\"v",
    // A question and an answer of one token each: no quotation.
    b"Q: Why?\n\nA: Yes",
    // A name after a comma opening the text with no name before it (session 20's fuzz run):
    // the end of the last place's name, none yet, overflowed when one was added to it.
    b"J,Fr:\"n",
    // Q. and A. with a period, each of one token.
    b"Q. Why?\n\nA. Yes\n\nQ. ?\n\nA.",
    // An unclosed mark before an article and no word after it (session 20's second fuzz
    // run): the term's word count less its article went below zero.
    b"at,labEl\"a",
    // A headline's initials whose spelled-out name was looked for up to the text's last
    // token (session 25's fuzz run): an organisation's run read one token past the end.
    b"XY,4,....YY:\"Y",
];

/// Pieces the generator draws from, beside single random bytes.
const PIECES: &[&str] = &[
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "''",
    "``",
    "«",
    "»",
    "„",
    "‚",
    "‹",
    "›",
    "「",
    "」",
    " ",
    "  ",
    "\n",
    "\r\n",
    "\n\n",
    "\u{FEFF}",
    "\u{0}",
    "said",
    "Kim",
    "NATO SAID",
    "he",
    "“We will respond,” Kim said.",
    "according to",
    ".",
    ",",
    "?",
    "é",
    "한국",
    "🙂",
    "\u{301}",
    "\u{2028}",
    "\t",
];

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn random_bytes(rng: &mut XorShift) -> Vec<u8> {
    let len = rng.below(200);
    let mut out = Vec::new();
    while out.len() < len {
        match rng.below(10) {
            0..=5 => out.extend_from_slice(PIECES[rng.below(PIECES.len())].as_bytes()),
            6..=7 => out.push(rng.below(256) as u8),
            _ => out.push(b'a' + rng.below(26) as u8),
        }
    }
    out
}

fn check_bytes(attributor: &Attributor, data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    checks::check_text(attributor, &text);
    // Cutting valid text anywhere on a char boundary is a text too.
    if let Ok(t) = std::str::from_utf8(data) {
        for (i, _) in t.char_indices().step_by(7) {
            checks::check_text(attributor, &t[..i]);
        }
    }
}

#[test]
fn regressions_hold() {
    let attributor = Attributor::default();
    for input in REGRESSIONS {
        check_bytes(&attributor, input);
    }
}

#[test]
fn random_bytes_keep_every_span_in_bounds() {
    let attributor = Attributor::default();
    for seed in 1..=10_000u64 {
        let mut rng = XorShift(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let data = random_bytes(&mut rng);
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            check_bytes(&attributor, &data)
        }));
        if result.is_err() {
            panic!(
                "seed {seed} failed on input {:?}",
                String::from_utf8_lossy(&data)
            );
        }
    }
}
