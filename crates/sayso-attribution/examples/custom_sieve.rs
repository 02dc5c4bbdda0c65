//! A sieve of your own, inserted into the default cascade.
//!
//! The default cascade has no rule for "In the words of SPEAKER, “…”", so the quotation after
//! it goes unattributed. This example defines `InTheWordsOf`, puts it right after the built-in
//! `according-to` sieve (both name a source after a fixed phrase), runs the cascade on a short
//! text and prints each quotation with its speaker, cue and the sieve that decided.
//!
//! Run it with:
//!
//! ```sh
//! cargo run -p sayso-attribution --example custom_sieve
//! ```

use sayso_attribution::{Answer, Attributor, Context, Quote, Sieve, TokenKind, default_sieves};

/// "in the words of SPEAKER" right before the opening mark, in the quotation's sentence.
///
/// Pattern: `In the words of SPEAKER, “…”`.
/// Example: In the words of Mayor Lena Ortiz, “the bridge is our future.”
/// Fails when the phrase quotes a writer rather than a speaker ("in the words of the report"):
/// the report is then named, which is what the text says.
struct InTheWordsOf;

/// The cue phrase, word by word.
const PHRASE: [&str; 4] = ["in", "the", "words", "of"];

impl Sieve for InTheWordsOf {
    fn name(&self) -> &'static str {
        "in-the-words-of"
    }

    fn description(&self) -> &'static str {
        "\"in the words of SPEAKER\" right before the opening mark"
    }

    fn example(&self) -> &'static str {
        "In the words of Mayor Lena Ortiz, “the bridge is our future.”"
    }

    fn attribute(&self, cx: &Context<'_>, quote: &Quote) -> Option<Answer> {
        let toks = cx.tokens();
        let sent = cx.sentence(quote.first);
        // Look back at most a dozen tokens: the speaker phrase sits between the cue and the quote.
        let lo = sent.start.max(quote.first.saturating_sub(12));
        for i in (lo..quote.first).rev() {
            let words = toks.get(i..i + PHRASE.len())?;
            let is_phrase = words
                .iter()
                .zip(PHRASE)
                .all(|(t, w)| matches!(t.kind, TokenKind::Word) && t.text.eq_ignore_ascii_case(w));
            if !is_phrase {
                continue;
            }
            let cue = words[0].span().to(words[PHRASE.len() - 1].span());
            let (mention, next) = cx.np_starting_at(i + PHRASE.len(), quote.first)?;
            // Only a comma (or nothing) may stand between the speaker and the quotation.
            let gap_ok = toks[next..quote.first].iter().all(|t| t.text == ",");
            return gap_ok.then_some(Answer {
                mention: Some(mention),
                cue: Some(cue),
                confidence: 0.8,
            });
        }
        None
    }
}

fn main() {
    let text = "The council met on Monday to vote on the new harbour bridge.\n\n\
                In the words of Mayor Lena Ortiz, “the bridge is our future, and we will \
                build it.”\n\n\
                “We will need two more years,” a city spokeswoman said.";

    let mut sieves = default_sieves();
    let at = sieves
        .iter()
        .position(|s| s.name() == "according-to")
        .map_or(sieves.len(), |p| p + 1);
    sieves.insert(at, Box::new(InTheWordsOf));
    let attributor = Attributor::new(sieves);

    println!("cascade:");
    for (i, s) in attributor.sieves().enumerate() {
        println!("  {}. {}", i + 1, s.name());
    }
    println!();

    let found = attributor.attribute(text);
    for a in &found {
        println!("quote:   {}", &text[a.quote.span]);
        match &a.speaker {
            Some(s) => println!("speaker: {}", s.name),
            None => println!("speaker: -"),
        }
        println!("cue:     {}", a.cue.map_or("-", |c| &text[c]));
        println!("sieve:   {} ({:.2})", a.sieve, a.confidence);
        println!();
    }

    // The default cascade alone leaves the quotation unattributed; ours attributes it.
    let ours = found
        .iter()
        .find(|a| a.sieve == "in-the-words-of")
        .expect("the custom sieve fired");
    assert_eq!(
        ours.speaker.as_ref().map(|s| s.name.as_str()),
        Some("Lena Ortiz")
    );
    assert_eq!(ours.cue.map(|c| &text[c]), Some("In the words of"));
    let default_only = Attributor::default().attribute(text);
    let same = default_only
        .iter()
        .find(|a| a.quote.span == ours.quote.span);
    assert!(
        same.is_none_or(|a| a.speaker.is_none()),
        "the default cascade attributes it too"
    );
    println!("the custom sieve fired on {:?}", ours.quote.span);
}
