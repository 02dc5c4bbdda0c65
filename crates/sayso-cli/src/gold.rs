//! The bundled corpus: texts with hand-labelled gold quotations (`corpus/README.md` documents
//! the format).
//!
//! A corpus directory holds `text/NAME.txt` and `gold/NAME.jsonl`; each gold line is
//!
//! ```json
//! {"doc": "NAME", "quote": {"start": 436, "end": 512, "text": "“…”"},
//!  "speaker": "an official in Seoul" | null, "aliases": ["official in Seoul"],
//!  "mention": {"start": 363, "end": 383, "text": "An official in Seoul"} | null,
//!  "cue": {"start": 384, "end": 388, "text": "said"} | null, "kind": "direct" | "partial"}
//! ```
//!
//! with UTF-8 byte offsets into the text, half-open. Loading checks every span against its text
//! and reports problems as `file:line: …`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use sayso_attribution::Span;
use serde::Deserialize;

use crate::html::GoldSpan;
use crate::report::TextSpan;

/// One gold quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldQuote {
    /// The document id (the text file's stem).
    pub doc: String,
    /// The quotation, marks included.
    pub quote: Span,
    /// The canonical speaker; `None` when nobody can be named.
    pub speaker: Option<String>,
    /// Other names that count as the right speaker.
    pub aliases: Vec<String>,
    /// The speaker mention tied to the quotation, if any.
    pub mention: Option<Span>,
    /// The cue, if any.
    pub cue: Option<Span>,
    /// `"direct"` or `"partial"`.
    pub kind: String,
}

impl GoldQuote {
    /// The quotation as the HTML view draws gold.
    pub fn to_gold_span(&self) -> GoldSpan {
        GoldSpan {
            quote: self.quote,
            speaker: self.speaker.clone(),
            mention: self.mention,
            cue: self.cue,
        }
    }
}

/// One corpus document and its gold quotations (in text order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorpusDoc {
    /// The document id.
    pub id: String,
    /// The text.
    pub text: String,
    /// The gold quotations.
    pub gold: Vec<GoldQuote>,
}

#[derive(Deserialize)]
struct RawGold {
    doc: String,
    quote: TextSpan,
    #[serde(default)]
    speaker: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    mention: Option<TextSpan>,
    #[serde(default)]
    cue: Option<TextSpan>,
    #[serde(default = "direct")]
    kind: String,
}

fn direct() -> String {
    "direct".to_string()
}

/// Parses a gold JSON Lines source; `name` labels errors (`name:line: …`). Spans are not yet
/// checked against any text (see [`check`]).
pub fn parse_gold(src: &str, name: &str) -> anyhow::Result<Vec<(usize, GoldQuote)>> {
    let mut out = Vec::new();
    for (n, line) in src.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let raw: RawGold = serde_json::from_str(line)
            .with_context(|| format!("{name}:{}: bad gold record", n + 1))?;
        if raw.kind != "direct" && raw.kind != "partial" {
            bail!(
                "{name}:{}: kind {:?} is not \"direct\" or \"partial\"",
                n + 1,
                raw.kind
            );
        }
        out.push((
            n + 1,
            GoldQuote {
                doc: raw.doc,
                quote: checked_span(&raw.quote, name, n + 1, "quote")?,
                speaker: raw.speaker,
                aliases: raw.aliases,
                mention: raw
                    .mention
                    .as_ref()
                    .map(|m| checked_span(m, name, n + 1, "mention"))
                    .transpose()?,
                cue: raw
                    .cue
                    .as_ref()
                    .map(|c| checked_span(c, name, n + 1, "cue"))
                    .transpose()?,
                kind: raw.kind,
            },
        ));
    }
    Ok(out)
}

fn checked_span(t: &TextSpan, name: &str, line: usize, what: &str) -> anyhow::Result<Span> {
    if t.start > t.end {
        bail!(
            "{name}:{line}: {what} span {}..{} is inverted",
            t.start,
            t.end
        );
    }
    Ok(t.span())
}

/// Checks that the spans of `g` (read from `name:line`) slice `text` on character boundaries.
/// The `text` fields are informative and not compared, so a typo there does not stop scoring.
pub fn check(g: &GoldQuote, text: &str, name: &str, line: usize) -> anyhow::Result<()> {
    for (what, span) in [
        ("quote", Some(g.quote)),
        ("mention", g.mention),
        ("cue", g.cue),
    ] {
        if let Some(s) = span {
            if text.get(s.start..s.end).is_none() {
                bail!(
                    "{name}:{line}: {what} {s:?} is outside the text of {:?} ({} bytes) or not on character boundaries",
                    g.doc,
                    text.len()
                );
            }
        }
    }
    Ok(())
}

/// The corpus directory `sayso eval` uses when given none: `./corpus`, else the `corpus/`
/// directory of the workspace the binary was built from.
pub fn default_corpus_dir() -> PathBuf {
    let here = PathBuf::from("corpus");
    if here.join("text").is_dir() {
        return here;
    }
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("..")
        .join("corpus")
}

/// Loads the documents to score. `paths` are corpus directories (holding `text/` and `gold/`)
/// or text files; empty means [`default_corpus_dir`]. With `gold`, every document's gold comes
/// from that one file; without it, from `gold/NAME.jsonl` beside `text/`.
pub fn load_corpus(paths: &[PathBuf], gold: Option<&Path>) -> anyhow::Result<Vec<CorpusDoc>> {
    let default = [default_corpus_dir()];
    let paths = if paths.is_empty() {
        &default[..]
    } else {
        paths
    };
    let mut texts: Vec<PathBuf> = Vec::new();
    for p in paths {
        if p.is_dir() {
            let dir = if p.join("text").is_dir() {
                p.join("text")
            } else {
                p.clone()
            };
            let mut found: Vec<PathBuf> = fs::read_dir(&dir)
                .with_context(|| format!("reading {}", dir.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.is_file() && f.extension().is_some_and(|x| x == "txt"))
                .collect();
            found.sort();
            if found.is_empty() {
                bail!("{}: no .txt files", dir.display());
            }
            texts.extend(found);
        } else if p.is_file() {
            texts.push(p.clone());
        } else {
            bail!("{}: no such file or directory", p.display());
        }
    }
    let shared: Option<BTreeMap<String, Vec<(usize, GoldQuote)>>> = match gold {
        Some(g) => {
            let src =
                fs::read_to_string(g).with_context(|| format!("reading gold {}", g.display()))?;
            let mut by_doc: BTreeMap<String, Vec<(usize, GoldQuote)>> = BTreeMap::new();
            for (line, q) in parse_gold(&src, &g.display().to_string())? {
                by_doc.entry(q.doc.clone()).or_default().push((line, q));
            }
            Some(by_doc)
        }
        None => None,
    };
    let mut docs = Vec::new();
    for path in &texts {
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text =
            fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let (gold_name, records) = match &shared {
            Some(by_doc) => (
                gold.map(|g| g.display().to_string()).unwrap_or_default(),
                by_doc.get(&id).cloned().unwrap_or_default(),
            ),
            None => {
                let gpath = gold_beside(path, &id);
                let src = fs::read_to_string(&gpath).with_context(|| {
                    format!(
                        "{}: no gold {} (pass --gold FILE)",
                        path.display(),
                        gpath.display()
                    )
                })?;
                let name = gpath.display().to_string();
                (name.clone(), parse_gold(&src, &name)?)
            }
        };
        let mut gold_quotes = Vec::new();
        for (line, q) in records {
            if q.doc != id {
                bail!(
                    "{gold_name}:{line}: doc {:?} but the file is for {id:?}",
                    q.doc
                );
            }
            check(&q, &text, &gold_name, line)?;
            gold_quotes.push(q);
        }
        gold_quotes.sort_by_key(|q| q.quote);
        docs.push(CorpusDoc {
            id,
            text,
            gold: gold_quotes,
        });
    }
    if let Some(by_doc) = &shared {
        let unknown: Vec<&String> = by_doc
            .keys()
            .filter(|d| !docs.iter().any(|doc| &doc.id == *d))
            .collect();
        if !unknown.is_empty() {
            bail!(
                "{}: gold for documents not given: {unknown:?}",
                gold.map(|g| g.display().to_string()).unwrap_or_default()
            );
        }
    }
    Ok(docs)
}

/// `DIR/gold/ID.jsonl` for `DIR/text/ID.txt`.
fn gold_beside(text: &Path, id: &str) -> PathBuf {
    let dir = text.parent().unwrap_or(Path::new("."));
    let root = if dir.file_name().is_some_and(|n| n == "text") {
        dir.parent().unwrap_or(Path::new("."))
    } else {
        dir
    };
    root.join("gold").join(format!("{id}.jsonl"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINE: &str = r#"{"doc": "d", "quote": {"start": 4, "end": 12, "text": "“hi”"}, "speaker": "Kim", "aliases": [], "mention": {"start": 13, "end": 16, "text": "Kim"}, "cue": null, "kind": "direct"}"#;

    #[test]
    fn parses_a_record() {
        let g = parse_gold(&format!("\n{LINE}\n"), "g.jsonl").unwrap();
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].0, 2);
        assert_eq!(g[0].1.quote, Span::new(4, 12));
        assert_eq!(g[0].1.mention, Some(Span::new(13, 16)));
        assert_eq!(g[0].1.cue, None);
    }

    #[test]
    fn errors_name_file_and_line() {
        let bad = LINE.replace("\"direct\"", "\"indirect\"");
        let e = parse_gold(&format!("{LINE}\n{bad}\n"), "g.jsonl").unwrap_err();
        assert!(format!("{e:#}").starts_with("g.jsonl:2:"), "{e:#}");
        let e = parse_gold("{\"doc\": 1}", "g.jsonl").unwrap_err();
        assert!(format!("{e:#}").starts_with("g.jsonl:1:"), "{e:#}");
    }

    #[test]
    fn spans_must_sit_on_char_boundaries() {
        let g = &parse_gold(LINE, "g").unwrap()[0].1;
        // “ is three bytes: in the second text byte 4 is inside it.
        assert!(check(g, "abc “hi” Kim", "g", 1).is_ok());
        assert!(check(g, "ab “hi” Kim.", "g", 1).is_err());
        assert!(check(g, "abc", "g", 1).is_err());
    }
}
