//! News-text tokenizer for sayso: text in, a [`Document`] out, with tokens that carry UTF-8
//! byte spans into the original text, sentences, paragraphs, and quotation marks told apart
//! from apostrophes.
//!
//! It knows nothing about speech: it gives the attribution crate the pieces it reasons about
//! (a `“` that opens, a `’` that is part of `North’s`, a sentence that does not end at `Dr.`).
//!
//! # Overview
//!
//! - [`tokenize`] and [`Tokenizer`]: the entry points; a `Tokenizer` is configured with the
//!   [`QuoteMarks`] it recognises (English by default; [`QuoteMarks::german`],
//!   [`QuoteMarks::french`], [`QuoteMarks::cjk`], [`QuoteMarks::parse`], [`QuoteMarks::union`]).
//! - [`Document`]: the tokens in order, sentences and paragraphs as ranges of token indices,
//!   and the indices of the quotation marks.
//! - [`Token`]: a slice of the text, its [`Span`] ([`Token::span`]) and its [`TokenKind`]
//!   (word, number, punctuation, dash, ellipsis, quotation mark, URL, e-mail address, symbol).
//! - [`QuoteMark`]: a quotation mark with its [`QuoteRole`] (opens, closes, or ambiguous).
//!
//! ```
//! use sayso_tokenizer::{QuoteRole, TokenKind, tokenize};
//!
//! let text = "“We’ll wait,” Gov. Ames said at 5 p.m. Friday. Talks resume in the U.S. next week.";
//! let doc = tokenize(text);
//!
//! let words: Vec<&str> = doc.tokens().iter().map(|t| t.text).take(6).collect();
//! assert_eq!(words, ["“", "We’ll", "wait", ",", "”", "Gov."]);
//!
//! // The apostrophe in We’ll is part of the word; the curly marks are quotation marks.
//! let TokenKind::Quote(open) = doc.tokens()[0].kind else { panic!() };
//! assert_eq!(open.role, QuoteRole::Open);
//!
//! // Neither Gov. nor p.m. nor U.S. ends a sentence here.
//! let sentences: Vec<&str> = doc.sentences().iter().map(|s| &text[doc.span_of(s.clone())]).collect();
//! assert_eq!(sentences, [
//!     "“We’ll wait,” Gov. Ames said at 5 p.m. Friday.",
//!     "Talks resume in the U.S. next week.",
//! ]);
//! ```
//!
//! # Design
//!
//! Tokens borrow the text (`Token<'a>` holds a `&'a str`, its kind, and its start as a 32-bit
//! offset: 24 bytes a token, for texts of up to [`MAX_TEXT_LEN`] bytes); sentences and
//! paragraphs are ranges of indices into the token vector, so nothing points at its parent and
//! every later stage speaks in spans of the original, unmodified bytes. Tokens tile the text:
//! they are ordered, do not overlap, and only whitespace lies between them (plus a byte-order
//! mark at the very start). Sentences and paragraphs each partition the tokens in order, and a
//! sentence never crosses a paragraph.
//!
//! The lexer makes one pass with an ASCII fast path: running text (plain words one space
//! apart, with the commas and full stops between them) goes through a loop of its own that
//! reads letters eight bytes at a time, and everything else through the general token
//! tests. It allocates only vectors, never per token; it is linear in the input on any text.
//! Two straight single marks in a row (`''`, as in some wire copy) are one double mark. Quotation-mark roles come from the
//! configured pairs, and from the neighbouring characters when a mark could do both (straight
//! `"` and `'`, or `“` when German „…“ and English “…” are both configured). Paragraphs are
//! separated by blank lines, or by every line break in a text that has no blank line.
#![deny(missing_docs)]

mod abbrev;
mod document;
mod lexer;
mod marks;
mod segment;
mod span;
mod token;

pub use document::Document;
use marks::MarkTable;
pub use marks::{ParseMarksError, QuoteMarks, QuotePair};
pub use span::Span;
pub use token::{QuoteMark, QuoteRole, Token, TokenKind};

/// The longest text tokenized whole, in bytes: `u32::MAX`, 4 GiB less one byte. Tokens store
/// their start offset in 32 bits, which keeps them small for the passes that read every token.
/// A longer text is cut (see [`Tokenizer::tokenize`]).
pub const MAX_TEXT_LEN: usize = u32::MAX as usize;

/// Tokenizes `text` with the default English quotation marks.
pub fn tokenize(text: &str) -> Document<'_> {
    Tokenizer::default().tokenize(text)
}

/// A tokenizer configured with the quotation marks it recognises.
#[derive(Clone, Debug)]
pub struct Tokenizer {
    marks: QuoteMarks,
    /// `marks` as the lexer's look-up table, built once rather than for every text.
    table: MarkTable,
}

impl Default for Tokenizer {
    fn default() -> Tokenizer {
        Tokenizer::new(QuoteMarks::default())
    }
}

impl Tokenizer {
    /// A tokenizer that recognises the given quotation marks.
    pub fn new(marks: QuoteMarks) -> Tokenizer {
        let table = MarkTable::new(&marks);
        Tokenizer { marks, table }
    }

    /// The quotation marks this tokenizer recognises.
    pub fn marks(&self) -> &QuoteMarks {
        &self.marks
    }

    /// Splits `text` into tokens, sentences and paragraphs. Never panics.
    ///
    /// A text longer than [`MAX_TEXT_LEN`] bytes is tokenized only up to that limit (cut on a
    /// `char` boundary): [`Document::text`] is then that prefix, shorter than `text`, and every
    /// span lies inside it. Callers that must not lose text refuse longer inputs first.
    pub fn tokenize<'a>(&self, text: &'a str) -> Document<'a> {
        document::build(text, &self.table)
    }
}
