//! [`Document`]: tokens plus sentence and paragraph boundaries.

use std::ops::Range;

use crate::marks::MarkTable;
use crate::{MAX_TEXT_LEN, Span, Token, lexer, segment};

/// A tokenized text: tokens in order, and sentences and paragraphs as ranges of token indices.
///
/// Tokens are ordered and do not overlap; the text between two neighbouring tokens is
/// whitespace only. Sentences never cross paragraph boundaries.
#[derive(Clone, Debug)]
pub struct Document<'a> {
    text: &'a str,
    tokens: Vec<Token<'a>>,
    sentences: Vec<Range<usize>>,
    paragraphs: Vec<Range<usize>>,
    quote_marks: Vec<usize>,
}

impl<'a> Document<'a> {
    /// The original text: all of it, or its first [`MAX_TEXT_LEN`] bytes (cut on a `char`
    /// boundary) when it is longer.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// All tokens, in text order.
    pub fn tokens(&self) -> &[Token<'a>] {
        &self.tokens
    }

    /// Sentences as ranges of token indices, in text order.
    pub fn sentences(&self) -> &[Range<usize>] {
        &self.sentences
    }

    /// Paragraphs as ranges of token indices, in text order.
    pub fn paragraphs(&self) -> &[Range<usize>] {
        &self.paragraphs
    }

    /// The indices of the quotation-mark tokens ([`TokenKind::Quote`](crate::TokenKind::Quote)),
    /// in order: what finding quotations visits, instead of every token.
    pub fn quote_marks(&self) -> &[usize] {
        &self.quote_marks
    }

    /// The byte span covered by a range of tokens (empty at the text end for an empty range).
    pub fn span_of(&self, tokens: Range<usize>) -> Span {
        if tokens.start >= tokens.end || tokens.end > self.tokens.len() {
            let at = self
                .tokens
                .get(tokens.start)
                .map_or(self.text.len(), |t| t.span().start);
            return Span::new(at, at);
        }
        self.tokens[tokens.start]
            .span()
            .to(self.tokens[tokens.end - 1].span())
    }

    /// The index of the sentence holding token `token`.
    pub fn sentence_of(&self, token: usize) -> usize {
        range_of(&self.sentences, token)
    }

    /// The index of the paragraph holding token `token`.
    pub fn paragraph_of(&self, token: usize) -> usize {
        range_of(&self.paragraphs, token)
    }

    /// The index of the first token whose span ends after byte `offset`, or `tokens().len()`.
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span().end <= offset)
    }
}

/// The longest prefix of `text` of at most `max` bytes that ends on a `char` boundary.
fn prefix_within(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    // A char boundary lies within the four bytes at and before `max`.
    let end = (max.saturating_sub(3)..=max)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    &text[..end]
}

fn range_of(ranges: &[Range<usize>], token: usize) -> usize {
    ranges
        .partition_point(|r| r.end <= token)
        .min(ranges.len().saturating_sub(1))
}

/// Tokenizes `text`: lexer, then paragraphs from line breaks, then sentences inside them.
/// Past [`MAX_TEXT_LEN`] bytes the text is cut, as
/// [`Tokenizer::tokenize`](crate::Tokenizer::tokenize) documents.
pub(crate) fn build<'a>(text: &'a str, table: &MarkTable) -> Document<'a> {
    let text = prefix_within(text, MAX_TEXT_LEN);
    let lexed = lexer::lex(text, table);
    let paragraphs = segment::paragraphs(&lexed.tokens, &lexed.breaks);
    let sentences = segment::sentences(&lexed.tokens, &paragraphs, &lexed.ends);
    Document {
        text,
        tokens: lexed.tokens,
        sentences,
        paragraphs,
        quote_marks: lexed.quotes,
    }
}

#[cfg(test)]
mod tests {
    use crate::tokenize;

    #[test]
    fn lookups_by_token_and_offset() {
        let doc = tokenize("Hi there. Bye now.\n\nNext one.");
        assert_eq!(doc.sentence_of(3), 1);
        assert_eq!(doc.paragraph_of(3), 0);
        assert_eq!(doc.paragraph_of(6), 1);
        assert_eq!(doc.token_at_or_after(2), 1);
        assert_eq!(doc.token_at_or_after(1000), doc.tokens().len());
        assert_eq!(&doc.text()[doc.span_of(0..3)], "Hi there.");
        assert!(doc.span_of(5..5).is_empty());
    }

    #[test]
    fn quote_marks_are_the_quotation_mark_tokens() {
        let doc = tokenize("“We’ll see,” he said. 'No,' she said: \"fine\" «oui»");
        let marks: Vec<usize> = (0..doc.tokens().len())
            .filter(|&i| matches!(doc.tokens()[i].kind, crate::TokenKind::Quote(_)))
            .collect();
        assert_eq!(doc.quote_marks(), marks);
        assert!(marks.len() >= 6);
    }

    #[test]
    fn crlf_offsets_index_the_original_bytes() {
        let text = "\u{FEFF}A b.\r\n\r\n“C,” d.";
        let doc = tokenize(text);
        for t in doc.tokens() {
            assert_eq!(&text[t.span()], t.text);
        }
        assert_eq!(doc.paragraphs().len(), 2);
        assert_eq!(doc.tokens()[3].span().start, "\u{FEFF}A b.\r\n\r\n".len());
    }

    #[test]
    fn an_overlong_text_is_cut_on_a_char_boundary() {
        use super::prefix_within;
        assert_eq!(prefix_within("abc", 3), "abc");
        assert_eq!(prefix_within("abc", 2), "ab");
        // `é` is two bytes, `€` three: never cut inside one.
        assert_eq!(prefix_within("aé", 2), "a");
        assert_eq!(prefix_within("a€b", 3), "a");
        assert_eq!(prefix_within("€", 2), "");
        assert_eq!(prefix_within("a€b", 0), "");
    }
}
