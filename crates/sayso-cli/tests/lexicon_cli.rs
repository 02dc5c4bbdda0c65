//! `--lexicon DIR`, `--only` / `--skip` and `sayso sieves`, end to end on the real binary.
//!
//! The lexicon cases use a sentence whose only cue is a verb the embedded speech-verb list does
//! not hold (checked first, so the test cannot pass by accident if the list grows).

use std::path::Path;

use sayso_attribution::{Lexicon, default_sieves};
use serde_json::Value;

mod common;

use common::{Run, Scratch};

/// The uncommon speech verb the user's lexicon adds (present tense: a past-tense verb in the
/// reporting slot is taken without the lexicon).
const VERB: &str = "harrumphs";

/// A document whose only cue is [`VERB`].
const TEXT: &str = "The harbour master inspected the new pier on Tuesday.\n\n\
                    “The tide will not wait for the council,” Marta Quill harrumphs.\n";

/// The sieve names of a `sayso sieves` table.
trait SieveNames {
    fn sieve_names(&self) -> Vec<String>;
}

impl SieveNames for Run {
    /// The sieve names of a `sayso sieves` table, in order (second column, header skipped).
    fn sieve_names(&self) -> Vec<String> {
        self.stdout
            .lines()
            .skip(1)
            .map(|l| l.split_whitespace().nth(1).unwrap_or("").to_string())
            .collect()
    }
}

fn sayso(args: &[&str], cwd: &Path) -> Run {
    common::sayso_in(args, None, Some(cwd))
}

/// `sayso extract --lexicon <scratch>/lx DOC`.
fn extract_with_lexicon(s: &Scratch, doc: &str) -> Run {
    let lx = s.path("lx");
    sayso(&["extract", "--lexicon", lx.to_str().unwrap(), doc], &s.0)
}

/// The record of the one quotation in [`TEXT`].
fn the_quote(run: &Run) -> Value {
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    let records = run.json();
    let quote_start = TEXT.find('“').unwrap();
    let found: Vec<&Value> = records
        .iter()
        .filter(|r| r["quote"]["start"].as_u64() == Some(quote_start as u64))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "one record for the quotation: {}",
        run.stdout
    );
    found[0].clone()
}

#[test]
fn the_verb_is_not_embedded() {
    assert!(
        !Lexicon::embedded().is_speech_verb(VERB),
        "{VERB} is now embedded: pick another verb for these tests"
    );
}

#[test]
fn lexicon_dir_teaches_a_speech_verb() {
    let s = Scratch::new("teach");
    let doc = s.file("doc.txt", TEXT);
    let doc = doc.to_str().unwrap();
    let verb_start = TEXT.find(VERB).unwrap();

    let before = the_quote(&sayso(&["extract", doc], &s.0));
    assert!(
        before["speaker"].is_null() || before["cue"]["start"].as_u64() != Some(verb_start as u64),
        "attributed through {VERB} without the lexicon: {before}"
    );

    s.file("lx/speech_verbs.txt", format!("# test lexicon\n{VERB}\n"));
    let after = the_quote(&extract_with_lexicon(&s, doc));
    assert_eq!(after["speaker"]["name"], "Marta Quill", "{after}");
    assert_eq!(after["cue"]["text"], VERB, "{after}");
    assert_eq!(after["cue"]["start"].as_u64(), Some(verb_start as u64));
    assert_eq!(
        after["cue"]["end"].as_u64(),
        Some((verb_start + VERB.len()) as u64)
    );
}

#[test]
fn lexicon_dir_removes_a_speech_verb() {
    let s = Scratch::new("remove");
    let text = TEXT.replace(VERB, "said");
    let doc = s.file("doc.txt", &text);
    let doc = doc.to_str().unwrap();
    let said = text.find("said").unwrap() as u64;

    let run = sayso(&["extract", doc], &s.0);
    let with = &run.json()[0];
    assert_eq!(with["cue"]["start"].as_u64(), Some(said), "{with}");

    s.file("lx/speech_verbs.txt", "-said\n");
    let run = extract_with_lexicon(&s, doc);
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    for r in run.json() {
        assert_ne!(r["cue"]["start"].as_u64(), Some(said), "{r}");
    }
}

#[test]
fn malformed_lexicon_exits_2_naming_file_and_line() {
    let s = Scratch::new("bad");
    let doc = s.file("doc.txt", TEXT);
    s.file("lx/titles.txt", "# mine\nMarshal\tm\nWarden\tq\n");
    let run = extract_with_lexicon(&s, doc.to_str().unwrap());
    assert_eq!(run.code, 2, "stderr: {}", run.stderr);
    assert!(run.stdout.is_empty(), "no records on a bad lexicon");
    assert!(run.stderr.contains("titles.txt:3:"), "{}", run.stderr);
    assert!(run.stderr.contains("gender"), "{}", run.stderr);
}

#[test]
fn unknown_lexicon_file_exits_2_naming_it() {
    let s = Scratch::new("unknown");
    let doc = s.file("doc.txt", TEXT);
    s.file("lx/speech_verb.txt", format!("{VERB}\n"));
    let run = extract_with_lexicon(&s, doc.to_str().unwrap());
    assert_eq!(run.code, 2, "stderr: {}", run.stderr);
    assert!(run.stderr.contains("speech_verb.txt"), "{}", run.stderr);
}

#[test]
fn sieves_lists_the_default_cascade_in_order() {
    let s = Scratch::new("sieves");
    let expected: Vec<String> = default_sieves()
        .iter()
        .map(|s| s.name().to_string())
        .collect();
    assert!(expected.len() >= 2, "the cascade has several sieves");
    let run = sayso(&["sieves"], &s.0);
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    assert_eq!(run.sieve_names(), expected);
    let positions: Vec<String> = run
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().next().unwrap_or("").to_string())
        .collect();
    let one_based: Vec<String> = (1..=expected.len()).map(|i| i.to_string()).collect();
    assert_eq!(positions, one_based);
}

#[test]
fn skip_and_only_change_the_cascade() {
    let s = Scratch::new("select");
    let all: Vec<String> = default_sieves()
        .iter()
        .map(|s| s.name().to_string())
        .collect();
    let (first, last) = (&all[0], &all[all.len() - 1]);

    let skip = format!("{first},{last}");
    let run = sayso(&["sieves", "--skip", &skip], &s.0);
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    assert_eq!(run.sieve_names(), all[1..all.len() - 1].to_vec());

    // --only keeps the cascade's order, whatever order the names are given in.
    let only = format!("{last},{first}");
    let run = sayso(&["sieves", "--only", &only], &s.0);
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    assert_eq!(run.sieve_names(), vec![first.clone(), last.clone()]);

    // Skipping the sieve that attributes the quotation changes the extraction too.
    let doc = s.file("doc.txt", TEXT.replace(VERB, "said"));
    let doc = doc.to_str().unwrap();
    let run = sayso(&["extract", doc], &s.0);
    let owner = run.json()[0]["sieve"].as_str().unwrap().to_string();
    assert!(all.contains(&owner), "{owner}");
    let run = sayso(&["extract", "--skip", &owner, doc], &s.0);
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    for r in run.json() {
        assert_ne!(r["sieve"].as_str(), Some(owner.as_str()), "{r}");
    }
}

#[test]
fn unknown_sieve_name_exits_2() {
    let s = Scratch::new("unknown-sieve");
    for flag in ["--skip", "--only"] {
        let run = sayso(&["sieves", flag, "no-such-sieve"], &s.0);
        assert_eq!(run.code, 2, "{flag}: stderr: {}", run.stderr);
        assert!(run.stderr.contains("no-such-sieve"), "{}", run.stderr);
        assert!(run.stdout.is_empty());
    }
}
