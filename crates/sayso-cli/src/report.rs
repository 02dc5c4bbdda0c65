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

/// A [`Record`] borrowed from the document and its attribution instead of copied: what the
/// writers serialize, with the same fields in the same order, so the output is the same bytes.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct RecordRef<'a> {
    /// See [`Record::doc`].
    pub doc: &'a str,
    /// See [`Record::quote`].
    pub quote: TextSpanRef<'a>,
    /// See [`Record::speaker`].
    pub speaker: Option<SpeakerRef<'a>>,
    /// See [`Record::cue`].
    pub cue: Option<TextSpanRef<'a>>,
    /// See [`Record::kind`].
    pub kind: &'a str,
    /// See [`Record::sieve`].
    pub sieve: &'a str,
    /// See [`Record::confidence`].
    pub confidence: f32,
}

/// A borrowed [`TextSpan`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct TextSpanRef<'a> {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The covered text.
    pub text: &'a str,
}

/// A borrowed [`SpeakerRecord`].
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct SpeakerRef<'a> {
    /// See [`SpeakerRecord::name`].
    pub name: &'a str,
    /// See [`SpeakerRecord::mention`].
    pub mention: Option<TextSpanRef<'a>>,
}

impl<'a> TextSpanRef<'a> {
    /// The span `span` of `text`, with its covered text (as [`TextSpan::new`]).
    pub fn new(text: &'a str, span: Span) -> TextSpanRef<'a> {
        TextSpanRef {
            start: span.start,
            end: span.end,
            text: text.get(span.start..span.end).unwrap_or(""),
        }
    }
}

impl<'a> RecordRef<'a> {
    /// The record of one attribution in document `doc` with text `text` (as [`Record::new`]).
    pub fn new(doc: &'a str, text: &'a str, a: &'a Attribution) -> RecordRef<'a> {
        RecordRef {
            doc,
            quote: TextSpanRef::new(text, a.quote.span),
            speaker: a.speaker.as_ref().map(|s| SpeakerRef {
                name: &s.name,
                mention: s.mention.map(|m| TextSpanRef::new(text, m)),
            }),
            cue: a.cue.map(|c| TextSpanRef::new(text, c)),
            kind: a.quote.kind.as_str(),
            sieve: a.sieve,
            confidence: a.confidence,
        }
    }
}

impl Record {
    /// The record borrowed, as the writers take it.
    pub fn as_ref(&self) -> RecordRef<'_> {
        fn span(s: &TextSpan) -> TextSpanRef<'_> {
            TextSpanRef {
                start: s.start,
                end: s.end,
                text: &s.text,
            }
        }
        RecordRef {
            doc: &self.doc,
            quote: span(&self.quote),
            speaker: self.speaker.as_ref().map(|s| SpeakerRef {
                name: &s.name,
                mention: s.mention.as_ref().map(span),
            }),
            cue: self.cue.as_ref().map(span),
            kind: &self.kind,
            sieve: &self.sieve,
            confidence: self.confidence,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sayso_attribution::Attributor;

    #[test]
    fn a_borrowed_record_serializes_to_the_same_bytes() {
        let text = "Mayor Lena Ortiz opened the bridge. “It took us ten years,” she said.\n\n\
                    The rain stopped.\n\n“Nobody knows.”";
        let found = Attributor::default().attribute(text);
        assert_eq!(found.len(), 2);
        assert!(found.iter().any(|a| a.speaker.is_none() || a.cue.is_none()));
        for a in &found {
            let owned = Record::new("d\"1", text, a);
            let borrowed = RecordRef::new("d\"1", text, a);
            let bytes = serde_json::to_vec(&owned).unwrap();
            assert_eq!(serde_json::to_vec(&borrowed).unwrap(), bytes);
            assert_eq!(owned.as_ref(), borrowed);
        }
    }
}
