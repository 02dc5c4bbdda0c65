//! [`Context`]: what a sieve can see of the document while it attributes one quotation.

use std::ops::Range;

use sayso_tokenizer::{Document, Span, Token, TokenKind};

use crate::lexicon::Lexicon;
use crate::mentions::{Finder, Mention};
use crate::{Answer, Quote};

/// How far (in tokens) a sieve looks for a cue outside the quotation. Bounded so that every
/// search costs a constant per quotation, however long the sentence.
pub const WINDOW: usize = 60;

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
    /// Byte spans of the multi-word cue phrases found in the document (sorted).
    pub(crate) phrases: &'a [Span],
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
        let s = self.doc.sentence_of(i);
        self.doc.sentences().get(s).cloned().unwrap_or(0..0)
    }

    /// The token range of the paragraph holding token `i`.
    pub fn paragraph(&self, i: usize) -> Range<usize> {
        let p = self.doc.paragraph_of(i);
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
        let k = self.phrases.partition_point(|p| p.start < t.span.start);
        if let Some(p) = self.phrases.get(k).filter(|p| p.start == t.span.start) {
            return Some(*p);
        }
        self.lexicon.is_speech_verb(t.text).then_some(t.span)
    }

    /// The token index just past a cue that starts at token `i` and covers `cue`.
    pub fn after_cue(&self, i: usize, cue: Span) -> usize {
        let toks = self.tokens();
        let mut j = i;
        while j < toks.len() && toks[j].span.end <= cue.end {
            j += 1;
        }
        j
    }

    /// True when the cue at `i` is the phrase "according to".
    pub fn is_according_to(&self, cue: Span) -> bool {
        self.text()[cue.start..cue.end]
            .to_ascii_lowercase()
            .starts_with("according")
    }

    pub(crate) fn finder(&self) -> Finder<'a, 'a> {
        Finder {
            tokens: self.doc.tokens(),
            lx: self.lexicon,
            names: self.names,
        }
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
}
