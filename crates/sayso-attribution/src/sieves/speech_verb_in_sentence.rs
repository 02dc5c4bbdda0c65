//! `speech-verb-in-sentence`: a speech verb elsewhere in the quotation's sentence.

use crate::context::WINDOW;
use crate::{Answer, Context, Quote, Sieve};

/// The last resort: the nearest speech verb with a subject anywhere in the sentences the
/// quotation touches, after it or before it.
///
/// Pattern: `“…” is how Novak described it`, `“…” — so Novak told the board on Monday`.
/// Example: “A turning point” is how the mayor described the vote.
/// Fails when the sentence holds a speech verb about something else; it runs after the
/// sieves that read a cue at a fixed place, so that every more specific one has had its turn.
#[derive(Clone, Copy, Debug, Default)]
pub struct SpeechVerbInSentence;

impl Sieve for SpeechVerbInSentence {
    fn name(&self) -> &'static str {
        "speech-verb-in-sentence"
    }

    fn description(&self) -> &'static str {
        "the nearest speech verb with a subject anywhere in the quotation's sentence"
    }

    fn example(&self) -> &'static str {
        "“A turning point” is how the mayor described the vote."
    }

    fn attribute(&self, cx: &Context<'_>, quote: &Quote) -> Option<Answer> {
        let sent = cx.sentence(quote.last);
        let hi = sent.end.min(quote.last + WINDOW);
        let toks = cx.tokens();
        for i in quote.last + 1..hi {
            if cx.in_quote(i) {
                continue;
            }
            let Some(cue) = cx.cue_at(i) else { continue };
            if cx.is_according_to(cue) {
                continue;
            }
            if let Some(m) = cx.subject_before(i, quote.last + 1) {
                // A verb in a clause of its own after the quotation (… “…” when Ruiz accused
                // him of …; … what Novak described as …) reports something else.
                if m.tokens.0 > 0 && is_subordinator(toks[m.tokens.0 - 1].text) {
                    continue;
                }
                return Some(Answer {
                    mention: Some(m),
                    cue: Some(cue),
                    confidence: 0.6,
                });
            }
            // Inverted (…, said Novak; written by Novak) only right after a comma or the
            // closing mark, or before "by": not a verb after "and" or "to" with its object
            // (… and encourage voters to …).
            let after = cx.after_cue(i, cue);
            let passive = toks.get(after).is_some_and(|t| t.text == "by");
            let inverted = i == quote.last + 1
                || passive
                || matches!(toks[i - 1].text, "," | "—" | "–")
                || matches!(toks[i - 1].kind, sayso_tokenizer::TokenKind::Quote(_));
            if !inverted {
                continue;
            }
            if let Some((m, _)) = cx.np_starting_at(after + usize::from(passive), hi) {
                return Some(Answer {
                    mention: Some(m),
                    cue: Some(cue),
                    confidence: 0.55,
                });
            }
        }
        None
    }
}

/// Words opening a subordinate clause whose subject follows them. Not "as": `“…,” as Novak
/// put it` attributes the quotation.
fn is_subordinator(w: &str) -> bool {
    matches!(
        w,
        "when"
            | "while"
            | "after"
            | "before"
            | "because"
            | "since"
            | "although"
            | "though"
            | "if"
            | "until"
            | "whom"
            | "where"
            | "what"
    )
}
