//! Property tests: on any text the tokenizer does not panic, tokens tile the text, and
//! sentences and paragraphs partition the tokens in order.

use std::ops::Range;

use proptest::prelude::*;
use sayso_tokenizer::{Document, QuoteMarks, TokenKind, Tokenizer};

/// Checks every structural invariant of a document.
fn check(doc: &Document<'_>) {
    let text = doc.text();
    let marks: Vec<usize> = (0..doc.tokens().len())
        .filter(|&i| matches!(doc.tokens()[i].kind, TokenKind::Quote(_)))
        .collect();
    assert_eq!(
        doc.quote_marks(),
        marks,
        "quote_marks lists the quotation marks"
    );
    let mut prev_end = 0;
    for (i, t) in doc.tokens().iter().enumerate() {
        let span = t.span();
        assert!(!span.is_empty(), "empty token {i}");
        assert!(
            span.start >= prev_end,
            "token {i} overlaps or is out of order"
        );
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert_eq!(&text[span], t.text);
        assert_blank(text, prev_end..span.start);
        prev_end = span.end;
    }
    assert_blank(text, prev_end..text.len());
    let n = doc.tokens().len();
    assert_partition(doc.paragraphs(), n);
    assert_partition(doc.sentences(), n);
    for s in doc.sentences() {
        assert_eq!(
            doc.paragraph_of(s.start),
            doc.paragraph_of(s.end - 1),
            "sentence {s:?} crosses paragraphs"
        );
    }
}

/// Whitespace and invisible formatting characters (zero-width space, bidirectional marks,
/// embeddings and isolates) only, except for a byte-order mark at the very start of the text.
fn assert_blank(text: &str, gap: Range<usize>) {
    let s = &text[gap.clone()];
    let s = if gap.start == 0 {
        s.strip_prefix('\u{FEFF}').unwrap_or(s)
    } else {
        s
    };
    let invisible = |c: char| matches!(c, '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    assert!(
        s.chars().all(|c| c.is_whitespace() || invisible(c)),
        "gap {s:?} at {gap:?}"
    );
}

/// Non-empty ranges that cover `0..n` in order without gaps.
fn assert_partition(ranges: &[Range<usize>], n: usize) {
    let mut at = 0;
    for r in ranges {
        assert_eq!(r.start, at, "ranges {ranges:?}");
        assert!(r.end > r.start, "empty range in {ranges:?}");
        at = r.end;
    }
    assert_eq!(at, n);
}

/// Text built from the characters that matter to the tokenizer, plus arbitrary ones.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("\u{FEFF}".to_string()),
        prop::sample::select(vec![
            "“",
            "”",
            "‘",
            "’",
            "\"",
            "'",
            "«",
            "»",
            "„",
            "‚",
            "‹",
            "›",
            "「",
            "」",
            "『",
            "』",
            ".",
            "...",
            ". . .",
            "…",
            "—",
            "–",
            "--",
            "-",
            "?",
            "!",
            ",",
            ":",
            "(",
            ")",
            "@",
            "http://",
            "www.",
            "U.S.",
            "Dr.",
            "J.",
            "p.m.",
            "No.",
            "3.5",
            "1,000",
            "19:17",
            "’90s",
            "’n’",
            "don't",
            "Jong-un’s",
            "The",
            "he",
            "said",
            "a.b@c.d",
            "e\u{301}",
        ])
        .prop_map(str::to_string),
        "[a-zA-Z0-9]{1,6}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn tokenizers() -> Vec<Tokenizer> {
    let all = QuoteMarks::english()
        .union(&QuoteMarks::german())
        .union(&QuoteMarks::french())
        .union(&QuoteMarks::cjk());
    vec![
        Tokenizer::default(),
        Tokenizer::new(QuoteMarks::german()),
        Tokenizer::new(all),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn invariants_hold_on_any_string(text in any::<String>()) {
        for t in tokenizers() {
            check(&t.tokenize(&text));
        }
    }

    #[test]
    fn invariants_hold_on_newsy_text(text in newsy()) {
        for t in tokenizers() {
            check(&t.tokenize(&text));
        }
    }

    #[test]
    fn deterministic(text in newsy()) {
        let t = Tokenizer::default();
        let (a, b) = (t.tokenize(&text), t.tokenize(&text));
        prop_assert_eq!(a.tokens(), b.tokens());
        prop_assert_eq!(a.sentences(), b.sentences());
        prop_assert_eq!(a.paragraphs(), b.paragraphs());
    }

    #[test]
    fn apostrophes_never_become_quotes_inside_words(a in "[a-zA-Z]{1,8}", b in "[a-z]{1,4}") {
        for mark in ["'", "’"] {
            let text = format!("{a}{mark}{b}");
            let doc = sayso_tokenizer::tokenize(&text);
            prop_assert_eq!(doc.tokens().len(), 1);
        }
    }
}

#[test]
fn pathological_inputs_finish() {
    let cases = [
        "“".repeat(100_000),
        "\"".repeat(100_000),
        "'a".repeat(50_000),
        "word ".repeat(200_000),
        "Capital ".repeat(200_000),
        "A. ".repeat(100_000),
        "a_".repeat(100_000) + "@",
        "a.".repeat(100_000),
        "http://".repeat(10_000),
        ")".repeat(10_000) + "http://x" + &")".repeat(100_000),
    ];
    for text in &cases {
        check(&sayso_tokenizer::tokenize(text));
    }
}
