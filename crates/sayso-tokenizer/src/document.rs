//! [`Document`]: tokens plus sentence and paragraph boundaries.

use std::ops::Range;

use crate::{QuoteMark, QuoteMarks, QuoteRole, Span, Token, TokenKind};

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
}

impl<'a> Document<'a> {
    /// The original text.
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

    /// The byte span covered by a range of tokens (empty at the text end for an empty range).
    pub fn span_of(&self, tokens: Range<usize>) -> Span {
        if tokens.start >= tokens.end || tokens.end > self.tokens.len() {
            let at = self
                .tokens
                .get(tokens.start)
                .map_or(self.text.len(), |t| t.span.start);
            return Span::new(at, at);
        }
        self.tokens[tokens.start]
            .span
            .to(self.tokens[tokens.end - 1].span)
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
        self.tokens.partition_point(|t| t.span.end <= offset)
    }
}

fn range_of(ranges: &[Range<usize>], token: usize) -> usize {
    ranges
        .partition_point(|r| r.end <= token)
        .min(ranges.len().saturating_sub(1))
}

/// Placeholder tokenizer: whitespace-separated tokens, one sentence per paragraph.
pub(crate) fn build<'a>(text: &'a str, marks: &QuoteMarks) -> Document<'a> {
    let _ = marks;
    let mut tokens = Vec::new();
    let mut paragraphs = Vec::new();
    let mut para_start = 0;
    let mut last_end = 0;
    for (start, piece) in split_ws(text) {
        if text[last_end..start].contains("\n\n") && tokens.len() > para_start {
            paragraphs.push(para_start..tokens.len());
            para_start = tokens.len();
        }
        let kind = match piece {
            "“" => TokenKind::Quote(QuoteMark {
                ch: '“',
                double: true,
                role: QuoteRole::Open,
            }),
            "”" => TokenKind::Quote(QuoteMark {
                ch: '”',
                double: true,
                role: QuoteRole::Close,
            }),
            _ => TokenKind::Word,
        };
        tokens.push(Token {
            text: piece,
            span: Span::new(start, start + piece.len()),
            kind,
        });
        last_end = start + piece.len();
    }
    if tokens.len() > para_start {
        paragraphs.push(para_start..tokens.len());
    }
    let sentences = paragraphs.clone();
    Document {
        text,
        tokens,
        sentences,
        paragraphs,
    }
}

fn split_ws(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}
