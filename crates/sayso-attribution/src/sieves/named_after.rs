//! `named-after`: “…” So says Dana Park. / “…” That was the verdict of Dana Park.

use crate::{Answer, Context, MentionKind, Quote, Sieve};

/// A sentence right after the quotation, in its paragraph, that says whose words they were:
/// an inverted "So says" (or said), a demonstrative that calls them someone's verdict, view
/// or words (the verdict of Ana Ruiz, her words), or one that says this is how someone put
/// it.
///
/// Pattern: `“…” So says SPEAKER`, `“…” That was the NOUN of SPEAKER`, `“…” Those were
/// SPEAKER's NOUN`, `“…” That is how SPEAKER put it`.
/// Example: “Nobody reads the small print.” So says Dana Park, a consumer lawyer.
/// Fails when the demonstrative points further back than the quotation (a verdict reported
/// in the sentence before it).
#[derive(Clone, Copy, Debug, Default)]
pub struct NamedAfter;

/// Nouns for what someone said, as in "That was the verdict of …" (general English).
const SAYING_NOUNS: &[&str] = &[
    "advice",
    "answer",
    "argument",
    "assessment",
    "conclusion",
    "diagnosis",
    "judgement",
    "judgment",
    "message",
    "opinion",
    "plea",
    "prediction",
    "reaction",
    "response",
    "verdict",
    "view",
    "warning",
    "word",
    "words",
];

/// How many words in lower case may stand between "the" and its noun (the blunt verdict, the
/// considered view of a long-time official).
const MODIFIER_REACH: usize = 2;

impl Sieve for NamedAfter {
    fn name(&self) -> &'static str {
        "named-after"
    }

    fn description(&self) -> &'static str {
        "a sentence right after the quotation saying whose words they were (so says, the verdict of)"
    }

    fn example(&self) -> &'static str {
        "“Nobody reads the small print.” So says Dana Park, a consumer lawyer."
    }

    fn attribute(&self, cx: &Context<'_>, quote: &Quote) -> Option<Answer> {
        let toks = cx.tokens();
        let d = quote.last + 1;
        let para = cx.paragraph(quote.last);
        // The quotation ends its sentence, and the next one opens right after it.
        if d >= para.end || cx.sentence(d).start != d {
            return None;
        }
        let word = |k: usize| toks.get(k).filter(|_| k < para.end).map(|t| t.text);
        let (first, cue) = match (word(d)?, word(d + 1)?) {
            ("So", "says" | "said") => (d + 2, d + 1),
            (demonstrative, verb) => {
                // That was …, That is …, or That’s … written as one word.
                let k = match (demonstrative, verb) {
                    (
                        "That" | "This" | "Those" | "These" | "Such",
                        "was" | "is" | "were" | "are",
                    ) => d + 2,
                    ("That’s" | "That's", _) => d + 1,
                    _ => return None,
                };
                // Those were her words, That was Ana Ruiz's verdict: the possessor.
                let possessed = cx
                    .finder()
                    .possessor_at(k, para.end)
                    .filter(|&(_, n)| word(n).is_some_and(|w| SAYING_NOUNS.contains(&w)));
                if let Some((m, n)) = possessed {
                    return Some(Answer {
                        mention: Some(m),
                        cue: Some(toks[n].span()),
                        confidence: 0.8,
                    });
                }
                match word(k)? {
                    "the" => {
                        let noun = (k + 1..k + 2 + MODIFIER_REACH)
                            .find(|&n| word(n).is_some_and(|w| SAYING_NOUNS.contains(&w)))?;
                        let lower = (k + 1..noun).all(|n| {
                            word(n).is_some_and(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
                        });
                        (lower && word(noun + 1)? == "of").then_some((noun + 2, noun))?
                    }
                    "how" | "what" => return put_it(cx, k + 1, para.end),
                    _ => return None,
                }
            }
        };
        let (m, next) = cx.np_starting_at(first, para.end)?;
        // A description the lexicon does not know, set off before a name (the harbour
        // master, Ana Ruiz): the name.
        let m = if crate::sieves::names_a_person(cx, &m) {
            m
        } else {
            cx.final_appositive_name(m, next, para.end)?.0
        };
        Some(Answer {
            mention: Some(m),
            cue: Some(toks[cue].span()),
            confidence: 0.8,
        })
    }
}

/// "That is how SPEAKER put it" (or described it, summed it up), "That is what SPEAKER
/// said": the speaker before the verb and the verb as the cue; `first` is the token after
/// "how" or "what".
fn put_it(cx: &Context<'_>, first: usize, hi: usize) -> Option<Answer> {
    let toks = cx.tokens();
    let (m, verb) = cx.np_starting_at(first, hi)?;
    if m.kind != MentionKind::Name && m.kind != MentionKind::Nominal || verb >= hi {
        return None;
    }
    let cue = match toks[verb].text {
        "put" | "phrased" => toks[verb].span(),
        _ => cx.cue_at(verb)?,
    };
    Some(Answer {
        mention: Some(m),
        cue: Some(cue),
        confidence: 0.8,
    })
}
