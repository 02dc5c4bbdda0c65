//! `sayso eval --polnear` gives exactly the figures of the reference scorer
//! (`../shared/tools/quotescore.py polnear`) on the same predictions: on PolNeAR dev (when the
//! dataset is present) and on a small synthetic split whose non-ASCII text makes code-point and
//! byte offsets differ. `--canonical` likewise gives the figures of `quotescore.py canonical`, on
//! `tests/canonical/polnear-dev.jsonl` and on the synthetic split. Skips, naming what is missing,
//! without python3 or the scorer.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

/// The keys the reference prints.
const KEYS: [&str; 8] = [
    "docs",
    "docs_with_predictions",
    "unknown_docs",
    "gold_quoted",
    "predicted",
    "quote",
    "source",
    "cue",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The reference scorer, when it and python3 are there; otherwise prints why and returns None.
fn scorer() -> Option<PathBuf> {
    let script = root().join("../shared/tools/quotescore.py");
    if !script.is_file() {
        eprintln!("skipping: reference scorer {} not found", script.display());
        return None;
    }
    let python = Command::new("python3").arg("--version").output();
    if !python.is_ok_and(|o| o.status.success()) {
        eprintln!(
            "skipping: python3 not found (needed to run {})",
            script.display()
        );
        return None;
    }
    Some(script)
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sayso-eval-parity-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(cmd: &mut Command) -> Vec<u8> {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn reference(script: &Path, split: &Path, preds: &Path) -> Value {
    let out = run(Command::new("python3")
        .arg(script)
        .arg("polnear")
        .arg(split)
        .arg(preds));
    serde_json::from_slice(&out).unwrap()
}

fn ours(split: &Path, preds: &Path) -> Value {
    let out = run(Command::new(env!("CARGO_BIN_EXE_sayso"))
        .args(["eval", "--json", "--polnear"])
        .arg(split)
        .arg("--predictions")
        .arg(preds));
    serde_json::from_slice(&out).unwrap()
}

/// `sayso eval --canonical` against `quotescore.py canonical` on the same predictions: the
/// reference's keys, its `accuracy_of_labelled` being our `accuracy`. Returns our figures.
fn assert_canonical_parity(script: &Path, split: &Path, canon: &Path, preds: &Path) -> Value {
    let want: Value = serde_json::from_slice(&run(Command::new("python3")
        .arg(script)
        .arg("canonical")
        .arg(canon)
        .arg(split.join("text"))
        .arg(preds)))
    .unwrap();
    let got: Value = serde_json::from_slice(&run(Command::new(env!("CARGO_BIN_EXE_sayso"))
        .args(["eval", "--json", "--polnear"])
        .arg(split)
        .arg("--predictions")
        .arg(preds)
        .arg("--canonical")
        .arg(canon)))
    .unwrap();
    let got = got["canonical"].clone();
    for (ours, theirs) in [
        ("labelled", "labelled"),
        ("found", "found"),
        ("name_correct", "name_correct"),
        ("accuracy", "accuracy_of_labelled"),
        ("accuracy_of_found", "accuracy_of_found"),
    ] {
        assert_eq!(
            got[ours], want[theirs],
            "{ours}: sayso {got} vs quotescore {want}"
        );
    }
    got
}

fn assert_parity(script: &Path, split: &Path, preds: &Path) -> Value {
    let want = reference(script, split, preds);
    let got = ours(split, preds);
    for key in KEYS {
        assert_eq!(
            got[key], want[key],
            "{key}: sayso {got} vs quotescore {want}"
        );
    }
    got
}

#[test]
fn polnear_dev_matches_reference() {
    let Some(script) = scorer() else { return };
    let dev = root().join("../shared/datasets/polnear-v1.0.0/data/dev");
    if !dev.join("text").is_dir() {
        eprintln!("skipping: PolNeAR dev {} not found", dev.display());
        return;
    }
    let tmp = scratch("dev");
    let preds = tmp.join("pred.jsonl");
    let out = run(Command::new(env!("CARGO_BIN_EXE_sayso"))
        .arg("extract")
        .arg(dev.join("text")));
    fs::write(&preds, out).unwrap();
    let got = assert_parity(&script, &dev, &preds);
    assert!(got["predicted"].as_u64().unwrap() > 0);
    // Extracting inside `sayso eval` scores the same as scoring the extracted file.
    let direct: Value = serde_json::from_slice(&run(Command::new(env!("CARGO_BIN_EXE_sayso"))
        .args(["eval", "--json", "-j", "2", "--polnear"])
        .arg(&dev)))
    .unwrap();
    for key in KEYS {
        assert_eq!(direct[key], got[key], "{key}");
    }
    // The gold turned into predictions exercises the source and cue figures.
    let perfect = tmp.join("perfect.jsonl");
    let out = run(Command::new("python3")
        .arg(&script)
        .arg("perfect")
        .arg(&dev));
    fs::write(&perfect, out).unwrap();
    let got = assert_parity(&script, &dev, &perfect);
    assert_eq!(got["quote"]["r"], json!(1.0));
    let _ = fs::remove_dir_all(tmp);
}

#[test]
fn canonical_dev_matches_reference() {
    let Some(script) = scorer() else { return };
    let dev = root().join("../shared/datasets/polnear-v1.0.0/data/dev");
    if !dev.join("text").is_dir() {
        eprintln!("skipping: PolNeAR dev {} not found", dev.display());
        return;
    }
    let canon = root().join("tests/canonical/polnear-dev.jsonl");
    let tmp = scratch("canonical-dev");
    let preds = tmp.join("pred.jsonl");
    let out = run(Command::new(env!("CARGO_BIN_EXE_sayso"))
        .arg("extract")
        .arg(dev.join("text")));
    fs::write(&preds, out).unwrap();
    let got = assert_canonical_parity(&script, &dev, &canon, &preds);
    assert!(got["found"].as_u64().unwrap() > 0, "{got}");
    // Extracting inside `sayso eval` scores the same as scoring the extracted file.
    let direct: Value = serde_json::from_slice(&run(Command::new(env!("CARGO_BIN_EXE_sayso"))
        .args(["eval", "--json", "--polnear"])
        .arg(&dev)
        .arg("--canonical")
        .arg(&canon)))
    .unwrap();
    assert_eq!(direct["canonical"], got);
    let _ = fs::remove_dir_all(tmp);
}

/// Code-point offsets of the `nth` occurrence of `needle` in `text`.
fn cp(text: &str, needle: &str, nth: usize) -> (usize, usize) {
    let (b, _) = text.match_indices(needle).nth(nth).unwrap();
    let s = text[..b].chars().count();
    (s, s + needle.chars().count())
}

/// A prediction span (byte offsets) of the `nth` occurrence of `needle`.
fn span(text: &str, needle: &str, nth: usize) -> Value {
    let (b, _) = text.match_indices(needle).nth(nth).unwrap();
    json!({"start": b, "end": b + needle.len(), "text": needle})
}

fn t_line(id: &str, label: &str, segs: &[(usize, usize)], covered: &str) -> String {
    let offs: Vec<String> = segs.iter().map(|(s, e)| format!("{s} {e}")).collect();
    format!("{id}\t{label} {}\t{covered}\n", offs.join(";"))
}

#[test]
fn synthetic_split_matches_reference() {
    let Some(script) = scorer() else { return };
    let tmp = scratch("synthetic");
    let split = tmp.join("data/synth");
    fs::create_dir_all(split.join("text")).unwrap();
    fs::create_dir_all(split.join("attributions")).unwrap();
    fs::write(
        tmp.join("data/metadata.tsv"),
        "compartment\tfilename\tannotators\nsynth\talpha\tb2|a1\n",
    )
    .unwrap();

    let alpha = "Ça commence: Zoë Ångström said “the plan — déjà vu — works” today. \
                 Lee Park added “ÀÀÀÀ bbbbbb” loudly.\nThe mayor, speaking slowly\nsaid “second part”.\n";
    let beta = "Nothing “quoted” here — ñ.\n";
    let gamma = "Gamma “x” text.\n";
    for (id, text) in [("alpha", alpha), ("beta", beta), ("gamma", gamma)] {
        fs::write(split.join(format!("text/{id}.txt")), text).unwrap();
    }
    let source4 = "The mayor, speaking slowly\nsaid";
    let mut ann = String::new();
    ann += &t_line(
        "T1",
        "Content",
        &[cp(alpha, "“the plan — déjà vu — works”", 0)],
        "x",
    );
    ann += &t_line(
        "T2",
        "Source",
        &[cp(alpha, "Zoë Ångström", 0)],
        "Zoë Ångström",
    );
    ann += &t_line("T3", "Cue", &[cp(alpha, "said", 0)], "said");
    ann += "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n";
    // A prediction covering “ÀÀÀÀ bbbbbb” overlaps T4 by 5 characters (11 bytes) and T5 by 7
    // characters (9 bytes): counted in characters, as the reference does, T5 owns it.
    ann += &t_line("T4", "Content", &[cp(alpha, "“ÀÀÀÀ", 0)], "“ÀÀÀÀ");
    ann += "E2\tContent:T4 Source:T2\n";
    ann += &t_line("T5", "Content", &[cp(alpha, "bbbbbb”", 0)], "bbbbbb”");
    ann += &t_line("T6", "Source", &[cp(alpha, "Lee Park", 0)], "Lee Park");
    ann += &t_line("T7", "Cue", &[cp(alpha, "added", 0)], "added");
    ann += "E3\tContent:T5 Source:T6 Cue:T7\n";
    // A discontinuous content, and a source whose covered text runs onto the next line.
    ann += &t_line(
        "T8",
        "Content",
        &[cp(alpha, "“second", 0), cp(alpha, "part”", 0)],
        "“second part”",
    );
    ann += &t_line("T9", "Source", &[cp(alpha, source4, 0)], source4);
    ann += &t_line("T10", "Cue", &[cp(alpha, "said", 1)], "said");
    ann += "E4\tContent:T8 Source:T9 Cue:T10\n";
    ann += &t_line(
        "T11",
        "Content",
        &[cp(alpha, "Ça commence", 0)],
        "Ça commence",
    );
    ann += "E5\tContent:T11\n";
    fs::write(split.join("attributions/alpha_b2.ann"), ann).unwrap();
    // Sorted first, but metadata.tsv prefers b2.
    let other = t_line("T1", "Content", &[cp(alpha, "works", 0)], "works")
        + &t_line("T2", "Source", &[cp(alpha, "Lee Park", 0)], "Lee Park")
        + "E1\tContent:T1 Source:T2\n";
    fs::write(split.join("attributions/alpha_a1.ann"), other).unwrap();
    let beta_ann =
        t_line("T1", "Content", &[cp(beta, "“quoted”", 0)], "“quoted”") + "E1\tContent:T1\n";
    fs::write(split.join("attributions/beta_c3.ann"), beta_ann).unwrap();

    let rec = |doc: &str, quote: Value, mention: Option<Value>, cue: Option<Value>| {
        json!({"doc": doc, "quote": quote,
               "speaker": mention.map(|m| json!({"name": m["text"], "mention": m})),
               "cue": cue, "kind": "direct", "sieve": "test", "confidence": 1.0})
    };
    let preds = [
        rec(
            "alpha",
            span(alpha, "“the plan — déjà vu — works”", 0),
            Some(span(alpha, "Zoë Ångström", 0)),
            Some(span(alpha, "said", 0)),
        ),
        rec(
            "alpha",
            span(alpha, "“ÀÀÀÀ bbbbbb”", 0),
            Some(span(alpha, "Lee Park", 0)),
            Some(span(alpha, "added", 0)),
        ),
        rec(
            "alpha",
            span(alpha, "“second part”", 0),
            Some(span(alpha, "mayor", 0)),
            None,
        ),
        rec(
            "alpha",
            span(alpha, "loudly", 0),
            Some(span(alpha, "Lee", 0)),
            None,
        ),
        rec("gamma", span(gamma, "“x”", 0), None, None),
        rec("zeta", json!({"start": 0, "end": 3}), None, None),
    ];
    let lines: Vec<String> = preds.iter().map(Value::to_string).collect();
    let pred_path = tmp.join("pred.jsonl");
    fs::write(&pred_path, lines.join("\n") + "\n").unwrap();

    let got = assert_parity(&script, &split, &pred_path);
    // Hand-computed: 5 quoted attributions (4 in alpha's b2 file, 1 in beta), 5 predictions in
    // known documents; 3 of them hit, 4 quoted attributions found; 3 of 4 mentions right.
    assert_eq!(got["gold_quoted"], json!(5));
    assert_eq!(got["predicted"], json!(5));
    assert_eq!(
        (
            got["docs_with_predictions"].clone(),
            got["unknown_docs"].clone()
        ),
        (json!(2), json!(1))
    );
    assert_eq!(got["quote"], json!({"p": 0.6, "r": 0.8, "f1": 0.6857}));
    assert_eq!(got["source"], json!({"p": 0.75, "r": 0.75, "f1": 0.75}));
    assert_eq!(got["cue"], json!({"p": 1.0, "r": 0.6667, "f1": 0.8}));

    // Canonical speakers over the same split, in code points: three rows named right, one found
    // with no name, one not found (beta has no prediction), one ambiguous row of an article
    // outside the split (left out before its text is read).
    let row = |doc: &str, segs: &[(usize, usize)], name: &str, ambiguous: bool| {
        json!({"doc": doc, "content": segs, "canonical": name, "aliases": ["Lee H. Park"],
               "ambiguous": ambiguous})
        .to_string()
    };
    let canon_rows = [
        row(
            "alpha",
            &[cp(alpha, "“the plan — déjà vu — works”", 0)],
            "Zoë Ångström",
            false,
        ),
        row(
            "alpha",
            &[cp(alpha, "“ÀÀÀÀ", 0), cp(alpha, "bbbbbb”", 0)],
            "Lee  Park",
            false,
        ),
        row(
            "alpha",
            &[cp(alpha, "“second", 0), cp(alpha, "part”", 0)],
            "The Mayor",
            false,
        ),
        row("gamma", &[cp(gamma, "“x”", 0)], "Gamma Gee", false),
        row("beta", &[cp(beta, "“quoted”", 0)], "Beta Bee", false),
        row("zeta", &[(0, 3)], "Nobody", true),
    ];
    let canon = tmp.join("canonical.jsonl");
    fs::write(&canon, canon_rows.join("\n") + "\n").unwrap();
    let got = assert_canonical_parity(&script, &split, &canon, &pred_path);
    assert_eq!(
        got,
        json!({"labelled": 5, "ambiguous": 1, "found": 4, "name_correct": 3,
               "accuracy": 0.6, "accuracy_of_found": 0.75})
    );
    let _ = fs::remove_dir_all(tmp);
}

/// `quotescore.py seed` scores one document at a time; summed over the bundled corpus it gives
/// the `seed` figures of `sayso eval`. Documents the reference cannot score (no gold, or a
/// predicted mention where the gold has none, which it does not handle) are left out of both.
#[test]
fn corpus_seed_figures_match_reference() {
    let Some(script) = scorer() else { return };
    let corpus = root().join("corpus");
    let tmp = scratch("seed");
    let mut names: Vec<PathBuf> = fs::read_dir(corpus.join("text"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    let fields = [
        "gold",
        "predicted",
        "found",
        "spurious",
        "speaker_name_correct",
        "mention_correct",
    ];
    let (mut want, mut got, mut scored) = ([0u64; 6], [0u64; 6], 0);
    for text in names {
        let id = text.file_stem().unwrap().to_string_lossy().into_owned();
        let gold = corpus.join(format!("gold/{id}.jsonl"));
        let preds = tmp.join(format!("{id}.jsonl"));
        fs::write(
            &preds,
            run(Command::new(env!("CARGO_BIN_EXE_sayso"))
                .arg("extract")
                .arg(&text)),
        )
        .unwrap();
        let reference = Command::new("python3")
            .arg(&script)
            .arg("seed")
            .args([&gold, &text, &preds])
            .output()
            .unwrap();
        if !reference.status.success() {
            eprintln!("quotescore seed cannot score {id}; left out");
            continue;
        }
        let r: Value = serde_json::from_slice(&reference.stdout).unwrap();
        let ours: Value = serde_json::from_slice(&run(Command::new(env!("CARGO_BIN_EXE_sayso"))
            .args(["eval", "--json", "--gold"])
            .arg(&gold)
            .arg(&text)))
        .unwrap();
        for (i, f) in fields.iter().enumerate() {
            want[i] += r[f].as_u64().unwrap();
            got[i] += ours["seed"][f].as_u64().unwrap();
        }
        scored += 1;
    }
    assert!(
        scored > 0,
        "no corpus document could be scored by the reference"
    );
    assert_eq!(got, want, "{fields:?} over {scored} documents");
    let _ = fs::remove_dir_all(tmp);
}
