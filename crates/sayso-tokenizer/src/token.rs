//! [`Token`] and its [`TokenKind`].

use crate::Span;

/// One token: a slice of the original text with its byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token's text, borrowed from the document.
    pub text: &'a str,
    /// Where the token sits in the document, in UTF-8 bytes.
    pub span: Span,
    /// What sort of token it is.
    pub kind: TokenKind,
}

/// What sort of token a [`Token`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters or digits, with word-internal apostrophes, hyphens and periods
    /// (`Jong-un’s`, `’90s`, `U.S.`, `Dr.`).
    Word,
    /// A number: `16`, `3.5`, `1,000`, `19:17`.
    Number,
    /// A punctuation mark other than a quotation mark, dash or ellipsis.
    Punct,
    /// An em dash, en dash or `--`.
    Dash,
    /// `…` or `...` (spaced dots included).
    Ellipsis,
    /// A quotation mark (not an apostrophe).
    Quote(QuoteMark),
    /// A URL.
    Url,
    /// An e-mail address.
    Email,
    /// Anything else: symbols, emoji, control characters.
    Symbol,
}

/// A quotation mark as the tokenizer reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct QuoteMark {
    /// The mark itself.
    pub ch: char,
    /// True for double marks (“ ” " « »), false for single ones (‘ ’ ' ‹ ›).
    pub double: bool,
    /// Whether the mark opens or closes, as far as the tokenizer can tell.
    pub role: QuoteRole,
}

/// Whether a quotation mark opens or closes a quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteRole {
    /// Opens a quotation (“, or a straight mark after space or at paragraph start).
    Open,
    /// Closes a quotation (”, or a straight mark before space or punctuation).
    Close,
    /// Could be either; the attribution crate pairs it by context.
    Ambiguous,
}
