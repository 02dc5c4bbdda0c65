//! `reported-then-quoted`: a quotation opening its sentence right after a sentence of reported
//! speech carries on that speaker's words (Novak said the plan was sound. “We checked it.”).

use crate::mentions::is_word;
use crate::{Answer, Context, MentionKind, Quote, Sieve};

/// The speaker of the sentence before: a quotation that opens its sentence, with no cue of its
/// own, right after a sentence whose subject reports speech in indirect form.
///
/// Pattern: `SUBJECT VERB [that] …. “…”` or `…, SUBJECT VERB. “…”`, in one paragraph or with
/// the quotation opening the next one.
/// Example: The mayor said the bridge would reopen in May. “We owe the city that much.”
/// Fails when the quotation answers or rebuts the reported speech (a turn change the text
/// leaves implicit); it runs after `continued-turn`, which handles a previous *quotation*.
#[derive(Clone, Copy, Debug, Default)]
pub struct ReportedThenQuoted;

/// How far into the previous sentence its speech verb may sit (tokens from its start).
const REACH: usize = 40;

impl Sieve for ReportedThenQuoted {
    fn name(&self) -> &'static str {
        "reported-then-quoted"
    }

    fn description(&self) -> &'static str {
        "a quotation opening its sentence continues the reported speech of the sentence before"
    }

    fn example(&self) -> &'static str {
        "The mayor said the bridge would reopen in May. “We owe the city that much.”"
    }

    fn attribute(&self, cx: &Context<'_>, quote: &Quote) -> Option<Answer> {
        let toks = cx.tokens();
        let prev = super::sentence_before(cx, quote)?;
        // A label (“Fast Money”, “reporter”) is not a turn, and a quotation in capitals is a
        // heading.
        if matches!(
            super::fragment_case(cx, quote, 3),
            Some(super::Case::Lower | super::Case::Title)
        ) || !toks[quote.first..=quote.last]
            .iter()
            .any(|t| t.text.chars().any(char::is_lowercase))
        {
            return None;
        }
        // The previous sentence reports speech: the first speech verb outside quotation marks
        // whose subject a reader can name (its main clause, before any reported clause).
        let hi = prev.end.min(prev.start + REACH);
        for i in prev.start..hi {
            if cx.in_quote(i) || !is_word(&toks[i]) {
                continue;
            }
            let Some(cue) = cx.cue_at(i) else { continue };
            if i > prev.start && toks[i - 1].text == "to" {
                continue;
            }
            let mention = if cx.is_according_to(cue) {
                cx.np_starting_at(cx.after_cue(i, cue), prev.end)
                    .map(|(m, _)| m)
            } else {
                cx.subject_before(i, prev.start).or_else(|| {
                    // …, said Ana Novak. / …, Novak said.
                    (i > prev.start && toks[i - 1].text == ",")
                        .then(|| cx.np_starting_at(cx.after_cue(i, cue), prev.end))
                        .flatten()
                        .map(|(m, _)| m)
                })
            };
            let Some(m) = mention else { continue };
            // A description inside a clause is more often a noun before a cue-like noun.
            if m.kind == MentionKind::Nominal
                && m.tokens.0 != prev.start
                && !cx.is_according_to(cue)
            {
                let clause = cx.main_clause_start(prev.start, i);
                if m.tokens.0 != clause {
                    return None;
                }
            }
            return Some(Answer {
                mention: Some(m),
                cue: Some(cue),
                confidence: 0.55,
            });
        }
        None
    }
}
