//! `named-after`: “…” So says Dana Park. / “…” That was the verdict of Dana Park.

use crate::{Answer, Context, MentionKind, Quote, Sieve};

/// A sentence right after the quotation, in its paragraph, that says whose words they were:
/// an inverted "So says" (or said), a demonstrative that calls them someone's verdict, view
/// or words (the verdict of Ana Ruiz, her words), or one that says this is how someone put
/// it.
///
/// Pattern: `“…” So says SPEAKER`, `“…” That was the NOUN of SPEAKER`, `“…” The NOUN came
/// from SPEAKER`, `“…” Those were SPEAKER's NOUN`, `“…” That is how SPEAKER put it`,
/// `“…” Those words, spoken by SPEAKER` (in the next paragraph too when the quotation ends
/// its own).
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
    "question",
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
        "a sentence right after the quotation saying whose words they were (so says, the verdict of, words spoken by)"
    }

    fn example(&self) -> &'static str {
        "“Nobody reads the small print.” So says Dana Park, a consumer lawyer."
    }

    fn attribute(&self, cx: &Context<'_>, quote: &Quote) -> Option<Answer> {
        let toks = cx.tokens();
        let d = quote.last + 1;
        let mut para = cx.paragraph(quote.last);
        // A quotation standing as its paragraph's end: the words it was, spoken by someone,
        // in the sentence opening the next (“The probe is gone.” ¶ Those four words, spoken
        // softly by the mission's chief, Ana Ruiz, closed …), or what the next paragraph
        // opens by saying it was (“…” ¶ That was the message from Chief Ana Ruiz).
        if d >= para.end {
            if let Some(answer) = spoken_by(cx, d) {
                return Some(answer);
            }
            if d >= toks.len() {
                return None;
            }
            para = cx.paragraph(d);
            if para.start != d {
                return None;
            }
        } else {
            // The quotation ends its sentence, and the next one opens right after it.
            if cx.sentence(d).start != d {
                return None;
            }
            if let Some(answer) = spoken_by(cx, d) {
                return Some(answer);
            }
        }
        let word = |k: usize| toks.get(k).filter(|_| k < para.end).map(|t| t.text);
        // The noun of saying after "the" at `the`, past at most MODIFIER_REACH words in lower
        // case (the blunt verdict, the words).
        let saying_noun = |the: usize| {
            let noun = (the + 1..the + 2 + MODIFIER_REACH)
                .find(|&n| word(n).is_some_and(|w| SAYING_NOUNS.contains(&w)))?;
            let lower = (the + 1..noun)
                .all(|n| word(n).is_some_and(|w| w.chars().all(|c| c.is_lowercase() || c == '-')));
            lower.then_some(noun)
        };
        let (first, cue) = match (word(d)?, word(d + 1)?) {
            ("So", "says" | "said") => (d + 2, d + 1),
            // The words came from Ana Ruiz; The warning comes from …: the noun is the cue.
            ("The", _) => {
                let noun = saying_noun(d)?;
                let came = matches!(word(noun + 1)?, "came" | "come" | "comes")
                    && word(noun + 2)? == "from";
                came.then_some((noun + 3, noun))?
            }
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
                        let noun = saying_noun(k)?;
                        // (Of the speaker, or from them: the message from Ana Ruiz.)
                        let of = matches!(word(noun + 1)?, "of" | "from");
                        of.then_some((noun + 2, noun))?
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
    let (m, next) = cx.np_starting_at(first, hi)?;
    // (Past an appositive: That is how Ana Ruiz, an economist, put it.)
    let verb = super::skip_appositive(cx, next, hi);
    if m.kind != MentionKind::Name && m.kind != MentionKind::Nominal || verb >= hi {
        return None;
    }
    let cue = match toks[verb].text {
        "put" | "phrased" | "sums" | "summed" => toks[verb].span(),
        _ => cx.cue_at(verb)?,
    };
    Some(Answer {
        mention: Some(m),
        cue: Some(cue),
        confidence: 0.8,
    })
}

/// Participles of saying that a passive's agent follows (Those words, spoken by …).
const SPOKEN: &[&str] = &[
    "delivered",
    "posted",
    "spoken",
    "tweeted",
    "uttered",
    "written",
];

/// "Those four words, spoken softly by SPEAKER": a demonstrative (or *the*) and maybe a
/// number before a noun for what was said, set off, then a participle of saying, maybe an
/// adverb, *by* and the speaker, in the sentence opening at token `d` (the caller's: the one
/// right after the quotation, or the next paragraph's first); the participle is the cue.
fn spoken_by(cx: &Context<'_>, d: usize) -> Option<Answer> {
    let toks = cx.tokens();
    let para = cx.paragraph(d);
    let word = |k: usize| toks.get(k).filter(|_| k < para.end).map(|t| t.text);
    if !matches!(word(d)?, "Those" | "These" | "The" | "That" | "This") {
        return None;
    }
    // (A number or a modifier or two: Those four words, The last words.)
    let noun = (d + 1..d + 4).find(|&n| word(n).is_some_and(|w| SAYING_NOUNS.contains(&w)))?;
    if word(noun + 1)? != "," {
        return None;
    }
    let cue = noun + 2;
    if !SPOKEN.contains(&word(cue)?) {
        return None;
    }
    let by = if word(cue + 1)?.ends_with("ly") {
        cue + 2
    } else {
        cue + 1
    };
    if word(by)? != "by" {
        return None;
    }
    let (m, _) = cx.np_starting_at(by + 1, para.end)?;
    crate::sieves::names_a_person(cx, &m).then(|| Answer {
        mention: Some(m),
        cue: Some(toks[cue].span()),
        confidence: 0.8,
    })
}
