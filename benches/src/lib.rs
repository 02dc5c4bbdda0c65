//! Corpora for sayso's criterion benches (`benches/pipeline.rs`): real news text with known
//! provenance, and generated documents that repeat one pattern, loaded once, one entry per
//! document.
//!
//! # Overview
//!
//! - [`Corpus`]: a named list of documents with their total size in bytes.
//! - [`corpora`]: every corpus present on this machine: the bundled `corpus/text/*.txt`, the
//!   PolNeAR train texts when `../shared/datasets/polnear-v1.0.0` sits beside the workspace, and
//!   [`repetitive`], generated documents that each repeat one pattern (a guard against look-ups
//!   whose cost grows with the document).
//!
//! ```
//! let corpora = sayso_benches::corpora();
//! let bundled = corpora.iter().find(|c| c.name == "bundled").expect("corpus/text is in the repo");
//! assert!(bundled.bytes() > 0);
//! assert_eq!(bundled.bytes(), bundled.docs.iter().map(|d| d.len() as u64).sum::<u64>());
//! ```
//!
//! # Design
//!
//! Documents stay separate (never glued into one string), because every stage works per
//! document and quotations never cross documents; throughput is the sum of their bytes.
//! Paths are found from this crate's manifest directory, so `cargo bench` works from any
//! directory of a fresh clone, and a missing PolNeAR is skipped rather than an error.
#![deny(missing_docs)]

use std::fs;
use std::path::{Path, PathBuf};

/// A named set of documents.
#[derive(Clone, Debug)]
pub struct Corpus {
    /// A short name used as the criterion benchmark id (`bundled`, `polnear-train`).
    pub name: &'static str,
    /// The documents' texts, in file-name order.
    pub docs: Vec<String>,
}

impl Corpus {
    /// The total size of the documents in bytes.
    pub fn bytes(&self) -> u64 {
        self.docs.iter().map(|d| d.len() as u64).sum()
    }
}

/// The workspace root (the directory holding `corpus/` and `benches/`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// The bundled corpus texts: `corpus/text` under the workspace root.
pub fn bundled_dir() -> PathBuf {
    workspace_root().join("corpus").join("text")
}

/// The PolNeAR train texts, `../shared/datasets/polnear-v1.0.0/data/train/text` from the
/// workspace root (never copied into the repository).
pub fn polnear_train_dir() -> PathBuf {
    workspace_root()
        .join("..")
        .join("shared")
        .join("datasets")
        .join("polnear-v1.0.0")
        .join("data")
        .join("train")
        .join("text")
}

/// Reads every `*.txt` directly under `dir`, sorted by file name. Unreadable or non-UTF-8 files
/// are skipped; a missing directory gives an empty list.
pub fn read_txt_dir(dir: &Path) -> Vec<String> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| fs::read_to_string(p).ok())
        .collect()
}

/// Every corpus present: the bundled one, then PolNeAR train when it is there, then
/// [`repetitive`]. Empty corpora are left out.
pub fn corpora() -> Vec<Corpus> {
    let mut found: Vec<Corpus> = [
        ("bundled", bundled_dir()),
        ("polnear-train", polnear_train_dir()),
    ]
    .into_iter()
    .map(|(name, dir)| Corpus {
        name,
        docs: read_txt_dir(&dir),
    })
    .filter(|c| !c.docs.is_empty())
    .collect();
    found.push(repetitive());
    found
}

/// Long documents that each repeat one attribution pattern thousands of times in a single
/// paragraph: a description of an organisation with no name to find, a pronoun after a
/// newcomer, a description kept unnamed, a statement, a family name alone with no fuller
/// name anywhere, a possessed document. A look-up whose cost grows with the
/// document rather than with a bounded window around each mention shows here as throughput
/// far below the news corpora's.
pub fn repetitive() -> Corpus {
    const PATTERNS: [&str; 6] = [
        "The company said it \u{201c}regrets\u{201d} the delay. ",
        "That matches the experience of Ines Bellwyn, who runs a shop. \u{201c}It is hard,\u{201d} she said. ",
        "The director of a gallery, who asked not to be named, said \u{201c}no\u{201d}. ",
        "In a statement, the ministry said it would \u{201c}review\u{201d} the case. ",
        "Quellmoor said \u{201c}yes.\u{201d} ",
        "According to her report, staff were \u{201c}ignored\u{201d}. ",
    ];
    Corpus {
        name: "repetitive",
        docs: PATTERNS.iter().map(|p| p.repeat(5_000)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_dir_reads_as_empty() {
        assert!(read_txt_dir(Path::new("/nonexistent/sayso/bench/dir")).is_empty());
    }

    #[test]
    fn bundled_corpus_is_found() {
        let c = corpora();
        assert_eq!(c.first().map(|c| c.name), Some("bundled"));
        assert!(c.iter().all(|c| !c.docs.is_empty()));
    }

    #[test]
    fn repetitive_documents_are_long_single_paragraphs() {
        let c = repetitive();
        assert_eq!(c.docs.len(), 6);
        for doc in &c.docs {
            assert!(doc.len() > 100_000, "{}", doc.len());
            assert!(!doc.contains('\n'));
        }
        assert_eq!(corpora().last().map(|c| c.name), Some("repetitive"));
    }
}
