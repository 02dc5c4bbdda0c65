//! `according-to`: … “…”, according to the ministry (or in the words of the ministry).

use sayso_tokenizer::TokenKind;

use crate::context::WINDOW;
use crate::{Answer, Context, Quote, Sieve};

/// "according to" (or "in the words of") in the quotation's sentence, on either side, naming
/// the source after it.
///
/// Pattern: `… “…” …, according to SOURCE` or `According to SOURCE, … “…”`.
/// Example: The plan is “dead on arrival,” according to two council members.
/// It runs first in the default cascade: in `“…,” Ruiz said, according to the Times` the reader
/// has the words from the cited source, the outer attribution, which is the one PolNeAR's
/// annotators mark (26 of 31 such sentences in train). Any noun phrase names the source,
/// a document included (according to excerpts of the speech).
#[derive(Clone, Copy, Debug, Default)]
pub struct AccordingTo;

impl Sieve for AccordingTo {
    fn name(&self) -> &'static str {
        "according-to"
    }

    fn description(&self) -> &'static str {
        "\"according to SOURCE\" (or \"in the words of SOURCE\") in the quotation's sentence"
    }

    fn example(&self) -> &'static str {
        "The plan is “dead on arrival,” according to two council members."
    }

    fn attribute(&self, cx: &Context<'_>, quote: &Quote) -> Option<Answer> {
        let toks = cx.tokens();
        let sent = cx.sentence(quote.first);
        let end = cx.sentence(quote.last).end;
        let lo = sent.start.max(quote.first.saturating_sub(WINDOW));
        let hi = end.min(quote.last + WINDOW);
        let candidates = (lo..quote.first).rev().chain(quote.last + 1..hi);
        for i in candidates {
            // Most tokens fail on their length, a well-predicted test, before their kind or
            // their letters are looked at.
            let t = &toks[i];
            let anchor = match t.text.len() {
                9 => t.text.eq_ignore_ascii_case("according"),
                2 => t.text.eq_ignore_ascii_case("in"),
                _ => false,
            };
            // Not a quotation's own words (“We will win according to plan,” Rudd said, “…”).
            if !anchor || !matches!(t.kind, TokenKind::Word) || cx.in_quote(i) {
                continue;
            }
            let Some(cue) = cx.cue_at(i) else { continue };
            if !cx.is_according_to(cue) {
                continue;
            }
            let first = cx.after_cue(i, cue);
            let hi = hi.max(quote.first);
            let (m, _) = cx
                .np_starting_at(first, hi)
                .or_else(|| cx.bare_np_starting_at(first, hi))?;
            return Some(Answer {
                mention: Some(m),
                cue: Some(cue),
                confidence: 0.9,
            });
        }
        None
    }
}
