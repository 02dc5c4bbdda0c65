//! [`Token`] and its [`TokenKind`].

use std::fmt;

use crate::Span;

/// One token: a slice of the original text, where it starts, and what sort of token it is.
///
/// A token is 24 bytes on 64-bit targets: every pass of the attribution crate reads every
/// token, so the span is computed from a 32-bit start and the text's length rather than
/// stored (texts are at most [`MAX_TEXT_LEN`](crate::MAX_TEXT_LEN) bytes), and a quotation
/// mark's character is read from the text rather than stored in its [`QuoteMark`].
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token's text, borrowed from the document.
    pub text: &'a str,
    /// What sort of token it is.
    pub kind: TokenKind,
    /// The byte offset of `text` in the document.
    start: u32,
}

impl<'a> Token<'a> {
    /// The token `text` at byte `start` of a text of at most
    /// [`MAX_TEXT_LEN`](crate::MAX_TEXT_LEN) bytes.
    #[inline(always)]
    pub(crate) fn new(text: &'a str, start: usize, kind: TokenKind) -> Token<'a> {
        debug_assert!(start <= crate::MAX_TEXT_LEN);
        Token {
            text,
            kind,
            start: start as u32,
        }
    }

    /// Where the token sits in the document, in UTF-8 bytes.
    #[inline(always)]
    pub fn span(&self) -> Span {
        let start = self.start as usize;
        Span {
            start,
            end: start + self.text.len(),
        }
    }
}

/// Shows the span, not the stored start: `Token { text: "Hi", span: 3..5, kind: Word }`.
impl fmt::Debug for Token<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Token")
            .field("text", &self.text)
            .field("span", &self.span())
            .field("kind", &self.kind)
            .finish()
    }
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

/// A quotation mark as the tokenizer reads it. The mark itself is the token's text (`''`, two
/// straight single marks standing for a double one, included).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct QuoteMark {
    /// True for double marks (“ ” " « » ''), false for single ones (‘ ’ ' ‹ ›).
    pub double: bool,
    /// Whether the mark opens or closes, as far as the tokenizer can tell.
    pub role: QuoteRole,
    /// True when the mark is of a kind that delimits quotations in its document: double
    /// marks, and single ones too when the document quotes in them (British style, see
    /// [`Document::quotes_in_single_marks`](crate::Document::quotes_in_single_marks)).
    /// Marks that are not primary only nest inside quotations.
    pub primary: bool,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_three_words() {
        // The kind fits beside the 32-bit start in the word after the text's pointer and length.
        assert!(std::mem::size_of::<TokenKind>() <= 4);
        #[cfg(target_pointer_width = "64")]
        assert_eq!(std::mem::size_of::<Token<'_>>(), 24);
    }

    #[test]
    fn debug_shows_the_span() {
        let t = Token::new("Hi", 3, TokenKind::Word);
        assert_eq!(
            format!("{t:?}"),
            r#"Token { text: "Hi", span: 3..5, kind: Word }"#
        );
    }
}
