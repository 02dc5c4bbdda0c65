//! News-text tokenizer for sayso. (Crate docs: filled in by the tokenizer work.)
#![deny(missing_docs)]

mod abbrev;
mod document;
mod lexer;
mod marks;
mod segment;
mod span;
mod token;

pub use document::Document;
pub use marks::{ParseMarksError, QuoteMarks, QuotePair};
pub use span::Span;
pub use token::{QuoteMark, QuoteRole, Token, TokenKind};

/// Tokenizes `text` with the default English quotation marks.
pub fn tokenize(text: &str) -> Document<'_> {
    Tokenizer::default().tokenize(text)
}

/// A tokenizer configured with the quotation marks it recognises.
#[derive(Clone, Debug, Default)]
pub struct Tokenizer {
    marks: QuoteMarks,
}

impl Tokenizer {
    /// A tokenizer that recognises the given quotation marks.
    pub fn new(marks: QuoteMarks) -> Tokenizer {
        Tokenizer { marks }
    }

    /// The quotation marks this tokenizer recognises.
    pub fn marks(&self) -> &QuoteMarks {
        &self.marks
    }

    /// Splits `text` into tokens, sentences and paragraphs. Never panics.
    pub fn tokenize<'a>(&self, text: &'a str) -> Document<'a> {
        document::build(text, &self.marks)
    }
}
