//! End-to-end tests of sayso over the bundled corpus and PolNeAR dev (in `tests/`), and the
//! committed quality baselines they are held to (`baseline/*.csv`).
//!
//! A baseline is a CSV of `metric,value` rows (higher is better). A figure more than
//! [`TOLERANCE`] below its baseline is a regression; more than [`TOLERANCE`] above it is an
//! improvement that must update the baseline in the same commit (`scripts/update-baselines`),
//! so the history of the CSVs is the history of the figures.
#![deny(missing_docs)]

use std::fs;
use std::path::{Path, PathBuf};

/// How far a figure may move from its baseline before the test fails.
pub const TOLERANCE: f64 = 0.0005;

/// The workspace root (the directory holding `corpus/` and `tests/`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from(".."), Path::to_path_buf)
}

/// The PolNeAR dataset beside the checkout (`../shared/datasets/polnear-v1.0.0`), never copied
/// into the repository.
pub fn polnear_root() -> PathBuf {
    workspace_root().join("../shared/datasets/polnear-v1.0.0")
}

/// Parses a baseline CSV (`metric,value` header, then one row per metric); `name` labels errors.
pub fn parse_baseline(src: &str, name: &str) -> Result<Vec<(String, f64)>, String> {
    let mut rows = Vec::new();
    for (n, line) in src.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || (n == 0 && line == "metric,value") {
            continue;
        }
        let parsed = line
            .split_once(',')
            .and_then(|(m, v)| Some((m.trim().to_string(), v.trim().parse::<f64>().ok()?)));
        match parsed {
            Some(row) => rows.push(row),
            None => {
                return Err(format!(
                    "{name}:{}: expected `metric,value`, got {line:?}",
                    n + 1
                ));
            }
        }
    }
    Ok(rows)
}

/// Every difference between `current` figures and `baseline` beyond [`TOLERANCE`], as
/// messages naming `file` (the baseline's path relative to the workspace root). Empty when
/// the figures hold.
pub fn compare(file: &str, baseline: &[(String, f64)], current: &[(String, f64)]) -> Vec<String> {
    let mut problems = Vec::new();
    for (metric, base) in baseline {
        match current.iter().find(|(m, _)| m == metric) {
            None => problems.push(format!(
                "{metric}: in the baseline but no longer measured: update {file} in the same commit"
            )),
            Some((_, now)) if *now < base - TOLERANCE => problems.push(format!(
                "regression: {metric} fell from {base:.4} to {now:.4} ({:+.4})",
                now - base
            )),
            Some((_, now)) if *now > base + TOLERANCE => problems.push(format!(
                "{metric} rose from {base:.4} to {now:.4} ({:+.4}): improvement: update {file} in the same commit",
                now - base
            )),
            Some(_) => {}
        }
    }
    for (metric, now) in current {
        if !baseline.iter().any(|(m, _)| m == metric) {
            problems.push(format!(
                "{metric} = {now:.4} is new: update {file} in the same commit"
            ));
        }
    }
    problems
}

/// Compares `current` with the committed `tests/baseline/NAME.csv`, panicking with every
/// difference (and how to update the baseline) when there is any.
pub fn assert_baseline(name: &str, current: &[(String, f64)]) {
    let file = format!("tests/baseline/{name}.csv");
    let path = workspace_root().join(&file);
    let src = fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (create it with scripts/update-baselines)",
            path.display()
        )
    });
    let baseline = parse_baseline(&src, &file).unwrap_or_else(|e| panic!("{e}"));
    let problems = compare(&file, &baseline, current);
    assert!(
        problems.is_empty(),
        "{} figure(s) differ from {file} (regenerate with scripts/update-baselines):\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(r: &[(&str, f64)]) -> Vec<(String, f64)> {
        r.iter().map(|(m, v)| (m.to_string(), *v)).collect()
    }

    #[test]
    fn parses_rows_and_reports_bad_lines() {
        let b = parse_baseline("metric,value\nquote.p,0.5\n\nquote.r,0.25\n", "b.csv").unwrap();
        assert_eq!(b, rows(&[("quote.p", 0.5), ("quote.r", 0.25)]));
        let e = parse_baseline("metric,value\nquote.p,high\n", "b.csv").unwrap_err();
        assert!(e.starts_with("b.csv:2:"), "{e}");
    }

    #[test]
    fn within_tolerance_holds() {
        let base = rows(&[("a", 0.5), ("b", 0.25)]);
        assert!(compare("x.csv", &base, &rows(&[("a", 0.5004), ("b", 0.2496)])).is_empty());
    }

    #[test]
    fn drops_and_rises_both_fail() {
        let base = rows(&[("a", 0.5), ("b", 0.25)]);
        let p = compare("x.csv", &base, &rows(&[("a", 0.49), ("b", 0.26)]));
        assert_eq!(p.len(), 2);
        assert!(p[0].starts_with("regression: a"), "{}", p[0]);
        assert!(
            p[1].contains("improvement: update x.csv in the same commit"),
            "{}",
            p[1]
        );
    }

    #[test]
    fn missing_and_new_metrics_fail() {
        let p = compare("x.csv", &rows(&[("a", 0.5)]), &rows(&[("b", 0.5)]));
        assert_eq!(p.len(), 2);
        assert!(p.iter().all(|m| m.contains("update x.csv")));
    }
}
