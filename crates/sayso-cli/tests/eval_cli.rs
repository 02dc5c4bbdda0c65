//! `sayso eval` end to end through the binary: finding the corpus, `--gold`, errors with their
//! location, `--errors`, and `--polnear --predictions` (with `--canonical`) on a small split
//! scored by hand.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::{Value, json};

fn sayso(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sayso"))
        .args(args)
        .current_dir(cwd)
        .output()
        .unwrap()
}

fn ok_json(out: Output) -> Value {
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sayso-eval-cli-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// A gold line for `quote` (and optionally `mention`, `cue`) found in `text`.
fn gold_line(
    doc: &str,
    text: &str,
    quote: &str,
    speaker: &str,
    mention: &str,
    cue: &str,
) -> String {
    let sp = |s: &str| {
        let b = text.find(s).unwrap();
        json!({"start": b, "end": b + s.len(), "text": s})
    };
    json!({"doc": doc, "quote": sp(quote), "speaker": speaker, "aliases": [],
           "mention": sp(mention), "cue": sp(cue), "kind": "direct"})
    .to_string()
}

const TEXT: &str = "Édith Moreau spoke first. “We will rebuild the pier,” Moreau said on Tuesday.\n\n\
                    “Not this year,” replied the harbour master, Tomás Ruiz.\n";

fn small_corpus(dir: &Path) {
    fs::create_dir_all(dir.join("text")).unwrap();
    fs::create_dir_all(dir.join("gold")).unwrap();
    fs::write(dir.join("text/pier.txt"), TEXT).unwrap();
    let gold = [
        gold_line(
            "pier",
            TEXT,
            "“We will rebuild the pier,”",
            "Édith Moreau",
            "Moreau said",
            "said",
        ),
        gold_line(
            "pier",
            TEXT,
            "“Not this year,”",
            "Tomás Ruiz",
            "Tomás Ruiz",
            "replied",
        ),
    ];
    fs::write(dir.join("gold/pier.jsonl"), gold.join("\n") + "\n").unwrap();
}

#[test]
fn scores_a_corpus_directory_and_a_text_with_gold() {
    let tmp = scratch("dir");
    small_corpus(&tmp.join("c"));
    let by_dir = ok_json(sayso(&["eval", "--json", "c"], &tmp));
    assert_eq!(by_dir["docs"], json!(1));
    assert_eq!(by_dir["gold"], json!(2));
    assert_eq!(by_dir["seed"]["gold"], json!(2));
    for key in ["quote_exact", "quote_overlap"] {
        for m in ["p", "r", "f1"] {
            let x = by_dir[key][m].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&x), "{key}.{m} = {x}");
        }
    }
    assert!(by_dir["metrics"]["quote_overlap.f1"].is_number());
    assert!(by_dir.get("errors").is_none(), "errors only with --errors");
    let by_file = ok_json(sayso(
        &[
            "eval",
            "--json",
            "--gold",
            "c/gold/pier.jsonl",
            "c/text/pier.txt",
        ],
        &tmp,
    ));
    assert_eq!(by_file, by_dir);
    // Every gold quotation is accounted for: found, or listed as missed. The list is there
    // with --errors even when it is empty.
    let with_errors = ok_json(sayso(&["eval", "--json", "--errors", "c"], &tmp));
    let errors = with_errors["errors"]
        .as_array()
        .expect("an errors array with --errors");
    let missed = errors.iter().filter(|e| e["kind"] == "missed").count() as u64;
    assert_eq!(with_errors["found"].as_u64().unwrap() + missed, 2);
    let _ = fs::remove_dir_all(tmp);
}

#[test]
fn bad_gold_is_reported_with_its_line() {
    let tmp = scratch("bad");
    small_corpus(&tmp.join("c"));
    let gold = tmp.join("c/gold/pier.jsonl");
    let src = fs::read_to_string(&gold).unwrap();
    let mut lines: Vec<String> = src.lines().map(str::to_string).collect();
    // Offsets inside the three-byte “ mark.
    let mut v: Value = serde_json::from_str(&lines[1]).unwrap();
    v["quote"]["start"] = json!(v["quote"]["start"].as_u64().unwrap() + 1);
    lines[1] = v.to_string();
    fs::write(&gold, lines.join("\n")).unwrap();
    let out = sayso(&["eval", "c"], &tmp);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("pier.jsonl:2:"), "{err}");
    let out = sayso(
        &["eval", "--gold", "nowhere.jsonl", "c/text/pier.txt"],
        &tmp,
    );
    assert_eq!(out.status.code(), Some(2));
    let _ = fs::remove_dir_all(tmp);
}

#[test]
fn finds_the_bundled_corpus_from_anywhere() {
    let tmp = scratch("anywhere");
    let v = ok_json(sayso(&["eval", "--json"], &tmp));
    let texts = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/text");
    let n = fs::read_dir(texts).unwrap().count();
    assert_eq!(v["docs"], json!(n));
    assert!(v["gold"].as_u64().unwrap() > 0);
    let out = sayso(&["eval"], &tmp);
    assert!(String::from_utf8_lossy(&out.stdout).contains("quotation"));
    let _ = fs::remove_dir_all(tmp);
}

#[test]
fn polnear_predictions_scored_by_hand() {
    let tmp = scratch("polnear");
    let split = tmp.join("split");
    fs::create_dir_all(split.join("text")).unwrap();
    fs::create_dir_all(split.join("attributions")).unwrap();
    // “é” before the quotation: code point 9 is byte 10.
    let text = "Fiancé: “Yes,” said Ana. Bo said no.\n";
    fs::write(split.join("text/a.txt"), text).unwrap();
    let cps = |s: &str| {
        let b = text.find(s).unwrap();
        let c = text[..b].chars().count();
        format!("{c} {}", c + s.chars().count())
    };
    let ann = format!(
        "T1\tContent {}\t“Yes,”\nT2\tSource {}\tAna\nT3\tCue {}\tsaid\nE1\tContent:T1 Source:T2 Cue:T3\n\
         T4\tContent {}\tno\nT5\tSource {}\tBo\nE2\tContent:T4 Source:T5\n",
        cps("“Yes,”"),
        cps("Ana"),
        cps("said"),
        cps("no"),
        cps("Bo")
    );
    fs::write(split.join("attributions/a_x1.ann"), ann).unwrap();
    let sp = |s: &str| {
        let b = text.find(s).unwrap();
        json!({"start": b, "end": b + s.len()})
    };
    let preds = [
        json!({"doc": "a", "quote": sp("“Yes,”"), "speaker": {"name": "Ana", "mention": sp("Ana")},
               "cue": sp("said")}),
        json!({"doc": "a", "quote": sp("Fiancé"), "speaker": {"name": "Bo", "mention": sp("Bo")},
               "cue": null}),
    ];
    let lines: Vec<String> = preds.iter().map(Value::to_string).collect();
    fs::write(tmp.join("pred.jsonl"), lines.join("\n")).unwrap();
    let v = ok_json(sayso(
        &[
            "eval",
            "--json",
            "--polnear",
            "split",
            "--predictions",
            "pred.jsonl",
        ],
        &tmp,
    ));
    // One quoted attribution (the unquoted one only counts for precision); one hit of two.
    assert_eq!(v["gold_quoted"], json!(1));
    assert_eq!(v["predicted"], json!(2));
    assert_eq!(v["quote"], json!({"p": 0.5, "r": 1.0, "f1": 0.6667}));
    assert_eq!(v["source"], json!({"p": 0.5, "r": 1.0, "f1": 0.6667}));
    assert_eq!(v["cue"], json!({"p": 1.0, "r": 1.0, "f1": 1.0}));
    assert_eq!(
        v["exact"]["quote"],
        json!({"p": 0.5, "r": 1.0, "f1": 0.6667})
    );
    assert_eq!(v["failures"]["spurious"], json!(1));
    let table = sayso(
        &[
            "eval",
            "--errors",
            "--polnear",
            "split",
            "--predictions",
            "pred.jsonl",
        ],
        &tmp,
    );
    let table = String::from_utf8_lossy(&table.stdout);
    assert!(table.contains("## spurious (1)"), "{table}");
    assert!(table.contains("Fiancé"), "{table}");

    // Canonical speakers, in code points: “Yes,” is Ana's (right, whatever the case and spacing),
    // “Fiancé” is Carla's (found with Bo's name: wrong).
    let cp_pair = |s: &str| {
        let c = text[..text.find(s).unwrap()].chars().count();
        json!([c, c + s.chars().count()])
    };
    let rows = [
        json!({"doc": "a", "content": [cp_pair("“Yes,”")], "canonical": " ANA ", "aliases": []}),
        json!({"doc": "a", "content": [cp_pair("Fiancé")], "canonical": "Carla", "ambiguous": false}),
        json!({"doc": "a", "content": [cp_pair("no")], "canonical": "Bo", "ambiguous": true}),
    ];
    let rows: Vec<String> = rows.iter().map(Value::to_string).collect();
    fs::write(tmp.join("canon.jsonl"), rows.join("\n")).unwrap();
    let with_canonical = |extra: &[&str]| {
        let mut args = vec![
            "eval",
            "--polnear",
            "split",
            "--predictions",
            "pred.jsonl",
            "--canonical",
            "canon.jsonl",
        ];
        args.extend_from_slice(extra);
        sayso(&args, &tmp)
    };
    let v = ok_json(with_canonical(&["--json"]));
    assert_eq!(
        v["canonical"],
        json!({"labelled": 2, "ambiguous": 1, "found": 2, "name_correct": 1,
               "accuracy": 0.5, "accuracy_of_found": 0.5})
    );
    assert_eq!(v["metrics"]["canonical.accuracy"], json!(0.5));
    assert_eq!(v["metrics"]["canonical.accuracy_of_found"], json!(0.5));
    assert!(v.get("errors").is_none(), "{v}");
    let v = ok_json(with_canonical(&["--json", "--errors"]));
    let wrong: Vec<&Value> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "wrong-name")
        .collect();
    assert_eq!(wrong.len(), 1, "{v}");
    assert_eq!(
        (
            &wrong[0]["gold"],
            &wrong[0]["predicted"],
            &wrong[0]["snippet"]
        ),
        (&json!("Carla"), &json!("Bo"), &json!("Fiancé"))
    );
    let out = with_canonical(&["--errors"]);
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        table.contains(
            "canonical names: 2 labelled, 2 found, 1 correct, accuracy 0.5000 (of found 0.5000)"
        ),
        "{table}"
    );
    assert!(table.contains("## wrong-name (1)"), "{table}");
    assert!(table.contains("gold: Carla  predicted: Bo"), "{table}");

    // --canonical needs --polnear; a row of an article outside the split is an error.
    let out = sayso(&["eval", "--canonical", "canon.jsonl"], &tmp);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--polnear"));
    fs::write(
        tmp.join("canon.jsonl"),
        json!({"doc": "nowhere", "content": [[0, 1]], "canonical": "X"}).to_string(),
    )
    .unwrap();
    let out = with_canonical(&[]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("canon.jsonl") && err.contains("\"nowhere\""),
        "{err}"
    );
    let _ = fs::remove_dir_all(tmp);
}
