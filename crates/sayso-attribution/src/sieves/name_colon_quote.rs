//! `name-colon-quote`: Novak: “We will not back down” (headlines, transcripts).

use crate::{Answer, Context, MentionKind, Quote, Sieve};

/// A name, then a colon, then the quotation, at the start of a sentence (headlines,
/// transcripts, captions).
///
/// Pattern: `SPEAKER: “…”`.
/// Example: Mayor Ortiz: “The bridge will reopen in May”
/// Fails on labels that are not speakers (Update: “…”), which are not names in the lexicon's
/// sense only when they are common words.
#[derive(Clone, Copy, Debug, Default)]
pub struct NameColonQuote;

impl Sieve for NameColonQuote {
    fn name(&self) -> &'static str {
        "name-colon-quote"
    }

    fn description(&self) -> &'static str {
        "a name and a colon right before the opening mark (headlines, transcripts)"
    }

    fn example(&self) -> &'static str {
        "Mayor Ortiz: “The bridge will reopen in May”"
    }

    fn attribute(&self, cx: &Context<'_>, quote: &Quote) -> Option<Answer> {
        let toks = cx.tokens();
        if quote.first < 2 || toks[quote.first - 1].text != ":" {
            return None;
        }
        let colon = quote.first - 1;
        if super::runs_on(cx, quote) {
            return None;
        }
        // A header over a signed-off quotation (Reaction: ¶ “…” —Ana Cruz): the sign-off's.
        if quote.kind == crate::QuoteKind::Direct
            && super::trailing_dash::signed_off(cx, quote).is_some()
        {
            return None;
        }
        let sent = cx.sentence(colon);
        let m = cx.subject_before(colon, sent.start)?;
        // The name must open its sentence (after at most a title).
        let opens = m.tokens.0 <= sent.start + 2;
        // Said Novak: “…” — the verb before the name is the cue.
        let verb = m
            .tokens
            .0
            .checked_sub(1)
            .filter(|&v| v >= sent.start)
            .and_then(|v| cx.cue_at(v));
        // He told the Daily Courier: “…” — a verb with a subject before it makes the name its
        // object; the subject speaks (left to `colon-introduced`).
        if verb.is_some() && m.tokens.0 > sent.start + 1 {
            return None;
        }
        (m.kind == MentionKind::Name && opens).then_some(Answer {
            mention: Some(m),
            cue: Some(verb.unwrap_or(toks[colon].span())),
            confidence: 0.8,
        })
    }
}
