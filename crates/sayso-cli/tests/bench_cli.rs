//! `sayso bench` end to end on a small corpus of its own: the table's shape, and that `--record`
//! appends exactly one well-formed CSV row per run. Speed is never asserted.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const STAGES: [&str; 5] = ["read", "tokenize", "attribute", "serialize", "end_to_end"];

mod common;

use common::Scratch as TempDir;

/// Three short made-up news items (one in a JSON Lines file) under `dir/corpus`.
fn write_corpus(dir: &Path) -> PathBuf {
    let corpus = dir.join("corpus");
    fs::create_dir_all(corpus.join("more")).unwrap();
    fs::write(
        corpus.join("harbour.txt"),
        "“The ferries will run again on Monday,” the harbour master, Ana Lindqvist, said.\n\n\
         She added that repairs to the pier had cost “far more than anyone expected.”\n",
    )
    .unwrap();
    fs::write(
        corpus.join("more").join("council.txt"),
        "The council voted 7-2 on Tuesday. “This is a good day for the town,” said Mayor Okafor.\n",
    )
    .unwrap();
    fs::write(
        corpus.join("wire.jsonl"),
        "{\"id\": \"w1\", \"text\": \"“No comment,” a spokesman told reporters.\"}\n",
    )
    .unwrap();
    corpus
}

/// Runs `sayso` in `dir`, so a default record path would land there.
fn sayso(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sayso"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("running sayso")
}

fn stdout_of(out: &Output) -> String {
    assert!(
        out.status.success(),
        "sayso bench failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(path)
        .unwrap();
    r.records()
        .map(|rec| rec.unwrap().iter().map(String::from).collect())
        .collect()
}

#[test]
fn table_has_one_row_per_stage_with_numbers() {
    let tmp = TempDir::new("table");
    let corpus = write_corpus(&tmp.0);
    let out = sayso(
        &tmp.0,
        &[
            "bench",
            "--no-record",
            "--repeat",
            "1",
            corpus.to_str().unwrap(),
        ],
    );
    let table = stdout_of(&out);
    assert!(table.contains("3 docs"), "three documents read:\n{table}");
    for stage in STAGES {
        let line = table
            .lines()
            .find(|l| l.split_whitespace().next() == Some(stage))
            .unwrap_or_else(|| panic!("no row for {stage}:\n{table}"));
        let figures: Vec<f64> = line
            .split_whitespace()
            .skip(1)
            .map(|f| {
                f.parse()
                    .unwrap_or_else(|_| panic!("not a number in {line:?}"))
            })
            .collect();
        assert_eq!(
            figures.len(),
            4,
            "MB/s and docs/s, 1 thread and all: {line:?}"
        );
        assert!(
            figures.iter().all(|f| f.is_finite() && *f > 0.0),
            "{line:?}"
        );
    }
    assert!(
        !tmp.0.join("benches").exists(),
        "--no-record writes nothing"
    );
}

#[test]
fn record_appends_exactly_one_row_per_run() {
    let tmp = TempDir::new("record");
    let corpus = write_corpus(&tmp.0);
    let record = tmp.0.join("record").join("bench.csv");
    let run = || {
        let out = sayso(
            &tmp.0,
            &[
                "bench",
                "--repeat",
                "1",
                "--record",
                record.to_str().unwrap(),
                corpus.to_str().unwrap(),
            ],
        );
        stdout_of(&out);
    };

    run();
    let rows = csv_rows(&record);
    assert_eq!(rows.len(), 2, "a header and one row");
    let header = &rows[0];
    for col in [
        "date", "hostname", "cpu", "cores", "commit", "corpus", "bytes", "docs",
    ] {
        assert!(
            header.iter().any(|h| h == col),
            "no {col} column: {header:?}"
        );
    }
    for stage in STAGES {
        assert!(
            header.iter().any(|h| h.starts_with(stage)),
            "no {stage} column"
        );
    }
    let row = &rows[1];
    assert_eq!(row.len(), header.len());
    let col = |name: &str| &row[header.iter().position(|h| h == name).unwrap()];
    let text_bytes: usize = [
        "“The ferries will run again on Monday,” the harbour master, Ana Lindqvist, said.\n\n\
         She added that repairs to the pier had cost “far more than anyone expected.”\n",
        "The council voted 7-2 on Tuesday. “This is a good day for the town,” said Mayor Okafor.\n",
        "“No comment,” a spokesman told reporters.",
    ]
    .iter()
    .map(|t| t.len())
    .sum();
    assert_eq!(col("bytes"), &text_bytes.to_string());
    assert_eq!(col("docs"), "3");
    let date = col("date");
    assert!(
        date.len() == 20 && date.ends_with('Z') && date.as_bytes()[10] == b'T',
        "{date}"
    );

    run();
    let rows = csv_rows(&record);
    assert_eq!(
        rows.len(),
        3,
        "the second run appends one row, no second header"
    );
    assert_eq!(&rows[0], header);
    assert!(rows.iter().all(|r| r.len() == header.len()));
}

#[test]
fn an_empty_corpus_is_an_error_not_a_panic() {
    let tmp = TempDir::new("empty");
    let out = sayso(
        &tmp.0,
        &[
            "bench",
            "--no-record",
            "--repeat",
            "1",
            tmp.0.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no documents"));
}

#[test]
fn the_default_record_is_benches_record_bench_csv_under_the_current_dir() {
    let tmp = TempDir::new("default");
    let corpus = write_corpus(&tmp.0);
    let out = sayso(
        &tmp.0,
        &["bench", "--repeat", "1", corpus.to_str().unwrap()],
    );
    stdout_of(&out);
    let rows = csv_rows(&tmp.0.join("benches").join("record").join("bench.csv"));
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].len(), rows[1].len());
}
