//! Configurable quotation marks and a lexicon written at run time: attributing German text.
//!
//! The attributor is built with German marks (`„…“`, `»…«`, `‚…‘`) and a small German lexicon
//! that this example writes to a temporary directory and loads with `Lexicon::from_dir`
//! (speech verbs "sagte", "erklärte", "betonte"; pronouns "sie", "er"). The embedded English
//! lists stay in place; the German files extend them. German titles ("Bürgermeisterin") keep
//! the title out of the speaker's name, and German nominal heads ("Sprecher") let "der
//! Sprecher" stand as a speaker.
//!
//! Known English-only assumptions, left as they are (this example shows what works today):
//! "so die Ministerin" after a quotation has no cue (German "so" is not a verb and too common
//! to list); the complement of a nominal mention is only
//! followed after English prepositions, so "der Sprecher der Partei" is named "der Sprecher";
//! the plural rule of nominal heads strips an English "-s".
//!
//! Run it with:
//!
//! ```sh
//! cargo run -p sayso-attribution --example german
//! ```

use std::path::PathBuf;

use sayso_attribution::{Attributor, Lexicon, QuoteMarks, default_sieves};

/// A temporary directory, removed when dropped.
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = TempDir(std::env::temp_dir().join(format!("sayso-german-{}", std::process::id())));
    std::fs::create_dir_all(&dir.0)?;
    std::fs::write(
        dir.0.join("speech_verbs.txt"),
        "# German reporting verbs, past tense\nbetonte\nerklärte\nsagte\n",
    )?;
    std::fs::write(
        dir.0.join("pronouns.txt"),
        "# German subject pronouns\ner\tm\ts\nsie\tf\ts\n",
    )?;
    std::fs::write(
        dir.0.join("titles.txt"),
        "# German titles before a name\nBürgermeister\tm\nBürgermeisterin\tf\n",
    )?;
    std::fs::write(
        dir.0.join("nominal_heads.txt"),
        "# German head nouns of speaker mentions\nministerin\nsprecher\n",
    )?;
    let lexicon = Lexicon::from_dir(&dir.0)?;
    assert!(lexicon.is_speech_verb("erklärte"));

    let attributor = Attributor::new(default_sieves())
        .with_marks(QuoteMarks::german())
        .with_lexicon(lexicon);

    let text = "Die Stadt hat am Montag den Plan für die alte Hafenbrücke vorgestellt.\n\n\
                „Wir bauen die Brücke neu“, sagte Bürgermeisterin Anna Keller.\n\n\
                „Die Arbeiten dauern zwei Jahre“, erklärte sie.\n\n\
                Die Opposition hält den Plan für „zu teuer“, sagte der Sprecher der Partei.";

    let found = attributor.attribute(text);
    for a in &found {
        println!("quote:   {}", &text[a.quote.span]);
        println!(
            "speaker: {}",
            a.speaker.as_ref().map_or("-", |s| s.name.as_str())
        );
        println!("cue:     {}", a.cue.map_or("-", |c| &text[c]));
        println!("sieve:   {} ({:.2})\n", a.sieve, a.confidence);
    }

    // The German marks delimit every quotation exactly.
    let spans: Vec<&str> = found.iter().map(|a| &text[a.quote.span]).collect();
    assert_eq!(
        spans,
        [
            "„Wir bauen die Brücke neu“",
            "„Die Arbeiten dauern zwei Jahre“",
            "„zu teuer“"
        ]
    );
    let speaker = |i: usize| found[i].speaker.as_ref().map(|s| s.name.as_str());
    let cue = |i: usize| found[i].cue.map(|c| &text[c]);
    // Name after the verb, with a German title taken off the name.
    assert_eq!(speaker(0), Some("Anna Keller"));
    assert_eq!(cue(0), Some("sagte"));
    // "sie" resolves to the woman named before (the title told her gender).
    assert_eq!(speaker(1), Some("Anna Keller"));
    assert_eq!(cue(1), Some("erklärte"));
    assert_eq!(
        found[1]
            .speaker
            .as_ref()
            .and_then(|s| s.mention)
            .map(|m| &text[m]),
        Some("sie")
    );
    // A nominal mention with a German head noun.
    assert!(
        speaker(2).is_some_and(|s| s.contains("Sprecher")),
        "{:?}",
        speaker(2)
    );
    Ok(())
}
