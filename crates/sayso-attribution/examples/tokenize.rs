//! The tokenizer on its own: tokens with their kinds and byte spans, then sentences and
//! paragraphs (index ranges into the tokens), with no attribution at all.
//!
//! Everything used here is re-exported by `sayso_attribution` from `sayso_tokenizer`, so a
//! user of the attribution crate needs no second dependency.
//!
//! Run it with:
//!
//! ```sh
//! cargo run -p sayso-attribution --example tokenize
//! ```

use sayso_attribution::{Document, Span, TokenKind, Tokenizer};

fn main() {
    let text = "Dr. Priya Nair, 52, leads the flood study at the U.N. office.\n\n\
                “We measured 3.5 metres — twice the 1998 record,” she said. \
                Details: https://example.org/floods…";

    let doc: Document<'_> = Tokenizer::default().tokenize(text);

    println!("tokens:");
    for (i, t) in doc.tokens().iter().enumerate() {
        // Every span is a half-open range of UTF-8 bytes into the unmodified text.
        assert_eq!(&text[t.span()], t.text);
        let kind = match t.kind {
            TokenKind::Quote(mark) => format!("Quote({:?})", mark.role),
            other => format!("{other:?}"),
        };
        let span = format!("{:?}", t.span());
        println!("  {i:>3}  {span:>9}  {kind:<20} {:?}", t.text);
    }

    println!("\nsentences:");
    for (i, range) in doc.sentences().iter().enumerate() {
        let span: Span = doc.span_of(range.clone());
        println!("  {i}  tokens {range:?}  bytes {span:?}  {:?}", &text[span]);
    }

    println!("\nparagraphs:");
    for (i, range) in doc.paragraphs().iter().enumerate() {
        let span = doc.span_of(range.clone());
        println!("  {i}  tokens {range:?}  bytes {span:?}");
    }

    // The abbreviations and the decimal do not end a sentence; the paragraph break does.
    assert_eq!(doc.paragraphs().len(), 2);
    assert_eq!(doc.sentences().len(), 3, "{:?}", doc.sentences());
    let words = doc
        .tokens()
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count();
    let quotes = doc
        .tokens()
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::Quote(_)))
        .count();
    assert_eq!(quotes, 2);
    println!("\n{words} words, {quotes} quotation marks");
}
