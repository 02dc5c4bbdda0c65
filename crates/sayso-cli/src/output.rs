//! Writers for `sayso extract` output: quotation records as JSON Lines or CSV, and error records.
//!
//! Write errors are returned as `io::Error` (a CSV error is unwrapped to the I/O error inside
//! it), so that the binary can recognise a closed pipe anywhere in the error chain.

use std::io::{self, Write};

use serde::Serialize;

use crate::args::OutputFormat;
use crate::report::RecordRef;

/// The CSV columns, in order: the [`Record`](crate::report::Record) fields flattened.
pub const CSV_HEADER: [&str; 14] = [
    "doc",
    "quote_start",
    "quote_end",
    "quote_text",
    "speaker_name",
    "mention_start",
    "mention_end",
    "mention_text",
    "cue_start",
    "cue_end",
    "cue_text",
    "kind",
    "sieve",
    "confidence",
];

/// Writes quotation records in one output format.
pub enum RecordWriter<W: Write> {
    /// One JSON object a line.
    Jsonl {
        /// Where the lines go.
        out: W,
        /// The line being put together, written to `out` in one call.
        line: Vec<u8>,
    },
    /// A header row, then one row per record ([`CSV_HEADER`]); absent values are empty cells.
    Csv(Box<csv::Writer<W>>),
}

impl<W: Write> RecordWriter<W> {
    /// A writer of `format` onto `out`. For CSV the header is written at once, so that an
    /// input without quotations still gives a well-formed file.
    pub fn new(out: W, format: OutputFormat) -> io::Result<RecordWriter<W>> {
        Ok(match format {
            OutputFormat::Jsonl => RecordWriter::Jsonl {
                out,
                line: Vec::new(),
            },
            OutputFormat::Csv => {
                let mut w = csv::WriterBuilder::new()
                    .has_headers(false)
                    .from_writer(out);
                w.write_record(CSV_HEADER).map_err(csv_io)?;
                RecordWriter::Csv(Box::new(w))
            }
        })
    }

    /// Writes one record.
    pub fn write(&mut self, record: &RecordRef<'_>) -> io::Result<()> {
        match self {
            RecordWriter::Jsonl { out, line } => {
                line.clear();
                record.write_json(line);
                line.push(b'\n');
                out.write_all(line)
            }
            RecordWriter::Csv(w) => w.serialize(CsvRow::new(record)).map_err(csv_io),
        }
    }

    /// Flushes everything written.
    pub fn flush(&mut self) -> io::Result<()> {
        match self {
            RecordWriter::Jsonl { out, .. } => out.flush(),
            RecordWriter::Csv(w) => w.flush(),
        }
    }
}

/// One CSV row: a record flattened, field for field.
#[derive(Serialize)]
struct CsvRow<'a> {
    doc: &'a str,
    quote_start: usize,
    quote_end: usize,
    quote_text: &'a str,
    speaker_name: Option<&'a str>,
    mention_start: Option<usize>,
    mention_end: Option<usize>,
    mention_text: Option<&'a str>,
    cue_start: Option<usize>,
    cue_end: Option<usize>,
    cue_text: Option<&'a str>,
    kind: &'a str,
    sieve: &'a str,
    confidence: f32,
}

impl<'a> CsvRow<'a> {
    fn new(r: &RecordRef<'a>) -> CsvRow<'a> {
        let mention = r.speaker.and_then(|s| s.mention);
        CsvRow {
            doc: r.doc,
            quote_start: r.quote.start,
            quote_end: r.quote.end,
            quote_text: r.quote.text,
            speaker_name: r.speaker.map(|s| s.name),
            mention_start: mention.map(|m| m.start),
            mention_end: mention.map(|m| m.end),
            mention_text: mention.map(|m| m.text),
            cue_start: r.cue.map(|c| c.start),
            cue_end: r.cue.map(|c| c.end),
            cue_text: r.cue.map(|c| c.text),
            kind: r.kind,
            sieve: r.sieve,
            confidence: r.confidence,
        }
    }
}

/// A CSV error as the I/O error it wraps (or an `Other` error carrying its message).
fn csv_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// Writes one value as a JSON line.
pub fn write_json_line(out: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Record, SpeakerRecord, TextSpan};

    fn record() -> Record {
        let span = |start, end, text: &str| TextSpan {
            start,
            end,
            text: text.into(),
        };
        Record {
            doc: "d".into(),
            quote: span(0, 9, "“a, \"b\"”"),
            speaker: Some(SpeakerRecord {
                name: "Kim".into(),
                mention: None,
            }),
            cue: Some(span(14, 18, "said")),
            kind: "direct".into(),
            sieve: "s".into(),
            confidence: 0.5,
        }
    }

    #[test]
    fn csv_has_a_header_and_flat_rows() {
        let mut w = RecordWriter::new(Vec::new(), OutputFormat::Csv).unwrap();
        w.write(&record().as_ref()).unwrap();
        w.flush().unwrap();
        let RecordWriter::Csv(w) = w else {
            unreachable!()
        };
        let bytes = w.into_inner().map_err(|_| ()).unwrap();
        let mut rows = csv::Reader::from_reader(&bytes[..]);
        assert_eq!(
            rows.headers().unwrap(),
            &csv::StringRecord::from(&CSV_HEADER[..])
        );
        let row = rows.records().next().unwrap().unwrap();
        assert_eq!(&row[3], "“a, \"b\"”");
        assert_eq!(&row[4], "Kim");
        assert_eq!(&row[5], "");
        assert_eq!(&row[8], "14");
    }

    #[test]
    fn jsonl_round_trips() {
        let mut w = RecordWriter::new(Vec::new(), OutputFormat::Jsonl).unwrap();
        w.write(&record().as_ref()).unwrap();
        let RecordWriter::Jsonl { out: bytes, .. } = w else {
            unreachable!()
        };
        let back: Record = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(back, record());
    }
}
