//! Paragraphs and sentences as ranges of token indices.

use std::ops::Range;

use crate::abbrev::{self, Abbrev};
use crate::{QuoteRole, Token, TokenKind};

/// Splits tokens into paragraphs from the line breaks before each token (`breaks[i]`: 0, 1,
/// or 2 for a blank line). Blank lines separate paragraphs; a text without any blank line
/// between tokens is split at every line break instead.
pub(crate) fn paragraphs(breaks: &[u8]) -> Vec<Range<usize>> {
    let blank = breaks.iter().skip(1).any(|&b| b >= 2);
    let threshold = if blank { 2 } else { 1 };
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &b) in breaks.iter().enumerate().skip(1) {
        if b >= threshold {
            out.push(start..i);
            start = i;
        }
    }
    if start < breaks.len() {
        out.push(start..breaks.len());
    }
    out
}

/// Splits each paragraph into sentences; together they partition the tokens in order.
pub(crate) fn sentences(tokens: &[Token<'_>], paragraphs: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(paragraphs.len());
    for para in paragraphs {
        let mut start = para.start;
        let mut i = para.start;
        while i < para.end {
            let Some(strength) = terminal(&tokens[i]) else {
                i += 1;
                continue;
            };
            let mut last = i;
            while last + 1 < para.end && continues_ending(tokens, last + 1) {
                last += 1;
            }
            let next = last + 1;
            if next < para.end {
                let ends = match strength {
                    Ending::Strong => starts_sentence(&tokens[next]),
                    // An abbreviation followed by a closing mark reads as a full stop.
                    Ending::Abbreviation if last > i => starts_sentence(&tokens[next]),
                    Ending::Abbreviation => opens_sentence_after_abbreviation(&tokens[next]),
                };
                if ends {
                    out.push(start..next);
                    start = next;
                }
            }
            i = next;
        }
        if start < para.end {
            out.push(start..para.end);
        }
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ending {
    /// `.` `!` `?` `…`: ends a sentence before anything that can start one.
    Strong,
    /// `U.S.`, `p.m.`, `Inc.`: ends one only before a common sentence opener.
    Abbreviation,
}

fn is_terminal_punct(text: &str) -> bool {
    matches!(
        text,
        "." | "!" | "?" | "。" | "！" | "？" | "．" | "؟" | "‼" | "⁇" | "⁈" | "⁉" | "।" | "॥"
    )
}

fn terminal(token: &Token<'_>) -> Option<Ending> {
    match token.kind {
        TokenKind::Punct if is_terminal_punct(token.text) => Some(Ending::Strong),
        TokenKind::Ellipsis => Some(Ending::Strong),
        TokenKind::Word if token.text.ends_with('.') => match abbrev::class_of_token(token.text) {
            Some(Abbrev::Never) => None,
            Some(Abbrev::BeforeStarter) => Some(Ending::Abbreviation),
            None => Some(Ending::Strong),
        },
        _ => None,
    }
}

/// Tokens that stay with a sentence end: more end marks, closing quotes and brackets.
fn continues_ending(tokens: &[Token<'_>], i: usize) -> bool {
    let t = &tokens[i];
    match t.kind {
        TokenKind::Punct => {
            is_terminal_punct(t.text) || matches!(t.text, ")" | "]" | "}" | "）" | "」" | "』")
        }
        TokenKind::Ellipsis => true,
        TokenKind::Quote(m) => match m.role {
            QuoteRole::Close => true,
            QuoteRole::Ambiguous => t.span.start == tokens[i - 1].span.end,
            QuoteRole::Open => false,
        },
        _ => false,
    }
}

/// True when `token` can be the first of a sentence: a capital letter, a digit, an opening
/// quotation mark or bracket, a symbol such as a currency sign.
fn starts_sentence(token: &Token<'_>) -> bool {
    match token.kind {
        TokenKind::Quote(m) => m.role != QuoteRole::Close,
        TokenKind::Number | TokenKind::Symbol => true,
        TokenKind::Punct => matches!(token.text, "(" | "[" | "¿" | "¡"),
        TokenKind::Word | TokenKind::Url | TokenKind::Email => {
            let first = token.text.chars().find(|c| c.is_alphanumeric());
            first.is_some_and(|c| !c.is_lowercase())
        }
        TokenKind::Dash | TokenKind::Ellipsis => false,
    }
}

fn opens_sentence_after_abbreviation(token: &Token<'_>) -> bool {
    match token.kind {
        TokenKind::Quote(m) => m.role == QuoteRole::Open,
        TokenKind::Word => abbrev::is_sentence_starter(token.text),
        _ => false,
    }
}
