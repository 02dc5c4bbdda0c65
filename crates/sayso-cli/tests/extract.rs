//! `sayso extract` end to end: the real binary on real temporary files, good and hostile.
//!
//! Attribution is still being written, so these tests assert what the command itself owns:
//! document ids, quotation spans (checked against the original bytes and against the library
//! run directly), counts, order, error records and exit codes; never speakers.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};

use sayso_attribution::Attributor;
use sayso_cli::report::Record;
use serde_json::Value;

mod common;

use common::{BIN, Run, Scratch};

/// The `--stats` figures of a run.
trait Stats {
    fn stats(&self) -> BTreeMap<String, f64>;
}

impl Stats for Run {
    /// The `--stats` figures by name.
    fn stats(&self) -> BTreeMap<String, f64> {
        let line = self
            .stderr
            .lines()
            .find(|l| l.starts_with("sayso: stats:"))
            .unwrap_or_else(|| panic!("no stats line in {:?}", self.stderr));
        line["sayso: stats:".len()..]
            .split_whitespace()
            .map(|kv| {
                let (k, v) = kv.split_once('=').unwrap();
                (k.to_string(), v.parse().unwrap())
            })
            .collect()
    }
}

fn sayso(args: &[&str], stdin: Option<&[u8]>) -> Run {
    common::sayso_in(args, stdin, None)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// What the library itself says about `text` as document `id`: the reference for the CLI.
fn expected(id: &str, text: &str) -> Vec<Record> {
    Attributor::default()
        .attribute(text)
        .iter()
        .map(|a| Record::new(id, text, a))
        .collect()
}

/// The error records of an `--errors` file.
fn error_records(path: &Path) -> Vec<Value> {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// "origin reason" of each error record.
fn origins_and_reasons(errs: &[Value]) -> Vec<String> {
    errs.iter()
        .map(|e| {
            format!(
                "{} {}",
                e["origin"].as_str().unwrap(),
                e["reason"].as_str().unwrap()
            )
        })
        .collect()
}

/// A text with `n` quotations in curly marks set off by spaces.
fn text_with_quotes(n: usize, salt: usize) -> String {
    let mut t = format!("Report {salt}.");
    for i in 0..n {
        t.push_str(&format!(
            " Official {i} said “ we will act {salt} ” on Monday."
        ));
    }
    t
}

#[test]
fn offsets_index_the_original_bytes_with_bom_and_crlf() {
    let dir = Scratch::new("bom");
    let text = "\u{FEFF}First line.\r\nKim said “ we will respond ” today.\r\n";
    let p = dir.file("bom-crlf.txt", text);
    let run = sayso(&["extract", s(&p)], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let records = run.records();
    assert_eq!(records.len(), 1);
    let r = &records[0];
    assert_eq!(r.doc, "bom-crlf");
    assert_eq!(r.quote.start, text.find('“').unwrap());
    assert_eq!(&text[r.quote.start..r.quote.end], "“ we will respond ”");
    assert_eq!(r.quote.text, "“ we will respond ”");
    assert_eq!(records, expected("bom-crlf", text));
}

#[test]
fn invalid_utf8_names_the_byte_or_is_replaced_with_lossy() {
    let dir = Scratch::new("utf8");
    let p = dir.file(
        "bad.txt",
        b"Kim \xE2\x80 said \xE2\x80\x9C yes \xE2\x80\x9D .".as_slice(),
    );
    let run = sayso(&["extract", s(&p)], None);
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr.contains("bad.txt: invalid UTF-8 at byte 4"),
        "{}",
        run.stderr
    );

    let run = sayso(&["extract", "--lossy", s(&p)], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let repaired = String::from_utf8_lossy(&fs::read(&p).unwrap()).into_owned();
    assert_eq!(run.records(), expected("bad", &repaired));
    assert_eq!(run.records()[0].quote.text, "“ yes ”");
}

#[test]
fn binary_files_are_skipped_with_a_reason() {
    let dir = Scratch::new("binary");
    let p = dir.file(
        "blob.txt",
        b"\x7fELF\x00\x01 \xE2\x80\x9C not text \xE2\x80\x9D ".as_slice(),
    );
    let good = dir.file("good.txt", "He said “ fine fine ” .");
    let run = sayso(&["extract", s(&p), s(&good)], None);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("blob.txt: binary data (NUL byte at offset 4)")
    );
    assert_eq!(run.records(), expected("good", "He said “ fine fine ” ."));
}

#[test]
fn empty_files_and_texts_are_processed_not_errors() {
    let dir = Scratch::new("empty");
    let a = dir.file("empty.txt", "");
    let b = dir.file("docs.jsonl", "{\"id\": \"e\", \"text\": \"\"}\n\n   \n");
    let run = sayso(&["extract", "--stats", s(&a), s(&b)], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.is_empty());
    let stats = run.stats();
    assert_eq!(stats["read"], 2.0, "blank JSON lines are not documents");
    assert_eq!(stats["processed"], 2.0);
    assert_eq!(stats["quotations"], 0.0);
}

#[test]
fn bad_json_lines_get_error_records_and_the_rest_go_on() {
    let dir = Scratch::new("jsonl");
    let lines = [
        r#"{"id": "a", "text": "One said “ first first ” ."}"#,
        r#"{"id": "b", "text": "unterminated"#,
        r#"{"text": "no id here"}"#,
        r#"{"id": "c"}"#,
        r#"{"id": null, "text": "null id"}"#,
        r#"[1, 2]"#,
        r#"{"id": 42, "text": "Two said “ second second ” ."}"#,
        r#"{"id": "d", "text": 7}"#,
    ];
    let p = dir.file("docs.jsonl", lines.join("\n"));
    let errors = dir.path("errors.jsonl");
    let run = sayso(&["extract", "--errors", s(&errors), s(&p)], None);
    assert_eq!(run.code, 1);
    let mut want = expected("a", "One said “ first first ” .");
    want.extend(expected("42", "Two said “ second second ” ."));
    assert_eq!(run.records(), want);
    assert_eq!(want.len(), 2);

    let errs = error_records(&errors);
    let origins: Vec<&str> = errs.iter().map(|e| e["origin"].as_str().unwrap()).collect();
    let origin = |n: usize| format!("{}:{n}", p.display());
    assert_eq!(
        origins,
        [2, 3, 4, 5, 6, 8]
            .map(origin)
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
    );
    assert_eq!(errs[2]["doc"], "c", "the id is given when known");
    assert_eq!(errs[0]["doc"], Value::Null);
    assert!(
        errs[0]["reason"]
            .as_str()
            .unwrap()
            .contains("malformed JSON")
    );
    assert!(
        errs[2]["reason"]
            .as_str()
            .unwrap()
            .contains("missing \"text\"")
    );
    assert!(
        run.stderr.contains("6 document(s) failed"),
        "{}",
        run.stderr
    );
}

#[test]
fn duplicate_ids_are_both_processed_with_a_warning() {
    let dir = Scratch::new("dup");
    let p = dir.file(
        "dup.jsonl",
        "{\"id\": \"x\", \"text\": \"A “ one one ” .\"}\n{\"id\": \"x\", \"text\": \"B “ two two ” .\"}\n",
    );
    let run = sayso(&["extract", s(&p)], None);
    assert_eq!(run.code, 0);
    let records = run.records();
    assert_eq!(records.len(), 2);
    assert!(records.iter().all(|r| r.doc == "x"));
    assert!(
        run.stderr.contains(":2: duplicate id \"x\""),
        "{}",
        run.stderr
    );
}

#[test]
fn a_missing_path_fails_one_document_and_the_others_go_on() {
    let dir = Scratch::new("missing");
    let good = dir.file("good.txt", "X said “ here here ” .");
    let gone = dir.path("gone.txt");
    let run = sayso(&["extract", "--stats", s(&gone), s(&good)], None);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("gone.txt: No such file or directory"));
    assert_eq!(run.records(), expected("good", "X said “ here here ” ."));
    let stats = run.stats();
    assert_eq!(
        (stats["read"], stats["processed"], stats["failed"]),
        (2.0, 1.0, 1.0)
    );
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_dangling_links_are_reported_not_followed() {
    use std::os::unix::fs::symlink;
    let dir = Scratch::new("loops");
    dir.file("tree/a.txt", "A “ one one ” .");
    dir.file("tree/sub/b.txt", "B “ two two ” .");
    symlink("..", dir.path("tree/sub/up")).unwrap();
    symlink("nowhere.txt", dir.path("tree/dangling.txt")).unwrap();
    symlink("self.txt", dir.path("tree/self.txt")).unwrap();
    let errors = dir.path("errors.jsonl");
    let run = sayso(
        &["extract", "--errors", s(&errors), s(&dir.path("tree"))],
        None,
    );
    assert_eq!(run.code, 1);
    let docs: Vec<String> = run.records().into_iter().map(|r| r.doc).collect();
    // tree/sub/up leads back to tree, which is being walked: reported, not entered.
    assert_eq!(docs, ["a", "b"]);
    let errs = error_records(&errors);
    let reasons = origins_and_reasons(&errs);
    assert!(
        reasons.iter().any(|r| r.contains("dangling.txt")),
        "{reasons:?}"
    );
    assert!(
        reasons.iter().any(|r| r.contains("self.txt")),
        "{reasons:?}"
    );
    assert!(
        reasons.iter().any(|r| r.contains("symlink loop")),
        "{reasons:?}"
    );
}

#[test]
fn directories_are_walked_in_sorted_order_for_txt_only() {
    let dir = Scratch::new("walk");
    dir.file("d/b.txt", "B “ b b ” .");
    dir.file("d/a/z.txt", "Z “ z z ” .");
    dir.file("d/c.txt", "C “ c c ” .");
    dir.file("d/notes.md", "M “ m m ” .");
    dir.file("d/more.jsonl", "{\"id\": \"j\", \"text\": \"J “ j j ” .\"}");
    let run = sayso(&["extract", s(&dir.path("d"))], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let docs: Vec<String> = run.records().into_iter().map(|r| r.doc).collect();
    assert_eq!(docs, ["z", "b", "c"]);
}

#[cfg(unix)]
#[test]
fn unreadable_files_and_directories_are_failed_documents() {
    use std::os::unix::fs::PermissionsExt;
    let dir = Scratch::new("perm");
    let f = dir.file("d/locked.txt", "L “ l l ” .");
    dir.file("d/shut/inner.txt", "I “ i i ” .");
    dir.file("d/ok.txt", "O “ o o ” .");
    fs::set_permissions(&f, fs::Permissions::from_mode(0o000)).unwrap();
    fs::set_permissions(dir.path("d/shut"), fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&f).is_ok() {
        // Running as root: permissions do not bind, nothing to test.
        fs::set_permissions(dir.path("d/shut"), fs::Permissions::from_mode(0o755)).unwrap();
        return;
    }
    let run = sayso(&["extract", s(&dir.path("d"))], None);
    fs::set_permissions(dir.path("d/shut"), fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("locked.txt: Permission denied"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("shut: Permission denied"),
        "{}",
        run.stderr
    );
    assert_eq!(run.records(), expected("ok", "O “ o o ” ."));
}

#[test]
fn documents_over_max_bytes_are_skipped_unread() {
    let dir = Scratch::new("max");
    let big = dir.file("big.txt", text_with_quotes(50, 1));
    let small = dir.file("small.txt", "S “ s s ” .");
    let long_line = format!(
        "{{\"id\": \"long\", \"text\": {:?}}}\n{{\"id\": \"short\", \"text\": \"T “ t t ” .\"}}\n",
        text_with_quotes(50, 2)
    );
    let lines = dir.file("lines.jsonl", long_line);
    let run = sayso(
        &[
            "extract",
            "--max-bytes",
            "1000",
            s(&big),
            s(&small),
            s(&lines),
        ],
        None,
    );
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("big.txt: "), "{}", run.stderr);
    assert!(
        run.stderr.contains("over --max-bytes 1000"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("lines.jsonl:1: line of"),
        "{}",
        run.stderr
    );
    let docs: Vec<String> = run.records().into_iter().map(|r| r.doc).collect();
    assert_eq!(docs, ["small", "short"]);
}

#[test]
fn stdin_text_jsonl_and_an_early_end() {
    let text = "Kim said “ from stdin ” .";
    let run = sayso(&["extract"], Some(text.as_bytes()));
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.records(), expected("stdin", text));

    let run = sayso(&["extract", "-"], Some(text.as_bytes()));
    assert_eq!(run.records(), expected("stdin", text));

    // The input stops in the middle of its second line.
    let lines = "{\"id\": \"a\", \"text\": \"A “ a a ” .\"}\n{\"id\": \"b\", \"te";
    let run = sayso(
        &["extract", "--input", "jsonl", "-"],
        Some(lines.as_bytes()),
    );
    assert_eq!(run.code, 1);
    assert_eq!(run.records(), expected("a", "A “ a a ” ."));
    assert!(
        run.stderr.contains("<stdin>:2: malformed JSON"),
        "{}",
        run.stderr
    );
}

/// A hostile mix (bad files, bad lines, loops, empties) gives exactly the records of a clean run
/// over its good documents, names every bad one, and the stats add up.
#[cfg(unix)]
#[test]
fn a_hostile_mix_matches_a_clean_run_of_the_good_documents() {
    use std::os::unix::fs::symlink;
    let dir = Scratch::new("hostile");
    let mut good_lines = Vec::new();
    let mut mixed_lines = Vec::new();
    for i in 0..40 {
        let line = serde_json::json!({"id": format!("j{i}"), "text": text_with_quotes(i % 4, i)});
        good_lines.push(line.to_string());
        mixed_lines.push(line.to_string());
        match i % 10 {
            3 => mixed_lines.push("{\"id\": \"broken\", ".into()),
            5 => mixed_lines.push("{\"id\": \"notext\"}".into()),
            7 => mixed_lines.push("\u{0}\u{1}garbage".into()),
            _ => {}
        }
    }
    for i in 0..12 {
        let t = text_with_quotes(i % 3 + 1, 100 + i);
        dir.file(&format!("good/d{i:02}.txt"), &t);
        dir.file(&format!("mixed/d{i:02}.txt"), &t);
    }
    dir.file("good/empty.txt", "");
    dir.file("mixed/empty.txt", "");
    dir.file("mixed/bin.txt", b"abc\x00def".as_slice());
    dir.file(
        "mixed/latin1.txt",
        b"caf\xe9 \xE2\x80\x9C x \xE2\x80\x9D .".as_slice(),
    );
    symlink(".", dir.path("mixed/loop")).unwrap();
    symlink("missing.txt", dir.path("mixed/dead.txt")).unwrap();
    let mut mixed_bytes = mixed_lines.join("\n").into_bytes();
    mixed_bytes.extend_from_slice(b"\n{\"id\": \"bad-utf8\", \"text\": \"\xff\"}\n");
    let good_jsonl = dir.file("good.jsonl", good_lines.join("\n"));
    let mixed_jsonl = dir.file("mixed.jsonl", mixed_bytes);

    let clean = sayso(
        &["extract", "--stats", s(&dir.path("good")), s(&good_jsonl)],
        None,
    );
    assert_eq!(clean.code, 0, "{}", clean.stderr);
    let errors = dir.path("errors.jsonl");
    let run = sayso(
        &[
            "extract",
            "-j",
            "2",
            "--stats",
            "--errors",
            s(&errors),
            s(&dir.path("mixed")),
            s(&mixed_jsonl),
        ],
        None,
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(!clean.records().is_empty());
    assert_eq!(run.records(), clean.records());

    let errs = error_records(&errors);
    let named = |needle: &str| {
        errs.iter()
            .any(|e| e["origin"].as_str().unwrap().contains(needle) && e["reason"].is_string())
    };
    for bad in ["bin.txt", "latin1.txt", "dead.txt", "loop"] {
        assert!(named(bad), "{bad} not reported: {errs:?}");
    }
    let jsonl_errors = errs
        .iter()
        .filter(|e| e["origin"].as_str().unwrap().contains("mixed.jsonl:"))
        .count();
    assert_eq!(jsonl_errors, 4 + 4 + 4 + 1);

    let stats = run.stats();
    let clean_stats = clean.stats();
    assert_eq!(stats["read"], stats["processed"] + stats["failed"]);
    assert_eq!(stats["failed"], errs.len() as f64);
    assert_eq!(stats["processed"], clean_stats["processed"]);
    assert_eq!(stats["quotations"], run.records().len() as f64);
    assert_eq!(stats["bytes"], clean_stats["bytes"]);
}

/// Degenerate and large documents (a BOM with CRLF, 100,000 quotation marks, a megabyte-long
/// paragraph with no punctuation, a JSON line of over a megabyte, a duplicate id) among bad
/// ones: each good document gives exactly what the library gives it alone, each bad one is
/// named with its reason, and the stats add up.
#[test]
fn degenerate_and_huge_documents_among_bad_ones_match_the_library() {
    let dir = Scratch::new("degenerate");
    let words = [
        "the", "council", "met", "Ana", "Novak", "said", "again", "we",
    ];
    let mut no_punct = String::new();
    let mut i = 0usize;
    while no_punct.len() < 1_000_000 {
        no_punct.push_str(words[i * 7 % words.len()]);
        no_punct.push(' ');
        i += 1;
    }
    let files: Vec<(&str, String)> = vec![
        (
            "a-bom-crlf",
            "\u{FEFF}Ana Novak spoke.\r\n\r\n“We will vote,” she said.\r\n“Soon,” said Novak.\r\n"
                .into(),
        ),
        ("b-straight-marks", "\"".repeat(100_000)),
        ("c-mixed-marks", "“”‘’«»„'\"".repeat(100_000 / 9)),
        ("d-no-punctuation", no_punct),
        ("e-good", text_with_quotes(3, 1)),
    ];
    for (stem, text) in &files {
        dir.file(&format!("mixed/{stem}.txt"), text);
    }
    dir.file(
        "mixed/f-nul.txt",
        b"\xE2\x80\x9C a \x00 b \xE2\x80\x9D".as_slice(),
    );
    dir.file(
        "mixed/g-latin1.txt",
        b"caf\xe9 said \xe2\x80\x9c x x \xe2\x80\x9d".as_slice(),
    );

    let huge = text_with_quotes(20_000, 2);
    assert!(huge.len() > 1_000_000);
    let lines: Vec<(&str, String)> = vec![
        ("huge", huge),
        ("dup", "Lee said “ first of two ” .".into()),
        ("dup", "Lee said “ second of two ” .".into()),
    ];
    let mut jsonl = Vec::new();
    for (id, text) in &lines {
        jsonl.push(serde_json::json!({"id": id, "text": text}).to_string());
        jsonl.push(format!(
            "{{\"id\": {id:?}, \"text\": [\"not\", \"a string\"]}}"
        ));
        jsonl.push("{\"text\": \"no id\"}".into());
    }
    let jsonl_path = dir.file("mixed.jsonl", jsonl.join("\n"));

    let errors = dir.path("errors.jsonl");
    let run = sayso(
        &[
            "extract",
            "--stats",
            "--errors",
            s(&errors),
            s(&dir.path("mixed")),
            s(&jsonl_path),
        ],
        None,
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    let mut want = Vec::new();
    for (id, text) in files.iter().chain(&lines) {
        want.extend(expected(id, text));
    }
    assert!(want.iter().any(|r| r.doc == "a-bom-crlf"));
    assert!(want.iter().filter(|r| r.doc == "huge").count() >= 20_000);
    assert_eq!(run.records(), want);
    assert!(
        run.stderr.contains("mixed.jsonl:7: duplicate id \"dup\""),
        "{}",
        run.stderr
    );

    let errs = error_records(&errors);
    let reasons = origins_and_reasons(&errs);
    for (origin, reason) in [
        ("f-nul.txt", "binary data"),
        ("g-latin1.txt", "invalid UTF-8"),
        ("mixed.jsonl:2", "\"text\" is not a string"),
        ("mixed.jsonl:3", "missing \"id\""),
        ("mixed.jsonl:5", "\"text\" is not a string"),
        ("mixed.jsonl:6", "missing \"id\""),
        ("mixed.jsonl:8", "\"text\" is not a string"),
        ("mixed.jsonl:9", "missing \"id\""),
    ] {
        assert!(
            reasons
                .iter()
                .any(|r| r.contains(origin) && r.contains(reason)),
            "{origin}: {reason} not reported: {reasons:?}"
        );
    }
    assert_eq!(errs.len(), 8, "{reasons:?}");

    let stats = run.stats();
    assert_eq!(stats["read"], stats["processed"] + stats["failed"]);
    assert_eq!(
        (stats["read"], stats["processed"], stats["failed"]),
        (16.0, 8.0, 8.0)
    );
    assert_eq!(stats["quotations"], want.len() as f64);
    let bytes: usize = files.iter().chain(&lines).map(|(_, t)| t.len()).sum();
    assert_eq!(stats["bytes"], bytes as f64);
}

#[test]
fn output_keeps_input_order_with_two_threads() {
    let dir = Scratch::new("order");
    let mut lines = String::new();
    for i in 0..400 {
        // Uneven sizes, so that workers finish out of order.
        let n = if i % 17 == 0 { 60 } else { i % 3 };
        let line = serde_json::json!({"id": i, "text": text_with_quotes(n, i)});
        lines.push_str(&line.to_string());
        lines.push('\n');
    }
    let p = dir.file("many.jsonl", &lines);
    let one = sayso(&["extract", "-j", "1", s(&p)], None);
    let two = sayso(&["extract", "-j", "2", s(&p)], None);
    assert_eq!(one.code, 0);
    assert_eq!(two.code, 0);
    assert_eq!(one.stdout, two.stdout);
    let mut want = Vec::new();
    for l in lines.lines() {
        let v: Value = serde_json::from_str(l).unwrap();
        want.extend(expected(&v["id"].to_string(), v["text"].as_str().unwrap()));
    }
    assert_eq!(two.records(), want);
}

#[test]
fn csv_output_parses_back_to_the_same_fields() {
    let dir = Scratch::new("csv");
    let p = dir.file(
        "quoted.txt",
        "He said “ a, \"b\" and\nc ” then “ d d ” .\r\nShe said “ e e ” .",
    );
    let empty = dir.file("none.txt", "No quotations here.");
    let jsonl = sayso(&["extract", s(&p), s(&empty)], None);
    let csv_run = sayso(&["extract", "--format", "csv", s(&p), s(&empty)], None);
    assert_eq!(csv_run.code, 0, "{}", csv_run.stderr);
    let mut reader = csv::Reader::from_reader(csv_run.stdout.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header[..4],
        ["doc", "quote_start", "quote_end", "quote_text"]
    );
    assert_eq!(header.len(), 14);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let records = jsonl.records();
    assert_eq!(rows.len(), records.len());
    assert!(!records.is_empty());
    for (row, r) in rows.iter().zip(&records) {
        assert_eq!(&row[0], r.doc);
        assert_eq!(row[1].parse::<usize>().unwrap(), r.quote.start);
        assert_eq!(row[2].parse::<usize>().unwrap(), r.quote.end);
        assert_eq!(&row[3], r.quote.text);
        assert_eq!(&row[11], r.kind);
        assert_eq!(&row[12], r.sieve);
    }

    let none = sayso(&["extract", "--format", "csv", s(&empty)], None);
    assert_eq!(none.stdout.lines().count(), 1, "a header even with no rows");
}

#[test]
fn a_closed_stdout_ends_the_run_quietly_with_success() {
    let dir = Scratch::new("pipe");
    let mut lines = String::new();
    for i in 0..20_000 {
        let line = serde_json::json!({"id": i, "text": text_with_quotes(3, i)});
        lines.push_str(&line.to_string());
        lines.push('\n');
    }
    let p = dir.file("big.jsonl", &lines);
    let mut child = Command::new(BIN)
        .args(["extract", s(&p)])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut head = [0u8; 10];
    stdout.read_exact(&mut head).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(&head, b"{\"doc\":\"0\"");
}

#[test]
fn a_run_that_cannot_start_exits_2() {
    let dir = Scratch::new("exit2");
    let good = dir.file("good.txt", "G “ g g ” .");
    let run = sayso(&["extract", "--only", "no-such-sieve", s(&good)], None);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("unknown sieve"));
    let errors = dir.path("no/such/dir/errors.jsonl");
    let run = sayso(&["extract", "--errors", s(&errors), s(&good)], None);
    assert_eq!(run.code, 2);
    assert!(run.stdout.is_empty());
    let run = sayso(&["extract", "--format", "yaml", s(&good)], None);
    assert_eq!(run.code, 2);
}

#[test]
fn sieves_lists_the_cascade_in_order() {
    let run = sayso(&["sieves"], None);
    assert_eq!(run.code, 0);
    let mut lines = run.stdout.lines();
    let header = lines.next().unwrap();
    assert!(
        header.starts_with('#') && header.contains("NAME"),
        "{header}"
    );
    let names: Vec<&str> = lines
        .map(|l| l.split_whitespace().nth(1).unwrap())
        .collect();
    let cascade = sayso_attribution::default_sieves();
    let want: Vec<&str> = cascade.iter().map(|s| s.name()).collect();
    assert_eq!(names, want);
    if let Some(first) = want.first() {
        let run = sayso(&["sieves", "--skip", first], None);
        assert_eq!(run.stdout.lines().count(), want.len());
        assert!(!run.stdout.contains(&format!(" {first} ")));
    }
    assert_eq!(sayso(&["sieves", "--only", "nope"], None).code, 2);
}

#[test]
fn marks_chooses_the_quotation_marks_and_a_bad_set_cannot_start() {
    let dir = Scratch::new("marks");
    let text = "„Wir bleiben offen“, sagte Ilse Marwick. Sie sagte: «Bis morgen.»";
    let file = dir.file("de.txt", text);
    let quotes = |run: &Run| -> Vec<String> {
        assert_eq!(run.code, 0, "{}", run.stderr);
        run.records().iter().map(|r| r.quote.text.clone()).collect()
    };
    // English marks know « » but not „ “ as a pair.
    let english = quotes(&sayso(&["extract", s(&file)], None));
    assert!(!english.iter().any(|q| q.starts_with('„')), "{english:?}");
    let german = quotes(&sayso(
        &["extract", "--marks", "german+french", s(&file)],
        None,
    ));
    assert!(
        german.contains(&"„Wir bleiben offen“".to_string()),
        "{german:?}"
    );
    assert!(german.contains(&"«Bis morgen.»".to_string()), "{german:?}");
    // Pairs written out: only those.
    let pairs = quotes(&sayso(&["extract", "--marks", "„“", s(&file)], None));
    assert_eq!(pairs, ["„Wir bleiben offen“"]);
    let run = sayso(&["extract", "--marks", "english+klingon", s(&file)], None);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("klingon"), "{}", run.stderr);
}

#[test]
fn nested_quotations_come_with_the_nested_flag_only() {
    let text = "“He told me, ‘Never give up,’ and I never did,” Ilse Dunmarrow said.";
    let plain = sayso(&["extract"], Some(text.as_bytes()));
    assert_eq!(plain.code, 0, "{}", plain.stderr);
    assert_eq!(plain.records(), expected("stdin", text));
    assert_eq!(plain.records().len(), 1);
    let run = sayso(&["extract", "--nested"], Some(text.as_bytes()));
    assert_eq!(run.code, 0, "{}", run.stderr);
    let want: Vec<Record> = Attributor::default()
        .with_nested(true)
        .attribute(text)
        .iter()
        .map(|a| Record::new("stdin", text, a))
        .collect();
    assert_eq!(run.records(), want);
    assert_eq!(run.records().len(), 2);
}
