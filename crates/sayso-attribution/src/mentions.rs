//! Mentions: the names, pronouns and nominal phrases that can stand as a speaker, found by rule
//! around a cue. Every search is bounded by [`MAX_NP`] tokens, so the cost per quotation is
//! constant and the whole pass stays linear.

use std::sync::OnceLock;

use sayso_tokenizer::{Span, Token, TokenKind};

use crate::lexicon::{Gender, Lexicon, Number, Signatures, WordTable, with_lowercase};

/// Capitalised nouns for a member of a party or movement (an Ohio Democrat): a description,
/// not a name, though written like one.
const PARTY_MEMBERS: &[&str] = &[
    "Conservative",
    "Democrat",
    "Independent",
    "Liberal",
    "Libertarian",
    "Republican",
    "Socialist",
];

/// [`PARTY_MEMBERS`] as a set: asked of name words while runs are split.
static PARTY_MEMBER_SET: WordSet = WordSet::new(PARTY_MEMBERS);

/// True for a capitalised noun for a party's or movement's member ([`PARTY_MEMBERS`]).
pub(crate) fn party_member(w: &str) -> bool {
    PARTY_MEMBER_SET.contains(w)
}

/// The party a party-and-state tag stands for (D-Ohio → democrat, R-Tex. → republican,
/// I-Vt. → independent): a capital letter of the party and a hyphen.
pub(crate) fn party_tag(w: &str) -> Option<&'static str> {
    match w.as_bytes() {
        [b'D', b'-', ..] => Some("democrat"),
        [b'R', b'-', ..] => Some("republican"),
        [b'I', b'-', ..] => Some("independent"),
        _ => None,
    }
}

/// A constant word list made a [`WordTable`] on first use, so that membership is one hash and
/// one comparison rather than a scan (and mostly one bit test: [`Signatures`]); the source list
/// keeps whatever order reads best.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<WordSetTables>,
}

/// What a [`WordSet`] builds on first use.
struct WordSetTables {
    table: WordTable<()>,
    signatures: Signatures,
    /// The folded pre-check of [`WordSet::contains_lowercase`] (`Signatures::add_folded`),
    /// when every word is ASCII.
    folded: Option<Signatures>,
}

impl WordSet {
    /// The set of `words`.
    pub(crate) const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            set: OnceLock::new(),
        }
    }

    /// True when `word` (exactly, case included) is in the set.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        let set = self.set.get_or_init(|| self.build());
        // The table look-up is out of line: the pre-check answers most words.
        set.signatures.may_hold(word) && set.table.get_checked(word.as_bytes())
    }

    /// True when `word.to_lowercase()` is in the set.
    #[inline]
    pub(crate) fn contains_lowercase(&self, word: &str) -> bool {
        let set = self.set.get_or_init(|| self.build());
        if !set.folded.as_ref().is_none_or(|f| f.may_hold(word)) {
            return false;
        }
        match set.table.get_ascii_lowercase(word.as_bytes()) {
            Some(found) => found.is_some(),
            None => with_lowercase(word, |w| self.contains(w)),
        }
    }

    #[cold]
    fn build(&self) -> WordSetTables {
        let mut signatures = Signatures::new();
        for w in self.words {
            signatures.add(w);
        }
        let folded = self.words.iter().all(|w| w.is_ascii()).then(|| {
            let mut folded = Signatures::new();
            for w in self.words {
                folded.add_folded(w);
            }
            folded
        });
        let table = WordTable::new(self.words.iter().map(|w| (w.as_bytes(), ())));
        WordSetTables {
            table,
            signatures,
            folded,
        }
    }
}

pub(crate) static NOT_NAME_SET: WordSet = WordSet::new(NOT_NAMES);
pub(crate) static ORG_WORD_SET: WordSet = WordSet::new(ORG_WORDS);
static VERB_FILLER_SET: WordSet = WordSet::new(VERB_FILLERS);
static DETERMINER_SET: WordSet = WordSet::new(DETERMINERS);
static QUANTIFIER_SUBJECT_SET: WordSet = WordSet::new(QUANTIFIER_SUBJECTS);

/// A number of a share (Four in 10, one in five): digits or a number word up to ten.
fn is_share_number(t: &Token<'_>) -> bool {
    matches!(t.kind, TokenKind::Number)
        || matches!(
            t.text.to_ascii_lowercase().as_str(),
            "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
        )
}

/// Words that hedge a share before it (About four in 10). General English.
const SHARE_HEDGES: &[&str] = &[
    "About", "about", "Almost", "almost", "Nearly", "nearly", "Only", "only", "Roughly", "roughly",
];

/// Quantifiers that stand alone for people as a verb's subject (Another said …; Several told
/// reporters …), general English.
const QUANTIFIER_SUBJECTS: &[&str] = &[
    "another", "both", "few", "many", "most", "others", "several", "some",
];
pub(crate) static CLAUSE_WORD_SET: WordSet = WordSet::new(CLAUSE_WORDS);

/// The longest noun phrase (in tokens) a search walks over.
pub(crate) const MAX_NP: usize = 24;

/// What sort of phrase a mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MentionKind {
    /// A proper name: Ana Novak, Novak, Sen. Novak.
    Name,
    /// A personal pronoun: she, he, they.
    Pronoun,
    /// A description: the finance minister, an official in the capital, the ministry.
    Nominal,
}

/// A phrase in the text that refers to a (possible) speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Mention {
    /// Where it is, in UTF-8 bytes.
    pub span: Span,
    /// Name, pronoun or nominal.
    pub kind: MentionKind,
    /// The gender the phrase itself tells (a pronoun, a title, a gendered noun), if any.
    pub gender: Gender,
    /// Singular or plural.
    pub number: Number,
    /// Token range of the phrase (start, end exclusive).
    pub(crate) tokens: (usize, usize),
}

impl Mention {
    /// The same phrase, kind, gender and number, over tokens `start..end` instead (a
    /// description widened over its complement).
    fn spanning(self, toks: &[Token<'_>], start: usize, end: usize) -> Mention {
        Mention {
            span: toks[start].span().to(toks[end - 1].span()),
            tokens: (start, end),
            ..self
        }
    }
}

/// Capitalised words that open sentences or clauses but never start a name.
const NOT_NAMES: &[&str] = &[
    "A",
    "About",
    "Above",
    "Abroad",
    "According",
    "Accordingly",
    "Across",
    "Additionally",
    "Admittedly",
    "After",
    "Afterward",
    "Afterwards",
    "Again",
    "Against",
    "Ago",
    "All",
    "Almost",
    "Along",
    "Already",
    "Also",
    "Alternatively",
    "Although",
    "Amid",
    "Among",
    "An",
    "And",
    "Another",
    "Any",
    "Anybody",
    "Anyone",
    "Apparently",
    "April",
    "Are",
    "Around",
    "As",
    "Asked",
    "At",
    "August",
    "Basically",
    "Because",
    "Before",
    "Behind",
    "Below",
    "Beneath",
    "Besides",
    "Beyond",
    "Both",
    "But",
    "By",
    "Can",
    "Certainly",
    "Clearly",
    "Consequently",
    "Could",
    "Currently",
    "December",
    "Despite",
    "Did",
    "Do",
    "Does",
    "Downstairs",
    "Dozens",
    "During",
    "Each",
    "Earlier",
    "Eight",
    "Eighteen",
    "Eighty",
    "Eleven",
    "Elsewhere",
    "Even",
    "Eventually",
    "Every",
    "Everybody",
    "Everyone",
    "February",
    "Few",
    "Fifteen",
    "Fifty",
    "Finally",
    "First",
    "Five",
    "For",
    "Former",
    "Fortunately",
    "Forty",
    "Four",
    "Fourteen",
    "Frankly",
    "Friday",
    "From",
    "Furthermore",
    "Generally",
    "Had",
    "Has",
    "Have",
    "He",
    "Hence",
    "Her",
    "Here",
    "His",
    "Historically",
    "Honestly",
    "How",
    "However",
    "Hundreds",
    "I",
    "If",
    "Importantly",
    "In",
    "Indeed",
    "Initially",
    "Inside",
    "Instead",
    "Interestingly",
    "Ironically",
    "Is",
    "It",
    "Its",
    "January",
    "July",
    "June",
    "Just",
    "Last",
    "Late",
    "Later",
    "Like",
    "Likewise",
    "Luckily",
    "Many",
    "March",
    "May",
    "Maybe",
    "Meanwhile",
    "Monday",
    "More",
    "Moreover",
    "Most",
    "My",
    "Nearby",
    "Nevertheless",
    "Next",
    "Nine",
    "Nineteen",
    "Ninety",
    "No",
    "Nobody",
    "None",
    "Nonetheless",
    "Nor",
    "Not",
    "Notably",
    "November",
    "Now",
    "Obviously",
    "October",
    "Of",
    "Often",
    "On",
    "Once",
    "One",
    "Only",
    "Or",
    "Others",
    "Otherwise",
    "Our",
    "Outside",
    "Over",
    "Overall",
    "Perhaps",
    "Personally",
    "Plus",
    "Previously",
    "Privately",
    "Publicly",
    "Rather",
    "Read",
    "Recently",
    "Regarding",
    "Regardless",
    "Sadly",
    "Saturday",
    "Second",
    "Separately",
    "September",
    "Seven",
    "Seventeen",
    "Seventy",
    "Several",
    "She",
    "Should",
    "Similarly",
    "Since",
    "Six",
    "Sixteen",
    "Sixty",
    "So",
    "Some",
    "Somebody",
    "Someone",
    "Sometimes",
    "Speaking",
    "Specifically",
    "Still",
    "Subsequently",
    "Such",
    "Sunday",
    "Surprisingly",
    "Ten",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "Third",
    "Thirteen",
    "Thirty",
    "This",
    "Those",
    "Though",
    "Thousands",
    "Through",
    "Throughout",
    "Thursday",
    "Thus",
    "To",
    "Today",
    "Tonight",
    "Toward",
    "Towards",
    "Traditionally",
    "Tuesday",
    "Twelve",
    "Twenty",
    "Typically",
    "Ultimately",
    "Under",
    "Underneath",
    "Unfortunately",
    "Unlike",
    "Unsurprisingly",
    "Until",
    "Upon",
    "Upstairs",
    "Usually",
    "Was",
    "We",
    "Wednesday",
    "Were",
    "What",
    "When",
    "Where",
    "Whether",
    "Which",
    "While",
    "Who",
    "Why",
    "With",
    "Within",
    "Without",
    "Would",
    "Yesterday",
    "Yet",
    "You",
    "Your",
];

/// Lower-case particles that may sit inside a name (Charles de Gaulle, Ursula von der Leyen,
/// Welsh ap, Dutch ter, Portuguese do and das, Catalan i and Spanish y between two family
/// names, French des, Malay binti and binte, Arabic bint, Filipino dela and delos, Italian della,
/// Maasai ole, Kikuyu wa: "of", before a father's or mother's name; Kalenjin arap, "son of";
/// Faroese í and á, "in" or "at" before a farm's or village's name).
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "al", "ap", "arap", "á", "bin", "bint", "binte", "binti", "da", "das", "de", "del", "dela",
    "della", "delos", "den", "der", "des", "di", "do", "dos", "du", "i", "í", "ibn", "la", "las",
    "le", "los", "ole", "ter", "van", "von", "wa", "y",
];

/// How far back, in tokens, [`Finder::written_before_surname`] looks (a news article's
/// length, most of them).
const SURNAME_REACH: usize = 1500;

/// True when `words` are a country's name (Ghana, South Africa, Sri Lanka): one word of
/// [`crate::resolve::country`], or two of a country's usual two-word names. General English.
fn country_name(words: &[Token<'_>]) -> bool {
    match words {
        [one] => crate::resolve::country(one.text),
        [a, b] => matches!(
            (a.text, b.text),
            ("South", "Africa" | "Korea" | "Sudan")
                | ("North", "Korea" | "Macedonia")
                | ("New", "Zealand")
                | ("Saudi", "Arabia")
                | ("Sri", "Lanka")
                | ("Costa", "Rica")
                | ("El", "Salvador")
        ),
        _ => false,
    }
}

/// True when `word` ends a body's name that "of" may go on (the Bureau of Mines, the
/// University of Lagos): an organisation's word, or University.
fn body_before_of(word: &str) -> bool {
    ORG_WORD_SET.contains(word) || word == "University"
}

/// Words that end an organisation or place name inside a longer capitalised run
/// (the National Intelligence Service Ana Novak → Ana Novak). General English.
pub(crate) const ORG_WORDS: &[&str] = &[
    "Academy",
    "Administration",
    "Agency",
    "Alliance",
    "Archdiocese",
    "Army",
    "Assembly",
    "Association",
    "Authority",
    "Bank",
    "Board",
    "Bureau",
    "Center",
    "Centre",
    "Chamber",
    "Coalition",
    "Collective",
    "College",
    "Command",
    "Commission",
    "Committee",
    "Company",
    "Confederation",
    "Congress",
    "Consortium",
    "Constabulary",
    "Corp.",
    "Corporation",
    "Council",
    "Court",
    "Department",
    "Diocese",
    "Directorate",
    "Federation",
    "Forum",
    "Foundation",
    "Fund",
    "Gallery",
    "Group",
    "Guild",
    "Hospital",
    "House",
    "Inc.",
    "Initiative",
    "Inspectorate",
    "Institute",
    "Journal",
    "League",
    "Library",
    "Ministry",
    "Movement",
    "Museum",
    "Navy",
    "Network",
    "News",
    "Observatory",
    "Office",
    "Orchestra",
    "Organisation",
    "Organization",
    "Parish",
    "Partnership",
    "Party",
    "Police",
    "Post",
    "Press",
    "School",
    "Secretariat",
    "Senate",
    "Service",
    "Society",
    "Synod",
    "Theatre",
    "Times",
    "Treasury",
    "Tribunal",
    "Trust",
    "Union",
    "University",
];

/// Titles written with their office's department after "of" before a name (Secretary of
/// State Gloria Baptiste, Minister of Finance Tom Berg; in Dutch and British local government
/// an Alderman for Housing, a Deputy Mayor for Transport). General English; not King or
/// Duke, whose "of" names a realm after the name (Peter King of New York).
const OF_TITLES: &[&str] = &[
    "Administrator",
    "Alderman",
    "Alderwoman",
    "Chair",
    "Chairman",
    "Chairwoman",
    "Chancellor",
    "Commissioner",
    "Councillor",
    "Councilor",
    "Director",
    "Governor",
    "Mayor",
    "Minister",
    "Secretary",
    "Speaker",
    "Superintendent",
];

/// Irregular past forms of common verbs that act on a quotation (took, sent, chose …).
/// General English.
pub(crate) const IRREGULAR_PAST: &[&str] = &[
    "became",
    "began",
    "bought",
    "broke",
    "brought",
    "built",
    "came",
    "caught",
    "chose",
    "dealt",
    "drew",
    "fell",
    "felt",
    "fled",
    "forgot",
    "fought",
    "found",
    "gave",
    "gone",
    "got",
    "grew",
    "heard",
    "held",
    "hit",
    "hung",
    "kept",
    "knew",
    "laid",
    "led",
    "left",
    "lost",
    "made",
    "meant",
    "met",
    "paid",
    "put",
    "ran",
    "read",
    "rose",
    "sat",
    "saw",
    "sent",
    "set",
    "shed",
    "shook",
    "shown",
    "slept",
    "sold",
    "spoke",
    "sought",
    "spent",
    "stole",
    "stood",
    "struck",
    "stuck",
    "swept",
    "taught",
    "thought",
    "threw",
    "took",
    "tore",
    "understood",
    "went",
    "withdrew",
    "woke",
    "won",
    "wore",
    "wrote",
];

/// True for a lower-case word in the past tense or a past participle: ending in -ed, or one
/// of [`IRREGULAR_PAST`] (declared, stood).
pub(crate) fn past_tense(t: &Token<'_>) -> bool {
    let w = t.text;
    t.kind == TokenKind::Word
        && w.starts_with(char::is_lowercase)
        && (w.ends_with("ed") || IRREGULAR_PAST.contains(&w))
}

/// Lower-case words that may stand between a subject and its verb (he also said, Kim has said).
const VERB_FILLERS: &[&str] = &[
    "again",
    "all",
    "also",
    "already",
    "always",
    "both",
    "earlier",
    "even",
    "eventually",
    "finally",
    "first",
    "further",
    "had",
    "has",
    "have",
    "just",
    "keep",
    "keeps",
    "kept",
    "later",
    "last",
    "long",
    "now",
    "often",
    // Ruiz can be heard saying, Ruiz was seen telling.
    "be",
    "can",
    "heard",
    "seen",
    "once",
    "previously",
    "quickly",
    "recently",
    "repeatedly",
    "reportedly",
    "simply",
    "since",
    "still",
    "then",
    // Ruiz today said, the group now says, Ruiz yesterday told.
    "today",
    "tonight",
    "yesterday",
    "was",
    "would",
    "will",
    "did",
    "does",
    "is",
    "privately",
    "publicly",
    "flatly",
    "openly",
    "separately",
    "similarly",
    "subsequently",
    "initially",
    "immediately",
    // Ruiz would only say, Ruiz could only quip, Ruiz only said (other modals and
    // negations are left out: Ruiz should ask, Ruiz cannot say report no words).
    "could",
    "only",
];

/// How far before its verb a restrictive relative clause may start (tokens).
const RELATIVE_REACH: usize = 12;

/// Adjectives that link a source to what it knows (people familiar with the talks, a source
/// close to the campaign). General English news usage.
const INFORMED: &[&str] = &["briefed", "close", "familiar", "knowledgeable"];

/// The most words after the preposition of an [`INFORMED`] complement.
const INFORMED_REACH: usize = 6;

/// How many fields before the last an organisation's list of them may hold (the Ministry of
/// Land, Infrastructure and Transport: one).
const FIELD_LIST: usize = 3;

/// How many words a complement or a relative clause may add to an unnamed speaker's
/// description ([`Finder::full_description`]).
const DESCRIPTION_REACH: usize = 10;

/// True when token `adj` is one of [`INFORMED`] and the preposition linking it to what is
/// known follows (familiar with, close to, briefed on, knowledgeable about).
fn informed_at(toks: &[Token<'_>], adj: usize) -> bool {
    toks.get(adj).is_some_and(|t| INFORMED.contains(&t.text))
        && toks
            .get(adj + 1)
            .is_some_and(|t| matches!(t.text, "with" | "to" | "on" | "about"))
}

/// The longest loose noun phrase (in tokens): one read from its place, with no lexicon head.
const LOOSE_NP: usize = 8;

/// Words that end a loose noun phrase: relative words, conjunctions, subordinators.
const CLAUSE_WORDS: &[&str] = &[
    "after", "and", "as", "because", "before", "but", "if", "nor", "or", "so", "than", "that",
    "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "yet",
];

/// Prepositions and subordinators that open an adverbial phrase or clause before a sentence's
/// subject (In a statement, …; When she arrived, …). General English.
const CLAUSE_OPENERS: &[&str] = &[
    "about",
    "across",
    "after",
    "against",
    "along",
    "amid",
    "among",
    "as",
    "at",
    "because",
    "before",
    "behind",
    "beyond",
    "by",
    "despite",
    "during",
    "for",
    "from",
    "if",
    "in",
    "inside",
    "like",
    "on",
    "once",
    "outside",
    "since",
    "though",
    "through",
    "throughout",
    "to",
    "unless",
    "until",
    "upon",
    "when",
    "whenever",
    "where",
    "whereas",
    "while",
    "with",
    "within",
    "without",
];

/// True for a lower-cased word that opens an adverbial phrase or clause before the subject.
pub(crate) fn is_clause_opener(w: &str) -> bool {
    CLAUSE_OPENERS.contains(&w)
}

/// Cardinal numbers written as words, from four up (two and three are [`DETERMINERS`]).
/// General English.
const NUMBER_WORDS: &[&str] = &[
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "hundreds",
    "dozens",
    "thousands",
];

static NUMBER_WORD_SET: WordSet = WordSet::new(NUMBER_WORDS);

/// Determiners and possessives that open a nominal phrase.
const DETERMINERS: &[&str] = &[
    "a", "an", "another", "her", "his", "its", "one", "other", "our", "several", "some", "that",
    "the", "their", "this", "two", "three", "many", "multiple", "various", "these", "those",
    "both", "each", "every", "my", "your",
];

/// An article or a possessive determiner: it opens a new phrase (two, many and both may
/// sit inside one).
fn is_article(t: &Token<'_>) -> bool {
    is_word(t)
        && t.text.len() <= 5
        && [
            "a", "an", "the", "this", "these", "those", "his", "her", "its", "their", "our", "my",
            "your",
        ]
        .iter()
        .any(|a| t.text.eq_ignore_ascii_case(a))
}

/// True when token `k` is an ampersand between two capitalised words, joining the parts of a
/// firm's name (Birch & Sable).
fn ampersand_in_name(toks: &[Token<'_>], k: usize) -> bool {
    let capital = |t: &Token<'_>| is_word(t) && crate::capitalised(t.text);
    toks[k].text == "&" && k > 0 && capital(&toks[k - 1]) && toks.get(k + 1).is_some_and(capital)
}

#[inline]
pub(crate) fn is_word(t: &Token<'_>) -> bool {
    matches!(t.kind, TokenKind::Word)
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// A name's word without a possessive ending, and whether it had one.
#[inline]
pub(crate) fn strip_possessive(s: &str) -> (&str, bool) {
    // Every suffix ends in `s`, `'` or the last byte of `’`: most words stop here.
    if !matches!(s.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
        return (s, false);
    }
    for suffix in ["’s", "'s", "’", "'"] {
        if let Some(stem) = s.strip_suffix(suffix) {
            if !stem.is_empty() && (suffix.len() > 1 || stem.ends_with('s')) {
                return (stem, true);
            }
        }
    }
    (s, false)
}

/// A word starting with a capital: the cheap half of the name-word test ([`name_words`]),
/// which answers most tokens (lower-case words, punctuation) without decoding the curly
/// quotation marks and dashes that open many non-words.
#[inline]
fn is_capitalised_word(t: &Token<'_>) -> bool {
    is_word(t)
        && match t.text.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => starts_upper(t.text),
        }
}

/// What one pass over a document's tokens finds for the mention finder and the resolver.
pub(crate) struct NameWords {
    /// For each token, whether it can be part of a name: a capitalised word (not a sentence
    /// opener like "The", a pronoun or a speech verb), an initial, or a hyphenated
    /// capitalised word.
    pub names: Vec<bool>,
    /// The indices of the tokens that can be part of a name, in order.
    pub positions: Vec<usize>,
    /// The he/she pronouns and their forms (he, his, him, she, her) with their gender, in
    /// order: never name words.
    pub he_she: Vec<(usize, Gender)>,
}

/// The name words of `tokens` ([`NameWords`]), worked out once per document, since the
/// searches around every quotation and the resolver ask again and again; the he/she
/// pronouns are picked up in the same pass, while each token is at hand.
pub(crate) fn name_words(lx: &Lexicon, tokens: &[Token<'_>]) -> NameWords {
    // Capitalised words repeat (sentence openers, the story's names): the last answer for
    // each of 256 slots, kept with its word, spares most of the word-list look-ups.
    // (Words and answers apart: 4 KB and 256 bytes, where pairs padded to 24 bytes take 6 KB
    // of the data cache.)
    let mut memo_words: [&str; 256] = [""; 256];
    let mut memo_answers = [false; 256];
    let mut names = vec![false; tokens.len()];
    // Reserved for the most news text has (about a token in six a name word, one in
    // twenty-five a he or she), so that the vectors rarely grow.
    let mut positions = Vec::with_capacity(tokens.len() / 6);
    let mut he_she = Vec::with_capacity(tokens.len() / 25);
    // Months that may be given names (April Chen), rare: looked at after the pass.
    let mut months = Vec::new();
    // Ordinals that may open an organisation's name (the First Judicial District Court),
    // rare: looked at after the pass.
    let mut ordinals = Vec::new();
    // "Many" or "Said" inside a name (Skylar Many Horses, a Plains nation's family name; Omar
    // Said Bakari, a given name), rare: looked at after the pass.
    let mut inner = Vec::new();
    // Whether a token is a word, and of what case, is a coin toss from one token to the next:
    // a branch on it would often go the wrong way. The tokens that may be either are picked
    // out first without a branch ([`may_name_or_he_she`]), a block at a time, and only they
    // are tested.
    const BLOCK: usize = 256;
    let mut picked = [0u32; BLOCK];
    for (b, block) in tokens.chunks(BLOCK).enumerate() {
        let mut n = 0;
        for (k, t) in block.iter().enumerate() {
            // `n <= k < BLOCK`: the mask only spares a bounds check.
            picked[n & (BLOCK - 1)] = k as u32;
            n += usize::from(may_name_or_he_she(t));
        }
        for &k in &picked[..n] {
            let i = b * BLOCK + k as usize;
            let t = &block[k as usize];
            let capitalised = is_capitalised_word(t);
            let name = capitalised && {
                let slot = memo_slot(t.text.as_bytes());
                if memo_words[slot] == t.text {
                    memo_answers[slot]
                } else {
                    let answer = is_capitalised_name_word(lx, t.text);
                    memo_words[slot] = t.text;
                    memo_answers[slot] = answer;
                    answer
                }
            };
            if name {
                names[i] = true;
                positions.push(i);
            } else if let Some(g) = he_or_she(t) {
                he_she.push((i, g));
            } else if capitalised && given_month(t.text) {
                months.push(i);
            } else if capitalised && ordinal(t.text) {
                ordinals.push(i);
            } else if matches!(t.text, "Many" | "Said") {
                inner.push(i);
            }
        }
    }
    if !months.is_empty() {
        given_month_names(tokens, &months, &mut names, &mut positions);
    }
    // An ordinal after "the" and before a name word opens that name (the First Judicial
    // District Court, the Second Harlow Regiment); so after a preposition (a cashier at
    // First Meridian, the collapse of Third Harbour).
    let mut opened = false;
    for &i in &ordinals {
        if i > 0
            && (tokens[i - 1].text == "the"
                || matches!(tokens[i - 1].text, "at" | "of" | "from" | "with" | "by"))
            && names.get(i + 1).copied().unwrap_or(false)
        {
            names[i] = true;
            positions.push(i);
            opened = true;
        }
    }
    // Between name words it is one of them, whatever it is elsewhere (Many Democrats; Omar
    // Said Bakari, a given name, never a verb in capitals inside a sentence).
    // And "Said" opening a name inside a sentence, after a lower-case word or a comma (said
    // Said Bakari; the chairman, Said Bakari,): a verb there would be in lower case.
    for &i in &inner {
        let opens =
            || tokens[i].text == "Said" && (tokens[i - 1].text == "," || lower(&tokens[i - 1]));
        if i > 0 && (names[i - 1] || opens()) && names.get(i + 1).copied().unwrap_or(false) {
            names[i] = true;
            positions.push(i);
            opened = true;
        }
    }
    if opened {
        positions.sort_unstable();
    }
    // Surnames after Arabic's article in lower case (Mahmoud al-Mashhadani), rare: looked
    // for in the whole text only when one follows a name word.
    let after_name = |&i: &usize| tokens.get(i + 1).is_some_and(|t| article_name(t.text));
    if positions.iter().any(after_name) {
        for (i, t) in tokens.iter().enumerate() {
            if !names[i] && is_word(t) && article_name(t.text) {
                names[i] = true;
                positions.push(i);
            }
        }
        positions.sort_unstable();
    }
    NameWords {
        names,
        positions,
        he_she,
    }
}

/// True for a capitalised ordinal from first to tenth.
fn ordinal(w: &str) -> bool {
    matches!(
        w,
        "First"
            | "Second"
            | "Third"
            | "Fourth"
            | "Fifth"
            | "Sixth"
            | "Seventh"
            | "Eighth"
            | "Ninth"
            | "Tenth"
    )
}

/// True for a month that is also a given name ([`given_month_names`]); most words fail on
/// their first byte.
fn given_month(w: &str) -> bool {
    matches!(w.as_bytes().first(), Some(b'A' | b'J')) && matches!(w, "April" | "June" | "August")
}

/// Months that are also given names (April Chen, June Park, August Moss): such a word starts
/// a name right before another name word, unless a preposition, an article or a time word
/// before it makes it a date (in April Novak said, last June Ruiz, a June Ruiz rally).
/// `months` are the pass's capitalised months, in order; the positions are rebuilt only when
/// one is added.
fn given_month_names(
    tokens: &[Token<'_>],
    months: &[usize],
    names: &mut [bool],
    positions: &mut Vec<usize>,
) {
    // A month right before another name word (not a month), with no date word before it.
    let date_word_before = |m: usize| {
        m > 0 && {
            let b = &tokens[m - 1];
            matches!(b.kind, TokenKind::Number)
                || with_lowercase(b.text, |w| {
                    matches!(
                        w,
                        "in" | "by"
                            | "since"
                            | "until"
                            | "till"
                            | "from"
                            | "through"
                            | "during"
                            | "before"
                            | "after"
                            | "on"
                            | "last"
                            | "next"
                            | "this"
                            | "early"
                            | "late"
                            | "mid"
                            | "of"
                            | "that"
                            | "a"
                            | "an"
                            | "the"
                    )
                })
        }
    };
    let added: Vec<usize> = months
        .iter()
        .copied()
        .filter(|&m| {
            names.get(m + 1) == Some(&true)
                && !given_month(tokens[m + 1].text)
                && !date_word_before(m)
        })
        .collect();
    if added.is_empty() {
        return;
    }
    for &m in &added {
        names[m] = true;
    }
    positions.extend(added);
    positions.sort_unstable();
}

/// False when `t` is surely neither a capitalised word ([`is_capitalised_word`]) nor a
/// he/she ([`he_or_she`]): not a word, or a word whose first byte is neither an ASCII
/// capital, nor a byte of a character outside ASCII, nor an h or s opening two or three
/// bytes ([`FIRST_BYTE`]). Worked out without a branch.
#[inline]
fn may_name_or_he_she(t: &Token<'_>) -> bool {
    let b = t.text.as_bytes();
    let class = FIRST_BYTE[usize::from(b.first().copied().unwrap_or(0))];
    let short = u8::from(b.len().wrapping_sub(2) < 2) * H_OR_S;
    matches!(t.kind, TokenKind::Word) & (class & (CAPITAL | short) != 0)
}

/// True for a surname after Arabic's article in lower case (al-Mashhadani, el-Tayeb), or a
/// name after an elided "de" (d’Opale, d'Estaing): a name word, as its capitalised form
/// (Al-Mashhadani) is.
fn article_name(w: &str) -> bool {
    let b = w.as_bytes();
    let arabic = b.len() > 3
        && b[2] == b'-'
        && matches!(&b[..2], b"al" | b"el")
        && w[3..].starts_with(|c: char| c.is_uppercase());
    // (Or French and Italian "de" elided: Côte d’Opale, Giscard d'Estaing.)
    let elided = ["d’", "d'"].iter().any(|p| {
        w.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
    });
    arabic || elided
}

/// [`FIRST_BYTE`]: an ASCII capital or a byte of a character outside ASCII.
const CAPITAL: u8 = 1;
/// [`FIRST_BYTE`]: `h` or `s`, which open he, his, him, she and her in lower case.
const H_OR_S: u8 = 2;

/// For each byte, what it tells as the first of a word ([`CAPITAL`], [`H_OR_S`]).
static FIRST_BYTE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if byte.is_ascii_uppercase() || !byte.is_ascii() {
            table[b] = CAPITAL;
        } else if byte == b'h' || byte == b's' {
            table[b] = H_OR_S;
        }
        b += 1;
    }
    table
};

/// The gender of a he or she (or his, him, her).
#[inline]
fn he_or_she(t: &Token<'_>) -> Option<Gender> {
    // Most tokens fail on their length or first letter, before any comparison.
    let b = t.text.as_bytes();
    if !matches!(t.kind, TokenKind::Word)
        || !matches!(b.len(), 2 | 3)
        || !matches!(b[0], b'h' | b'H' | b's' | b'S')
    {
        return None;
    }
    match t.text {
        "he" | "He" | "his" | "His" | "him" => Some(Gender::Male),
        "she" | "She" | "her" | "Her" => Some(Gender::Female),
        _ => None,
    }
}

/// A slot of [`name_words`]'s memo for a non-empty word: from its length and three of its bytes.
fn memo_slot(word: &[u8]) -> usize {
    let at = |i: usize| usize::from(word.get(i).copied().unwrap_or(0));
    (word.len() * 97 + at(0) * 31 + at(1) * 7 + at(word.len().saturating_sub(1))) & 255
}

/// The name-word test ([`name_words`]) for a capitalised word.
fn is_capitalised_name_word(lx: &Lexicon, text: &str) -> bool {
    let (stem, _) = strip_possessive(text);
    !NOT_NAME_SET.contains(stem)
        && lx.pronoun(stem).is_none()
        && !lx.is_speech_verb(stem)
        && !is_contraction(stem)
}

/// A verb's or pronoun's contraction opening a sentence (Don’t, Isn't, We’re, They've, I'm),
/// with either apostrophe: never a name's word.
fn is_contraction(word: &str) -> bool {
    [
        "n't", "n’t", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'m", "’m",
    ]
    .iter()
    .any(|end| word.len() > end.len() && word.ends_with(end))
}

/// True when `w` is an initial, a capital letter and its full stop (P., K.), or a given name
/// abbreviated as South and Southeast Asian names write it, with or without its full stop
/// (Md. and Mohd. for Mohammad, Muhd. for Muhammad, Ma. for Maria).
fn is_initial(w: &str) -> bool {
    let b = w.as_bytes();
    (b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.') || is_abbreviated_given(w)
}

/// True for an abbreviated given name ([`is_initial`]): Md., Mohd., Muhd., Ma.
fn is_abbreviated_given(w: &str) -> bool {
    matches!(w.strip_suffix('.').unwrap_or(w), "Md" | "Mohd" | "Muhd") || w == "Ma."
}

pub(crate) fn is_primary_mark(t: &Token<'_>) -> bool {
    matches!(t.kind, TokenKind::Quote(q) if q.primary)
}

/// The tokens of a name at `start..end` without a nickname in quotation marks inside it: the
/// words that make up the person's name (Dana “Dee” Whitfield → Dana Whitfield).
pub(crate) fn name_tokens<'t, 'a>(
    toks: &'t [Token<'a>],
    start: usize,
    end: usize,
) -> impl Iterator<Item = &'t Token<'a>> {
    let mut inside = false;
    toks[start..end].iter().filter(move |t| {
        if is_primary_mark(t) {
            inside = !inside;
            return false;
        }
        !inside
    })
}

/// How many bytes a name particle has ([`NAME_PARTICLES`]): a word of any other length is
/// none, known before any look-up.
const PARTICLE_BYTES: std::ops::RangeInclusive<usize> = 1..=5;

fn is_particle(t: &Token<'_>) -> bool {
    // Most words fail on their length.
    is_word(t) && PARTICLE_BYTES.contains(&t.text.len()) && NAME_PARTICLES.contains(&t.text)
}

/// True when `w` is the plural of a role or group noun (Critics, Officials, Doctors).
pub(crate) fn role_plural(lx: &Lexicon, w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && lx.is_nominal_head(&w[..w.len() - 1])
}

/// True when gender `told` (a noun's, if any) is no other known gender than `want`.
pub(crate) fn tells_no_other(told: Option<Gender>, want: Gender) -> bool {
    told.is_none_or(|g| g == Gender::Unknown || g == want)
}

pub(crate) fn lower(t: &Token<'_>) -> bool {
    is_word(t) && t.text.chars().next().is_some_and(char::is_lowercase)
}

pub(crate) fn is_filler(t: &Token<'_>) -> bool {
    is_word(t)
        && (VERB_FILLER_SET.contains(t.text)
            || (t.text.len() > 4
                && t.text.ends_with("ly")
                && lower(t)
                && !LY_NOUNS.contains(&t.text)))
}

/// Letters written after a person's name for an honour, a rank at the bar or a seat, in
/// British and Commonwealth usage (Ana Ruiz KC, Tom Berg MP; an Irish TD, a Northern Irish
/// or Indian MLA). General English.
pub(crate) const POST_NOMINALS: &[&str] = &[
    "CBE", "DBE", "KBE", "KC", "MBE", "MEP", "MLA", "MP", "MSP", "OBE", "OFM", "OSB", "QC", "SC",
    "SJ", "TD",
];

/// Nouns and nominal adjectives ending in -ly, which the adverb test of [`is_filler`] would
/// pass over (the family said, an ally said, the weekly said). General English.
const LY_NOUNS: &[&str] = &[
    "anomaly",
    "assembly",
    "daily",
    "elderly",
    "family",
    "monopoly",
    "monthly",
    "quarterly",
    "rally",
    "supply",
    "weekly",
];

/// True when token `i` is a plural's possessive mark (the teachers’ union, Reyes’ aide): a
/// single closing mark written right after a word ending in s, before another word.
pub(crate) fn is_plural_possessive_mark(toks: &[Token<'_>], i: usize) -> bool {
    let Some(mark) = toks.get(i) else {
        return false;
    };
    matches!(mark.kind, TokenKind::Quote(q) if !q.double)
        && i > 0
        && is_word(&toks[i - 1])
        && toks[i - 1].text.ends_with(['s', 'S'])
        && toks[i - 1].span().end == mark.span().start
        && toks
            .get(i + 1)
            .is_some_and(|n| is_word(n) && n.span().start > mark.span().end)
}

/// True for a plural noun's possessive in 's (Children's, Women's, Farmers's is no word):
/// the kind an organisation's name holds, unlike a person's (Ruiz's).
fn plural_possessor(word: &str) -> bool {
    let (stem, possessive) = strip_possessive(word);
    possessive && matches!(stem, "Children" | "Women" | "Men" | "People" | "Workers")
}

fn is_determiner(t: &Token<'_>) -> bool {
    is_word(t) && DETERMINER_SET.contains_lowercase(t.text)
}

/// True for a word that brings a person in unnamed: a, an, one or another, in either case
/// at its start (A neighbour, one woman, another resident).
pub(crate) fn indefinite_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an" | "A" | "An" | "one" | "One" | "another" | "Another"
    )
}

pub(crate) fn is_preposition(t: &Token<'_>) -> bool {
    is_word(t)
        && matches!(
            t.text,
            "in" | "at"
                | "for"
                | "from"
                | "of"
                | "with"
                | "on"
                | "to"
                | "through"
                | "into"
                | "across"
                | "against"
                | "among"
                | "around"
                | "behind"
                | "between"
                | "during"
                | "near"
                | "outside"
                | "inside"
                | "throughout"
                | "toward"
                | "towards"
                | "under"
                | "without"
                | "within"
        )
}

/// A word of a time expression that can stand between a subject and its verb: a weekday, a
/// part of the day, "on", "last", "this".
pub(crate) fn is_time(t: &Token<'_>) -> bool {
    // A year (Novak, who in 2010 said …).
    if matches!(t.kind, TokenKind::Number) {
        return t.text.len() == 4 && t.text.bytes().all(|b| b.is_ascii_digit());
    }
    is_word(t)
        && matches!(
            t.text,
            "Monday"
                | "Tuesday"
                | "Wednesday"
                | "Thursday"
                | "Friday"
                | "Saturday"
                | "Sunday"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "week"
                | "month"
                | "year"
                | "today"
                | "yesterday"
                | "tonight"
                | "on"
                | "in"
                | "last"
                | "this"
        )
}

/// True for a word (any case) of [`CLAUSE_WORDS`].
fn is_clause_word(t: &Token<'_>) -> bool {
    CLAUSE_WORD_SET.contains_lowercase(t.text)
}

/// A relative word that can be a clause's subject: who, which ("that" is more often a
/// conjunction).
fn is_relative(t: &Token<'_>) -> bool {
    is_word(t) && matches!(t.text, "who" | "which")
}

fn is_punct(t: &Token<'_>, p: &str) -> bool {
    t.text == p && !is_word(t)
}

/// Finds the mentions near a cue. Borrowing the tokens and the lexicon.
pub(crate) struct Finder<'a, 'b> {
    pub tokens: &'b [Token<'a>],
    pub lx: &'b Lexicon,
    /// [`name_words`] of the tokens.
    pub names: &'b [bool],
}

impl<'a> Finder<'a, '_> {
    /// True when token `i` can be part of a name ([`name_words`]).
    pub(crate) fn is_name(&self, i: usize) -> bool {
        // Callers look one token past a run (a nickname's closing mark may end the text).
        self.names.get(i).copied().unwrap_or(false)
    }

    fn mention(
        &self,
        start: usize,
        end: usize,
        kind: MentionKind,
        gender: Gender,
        number: Number,
    ) -> Mention {
        let span = self.tokens[start].span().to(self.tokens[end - 1].span());
        Mention {
            span,
            kind,
            gender,
            number,
            tokens: (start, end),
        }
    }

    /// True for a determiner, preposition or clause word: a token that cannot be a verb.
    pub fn is_function_word(&self, t: &Token<'_>) -> bool {
        is_determiner(t) || is_preposition(t) || is_clause_word(t)
    }

    /// The phrase a relative-word mention (who, which) stands for: the noun phrase
    /// right before it (Ana Novak, who said → Ana Novak). `None` for any other mention.
    pub fn relative_antecedent(&self, m: &Mention) -> Option<Mention> {
        let toks = self.tokens;
        let (s, e) = m.tokens;
        if e != s + 1 || !is_relative(&toks[s]) {
            return None;
        }
        let mut j = s;
        if j > 0 && is_punct(&toks[j - 1], ",") {
            j -= 1;
        }
        let last = j.checked_sub(1)?;
        let np = self.np_ending_at(last, j.saturating_sub(MAX_NP))?;
        let (ns, _) = np.tokens;
        // A place ending the appositive of a name (Kamla Devi, 71, the widow of a teacher from
        // Chinhat, who said …): the name.
        if np.kind == MentionKind::Name
            && ns >= 2
            && matches!(toks[ns - 1].text, "from" | "in" | "at" | "near")
        {
            let open = (ns.saturating_sub(MAX_NP)..ns)
                .rev()
                .take_while(|&k| !matches!(toks[k].text, "." | ";" | ":"))
                .find(|&k| is_punct(&toks[k], ","))
                .filter(|&k| k > 0);
            if let Some(mut k) = open {
                // (Past an age set off: Kamla Devi, 71, …)
                if k >= 3 && toks[k - 1].kind == TokenKind::Number && is_punct(&toks[k - 2], ",") {
                    k -= 2;
                }
                let name = self
                    .name_ending_at(k - 1, k.saturating_sub(1 + MAX_NP))
                    .filter(|&(_, e, _)| e == k);
                if let Some((a, b, g)) = name {
                    return Some(self.mention(a, b, MentionKind::Name, g, Number::Singular));
                }
            }
        }
        // A name's appositive before it (Ana Ruiz, president of the bank, who said …): the
        // name.
        if np.kind == MentionKind::Nominal && ns > 1 && is_punct(&toks[ns - 1], ",") {
            let name = self
                .name_ending_at(ns - 2, ns.saturating_sub(2 + MAX_NP))
                .filter(|&(_, e, _)| e == ns - 1);
            if let Some((a, b, g)) = name {
                return Some(self.mention(a, b, MentionKind::Name, g, Number::Singular));
            }
        }
        Some(np)
    }

    /// A nominal mention over tokens `start..end` whose head noun is token `head`: its gender
    /// from the gendered-noun list, plural when the head ends in -s (not -ss).
    fn nominal(&self, start: usize, end: usize, head: usize) -> Mention {
        let h = self.tokens[head].text;
        let gender = self.lx.gendered_noun(h).unwrap_or(Gender::Unknown);
        let number = if h.ends_with('s') && !h.ends_with("ss") {
            Number::Plural
        } else {
            Number::Singular
        };
        self.mention(start, end, MentionKind::Nominal, gender, number)
    }

    /// The name run ending at token `last` (inclusive), walking left no further than `lo`:
    /// capitalised words, initials and particles, split off a leading title, organisation or
    /// place. Returns the name's (start, end) and its gender from a title or gendered noun.
    pub fn name_ending_at(&self, last: usize, lo: usize) -> Option<(usize, usize, Gender)> {
        let toks = self.tokens;
        // (Past the letters after it: Ana Ruiz KC told …)
        if last > lo + 1 && toks[last].text.len() <= 3 && POST_NOMINALS.contains(&toks[last].text) {
            return self.name_ending_at(last - 1, lo);
        }
        if !self.is_name(last) {
            return None;
        }
        let mut start = last;
        // An organisation's name may hold a plural's possessive (the Children's Rights
        // Alliance, the Cardew Dockworkers’ Union).
        let org_end = ORG_WORD_SET.contains(toks[last].text);
        while start > lo && last - start < MAX_NP {
            let prev = &toks[start - 1];
            // A possessive inside an organisation's name (the Lee County Sheriff's Office).
            // (Before its word for a body, too, when a field follows: the Motorists’
            // Federation of New Zealand.)
            let org_here = org_end || ORG_WORD_SET.contains(toks[start].text);
            let inside = (start == last && self.org_word_after_possessive(last))
                || (org_here && plural_possessor(prev.text));
            if self.is_name(start - 1) && (inside || !strip_possessive(prev.text).1) {
                start -= 1;
            } else if start > lo + 2
                && is_particle(prev)
                && is_particle(&toks[start - 2])
                && self.is_name(start - 3)
            {
                // Two particles: Ana de la Fuente, Jan van der Berg.
                start -= 3;
            } else if start - 1 > lo
                && self.is_name(start - 2)
                // (A particle: Ana de Souza; a plural's possessive mark in an organisation's
                // name: the Dockworkers’ Union.)
                && (is_particle(prev) || (org_here && is_plural_possessive_mark(toks, start - 1)))
            {
                start -= 2;
            } else if start - 1 > lo
                && matches!(prev.text, "of" | "for")
                && ORG_WORD_SET.contains(toks[start - 2].text)
                && !ORG_WORD_SET.contains(toks[last].text)
            {
                // The Alliance for Rural Schools, the Institute for Marine Studies: an
                // organisation's word before its field.
                start -= 2;
            } else if org_end
                && start > lo + 2
                && self.is_name(start - 2)
                && self.word_opening_org_before_of(start - 2)
            {
                // The Horn of Africa Relief Partnership: one word and "of" after an article
                // open an organisation's name.
                start -= 2;
            } else if start - 1 > lo
                && matches!(prev.text, "for" | "against" | "Against")
                && self.is_name(start - 2)
                && self.people_plural(toks[start - 2].text)
                && !ORG_WORD_SET.contains(toks[last].text)
            {
                // Families for Safe Medicine, Parents Against Cuts: people's plural before the
                // cause their group stands for.
                start -= 2;
            } else if start - 1 > lo
                && prev.text == "of"
                && last > start
                && OF_TITLES.contains(&toks[start - 2].text)
            {
                // Secretary of State Gloria Baptiste: a title's department before the name.
                start -= 2;
            } else if start - 1 > lo
                && prev.text == "&"
                && is_word(&toks[start - 2])
                && toks[start - 2]
                    .text
                    .starts_with(|c: char| c.is_ascii_uppercase())
            {
                // Procter & Gamble, AT&T: an ampersand joins the parts of a firm's name.
                start -= 2;
            } else if let Some(p) = self.nickname_ending_at(start - 1).filter(|&p| p > lo) {
                start = p;
            } else if let Some(org) = self.body_before_its_purpose(start, lo) {
                start = org;
            } else {
                break;
            }
        }
        // (Titles alone are a role, no name: the Lord Mayor. After a courtesy title the
        // last is a surname: Mr. Provost.)
        let courtesy = |w: &str| {
            matches!(
                w.trim_end_matches('.'),
                "Mr" | "Mrs" | "Ms" | "Miss" | "Mx" | "Dr" | "Prof"
            )
        };
        let titles = start < last
            && (start..=last).all(|k| {
                self.lx.title(toks[k].text).is_some() && (k == last || !courtesy(toks[k].text))
            });
        (!titles && !self.lone_plural_role(start, last + 1))
            .then(|| self.split_name(start, last + 1))
    }

    /// The body's word before "for the" or "of the" and a purpose of capitalised words
    /// joined by of, to, against, on or and, which ends with the name run starting at
    /// `start` (the Office for the Coordination of Humanitarian Affairs, the Society for the
    /// Prevention of Cruelty to Animals): its index; `None` otherwise. No further left than
    /// `lo`.
    fn body_before_its_purpose(&self, start: usize, lo: usize) -> Option<usize> {
        let toks = self.tokens;
        let mut k = start;
        for _ in 0..4 {
            if k < lo + 3 {
                return None;
            }
            let p = toks[k - 1].text;
            if p == "the" {
                let body = k - 3;
                return (matches!(toks[k - 2].text, "for" | "of")
                    && ORG_WORD_SET.contains(toks[body].text))
                .then_some(body);
            }
            if !matches!(p, "of" | "to" | "against" | "on" | "and") || !self.is_name(k - 2) {
                return None;
            }
            k -= 2;
            while k > lo + 1 && self.is_name(k - 1) && k + MAX_NP > start {
                k -= 1;
            }
        }
        None
    }

    /// True when `word` is a plural of people, capitalised (Parents, Families, Nurses,
    /// Women): a group's name may open with one.
    fn people_plural(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        let singular = lower
            .strip_suffix("ies")
            .map(|s| format!("{s}y"))
            .or_else(|| lower.strip_suffix('s').map(str::to_string));
        matches!(
            word,
            "Children" | "Women" | "Men" | "People" | "Families" | "Citizens" | "Friends"
        ) || singular
            .is_some_and(|s| self.lx.is_nominal_head(&s) || self.lx.gendered_noun(&s).is_some())
    }

    /// True when the capitalised run `start..end` is one word opening its sentence or
    /// clause, the plural of a role or group noun (Critics, Officials, Analysts): people
    /// described, no name. After a word (said Okafor) a capital is a name's.
    fn lone_plural_role(&self, start: usize, end: usize) -> bool {
        if end != start + 1 || start > 0 && is_word(&self.tokens[start - 1]) {
            return false;
        }
        role_plural(self.lx, self.tokens[start].text)
    }

    /// A nickname in quotation marks starting at token `k` (the opening mark) between two name
    /// words (Dana “Dee” Whitfield): the index of the name word after it.
    pub(crate) fn nickname_at(&self, k: usize) -> Option<usize> {
        let toks = self.tokens;
        // The opening mark first: most tokens asked about are none.
        if !toks.get(k).is_some_and(is_primary_mark) {
            return None;
        }
        let close = (k + 2..k + 4).find(|&c| toks.get(c).is_some_and(is_primary_mark))?;
        (k > 0
            && self.is_name(k - 1)
            && (k + 1..close).all(|i| is_capitalised_word(&toks[i]))
            // Harold “Hal” van Houten: the family name may open with particles.
            && (self.is_name(close + 1)
                || (close + 1 < toks.len()
                    && self.particles_then_name(close + 1, toks.len()).is_some())))
        .then_some(close + 1)
    }

    /// The nickname ending at token `k` (its closing mark): the index of the name word before
    /// it.
    fn nickname_ending_at(&self, k: usize) -> Option<usize> {
        let open = (k.checked_sub(3)?..k - 1)
            .rev()
            .find(|&o| is_primary_mark(&self.tokens[o]))?;
        (open > 0 && self.nickname_at(open) == Some(k + 1)).then(|| open - 1)
    }

    /// The description opening one of the three sentences before the one holding token `pos`,
    /// in its paragraph or the one before (The coach was asked about his future.; A lecturer
    /// at Corbel College said …): a definite or indefinite
    /// ([`Finder::indefinite_subject_of`]), singular phrase whose head is a role or gendered
    /// noun agreeing with `gender`, nearest first. For a he or she no name stands for.
    pub fn described_subject_before(
        &self,
        doc: &sayso_tokenizer::Document<'_>,
        pos: usize,
        gender: Gender,
    ) -> Option<Mention> {
        let sentences = doc.sentences();
        let here = doc.sentence_of(pos);
        let para = doc.paragraph_of(pos);
        (here.saturating_sub(3)..here).rev().find_map(|k| {
            let r = sentences.get(k)?;
            if para.saturating_sub(doc.paragraph_of(r.start)) > 1 {
                return None;
            }
            self.described_subject_of(doc, k, gender)
                .or_else(|| self.indefinite_subject_of(doc, k, gender))
        })
    }

    /// The description opening sentence `k` ([`Finder::described_subject_before`]): the
    /// coach …, or a name's relation (Tom Berg’s sister …), singular, its head a role or
    /// gendered noun agreeing with `gender`.
    pub fn described_subject_of(
        &self,
        doc: &sayso_tokenizer::Document<'_>,
        k: usize,
        gender: Gender,
    ) -> Option<Mention> {
        let r = doc.sentences().get(k)?;
        let start = self.past_asked_phrase(r.start, r.end);
        let first = self.tokens.get(start)?;
        let (m, _) = self.np_starting_at(start, r.end)?;
        let possessed = self.tokens[m.tokens.0..m.tokens.1]
            .iter()
            .any(|t| strip_possessive(t.text).1);
        if !first.text.eq_ignore_ascii_case("the") && !possessed {
            return None;
        }
        // (Not a description a name sets off: The party's leader, Ana Ruiz, … is Ruiz.)
        let named = self.tokens.get(m.tokens.1).is_some_and(|t| t.text == ",")
            && self
                .tokens
                .get(m.tokens.1 + 1)
                .is_some_and(|t| is_word(t) && crate::capitalised(t.text));
        if named {
            return None;
        }
        let head = self.tokens[m.tokens.1 - 1].text;
        let head_gender = self.lx.gendered_noun(head);
        let told = head_gender.unwrap_or(m.gender);
        let agrees = told == Gender::Unknown || told == gender;
        // (An age too: the 52-year-old shrugged.)
        let role = self.one_in_a_role(&m, head, head_gender)
            || (m.kind == MentionKind::Nominal && head.ends_with("-year-old"));
        (role && agrees).then_some(m)
    }

    /// Where a sentence from token `start` to `hi` has its subject: after an opening phrase
    /// of a question put to it (Asked whether the plans, the costliest yet, would go ahead,
    /// the curator nodded), past the sentence's last comma when a "the" follows it; else
    /// `start` (Asked whether …, Ruiz demurred: no description).
    pub(crate) fn past_asked_phrase(&self, start: usize, hi: usize) -> usize {
        let toks = self.tokens;
        if toks.get(start).is_none_or(|t| t.text != "Asked") {
            return start;
        }
        (start + 1..hi.min(start + 64))
            .take_while(|&k| !is_primary_mark(&toks[k]))
            .filter(|&k| toks[k].text == ",")
            .last()
            .filter(|&c| toks.get(c + 1).is_some_and(|t| t.text == "the"))
            .map_or(start, |c| c + 1)
    }

    /// True when `m` describes one person by a role: a singular nominal phrase whose head,
    /// `head` (of gender `head_gender` as a gendered noun), is a role noun or a gendered noun
    /// (the coach, One victim, Tom Berg’s sister).
    fn one_in_a_role(&self, m: &Mention, head: &str, head_gender: Option<Gender>) -> bool {
        m.kind == MentionKind::Nominal
            && m.number == Number::Singular
            && (self.lx.is_nominal_head(head) || head_gender.is_some())
    }

    /// True when token `k` is a name word that ends an organisation's name (Office,
    /// Department) right after a possessive in 's: the possessive is inside that name (the
    /// County Sheriff's Office), not a person's ending theirs.
    fn org_word_after_possessive(&self, k: usize) -> bool {
        let toks = self.tokens;
        k > 0
            && self.is_name(k)
            && ORG_WORD_SET.contains(toks[k].text)
            && (toks[k - 1].text.ends_with("'s") || toks[k - 1].text.ends_with("’s"))
    }

    /// The indefinite description opening sentence `k`, a speaker newly brought in (One
    /// victim, an 81-year-old widow, said …; A neighbour described …): singular, opening with
    /// one, a, an or another, its head a role or gendered noun, and neither its head nor the
    /// head of an appositive right after it telling a gender other than `gender`.
    pub fn indefinite_subject_of(
        &self,
        doc: &sayso_tokenizer::Document<'_>,
        k: usize,
        gender: Gender,
    ) -> Option<Mention> {
        let r = doc.sentences().get(k)?;
        let first = self.tokens.get(r.start)?;
        if !matches!(first.text, "One" | "A" | "An" | "Another") {
            return None;
        }
        let (m, next) = self.np_starting_at(r.start, r.end)?;
        // (Not a description put before the pronoun it describes, the person the sentence
        // before in its paragraph named: Ana Ruiz, 71, said …. A retired teacher, she
        // keeps …)
        if self.tokens.get(next).is_some_and(|t| t.text == ",")
            && self
                .tokens
                .get(next + 1)
                .is_some_and(|t| matches!(t.text, "he" | "she"))
            && k > 0
            && doc.paragraph_of(doc.sentences()[k - 1].start) == doc.paragraph_of(r.start)
            && self.sentence_names_person(doc, k - 1)
        {
            return None;
        }
        // (A woman at the next table; One woman walking her dog.)
        let (m, head) = self.description_head(m);
        // The appositive (, an 81-year-old widow,).
        let appositive = self
            .tokens
            .get(next)
            .filter(|t| t.text == ",")
            .and_then(|_| self.np_starting_at(next + 1, r.end))
            .map(|(a, _)| a);
        // One of the victims, an 81-year-old widow, said …: the appositive describes her.
        if self.tokens[head].text == "One" {
            let a = appositive?;
            let a_head = self.tokens[a.tokens.1 - 1].text;
            let g = self.lx.gendered_noun(a_head);
            return ((self.one_in_a_role(&a, a_head, g) || self.aged(&a))
                && tells_no_other(g, gender))
            .then_some(a);
        }
        let head = self.tokens[head].text;
        let head_gender = self.lx.gendered_noun(head);
        // The appositive's head's gender.
        let appositive =
            appositive.and_then(|a| self.lx.gendered_noun(self.tokens[a.tokens.1 - 1].text));
        // (Or any noun given an age: A 30-year-old packer from Wexbury said …)
        let aged =
            || m.kind == MentionKind::Nominal && m.number == Number::Singular && self.aged(&m);
        ((self.one_in_a_role(&m, head, head_gender) || aged())
            && tells_no_other(head_gender, gender)
            && tells_no_other(appositive, gender))
        .then_some(m)
    }

    /// True when sentence `k` holds a name of two words or more that is no organisation's
    /// (Her neighbour, retired schoolteacher Ana Ruiz, 71, said …).
    fn sentence_names_person(&self, doc: &sayso_tokenizer::Document<'_>, k: usize) -> bool {
        let Some(r) = doc.sentences().get(k) else {
            return false;
        };
        let mut i = r.start;
        while i < r.end {
            match self.name_starting_at(i, r.end) {
                Some((s, e, _)) => {
                    if e - s >= 2 && !ORG_WORD_SET.contains(self.tokens[e - 1].text) {
                        return true;
                    }
                    i = e.max(i + 1);
                }
                None => i += 1,
            }
        }
        false
    }

    /// Description `m` ended at its head noun's complement or participle (a woman at the
    /// next table; one woman walking her dog: one woman), with that head's token. A
    /// complement stays in the description; a participle's phrase does not.
    fn description_head(&self, m: Mention) -> (Mention, usize) {
        let toks = self.tokens;
        let cut = (m.tokens.0 + 1..m.tokens.1).find(|&k| {
            let t = &toks[k];
            is_preposition(t) || (lower(t) && t.text.len() > 4 && t.text.ends_with("ing"))
        });
        let head = cut.map_or(m.tokens.1 - 1, |k| k - 1);
        match cut {
            Some(k) if toks[k].text.ends_with("ing") => (m.spanning(toks, m.tokens.0, k), head),
            _ => (m, head),
        }
    }

    /// Description `m` of a person the text leaves unnamed, as far as it tells who they
    /// are: cut before a participle's phrase after its head (one woman walking her dog: one
    /// woman), else taken on through a complement (a senior engineer in the roads
    /// department) and a relative clause that identifies them (a man who owns the shop next
    /// door; One woman, whose husband fishes from the harbour, said …), but not one that
    /// keeps them unnamed (who asked not to be named). Each part ends where a comma, a
    /// relative word or a speech verb ends it, within [`DESCRIPTION_REACH`] words, else it
    /// is left out. `hi` is the end of the sentence.
    pub fn full_description(&self, m: Mention, hi: usize) -> Mention {
        let toks = self.tokens;
        let (s, mut e) = m.tokens;
        // (Not a noun in -ing after a possessive or an article, nor an adjective: a source
        // familiar with Ruiz's thinking; a negotiator from an oil-producing country.)
        let participle = (s + 2..e).find(|&k| {
            let t = &toks[k];
            lower(t)
                && t.text.len() > 4
                && t.text.ends_with("ing")
                && !t.text.contains('-')
                && !strip_possessive(toks[k - 1].text).1
                && !matches!(toks[k - 1].text, "a" | "an" | "the")
        });
        if let Some(k) = participle {
            return m.spanning(toks, s, k);
        }
        // Only a person's description (not an interview with a newspaper).
        let head = toks[e - 1].text;
        let person =
            self.lx.is_nominal_head(head) || self.lx.gendered_noun(head).is_some() || self.aged(&m);
        if !person {
            return m;
        }
        let hi = hi.min(toks.len());
        // The end of a run of at least `least` words from `from` when a boundary ends it
        // within reach; a weekday or a part of the day ends none (a man on Thursday said).
        let run = |from: usize, least: usize| -> Option<usize> {
            let end = (from..hi.min(from + DESCRIPTION_REACH + 1)).find(|&j| {
                let t = &toks[j];
                !is_word(t)
                    || is_clause_word(t)
                    || self.lx.is_speech_verb(t.text)
                    || (is_time(t) && !matches!(t.text, "on" | "in" | "last" | "this"))
            })?;
            let t = &toks[end];
            let bounded = is_punct(t, ",")
                || is_relative(t)
                || t.text == "whose"
                || (lower(t) && self.lx.is_speech_verb(t.text));
            (bounded && end >= from + least).then_some(end)
        };
        // The complement (in the roads department; of the crew; at the next table).
        let complement = toks.get(e).is_some_and(|t| {
            is_word(t) && matches!(t.text, "of" | "in" | "at" | "from" | "with" | "on")
        });
        if complement {
            match run(e + 1, 1) {
                Some(end) => e = end,
                None => return m,
            }
        }
        // The relative clause, right after or set off by commas; a comma's closed by one
        // before the speech verb.
        let comma = toks.get(e).is_some_and(|t| is_punct(t, ","));
        let rel = e + usize::from(comma);
        let relative = toks
            .get(rel)
            .is_some_and(|t| is_word(t) && matches!(t.text, "who" | "whose" | "that"));
        if !relative || (comma && toks[rel].text == "that") {
            return m.spanning(toks, s, e);
        }
        // (The clause's own words are its verb's: who told police … is no clause to take.)
        let Some(end) = run(rel + 1, 2) else {
            return m.spanning(toks, s, e);
        };
        let closed = !comma
            || (is_punct(&toks[end], ",")
                && toks
                    .get(end + 1)
                    .is_some_and(|t| lower(t) && self.lx.is_speech_verb(t.text)));
        let unnamed = toks[rel..end].iter().any(|t| {
            matches!(
                t.text,
                "named"
                    | "identified"
                    | "anonymity"
                    | "anonymously"
                    | "authorized"
                    | "authorised"
                    | "permitted"
                    | "allowed"
                    | "declined"
                    | "refused"
                    | "requested"
                    | "asked"
            )
        });
        if closed && !unnamed {
            e = end;
        }
        m.spanning(toks, s, e)
    }

    /// True when description `m` gives an age (a 30-year-old packer).
    fn aged(&self, m: &Mention) -> bool {
        self.tokens[m.tokens.0..m.tokens.1]
            .iter()
            .any(|t| t.text.ends_with("-year-old"))
    }

    /// The definite description that is the subject of sentence `k`'s speech verb, past an
    /// opening phrase of place or time set off by a comma (The finance chief told a briefing
    /// …; Outside the court, the recruit's mother, who cannot be named, said …): singular, its
    /// head a role or gendered noun telling no gender other than `gender`, and no name
    /// between it and the verb.
    pub fn definite_subject_of(
        &self,
        doc: &sayso_tokenizer::Document<'_>,
        k: usize,
        gender: Gender,
    ) -> Option<Mention> {
        let r = doc.sentences().get(k)?;
        let toks = self.tokens;
        let mut start = r.start;
        // (Outside the court, …; In Stourmouth town centre, …)
        let opening = |t: &Token<'_>| {
            is_word(t)
                && crate::capitalised(t.text)
                && with_lowercase(t.text, |w| {
                    matches!(
                        w,
                        "outside"
                            | "inside"
                            | "back"
                            | "in"
                            | "at"
                            | "after"
                            | "before"
                            | "during"
                            | "on"
                            | "near"
                            | "speaking"
                            | "asked"
                            | "later"
                            | "earlier"
                            | "afterwards"
                            | "meanwhile"
                    )
                })
        };
        if toks.get(start).is_some_and(opening) {
            start = (start + 1..r.end.min(start + 8)).find(|&j| toks[j].text == ",")? + 1;
        }
        let first = toks.get(start).filter(|_| start < r.end)?;
        let opens = matches!(first.text, "The" | "the")
            || (start > r.start && matches!(first.text, "one" | "a" | "an"));
        if !opens {
            return None;
        }
        let (m, next) = self.np_starting_at(start, r.end)?;
        // (Its head before a complement or a participle: one spouse loading groceries.)
        let (m, head) = self.description_head(m);
        let head_gender = self.lx.gendered_noun(toks[head].text);
        if !self.one_in_a_role(&m, toks[head].text, head_gender)
            || !tells_no_other(head_gender, gender)
            || crate::resolve::org_head(toks[head].text)
        {
            return None;
        }
        // (Past a complement in lower case, which the description keeps: The nephew of the
        // first patient said …)
        let complement = toks
            .get(next)
            .filter(|t| t.text == "of")
            .and_then(|_| {
                (next + 1..r.end.min(next + 7)).find(|&j| {
                    !(is_word(&toks[j]) && lower(&toks[j])) || self.lx.is_speech_verb(toks[j].text)
                })
            })
            .filter(|&j| j > next + 1);
        let (m, next) = match complement {
            Some(j) => (m.spanning(toks, m.tokens.0, j), j),
            None => (m, next),
        };
        // The verb: a speech verb next, or after a clause set off by commas, with no name
        // in that clause.
        let verb = (next..r.end.min(next + 16))
            .take_while(|&j| !self.is_name(j) && !matches!(toks[j].kind, TokenKind::Quote(_)))
            .find(|&j| self.lx.is_speech_verb(toks[j].text) && lower(&toks[j]));
        // (Or a participle's phrase: one military spouse loading groceries said …)
        let clause_or_verb = next < r.end
            && (toks[next].text == ","
                || Some(next) == verb
                || (lower(&toks[next]) && toks[next].text.ends_with("ing")));
        (verb.is_some() && clause_or_verb).then_some(m)
    }

    /// The owner in a possessive at token `k`, as a mention: his, her, their, or a name
    /// ending in a possessive (Ana Ruiz’s). Returns it and the token after the possessive.
    pub fn possessor_at(&self, k: usize, hi: usize) -> Option<(Mention, usize)> {
        let t = self.tokens.get(k).filter(|_| k < hi)?;
        let pronoun = with_lowercase(t.text, |w| match w {
            "his" => Some((Gender::Male, Number::Singular)),
            "her" => Some((Gender::Female, Number::Singular)),
            "their" => Some((Gender::Unknown, Number::Plural)),
            _ => None,
        });
        if let Some((g, n)) = pronoun {
            return Some((self.mention(k, k + 1, MentionKind::Pronoun, g, n), k + 1));
        }
        let (s, e, g) = self.name_starting_at(k, hi)?;
        let plural = is_plural_possessive_mark(self.tokens, e);
        (strip_possessive(self.tokens[e - 1].text).1 || plural).then(|| {
            (
                self.mention(s, e, MentionKind::Name, g, Number::Singular),
                e + usize::from(plural),
            )
        })
    }

    /// True when token `k`, no title, may open an organisation's name as its one word
    /// between an article and "of" (the Horn of Africa Relief Partnership).
    fn word_opening_org_before_of(&self, k: usize) -> bool {
        let toks = self.tokens;
        k > 0
            && matches!(toks[k - 1].text, "The" | "the")
            && toks.get(k + 1).is_some_and(|t| t.text == "of")
            && self.lx.title(toks[k].text).is_none()
    }

    /// The end of an organisation's name that one word after an article opens before "of"
    /// (the Horn of Africa Relief Partnership), when `first..end` is that word and "of" and
    /// a name run ending in an organisation's word follow; `None` otherwise.
    fn org_after_of(&self, first: usize, end: usize, hi: usize) -> Option<usize> {
        let toks = self.tokens;
        if end != first + 1 || !self.word_opening_org_before_of(first) {
            return None;
        }
        let last = (end + 1..hi.min(end + 1 + MAX_NP))
            .take_while(|&k| self.is_name(k))
            .last()?;
        ORG_WORD_SET.contains(toks[last].text).then_some(last + 1)
    }

    /// The holder's name and the token after it when the capitalised run `first..e` is a
    /// department joined by "and" to a run holding a title before a name (Trade and Energy
    /// Minister Ana Ruiz): no given name in the first run, a title between "and" and the
    /// name.
    fn departments_then_holder(
        &self,
        first: usize,
        e: usize,
        hi: usize,
    ) -> Option<(Mention, usize)> {
        let toks = self.tokens;
        if e - first > 3
            || toks.get(e).is_none_or(|t| t.text != "and")
            || (first..e).any(|k| self.lx.given_name(toks[k].text).is_some())
        {
            return None;
        }
        let (s, end, g) = self.name_starting_at(e + 1, hi)?;
        let titled = (e + 1..s).any(|k| self.lx.title(toks[k].text).is_some());
        titled.then(|| {
            (
                self.mention(s, end, MentionKind::Name, g, Number::Singular),
                end,
            )
        })
    }

    /// The end of a body's name whose word for a body ends the name run before `end` and goes
    /// on through "of" to a name (the Bureau of Quarry Safety, the University of Orrin):
    /// the end of the name after "of"; `None` otherwise.
    fn body_of_name(&self, end: usize, hi: usize) -> Option<usize> {
        let toks = self.tokens;
        let body = toks[end - 1].text;
        let goes_on = end + 1 < hi
            && toks[end].text == "of"
            && body_before_of(body)
            && self.lx.title(toks[end + 1].text).is_none();
        if !goes_on {
            return None;
        }
        self.name_starting_at(end + 1, hi).map(|(_, e, _)| e)
    }

    /// The name run starting at token `first`, walking right no further than `hi` (exclusive).
    pub fn name_starting_at(&self, first: usize, hi: usize) -> Option<(usize, usize, Gender)> {
        let toks = self.tokens;
        if first >= hi || !self.is_name(first) {
            return None;
        }
        let mut end = first + 1;
        // A possessive inside an organisation's name (the Lee County Sheriff's Office, the
        // Attorney General's Office) goes on to its word for a body.
        let inside = |k: usize| k < hi && self.org_word_after_possessive(k);
        // A possessive (Ruiz’s) is never a lone plural: its last letter follows an apostrophe.
        if strip_possessive(toks[first].text).1 && !inside(end) {
            return Some(self.split_name(first, end));
        }
        while end < hi && end - first < MAX_NP {
            let t = &toks[end];
            // Letters after a name are no part of it (Ana Ruiz KC, Tom Berg MP); before a
            // name a legislator's are its title after a place (Nyeri MP Ana Ruiz).
            // (Those letters the lexicon's titles hold too: MP, MEP, MLA, MSP, TD.)
            if t.text.len() <= 3
                && POST_NOMINALS.contains(&t.text)
                && !(end + 2 < hi
                    && self.is_name(end + 1)
                    && self.is_name(end + 2)
                    && self.lx.title(t.text).is_some())
            {
                break;
            }
            if self.is_name(end) {
                end += 1;
                if strip_possessive(t.text).1 && !inside(end) {
                    break;
                }
            } else if matches!(t.text, "of" | "for")
                && OF_TITLES.contains(&toks[end - 1].text)
                && end + 2 < hi
                && self.is_name(end + 1)
                && self.is_name(end + 2)
            {
                // Secretary of State Gloria Baptiste, Minister for Trade Ana Novak: a
                // title's department before the name.
                end += 2;
            } else if let Some(after) = self.org_after_of(first, end, hi) {
                // The Horn of Africa Relief Partnership.
                end = after;
            } else if let Some(after) = self.particles_then_name(end, hi) {
                // Ana de la Cruz, Jan van der Berg: one or two particles before a name word.
                end = after;
            } else if let Some(next) = self.nickname_at(end).filter(|&n| n < hi) {
                // Dana “Dee” Whitfield: the nickname stays inside the name's span.
                end = next;
            } else if t.text == "&"
                && end + 1 < hi
                && self.is_name(end + 1)
                && toks[end + 1]
                    .text
                    .starts_with(|c: char| c.is_ascii_uppercase())
            {
                // Procter & Gamble, AT&T: an ampersand joins the parts of a firm's name.
                end += 2;
            } else {
                break;
            }
        }
        (!self.lone_plural_role(first, end)).then(|| self.split_name(first, end))
    }

    /// The token after the name word that follows one or two particles at `k` (de, de la,
    /// van der), or `None`.
    fn particles_then_name(&self, k: usize, hi: usize) -> Option<usize> {
        let toks = self.tokens;
        // A particle's length first ([`PARTICLE_BYTES`]), then a name word one or two tokens
        // on: most tokens after a name (said, a comma) fail the first test.
        let ahead = |n: usize| n < hi && self.is_name(n);
        if !PARTICLE_BYTES.contains(&toks[k].text.len())
            || !(ahead(k + 1) || ahead(k + 2))
            || !is_particle(&toks[k])
        {
            return None;
        }
        let mut n = k + 1;
        if n < hi && is_particle(&toks[n]) {
            n += 1;
        }
        (n < hi && self.is_name(n)).then_some(n + 1)
    }

    /// Splits a capitalised run into its trailing person name: after the last title word
    /// (Prime Minister Ana Novak), after the last organisation word (the Budget Office Ana
    /// Novak), or, for a long run after a preposition (of State Ana Novak), its last two words.
    fn split_name(&self, start: usize, end: usize) -> (usize, usize, Gender) {
        let toks = self.tokens;
        let mut s = start;
        let mut gender = Gender::Unknown;
        // An organisation's whole name, its last word one (the Fenchley Police Officers’
        // Federation): nothing before it is split off at a word of its own.
        let org_end = end > start + 1 && ORG_WORD_SET.contains(toks[end - 1].text);
        for i in start..end.saturating_sub(1).min(toks.len()) {
            let w = toks[i].text;
            // A nickname in marks is no title: Colin “Col” Ruiz.
            if i > start && is_primary_mark(&toks[i - 1]) {
                continue;
            }
            // A role noun capitalised because it opens the sentence acts as a title:
            // Conductor Ana Novak told …
            // (Not in an organisation's name: the Refugee Lantern Trust.)
            let role = i == start
                && (i == 0 || !is_word(&toks[i - 1]))
                && self.lx.is_nominal_head(w)
                && !org_end;
            // Ottawa-based Northern Static, Lagos-born Ana Ruiz, South Korean-born Ana Ruiz:
            // where the named is based or was born, no part of its name.
            if i <= start + 2
                && ((w.len() > 6 && w.ends_with("-based")) || (w.len() > 5 && w.ends_with("-born")))
            {
                s = i + 1;
            } else if role {
                s = i + 1;
                if let Some(g) = self.lx.gendered_noun(w) {
                    gender = g;
                }
            } else if i == start + 1
                && self.lx.given_name(w).is_some()
                && self.descriptor(start)
                && !self.written_before_surname(start, end - 1)
            {
                // A given name after a capitalised descriptor starts the person's name:
                // Republican Ana Novak, Rival Ana Novak.
                s = i;
            } else if i > s + 1
                && self.lx.given_name(w).is_some()
                && (s..i).all(|k| self.lx.given_name(toks[k].text).is_none())
                // (Nor a father's given name after bin, bint or ibn: Khalid bin Ali Rahman.)
                && !is_particle(&toks[i - 1])
                // (Not after initials, which open the name: P. K. Ana Novak.)
                // (Nor after an abbreviated given name and the name it opens: Md. Ana Novak.)
                && !(s..i).all(|k| is_initial(toks[k].text))
                && !(i == s + 2 && is_abbreviated_given(toks[s].text))
            {
                // A given name after two or more capitalised words that are none (Lisbon
                // Harbour Liaison Ana Novak): the person's name starts there. After one it may
                // be a middle name (Billie Jean Novak).
                s = i;
            } else if i == start
                && end - start == 3
                && party_member(w)
                && !ORG_WORD_SET.contains(toks[end - 1].text)
            {
                // Democrat Ana Novak: a party member's noun before a two-word name.
                s = i + 1;
            } else if let Some((_, g)) = (i == start && end - start >= 3 && w != "Scot")
                .then(|| crate::resolve::nationality_noun(&w.to_lowercase()))
                .flatten()
            {
                // Scotsman Fraser Kildowie: a nationality's noun before a name of two words
                // or more. (Not Scot, a given name too; a demonym's shape is a given name's
                // as often: Lorcan.)
                s = i + 1;
                gender = g;
            } else if let Some(g) = self.lx.title(w).filter(|_| !org_end) {
                // (Not in an organisation's name: the Asylum Justice Fund.)
                s = i + 1;
                if g != Gender::Unknown {
                    gender = g;
                }
            } else if (ORG_WORD_SET.contains(w)
                && !org_end
                && !matches!(toks[i + 1].text, "of" | "for")
                && !country_name(&toks[i + 1..end]))
                || w == "Prime"
                || w == "Vice"
            {
                // (Not before its field: the Alliance for Rural Schools; nor before the
                // country it serves: the Shipping Association Sri Lanka.)
                s = i + 1;
            } else if (i + 3 == end || i + 4 == end)
                && !org_end
                && self.lx.is_nominal_head(w)
                && !self.lx.is_nominal_head(toks[i + 1].text)
                && is_word(&toks[i + 1])
                && (i + 3 == end
                    || (toks[i + 1..end]
                        .iter()
                        .all(|t| is_capitalised_word(t) && !self.lx.is_nominal_head(t.text))
                        // (Not a title of its own before a given name: Dockers
                        // Secretary-Treasurer Ana Ruiz.)
                        && (self.lx.given_name(toks[i + 2].text).is_none()
                            || self.lx.given_name(toks[i + 1].text).is_some())))
            {
                // A role noun before a closing name of two or three words (Labour MP
                // Torvald Grennick, Bassist Nils Ekdahl, Deputy Public Prosecutor Tanvira
                // Obuya Keszler), whatever the given name.
                s = i + 1;
                if let Some(g) = self.lx.gendered_noun(w) {
                    gender = g;
                }
            }
        }
        // Secretary of State Gloria Baptiste with no given name known (Minister of Finance
        // Jwala Prasad): the title's "of" and department, then the last two words or one.
        if s < end && matches!(toks[s].text, "of" | "for") {
            let rest = end - s - 1;
            s = self
                .given_after_first(s + 1, end)
                .unwrap_or(end - if rest >= 3 { 2 } else { 1 });
        }
        // Asked last: few runs are three words long with nothing split off.
        // (Or after "and" in a title's department: Secretary for Labour and Welfare Sze
        // Wing-yan.)
        let after_prep = || {
            start > 0
                && (is_preposition(&toks[start - 1])
                    || toks[start - 1].text == "the"
                    || (toks[start - 1].text == "and"
                        && start > 1
                        && is_capitalised_word(&toks[start - 2])
                        // (Not a second person's name: Ana Ruiz and Daniela Ferraz Lobo.)
                        && self.lx.given_name(toks[start].text).is_none()))
        };
        // (Not an organisation's name: the Lakeshore State Faculty Association.)
        // (Nor three words opening with a given name after a person's preposition: of
        // Holly Eckersley Warburton, a letter from Ana Sofia Ruiz; a place's may hold one: at
        // Madison Square Garden.)
        let full_name = || {
            // (A possessive too: the wall of Ana Albuquerque Siqueira’s office.)
            let last = strip_possessive(toks[end - 1].text).0;
            end - start == 3
                && !ORG_WORD_SET.contains(last)
                && self.lx.given_name(toks[start].text).is_some()
                && matches!(
                    toks[start - 1].text,
                    "of" | "to" | "by" | "with" | "for" | "from"
                )
        };
        // (Nor a place's of three words holding a given name after one that is none, after a
        // place's preposition: from San Lorenzo Vega, in Villa María Sur.)
        let place = || {
            end - start == 3
                && matches!(toks[start - 1].text, "from" | "in" | "at" | "near")
                && self.lx.given_name(toks[start + 1].text).is_some()
                && self.lx.given_name(toks[start].text).is_none()
        };
        // (Nor one holding a nickname: a person's, of Harold “Hal” Amberley. Nor a school's:
        // at Sefton Middle School.)
        // (Nor one joined by "of", "for" or "&": the Reserve Bank of Oxlund, the Leipzig
        // Institute for Energy Economics, Harlow Power & Light; nor by a particle, whose last
        // two words are no name: the Compagnie des Chemins de Fer, to Jan van der Berg.)
        if s == start
            && end - start >= 3
            && !ORG_WORD_SET.contains(toks[end - 1].text)
            && !toks[start..end]
                .iter()
                .any(|t| matches!(t.text, "of" | "for" | "&") || is_particle(t))
            && !crate::resolve::org_head(toks[end - 1].text)
            && after_prep()
            && !full_name()
            && !place()
            && !toks[start..end].iter().any(is_primary_mark)
        {
            // A middle initial keeps the given name before it (to Donald J. Varga).
            let initial = toks[end - 2].text.ends_with('.') && toks[end - 2].text.len() <= 3;
            // A given name after the first word starts the name (for Petroleum Ana Maria
            // Novak).
            s = self
                .given_after_first(start, end)
                .unwrap_or(end - if initial { 3 } else { 2 });
        }
        if gender == Gender::Unknown {
            gender = self.gender_before(start);
        }
        (s, end, gender)
    }

    /// The first given name in the run `start..end` after its first word and before its
    /// last (Labour Abul Kalam Mazumder: Abul), or `None`.
    fn given_after_first(&self, start: usize, end: usize) -> Option<usize> {
        (start + 1..end.saturating_sub(1))
            .find(|&k| self.lx.given_name(self.tokens[k].text).is_some())
    }

    /// True when the word at token `first` stands right before the word at token `last`
    /// earlier in the text: a given name written with the surname alone (Ysolde
    /// Brenscombe … Ysolde Mary Brenscombe), no descriptor. Asked only of a sentence's first
    /// word before a given name.
    fn written_before_surname(&self, first: usize, last: usize) -> bool {
        let toks = self.tokens;
        let (a, b) = (toks[first].text, toks[last].text);
        // (Not a word that describes by its shape or the lexicon: Republican, Senator.)
        if self.describing_word(a) {
            return false;
        }
        // (Before it, within a bounded reach: a text of many such runs stays linear.)
        let lo = first.saturating_sub(SURNAME_REACH);
        toks[lo..first]
            .windows(2)
            .any(|w| w[0].text == a && w[1].text == b)
    }

    /// True when the capitalised word at `i` describes the name after it rather than being
    /// part of it: a word capitalised only because it opens the sentence (Rival), a role
    /// noun, or an adjective of party or origin (Republican, Democratic, Socialist).
    fn descriptor(&self, i: usize) -> bool {
        let toks = self.tokens;
        let w = toks[i].text;
        if self.lx.given_name(w).is_some() {
            return false;
        }
        let opens = i == 0 || !is_word(&toks[i - 1]);
        // (Opening a sentence, a capitalised word before a given name describes it, Rival Ana
        // Novak, unless it is an initial, J. Ana Novak, or the text has it speak alone as a
        // name elsewhere: Rizky Aditya Pratama … Rizky said. Not a plural's: Democrats said.)
        let speaks_alone = || {
            !w.ends_with('s')
                && toks[i.saturating_sub(SURNAME_REACH)..toks.len().min(i + SURNAME_REACH)]
                    .windows(2)
                    .any(|p| p[0].text == w && self.lx.is_speech_verb(p[1].text))
        };
        let initial = is_initial(w);
        // (Nor after a role set off by a comma, whose name it opens: The chairperson of the
        // committee, Fatuma Abdi Noor, said.)
        let after_role = i >= 2
            && toks[i - 1].text == ","
            && lower(&toks[i - 2])
            && self.lx.is_nominal_head(toks[i - 2].text);
        // (Nor the first of three names an age sets off, as only a full name's is: Tavita
        // Ana Novak, 27, pleaded guilty.)
        let aged = || {
            let end = (i + 1..toks.len().min(i + 5))
                .find(|&k| !(is_word(&toks[k]) && toks[k].text.starts_with(char::is_uppercase)))
                .unwrap_or(i + 1);
            end >= i + 3
                && toks[end].text == ","
                && toks
                    .get(end + 1)
                    .is_some_and(|t| matches!(t.kind, TokenKind::Number))
                && toks.get(end + 2).is_some_and(|t| t.text == ",")
        };
        (opens && !initial && !after_role && !speaks_alone() && !aged()) || self.describing_word(w)
    }

    /// True when `w` describes a name after it wherever it stands: a role noun, or an
    /// adjective of party or origin by its ending or the nationalities' list.
    /// (An ending after three letters at least, Cuban, Gallic: a shorter word is a place's
    /// own, San Lorenzo Vega.)
    fn describing_word(&self, w: &str) -> bool {
        self.lx.is_nominal_head(w)
            || ["an", "ic", "ist", "crat"]
                .iter()
                .any(|x| w.len() >= x.len() + 3 && w.ends_with(x))
            || crate::resolve::nationality(w)
    }

    /// The gender told by a title or gendered noun right before token `i` (his sister Ana), or
    /// before a comma there (his sister, Ana); not across another word (a man touring Porto).
    fn gender_before(&self, i: usize) -> Gender {
        let toks = self.tokens;
        let from = if i >= 2 && toks[i - 1].text == "," {
            i.saturating_sub(2)
        } else {
            i.saturating_sub(1)
        };
        for j in (from..i).rev() {
            if let Some(g) = self.lx.gender_cue(toks[j].text) {
                if g != Gender::Unknown {
                    return g;
                }
            }
        }
        Gender::Unknown
    }

    /// The subject ending right before token `verb` (skipping adverbs and auxiliaries and one
    /// appositive or relative clause between commas), no further left than `lo`.
    pub fn subject_before(&self, verb: usize, lo: usize) -> Option<Mention> {
        // The captain was quoted by investigators as saying: the one quoted, not the agent.
        if let Some(be) = self.quoted_by_as_saying(verb, lo) {
            return self.subject_before(be, lo);
        }
        self.subject_before_skipping(verb, lo, false)
            // A time between them (Novak later Thursday told …; Novak on Monday said).
            .or_else(|| self.subject_before_skipping(verb, lo, true))
            .map(|m| self.coordinated(m, lo))
            .map(|m| self.described_by_body(m, lo))
    }

    /// A body's name joined by "and" (An official at the Ports and Harbours Ministry, at the
    /// Ministry of Ports and Harbours, said) that completes a person's noun before its
    /// preposition: that description, read back past any further complement; else `m`.
    fn described_by_body(&self, m: Mention, lo: usize) -> Mention {
        let toks = self.tokens;
        let joined = m.kind == MentionKind::Name
            && toks[m.tokens.0..m.tokens.1].iter().any(|t| t.text == "and");
        // (Or a body's name after its noun and an owner: at Tarvia's space agency TSA.)
        let noun = m.tokens.0 > lo + 2 && {
            let t = &toks[m.tokens.0 - 1];
            lower(t) && crate::resolve::org_head(t.text)
        };
        let at = if noun {
            let mut k = m.tokens.0 - 1;
            while k > lo + 1
                && m.tokens.0 - k < 4
                && lower(&toks[k - 1])
                && !is_preposition(&toks[k - 1])
                && !is_clause_word(&toks[k - 1])
                && !is_determiner(&toks[k - 1])
            {
                k -= 1;
            }
            let owner = strip_possessive(toks[k - 1].text).1 || is_article(&toks[k - 1]);
            if owner { k - 1 } else { m.tokens.0 }
        } else {
            self.with_article(m.tokens.0, lo)
        };
        let joined = joined || (noun && at < m.tokens.0);
        if !joined || at < lo + 2 || !matches!(toks[at - 1].text, "at" | "from" | "with" | "for") {
            return m;
        }
        let head = self
            .nominal_ending_at(at - 2, lo)
            .map(|h| h.tokens.0)
            .or_else(|| self.indefinite_noun_ending_at(at - 2, lo));
        match head {
            Some(h) => {
                let d = self.mention(
                    h,
                    m.tokens.1,
                    MentionKind::Nominal,
                    Gender::Unknown,
                    Number::Singular,
                );
                self.complement_of_head(d, lo)
            }
            None => m,
        }
    }

    /// When the speech verb at `verb` is the "saying" of a passive "quoted (or cited) by …
    /// as saying" (Ana Ruiz was quoted by the Gazette as saying): the token of its form of
    /// "be", whose subject is the speaker; `None` otherwise.
    fn quoted_by_as_saying(&self, verb: usize, lo: usize) -> Option<usize> {
        let toks = self.tokens;
        if toks[verb].text != "saying" || verb < lo + 5 || toks[verb - 1].text != "as" {
            return None;
        }
        // The agent's phrase: words only, back to "by" after the participle.
        let by = (verb.saturating_sub(MAX_NP).max(lo + 2)..verb - 1)
            .rev()
            .take_while(|&k| is_word(&toks[k]))
            .find(|&k| toks[k].text == "by")?;
        if !matches!(toks[by - 1].text, "quoted" | "cited") {
            return None;
        }
        let be = by - 2;
        matches!(toks[be].text, "was" | "were" | "is" | "are" | "been").then_some(be)
    }

    /// Two names joined by "and" as one plural subject (Ana Ruiz and Tom Berg said): the
    /// mention `m` widened over the name before it, unless a preposition or "between" takes
    /// that name (a meeting between Ruiz and Berg).
    fn coordinated(&self, m: Mention, lo: usize) -> Mention {
        let toks = self.tokens;
        // (Past the second name's titles: Dr. Ana Ruiz and Dr. Tom Berg.)
        let mut s = m.tokens.0;
        while s > lo && self.lx.title(toks[s - 1].text).is_some() {
            s -= 1;
        }
        if m.kind != MentionKind::Name || s < lo + 2 || toks[s - 1].text != "and" {
            return m;
        }
        let Some((first, _, _)) = self.name_ending_at(s - 2, lo) else {
            return m;
        };
        let taken = first > lo
            && (is_preposition(&toks[first - 1])
                || toks[first - 1].text.eq_ignore_ascii_case("between"));
        if taken || first < lo {
            return m;
        }
        self.mention(
            first,
            m.tokens.1,
            MentionKind::Name,
            Gender::Unknown,
            Number::Plural,
        )
    }

    fn subject_before_skipping(&self, verb: usize, lo: usize, times: bool) -> Option<Mention> {
        let toks = self.tokens;
        let mut j = verb;
        // Adverbs and auxiliaries (Novak also said; Novak has said; officials are warning).
        let progressive =
            |k: usize| matches!(toks[k].text, "are" | "were") && toks[verb].text.ends_with("ing");
        while j > lo
            && verb - j < 5
            && (is_filler(&toks[j - 1]) || progressive(j - 1) || (times && is_time(&toks[j - 1])))
        {
            j -= 1;
        }
        if times && !(j..verb).any(|k| is_time(&toks[k])) {
            return None;
        }
        if j <= lo {
            return None;
        }
        // Parenthetical right before the verb: Sen. Ana Novak (D-Ore.) said.
        if is_punct(&toks[j - 1], ")") {
            let mut k = j - 1;
            while k > lo && j - k < 8 && !is_punct(&toks[k], "(") {
                k -= 1;
            }
            if is_punct(&toks[k], "(") {
                j = k;
            }
        }
        // (The parenthesis may open the reach: nothing before it.)
        if j <= lo {
            return None;
        }
        // Dashes around an appositive: Ana Novak — a teacher from Lisbon — said.
        if matches!(toks[j - 1].kind, TokenKind::Dash) {
            let close = j - 1;
            let mut k = close;
            while k > lo && close - k < MAX_NP && !matches!(toks[k - 1].kind, TokenKind::Dash) {
                if matches!(toks[k - 1].text, "." | ";" | ":")
                    || matches!(toks[k - 1].kind, TokenKind::Quote(_))
                {
                    return None;
                }
                k -= 1;
            }
            if k > lo + 1 && k < close && matches!(toks[k - 1].kind, TokenKind::Dash) {
                j = k - 1;
            } else {
                return None;
            }
        }
        if j <= lo {
            return None;
        }
        // A time phrase right before the verb is no subject (Novak, …, on Friday described …):
        // the pass that skips times reads past it.
        if !times
            && is_time(&toks[j - 1])
            && j > lo + 1
            && (is_preposition(&toks[j - 2])
                || matches!(toks[j - 2].text, "last" | "this" | "next"))
        {
            return None;
        }
        // A relative clause's subject (Novak, who said …; the report, which found …), also before
        // a parenthesis or dashes (which — as Ruiz noted — promises).
        if let Some(m) = self.relative_at(j - 1) {
            return Some(m);
        }
        if is_punct(&toks[j - 1], ",") {
            return self.appositive_subject(j - 1, lo, 0);
        }
        // An appositive ending in a title whose marks hold its comma (Ana Ruiz, the author of
        // “Red Ink,” said): the comma inside, with the closing mark counted.
        if j > lo + 2
            && matches!(toks[j - 1].kind, TokenKind::Quote(q) if q.primary)
            && is_punct(&toks[j - 2], ",")
        {
            return self.appositive_subject(j - 2, lo, 1);
        }
        if let Some(m) = self.restrictive_relative_subject(j, lo) {
            return Some(m);
        }
        // Four in 10 said, About one in five told: a share of people, as polls report them.
        if j >= lo + 3
            && is_share_number(&toks[j - 1])
            && toks[j - 2].text == "in"
            && is_share_number(&toks[j - 3])
        {
            let mut start = j - 3;
            if start > lo && SHARE_HEDGES.contains(&toks[start - 1].text) {
                start -= 1;
            }
            return Some(self.mention(
                start,
                j,
                MentionKind::Nominal,
                Gender::Unknown,
                Number::Plural,
            ));
        }
        // 53% said, 53 percent of independents said: a share of people, as polls report
        // them.
        if let Some(start) = self.percentage_ending_at(j, lo) {
            return Some(self.mention(
                start,
                j,
                MentionKind::Nominal,
                Gender::Unknown,
                Number::Plural,
            ));
        }
        // Another said, Several said: a quantifier standing for people, opening its clause.
        let q = &toks[j - 1];
        if is_word(q)
            && QUANTIFIER_SUBJECT_SET.contains_lowercase(q.text)
            && (j - 1 == lo || !is_word(&toks[j - 2]) || is_clause_word(&toks[j - 2]))
        {
            let number =
                if q.text.eq_ignore_ascii_case("another") || q.text.eq_ignore_ascii_case("one") {
                    Number::Singular
                } else {
                    Number::Plural
                };
            return Some(self.mention(j - 1, j, MentionKind::Nominal, Gender::Unknown, number));
        }
        let m = self
            .np_ending_at(j - 1, lo)
            .or_else(|| self.numbered_name_ending_at(j - 1, lo));
        // Nora Quillet, who in a long post on Instagram thanked …: a name ending a phrase that
        // opens with a preposition right after the relative word, which is the subject.
        if let Some(n) = m.filter(|n| {
            n.kind == MentionKind::Name && n.tokens.0 > lo && is_preposition(&toks[n.tokens.0 - 1])
        }) {
            let relative = (lo..n.tokens.0 - 1)
                .rev()
                .take(8)
                .take_while(|&k| lower(&toks[k]) && !self.lx.is_speech_verb(toks[k].text))
                .find(|&k| matches!(toks[k].text, "who" | "which"))
                .filter(|&k| is_preposition(&toks[k + 1]));
            if let Some(r) = relative.and_then(|k| self.relative_at(k)) {
                return Some(r);
            }
        }
        // Prof. Ana Hsu of the University of Westbridge said; Judge Tenney of the district
        // court said: the person the institution follows is the subject.
        if let Some(person) = m.and_then(|m| self.person_before_institution(m.tokens.0, lo)) {
            return Some(person);
        }
        // Dr. Ana Hsu of the Seabright Institute in Lisbon said; a professor at Harlow
        // University in Essex said: a place after the institution is not the subject either,
        // but the person before the institution, or the description that holds it.
        let placed = m.filter(|n| {
            n.kind == MentionKind::Name
                && n.tokens.0 >= lo + 2
                && matches!(toks[n.tokens.0 - 1].text, "in" | "at")
        });
        if let Some(subject) = placed.and_then(|n| {
            let (is, _, _) = self.name_ending_at(n.tokens.0 - 2, lo)?;
            self.person_before_institution(self.with_article(is, lo), lo)
                .or_else(|| {
                    self.np_ending_at(n.tokens.0 - 2, lo)
                        .filter(|d| d.kind == MentionKind::Nominal)
                })
        }) {
            return Some(subject);
        }
        // after Ruiz in her closing remarks called …: a lower-case phrase after a preposition that
        // is no speaker itself is where or how; the name or pronoun before the preposition is
        // the finite verb's subject.
        if m.is_none() && !toks[verb].text.ends_with("ing") {
            // Only a phrase's words between: no pronoun, verb or clause word.
            let prep = (lo + 1..j)
                .rev()
                .take(5)
                .take_while(|&k| {
                    let t = &toks[k];
                    lower(t)
                        && !is_clause_word(t)
                        && self.lx.pronoun(t.text).is_none()
                        && !self.lx.is_speech_verb(t.text)
                        && !t.text.ends_with("ed")
                        && !t.text.contains(['’', '\''])
                })
                .find(|&k| is_preposition(&toks[k]));
            if let Some(p) = prep {
                if let Some(outer) = self
                    .np_ending_at(p - 1, lo)
                    .filter(|o| o.kind != MentionKind::Nominal && o.tokens.1 == p)
                {
                    return Some(outer);
                }
            }
        }
        m
    }

    /// Where a percentage of people ending right before token `end` starts (53%, 53
    /// percent, About 53% of independents; a hedge before it counted), opening its clause.
    fn percentage_ending_at(&self, end: usize, lo: usize) -> Option<usize> {
        let toks = self.tokens;
        let percent =
            |t: &Token<'_>| t.text.ends_with('%') || t.text.eq_ignore_ascii_case("percent");
        // The percentage's last token: right before `end`, or before "of" and a short phrase
        // of words (of independents, of likely voters).
        let at = if end > lo && percent(&toks[end - 1]) {
            end - 1
        } else {
            let of = (lo..end)
                .rev()
                .take(5)
                .take_while(|&k| is_word(&toks[k]))
                .find(|&k| toks[k].text == "of")?;
            (of > lo && percent(&toks[of - 1])).then(|| of - 1)?
        };
        // 53% is one token or two; 53 percent two.
        let mut start = if toks[at].text.len() > 1 && toks[at].text.ends_with('%') {
            at
        } else {
            at.checked_sub(1)
                .filter(|&k| k >= lo && matches!(toks[k].kind, TokenKind::Number))?
        };
        if start > lo && SHARE_HEDGES.contains(&toks[start - 1].text) {
            start -= 1;
        }
        let opens = start == lo || !is_word(&toks[start - 1]) || is_clause_word(&toks[start - 1]);
        opens.then_some(start)
    }

    /// The end of an organisation's name from token `s` to `e` (the Ministry of Treasury)
    /// continued past "and" by a field of up to three capitalised words with no given name
    /// (and Economic Planning), when its word before "of" or "for" ends an organisation's
    /// name, or with no "of", when a list of fields ends in a body's word (the
    /// Communication, Information and Innovation Committee), and a lower-case word, a comma
    /// or a sentence's end follows; `None` otherwise.
    fn field_joined_by_and(&self, s: usize, e: usize, hi: usize) -> Option<usize> {
        let toks = self.tokens;
        let field = |from: usize| {
            (from..hi.min(from + 3))
                .take_while(|&k| {
                    is_word(&toks[k])
                        && crate::capitalised(toks[k].text)
                        && self.lx.given_name(toks[k].text).is_none()
                        && self.lx.title(toks[k].text).is_none()
                })
                .last()
                .map(|k| k + 1)
        };
        // (The run may end before its "of": Ministry | of Treasury.)
        let of = |k: usize| matches!(toks[k].text, "of" | "for");
        let (of, e) = match (s + 1..e).find(|&k| of(k)) {
            Some(of) => (Some(of), e),
            None if e < hi && of(e) => (Some(e), field(e + 1)?),
            None => (None, e),
        };
        // (Or no "of", a list of fields whose last ends in a body's word: the Communication,
        // Information and Innovation Committee.)
        match of {
            Some(of) if !ORG_WORD_SET.contains(toks[of - 1].text) => return None,
            None if toks.get(e).is_none_or(|t| t.text != ",") => return None,
            _ => {}
        }
        // (Past a list's earlier fields: the Ministry of Land, Infrastructure and Transport.)
        let mut e = e;
        for _ in 0..FIELD_LIST {
            match toks.get(e) {
                Some(t) if t.text == "," => {
                    e = field(e + 1).filter(|&f| {
                        toks.get(f)
                            .is_some_and(|t| t.text == "," || t.text == "and")
                    })?;
                }
                _ => break,
            }
        }
        if toks.get(e).is_none_or(|t| t.text != "and") {
            return None;
        }
        let end = field(e + 1)?;
        if of.is_none() && !ORG_WORD_SET.contains(toks[end - 1].text) {
            return None;
        }
        toks.get(end)
            .is_some_and(|t| matches!(t.text, "," | "." | ";") || lower(t))
            .then_some(end)
    }

    /// Where the organisation's name starts (with its article) when the name run starting at
    /// token `p` follows "and" and a name after an organisation's "of" or "for" (the
    /// Department of Health and Human Services; the Department for Science, Innovation and
    /// Technology), or ends in a body's word, `org_end`, after a list of fields (the
    /// Communication, Information and Innovation Committee).
    fn organisation_joined_by_and(&self, p: usize, lo: usize, org_end: bool) -> Option<usize> {
        let toks = self.tokens;
        if p < lo + 3 || toks[p - 1].text != "and" {
            return None;
        }
        let (mut before, _, _) = self.name_ending_at(p - 2, lo)?;
        // (Past a list's earlier fields: the Ministry of Land, Infrastructure and Transport.)
        let mut listed = false;
        for _ in 0..FIELD_LIST {
            if before < lo + 3 || toks[before - 1].text != "," {
                break;
            }
            before = self.name_ending_at(before - 2, lo)?.0;
            listed = true;
        }
        let of = |k: usize| matches!(toks[k].text, "of" | "for");
        // (Or a first field read with its body, one name: the Ministry of Water Affairs,
        // Forestry and Fisheries.)
        let body_of = (before + 1..p).find(|&k| of(k) && ORG_WORDS.contains(&toks[k - 1].text));
        if body_of.is_some() {
            return Some(self.with_article(before, lo));
        }
        if before < lo + 2 || !of(before - 1) {
            return (listed && org_end).then(|| self.with_article(before, lo));
        }
        let (os, oe, _) = self.name_ending_at(before - 2, lo)?;
        ORG_WORDS
            .contains(&toks[oe - 1].text)
            .then(|| self.with_article(os, lo))
    }

    /// Where a name starting at token `s` starts with its article and the modifiers in lower
    /// case between them, two at most (the federal Office of Water Safety), else
    /// [`Finder::with_article`].
    fn with_modified_article(&self, s: usize, lo: usize) -> usize {
        let toks = self.tokens;
        (lo + 1..s)
            .rev()
            .take(2)
            .take_while(|&j| {
                let t = &toks[j];
                lower(t) && !is_determiner(t) && !is_preposition(t) && !is_clause_word(t)
            })
            .last()
            .filter(|&j| toks[j - 1].text.eq_ignore_ascii_case("the"))
            .map_or_else(|| self.with_article(s, lo), |j| j - 1)
    }

    /// Token `s`, or the "the" right before it (within `lo`): where a name starts with its
    /// article.
    fn with_article(&self, s: usize, lo: usize) -> usize {
        let the = s > lo && self.tokens[s - 1].text.eq_ignore_ascii_case("the");
        s - usize::from(the)
    }

    /// The name right before "of" or "from" and the phrase starting at token `at`: its start,
    /// end and gender, and whether it is an organisation's (ends in one's word).
    fn name_before_of(&self, at: usize, lo: usize) -> Option<(usize, usize, Gender, bool)> {
        let toks = self.tokens;
        if at < lo + 2 || !matches!(toks[at - 1].text, "of" | "from") {
            return None;
        }
        let (ps, pe, pg) = self.name_ending_at(at - 2, lo)?;
        let org = body_before_of(toks[pe - 1].text);
        Some((ps, pe, pg, org))
    }

    /// The person a [`Finder::name_before_of`] is: a titled name or one of two words or more,
    /// no organisation's.
    fn person_of(
        &self,
        (ps, pe, pg, org): (usize, usize, Gender, bool),
        lo: usize,
    ) -> Option<Mention> {
        let titled = ps > lo && self.lx.title(self.tokens[ps - 1].text).is_some();
        (!org && (titled || pe - ps >= 2))
            .then(|| self.mention(ps, pe, MentionKind::Name, pg, Number::Singular))
    }

    /// The person named right before "of" or "from" and the institution phrase starting at
    /// token `at` (Prof. Ana Hsu of the University …).
    fn person_before_institution(&self, at: usize, lo: usize) -> Option<Mention> {
        // (Past the institution's description in lower case: Ana Ruiz of the campaign group
        // Decolonise Harlow said.)
        let toks = self.tokens;
        let described = (lo..at)
            .rev()
            .take(4)
            .take_while(|&k| lower(&toks[k]) && !matches!(toks[k].text, "of" | "from"))
            .last()
            .filter(|&k| k + 1 < at && is_article(&toks[k]));
        self.name_before_of(described.unwrap_or(at), lo)
            .and_then(|before| self.person_of(before, lo))
    }

    /// A capitalised word and its number opening a clause, ending at token `last`: a
    /// document's part or a rule as a subject (Section 12 says; Rule 4:2 reads).
    fn numbered_name_ending_at(&self, last: usize, lo: usize) -> Option<Mention> {
        let toks = self.tokens;
        let word = last.checked_sub(1).filter(|&w| w >= lo)?;
        let opens = word == lo || !is_word(&toks[word - 1]) || is_clause_word(&toks[word - 1]);
        (matches!(toks[last].kind, TokenKind::Number)
            && is_word(&toks[word])
            && crate::capitalised(toks[word].text)
            && !crate::in_capitals(toks[word].text)
            && opens)
            .then(|| {
                self.mention(
                    word,
                    last + 1,
                    MentionKind::Name,
                    Gender::Unknown,
                    Number::Singular,
                )
            })
    }

    /// The phrase before a restrictive relative clause that ends right before token `verb`
    /// (Officials who spoke on condition of anonymity said …): "who" a few words back with
    /// no punctuation, quotation or clause word between it and the verb.
    fn restrictive_relative_subject(&self, verb: usize, lo: usize) -> Option<Mention> {
        let toks = self.tokens;
        let who = (lo + 1..verb)
            .rev()
            .take(RELATIVE_REACH)
            .take_while(|&k| {
                let t = &toks[k];
                (is_word(t) || matches!(t.kind, TokenKind::Number))
                    && (t.text == "who" || !is_clause_word(t))
            })
            .find(|&k| toks[k].text == "who")?;
        if who + 1 == verb {
            return None;
        }
        self.np_ending_at(who - 1, lo)
            .filter(|m| m.kind != MentionKind::Pronoun)
    }

    /// The relative word at token `i` (who, which) as a mention; resolution reads its
    /// antecedent.
    fn relative_at(&self, i: usize) -> Option<Mention> {
        is_relative(&self.tokens[i]).then(|| {
            self.mention(
                i,
                i + 1,
                MentionKind::Pronoun,
                Gender::Unknown,
                Number::Singular,
            )
        })
    }

    /// `NP , APPOSITIVE ,` before a verb: the name wins (Hugh Hill, a doctor, said; the
    /// envoy, Julie Park, said); a relative clause is skipped (Novak, who …, said).
    fn appositive_subject(&self, comma: usize, lo: usize, marks: usize) -> Option<Mention> {
        let toks = self.tokens;
        let mut k = comma;
        // Quotation marks inside: a nickname or a title (Ana "Dee" Ruiz, star of "Harbor
        // Lights,") when they pair up; anything else ends the search. `marks` counts those
        // already passed after the comma.
        let mut marks = marks;
        while k > lo && comma - k < MAX_NP {
            k -= 1;
            let t = &toks[k];
            if is_punct(t, ",") && marks % 2 == 0 {
                break;
            }
            let abbreviation = t.text == "." && toks.get(k + 1).is_some_and(|n| n.text == ",");
            if matches!(t.kind, TokenKind::Quote(q) if q.primary) {
                marks += 1;
                if marks > 2 {
                    return None;
                }
            } else if matches!(t.kind, TokenKind::Quote(_))
                || (matches!(t.text, "." | ";" | ":") && !abbreviation)
            {
                return None;
            }
        }
        if marks % 2 == 1 {
            return None;
        }
        if k <= lo || !is_punct(&toks[k], ",") || comma - k < 2 {
            // No opening comma: maybe a name right before this comma (“…,” Novak, said).
            return None;
        }
        // A parenthesis closing the appositive (Ana Ruiz (D-Utah),): the name before it.
        let mut last = comma - 1;
        if is_punct(&toks[last], ")") {
            if let Some(open) = (k + 1..last).rev().find(|&j| is_punct(&toks[j], "(")) {
                last = open.saturating_sub(1).max(k + 1);
            }
        }
        // A party and state (Ana Ruiz, D-Maine, said) is no one's name: the name before it.
        let party = {
            let w = toks[k + 1].text;
            party_tag(w).is_some()
                || (matches!(w, "D" | "R" | "I") && toks.get(k + 2).is_some_and(|t| t.text == "-"))
        };
        let inner = self.np_ending_at(last, k + 1).filter(|_| !party);
        if let Some(m) = inner {
            // (Its titles aside: The Minister of Education, Dr. Ana Ruiz, said.)
            // (Or a past or passing office's word before them: Her former boss, retired
            // Detective Inspector Ana Ruiz, said.)
            // (Prime is a title's first word only: outgoing Prime Minister Ana Ruiz.)
            let titled = (k + 1..m.tokens.0).all(|j| {
                self.lx.title(toks[j].text).is_some()
                    || (toks[j].text == "Prime"
                        && toks.get(j + 1).is_some_and(|t| t.text == "Minister"))
                    || (j == k + 1
                        && matches!(
                            toks[j].text,
                            "retired"
                                | "former"
                                | "acting"
                                | "outgoing"
                                | "incoming"
                                | "interim"
                                | "sitting"
                        ))
            });
            if m.kind == MentionKind::Name && m.tokens.0 > k && titled {
                // A place's state (Ana Ruiz, 41, of Dover, Del., said): the place and its
                // state are one appositive, and the name before them is the subject.
                // Without a comma before the place, the phrase the place ends (the mayor of
                // Dover, Del., said).
                if m.tokens.1 - m.tokens.0 == 1 && self.after_place(k, lo) {
                    if let Some(outer) = self
                        .appositive_subject(k, lo, 0)
                        .or_else(|| self.np_ending_at(k - 1, lo))
                    {
                        return Some(outer);
                    }
                }
                return Some(m);
            }
        }
        // A second appositive before this one (Ana Ruiz, the foreign minister, a member of the
        // council, said): the name before both.
        // (Not when a name ends right before the opening comma: … while Ida Brannock, the
        // chairwoman of the campaign, said: hers.)
        let clause_subject = || {
            self.name_ending_at(k - 1, lo).is_some_and(|(ns, _, _)| {
                ns > lo && matches!(toks[ns - 1].text, "while" | "whereas" | "and" | "but")
            })
        };
        if toks[k + 1].text.starts_with(|c: char| c.is_lowercase())
            && k > lo + 1
            && !clause_subject()
        {
            if let Some(m) = self.appositive_subject(k, lo, 0) {
                if m.kind == MentionKind::Name {
                    return Some(m);
                }
            }
        }
        // who, on a call Friday, criticized …: the relative word is the subject.
        if let Some(m) = (k > lo).then(|| self.relative_at(k - 1)).flatten() {
            return Some(m);
        }
        // A parenthesis before the appositive (Ana Ruiz (D-Mo.), who …, said): the phrase
        // before it.
        let mut before = k - 1;
        if is_punct(&toks[before], ")") {
            if let Some(open) = (lo..before)
                .rev()
                .take(8)
                .find(|&j| is_punct(&toks[j], "("))
                .filter(|&open| open > lo)
            {
                before = open - 1;
            }
        }
        let outer = self.np_ending_at(before, lo);
        // The report, obtained by the Gazette, says …: a phrase opening with a participle or
        // a preposition describes the subject; the name inside it is not the subject's. Nor
        // is one opening with a quantifier (The crews, most of them from the north, say).
        let opener = &toks[k + 1];
        let participial = lower(opener)
            && (opener.text.ends_with("ed")
                || opener.text.ends_with("ing")
                || is_preposition(opener)
                || QUANTIFIER_SUBJECT_SET.contains_lowercase(opener.text));
        match (outer, inner) {
            (Some(o), Some(i))
                if o.kind == MentionKind::Nominal
                    && i.kind == MentionKind::Name
                    && !participial =>
            {
                Some(i)
            }
            // (Not a place a preposition governs before a description: On the picket line in
            // south London, a nurse, who …, said: the nurse.)
            (Some(o), Some(i))
                if o.kind == MentionKind::Name
                    && i.kind == MentionKind::Nominal
                    && self.preposition_object(o.tokens.0, lo, 3) =>
            {
                Some(i)
            }
            // (Ana Ruiz of the Harlow Party, who …, said: the person the institution
            // follows.)
            (Some(o), _) if o.kind == MentionKind::Name => self
                .person_before_institution(self.with_article(o.tokens.0, lo), lo)
                .or(Some(o)),
            (Some(o), _) => Some(o),
            (None, i) => i,
        }
    }

    /// True when a preposition governs the phrase starting at token `s`: one among the
    /// `reach` tokens before it, with only words in lower case between (in south London, at
    /// the old Harlow docks, spoke to the weekly El País), no further left than `lo`.
    pub(crate) fn preposition_object(&self, s: usize, lo: usize, reach: usize) -> bool {
        let toks = self.tokens;
        (s.saturating_sub(reach).max(lo)..s)
            .rev()
            .map(|k| &toks[k])
            .take_while(|t| is_word(t) && lower(t))
            .any(is_preposition)
    }

    /// True when the comma at `comma` follows a name that is a preposition's object (of
    /// Dover, from New Castle): the place a state after the comma belongs to.
    fn after_place(&self, comma: usize, lo: usize) -> bool {
        let toks = self.tokens;
        comma > lo + 1
            && self.name_ending_at(comma - 1, lo).is_some_and(|(s, e, _)| {
                // (Or a body's name whose "of" ends in the place: the Lincoln School of
                // Salem, Oregon.)
                e == comma
                    && ((s > lo && matches!(toks[s - 1].text, "of" | "from" | "in"))
                        || (e >= s + 3 && toks[e - 2].text == "of"))
            })
    }

    /// The noun phrase whose last token is `last`, no further left than `lo`.
    #[inline]
    pub fn np_ending_at(&self, last: usize, lo: usize) -> Option<Mention> {
        let m = self.np_ending_at_inner(last, lo)?;
        // A source close to the campaign (said): the description the complement ends.
        let toks = self.tokens;
        let s = m.tokens.0;
        if s >= lo + 3 && informed_at(toks, s - 2) && m.kind != MentionKind::Pronoun {
            if let Some(head) = self
                .np_ending_at_inner(s - 3, lo)
                .filter(|h| h.kind == MentionKind::Nominal)
            {
                return Some(head.spanning(self.tokens, head.tokens.0, m.tokens.1));
            }
        }
        // The director of a gallery in the Midlands (said): the person's noun whose "of"
        // the description completes, opening with its own article.
        if m.kind == MentionKind::Nominal
            && s >= lo + 3
            && toks[s - 1].text == "of"
            && is_determiner(&toks[s])
            && self.lx.is_nominal_head(toks[s - 2].text)
            && !is_clause_word(&toks[s - 2])
        {
            if let Some(head) = self
                .nominal_ending_at(s - 2, lo)
                .filter(|h| h.tokens.0 < s - 2 && is_article(&toks[h.tokens.0]))
            {
                return Some(head.spanning(self.tokens, head.tokens.0, m.tokens.1));
            }
        }
        Some(self.complement_of_head(m, lo))
    }

    /// A description whose complement holds another place or body (an engineer at the ground
    /// station in Tarvik, a clerk from a small bank in Orrin): the person's noun the whole
    /// chain of prepositions completes, read back past each complement in turn.
    fn complement_of_head(&self, m: Mention, lo: usize) -> Mention {
        let toks = self.tokens;
        let mut m = m;
        for _ in 0..3 {
            let p = m.tokens.0;
            if m.kind != MentionKind::Nominal
                || p < lo + 2
                || !matches!(toks[p - 1].text, "of" | "for" | "at" | "from" | "with")
            {
                break;
            }
            if let Some(head) = self.nominal_ending_at(p - 2, lo) {
                m = self.mention(
                    head.tokens.0,
                    m.tokens.1,
                    MentionKind::Nominal,
                    head.gender,
                    head.number,
                );
            } else if let Some(s) = self.indefinite_noun_ending_at(p - 2, lo) {
                m = self.mention(
                    s,
                    m.tokens.1,
                    MentionKind::Nominal,
                    Gender::Unknown,
                    Number::Singular,
                );
            } else {
                break;
            }
        }
        m
    }

    /// Where a noun the lexicon lacks, ending at token `last` after at most two lower-case
    /// modifiers, opens with an indefinite word that opens its clause (A deckhand, One night
    /// watchman): that word's token. The subject slot alone tells it brings a person in.
    fn indefinite_noun_ending_at(&self, last: usize, lo: usize) -> Option<usize> {
        let toks = self.tokens;
        let noun = |t: &Token<'_>| {
            is_word(t)
                && t.text.starts_with(|c: char| c.is_ascii_lowercase())
                && !is_clause_word(t)
                && !is_preposition(t)
                && !self.lx.is_speech_verb(t.text)
        };
        if !noun(&toks[last]) {
            return None;
        }
        let det = (last.saturating_sub(3).max(lo)..last)
            .rev()
            .take_while(|&k| noun(&toks[k]) || indefinite_word(toks[k].text))
            .find(|&k| indefinite_word(toks[k].text))?;
        let opens = det == lo || !is_word(&toks[det - 1]);
        opens.then_some(det)
    }

    /// A personal pronoun contracted with its verb (He’s, They're, I’m, We’ll, She'd): its
    /// gender and number. Not *it* or *that* (It’s, That's).
    fn contracted_pronoun(&self, word: &str) -> Option<(Gender, Number)> {
        let (stem, _) = word.split_at(word.rfind(['’', '\''])?);
        let end = &word[stem.len()..];
        let verb = end.trim_start_matches(['’', '\'']);
        if !matches!(verb, "s" | "re" | "ve" | "ll" | "m" | "d") {
            return None;
        }
        self.lx.pronoun(stem).filter(|(g, _)| *g != Gender::Neuter)
    }

    fn np_ending_at_inner(&self, last: usize, lo: usize) -> Option<Mention> {
        let toks = self.tokens;
        let t = &toks[last];
        if !is_word(t) {
            return None;
        }
        if let Some((g, n)) = self.lx.pronoun(t.text) {
            if g != Gender::Neuter || t.text == "it" || t.text == "It" {
                return Some(self.mention(last, last + 1, MentionKind::Pronoun, g, n));
            }
        }
        // A contracted pronoun before a participle (He’s claiming, She's saying): the pronoun.
        if let Some((g, n)) = self.contracted_pronoun(t.text) {
            return Some(self.mention(last, last + 1, MentionKind::Pronoun, g, n));
        }
        if let Some((s, e, g)) = self.name_ending_at(last, lo) {
            let run_start = self.run_start(s, lo);
            // A place or organisation after a person's name: Gov. Ana Novak of Utah, Mr. Ruiz
            // of the Harlow Food Bank, said → the person.
            let p = self.with_article(run_start, lo);
            // The Department of Health and Human Services: a name joined by "and" to the
            // one after an organisation's "of" is the rest of the organisation's name.
            let org_end = ORG_WORD_SET.contains(toks[e - 1].text);
            if let Some(start) = self.organisation_joined_by_and(p, lo, org_end) {
                return Some(self.mention(
                    start,
                    e,
                    MentionKind::Name,
                    Gender::Neuter,
                    Number::Singular,
                ));
            }
            // Minister of Agriculture and Fisheries Ana Novak: a title's department joined by
            // "and" before the holder's name, split off it.
            if s > run_start && p > lo + 1 && toks[p - 1].text == "and" {
                let title = self.name_ending_at(p - 2, lo).is_some_and(|(bs, _, _)| {
                    bs > lo + 1
                        && matches!(toks[bs - 1].text, "of" | "for")
                        && OF_TITLES.contains(&toks[bs - 2].text)
                });
                if title {
                    return Some(self.mention(s, e, MentionKind::Name, g, Number::Singular));
                }
            }
            // Ana Quillmere of Pardew Search and Rescue said: the person before "of", past
            // an organisation's name joined by "and".
            if p > lo + 1 && toks[p - 1].text == "and" {
                let person = self
                    .name_ending_at(p - 2, lo)
                    .and_then(|(bs, _, _)| self.name_before_of(self.with_article(bs, lo), lo))
                    .and_then(|before| self.person_of(before, lo));
                if person.is_some() {
                    return person;
                }
            }
            if let Some(before) = self.name_before_of(p, lo) {
                if let Some(person) = self.person_of(before, lo) {
                    return Some(person);
                }
                // The Bank of England, the University of Utah: the organisation's whole
                // name, with its article.
                let (ps, pe, _, org) = before;
                if org && pe == p - 1 && toks[p - 1].text == "of" {
                    // (A role's complement: a spokeswoman for the federal Office of Water
                    // Safety.)
                    let at = self.with_modified_article(ps, lo);
                    let head = (at > lo + 1 && is_preposition(&toks[at - 1]))
                        .then(|| self.nominal_ending_at(at - 2, lo))
                        .flatten();
                    if let Some(head) = head {
                        return Some(self.mention(
                            head.tokens.0,
                            e,
                            MentionKind::Nominal,
                            head.gender,
                            head.number,
                        ));
                    }
                    return Some(self.mention(
                        self.with_article(ps, lo),
                        e,
                        MentionKind::Name,
                        Gender::Neuter,
                        Number::Singular,
                    ));
                }
            }
            // A short name after a preposition that follows a nominal head is that phrase's
            // complement: an official in Lisbon, a spokesman for Novak, officials with the
            // Port Authority.
            let at = self.with_modified_article(run_start, lo);
            // (Or two names joined there: negotiators from Egypt and Qatar.)
            let at = if at > lo + 3 && matches!(toks[at - 1].text, "and" | "or") {
                let mut j = at - 1;
                while j > lo + 2
                    && at - j < 4
                    && is_word(&toks[j - 1])
                    && crate::capitalised(toks[j - 1].text)
                {
                    j -= 1;
                }
                if j < at - 1 && is_preposition(&toks[j - 1]) {
                    j
                } else {
                    at
                }
            } else {
                at
            };
            // (Not a title's department before the holder's name: Minister for Foreign
            // Affairs Ana Novak, Commissioner for Human Rights Ana Novak.)
            let department = || {
                s > run_start
                    && at == run_start
                    && toks[at - 1].text == "for"
                    && crate::capitalised(toks[at - 2].text)
                    && self.lx.title(toks[at - 2].text).is_some()
            };
            // (An organisation's name may be longer: the Office of Communicable Disease
            // Control.)
            let short = e - run_start <= 4
                || (e - run_start <= 8
                    && (run_start..e).any(|k| ORG_WORD_SET.contains(toks[k].text)));
            if at > lo + 1 && is_preposition(&toks[at - 1]) && short && !department() {
                if let Some(head) = self.nominal_ending_at(at - 2, lo) {
                    return Some(self.mention(
                        head.tokens.0,
                        e,
                        MentionKind::Nominal,
                        head.gender,
                        head.number,
                    ));
                }
                // The mother of Darnell Price, the family of Ana Ruiz: a relative's or a
                // family's noun with its determiner.
                let kin = &toks[at - 2];
                let family = matches!(kin.text, "family" | "parents" | "relatives");
                if at > lo + 2
                    && toks[at - 1].text == "of"
                    && is_determiner(&toks[at - 3])
                    && (family || self.lx.gendered_noun(kin.text).is_some())
                {
                    let (gender, number) = if family {
                        (Gender::Unknown, Number::Plural)
                    } else {
                        (
                            self.lx.gendered_noun(kin.text).unwrap_or(Gender::Unknown),
                            Number::Singular,
                        )
                    };
                    return Some(self.mention(at - 3, e, MentionKind::Nominal, gender, number));
                }
                // One forex dealer in London, a clerk at Halden Bank: a noun the lexicon
                // lacks, after a determiner, before a place's or a body's preposition. The
                // name is no speaker there.
                if matches!(toks[at - 1].text, "in" | "at" | "near") {
                    let noun = |t: &Token<'_>| {
                        is_word(t) && t.text.starts_with(|c: char| c.is_ascii_lowercase())
                    };
                    // (Or capitalised opening the sentence: A rival operator in Narok, who
                    // declined to be named, …)
                    let det = (at.saturating_sub(6).max(lo)..at - 1)
                        .rev()
                        .take_while(|&k| noun(&toks[k]) || indefinite_word(toks[k].text))
                        .find(|&k| {
                            k < at - 2 && (indefinite_word(toks[k].text) || toks[k].text == "the")
                        });
                    if let Some(d) = det.filter(|_| !is_determiner(&toks[at - 2])) {
                        return Some(self.mention(
                            d,
                            e,
                            MentionKind::Nominal,
                            Gender::Unknown,
                            Number::Singular,
                        ));
                    }
                }
            }
            if run_start > lo
                && toks[run_start - 1].text.eq_ignore_ascii_case("the")
                && s == run_start
            {
                // The Herald, the Pentagon: an organisation named with its article.
                return Some(self.mention(
                    run_start - 1,
                    e,
                    MentionKind::Name,
                    Gender::Neuter,
                    Number::Singular,
                ));
            }
            return Some(self.mention(s, e, MentionKind::Name, g, Number::Singular));
        }
        let m = self
            .nominal_ending_at(last, lo)
            .or_else(|| self.loose_np_ending_at(last, lo))?;
        // An aide to the governor, a spokeswoman for the company: the description the
        // phrase completes; also across a part of it (the brother of one of the victims).
        let p = m.tokens.0;
        let part = p > lo + 3
            && toks[p - 1].text == "of"
            && toks[p - 3].text == "of"
            && matches!(
                toks[p - 2].text,
                "one" | "each" | "some" | "two" | "three" | "all"
            );
        let p = if part { p - 2 } else { p };
        if p > lo + 1
            && matches!(
                toks[p - 1].text,
                "of" | "for" | "to" | "at" | "from" | "with"
            )
        {
            if let Some(head) = self.nominal_ending_at(p - 2, lo) {
                return Some(self.mention(
                    head.tokens.0,
                    m.tokens.1,
                    MentionKind::Nominal,
                    head.gender,
                    head.number,
                ));
            }
            // The brother of the victim: a relative's noun with its determiner.
            if p > lo + 2
                && toks[p - 1].text == "of"
                && is_determiner(&toks[p - 3])
                && is_word(&toks[p - 2])
            {
                if let Some(g) = self.lx.gendered_noun(toks[p - 2].text) {
                    return Some(self.mention(
                        p - 3,
                        m.tokens.1,
                        MentionKind::Nominal,
                        g,
                        Number::Singular,
                    ));
                }
            }
        }
        // Democrats on the committee, Republicans in the Senate: a party's members in the
        // body the phrase names.
        if p > lo + 1 && matches!(toks[p - 1].text, "on" | "in") {
            let members = toks[p - 2].text;
            if members
                .strip_suffix('s')
                .is_some_and(|one| party_member(one) || party_member(members))
            {
                return Some(self.mention(
                    p - 2,
                    m.tokens.1,
                    MentionKind::Nominal,
                    Gender::Unknown,
                    Number::Plural,
                ));
            }
        }
        Some(m)
    }

    /// A noun phrase read from its place alone, with no lexicon head: the subject slot of a
    /// speech verb (the board said, the 46-year-old said). The clause chunk ending at `last`
    /// (no punctuation, conjunction or relative word) is taken from its first determiner; a
    /// chunk with no determiner is taken whole when it opens a clause (Source familiar with
    /// the plan says).
    fn loose_np_ending_at(&self, last: usize, lo: usize) -> Option<Mention> {
        let toks = self.tokens;
        // A number word closes a phrase after "of" (a mother of three).
        let counted = last > lo && toks[last - 1].text == "of";
        if !self.loose_word(&toks[last])
            || is_preposition(&toks[last])
            || (is_determiner(&toks[last]) && !counted)
        {
            return None;
        }
        let mut s = last;
        while s > lo && last + 1 - s < LOOSE_NP && self.loose_word(&toks[s - 1]) {
            s -= 1;
        }
        let opens_clause = s == 0 || !is_word(&toks[s - 1]);
        // The last run of determiners with no preposition before it: Last week the board →
        // the board; a delay the harbour master (said) → the harbour master; her two brothers.
        let before_preposition = (s..last)
            .find(|&k| is_preposition(&toks[k]))
            .unwrap_or(last);
        let det = (s..before_preposition)
            .rev()
            .find(|&k| is_determiner(&toks[k]));
        let start = match det {
            Some(mut k) => {
                while k > s && is_determiner(&toks[k - 1]) {
                    k -= 1;
                }
                k
            }
            // (Not a phrase opening with a preposition: Ana Ruiz, 56, in turn called …)
            None if opens_clause && last + 1 - s <= 6 && !is_preposition(&toks[s]) => s,
            None => return None,
        };
        Some(self.nominal(start, last + 1, last))
    }

    /// Lower-case modifiers (at most five) and the name they lead to, starting at `first`:
    /// chief forecaster Ana Novak, retired neurosurgeon Ana Novak, friend and neighbour Ana
    /// Novak.
    fn modifiers_then_name(&self, first: usize, hi: usize) -> Option<(Mention, usize)> {
        let toks = self.tokens;
        let limit = hi.min(first + 6);
        let mut i = first;
        while i < limit
            && ((lower(&toks[i]) && self.loose_word(&toks[i]) && !is_preposition(&toks[i]))
                // friend and neighbour Ana Novak: two roles joined.
                || (toks[i].text == "and"
                    && i > first
                    && lower(&toks[i - 1])
                    && toks
                        .get(i + 1)
                        .is_some_and(|t| lower(t) && self.loose_word(t) && !is_determiner(t)))
                // master of ceremonies Ana Novak, secretary of state Ana Novak
                || (toks[i].text == "of"
                    && i > first
                    && lower(&toks[i - 1])
                    && toks.get(i + 1).is_some_and(|t| lower(t) && !is_determiner(t)))
                || (i < first + 3
                    && (matches!(toks[i].kind, TokenKind::Number) || toks[i].text == "/"))
                // said 9-year-old Remy Fothergill: an age.
                || toks[i].text.ends_with("-year-old"))
        {
            i += 1;
        }
        if i == first
            || i >= limit
            || !self.is_name(i)
            || !(is_word(&toks[i - 1]) || toks[i - 1].text.ends_with("-year-old"))
        {
            return None;
        }
        let (s, e, g) = self.name_starting_at(i, hi)?;
        // undecided Republican voter Ana Novak: the capitalised word is a modifier too.
        if let Some(r) = self.role_then_name(e, hi) {
            return Some(r);
        }
        Some((
            self.mention(s, e, MentionKind::Name, g, Number::Singular),
            e,
        ))
    }

    /// Lower-case words ending in a role noun, then a name, from `first`: the name (after
    /// "Latvian" in Latvian journalist Ana Ruiz).
    fn role_then_name(&self, first: usize, hi: usize) -> Option<(Mention, usize)> {
        let toks = self.tokens;
        let mut i = first;
        while i < hi.min(first + 3) && lower(&toks[i]) && self.loose_word(&toks[i]) {
            i += 1;
        }
        if i == first || !self.lx.is_nominal_head(toks[i - 1].text) {
            return None;
        }
        self.name_after(i, hi)
    }

    /// A noun phrase that the capitalised run `first..e` opens as a modifier: lower-case words
    /// after it ending in a head noun (Two military analysts, Novak aides, Ruiz campaign
    /// officials).
    fn modified_by_name(&self, first: usize, e: usize, hi: usize) -> Option<(Mention, usize)> {
        let toks = self.tokens;
        // Modifiers and a head, no verb: not a determiner (Novak released a statement) nor a
        // past form (Novak shook hands). The phrase ends at its last head noun (Novak aides
        // are …).
        let mut head = None;
        for (k, t) in toks.iter().enumerate().take(hi.min(e + 3)).skip(e) {
            if !(lower(t)
                && self.loose_word(t)
                && !is_preposition(t)
                && !is_determiner(t)
                && !t.text.ends_with("ed"))
            {
                break;
            }
            if self.lx.is_nominal_head(t.text) {
                head = Some(k);
            }
        }
        let k = head? + 1;
        // A plural's shape before a determiner is a verb's (Novak forwards an email, Ruiz
        // champions the bill).
        if toks[k - 1].text.ends_with('s') && toks.get(k).is_some_and(is_determiner) {
            return None;
        }
        // A name after the head is the one it describes (Former Novak speechwriter Ana Ruiz);
        // a name after any other word is not (Novak praised Ruiz: a verb the lexicon lacks).
        Some(
            self.name_after(k, hi)
                .unwrap_or_else(|| (self.nominal(first, k, k - 1), k)),
        )
    }

    /// The name right after a description that it names (the campaign manager Ana Ruiz).
    fn name_after(&self, next: usize, hi: usize) -> Option<(Mention, usize)> {
        let (s, e, g) = self.name_starting_at(next, hi)?;
        Some((
            self.mention(s, e, MentionKind::Name, g, Number::Singular),
            e,
        ))
    }

    /// A word that can sit inside a loose noun phrase: not a clause word, speech verb,
    /// pronoun or adverb.
    fn loose_word(&self, t: &Token<'_>) -> bool {
        is_word(t)
            && !is_clause_word(t)
            && !self.lx.is_speech_verb(t.text)
            && self.lx.pronoun(t.text).is_none()
            && !is_filler(t)
    }

    /// The loose noun phrase starting at `first` (said an Iowa Democrat, said pollster Ana
    /// Novak): a determiner and the words up to the next clause boundary or preposition, or
    /// lower-case modifiers and the name they lead to.
    fn loose_np_starting_at(&self, first: usize, hi: usize) -> Option<(Mention, usize)> {
        let toks = self.tokens;
        // about 200 protesters, nearly 40 families, Ten boats: a count opens the phrase.
        let approx = |t: &Token<'_>| {
            with_lowercase(t.text, |w| {
                matches!(w, "about" | "nearly" | "some" | "almost" | "roughly")
            })
        };
        let count = |k: usize| {
            toks.get(k).is_some_and(|t| {
                matches!(t.kind, TokenKind::Number)
                    || is_word(t) && NUMBER_WORD_SET.contains_lowercase(t.text)
            }) && toks
                .get(k + 1)
                .is_some_and(|t| lower(t) && self.loose_word(t))
        };
        let counted = count(first) || (approx(&toks[first]) && count(first + 1));
        if counted {
            // The count and the one word it counts (a verb may follow at once).
            let end = if count(first) { first + 2 } else { first + 3 };
            return (end <= hi).then(|| (self.nominal(first, end, end - 1), end));
        }
        if !is_determiner(&toks[first]) {
            return None;
        }
        let mut i = first + 1;
        // one of those advisers, some of the delegates: the phrase after "of" is the head's.
        if toks.get(i).is_some_and(|t| t.text == "of") && i + 1 < hi {
            i += 1;
            if toks.get(i).is_some_and(is_determiner) {
                i += 1;
            }
        }
        let body = i;
        // That forced …, Another praised …: a demonstrative standing alone before its verb.
        let alone = matches!(
            toks[first].text,
            "That" | "This" | "These" | "Those" | "Another" | "that" | "this" | "these" | "those"
        ) && toks
            .get(body)
            .is_some_and(|t| t.text.ends_with("ed") || IRREGULAR_PAST.contains(&t.text));
        if alone {
            // Another praised …: "another" stands for one of those just named.
            return toks[first]
                .text
                .eq_ignore_ascii_case("another")
                .then(|| (self.nominal(first, first + 1, first), first + 1));
        }
        let limit = hi.min(first + LOOSE_NP).max(i + 1).min(hi);
        // Where a new phrase or the clause's verb starts, after the first word (`body`).
        let ends_phrase = |k: usize| {
            let t = &toks[k];
            // Both reject a plan: a second article starts a new phrase.
            (k > body && is_article(t))
                // This forced the council; the crowd gathered outside: a past tense before an
                // article, or after the phrase's head, is the verb (not in the newly elected
                // mayor).
                || (t.text.ends_with("ed")
                    && (toks.get(k + 1).is_some_and(is_article)
                        || (k > body && !toks[k - 1].text.ends_with("ly"))))
                // Its new mailer began …, Her ideas are …: a verb no phrase holds.
                || (k > body
                    && (IRREGULAR_PAST.contains(&t.text)
                        || matches!(
                            t.text,
                            "are" | "were" | "can" | "could" | "should" | "may" | "might"
                                | "must" | "do" | "does"
                        )))
        };
        // Words, and numbers inside the phrase (a 2008 campaign veteran).
        while i < limit
            && ((self.loose_word(&toks[i]) && !is_preposition(&toks[i]) && !ends_phrase(i))
                || (matches!(toks[i].kind, TokenKind::Number)
                    && toks.get(i + 1).is_some_and(|t| self.loose_word(t))))
        {
            i += 1;
        }
        if i == body || !is_word(&toks[i - 1]) {
            return None;
        }
        // A jubilant Ruiz, the embattled Ana Ruiz: lower-case adjectives before a name that
        // ends the phrase describe the person, who is the name.
        if let Some(n) = (body..i).find(|&k| self.is_name(k)) {
            let adjectives = (body..n).all(|k| lower(&toks[k]));
            if adjectives && n > body {
                if let Some((s, e, g)) = self.name_starting_at(n, i) {
                    // Not a party or a title alone (one veteran Democrat; That forced Sen.).
                    let lone = e == s + 1
                        && (self.lx.title(toks[s].text).is_some() || party_member(toks[s].text));
                    if e == i && !lone {
                        return Some((
                            self.mention(s, e, MentionKind::Name, g, Number::Singular),
                            i,
                        ));
                    }
                }
            }
        }
        Some((self.nominal(first, i, i - 1), i))
    }

    /// A noun phrase without a determiner, for slots where any noun names a source (according
    /// to excerpts of the speech, according to witnesses): lower-case words up to a
    /// preposition, a participle, a clause word or punctuation. The last word is the head.
    pub fn bare_np_starting_at(&self, first: usize, hi: usize) -> Option<(Mention, usize)> {
        let toks = self.tokens;
        let limit = hi.min(toks.len()).min(first + LOOSE_NP);
        let mut i = first;
        while i < limit
            && self.loose_word(&toks[i])
            && !is_preposition(&toks[i])
            && !is_determiner(&toks[i])
            && toks[i].text.starts_with(|c: char| c.is_lowercase())
            && !(i > first && toks[i].text.ends_with("ed"))
        {
            i += 1;
        }
        (i > first).then(|| (self.nominal(first, i, i - 1), i))
    }

    /// The start of the capitalised run (titles and organisations included) holding `s`.
    fn run_start(&self, s: usize, lo: usize) -> usize {
        let toks = self.tokens;
        let mut r = s;
        loop {
            if r > lo && (self.is_name(r - 1) || self.lx.title(toks[r - 1].text).is_some()) {
                r -= 1;
            } else if r > lo + 1
                && toks[r - 1].text == "of"
                && OF_TITLES.contains(&toks[r - 2].text)
            {
                // Secretary of State Gloria Baptiste: the title and its department.
                r -= 2;
            } else {
                return r;
            }
        }
    }

    /// A nominal phrase headed by a lexicon head noun at `last`: the finance minister, an
    /// official, Novak’s spokeswoman, the ministry.
    fn nominal_ending_at(&self, last: usize, lo: usize) -> Option<Mention> {
        let toks = self.tokens;
        let head = &toks[last];
        if !is_word(head) || !self.lx.is_nominal_head(head.text) {
            return None;
        }
        let mut s = last;
        while s > lo && last - s < 8 {
            let prev = &toks[s - 1];
            if is_determiner(prev) {
                s -= 1;
                // The three senators, her two brothers: an article before a count.
                if s > lo && is_article(&toks[s - 1]) && !is_article(prev) {
                    s -= 1;
                }
                break;
            }
            // The teachers’ union: the plural and its mark are a modifier.
            if s > lo + 1 && is_plural_possessive_mark(toks, s - 1) {
                s -= 2;
                continue;
            }
            // Before a head noun these adverbs are adjectives (the former first lady, the last
            // mayor, a long ally).
            let adjective = matches!(prev.text, "first" | "last" | "long" | "once" | "then");
            let modifier = is_word(prev)
                && !self.lx.is_speech_verb(prev.text)
                && !is_preposition(prev)
                && (!is_filler(prev) || adjective)
                && !is_clause_word(prev);
            // A hyphen only inside a compound the tokenizer split (no space around it), not a
            // dateline's dash (LONDON (Reuters) - …).
            let hyphen = matches!(prev.kind, TokenKind::Punct)
                && prev.text == "-"
                && s > lo + 1
                && toks[s - 2].span().end == prev.span().start
                && prev.span().end == toks[s].span().start;
            // (A firm's ampersand between its names: a Birch & Sable spokeswoman.)
            let ampersand = s > lo + 1 && ampersand_in_name(toks, s - 1);
            if modifier || hyphen || ampersand {
                s -= 1;
            } else {
                break;
            }
        }
        Some(self.nominal(s, last + 1, last))
    }

    /// Who a quotation nested in another reports, by a speech verb inside the outer one from
    /// token `lo`: before it (She told me, ‘…’; my mother always said: ‘…’), its subject; or
    /// after it (‘…,’ she said), the phrase between. Returns the mention and the cue.
    pub(crate) fn nested_speaker(
        &self,
        lo: usize,
        n: &crate::quotes::RawQuote,
    ) -> Option<(Mention, sayso_tokenizer::Span)> {
        let toks = self.tokens;
        // Before: a speech verb, past its listener and punctuation (told me, said to us:).
        let mut v = n.first;
        while v > lo
            && n.first - v < 5
            && matches!(
                toks[v - 1].text,
                "," | ":" | "me" | "us" | "him" | "her" | "them" | "you" | "to"
            )
        {
            v -= 1;
        }
        if v > lo && v < n.first {
            let verb = v - 1;
            if lower(&toks[verb]) && self.lx.is_speech_verb(toks[verb].text) {
                if let Some(m) = self.subject_before(verb, lo) {
                    return Some((m, toks[verb].span()));
                }
            }
        }
        // After: ‘…,’ she said.
        let k = n.last + 1;
        let comma_after = toks.get(k).is_some_and(|t| t.text == ",");
        if comma_after || toks[n.last - 1].text == "," {
            let at = k + usize::from(comma_after);
            let (m, mut next) = self.np_starting_at(at, toks.len().min(at + MAX_NP))?;
            // (Past its adverbs and auxiliaries: he kept saying.)
            while toks.get(next).is_some_and(is_filler) && next - at < MAX_NP {
                next += 1;
            }
            let verb = toks.get(next)?;
            if lower(verb) && self.lx.is_speech_verb(verb.text) {
                return Some((m, verb.span()));
            }
        }
        None
    }

    /// The noun phrase starting at token `first` (after an inverted verb: said the minister;
    /// after "according to"), no further right than `hi`. Returns it and the token after it.
    pub fn np_starting_at(&self, first: usize, hi: usize) -> Option<(Mention, usize)> {
        let (m, next) = self.np_starting_at_inner(first, hi)?;
        Some(self.with_informed_complement(m, next, hi))
    }

    /// A description's "familiar with …" or "close to …" (two people familiar with the
    /// talks, a source close to the campaign): the phrase up to the clause's punctuation, at
    /// most [`INFORMED_REACH`] words after the preposition, so that the mention is the whole
    /// description rather than a cut one.
    fn with_informed_complement(&self, m: Mention, next: usize, hi: usize) -> (Mention, usize) {
        let toks = self.tokens;
        if m.kind != MentionKind::Nominal {
            return (m, next);
        }
        // The adjective ends the phrase found, or comes right after it.
        let adj = if next > 0 && informed_at(toks, next - 1) {
            next - 1
        } else if informed_at(toks, next) {
            next
        } else {
            return (m, next);
        };
        let prep = adj + 1;
        if prep >= hi {
            return (m, next);
        }
        let mut end = prep + 1;
        while end < hi
            && end - prep <= INFORMED_REACH
            && is_word(&toks[end])
            && !is_clause_word(&toks[end])
            && !self.lx.is_speech_verb(toks[end].text)
        {
            end += 1;
        }
        if end == prep + 1 {
            return (m, next);
        }
        (m.spanning(toks, m.tokens.0, end), end)
    }

    fn np_starting_at_inner(&self, first: usize, hi: usize) -> Option<(Mention, usize)> {
        let toks = self.tokens;
        let hi = hi.min(toks.len());
        if first >= hi {
            return None;
        }
        let t = &toks[first];
        // (They’re, She'd: the pronoun, contracted with its verb.)
        if let Some((g, n)) = self
            .lx
            .pronoun(t.text)
            .or_else(|| self.contracted_pronoun(t.text))
        {
            return Some((
                self.mention(first, first + 1, MentionKind::Pronoun, g, n),
                first + 1,
            ));
        }
        if let Some((s, e, g)) = self.name_starting_at(first, hi) {
            // Latvian journalist Ana Ruiz, Novak adviser Ana Ruiz: the role's name.
            if let Some(r) = self.role_then_name(e, hi) {
                return Some(r);
            }
            // Trade and Energy Minister Ana Ruiz: a title's departments joined by "and"
            // before the holder's name; the holder is the phrase.
            if let Some(r) = self.departments_then_holder(first, e, hi) {
                return Some(r);
            }
            // Local 514 president Ana Ruiz, Ward 3 councillor Ana Ruiz: a numbered branch's
            // role and name.
            if toks
                .get(e)
                .is_some_and(|t| !t.text.is_empty() && t.text.bytes().all(|b| b.is_ascii_digit()))
            {
                if let Some(r) = self.role_then_name(e + 1, hi) {
                    return Some(r);
                }
            }
            // Novak’s spokeswoman: the possessor's nominal is the speaker; Novak’s campaign
            // manager Ana Ruiz: the name after it. A plural's mark is a token of its own
            // (Reyes’ spokesman).
            let plural = is_plural_possessive_mark(toks, e);
            if strip_possessive(toks[e - 1].text).1 || plural {
                let e = e + usize::from(plural);
                if let Some((m, next)) = self.nominal_starting_at(e, hi, first) {
                    return Some(self.name_after(next, hi).unwrap_or((m, next)));
                }
                // Novak’s niece, Novak’s longtime driver: lower-case words after the possessor
                // make the phrase even without a lexicon head.
                let mut k = e;
                // Not past a verb or a new phrase (Novak’s office issued a statement; Novak’s
                // husband stood up).
                while k < hi.min(e + 4)
                    && lower(&toks[k])
                    && self.loose_word(&toks[k])
                    && !is_preposition(&toks[k])
                    && !is_determiner(&toks[k])
                    && !past_tense(&toks[k])
                {
                    k += 1;
                }
                if k > e {
                    return Some((self.nominal(first, k, k - 1), k));
                }
            }
            // Two military analysts, Novak aides: lower-case words ending in a head noun after
            // the capitalised run make it a modifier of the phrase.
            if let Some(r) = self.modified_by_name(first, e, hi) {
                return Some(r);
            }
            // The Ministry of Treasury and Economic Planning: an organisation's field after
            // "of" joined by "and" to another of capitalised words, no person's, is the rest
            // of its name.
            let e = self.field_joined_by_and(s, e, hi).unwrap_or(e);
            return Some((
                self.mention(s, e, MentionKind::Name, g, Number::Singular),
                e,
            ));
        }
        if !is_determiner(t) {
            // chief forecaster Ana Novak, pollster Ana Novak: the name is the speaker.
            if let Some(r) = self.modifiers_then_name(first, hi) {
                return Some(r);
            }
        }
        // the Herald, The Pentagon
        let the_name = t
            .text
            .eq_ignore_ascii_case("the")
            .then(|| self.name_starting_at(first + 1, hi))
            .flatten();
        // (Before a description that would end it early: the Ministry of Treasury and
        // Economic Planning, not the Ministry of Treasury.)
        let joined = the_name.and_then(|(s, e, _)| self.field_joined_by_and(s, e, hi));
        if let Some((m, next)) = self
            .nominal_starting_at(first, hi, first)
            .filter(|_| joined.is_none())
        {
            return Some(self.name_after(next, hi).unwrap_or((m, next)));
        }
        if t.text.eq_ignore_ascii_case("the") {
            if let Some((s, e, g)) = the_name {
                // The Rev. Ana Ruiz, the Very Rev Ana Ruiz: a person after the article's
                // titles.
                if s > first + 1
                    && s < e
                    && (first + 1..s).any(|k| self.lx.title(toks[k].text).is_some())
                {
                    return Some((
                        self.mention(s, e, MentionKind::Name, g, Number::Singular),
                        e,
                    ));
                }
                let e = joined.unwrap_or(e);
                return Some((
                    self.mention(
                        first,
                        e,
                        MentionKind::Name,
                        Gender::Neuter,
                        Number::Singular,
                    ),
                    e,
                ));
            }
        }
        self.loose_np_starting_at(first, hi)
    }

    /// Determiner, modifiers, a head noun, and an optional short complement (of the
    /// ministry, in Lisbon). `from` is where the phrase's span starts.
    fn nominal_starting_at(
        &self,
        first: usize,
        hi: usize,
        from: usize,
    ) -> Option<(Mention, usize)> {
        let toks = self.tokens;
        let mut i = first;
        if i < hi && is_determiner(&toks[i]) {
            i += 1;
        }
        let mut head = None;
        while i < hi && i - first < 8 {
            // The nurses’ union chief: a plural's possessive mark goes on to the owned noun.
            if i > first && is_plural_possessive_mark(toks, i) {
                i += 1;
                continue;
            }
            let t = &toks[i];
            // (A firm's ampersand between its names: a Birch & Sable spokeswoman.)
            if i > first && ampersand_in_name(toks, i) {
                i += 1;
                continue;
            }
            if !is_word(t)
                || self.lx.is_speech_verb(t.text)
                || is_preposition(t)
                || is_clause_word(t)
                // A verb or a new phrase after the head (the office issued a statement), but
                // not a participle with its agent (a letter signed by the mayor).
                || (head.is_some()
                    && (is_determiner(t)
                        || IRREGULAR_PAST.contains(&t.text)
                        || (lower(t)
                            && t.text.ends_with("ed")
                            && toks.get(i + 1).is_none_or(|n| n.text != "by"))))
            {
                break;
            }
            if self.lx.is_nominal_head(t.text) {
                head = Some(i);
            }
            i += 1;
        }
        let mut h = head?;
        // A compound the lexicon does not know ends at the punctuation after it: the chief
        // forecaster. Words that look like verbs (declined, asking, rose) end the phrase
        // instead.
        let mut k = h + 1;
        while k < hi
            && k - h <= 3
            && lower(&toks[k])
            && self.loose_word(&toks[k])
            && !is_preposition(&toks[k])
            && !past_tense(&toks[k])
            && !toks[k].text.ends_with("ing")
        {
            k += 1;
        }
        // (Or one word before a complement's preposition: A rival operator in Narok; not a
        // verb's -s: the minister visits in June.)
        let before_complement = || {
            k == h + 2
                && !toks[h + 1].text.ends_with('s')
                && !IRREGULAR_PAST.contains(&toks[h + 1].text)
                && toks.get(k).is_some_and(is_preposition)
        };
        if k > h + 1 && (toks.get(k).is_none_or(|t| !is_word(t)) || before_complement()) {
            h = k - 1;
        }
        let mut end = h + 1;
        // A role's field in lower case before the holder's name set off (its head of
        // litigation, Ana Ruiz): part of the role.
        if end + 2 < hi && toks[end].text == "of" {
            let field = (end + 1..hi.min(end + 3))
                .take_while(|&k| is_word(&toks[k]) && lower(&toks[k]) && !is_clause_word(&toks[k]))
                .last();
            if let Some(f) = field.filter(|&f| {
                toks.get(f + 1).is_some_and(|t| t.text == ",")
                    && toks
                        .get(f + 2)
                        .is_some_and(|t| is_word(t) && crate::capitalised(t.text))
            }) {
                end = f + 1;
            }
        }
        // A short complement: of/in/for/at + a name or "the" + name.
        if end + 1 < hi && is_preposition(&toks[end]) {
            let mut k = end + 1;
            let article = toks[k].text.eq_ignore_ascii_case("the");
            if article {
                k += 1;
            }
            if let Some((s, e, _)) = self.name_starting_at(k, hi) {
                // (A body's name that goes on through "of" to what it is the body of: a
                // rescuer from the Bureau of Quarry Safety.)
                let e = self.body_of_name(e, hi).unwrap_or(e);
                // (And the body it owns: the chairman of the National Assembly's Energy
                // Committee.)
                let (s, e) = match self.name_starting_at(e, hi) {
                    Some((s2, e2, _)) if s2 == e && strip_possessive(toks[e - 1].text).1 => {
                        (s2, e2)
                    }
                    _ => (s, e),
                };
                // (The whole of a ministry's fields: a senior official at the Ministry of
                // Youth, Culture and Sports.)
                end = self.field_joined_by_and(s, e, hi).unwrap_or(e);
                // (And the place's noun the name modifies: in the Chicago area.)
                if article
                    && e < hi
                    && matches!(
                        toks[e].text,
                        "area" | "region" | "district" | "suburbs" | "office" | "branch" | "store"
                    )
                {
                    end = e + 1;
                }
            }
        }
        Some((self.nominal(from, end, h), end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_particles_have_the_bytes_is_particle_checks_first() {
        // `is_particle` rejects other lengths before comparing.
        assert!(
            NAME_PARTICLES
                .iter()
                .all(|p| PARTICLE_BYTES.contains(&p.len()))
        );
    }

    #[test]
    fn word_sets_answer_like_their_lists() {
        for (set, list) in [
            (&NOT_NAME_SET, NOT_NAMES),
            (&ORG_WORD_SET, ORG_WORDS),
            (&VERB_FILLER_SET, VERB_FILLERS),
            (&PARTY_MEMBER_SET, PARTY_MEMBERS),
            (&DETERMINER_SET, DETERMINERS),
        ] {
            for w in list {
                assert!(set.contains(w), "{w}");
                assert!(!set.contains(&format!("{w}x")), "{w}x");
            }
        }
        assert!(!NOT_NAME_SET.contains("the"), "case matters");
        // Any case, and the Kelvin sign, which lower-cases to k.
        for (set, list) in [
            (&DETERMINER_SET, DETERMINERS),
            (&CLAUSE_WORD_SET, CLAUSE_WORDS),
            (&QUANTIFIER_SUBJECT_SET, QUANTIFIER_SUBJECTS),
        ] {
            for w in list {
                for v in [w.to_uppercase(), w.replace('k', "\u{212A}")] {
                    assert!(set.contains_lowercase(&v), "{v}");
                    assert!(!set.contains(&v) || v == *w, "{v}");
                }
                assert!(!set.contains_lowercase(&format!("{w}x")), "{w}x");
            }
        }
        static KS: WordSet = WordSet::new(&["book", "kick", "k"]);
        for w in [
            "BOOK",
            "boo\u{212A}",
            "\u{212A}ick",
            "\u{212A}IC\u{212A}",
            "\u{212A}",
            "K",
        ] {
            assert!(KS.contains_lowercase(w), "{w}");
        }
        assert!(!KS.contains_lowercase("books") && !KS.contains_lowercase("\u{212A}\u{212A}"));
        assert!(DETERMINER_SET.contains_lowercase("ANOTHER"));
        assert!(CLAUSE_WORD_SET.contains_lowercase("Whom"));
        assert!(!CLAUSE_WORD_SET.contains_lowercase("Whomé"));
    }

    #[test]
    fn the_branch_free_pick_keeps_every_capitalised_word_and_he_or_she() {
        let text = "He said: “Émile and Ørsted’s HIS his him Him she She her HER hers shy \
                    é ś Ś 1990 — ‘Sh’ h s S H ok… İz Ωmega ωmega saw her.”";
        let doc = sayso_tokenizer::tokenize(text);
        for t in doc.tokens() {
            let needed = is_capitalised_word(t) || he_or_she(t).is_some();
            assert!(!needed || may_name_or_he_she(t), "{:?}", t.text);
        }
        // Lower-case words, numbers and marks are left out.
        for t in doc.tokens() {
            if matches!(t.text, "said" | "and" | "hers" | "1990" | ":" | "—") {
                assert!(!may_name_or_he_she(t), "{:?}", t.text);
            }
        }
    }

    #[test]
    fn name_words_answer_each_token_as_the_word_lists_do() {
        let lx = Lexicon::embedded();
        // Enough distinct capitalised words to share memo slots, each seen several times.
        let mut text = String::new();
        for round in 0..4 {
            for k in 0..400 {
                text.push_str(&format!("The Name{k} said He Ana’s Said {}. ", round * k));
            }
        }
        text.push_str("He said she saw his and her sister; Shea hid. ");
        let doc = sayso_tokenizer::tokenize(&text);
        let found = name_words(&lx, doc.tokens());
        let names = &found.names;
        for (t, &is_name) in doc.tokens().iter().zip(names) {
            let expected = is_capitalised_word(t) && is_capitalised_name_word(&lx, t.text);
            assert_eq!(is_name, expected, "{:?}", t.text);
        }
        assert!(names.iter().any(|&n| n) && names.iter().any(|&n| !n));
        let positions: Vec<usize> = (0..names.len()).filter(|&i| names[i]).collect();
        assert_eq!(found.positions, positions);
        let he_she: Vec<&str> = found
            .he_she
            .iter()
            .map(|&(i, _)| doc.tokens()[i].text)
            .collect();
        // Every He of the rounds above (1600), then the last sentence's.
        assert_eq!(he_she.len(), 1604);
        assert_eq!(he_she[1600..], ["He", "she", "his", "her"]);
        let genders: Vec<Gender> = found.he_she[1600..].iter().map(|&(_, g)| g).collect();
        assert_eq!(
            genders,
            [Gender::Male, Gender::Female, Gender::Male, Gender::Female]
        );
    }
}
