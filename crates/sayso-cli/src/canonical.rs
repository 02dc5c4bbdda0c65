//! Hand-labelled canonical speakers (`tests/canonical/*.jsonl`) and their scoring, as
//! `quotescore.py canonical` does it.
//!
//! A row names the speaker of one quoted gold attribution of a PolNeAR article:
//!
//! ```json
//! {"doc": ID, "content": [[START, END], ...], "canonical": NAME, "aliases": [NAME, ...],
//!  "ambiguous": false, ...}
//! ```
//!
//! `content` holds **code-point** offsets; they become UTF-8 byte spans here, at load time, and
//! nowhere else (invariant 1). Overlaps are then counted in characters ([`overlap_chars`]), as
//! the reference counts them, so both pick the same prediction for a row.
//!
//! Scoring follows the reference: rows with a truthy `ambiguous` are left out; each other row
//! takes the prediction of its article whose quotation overlaps the content most (the first on a
//! tie); the row is *found* when that overlap is positive, and *right* when the prediction's
//! speaker name equals the canonical name or an alias after [`norm_name`].

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use anyhow::{Context, bail};
use sayso_attribution::Span;
use serde::Serialize;
use serde_json::Value;

use crate::polnear::{CharToByte, PolnearDoc};
use crate::score::{Failure, Prediction, first_max, norm_name, overlap_chars, rate, snippet};

/// One row of a canonical-speaker file, offsets still in code points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabelledRow {
    /// The article id.
    pub doc: String,
    /// The gold content's segments, `(start, end)` in code points.
    pub content: Vec<(usize, usize)>,
    /// The fullest name the article uses for the speaker (`null` allowed).
    pub canonical: Option<String>,
    /// Other full forms of the name.
    pub aliases: Vec<String>,
    /// True when the row is left out of the score (the speaker is never named, or unclear).
    pub ambiguous: bool,
}

/// One unambiguous row over its article, in byte spans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CanonicalSpeaker {
    /// The article id.
    pub doc: String,
    /// The gold content's segments, byte spans into the article text.
    pub content: Vec<Span>,
    /// The canonical name.
    pub canonical: Option<String>,
    /// The canonical name and the aliases that are not empty: any of them is right.
    pub names: Vec<String>,
}

/// The canonical-speaker figures: the keys of `quotescore.py canonical`, with its
/// `accuracy_of_labelled` named `accuracy`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CanonicalScore {
    /// Rows scored (the unambiguous ones).
    pub labelled: usize,
    /// Rows left out as ambiguous.
    pub ambiguous: usize,
    /// Labelled rows some prediction overlaps.
    pub found: usize,
    /// Found rows whose predicted name is the canonical name or an alias.
    pub name_correct: usize,
    /// `name_correct / labelled`, rounded to 4 places (the reference's `accuracy_of_labelled`).
    pub accuracy: f64,
    /// `name_correct / found`, rounded to 4 places.
    pub accuracy_of_found: f64,
}

/// The outcome of scoring: the figures and a `wrong-name` failure per found row named wrongly.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CanonicalEval {
    /// The figures.
    pub score: CanonicalScore,
    /// The found rows whose name is wrong (rows not found are the `missed` failures of the
    /// PolNeAR score).
    pub errors: Vec<Failure>,
}

/// Parses a canonical-speaker file. `name` labels errors (`name:line: …`).
pub fn parse(src: &str, name: &str) -> anyhow::Result<Vec<LabelledRow>> {
    let mut rows = Vec::new();
    for (n, line) in src.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = || format!("{name}:{}", n + 1);
        let v: Value = serde_json::from_str(line).with_context(|| format!("{}: bad JSON", at()))?;
        let Some(doc) = v.get("doc").and_then(Value::as_str) else {
            bail!("{}: no string \"doc\"", at());
        };
        let content = match v.get("content") {
            Some(Value::Array(segs)) => segs
                .iter()
                .map(segment)
                .collect::<Option<Vec<_>>>()
                .with_context(|| {
                    format!(
                        "{}: a content segment is not [START, END] in code points",
                        at()
                    )
                })?,
            _ => bail!("{}: no \"content\" list", at()),
        };
        let canonical = match v.get("canonical") {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Null) => None,
            _ => bail!("{}: \"canonical\" must be a string or null", at()),
        };
        let aliases = match v.get("aliases") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(xs)) => xs
                .iter()
                .map(|x| x.as_str().map(str::to_string))
                .collect::<Option<Vec<_>>>()
                .with_context(|| format!("{}: \"aliases\" must hold strings", at()))?,
            Some(_) => bail!("{}: \"aliases\" must be a list", at()),
        };
        rows.push(LabelledRow {
            doc: doc.to_string(),
            content,
            canonical,
            aliases,
            ambiguous: v.get("ambiguous").is_some_and(truthy),
        });
    }
    Ok(rows)
}

/// `[start, end]` as non-negative integers.
fn segment(v: &Value) -> Option<(usize, usize)> {
    match v.as_array()?.as_slice() {
        [s, e] => Some((s.as_u64()? as usize, e.as_u64()? as usize)),
        _ => None,
    }
}

/// Python's truth value of a JSON value (the reference tests `if g.get('ambiguous')`).
fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|x| x != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// The unambiguous `rows` over the articles `docs`, in byte spans, and the number of ambiguous
/// rows left out. A row whose article is not among `docs` is an error (the reference fails to
/// read its text); `name` labels it.
pub fn resolve(
    rows: &[LabelledRow],
    docs: &[PolnearDoc],
    name: &str,
) -> anyhow::Result<(Vec<CanonicalSpeaker>, usize)> {
    let mut tables: HashMap<&str, CharToByte> = HashMap::new();
    let texts: HashMap<&str, &str> = docs
        .iter()
        .map(|d| (d.id.as_str(), d.text.as_str()))
        .collect();
    let mut out = Vec::new();
    let mut ambiguous = 0;
    for row in rows {
        if row.ambiguous {
            ambiguous += 1;
            continue;
        }
        let Some(text) = texts.get(row.doc.as_str()) else {
            bail!("{name}: article {:?} is not in the split", row.doc);
        };
        let table = tables
            .entry(row.doc.as_str())
            .or_insert_with(|| CharToByte::new(text));
        out.push(CanonicalSpeaker {
            doc: row.doc.clone(),
            content: row.content.iter().map(|&s| table.span(s)).collect(),
            canonical: row.canonical.clone(),
            names: row
                .canonical
                .iter()
                .chain(&row.aliases)
                .filter(|n| !n.is_empty())
                .cloned()
                .collect(),
        });
    }
    Ok((out, ambiguous))
}

/// Reads the canonical-speaker file `path` over the split's articles `docs` (see [`parse`] and
/// [`resolve`]).
pub fn load(path: &Path, docs: &[PolnearDoc]) -> anyhow::Result<(Vec<CanonicalSpeaker>, usize)> {
    let name = path.display().to_string();
    let src = fs::read_to_string(path).with_context(|| format!("reading {name}"))?;
    resolve(&parse(&src, &name)?, docs, &name)
}

/// Scores `predictions` against the canonical speakers `rows` of the articles `docs`;
/// `ambiguous` is the number of rows left out, reported as is.
pub fn score(
    rows: &[CanonicalSpeaker],
    ambiguous: usize,
    docs: &[PolnearDoc],
    predictions: &[Prediction],
) -> CanonicalEval {
    let texts: HashMap<&str, &str> = docs
        .iter()
        .map(|d| (d.id.as_str(), d.text.as_str()))
        .collect();
    let mut by_doc: HashMap<&str, Vec<&Prediction>> = HashMap::new();
    for p in predictions {
        by_doc.entry(p.doc.as_str()).or_default().push(p);
    }
    let mut eval = CanonicalEval::default();
    let s = &mut eval.score;
    s.ambiguous = ambiguous;
    let none = Vec::new();
    for row in rows {
        s.labelled += 1;
        let text = texts.get(row.doc.as_str()).copied().unwrap_or("");
        let ps = by_doc.get(row.doc.as_str()).unwrap_or(&none);
        let best = first_max(ps, |p| overlap_chars(text, p.quote, &row.content));
        let Some(p) = best.filter(|&(_, ov)| ov > 0).map(|(k, _)| ps[k]) else {
            continue;
        };
        s.found += 1;
        let got = norm_name(p.speaker.as_deref());
        if row.names.iter().any(|n| norm_name(Some(n)) == got) {
            s.name_correct += 1;
        } else {
            let cover = row
                .content
                .iter()
                .copied()
                .reduce(|a, b| a.to(b))
                .unwrap_or_default();
            eval.errors.push(Failure {
                kind: "wrong-name",
                doc: row.doc.clone(),
                start: cover.start,
                end: cover.end,
                snippet: snippet(text, cover),
                gold: row.canonical.clone(),
                predicted: p.speaker.clone(),
            });
        }
    }
    s.accuracy = rate(s.name_correct, s.labelled);
    s.accuracy_of_found = rate(s.name_correct, s.found);
    eval
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, text: &str) -> PolnearDoc {
        PolnearDoc {
            id: id.into(),
            text: text.into(),
            ann: None,
            attributions: Vec::new(),
        }
    }

    fn pred(doc: &str, quote: (usize, usize), name: Option<&str>) -> Prediction {
        Prediction {
            doc: doc.into(),
            quote: Span::new(quote.0, quote.1),
            speaker: name.map(str::to_string),
            mention: None,
            cue: None,
            sieve: "s".into(),
        }
    }

    fn rows(src: &str, docs: &[PolnearDoc]) -> (Vec<CanonicalSpeaker>, usize) {
        resolve(&parse(src, "c.jsonl").unwrap(), docs, "c.jsonl").unwrap()
    }

    #[test]
    fn parses_rows_with_python_truthiness() {
        let r = parse(
            concat!(
                r#"{"doc": "a", "content": [[1, 4], [6, 9]], "canonical": "Ana Ruiz", "aliases": ["Ana M. Ruiz"], "ambiguous": false}"#,
                "\n\n",
                r#"{"doc": "a", "content": [], "canonical": null, "ambiguous": 1}"#,
                "\n",
                r#"{"doc": "b", "content": [[0, 2]], "canonical": "Bo", "aliases": null, "ambiguous": ""}"#,
            ),
            "c.jsonl",
        )
        .unwrap();
        assert_eq!(r.len(), 3);
        assert_eq!(r[0].content, [(1, 4), (6, 9)]);
        assert_eq!(r[0].aliases, ["Ana M. Ruiz"]);
        assert!(!r[0].ambiguous);
        assert_eq!((r[1].canonical.as_deref(), r[1].ambiguous), (None, true));
        assert!(r[2].aliases.is_empty() && !r[2].ambiguous);
    }

    #[test]
    fn malformed_rows_name_their_line() {
        for bad in [
            r#"{"content": [[0, 1]], "canonical": "A"}"#,
            r#"{"doc": "a", "content": [[0]], "canonical": "A"}"#,
            r#"{"doc": "a", "content": [[-1, 3]], "canonical": "A"}"#,
            r#"{"doc": "a", "content": [[0, 1]]}"#,
            r#"{"doc": "a", "content": [[0, 1]], "canonical": "A", "aliases": [3]}"#,
            "{not json",
        ] {
            let e = parse(&format!("\n{bad}\n"), "c.jsonl").unwrap_err();
            assert!(e.to_string().starts_with("c.jsonl:2:"), "{bad}: {e}");
        }
    }

    #[test]
    fn code_points_become_bytes_and_unknown_articles_fail() {
        // “é” is 2 bytes and “—” 3: code points 4..8 are bytes 7..11.
        let docs = [doc("a", "é—ab“cd”")];
        let (r, ambiguous) = rows(
            concat!(
                r#"{"doc": "a", "content": [[4, 8], [2, 99]], "canonical": "X", "aliases": ["", "Y"]}"#,
                "\n",
                r#"{"doc": "zz", "content": [[0, 1]], "canonical": "Z", "ambiguous": true}"#,
            ),
            &docs,
        );
        assert_eq!(ambiguous, 1);
        assert_eq!(r[0].content, [Span::new(7, 15), Span::new(5, 15)]);
        assert_eq!(&docs[0].text.as_str()[r[0].content[0]], "“cd”");
        assert_eq!(r[0].names, ["X", "Y"]);
        let unknown = parse(r#"{"doc": "zz", "content": [], "canonical": "Z"}"#, "c").unwrap();
        let e = resolve(&unknown, &docs, "c.jsonl").unwrap_err();
        assert!(e.to_string().contains("\"zz\""), "{e}");
    }

    #[test]
    fn scores_by_best_overlap_in_characters() {
        // “ÀÀÀÀ” is 4 characters in 8 bytes: the first prediction overlaps the first row's content
        // by 8 bytes but 4 characters, the second by 7 bytes and 7 characters, so the second owns
        // it (counted in bytes, the first would).
        let text = "x “ÀÀÀÀ bbbbbb” y “zz” w";
        let docs = [doc("a", text)];
        let (r, amb) = rows(
            concat!(
                r#"{"doc": "a", "content": [[3, 14]], "canonical": "Ana Ruiz", "aliases": ["Ana M. Ruiz"]}"#,
                "\n",
                r#"{"doc": "a", "content": [[18, 22]], "canonical": "The Mayor"}"#,
                "\n",
                r#"{"doc": "a", "content": [[23, 24]], "canonical": "Nobody"}"#,
            ),
            &docs,
        );
        let b = |s: &str| text.find(s).unwrap();
        let preds = [
            pred("a", (0, b(" bbbbbb")), Some("Bo")),
            pred(
                "a",
                (b("bbbbbb") - 1, b(" y")),
                Some("  the ana   m. RUIZ "),
            ),
            pred("a", (b("“zz"), b(" w")), Some("Lee")),
            pred("b", (0, 1), Some("Nobody")),
        ];
        let e = score(&r, amb, &docs, &preds);
        assert_eq!(
            e.score,
            CanonicalScore {
                labelled: 3,
                ambiguous: 0,
                found: 2,
                name_correct: 1,
                accuracy: 0.3333,
                accuracy_of_found: 0.5,
            }
        );
        assert_eq!(e.errors.len(), 1);
        let f = &e.errors[0];
        assert_eq!((f.kind, f.snippet.as_str()), ("wrong-name", "“zz”"));
        assert_eq!(
            (f.gold.as_deref(), f.predicted.as_deref()),
            (Some("The Mayor"), Some("Lee"))
        );
    }

    #[test]
    fn ties_go_to_the_first_prediction_and_no_name_is_wrong() {
        let docs = [doc("a", "0123456789")];
        let (r, _) = rows(
            r#"{"doc": "a", "content": [[2, 6]], "canonical": "Kim"}"#,
            &docs,
        );
        let right_first = [pred("a", (0, 4), Some("kim")), pred("a", (4, 8), None)];
        assert_eq!(score(&r, 0, &docs, &right_first).score.name_correct, 1);
        let right_second = [pred("a", (0, 4), None), pred("a", (4, 8), Some("kim"))];
        let e = score(&r, 0, &docs, &right_second);
        assert_eq!((e.score.found, e.score.name_correct), (1, 0));
        assert_eq!(e.errors[0].predicted, None);
        assert_eq!(
            score(&[], 0, &docs, &right_first).score,
            CanonicalScore::default()
        );
    }
}
