//! `sentence-subject`: a quotation inside a sentence whose subject acts on it with a verb the
//! lexicon does not know (Novak praised the plan’s “common sense”).

use crate::context::WINDOW;
use crate::mentions::is_word;
use crate::{Answer, Context, Quote, Sieve, Span};

/// The subject of the quotation's own sentence, before the quotation, followed by a verb: the
/// speaker of a fragment that the sentence's verb (praised, chided, touted, promises) reports.
///
/// Pattern: `SUBJECT [, APPOSITIVE,] VERB … “…”` in one sentence.
/// Example: The senator praised the plan’s “common sense” on Monday.
/// Fails when the verb is not about speech (Novak toured the “Little Italy of the north”); it
/// runs after every cue-based sieve, with the lowest confidence. A fragment of a word or two
/// is taken too: on PolNeAR its subject and verb are right more often than not, though it is
/// more often a term than a report (whether it is kept at all is `is_speech`'s decision).
#[derive(Clone, Copy, Debug, Default)]
pub struct SentenceSubject;

/// The fewest words a quotation needs for this sieve to take it as reported speech.
const MIN_WORDS: usize = 1;

/// Below this many words a fragment's answer gets a lower confidence.
const SHORT_WORDS: usize = 3;

impl Sieve for SentenceSubject {
    fn name(&self) -> &'static str {
        "sentence-subject"
    }

    fn description(&self) -> &'static str {
        "the subject and verb opening the quotation's own sentence"
    }

    fn example(&self) -> &'static str {
        "The senator praised the plan’s “common sense” on Monday."
    }

    fn attribute(&self, cx: &Context<'_>, quote: &Quote) -> Option<Answer> {
        let toks = cx.tokens();
        let sent = cx.sentence(quote.first);
        if quote.first <= sent.start || quote.first - sent.start > WINDOW {
            return None;
        }
        // Empty marks report nothing.
        let words = crate::inner_words(cx.doc(), quote.first, quote.last);
        if words < MIN_WORDS {
            return None;
        }
        let start = cx.main_clause_start(sent.start, quote.first);
        if cx.in_quote(start) {
            return None;
        }
        let (mention, next) = cx.np_starting_at(start, quote.first)?;
        // Another critic, Ana Novak, …: the appositive name.
        let mention = cx
            .appositive_name(mention, next, quote.first)
            .unwrap_or(mention);
        // A description must name someone who can speak (the senator, the report, the
        // couple's son): The mood seemed to lift after “…”, His rating improved after “…” are
        // no reports.
        if mention.kind == crate::MentionKind::Nominal && !speaking_head(cx, &mention) {
            return None;
        }
        // Novak, who has cast herself as the “…”: a relative clause that runs on to the
        // quotation reports it, with "who" (standing for Novak) as its subject.
        if let Some(answer) = relative_report(cx, next, quote.first) {
            return Some(answer);
        }
        let verb = crate::sieves::skip_fillers(
            cx,
            crate::sieves::skip_appositives(cx, next, quote.first),
            quote.first,
        );
        let t = toks.get(verb).filter(|_| verb < quote.first)?;
        // A passive's subject (the claim was labeled “…”) is not who spoke: the verb is
        // the cue of an unnamed speaker.
        if crate::sieves::passive(cx, verb, start) {
            return Some(Answer {
                mention: None,
                cue: Some(cue_from(cx, verb, quote.first)),
                confidence: 0.3,
            });
        }
        let lower = t.text.chars().next().is_some_and(char::is_lowercase);
        if !is_word(t) || !lower || cx.in_quote(verb) || cx.finder().is_function_word(t) {
            return None;
        }
        // A word with a verb's shape: -ed, -s (not a possessive), a speech verb or a common
        // irregular past (took, went). Anything else after the phrase shows it was cut short
        // or is no subject: The Berg ad hits …; Former Ruiz speechwriter Tom Okafor published
        // …; Fresh evidence can ….
        let inflected = (t.text.ends_with("ed")
            || (t.text.ends_with('s') && !crate::mentions::strip_possessive(t.text).1))
            && cx.lexicon().pronoun(t.text).is_none();
        let verb_like = inflected
            || cx.cue_at(verb).is_some()
            || crate::mentions::IRREGULAR_PAST.contains(&t.text);
        if !verb_like {
            return None;
        }
        // A word or two in marks is as often a term as a report.
        Some(Answer {
            mention: Some(mention),
            cue: Some(cue_from(cx, verb, quote.first)),
            confidence: if words < SHORT_WORDS { 0.3 } else { 0.45 },
        })
    }
}

/// The cue of a clause whose verb is token `verb`: the first speech verb or cue phrase from
/// the verb up to the quotation's opening mark `first`, else the verb itself.
fn cue_from(cx: &Context<'_>, verb: usize, first: usize) -> Span {
    (verb..first)
        .find_map(|i| cx.cue_at(i))
        .unwrap_or(cx.tokens()[verb].span())
}

/// True when a description's head (its last word, or that word without a plural's s) is a
/// nominal head or a gendered noun of the lexicon.
fn speaking_head(cx: &Context<'_>, m: &crate::Mention) -> bool {
    let lx = cx.lexicon();
    let head = cx.tokens()[m.tokens.1 - 1].text;
    let known = |w: &str| lx.is_nominal_head(w) || lx.gendered_noun(w).is_some();
    known(head) || head.strip_suffix('s').is_some_and(known)
}

/// The answer for a quotation inside the relative clause after its sentence's subject
/// (Novak, who has cast herself as the “…”): "who" and the clause's verb, when the clause
/// reaches the quotation without a comma or other boundary. `next` is the token after the
/// subject, `first` the opening mark.
fn relative_report(cx: &Context<'_>, next: usize, first: usize) -> Option<Answer> {
    let toks = cx.tokens();
    let who = next + 1;
    let opens = toks.get(next).is_some_and(|t| t.text == ",")
        && toks.get(who).is_some_and(|t| t.text == "who");
    if !opens || who + 1 >= first {
        return None;
    }
    // One clause, one verb: a boundary or a second clause (… since 1990 and who had roles
    // in “…”) leaves the quotation unreported.
    if (who + 1..first).any(|k| {
        matches!(
            toks[k].text,
            "," | ";" | ":" | "." | "(" | ")" | "and" | "or" | "but" | "who"
        )
    }) {
        return None;
    }
    let verb = crate::sieves::skip_fillers(cx, who + 1, first);
    let t = toks.get(verb).filter(|_| verb < first)?;
    let copula = matches!(
        t.text,
        "is" | "was" | "are" | "were" | "been" | "be" | "being" | "had" | "has" | "have"
    );
    if !is_word(t) || copula || !t.text.starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    let mention = cx
        .subject_before(verb, next)
        .filter(|m| m.tokens.0 == who)?;
    Some(Answer {
        mention: Some(mention),
        cue: Some(cue_from(cx, verb, first)),
        confidence: 0.45,
    })
}
