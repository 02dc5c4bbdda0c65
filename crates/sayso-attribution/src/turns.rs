//! Transcript turns printed without quotation marks: an interview's `Q:` and `A:` paragraphs
//! and a transcript's speaker labels (`TAPPER: …`, `Brindle: …`) opening paragraphs.
//!
//! A label opening one paragraph is as often a dateline (`NEW DELHI: …`), a headline's topic
//! (`Storm Wilhelmina: …`) or a list's entry (`Harlow: …`, `Varga: …`) as a speaker: a turn is
//! only taken as one when the document has the shape of a transcript. Questions and answers
//! both; two turns or more under labels in capitals (not run-in headings, each once, over
//! paragraphs quoting somebody); or turns under other labels with few speakers speaking
//! again (some label twice, and no more labels than half the turns, one more allowed, or any
//! number when each label is a family name the text gives in full).

use sayso_tokenizer::{Document, TokenKind};

/// Who speaks a turn, as its label tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Label {
    /// `Q:` (or `Question:`): the interviewer.
    Question,
    /// `A:` (or `Answer:`): the one interviewed.
    Answer,
    /// A speaker's name: the label's tokens.
    Speaker,
}

/// A paragraph that is one speaker's turn, its words unquoted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Turn {
    /// The label's tokens (`start..end`).
    pub label: (usize, usize),
    /// The colon after the label (token `end`, or after a role in parentheses); for an
    /// interview's `Q.` or `A.`, whose period is its own token's, the label itself.
    pub colon: usize,
    /// The first token of the turn's words.
    pub first: usize,
    /// The last token of its paragraph.
    pub last: usize,
    /// Who the label names.
    pub kind: Label,
}

/// The most words a speaker's label has (JAKE TAPPER, SEN. ANA RUIZ).
const LABEL_WORDS: usize = 4;

/// The most distinct labels looked up in the text as family names ([`named_in_full`]): an
/// excerpt's few speakers, each a search of the text.
const MAX_NAMED_LABELS: usize = 8;

/// The unquoted transcript turns of `doc`, in text order ([module docs](self)).
pub(crate) fn find_turns(doc: &Document<'_>) -> Vec<Turn> {
    let toks = doc.tokens();
    let mut turns = Vec::new();
    for r in doc.paragraphs() {
        // A colon among a paragraph's first tokens, read only then: most paragraphs open with
        // none.
        let head = r.start..r.end.min(r.start + LABEL_WORDS + 1);
        // (Or after a role in parentheses: DR. ANA RUIZ (medical examiner): …)
        let role_colon = || {
            let open = head.clone().find(|&k| toks[k].text == "(")?;
            let close = (open + 1..r.end.min(open + 8)).find(|&k| toks[k].text == ")")?;
            (toks.get(close + 1)?.text == ":" && open > r.start).then_some((open, close + 1))
        };
        // (Or an interview's Q. and A. with a period, one token as an initial is: Q. Will
        // you appeal?)
        let dotted = matches!(toks[r.start].text, "Q." | "A.") && r.len() > 2;
        let dotted = || dotted.then_some((r.start + 1, r.start));
        let Some((label_start, label_end, colon)) = head
            .clone()
            .find(|&k| toks[k].text == ":")
            .map(|c| (c, c))
            .or_else(role_colon)
            .or_else(dotted)
            .map(|(end, colon)| (r.start, end, colon))
            .or_else(|| comma_label(toks, r.start, r.end))
        else {
            continue;
        };
        // (No label before the colon: nobody's turn.)
        if label_end == label_start || colon + 1 >= r.end {
            continue;
        }
        // Words after it, not a quotation (that one the sieves read: “TAPPER: …”).
        let first = colon + 1;
        if matches!(toks[first].kind, TokenKind::Quote(_)) {
            continue;
        }
        let words = toks[first..r.end]
            .iter()
            .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
            .count();
        let label = &toks[label_start..label_end];
        let kind = match label {
            [one] if matches!(one.text, "Q" | "Q." | "Question" | "QUESTION") => Label::Question,
            [one] if matches!(one.text, "A" | "A." | "Answer" | "ANSWER") => Label::Answer,
            _ => {
                // (An abbreviation's period against its word: DR. ANA RUIZ.)
                let named = label.iter().enumerate().all(|(j, t)| {
                    (matches!(t.kind, TokenKind::Word)
                        && crate::capitalised(t.text)
                        && !crate::quotes::NOT_SPEAKERS.contains(&t.text))
                        || (t.text == "." && j > 0 && label[j - 1].span().end == t.span().start)
                });
                if !named || words < 2 {
                    continue;
                }
                Label::Speaker
            }
        };
        // (Two tokens at least: a quotation's first and last differ.)
        if words == 0 || r.end - 1 <= first {
            continue;
        }
        turns.push(Turn {
            label: (label_start, label_end),
            colon,
            first,
            last: r.end - 1,
            kind,
        });
    }
    if turns.is_empty() {
        return turns;
    }
    let text = doc.text();
    let label_text = |t: &Turn| &text[toks[t.label.0].span().start..toks[t.label.1 - 1].span().end];
    let in_capitals = |t: &Turn| {
        toks[t.label.0..t.label.1]
            .iter()
            .all(|w| w.text == "." || crate::quotes::is_label_word(w.text))
    };
    let count = |kind: Label| turns.iter().filter(|t| t.kind == kind).count();
    let interview = count(Label::Question) > 0 && count(Label::Answer) > 0;
    // Q. and A. with a period are initials as often (A. Ruiz said …): an interview's only
    // when each kind comes twice and every question asks one.
    let dotted = |t: &Turn| t.colon == t.label.0;
    let dotted_kind = |kind: Label| turns.iter().filter(|t| dotted(t) && t.kind == kind).count();
    let dotted_interview = dotted_kind(Label::Question) >= 2
        && dotted_kind(Label::Answer) >= 2
        && turns
            .iter()
            .filter(|t| dotted(t) && t.kind == Label::Question)
            .all(|t| toks[t.first..=t.last].iter().any(|k| k.text == "?"));
    let capitals: Vec<&str> = turns
        .iter()
        .filter(|t| t.kind == Label::Speaker && in_capitals(t))
        .map(label_text)
        .collect();
    // Run-in headings in capitals, a round-up's (LIBRARY HOURS: … “…,” said …): each stands
    // once, over paragraphs that quote somebody.
    let headings = once_each(&capitals).len() == capitals.len()
        && turns.iter().any(|t| {
            t.kind == Label::Speaker
                && in_capitals(t)
                && toks[t.first..=t.last]
                    .iter()
                    .any(|k| matches!(k.kind, TokenKind::Quote(_)))
        });
    let others: Vec<&str> = turns
        .iter()
        .filter(|t| t.kind == Label::Speaker && !in_capitals(t))
        .map(label_text)
        .collect();
    // (One speaker however the label names them: Cllr Ana Ruiz, then Cllr Ruiz, then Ruiz.)
    let families: Vec<&str> = others.iter().map(|l| family_name(l)).collect();
    let distinct = once_each(&families);
    // (A speaker speaking again: headings in a row, Poll: … Contributing: …, each stand once.
    // More speakers than that when each label is a family name the text gives in full
    // elsewhere: an excerpt of a call where an analyst asks two executives in turn.)
    let conversation = distinct.len() < others.len()
        && (distinct.len() * 2 <= others.len() + 1
            || (distinct.len() <= MAX_NAMED_LABELS
                && distinct.iter().all(|l| named_in_full(text, l))));
    turns.retain(|t| match t.kind {
        Label::Question | Label::Answer if dotted(t) => dotted_interview,
        Label::Question | Label::Answer => interview,
        Label::Speaker if in_capitals(t) => capitals.len() >= 2 && !headings,
        Label::Speaker => conversation,
    });
    turns
}

/// The most tokens before the colon of a label whose name commas set off from a role and an
/// organisation ([`comma_label`]).
const LONG_LABEL: usize = 16;

/// A label whose speaker's name commas set off from a role and an organisation (Viktor Ruiz,
/// director of partnerships, Pulsebox: …; Chair, Dame Ana Ruiz: …) in the paragraph
/// `start..end`: the name's tokens and the colon. The name is the first part of two to
/// [`LABEL_WORDS`] capitalised words; the last part is capitalised words too, and the parts
/// hold only words.
fn comma_label(
    toks: &[sayso_tokenizer::Token<'_>],
    start: usize,
    end: usize,
) -> Option<(usize, usize, usize)> {
    let colon = (start..end.min(start + LONG_LABEL)).find(|&k| toks[k].text == ":")?;
    let mut parts = Vec::new();
    let mut from = start;
    for (k, t) in toks.iter().enumerate().take(colon).skip(start) {
        if t.text == "," {
            parts.push((from, k));
            from = k + 1;
        } else if !matches!(t.kind, TokenKind::Word) && t.text != "." {
            return None;
        }
    }
    parts.push((from, colon));
    let capitalised = |(a, b): (usize, usize)| {
        b > a
            && toks[a..b].iter().enumerate().all(|(j, t)| {
                (matches!(t.kind, TokenKind::Word) && crate::capitalised(t.text))
                    || (t.text == "." && j > 0)
            })
    };
    if parts.len() < 2 || !capitalised(*parts.last()?) {
        return None;
    }
    parts
        .iter()
        .find(|&&(a, b)| (2..=LABEL_WORDS).contains(&(b - a)) && capitalised((a, b)))
        .map(|&(a, b)| (a, b, colon))
}

/// The family name a speaker's label gives (Cllr Ana Ruiz, Ruiz, Ana Ruiz MP: Ruiz): its last
/// word but letters after a name.
fn family_name(label: &str) -> &str {
    let mut words = label.split_whitespace().rev();
    let last = words.next().unwrap_or(label);
    if crate::mentions::POST_NOMINALS.contains(&last) {
        words.next().unwrap_or(last)
    } else {
        last
    }
}

/// True when `label` follows a capitalised word somewhere in `text` (Dana Kilbride, … then
/// `Kilbride: …`): the label is a family name whose person the text introduces.
fn named_in_full(text: &str, label: &str) -> bool {
    text.match_indices(label).any(|(at, _)| {
        let Some(before) = text[..at].strip_suffix(' ') else {
            return false;
        };
        let given = before
            .rsplit(|c: char| !c.is_alphabetic() && c != '-')
            .next()
            .unwrap_or("");
        given.len() > 1 && crate::capitalised(given)
    })
}

/// The labels of `labels` once each, sorted.
fn once_each<'t>(labels: &[&'t str]) -> Vec<&'t str> {
    let mut once = labels.to_vec();
    once.sort_unstable();
    once.dedup();
    once
}
