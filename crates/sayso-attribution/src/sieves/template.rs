//! A template sieve to copy when adding a rule. It compiles and is tested, but is not in the
//! default cascade. See CONTRIBUTING.md for the steps.

use crate::{Answer, Context, Quote, Sieve};

/// EDIT: one line saying the evidence this sieve uses.
///
/// Pattern: `“…,” SUBJECT VERB` (EDIT: the pattern in one line).
/// Example: “We will respond,” Novak said. (EDIT: one sentence it attributes.)
/// Fails when … (EDIT: its known failure modes).
#[derive(Clone, Copy, Debug, Default)]
pub struct TemplateSieve;

impl Sieve for TemplateSieve {
    fn name(&self) -> &'static str {
        // EDIT: kebab-case, named for the evidence, unique in the cascade.
        "template"
    }

    fn description(&self) -> &'static str {
        // EDIT: the line `sayso sieves` prints.
        "a name right after the closing mark followed by a speech verb"
    }

    fn example(&self) -> &'static str {
        // EDIT: an example sentence of your own.
        "“We will respond,” Novak said."
    }

    fn attribute(&self, cx: &Context<'_>, quote: &Quote) -> Option<Answer> {
        // EDIT: look at the tokens around the quotation (cx.tokens(), quote.first/last),
        // return None to pass the quotation on to the next sieve.
        let (mention, next) = cx.np_starting_at(quote.last + 1, cx.paragraph(quote.last).end)?;
        let cue = cx.cue_at(next)?;
        Some(Answer {
            mention: Some(mention),
            cue: Some(cue),
            confidence: 0.5,
        })
    }
}
