//! `trailing-dash`: “…” —Commissioner Dana Park.

use sayso_tokenizer::TokenKind;

use crate::{Answer, Context, Quote, Sieve};

/// A dash after the closing mark, followed by the speaker's name or description (a sign-off
/// or pull quote);
/// the sign-off after a paragraph's last quotation covers the paragraph's earlier ones.
///
/// Pattern: `“…” —SPEAKER`, `“…” And … “…” —SPEAKER`.
/// Example: “The river is cleaner than it has been in decades.” —Commissioner Dana Park
/// Fails on a dash that opens an aside about someone else (“…” — Park's critics disagree).
#[derive(Clone, Copy, Debug, Default)]
pub struct TrailingDash;

/// How many quotations of a paragraph, from the one attributed, may stand before its sign-off.
const SIGN_OFF_REACH: usize = 4;

impl Sieve for TrailingDash {
    fn name(&self) -> &'static str {
        "trailing-dash"
    }

    fn description(&self) -> &'static str {
        "a dash after the closing mark followed by the speaker's name or description"
    }

    fn example(&self) -> &'static str {
        "“The river is cleaner than it has been in decades.” —Commissioner Dana Park"
    }

    fn attribute(&self, cx: &Context<'_>, quote: &Quote) -> Option<Answer> {
        signed_off(cx, quote)
    }
}

/// The sign-off after a quotation (or after the last of a few in its paragraph): a dash and
/// the speaker's name ending the paragraph or followed by a comma, period or parenthesis.
/// The sieves of a header's colon ask it too, for a direct quotation, and leave such a
/// quotation to this one (Reaction: ¶ “…” —Mayor Ana Cruz).
pub(crate) fn signed_off(cx: &Context<'_>, quote: &Quote) -> Option<Answer> {
    let toks = cx.tokens();
    // The sign-off follows the paragraph's last quotation: “…” And … “…” ― Ana Novak
    // (looking a few quotations ahead at most, so the cost per quotation stays bounded).
    let para_end = cx.paragraph(quote.last).end;
    let last = cx
        .quotes()
        .iter()
        .skip(quote.id.0 as usize)
        .take(SIGN_OFF_REACH)
        .take_while(|q| q.first < para_end)
        .last()
        .map_or(quote.last, |q| q.last);
    let d = last + 1;
    let dash = toks
        .get(d)
        .filter(|t| matches!(t.kind, TokenKind::Dash) || t.text == "-")?;
    let para = cx.paragraph(d);
    let (m, next) = cx.np_starting_at(d + 1, para.end)?;
    // A name, or a description of a person (—A House Republican aide), not a pronoun.
    if !crate::sieves::names_a_person(cx, &m) {
        return None;
    }
    // Only a sign-off: nothing but an appositive or the paragraph end after the name.
    let rest_ok = next >= para.end || matches!(toks[next].text, "," | "." | "(");
    rest_ok.then_some(Answer {
        mention: Some(m),
        cue: Some(dash.span()),
        confidence: 0.85,
    })
}
