//! `continued-turn`: a cue-less quotation that continues the previous speaker's turn.

use sayso_tokenizer::TokenKind;

use crate::lexicon::Gender;
use crate::{Answer, Context, Quote, Sieve};

/// The quotation before this one was attributed, and nothing between them hands the floor to
/// someone else: the same paragraph, or the next paragraph opening with this quotation. Not
/// when a name and a past-tense verb follow this quotation's comma (“…,” Rosa Lind corrected
/// him): someone new speaks. A word or two in lower or title case is a scare quote or a title,
/// unless it is a sentence of its own after the previous quotation in its paragraph (“…,”
/// Novak said. “Badly.”). A question put to someone (“…?” a reporter asked Novak.) hands the
/// next paragraph's quotation to the one asked, with no cue. A sentence right before the
/// quotation that opens with another person's name and a verb (Carl Brody was less
/// enthusiastic. “…”), or with his or her and a noun for words (Her remarks were blunt.
/// “…”), sets that person up as the speaker, with no cue.
///
/// Pattern: `“…,” Novak said. “…”` or `“…,” Novak said.` ¶ `“…”`; `Brody was wary. “…”`.
/// Example: “We will rebuild,” the mayor said. “It will take years.”
/// Fails when an unquoted sentence between two quotations gives the floor to another person
/// without a speech verb or a name opening it (the turn change the text leaves implicit).
#[derive(Clone, Copy, Debug, Default)]
pub struct ContinuedTurn;

impl Sieve for ContinuedTurn {
    fn name(&self) -> &'static str {
        "continued-turn"
    }

    fn description(&self) -> &'static str {
        "continues the previous quotation's speaker (same paragraph, or the next one), or the person the sentence before sets up"
    }

    fn example(&self) -> &'static str {
        "“We will rebuild,” the mayor said. “It will take years.”"
    }

    fn attribute(&self, cx: &Context<'_>, quote: &Quote) -> Option<Answer> {
        // “The company,” the filing states, “misled …”: the second half of a quotation split
        // by its attribution, however it starts.
        if let Some(answer) = split_half(cx, quote) {
            return Some(answer);
        }
        let continued = continued_turn(cx, quote);
        // Carl Brody was less enthusiastic. “…”: the person the sentence before sets up,
        // unless that is who spoke last (their turn goes on, with its cue).
        if let Some(m) = framing_subject(cx, quote) {
            let toks = cx.tokens();
            let surname =
                |m: &crate::Mention| crate::mentions::strip_possessive(toks[m.tokens.1 - 1].text).0;
            // (A he or she after a speaker's turn is as likely that speaker.)
            let same = continued.and_then(|a| a.mention).is_some_and(|c| {
                m.kind != crate::MentionKind::Name
                    || c.kind != crate::MentionKind::Name
                    || surname(&c) == surname(&m)
            });
            if !same {
                return Some(Answer {
                    mention: Some(m),
                    cue: None,
                    confidence: 0.5,
                });
            }
        }
        continued
    }
}

/// [`ContinuedTurn`]'s answer from the previous quotation's: see its description.
fn continued_turn(cx: &Context<'_>, quote: &Quote) -> Option<Answer> {
    // “reporter”, “Fast Money”: a scare quote or a title, not more of someone's words.
    // (Unless it is a sentence of its own after the previous one in its paragraph:
    // “…,” Ruiz said. “Badly.” A word alone in a paragraph of its own is as often an
    // answer from someone else.)
    let sentence = quote.kind == crate::QuoteKind::Direct
        && quote.id.0 > 0
        && cx
            .quotes()
            .get(quote.id.0 as usize - 1)
            .is_some_and(|p| cx.doc().paragraph_of(p.last) == cx.doc().paragraph_of(quote.first))
        && quote.closed
        && quote.last > quote.first + 1
        && matches!(cx.tokens()[quote.last - 1].text, "." | "!" | "?")
        && cx.sentence(quote.first).start == quote.first;
    if !sentence
        && matches!(
            super::fragment_case(cx, quote, 3),
            Some(super::Case::Lower | super::Case::Title)
        )
    {
        return None;
    }
    // The previous attributed quotation, passing over up to two unattributed titles or
    // terms after it (“…,” said Novak, host of the show “Night Shift.” “…”).
    if names_a_new_speaker(cx, quote) {
        return None;
    }
    let mut k = quote.id.0 as usize;
    let (prev, answer) = loop {
        k = k.checked_sub(1)?;
        let prev = cx.quotes().get(k)?;
        match cx.earlier_answers().get(k)? {
            Some((answer, _)) => break (prev, answer),
            None if matches!(
                super::fragment_case(cx, prev, 3),
                Some(super::Case::Lower | super::Case::Title)
            ) && quote.id.0 as usize - k <= 2 => {}
            None => return None,
        }
    };
    answer.mention?;
    // Passed-over fragments must sit in the answered quotation's own sentence …
    let skipped = k + 1..quote.id.0 as usize;
    // and the answered one must be more than a term itself.
    let apart = skipped
        .clone()
        .any(|j| cx.doc().sentence_of(cx.quotes()[j].first) != cx.doc().sentence_of(prev.last));
    if !skipped.is_empty() && (apart || super::fragment_case(cx, prev, 3).is_some()) {
        return None;
    }
    let doc = cx.doc();
    let (p_prev, p_this) = (doc.paragraph_of(prev.last), doc.paragraph_of(quote.first));
    // Nothing between them may name another speaker with a speech verb.
    let between = prev.last + 1..quote.first;
    if between.len() > crate::context::WINDOW {
        return None;
    }
    // The rest of the previous quotation's own sentence elaborates on its speaker (said
    // Ana Ruiz, who said …; a Novak adviser who told me …): only later sentences can hand
    // the floor to someone else.
    let from = cx.sentence(prev.last).end.max(prev.last + 1);
    let gives_floor = (from..quote.first).any(|i| {
        cx.cue_at(i).is_some()
            && cx
                .subject_before(i, prev.last + 1)
                .is_some_and(|m| !same_phrase(&m, answer.mention) && hands_floor(cx, &m))
    });
    if gives_floor {
        return None;
    }
    let same = p_prev == p_this;
    let next_opening = p_this == p_prev + 1 && quote.first == cx.paragraph(quote.first).start;
    if !(same || next_opening) {
        return None;
    }
    // “…?” a reporter asked Ruiz. ¶ “…”: the answer is the one asked's.
    if next_opening {
        if let Some(asked) = asked_person(cx, prev, answer) {
            return Some(Answer {
                mention: Some(asked),
                cue: None,
                confidence: 0.6,
            });
        }
        if let Some(turn) = exchange_turn(cx, quote, k) {
            return Some(turn);
        }
    }
    Some(Answer {
        mention: answer.mention,
        cue: later_cue(cx, answer.cue, quote.first).or(answer.cue),
        confidence: if same { 0.75 } else { 0.65 },
    })
}

/// The speaker's latest cue before this quotation, when the sentence that carried the
/// previous quotation's cue goes on to add something (“…,” Ruiz said, adding that ….
/// “…”: adding). Other participles there (said, referring to …) mostly gloss the previous
/// quotation, not this one.
fn later_cue(
    cx: &Context<'_>,
    cue: Option<sayso_tokenizer::Span>,
    until: usize,
) -> Option<sayso_tokenizer::Span> {
    let cue = cue?;
    let toks = cx.tokens();
    let from = toks.partition_point(|t| t.span().start < cue.end);
    (from..until)
        .rev()
        .filter(|&i| !cx.in_quote(i) && toks[i].text.eq_ignore_ascii_case("adding"))
        .find_map(|i| cx.cue_at(i))
}

/// The person a sentence right before a quotation sets up as its speaker, without a cue: a
/// name or he/she opening it, then its verb (Carl Brody was less enthusiastic. “…”), in the
/// quotation's paragraph or, when the quotation opens its own, in the paragraph before. Only
/// for a quotation that is a sentence of its own, after a sentence with no quotation marks
/// and no cue (a cue there is reported speech: `reported-then-quoted`).
fn framing_subject(cx: &Context<'_>, quote: &Quote) -> Option<crate::Mention> {
    let toks = cx.tokens();
    if quote.kind != crate::QuoteKind::Direct {
        return None;
    }
    let prev = super::sentence_before(cx, quote)?;
    if prev.is_empty() {
        return None;
    }
    // (Past an opening phrase of being asked: Asked about his rival, Sen. Ana Ruiz was
    // gracious; or of place or time: At the town hall, Ana Ruiz spoke through an
    // interpreter.)
    let start = if matches!(toks[prev.start].text, "Asked" | "Pressed" | "Questioned") {
        (prev.start + 1..prev.end)
            .find(|&k| toks[k].text == ",")
            .map_or(prev.start, |k| k + 1)
    } else {
        // (Not past a clause of condition or time: If …, When …)
        let clause = cx.main_clause_start(prev.start, prev.end);
        let opener = (prev.start..clause)
            .find(|&k| !matches!(toks[k].text, "But" | "And" | "Yet" | "So" | "Or"));
        match opener {
            Some(k)
                if k < clause
                    && ![
                        "at", "in", "on", "outside", "inside", "after", "before", "near",
                    ]
                    .iter()
                    .any(|p| toks[k].text.eq_ignore_ascii_case(p)) =>
            {
                prev.start
            }
            _ => clause,
        }
    };
    let marked_or_cued = (prev.start..prev.end).any(|i| {
        cx.in_quote(i)
            || matches!(toks[i].kind, TokenKind::Quote(_))
            || (i >= start && cx.cue_at(i).is_some())
    });
    if marked_or_cued {
        return None;
    }
    // Her remarks were blunt. “…”: the owner of the words the sentence speaks of.
    if matches!(toks[start].text, "His" | "Her")
        && toks
            .get(start + 1)
            .is_some_and(|t| SPEECH_NOUNS.contains(&t.text))
    {
        return cx
            .finder()
            .possessor_at(start, prev.end)
            .map(|(owner, _)| owner);
    }
    let (m, next) = cx.np_starting_at(start, prev.end)?;
    let (s, e) = m.tokens;
    // A person's name: two words or more, or one the text wrote in full before (Brody after
    // Carl Brody), not a capitalised word opening the sentence (Based on …, Voices …), nor
    // the owner of the subject (Ruiz's plan was …).
    let written_in_full = || {
        (prev.start.saturating_sub(crate::context::WINDOW * 20)..s)
            .any(|k| toks[k].text == toks[s].text && k > 0 && cx.finder().is_name(k - 1))
    };
    let person = match m.kind {
        crate::MentionKind::Name => {
            m.number == crate::Number::Singular
                && !crate::mentions::strip_possessive(toks[e - 1].text).1
                && (e - s >= 2 || written_in_full())
        }
        crate::MentionKind::Pronoun => matches!(m.gender, Gender::Female | Gender::Male),
        crate::MentionKind::Nominal => false,
    };
    let verb = super::skip_fillers(cx, super::skip_appositives(cx, next, prev.end), prev.end);
    let verb_next = verb < prev.end
        && toks.get(verb).is_some_and(|t| {
            crate::mentions::is_word(t)
                && t.text.starts_with(char::is_lowercase)
                && !cx.finder().is_function_word(t)
        });
    (person && verb_next).then_some(m)
}

/// Nouns for what a person said, after a his or her opening the sentence before a cue-less
/// quotation (Her remarks were blunt. “…”). General English.
const SPEECH_NOUNS: &[&str] = &[
    "answer",
    "appeal",
    "argument",
    "comments",
    "message",
    "plea",
    "remarks",
    "reply",
    "response",
    "testimony",
    "tone",
    "voice",
    "warning",
    "words",
];

/// The most tokens an attribution splitting a quotation may hold (the agency’s lawyers
/// said in the filing).
const SPLIT: usize = 8;

/// The answer of the quotation right before `quote` when `quote` is its second half: the
/// first ends with a comma inside its marks, and only its attribution (with a cue) and a
/// comma stand between them, in one sentence.
fn split_half(cx: &Context<'_>, quote: &Quote) -> Option<Answer> {
    let toks = cx.tokens();
    let k = (quote.id.0 as usize).checked_sub(1)?;
    let prev = cx.quotes().get(k)?;
    let (answer, _) = cx.earlier_answers().get(k)?.as_ref()?;
    let cue = answer.cue?;
    answer.mention?;
    let between = prev.last + 1..quote.first;
    let split = prev.closed
        && prev.last > prev.first + 1
        && toks[prev.last - 1].text == ","
        && quote.first > 0
        && toks[quote.first - 1].text == ","
        && between.len() <= SPLIT
        && toks[between.clone()]
            .iter()
            .any(|t| t.span().start == cue.start)
        && !toks[between]
            .iter()
            .any(|t| matches!(t.text, "." | ";" | ":"));
    split.then_some(Answer {
        mention: answer.mention,
        cue: answer.cue,
        confidence: 0.8,
    })
}

/// True when `m`, the subject of a cue between two quotations, is a speaker who takes the
/// floor: a name or pronoun, or a description opening its sentence (the mayor said). A
/// description inside a clause is more often a noun before a cue-like noun (a conference call).
fn hands_floor(cx: &Context<'_>, m: &crate::Mention) -> bool {
    m.kind != crate::MentionKind::Nominal || m.tokens.0 == cx.sentence(m.tokens.0).start
}

/// True when `m` is (part of) the previous answer's mention: the same speaker read twice.
fn same_phrase(m: &crate::Mention, previous: Option<crate::Mention>) -> bool {
    previous.is_some_and(|p| m.span.start < p.span.end && p.span.start < m.span.end)
}

/// True when a name and a past-tense verb follow the quotation's comma (“…,” Rosa Lind
/// corrected him): someone new speaks, whatever the verb, and the turn before is over.
fn names_a_new_speaker(cx: &Context<'_>, quote: &Quote) -> bool {
    let toks = cx.tokens();
    let comma_inside = quote.closed && quote.last > quote.first && toks[quote.last - 1].text == ",";
    let at = if comma_inside {
        quote.last + 1
    } else if toks.get(quote.last + 1).is_some_and(|t| t.text == ",") {
        quote.last + 2
    } else {
        return false;
    };
    let hi = cx
        .sentence(quote.last)
        .end
        .min(at + crate::mentions::MAX_NP);
    cx.np_starting_at(at, hi).is_some_and(|(m, next)| {
        m.kind == crate::MentionKind::Name
            && toks
                .get(next)
                .is_some_and(|t| next < hi && crate::mentions::past_tense(t))
    })
}

/// A turn of a question-and-answer exchange, each turn a paragraph opening with its
/// quotation: a question after an answer to a question is the asker's again, and an answer
/// after that question the one who answered before (“…?” Sen. Ruiz asked. ¶ “…,” said Berg.
/// ¶ “And after that?” ¶ “A plan was filed.”: Ruiz, then Berg). No cue: the turn has none.
/// `k` is the previous quotation's index.
fn exchange_turn(cx: &Context<'_>, quote: &Quote, k: usize) -> Option<Answer> {
    let doc = cx.doc();
    let toks = cx.tokens();
    let (prev, before) = (cx.quotes().get(k)?, cx.quotes().get(k.checked_sub(1)?)?);
    let (Some((now, _)), Some((then, _))) = (
        cx.earlier_answers().get(k)?,
        cx.earlier_answers().get(k - 1)?,
    ) else {
        return None;
    };
    let (now_m, then_m) = (now.mention?, then.mention?);
    // Two people, each named: a pronoun may be either.
    let named = |m: &crate::Mention| m.kind != crate::MentionKind::Pronoun;
    let surname =
        |m: &crate::Mention| crate::mentions::strip_possessive(toks[m.tokens.1 - 1].text).0;
    if !named(&now_m) || !named(&then_m) || surname(&now_m) == surname(&then_m) {
        return None;
    }
    let opens = |q: &Quote| q.first == cx.paragraph(q.first).start;
    let consecutive = doc.paragraph_of(before.first) + 1 == doc.paragraph_of(prev.first);
    if !opens(prev) || !opens(before) || !consecutive {
        return None;
    }
    let question = |q: &Quote| is_question(toks, q);
    let turn = |m| {
        Some(Answer {
            mention: Some(m),
            cue: None,
            confidence: 0.55,
        })
    };
    match (question(before), question(prev), question(quote)) {
        (true, false, true) | (false, true, false) => turn(then_m),
        _ => None,
    }
}

/// True when quotation `q` is closed and ends with a question mark (“…?”).
fn is_question(toks: &[sayso_tokenizer::Token<'_>], q: &Quote) -> bool {
    q.closed && q.last > q.first && toks[q.last - 1].text == "?"
}

/// The person a question was put to: the quotation `prev` ends with a question mark and its
/// cue is a verb of asking followed by a name or pronoun (“…?” a reporter asked Ruiz.).
fn asked_person(cx: &Context<'_>, prev: &Quote, answer: &Answer) -> Option<crate::Mention> {
    let toks = cx.tokens();
    let question = is_question(toks, prev);
    let cue = answer.cue?;
    if !question {
        return None;
    }
    // (A capitalised attribution after “…?” may start a sentence of its own.)
    let sent = cx.sentence((prev.last + 1).min(toks.len().saturating_sub(1)));
    let i = (prev.last + 1..sent.end).find(|&k| toks[k].span().start == cue.start)?;
    if !matches!(toks[i].text, "asked" | "asks" | "pressed" | "questioned") {
        return None;
    }
    let (m, _) = cx.np_starting_at(cx.after_cue(i, cue), sent.end)?;
    (m.kind != crate::MentionKind::Nominal).then_some(m)
}
