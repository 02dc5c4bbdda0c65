//! Rule-based quotation finding and speaker attribution for news text.
//!
//! sayso-attribution takes a tokenized [`Document`] and answers, for every quotation in it: where
//! it is, whether it is a whole statement or a fragment, who said it (the mention the text ties
//! to it and the canonical name that mention resolves to), which cue says so, and which rule
//! decided.
//!
//! # Overview
//!
//! - [`Attributor`]: runs the whole pipeline: find quotations, run the sieve cascade, resolve
//!   speakers. [`Attributor::default`] is the curated cascade with the embedded lexicon.
//! - [`Sieve`]: one rule. Sieves run in a fixed order ([`default_sieves`]); the first that
//!   answers owns the quotation and its name is recorded.
//! - [`Attribution`]: the result for one quotation: a [`Quote`], an optional [`Speaker`], the cue
//!   span, the sieve's name and its confidence.
//! - [`Lexicon`]: the word lists (speech verbs, cue phrases, titles, pronouns) the sieves use,
//!   embedded and extendable from a directory.
//! - [`Span`]: every offset is a half-open range of UTF-8 bytes into the unmodified text.
//!
//! # Example
//!
//! ```
//! use sayso_attribution::Attributor;
//!
//! let text = "Mayor Lena Ortiz opened the bridge on Monday. \
//!             “It took us ten years,” she said.";
//! let found = Attributor::default().attribute(text);
//! assert_eq!(found.len(), 1);
//! let a = &found[0];
//! assert_eq!(&text[a.quote.span], "“It took us ten years,”");
//! let speaker = a.speaker.as_ref().unwrap();
//! assert_eq!(speaker.name, "Lena Ortiz");
//! assert_eq!(&text[speaker.mention.unwrap()], "she");
//! assert_eq!(&text[a.cue.unwrap()], "said");
//! assert_eq!(a.sieve, "speech-verb-after-quote");
//! ```
//!
//! # Design
//!
//! Attribution is a cascade of small sieves ordered from most to least precise, after CoreNLP's
//! quote attribution: each sieve sees one quotation and the document around it through a
//! [`Context`], and either answers or passes. The framework owns iteration, bookkeeping and
//! name resolution, so a rule is a few lines that say what evidence it uses, and users change
//! the rules by building their own list ([`Attributor::new`]). Analysis never fails and never
//! panics: text in, values out; only loading a lexicon can fail.
#![deny(missing_docs)]

mod context;
mod lexicon;
mod mentions;
mod quotes;
mod resolve;
pub mod sieves;
mod turns;

use std::ops::Range;

pub use context::Context;
use context::Place;
pub use lexicon::{Gender, Lexicon, LexiconError, Number};
pub use mentions::{Mention, MentionKind};
pub use sayso_tokenizer::{Document, QuoteMarks, QuotePair, Span, Token, TokenKind, Tokenizer};

use sieves::*;

/// Identifies a quotation within one document: its index among the quotations found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QuoteId(pub u32);

/// Whether a quotation stands as a whole statement or sits inside a reporting sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// A full direct quotation: “We will respond,” Kim said.
    Direct,
    /// A fragment quoted inside the reporter's own sentence: open to “a new future”.
    Partial,
}

impl QuoteKind {
    /// `"direct"` or `"partial"`, as written in the output contract.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
        }
    }
}

/// A quotation found in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// Its id within the document.
    pub id: QuoteId,
    /// From the opening mark to the closing mark inclusive (for a multi-paragraph quotation,
    /// first opening mark to last closing mark).
    pub span: Span,
    /// Direct or partial.
    pub kind: QuoteKind,
    /// False when the closing mark was missing and the quotation was ended at its paragraph end.
    pub closed: bool,
    /// Token index of the opening mark.
    pub first: usize,
    /// Token index of the closing mark (of the last token, when unclosed).
    pub last: usize,
}

/// Who said a quotation.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The canonical name: the fullest name the document uses for this speaker (or the
    /// mention's own words when it resolves to no name: "an official in the capital").
    pub name: String,
    /// The in-text mention tied to the quotation by the text itself (the “he” of “…,” he
    /// said); for a quotation continuing a turn, the mention that opened the turn.
    pub mention: Option<Span>,
}

/// A quotation with its speaker, cue and the sieve that attributed it.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    /// The quotation.
    pub quote: Quote,
    /// The speaker, or `None` when nobody can be named.
    pub speaker: Option<Speaker>,
    /// The cue (“said”, “according to”), if any.
    pub cue: Option<Span>,
    /// The name of the sieve that attributed the quotation (`"none"` when none did).
    pub sieve: &'static str,
    /// How sure the sieve is, from 0 to 1 (0 when no sieve answered).
    pub confidence: f32,
}

/// A sieve's answer for one quotation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Answer {
    /// The speaker mention the evidence points to, if any.
    pub mention: Option<Mention>,
    /// The cue, if any.
    pub cue: Option<Span>,
    /// How sure the sieve is, from 0 to 1.
    pub confidence: f32,
}

/// One rule of the attribution cascade.
///
/// A sieve only answers; the [`Attributor`] owns iteration, ordering and name resolution.
/// See `sieves::template` for a compiled example to copy.
pub trait Sieve: Send + Sync {
    /// The sieve's name in kebab-case, as written in the output (`speech-verb-after-quote`).
    fn name(&self) -> &'static str;
    /// One line saying what evidence the sieve uses.
    fn description(&self) -> &'static str;
    /// One example sentence the sieve attributes.
    fn example(&self) -> &'static str;
    /// Attributes `quote`, or returns `None` to pass it to the next sieve.
    fn attribute(&self, cx: &Context<'_>, quote: &Quote) -> Option<Answer>;
}

/// The curated default cascade, highest precision first.
pub fn default_sieves() -> Vec<Box<dyn Sieve>> {
    vec![
        // “OKORO: Will the ferry run on Sunday?”
        Box::new(TranscriptLabel),
        // The plan is “dead on arrival,” according to two council members.
        Box::new(AccordingTo),
        // “Nobody reads the small print.” So says Dana Park, a consumer lawyer.
        Box::new(NamedAfter),
        // “We will respond,” the defense minister said.
        Box::new(SpeechVerbAfterQuote),
        // Mayor Ortiz: “The bridge will reopen in May”
        Box::new(NameColonQuote),
        // The mayor said the city is open to “a new start” with its neighbours.
        Box::new(SpeechVerbBeforeQuote),
        // And from Chairwoman Ruiz: ¶ “We will keep the libraries open.”
        Box::new(ColonIntroduced),
        // “The river is cleaner than it has been in decades.” —Commissioner Dana Park
        Box::new(TrailingDash),
        // “A turning point” is how the mayor described the vote.
        Box::new(SpeechVerbInSentence),
        // The senator praised the plan’s “common sense” on Monday.
        Box::new(SentenceSubject),
        // “We will rebuild,” the mayor said. “It will take years.”
        Box::new(ContinuedTurn),
        // The mayor said the bridge would reopen in May. “We owe the city that much.”
        Box::new(ReportedThenQuoted),
    ]
}

/// Sieves whose evidence is a cue in the quotation's own sentence: a short fragment in quotation
/// marks is only speech when one of these answers for it.
const CUE_SIEVES: &[&str] = &[
    "transcript-label",
    "speech-verb-after-quote",
    "speech-verb-before-quote",
    "according-to",
    "name-colon-quote",
    "colon-introduced",
    "trailing-dash",
    "named-after",
    "speech-verb-in-sentence",
];

/// True when the quotation's sentence holds a speech verb outside the quotation (within reach).
fn sentence_has_speech_verb(doc: &Document<'_>, lexicon: &Lexicon, q: &Quote) -> bool {
    let toks = doc.tokens();
    let sent = doc
        .sentences()
        .get(doc.sentence_of(q.first))
        .cloned()
        .unwrap_or(0..0);
    let lo = sent.start.max(q.first.saturating_sub(context::WINDOW));
    let hi = sent
        .end
        .min(q.last + context::WINDOW)
        .max(q.last + 1)
        .min(toks.len());
    (lo..q.first)
        .chain(q.last + 1..hi)
        .any(|i| matches!(toks[i].kind, TokenKind::Word) && lexicon.is_speech_verb(toks[i].text))
}

/// The sieve whose answer makes a named term (the phrase “…”, dubbed “…”) reported speech.
const NAMED_TERM_SIEVE: &str = "speech-verb-before-quote";

/// The longest fragment (in words) that needs a cue in its sentence to count as speech.
const SCARE_WORDS: usize = 1;

/// The most words a named term has (the nickname “Slow Sam”, the so-called “closed”
/// primaries). A longer quotation after a naming word is a title or slogan somebody wrote (a
/// memo titled “…”, the bill known as the “…”), annotated as its author's words, and goes on
/// to the tests every fragment meets.
const TERM_NAME_WORDS: usize = 2;

/// Words before a quotation that say it names a term rather than reports speech (the
/// so-called “green corridor”, known as “Shorty”, the phrase “…”). A speech verb may still
/// report such a term as someone's words (dubbed her rival “the little mayor”).
const TERM_WORDS: &[&str] = &[
    "banner",
    "billed",
    "dubbed",
    "entitled",
    "hashtag",
    "headline",
    "known",
    "label",
    "motto",
    "named",
    "nickname",
    "nicknamed",
    "phrase",
    "slogan",
    "so-called",
    "term",
    "titled",
    "word",
    "words",
];

static TERM_WORD_SET: mentions::WordSet = mentions::WordSet::new(TERM_WORDS);

/// People known by a work they appear in or make (the “Night Shift” star, the “Open Water”
/// director): the title before them is nobody's words.
const WORK_PEOPLE: &[&str] = &[
    "actor",
    "actress",
    "alum",
    "cast",
    "co-star",
    "creator",
    "director",
    "host",
    "producer",
    "showrunner",
    "star",
    "stars",
];

static WORK_PEOPLE_SET: mentions::WordSet = mentions::WordSet::new(WORK_PEOPLE);

/// Kinds of work, whose titles are capitalised (`titles_a_work`): a title is nobody's words,
/// whatever verb is near (said on the show “Night Shift”).
const WORK_NOUNS: &[&str] = &[
    "ad",
    "album",
    "anthem",
    "article",
    "autobiography",
    "biography",
    "book",
    "clip",
    "column",
    "comedy",
    "commentary",
    "concert",
    "documentary",
    "drama",
    "episode",
    "essay",
    "film",
    "franchise",
    "magazine",
    "memoir",
    "movie",
    "musical",
    "novel",
    "op-ed",
    "play",
    "podcast",
    "poem",
    "preview",
    "program",
    "programme",
    "reboot",
    "remake",
    "segment",
    "sequel",
    "series",
    "show",
    "single",
    "sitcom",
    "song",
    "soundtrack",
    "spinoff",
    "teaser",
    "thriller",
    "tour",
    "track",
    "trailer",
    "trilogy",
];

static WORK_NOUN_SET: mentions::WordSet = mentions::WordSet::new(WORK_NOUNS);

/// Who makes or fronts a work, before "of" and its title (the host of “…”, the author of
/// “…”): the quotation is the work's name, nobody's words.
const WORK_ROLES: &[&str] = &[
    "anchor",
    "anchors",
    "author",
    "authors",
    "co-author",
    "co-authors",
    "co-editor",
    "co-editors",
    "co-host",
    "co-hosts",
    "creator",
    "creators",
    "editor",
    "editors",
    "host",
    "hosts",
    "producer",
    "producers",
    "star",
    "stars",
];

static WORK_ROLE_SET: mentions::WordSet = mentions::WordSet::new(WORK_ROLES);

/// Finds quotations and attributes them.
pub struct Attributor {
    tokenizer: Tokenizer,
    sieves: Vec<Box<dyn Sieve>>,
    lexicon: Lexicon,
    /// Whether quotations nested in quotations are reported ([`Attributor::with_nested`]).
    nested: bool,
}

impl Default for Attributor {
    fn default() -> Attributor {
        Attributor::new(default_sieves())
    }
}

impl std::fmt::Debug for Attributor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = self.sieves.iter().map(|s| s.name()).collect();
        f.debug_struct("Attributor")
            .field("sieves", &names)
            .field("lexicon", &self.lexicon)
            .finish()
    }
}

impl Attributor {
    /// An attributor running `sieves` in order, with the embedded lexicon and English marks.
    pub fn new(sieves: Vec<Box<dyn Sieve>>) -> Attributor {
        Attributor {
            tokenizer: Tokenizer::default(),
            sieves,
            lexicon: Lexicon::embedded(),
            nested: false,
        }
    }

    /// Also reports the quotations nested in a quotation that is speech and reported there by
    /// a speech verb (“He told me, ‘Never give up,’ and I did,” Nomura said), each with the
    /// speaker that verb names (an “I” is the outer quotation's speaker) and the sieve name
    /// `nested-speech`. Off by default: news annotation (PolNeAR) folds them into the outer
    /// quotation, and their pronouns mostly point into the speaker's story.
    pub fn with_nested(mut self, nested: bool) -> Attributor {
        self.nested = nested;
        self
    }

    /// Replaces the lexicon.
    pub fn with_lexicon(mut self, lexicon: Lexicon) -> Attributor {
        self.lexicon = lexicon;
        self
    }

    /// Replaces the quotation marks recognised.
    pub fn with_marks(mut self, marks: QuoteMarks) -> Attributor {
        self.tokenizer = Tokenizer::new(marks);
        self
    }

    /// The sieves, in cascade order.
    pub fn sieves(&self) -> impl Iterator<Item = &dyn Sieve> {
        self.sieves.iter().map(|s| s.as_ref())
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The tokenizer in use.
    pub fn tokenizer(&self) -> &Tokenizer {
        &self.tokenizer
    }

    /// Finds and attributes every quotation in `text`.
    pub fn attribute(&self, text: &str) -> Vec<Attribution> {
        let doc = self.tokenizer.tokenize(text);
        self.attribute_document(&doc)
    }

    /// Finds and attributes every quotation in an already tokenized document.
    pub fn attribute_document(&self, doc: &Document<'_>) -> Vec<Attribution> {
        let mut inner = Vec::new();
        let mut raw = quotes::find_quotes_and_nested(doc, self.nested.then_some(&mut inner));
        // Single marks nested in double ones, in a text quoting in double ones.
        if self.nested && !doc.quotes_in_single_marks() {
            for r in &raw {
                quotes::nested_single(doc, r, &mut inner);
            }
        }
        let turns = turns::find_turns(doc);
        if raw.is_empty() && turns.is_empty() {
            return Vec::new();
        }
        let name_words = mentions::name_words(&self.lexicon, doc.tokens());
        let names = &name_words.names;
        // A nickname between the parts of a name (Dana “Dee” Whitfield) is no quotation.
        let finder = mentions::Finder {
            tokens: doc.tokens(),
            lx: &self.lexicon,
            names,
        };
        raw.retain(|r| !(r.closed && finder.nickname_at(r.first) == Some(r.last + 1)));
        // Transcript turns without quotation marks, among the quotations in text order (not
        // one a quotation holds: a transcript quoted paragraph by paragraph). The quotations
        // inside a turn are its words (nested ones, when asked for).
        let mut turn_of: Vec<Option<turns::Turn>> = Vec::new();
        if !turns.is_empty() {
            let toks = doc.tokens();
            let turns: Vec<turns::Turn> = turns
                .into_iter()
                .filter(|t| !raw.iter().any(|r| r.first <= t.first && t.first <= r.last))
                .collect();
            let inside =
                |r: &quotes::RawQuote| turns.iter().any(|t| t.first < r.first && r.first <= t.last);
            let (within, rest): (Vec<_>, Vec<_>) =
                std::mem::take(&mut raw).into_iter().partition(inside);
            raw = rest;
            if self.nested {
                inner.extend(within);
            }
            turn_of = vec![None; raw.len()];
            for t in turns {
                raw.push(quotes::RawQuote {
                    span: toks[t.first].span().to(toks[t.last].span()),
                    first: t.first,
                    last: t.last,
                    closed: true,
                });
                turn_of.push(Some(t));
            }
            let mut order: Vec<usize> = (0..raw.len()).collect();
            order.sort_by_key(|&i| raw[i].first);
            raw = order.iter().map(|&i| raw[i].clone()).collect();
            turn_of = order.iter().map(|&i| turn_of[i]).collect();
        } else {
            turn_of.resize(raw.len(), None);
        }
        if raw.is_empty() {
            return Vec::new();
        }
        // The sentences and paragraphs of each quotation's marks (and of the token before
        // it), found by cursors: the marks come in text order.
        let mut sentences = RangeCursor::new(doc.sentences());
        let mut paragraphs = RangeCursor::new(doc.paragraphs());
        let mut place = |token: usize| Place {
            token,
            sentence: sentences.of(token),
            paragraph: paragraphs.of(token),
        };
        let mut marks: Vec<[Place; 2]> = Vec::with_capacity(raw.len());
        let quotes: Vec<Quote> = raw
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let before = r.first.checked_sub(1).map(&mut place);
                let at = [place(r.first), place(r.last)];
                marks.push(at);
                Quote {
                    id: QuoteId(i as u32),
                    span: r.span,
                    kind: match turn_of[i] {
                        Some(_) => QuoteKind::Direct,
                        None => classify(doc, r, before, at),
                    },
                    closed: r.closed,
                    first: r.first,
                    last: r.last,
                }
            })
            .collect();
        let quoted = quoted_tokens(doc, &quotes);
        // Cue phrases are looked up where a sieve asks, unless the lexicon's phrases need the
        // whole text scanned (`Lexicon::bounded_cue_phrase_at`).
        let phrases = match self.lexicon.bounded_cue_phrase_at(doc.text(), 0) {
            Some(_) => None,
            None => Some(self.lexicon.find_bounded_cue_phrases(doc.text())),
        };
        let naming: Vec<bool> = quotes.iter().map(|q| naming_context(doc, q)).collect();
        // Titles, bylined headlines and the excerpts after them: nobody's words.
        let bylined: Vec<bool> = quotes
            .iter()
            .map(|q| headline_with_byline(doc, q))
            .collect();
        let titles: Vec<bool> = quotes
            .iter()
            .enumerate()
            .map(|(i, q)| {
                bylined[i]
                    || self_named(doc, q)
                    || titles_a_work(doc, q, marks[i][1].sentence)
                    || (i > 0 && bylined[i - 1] && excerpt_after_byline(doc, &quotes[i - 1], q))
            })
            .collect();
        let mut answers: Vec<Option<(Answer, &'static str)>> = Vec::with_capacity(quotes.len());
        for ((((q, &names_something), &title), &marks), turn) in quotes
            .iter()
            .zip(&naming)
            .zip(&titles)
            .zip(&marks)
            .zip(&turn_of)
        {
            // A transcript's turn: its label says who speaks.
            if let Some(t) = turn {
                answers.push(Some(turn_answer(doc, &self.lexicon, t)));
                continue;
            }
            let cx = Context {
                doc,
                lexicon: &self.lexicon,
                quotes: &quotes,
                quoted: &quoted,
                names,
                answers: &answers,
                phrases: phrases.as_deref(),
                marks,
            };
            // A work's title is nobody's words (on the show “…”, her memoir, “…,”): no sieve
            // is asked.
            let answer = (!title)
                .then(|| {
                    self.sieves
                        .iter()
                        .find_map(|s| s.attribute(&cx, q).map(|a| (a, s.name())))
                })
                .flatten()
                // A term someone is said to use (Novak used the phrase “…”; Novak called it the
                // so-called “…”): only a speech verb before it reports it.
                .filter(|(_, sieve)| !names_something || *sieve == NAMED_TERM_SIEVE);
            answers.push(answer);
        }
        let speech: Vec<bool> = quotes
            .iter()
            .zip(&answers)
            .zip(naming.iter().zip(&titles))
            .zip(&turn_of)
            .map(|(((q, a), (&names_something, &title)), turn)| {
                turn.is_some()
                    || (!title && is_speech(doc, &self.lexicon, q, a.as_ref(), names_something))
            })
            .collect();
        let questions = turn_of
            .iter()
            .map(|t| t.is_some_and(|t| t.kind == turns::Label::Question))
            .collect();
        let found = Found {
            quotes,
            inner: &inner,
            questions,
        };
        self.resolve(doc, found, &quoted, &name_words, answers, &speech)
    }

    /// Turns the sieves' answers into attributions with canonical speaker names, keeping only
    /// the quotations that are speech.
    fn resolve<'t>(
        &self,
        doc: &Document<'t>,
        found: Found<'_>,
        quoted: &[bool],
        name_words: &mentions::NameWords,
        answers: Vec<Option<(Answer, &'static str)>>,
        speech: &[bool],
    ) -> Vec<Attribution> {
        let Found {
            quotes,
            inner,
            questions,
        } = found;
        // Sized for every answer at once: collecting a filter grows the vector step by step.
        let mut mentions: Vec<Mention> = Vec::with_capacity(answers.len());
        mentions.extend(answers.iter().flatten().filter_map(|(a, _)| a.mention));
        // Built on the first speaker to name: a document whose quotations have none (scare
        // quotes, titles) needs no index of its names.
        let resolver: std::cell::OnceCell<resolve::Resolver<'t>> = std::cell::OnceCell::new();
        let new_resolver =
            || resolve::Resolver::new(doc, &self.lexicon, quoted, name_words, &mentions);
        let names = &name_words.names;
        // Whether token `i` lies inside a quotation, marks included.
        let in_quote = |i: usize| quoted.get(i).copied().unwrap_or(false);
        let mut speakers: Vec<(usize, Vec<&'t str>)> = Vec::with_capacity(quotes.len());
        // The latest speaker known only by a description (the prime minister): (token, words,
        // gender), for a he or she with no named antecedent.
        let mut described: Option<(usize, Vec<&'t str>, Gender)> = None;
        // The latest speaker not named by a pronoun, until a he or she speaks: for an "it"
        // after it, when it is no person (the port agency, The Gazette, the report).
        let mut last_named: Option<Mention> = None;
        // The latest speaker's mention and the name its quotation's rules gave it, for the
        // quotations after it that its turn goes on with.
        let mut last_resolved: Option<(Span, Vec<&'t str>)> = None;
        // Speakers brought in by an indefinite description and named nowhere (a Western
        // diplomat in Vienna said): (token, words), for a later "the diplomat".
        let mut unnamed: Vec<(usize, Vec<&'t str>)> = Vec::new();
        // An interview's interviewer and interviewee, found on its first question or answer.
        let interview: std::cell::OnceCell<[Option<Vec<&'t str>>; 2]> = std::cell::OnceCell::new();
        let finder = mentions::Finder {
            tokens: doc.tokens(),
            lx: &self.lexicon,
            names,
        };
        let mut out = Vec::with_capacity(quotes.len());
        for (((q, answer), &keep), question) in
            quotes.into_iter().zip(answers).zip(speech).zip(questions)
        {
            let (speaker, cue, sieve, confidence) = match answer {
                Some((a, sieve)) => {
                    let speaker = a.mention.map(|m| {
                        // Who/which: named after the phrase it stands for.
                        let named = finder.relative_antecedent(&m).unwrap_or(m);
                        let resolver = resolver.get_or_init(new_resolver);
                        let mut words = match coordinated_names(doc, &self.lexicon, &named) {
                            Some((a, b)) => self.both_names(doc, resolver, &speakers, &a, &b),
                            None => resolver.canonical(doc, &named, &speakers),
                        };
                        // The diplomat, named nowhere: the description that brought that
                        // speaker in (a Western diplomat in Vienna); or one that brings a
                        // speaker in, kept for a later "the diplomat".
                        if named.kind == MentionKind::Nominal
                            && named.number == Number::Singular
                            && written_words(doc, &named) == words
                        {
                            let first = doc.tokens()[named.tokens.0].text;
                            if let Some(w) =
                                self.introducing_description(doc, &finder, &named, &unnamed)
                            {
                                words = w;
                            } else if mentions::indefinite_word(first)
                                || (first == "The"
                                    && named.tokens.1 > named.tokens.0 + 2
                                    && resolve::kept_unnamed(doc, named.tokens.1))
                            {
                                // (Or a definite one its sentence keeps unnamed: The director
                                // of a gallery, who asked not to be named, said …)
                                words = unnamed_words(doc, &finder, &named);
                                unnamed.push((named.tokens.0, words.clone()));
                            }
                        }
                        // A pronoun named by itself (It added, She said with no antecedent).
                        let as_written = named.kind == MentionKind::Pronoun
                            && words.len() == 1
                            && words[0] == doc.tokens()[named.tokens.0].text;
                        let unresolved =
                            as_written && matches!(named.gender, Gender::Male | Gender::Female);
                        // The description opening a recent sentence, looked for at most once per
                        // pronoun (both rules below ask for it).
                        let opener = std::cell::OnceCell::new();
                        let opener = || {
                            *opener.get_or_init(|| {
                                finder
                                    .described_subject_before(doc, m.tokens.0, named.gender)
                                    // (Not quoted words.)
                                    .filter(|d| !in_quote(d.tokens.0))
                            })
                        };
                        let gendered = matches!(named.gender, Gender::Male | Gender::Female);
                        if unresolved {
                            // The prime minister said … He added: the description.
                            if let Some((p, w, g)) = &described {
                                // Either order: a speaker's mention may follow a later
                                // quotation's.
                                let near =
                                    doc.paragraph_of(m.tokens.0).abs_diff(doc.paragraph_of(*p))
                                        <= 3;
                                // Unless the description has no gender and a sentence after
                                // it opens with one whose noun tells the pronoun's (“…,” his
                                // lawyer said. Tran's mother was in court. “…,” she said).
                                let gendered_after = *g == Gender::Unknown
                                    && opener().is_some_and(|d| {
                                        d.tokens.0 > *p
                                            && self
                                                .lexicon
                                                .gendered_noun(doc.tokens()[d.tokens.1 - 1].text)
                                                == Some(named.gender)
                                    });
                                if near
                                    && (*g == Gender::Unknown || *g == named.gender)
                                    && !gendered_after
                                {
                                    words = w.clone();
                                }
                            }
                        }
                        // The coach was asked about his future. “…,” he said: a description
                        // opening a recent sentence, when no speaker's description is near.
                        if unresolved && words.len() == 1 {
                            if let Some(d) = opener() {
                                words = resolve::self_given_name(doc, d.tokens.1)
                                    .unwrap_or_else(|| description_words(doc, &finder, &d));
                            }
                        }
                        // The mayor was undeterred. “…,” he said: a description opening the
                        // sentence right before, of a person the text named so, is nearer than
                        // the name found.
                        if !unresolved && gendered && named.kind == MentionKind::Pronoun {
                            // The sentence before, in the paragraph (or the paragraph before,
                            // when the quotation opens its own), opening with "The" (looked
                            // at only then).
                            // (Or past a question put to it: Asked about …, the coach
                            // shrugged.)
                            let before = sentence_just_before(doc, after_quote(&q, m.tokens.0))
                                .filter(|&k| {
                                    doc.sentences().get(k).is_some_and(|r| {
                                        let start = finder.past_asked_phrase(r.start, r.end);
                                        doc.tokens()
                                            .get(start)
                                            .is_some_and(|t| t.text.eq_ignore_ascii_case("the"))
                                    })
                                });
                            let d = before
                                .and_then(|k| finder.described_subject_of(doc, k, named.gender));
                            // Only a person the text describes with every word of it.
                            let w = d.and_then(|d| {
                                resolver.by_description(doc, &d, resolve::Fit::EveryWord)
                            });
                            if let Some(w) = w.filter(|w| !resolver.unlike_a_person(w)) {
                                words = w.to_vec();
                            }
                        }
                        // The sentence right before the quotation (in the paragraph before,
                        // when the quotation opens its own), which the rules for a he or she
                        // below read.
                        let just_before = (gendered && named.kind == MentionKind::Pronoun)
                            .then(|| sentence_just_before(doc, after_quote(&q, m.tokens.0)))
                            .flatten();
                        // Her husband put an arm around her. ¶ “…,” he said: a relative's
                        // description of the pronoun's gender opening the sentence right
                        // before (in the paragraph before, when the quotation opens its own)
                        // is nearer than any name found; named if the text names it.
                        if gendered && named.kind == MentionKind::Pronoun {
                            let d = just_before.and_then(|k| {
                                let r = doc.sentences().get(k)?;
                                let toks = doc.tokens();
                                let opens = toks
                                    .get(r.start)
                                    .is_some_and(|t| matches!(t.text, "His" | "Her"));
                                let (d, next) = opens
                                    .then(|| finder.np_starting_at(r.start, r.end))
                                    .flatten()?;
                                let kin = self.lexicon.gendered_noun(toks[d.tokens.1 - 1].text);
                                // (Past a second role: Her husband and manager said …; not
                                // when a name follows it: Her husband and manager, Ana Ruiz,)
                                let second_role = toks.get(next).is_some_and(|t| t.text == "and")
                                    && toks.get(next + 1).is_some_and(|t| {
                                        mentions::lower(t) && self.lexicon.is_nominal_head(t.text)
                                    });
                                let next = next + 2 * usize::from(second_role);
                                let verb = toks.get(next).is_some_and(|t| {
                                    t.kind == sayso_tokenizer::TokenKind::Word
                                        && t.text.starts_with(char::is_lowercase)
                                });
                                (d.tokens.1 == r.start + 2 && kin == Some(named.gender) && verb)
                                    .then_some(d)
                            });
                            if let Some(d) = d {
                                words = resolver.canonical(doc, &d, &speakers);
                            }
                        }
                        // One victim, an 81-year-old widow, said she had lost everything.
                        // “…,” she said: a speaker brought in by an indefinite description
                        // opening the sentence before, with no person named since, is nearer
                        // than any name found.
                        if gendered && named.kind == MentionKind::Pronoun {
                            let d = just_before.and_then(|k| {
                                // (Not one the text goes on to name (One victim, Ana Ruiz,
                                // said …; a resident named Ines), nor with a person right
                                // after it (An ardent supporter, Ruiz said …; A reporter asked
                                // Ruiz …).)
                                // (Nor quoted words: “… A memo is not a meeting,” Ruiz
                                // said.)
                                let subject = |k: usize| {
                                    finder
                                        .indefinite_subject_of(doc, k, named.gender)
                                        .filter(|d| {
                                            let (s, e) = d.tokens;
                                            // (Unless the name is the one the speaker gave:
                                            // A woman who … gave her name as Ines.)
                                            !in_quote(s)
                                                && (resolve::self_given_name(doc, e).is_some()
                                                    || !resolver.person_named_between(e, e + 4)
                                                        && !resolver.person_first_named_between(
                                                            s, m.tokens.0,
                                                        ))
                                        })
                                };
                                // (Or the sentence before that, in its paragraph, when this one
                                // goes on with the pronoun: A teacher described the attack. She
                                // has since returned to work.)
                                subject(k).or_else(|| {
                                    let start = doc.sentences().get(k)?.start;
                                    let opener = doc.tokens().get(start)?;
                                    let goes_on = matches!(
                                        (opener.text, named.gender),
                                        ("She", Gender::Female) | ("He", Gender::Male)
                                    );
                                    let j = k.checked_sub(1)?;
                                    let same = doc.paragraph_of(doc.sentences()[j].start)
                                        == doc.paragraph_of(start);
                                    (goes_on && same).then(|| subject(j)).flatten()
                                })
                            });
                            if let Some(d) = d {
                                words = resolve::self_given_name(doc, d.tokens.1)
                                    .unwrap_or_else(|| description_words(doc, &finder, &d));
                            } else if let Some(d) = just_before.and_then(|k| {
                                // The mayor said he welcomed it. “…,” he said: a
                                // definite description saying so in the sentence
                                // before, with no person named after it, is nearer
                                // than any name found; by its name if it has one.
                                finder
                                    .definite_subject_of(doc, k, named.gender)
                                    .filter(|d| {
                                        let (s, e) = d.tokens;
                                        !in_quote(s)
                                            && !resolver.person_named_between(e, e + 4)
                                            && !resolver.person_first_named_between(s, m.tokens.0)
                                    })
                            }) {
                                // (A name only of a person of the pronoun's gender or an
                                // unknown one: not a newspaper another word of the
                                // description named.)
                                let w = resolver.canonical(doc, &d, &speakers);
                                let g = resolver.gender_of(&w);
                                let person = || {
                                    !resolver.unlike_a_person(&w)
                                        && w.last()
                                            .is_some_and(|l| !mentions::ORG_WORD_SET.contains(l))
                                };
                                if w == written_words(doc, &d)
                                    || g == named.gender
                                    || (g == Gender::Unknown && person())
                                {
                                    words = w;
                                }
                            }
                        }
                        // One mention is one speaker, however many quotations its turn
                        // holds (“…,” he said. “…”): the later ones take the name the first
                        // one's rules gave it, which read the sentences around the mention.
                        match &last_resolved {
                            Some((span, w)) if *span == m.span => words = w.clone(),
                            _ => last_resolved = Some((m.span, words.clone())),
                        }
                        let proper = words
                            .iter()
                            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
                        if !unresolved
                            && !proper
                            && named.kind == MentionKind::Nominal
                            && named.number == Number::Singular
                        {
                            described = Some((m.tokens.0, words.clone(), named.gender));
                        }
                        // “…,” it added: the thing that spoke last, nearby.
                        let it = as_written
                            && doc.tokens()[named.tokens.0].text.eq_ignore_ascii_case("it");
                        if it {
                            // Named again only here, for the few quotations an "it" speaks.
                            let near = last_named.filter(|l| {
                                doc.paragraph_of(m.tokens.0)
                                    .abs_diff(doc.paragraph_of(l.tokens.0))
                                    <= 2
                            });
                            if let Some(l) = near {
                                let w = resolver.canonical(doc, &l, &speakers);
                                let org_description = w
                                    .first()
                                    .is_some_and(|x| x.eq_ignore_ascii_case("the"))
                                    && w.last().is_some_and(|x| {
                                        resolve::org_head(x) || x.starts_with(char::is_uppercase)
                                    });
                                // (Or the name such a description stands for: the company
                                // said … It added: Flicket.)
                                let org_named = l.kind == MentionKind::Nominal
                                    && resolve::org_head(doc.tokens()[l.tokens.1 - 1].text)
                                    && w.first().is_some_and(|x| {
                                        crate::capitalised(x) && !matches!(*x, "The" | "A" | "An")
                                    });
                                // (Or a name of several words nothing shows to be a
                                // person's, in the paragraph: PT Sawit Lestari said …. It
                                // added …)
                                let genderless = || {
                                    w.len() > 1
                                        && doc.paragraph_of(l.tokens.0)
                                            == doc.paragraph_of(m.tokens.0)
                                        && resolver.gender_of(&w) == Gender::Unknown
                                        && w.iter().all(|x| self.lexicon.given_name(x).is_none())
                                };
                                if org_description
                                    || org_named
                                    || l.kind == MentionKind::Name
                                        && (resolver.unlike_a_person(&w) || genderless())
                                {
                                    words = w;
                                }
                            }
                            // Else the organisation named or described just before (The
                            // ministry said …. “…,” it said.).
                            if words.len() == 1 && words[0].eq_ignore_ascii_case("it") {
                                if let Some(w) = resolver.it_antecedent(doc, m.tokens.0, &speakers)
                                {
                                    words = w;
                                }
                            }
                        } else if named.kind != MentionKind::Pronoun {
                            last_named = Some(named);
                        } else if matches!(named.gender, Gender::Male | Gender::Female) {
                            last_named = None;
                        }
                        let name = join_name(org_name(&words));
                        // A capitalised pronoun is nobody's name for a later description.
                        // Nor is an issuer named for its statement or an "it" (the statement
                        // said, it said): the text never wrote the name there, and a later he
                        // or she means someone it did.
                        let stands_for = it
                            || (named.kind == MentionKind::Nominal
                                && resolve::org_head(doc.tokens()[named.tokens.1 - 1].text));
                        // (A pronoun the rules above named is a speaker by that name.)
                        let still_written = as_written
                            && words.len() == 1
                            && words[0] == doc.tokens()[named.tokens.0].text;
                        if named.number == Number::Singular
                            && (named.kind == MentionKind::Name
                                || (proper && !still_written && !stands_for))
                        {
                            speakers.push((m.tokens.0, words));
                        }
                        Speaker {
                            name,
                            mention: Some(m.span),
                        }
                    });
                    (speaker, a.cue, sieve, a.confidence)
                }
                None => (None, None, "none", 0.0),
            };
            // An interview's question or answer: the interviewer the byline names, or the
            // person the document names most.
            let speaker = match speaker {
                None if sieve == TURN_SIEVE => {
                    let [asker, answerer] = interview.get_or_init(|| {
                        let resolver = resolver.get_or_init(new_resolver);
                        let [by, to] = interview_intro(doc, resolver, q.first);
                        let asker = by.or_else(|| interviewer(doc));
                        let answerer = to.or_else(|| resolver.most_named_person(asker.as_deref()));
                        [asker, answerer]
                    });
                    let words = if question { asker } else { answerer };
                    words.as_ref().map(|w| Speaker {
                        name: join_name(w),
                        mention: None,
                    })
                }
                s => s,
            };
            if keep {
                out.push(Attribution {
                    quote: q,
                    speaker,
                    cue,
                    sieve,
                    confidence,
                });
            }
        }
        // A headline's quotation repeated in the article: the speaker the article gives it
        // (S. Korea slams ‘groundless provocation’ … Hwangbo Seon-mi called it “groundless
        // provocation”), the headline's mention kept.
        if out.first().is_some_and(|a| headline(doc, a.quote.first)) {
            let words = |a: &Attribution| -> String {
                let t = &doc.text()[a.quote.span.start..a.quote.span.end];
                let mut w = String::with_capacity(t.len());
                for part in t
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|p| !p.is_empty())
                {
                    w.push(' ');
                    w.extend(part.chars().flat_map(char::to_lowercase));
                }
                w.push(' ');
                w
            };
            let body = out.partition_point(|a| headline(doc, a.quote.first));
            // The article's quotations that have a speaker, their words read once.
            let spoken: Vec<(String, String)> = out[body..]
                .iter()
                .filter_map(|a| Some((words(a), a.speaker.as_ref()?.name.clone())))
                .collect();
            for a in &mut out[..body] {
                let own = words(a);
                if own.len() < 5 {
                    continue;
                }
                if let Some((_, name)) = spoken.iter().find(|(w, _)| w.contains(&own)) {
                    let mention = a.speaker.as_ref().and_then(|s| s.mention);
                    a.speaker = Some(Speaker {
                        name: name.clone(),
                        mention,
                    });
                }
            }
        }
        // Quotations nested in a quotation that is speech, reported there by a speech verb
        // (“She told me, ‘Keep going,’ and I did,” …): their own speaker's.
        if !inner.is_empty() && !out.is_empty() {
            let before = out.len();
            for n in inner {
                let Some(outer) = out[..before]
                    .iter()
                    .find(|a| a.quote.first < n.first && n.last < a.quote.last)
                else {
                    continue;
                };
                let Some((m, cue)) = finder.nested_speaker(outer.quote.first + 1, n) else {
                    continue;
                };
                let toks = doc.tokens();
                // I, we: the outer quotation's speaker.
                let first_person = m.kind == MentionKind::Pronoun
                    && matches!(
                        toks[m.tokens.0].text,
                        "I" | "we" | "We" | "me" | "us" | "my" | "My"
                    );
                let name = if first_person {
                    outer.speaker.as_ref().map(|s| s.name.clone())
                } else {
                    let resolver = resolver.get_or_init(new_resolver);
                    Some(join_name(&resolver.canonical(doc, &m, &speakers)))
                };
                let id = QuoteId(out.len() as u32);
                out.push(Attribution {
                    quote: Quote {
                        id,
                        span: n.span,
                        kind: QuoteKind::Direct,
                        closed: true,
                        first: n.first,
                        last: n.last,
                    },
                    speaker: name.map(|name| Speaker {
                        name,
                        mention: Some(m.span),
                    }),
                    cue: Some(cue),
                    sieve: NESTED_SIEVE,
                    confidence: 0.6,
                });
            }
            out.sort_by_key(|a| a.quote.span.start);
        }
        out
    }
}

/// The quotations of a document: those the sieves answered for, and those nested in them
/// (with [`Attributor::with_nested`]).
struct Found<'r> {
    quotes: Vec<Quote>,
    inner: &'r [quotes::RawQuote],
    /// For each quotation, whether it is an interview's question turn (`Q:`, `Q.`).
    questions: Vec<bool>,
}

/// The sieve name of a quotation nested in another and reported there (“He told me, ‘…’”).
pub(crate) const NESTED_SIEVE: &str = "nested-speech";

impl Attributor {
    /// For a definite description of a person left unnamed (`named`: the diplomat), the
    /// description that brought them in, telling more than it: the latest speaker's in
    /// `unnamed` holding its noun within six paragraphs (a Western diplomat in Vienna said),
    /// else a clause the text opens with one (A senior official at the ministry said the
    /// launch was expected.), as the subject of its verb, complement and all. Not a narrator
    /// for the narrator.
    fn introducing_description<'t>(
        &self,
        doc: &Document<'t>,
        finder: &mentions::Finder<'t, '_>,
        named: &Mention,
        unnamed: &[(usize, Vec<&'t str>)],
    ) -> Option<Vec<&'t str>> {
        let toks = doc.tokens();
        let (s, e) = named.tokens;
        if e != s + 2 || !toks[s].text.eq_ignore_ascii_case("the") {
            return None;
        }
        let head = toks[e - 1].text;
        let person = (self.lexicon.is_nominal_head(head)
            || self.lexicon.gendered_noun(head).is_some())
            && !resolve::org_head(head);
        if !person {
            return None;
        }
        let para = doc.paragraph_of(s);
        // (Or, for "the woman" or "the man", the latest brought in within two paragraphs whose
        // words tell no other gender: a customer buying bread said …. “…,” the woman said.)
        let plain = matches!(head, "woman" | "man");
        let want = self.lexicon.gendered_noun(head).unwrap_or(Gender::Unknown);
        let fits = |w: &[&str]| {
            w.iter()
                .all(|x| mentions::tells_no_other(self.lexicon.gendered_noun(x), want))
        };
        let earlier = unnamed.iter().rev().find(|(p, w)| {
            let near = para - doc.paragraph_of(*p);
            near <= 6 && w.iter().any(|x| x.eq_ignore_ascii_case(head))
                || plain && near <= 2 && fits(w)
        });
        let opening = || {
            let k = resolve::unnamed_introduction(doc, s, head)?;
            let r = doc.sentences().get(doc.sentence_of(k))?;
            let verb = (k + 1..r.end).find(|&v| {
                toks[v].text.starts_with(char::is_lowercase)
                    && self.lexicon.is_speech_verb(toks[v].text)
            });
            let holds = |d: &Mention| d.tokens.0 < k && k < d.tokens.1;
            let d = verb
                .and_then(|v| finder.subject_before(v, r.start))
                .filter(holds)
                .or_else(|| {
                    finder
                        .np_starting_at(r.start, r.end)
                        .map(|(d, _)| d)
                        .filter(holds)
                })
                .or_else(|| {
                    // (Or after "according to": According to a person close to the singer,
                    // …)
                    let det = k.checked_sub(1)?;
                    let according = det >= 2
                        && toks[det - 2].text.eq_ignore_ascii_case("according")
                        && toks[det - 1].text == "to";
                    according
                        .then(|| finder.np_starting_at(det, r.end))
                        .flatten()
                        .map(|(d, _)| d)
                        .filter(|d| d.tokens.0 <= k && k < d.tokens.1)
                })?;
            Some(description_words(doc, finder, &d))
        };
        // (Or, for "the woman" or "the man", one brought in as a speech verb's subject in
        // the two sentences before, in the paragraph, speaking or not.)
        let brought_in = || {
            let here = doc.sentence_of(s);
            let d = (here.saturating_sub(2)..here).rev().find_map(|k| {
                let r = doc.sentences().get(k)?;
                if doc.paragraph_of(r.start) != para {
                    return None;
                }
                finder
                    .indefinite_subject_of(doc, k, want)
                    .or_else(|| finder.definite_subject_of(doc, k, want))
                    .filter(|d| {
                        let w = toks[d.tokens.0].text;
                        mentions::indefinite_word(w) && !w.eq_ignore_ascii_case("another")
                    })
            })?;
            Some(description_words(doc, finder, &d))
        };
        earlier
            .map(|(_, w)| w.clone())
            .or_else(opening)
            .or_else(|| brought_in().filter(|_| plain))
            // (Telling more than "the woman": A neighbour; more than "the diplomat": A
            // Western diplomat.)
            .filter(|w| w.len() > 2 || plain && w.len() > 1)
    }

    /// The words naming two speakers joined by "and" (Ana Ruiz and Tom Berg said), each by
    /// its canonical name; a given name alone shares the family name after it (Dana and Lee
    /// Okafor → Dana Okafor and Lee Okafor).
    fn both_names<'t>(
        &self,
        doc: &Document<'t>,
        resolver: &resolve::Resolver<'t>,
        speakers: &[(usize, Vec<&'t str>)],
        a: &Mention,
        b: &Mention,
    ) -> Vec<&'t str> {
        let toks = doc.tokens();
        let given = a.tokens.1 - a.tokens.0 == 1
            && b.tokens.1 - b.tokens.0 >= 2
            && self.lexicon.given_name(toks[a.tokens.0].text).is_some();
        let mut words = if given {
            vec![toks[a.tokens.0].text, toks[b.tokens.1 - 1].text]
        } else {
            resolver.canonical(doc, a, speakers)
        };
        words.push("and");
        words.extend(resolver.canonical(doc, b, speakers));
        words
    }
}

/// Where to look back from for the sentence before a speaker mention at token `pos`: the
/// quotation's opening when the mention follows it, so that a quotation of several sentences
/// (“I don't need the report. I was there,” he said) is passed over whole.
fn after_quote(q: &Quote, pos: usize) -> usize {
    if pos > q.last { q.first } else { pos }
}

/// The index of the sentence right before the one holding token `pos`, when it is in
/// `pos`'s paragraph or, for a quotation that opens its own paragraph, in the one before.
fn sentence_just_before(doc: &Document<'_>, pos: usize) -> Option<usize> {
    let k = doc.sentence_of(pos).checked_sub(1)?;
    let start = doc.sentences().get(k)?.start;
    let para = doc.paragraph_of(pos);
    let near =
        para.saturating_sub(doc.paragraph_of(start)) <= usize::from(opens_with_quote(doc, para));
    near.then_some(k)
}

/// The two names of a plural name mention joined by "and" (Ana Ruiz and Tom Berg), each as
/// a singular name mention.
fn coordinated_names(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    m: &Mention,
) -> Option<(Mention, Mention)> {
    if m.kind != MentionKind::Name || m.number != Number::Plural {
        return None;
    }
    let toks = doc.tokens();
    let (s, e) = m.tokens;
    let k = (s + 1..e.saturating_sub(1)).find(|&k| toks[k].text == "and")?;
    // (The second name's titles are no part of it: and Dr. Tom Berg.)
    let mut b = k + 1;
    while b + 1 < e && lexicon.title(toks[b].text).is_some() {
        b += 1;
    }
    let part = |a: usize, b: usize| Mention {
        span: toks[a].span().to(toks[b - 1].span()),
        kind: MentionKind::Name,
        gender: Gender::Unknown,
        number: Number::Singular,
        tokens: (a, b),
    };
    Some((part(s, k), part(b, e)))
}

/// `Document::sentence_of` or `Document::paragraph_of` (the index of the range holding a
/// token) for tokens asked about mostly in text order: a cursor walks forward over the ranges,
/// a few steps at most, and falls back on the binary search for a longer jump or a step back,
/// so that no look-up costs more than a search.
struct RangeCursor<'r> {
    /// Token ranges in text order (their ends ascending).
    ranges: &'r [Range<usize>],
    /// How many ranges end at or before the token last asked about.
    at: usize,
}

impl<'r> RangeCursor<'r> {
    fn new(ranges: &'r [Range<usize>]) -> RangeCursor<'r> {
        RangeCursor { ranges, at: 0 }
    }

    /// The index of the first range ending after `token`, at most the last range's.
    fn of(&mut self, token: usize) -> usize {
        const STEPS: usize = 8;
        let r = self.ranges;
        let mut k = self.at;
        if k > 0 && r[k - 1].end > token {
            k = r[..k].partition_point(|x| x.end <= token);
        } else {
            // Every range before `k` ends at or before `token`.
            let stop = (k + STEPS).min(r.len());
            while k < stop && r[k].end <= token {
                k += 1;
            }
            if k == stop {
                k += r[k..].partition_point(|x| x.end <= token);
            }
        }
        self.at = k;
        k.min(r.len().saturating_sub(1))
    }
}

/// The words of mention `m` as the text writes them, one per token (a description taken
/// as the speaker's name: The coach, One victim).
fn written_words<'t>(doc: &Document<'t>, m: &Mention) -> Vec<&'t str> {
    doc.tokens()[m.tokens.0..m.tokens.1]
        .iter()
        .map(|t| t.text)
        .collect()
}

/// Name `words` without the article an institution's name is written with (The Department
/// for Transport, the Federal Agency for Water; not The Times, where it is part of the
/// name), or its country's possessive (Norway's Fisheries Directorate).
fn org_name<'w, 't>(words: &'w [&'t str]) -> &'w [&'t str] {
    match words {
        [first, rest @ ..]
            if (matches!(*first, "The" | "the")
                || matches!(mentions::strip_possessive(first), (c, true) if resolve::country(c)))
                && rest.len() > 1
                && rest[0].starts_with(char::is_uppercase)
                && rest.iter().any(|w| resolve::institution_word(w))
                // (A name throughout: not the Heritage Foundation website.)
                && rest.iter().all(|w| {
                    crate::capitalised(w) || matches!(*w, "of" | "for" | "and" | "on" | ",")
                }) =>
        {
            rest
        }
        _ => words,
    }
}

/// The words of description `d` as the speaker's name: an indefinite one (a man who owns
/// the shop, One woman) [as far as it tells who they are](unnamed_words), another as written.
fn description_words<'t>(
    doc: &Document<'t>,
    finder: &mentions::Finder<'t, '_>,
    d: &Mention,
) -> Vec<&'t str> {
    let indefinite = doc
        .tokens()
        .get(d.tokens.0)
        .is_some_and(|t| mentions::indefinite_word(t.text));
    if indefinite {
        unnamed_words(doc, finder, d)
    } else {
        written_words(doc, d)
    }
}

/// The words of description `d` of a speaker the text leaves unnamed, taken on through what
/// its sentence tells of who they are ([`mentions::Finder::full_description`]): a senior
/// engineer in the roads department; a man who owns the shop next door.
fn unnamed_words<'t>(
    doc: &Document<'t>,
    finder: &mentions::Finder<'t, '_>,
    d: &Mention,
) -> Vec<&'t str> {
    let end = doc
        .sentences()
        .get(doc.sentence_of(d.tokens.0))
        .map_or(d.tokens.1, |r| r.end);
    let full = finder.full_description(*d, end);
    // (Its comma before a relative clause is no part of a name; one in a list of a body's
    // fields is: the Ministry of Water Affairs, Forestry and Fisheries.)
    let words = written_words(doc, &full);
    let listing = |k: usize| words.get(k + 1).is_some_and(|w| capitalised(w));
    words
        .iter()
        .enumerate()
        .filter(|&(k, w)| *w != "," || listing(k))
        .map(|(_, w)| *w)
        .collect()
}

/// How far after an interview introduction's verb its object's name may end (tokens): past
/// a role before it (put questions to the council's roads convener, Councillor Ana Ruiz).
const INTRO_OBJECT_REACH: usize = 14;

/// The interviewer and the interviewee the sentences before an interview's first turn (at
/// token `first`) name: Ana Ruiz spoke with the Courier's Tom Berg (Berg asks, Ruiz answers);
/// Tom Berg interviewed Ana Ruiz; the prosecutor, Tom Berg, questioned the defendant, Ana
/// Ruiz. Looked for in the last three sentences before it.
fn interview_intro<'t>(
    doc: &Document<'t>,
    resolver: &resolve::Resolver<'t>,
    first: usize,
) -> [Option<Vec<&'t str>>; 2] {
    let toks = doc.tokens();
    let here = doc.sentence_of(first);
    for k in (here.saturating_sub(3)..here).rev() {
        let r = &doc.sentences()[k];
        for v in r.start..r.end {
            let w = toks[v].text;
            let next = toks.get(v + 1).map_or("", |t| t.text);
            // (The answerer speaks with the asker; the asker interviews the answerer.)
            let answerer_first = match w {
                "spoke" | "talked" | "speaks" | "talks" => matches!(next, "with" | "to"),
                "sat" => next == "down",
                // (He later answered questions from reporters.)
                "answered" | "took" | "fielded" => next == "questions",
                _ => false,
            };
            // (We asked Ana Ruiz, a fruit specialist, what growers face now; the Courier put
            // readers' questions to Ana Ruiz.)
            let asker_first = matches!(
                w,
                "interviewed"
                    | "questioned"
                    | "interviews"
                    | "asked"
                    | "pressed"
                    | "cross-examined"
            ) || (w == "questions" && next == "to");
            if !answerer_first && !asker_first {
                continue;
            }
            // (The subject right before the verb, or before the comma closing its
            // appositive (Ghana's trade minister, Ama Osei, sat down with …), or opening the
            // sentence, not a place before a pronoun's: He flew on Air Force Two, where he
            // spoke with …; the object within a few words after it.)
            let before = resolver
                .person_in(r.start, v, true)
                .filter(|&((_, end), _)| end == v || (end + 1 == v && toks[end].text == ","))
                .or_else(|| {
                    resolver
                        .person_in(r.start, v, false)
                        .filter(|&((run, _), _)| run == r.start)
                })
                // (He or she right before the verb: the first person the sentence before
                // names.)
                .or_else(|| {
                    let pronoun = (r.start..v)
                        .rev()
                        .take(2)
                        .any(|k| matches!(toks[k].text, "He" | "She"));
                    let prev = k.checked_sub(1).map(|j| &doc.sentences()[j])?;
                    pronoun
                        .then(|| resolver.person_in(prev.start, prev.end, false))
                        .flatten()
                })
                .map(|(_, w)| w);
            // (Past an outlet whose writer the name after it is: spoke with the Courier's
            // Tom Berg.)
            // (Not past a preposition of place or time: spoke with him on Thursday in his
            // office on Main Street.)
            let reach = (v + 2..r.end.min(v + INTRO_OBJECT_REACH))
                .find(|&k| {
                    matches!(
                        toks[k].text,
                        "on" | "in"
                            | "at"
                            | "above"
                            | "during"
                            | "after"
                            | "before"
                            | "near"
                            | "outside"
                            | "inside"
                            | "from"
                            | "over"
                    )
                })
                .unwrap_or(r.end.min(v + INTRO_OBJECT_REACH));
            let after = resolver
                .person_in(v + 1, reach, false)
                .map(|((_, end), w)| {
                    let outlet = mentions::strip_possessive(toks[end - 1].text).1;
                    outlet
                        .then(|| resolver.person_in(end, r.end.min(end + 6), false))
                        .flatten()
                        .map_or(w, |(_, writer)| writer)
                });
            if before.is_none() && after.is_none() {
                continue;
            }
            return if answerer_first {
                [after, before]
            } else {
                [before, after]
            };
        }
    }
    [None, None]
}

/// The interviewer a byline names: a short paragraph opening "By" (By Ana Ruiz) or a
/// sentence's "interview by" or "interviewed by", then a name of two to four capitalised words.
fn interviewer<'t>(doc: &Document<'t>) -> Option<Vec<&'t str>> {
    let toks = doc.tokens();
    let name_after = |by: usize| {
        // (Within its paragraph.)
        let end = doc.paragraphs()[doc.paragraph_of(by)].end;
        let words: Vec<&'t str> = toks[by + 1..end.min(by + 5)]
            .iter()
            .take_while(|t| matches!(t.kind, TokenKind::Word) && capitalised(t.text))
            .map(|t| t.text)
            .collect();
        (words.len() >= 2).then_some(words)
    };
    let byline = doc.paragraphs().iter().find_map(|r| {
        (r.len() <= 8 && toks[r.start].text == "By")
            .then(|| name_after(r.start))
            .flatten()
    });
    byline.or_else(|| {
        (1..toks.len()).find_map(|k| {
            (toks[k].text == "by"
                && matches!(
                    toks[k - 1].text.to_ascii_lowercase().as_str(),
                    "interview" | "interviewed"
                ))
            .then(|| name_after(k))
            .flatten()
        })
    })
}

/// The sieve name of an interview's question or answer turn (`Q: …`, `A: …`), whose speaker
/// the document names elsewhere.
pub(crate) const TURN_SIEVE: &str = "transcript-turn";

/// The answer for a transcript turn printed without quotation marks: its label's name and
/// colon (`TAPPER: …`), or for a question or answer nobody yet ([`TURN_SIEVE`]).
/// A label's name is its words but the titles before them and the letters after (Cllr Ana
/// Ruiz MP: Ana Ruiz), which the name's resolution reads around it.
fn turn_answer(doc: &Document<'_>, lx: &Lexicon, t: &turns::Turn) -> (Answer, &'static str) {
    let toks = doc.tokens();
    match t.kind {
        // (The colon right after the label: its cue.)
        turns::Label::Speaker => {
            let (mut first, mut end) = t.label;
            while end - first > 1 && lx.title(toks[first].text).is_some() {
                first += 1;
            }
            if end - first > 1 && mentions::POST_NOMINALS.contains(&toks[end - 1].text) {
                end -= 1;
            }
            (
                sieves::transcript_label::label_answer(toks, (first, end), t.colon, 0.85),
                "transcript-label",
            )
        }
        turns::Label::Question | turns::Label::Answer => (
            Answer {
                mention: None,
                cue: None,
                confidence: 0.8,
            },
            TURN_SIEVE,
        ),
    }
}

/// True when paragraph `para` opens with a quotation mark.
pub(crate) fn opens_with_quote(doc: &Document<'_>, para: usize) -> bool {
    doc.paragraphs()
        .get(para)
        .and_then(|r| doc.tokens().get(r.start))
        .is_some_and(|t| matches!(t.kind, TokenKind::Quote(_)))
}

/// For each token, whether it lies inside one of `quotes`, marks included: one look-up per
/// token where a search over the quotations would cost a logarithm of their number.
fn quoted_tokens(doc: &Document<'_>, quotes: &[Quote]) -> Vec<bool> {
    let n = doc.tokens().len();
    let mut quoted = vec![false; n];
    for q in quotes {
        if let Some(run) = quoted.get_mut(q.first..=q.last.min(n.saturating_sub(1))) {
            run.fill(true);
        }
    }
    quoted
}

/// Counts the words inside a quotation.
pub(crate) fn inner_words(doc: &Document<'_>, first: usize, last: usize) -> usize {
    doc.tokens()[(first + 1).min(last)..last]
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        .count()
}

/// A name's words joined as the text writes them: by a space, or by nothing where the text
/// has none between them (AT&T, not AT & T). The words are slices of one text, so two are
/// written together when one ends where the next starts.
fn join_name(words: &[&str]) -> String {
    let mut name = String::with_capacity(words.iter().map(|w| w.len() + 1).sum());
    for (k, w) in words.iter().enumerate() {
        let together = k > 0 && {
            let prev = words[k - 1];
            prev.as_ptr().wrapping_add(prev.len()) == w.as_ptr()
        };
        if k > 0 && !together {
            name.push(' ');
        }
        name.push_str(w);
    }
    name
}

/// True when token `k` lies in the text's first paragraph and that paragraph is a headline: one
/// line that does not end in a full stop.
pub(crate) fn headline(doc: &Document<'_>, k: usize) -> bool {
    let Some(first) = doc.paragraphs().first() else {
        return false;
    };
    let toks = doc.tokens();
    // (Its last word's stop may sit inside a closing mark: … was labeled “Mostly Sound.”)
    let stop = toks[first.clone()]
        .iter()
        .rev()
        .find(|t| !matches!(t.kind, TokenKind::Quote(_)))
        .is_some_and(|t| t.text == ".");
    first.contains(&k)
        && !first.is_empty()
        && doc.paragraphs().len() > 1
        && !stop
        && !doc.text()[doc.span_of(first.clone())].contains('\n')
}

/// True when the quotation's text ends a clause inside its marks (“…,” “….” “…?”), or in a text
/// quoted British-style right after them, or after a colon ends its paragraph.
fn ends_inside(doc: &Document<'_>, q: &quotes::RawQuote) -> bool {
    let toks = doc.tokens();
    let stop = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.text, "," | "." | "!" | "?" | "…" | "..." | "—"))
    };
    // After a colon, a quotation that ends its paragraph ends its clause too (Minister: ‘We
    // got it wrong’).
    let ends_paragraph = q.first > 0
        && toks[q.first - 1].text == ":"
        && (q.last + 1 >= toks.len() || doc.paragraph_of(q.last + 1) != doc.paragraph_of(q.last));
    q.closed
        && q.last > q.first + 1
        && (stop(q.last - 1)
            || ends_paragraph
            // Or right outside the marks, as a text quoted British-style puts it (‘We will
            // win’, she said.); American style puts it there only after a title or a term.
            || (doc.quotes_in_single_marks() && stop(q.last + 1)))
}

/// Direct when the quotation opens its clause and ends inside its marks, or holds a sentence
/// boundary; partial otherwise. `before` is the place of the token before the opening mark
/// (none at the text's start), `at` those of the opening and closing marks.
fn classify(
    doc: &Document<'_>,
    q: &quotes::RawQuote,
    before: Option<Place>,
    at: [Place; 2],
) -> QuoteKind {
    let toks = doc.tokens();
    let [first, last] = at;
    let opens_clause = before.is_none_or(|b| {
        first.sentence != b.sentence
            || matches!(toks[b.token].text, ":" | "," | "—" | "–" | "(" | ";")
            || first.paragraph != b.paragraph
    });
    let spans_sentences = first.sentence != last.sentence;
    if (opens_clause && ends_inside(doc, q)) || spans_sentences || (opens_clause && !q.closed) {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// Lower-case words a title in title case may hold (Meet the Mayor, Talk of the Harbour).
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "vs",
    "with",
];

/// True when every word inside the quotation is capitalised (small words aside) and no `!` or
/// `?` ends it: how titles of shows, books and films are written.
fn is_title_case(doc: &Document<'_>, q: &Quote) -> bool {
    let inner = &doc.tokens()[q.first + 1..q.last];
    let mut words = inner
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number));
    let Some(first) = words.next() else {
        return false;
    };
    capitalised(first.text)
        && words.all(|t| title_word(t.text))
        && !inner.iter().any(|t| matches!(t.text, "!" | "?"))
}

/// True when the quotation's last word names a measure or a programme (the “… Act”, the
/// “… Initiative”). General English.
fn names_a_measure(doc: &Document<'_>, q: &Quote) -> bool {
    const MEASURES: &[&str] = &[
        "Accord",
        "Act",
        "Agreement",
        "Amendment",
        "Bill",
        "Doctrine",
        "Initiative",
        "Law",
        "Plan",
        "Program",
        "Programme",
        "Project",
        "Resolution",
        "Treaty",
    ];
    doc.tokens()[q.first + 1..q.last]
        .iter()
        .rev()
        .find(|t| matches!(t.kind, TokenKind::Word))
        .is_some_and(|t| MEASURES.contains(&t.text))
}

/// True for a word of two or more letters, all capitals (OKORO, MR., CNN).
pub(crate) fn in_capitals(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// True when `word` opens with a capital or a digit.
pub(crate) fn capitalised(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// True when `word` may stand in a title in title case: capitalised, or one of
/// [`TITLE_SMALL_WORDS`].
pub(crate) fn title_word(word: &str) -> bool {
    capitalised(word) || TITLE_SMALL_WORDS.contains(&word)
}

/// True when the word before the quotation is a preposition or a possessive (on “…”, NBC’s “…”).
fn after_preposition(doc: &Document<'_>, q: &Quote) -> bool {
    let toks = doc.tokens();
    q.first > 0 && {
        let prev = toks[q.first - 1].text;
        ["on", "in", "of", "for", "at", "from", "to", "with"]
            .iter()
            .any(|p| prev.eq_ignore_ascii_case(p))
            || mentions::strip_possessive(prev).1
                && prev.chars().next().is_some_and(char::is_uppercase)
    }
}

/// True when the quotation follows "of" after a word of `set` (the author of “…”, a clip of
/// “…”).
fn of_one_of(doc: &Document<'_>, q: &Quote, set: &mentions::WordSet) -> bool {
    let toks = doc.tokens();
    q.first >= 2
        && toks[q.first - 1].text.eq_ignore_ascii_case("of")
        && set.contains_lowercase(toks[q.first - 2].text)
}

/// True when the quotation follows a characterising "as", alone or with "a", "an", "being"
/// or "having" and at most one more word (rejected the idea as “absurd”, cast him as a mere
/// “spoiler”): what somebody calls something, their word. "such as" lists examples and "as
/// the …" compares, so neither counts.
fn characterised_as(doc: &Document<'_>, q: &Quote) -> bool {
    let toks = doc.tokens();
    let before = &toks[q.first.saturating_sub(4)..q.first];
    let Some(at) = before.iter().rposition(|t| t.text == "as") else {
        return false;
    };
    let between = &before[at + 1..];
    let lowercase_words = between.iter().all(|t| {
        matches!(t.kind, TokenKind::Word) && t.text.starts_with(|c: char| c.is_lowercase())
    });
    let linked = between.len() <= 2
        && between
            .first()
            .is_none_or(|one| matches!(one.text, "a" | "an" | "being" | "having"));
    let such = at > 0 && before[at - 1].text.eq_ignore_ascii_case("such")
        || at == 0 && q.first >= 5 && toks[q.first - 5].text.eq_ignore_ascii_case("such");
    lowercase_words && linked && !such
}

/// The token before the quotation, passing over "as" and an article (known as “…”, the show
/// “…”), when the quotation is partial: the word that may say it names something.
fn naming_word(doc: &Document<'_>, q: &Quote) -> Option<usize> {
    // Asked first: most quotations are direct, and no word before them is looked at.
    if q.kind != QuoteKind::Partial {
        return None;
    }
    let toks = doc.tokens();
    let mut i = q.first;
    for _ in 0..2 {
        if i > 0 && matches!(toks[i - 1].text, "as" | "the" | "a" | "an") {
            i -= 1;
        }
    }
    (i > 0).then(|| i - 1)
}

/// True when a word right before the quotation says it names a term or a nickname (known as
/// “…”, the so-called “…”, the phrase “…”).
fn naming_context(doc: &Document<'_>, q: &Quote) -> bool {
    let toks = doc.tokens();
    naming_word(doc, q).is_some_and(|i| {
        TERM_WORD_SET.contains_lowercase(toks[i].text)
            // Novak used the phrase “…”: the words are hers.
            && !(i >= 2
                && matches!(toks[i - 1].text, "the" | "a" | "that" | "this")
                && USE_VERB_SET.contains_lowercase(toks[i - 2].text))
    })
}

/// True when the quotation is the name someone goes by of their own choosing (a group calling
/// itself “…”, who styles himself “…”): a name, nobody's words.
fn self_named(doc: &Document<'_>, q: &Quote) -> bool {
    let toks = doc.tokens();
    naming_word(doc, q).is_some_and(|i| {
        i > 0
            && matches!(
                toks[i].text,
                "itself" | "himself" | "herself" | "themselves" | "themself"
            )
            && ["call", "nam", "dub", "styl", "bill", "brand"]
                .iter()
                .any(|stem| toks[i - 1].text.to_ascii_lowercase().starts_with(stem))
            // (A proper name: calling himself the “king of debt” is his words.)
            && toks[q.first + 1..q.last]
                .iter()
                .filter(|t| matches!(t.kind, TokenKind::Word))
                .all(|t| capitalised(t.text))
    })
}

/// Verbs that say their subject said the term that follows (used the phrase “…”).
const USE_VERBS: &[&str] = &[
    "invoke",
    "invoked",
    "invokes",
    "invoking",
    "repeat",
    "repeated",
    "repeating",
    "repeats",
    "use",
    "used",
    "uses",
    "using",
    "utter",
    "uttered",
    "uttering",
    "utters",
];

static USE_VERB_SET: mentions::WordSet = mentions::WordSet::new(USE_VERBS);

/// The most words a title right after its kind of work has (the show “Night Shift”); a longer
/// capitalised quotation there is taken for speech.
const TITLE_WORDS: usize = 7;

/// True when the quotation is a work's title: capitalised right after a kind of work (the show
/// “Night Shift”, but the program “is gaining traction,” she said), or in title case set off
/// by a comma after it (her memoir, “Open Water,”; the documentary, “Night Shift,”) or
/// followed by it in the same sentence (the “Night Shift” podcast; “Open Water,” a memoir).
/// `last_sentence` is the closing mark's sentence (`Document::sentence_of(q.last)`).
fn titles_a_work(doc: &Document<'_>, q: &Quote, last_sentence: usize) -> bool {
    let toks = doc.tokens();
    let work = |t: &Token<'_>| WORK_NOUN_SET.contains_lowercase(t.text);
    let opens_capitalised = || {
        toks[q.first + 1..q.last.max(q.first + 1)]
            .iter()
            .find(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
            .is_some_and(|t| capitalised(t.text))
    };
    let right_after = naming_word(doc, q).is_some_and(|i| work(&toks[i]))
        && opens_capitalised()
        && inner_words(doc, q.first, q.last) <= TITLE_WORDS;
    let before = q.first >= 2 && toks[q.first - 1].text == "," && work(&toks[q.first - 2]);
    let after = || {
        // The tokens after the quotation in its sentence: before the sentence's end, or up to
        // anywhere in the last sentence (`Document::sentence_of` counts every token past the
        // last sentence's end in it).
        let sentences = doc.sentences();
        let end = match sentences.get(last_sentence) {
            Some(r) if last_sentence + 1 < sentences.len() => r.end,
            _ => usize::MAX,
        };
        toks.iter()
            .enumerate()
            .skip(q.last + 1)
            .take(3)
            .take_while(|(k, t)| t.kind == TokenKind::Word && *k < end)
            .any(|(_, t)| work(t) || WORK_PEOPLE_SET.contains_lowercase(t.text))
    };
    // Her essay, “Keep the ferry running,” is …: a title in apposition, its clause's verb
    // after it (a participle there goes on with a speaker's sentence: said of the
    // documentary, “…,” adding …).
    let apposition = || {
        before
            && q.closed
            && toks[q.last - 1].text == ","
            && toks.get(q.last + 1).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && t.text.starts_with(char::is_lowercase)
                    && !t.text.ends_with("ing")
            })
    };
    // The author of “…”, a host of “…”: a title after whoever wrote or fronts the work, a
    // direct quotation's closing stop and all.
    let by_its_maker = || of_one_of(doc, q, &WORK_ROLE_SET) && opens_capitalised();
    right_after || by_its_maker() || ((before || after()) && is_title_case(doc, q)) || apposition()
}

/// True when the quotation is a headline with its byline after it, opening its clause as a
/// digest's items do: —“Ferry fares to rise,” by Ana Ruiz.
fn headline_with_byline(doc: &Document<'_>, q: &Quote) -> bool {
    let toks = doc.tokens();
    q.kind == QuoteKind::Direct
        && q.closed
        && q.last > q.first + 1
        && toks[q.last - 1].text == ","
        && toks.get(q.last + 1).is_some_and(|t| t.text == "by")
}

/// True when `q` follows the bylined headline `headline` in its paragraph after a colon, with
/// no sentence ending between: the article's excerpt (—“Ferry fares to rise,” by Ana Ruiz:
/// “The city will …”), the outlet's words, not a speaker's.
fn excerpt_after_byline(doc: &Document<'_>, headline: &Quote, q: &Quote) -> bool {
    let toks = doc.tokens();
    headline.last < q.first
        && toks[q.first - 1].text == ":"
        && doc.paragraph_of(headline.last) == doc.paragraph_of(q.first)
        && !toks[headline.last + 1..q.first]
            .iter()
            .any(|t| matches!(t.text, "." | "!" | "?"))
}

/// True when everything inside the quotation is in parentheses: a transcript's stage
/// direction (“(LAUGHTER.)”, “(Applause)”), not speech.
fn stage_direction(doc: &Document<'_>, q: &Quote) -> bool {
    let toks = doc.tokens();
    // An unclosed quotation's last token is its own text.
    let end = (q.last + usize::from(!q.closed)).min(toks.len());
    quotes::parenthesised(&toks[q.first.min(end)..end])
}

/// True when the quotation is reported speech: anything direct, and a partial quotation that a
/// cue in its own sentence attributes. Short fragments nobody is said to have said are scare
/// quotes or titles.
fn is_speech(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    q: &Quote,
    answer: Option<&(Answer, &'static str)>,
    names_something: bool,
) -> bool {
    if stage_direction(doc, q) {
        return false;
    }
    // A headline's single marks in a text quoting in double ones (Ruiz calls plan
    // ‘reckless’): speech only when a sieve names who said it, else a headline's scare
    // quote or title.
    // (Not one opening the headline before a colon, the headline's way of quoting: ‘We will
    // rebuild’: mayor on the floods.)
    let toks = doc.tokens();
    let quoted_topic = q.closed
        && toks.get(q.last + 1).is_some_and(|t| t.text == ":")
        && doc.paragraphs().first().is_some_and(|p| p.start == q.first)
        && headline(doc, q.first);
    if quoted_topic {
        return true;
    }
    let headline_single = !doc.quotes_in_single_marks()
        && matches!(toks[q.first].kind, TokenKind::Quote(m) if !m.double);
    if headline_single && answer.is_none() {
        return false;
    }
    // A headline's fragment of three words or fewer that no cue attributes (Man jailed over
    // ‘road rage’ attack): a scare quote, whoever the headline's subject.
    if q.kind == QuoteKind::Partial
        && !answer.is_some_and(|(_, sieve)| CUE_SIEVES.contains(sieve))
        && inner_words(doc, q.first, q.last) <= 3
        && headline(doc, q.first)
    {
        return false;
    }
    // A direct quotation's words are counted only when it may name a term.
    if q.kind == QuoteKind::Direct && !names_something {
        return true;
    }
    let words = inner_words(doc, q.first, q.last);
    // (A name's article aside: known as “the Iron Mayor”.)
    let article = doc
        .tokens()
        .get(q.first + 1)
        .is_some_and(|t| matches!(t.text, "the" | "The" | "a" | "A" | "an" | "An"));
    if names_something
        && words.saturating_sub(usize::from(article)) <= TERM_NAME_WORDS
        && answer.is_none()
    {
        return false;
    }
    if q.kind == QuoteKind::Direct || words > 5 {
        return true;
    }
    // A fragment of a word or two that no cue in its sentence attributes: a scare quote,
    // unless it is what something is called (dismissed the plan as “reckless”).
    let cue_answer = answer.is_some_and(|(_, sieve)| CUE_SIEVES.contains(sieve));
    // Asked by both tests below, looked up once.
    let has_speech_verb = std::cell::OnceCell::new();
    let speech_verb = || *has_speech_verb.get_or_init(|| sentence_has_speech_verb(doc, lexicon, q));
    if words <= SCARE_WORDS && !cue_answer && !characterised_as(doc, q) && !speech_verb() {
        return false;
    }
    // A name in title case that no sieve attributes and no speech verb in its sentence
    // reports: a programme's, a plan's or a show's name (backed the “Clean Harbour Act”).
    if answer.is_none() && is_title_case(doc, q) && !speech_verb() {
        return false;
    }
    // A law's or a programme's name in title case that only a sentence's subject and verb
    // answered (Lawmakers approved the “Save Our Schools Act”): a name, nobody's words.
    // After an article it is a name whatever verb is near (said the “… Act” was …).
    let subject_only = answer.is_some_and(|(_, sieve)| *sieve == "sentence-subject");
    let after_article = q.first > 0
        && matches!(
            doc.tokens()[q.first - 1].text,
            "the" | "The" | "a" | "A" | "its" | "their"
        );
    if (subject_only || after_article) && is_title_case(doc, q) && names_a_measure(doc, q) {
        return false;
    }
    // A title in title case after a preposition or possessive: on NBC’s “Meet the Voters,”.
    // After an outlet's possessive it is one whatever follows (Asked on WBX's “Morning
    // Desk,” Ruiz said …).
    let after_cue_sieve = answer.is_some_and(|(_, sieve)| *sieve == "speech-verb-after-quote");
    let after_owner = || {
        q.first > 0 && {
            let prev = doc.tokens()[q.first - 1].text;
            mentions::strip_possessive(prev).1 && capitalised(prev)
        }
    };
    // After a speech verb, a title case quotation that follows "of", "for", "to" or "in" is
    // what was said (proclaimed a goal of “Safe Streets For Every Family”); one after "on", "with"
    // or "at" names the programme the words were said on (told WBX's “Morning Desk”, said
    // on “Harbor Loop”).
    let after_speech_verb = answer.is_some_and(|(_, sieve)| *sieve == NAMED_TERM_SIEVE);
    let at_a_venue = || {
        let prev = doc.tokens()[q.first - 1].text;
        after_owner()
            || ["on", "with", "at"]
                .iter()
                .any(|p| prev.eq_ignore_ascii_case(p))
            || of_one_of(doc, q, &WORK_NOUN_SET)
    };
    let said_by_verb = || after_speech_verb && !at_a_venue();
    !(is_title_case(doc, q)
        && after_preposition(doc, q)
        && (!after_cue_sieve || after_owner())
        && !said_by_verb())
}
