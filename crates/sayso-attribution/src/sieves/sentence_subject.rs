//! `sentence-subject`: a quotation inside a sentence whose subject acts on it with a verb the
//! lexicon does not know (Novak praised the plan’s “common sense”).

use crate::context::WINDOW;
use crate::mentions::is_word;
use crate::{Answer, Context, Quote, Sieve};

/// The subject of the quotation's own sentence, before the quotation, followed by a verb: the
/// speaker of a fragment that the sentence's verb (praised, chided, touted, promises) reports.
///
/// Pattern: `SUBJECT [, APPOSITIVE,] VERB … “…”` in one sentence.
/// Example: The senator praised the plan’s “common sense” on Monday.
/// Fails when the verb is not about speech (Novak toured the “Little Italy of the north”); it
/// runs after every cue-based sieve, with the lowest confidence, and needs a quotation of at
/// least three words (shorter ones are more often terms and titles).
#[derive(Clone, Copy, Debug, Default)]
pub struct SentenceSubject;

/// The fewest words a quotation needs for this sieve to take it as reported speech.
const MIN_WORDS: usize = 3;

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
        // A word or two in marks is more often a term or a title than a report.
        if crate::inner_words(cx.doc(), quote.first, quote.last) < MIN_WORDS {
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
        // Novak, who has cast herself as the “…”: a relative clause that runs on to the
        // quotation reports it, with "who" (standing for Novak) as its subject.
        if let Some(answer) = relative_report(cx, next, quote.first) {
            return Some(answer);
        }
        let verb = crate::sieves::skip_fillers(
            cx,
            crate::sieves::skip_appositive(cx, next, quote.first),
            quote.first,
        );
        let t = toks.get(verb).filter(|_| verb < quote.first)?;
        let lower = t.text.chars().next().is_some_and(char::is_lowercase);
        if !is_word(t) || !lower || cx.in_quote(verb) || cx.finder().is_function_word(t) {
            return None;
        }
        // Fresh evidence can …: a sentence's capitalised first word before a word with no
        // verb ending is an adjective, not a name with its verb.
        let opening_word = mention.kind == crate::MentionKind::Name
            && mention.tokens == (start, start + 1)
            && start == sent.start
            && cx.lexicon().given_name(toks[start].text).is_none();
        if opening_word
            && !(t.text.ends_with("ed") || t.text.ends_with('s') || cx.cue_at(verb).is_some())
        {
            return None;
        }
        // The sentence's own speech verb, if it has one before the quotation, is the cue.
        let cue = (verb..quote.first)
            .find_map(|i| cx.cue_at(i))
            .unwrap_or(t.span());
        Some(Answer {
            mention: Some(mention),
            cue: Some(cue),
            confidence: 0.45,
        })
    }
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
    // One clause, one verb: a boundary or a second clause (… since 1961 and who had roles
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
    let cue = (verb..first).find_map(|i| cx.cue_at(i)).unwrap_or(t.span());
    Some(Answer {
        mention: Some(mention),
        cue: Some(cue),
        confidence: 0.45,
    })
}
