//! `according-to`: … “…”, according to the ministry.

use sayso_tokenizer::TokenKind;

use crate::context::WINDOW;
use crate::{Answer, Context, Quote, Sieve};

/// "according to" in the quotation's sentence, on either side, naming the source after it.
///
/// Pattern: `… “…” …, according to SOURCE` or `According to SOURCE, … “…”`.
/// Example: The plan is “dead on arrival,” according to two council members.
/// Fails when "according to" cites a document rather than a speaker (the source is then the
/// document, which is what the text says).
#[derive(Clone, Copy, Debug, Default)]
pub struct AccordingTo;

impl Sieve for AccordingTo {
    fn name(&self) -> &'static str {
        "according-to"
    }

    fn description(&self) -> &'static str {
        "\"according to SOURCE\" in the quotation's sentence"
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
            if !matches!(toks[i].kind, TokenKind::Word)
                || !toks[i].text.eq_ignore_ascii_case("according")
            {
                continue;
            }
            let Some(cue) = cx.cue_at(i) else { continue };
            if !cx.is_according_to(cue) {
                continue;
            }
            let (m, _) = cx.np_starting_at(cx.after_cue(i, cue), hi.max(quote.first))?;
            return Some(Answer {
                mention: Some(m),
                cue: Some(cue),
                confidence: 0.9,
            });
        }
        None
    }
}
