//! The sieves of the default cascade, one file each, and the shared helpers they use.

mod according_to;
mod colon_introduced;
mod continued_turn;
mod name_colon_quote;
mod named_after;
mod reported_then_quoted;
mod sentence_subject;
mod speech_verb_after_quote;
mod speech_verb_before_quote;
mod speech_verb_in_sentence;
pub mod template;
mod trailing_dash;
pub(crate) mod transcript_label;

pub use according_to::AccordingTo;
pub use colon_introduced::ColonIntroduced;
pub use continued_turn::ContinuedTurn;
pub use name_colon_quote::NameColonQuote;
pub use named_after::NamedAfter;
pub use reported_then_quoted::ReportedThenQuoted;
pub use sentence_subject::SentenceSubject;
pub use speech_verb_after_quote::SpeechVerbAfterQuote;
pub use speech_verb_before_quote::SpeechVerbBeforeQuote;
pub use speech_verb_in_sentence::SpeechVerbInSentence;
pub use trailing_dash::TrailingDash;
pub use transcript_label::TranscriptLabel;

use crate::mentions::is_filler;
use crate::{Context, Mention, MentionKind, Quote};

/// True when `m`, named after a quotation, can be its speaker: a name, or a description
/// whose head is a role's noun (—A House Republican aide; That was the verdict of the
/// skipper), never a pronoun.
pub(crate) fn names_a_person(cx: &Context<'_>, m: &Mention) -> bool {
    match m.kind {
        MentionKind::Name => true,
        MentionKind::Nominal => cx
            .lexicon()
            .is_nominal_head(cx.tokens()[m.tokens.1 - 1].text),
        MentionKind::Pronoun => false,
    }
}

/// The person quoted after "quoted" at token `quoted`, before "as saying" (The agency quoted
/// Ana Ruiz as saying …; “…,” the letter quoted her as saying): the phrase or object
/// pronoun between, set off by an appositive or not, and the "saying" as the cue's token.
pub(crate) fn quoted_as_saying(
    cx: &Context<'_>,
    quoted: usize,
    hi: usize,
) -> Option<(crate::Mention, usize)> {
    let toks = cx.tokens();
    let first = quoted + 1;
    // (Not a passive's agent: the captain was quoted by investigators as saying.)
    if toks.get(first).is_some_and(|t| t.text == "by") {
        return None;
    }
    // (An object pronoun: him, her, them.)
    let pronoun = toks.get(first).and_then(|t| match t.text {
        "him" => Some((crate::Gender::Male, crate::Number::Singular)),
        "her" => Some((crate::Gender::Female, crate::Number::Singular)),
        "them" => Some((crate::Gender::Unknown, crate::Number::Plural)),
        _ => None,
    });
    let (m, end) = match pronoun {
        Some((gender, number)) => (
            crate::Mention {
                span: toks[first].span(),
                kind: crate::MentionKind::Pronoun,
                gender,
                number,
                tokens: (first, first + 1),
            },
            first + 1,
        ),
        None => cx.np_starting_at(first, hi)?,
    };
    // (Or with an appositive set off between: quoted Wang Lei, the premier, as saying.)
    let as_at = if toks.get(end).is_some_and(|t| t.text == ",") {
        (end + 1..hi.min(end + crate::mentions::MAX_NP))
            .find(|&k| toks[k].text == "," && toks.get(k + 1).is_some_and(|t| t.text == "as"))
            .map_or(end, |k| k + 1)
    } else {
        end
    };
    let saying = as_at + 1;
    (toks.get(as_at).is_some_and(|t| t.text == "as")
        && toks.get(saying).is_some_and(|t| t.text == "saying"))
    .then_some((m, saying))
}

/// The "saying" of a passive "quoted by … as saying" whose "quoted" is token `quoted`
/// (the captain was quoted by investigators as saying): its token, the cue of the subject's
/// words; `None` otherwise.
pub(crate) fn passive_as_saying(cx: &Context<'_>, quoted: usize, hi: usize) -> Option<usize> {
    let toks = cx.tokens();
    if toks.get(quoted + 1).is_none_or(|t| t.text != "by") {
        return None;
    }
    let as_at = (quoted + 2..hi.min(quoted + 2 + crate::mentions::MAX_NP))
        .take_while(|&k| crate::mentions::is_word(&toks[k]))
        .find(|&k| toks[k].text == "as")?;
    toks.get(as_at + 1)
        .is_some_and(|t| t.text == "saying")
        .then_some(as_at + 1)
}

/// Skips adverbs and auxiliaries (also, has, later) from token `i`, at most three.
pub(crate) fn skip_fillers(cx: &Context<'_>, mut i: usize, hi: usize) -> usize {
    let toks = cx.tokens();
    let start = i;
    while i < hi && i - start < 3 && is_filler(&toks[i]) {
        i += 1;
    }
    i
}

/// True when the speech verb at `i` is a past participle after a form of "be" (was told,
/// were widely criticized): a passive.
pub(crate) fn passive(cx: &Context<'_>, i: usize, lo: usize) -> bool {
    let toks = cx.tokens();
    let w = toks[i].text;
    let participle = (w.ends_with("ed") && w.starts_with(char::is_lowercase))
        || matches!(
            w,
            "told" | "said" | "written" | "spoken" | "heard" | "sworn"
        );
    // Novak is reported to have called it “…”: a speech verb after "to" makes the subject
    // the speaker again.
    let raised = toks.get(i + 1).is_some_and(|t| t.text == "to")
        && (i + 2..toks.len().min(i + 4)).any(|k| cx.cue_at(k).is_some());
    if !participle || raised {
        return false;
    }
    let be = |k: usize| {
        matches!(
            toks[k].text,
            "was" | "were" | "is" | "are" | "be" | "been" | "being"
        )
    };
    // Two adverbs at most between (was also widely criticized).
    let mut j = i;
    while j > lo && i - j <= 2 {
        if be(j - 1) {
            return true;
        }
        if !is_filler(&toks[j - 1]) {
            return false;
        }
        j -= 1;
    }
    false
}

/// Skips one appositive or relative clause between commas starting at token `i` (a comma):
/// returns the token after the closing comma, or `i` when there is none within reach.
pub(crate) fn skip_appositive(cx: &Context<'_>, i: usize, hi: usize) -> usize {
    let toks = cx.tokens();
    if i >= hi || toks[i].text != "," {
        return i;
    }
    let mut j = i + 1;
    // Double marks inside, in pairs: a nickname (state Sen. Ana “Dee” Ruiz).
    let mut marks = 0;
    while j < hi && j - i < crate::mentions::MAX_NP {
        match toks[j].text {
            // A second relative clause may follow the first (Ana Ruiz, who led the school,
            // where she taught, said): skipped too.
            "," if marks % 2 == 0
                && toks
                    .get(j + 1)
                    .is_some_and(|t| matches!(t.text, "where" | "when" | "which" | "whose")) =>
            {
                j += 1
            }
            "," if marks % 2 == 0 => return j + 1,
            // An abbreviation's period before the closing comma (Ana Ruiz, D-N.M., said).
            "." if toks.get(j + 1).is_some_and(|t| t.text == ",") => j += 1,
            "“" | "”" | "\"" => {
                marks += 1;
                j += 1;
            }
            "." | ";" | ":" => return i,
            _ => j += 1,
        }
    }
    i
}

/// Skips the appositives between commas starting at token `i` (a comma): one, and a second
/// that opens with an article or a possessive (Ana Ruiz, the former governor, a member of the
/// board, said; the candidate, Ana Ruiz, the former governor, said), never a place's second
/// part (a host in Dover, Nova Scotia, has …). Returns the token after the last closing
/// comma, or `i` when there is none within reach.
pub(crate) fn skip_appositives(cx: &Context<'_>, i: usize, hi: usize) -> usize {
    let toks = cx.tokens();
    let once = skip_appositive(cx, i, hi);
    let opens_another = once > i
        && toks.get(once).is_some_and(|t| {
            matches!(
                t.text,
                "a" | "an" | "the" | "his" | "her" | "its" | "their" | "another"
            )
        });
    if !opens_another {
        return once;
    }
    match skip_appositive(cx, once - 1, hi) {
        twice if twice > once => twice,
        _ => once,
    }
}

/// The sentence right before `quote` when the quotation is a sentence of its own (it opens
/// its sentence and no word follows it there) and that sentence is in its paragraph or, when
/// the quotation opens its own paragraph, in the one before: the sentence that may say who
/// speaks it (`reported-then-quoted`, `continued-turn`).
pub(crate) fn sentence_before(cx: &Context<'_>, quote: &Quote) -> Option<std::ops::Range<usize>> {
    let toks = cx.tokens();
    if quote.first == 0 || cx.sentence(quote.first).start != quote.first {
        return None;
    }
    // Words after the quotation in its sentence are its own attribution (“…,” she went on).
    let own = cx.sentence(quote.last);
    if (quote.last + 1..own.end).any(|i| crate::mentions::is_word(&toks[i])) {
        return None;
    }
    let prev = cx.sentence(quote.first - 1);
    let doc = cx.doc();
    let (p_prev, p_this) = (doc.paragraph_of(prev.start), doc.paragraph_of(quote.first));
    let opens_paragraph = quote.first == cx.paragraph(quote.first).start;
    (p_prev == p_this || (p_this == p_prev + 1 && opens_paragraph)).then_some(prev)
}

/// The capitalisation of a short fragment's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    /// every word lower case (“reporter”, “radical change”)
    Lower,
    /// every word capitalised (“Fast Money”; “Meet the Voters” is mixed)
    Title,
    /// anything else (“Thank you, son.”)
    Mixed,
}

/// The case shape of the words inside `quote` when it has at least one and at most `max`
/// words; `None` for a longer (or wordless) quotation.
pub(crate) fn fragment_case(cx: &Context<'_>, quote: &Quote, max: usize) -> Option<Case> {
    let toks = cx.tokens();
    let (mut words, mut caps) = (0, 0);
    for t in &toks[(quote.first + 1).min(quote.last)..quote.last] {
        if matches!(t.kind, sayso_tokenizer::TokenKind::Word) {
            words += 1;
            caps += usize::from(t.text.starts_with(char::is_uppercase));
            if words > max {
                return None;
            }
        }
    }
    match (words, caps) {
        (0, _) => None,
        (_, 0) => Some(Case::Lower),
        (w, c) if w == c => Some(Case::Title),
        _ => Some(Case::Mixed),
    }
}

/// True when the sentence runs on after the quotation in lower case, the quotation a noun's
/// modifier rather than what the colon before it introduces (Storm Ida: ‘Danger to life’
/// warning issued).
pub(crate) fn runs_on(cx: &Context<'_>, quote: &Quote) -> bool {
    cx.tokens().get(quote.last + 1).is_some_and(|t| {
        matches!(t.kind, sayso_tokenizer::TokenKind::Word)
            && t.text.starts_with(char::is_lowercase)
            && cx.sentence(quote.last + 1).start == cx.sentence(quote.last).start
    })
}
