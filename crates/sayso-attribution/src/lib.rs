//! Rule-based quotation finding and speaker attribution. (Crate docs: filled in by the attribution work.)
#![deny(missing_docs)]

pub use sayso_tokenizer::{Document, QuoteMarks, QuotePair, Span, Token, TokenKind, Tokenizer};

/// Identifies a quotation within one document's output.
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
}

/// Who said a quotation.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The canonical name: the fullest name the document uses for this speaker.
    pub name: String,
    /// The in-text mention tied to the quotation by the text itself (the “he” of “…,” he said),
    /// if any.
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
    /// How sure the sieve is, from 0 to 1.
    pub confidence: f32,
}

/// Evidence a sieve gives for one quotation. (Stub: the attribution work fills this in.)
pub struct Context<'a> {
    /// The tokenized document.
    pub doc: &'a Document<'a>,
}

/// A sieve's answer for one quotation.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    /// The speaker, if the sieve can name one.
    pub speaker: Option<Speaker>,
    /// The cue, if any.
    pub cue: Option<Span>,
    /// How sure the sieve is, from 0 to 1.
    pub confidence: f32,
}

/// One rule of the attribution cascade.
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
    Vec::new()
}

/// Word lists the sieves use (speech verbs, cue phrases, titles, pronouns).
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    _private: (),
}

/// A lexicon file that could not be loaded, with its location.
#[derive(Debug)]
pub struct LexiconError {
    message: String,
}

impl std::fmt::Display for LexiconError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for LexiconError {}

impl Lexicon {
    /// The lexicon embedded in the library.
    pub fn embedded() -> Lexicon {
        Lexicon::default()
    }

    /// The embedded lexicon, with each list found in `dir` (`speech_verbs.txt`, …) extending it.
    pub fn from_dir(dir: &std::path::Path) -> Result<Lexicon, LexiconError> {
        if !dir.is_dir() {
            return Err(LexiconError {
                message: format!("{}: not a directory", dir.display()),
            });
        }
        Ok(Lexicon::default())
    }
}

/// Finds quotations and attributes them.
pub struct Attributor {
    tokenizer: Tokenizer,
    sieves: Vec<Box<dyn Sieve>>,
    lexicon: Lexicon,
}

impl Default for Attributor {
    fn default() -> Attributor {
        Attributor::new(default_sieves())
    }
}

impl Attributor {
    /// An attributor running `sieves` in order, with the embedded lexicon and English marks.
    pub fn new(sieves: Vec<Box<dyn Sieve>>) -> Attributor {
        Attributor {
            tokenizer: Tokenizer::default(),
            sieves,
            lexicon: Lexicon::embedded(),
        }
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
        let mut out = Vec::new();
        let mut open = None;
        for t in doc.tokens() {
            if let TokenKind::Quote(m) = t.kind {
                match (m.ch, open) {
                    ('“', _) => open = Some(t.span.start),
                    ('”', Some(s)) => {
                        out.push(Attribution {
                            quote: Quote {
                                id: QuoteId(out.len() as u32),
                                span: Span::new(s, t.span.end),
                                kind: QuoteKind::Direct,
                                closed: true,
                            },
                            speaker: None,
                            cue: None,
                            sieve: "none",
                            confidence: 0.0,
                        });
                        open = None;
                    }
                    _ => {}
                }
            }
        }
        out
    }
}
