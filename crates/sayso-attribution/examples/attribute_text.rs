//! Attribute the quotations of one text file (or of stdin) with the default cascade and the
//! embedded lexicon, one line per quotation:
//!
//! ```text
//! quote | speaker | cue | sieve | confidence
//! ```
//!
//! A missing speaker or cue prints as `-`; line breaks inside a quotation print as spaces so
//! that each attribution stays on one line.
//!
//! Run it with:
//!
//! ```sh
//! cargo run -p sayso-attribution --example attribute_text -- article.txt
//! echo '“It works,” the engineer said.' | cargo run -p sayso-attribution --example attribute_text
//! ```

use std::io::{self, Read, Write};
use std::process::ExitCode;

use sayso_attribution::Attributor;

fn main() -> ExitCode {
    let mut text = String::new();
    let read = match std::env::args_os().nth(1) {
        Some(path) if path != "-" => std::fs::read_to_string(&path)
            .map(|t| text = t)
            .map_err(|e| format!("{}: {e}", path.to_string_lossy())),
        _ => io::stdin()
            .read_to_string(&mut text)
            .map(drop)
            .map_err(|e| format!("stdin: {e}")),
    };
    if let Err(e) = read {
        eprintln!("attribute_text: {e}");
        return ExitCode::from(2);
    }

    // `Span` indexes `str` (not `String`), so slice through a `&str`.
    let text = text.as_str();
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = io::stdout().lock();
    for a in Attributor::default().attribute(text) {
        let speaker = a.speaker.as_ref().map_or("-", |s| s.name.as_str());
        let cue = a.cue.map_or("-", |c| &text[c]);
        let line = format!(
            "{} | {} | {} | {} | {:.2}",
            one_line(&text[a.quote.span]),
            one_line(speaker),
            one_line(cue),
            a.sieve,
            a.confidence
        );
        // A closed pipe (`| head`) ends the output quietly.
        if writeln!(out, "{line}").is_err() {
            break;
        }
    }
    ExitCode::SUCCESS
}
