//! The invariants the `pipeline` fuzz target checks on any text, shared with the random-bytes
//! test `crates/sayso-cli/tests/extract_fuzz.rs` (which includes this file by path), so that
//! the same checks run on stable in CI.

use sayso_attribution::{Attributor, Span};

/// Tokenizes and attributes `text`, panicking with a message if any invariant breaks:
/// every span in bounds, on char boundaries, and the tokens ordered without overlap.
pub fn check_text(attributor: &Attributor, text: &str) {
    let doc = attributor.tokenizer().tokenize(text);
    let mut last_end = 0;
    for (i, t) in doc.tokens().iter().enumerate() {
        check_span(text, t.span, "token");
        assert!(
            t.span.start >= last_end,
            "token {i} at {:?} overlaps the previous one (ending at {last_end})",
            t.span
        );
        assert_eq!(
            t.text, &text[t.span],
            "token {i} text differs from its span"
        );
        last_end = t.span.end;
    }
    let n = doc.tokens().len();
    for r in doc.sentences().iter().chain(doc.paragraphs()) {
        assert!(
            r.start <= r.end && r.end <= n,
            "token range {r:?} out of 0..{n}"
        );
    }
    for a in attributor.attribute_document(&doc) {
        check_span(text, a.quote.span, "quote");
        if let Some(c) = a.cue {
            check_span(text, c, "cue");
        }
        if let Some(m) = a.speaker.as_ref().and_then(|s| s.mention) {
            check_span(text, m, "mention");
        }
        assert!(
            (0.0..=1.0).contains(&a.confidence),
            "confidence {} out of 0..=1",
            a.confidence
        );
        assert!(!a.sieve.is_empty(), "empty sieve name");
    }
}

fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} span {span:?} out of bounds 0..{}",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} span {span:?} not on char boundaries"
    );
}
