//! Scoring predictions against gold: the bundled corpus ([`score_corpus`], entry point
//! [`corpus`]) and PolNeAR ([`score_polnear`], entry point [`polnear()`]).
//!
//! The PolNeAR figures follow the reference scorer `quotescore.py polnear` exactly (the parity
//! test in `tests/eval_parity.rs` checks it): a prediction is matched to the attribution it
//! overlaps most, counted in **characters** (the reference works in code points; overlaps are
//! counted in characters here too, so that ties break the same way), the first maximal one on a
//! tie; figures are rounded to 4 places, half to even, as Python's `round` does.
//!
//! The corpus figures include those of `quotescore.py seed` (in [`SeedFigures`]), which matches
//! in bytes, as that mode does.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use rayon::prelude::*;
use sayso_attribution::{Attributor, Span};
use serde::Serialize;
use serde_json::Value;

use crate::canonical::{self, CanonicalScore};
use crate::gold::{self, CorpusDoc, GoldQuote};
use crate::polnear::{self, GoldAttribution, PolnearDoc};
use crate::report::Record;

/// Precision, recall and F1, each rounded to 4 places.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Prf {
    /// Precision.
    pub p: f64,
    /// Recall.
    pub r: f64,
    /// F1.
    pub f1: f64,
}

/// `tp_p / n_p`, `tp_r / n_g` and their harmonic mean, computed in the reference's order of
/// operations and rounded like it. An empty denominator gives 0.
pub fn prf(tp_p: usize, n_p: usize, tp_r: usize, n_g: usize) -> Prf {
    let p = ratio(tp_p, n_p);
    let r = ratio(tp_r, n_g);
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    Prf {
        p: round4(p),
        r: round4(r),
        f1: round4(f1),
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Rounds to 4 decimal places from the exact binary value, ties to even: Python's `round(x, 4)`.
pub fn round4(x: f64) -> f64 {
    // `{:.4}` formats the exact value of the double, rounding ties to even.
    format!("{x:.4}").parse().unwrap_or(x)
}

/// `round4(a / b)`, 0 for an empty denominator.
pub(crate) fn rate(a: usize, b: usize) -> f64 {
    round4(ratio(a, b))
}

/// A speaker name normalised for comparison: trimmed, lowercased, inner whitespace collapsed, a
/// leading `a `, `an ` or `the ` dropped (`quotescore.py`'s `norm_name`). `None` is `""`.
/// Whitespace is Python's (`str.isspace`, `\s`): Unicode `White_Space` and U+001C..U+001F.
pub fn norm_name(name: Option<&str>) -> String {
    let is_space = |c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c);
    let lower = name.unwrap_or("").trim_matches(is_space).to_lowercase();
    let collapsed = lower
        .split(is_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    for article in ["a ", "an ", "the "] {
        if let Some(rest) = collapsed.strip_prefix(article) {
            return rest.to_string();
        }
    }
    collapsed
}

/// True when `predicted` names the speaker of `g` (its name or an alias, normalised). A gold
/// quotation without a speaker is matched by a prediction without one.
pub fn speaker_matches(g: &GoldQuote, predicted: Option<&str>) -> bool {
    let got = norm_name(predicted);
    std::iter::once(g.speaker.as_deref())
        .chain(g.aliases.iter().map(|a| Some(a.as_str())))
        .any(|n| norm_name(n) == got)
}

/// One prediction, reduced to what scoring reads.
#[derive(Clone, Debug, PartialEq)]
pub struct Prediction {
    /// The document id.
    pub doc: String,
    /// The quotation.
    pub quote: Span,
    /// The speaker's canonical name, if any.
    pub speaker: Option<String>,
    /// The speaker mention, if any.
    pub mention: Option<Span>,
    /// The cue, if any.
    pub cue: Option<Span>,
    /// The sieve that attributed it.
    pub sieve: String,
}

impl From<&Record> for Prediction {
    fn from(r: &Record) -> Prediction {
        Prediction {
            doc: r.doc.clone(),
            quote: r.quote.span(),
            speaker: r.speaker.as_ref().map(|s| s.name.clone()),
            mention: r
                .speaker
                .as_ref()
                .and_then(|s| s.mention.as_ref())
                .map(|m| m.span()),
            cue: r.cue.as_ref().map(|c| c.span()),
            sieve: r.sieve.clone(),
        }
    }
}

/// Reads predictions (JSON Lines of `sayso extract` records) leniently, as the reference does:
/// only `doc`, `quote`, `speaker.name`, `speaker.mention`, `cue` and `sieve` are read; a
/// `null` or empty object counts as absent. Errors name `file:line`.
pub fn read_predictions(path: &Path) -> anyhow::Result<Vec<Prediction>> {
    let src = fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in src.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let at = || format!("{}:{}", path.display(), n + 1);
        let v: Value = serde_json::from_str(line).with_context(|| format!("{}: bad JSON", at()))?;
        let doc = match v.get("doc") {
            Some(Value::String(s)) => s.clone(),
            Some(other) if !other.is_null() => other.to_string(),
            _ => bail!("{}: no \"doc\"", at()),
        };
        let span = |v: Option<&Value>, what: &str| -> anyhow::Result<Option<Span>> {
            match v {
                None | Some(Value::Null) => Ok(None),
                Some(Value::Object(m)) if m.is_empty() => Ok(None),
                Some(o) => {
                    let get = |k: &str| o.get(k).and_then(Value::as_u64).map(|x| x as usize);
                    match (get("start"), get("end")) {
                        (Some(s), Some(e)) => Ok(Some(Span::new(s, e))),
                        _ => bail!("{}: {what} lacks integer start/end", at()),
                    }
                }
            }
        };
        let quote =
            span(v.get("quote"), "quote")?.with_context(|| format!("{}: no quote", at()))?;
        let speaker = v
            .get("speaker")
            .filter(|s| s.as_object().is_some_and(|m| !m.is_empty()));
        out.push(Prediction {
            doc,
            quote,
            speaker: speaker
                .and_then(|s| s.get("name"))
                .and_then(Value::as_str)
                .map(str::to_string),
            mention: span(speaker.and_then(|s| s.get("mention")), "mention")?,
            cue: span(v.get("cue"), "cue")?,
            sieve: v
                .get("sieve")
                .and_then(Value::as_str)
                .unwrap_or("none")
                .to_string(),
        });
    }
    Ok(out)
}

/// Runs `attributor` over `docs` (id, text) on `threads` worker threads (default: rayon's
/// global pool), returning each document's records in input order.
pub fn extract(
    attributor: &Attributor,
    docs: &[(&str, &str)],
    threads: Option<usize>,
) -> anyhow::Result<Vec<Vec<Record>>> {
    let run = || -> Vec<Vec<Record>> {
        docs.par_iter()
            .map(|(id, text)| {
                attributor
                    .attribute(text)
                    .iter()
                    .map(|a| Record::new(id, text, a))
                    .collect()
            })
            .collect()
    };
    match threads {
        Some(n) => {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .context("starting worker threads")?;
            Ok(pool.install(run))
        }
        None => Ok(run()),
    }
}

/// One failure, for `--errors`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Failure {
    /// `missed`, `spurious`, `wrong-speaker`, `wrong-mention`, `wrong-cue` or `wrong-name` (a
    /// canonical-speaker row found with another name; `gold` is the canonical name).
    pub kind: &'static str,
    /// The document id.
    pub doc: String,
    /// Byte offsets of the quotation (gold for a miss, predicted for a spurious one).
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// About 80 characters of the quotation, whitespace collapsed.
    pub snippet: String,
    /// What the gold says (the speaker, mention or cue text), if anything.
    pub gold: Option<String>,
    /// What was predicted, if anything.
    pub predicted: Option<String>,
}

/// Up to about 80 characters of `text[span]` on one line (`…` marks a cut).
pub fn snippet(text: &str, span: Span) -> String {
    let s = text.get(span.start..span.end).unwrap_or("");
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= 80 {
        flat
    } else {
        let mut cut: String = flat.chars().take(79).collect();
        cut.push('…');
        cut
    }
}

fn span_text(text: &str, span: Option<Span>) -> Option<String> {
    span.map(|s| snippet(text, s))
}

// ---------------------------------------------------------------------------------------------
// The bundled corpus.

/// The counts and figures of `quotescore.py seed`, summed over documents: a gold quotation is
/// *found* when the prediction overlapping it most covers at least 80% of its bytes.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SeedFigures {
    /// Gold quotations.
    pub gold: usize,
    /// Predictions.
    pub predicted: usize,
    /// Gold quotations found.
    pub found: usize,
    /// Predictions overlapping no gold quotation.
    pub spurious: usize,
    /// Found, and the speaker name is right.
    pub speaker_name_correct: usize,
    /// Found, and the predicted mention overlaps the gold one.
    pub mention_correct: usize,
}

/// One sieve's row: how often it fired and how often it was right.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SieveRow {
    /// The sieve name.
    pub sieve: String,
    /// Predictions it attributed.
    pub fired: usize,
    /// Of those, the quotation is a gold one and the speaker is right.
    pub correct: usize,
    /// `correct / fired`.
    pub precision: f64,
}

/// The figures for the bundled corpus.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CorpusScore {
    /// Documents.
    pub docs: usize,
    /// Gold quotations.
    pub gold: usize,
    /// Predictions.
    pub predicted: usize,
    /// Quotation spans equal to a gold span.
    pub quote_exact: Prf,
    /// Quotation spans overlapping a gold span.
    pub quote_overlap: Prf,
    /// Gold quotations overlapped by a prediction.
    pub found: usize,
    /// Over found quotations: the predicted mention overlaps the gold one (or both are absent).
    pub mention_accuracy: f64,
    /// Over found quotations: the predicted name is the gold speaker or an alias (normalised).
    pub speaker_accuracy: f64,
    /// Over found quotations: the predicted cue overlaps the gold one (or both are absent).
    pub cue_accuracy: f64,
    /// Per sieve, by name ([`corpus()`] puts them in cascade order).
    pub sieves: Vec<SieveRow>,
    /// The figures of `quotescore.py seed`.
    pub seed: SeedFigures,
    /// Failures (filled always; printed with `--errors`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<Failure>,
}

/// The index of the first candidate with the largest `key`, and that key, if any (Python's
/// `max(items, key=…)`).
pub(crate) fn first_max<T>(items: &[T], key: impl Fn(&T) -> usize) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for (i, it) in items.iter().enumerate() {
        let k = key(it);
        if best.is_none_or(|(_, b)| k > b) {
            best = Some((i, k));
        }
    }
    best
}

fn same_or_overlapping(gold: Option<Span>, got: Option<Span>) -> bool {
    match (gold, got) {
        (None, None) => true,
        (Some(g), Some(p)) => g.overlaps(p),
        _ => false,
    }
}

/// Scores `predicted[i]` against `docs[i]`.
pub fn score_corpus(docs: &[CorpusDoc], predicted: &[Vec<Prediction>]) -> CorpusScore {
    let mut s = CorpusScore {
        docs: docs.len(),
        ..CorpusScore::default()
    };
    let (mut exact_p, mut exact_r, mut over_p) = (0, 0, 0);
    let (mut mention_ok, mut speaker_ok, mut cue_ok) = (0, 0, 0);
    let mut sieves: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let none = Vec::new();
    for (i, doc) in docs.iter().enumerate() {
        let ps = predicted.get(i).unwrap_or(&none);
        let text = doc.text.as_str();
        s.gold += doc.gold.len();
        s.predicted += ps.len();
        s.seed.gold += doc.gold.len();
        s.seed.predicted += ps.len();
        for p in ps {
            exact_p += doc.gold.iter().any(|g| g.quote == p.quote) as usize;
            let best = first_max(&doc.gold, |g| g.quote.overlap_len(p.quote));
            let hit = best.filter(|&(_, ov)| ov > 0).map(|(j, _)| &doc.gold[j]);
            if hit.is_some() {
                over_p += 1;
            } else {
                s.seed.spurious += 1;
                s.errors.push(Failure {
                    kind: "spurious",
                    doc: doc.id.clone(),
                    start: p.quote.start,
                    end: p.quote.end,
                    snippet: snippet(text, p.quote),
                    gold: None,
                    predicted: p.speaker.clone(),
                });
            }
            let row = sieves.entry(p.sieve.clone()).or_default();
            row.0 += 1;
            row.1 += hit.is_some_and(|g| speaker_matches(g, p.speaker.as_deref())) as usize;
        }
        for g in &doc.gold {
            exact_r += ps.iter().any(|p| p.quote == g.quote) as usize;
            let best = first_max(ps, |p| p.quote.overlap_len(g.quote));
            // quotescore.py seed: found when the best prediction covers >= 80% of the gold bytes.
            if let Some((j, ov)) = best {
                if ov as f64 >= 0.8 * g.quote.len() as f64 {
                    let p = &ps[j];
                    s.seed.found += 1;
                    s.seed.speaker_name_correct +=
                        speaker_matches(g, p.speaker.as_deref()) as usize;
                    s.seed.mention_correct += matches!((g.mention, p.mention),
                        (Some(gm), Some(pm)) if gm.overlaps(pm))
                        as usize;
                }
            }
            let Some(p) = best.filter(|&(_, ov)| ov > 0).map(|(j, _)| &ps[j]) else {
                s.errors.push(Failure {
                    kind: "missed",
                    doc: doc.id.clone(),
                    start: g.quote.start,
                    end: g.quote.end,
                    snippet: snippet(text, g.quote),
                    gold: g.speaker.clone(),
                    predicted: None,
                });
                continue;
            };
            s.found += 1;
            let fail = |kind, gold, predicted| Failure {
                kind,
                doc: doc.id.clone(),
                start: g.quote.start,
                end: g.quote.end,
                snippet: snippet(text, g.quote),
                gold,
                predicted,
            };
            if speaker_matches(g, p.speaker.as_deref()) {
                speaker_ok += 1;
            } else {
                s.errors
                    .push(fail("wrong-speaker", g.speaker.clone(), p.speaker.clone()));
            }
            if same_or_overlapping(g.mention, p.mention) {
                mention_ok += 1;
            } else {
                s.errors.push(fail(
                    "wrong-mention",
                    span_text(text, g.mention),
                    span_text(text, p.mention),
                ));
            }
            if same_or_overlapping(g.cue, p.cue) {
                cue_ok += 1;
            } else {
                s.errors.push(fail(
                    "wrong-cue",
                    span_text(text, g.cue),
                    span_text(text, p.cue),
                ));
            }
        }
    }
    s.quote_exact = prf(exact_p, s.predicted, exact_r, s.gold);
    s.quote_overlap = prf(over_p, s.predicted, s.found, s.gold);
    s.mention_accuracy = rate(mention_ok, s.found);
    s.speaker_accuracy = rate(speaker_ok, s.found);
    s.cue_accuracy = rate(cue_ok, s.found);
    s.sieves = sieves
        .into_iter()
        .map(|(sieve, (fired, correct))| SieveRow {
            sieve,
            fired,
            correct,
            precision: rate(correct, fired),
        })
        .collect();
    s
}

/// A corpus evaluation: the documents, what was predicted, and the figures.
pub struct CorpusEval {
    /// The documents with their gold.
    pub docs: Vec<CorpusDoc>,
    /// The records per document, in document order.
    pub records: Vec<Vec<Record>>,
    /// The figures.
    pub score: CorpusScore,
}

/// Loads the corpus (see [`gold::load_corpus`]), extracts with `attributor` and scores.
pub fn corpus(
    paths: &[PathBuf],
    gold: Option<&Path>,
    attributor: &Attributor,
    threads: Option<usize>,
) -> anyhow::Result<CorpusEval> {
    let docs = gold::load_corpus(paths, gold)?;
    let inputs: Vec<(&str, &str)> = docs
        .iter()
        .map(|d| (d.id.as_str(), d.text.as_str()))
        .collect();
    let records = extract(attributor, &inputs, threads)?;
    let preds: Vec<Vec<Prediction>> = records
        .iter()
        .map(|rs| rs.iter().map(Prediction::from).collect())
        .collect();
    let mut score = score_corpus(&docs, &preds);
    // Rows in cascade order, sieves not in the cascade (`none`) last.
    let order: Vec<&str> = attributor.sieves().map(|s| s.name()).collect();
    score.sieves.sort_by_key(|r| {
        order
            .iter()
            .position(|n| *n == r.sieve)
            .unwrap_or(order.len())
    });
    Ok(CorpusEval {
        docs,
        records,
        score,
    })
}

// ---------------------------------------------------------------------------------------------
// PolNeAR.

/// Failure counts by kind.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct FailureCounts {
    /// Quoted gold attributions no prediction overlaps.
    pub missed: usize,
    /// Predictions overlapping no attribution.
    pub spurious: usize,
    /// Quoted gold with a source, found, but the mention is missing or elsewhere.
    pub wrong_mention: usize,
    /// Quoted gold with a cue, found, but the predicted cue is missing or elsewhere.
    pub wrong_cue: usize,
}

/// The exact-span figures: spans equal after trimming surrounding whitespace.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ExactFigures {
    /// Quotation span equals the content span (precision against any attribution, recall over
    /// quoted ones).
    pub quote: Prf,
    /// Over exact quotations: the mention equals the source span.
    pub source: Prf,
    /// Over exact quotations: the cue equals the cue span.
    pub cue: Prf,
}

/// The PolNeAR figures: the keys of `quotescore.py polnear` plus extras.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PolnearScore {
    /// Articles in the split.
    pub docs: usize,
    /// Articles with at least one prediction.
    pub docs_with_predictions: usize,
    /// Distinct document ids in the predictions that are not in the split.
    pub unknown_docs: usize,
    /// Quoted gold attributions.
    pub gold_quoted: usize,
    /// Predictions for articles of the split.
    pub predicted: usize,
    /// Quotation overlap (reference).
    pub quote: Prf,
    /// Source: mention overlaps the source (reference).
    pub source: Prf,
    /// Cue overlaps the gold cue (reference).
    pub cue: Prf,
    /// Exact-span figures (extra).
    pub exact: ExactFigures,
    /// Failure counts (extra).
    pub failures: FailureCounts,
    /// Canonical-speaker figures, when a labelled file is given (`quotescore.py canonical`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical: Option<CanonicalScore>,
    /// The failures (filled always; printed with `--errors`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<Failure>,
}

/// Characters of `text` inside `a` and any of `segs` (the reference's `overlap`, which counts
/// code points). Byte offsets off a character boundary count the characters starting inside.
pub fn overlap_chars(text: &str, a: Span, segs: &[Span]) -> usize {
    let bytes = text.as_bytes();
    segs.iter()
        .map(|s| {
            let start = a.start.max(s.start).min(bytes.len());
            let end = a.end.min(s.end).min(bytes.len());
            if start >= end {
                0
            } else {
                // A byte that is not a continuation byte starts a character.
                bytes[start..end]
                    .iter()
                    .filter(|&&b| (b as i8) >= -0x40)
                    .count()
            }
        })
        .sum()
}

/// The smallest span covering `segs`, without surrounding whitespace.
fn trimmed_cover(text: &str, segs: &[Span]) -> Option<Span> {
    let first = segs.first()?;
    let cover = segs.iter().fold(*first, |acc, s| acc.to(*s));
    Some(trim(text, cover))
}

fn trim(text: &str, s: Span) -> Span {
    match text.get(s.start..s.end) {
        Some(t) => {
            let lead = t.len() - t.trim_start().len();
            let trail = t.len() - t.trim_end().len();
            if lead == t.len() {
                Span::new(s.start, s.start)
            } else {
                Span::new(s.start + lead, s.end - trail)
            }
        }
        None => s,
    }
}

/// Scores `predictions` against the PolNeAR `docs` as `quotescore.py polnear` does.
pub fn score_polnear(docs: &[PolnearDoc], predictions: &[Prediction]) -> PolnearScore {
    let mut by_doc: HashMap<&str, Vec<&Prediction>> = HashMap::new();
    for p in predictions {
        by_doc.entry(p.doc.as_str()).or_default().push(p);
    }
    let known: HashMap<&str, ()> = docs.iter().map(|d| (d.id.as_str(), ())).collect();
    let mut s = PolnearScore {
        docs: docs.len(),
        docs_with_predictions: by_doc.keys().filter(|d| known.contains_key(*d)).count(),
        unknown_docs: by_doc.keys().filter(|d| !known.contains_key(*d)).count(),
        ..PolnearScore::default()
    };
    let (mut q_tp_p, mut q_tp_r) = (0, 0);
    let (mut s_tp_p, mut s_n_p, mut s_tp_r, mut s_n_g) = (0, 0, 0, 0);
    let (mut c_tp_p, mut c_n_p, mut c_tp_r, mut c_n_g) = (0, 0, 0, 0);
    let (mut xq_p, mut xq_r, mut xs_p, mut xs_r, mut xc_p, mut xc_r) = (0, 0, 0, 0, 0, 0);
    let none = Vec::new();
    for d in docs {
        let text = d.text.as_str();
        let ps = by_doc.get(d.id.as_str()).unwrap_or(&none);
        let atts = &d.attributions;
        let exact_content: Vec<Option<Span>> = atts
            .iter()
            .map(|a| trimmed_cover(text, &a.content))
            .collect();
        let exact_of =
            |segs: &Option<Vec<Span>>| segs.as_deref().and_then(|s| trimmed_cover(text, s));
        // Precision: each prediction against the attribution it overlaps most (any attribution).
        for p in ps {
            s.predicted += 1;
            let best = first_max(atts, |a| overlap_chars(text, p.quote, &a.content));
            let hit = best.filter(|&(_, ov)| ov > 0).map(|(j, _)| &atts[j]);
            q_tp_p += hit.is_some() as usize;
            if hit.is_none() {
                s.failures.spurious += 1;
                s.errors.push(Failure {
                    kind: "spurious",
                    doc: d.id.clone(),
                    start: p.quote.start,
                    end: p.quote.end,
                    snippet: snippet(text, p.quote),
                    gold: None,
                    predicted: p.speaker.clone(),
                });
            }
            let hits = |role: fn(&GoldAttribution) -> &Option<Vec<Span>>, span: Span| {
                hit.and_then(|a| role(a).as_deref())
                    .is_some_and(|segs| overlap_chars(text, span, segs) > 0)
            };
            if let Some(m) = p.mention {
                s_n_p += 1;
                s_tp_p += hits(|a| &a.source, m) as usize;
            }
            if let Some(c) = p.cue {
                c_n_p += 1;
                c_tp_p += hits(|a| &a.cue, c) as usize;
            }
            let pq = trim(text, p.quote);
            if let Some(j) = exact_content.iter().position(|c| *c == Some(pq)) {
                xq_p += 1;
                let a = &atts[j];
                xs_p += (p.mention.is_some()
                    && p.mention.map(|m| trim(text, m)) == exact_of(&a.source))
                    as usize;
                xc_p +=
                    (p.cue.is_some() && p.cue.map(|c| trim(text, c)) == exact_of(&a.cue)) as usize;
            }
        }
        // Recall: each quoted attribution against the prediction that overlaps it most.
        for (j, a) in atts.iter().enumerate() {
            if !a.quoted {
                continue;
            }
            s.gold_quoted += 1;
            let best = first_max(ps, |p| overlap_chars(text, p.quote, &a.content));
            let hit = best.filter(|&(_, ov)| ov > 0).map(|(k, _)| ps[k]);
            q_tp_r += hit.is_some() as usize;
            let cover = exact_content[j].unwrap_or_default();
            let fail = |kind, gold: Option<String>, predicted: Option<String>| Failure {
                kind,
                doc: d.id.clone(),
                start: cover.start,
                end: cover.end,
                snippet: snippet(text, cover),
                gold,
                predicted,
            };
            let source_text = exact_of(&a.source).map(|sp| snippet(text, sp));
            if hit.is_none() {
                s.failures.missed += 1;
                s.errors.push(fail("missed", source_text.clone(), None));
            }
            if let Some(segs) = &a.source {
                s_n_g += 1;
                let ok = hit
                    .and_then(|p| p.mention)
                    .is_some_and(|m| overlap_chars(text, m, segs) > 0);
                s_tp_r += ok as usize;
                if let (false, Some(p)) = (ok, hit) {
                    s.failures.wrong_mention += 1;
                    s.errors.push(fail(
                        "wrong-mention",
                        source_text.clone(),
                        span_text(text, p.mention),
                    ));
                }
            }
            if let Some(segs) = &a.cue {
                c_n_g += 1;
                let ok = hit
                    .and_then(|p| p.cue)
                    .is_some_and(|c| overlap_chars(text, c, segs) > 0);
                c_tp_r += ok as usize;
                if let (false, Some(p)) = (ok, hit) {
                    s.failures.wrong_cue += 1;
                    s.errors.push(fail(
                        "wrong-cue",
                        exact_of(&a.cue).map(|sp| snippet(text, sp)),
                        span_text(text, p.cue),
                    ));
                }
            }
            if let Some(p) = ps
                .iter()
                .find(|p| Some(trim(text, p.quote)) == exact_content[j])
            {
                xq_r += 1;
                let gs = exact_of(&a.source);
                xs_r += (gs.is_some() && p.mention.map(|m| trim(text, m)) == gs) as usize;
                let gc = exact_of(&a.cue);
                xc_r += (gc.is_some() && p.cue.map(|c| trim(text, c)) == gc) as usize;
            }
        }
    }
    s.quote = prf(q_tp_p, s.predicted, q_tp_r, s.gold_quoted);
    s.source = prf(s_tp_p, s_n_p, s_tp_r, s_n_g);
    s.cue = prf(c_tp_p, c_n_p, c_tp_r, c_n_g);
    s.exact = ExactFigures {
        quote: prf(xq_p, s.predicted, xq_r, s.gold_quoted),
        source: prf(xs_p, s_n_p, xs_r, s_n_g),
        cue: prf(xc_p, c_n_p, xc_r, c_n_g),
    };
    s
}

/// A PolNeAR evaluation: the split, what was predicted, and the figures.
pub struct PolnearEval {
    /// The split's articles with their gold.
    pub docs: Vec<PolnearDoc>,
    /// The records per article when extracted here (empty with `--predictions`).
    pub records: Vec<Vec<Record>>,
    /// The figures.
    pub score: PolnearScore,
}

/// Reads the split `dir`; scores the predictions in `predictions` when given, else extracts
/// every article with `attributor` (on `threads` threads) and scores that. With `canonical` (a
/// canonical-speaker file over the split, see [`canonical`]) the score includes its figures and
/// its `wrong-name` failures.
pub fn polnear(
    dir: &Path,
    predictions: Option<&Path>,
    canonical: Option<&Path>,
    attributor: &Attributor,
    threads: Option<usize>,
) -> anyhow::Result<PolnearEval> {
    let docs = polnear::read_split(dir).with_context(|| format!("reading {}", dir.display()))?;
    let labelled = canonical.map(|c| canonical::load(c, &docs)).transpose()?;
    let (records, preds) = match predictions {
        Some(path) => (Vec::new(), read_predictions(path)?),
        None => {
            let inputs: Vec<(&str, &str)> = docs
                .iter()
                .map(|d| (d.id.as_str(), d.text.as_str()))
                .collect();
            let records = extract(attributor, &inputs, threads)?;
            let preds = records.iter().flatten().map(Prediction::from).collect();
            (records, preds)
        }
    };
    let mut score = score_polnear(&docs, &preds);
    if let Some((rows, ambiguous)) = labelled {
        let eval = canonical::score(&rows, ambiguous, &docs, &preds);
        score.canonical = Some(eval.score);
        score.errors.extend(eval.errors);
    }
    Ok(PolnearEval {
        docs,
        records,
        score,
    })
}

// ---------------------------------------------------------------------------------------------
// Baselines.

/// The higher-is-better figures of a score's JSON, flattened to `a.b` names, sorted by name: the
/// numbers whose last key is `p`, `r`, `f1` or holds `accuracy` (lists are skipped). These
/// are the rows of the committed baselines (`tests/baseline/*.csv`).
pub fn metrics(v: &Value) -> Vec<(String, f64)> {
    let mut out = Vec::new();
    flatten("", v, &mut out);
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, f64)>) {
    let Value::Object(map) = v else { return };
    for (k, v) in map {
        if k == "metrics" {
            continue;
        }
        let name = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            Value::Object(_) => flatten(&name, v, out),
            Value::Number(n)
                if matches!(k.as_str(), "p" | "r" | "f1") || k.contains("accuracy") =>
            {
                out.push((name, n.as_f64().unwrap_or(0.0)));
            }
            _ => {}
        }
    }
}

/// `score` as one JSON object with a `metrics` object (the baseline rows) added; the error list
/// only when `with_errors`, and then always, empty when nothing failed.
pub fn to_json<T: Serialize>(score: &T, with_errors: bool) -> Value {
    let mut v = serde_json::to_value(score).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut v {
        if with_errors {
            map.entry("errors")
                .or_insert_with(|| Value::Array(Vec::new()));
        } else {
            map.remove("errors");
        }
        let rows: serde_json::Map<String, Value> = metrics(&Value::Object(map.clone()))
            .into_iter()
            .map(|(k, x)| (k, Value::from(x)))
            .collect();
        map.insert("metrics".into(), Value::Object(rows));
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(
        doc: &str,
        q: (usize, usize),
        speaker: &str,
        mention: Option<(usize, usize)>,
    ) -> GoldQuote {
        GoldQuote {
            doc: doc.into(),
            quote: Span::new(q.0, q.1),
            speaker: Some(speaker.into()),
            aliases: vec![],
            mention: mention.map(|m| Span::new(m.0, m.1)),
            cue: None,
            kind: "direct".into(),
        }
    }

    fn pred(
        doc: &str,
        q: (usize, usize),
        speaker: Option<&str>,
        mention: Option<(usize, usize)>,
    ) -> Prediction {
        Prediction {
            doc: doc.into(),
            quote: Span::new(q.0, q.1),
            speaker: speaker.map(str::to_string),
            mention: mention.map(|m| Span::new(m.0, m.1)),
            cue: None,
            sieve: "s".into(),
        }
    }

    #[test]
    fn prf_rounds_like_python() {
        assert_eq!(
            prf(1, 3, 2, 3),
            Prf {
                p: 0.3333,
                r: 0.6667,
                f1: 0.4444
            }
        );
        assert_eq!(prf(0, 0, 0, 5), Prf::default());
        // 1/32 = 0.03125 is a tie at 4 places: Python rounds it to even.
        assert_eq!(round4(0.03125), 0.0312);
        assert_eq!(round4(0.96875), 0.9688);
    }

    #[test]
    fn names_normalise() {
        assert_eq!(norm_name(Some("  The  Prime\tMinister ")), "prime minister");
        assert_eq!(norm_name(Some("Anna Lee")), "anna lee");
        assert_eq!(norm_name(None), "");
        // Python's whitespace includes the information separators U+001C..U+001F.
        assert_eq!(
            norm_name(Some("\u{1f}An\u{1c}Lee\u{a0}Park\u{2003}")),
            "lee park"
        );
        let mut g = gold("d", (0, 5), "Kim Jong-un", None);
        g.aliases.push("Kim".into());
        assert!(speaker_matches(&g, Some("kim")));
        assert!(!speaker_matches(&g, Some("Jong-un")));
    }

    #[test]
    fn overlap_counts_characters() {
        let text = "é “ab” c";
        // “ab” is bytes 3..11: 4 characters but 8 bytes.
        assert_eq!(
            overlap_chars(text, Span::new(0, 11), &[Span::new(3, 11)]),
            4
        );
        assert_eq!(
            overlap_chars(text, Span::new(0, 6), &[Span::new(3, 11), Span::new(0, 2)]),
            2
        );
        assert_eq!(
            overlap_chars(text, Span::new(50, 60), &[Span::new(0, 99)]),
            0
        );
    }

    #[test]
    fn corpus_hand_computed() {
        // Two gold quotations; one exact hit with the right speaker, one partly covered (50%)
        // with a wrong speaker, and one spurious prediction.
        let text = "x".repeat(100);
        let doc = CorpusDoc {
            id: "d".into(),
            text,
            gold: vec![
                gold("d", (0, 10), "Kim", Some((12, 15))),
                gold("d", (20, 40), "Lee", Some((41, 44))),
            ],
        };
        let preds = vec![
            pred("d", (0, 10), Some("kim"), Some((12, 15))),
            pred("d", (30, 40), Some("Park"), Some((60, 63))),
            pred("d", (80, 90), None, None),
        ];
        let s = score_corpus(&[doc], &[preds]);
        assert_eq!(s.quote_exact, prf(1, 3, 1, 2));
        assert_eq!(s.quote_exact.p, 0.3333);
        assert_eq!(
            s.quote_overlap,
            Prf {
                p: 0.6667,
                r: 1.0,
                f1: 0.8
            }
        );
        assert_eq!(s.found, 2);
        assert_eq!(s.speaker_accuracy, 0.5);
        assert_eq!(s.mention_accuracy, 0.5);
        assert_eq!(s.cue_accuracy, 1.0);
        assert_eq!(
            s.seed,
            SeedFigures {
                gold: 2,
                predicted: 3,
                found: 1,
                spurious: 1,
                speaker_name_correct: 1,
                mention_correct: 1
            }
        );
        assert_eq!(
            s.sieves,
            vec![SieveRow {
                sieve: "s".into(),
                fired: 3,
                correct: 1,
                precision: 0.3333
            }]
        );
        let kinds: Vec<&str> = s.errors.iter().map(|e| e.kind).collect();
        assert_eq!(kinds, ["spurious", "wrong-speaker", "wrong-mention"]);
    }

    fn att(
        content: &[(usize, usize)],
        source: Option<(usize, usize)>,
        quoted: bool,
    ) -> GoldAttribution {
        GoldAttribution {
            content: content.iter().map(|&(s, e)| Span::new(s, e)).collect(),
            source: source.map(|(s, e)| vec![Span::new(s, e)]),
            cue: None,
            quoted,
        }
    }

    #[test]
    fn polnear_hand_computed() {
        // 0..20 quoted with source 21..24; 30..50 unquoted; 60..70 quoted without source.
        let doc = PolnearDoc {
            id: "d".into(),
            text: "y".repeat(100),
            ann: None,
            attributions: vec![
                att(&[(0, 20)], Some((21, 24)), true),
                att(&[(30, 50)], Some((51, 54)), false),
                att(&[(60, 70)], None, true),
            ],
        };
        let preds = vec![
            pred("d", (0, 20), Some("A"), Some((21, 24))), // exact, source right
            pred("d", (35, 45), Some("B"), Some((90, 95))), // unquoted hit, source wrong
            pred("d", (80, 85), None, None),               // spurious
            pred("x", (0, 5), None, None),                 // unknown doc: not counted
        ];
        let s = score_polnear(&[doc], &preds);
        assert_eq!((s.docs, s.docs_with_predictions, s.unknown_docs), (1, 1, 1));
        assert_eq!((s.gold_quoted, s.predicted), (2, 3));
        assert_eq!(s.quote, prf(2, 3, 1, 2));
        assert_eq!(s.source, prf(1, 2, 1, 1));
        assert_eq!(s.cue, Prf::default());
        assert_eq!(s.exact.quote, prf(1, 3, 1, 2));
        assert_eq!(
            s.failures,
            FailureCounts {
                missed: 1,
                spurious: 1,
                wrong_mention: 0,
                wrong_cue: 0
            }
        );
    }

    #[test]
    fn ties_go_to_the_first_maximum() {
        // The prediction overlaps both attributions by 5 characters: the first one owns it, so
        // its source (not the second's) decides the source precision.
        let doc = PolnearDoc {
            id: "d".into(),
            text: "z".repeat(40),
            ann: None,
            attributions: vec![
                att(&[(0, 10)], Some((30, 32)), true),
                att(&[(10, 20)], Some((34, 36)), true),
            ],
        };
        let s = score_polnear(
            std::slice::from_ref(&doc),
            &[pred("d", (5, 15), None, Some((34, 36)))],
        );
        assert_eq!(s.source.p, 0.0);
        let s = score_polnear(&[doc], &[pred("d", (5, 15), None, Some((30, 32)))]);
        assert_eq!(s.source.p, 1.0);
    }

    #[test]
    fn metrics_keep_rates_only() {
        let v = serde_json::json!({"docs": 3, "quote": {"p": 0.5, "r": 0.25, "f1": 0.3333},
            "speaker_accuracy": 0.75, "sieves": [{"precision": 1.0}], "metrics": {"x": 1},
            "canonical": {"found": 9, "accuracy": 0.5, "accuracy_of_found": 0.6}});
        let m = metrics(&v);
        let names: Vec<&str> = m.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "canonical.accuracy",
                "canonical.accuracy_of_found",
                "quote.f1",
                "quote.p",
                "quote.r",
                "speaker_accuracy"
            ]
        );
    }
}
