//! `sayso eval`: score extraction against the bundled corpus (default) or a PolNeAR split, with
//! `--canonical FILE` also against hand-labelled canonical speakers.
//!
//! Tables go to stdout (or one JSON object with `--json`); `--errors` lists each failure with a
//! snippet; `--html FILE` writes the gold-beside-prediction view.

use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::process::ExitCode;

use anyhow::Context;

use crate::args::EvalArgs;
use crate::html::{GoldSpan, RenderDoc};
use crate::report::Record;
use crate::rules::build_attributor;
use crate::score::{self, CorpusScore, Failure, PolnearScore, Prf};

/// Runs `sayso eval`.
pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let attributor = build_attributor(&args.rules)?;
    let out = match &args.polnear {
        Some(dir) => {
            if !args.corpus.is_empty() || args.gold.is_some() {
                anyhow::bail!("--polnear scores a split directory; it takes no CORPUS or --gold");
            }
            let eval = score::polnear(
                dir,
                args.predictions.as_deref(),
                args.canonical.as_deref(),
                &attributor,
                args.threads,
            )?;
            if let Some(path) = &args.html {
                let gold: Vec<Vec<GoldSpan>> = eval
                    .docs
                    .iter()
                    .map(|d| {
                        d.attributions
                            .iter()
                            .filter_map(polnear_gold_span)
                            .collect()
                    })
                    .collect();
                let docs: Vec<RenderDoc<'_>> = eval
                    .docs
                    .iter()
                    .enumerate()
                    .map(|(i, d)| RenderDoc {
                        id: &d.id,
                        text: &d.text,
                        predicted: eval.records.get(i).map_or(&[][..], |r| &r[..]),
                        gold: Some(&gold[i]),
                    })
                    .collect();
                write_html(path, &docs, &format!("sayso eval: {}", dir.display()))?;
            }
            if args.json {
                json(&score::to_json(&eval.score, args.errors))
            } else {
                polnear_table(&dir.display().to_string(), &eval.score, args.errors)
            }
        }
        None => {
            if args.predictions.is_some() {
                anyhow::bail!("--predictions is only read with --polnear");
            }
            let eval = score::corpus(
                &args.corpus,
                args.gold.as_deref(),
                &attributor,
                args.threads,
            )?;
            if let Some(path) = &args.html {
                let gold: Vec<Vec<GoldSpan>> = eval
                    .docs
                    .iter()
                    .map(|d| d.gold.iter().map(|g| g.to_gold_span()).collect())
                    .collect();
                let docs: Vec<RenderDoc<'_>> = eval
                    .docs
                    .iter()
                    .zip(&eval.records)
                    .zip(&gold)
                    .map(|((d, r), g): ((_, &Vec<Record>), _)| RenderDoc {
                        id: &d.id,
                        text: &d.text,
                        predicted: r,
                        gold: Some(g),
                    })
                    .collect();
                write_html(path, &docs, "sayso eval: corpus")?;
            }
            if args.json {
                json(&score::to_json(&eval.score, args.errors))
            } else {
                corpus_table(&eval.score, args.errors)
            }
        }
    };
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(out.as_bytes())?;
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn polnear_gold_span(a: &crate::polnear::GoldAttribution) -> Option<GoldSpan> {
    let cover = |segs: &[sayso_attribution::Span]| {
        let first = *segs.first()?;
        Some(segs.iter().fold(first, |acc, s| acc.to(*s)))
    };
    Some(GoldSpan {
        quote: cover(&a.content)?,
        speaker: None,
        mention: a.source.as_deref().and_then(cover),
        cue: a.cue.as_deref().and_then(cover),
    })
}

fn write_html(path: &std::path::Path, docs: &[RenderDoc<'_>], title: &str) -> anyhow::Result<()> {
    fs::write(path, crate::html::render(docs, title))
        .with_context(|| format!("writing {}", path.display()))
}

fn json(v: &serde_json::Value) -> String {
    format!("{v}\n")
}

fn prf_cells(p: &Prf) -> String {
    format!("{:>7.4} {:>7.4} {:>7.4}", p.p, p.r, p.f1)
}

fn corpus_table(s: &CorpusScore, errors: bool) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "corpus: {} documents, {} gold quotations, {} predicted\n",
        s.docs, s.gold, s.predicted
    );
    let _ = writeln!(o, "{:<16} {:>7} {:>7} {:>7}", "quotation", "P", "R", "F1");
    let _ = writeln!(o, "{:<16} {}", "exact span", prf_cells(&s.quote_exact));
    let _ = writeln!(o, "{:<16} {}", "overlap", prf_cells(&s.quote_overlap));
    let _ = writeln!(o, "\nover the {} gold quotations found:", s.found);
    let _ = writeln!(o, "{:<16} {:>7.4}", "speaker", s.speaker_accuracy);
    let _ = writeln!(o, "{:<16} {:>7.4}", "mention", s.mention_accuracy);
    let _ = writeln!(o, "{:<16} {:>7.4}", "cue", s.cue_accuracy);
    let width = s
        .sieves
        .iter()
        .map(|r| r.sieve.len())
        .max()
        .unwrap_or(0)
        .max(5);
    let _ = writeln!(
        o,
        "\n{:<width$} {:>6} {:>8} {:>9}",
        "sieve", "fired", "correct", "precision"
    );
    for r in &s.sieves {
        let _ = writeln!(
            o,
            "{:<width$} {:>6} {:>8} {:>9.4}",
            r.sieve, r.fired, r.correct, r.precision
        );
    }
    let seed = &s.seed;
    let _ = writeln!(
        o,
        "\nquotescore seed: gold {}, predicted {}, found {} (best overlap >= 80%), spurious {}, \
         speaker names right {}, mentions right {}",
        seed.gold,
        seed.predicted,
        seed.found,
        seed.spurious,
        seed.speaker_name_correct,
        seed.mention_correct
    );
    if errors {
        failures(&mut o, &s.errors);
    }
    o
}

fn polnear_table(dir: &str, s: &PolnearScore, errors: bool) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "polnear {dir}: {} docs ({} with predictions, {} unknown ids), {} gold quoted, {} predicted\n",
        s.docs, s.docs_with_predictions, s.unknown_docs, s.gold_quoted, s.predicted
    );
    let _ = writeln!(
        o,
        "{:<8} {:^23}   {:^23}",
        "", "overlap (quotescore)", "exact span"
    );
    let _ = writeln!(
        o,
        "{:<8} {:>7} {:>7} {:>7}   {:>7} {:>7} {:>7}",
        "", "P", "R", "F1", "P", "R", "F1"
    );
    for (name, reference, exact) in [
        ("quote", &s.quote, &s.exact.quote),
        ("source", &s.source, &s.exact.source),
        ("cue", &s.cue, &s.exact.cue),
    ] {
        let _ = writeln!(
            o,
            "{name:<8} {}   {}",
            prf_cells(reference),
            prf_cells(exact)
        );
    }
    let f = &s.failures;
    let _ = writeln!(
        o,
        "\nfailures: missed {}, spurious {}, wrong mention {}, wrong cue {}",
        f.missed, f.spurious, f.wrong_mention, f.wrong_cue
    );
    if let Some(c) = &s.canonical {
        let _ = writeln!(
            o,
            "canonical names: {} labelled, {} found, {} correct, accuracy {:.4} (of found {:.4})",
            c.labelled, c.found, c.name_correct, c.accuracy, c.accuracy_of_found
        );
    }
    if errors {
        failures(&mut o, &s.errors);
    }
    o
}

/// The failures grouped by kind, each group headed by its count.
fn failures(o: &mut String, errors: &[Failure]) {
    for kind in [
        "missed",
        "spurious",
        "wrong-speaker",
        "wrong-mention",
        "wrong-cue",
        "wrong-name",
    ] {
        let group: Vec<&Failure> = errors.iter().filter(|e| e.kind == kind).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(o, "\n## {kind} ({})", group.len());
        for e in group {
            let _ = writeln!(o, "{} {}..{}  {}", e.doc, e.start, e.end, e.snippet);
            if e.gold.is_some() || e.predicted.is_some() {
                let show = |x: &Option<String>| x.as_deref().unwrap_or("-").to_string();
                let _ = writeln!(
                    o,
                    "    gold: {}  predicted: {}",
                    show(&e.gold),
                    show(&e.predicted)
                );
            }
        }
    }
}
