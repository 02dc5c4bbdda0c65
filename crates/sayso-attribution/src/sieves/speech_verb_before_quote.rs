//! `speech-verb-before-quote`: Novak said: “…” / Novak said that … “…”.

use sayso_tokenizer::{Span, TokenKind};

use crate::{Answer, Context, Mention, Quote, Sieve, lexicon};

/// The nearest speech verb before the opening mark in the same sentence, with its subject;
/// when that verb sits inside another speech verb's complement, the outermost one. With no
/// speech verb in the sentence at all, a possessor's noun of speech opening the clause (Her
/// response was that the plan “…”), else one taking a clause or an infinitive before the
/// quotation (over her remark that “…”; his promise to be “…”).
///
/// Pattern: `SUBJECT VERB [that …|:|,] “…”`; for a participle (`…, saying “…”`) the subject
/// of the clause it hangs on; for nested speech (`Novak said Ruiz had called it “…”`) the
/// outer speaker, Novak, as PolNeAR annotates it.
/// Example: The mayor said the city is open to “a new start” with its neighbours.
/// Fails when the inner speaker is the one a reader would credit (Novak said that Ruiz
/// told her “…”, where the words are Ruiz's).
#[derive(Clone, Copy, Debug, Default)]
pub struct SpeechVerbBeforeQuote;

impl Sieve for SpeechVerbBeforeQuote {
    fn name(&self) -> &'static str {
        "speech-verb-before-quote"
    }

    fn description(&self) -> &'static str {
        "the nearest speech verb before the opening mark in the same sentence, with its subject"
    }

    fn example(&self) -> &'static str {
        "The mayor said the city is open to “a new start” with its neighbours."
    }

    fn attribute(&self, cx: &Context<'_>, quote: &Quote) -> Option<Answer> {
        let sent = cx.sentence(quote.first);
        let lo = sent
            .start
            .max(quote.first.saturating_sub(crate::context::WINDOW));
        // A passive with no agent (the plan was described as “…”) names no speaker, but it
        // reports the words: its verb, the nearest one, is the cue when nothing else answers.
        let mut passive = None;
        attribute_before(cx, quote, lo, &mut passive).or_else(|| {
            passive.map(|cue| Answer {
                mention: None,
                cue: Some(cue),
                confidence: 0.5,
            })
        })
    }
}

/// The person an outlet quotes when the cue at `i` is "saying" after "quoted … as" (State
/// media quoted Premier Wang Lei as saying …): the phrase between "quoted" and "as".
fn quoted_as_saying(cx: &Context<'_>, i: usize, lo: usize) -> Option<crate::Mention> {
    let toks = cx.tokens();
    if toks[i].text != "saying" || i < lo + 3 || toks[i - 1].text != "as" {
        return None;
    }
    let quoted = (lo..i - 1)
        .rev()
        .take(crate::mentions::MAX_NP)
        .take_while(|&k| !matches!(toks[k].text, "." | ";" | ":" | "!" | "?"))
        .find(|&k| matches!(toks[k].text, "quoted" | "quotes" | "quoting"))?;
    crate::sieves::quoted_as_saying(cx, quoted, i + 1)
        .filter(|&(_, saying)| saying == i)
        .map(|(m, _)| m)
}

/// [`SpeechVerbBeforeQuote`]'s answer from a verb with a speaker: `lo` is where the
/// quotation's sentence starts, or the window's reach. The cue of a passive with no agent,
/// when it is the nearest verb, is left in `passive`.
fn attribute_before(
    cx: &Context<'_>,
    quote: &Quote,
    lo: usize,
    passive: &mut Option<Span>,
) -> Option<Answer> {
    let toks = cx.tokens();
    let sent = cx.sentence(quote.first);
    // A verb inside a relative clause (whom he called “…”) reports the speaker of the
    // sentence's outer verb: kept as the answer only when no outer one is found.
    let mut inner: Option<Answer> = None;
    // Whether a speech verb nearer the quotation was read already.
    let mut seen_cue = false;
    // The nearest infinitive passed over (took to the airwaves to accuse her of “…”).
    let mut infinitive: Option<Verb> = None;
    // An unclosed quotation cut short by this one (an excerpt: "… after what she called
    // “…”) is the text this one sits in: its words are read.
    let around = quote
        .id
        .0
        .checked_sub(1)
        .and_then(|k| cx.quotes().get(k as usize))
        .filter(|p| !p.closed && p.last + 1 >= quote.first)
        .map_or(0..0, |p| p.first + 1..quote.first);
    for i in (lo..quote.first).rev() {
        if cx.in_quote(i) && !around.contains(&i) {
            continue;
        }
        let Some(cue) = cx.cue_at(i) else { continue };
        // An infinitive (urged leaders to call it …) is not the attribution's verb, unless
        // it carries on the speaker's turn (Novak said …, going on to say “…”): then the
        // whole phrase is the cue.
        let (i, cue) = if i > lo && toks[i - 1].text == "to" {
            match go_on_to(cx, i, lo) {
                Some(g) => (g, toks[g].span().to(cue)),
                None => {
                    infinitive.get_or_insert(Verb { i, cue, lo });
                    seen_cue = true;
                    continue;
                }
            }
        } else {
            (i, cue)
        };
        // Told to repay the rent, asked to leave: an order given, not the words after it.
        if matches!(
            toks[i].text,
            "told" | "asked" | "urged" | "ordered" | "instructed"
        ) && toks.get(i + 1).is_some_and(|t| t.text == "to")
            && toks
                .get(i + 2)
                .is_some_and(|t| t.text.starts_with(char::is_lowercase))
        {
            seen_cue = true;
            continue;
        }
        let verb = Verb { i, cue, lo };
        // Asked about the vote, Ana Ruiz said …: the subject of the main clause after the
        // opening participle's phrase answers, not a name inside that phrase; with a colon
        // before the quotation, the main clause's verb is the cue (Asked …, Ruiz smiled:
        // “…”), which `colon-introduced` reads.
        if toks[i].text == "Asked" && i == sent.start {
            if quote.first > 0 && toks[quote.first - 1].text == ":" {
                continue;
            }
            let comma = (i + 1..quote.first)
                .filter(|&k| !cx.in_quote(k))
                .find(|&k| toks[k].text == ",");
            if let Some((m, _)) = comma.and_then(|c| cx.np_starting_at(c + 1, quote.first)) {
                return Some(verb.answer(m, 0.8));
            }
        }
        // KCNA quoted Ri Chol-ho as saying “…”: the one quoted speaks, not the outlet.
        if let Some(m) = quoted_as_saying(cx, i, lo) {
            return Some(verb.answer(m, 0.85));
        }
        // A passive (the plan was described as “…”; were admitted): its subject is what
        // was said or who heard it, not the speaker; the agent after "by" is.
        if super::passive(cx, i, lo) {
            let by = (i + 1..quote.first)
                .take(4)
                .find(|&k| toks[k].text == "by")
                .and_then(|k| {
                    cx.np_starting_at(k + 1, quote.first)
                        .or_else(|| cx.bare_np_starting_at(k + 1, quote.first))
                });
            if let Some((m, _)) = by {
                return Some(verb.answer(m, 0.8));
            }
            if !seen_cue {
                *passive = Some(cue);
            }
            seen_cue = true;
            continue;
        }
        seen_cue = true;
        if cx.is_according_to(cue) {
            let (m, _) = cx.np_starting_at(cx.after_cue(i, cue), quote.first)?;
            return Some(verb.answer(m, 0.9));
        }
        if let Some(m) = verb.inverted_subject(cx, quote) {
            return Some(verb.answer(m, 0.85));
        }
        match verb.subject(cx) {
            Subject::Found(answer) => return Some(answer),
            Subject::Relative(answer) if inner.is_none() => {
                inner = Some(answer);
                continue;
            }
            Subject::Relative(answer) => return Some(answer),
            Subject::None => {}
        }
        if let Some(answer) = verb.opener_subject(cx, quote) {
            return Some(answer);
        }
        if let Some(answer) = verb.clause_subject(cx) {
            return Some(answer);
        }
    }
    // No verb at all: a possessor's noun of speech opening the clause (Her answer was
    // that “…”; Ruiz’s message was simple: the port “…”).
    // Not when a verb after the quotation may report it.
    if inner.is_none() && infinitive.is_none() {
        // Asked for nearly every quotation no verb before reports: the cheap tests first.
        let noun = (lo..quote.first)
            .any(|k| super::colon_introduced::SPEECH_NOUN_SET.contains(toks[k].text));
        if !noun {
            return None;
        }
        let after = quote.last + 1..sent.end.min(quote.last + 1 + crate::context::WINDOW);
        if after
            .clone()
            .any(|k| !cx.in_quote(k) && cx.cue_at(k).is_some())
        {
            return None;
        }
        let clause = cx.main_clause_start(lo, quote.first);
        return super::colon_introduced::possessed_words(cx, clause, quote.first)
            .or_else(|| possessed_noun_before(cx, lo, quote.first));
    }
    // Only an infinitive, after no speech verb (Novak took to the radio to accuse …): the
    // main clause's subject, if it is a name or a pronoun.
    if inner.is_none() {
        let verb = infinitive?;
        // Ruiz was moved to say, Ruiz declined to call it: the subject of the past tense
        // or participle the infinitive hangs on, wherever its clause starts (not inside
        // the excerpt this quotation cuts short, whose words are its speaker's).
        let past = |g: usize| crate::mentions::past_tense(&toks[g]);
        // Two of them (felt compelled to ask): the subject is before the first.
        let governing = verb
            .i
            .checked_sub(2)
            .filter(|&g| g > lo && !around.contains(&g) && past(g))
            .map(|g| if g > lo + 1 && past(g - 1) { g - 1 } else { g });
        if let Some(m) = governing.and_then(|g| cx.subject_before(g, lo)) {
            return Some(verb.answer(m, 0.7));
        }
        let clause = cx.main_clause_start(lo, verb.i);
        let (m, _) = cx.np_starting_at(clause, verb.i)?;
        return (m.kind != crate::MentionKind::Nominal).then(|| verb.answer(m, 0.7));
    }
    // Only a relative clause's verb (… what he called “…”): the main clause's subject
    // speaks, if it is a name.
    let answer = inner?;
    let clause = cx.main_clause_start(lo, quote.first);
    // Only a name speaks for the clause (Ruiz attacked what she calls “…”); a pronoun
    // there is the relative clause's own at best (He attacked what he calls “…”) and an
    // expletive at worst (It was a hard year after what she called “…”).
    let main = cx
        .np_starting_at(clause, quote.first)
        .map(|(m, _)| m)
        .filter(|m| m.kind == crate::MentionKind::Name);
    Some(match main {
        Some(m) if Some(m) != answer.mention => Answer {
            mention: Some(m),
            ..answer
        },
        _ => answer,
    })
}

/// A speech verb before the quotation: its token `i`, its cue span (the whole phrase of "go on
/// to say") and the start of the sentence's reach, `lo`.
#[derive(Clone, Copy)]
struct Verb {
    i: usize,
    cue: Span,
    lo: usize,
}

/// What the speaker phrase before a verb turned out to be.
enum Subject {
    /// The verb's own subject (or the outermost speaker whose complement holds it).
    Found(Answer),
    /// The subject of a relative clause's verb (whom he called “…”), a fallback.
    Relative(Answer),
    /// No subject the verb can take.
    None,
}

impl Verb {
    fn answer(self, m: Mention, confidence: f32) -> Answer {
        Answer {
            mention: Some(m),
            cue: Some(self.cue),
            confidence,
        }
    }

    /// True when a comma comes right before the verb.
    fn after_comma(self, cx: &Context<'_>) -> bool {
        self.i > self.lo && cx.tokens()[self.i - 1].text == ","
    }

    /// A participle (…, saying “…”; sent an email saying “…”) has no subject of its own before
    /// it, unless an auxiliary makes it a finite verb (Novak is saying): (participle, finite).
    fn participle(self, cx: &Context<'_>) -> (bool, bool) {
        let toks = cx.tokens();
        let ing = toks[self.i].text.ends_with("ing");
        let finite = self.i > self.lo
            && (matches!(
                toks[self.i - 1].text,
                "is" | "was" | "are" | "were" | "been" | "be" | "am" | "keeps" | "kept"
            ) || toks[self.i - 1].text.ends_with("’s")
                || toks[self.i - 1].text.ends_with("'s"));
        (ing, finite)
    }

    /// The name after a verb that opens its sentence (Said Ana Ruiz, who …, “…”), or after an
    /// opening phrase's comma when the name leads straight to the quotation (In other words,
    /// explained Ana Ruiz: “…”).
    fn inverted_subject(self, cx: &Context<'_>, quote: &Quote) -> Option<Mention> {
        let (toks, i) = (cx.tokens(), self.i);
        let opens_sentence =
            i == cx.sentence(i).start && toks[i].text.starts_with(char::is_uppercase);
        // Not a participle or a verb taking a listener (…, telling Reuters, “…”; Ruiz, who …,
        // told Reuters, “…”), whose name after it is the object.
        let after_opener = self.after_comma(cx)
            && !toks[i].text.ends_with("ing")
            && !lexicon::with_lowercase(toks[i].text, |w| LISTENER_VERBS.contains(&w));
        if !(opens_sentence || after_opener) {
            return None;
        }
        let (m, next) = cx.np_starting_at(cx.after_cue(i, self.cue), quote.first)?;
        let leads_to_quote = next + 1 == quote.first && matches!(toks[next].text, "," | ":");
        (m.kind == crate::MentionKind::Name && (opens_sentence || leads_to_quote)).then_some(m)
    }

    /// The verb's subject before it: after "with" for a participle (with Senator Ana Novak
    /// telling reporters “…”), else the phrase ending right before it, carried out to the
    /// outermost speaker of nested reported speech.
    fn subject(self, cx: &Context<'_>) -> Subject {
        let (toks, lo) = (cx.tokens(), self.lo);
        let (ing, finite) = self.participle(cx);
        // …, with Senator Ana Novak telling reporters “…”; with one of her ads asking “…”;
        // with Novak tweeting … and asking “…”: the phrase after "with" is the subject.
        if ing && !finite {
            if let Some(m) = with_subject(cx, self.i, lo) {
                return Subject::Found(self.answer(m, 0.8));
            }
        }
        let Some(m) = cx.subject_before(self.i, lo) else {
            return Subject::None;
        };
        // …, with Novak calling it “…”: the participle's own subject after "with".
        // … footage of Novak saying “…”: likewise after "of".
        let with = m.tokens.0 > lo
            && matches!(toks[m.tokens.0 - 1].text, "with" | "With" | "of")
            && !self.after_comma(cx);
        // … – Novak saying he was “…” and Berg calling it “…”; …, the crowd chanting “…”: a
        // name or a determined description after a dash, a semicolon, a comma or "and",
        // ending right at the participle, is its own subject (not a phrase like "at one
        // point").
        // A short one: a longer phrase may run across a verb (the minister talked about).
        let determined = || {
            m.tokens.1 - m.tokens.0 <= ABSOLUTE_WORDS
                && matches!(
                    toks[m.tokens.0].text.to_ascii_lowercase().as_str(),
                    "the" | "a" | "an" | "his" | "her" | "their" | "its"
                )
        };
        // The titles before a name (Mayor Ana Novak) are passed over.
        let mut start = m.tokens.0;
        while start > lo && cx.lexicon().title(toks[start - 1].text).is_some() {
            start -= 1;
        }
        let absolute = start > lo
            && (m.kind == crate::MentionKind::Name
                || (m.kind == crate::MentionKind::Nominal && determined()))
            && matches!(toks[start - 1].text, "–" | "—" | "--" | ";" | "," | "and")
            && !self.after_comma(cx);
        if ing && !finite && !with && !absolute {
            return Subject::None;
        }
        // Reported speech inside reported speech (Novak said Ruiz had called it “…”): the
        // outermost speaker of the sentence is the source.
        let (m, cue) = outermost(cx, lo, m, self.cue);
        let answer = Answer {
            mention: Some(m),
            cue: Some(cue),
            confidence: 0.88,
        };
        // Only "what" (and who, whom) hands the words back to the outer speaker (Ruiz
        // attacked what she calls “…”: Ruiz's attack). A clause of "which" or "as" makes its
        // own report (the plan, which she described as “…”; as he noted later, …), and
        // its pronoun is the speaker written there.
        let relative = m.kind == crate::MentionKind::Pronoun
            && m.tokens.0 > lo
            && matches!(toks[m.tokens.0 - 1].text, "whom" | "what" | "who");
        if relative {
            Subject::Relative(answer)
        } else {
            Subject::Found(answer)
        }
    }

    /// The subject after an opening participle phrase that holds the quotation (After saying
    /// her arm was “…,” she was taken …; Calling the plan “…,” Ruiz left): the name or pronoun
    /// right after the phrase's comma.
    fn opener_subject(self, cx: &Context<'_>, quote: &Quote) -> Option<Answer> {
        let (toks, i) = (cx.tokens(), self.i);
        let (ing, finite) = self.participle(cx);
        if !ing || finite {
            return None;
        }
        let sent = cx.sentence(i).start;
        let opens = i == sent
            || (i == sent + 1
                && matches!(
                    toks[sent].text,
                    "After" | "Before" | "While" | "When" | "Since" | "Upon" | "Despite" | "By"
                ));
        if !opens {
            return None;
        }
        // The phrase ends at the comma inside the closing mark or right after it.
        let comma_inside = quote.last > 0 && toks[quote.last - 1].text == ",";
        let next = quote.last + 1;
        let after = if comma_inside {
            next
        } else if toks.get(next).is_some_and(|t| t.text == ",") {
            next + 1
        } else {
            return None;
        };
        let hi = cx.sentence(quote.last).end;
        let (m, _) = cx.np_starting_at(after, hi)?;
        (m.kind != crate::MentionKind::Nominal || toks[after].text.eq_ignore_ascii_case("the"))
            .then(|| self.answer(m, 0.75))
    }

    /// The subject of the clause a participle or a coordinated verb hangs on (Novak, …,
    /// saying “…”; Novak praised the plan but warned …): the subject of the speech verb just
    /// before it, else the clause's first name, pronoun or opening description.
    fn clause_subject(self, cx: &Context<'_>) -> Option<Answer> {
        let (toks, i, lo) = (cx.tokens(), self.i, self.lo);
        let (ing, _) = self.participle(cx);
        let after_comma = self.after_comma(cx);
        let mut j = i;
        while j > lo && i - j < 3 && crate::mentions::is_filler(&toks[j - 1]) {
            j -= 1;
        }
        // (She laughed, then said: "then" after the comma joins the verbs too.)
        let coordinated = j > lo
            && (matches!(toks[j - 1].text, "and" | "but" | "or" | "then" | "yet")
                || (toks[j - 1].text == "," && toks[j..i].iter().any(|t| t.text == "then")));
        if !(ing || after_comma || coordinated) {
            return None;
        }
        let clause = cx.main_clause_start(lo, i);
        // Novak said on Monday, adding …; Novak said she was pleased and added …: the
        // subject of the speech verb just before.
        if after_comma || coordinated {
            // Joined by "and", only the main clause's finite verb shares its subject (Novak
            // said she was pleased and added …), not a participle's or a verb inside a
            // subordinate clause (reports that Ruiz called it … and …): one before the
            // clause's first subordinating word.
            let subordinate = if after_comma {
                i
            } else {
                (clause..i)
                    .find(|&k| SUBORDINATORS.contains(&toks[k].text))
                    .unwrap_or(i)
            };
            let subject_of = |j: usize| {
                let shares = after_comma || (j < subordinate && !toks[j].text.ends_with("ing"));
                (shares && !cx.in_quote(j) && cx.cue_at(j).is_some())
                    .then(|| cx.subject_before(j, clause))
                    .flatten()
            };
            let said = (clause..i - 1)
                .rev()
                .take(12)
                .find_map(|j| subject_of(j).map(|m| (j, m)));
            // Ana Hale said the union had warned …, adding: the participle hangs on the main
            // clause's verb, not on one in the clause it reports: the first speech verb with
            // a subject, when the later one's subject follows it with no comma or quotation
            // between (not: … say that “…,” Ruiz added, saying).
            let said = said.map(|(j, m)| {
                // (Nothing between when the later subject does not follow: a subject read
                // back past the earlier verb.)
                let plain = |from: usize, to: usize| {
                    toks.get(from..to).is_some_and(|between| {
                        between
                            .iter()
                            .all(|t| t.text != "," && !matches!(t.kind, TokenKind::Quote(_)))
                    })
                };
                (clause..j)
                    .filter(|_| ing && after_comma)
                    .find_map(|k| {
                        subject_of(k).filter(|first| {
                            plain(k + 1, m.tokens.0)
                                && (first.kind != crate::MentionKind::Nominal
                                    || matches!(
                                        toks[first.tokens.0].text,
                                        "the" | "The" | "a" | "A" | "an" | "An"
                                    ))
                        })
                    })
                    .unwrap_or(m)
            });
            if let Some(m) = said {
                return Some(self.answer(m, 0.8));
            }
            // …, until Ruiz stood and asked “…”: joined inside a clause of time, the verb
            // shares the subject of the past tense before it there.
            if coordinated {
                let and = j - 1;
                let time = (clause..and)
                    .rev()
                    .find(|&k| TIME_SUBORDINATORS.contains(&toks[k].text));
                let verb = time.and_then(|t| {
                    (t + 2..and)
                        .rev()
                        .find(|&k| !cx.in_quote(k) && crate::mentions::past_tense(&toks[k]))
                });
                // A comma after it ends the clause of time (When asked, Ruiz paused and said).
                let comma = time.is_some_and(|t| toks[t..and].iter().any(|x| x.text == ","));
                if let (Some(t), Some(v), false) = (time, verb, comma) {
                    if let Some(m) = cx.subject_before(v, t + 1) {
                        return Some(self.answer(m, 0.75));
                    }
                }
                // The storm held off, and Ana Ruiz arrived and told …: the second of two
                // clauses joined by a comma and "and" has its own subject, a name or pronoun
                // opening it.
                let second = (clause..and)
                    .rev()
                    .find(|&k| {
                        toks[k].text == ","
                            && toks
                                .get(k + 1)
                                .is_some_and(|t| matches!(t.text, "and" | "but"))
                    })
                    .filter(|&k| !cx.in_quote(k));
                // (Or a description's name set off after it: …, and its director, Ana
                // Ruiz, arrived and told …)
                let opening = second.and_then(|k| {
                    let (m, next) = cx.np_starting_at(k + 2, and)?;
                    let named = cx.appositive_name(m, next, and).map(|n| {
                        let comma = toks.get(n.tokens.1).is_some_and(|t| t.text == ",");
                        let after = n.tokens.1 + usize::from(comma);
                        (n, after)
                    });
                    Some(named.unwrap_or((m, m.tokens.1)))
                });
                if let Some((m, after)) = opening {
                    if matches!(
                        m.kind,
                        crate::MentionKind::Name | crate::MentionKind::Pronoun
                    ) && after < and
                        && toks[after..and].iter().all(|t| {
                            matches!(t.kind, TokenKind::Word)
                                && !t.text.starts_with(char::is_uppercase)
                        })
                    {
                        return Some(self.answer(m, 0.75));
                    }
                }
            }
        }
        for k in clause..i {
            if cx.in_quote(k) {
                continue;
            }
            // A name after a preposition is its object (to Ukraine, in Cleveland), not the
            // clause's subject.
            if k > clause && crate::mentions::is_preposition(&toks[k - 1]) {
                continue;
            }
            if let Some((m, next)) = cx.np_starting_at(k, i) {
                if m.kind != crate::MentionKind::Nominal || k == clause {
                    // The chief executive, Ana Novak, …: the appositive name.
                    let m = cx.appositive_name(m, next, i).unwrap_or(m);
                    return Some(self.answer(m, 0.75));
                }
            }
        }
        None
    }
}

/// The subject of the participle at `i` introduced by "with" a few words before it (with
/// Senator Ana Novak telling …), reading across a coordinated participle (with Novak tweeting
/// … and asking …); `None` when a clause boundary comes first.
fn with_subject(cx: &Context<'_>, i: usize, lo: usize) -> Option<crate::Mention> {
    let toks = cx.tokens();
    let w = (lo..i)
        .rev()
        .take(WITH_REACH)
        .find(|&k| toks[k].text.eq_ignore_ascii_case("with"))?;
    if (w + 1..i).any(|k| {
        matches!(toks[k].text, "," | ";" | ":" | "." | "who" | "which")
            || matches!(toks[k].kind, TokenKind::Quote(_))
    }) {
        return None;
    }
    // The slot takes a bare plural too (with fans chanting …).
    let np = |k: usize| {
        cx.np_starting_at(k, i)
            .or_else(|| cx.bare_np_starting_at(k, i))
    };
    let (m, mut next) = np(w + 1)?;
    // Two phrases joined by "and" (with fans and players chanting …): the first
    // stands for both.
    if toks.get(next).is_some_and(|t| t.text == "and") {
        if let Some((_, after)) = np(next + 1).filter(|&(_, a)| a == i) {
            next = after;
        }
    }
    // The participle follows the phrase, or a participle of it coordinated with "and".
    let direct = next == i;
    let coordinated = toks.get(next).is_some_and(|t| t.text.ends_with("ing"))
        && (next..i).any(|k| toks[k].text == "and");
    (m.kind != crate::MentionKind::Pronoun || direct)
        .then_some(m)
        .filter(|_| direct || coordinated)
}

/// Speech verbs whose object is the listener (told Reuters, asked the minister): a name after
/// them is not their subject, even after a comma. General English.
const LISTENER_VERBS: &[&str] = &[
    "ask", "asked", "asks", "assure", "assured", "assures", "brief", "briefed", "briefs", "call",
    "called", "calls", "inform", "informed", "informs", "press", "pressed", "presses", "remind",
    "reminded", "reminds", "tell", "tells", "told", "urge", "urged", "urges", "warn", "warned",
    "warns",
];

/// Words opening a subordinate clause, whose verb is not the main clause's.
const SUBORDINATORS: &[&str] = &[
    "that", "which", "who", "whom", "when", "where", "because", "if", "while", "whether",
];

/// Words that open a clause of time (until Ruiz stood and asked …). General English.
const TIME_SUBORDINATORS: &[&str] = &["after", "as", "before", "once", "until", "when", "while"];

/// How far before a participle "with" may introduce its subject (tokens).
const WITH_REACH: usize = 14;

/// The most tokens a description may have to be a participle's own subject (…, the party's
/// chief whip saying “…”).
const ABSOLUTE_WORDS: usize = 5;

/// The token where "go on to" starts before the infinitive at `i` (going on to say, went on to
/// describe, goes on to slam), if it is there.
fn go_on_to(cx: &Context<'_>, i: usize, lo: usize) -> Option<usize> {
    let toks = cx.tokens();
    let g = i.checked_sub(3).filter(|&g| g >= lo)?;
    (toks[i - 2].text == "on" && matches!(toks[g].text, "go" | "goes" | "going" | "went" | "gone"))
        .then_some(g)
}

/// The outermost speech verb whose complement holds the verb that `m` is the subject of:
/// Novak said that Ruiz called it “…” → (Novak, said). Walks left from `m` within the
/// sentence (from `lo`), stopping at whatever starts a separate clause (a semicolon, a
/// quotation, and, but, because, as …); returns `(m, cue)` unchanged when there is none.
fn outermost(cx: &Context<'_>, lo: usize, mut m: Mention, mut cue: Span) -> (Mention, Span) {
    let toks = cx.tokens();
    let mut j = m.tokens.0;
    let mut participle: Option<Span> = None;
    // A subject right after a comma opens the main clause (In a message posted Friday, Novak
    // said …): nothing before it is the outer speaker.
    // (Its titles and article included: …, the Rev. Dan Pell said …; …, Mayor Ana Ruiz said.)
    let mut start = j;
    while start > lo
        && (cx.lexicon().title(toks[start - 1].text).is_some()
            || (start < j && toks[start - 1].text == "the"))
    {
        start -= 1;
    }
    if start > lo && toks[start - 1].text == "," {
        return (m, cue);
    }
    while j > lo {
        j -= 1;
        let t = &toks[j];
        // A title in its marks (told the Gazette’s “Morning Ledger” show that …) is passed over
        // whole.
        if matches!(t.kind, TokenKind::Quote(_)) {
            let quotes = cx.quotes();
            let title = quotes
                .get(quotes.partition_point(|q| q.last < j))
                .filter(|q| {
                    q.last == j
                        && q.closed
                        && super::fragment_case(cx, q, 4) == Some(super::Case::Title)
                });
            if let Some(q) = title {
                j = q.first;
                continue;
            }
        }
        if cx.in_quote(j)
            || matches!(t.kind, TokenKind::Quote(_) | TokenKind::Dash)
            || matches!(
                t.text,
                ";" | "and"
                    | "but"
                    | "or"
                    | "while"
                    | "whereas"
                    | "although"
                    | "though"
                    | "because"
                    | "after"
                    | "before"
                    | "when"
                    | "as"
            )
        {
            break;
        }
        let Some(c) = cx.cue_at(j) else { continue };
        if j > lo && toks[j - 1].text == "to" {
            continue;
        }
        // A passive participle (a logo likened to …; the plan, praised by …) reports nobody's
        // words.
        // A cue phrase (pointed to) is no participle.
        let passive = toks[j].text.ends_with("ed")
            && c.end == toks[j].span().end
            && toks
                .get(j + 1)
                .is_some_and(|t| matches!(t.text, "to" | "by"));
        if passive {
            continue;
        }
        // A participle on the way out (Novak mocked it, saying anyone who complains …) is
        // the act that reports the words: it stays the cue when an outer speaker is found.
        if toks[j].text.ends_with("ing") {
            participle.get_or_insert(c);
            continue;
        }
        if cx.is_according_to(c) {
            break;
        }
        if let Some(outer) = cx.subject_before(j, lo) {
            m = outer;
            cue = participle.take().unwrap_or(c);
            j = outer.tokens.0;
            if j > lo && toks[j - 1].text == "," {
                break;
            }
        }
    }
    (m, cue)
}

/// The most tokens from a possessed noun of speech to the opening mark it introduces (her
/// remark that the plan was “…”).
const NOUN_REACH: usize = 12;

/// A possessor's noun of speech inside the clause, before the quotation and within
/// [`NOUN_REACH`] of it, taking a clause or an infinitive (fanned a row over her remark that
/// “…”; his promise to be “…”): the possessor speaks, the noun is the cue. At most two words
/// between them (her March comment); nothing after the noun that names another speaker or
/// reports.
fn possessed_noun_before(cx: &Context<'_>, lo: usize, first: usize) -> Option<Answer> {
    let toks = cx.tokens();
    let finder = cx.finder();
    let from = lo.max(first.saturating_sub(NOUN_REACH));
    let noun = (from..first)
        .rev()
        .find(|&k| super::colon_introduced::SPEECH_NOUN_SET.contains(toks[k].text))?;
    // The noun takes a clause or an infinitive (remark that …, promise to …): a noun that
    // is the object of the sentence's verb (defended his comments as …; pushed his promise
    // of …) is that verb's subject's report.
    let complement = toks
        .get(noun + 1)
        .is_some_and(|t| matches!(t.text, "that" | "to"));
    if !complement
        || (noun + 1..first).any(|k| finder.is_name(k) || cx.cue_at(k).is_some() || cx.in_quote(k))
    {
        return None;
    }
    // The possessive: his, her, their or a name's, right before the noun or a word or two
    // before it.
    let possessive = |k: usize| {
        matches!(
            toks[k].text,
            "his" | "her" | "their" | "His" | "Her" | "Their"
        ) || crate::mentions::strip_possessive(toks[k].text).1
    };
    let p = (noun.saturating_sub(3).max(lo)..noun)
        .rev()
        .find(|&k| possessive(k))?;
    // A name's start: back over the name's other words (Ana Ruiz’s).
    let mut start = p;
    while start > lo && start + crate::mentions::MAX_NP > p && finder.is_name(start - 1) {
        start -= 1;
    }
    let (m, after) = finder.possessor_at(start, noun)?;
    if after != p + 1 || (after..noun).any(|k| toks[k].kind != TokenKind::Word) {
        return None;
    }
    Some(Answer {
        mention: Some(m),
        cue: Some(toks[noun].span()),
        confidence: 0.6,
    })
}
