//! Reading documents: plain text files, directories of `*.txt`, JSON Lines of `{"id", "text"}`,
//! and stdin. (Simple first version; the extract work makes it streaming and robust.)

use std::fs;
use std::path::{Path, PathBuf};

use crate::args::InputFormat;

/// One input document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceDoc {
    /// The document id: file stem, or the `id` of a JSON line.
    pub id: String,
    /// Where it came from: a path, or `path:line` for a JSON line.
    pub origin: String,
    /// The text.
    pub text: String,
}

/// A document that could not be read, with where it came from and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocError {
    /// The document id when known.
    pub id: Option<String>,
    /// A path, or `path:line`.
    pub origin: String,
    /// Why it failed.
    pub reason: String,
}

/// Reads every document under `paths`, in order: one `Result` per document.
pub fn read_documents(paths: &[PathBuf], format: InputFormat) -> Vec<Result<SourceDoc, DocError>> {
    let mut out = Vec::new();
    for p in paths {
        read_path(p, format, &mut out);
    }
    out
}

fn read_path(p: &Path, format: InputFormat, out: &mut Vec<Result<SourceDoc, DocError>>) {
    let origin = p.display().to_string();
    if p.is_dir() {
        let mut entries: Vec<PathBuf> = match fs::read_dir(p) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                out.push(Err(DocError {
                    id: None,
                    origin,
                    reason: e.to_string(),
                }));
                return;
            }
        };
        entries.sort();
        for e in entries {
            if e.is_dir() || e.extension().is_some_and(|x| x == "txt") {
                read_path(&e, format, out);
            }
        }
        return;
    }
    let jsonl = format == InputFormat::Jsonl
        || (format == InputFormat::Auto && p.extension().is_some_and(|x| x == "jsonl"));
    match fs::read_to_string(p) {
        Err(e) => out.push(Err(DocError {
            id: None,
            origin,
            reason: e.to_string(),
        })),
        Ok(text) if jsonl => {
            for (n, line) in text.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                let origin = format!("{}:{}", p.display(), n + 1);
                let v: Result<serde_json::Value, _> = serde_json::from_str(line);
                match v {
                    Ok(v) => match (v.get("id"), v.get("text").and_then(|t| t.as_str())) {
                        (Some(id), Some(t)) => {
                            let id = id.as_str().map_or_else(|| id.to_string(), str::to_string);
                            out.push(Ok(SourceDoc {
                                id,
                                origin,
                                text: t.to_string(),
                            }))
                        }
                        _ => out.push(Err(DocError {
                            id: None,
                            origin,
                            reason: "missing \"id\" or \"text\"".into(),
                        })),
                    },
                    Err(e) => out.push(Err(DocError {
                        id: None,
                        origin,
                        reason: format!("malformed JSON: {e}"),
                    })),
                }
            }
        }
        Ok(text) => {
            let id = p
                .file_stem()
                .map_or_else(|| origin.clone(), |s| s.to_string_lossy().into_owned());
            out.push(Ok(SourceDoc { id, origin, text }))
        }
    }
}
