//! [`Context`]: what a sieve can see of the document while it attributes one quotation.

use std::ops::Range;

use sayso_tokenizer::{Document, Span, Token, TokenKind};

use crate::lexicon::Lexicon;
use crate::mentions::{Finder, Mention};
use crate::{Answer, Quote};

/// How far (in tokens) a sieve looks for a cue outside the quotation. Bounded so that every
/// search costs a constant per quotation, however long the sentence.
pub const WINDOW: usize = 60;

/// Words opening a short time or place phrase before the main clause (Hours later, …).
const SHORT_OPENERS: &[&str] = &[
    "back",
    "days",
    "earlier",
    "here",
    "hours",
    "later",
    "minutes",
    "moments",
    "months",
    "now",
    "there",
    "today",
    "tonight",
    "weeks",
    "years",
    "yesterday",
];

/// Words that open a time phrase before the main clause (A week later, …; Eight years ago,
/// …). General English.
const TIME_STARTS: &[&str] = &[
    "a", "an", "the", "that", "this", "last", "next", "several", "some", "each", "every", "many",
    "few", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty",
];

/// Words that end a time phrase opening a sentence before its comma (A week later, …; That
/// morning, …). General English.
const TIME_ENDS: &[&str] = &[
    "afternoon",
    "ago",
    "day",
    "days",
    "earlier",
    "evening",
    "later",
    "month",
    "months",
    "morning",
    "night",
    "week",
    "weekend",
    "weeks",
    "year",
    "years",
];

/// Words after which a speech verb's form is a noun (his tweets, the claims, a call).
const NOUN_MARKERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
];

/// The document, lexicon and earlier answers, as one sieve sees them for one quotation.
pub struct Context<'a> {
    pub(crate) doc: &'a Document<'a>,
    pub(crate) lexicon: &'a Lexicon,
    pub(crate) quotes: &'a [Quote],
    /// For each token, whether it lies inside a quotation (marks included).
    pub(crate) quoted: &'a [bool],
    /// For each token, whether it can be part of a name (`mentions::name_words`).
    pub(crate) names: &'a [bool],
    pub(crate) answers: &'a [Option<(Answer, &'static str)>],
    /// Byte spans of the multi-word cue phrases found in the document (sorted), or `None`
    /// when they are looked up one position at a time (`Lexicon::bounded_cue_phrase_at`).
    pub(crate) phrases: Option<&'a [Span]>,
    /// The quotation's opening and closing tokens, each with the index of its sentence and
    /// of its paragraph: the tokens the sieves ask about most, answered without a search.
    pub(crate) marks: [Place; 2],
}

/// A token with the indices of its sentence and paragraph (`Document::sentence_of`,
/// `Document::paragraph_of`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Place {
    pub token: usize,
    pub sentence: usize,
    pub paragraph: usize,
}

impl<'a> Context<'a> {
    /// The tokenized document.
    pub fn doc(&self) -> &'a Document<'a> {
        self.doc
    }

    /// The document text.
    pub fn text(&self) -> &'a str {
        self.doc.text()
    }

    /// The tokens.
    pub fn tokens(&self) -> &'a [Token<'a>] {
        self.doc.tokens()
    }

    /// The lexicon.
    pub fn lexicon(&self) -> &'a Lexicon {
        self.lexicon
    }

    /// Every quotation of the document, in order (speech and otherwise).
    pub fn quotes(&self) -> &'a [Quote] {
        self.quotes
    }

    /// The answers given so far to the quotations before `quote`, with the sieve that gave
    /// each (`None` where no sieve answered).
    pub fn earlier_answers(&self) -> &'a [Option<(Answer, &'static str)>] {
        self.answers
    }

    /// The token range of the sentence holding token `i`.
    pub fn sentence(&self, i: usize) -> Range<usize> {
        let s = match self.marks.iter().find(|m| m.token == i) {
            Some(m) => m.sentence,
            None => self.doc.sentence_of(i),
        };
        self.doc.sentences().get(s).cloned().unwrap_or(0..0)
    }

    /// The token range of the paragraph holding token `i`.
    pub fn paragraph(&self, i: usize) -> Range<usize> {
        let p = match self.marks.iter().find(|m| m.token == i) {
            Some(m) => m.paragraph,
            None => self.doc.paragraph_of(i),
        };
        self.doc.paragraphs().get(p).cloned().unwrap_or(0..0)
    }

    /// True when token `i` lies inside some quotation's marks.
    pub fn in_quote(&self, i: usize) -> bool {
        self.quoted.get(i).copied().unwrap_or(false)
    }

    /// The cue at token `i`: a speech verb, or a multi-word cue phrase starting there.
    pub fn cue_at(&self, i: usize) -> Option<Span> {
        let t = self.tokens().get(i)?;
        if !matches!(t.kind, TokenKind::Word) {
            return None;
        }
        let start = t.span().start;
        let phrase = match self.phrases {
            Some(phrases) => {
                let k = phrases.partition_point(|p| p.start < start);
                phrases.get(k).filter(|p| p.start == start).copied()
            }
            None => self
                .lexicon
                .bounded_cue_phrase_at(self.text(), start)
                .flatten(),
        };
        if phrase.is_some() {
            return phrase;
        }
        if !self.lexicon.is_speech_verb(t.text) {
            return None;
        }
        let toks = self.tokens();
        // An idiom, not a report: it goes without saying, needless to say, suffice it to say.
        let idiom = i > 0 && {
            let prev = toks[i - 1].text;
            prev.eq_ignore_ascii_case("without")
                || prev == "to"
                    && i > 1
                    && ["needless", "suffice", "it"]
                        .iter()
                        .any(|w| toks[i - 2].text.eq_ignore_ascii_case(w))
        };
        // Would continue to fight, continued “to rise”: "to" makes "continue" go on with a
        // deed.
        let goes_on = t.text.starts_with("continu") && {
            let k = i
                + 1
                + usize::from(
                    toks.get(i + 1)
                        .is_some_and(|n| matches!(n.kind, TokenKind::Quote(_))),
                );
            toks.get(k).is_some_and(|n| n.text == "to")
        };
        // Reminds me of, reminded voters of: a likeness, not a report.
        let likeness =
            t.text.starts_with("remind") && toks.get(i + 2).is_some_and(|n| n.text == "of");
        if idiom || goes_on || likeness {
            return None;
        }
        // After a determiner or possessive the word is a noun (his tweets, the claims, a call).
        let noun = i > 0 && {
            let prev = toks[i - 1].text;
            let plural = t.text.ends_with('s') && t.text != "says";
            NOUN_MARKERS.iter().any(|d| prev.eq_ignore_ascii_case(d))
                // a series of late-night tweets, dozens of angry calls, 30% of Liberal claims:
                // a plural after "of" and a lower-case or adjective-like modifier (not a
                // plural: a group of Liberals claims).
                || (i > 1
                    && toks[i - 2].text == "of"
                    && (prev.starts_with(char::is_lowercase) || !prev.ends_with('s'))
                    && plural)
                // Dover's claims, the senator’s tweets: a plural after a possessive (not
                // he's, it's).
                || (plural && {
                    let (owner, possessive) = crate::mentions::strip_possessive(prev);
                    possessive
                        && !["he", "she", "it", "that", "who", "there", "what", "let"]
                            .iter()
                            .any(|w| owner.eq_ignore_ascii_case(w))
                })
                // rejected claims, denied reports: a plural after a past-tense verb is its
                // object.
                || (prev.starts_with(char::is_lowercase)
                    && prev.len() > 3
                    && prev.ends_with("ed")
                    && plural)
                // an unexpected call, a quick retort: a verb's base form after "a" and a
                // lower-case modifier (but a spokesman said, a friend tweets).
                || (i > 1
                    && matches!(toks[i - 2].text, "a" | "an" | "A" | "An")
                    && prev.starts_with(char::is_lowercase)
                    && self.is_base_form(t.text))
        };
        (!noun && !self.names_a_thing(i)).then_some(t.span())
    }

    /// True when "called" at token `i` names the thing before it (a class called
    /// “Harbor Studies”, a formula called the “rolling index”): a lower-case noun before it and the
    /// quotation right after it, with no object between.
    fn names_a_thing(&self, i: usize) -> bool {
        let toks = self.tokens();
        if toks[i].text != "called" || i == 0 {
            return false;
        }
        let prev = &toks[i - 1];
        let noun = matches!(prev.kind, TokenKind::Word)
            && prev.text.starts_with(|c: char| c.is_lowercase())
            && !self.finder().is_function_word(prev)
            && self.lexicon.pronoun(prev.text).is_none();
        // Only "the" may come between: what critics called a “…” is their judgement.
        let mut k = i + 1;
        if toks.get(k).is_some_and(|t| t.text == "the") {
            k += 1;
        }
        // A plan the mayor called “…”: a phrase of its own with a speaker's head noun, right
        // after another noun, is the subject of a reduced relative clause (not a ferry
        // called “…”).
        let lowercase_word =
            |t: &Token<'_>| t.kind == TokenKind::Word && t.text.starts_with(char::is_lowercase);
        let reduced_relative = self.lexicon.is_nominal_head(prev.text)
            && (i.saturating_sub(4)..i - 1)
                .rev()
                .find(|&d| toks[d].text == "the" || toks[d].text == "a" || toks[d].text == "an")
                .is_some_and(|d| {
                    d > 0
                        && (d + 1..i - 1).all(|w| lowercase_word(&toks[w]))
                        && lowercase_word(&toks[d - 1])
                        && !self.finder().is_function_word(&toks[d - 1])
                        && !self.lexicon.is_speech_verb(toks[d - 1].text)
                        && !toks[d - 1].text.ends_with("ed")
                });
        noun && !reduced_relative
            && toks
                .get(k)
                .is_some_and(|t| matches!(t.kind, TokenKind::Quote(_)))
    }

    /// True when the speech verb `verb` is a base form: its third person (with -s or -es) is
    /// a speech verb too (call, retort; not said, calls).
    fn is_base_form(&self, verb: &str) -> bool {
        !verb.ends_with('s')
            && ["s", "es"]
                .iter()
                .any(|end| self.lexicon.is_speech_verb(&format!("{verb}{end}")))
    }

    /// The token index just past a cue that starts at token `i` and covers `cue`.
    pub fn after_cue(&self, i: usize, cue: Span) -> usize {
        let toks = self.tokens();
        let mut j = i;
        while j < toks.len() && toks[j].span().end <= cue.end {
            j += 1;
        }
        j
    }

    /// True when the cue is a phrase that names its source after it: "according to", "in
    /// the words of".
    pub fn is_according_to(&self, cue: Span) -> bool {
        let phrase = &self.text().as_bytes()[cue.start..cue.end];
        phrase
            .get(..9)
            .is_some_and(|p| p.eq_ignore_ascii_case(b"according"))
            || phrase.eq_ignore_ascii_case(b"in the words of")
    }

    pub(crate) fn finder(&self) -> Finder<'a, 'a> {
        Finder {
            tokens: self.doc.tokens(),
            lx: self.lexicon,
            names: self.names,
        }
    }

    /// Where the main clause of the sentence starting at token `start` begins, looking no
    /// further than `hi`: after a dateline (LISBON (AP) — …), a conjunction opening the
    /// sentence (But …), and an opening adverbial or time phrase and its comma (In a
    /// statement, …; Before the vote, …; Reached by phone, …; If she wins, …; A week later,
    /// …), else `start`.
    pub fn main_clause_start(&self, start: usize, hi: usize) -> usize {
        let toks = self.tokens();
        // A dateline: WASHINGTON (Reuters) — …; Lisbon, May 3 (AP) – …; DOVER, Del. — …
        // A spaced hyphen stands for the dash in plain-text wire copy (LONDON (Reuters) - …).
        // (Or a colon after a place in capitals, as Indian and Pakistani papers write it: NEW
        // DELHI: …)
        let dash = (start..hi.min(start + 10)).find(|&k| {
            matches!(toks[k].kind, TokenKind::Dash)
                || (toks[k].text == "-"
                    && k > start
                    && toks[k - 1].span().end < toks[k].span().start)
                || (toks[k].text == ":"
                    && k > start
                    && k - start <= 3
                    && toks[start..k]
                        .iter()
                        .all(|t| matches!(t.kind, TokenKind::Word) && crate::in_capitals(t.text)))
        });
        let start = match dash {
            Some(d)
                if (start..d).any(|k| toks[k].text == ")")
                    || (matches!(toks[start].kind, TokenKind::Word)
                        && crate::in_capitals(toks[start].text)) =>
            {
                d + 1
            }
            _ => start,
        };
        // A conjunction opening the sentence (But she wanted to know, …; And Ruiz said …)
        // is not part of the clause.
        let start = match toks.get(start) {
            Some(t)
                if start + 1 < hi
                    && matches!(t.text, "But" | "And" | "Yet" | "So" | "Or")
                    && matches!(toks[start + 1].kind, TokenKind::Word) =>
            {
                start + 1
            }
            _ => start,
        };
        let Some(first) = toks
            .get(start)
            .filter(|t| matches!(t.kind, TokenKind::Word))
        else {
            return start;
        };
        let w = first.text.to_ascii_lowercase();
        // A sentence adverb and its comma: However, …; Meanwhile, …; Still, …
        // Conversely, …; Ultimately, …: an adverb's suffix tells it from a name (Kelly, …).
        let adverb_shaped = || {
            [
                "ably", "ally", "antly", "arly", "ately", "ctly", "edly", "ently", "fully", "ibly",
                "ingly", "ively", "ously", "rely", "sely", "tely",
            ]
            .iter()
            .any(|x| w.ends_with(x))
        };
        let adverb = toks.get(start + 1).is_some_and(|t| t.text == ",")
            && (!self.finder().is_name(start) || adverb_shaped());
        if adverb {
            return start + 2;
        }
        // A short time or place phrase: Hours later, …; Here in Lisbon, …; Back in 1999, …
        let short = SHORT_OPENERS.contains(&w.as_str());
        // Shortly after …, Only when …: an adverb leading an opener.
        let led = w.len() > 4
            && w.ends_with("ly")
            && toks.get(start + 1).is_some_and(|t| {
                matches!(t.kind, TokenKind::Word)
                    && crate::mentions::is_clause_opener(&t.text.to_ascii_lowercase())
            });
        let opens_clause = led
            || crate::mentions::is_clause_opener(&w)
            || w.ends_with("ed")
            || (w.ends_with("ing") && w.len() > 5);
        // A time phrase ending at its comma: A few days later, …; That morning, …; Last
        // week, … (looked for only when nothing else opens the sentence).
        let timed = || {
            TIME_STARTS.contains(&w.as_str())
                && (start + 1..hi.min(start + 6))
                    .find(|&k| !matches!(toks[k].kind, TokenKind::Word | TokenKind::Number))
                    .is_some_and(|k| {
                        toks[k].text == ","
                            && TIME_ENDS
                                .iter()
                                .any(|e| toks[k - 1].text.eq_ignore_ascii_case(e))
                    })
        };
        let short = short || (!opens_clause && timed());
        if !(short || opens_clause) {
            return start;
        }
        let reach = if short { 6 } else { WINDOW };
        let Some(comma) =
            (start + 1..hi.min(start + reach)).find(|&k| toks[k].text == "," && !self.in_quote(k))
        else {
            return start;
        };
        // A place's state or country after the comma belongs to the phrase: In Aspen,
        // Colo., …
        let mut k = comma + 1;
        while k < hi && k - comma <= 3 && self.finder().is_name(k) {
            k += 1;
        }
        let place =
            k > comma + 1 && k < hi && toks[k].text == "," && self.finder().is_name(comma - 1);
        if place {
            return k + 1;
        }
        // A second phrase set off after a participle's (Speaking to reporters, still in his
        // helmet, the foreman described …): one opening with an adverb or a preposition,
        // with no verb of saying, belongs to the opener too.
        let second = toks
            .get(comma + 1)
            .filter(|_| opens_clause && !short)
            .is_some_and(|t| {
                let w = t.text;
                matches!(w, "still" | "now" | "then" | "again" | "once" | "visibly")
                    || crate::mentions::is_preposition(t)
                    || (w.len() > 4 && w.ends_with("ly") && crate::mentions::lower(t))
            });
        let end = second
            .then(|| {
                (comma + 2..hi.min(comma + 8))
                    .take_while(|&j| {
                        !self.lexicon.is_speech_verb(toks[j].text) && !self.in_quote(j)
                    })
                    .find(|&j| toks[j].text == ",")
            })
            .flatten();
        match end {
            Some(e) => e + 1,
            None => comma + 1,
        }
    }

    /// The name in an appositive right after a description (the chief executive, Ana
    /// Novak, …): `next` is the token after the description, `hi` bounds the search.
    pub fn appositive_name(&self, m: Mention, next: usize, hi: usize) -> Option<Mention> {
        self.appositive(m, next, hi, false).map(|(name, _)| name)
    }

    /// The name in an appositive that may also end the sentence, after an inverted verb
    /// (said the chief executive, Ana Novak.), with the index of the token after it.
    pub fn final_appositive_name(
        &self,
        m: Mention,
        next: usize,
        hi: usize,
    ) -> Option<(Mention, usize)> {
        self.appositive(m, next, hi, true)
    }

    fn appositive(
        &self,
        m: Mention,
        next: usize,
        hi: usize,
        may_end: bool,
    ) -> Option<(Mention, usize)> {
        let toks = self.tokens();
        if m.kind != crate::MentionKind::Nominal {
            return None;
        }
        // Past a short complement in lower case (a spokeswoman for the mission, Ana Ruiz) or
        // a second role (her husband and manager, Ana Ruiz).
        let next = if toks.get(next)?.text == "," {
            next
        } else {
            complement_then_comma(toks, next, hi)
                .or_else(|| self.second_role_then_comma(next, hi))?
        };
        let (name, mut after) = self.np_starting_at(next + 1, hi)?;
        // A parenthesis after the name: Ana Ruiz (D-Ohio), …
        if toks.get(after).is_some_and(|t| t.text == "(") {
            after = (after..hi.min(after + 8)).find(|&k| toks[k].text == ")")? + 1;
        }
        // Her institution after the name: …, Naomi Faber of the University of Westbridge.
        let ends =
            |t: &Token<'_>| t.text == "," || (may_end && matches!(t.text, "." | "!" | "?" | ";"));
        if toks
            .get(after)
            .is_some_and(|t| matches!(t.text, "of" | "from" | "at"))
        {
            if let Some(end) = (after + 1..hi.min(after + 10))
                .take_while(|&k| toks[k].kind == TokenKind::Word || ends(&toks[k]))
                .find(|&k| ends(&toks[k]))
            {
                after = end;
            }
        }
        let closed = match toks.get(after).filter(|_| after < hi) {
            Some(t) => ends(t),
            None => may_end,
        };
        (name.kind == crate::MentionKind::Name && closed).then_some((name, after))
    }

    /// The comma after a second role joined by "and" at token `k`: one to three lower-case
    /// words ending in a role noun (and manager, and chief executive), then a comma.
    fn second_role_then_comma(&self, k: usize, hi: usize) -> Option<usize> {
        let toks = self.tokens();
        if toks.get(k)?.text != "and" {
            return None;
        }
        let words = (k + 1..hi.min(k + 4))
            .take_while(|&j| crate::mentions::lower(&toks[j]))
            .count();
        let comma = k + 1 + words;
        let role = words > 0 && self.lexicon.is_nominal_head(toks[comma - 1].text);
        (role && comma < hi && toks.get(comma)?.text == ",").then_some(comma)
    }

    /// The speaker phrase ending right before token `verb` (its subject), looking no further
    /// left than `lo`.
    pub fn subject_before(&self, verb: usize, lo: usize) -> Option<Mention> {
        self.finder()
            .subject_before(verb, lo.max(verb.saturating_sub(WINDOW)))
    }

    /// The speaker phrase starting at token `first` (said the minister), looking no further
    /// right than `hi`. Returns it and the index of the token after it.
    pub fn np_starting_at(&self, first: usize, hi: usize) -> Option<(Mention, usize)> {
        self.finder().np_starting_at(first, hi.min(first + WINDOW))
    }

    /// A noun phrase without a determiner at `first` (excerpts of the speech, witnesses), for
    /// slots where any noun names the source; `None` when `first` is not a lower-case word.
    pub fn bare_np_starting_at(&self, first: usize, hi: usize) -> Option<(Mention, usize)> {
        self.finder().bare_np_starting_at(first, hi)
    }
}

/// The comma after a short complement in lower case starting at token `k`: a preposition, a
/// determiner or possessive pronoun and one to three lower-case words (for the mission,
/// of its search team), then a comma; `None` if the tokens are not so.
fn complement_then_comma(toks: &[Token<'_>], k: usize, hi: usize) -> Option<usize> {
    if !matches!(toks.get(k)?.text, "for" | "of" | "at" | "with") {
        return None;
    }
    if !matches!(
        toks.get(k + 1)?.text,
        "the" | "its" | "his" | "her" | "their"
    ) {
        return None;
    }
    let words = (k + 2..hi.min(k + 5))
        .take_while(|&j| crate::mentions::lower(&toks[j]))
        .count();
    let comma = k + 2 + words;
    (words > 0 && comma < hi && toks.get(comma)?.text == ",").then_some(comma)
}
