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

impl RecordRef<'_> {
    /// Appends the record as JSON to `out`: the same bytes as `serde_json::to_writer` (a unit
    /// test checks it), without the trait machinery. The keys and punctuation between two
    /// values are one constant each, and the pieces are appended to a `Vec`, whose appends
    /// inline: a record takes some twenty appends, not fifty calls into a writer.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"doc\":\"");
        push_escaped(out, self.doc);
        out.extend_from_slice(b"\",\"quote\":");
        self.quote.write_json(out);
        match &self.speaker {
            None => out.extend_from_slice(b",\"speaker\":null"),
            Some(s) => {
                out.extend_from_slice(b",\"speaker\":{\"name\":\"");
                push_escaped(out, s.name);
                match &s.mention {
                    None => out.extend_from_slice(b"\",\"mention\":null}"),
                    Some(m) => {
                        out.extend_from_slice(b"\",\"mention\":");
                        m.write_json(out);
                        out.push(b'}');
                    }
                }
            }
        }
        match &self.cue {
            None => out.extend_from_slice(b",\"cue\":null"),
            Some(c) => {
                out.extend_from_slice(b",\"cue\":");
                c.write_json(out);
            }
        }
        out.extend_from_slice(b",\"kind\":\"");
        push_escaped(out, self.kind);
        out.extend_from_slice(b"\",\"sieve\":\"");
        push_escaped(out, self.sieve);
        out.extend_from_slice(b"\",\"confidence\":");
        // serde_json's own float format (shortest round trip, `0.0`, `null` when not finite).
        // Neither a float nor a `Vec` can make it fail.
        let _ = serde_json::to_writer(&mut *out, &self.confidence);
        out.push(b'}');
    }
}

impl TextSpanRef<'_> {
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"start\":");
        push_usize(out, self.start);
        out.extend_from_slice(b",\"end\":");
        push_usize(out, self.end);
        out.extend_from_slice(b",\"text\":\"");
        push_escaped(out, self.text);
        out.extend_from_slice(b"\"}");
    }
}

/// Appends `n` in decimal, two digits at a time from a table (as the `itoa` crate does):
/// half the divisions of one digit at a time.
fn push_usize(out: &mut Vec<u8>, mut n: usize) {
    /// "00" to "99", one pair after another.
    const PAIRS: [u8; 200] = {
        let mut t = [0u8; 200];
        let mut k = 0;
        while k < 100 {
            t[2 * k] = b'0' + (k / 10) as u8;
            t[2 * k + 1] = b'0' + (k % 10) as u8;
            k += 1;
        }
        t
    };
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    while n >= 100 {
        let k = n % 100 * 2;
        n /= 100;
        i -= 2;
        buf[i..i + 2].copy_from_slice(&PAIRS[k..k + 2]);
    }
    if n >= 10 {
        i -= 2;
        buf[i..i + 2].copy_from_slice(&PAIRS[n * 2..n * 2 + 2]);
    } else {
        i -= 1;
        buf[i] = b'0' + n as u8;
    }
    out.extend_from_slice(&buf[i..]);
}

/// Appends `s` escaped as serde_json escapes the inside of a JSON string: `"` and `\`, the
/// short escapes `\b \t \n \f \r`, other control characters as `\u00XX` (lower-case hex),
/// nothing else. The quotation marks around it are the caller's.
fn push_escaped(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = next_escape(bytes, 0);
    while i < bytes.len() {
        out.extend_from_slice(&bytes[run..i]);
        let b = bytes[i];
        let short = match b {
            b'"' => b'"',
            b'\\' => b'\\',
            0x08 => b'b',
            b'\t' => b't',
            b'\n' => b'n',
            0x0C => b'f',
            b'\r' => b'r',
            _ => 0,
        };
        if short != 0 {
            out.extend_from_slice(&[b'\\', short]);
        } else {
            out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 15)],
            ]);
        }
        run = i + 1;
        i = next_escape(bytes, run);
    }
    out.extend_from_slice(&bytes[run..]);
}

/// The first byte at or after `i` that JSON escapes (a control character, `"` or `\`), or
/// the length: eight bytes at a time.
#[inline]
fn next_escape(bytes: &[u8], mut i: usize) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = LO * 0x80;
    // The high bit of every zero byte of `x` (exact: no borrow reaches a byte above the
    // lowest zero one that matters, and the lowest is what is asked for).
    let zero = |x: u64| x.wrapping_sub(LO) & !x & HI;
    // Bytes below 0x20 (their top three bits are clear), `"` and `\`.
    let hits = |x: u64| {
        zero(x & (LO * 0xE0)) | zero(x ^ (LO * u64::from(b'"'))) | zero(x ^ (LO * u64::from(b'\\')))
    };
    let load = |chunk: &[u8]| {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        u64::from_le_bytes(word)
    };
    while let Some(chunk) = bytes.get(i..i + 8) {
        let h = hits(load(chunk));
        if h != 0 {
            return i + (h.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    // The last one to seven bytes: the text's last eight read at once (most strings are
    // longer), with those before `i` set to 0xFF, which matches nothing and lends no borrow
    // to the bytes above.
    if i < bytes.len() && bytes.len() >= 8 {
        let start = bytes.len() - 8;
        let before = u64::MAX >> (64 - 8 * (i - start));
        let h = hits(load(&bytes[start..]) | before);
        return if h != 0 {
            start + (h.trailing_zeros() / 8) as usize
        } else {
            bytes.len()
        };
    }
    while i < bytes.len() && !(bytes[i] < 0x20 || bytes[i] == b'"' || bytes[i] == b'\\') {
        i += 1;
    }
    i
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

    #[test]
    fn numbers_are_written_in_decimal() {
        let mut out = Vec::new();
        let numbers = (0..2000)
            .chain((0..20).map(|k| 10usize.pow(k) - 1))
            .chain([usize::MAX]);
        for n in numbers {
            out.clear();
            push_usize(&mut out, n);
            assert_eq!(out, n.to_string().as_bytes());
        }
    }

    #[test]
    fn the_json_writer_writes_what_serde_json_writes() {
        // Every control character, the escaped ASCII, non-ASCII (U+2028 included, which JSON
        // leaves alone), in runs longer and shorter than eight bytes.
        let controls: String = (0u8..0x20).map(char::from).collect();
        let texts = [
            String::new(),
            "plain".into(),
            "“Quoted,” she said — \\ \"x\" \u{2028} \u{7f} end".into(),
            controls.clone(),
            format!("abcdefgh{controls}ijklmnop\"\\"),
            "\\\"\u{1}".into(),
            // A `#` just after an escaped `"` (and a `]` after a `\`) in the last bytes: the
            // borrow of the byte before must not make them escapes.
            "0123456789\"#\\]\"#".into(),
        ];
        for (k, t) in texts.iter().enumerate() {
            let span = |start, end, text| TextSpanRef { start, end, text };
            let record = RecordRef {
                doc: t,
                quote: span(k, usize::MAX, t),
                speaker: (k % 2 == 0).then_some(SpeakerRef {
                    name: t,
                    mention: (k % 4 == 0).then_some(span(0, 10_000_000_000, t)),
                }),
                cue: (k % 3 == 0).then_some(span(7, 8, t)),
                kind: "direct",
                sieve: t,
                confidence: [0.0, 0.93, 1.0, 0.5, f32::NAN, 0.123_456_79, 0.25][k],
            };
            let mut ours = Vec::new();
            record.write_json(&mut ours);
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                serde_json::to_string(&record).unwrap()
            );
        }
    }
}
