//! The invariants the `pipeline` fuzz target checks on any text, shared with the random-bytes
//! test `crates/sayso-cli/tests/extract_fuzz.rs` (which includes this file by path), so that
//! the same checks run on stable in CI.

use std::ops::Range;

use sayso_attribution::{Attribution, Attributor, Span};
use sayso_cli::args::OutputFormat;
use sayso_cli::output::{CSV_HEADER, RecordWriter};
use sayso_cli::report::{Record, RecordRef};

/// Runs the whole `sayso extract` path on `text` (tokenize, attribute with `attributor`, build
/// the output records, write them as JSON Lines and CSV), panicking with a message if any
/// invariant breaks:
///
/// - every token, quotation, cue and mention span is in bounds and on char boundaries;
/// - tokens, sentences and paragraphs are in text order without overlap;
/// - quotations are in text order without overlap, their ids increase, and each span runs from
///   its first token to its last;
/// - confidences are in 0..=1 and every attribution names its sieve;
/// - a second run (tokenizing again) gives the same attributions;
/// - every record's texts are the bytes its offsets cover, and the JSON Lines and CSV output
///   read back to the same records.
pub fn check_text(attributor: &Attributor, text: &str) {
    let doc = attributor.tokenizer().tokenize(text);
    let tokens = doc.tokens();
    let mut last_end = 0;
    for (i, t) in tokens.iter().enumerate() {
        let span = t.span();
        check_span(text, span, "token");
        assert!(
            span.start >= last_end,
            "token {i} at {span:?} overlaps the previous one (ending at {last_end})"
        );
        assert_eq!(t.text, &text[span], "token {i} text differs from its span");
        last_end = span.end;
    }
    check_ranges(doc.sentences(), tokens.len(), "sentence");
    check_ranges(doc.paragraphs(), tokens.len(), "paragraph");

    let found = attributor.attribute_document(&doc);
    let mut previous: Option<&Attribution> = None;
    for a in &found {
        let q = &a.quote;
        check_span(text, q.span, "quote");
        assert!(
            q.first < q.last && q.last < tokens.len(),
            "quote {:?} has tokens {}..={} of {}",
            q.span,
            q.first,
            q.last,
            tokens.len()
        );
        assert_eq!(
            q.span,
            tokens[q.first].span().to(tokens[q.last].span()),
            "quote span differs from its first to last token"
        );
        if let Some(p) = previous {
            assert!(
                q.span.start >= p.quote.span.end && q.id > p.quote.id,
                "quote {:?} (id {:?}) overlaps or precedes the previous one {:?} (id {:?})",
                q.span,
                q.id,
                p.quote.span,
                p.quote.id
            );
        }
        previous = Some(a);
        if let Some(c) = a.cue {
            check_span(text, c, "cue");
        }
        if let Some(m) = a.speaker.as_ref().and_then(|s| s.mention) {
            check_span(text, m, "mention");
        }
        assert!(
            (0.0..=1.0).contains(&a.confidence),
            "confidence {} out of 0..=1",
            a.confidence
        );
        assert!(!a.sieve.is_empty(), "empty sieve name");
    }
    assert_eq!(
        attributor.attribute(text),
        found,
        "a second run gives different attributions"
    );
    check_records(text, &found);
}

/// The CLI's records of `found` and their JSON Lines and CSV serialisations, written from
/// borrowed records as `sayso extract` writes them and read back as owned ones.
fn check_records(text: &str, found: &[Attribution]) {
    let doc = "fuzz";
    let records: Vec<Record> = found.iter().map(|a| Record::new(doc, text, a)).collect();
    for r in &records {
        assert_eq!(r.quote.text, &text[r.quote.span()], "quote text differs");
        if let Some(c) = &r.cue {
            assert_eq!(c.text, &text[c.span()], "cue text differs");
        }
        if let Some(m) = r.speaker.as_ref().and_then(|s| s.mention.as_ref()) {
            assert_eq!(m.text, &text[m.span()], "mention text differs");
        }
    }

    let mut jsonl = RecordWriter::new(Vec::new(), OutputFormat::Jsonl).expect("JSONL writer");
    for a in found {
        jsonl
            .write(&RecordRef::new(doc, text, a))
            .expect("writing a JSON line");
    }
    let RecordWriter::Jsonl { out: bytes, .. } = jsonl else {
        unreachable!("a JSONL writer")
    };
    let out = String::from_utf8(bytes).expect("JSON Lines output is UTF-8");
    let back: Vec<Record> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect();
    assert_eq!(back, records, "JSON Lines do not read back to the records");

    let mut csv_out = RecordWriter::new(Vec::new(), OutputFormat::Csv).expect("CSV writer");
    for a in found {
        csv_out
            .write(&RecordRef::new(doc, text, a))
            .expect("writing a CSV row");
    }
    csv_out.flush().expect("flushing CSV");
    let RecordWriter::Csv(w) = csv_out else {
        unreachable!("a CSV writer")
    };
    let bytes = w.into_inner().expect("CSV bytes");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(bytes.as_slice());
    let header: Vec<String> = reader
        .headers()
        .expect("CSV header")
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header, CSV_HEADER, "CSV header");
    let rows: Vec<csv::StringRecord> = reader
        .records()
        .map(|r| r.expect("a CSV row reads back"))
        .collect();
    assert_eq!(rows.len(), records.len(), "CSV row count");
    for (row, r) in rows.iter().zip(&records) {
        assert_eq!(row.len(), CSV_HEADER.len(), "CSV row width");
        assert_eq!(&row[1], r.quote.start.to_string(), "CSV quote_start");
        assert_eq!(&row[2], r.quote.end.to_string(), "CSV quote_end");
        assert_eq!(&row[3], r.quote.text, "CSV quote_text");
    }
}

fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} span {span:?} out of bounds 0..{}",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} span {span:?} not on char boundaries"
    );
}

/// Token ranges within `0..n`, in order, without overlap.
fn check_ranges(ranges: &[Range<usize>], n: usize, what: &str) {
    let mut last_end = 0;
    for r in ranges {
        assert!(
            r.start <= r.end && r.end <= n,
            "{what} token range {r:?} out of 0..{n}"
        );
        assert!(
            r.start >= last_end,
            "{what} token range {r:?} overlaps the previous one (ending at {last_end})"
        );
        last_end = r.end;
    }
}
