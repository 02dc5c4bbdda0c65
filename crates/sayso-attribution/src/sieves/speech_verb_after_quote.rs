//! `speech-verb-after-quote`: “…,” she said / said Novak / the finance minister said.

use sayso_tokenizer::TokenKind;

use crate::sieves::{skip_appositive, skip_fillers};
use crate::{Answer, Context, Quote, Sieve};

/// A speech verb right after the closing mark, with its subject before or after it.
///
/// Pattern: `“…,” SUBJECT [, APPOSITIVE,] VERB` or `“…,” VERB SUBJECT`.
/// Example: “We will respond,” the defense minister said.
/// A fragment inside a clause is taken only when its speaker is restated right after it
/// (… because “…,” she said.).
/// Fails when the quotation ends a sentence (“….”) and a new sentence with its own speech verb
/// follows; such a verb is only taken when nothing but a short phrase follows it.
#[derive(Clone, Copy, Debug, Default)]
pub struct SpeechVerbAfterQuote;

impl Sieve for SpeechVerbAfterQuote {
    fn name(&self) -> &'static str {
        "speech-verb-after-quote"
    }

    fn description(&self) -> &'static str {
        "a speech verb right after the closing mark, its subject beside it"
    }

    fn example(&self) -> &'static str {
        "“We will respond,” the defense minister said."
    }

    fn attribute(&self, cx: &Context<'_>, quote: &Quote) -> Option<Answer> {
        let toks = cx.tokens();
        let hi = cx.paragraph(quote.last).end;
        let mut i = quote.last + 1;
        if i < hi && matches!(toks[i].text, "," | "—" | "–" | "-" | "--") {
            i += 1;
        }
        if i >= hi || !quote.closed {
            return None;
        }
        let ends_sentence =
            quote.last > 0 && matches!(toks[quote.last - 1].text, "." | "…" | "...");
        // A fragment inside a clause (called it “terrible,” and …) is the object of what comes
        // before it; only a quotation that opens its sentence or clause is attributed after.
        let sent = cx.sentence(quote.first);
        let opens = quote.first == sent.start
            || matches!(
                toks[quote.first - 1].text,
                ":" | ";" | "," | "—" | "–" | "("
            )
            || matches!(toks[quote.first - 1].kind, TokenKind::Quote(_));
        // Unless the clause's speaker is restated after it (… because “…,” she said.).
        let restated = || {
            quote.last > 0
                && toks[quote.last - 1].text == ","
                && cx
                    .np_starting_at(i, hi)
                    .filter(|(m, _)| m.kind != crate::MentionKind::Nominal)
                    .and_then(|(_, next)| cx.cue_at(next).map(|c| (next, c)))
                    .is_some_and(|(next, c)| ends_attribution(cx, cx.after_cue(next, c), hi))
        };
        // The subject after an inverted cue ending at `j`; a headline drops the article (‘…,’
        // says pensioner), so any noun phrase there.
        let subject_after = |j: usize| {
            cx.np_starting_at(j, hi).or_else(|| {
                crate::headline(cx.doc(), quote.first)
                    .then(|| cx.bare_np_starting_at(j, hi))
                    .flatten()
            })
        };
        // Or its speaker is named after an inverted "said" or present-tense verb that ends the
        // sentence, as headlines put it (Ferry fares ‘will rise’, says mayor; not a clause's
        // own verb: …, the host of “Night Shift,” reminded his staff).
        let inverted_tail = || {
            (toks[quote.last - 1].text == "," || toks[quote.last + 1].text == ",")
                && (toks[i].text == "said" || toks[i].text.ends_with('s'))
                && cx
                    .cue_at(i)
                    .and_then(|c| subject_after(cx.after_cue(i, c)))
                    .is_some_and(|(_, next)| next >= hi || ends_attribution(cx, next, hi))
        };
        if !opens && !restated() && !inverted_tail() {
            return None;
        }
        // A fragment that ends its sentence inside the marks (Novak said it was “over.”) was
        // attributed before it; the next sentence starts something new.
        if ends_sentence && quote.first > cx.sentence(quote.first).start {
            return None;
        }
        // A verb the lexicon lacks, in the slot only a reporting verb fills: “…!” beamed
        // Novak. / “…?” Novak pressed.
        let unlisted = |k: usize| (!ends_sentence && unlisted_verb(cx, k)).then(|| toks[k].span());
        // VERB SUBJECT: said Novak, said the minister. Not a participle (…,” adding that …).
        let inverted = cx
            .cue_at(i)
            .filter(|_| !toks[i].text.ends_with("ing"))
            .or_else(|| unlisted(i).filter(|_| is_name_start(cx, i + 1)));
        if let Some(cue) = inverted {
            let j = cx.after_cue(i, cue);
            let (mention, next) = subject_after(j)?;
            // said the agency’s director, Ana Novak.: the appositive name.
            let (mention, next) = cx
                .final_appositive_name(mention, next, hi)
                .unwrap_or((mention, next));
            if ends_sentence && !ends_attribution(cx, next, hi) {
                return None;
            }
            return Some(Answer {
                mention: Some(mention),
                cue: Some(cue),
                confidence: 0.93,
            });
        }
        // SUBJECT VERB: she said, Novak, a doctor, said.
        let (mention, next) = cx.np_starting_at(i, hi)?;
        let k = skip_fillers(cx, skip_appositive(cx, next, hi), hi);
        let listed = cx
            .cue_at(k)
            .or_else(|| {
                // …,” Rosa Lind corrected him.: an object pronoun may come between.
                let object = toks.get(k + 1).is_some_and(|t| {
                    matches!(t.text, "him" | "her" | "them" | "me" | "us" | "reporters")
                });
                let end = k + 1 + usize::from(object);
                unlisted(k).filter(|_| toks.get(end).is_none_or(|t| matches!(t.text, "." | ",")))
            })
            .or_else(|| {
                toks.get(k)
                    .filter(|t| AFTER_SPEAKER_VERBS.contains(&t.text))
                    .map(|t| t.span())
            });
        // “…,” the lawsuit states, “…”: a phrase read to a verb of that slot ends before it.
        let last = mention.tokens.1 - 1;
        let listed_in_phrase = (listed.is_none()
            && last > mention.tokens.0
            && AFTER_SPEAKER_VERBS.contains(&toks[last].text)
            && toks
                .get(last + 1)
                .is_some_and(|t| matches!(t.text, "," | ".")))
        .then(|| cx.np_starting_at(i, last))
        .flatten()
        .filter(|&(_, n)| n == last);
        if let Some((m, _)) = listed_in_phrase {
            if !ends_sentence || ends_attribution(cx, last + 1, hi) {
                return Some(Answer {
                    mention: Some(m),
                    cue: Some(toks[last].span()),
                    confidence: 0.9,
                });
            }
        }
        let (mention, k, cue) = match listed {
            // Novak’s niece, state Sen. Ana Ruiz, said: the appositive name.
            Some(cue) => (
                cx.appositive_name(mention, next, hi).unwrap_or(mention),
                k,
                cue,
            ),
            // A longer subject (the Minister of Finance in Lisbon Ana Novak said): find the
            // verb within reach, then read its subject backwards from it.
            None => {
                let v = (k..hi.min(k + 12))
                    .take_while(|&j| {
                        !matches!(toks[j].text, "," | "." | ";" | ":" | "“" | "”" | "\"")
                    })
                    .find(|&j| cx.cue_at(j).is_some())?;
                let m = cx.subject_before(v, i)?;
                (m, v, cx.cue_at(v)?)
            }
        };
        if cx.is_according_to(cue) {
            return None;
        }
        // “…,” the letter quoted her as saying: whom it quotes, "saying" the cue.
        let (mention, k, cue) = match toks[k].text {
            "quoted" | "quotes" => match crate::sieves::quoted_as_saying(cx, k, hi) {
                Some((m, saying)) => (m, saying, toks[saying].span()),
                // “…,” the captain was quoted by investigators as saying: the subject's words.
                None => match crate::sieves::passive_as_saying(cx, k, hi) {
                    Some(saying) => (mention, saying, toks[saying].span()),
                    None => (mention, k, cue),
                },
            },
            _ => (mention, k, cue),
        };
        if ends_sentence && !ends_attribution(cx, cx.after_cue(k, cue), hi) {
            return None;
        }
        Some(Answer {
            mention: Some(mention),
            cue: Some(cue),
            confidence: 0.93,
        })
    }
}

/// After a quotation that ends its sentence, the most tokens the attribution sentence may hold
/// past its cue (“….” Novak said on Monday.): a longer one is a new statement.
const TAIL: usize = 6;

/// True when what follows the cue at token `from` is no new statement: the sentence ends
/// without another quotation or a "that" clause.
fn ends_attribution(cx: &Context<'_>, from: usize, hi: usize) -> bool {
    let toks = cx.tokens();
    let end = cx
        .sentence(from.min(toks.len().saturating_sub(1)))
        .end
        .min(hi);
    end.saturating_sub(from) <= TAIL
        && (from..end).take(crate::context::WINDOW).all(|j| {
            !matches!(toks[j].kind, sayso_tokenizer::TokenKind::Quote(_)) && toks[j].text != "that"
        })
}

/// Reporting verbs the lexicon leaves out because news uses them more often as nouns (the
/// states, a report) or adjectives (state Sen. Novak), that only a verb can be right after a
/// quotation and its speaker (“…,” the agency states in its filing). General English.
const AFTER_SPEAKER_VERBS: &[&str] = &["report", "state", "states"];

/// A lower-case past-tense word (beamed, pressed) the lexicon does not list as a cue.
fn unlisted_verb(cx: &Context<'_>, k: usize) -> bool {
    cx.tokens().get(k).is_some_and(|t| {
        matches!(t.kind, TokenKind::Word)
            && t.text.len() > 4
            && t.text.ends_with("ed")
            && t.text.starts_with(|c: char| c.is_ascii_lowercase())
            && cx.cue_at(k).is_none()
    })
}

/// True when a capitalised name or a determiner starts at token `k` (beamed Ana Novak).
fn is_name_start(cx: &Context<'_>, k: usize) -> bool {
    cx.tokens().get(k).is_some_and(|t| {
        matches!(t.kind, TokenKind::Word)
            && (t.text.starts_with(|c: char| c.is_uppercase())
                || matches!(t.text, "the" | "a" | "an" | "one" | "another"))
    })
}
