//! Rule-based quotation finding and speaker attribution. (Crate docs: filled in by the attribution work.)
#![deny(missing_docs)]

pub use sayso_tokenizer::{Document, QuoteMarks, QuotePair, Span, Token, TokenKind, Tokenizer};

/// Identifies a quotation within one document's output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QuoteId(pub u32);

/// Whether a quotation stands as a whole statement or sits inside a reporting sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// A full direct quotation: “We will respond,” Kim said.
    Direct,
    /// A fragment quoted inside the reporter's own sentence: open to “a new future”.
    Partial,
}

impl QuoteKind {
    /// `"direct"` or `"partial"`, as written in the output contract.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
        }
    }
}

/// A quotation found in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// Its id within the document.
    pub id: QuoteId,
    /// From the opening mark to the closing mark inclusive (for a multi-paragraph quotation,
    /// first opening mark to last closing mark).
    pub span: Span,
    /// Direct or partial.
    pub kind: QuoteKind,
    /// False when the closing mark was missing and the quotation was ended at its paragraph end.
    pub closed: bool,
}

/// Who said a quotation.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The canonical name: the fullest name the document uses for this speaker.
    pub name: String,
    /// The in-text mention tied to the quotation by the text itself (the “he” of “…,” he said),
    /// if any.
    pub mention: Option<Span>,
}

/// A quotation with its speaker, cue and the sieve that attributed it.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    /// The quotation.
    pub quote: Quote,
    /// The speaker, or `None` when nobody can be named.
    pub speaker: Option<Speaker>,
    /// The cue (“said”, “according to”), if any.
    pub cue: Option<Span>,
    /// The name of the sieve that attributed the quotation (`"none"` when none did).
    pub sieve: &'static str,
    /// How sure the sieve is, from 0 to 1.
    pub confidence: f32,
}

/// Finds quotations and attributes them.
#[derive(Default)]
pub struct Attributor {
    tokenizer: Tokenizer,
}

impl Attributor {
    /// Finds and attributes every quotation in `text`.
    pub fn attribute(&self, text: &str) -> Vec<Attribution> {
        let doc = self.tokenizer.tokenize(text);
        self.attribute_document(&doc)
    }

    /// Finds and attributes every quotation in an already tokenized document.
    pub fn attribute_document(&self, doc: &Document<'_>) -> Vec<Attribution> {
        let mut out = Vec::new();
        let mut open = None;
        for t in doc.tokens() {
            if let TokenKind::Quote(m) = t.kind {
                match (m.ch, open) {
                    ('“', _) => open = Some(t.span.start),
                    ('”', Some(s)) => {
                        out.push(Attribution {
                            quote: Quote {
                                id: QuoteId(out.len() as u32),
                                span: Span::new(s, t.span.end),
                                kind: QuoteKind::Direct,
                                closed: true,
                            },
                            speaker: None,
                            cue: None,
                            sieve: "none",
                            confidence: 0.0,
                        });
                        open = None;
                    }
                    _ => {}
                }
            }
        }
        out
    }
}
