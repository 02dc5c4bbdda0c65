//! The output record of `sayso extract`: **a contract**. Field names, nesting and meaning are
//! stable; offsets are UTF-8 byte offsets into the document text, half-open.
//!
//! ```json
//! {"doc": "korea-herald-2024-02-16",
//!  "quote": {"start": 2906, "end": 3092, "text": "“But if North Korea … talks with Japan,”"},
//!  "speaker": {"name": "Cho Tae-yong", "mention": {"start": 3093, "end": 3095, "text": "he"}},
//!  "cue": {"start": 3096, "end": 3100, "text": "said"},
//!  "kind": "direct", "sieve": "speech-verb-after-quote", "confidence": 0.93}
//! ```

use sayso_attribution::{Attribution, Span};
use serde::{Deserialize, Serialize};

/// One quotation found in one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// The document id: the file stem for a file, the `id` field for a JSON line.
    pub doc: String,
    /// The quotation, from the opening mark to the closing mark inclusive.
    pub quote: TextSpan,
    /// Who said it; `null` when nobody can be named.
    pub speaker: Option<SpeakerRecord>,
    /// The cue (“said”, “according to”); `null` when there is none.
    pub cue: Option<TextSpan>,
    /// `"direct"` (a whole statement) or `"partial"` (a fragment inside a reporting sentence).
    pub kind: String,
    /// The sieve that attributed the quotation (`"none"` when no sieve did).
    pub sieve: String,
    /// The sieve's confidence, 0 to 1.
    pub confidence: f32,
}

/// A span of the document with the text it covers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The covered text, copied from the document.
    #[serde(default)]
    pub text: String,
}

/// The speaker of a quotation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpeakerRecord {
    /// The canonical name: the fullest name the document uses for the speaker.
    pub name: String,
    /// The in-text mention tied to the quotation by the text itself; `null` when the speaker
    /// was carried over (a continued turn) rather than named by the quotation's own sentence.
    pub mention: Option<TextSpan>,
}

impl TextSpan {
    /// The span `span` of `text`, with its covered text.
    pub fn new(text: &str, span: Span) -> TextSpan {
        TextSpan {
            start: span.start,
            end: span.end,
            text: text.get(span.start..span.end).unwrap_or("").to_string(),
        }
    }

    /// The byte span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

impl Record {
    /// The record of one attribution in document `doc` with text `text`.
    pub fn new(doc: &str, text: &str, a: &Attribution) -> Record {
        Record {
            doc: doc.to_string(),
            quote: TextSpan::new(text, a.quote.span),
            speaker: a.speaker.as_ref().map(|s| SpeakerRecord {
                name: s.name.clone(),
                mention: s.mention.map(|m| TextSpan::new(text, m)),
            }),
            cue: a.cue.map(|c| TextSpan::new(text, c)),
            kind: a.quote.kind.as_str().to_string(),
            sieve: a.sieve.to_string(),
            confidence: a.confidence,
        }
    }
}
