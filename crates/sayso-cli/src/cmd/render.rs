//! `sayso render`: one self-contained HTML file showing each document with its quotations,
//! cues, speaker mentions and speakers (see [`crate::html`]).

use std::panic::AssertUnwindSafe;
use std::process::ExitCode;

use anyhow::{Context, bail};
use rayon::prelude::*;

use crate::args::{InputFormat, RenderArgs};
use crate::html::{RenderDoc, render};
use crate::input::{SourceDoc, read_documents};
use crate::report::Record;
use crate::rules::build_attributor;

/// Runs `sayso render`.
pub fn run(args: RenderArgs) -> anyhow::Result<ExitCode> {
    if args.paths.is_empty() {
        bail!("no input: give text files, .jsonl files or directories to render");
    }
    let attributor = build_attributor(&args.rules)?;
    let mut docs: Vec<SourceDoc> = Vec::new();
    let mut failed = 0;
    for r in read_documents(&args.paths, InputFormat::Auto) {
        match r {
            Ok(d) => docs.push(d),
            Err(e) => {
                failed += 1;
                eprintln!("sayso: {}: {}", e.origin, e.reason);
            }
        }
    }
    // A panic in the cascade is a bug there, but it should cost one document, not the report:
    // that document is shown without quotations and counted as failed.
    let outcomes: Vec<Option<Vec<Record>>> = docs
        .par_iter()
        .map(|d| {
            std::panic::catch_unwind(AssertUnwindSafe(|| {
                attributor
                    .attribute(&d.text)
                    .iter()
                    .map(|a| Record::new(&d.id, &d.text, a))
                    .collect()
            }))
            .ok()
        })
        .collect();
    let mut records = Vec::with_capacity(outcomes.len());
    for (d, o) in docs.iter().zip(outcomes) {
        records.push(o.unwrap_or_else(|| {
            failed += 1;
            eprintln!(
                "sayso: {}: attribution failed (a bug: please report it)",
                d.origin
            );
            Vec::new()
        }));
    }
    let views: Vec<RenderDoc<'_>> = docs
        .iter()
        .zip(&records)
        .map(|(d, r)| RenderDoc {
            id: &d.id,
            text: &d.text,
            predicted: r,
            gold: None,
        })
        .collect();
    let title = match docs.as_slice() {
        [one] => format!("sayso: {}", one.id),
        _ => format!("sayso: {} documents", docs.len()),
    };
    let page = render(&views, &title);
    std::fs::write(&args.output, page)
        .with_context(|| format!("writing {}", args.output.display()))?;
    let quotes: usize = records.iter().map(Vec::len).sum();
    eprintln!(
        "sayso: wrote {} ({} document(s), {quotes} quotation(s))",
        args.output.display(),
        docs.len()
    );
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
