//! `colon-introduced`: a colon introduces the quotation right after it, on the same line or
//! opening the next paragraph.

use sayso_tokenizer::TokenKind;

use crate::mentions::MentionKind;
use crate::{Answer, Context, Quote, Sieve};

/// A colon right before the quotation, closing a clause that names the speaker.
///
/// A speech verb joined to a gesture by "then" or "and" is the cue (She shrugged, then added:).
///
/// Pattern: `… SPEAKER [VERB] … :` ¶ `“…”` (the previous paragraph ends with the colon), or
/// `SPEAKER VERB …: “…”` / `… from SPEAKER: “…”` / `SPEAKER’s response: “…”` /
/// `Here is SPEAKER …: “…”` on the quotation's own line.
/// Example: And from Chairwoman Ruiz: ¶ “We will keep the libraries open.”
/// Fails when the introducing clause names several people (the subject of its speech verb,
/// else a name right before the colon, else the clause's subject is taken).
#[derive(Clone, Copy, Debug, Default)]
pub struct ColonIntroduced;

impl Sieve for ColonIntroduced {
    fn name(&self) -> &'static str {
        "colon-introduced"
    }

    fn description(&self) -> &'static str {
        "a colon right before the quotation, closing a clause that names its speaker"
    }

    fn example(&self) -> &'static str {
        "And from Chairwoman Ruiz: / “We will keep the libraries open.”"
    }

    fn attribute(&self, cx: &Context<'_>, quote: &Quote) -> Option<Answer> {
        let toks = cx.tokens();
        let colon = quote.first.checked_sub(1)?;
        if toks[colon].text != ":" {
            return None;
        }
        // A direct quotation signed off by its speaker after a dash is theirs (Reaction: ¶
        // “…” —Mayor Ana Cruz): left to `trailing-dash`.
        if quote.kind == crate::QuoteKind::Direct
            && super::trailing_dash::signed_off(cx, quote).is_some()
        {
            return None;
        }
        if super::runs_on(cx, quote) {
            return None;
        }
        let next_paragraph = quote.first == cx.paragraph(quote.first).start;
        let sent = cx.sentence(colon);
        let lo = sent.start.max(colon.saturating_sub(crate::context::WINDOW));
        // A speech verb with a subject: Novak told reporters:. A speech verb joined to an
        // earlier verb by "then" or "and" shares that verb's subject and is the cue (She
        // shrugged, then added:), here or in the clause-subject reading below.
        let mut joined: Option<crate::Span> = None;
        for i in (lo..colon).rev() {
            if cx.in_quote(i) {
                continue;
            }
            if let Some(cue) = cx.cue_at(i) {
                // (Not a passive's subject, what was said: She described how she felt when
                // the deal was announced:.)
                let subject = (!super::passive(cx, i, lo))
                    .then(|| cx.subject_before(i, lo))
                    .flatten();
                if let Some(m) = subject {
                    return Some(Answer {
                        mention: Some(m),
                        cue: Some(joined.unwrap_or(cue)),
                        confidence: 0.85,
                    });
                }
                if joined.is_none() && i > lo && matches!(toks[i - 1].text, "then" | "and" | "but")
                {
                    joined = Some(cue);
                }
            }
        }
        // A possessor and a noun of speech opening the clause: Ruiz’s response: “…”; Her
        // message to voters was clear: “…”.
        let start = clause_start(cx, sent.start, colon);
        if let Some(answer) = possessed_words(cx, start, colon) {
            return Some(answer);
        }
        if next_paragraph {
            // The first name or pronoun of the main clause: And from Chairwoman Ruiz:
            // (Not of a participle's phrase before it: Dressed in black, Ruiz gave her
            // answer:)
            for k in start.max(lo)..colon {
                if let Some((m, _)) = cx.np_starting_at(k, colon) {
                    if m.kind != MentionKind::Nominal {
                        return Some(Answer {
                            mention: Some(m),
                            cue: Some(toks[colon].span()),
                            confidence: 0.8,
                        });
                    }
                }
            }
            return None;
        }
        // On the quotation's own line: a name, or a phrase after "from" or a dash, right
        // before the colon (More from the report: “…”; HEADLINE - Ana Ruiz: “…”; explained
        // Ana Ruiz: “…”).
        if let Some(m) = colon
            .checked_sub(1)
            .and_then(|k| cx.finder().np_ending_at(k, lo))
        {
            let before = m.tokens.0.checked_sub(1).map(|k| &toks[k]);
            let introduced = before.is_some_and(|t| {
                t.text.eq_ignore_ascii_case("from") || matches!(t.kind, TokenKind::Dash)
            });
            // The object of a preposition is no speaker (spoke to the weekly El País:).
            let object = cx.finder().preposition_object(m.tokens.0, 0, 4);
            if (m.kind == MentionKind::Name && !object) || introduced {
                // explained Ana Ruiz: the verb before the name is the cue.
                let cue = m
                    .tokens
                    .0
                    .checked_sub(1)
                    .and_then(|k| cx.cue_at(k))
                    .unwrap_or(toks[colon].span());
                return Some(Answer {
                    mention: Some(m),
                    cue: Some(cue),
                    confidence: 0.75,
                });
            }
        }
        // Here is Ruiz at the launch: “…”; Here’s how the mayor put it: the name after the
        // presenting "here is", with the colon as the cue.
        if let Some(answer) = presented(cx, start, colon) {
            return Some(answer);
        }
        // The subject of the clause the colon ends, with its verb as the cue: The report
        // makes that clear: “…”; Section 12 affirms: “…”.
        // Not a verb inside a relative clause set off by commas (Santos, whose husband died in
        // the flood, was blunt:).
        let mut relative = false;
        let verb = (start + 1..colon).find(|&k| {
            let t = &toks[k];
            if t.text == "," {
                relative = !relative
                    && toks
                        .get(k + 1)
                        .is_some_and(|n| matches!(n.text, "who" | "whose" | "which"));
                return false;
            }
            !relative && !cx.in_quote(k) && verb_shaped(t)
        })?;
        let m = cx.subject_before(verb, start)?;
        // A relative pronoun's clause (…, who was killed in 2011, is shown lecturing:) or an
        // expletive subject (there were two words …:) names nobody.
        let w = &toks[m.tokens.0];
        if matches!(w.text, "who" | "which" | "that" | "there" | "There") {
            return None;
        }
        // (She shrugged, then added: the joined speech verb is the cue.)
        Some(Answer {
            mention: Some(m),
            cue: Some(joined.unwrap_or(toks[verb].span())),
            confidence: 0.7,
        })
    }
}

/// The speaker a clause opening with "Here is" (Here’s, Here was) presents before the colon
/// at `colon`: the first name or pronoun after the verb, or the subject of a "how" clause
/// (Here is how Ruiz put it:).
fn presented(cx: &Context<'_>, start: usize, colon: usize) -> Option<Answer> {
    let toks = cx.tokens();
    let first = toks.get(start)?;
    let verb_at = if matches!(first.text, "Here’s" | "Here's") {
        start + 1
    } else if first.text == "Here"
        && toks
            .get(start + 1)
            .is_some_and(|t| matches!(t.text, "is" | "was"))
    {
        start + 2
    } else {
        return None;
    };
    let m = (verb_at..colon).find_map(|k| {
        cx.np_starting_at(k, colon)
            .map(|(m, _)| m)
            .filter(|m| m.kind != MentionKind::Nominal)
    })?;
    Some(Answer {
        mention: Some(m),
        cue: Some(toks[colon].span()),
        confidence: 0.75,
    })
}

/// Where the clause a colon ends begins: the sentence's main clause, past a conjunction
/// opening it (And then the report: …).
fn clause_start(cx: &Context<'_>, sentence: usize, colon: usize) -> usize {
    let start = cx.main_clause_start(sentence, colon);
    let conjunction = cx
        .tokens()
        .get(start)
        .is_some_and(|t| matches!(t.text, "And" | "But" | "So" | "Then"));
    start + usize::from(conjunction)
}

/// The possessor of a noun of speech opening the clause that starts at `start` and runs to
/// the colon or quotation at `colon` (Ruiz’s response:; Her message to voters was clear:;
/// Her answer was that “…”), with the noun as the cue; at most a few lower-case words
/// between them. `speech-verb-before-quote` asks it too, for a quotation later in the clause.
pub(crate) fn possessed_words(cx: &Context<'_>, start: usize, colon: usize) -> Option<Answer> {
    let toks = cx.tokens();
    let (m, after) = cx.finder().possessor_at(start, colon)?;
    let noun = (after..colon.min(after + 4))
        .take_while(|&k| {
            matches!(toks[k].kind, TokenKind::Word) && toks[k].text.starts_with(char::is_lowercase)
        })
        .find(|&k| SPEECH_NOUN_SET.contains(toks[k].text))?;
    // Nothing after the noun that names another speaker (… response to Berg's claim was:),
    // but for the one it was addressed to (Her reply to the ministry was short:).
    let mut from = noun + 1;
    if toks.get(from).is_some_and(|t| t.text == "to") {
        from += 1;
        if toks.get(from).is_some_and(|t| t.text == "the") {
            from += 1;
        }
        while from < colon
            && cx.finder().is_name(from)
            && !crate::mentions::strip_possessive(toks[from].text).1
        {
            from += 1;
        }
    }
    // (Past a participle's phrase set off by commas that names no one: Her message to
    // voters, read out by an aide, was short:)
    let open = (from..colon).find(|&k| toks[k].text == ",");
    if let Some(open) = open.filter(|&c| {
        toks.get(c + 1)
            .is_some_and(|t| crate::mentions::past_tense(t) || t.text == "read")
    }) {
        let close = (open + 2..colon).find(|&k| toks[k].text == ",");
        if let Some(close) = close {
            let clear = (from..open).all(|k| !cx.finder().is_name(k) && cx.cue_at(k).is_none())
                && (open..close).all(|k| !cx.finder().is_name(k));
            if clear {
                from = close + 1;
            }
        }
    }
    if (from..colon).any(|k| cx.finder().is_name(k) || cx.cue_at(k).is_some()) {
        return None;
    }
    Some(Answer {
        mention: Some(m),
        cue: Some(toks[noun].span()),
        confidence: 0.75,
    })
}

/// Nouns for what someone said (her response, Ruiz’s verdict). General English.
pub(crate) const SPEECH_NOUNS: &[&str] = &[
    "accusation",
    "admission",
    "advice",
    "answer",
    "argument",
    "assertion",
    "assessment",
    "boast",
    "claim",
    "comment",
    "comments",
    "complaint",
    "conclusion",
    "contention",
    "denial",
    "explanation",
    "insistence",
    "message",
    "pitch",
    "plea",
    "pledge",
    "prediction",
    "promise",
    "reaction",
    "rebuttal",
    "remark",
    "remarks",
    "reply",
    "response",
    "retort",
    "statement",
    "suggestion",
    "summary",
    "threat",
    "verdict",
    "vow",
    "warning",
    "words",
];

/// [`SPEECH_NOUNS`] as a set: asked of every word before many a quotation.
pub(crate) static SPEECH_NOUN_SET: crate::mentions::WordSet =
    crate::mentions::WordSet::new(SPEECH_NOUNS);

/// Auxiliaries that make a clause's verb (she is sure: “…”).
const AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "did",
    "does",
];

/// True for a lower-case word shaped like a finite verb: an auxiliary, or a word ending in
/// -ed or a third-person -s (affirms, gloated), not -ss.
fn verb_shaped(t: &sayso_tokenizer::Token<'_>) -> bool {
    let w = t.text;
    matches!(t.kind, TokenKind::Word)
        && w.starts_with(char::is_lowercase)
        && (AUXILIARIES.contains(&w)
            || (w.len() > 3 && (w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss")))))
}
