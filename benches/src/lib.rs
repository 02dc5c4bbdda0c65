//! Corpora for sayso's criterion benches (`benches/pipeline.rs`): real news text with known
//! provenance, loaded once, one entry per document.
//!
//! # Overview
//!
//! - [`Corpus`]: a named list of documents with their total size in bytes.
//! - [`corpora`]: every corpus present on this machine: the bundled `corpus/text/*.txt`, and the
//!   PolNeAR train texts when `../shared/datasets/polnear-v1.0.0` sits beside the workspace.
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

/// Every corpus present: the bundled one, then PolNeAR train when it is there. Empty corpora
/// are left out.
pub fn corpora() -> Vec<Corpus> {
    [
        ("bundled", bundled_dir()),
        ("polnear-train", polnear_train_dir()),
    ]
    .into_iter()
    .map(|(name, dir)| Corpus {
        name,
        docs: read_txt_dir(&dir),
    })
    .filter(|c| !c.docs.is_empty())
    .collect()
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
}
