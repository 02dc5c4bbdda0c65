//! Resolution: every speaker mention (name, partial name, pronoun, title or description) to the
//! document's canonical speaker, the fullest name the document uses for that person.
//!
//! One pass collects the document's name occurrences with the evidence that they are people
//! (a title, a gendered noun, a speech verb, a role noun before them) and their gender (titles,
//! gendered nouns, and the he/she that follows them). Each mention is then resolved against
//! those occurrences: a partial name to the longest name containing it, a pronoun to the most
//! recent compatible speaker or person, a definite description to the person whose title
//! shares its words.

use std::borrow::Cow;
use std::cell::{Cell, OnceCell, RefCell};
use std::ops::Range;

use foldhash::{HashMap, HashMapExt};

use sayso_tokenizer::{Document, Token, TokenKind};

use crate::lexicon::{Gender, Lexicon, Shape, ascii_shape, is_ascii_word};
use crate::mentions::{
    Finder, Mention, MentionKind, NameWords, WordSet, is_primary_mark, is_word, name_tokens,
    strip_possessive,
};

/// Words too common to tie a description to a title (the, of, …).
const DESCRIPTOR_STOP: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "for", "at", "and", "to", "from", "with", "his", "her",
    "its", "their", "this", "that", "former", "new", "top", "who", "was", "is",
];

static DESCRIPTOR_STOP_SET: WordSet = WordSet::new(DESCRIPTOR_STOP);

/// A word that can describe a person (lower case), with the word it abbreviates if any.
type Descriptor<'a> = (Cow<'a, str>, Option<&'static str>);

#[derive(Clone, Debug)]
struct Occurrence {
    /// Token index of the name's first word.
    pos: usize,
    /// Token index where the capitalised run holding the name starts (a title before it).
    run: usize,
    /// Token index just past the name.
    end: usize,
    /// The name's words (possessives stripped): a range of [`Resolver::words`].
    words: Range<usize>,
    /// The name's index in [`Resolver::votes`] (one per distinct name).
    name: u32,
    person: bool,
    /// The name is the subject of a speech verb (Novak said …), quoted or not.
    says: bool,
    gender: Gender,
    /// The gender was told by a title or gendered noun at this occurrence (Mr. Ruiz, her
    /// husband, Tom Ruiz), not guessed from a given name.
    told: bool,
    /// A relative brought in by a kinship noun after his, her or their (her son, Florian
    /// Kettleby; his daughter Ana Kettleby).
    kin: bool,
    /// None of the name's words was written before: the text's first mention of the person.
    fresh: bool,
}

/// The document's name occurrences and gender evidence, built once per document. Words are
/// borrowed from the document text (`'a`), never copied.
pub(crate) struct Resolver<'a> {
    lx: Lexicon,
    occurrences: Vec<Occurrence>,
    /// Every occurrence's words, one occurrence after the other.
    words: Vec<&'a str>,
    /// The id of each of `words` (equal words, equal ids).
    word_ids: Vec<u32>,
    /// Word ids by word, apostrophes folded (O’Neill and O'Neill share an id).
    ids: WordIds<'a>,
    /// Name indices by a name's word ids.
    names: NameIds,
    /// Gender votes per name (female, male).
    votes: Vec<(u32, u32)>,
    /// Occurrence indices by word id, in text order: those of word `w` are
    /// `by_word[by_word_start[w]..by_word_start[w + 1]]`.
    by_word: Vec<u32>,
    by_word_start: Vec<u32>,
    /// For each word id, the most words a name holding it has: a name no longer than that
    /// has no fuller name starting from its first word ([`Resolver::fuller_than`]).
    longest_with: Vec<u32>,
    /// Indices of the occurrences that are subjects of a speech verb, in text order.
    says: Vec<usize>,
    /// Indices of the person occurrences with a title or description, in text order, listed
    /// on the first definite description to resolve (few documents have one). Each comes
    /// with its title and appositive words (lower case, content words only), gathered on the
    /// first description compared with it: a document's descriptions look at the same few
    /// people again and again. Each word comes with the word it abbreviates ([`expansion`]).
    described: OnceCell<Vec<(usize, OnceCell<Vec<Descriptor<'a>>>)>>,
    /// Given names the text writes alone after a relative's possessive, with the full name
    /// the family name makes of them (Novak's daughter Ana: Ana Novak). Few documents have any.
    kin_names: Vec<(&'a str, Vec<&'a str>)>,
    /// Single words that name a person only as part of a fuller name, with that name's
    /// occurrence: a nickname written inside it (Robert “Bobby” Kerr), a half of a hyphenated
    /// surname (Ana Ruiz-Berg). Few documents have any.
    aliases: Vec<(&'a str, u32)>,
    /// By name index: the name is a place's (see [`Resolver::unlike_a_person`]).
    places: Vec<bool>,
    /// By name index: [`Resolver::unlike_a_person`], worked out when first asked.
    unlike: Vec<Cell<Option<bool>>>,
    /// For each occurrence `k`, the latest person occurrence at or before `k` whose full name
    /// is female, male, or of unknown gender (in that order): it turns the walk back over
    /// every earlier person into one look-up. Filled in as far as a pronoun asks
    /// ([`Resolver::latest_person_at`]): each entry costs a search for a fullest name, and
    /// the occurrences after the last pronoun to resolve need none.
    latest_person: RefCell<Vec<[Option<u32>; 3]>>,
    /// For each name (`Occurrence::name`), its gender once asked for.
    name_gender: Vec<Cell<Option<Gender>>>,
    /// By word id, for a family name: the first word's id of a person's name of two words or
    /// more ending in it, and whether such names with another first word end in it too
    /// ([`Resolver::surname_shared`]); built when first asked.
    surnames: OnceCell<Vec<Option<(u32, bool)>>>,
}

/// Name words to word ids, numbered in the order first seen, apostrophes folded (O’Neill
/// and O'Neill share an id): an open-addressing table keyed by a fast hash of the folded
/// word, since every name word of the document is numbered.
struct WordIds<'a> {
    /// `index + 1` into `words`, 0 for an empty slot; a power of two long, at most half full.
    slots: Vec<u32>,
    /// The folded words with their shapes, by id.
    words: Vec<(Shape, Cow<'a, str>)>,
}

impl<'a> WordIds<'a> {
    fn with_capacity(n: usize) -> WordIds<'a> {
        WordIds {
            slots: vec![0; (2 * n).next_power_of_two().max(16)],
            words: Vec::with_capacity(n),
        }
    }

    /// The slot holding `word` (folded, with shape `shape`), or the empty slot where it goes.
    #[inline(always)]
    fn find(&self, shape: Shape, word: &str) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = (shape.fold_hash() >> 32) as usize & mask;
        loop {
            match self.slots[i] {
                0 => return i,
                k => {
                    // Words of up to 16 bytes are equal when their shapes are: most names
                    // are compared as three integers, without a call to compare bytes.
                    let (ws, w) = &self.words[k as usize - 1];
                    if *ws == shape && (shape.is_whole() || w.as_ref() == word) {
                        return i;
                    }
                }
            }
            i = (i + 1) & mask;
        }
    }

    fn get(&self, word: &str) -> Option<u32> {
        let (word, shape) = folded(word);
        self.slots[self.find(shape, &word)].checked_sub(1)
    }

    /// The id of `word`, numbering it when new.
    fn id_of(&mut self, word: &'a str) -> u32 {
        let (word, shape) = folded(word);
        let i = self.find(shape, &word);
        if let Some(id) = self.slots[i].checked_sub(1) {
            return id;
        }
        self.words.push((shape, word));
        let id = self.words.len() as u32;
        self.slots[i] = id;
        if 2 * self.words.len() > self.slots.len() {
            self.grow();
        }
        id - 1
    }

    fn grow(&mut self) {
        let size = 2 * self.slots.len();
        self.slots = vec![0; size];
        for (k, (shape, _)) in self.words.iter().enumerate() {
            let mut i = (shape.fold_hash() >> 32) as usize & (size - 1);
            while self.slots[i] != 0 {
                i = (i + 1) & (size - 1);
            }
            self.slots[i] = k as u32 + 1;
        }
    }

    /// The word (apostrophes folded) whose id is `id`.
    fn word(&self, id: u32) -> Option<&str> {
        self.words.get(id as usize).map(|(_, w)| w.as_ref())
    }

    fn len(&self) -> usize {
        self.words.len()
    }
}

/// Names (as runs of word ids) to name indices, numbered in the order first seen. A name of
/// one word (most) is found by its word id in a vector; a name of up to three words is keyed
/// by its ids packed in one integer, so that no key is allocated.
struct NameIds {
    /// The index of the one-word name of each word id below its length, [`NO_NAME`] for none.
    single: Vec<u32>,
    short: HashMap<u64, u32>,
    long: HashMap<Box<[u32]>, u32>,
    len: usize,
}

/// [`NameIds::single`] of a word that is no name alone.
const NO_NAME: u32 = u32::MAX;

impl NameIds {
    /// Room for `n` names over the word ids below `words`.
    fn with_capacity(words: usize, n: usize) -> NameIds {
        NameIds {
            single: vec![NO_NAME; words],
            short: HashMap::with_capacity(n),
            long: HashMap::new(),
            len: 0,
        }
    }

    /// The ids packed 21 bits apiece (each plus one, so that a shorter name differs), when
    /// there are at most three, each below 2^21 - 1.
    fn pack(ids: &[u32]) -> Option<u64> {
        if ids.len() > 3 {
            return None;
        }
        ids.iter().enumerate().try_fold(0u64, |acc, (k, &id)| {
            (id < (1 << 21) - 1).then(|| acc | ((u64::from(id) + 1) << (21 * k)))
        })
    }

    fn len(&self) -> usize {
        self.len
    }

    fn get(&self, ids: &[u32]) -> Option<u32> {
        if let [id] = ids {
            if let Some(&n) = self.single.get(*id as usize) {
                return (n != NO_NAME).then_some(n);
            }
        }
        match NameIds::pack(ids) {
            Some(key) => self.short.get(&key).copied(),
            None => self.long.get(ids).copied(),
        }
    }

    /// The index of the name `ids`, numbering it when new.
    fn id_of(&mut self, ids: &[u32]) -> u32 {
        let next = self.len as u32;
        let n = match ids {
            [id] if (*id as usize) < self.single.len() => {
                let n = &mut self.single[*id as usize];
                if *n == NO_NAME {
                    *n = next;
                }
                *n
            }
            _ => match NameIds::pack(ids) {
                Some(key) => *self.short.entry(key).or_insert(next),
                // Looked up before inserting, so that a known name allocates no key.
                None => match self.long.get(ids) {
                    Some(&n) => n,
                    None => {
                        self.long.insert(ids.into(), next);
                        next
                    }
                },
            },
        };
        self.len += usize::from(n == next);
        n
    }
}

/// Token ranges, answering "does one of them contain this range" for ranges asked about in
/// order of their start: a cursor walks forward over the ranges, where a search for each
/// range would cost a logarithm of their number.
struct Cover {
    /// (start, the largest end among the ranges up to this one), sorted by start.
    starts: Vec<(usize, usize)>,
    /// How many ranges start at or before the start last asked about.
    seen: usize,
}

impl Cover {
    fn new(ranges: impl Iterator<Item = (usize, usize)>) -> Cover {
        // Sized for the most ranges there can be: collecting a filter grows the vector step
        // by step.
        let mut starts: Vec<(usize, usize)> = Vec::with_capacity(ranges.size_hint().1.unwrap_or(0));
        starts.extend(ranges);
        starts.sort_unstable();
        let mut reach = 0;
        for r in &mut starts {
            reach = reach.max(r.1);
            r.1 = reach;
        }
        Cover { starts, seen: 0 }
    }

    /// True when some range `(a, b)` has `a <= s` and `e <= b`. `s` may not be smaller than
    /// in the call before.
    fn covers(&mut self, s: usize, e: usize) -> bool {
        debug_assert!(self.seen == 0 || self.starts[self.seen - 1].0 <= s);
        while self.starts.get(self.seen).is_some_and(|r| r.0 <= s) {
            self.seen += 1;
        }
        self.seen > 0 && self.starts[self.seen - 1].1 >= e
    }
}

/// True when `toks` (a paragraph) is a line in title case: at least four words, every one a
/// title's word ([`crate::title_word`]).
fn title_case_line(toks: &[Token<'_>]) -> bool {
    let mut words = 0;
    for t in toks.iter().filter(|t| is_word(t)) {
        if !crate::title_word(t.text) {
            return false;
        }
        words += 1;
    }
    words >= 4
}

/// Relatives who share a person's family name, after the possessive (Novak's daughter Ana,
/// Novak's widow, Janet): a spouse too, as news names them (Ana Novak's husband, Tom: Tom
/// Novak).
const KIN_SHARING_NAME: &[&str] = &[
    "brother", "daughter", "father", "husband", "sister", "son", "widow", "widower", "wife",
];

/// Words that may stand between a possessive and a kinship noun (Novak's younger sister).
const KIN_ORDER: &[&str] = &["elder", "eldest", "older", "oldest", "younger", "youngest"];

/// True when a noun the lexicon does not know is shaped like a word for a person by its
/// ending (the neurosurgeon, the radioman, the impostor, the strategist): one that may be
/// the latest speaker's description, unlike the fact, the city or the guild.
fn agent_shaped(word: &str) -> bool {
    let w = lowercase(word);
    w.len() > 4
        && !w.ends_with("ment")
        && !w.ends_with("ttee")
        && [
            "er", "or", "ist", "ian", "man", "woman", "eon", "ee", "ant", "ent", "ive", "aire",
        ]
        .iter()
        .any(|end| w.ends_with(end))
}

/// True when `lead`, the tokens opening a sentence before its subject, is a participle's
/// phrase and its comma (Asked about the delays, …; Speaking to reporters, …): a capitalised
/// word in -ed or -ing, at most [`PARTICIPLE_LEAD`] tokens, at most one capitalised word
/// after the first (a place's: Asked about Vancouver, …).
fn participle_phrase(lead: &[Token<'_>]) -> bool {
    let [first, .., last] = lead else {
        return false;
    };
    lead.len() <= PARTICIPLE_LEAD
        && last.text == ","
        && ((first.text.len() > 4
            && crate::capitalised(first.text)
            && (first.text.ends_with("ed") || first.text.ends_with("ing")))
            || IRREGULAR_PARTICIPLES.contains(&first.text))
        && lead[1..]
            .iter()
            .filter(|t| crate::capitalised(t.text))
            .count()
            <= 1
}

/// The most tokens a participle's phrase opening a sentence has, its comma included (Asked
/// afterward whether today's streaming economy allowed young writers to make a living, …).
const PARTICIPLE_LEAD: usize = 24;

/// The most tokens a description set off before the subject's name has, its comma included
/// (The head of the regional ferry operators’ association, Yohanes Rumbewas, …).
const DESCRIPTION_LEAD: usize = 12;

/// Past participles not in -ed that open a sentence's participle phrase (Told of her remarks,
/// …; Shown the photographs, …). General English.
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "Born", "Brought", "Caught", "Driven", "Given", "Held", "Known", "Left", "Seen", "Shown",
    "Taken", "Told", "Written",
];

/// Kinship nouns: a relative is someone of their own, never the latest speaker by default
/// (“…,” the sister said, after her brother spoke).
const KIN: &[&str] = &[
    "aunt",
    "boyfriend",
    "brother",
    "cousin",
    "daughter",
    "father",
    "fiance",
    "fiancee",
    "fiancé",
    "fiancée",
    "girlfriend",
    "granddaughter",
    "grandfather",
    "grandmother",
    "grandson",
    "husband",
    "mother",
    "nephew",
    "niece",
    "sister",
    "son",
    "stepdaughter",
    "stepfather",
    "stepmother",
    "stepson",
    "uncle",
    "widow",
    "widower",
    "wife",
];

/// [`KIN`] as a set, looked up case-blind.
static KIN_SET: WordSet = WordSet::new(KIN);

/// True when `word` is a kinship noun of [`KIN`], maybe after a generation's or a step's
/// prefixes (great-aunt, great-great-grandson, step-daughter), case-blind.
fn is_kin(word: &str) -> bool {
    KIN_SET.contains_lowercase(word) || crate::lexicon::after_kin_prefix(word).is_some_and(is_kin)
}

/// When tokens `end..s` are a kinship noun sharing the family name ([`KIN_SHARING_NAME`],
/// maybe after an age word and before a comma) and the name `relative` ends in a possessive
/// at `end - 1`: the relative's first and last words, either of which may be the family name.
fn family_name<'a>(
    toks: &[Token<'_>],
    relative: &[&'a str],
    end: usize,
    s: usize,
) -> Option<(&'a str, &'a str)> {
    if end == 0 || end > s || !strip_possessive(toks[end - 1].text).1 {
        return None;
    }
    let mut between = toks[end..s].iter().map(|t| t.text);
    let mut word = between.next()?;
    if KIN_ORDER.contains(&word) {
        word = between.next()?;
    }
    let rest_ok = match between.next() {
        None => true,
        Some(",") => between.next().is_none(),
        Some(_) => false,
    };
    if !(KIN_SHARING_NAME.contains(&word) && rest_ok) {
        return None;
    }
    Some((*relative.first()?, *relative.last()?))
}

/// When the words before the name at `s` introduce it as how someone is called (a student
/// who gave her name only as Lina; a worker identified only as Dev; a man known as Tito;
/// named by his first name, Omar; who gave only his family name, Quennel): `Some` of the gender
/// a pronoun there tells (`Gender::Unknown` if none).
fn introduced_as(toks: &[Token<'_>], s: usize) -> Option<Gender> {
    let text = |k: usize| s.checked_sub(k).map_or("", |i| toks[i].text);
    let pronoun = |w: &str| match w {
        "her" => Gender::Female,
        "his" => Gender::Male,
        _ => Gender::Unknown,
    };
    // (as Lina; or set off after the name's noun: his family name, Quennel)
    let comma = match text(1) {
        "," => true,
        "as" => false,
        _ => return None,
    };
    let k = if !comma && text(2) == "only" { 3 } else { 2 };
    match text(k) {
        "identified" | "known" if !comma => Some(Gender::Unknown),
        // (gave her name as; giving only his first name as; gave only his surname, Quennel;
        // by her first name, Tia)
        "name" | "surname" => {
            let kind =
                text(k) == "name" && matches!(text(k + 1), "first" | "family" | "last" | "given");
            let j = if kind { k + 2 } else { k + 1 };
            let v = if text(j + 1) == "only" { j + 2 } else { j + 1 };
            let gave = matches!(text(v), "gave" | "giving" | "gives" | "give");
            // (A name set off after the noun: only when that noun says which name it is, or
            // after a verb of giving; not his name, Ana Ruiz, appears …)
            let by = comma && kind && text(v) == "by";
            (gave && (!comma || kind || text(k) == "surname") || by).then(|| pronoun(text(j)))
        }
        _ => None,
    }
}

/// When the one-word name at `s` opens its sentence as the subject of a verb in the
/// singular (hauls, tightens; maybe after an adverb), at the start or set off after a
/// lead phrase, and the clause goes on with he, his, she or her before any other name: the
/// gender that pronoun tells. A name the text gives no other sign of a person: Back at the
/// quarry, Karasuto loads the cart with his brother; Every evening, Lemutari mends her
/// nets. (A verb's ending only the singular has: no plural subject, Officials, takes it;
/// and not a plural noun after a capitalised modifier: Pentagon officials, Kenyan farmers.)
fn singular_subject_pronoun(doc: &Document<'_>, lx: &Lexicon, s: usize) -> Option<Gender> {
    let toks = doc.tokens();
    // (The cheap tests first: most names are followed by no word in -s.)
    let in_s = |k: usize| toks.get(k).is_some_and(|t| t.text.ends_with('s'));
    let v = if in_s(s + 1) {
        s + 1
    } else if in_s(s + 2)
        && toks[s + 1]
            .text
            .starts_with(|c: char| c.is_ascii_lowercase())
        && (toks[s + 1].text.ends_with("ly")
            || matches!(
                toks[s + 1].text,
                "still" | "also" | "then" | "now" | "often" | "never"
            ))
    {
        s + 2
    } else {
        return None;
    };
    // (A sentence's first word follows no word: a stop, a mark, a dateline's dash, or none.)
    if s > 0 && toks[s - 1].text != "," && is_word(&toks[s - 1]) {
        return None;
    }
    let verb = Some(&toks[v])
        .filter(|t| is_word(t) && t.text.starts_with(|c: char| c.is_ascii_lowercase()))?
        .text;
    let stem = verb.strip_suffix('s')?;
    // (A verb of its own, not an auxiliary a place or a body takes as often: Ohio was.)
    if matches!(verb, "is" | "was" | "has" | "does")
        || (stem.ends_with('s') && !stem.ends_with("sse"))
        || stem.ends_with('u')
    {
        return None;
    }
    let sentence = doc.sentences().get(doc.sentence_of(s))?;
    let lead = s > sentence.start + 1
        && toks[s - 1].text == ","
        && toks[s - 2].text.starts_with(char::is_lowercase);
    if !(lead || after_dateline(toks, sentence.start) == s) {
        return None;
    }
    let end = sentence.end.min(v + 17);
    let mut gender = None;
    for (k, t) in toks.iter().enumerate().take(end).skip(v + 1) {
        // (Not a pronoun set off, the subject of a clause of its own: Fee levels, he
        // added, …)
        let own = || toks[k - 1].text != ",";
        gender = match t.text {
            "he" if own() => Some(Gender::Male),
            "she" if own() => Some(Gender::Female),
            "his" | "him" => Some(Gender::Male),
            "her" => Some(Gender::Female),
            "he" | "she" | ";" | "its" | "their" | "they" => return None,
            _ if is_primary_mark(t) => return None,
            w if w.starts_with(char::is_uppercase) => return None,
            _ => continue,
        };
        break;
    }
    let word = toks[s].text;
    // (Not a plural noun, officials, investigators, residents; nor a body's, a country's or
    // a nation's word.)
    let unlike = || {
        !word.chars().skip(1).any(char::is_lowercase)
            || demonym(word)
            || nationality(word)
            || country(word)
            || institution_word(word)
            || crate::mentions::ORG_WORD_SET.contains(word)
            || lx.is_nominal_head(verb)
            || lx.is_nominal_head(stem)
            || agent_shaped(stem)
    };
    gender.filter(|_| !unlike())
}

/// True when tokens before `s` (after `from`) are his, her or their and a kinship noun
/// sharing the family name, maybe with an age word, and a comma (His daughter, Ivy; her
/// younger brother Tom).
fn kin_after_pronoun(toks: &[Token<'_>], from: usize, s: usize) -> bool {
    let mut k = s;
    if k > from && toks[k - 1].text == "," {
        k -= 1;
    }
    if k <= from + 1 || !KIN_SHARING_NAME.contains(&toks[k - 1].text) {
        return false;
    }
    k -= 1;
    if k > from + 1 && KIN_ORDER.contains(&toks[k - 1].text) {
        k -= 1;
    }
    k > from
        && matches!(
            toks[k - 1].text,
            "his" | "His" | "her" | "Her" | "their" | "Their"
        )
}

/// The gender a gendered noun tells in a description set off beside the name `s..e`: after
/// it (Ana Ruiz, the party's chairwoman, …; Tom Ruiz, a father of three, …) or before it (the
/// party's chairwoman, Ana Ruiz, …), the noun heading the description.
fn appositive_gender(
    toks: &[Token<'_>],
    lx: &Lexicon,
    s: usize,
    e: usize,
    after_preposition: bool,
) -> Option<Gender> {
    // The noun heads the description: what follows it ends it or attaches to it.
    let head_at = |k: usize| {
        toks.get(k + 1).is_none_or(|t| {
            matches!(
                t.text,
                "," | "."
                    | ";"
                    | ":"
                    | "of"
                    | "for"
                    | "at"
                    | "in"
                    | "to"
                    | "with"
                    | "from"
                    | "on"
                    | "and"
                    | "who"
                    | "whose"
                    | "since"
            )
        })
    };
    if !after_preposition && toks.get(e).is_some_and(|t| t.text == ",") {
        let from = appositive_start(toks, e);
        let end = toks.len().min(from + 5);
        let mut k = from;
        while k < end
            && matches!(
                toks[k].text,
                "a" | "an" | "the" | "his" | "her" | "its" | "their"
            )
        {
            k += 1;
        }
        // (Not a verb's phrase, no description: The play, staged by Ana Ruiz, won best
        // actress; The play, by Ana Ruiz, recently earned the …)
        let verb = |k: usize| {
            crate::mentions::IRREGULAR_PAST.contains(&toks[k].text)
                || (toks[k].text.ends_with("ed")
                    && toks.get(k + 1).is_some_and(|t| {
                        matches!(t.text, "a" | "an" | "the" | "his" | "her" | "its" | "their")
                    }))
        };
        // (Past an adverb: The play, staged by Ana Ruiz, also won …)
        let adverb = k == from
            && k + 1 < end
            && (toks[k].text.ends_with("ly") || matches!(toks[k].text, "also" | "then" | "later"));
        if k == from && k < end && (verb(k) || adverb && verb(k + 1)) {
            return None;
        }
        // A possessor first (the party's chairwoman): past its name.
        while k < end && strip_possessive(toks[k].text).1 {
            k += 1;
        }
        // (Not past a relative clause's word or into a second person: Ana Ruiz, whose
        // husband, …; Tom Ruiz, 25, and his wife, …)
        while k < end
            && is_word(&toks[k])
            && toks[k].text.starts_with(char::is_lowercase)
            && !matches!(
                toks[k].text,
                "who"
                    | "whose"
                    | "which"
                    | "that"
                    | "whom"
                    | "and"
                    | "or"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
            )
        {
            if let Some(g) = lx.gendered_noun(toks[k].text).filter(|_| head_at(k)) {
                return Some(g);
            }
            k += 1;
        }
    }
    // Before: the noun, its comma, then the name.
    if s > 2 && toks[s - 1].text == "," && head_at(s - 2) {
        return lx.gendered_noun(toks[s - 2].text);
    }
    None
}

/// The kinship noun of a relative's description set off beside the name run `i..e`: before
/// it after his, her or their (Her nephew, Tom Ruiz; His younger brother and business
/// partner, Tom Ruiz), or after it (Tom Ruiz, her nephew, …). `None` when there is none.
fn kin_appositive<'t>(toks: &[Token<'t>], i: usize, e: usize) -> Option<&'t str> {
    let pronoun =
        |t: &Token<'_>| matches!(t.text, "his" | "His" | "her" | "Her" | "their" | "Their");
    let lower = |t: &Token<'_>| t.text.starts_with(|c: char| c.is_lowercase());
    // An order word before the relative's noun (his younger brother, her late husband).
    let order = |t: &Token<'_>| KIN_ORDER.contains(&t.text) || t.text == "late";
    // Before: the words back from the name (or its comma) to the pronoun, all lower-case:
    // an order word, the relative, then only a coordinated role (and literary executor).
    // (The pronoun first: most names have none two words before.)
    let k = if i > 0 && toks[i - 1].text == "," {
        i - 1
    } else {
        i
    };
    // (Only after a lower-case word: the relative's noun or a role's.)
    let after_word = k > 1 && is_word(&toks[k - 1]) && lower(&toks[k - 1]);
    if let Some(p) = (k.saturating_sub(7)..k.saturating_sub(1))
        .rev()
        .filter(|_| after_word)
        .find(|&p| pronoun(&toks[p]))
    {
        let words = &toks[p + 1..k];
        if let Some(at) = words.iter().position(|t| !order(t)) {
            let (head, rest) = (&words[at], &words[at + 1..]);
            let rest_ok = rest.is_empty()
                || (rest[0].text == "and"
                    && rest[1..]
                        .iter()
                        .all(|t| is_word(t) && lower(t) && !is_kin(t.text)));
            if is_kin(head.text) && rest_ok {
                return Some(head.text);
            }
        }
    }
    // After: Tom Ruiz, her nephew, …
    if toks.get(e).is_some_and(|t| t.text == ",") && toks.get(e + 1).is_some_and(pronoun) {
        let mut n = e + 2;
        while toks.get(n).is_some_and(order) {
            n += 1;
        }
        let head = toks.get(n).filter(|t| is_kin(t.text))?;
        // (Not a relative's own description: Tom Ruiz, her son's teacher.)
        let next = toks.get(n + 1).map_or(",", |t| t.text);
        return matches!(next, "," | "." | ";" | "and" | "who").then_some(head.text);
    }
    None
}

/// True when the family name comes first: a relative of two or more words whose given name is
/// hyphenated, like the person's own (Korean romanisation: Park Min-ho's sister Ji-woo is Park
/// Ji-woo); else it comes last (Novak's daughter Ana is Ana Novak).
fn korean_order(family: (&str, &str), given: &str) -> bool {
    family.0 != family.1 && family.1.contains('-') && given.contains('-')
}

/// How many occurrences a resolution step looks at, nearest first: bounds the work per mention.
const LOOKBACK: usize = 16;

/// How many of a family name's earlier occurrences a look for its titles reads (an article
/// names one person a few dozen times at most), and how many names back a paragraph's
/// opener is looked for: a text naming a surname thousands of times is read in linear time.
const SURNAME_LOOKBACK: usize = 256;

/// The most tokens an opening phrase may have before a sentence's subject (Repeating his
/// speech last week, Berg …).
const OPENER_REACH: usize = 12;

/// Appends the words of the name at tokens `start..end` to `out`: possessives stripped, a
/// leading title dropped (all the words when every one is a title).
fn push_name_words<'a>(
    toks: &[Token<'a>],
    lx: &Lexicon,
    start: usize,
    end: usize,
    out: &mut Vec<&'a str>,
) {
    // A name of one word (most) is that word, whether a title or not.
    if end == start + 1 && !is_primary_mark(&toks[start]) {
        out.push(strip_possessive(toks[start].text).0);
        return;
    }
    let first = out.len();
    for t in name_tokens(toks, start, end) {
        if out.len() == first && lx.title(t.text).is_some() {
            continue;
        }
        out.push(strip_possessive(t.text).0);
    }
    if out.len() == first {
        out.extend(name_tokens(toks, start, end).map(|t| strip_possessive(t.text).0));
    }
}

impl<'a> Resolver<'a> {
    /// Collects name occurrences outside quotations. `quoted` tells which tokens are quoted,
    /// `names` which can be part of a name (`mentions::name_words`), one entry per token.
    pub fn new(
        doc: &Document<'a>,
        lx: &Lexicon,
        quoted: &[bool],
        name_words: &NameWords,
        speakers: &[Mention],
    ) -> Resolver<'a> {
        let names = &name_words.names;
        let in_quote = |i: usize| quoted.get(i).copied().unwrap_or(false);
        let toks = doc.tokens();
        let finder = Finder {
            tokens: toks,
            lx,
            names,
        };
        // A name inside a description (the U.S. senator, Novak's spokeswoman) is not the one
        // speaking: only name mentions mark their words as a speaker's.
        let mut within_speaker = Cover::new(
            speakers
                .iter()
                .filter(|m| m.kind == MentionKind::Name)
                .map(|m| m.tokens),
        );
        // News text names someone about every 13 tokens, some texts twice as often: reserve
        // so that the vectors rarely grow (a growth copies them).
        let mut occurrences: Vec<Occurrence> = Vec::with_capacity(toks.len() / 8);
        let mut words: Vec<&'a str> = Vec::with_capacity(toks.len() / 8);
        let mut kin_names: Vec<(&'a str, Vec<&'a str>)> = Vec::new();
        let mut aliases: Vec<(&'a str, u32)> = Vec::new();
        // By occurrence: a title, a given name or a gendered noun says the name is a person's.
        let mut known: Vec<bool> = Vec::with_capacity(toks.len() / 8);
        // The occurrences written after in, across, throughout or near (not as possessives).
        let mut at_place_occurrences: Vec<usize> = Vec::new();
        // he/she and their forms outside quotations, with their gender: they vote below.
        // (Sized for them all: collecting a filter grows the vector step by step.)
        let mut pronouns: Vec<(usize, Gender)> = Vec::with_capacity(name_words.he_she.len());
        pronouns.extend(
            name_words
                .he_she
                .iter()
                .filter(|&&(i, _)| !in_quote(i))
                .copied(),
        );
        let paragraphs = doc.paragraphs();
        // The paragraph holding token `i` (`Document::paragraph_of`, found walking forward).
        let mut para = 0;
        // Whether paragraph `para` is a headline in title case, found when first needed.
        let mut headline: Option<bool> = None;
        // The name words outside quotations, each starting a name unless an earlier one
        // covered it (`next`: the first token after the last name).
        let mut next = 0;
        // The end of the latest name written as a place or after "from" (from Ibadan): a name
        // set off right after it (from Ibadan, Nigeria, in 2011) is a place too.
        let mut after_preposition_end = usize::MAX;
        for &i in &name_words.positions {
            if i < next || in_quote(i) {
                continue;
            }
            while para + 1 < paragraphs.len() && paragraphs[para].end <= i {
                para += 1;
                headline = None;
            }
            let para_end = paragraphs.get(para).map_or(toks.len(), |p| p.end);
            // A headline in title case (Senator Blasts Rival Over Plan) runs its words into
            // one long "name": its names are read in the article's text instead.
            // So does a byline (By Ana Ruiz), whose writer is nobody's antecedent.
            let in_headline = *headline.get_or_insert_with(|| {
                paragraphs.get(para).is_some_and(|p| {
                    title_case_line(&toks[p.start..p.end])
                        || (p.len() <= 8 && toks[p.start].text == "By")
                })
            });
            if in_headline {
                next = para_end;
                continue;
            }
            let Some((s, e, gender)) = finder.name_starting_at(i, para_end) else {
                next = i + 1;
                continue;
            };
            // Titles alone are a role, no name: the Chief Minister, the Chief Executive, the
            // Minister. (One alone without its article may be a surname: Major, Deacon.)
            let the = i > 0 && toks[i - 1].text.eq_ignore_ascii_case("the");
            if (e - i >= 2 || the) && (i..e).all(|k| lx.title(toks[k].text).is_some()) {
                next = e;
                continue;
            }
            // A dateline's place in capitals (PORT WEXLEY, Maine — …) is nobody.
            if paragraphs.get(para).is_some_and(|p| p.start == s) && dateline(toks, s, e) {
                next = e;
                continue;
            }
            // The Republican, the Democrat: a description of somebody named elsewhere, which
            // a pronoun after it stands for as it stands for them; no name of its own.
            if e == s + 1
                && s > 0
                && toks[s - 1].text.eq_ignore_ascii_case("the")
                && crate::mentions::party_member(toks[s].text)
            {
                next = e;
                continue;
            }
            // (Told by a title or gendered noun, before a given name's guess below.)
            let mut told = gender != Gender::Unknown;
            let possessive = strip_possessive(toks[e - 1].text).1;
            // The word before the name, matched once for both questions asked of it below:
            // a preposition (`AFTER_PREPOSITION`), one that writes a place (`AT_PLACE`).
            const AFTER_PREPOSITION: u8 = 1;
            const AT_PLACE: u8 = 2;
            // (Past an article: a member of the Harlow Food Bank said …)
            // (Past a capitalised word dropped from the name's run, not a title nor an
            // organisation's name: aboard the Orbital Research Platform; not the director of
            // the National Intelligence Service Cho Tae-yong.)
            let first = if (i..s).any(|k| {
                lx.title(toks[k].text).is_some()
                    || crate::mentions::ORG_WORD_SET.contains(toks[k].text)
            }) {
                s
            } else {
                i
            };
            let article = first > 1 && matches!(toks[first - 1].text, "the");
            // (Or past an article and lower-case words describing the name: of the
            // volunteer group Forest Watch Collective.)
            let described = || {
                let p = (first.saturating_sub(DESCRIBED_REACH)..first)
                    .rev()
                    .take_while(|&p| {
                        is_word(&toks[p])
                            && toks[p].text.starts_with(char::is_lowercase)
                            && !matches!(toks[p].text, "a" | "an" | "by")
                            && !crate::mentions::is_preposition(&toks[p])
                            && !crate::mentions::CLAUSE_WORD_SET.contains(toks[p].text)
                            && !lx.is_speech_verb(toks[p].text)
                    })
                    .find(|&p| toks[p].text == "the")?;
                (p + 1 < first).then_some(p)
            };
            let at = if article {
                first.checked_sub(2)
            } else {
                described().map_or(first.checked_sub(1), |p| p.checked_sub(1))
            };
            let before = match at.map(|p| toks[p].text) {
                Some("in" | "In" | "near") => AFTER_PREPOSITION | AT_PLACE,
                Some(
                    "at" | "from" | "of" | "on" | "to" | "for" | "with" | "aboard" | "inside"
                    | "outside" | "into" | "onto" | "within",
                ) => AFTER_PREPOSITION,
                Some("across" | "throughout" | "Across" | "Throughout") => AT_PLACE,
                Some(",")
                    if s > 0
                        && after_preposition_end == s - 1
                        && !article
                        && e - s <= 2
                        && gender == Gender::Unknown
                        && (s..e).all(|k| lx.given_name(toks[k].text).is_none())
                        && toks
                            .get(e)
                            .is_some_and(|t| matches!(t.text, "," | "." | ";"))
                        // (Not one a relative clause describes: In Dover, Ana Ruiz, who …)
                        && toks
                            .get(e + 1)
                            .is_none_or(|t| !matches!(t.text, "who" | "whose")) =>
                {
                    AFTER_PREPOSITION | AT_PLACE
                }
                _ => 0,
            };
            if before & AT_PLACE != 0 || s > 0 && matches!(toks[s - 1].text, "from" | "From") {
                after_preposition_end = e;
            }
            // A place or an organisation after a preposition (a resident of Dover, Del., said)
            // is not the verb's subject, nor a person by an appositive after it.
            let after_preposition = before & AFTER_PREPOSITION != 0;
            let is_speaker = within_speaker.covers(s, e);
            // The role before a name's comma at `c`, past the role's affiliation (a spokesman
            // for Arvale Gas, Tobin Rusk).
            // (Or a title in capitals: The Harlow Group's CEO, Ana Ruiz, said.)
            let role_before = |c: usize, phrase: bool| {
                let k = capitalised_run_start(toks, c);
                let through = k < c
                    && k > 1
                    && matches!(toks[k - 1].text, "for" | "of" | "at")
                    && is_word(&toks[k - 2]);
                let at = if through { k - 2 } else { c - 1 };
                // (Or a role's noun whose phrase of words ends there: The head of the
                // bank, Ana Ruiz, said; the Secretary for Culture and Heritage, Ana Ruiz,
                // said.)
                let head_of = || {
                    (at.saturating_sub(6)..at)
                        .rev()
                        .take_while(|&j| is_word(&toks[j]))
                        .find(|&j| matches!(toks[j].text, "of" | "for" | "at"))
                        .is_some_and(|j| {
                            let w = toks[j.saturating_sub(1)].text;
                            j > 0
                                && (w.starts_with(char::is_lowercase)
                                    && lx.is_nominal_head(w)
                                    && !org_head(w)
                                    // (Or a title: The Secretary for Culture and Heritage.)
                                    || lx.title(w).is_some())
                        })
                };
                is_word(&toks[at])
                    && (lx.is_nominal_head(toks[at].text)
                        || member_or_capital_title(lx, toks[c - 1].text)
                        || (phrase && head_of()))
            };
            // The name is the subject of a speech verb after it (Novak said …), looked for
            // only when it is no speaker's already, no possessive (Novak's aide said …) and no
            // preposition's object.
            let verb_after = || {
                // (Past a person's affiliation: Ana Ruiz of the Harlow Food Bank said …; not
                // an organisation's own name: the Vellmoor Party of Wyoming.)
                let body = crate::mentions::ORG_WORD_SET.contains(toks[e - 1].text);
                let mut v = if body { e } else { affiliation_end(toks, e) };
                while v < toks.len()
                    && v - e < 4
                    && (crate::mentions::is_filler(&toks[v]) || crate::mentions::is_time(&toks[v]))
                {
                    v += 1;
                }
                // The club's captain, Tom Quill, said …: the name is the appositive, and the
                // verb follows its closing comma.
                // (Or the role's affiliation before the comma: A spokesman for Arvale Gas,
                // Tobin Rusk, said …; or titles before the name: Press Secretary, Mr. Tunde
                // Bako, said …)
                if toks.get(v).is_some_and(|t| t.text == ",")
                    && toks.get(v + 1).is_some_and(|t| lx.is_speech_verb(t.text))
                    && i > 1
                    && toks[i - 1].text == ","
                    && role_before(i - 1, true)
                {
                    return true;
                }
                // Repeated by Ana Novak, who said …: the relative clause's own speech verb.
                if toks.get(v).is_some_and(|t| t.text == ",")
                    && toks.get(v + 1).is_some_and(|t| t.text == "who")
                    && toks.get(v + 2).is_some_and(|t| {
                        lx.is_speech_verb(t.text) && t.text.starts_with(char::is_lowercase)
                    })
                {
                    return true;
                }
                // Ana Novak, who chaired the board, said …: the verb after the appositive.
                // (Not an office's field before the holder's titled name: the Secretary for
                // Culture and Heritage, Dr. Ana Ruiz, said …)
                if toks.get(v).is_some_and(|t| t.text == ",")
                    && toks.get(v + 1).is_none_or(|t| lx.title(t.text).is_none())
                {
                    let close = (v + 1..toks.len().min(v + crate::mentions::MAX_NP))
                        .take_while(|&k| !matches!(toks[k].text, "." | ";" | ":") && !in_quote(k))
                        .find(|&k| toks[k].text == ",");
                    if let Some(mut c) = close {
                        // A place and its state (Ana Novak, of Dover, Del., said): one more
                        // comma.
                        if toks.get(c + 2).is_some_and(|t| t.text == ",")
                            && toks
                                .get(c + 1)
                                .is_some_and(|t| is_word(t) && crate::capitalised(t.text))
                        {
                            c += 2;
                        }
                        v = c + 1;
                        while v < toks.len() && v - c < 4 && crate::mentions::is_filler(&toks[v]) {
                            v += 1;
                        }
                    }
                }
                toks.get(v).is_some_and(|t| lx.is_speech_verb(t.text))
            };
            // According to the writer's agent, Lionel Askey: a source cited, a description's
            // appositive.
            let cited = || {
                s > 1
                    && toks[s - 1].text == ","
                    && (s.saturating_sub(7)..s - 1).any(|k| {
                        toks[k].text.eq_ignore_ascii_case("according")
                            && toks[k + 1].text == "to"
                            && doc.sentence_of(k) == doc.sentence_of(s)
                    })
            };
            // Their aim, according to Ruiz, is …: the source itself says what follows, a
            // person or an organisation (according to Facebook).
            let source = !possessive
                && s > 1
                && toks[s - 1].text == "to"
                && toks[s - 2].text.eq_ignore_ascii_case("according");
            // …, said a spokesman for Arvale Gas, Tobin Rusk: a role's appositive after an
            // inverted speech verb.
            let inverted = || {
                s > 2
                    && toks[s - 1].text == ","
                    && role_before(s - 1, false)
                    && (s.saturating_sub(10)..s - 1).any(|k| {
                        lx.is_speech_verb(toks[k].text)
                            && toks[k].text.starts_with(char::is_lowercase)
                            && doc.sentence_of(k) == doc.sentence_of(s)
                    })
            };
            let introduced = introduced_as(toks, s);
            // One of them, a student who gave her name only as Lina, said …: the name the
            // subject is introduced by, set off before its verb.
            let introduced_says = || {
                introduced.is_some()
                    && toks.get(e).is_some_and(|t| t.text == ",")
                    && toks.get(e + 1).is_some_and(|t| lx.is_speech_verb(t.text))
            };
            // Graziers say …: one capitalised word ending in s before a speech verb's plural
            // form is a group, no person.
            let plural = e == s + 1
                && toks[s].text.len() > 3
                && toks[s].text.ends_with('s')
                && toks.get(e).is_some_and(|t| {
                    crate::mentions::lower(t)
                        && lx.is_speech_verb(t.text)
                        && lx.is_speech_verb(&format!("{}s", t.text))
                });
            let speaks = !plural && is_speaker
                || (!possessive && !after_preposition && !plural && verb_after())
                || introduced_says()
                || (!possessive && cited())
                || (!possessive && inverted());
            let says = speaks || source;
            let from = words.len();
            push_name_words(toks, lx, s, e, &mut words);
            // A given name (Maria Novak, not Novak alone; a resident named Maria) tells the
            // gender and a person.
            // Asked only when no title or gendered noun told the gender.
            let given = || {
                let named = s > 0 && toks[s - 1].text == "named" || introduced.is_some();
                (words.len() - from > 1 || named)
                    .then(|| {
                        lx.given_name(words[from])
                            .or_else(|| vietnamese_middle(&words[from..]))
                    })
                    .flatten()
            };
            // (Her name, gave her name only as Tia, tells the gender before the given name.)
            let mut gender = match (gender, introduced) {
                (Gender::Unknown, Some(g)) if g != Gender::Unknown => {
                    told = true;
                    g
                }
                (Gender::Unknown, _) => given().unwrap_or(Gender::Unknown),
                (g, _) => g,
            };
            // Novak's daughter Ana: Ana Novak (a sibling, child, father or spouse shares the
            // family name, as news writes them; a cousin need not).
            if words.len() - from == 1 {
                // Or after his or her and the noun (Tom Becker … His daughter, Ivy, 24,): the
                // name before, in the sentence or the one before.
                let by_pronoun = |p: &Occurrence| {
                    let relative = &words[p.words.clone()];
                    (relative.len() > 1
                        && p.person
                        && kin_after_pronoun(toks, p.end, s)
                        && doc.sentence_of(s).saturating_sub(doc.sentence_of(p.pos)) <= 1)
                        .then(|| (relative[0], relative[relative.len() - 1]))
                };
                let given = words[from];
                let by_relative = occurrences.last().and_then(|p| {
                    let relative = &words[p.words.clone()];
                    let family = family_name(toks, relative, p.end, s).or_else(|| by_pronoun(p))?;
                    Some(if korean_order(family, given) {
                        vec![family.0, given]
                    } else {
                        // (With the particles before the family name: van der Berk's wife,
                        // Marta: Marta van der Berk.)
                        // (Inside the relative's name, or before it when it is the family
                        // name alone: not one that is an English word too, why do Novak's.)
                        let particle = |w: &str| crate::mentions::NAME_PARTICLES.contains(&w);
                        let last = relative.len() - 1;
                        let inside = relative[..last]
                            .iter()
                            .rev()
                            .take_while(|w| particle(w))
                            .count();
                        let before = if last == 0 {
                            toks[..p.pos]
                                .iter()
                                .rev()
                                .take_while(|t| {
                                    particle(t.text) && !matches!(t.text, "do" | "i" | "y")
                                })
                                .count()
                        } else {
                            0
                        };
                        let mut full = vec![given];
                        full.extend(toks[p.pos - before..p.pos].iter().map(|t| t.text));
                        full.extend_from_slice(&relative[last - inside..]);
                        full
                    })
                });
                // John and Mary Petrakis: two given names share the family name after them.
                let by_couple = || {
                    (toks.get(e).is_some_and(|t| t.text == "and") && lx.given_name(given).is_some())
                        .then(|| finder.name_starting_at(e + 1, para_end))
                        .flatten()
                        .filter(|&(s2, e2, _)| {
                            e2 - s2 == 2 && lx.given_name(toks[s2].text).is_some()
                        })
                        .map(|(_, e2, _)| vec![given, strip_possessive(toks[e2 - 1].text).0])
                };
                if let Some(full) = by_relative.or_else(by_couple) {
                    if !kin_names.iter().any(|(g, _)| *g == given) {
                        kin_names.push((given, full));
                    }
                }
            }
            let gendered = gender != Gender::Unknown;
            // The rest of the evidence that the name is a person, tested only while none is
            // found (each test is a pure look-up).
            let titled = || {
                (i..s).any(|k| lx.title(toks[k].text).is_some())
                    || (s > 0 && lx.title(toks[s - 1].text).is_some())
            };
            // The chief Ana Novak; the defense chief, Ana Novak,: a role noun before the name.
            // Or any noun after his or her, set off by a comma (His counterpart, Sanne
            // Bakker, stayed).
            let role_before = || {
                let comma = s > 1 && toks[s - 1].text == ",";
                let k = if comma { Some(s - 2) } else { s.checked_sub(1) };
                k.is_some_and(|k| {
                    is_word(&toks[k])
                        // (Not an organisation's: the research firm Dale Analytics; nor a
                        // business's, a person's only by a given name: the contractor Dale
                        // Servizi.)
                        && ((lx.is_nominal_head(toks[k].text)
                            && !org_head(toks[k].text)
                            && !BUSINESS_NOUNS.contains(&toks[k].text))
                            || (comma
                                && toks[k].text.starts_with(char::is_lowercase)
                                && k > 0
                                && matches!(toks[k - 1].text, "His" | "Her" | "his" | "her")))
                })
            };
            // An appositive role after the name: Ana Novak, a professor at …; Ana Novak, a
            // Democrat.
            // Not a place ending an opening phrase: In Lisbon, the mayor said …
            // Or a relative's (Yoon Ha-eun, the sister of the founder, …).
            let role_after = || {
                let from = appositive_start(toks, e);
                // (Not a verb's phrase: Harlow Striders, had members running …; nor a
                // speech verb's, whose subject came before: Ana Ruiz, who chairs the Harlow
                // Food Bank, said families …)
                let verb = toks.get(from).is_some_and(|t| {
                    matches!(
                        t.text,
                        "had" | "has" | "have" | "is" | "was" | "were" | "are"
                    ) || (lx.is_speech_verb(t.text) && !lx.is_nominal_head(t.text))
                });
                !after_preposition
                    && !verb
                    && toks.get(e).is_some_and(|t| t.text == ",")
                    && toks[from..toks.len().min(from + 5)]
                        .iter()
                        .skip_while(|t| matches!(t.text, "a" | "an" | "the"))
                        .take_while(|t| {
                            is_word(t)
                                && (t.text.starts_with(|c: char| c.is_lowercase())
                                    || t.text.ends_with("-year-old")
                                    || member_or_capital_title(lx, t.text)
                                    // the Danish midfielder: a capitalised modifier
                                    || demonym(t.text))
                        })
                        .any(|t| {
                            lx.is_nominal_head(t.text)
                                || lx.gender_cue(t.text).is_some()
                                || member_or_capital_title(lx, t.text)
                                // Makinde, a 22-year-old from Leeds, …
                                || t.text.ends_with("-year-old")
                        })
            };
            // (A speaker is no place whatever else is known: see `places` below.)
            let known_person = gendered || (!says && titled());
            // Pavel Sokol, 22, …: an age set off after the name.
            let aged = || {
                toks.get(e).is_some_and(|t| t.text == ",")
                    && toks.get(e + 1).and_then(|t| age(t.text)).is_some()
                    && toks
                        .get(e + 2)
                        .is_some_and(|t| matches!(t.text, "," | "." | ";"))
            };
            // (Nor a thing a title's possessive owns: Prime Minister's Questions.)
            let owned = !says
                && s > 0
                && matches!(strip_possessive(toks[s - 1].text), (title, true) if lx.title(title).is_some());
            // (Nor an office named by its titles before its field: Deputy Chief of the
            // Naval Staff.)
            let office = !says
                && toks.get(e).is_some_and(|t| matches!(t.text, "of" | "for"))
                && toks[s..e].iter().all(|t| lx.title(t.text).is_some());
            // Back at the quarry, Karasuto loads the cart with his brother: a one-word
            // name's own clause tells a person and the gender (asked last: it is rarely so).
            let mut pronoun_gender = None;
            let mut subject_pronoun = || {
                pronoun_gender = (words.len() - from == 1 && i == s && !possessive)
                    .then(|| singular_subject_pronoun(doc, lx, s))
                    .flatten();
                pronoun_gender.is_some()
            };
            // The Slovenian, the Brazilian: a description of a person named elsewhere, no
            // name a pronoun may stand for.
            let described = nationality_after_the(toks, s, &words[from..]);
            let person = !owned
                && !plural
                && !office
                && !described
                && (speaks
                    || known_person
                    || introduced.is_some()
                    || role_before()
                    || role_after()
                    || aged()
                    || subject_pronoun());
            if let Some(g) = pronoun_gender {
                gender = g;
            }
            // (The apostrophe after a plural's s is a token of its own: in Novaks’ town.)
            let at_place = before & AT_PLACE != 0
                && !possessive
                && !toks.get(e).is_some_and(|t| matches!(t.text, "’" | "'"));
            // Kept beside the occurrences rather than in them: they are read once, below.
            known.push(known_person);
            if at_place {
                at_place_occurrences.push(occurrences.len());
            }
            // Robert “Bobby” Kerr: the nickname alone names him; Ana Ruiz-Berg: so does
            // either half of her surname; Khalid al-Zerqawi: so does the surname's second
            // half.
            // (Asked of people's names only, read at lookup time as people's anyway.)
            if person && words.len() - from > 1 {
                let k = occurrences.len() as u32;
                // (A name holding a nickname has more tokens than words, as a titled one does.)
                if e - s > words.len() - from && (s..e).any(|j| is_primary_mark(&toks[j])) {
                    for j in s..e {
                        if finder.nickname_at(j) == Some(j + 3) {
                            aliases.push((toks[j + 1].text, k));
                        }
                    }
                }
                for &w in &words[from + 1..] {
                    // (A plain scan: memchr's set-up costs more than these short words.)
                    let Some(dash) = w.bytes().position(|b| b == b'-') else {
                        continue;
                    };
                    let (a, b) = (&w[..dash], &w[dash + 1..]);
                    if [a, b].iter().all(|h| h.len() > 1 && crate::capitalised(h)) {
                        aliases.push((a, k));
                        aliases.push((b, k));
                    } else if matches!(a, "al" | "Al" | "el" | "El")
                        && b.len() > 1
                        && crate::capitalised(b)
                    {
                        // Khalid al-Zerqawi: the surname without its article names him too.
                        aliases.push((b, k));
                    }
                }
            }
            let kin_word = kin_appositive(toks, i, e);
            let kin = kin_word.is_some();
            // Her nephew and literary executor, Tom Ruiz; Ana Ruiz, the party's chairwoman,:
            // the relative's or the appositive's noun tells the gender no title told.
            if !told {
                let noun = kin_word
                    .and_then(|w| lx.gendered_noun(w))
                    .or_else(|| appositive_gender(toks, lx, s, e, after_preposition));
                if let Some(g) = noun {
                    gender = g;
                    told = true;
                }
            }
            occurrences.push(Occurrence {
                pos: s,
                run: i,
                end: e,
                words: from..words.len(),
                name: 0,
                person,
                says,
                gender,
                told,
                kin,
                fresh: false,
            });
            next = e.max(i + 1);
        }
        // Words and names get ids, so that what follows counts and compares integers.
        let mut ids = WordIds::with_capacity(words.len());
        let word_ids: Vec<u32> = words.iter().map(|&w| ids.id_of(w)).collect();
        let mut names = NameIds::with_capacity(ids.len(), occurrences.len());
        let mut seen = vec![false; ids.len()];
        for o in &mut occurrences {
            let own = &word_ids[o.words.clone()];
            o.name = names.id_of(own);
            o.fresh = own.iter().all(|&w| !seen[w as usize]);
            for &w in own {
                seen[w as usize] = true;
            }
        }
        // A name is a person everywhere once it is a person anywhere; partial names share it.
        let mut person_name = vec![false; names.len()];
        let mut person_word = vec![false; ids.len()];
        for o in occurrences.iter().filter(|o| o.person) {
            person_name[o.name as usize] = true;
            for &w in &word_ids[o.words.clone()] {
                person_word[w as usize] = true;
            }
        }
        for o in &mut occurrences {
            if !o.person {
                o.person = person_name[o.name as usize]
                    || (o.words.len() == 1 && person_word[word_ids[o.words.start] as usize]);
            }
        }
        // A name written as a place and never with a person's title, given name or gendered
        // noun, nor as a speech verb's subject (in Florida), is no one a pronoun stands for.
        let mut places = vec![false; names.len()];
        for &k in &at_place_occurrences {
            places[occurrences[k].name as usize] = true;
        }
        if !at_place_occurrences.is_empty() {
            for (o, &known) in occurrences.iter().zip(&known) {
                if known || o.says {
                    places[o.name as usize] = false;
                }
            }
        }
        let mut votes = vec![(0u32, 0u32); names.len()];
        for o in &occurrences {
            let v = &mut votes[o.name as usize];
            match o.gender {
                Gender::Female => v.0 += 3,
                Gender::Male => v.1 += 3,
                _ => {}
            }
        }
        // he/she votes for the nearest person named before it in the same or previous sentence.
        let sentences = doc.sentences();
        let mut next_occ = 0;
        // `Document::sentence_of(t)`, found walking forward (the pronouns are in text order):
        // the first sentence ending after `t`, at most the last.
        let mut sent = 0;
        for &(t, g) in &pronouns {
            while next_occ < occurrences.len() && occurrences[next_occ].pos < t {
                next_occ += 1;
            }
            while sent + 1 < sentences.len() && sentences[sent].end <= t {
                sent += 1;
            }
            // Not a name its title or noun gives the other gender (Mr Shah asked her if
            // she …): the pronoun stands for someone else.
            let Some(o) = occurrences[..next_occ]
                .iter()
                .rev()
                .take(LOOKBACK)
                .find(|o| o.person && !opposite(o.gender, g))
            else {
                continue;
            };
            // More than one sentence back: `sentence_of(o.pos) < sent - 1`, that is the
            // sentence two before ends after the name (sentence ends are in order).
            if sent >= 2 && sentences[sent - 2].end > o.pos {
                continue;
            }
            // A person of the pronoun's own gender in the same reach explains it: no vote for
            // a nearer name of unknown gender (Ana Ruiz met Dr. Tom Berg. … she said).
            let explained = o.gender == Gender::Unknown
                && occurrences[..next_occ]
                    .iter()
                    .rev()
                    .take(LOOKBACK)
                    .take_while(|p| sent < 2 || sentences[sent - 2].end <= p.pos)
                    .any(|p| p.person && p.gender == g);
            if explained {
                continue;
            }
            let v = &mut votes[o.name as usize];
            if g == Gender::Female {
                v.0 += 1;
            } else {
                v.1 += 1;
            }
        }
        // Occurrences by word (each occurrence once per word), laid out word after word.
        let mut by_word_start = vec![0u32; ids.len() + 1];
        let mut last_seen = vec![u32::MAX; ids.len()];
        let mut longest_with = vec![0u32; ids.len()];
        for (k, o) in occurrences.iter().enumerate() {
            for &w in &word_ids[o.words.clone()] {
                let longest = &mut longest_with[w as usize];
                *longest = (*longest).max(o.words.len() as u32);
                if last_seen[w as usize] != k as u32 {
                    last_seen[w as usize] = k as u32;
                    by_word_start[w as usize + 1] += 1;
                }
            }
        }
        for w in 0..ids.len() {
            by_word_start[w + 1] += by_word_start[w];
        }
        let mut fill: Vec<u32> = by_word_start[..ids.len()].to_vec();
        let mut by_word = vec![0u32; by_word_start[ids.len()] as usize];
        last_seen.fill(u32::MAX);
        for (k, o) in occurrences.iter().enumerate() {
            for &w in &word_ids[o.words.clone()] {
                if last_seen[w as usize] != k as u32 {
                    last_seen[w as usize] = k as u32;
                    by_word[fill[w as usize] as usize] = k as u32;
                    fill[w as usize] += 1;
                }
            }
        }
        let mut says = Vec::with_capacity(occurrences.len());
        says.extend((0..occurrences.len()).filter(|&k| occurrences[k].says));
        let names_len = names.len();
        Resolver {
            lx: lx.clone(),
            occurrences,
            words,
            word_ids,
            ids,
            names,
            votes,
            by_word,
            by_word_start,
            longest_with,
            says,
            described: OnceCell::new(),
            kin_names,
            aliases,
            places,
            unlike: vec![Cell::new(None); names_len],
            latest_person: RefCell::new(Vec::new()),
            name_gender: vec![Cell::new(None); names_len],
            surnames: OnceCell::new(),
        }
    }

    /// The index of the first occurrence at or after token `lo`, and the people named from
    /// there to token `hi` (names known to be a person's or telling a gender).
    fn people_between(&self, lo: usize, hi: usize) -> (usize, impl Iterator<Item = &Occurrence>) {
        let from = self.occurrences.partition_point(|o| o.pos < lo);
        let people = self.occurrences[from..]
            .iter()
            .take_while(move |o| o.pos < hi)
            .filter(|o| o.person || o.gender != Gender::Unknown);
        (from, people)
    }

    /// The fullest name of the last person (`last`) or the first named between tokens `lo`
    /// and `hi`, by a name of two words or more, and the tokens of the name as written (its
    /// title's included).
    pub(crate) fn person_in(
        &self,
        lo: usize,
        hi: usize,
        last: bool,
    ) -> Option<((usize, usize), Vec<&'a str>)> {
        let from = self.occurrences.partition_point(|o| o.pos < lo);
        let mut found = self.occurrences[from..]
            .iter()
            .enumerate()
            .take_while(|(_, o)| o.pos < hi)
            .filter(|(_, o)| {
                // (Or a name of two words shaped like a person's: one the lexicon lacks.)
                let shaped = || {
                    let w = self.words_of(o);
                    w.len() >= 2 && !Self::organisation_shaped(w, false)
                };
                (o.person || shaped()) && !self.places[o.name as usize]
            });
        let (j, o) = if last { found.last()? } else { found.next()? };
        let words = self.words_of(&self.occurrences[self.fullest_for(from + j)]);
        (words.len() >= 2).then(|| ((o.run, o.end), words.to_vec()))
    }

    /// The person the document names most often outside quotations, by their fullest name
    /// of two words or more (the first named among equals), other than `except`: whom an
    /// interview's answers are by.
    pub(crate) fn most_named_person(&self, except: Option<&[&str]>) -> Option<Vec<&'a str>> {
        // (Name id, uses, the occurrence with the fullest name.)
        let mut counts: Vec<(u32, usize, usize)> = Vec::new();
        for (k, o) in self.occurrences.iter().enumerate() {
            if !o.person || self.places[o.name as usize] {
                continue;
            }
            let f = self.fullest_for(k);
            let id = self.occurrences[f].name;
            match counts.iter_mut().find(|c| c.0 == id) {
                Some(c) => c.1 += 1,
                None => counts.push((id, 1, f)),
            }
        }
        counts
            .into_iter()
            .filter(|&(_, _, f)| {
                let words = self.words_of(&self.occurrences[f]);
                words.len() >= 2 && except.is_none_or(|e| e != words)
            })
            .max_by_key(|&(_, n, f)| (n, std::cmp::Reverse(f)))
            .map(|(_, _, f)| self.words_of(&self.occurrences[f]).to_vec())
    }

    /// True when a person is named between tokens `lo` and `hi`.
    pub(crate) fn person_named_between(&self, lo: usize, hi: usize) -> bool {
        self.people_between(lo, hi).1.next().is_some()
    }

    /// True when a person is named between tokens `lo` and `hi` for the first time in the
    /// text: no name before `lo` ends in their surname (One victim, Ana Ruiz, said …; not Ms.
    /// Lind after Rosa Lind).
    pub(crate) fn person_first_named_between(&self, lo: usize, hi: usize) -> bool {
        let (from, mut people) = self.people_between(lo, hi);
        people.any(|o| {
            let surname = self.word_ids[o.words.clone()].last();
            !self.occurrences[..from]
                .iter()
                .any(|p| self.word_ids[p.words.clone()].last() == surname)
        })
    }

    /// The words of occurrence `o`.
    fn words_of(&self, o: &Occurrence) -> &[&'a str] {
        &self.words[o.words.clone()]
    }

    /// [`Resolver::latest_person`] at occurrence `k`, filling it in up to `k` if need be.
    fn latest_person_at(&self, k: usize) -> [Option<u32>; 3] {
        let mut table = self.latest_person.borrow_mut();
        // Room for every occurrence on the first fill, rather than a growth step by step.
        if table.capacity() == 0 {
            table.reserve_exact(self.occurrences.len());
        }
        let mut latest = table.last().copied().unwrap_or_default();
        for (j, o) in self
            .occurrences
            .iter()
            .enumerate()
            .take(k + 1)
            .skip(table.len())
        {
            if o.person {
                let full = &self.occurrences[self.fullest_for(j)];
                if !self.unlike_occurrence(full) {
                    let g = self.gender_of_occurrence(full);
                    latest[gender_slot(g)] = Some(j as u32);
                }
            }
            table.push(latest);
        }
        table.get(k).copied().unwrap_or_default()
    }

    /// True when a name is no one he or she can stand for, whatever the evidence that it is
    /// a person: a place's name (written after in, across … and never with a person's title,
    /// given name or gendered noun, nor as a speech verb's subject), or by its shape a single
    /// word in capitals (an outlet, an agency), with a period (a state's abbreviation), a
    /// nationality in -ese, an adverb opening a sentence (Specifically, …) or the plural of
    /// another name word (Republicans beside Republican).
    pub(crate) fn unlike_a_person(&self, words: &[&str]) -> bool {
        let mut buf = [0u32; 8];
        let name = (words.len() <= buf.len()
            && words
                .iter()
                .zip(buf.iter_mut())
                .all(|(w, id)| self.ids.get(w).map(|k| *id = k).is_some()))
        .then(|| self.names.get(&buf[..words.len()]))
        .flatten();
        match name {
            Some(k) => self.unlike_name(k, words),
            None => unlike_by_shape(words, &self.ids),
        }
    }

    /// [`Resolver::unlike_a_person`] for name `k`, whose words are `words`.
    fn unlike_name(&self, k: u32, words: &[&str]) -> bool {
        let memo = &self.unlike[k as usize];
        memo.get().unwrap_or_else(|| {
            // (Or the plural of a role's noun, alone: Doctors.)
            let plural_role = matches!(words, [w] if crate::mentions::role_plural(&self.lx, w));
            let unlike =
                self.places[k as usize] || plural_role || unlike_by_shape(words, &self.ids);
            memo.set(Some(unlike));
            unlike
        })
    }

    /// [`Resolver::unlike_a_person`] for occurrence `o`'s name.
    fn unlike_occurrence(&self, o: &Occurrence) -> bool {
        self.unlike_name(o.name, self.words_of(o))
    }

    /// The gender of the person whose full name is `words`, from all votes of its names.
    pub(crate) fn gender_of(&self, words: &[&str]) -> Gender {
        // A word no name has gets no id: no run holding it is a name.
        let mut ids = [u32::MAX; 6];
        for (id, w) in ids.iter_mut().zip(words) {
            *id = self.ids.get(w).unwrap_or(u32::MAX);
        }
        self.gender_of_ids(&ids[..words.len().min(6)])
    }

    /// [`Resolver::gender_of_ids`] of occurrence `o`'s name, worked out once per name.
    fn gender_of_occurrence(&self, o: &Occurrence) -> Gender {
        let memo = &self.name_gender[o.name as usize];
        match memo.get() {
            Some(g) => g,
            None => {
                let g = self.gender_of_ids(&self.word_ids[o.words.clone()]);
                memo.set(Some(g));
                g
            }
        }
    }

    /// [`Resolver::gender_of_occurrence`] of the fullest name occurrence `k` stands for
    /// ([`Resolver::fullest_for`]): Skelding's is Bruno Skelding's.
    fn fullest_gender(&self, k: usize) -> Gender {
        self.gender_of_occurrence(&self.occurrences[self.fullest_for(k)])
    }

    /// The gender of occurrence `o`'s full name by its own evidence only: its given name, else
    /// the votes for that very name, not for its family name alone (Ilse Varga beside
    /// a dozen of Mr. Varga is no man).
    fn own_gender(&self, o: &Occurrence) -> Gender {
        let words = self.words_of(o);
        if let Some(g) = words.first().and_then(|w| self.lx.given_name(w)) {
            return g;
        }
        let (f, m) = self.votes[o.name as usize];
        by_votes(f, m)
    }

    /// [`Resolver::gender_of`] for a name given by word ids (`u32::MAX` for a word without).
    fn gender_of_ids(&self, ids: &[u32]) -> Gender {
        // Sum the votes of every run of the name's words (Ana, Novak, Ana Novak): bounded by
        // the name's length, not by the number of names in the document.
        let n = ids.len().min(6);
        // A full name's own votes first, when they decide (Delroy Hart, he: not of the family
        // name alone that Mrs. Hart shares).
        if n > 1 && !ids[..n].contains(&u32::MAX) {
            if let Some(k) = self.names.get(&ids[..n]) {
                let (vf, vm) = self.votes[k as usize];
                if vf.abs_diff(vm) >= 2 {
                    return by_votes(vf, vm);
                }
            }
        }
        let (mut f, mut m) = (0, 0);
        for len in 1..=n {
            for start in 0..=n - len {
                let run = &ids[start..start + len];
                if run.contains(&u32::MAX) {
                    continue;
                }
                if let Some(k) = self.names.get(run) {
                    let (vf, vm) = self.votes[k as usize];
                    // (Not the family name alone that another person's full name shares:
                    // Ana Keszler is not a man for the Mr. Keszler who is Tomasz Keszler.)
                    if (vf, vm) != (0, 0)
                        && n > 1
                        && len == 1
                        && start == n - 1
                        && self.surname_shared(ids[0], ids[n - 1])
                    {
                        continue;
                    }
                    f += vf;
                    m += vm;
                }
            }
        }
        by_votes(f, m)
    }

    /// True when a person's name of two words or more other than one opening with word `first`
    /// ends in family name `last` (word ids): two people of the document share it.
    /// (Looked up in [`Resolver::surnames`], indexed once: a gender asked of every name
    /// would otherwise read every occurrence each time.)
    fn surname_shared(&self, first: u32, last: u32) -> bool {
        let surnames = self.surnames.get_or_init(|| {
            let mut table: Vec<Option<(u32, bool)>> = vec![None; self.longest_with.len()];
            for o in self.occurrences.iter().filter(|o| o.person) {
                let ids = &self.word_ids[o.words.clone()];
                // (Two words or more.)
                if let [f, .., l] = ids {
                    let entry = &mut table[*l as usize];
                    *entry = Some(match *entry {
                        None => (*f, false),
                        Some((f0, other)) => (f0, other || f0 != *f),
                    });
                }
            }
            table
        });
        matches!(surnames.get(last as usize), Some(Some((f0, other))) if *other || *f0 != first)
    }

    /// The fullest name in the document containing `words`, preferring the one named most
    /// recently before token `pos` (`words` itself when none is fuller).
    fn fullest<'s>(&'s self, words: &'s [&'a str], pos: usize) -> &'s [&'a str] {
        self.fullest_of(words, pos, Gender::Unknown)
    }

    /// [`Resolver::fullest`] among the names not known to be of the other gender than
    /// `gender`.
    fn fullest_of<'s>(&'s self, words: &'s [&'a str], pos: usize, gender: Gender) -> &'s [&'a str] {
        // A word no name has is in no fuller name either.
        let mut buf = [0u32; 8];
        let found = if words.len() <= buf.len() {
            let mut all = true;
            for (id, w) in buf.iter_mut().zip(words) {
                match self.ids.get(w) {
                    Some(k) => *id = k,
                    None => all = false,
                }
            }
            all.then(|| self.fuller_than_of(&buf[..words.len()], pos, gender))
        } else {
            let ids: Option<Vec<u32>> = words.iter().map(|w| self.ids.get(w)).collect();
            ids.map(|ids| self.fuller_than_of(&ids, pos, gender))
        };
        match found.flatten() {
            Some(k) => self.words_of(&self.occurrences[k]),
            None => words,
        }
    }

    /// True when occurrence `o` is an organisation's name that holds the words `needle`
    /// before its own word (Dale Motors, the Varga Foundation for Dale, Varga).
    fn named_after(&self, o: &Occurrence, needle: &[u32]) -> bool {
        // The word ids first: most candidates end in the needle's own last word.
        if self.word_ids[o.words.clone()].last() == needle.last() {
            return false;
        }
        let last = self.words_of(o).last().copied().unwrap_or_default();
        // A given name first makes a name look like a person's (Dale Motors): only a word no
        // surname is counts then (not Post, Bank or House: Emily Post).
        COMPANY_WORD_SET.contains(last)
            || if o.person {
                INSTITUTION_WORD_SET.contains(last)
            } else {
                crate::mentions::ORG_WORD_SET.contains(last)
            }
    }

    /// True when the first of the words `needle` (ids) is a given name (Eric Varga).
    fn given_name_first(&self, needle: &[u32]) -> bool {
        needle
            .first()
            .and_then(|&id| self.ids.word(id))
            .is_some_and(|w| self.lx.given_name(w).is_some())
    }

    /// The occurrence whose name is the fullest for occurrence `k`'s: [`Resolver::fullest`]
    /// of its words, `k` itself when none is fuller.
    fn fullest_for(&self, k: usize) -> usize {
        let o = &self.occurrences[k];
        // Of the gender a title or gendered noun tells there (Mr. Dale: not Irene Dale).
        let gender = if o.told { o.gender } else { Gender::Unknown };
        self.fuller_than_of(&self.word_ids[o.words.clone()], o.pos, gender)
            .unwrap_or(k)
    }

    /// The occurrence with the longest name holding the words `needle` (ids) and longer than
    /// it, a person's before any other; among equals the name used most often, then the one
    /// nearest before token `pos`.
    /// Looks at the 16 occurrences of its first word on either side of `pos` and at the first
    /// 16 (a person is introduced in full early).
    fn fuller_than(&self, needle: &[u32], pos: usize) -> Option<usize> {
        self.fuller_than_of(needle, pos, Gender::Unknown)
    }

    /// [`Resolver::fuller_than`] among the names not known to be of the other gender than
    /// `gender` (any, for `Gender::Unknown`): Mrs. Dale is not Gerald Dale.
    fn fuller_than_of(&self, needle: &[u32], pos: usize, gender: Gender) -> Option<usize> {
        let &first = needle.first()?;
        // Most names asked about are already the longest holding their first word (a full
        // name; a surname used alone throughout): no occurrence need be looked at.
        if self.longest_with[first as usize] as usize <= needle.len() {
            return None;
        }
        let list = &self.by_word[self.by_word_start[first as usize] as usize
            ..self.by_word_start[first as usize + 1] as usize];
        let at = list.partition_point(|&k| self.occurrences[k as usize].pos < pos);
        let lo = at.saturating_sub(LOOKBACK);
        let near = &list[lo..(at + LOOKBACK).min(list.len())];
        let early = &list[..LOOKBACK.min(lo)];
        // At most 3 * LOOKBACK of them, kept on the stack with their names: a name's uses
        // are counted over the names alone, which sit together.
        let mut candidates = [0u32; 3 * LOOKBACK];
        let mut names = [0u32; 3 * LOOKBACK];
        let mut count = 0;
        // Every occurrence listed holds the needle's first word: a needle of one word (a
        // surname alone, most often) is in each of them, and only the lengths are compared.
        let one_word = needle.len() == 1;
        for part in [early, near] {
            for &k in part {
                let o = &self.occurrences[k as usize];
                if o.words.len() > needle.len()
                    && (one_word || contains_or_spans(&self.word_ids[o.words.clone()], needle))
                {
                    candidates[count] = k;
                    names[count] = o.name;
                    count += 1;
                }
            }
        }
        // An organisation named after someone (Dale Motors, the Varga Foundation) is no
        // fuller name of theirs when another name holding the words is there to take (Henry
        // Dale); alone, it is the organisation's own short name (Peabody: Peabody Energy),
        // for a name of one word.
        // A name first written after the mention is no antecedent of it when one written
        // before holds the words (Tomas Erlich … Erlich said … his sister, Ana Erlich).
        // (Of the gender asked for, when it is known: she after Tom … Ana Varga.)
        let earlier = |k: u32| {
            let o = &self.occurrences[k as usize];
            o.pos < pos && !opposite(gender, self.own_gender(o))
        };
        if candidates[..count].iter().any(|&k| earlier(k)) {
            count = retain(&mut candidates, &mut names, count, earlier);
        }
        // (Kept in copies, each candidate asked once: taken when some but not all remain.)
        let (mut others, mut other_names) = (candidates, names);
        let kept = retain(&mut others, &mut other_names, count, |k| {
            !self.named_after(&self.occurrences[k as usize], needle)
        });
        if kept > 0 && kept < count {
            (candidates, names, count) = (others, other_names, kept);
        } else if kept == 0 && needle.len() >= 2 && self.given_name_first(needle) {
            // A full name is no organisation's short name (Eric Varga: the Eric Varga
            // Foundation); other words may be (Harwick Memorial: Harwick Memorial Hospital).
            return None;
        }
        // Mrs. Dale beside Gerald and Bernice Dale: when two or more people hold the words,
        // only a person not known to be of the other gender (a given name, or the votes for
        // that very name). With one such person the honorific decides nothing (Lee Varga
        // may be Ms. Varga, whatever most Lees are).
        if gender != Gender::Unknown {
            let people = |c: &[u32]| {
                let mut seen: Option<u32> = None;
                c.iter()
                    .map(|&k| &self.occurrences[k as usize])
                    .filter(|o| o.person)
                    .any(|o| *seen.get_or_insert(o.name) != o.name)
            };
            let occurrence = |k: u32| &self.occurrences[k as usize];
            if !people(&candidates[..count]) {
                // One person: only a title or gendered noun of the other gender rules it out
                // (Her husband, Gerald Dale, … Mrs. Dale), not a given name's guess.
                let ruled_out = |k: u32| {
                    let o = occurrence(k);
                    o.told && opposite(gender, o.gender)
                };
                // (And with the person ruled out, no name that is no person's: a headline's Varga Says.)
                let any_out = candidates[..count].iter().any(|&k| ruled_out(k));
                count = retain(&mut candidates, &mut names, count, |k| {
                    !ruled_out(k) && (occurrence(k).person || !any_out)
                });
            } else {
                count = retain(&mut candidates, &mut names, count, |k| {
                    let o = occurrence(k);
                    o.person && !opposite(gender, self.own_gender(o))
                });
                // And one known to be of the honorific's gender before one not known (Mr.
                // Baxendale: Ernest Baxendale, not Hilda Baxendale of a given name unlisted).
                let same = |k: u32| self.own_gender(occurrence(k)) == gender;
                if candidates[..count].iter().any(|&k| same(k)) {
                    count = retain(&mut candidates, &mut names, count, same);
                }
            }
        }
        let names = &names[..count];
        let uses = |name: u32| names.iter().filter(|&&n| n == name).count();
        let mut best: Option<(usize, usize)> = None;
        for &k in &candidates[..count] {
            let (k, o) = (k as usize, &self.occurrences[k as usize]);
            best = match best {
                None => Some((k, uses(o.name))),
                Some((bk, bn)) => {
                    let b = &self.occurrences[bk];
                    // A person's name before an organisation's (Ana Ruiz, not Ruiz University).
                    let (op, bp) = (o.person, b.person);
                    if (op, o.words.len()) < (bp, b.words.len()) {
                        continue;
                    }
                    // The uses of the best's own name are known (a name is a person, and has
                    // its length, at every occurrence).
                    let n = if o.name == b.name { bn } else { uses(o.name) };
                    let closer = (o.pos < pos && (b.pos > pos || o.pos > b.pos))
                        || (b.pos > pos && o.pos < b.pos);
                    // (Not a relative brought in by kin (Her son, Florian Kettleby, …): the
                    // family name alone is the one the story is about.)
                    let closer = if o.kin != b.kin { b.kin } else { closer };
                    let better = (op, o.words.len(), n) > (bp, b.words.len(), bn)
                        || ((op, o.words.len(), n) == (bp, b.words.len(), bn) && closer);
                    Some(if better { (k, n) } else { (bk, bn) })
                }
            };
        }
        best.map(|(k, _)| k)
    }

    /// The canonical name for `mention`, as words (the name is the words joined by spaces).
    /// `speakers` are earlier resolved speakers with the token position of their mention,
    /// most recent last.
    pub fn canonical(
        &self,
        doc: &Document<'a>,
        mention: &Mention,
        speakers: &[(usize, Vec<&'a str>)],
    ) -> Vec<&'a str> {
        let words = self.canonical_in_text(doc, mention, speakers);
        // A given name the text only ever writes alone, after a relative's family name; a
        // nickname or half a surname written alone.
        match words[..] {
            [one] => {
                if let Some((_, full)) = self.kin_names.iter().find(|(g, _)| *g == one) {
                    return full.clone();
                }
                let person = self
                    .aliases
                    .iter()
                    .find(|&&(a, k)| fold(a) == fold(one) && self.occurrences[k as usize].person);
                match person {
                    Some(&(_, k)) => self
                        .words_of(&self.occurrences[self.fullest_for(k as usize)])
                        .to_vec(),
                    // (A he or she for a family name the text gives in full only inside a
                    // quotation: that full name, as for the family name itself.)
                    None if mention.kind == MentionKind::Pronoun && crate::capitalised(one) => {
                        named_in_quotation(doc.tokens(), &self.lx, mention.tokens.0, one)
                            .unwrap_or(words)
                    }
                    None => words,
                }
            }
            _ => words,
        }
    }

    /// The full name of gender `gender` that a couple's given name makes of family name
    /// `words` (Ackroyd, beside Maureen Ackroyd and her husband Keith: Keith Ackroyd).
    fn couple_name(&self, words: &[&'a str], gender: Gender) -> Option<&[&'a str]> {
        let last = words.last()?;
        self.kin_names
            .iter()
            .find(|(g, f)| f.last() == Some(last) && self.lx.given_name(g) == Some(gender))
            .map(|(_, f)| &f[..])
    }

    /// [`Resolver::canonical`] from the names as the text writes them.
    fn canonical_in_text(
        &self,
        doc: &Document<'a>,
        mention: &Mention,
        speakers: &[(usize, Vec<&'a str>)],
    ) -> Vec<&'a str> {
        let text = doc.text();
        let toks = doc.tokens();
        let (s, e) = mention.tokens;
        // The mention as written, cut where its spaces are (so the words join back to it).
        let as_written = || {
            text[mention.span.start..mention.span.end]
                .split(' ')
                .collect()
        };
        match mention.kind {
            MentionKind::Name => {
                // The NRSB, the JCS, DOJ: the name the text spelled out before with those
                // initials (the Northern Rail Safety Board), asked after a label in capitals
                // (PENCE: …) found no name.
                let acronym = || {
                    let last = strip_possessive(toks[e - 1].text).0;
                    let bare =
                        e == s + 1 || (e == s + 2 && toks[s].text.eq_ignore_ascii_case("the"));
                    (bare && acronym_shaped(last))
                        .then(|| acronym_expansion(doc, s, last))
                        .flatten()
                };
                if toks[s].text.eq_ignore_ascii_case("the") {
                    // The Ohio Democrat: whoever the text describes so, in every word (Ana
                    // Ruiz, a Democrat from Ohio; not every Democrat is from Ohio).
                    // So is the CEO (a title in capitals: Tom Berg, the company's CEO).
                    if member_or_capital_title(&self.lx, toks[e - 1].text) {
                        if let Some(words) = self.by_description(doc, mention, Fit::EveryWord) {
                            return words.to_vec();
                        }
                    }
                    // The Brazilian, the Swede, the Democrat: whoever the text describes so,
                    // else the person the paragraph is about since the last speaker (of the
                    // noun's gender: the Dutchman); for a party's member, else that speaker
                    // (a nationality's may be anyone's).
                    let w = toks[e - 1].text;
                    // (A place may come first: the Ohio Republican.)
                    let short = e == s + 2 || (e == s + 3 && crate::capitalised(toks[s + 1].text));
                    if short && (nationality(w) || crate::mentions::party_member(w)) {
                        let gender =
                            nationality_noun(&lowercase(w)).map_or(Gender::Unknown, |(_, g)| g);
                        let party = crate::mentions::party_member(w);
                        // (Not one the text gives another party: Ines Catalano, a Democrat,
                        // for the Maine Republican.)
                        let found = self
                            .by_description(doc, mention, Fit::EveryWord)
                            .or_else(|| {
                                self.topic_opener(doc, s, speakers, gender)
                                    .filter(|words| !self.of_another_party(doc, words, w))
                            })
                            .or_else(|| {
                                party
                                    .then(|| self.recent_speaker(doc, s, speakers, gender))
                                    .flatten()
                            });
                        if let Some(words) = found {
                            return words.to_vec();
                        }
                    }
                    // The Harlow Tenants' Forum, the Compagnie des Chemins de Fer: an
                    // organisation's name, without its article.
                    // (Not a description nobody was given: the Maine Republican.)
                    if e >= s + 3
                        && self.lx.title(toks[s + 1].text).is_none()
                        && !nationality(w)
                        && !crate::mentions::party_member(w)
                        && !member_or_capital_title(&self.lx, w)
                    {
                        return text[toks[s + 1].span().start..mention.span.end]
                            .split(' ')
                            .collect();
                    }
                    return acronym().unwrap_or_else(as_written);
                }
                let mut own: Vec<&'a str> = Vec::with_capacity(e - s);
                own.extend(name_tokens(toks, s, e).map(|t| strip_possessive(t.text).0));
                // A label in capitals (OKORO: …) names whoever the text calls Okoro, its
                // title and abbreviations' periods aside (DR. ANA OKORO).
                if own.iter().all(|w| *w == "." || crate::in_capitals(w)) {
                    own.retain(|w| *w != ".");
                    if own.len() > 1 && self.lx.title(&title_case(own[0])).is_some() {
                        own.remove(0);
                    }
                    // (A family name alone after a fuller label: GLORIA HOLLINGDRAKE: …
                    // then HOLLINGDRAKE: …, the fuller speaker before.)
                    if let [label] = own[..] {
                        let fuller = speakers.iter().rev().take(LOOKBACK).find(|(p, w)| {
                            *p < s
                                && w.len() > 1
                                && w.last().is_some_and(|l| l.eq_ignore_ascii_case(label))
                        });
                        if let Some((_, words)) = fuller {
                            return words.clone();
                        }
                    }
                    if let Some(words) = self.written_in_capitals(&own, s) {
                        return words.to_vec();
                    }
                    if let Some(words) = acronym() {
                        return words;
                    }
                    // DISPATCHER: …, a role's label: whoever the text describes so.
                    if let [label] = own[..] {
                        if self.lx.is_nominal_head(&lowercase(label)) {
                            if let Some(words) = self.by_description(doc, mention, Fit::EveryWord) {
                                return words.to_vec();
                            }
                        }
                    }
                }
                // Mrs. Dale, Mr. Dale: the honorific tells whose fullest name it is.
                // (Looked up only for a short capitalised word: an honorific is one.)
                let honorific = s
                    .checked_sub(1)
                    .map(|t| toks[t].text)
                    .filter(|w| w.len() <= 6 && w.starts_with(|c: char| c.is_ascii_uppercase()))
                    .and_then(|w| self.lx.title(w))
                    .unwrap_or(Gender::Unknown);
                let full = self.fullest_of(&own, s, honorific);
                // Rep. McCrory beside Rep. Jessa McCrory and her husband, Col. Dean McCrory:
                // the fuller name that had this title before.
                if let [surname] = own[..] {
                    let title = s
                        .checked_sub(1)
                        .map(|t| toks[t].text)
                        .filter(|w| self.lx.title(w).is_some() && !COURTESY_TITLES.contains(w));
                    if let Some(words) = title.and_then(|t| self.titled_fuller(doc, s, surname, t))
                    {
                        return words.to_vec();
                    }
                }
                // Mr. Petrakis beside John and Mary Petrakis: the name of the honorific's
                // gender that only a couple's given name makes full.
                if let [first, ..] = full {
                    if self
                        .lx
                        .given_name(first)
                        .is_some_and(|g| opposite(honorific, g))
                    {
                        if let Some(f) = self.couple_name(&own, honorific) {
                            return f.to_vec();
                        }
                    }
                }
                // A family name the text gives in full only inside a quotation before
                // (“My partner, Liesel Ambrook, …,” Ruiz said. Ambrook said …): that name.
                if let ([one], [surname]) = (full, &own[..]) {
                    if one == surname {
                        if let Some(words) = named_in_quotation(toks, &self.lx, s, surname) {
                            return words;
                        }
                    }
                }
                full.to_vec()
            }
            MentionKind::Pronoun => {
                let want = mention.gender;
                if matches!(want, Gender::Female | Gender::Male) {
                    if let Some(words) = self.pronoun_antecedent(doc, s, want, speakers) {
                        return words.to_vec();
                    }
                }
                // They, after a sentence opened by a plural description (The authors
                // acknowledged as much. “…,” they wrote.): that description.
                if mention.number == crate::Number::Plural {
                    if let Some(words) = plural_description_before(doc, &self.lx, s) {
                        return words;
                    }
                }
                // I, outside a quotation: the writer, whom a byline may name (By Ana Ruiz).
                let word = &text[mention.span.start..mention.span.end];
                if word == "I" {
                    if let Some(words) = byline(doc) {
                        return words;
                    }
                }
                // They’re, I'm: the pronoun, without its verb.
                vec![word.split(['’', '\'']).next().unwrap_or(word)]
            }
            MentionKind::Nominal => {
                // One critic called it …, while another described …: another of that role.
                if e == s + 1 && toks[s].text.eq_ignore_ascii_case("another") {
                    if let Some(head) = self.role_before_another(doc, s) {
                        return vec![toks[s].text, head];
                    }
                }
                // One driver, who gave his name only as Quennel; a gunner who goes by the call
                // sign “Heron”: the name the speaker gave.
                if let Some(words) = self_given_name(doc, e) {
                    return words;
                }
                let first = toks[s].text;
                // Her report, his letter: whoever the possessive stands for wrote it.
                if e == s + 2
                    && (STATEMENT_NOUNS.contains(&toks[e - 1].text)
                        || matches!(
                            toks[e - 1].text,
                            "report" | "findings" | "ruling" | "book" | "memoir"
                        ))
                {
                    let want = match first {
                        "her" | "Her" => Some(Gender::Female),
                        "his" | "His" => Some(Gender::Male),
                        _ => None,
                    };
                    if let Some(words) =
                        want.and_then(|g| self.pronoun_antecedent(doc, s, g, speakers))
                    {
                        return words.to_vec();
                    }
                }
                // The report, the campaign, the crowd: nobody's name, whatever words it
                // shares with a person's title (the harbour report, the Novak campaign).
                if ORG_HEAD_SET.contains_lowercase(toks[e - 1].text) {
                    // The ministry, the company: the organisation the text named so before.
                    if e == s + 2 && first.eq_ignore_ascii_case("the") {
                        if let Some(words) = self.named_organisation(doc, s, toks[e - 1].text) {
                            return words;
                        }
                        // The statement: whoever issued the one the text mentioned before.
                        if let Some(words) = self.statement_issuer(doc, s, toks[e - 1].text) {
                            return words;
                        }
                    }
                    // The credit union, the police guild: one whose name holds the modifier
                    // too (Pacific Crest Credit Union).
                    let modifier = if e == s + 3 { toks[s + 1].text } else { "" };
                    // (Any organisation for a group's noun: the trade body, the industry
                    // watchdog.)
                    let group = GROUP_NOUNS.contains(&lowercase(toks[e - 1].text).as_ref());
                    if first.eq_ignore_ascii_case("the")
                        && modifier.starts_with(char::is_lowercase)
                        && is_word(&toks[s + 1])
                    {
                        if let Some(words) = self
                            .named_organisation(doc, s, toks[e - 1].text)
                            .filter(|w| group || w.iter().any(|w| w.eq_ignore_ascii_case(modifier)))
                        {
                            return words;
                        }
                    }
                    return as_written();
                }
                // The sign on the door: a head noun before its complement that names no role
                // is nobody's description.
                let head = (s + 1..e)
                    .find(|&k| crate::mentions::is_preposition(&toks[k]))
                    .map_or(e - 1, |k| k - 1);
                if head + 1 < e && !self.lx.is_nominal_head(toks[head].text) {
                    return as_written();
                }
                // (Nor a body's before its complement: the embassy in Harare.)
                if head + 1 < e && ORG_HEAD_SET.contains_lowercase(toks[head].text) {
                    return as_written();
                }
                // The director of a gallery, who asked not to be named, …: someone the
                // sentence keeps unnamed, as written.
                if head + 1 < e && first == "The" && kept_unnamed(doc, e) {
                    return as_written();
                }
                if first.eq_ignore_ascii_case("the") {
                    // (A plural is nobody's description: the authors, not the lead author.)
                    let one = mention.number == crate::Number::Singular;
                    if let Some(words) = one
                        .then(|| self.by_description(doc, mention, Fit::Any))
                        .flatten()
                    {
                        // (Unless the text brought someone in unnamed so since that person
                        // was last named: Yeom, a senior military official, spoke. A senior
                        // official at the presidential office said …. “…,” the official
                        // said.)
                        let unnamed_later = unnamed_introduction(doc, s, toks[e - 1].text)
                            .is_some_and(|k| {
                                let from = self.occurrences.partition_point(|o| o.pos <= k);
                                !self.occurrences[from..]
                                    .iter()
                                    .take_while(|o| o.pos < s)
                                    .any(|o| self.words_of(o).last() == words.last())
                            });
                        if unnamed_later {
                            return as_written();
                        }
                        return words.to_vec();
                    }
                    // A definite description of a person the text names nowhere else by its
                    // words (the New York businessman): the most recent named speaker.
                    // Not a role that stands for someone of its own (the prosecutor, the
                    // official, the neighbour): that is someone the text leaves unnamed.
                    // Nor a relative of someone else's (the victim's mother; the party's
                    // nominee may be the latest speaker), nor one the text brought in unnamed
                    // (A senior diplomat was blunt. … the diplomat said).
                    let relative = || {
                        self.lx.gendered_noun(toks[e - 1].text).is_some()
                            && toks[s + 1..e].iter().any(|t| strip_possessive(t.text).1)
                    };
                    // Nor a word that names no person at all (the guild), nor a relative
                    // the text gives no one (the sister: someone else's).
                    // (The head's word, or the last word in lower case before a name
                    // ending the description: the former aide to President Ana Ruiz.)
                    let head_word = toks[s + 1..=head]
                        .iter()
                        .rev()
                        .find(|t| t.text.starts_with(char::is_lowercase))
                        .map_or(toks[head].text, |t| t.text);
                    let a_person = || {
                        [head_word, toks[e - 1].text].iter().any(|&w| {
                            self.lx.is_nominal_head(w)
                                || self.lx.gendered_noun(w).is_some()
                                || w.ends_with("-year-old")
                                || nationality_noun(&lowercase(w)).is_some()
                                || crate::mentions::party_member(w)
                                || agent_shaped(w)
                        })
                    };
                    // (Nor one a complement makes someone new: The critic for one daily.)
                    let newcomer = toks[s..e].windows(2).any(|w| {
                        crate::mentions::is_preposition(&w[0])
                            && matches!(w[1].text, "a" | "an" | "one" | "another")
                    });
                    // The witness, who testified under the pseudonym P-0457: the name the
                    // text gave where it brought the role in, wherever it repeats the role.
                    if e == s + 2 && SEPARATE_ROLE_SET.contains_lowercase(toks[e - 1].text) {
                        let head = toks[e - 1].text;
                        let first_use = (s.saturating_sub(FURTHER_REACH)..s).find(|&k| {
                            toks[k].text.eq_ignore_ascii_case(head)
                                && k > 0
                                && toks[k - 1].text.eq_ignore_ascii_case("the")
                        });
                        if let Some(words) = first_use.and_then(|k| self_given_name(doc, k + 1)) {
                            return words;
                        }
                    }
                    let own_party = newcomer
                        || SEPARATE_ROLE_SET.contains_lowercase(toks[e - 1].text)
                        || is_kin(head_word)
                        || !a_person()
                        || relative()
                        || introduced_unnamed(doc, s, toks[e - 1].text);
                    if mention.number == crate::Number::Singular && !own_party {
                        // (An age says nothing of a role: the person the paragraph is about
                        // since the last speaker, if any.)
                        // (Beside a role too: the 52-year-old vendor.)
                        let age = toks[s..e].iter().any(|t| t.text.ends_with("-year-old"));
                        // (So does a role that tells a gender: Tessa Marwick struck an
                        // earnest note. “…,” the actress said.)
                        let gendered = self.lx.gendered_noun(toks[e - 1].text).is_some();
                        // Nor someone with another office (Mayor Ana Ruiz for the fire
                        // chief).
                        // (A former one may be theirs: the former congressman.)
                        let past_office = |t: &Token<'_>| {
                            matches!(t.text, "former" | "onetime" | "one-time" | "then")
                        };
                        let office = |w: &&[&str]| {
                            toks[s..e].iter().any(past_office)
                                || !self.holds_other_office(doc, w, s, toks[e - 1].text)
                        };
                        // (So does a plain role, the midfielder, the bishop: not one a
                        // party's, a nation's or a past office's word ties to someone the
                        // text may name elsewhere, the Democratic front-runner, the former
                        // president.)
                        let plain = toks[s + 1..e].iter().all(|t| {
                            !past_office(t)
                                && !matches!(t.text, "Democratic" | "Republican")
                                && !crate::mentions::party_member(t.text)
                                && !nationality(t.text)
                        });
                        // (A plain role the text gave someone after that person, the
                        // governor, Olek Brandt, is that one's.)
                        let described_after = |w: &&[&str]| {
                            let before = &toks[s.saturating_sub(ORG_REACH)..s];
                            let head = toks[e - 1].text;
                            let named = w.last().and_then(|l| {
                                before
                                    .iter()
                                    .rposition(|t| strip_possessive(t.text).0 == *l)
                            });
                            let described = before
                                .iter()
                                .rposition(|t| t.text.eq_ignore_ascii_case(head));
                            described > named
                        };
                        if let Some(words) = (age || gendered || plain)
                            .then(|| self.topic_opener(doc, s, speakers, mention.gender))
                            .flatten()
                            .filter(|w| age || gendered || !described_after(w))
                            .filter(office)
                            .or_else(|| {
                                self.recent_speaker(doc, s, speakers, mention.gender)
                                    .or_else(|| self.recent_person(doc, s, mention.gender))
                                    .filter(office)
                            })
                            .filter(|w| !self.subject_of_verb_before(doc, s, w))
                        {
                            return words.to_vec();
                        }
                    }
                } else if matches!(first, "his" | "His" | "her" | "Her") {
                    // His wife: whoever the text introduced so (his wife, Ana Berg,) in this
                    // paragraph or the one before (a long list of people may give each
                    // their own).
                    if let Some(words) = self.by_description(doc, mention, Fit::Near) {
                        return words.to_vec();
                    }
                    // Her husband after Folake and Daniel Adeyemi: the half of the couple
                    // of the spouse's gender.
                    if e == s + 2
                        && matches!(toks[s + 1].text, "wife" | "husband")
                        && let Some(words) = self.half_of_couple(doc, s, mention.gender)
                    {
                        return words;
                    }
                } else if strip_possessive(first).1 {
                    // Novak's campaign strategist: whoever that title was given to, else the
                    // latest speaker who is not Novak.
                    if let Some(words) = self.by_description(doc, mention, Fit::Any) {
                        return words.to_vec();
                    }
                    let owner = strip_possessive(first).0;
                    if let Some(words) = self.recent_speaker(doc, s, speakers, mention.gender) {
                        if !words.iter().any(|w| fold(w) == fold(owner)) {
                            return words.to_vec();
                        }
                    }
                }
                // A headline's description, or the lede's (the article's first paragraph
                // after its headline): the person the article goes on to describe so.
                let para = doc.paragraph_of(s);
                let lede = para == 0 || (para == 1 && crate::headline(doc, 0));
                // (A name that is none of the description's words: not Lutheran for Harlow's
                // Lutheran mayor, when someone is a Lutheran.)
                if lede || crate::headline(doc, s) {
                    let own = |w: &&str| {
                        toks[s..e]
                            .iter()
                            .any(|t| strip_possessive(t.text).0.eq_ignore_ascii_case(w))
                    };
                    if let Some(words) = self
                        .by_description(doc, mention, Fit::Ahead)
                        .filter(|w| !w.iter().any(own))
                    {
                        return words.to_vec();
                    }
                }
                as_written()
            }
        }
    }

    /// The role a speaker was described by just before "another" at token `s` (One critic
    /// called it …, while another described …: critic), in its sentence or the one before:
    /// a singular role, its head before any complement (The critic for one daily).
    fn role_before_another(&self, doc: &Document<'a>, s: usize) -> Option<&'a str> {
        let toks = doc.tokens();
        let from = doc
            .sentences()
            .get(doc.sentence_of(s).saturating_sub(1))
            .map_or(0, |r| r.start)
            // (A bounded look: a text of one endless sentence costs no more.)
            .max(s.saturating_sub(60));
        // (The nearest description before a speech verb: a determiner, lower-case
        // words, then the verb or a complement and the verb.)
        (from..s).rev().find_map(|k| {
            // (Not a complement's: for one daily.)
            if !matches!(
                toks[k].text.to_ascii_lowercase().as_str(),
                "one" | "a" | "an" | "the"
            ) || (k > 0 && crate::mentions::is_preposition(&toks[k - 1]))
            {
                return None;
            }
            let lower = |j: usize| {
                toks.get(j)
                    .is_some_and(|t| is_word(t) && t.text.starts_with(char::is_lowercase))
            };
            let words = (k + 1..s.min(k + 4))
                .take_while(|&j| {
                    lower(j)
                        && !crate::mentions::is_preposition(&toks[j])
                        && !self.lx.is_speech_verb(toks[j].text)
                })
                .last()?;
            let verb = (words + 1..s.min(words + 7))
                .find(|&j| lower(j) && self.lx.is_speech_verb(toks[j].text))?;
            let complement = toks[words + 1..verb].iter().all(is_word)
                && (verb == words + 1 || crate::mentions::is_preposition(&toks[words + 1]));
            let head = toks[words].text;
            (complement && (!head.ends_with('s') || head.ends_with("ss"))).then_some(head)
        })
    }

    /// True when the text gives the person named `words` a party other than `member`'s (a
    /// party member's noun: Republican): a party's noun or tag within a few words of one of
    /// their name's occurrences (Ines Catalano, a Democrat; Democrat Ines Catalano; Catalano
    /// (D-Vt.)).
    fn of_another_party(&self, doc: &Document<'_>, words: &[&str], member: &str) -> bool {
        let toks = doc.tokens();
        let party = |w: &str| {
            crate::mentions::party_tag(w)
                .map(|p| p.as_bytes()[0])
                .or_else(|| {
                    crate::mentions::party_member(w).then(|| w.as_bytes()[0].to_ascii_lowercase())
                })
        };
        let Some(own) = party(member) else {
            return false;
        };
        let Some(id) = words.last().and_then(|w| self.ids.get(w)) else {
            return false;
        };
        self.surname_occurrences(id, usize::MAX, SURNAME_LOOKBACK)
            .any(|k| {
                let o = &self.occurrences[k];
                let near = o.run.saturating_sub(2)..toks.len().min(o.end + 5);
                toks[near]
                    .iter()
                    .filter_map(|t| party(t.text.trim_matches(['(', ')', ','])))
                    .any(|p| p != own)
            })
    }

    /// The one of `gender` in the latest couple named before token `s` in its paragraph or
    /// the one before, two given names sharing the family name after them (Sheila and Ray
    /// Munford): the given names', or the other one's, gender decides.
    fn half_of_couple(&self, doc: &Document<'a>, s: usize, gender: Gender) -> Option<Vec<&'a str>> {
        if !matches!(gender, Gender::Female | Gender::Male) {
            return None;
        }
        let toks = doc.tokens();
        let lo = org_reach(doc, s, 1);
        let first = self.occurrences.partition_point(|o| o.run < lo);
        let last = self.occurrences.partition_point(|o| o.run < s);
        self.occurrences[first..last].iter().rev().find_map(|o| {
            let [given, surname] = self.words_of(o) else {
                return None;
            };
            let capital = |t: &sayso_tokenizer::Token<'_>| {
                is_word(t) && t.text.starts_with(|c: char| c.is_uppercase())
            };
            let one = o.pos.checked_sub(2).filter(|&k| {
                k >= lo
                    && toks[k + 1].text == "and"
                    && capital(&toks[k])
                    && self.lx.title(toks[k].text).is_none()
                    && (k == 0 || !capital(&toks[k - 1]))
            })?;
            let g1 = self
                .lx
                .given_name(toks[one].text)
                .unwrap_or(Gender::Unknown);
            let g2 = self.lx.given_name(given).unwrap_or(Gender::Unknown);
            let fits = |g: Gender, other: Gender| {
                g == gender || (g == Gender::Unknown && opposite(other, gender))
            };
            match (fits(g1, g2), fits(g2, g1)) {
                (true, false) => Some(vec![toks[one].text, *surname]),
                (false, true) => Some(vec![*given, *surname]),
                _ => None,
            }
        })
    }

    /// True when `head` (a description's last word) names an office (a title's word: the
    /// fire chief, the congressman) and the person named `words` holds another one before
    /// token `pos`: a title before one of their name's occurrences that neither is `head`,
    /// abbreviates it nor shares its office (Rep. for the congressman). Courtesy titles (Mr.,
    /// Ms.) hold no office.
    fn holds_other_office(
        &self,
        doc: &Document<'_>,
        words: &[&str],
        pos: usize,
        head: &str,
    ) -> bool {
        let head = lowercase(head);
        let mut cs = head.chars();
        let capitalised: String = cs
            .next()
            .map(|c| c.to_uppercase().chain(cs).collect())
            .unwrap_or_default();
        if self.lx.title(&capitalised).is_none() {
            return false;
        }
        let toks = doc.tokens();
        let Some(&surname) = words.last() else {
            return false;
        };
        let Some(id) = self.ids.get(surname) else {
            return false;
        };
        let mut titled = false;
        for k in self.surname_occurrences(id, pos, SURNAME_LOOKBACK) {
            let o = &self.occurrences[k];
            // The person's own occurrences (not a relative's: Gov. Jeb Bush beside his
            // brother).
            if self.words_of(o).last() != Some(&surname)
                || self.words_of(&self.occurrences[self.fullest_for(k)]) != words
            {
                continue;
            }
            // (The run holds the title; the name's words may start with it.)
            let offices = toks[o.run..o.end]
                .iter()
                .filter(|t| !COURTESY_TITLES.contains(&t.text))
                .filter_map(|t| self.office_of(t.text));
            for long in offices {
                if stem_eq(&long, &head) || same_office(&long, &head) {
                    return false;
                }
                titled = true;
            }
        }
        titled
    }

    /// The office a title names, in lower case with its abbreviation expanded (Sen. →
    /// senator, Mayor → mayor); `None` when `word` is no title.
    fn office_of<'w>(&self, word: &'w str) -> Option<Cow<'w, str>> {
        self.lx.title(word)?;
        let title = lowercase(word);
        Some(match expansion(&title) {
            Some(long) => Cow::Borrowed(long),
            None => title,
        })
    }

    /// The occurrences before token `pos` whose last word (a surname) has id `w`, in text
    /// order, among the latest `reach` that hold the word anywhere: found through the
    /// by-word index, not by walking every occurrence.
    fn surname_occurrences(
        &self,
        w: u32,
        pos: usize,
        reach: usize,
    ) -> impl DoubleEndedIterator<Item = usize> {
        let list = self.with_id(w);
        let before = list.partition_point(|&j| self.occurrences[j as usize].pos < pos);
        list[before.saturating_sub(reach)..before]
            .iter()
            .map(|&j| j as usize)
            .filter(move |&j| self.word_ids[self.occurrences[j].words.clone()].last() == Some(&w))
    }

    /// The fullest name holding `words` (in capitals: OKORO, MR. RUIZ) as the text writes
    /// them elsewhere (Daniel Okoro), or the occurrence of those very words; `None` when the
    /// text never writes them in lower case.
    fn written_in_capitals(&self, words: &[&str], pos: usize) -> Option<&[&'a str]> {
        let ids = words
            .iter()
            .map(|w| self.ids.get(&title_case(w)))
            .collect::<Option<Vec<u32>>>()?;
        // Else the words' own occurrence, among the first few holding their first word (a
        // bounded look: a transcript calls this once per turn).
        let k = self.fuller_than(&ids, pos).or_else(|| {
            let &first = ids.first()?;
            self.by_word[self.by_word_start[first as usize] as usize
                ..self.by_word_start[first as usize + 1] as usize]
                .iter()
                .take(LOOKBACK)
                .map(|&k| k as usize)
                .find(|&k| self.word_ids[self.occurrences[k].words.clone()] == ids[..])
        })?;
        Some(self.words_of(&self.occurrences[k]))
    }

    fn pronoun_antecedent<'s>(
        &'s self,
        doc: &Document<'_>,
        pos: usize,
        want: Gender,
        speakers: &'s [(usize, Vec<&'a str>)],
    ) -> Option<&'s [&'a str]> {
        let para = doc.paragraph_of(pos);
        // A token more than three paragraphs back (`para - paragraph_of(p) > 3`) is one before
        // the end of paragraph `para - 4`: one comparison per candidate rather than a search.
        let too_far = para
            .checked_sub(4)
            .and_then(|m| doc.paragraphs().get(m))
            .map_or(0, |r| r.end);
        let byline = byline(doc);
        let writer = |words: &[&str]| byline.as_deref() == Some(words);
        // 1. The most recent speaker of a compatible gender, within the last three paragraphs.
        let mut unknown_speaker: Option<(usize, &[&'a str])> = None;
        let before = self.occurrences.partition_point(|o| o.pos < pos);
        let says_before = self.says.partition_point(|&k| k < before);
        let says = &self.says[says_before.saturating_sub(LOOKBACK)..says_before];
        // Earlier speakers (their words) and occurrences that say something (by index), latest
        // first: the speakers, newest first, sorted by position (stably, a few of them), and
        // merged from the end with the subjects, which are in text order; at one position a
        // subject comes before a speaker. This is the reverse of a stable sort of the two
        // lists one after the other, without the general sort's cost.
        let mut spoken: Vec<(usize, &[&'a str])> = speakers
            .iter()
            .rev()
            .take(LOOKBACK)
            .map(|(p, w)| (*p, w.as_slice()))
            .collect();
        spoken.sort_by_key(|(p, _)| *p);
        let (mut a, mut b) = (spoken.len(), says.len());
        let latest_first = std::iter::from_fn(|| {
            let say = b.checked_sub(1).map(|j| (self.occurrences[says[j]].pos, j));
            match (a.checked_sub(1), say) {
                (Some(i), Some((q, _))) if spoken[i].0 > q => {
                    a = i;
                    Some((spoken[i].0, Ok(spoken[i].1)))
                }
                (_, Some((q, j))) => {
                    b = j;
                    Some((q, Err(says[j])))
                }
                (Some(i), None) => {
                    a = i;
                    Some((spoken[i].0, Ok(spoken[i].1)))
                }
                (None, None) => None,
            }
        });
        for (p, who) in latest_first.filter(|(p, _)| *p < pos).take(LOOKBACK) {
            if p < too_far {
                continue;
            }
            let (full, gender) = match who {
                Ok(words) => {
                    let full = self.fullest(words, p);
                    // (Nor the writer, whose questions a byline's name took: no he or she.)
                    if self.unlike_a_person(full) || body_word(full) || writer(full) {
                        continue;
                    }
                    (full, self.gender_of(full))
                }
                Err(k) => {
                    let o = &self.occurrences[self.fullest_for(k)];
                    if self.unlike_occurrence(o)
                        || body_word(self.words_of(o))
                        // (A single word's first token is its last.)
                        || nationality_after_the(doc.tokens(), o.end - 1, self.words_of(o))
                    {
                        continue;
                    }
                    let gender = self.gender_of_occurrence(o);
                    // Mr Ackroyd said …, beside Maureen Ackroyd and her husband Keith: the one
                    // of the title's gender.
                    let own = &self.occurrences[k];
                    // (Or the fuller name of that gender; or the fullest, when only a given
                    // name guessed its gender: Ms Brathwaite, after Oluwaseun Brathwaite.)
                    let of_title = (own.told && opposite(own.gender, gender)).then(|| {
                        self.couple_name(self.words_of(own), own.gender)
                            .or_else(|| {
                                self.fuller_than_of(
                                    &self.word_ids[own.words.clone()],
                                    own.pos,
                                    own.gender,
                                )
                                .map(|j| self.words_of(&self.occurrences[j]))
                            })
                            .or_else(|| (!o.told).then(|| self.words_of(o)))
                    });
                    match of_title.flatten() {
                        Some(words) => (words, own.gender),
                        None => (self.words_of(o), gender),
                    }
                }
            };
            match gender {
                g if g == want => {
                    return Some(
                        self.sentence_opener_after(doc, pos, before, want, p, para)
                            .unwrap_or(full),
                    );
                }
                Gender::Unknown if unknown_speaker.is_none() => unknown_speaker = Some((p, full)),
                _ => {}
            }
        }
        // 2. The most recent person of that gender named before, unless a speaker of unknown
        //    gender was named after them; 3. a person of unknown gender.
        let latest = before
            .checked_sub(1)
            .map(|k| self.latest_person_at(k))
            .unwrap_or_default();
        let full = |k: u32| self.words_of(&self.occurrences[self.fullest_for(k as usize)]);
        if let Some(k) = latest[gender_slot(want)].filter(|&k| !body_word(full(k))) {
            let k = self.sentence_subject_before(doc, k, want).unwrap_or(k);
            // A possessor whose noun a name sets off (Mr. Dong's lawyer, Ken Ueno, rejected
            // it.): that name, of no other gender, is the one who acts.
            if let Some(j) = self.appositive_of_possessor(doc, k as usize, want) {
                return Some(full(j as u32));
            }
            // (A person opening a sentence of the pronoun's paragraph after them is nearer:
            // The Marshall Islands’ envoy, Kaminaga Lojkar, posted a video. “…,” he said.)
            let at = self.occurrences[k as usize].pos;
            if unknown_speaker.is_none_or(|(p, _)| p < at) {
                // (Any name opening a sentence will do when they are more than three
                // paragraphs back, as for a speaker: a newcomer in reach is nearer.)
                let known = at >= too_far;
                let opener = self.opener_after(doc, pos, before, Some(want), Some(at), para, known);
                if let Some(words) = opener {
                    return Some(words);
                }
            }
            // (A speaker of unknown gender named after them, unless a person opens a
            // sentence of the pronoun's paragraph after that speaker: Yohanes Rumbewas,
            // the head of the association, rejected it. “…,” he said.)
            return match unknown_speaker {
                Some((p, s)) if p > self.occurrences[k as usize].pos => Some(
                    self.sentence_opener_after(doc, pos, before, want, p, para)
                        .unwrap_or(s),
                ),
                _ => Some(full(k)),
            };
        }
        // (A person of unknown gender opening a sentence of the pronoun's paragraph after that
        // speaker is nearer: Ana Ruiz, a retiree, backed … “…,” she said.)
        unknown_speaker
            .map(|(p, s)| {
                self.sentence_opener_after(doc, pos, before, Gender::Unknown, p, para)
                    .unwrap_or(s)
            })
            .or_else(|| latest[gender_slot(Gender::Unknown)].map(full))
            .or_else(|| self.bare_name_opener(doc, before, want, para))
            .filter(|w| !body_word(w))
    }

    /// The occurrence after occurrence `k`, a possessor, that names its noun in an appositive
    /// (Mr. Dong's lawyer, Ken Ueno, …): a person not of the other gender than `want`.
    fn appositive_of_possessor(&self, doc: &Document<'_>, k: usize, want: Gender) -> Option<usize> {
        let toks = doc.tokens();
        let o = &self.occurrences[k];
        if o.end == 0 || !strip_possessive(toks[o.end - 1].text).1 {
            return None;
        }
        let j = k + 1;
        let next = self.occurrences.get(j)?;
        let comma = (o.end..next.run).find(|&c| toks[c].text == ",")?;
        let g = self.fullest_gender(j);
        (comma + 1 == next.run
            && next.run - o.end <= 4
            && next.person
            && (g == want || g == Gender::Unknown)
            && toks.get(next.end).is_some_and(|t| t.text == ","))
        .then_some(j)
    }

    /// The person of gender `want` opening the sentence of occurrence `k`, before it: the
    /// subject, more salient than an object after it (Gov. Ana Ruiz appointed Ilse Berg to the
    /// board. “…,” she said: Ruiz).
    fn sentence_subject_before(&self, doc: &Document<'_>, k: u32, want: Gender) -> Option<u32> {
        let toks = doc.tokens();
        let o = &self.occurrences[k as usize];
        let start = doc.sentences().get(doc.sentence_of(o.pos))?.start;
        // The sentence's first name opens it, or opens its main clause after an opening
        // phrase that names nobody (Repeating his speech, Berg rubbished Varga's claim).
        // (A possessor opening it before the name's description is no subject: Owen's
        // father, Paul Marchetti, …)
        let first = |j: usize| {
            j == 0 || self.occurrences[j - 1].pos < start || {
                let p = &self.occurrences[j - 1];
                p.run == start
                    && (j == 1 || self.occurrences[j - 2].pos < start)
                    && strip_possessive(toks[p.end - 1].text).1
            }
        };
        // (Or after an organisation's name and a role's noun opening it: Harlow Party deputy
        // Ana Ruiz, whose …, was more conciliatory.)
        let role_opened = |j: usize, run: usize| {
            j > 0 && {
                let p = &self.occurrences[j - 1];
                p.run == start
                    && (j == 1 || self.occurrences[j - 2].pos < start)
                    && crate::mentions::ORG_WORD_SET.contains(toks[p.end - 1].text)
                    && run > p.end
                    && run - p.end <= 3
                    && toks[p.end..run]
                        .iter()
                        .all(|t| is_word(t) && t.text.starts_with(char::is_lowercase))
                    && self.lx.is_nominal_head(toks[run - 1].text)
            }
        };
        let opens = |j: usize, run: usize| {
            run == start
                || (first(j)
                    && run > start
                    && run - start <= OPENER_REACH
                    && toks[run - 1].text == ",")
                || role_opened(j, run)
        };
        (0..k as usize)
            .rev()
            .take_while(|&j| self.occurrences[j].pos >= start)
            .find(|&j| {
                let s = &self.occurrences[j];
                let full = &self.occurrences[self.fullest_for(j)];
                // (Not a possessor whose noun a name sets off: Wendle's lawyer, Stuart Plimm,
                // said …; Varga's been saying is no possessive.)
                let possessor = s.end > 0
                    && strip_possessive(toks[s.end - 1].text).1
                    && (s.end..toks.len().min(s.end + 4)).any(|c| {
                        toks[c].text == ","
                            && toks.get(c + 1).is_some_and(|n| crate::capitalised(n.text))
                    });
                !possessor
                    && opens(j, s.run)
                    && s.person
                    && !self.unlike_occurrence(full)
                    && self.gender_of_occurrence(full) == want
            })
            .map(|j| j as u32)
    }

    /// The organisation a definite description of one (`head`: the ministry, the company)
    /// before token `s` names, within the two paragraphs before: the latest capitalised name
    /// holding that noun (the Ministry of Health, the Harlow Police Department), for a company
    /// one ending in a company's word (Dalworth Industries, Orbis Corp.) or else the latest
    /// name that said something and is no person.
    fn named_organisation(&self, doc: &Document<'a>, s: usize, head: &str) -> Option<Vec<&'a str>> {
        let head = lowercase(head);
        let toks = doc.tokens();
        let lo = org_reach(doc, s, 2);
        // The noun with the name right after it before (the campaign group Harlow Watch, the
        // militia Kata'ib Tarran): the nearest, whatever the noun.
        // (Past a second organisation's noun: the campaign group Harlow Watch.)
        // (Or set off after an owner's noun: her label, Copperleaf Music; its parent company,
        // Dalworth Industries.)
        let name_after = |k: usize| {
            let n = k + 1 + usize::from(toks.get(k + 1).is_some_and(|t| org_head(t.text)));
            let owned = |k: usize| {
                k > 0
                    && (matches!(toks[k - 1].text, "her" | "his" | "its" | "their")
                        || strip_possessive(toks[k - 1].text).1
                        || k > 1
                            && is_word(&toks[k - 1])
                            && matches!(toks[k - 2].text, "her" | "his" | "its" | "their"))
            };
            // (Or set off after the noun and closed by a comma or its initials: The national
            // rail agency, Administración de Infraestructuras Ferroviarias (AIF), said …)
            let set_off = |k: usize| {
                let first = k + 2;
                let joiner = |t: &Token<'_>| {
                    matches!(t.text, "of" | "for" | "and" | "’" | "'")
                        || crate::mentions::NAME_PARTICLES.contains(&t.text)
                };
                let end = (first..first + crate::mentions::MAX_NP).find(|&j| {
                    toks.get(j)
                        .is_none_or(|t| !(is_word(t) && crate::capitalised(t.text) || joiner(t)))
                });
                end.is_some_and(|j| {
                    j > first && toks.get(j).is_some_and(|t| matches!(t.text, "," | "("))
                })
            };
            let n = n + usize::from(
                n == k + 1
                    && toks.get(n).is_some_and(|t| t.text == ",")
                    && (owned(k) || set_off(k)),
            );
            toks.get(n)
                .is_some_and(|t| {
                    is_word(t)
                        && crate::capitalised(t.text)
                        && self.lx.given_name(t.text).is_none()
                        && self.lx.title(t.text).is_none()
                        && !crate::mentions::is_time(t)
                        // (Nor a rank: left the club 14th.)
                        && !ordinal(t.text)
                })
                .then_some(n)
        };
        let introduced = (lo..s.saturating_sub(1))
            .rev()
            .filter(|&k| toks[k].text == head)
            .find_map(name_after);
        if let Some(n) = introduced {
            let run = organisation_name(doc, n);
            if !run.is_empty() {
                return Some(run);
            }
        }
        let body = ORG_BODIES.contains(&head.as_ref());
        let company = COMPANY_NOUNS.contains(&head.as_ref());
        let club = CLUB_NOUNS.contains(&head.as_ref());
        // (The group: any organisation's name, by its last word, or one that spoke.)
        let group = GROUP_NOUNS.contains(&head.as_ref());
        if !body && !company && !club && !group {
            return None;
        }
        if group {
            return self.group_named(doc, s, &head, lo);
        }
        let matches = |k: usize| {
            let t = toks[k].text;
            // (A club's word ends its name: Westfield United, not the United States.)
            let club_name = || {
                CLUB_WORDS.contains(&t)
                    && toks
                        .get(k + 1)
                        .is_none_or(|n| !is_word(n) || !crate::capitalised(n.text))
            };
            is_word(&toks[k])
                && crate::capitalised(t)
                && k > 0
                && ((body && t.eq_ignore_ascii_case(&head))
                    // (A police force by its own word: the force for the Harlow Police.)
                    || (head == "force" && matches!(t, "Police" | "Constabulary"))
                    || (company && COMPANY_WORD_SET.contains(t))
                    || (club && club_name()))
        };
        // A name of two words at least (not a lone capitalised Department, nor Energy opening
        // a quotation).
        let found = (lo..s)
            .rev()
            .filter(|&k| matches(k))
            .map(|k| (k, organisation_run(doc, k)))
            .find(|(_, run)| run.len() > 1);
        if let Some((k, run)) = found {
            // (Not one inside the relative clause of a company that spoke: Savanna Mobile,
            // which is owned by the Meridian Telecom Group, said …)
            if company {
                if let Some(o) = self.relative_clause_owner(doc, k) {
                    return Some(self.words_of(o).to_vec());
                }
            }
            return Some(run);
        }
        // Else one named further back by the same word, when nothing nearer answers (the
        // Ashford Valley Railroad … the railroad said; owned by the Ashford Water Company, …
        // the company said): nobody else is described so.
        // (Within [`FURTHER_REACH`] tokens: a document of many such descriptions and no such
        // name is read in linear time.)
        let further_back = || {
            (lo.saturating_sub(FURTHER_REACH)..lo)
                .rev()
                .filter(|&k| matches(k))
                .map(|k| organisation_run(doc, k))
                .find(|run| run.len() > 1)
        };
        if !company {
            return further_back();
        }
        let before = self.occurrences.partition_point(|o| o.pos < s);
        let company_like = |o: &&Occurrence| self.company_like(doc, o, false);
        // (Nearby, else further back when nothing nearer is described by the noun: the
        // company the article's opening paragraphs are about, by its sentence or a company's
        // noun.)
        let lead_end = doc.paragraphs().get(2).map_or(toks.len(), |r| r.start);
        self.occurrences[..before]
            .iter()
            .rev()
            .take_while(|o| o.pos >= lo)
            .find(company_like)
            .map(|o| self.words_of(o).to_vec())
            .or_else(further_back)
            .or_else(|| {
                let near = self
                    .occurrences
                    .partition_point(|o| o.pos < lo.min(lead_end));
                self.occurrences[..near]
                    .iter()
                    .take(LOOKBACK)
                    .find(|o| self.company_like(doc, o, true))
                    .map(|o| self.words_of(o).to_vec())
            })
    }

    /// The name of a company that spoke whose relative clause holds token `k` (Savanna
    /// Mobile, which is owned by the Meridian Group, said …): set off by a comma and
    /// "which", in `k`'s sentence.
    fn relative_clause_owner(&self, doc: &Document<'_>, k: usize) -> Option<&Occurrence> {
        let toks = doc.tokens();
        let sentence = doc.sentences().get(doc.sentence_of(k))?.start;
        let before = self.occurrences.partition_point(|o| o.pos < k);
        self.occurrences[..before]
            .iter()
            .rev()
            .take_while(|o| o.pos >= sentence)
            .find(|o| {
                o.says
                    && toks.get(o.end).is_some_and(|t| t.text == ",")
                    && toks.get(o.end + 1).is_some_and(|t| t.text == "which")
                    && !(o.end + 2..k).any(|j| toks[j].text == ",")
                    && self.company_like(doc, o, false)
            })
    }

    /// True when occurrence `o` may be a company "the company" stands for: one that spoke
    /// and is no person (or none by any sign), one the text names as a business, or one
    /// opening its sentence as a verb's subject; never a place or a public body. When
    /// `named_only`, a speaker only with no sign of a person and a name of two words or more.
    fn company_like(&self, doc: &Document<'_>, o: &Occurrence, named_only: bool) -> bool {
        let toks = doc.tokens();
        // (A speaker is a person by that alone; one of a single word that nothing
        // else shows to be one, and with no fuller name, may be a company: Flicket
        // said …. The company said.)
        // (So may one of more words none of which is a given name or a title, and
        // whom nothing gives a gender: Dunmore Rail said ….)
        let genderless = || !o.told && self.gender_of_occurrence(o) == Gender::Unknown;
        let bare = genderless()
            && match o.words.len() {
                0 => false,
                1 => self
                    .fuller_than(&self.word_ids[o.words.clone()], o.pos)
                    .is_none(),
                _ => self
                    .words_of(o)
                    .iter()
                    .all(|w| self.lx.given_name(w).is_none() && self.lx.title(w).is_none()),
            };
        // (Or a business the text names as one without its speaking: made by
        // Fairweld Biologics; its contractor, Redline Student Transport; Medwell, the
        // nation's second-largest drugstore chain, …)
        let described_as_business = || {
            toks.get(o.end).is_some_and(|t| t.text == ",")
                && (o.end + 1..toks.len().min(o.end + 9))
                    .take_while(|&j| is_word(&toks[j]))
                    .any(|j| {
                        COMPANY_NOUNS.contains(&toks[j].text)
                            && toks.get(j + 1).is_some_and(|t| !is_word(t))
                    })
        };
        // (A business's noun right before its name, or before the comma setting it off:
        // ride-hailing operator Gorimo Mobility; its contractor, Redline Student Transport.)
        let business_noun = |t: &str| COMPANY_NOUNS.contains(&t) || BUSINESS_NOUNS.contains(&t);
        // (Or after the comma closing a business's description opening with its article:
        // The outsourcing firm at the centre of the dispute, Horizon Data Services, …)
        let set_off_after_business = || {
            let sentence = doc
                .sentences()
                .get(doc.sentence_of(o.run))
                .map_or(0, |r| r.start);
            let from = o.run.saturating_sub(1 + BUSINESS_DESCRIPTION).max(sentence);
            let noun = (from..o.run - 1)
                .rev()
                .take_while(|&j| is_word(&toks[j]))
                .find(|&j| business_noun(toks[j].text));
            noun.is_some_and(|n| {
                (from..n)
                    .rev()
                    .take_while(|&j| is_word(&toks[j]))
                    .any(|j| matches!(toks[j].text, "The" | "the" | "Its" | "its"))
            })
        };
        let named_as_business = || {
            described_as_business()
                || o.words.len() >= 2
                    && o.run > 1
                    && (toks[o.run - 1].text == "by"
                        || business_noun(toks[o.run - 1].text)
                        || (toks[o.run - 1].text == ","
                            && (business_noun(toks[o.run - 2].text) || set_off_after_business())))
                // (A single word that is no given name, right after the noun: the website
                // Tradewell.com.)
                || o.words.len() == 1
                    && o.run > 0
                    && business_noun(toks[o.run - 1].text)
                    && self.words_of(o).iter().all(|w| self.lx.given_name(w).is_none())
        };
        // (Or one opening its sentence as the subject of a verb in lower case, no
        // person's name by any sign: Quenby Kettles is recalling 4,000 kettles.)
        let subject = || {
            o.words.len() >= 2
                && !o.person
                && bare
                && doc
                    .sentences()
                    .get(doc.sentence_of(o.pos))
                    .is_some_and(|r| after_dateline(toks, r.start) == o.run)
                // (A verb: an auxiliary, a past tense or a speech verb; not a noun the name
                // modifies, Vantress County bus drivers.)
                && toks.get(o.end).is_some_and(|t| {
                    matches!(
                        t.text,
                        "is" | "was" | "has" | "had" | "will" | "would" | "did" | "does" | "plans" | "says"
                    ) || (t.text.ends_with("ed") && t.text.starts_with(char::is_lowercase))
                        || crate::mentions::IRREGULAR_PAST.contains(&t.text)
                        || self.lx.is_speech_verb(t.text)
                })
        };
        // (Not a public body: the Home Goods Safety Office said … is no company.)
        let public = || {
            self.words_of(o)
                .last()
                .is_some_and(|w| PUBLIC_BODY_WORDS.contains(w))
        };
        // (Far back, a speaker of two words or more with no sign of a person: Tolliday
        // Juvenile Products is recalling …, the agency announced.)
        ((o.says && (!o.person || bare) && (!named_only || bare && o.words.len() >= 2))
            || (!o.person && named_as_business())
            || subject())
            && !self.places[o.name as usize]
            && !public()
    }

    /// The organisation "the group" (`head`, one of [`GROUP_NOUNS`]) before token `s` names,
    /// from token `lo` on: the latest name that said something and is no person's or place's,
    /// else the latest whose last word is an organisation's or a company's, not after a
    /// place's preposition (rallied at Temple University). None when the text brought a group
    /// in by that noun (A group of protesters …; the trade group for the plans).
    fn group_named(
        &self,
        doc: &Document<'a>,
        s: usize,
        head: &str,
        lo: usize,
    ) -> Option<Vec<&'a str>> {
        let toks = doc.tokens();
        if let Some(k) = (lo..s.saturating_sub(1))
            .rev()
            .find(|&k| toks[k].text == head)
        {
            // The group a name's appositive describes so (The Order of Tarn, an advocacy
            // group, …): that name. Else the text brought a group in by that noun.
            let det = (k.saturating_sub(4).max(lo)..k)
                .rev()
                .take_while(|&j| is_word(&toks[j]) && !crate::capitalised(toks[j].text))
                .find(|&j| matches!(toks[j].text, "a" | "an"))?;
            let comma = det.checked_sub(1).filter(|&c| toks[c].text == ",")?;
            let before = self.occurrences.partition_point(|o| o.pos < comma);
            let o = self.occurrences[..before]
                .last()
                .filter(|o| o.end == comma && !self.places[o.name as usize])?;
            // (With the words before "of the" or "for" that begin it: The Order of the
            // Silver Thorn, the Syrian Observatory for Civil Defence.)
            let joint = match toks.get(o.run.saturating_sub(2)..o.run) {
                Some([of, the]) if of.text == "of" && the.text == "the" => 2,
                Some([_, of]) if matches!(of.text, "of" | "for") => 1,
                _ => 0,
            };
            let run = o.run;
            if joint > 0
                && run > joint
                && is_word(&toks[run - joint - 1])
                && crate::capitalised(toks[run - joint - 1].text)
            {
                let first = capitalised_run_start(toks, run - joint - 1);
                let first = first + usize::from(toks[first].text == "The");
                return Some(toks[first..o.end].iter().map(|t| t.text).collect());
            }
            return Some(self.words_of(o).to_vec());
        }
        let before = self.occurrences.partition_point(|o| o.pos < s);
        let spoke = self.occurrences[..before]
            .iter()
            .rev()
            .take_while(|o| o.pos >= lo)
            .find(|o| o.says && !o.person && !self.places[o.name as usize]);
        if let Some(o) = spoke {
            return Some(self.words_of(o).to_vec());
        }
        let named = (lo..s).rev().find(|&k| {
            let t = toks[k].text;
            is_word(&toks[k])
                && (COMPANY_WORD_SET.contains(t) || crate::mentions::ORG_WORD_SET.contains(t))
        })?;
        let run = organisation_run(doc, named);
        let first = capitalised_run_start(toks, named);
        let first = first - usize::from(first > 0 && toks[first - 1].text == "the");
        let at_place = first > 0
            && matches!(
                toks[first - 1].text,
                "at" | "in" | "outside" | "near" | "from" | "to" | "into" | "across"
            );
        (run.len() > 1 && !at_place).then_some(run)
    }

    /// The organisation a speaking "it" before token `pos` stands for (The defence ministry
    /// said …. “…,” it said.): the nearest, within its paragraph and the one before, of an
    /// earlier speaker that is no person, a name that is no person's or place's and said
    /// something or has an organisation's shape (Norvel Corp.), and a sentence opened by a
    /// description of an organisation (the ministry: the one the text named so, else as
    /// written). A person named between is no "it", so passed over.
    pub(crate) fn it_antecedent(
        &self,
        doc: &Document<'a>,
        pos: usize,
        speakers: &[(usize, Vec<&'a str>)],
    ) -> Option<Vec<&'a str>> {
        let lo = org_reach(doc, pos, 1);
        let spoken = speakers
            .iter()
            .rev()
            .filter(|(p, _)| *p < pos)
            .take_while(|(p, _)| *p >= lo)
            .find(|(_, w)| w.len() > 1 || w.first().is_some_and(|w| self.lx.pronoun(w).is_none()))
            .map(|(p, w)| (*p, self.fullest(w, *p)))
            .filter(|(_, full)| Self::organisation_shaped(full, true))
            .map(|(p, full)| (p, full.to_vec()));
        let before = self.occurrences.partition_point(|o| o.pos < pos);
        let named = (0..before)
            .rev()
            .take_while(|&k| self.occurrences[k].pos >= lo)
            .find(|&k| {
                let o = &self.occurrences[k];
                // (An acronym that said something: KCNA said, not EST.) A subject: what said
                // something or opens its clause, not an object (urging Congress to act).
                !o.told
                    && !self.places[o.name as usize]
                    && ((o.says || opens_clause(doc, o.run))
                        && Self::organisation_shaped(self.words_of(o), o.says)
                        || described_as_organisation(doc, o))
            })
            .map(|k| {
                // The whole capitalised run: the Harlow Police Department, not Department.
                let o = &self.occurrences[k];
                (o.pos, organisation_name(doc, o.end - 1))
            });
        let sentences = doc.sentences();
        let described = (0..=doc.sentence_of(pos).min(sentences.len().saturating_sub(1)))
            .rev()
            .map(|i| sentences[i].start)
            .filter(|&start| start < pos)
            .take_while(|&start| start >= lo)
            .find_map(|start| self.organisation_opening(doc, start).map(|w| (start, w)));
        // (Or a statement mentioned in the two sentences before, by whoever issued it: The
        // Warriors confirmed it in a brief statement. “…,” it read.)
        let toks = doc.tokens();
        let first = doc.sentence_of(pos).saturating_sub(2);
        let statement = (lo..pos)
            .rev()
            .take_while(|&k| doc.sentence_of(k) >= first)
            .find(|&k| STATEMENT_NOUNS.contains(&toks[k].text))
            .and_then(|k| {
                // (Its sentence's subject, near its start: not one a list set off inside
                // names, A coalition of groups, including the Ruiz Foundation, sent a letter.)
                let start = doc.sentences()[doc.sentence_of(k)].start;
                let head = &toks[start..toks.len().min(start + 6)];
                self.statement_issuer(doc, pos, toks[k].text)
                    .filter(|w| {
                        w.iter().any(|l| {
                            crate::capitalised(l)
                                && head.iter().any(|t| strip_possessive(t.text).0 == *l)
                        })
                    })
                    .map(|w| (k, w))
            });
        [spoken, named, described, statement]
            .into_iter()
            .flatten()
            .max_by_key(|(p, _)| *p)
            .map(|(_, w)| w)
    }

    /// Who issued the statement (or release, letter …: `head`) a definite description of one
    /// at token `s` stands for: the same noun earlier, within its paragraph and the one
    /// before, with its issuer after "from" or "by" (a statement from the Harlow Food Bank)
    /// or as its clause's subject (Ana Ruiz said in a statement; The defence ministry, or
    /// Egypt's foreign ministry, issued a statement).
    fn statement_issuer(&self, doc: &Document<'a>, s: usize, head: &str) -> Option<Vec<&'a str>> {
        if !STATEMENT_NOUNS.iter().any(|n| head.eq_ignore_ascii_case(n)) {
            return None;
        }
        let toks = doc.tokens();
        let lo = org_reach(doc, s, 2);
        let occurrence_at = |at: usize| {
            let i = self.occurrences.partition_point(|o| o.run < at);
            self.occurrences.get(i).filter(|o| o.run == at).map(|_| i)
        };
        let name_of = |i: usize| -> Vec<&'a str> {
            let o = &self.occurrences[i];
            // (Or the end of one joined by "of": the Council of Harbour Authorities.)
            let joined = o.run > 1
                && matches!(toks[o.run - 1].text, "of" | "for")
                && is_word(&toks[o.run - 2])
                && crate::capitalised(toks[o.run - 2].text);
            if joined || Self::organisation_shaped(self.words_of(o), true) {
                organisation_name(doc, o.end - 1)
            } else {
                self.words_of(&self.occurrences[self.fullest_for(i)])
                    .to_vec()
            }
        };
        // (Passing over the statement's own earlier turns: the release said …)
        let speaks = |k: usize| {
            k > 0
                && toks[k - 1].text.eq_ignore_ascii_case("the")
                && toks
                    .get(k + 1)
                    .is_some_and(|t| self.lx.is_speech_verb(t.text))
        };
        let Some(k) = (lo..s)
            .rev()
            .find(|&k| toks[k].text.eq_ignore_ascii_case(head) && !speaks(k))
        else {
            // None mentioned: whoever announced something in the sentence before (The
            // Harlow Party announced the split. “…,” the statement read.), or whom it
            // cites (…, according to the Marrable Police Department.).
            let before = doc.sentences().get(doc.sentence_of(s).checked_sub(1)?)?;
            if doc.paragraph_of(s) - doc.paragraph_of(before.start) > 1 {
                return None;
            }
            let cited = (before.start..before.end.saturating_sub(2))
                .find(|&j| {
                    toks[j].text.eq_ignore_ascii_case("according") && toks[j + 1].text == "to"
                })
                .and_then(|j| {
                    let at = j + 2 + usize::from(toks[j + 2].text == "the");
                    let run = organisation_name(doc, at);
                    (crate::capitalised(toks.get(at)?.text)
                        && run
                            .last()
                            .is_some_and(|w| crate::mentions::ORG_WORD_SET.contains(w)))
                    .then_some(run)
                });
            if cited.is_some() {
                return cited;
            }
            if !toks[before.clone()]
                .iter()
                .any(|t| t.text.starts_with(char::is_lowercase) && self.lx.is_speech_verb(t.text))
            {
                return None;
            }
            let at = before.start + usize::from(toks[before.start].text == "The");
            // (A speaker is a person by that alone: not one shaped like an organisation.)
            let opener = occurrence_at(at).filter(|&i| {
                let o = &self.occurrences[i];
                let words = self.words_of(o);
                (!o.person || Self::organisation_shaped(words, false))
                    && words.len() >= 2
                    && !self.places[o.name as usize]
            });
            return opener
                .map(name_of)
                .or_else(|| self.organisation_opening(doc, before.start));
        };
        // A statement from the Harlow Food Bank, by Ana Ruiz; the memo, written by Ana Ruiz.
        let by = if toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.text, "from" | "by"))
        {
            Some(k + 1)
        } else {
            // (Its participle right after it, "by" a few words on: a letter sent to her
            // office by a constituent.)
            let participle = (k + 1..toks.len().min(k + 3)).find(|&j| {
                matches!(
                    toks[j].text,
                    "written" | "signed" | "sent" | "drafted" | "authored" | "issued"
                )
            });
            participle.and_then(|p| {
                (p + 1..toks.len().min(p + 6))
                    .take_while(|&j| is_word(&toks[j]))
                    .find(|&j| toks[j].text == "by")
            })
        };
        if let Some(by) = by {
            let at = by + 1 + usize::from(toks.get(by + 1).is_some_and(|t| t.text == "the"));
            // (Or a description as written: a letter sent by a young teacher; by a
            // constituent in Tulsa.)
            // (A role's name set off after it: signed by its chairman, Comrade Ade Ruiz.)
            let appositive = || {
                (by + 2..toks.len().min(by + 6))
                    .take_while(|&j| is_word(&toks[j]) || toks[j].text == ",")
                    .find(|&j| toks[j].text == ",")
                    .filter(|&c| self.lx.is_nominal_head(toks[c - 1].text))
                    .and_then(|c| occurrence_at(c + 1))
                    .filter(|&i| self.occurrences[i].person)
            };
            return occurrence_at(at)
                .or_else(appositive)
                .map(name_of)
                .or_else(|| description_at(&self.lx, toks, by + 1))
                .or_else(|| writer_at(toks, by + 1));
        }
        // A statement read on behalf of the Ruiz family: that family, as written.
        if toks.get(k + 2).is_some_and(|t| t.text == "behalf")
            || toks.get(k + 3).is_some_and(|t| t.text == "behalf")
        {
            let of = (k + 3..toks.len().min(k + 5)).find(|&j| toks[j].text == "of");
            if let Some(words) = of.and_then(|j| description_at(&self.lx, toks, j + 1)) {
                return Some(words);
            }
        }
        // The union's memorandum, NECSA's latest statement: the possessor, an organisation's
        // noun by the organisation the text named so, a name by its fullest.
        // (Past up to two modifiers in lower case: the union's final memorandum.)
        let owner = (k.saturating_sub(3)..k).rev().find(|&j| {
            strip_possessive(toks[j].text).1
                && (j + 1..k).all(|m| {
                    is_word(&toks[m])
                        && !crate::capitalised(toks[m].text)
                        && !crate::mentions::is_preposition(&toks[m])
                })
        });
        if let Some(p) = owner {
            let noun = strip_possessive(toks[p].text).0;
            if p > 0 && toks[p - 1].text.eq_ignore_ascii_case("the") && org_head(noun) {
                // (One whose name ends in the noun: not Union Buildings for the union.)
                if let Some(words) = self
                    .named_organisation(doc, p - 1, noun)
                    .filter(|w| w.last().is_some_and(|l| l.eq_ignore_ascii_case(noun)))
                {
                    return Some(words);
                }
            } else if crate::capitalised(noun) {
                let i = self.occurrences.partition_point(|o| o.end <= p);
                if let Some(i) = self
                    .occurrences
                    .get(i)
                    .filter(|o| o.end == p + 1)
                    .map(|_| i)
                    .filter(|&i| !self.places[self.occurrences[i].name as usize])
                {
                    return Some(name_of(i));
                }
            }
        }
        // A report is many people's to cite: only the one who published, released or issued
        // it speaks through it, not one who refers to it.
        if head.eq_ignore_ascii_case("report")
            && !(k.saturating_sub(4)..k).any(|j| {
                matches!(
                    toks[j].text,
                    "published" | "publishes" | "released" | "releases" | "issued" | "issues"
                )
            })
        {
            return None;
        }
        let start = doc.sentences().get(doc.sentence_of(k))?.start;
        // In a statement (read by an officer), the Ruiz family said …: the subject after the
        // opening phrase.
        // (Past the reader's appositive: In a statement read by the family's solicitor, Ana
        // Ruiz, the boy's parents said …)
        if k <= start + 3 && toks[start].text.eq_ignore_ascii_case("in") {
            let end = doc.sentences().get(doc.sentence_of(k)).map_or(k, |r| r.end);
            for comma in (k + 1..end.min(k + 20)).filter(|&j| toks[j].text == ",") {
                let at = comma + 1;
                // (Past a relative clause set off after the name: Brackendale Live, which
                // runs the festival, said …)
                let verb_after = |e: usize| {
                    let e = if toks.get(e).is_some_and(|t| t.text == ",")
                        && toks
                            .get(e + 1)
                            .is_some_and(|t| matches!(t.text, "which" | "who"))
                    {
                        (e + 2..end.min(e + 20))
                            .find(|&j| toks[j].text == ",")
                            .map_or(e, |c| c + 1)
                    } else {
                        e
                    };
                    toks.get(e).is_some_and(|t| self.lx.is_speech_verb(t.text))
                };
                let first = at + usize::from(toks.get(at).is_some_and(|t| t.text == "the"));
                // (A name joined by "of", which its occurrence ends before: the Department of
                // Education said.)
                let joined = || {
                    let run = organisation_name(doc, first);
                    (run.len() >= 2
                        && toks
                            .get(first)
                            .is_some_and(|t| run.first() == Some(&t.text))
                        && verb_after(first + run.len()))
                    .then_some(run)
                };
                let named = occurrence_at(first)
                    .filter(|&i| verb_after(self.occurrences[i].end))
                    .map(name_of)
                    .or_else(joined);
                if let Some(words) = named.or_else(|| {
                    description_at(&self.lx, toks, at).filter(|w| {
                        toks.get(at + w.len())
                            .is_some_and(|t| self.lx.is_speech_verb(t.text))
                    })
                }) {
                    return Some(words);
                }
            }
        }
        // The department said in a news release: the description before the speech verb
        // just before it names the issuer.
        let verb = (start.max(k.saturating_sub(5))..k).rev().find(|&v| {
            toks[v].text.starts_with(char::is_lowercase) && self.lx.is_speech_verb(toks[v].text)
        });
        if let Some(v) = verb.filter(|&v| v >= start + 2) {
            let body = toks[v - 1].text;
            if toks[v - 2].text.eq_ignore_ascii_case("the") && ORG_HEAD_SET.contains_lowercase(body)
            {
                if let Some(words) = self.named_organisation(doc, v - 2, body) {
                    return Some(words);
                }
            }
            // The sellers, who asked not to be named, said in a statement …: the description
            // opening the sentence, its relative clause set off before the verb.
            if toks[v - 1].text == "," && matches!(toks[start].text, "The" | "A" | "An") {
                if let Some(words) = description_at(&self.lx, toks, start) {
                    let close = start + words.len();
                    let clause = toks.get(close).is_some_and(|t| t.text == ",")
                        && toks
                            .get(close + 1)
                            .is_some_and(|t| matches!(t.text, "who" | "whose"));
                    if clause && (close + 2..v - 1).all(|j| toks[j].text != ",") {
                        return Some(words);
                    }
                }
            }
        }
        // The subject of the clause that issued it: the nearest name before it that a verb
        // or an appositive's comma follows (The Gazette said Ana Ruiz provided a statement),
        // no possessive (Egypt's foreign ministry), place or preposition's object (told the
        // Gazette in a statement); else a description of an organisation opening the sentence.
        // The Harlow Commission, chaired by Ana Ruiz, published its report: the name opening
        // the sentence, past a clause set off after it, and not the name inside that clause.
        let opener = occurrence_at(start + usize::from(toks[start].text == "The")).filter(|&i| {
            let o = &self.occurrences[i];
            let closed = (o.end + 2..k)
                .find(|&j| toks[j].text == ",")
                .is_some_and(|c| {
                    toks.get(c + 1).is_some_and(|t| {
                        is_word(t)
                            && t.text.starts_with(char::is_lowercase)
                            && !crate::mentions::is_preposition(t)
                            && !matches!(t.text, "and" | "or")
                    })
                });
            // (Not a name set off after a title: The Chief Imam, Sheikh Ana Ruiz, who …)
            toks.get(o.end).is_some_and(|t| t.text == ",")
                && toks
                    .get(o.end + 1)
                    .is_some_and(|t| t.text.starts_with(char::is_lowercase))
                && closed
                && !strip_possessive(toks[o.end - 1].text).1
                && !self.places[o.name as usize]
        });
        if let Some(i) = opener {
            return Some(name_of(i));
        }
        let first = self.occurrences.partition_point(|o| o.run < start);
        let last = self.occurrences.partition_point(|o| o.run < k);
        let subject = (first..last).rev().find(|&i| {
            let o = &self.occurrences[i];
            let verb_or_comma = toks.get(o.end).is_some_and(|t| {
                t.text == ","
                    || (is_word(t)
                        && t.text.starts_with(char::is_lowercase)
                        && !crate::mentions::is_preposition(t)
                        && !matches!(t.text, "and" | "or"))
            });
            // (Nor a noun's modifier: a Ruiz campaign memo; The Ruiz campaign sent an email,
            // which the description opening the sentence names.)
            let modifier = o.run > 0 && matches!(toks[o.run - 1].text, "a" | "an" | "A" | "An")
                || toks
                    .get(o.end)
                    .is_some_and(|t| ORG_HEAD_SET.contains_lowercase(t.text));
            // (Nor a preposition's object: According to The Gazette, an email …)
            let object = o.run > 0 && {
                // (Past a title: chaired by Judge Ana Ruiz.)
                let mut p = o.run - 1;
                while p > 0 && p + 2 >= o.run && self.lx.title(toks[p].text).is_some() {
                    p -= 1;
                }
                let p = if toks[p].text.eq_ignore_ascii_case("the") && p > 0 {
                    p - 1
                } else {
                    p
                };
                // (Not the "of" inside a name: the Council of Harbour Authorities.)
                let inside = matches!(toks[p].text, "of" | "for")
                    && p > 0
                    && is_word(&toks[p - 1])
                    && crate::capitalised(toks[p - 1].text);
                // (Nor the employer of people a role's plural names as the subject:
                // Economists at Protea Securities said in a note.)
                let staff = matches!(toks[p].text, "at" | "from")
                    && p > 0
                    && p == start + 1
                    && toks[p - 1].text.ends_with('s')
                    && self
                        .lx
                        .is_nominal_head(toks[p - 1].text.trim_end_matches('s'));
                crate::mentions::is_preposition(&toks[p]) && !inside && !staff
            };
            o.end <= k
                && verb_or_comma
                && !modifier
                && !object
                && !strip_possessive(toks[o.end - 1].text).1
                && !self.places[o.name as usize]
        });
        match subject {
            Some(i) => Some(name_of(i)),
            None => self.organisation_opening(doc, start).or_else(|| {
                // According to the statement, …: whoever opens the sentence before (Harlow
                // Radio confirmed the meeting.), a name and its verb or an organisation.
                let before = doc.sentences().get(doc.sentence_of(k).checked_sub(1)?)?;
                let opener = occurrence_at(before.start).filter(|&i| {
                    let o = &self.occurrences[i];
                    // (Two words or a speaker: not Shortly, Finally.)
                    (self.words_of(o).len() >= 2 || o.says)
                        && toks.get(o.end).is_some_and(|t| {
                            is_word(t)
                                && t.text.starts_with(char::is_lowercase)
                                && !crate::mentions::is_preposition(t)
                        })
                        && !self.places[o.name as usize]
                });
                opener
                    .map(name_of)
                    .or_else(|| self.organisation_opening(doc, before.start))
            }),
        }
    }

    /// True when a name is an organisation's by its shape: its last word ends a company's
    /// or an institution's name (Norvel Industries, the Harlow Police Department), or it is
    /// one word of three capitals or more (KCNA) when `acronym` allows.
    fn organisation_shaped(words: &[&str], acronym: bool) -> bool {
        let last = words.last().map_or("", |w| strip_possessive(w).0);
        COMPANY_WORD_SET.contains(last)
            || crate::mentions::ORG_WORD_SET.contains(last)
            // (A firm's ampersand: Dalton & Hale, AT&T.)
            || words.contains(&"&")
            || (acronym
                && words.len() == 1
                && last.len() >= 3
                && last.bytes().all(|b| b.is_ascii_uppercase()))
    }

    /// The organisation a description opening the sentence at token `start` names (The
    /// defence ministry said …; The company's board …): up to five words to a head noun of
    /// an organisation's that a lower-case word follows, by the name the text gave it or as
    /// written.
    fn organisation_opening(&self, doc: &Document<'a>, start: usize) -> Option<Vec<&'a str>> {
        let toks = doc.tokens();
        // The ministry; Egypt's foreign ministry.
        let opens = toks.get(start)?;
        let described = opens.text.eq_ignore_ascii_case("the")
            || (crate::capitalised(opens.text) && strip_possessive(opens.text).1);
        if !described {
            return None;
        }
        // (Its modifiers only: not past a verb or preposition, The railroad said in a
        // statement.)
        let head = (start + 1..toks.len().min(start + 6))
            .take_while(|&k| {
                is_word(&toks[k])
                    && !crate::mentions::is_preposition(&toks[k])
                    && !self.lx.is_speech_verb(toks[k].text)
            })
            .find(|&k| ORG_HEAD_SET.contains_lowercase(toks[k].text))?;
        let verb_next = toks
            .get(head + 1)
            .is_some_and(|t| is_word(t) && t.text.starts_with(char::is_lowercase));
        if !verb_next || !toks[head].text.starts_with(char::is_lowercase) {
            return None;
        }
        if head == start + 1 {
            if let Some(words) = self.named_organisation(doc, start, toks[head].text) {
                return Some(words);
            }
        }
        let text = doc.text();
        Some(
            text[toks[start].span().start..toks[head].span().end]
                .split(' ')
                .collect(),
        )
    }

    /// With nobody known to be a person: the latest name of two words or more opening a
    /// sentence of paragraph `para` before the pronoun (Olek Brandt met residents. “…,” he
    /// said.), unless a person not of the other gender is named after it, its gender is the
    /// other one or it is unlike a person.
    fn bare_name_opener(
        &self,
        doc: &Document<'_>,
        before: usize,
        want: Gender,
        para: usize,
    ) -> Option<&[&'a str]> {
        // (A paragraph that opens with the quotation looks into the one before too.)
        let para_start = reach_start(doc, para);
        let sentences = doc.sentences();
        let o = self.occurrences[..before]
            .iter()
            .rev()
            .take(LOOKBACK)
            .take_while(|o| o.pos >= para_start)
            // (Past a person of the other gender: Olek Brandt met Ana Ruiz. “…,” he said.)
            .filter(|o| !(o.person && opposite(self.gender_of_occurrence(o), want)))
            .find(|o| {
                o.person
                    || (o.words.len() >= 2
                        && sentences
                            .get(doc.sentence_of(o.pos))
                            .is_some_and(|r| after_dateline(doc.tokens(), r.start) == o.run))
                    // (Or set off after a description: The searcher, Noreen Brill, said …)
                    || self.bare_subject(doc, o)
            })?;
        // A person between (of the other gender, or they would have been found) makes the
        // pronoun's reference unclear: no guess.
        let g = self.gender_of_occurrence(o);
        (!o.person && !self.unlike_occurrence(o) && (g == Gender::Unknown || g == want))
            .then(|| self.words_of(o))
    }

    /// The latest person of gender `want` (or of unknown gender) among the first `before`
    /// occurrences, when they open a sentence of paragraph `para` after token `after` (Kim was
    /// more guarded. “…,” she said.): nearer than a speaker before them.
    fn sentence_opener_after(
        &self,
        doc: &Document<'_>,
        pos: usize,
        before: usize,
        want: Gender,
        after: usize,
        para: usize,
    ) -> Option<&[&'a str]> {
        self.opener_after(doc, pos, before, Some(want), Some(after), para, false)
    }

    /// [`Resolver::sentence_opener_after`] for a person of gender `want`, or of any gender
    /// when `want` is `None`; after token `after`, or anywhere in the paragraph when `None`.
    /// With `known`, only a name the text shows to be a person's (by a title, a role, a
    /// given name or a speech verb), not one that merely opens a sentence as its subject.
    #[allow(clippy::too_many_arguments)]
    fn opener_after(
        &self,
        doc: &Document<'_>,
        pos: usize,
        before: usize,
        want: Option<Gender>,
        after: Option<usize>,
        para: usize,
        known: bool,
    ) -> Option<&[&'a str]> {
        // The latest such person, looked for only back to the speaker and within the
        // paragraph (a table of the latest person at every occurrence costs more to fill).
        let slot = want.map(gender_slot);
        // A paragraph that opens with the quotation looks into the one before too (Ted Pike
        // returned on Monday. ¶ “…,” he said.).
        let para_start = reach_start(doc, para);
        let fits = |j: usize| {
            let o = &self.occurrences[j];
            let mut full = &self.occurrences[self.fullest_for(j)];
            // (A family name two people share stands for the one of the pronoun's gender:
            // Roskilly, beside Declan and Joanne Roskilly.)
            if let Some(want) = want.filter(|&w| w != Gender::Unknown) {
                // (Not one a title gives a gender of its own: Mrs. Clinton.)
                if o.words.len() == 1
                    && o.gender == Gender::Unknown
                    && opposite(self.gender_of_occurrence(full), want)
                {
                    if let Some(k) =
                        self.fuller_than_of(&self.word_ids[o.words.clone()], o.pos, want)
                    {
                        if self.gender_of_occurrence(&self.occurrences[k]) == want {
                            full = &self.occurrences[k];
                        }
                    }
                }
            }
            let g = gender_slot(self.gender_of_occurrence(full));
            // (Not a photo's credit: Ana Ruiz via Getty Images.)
            let credit = doc.tokens().get(o.end).is_some_and(|t| t.text == "via");
            ((o.person || (!known && self.bare_subject(doc, o)))
                && !credit
                && !self.unlike_occurrence(full)
                && !body_word(self.words_of(full))
                && slot.is_none_or(|slot| g == slot || g == gender_slot(Gender::Unknown)))
            .then_some(full)
        };
        let in_reach = |j: &usize| {
            let pos = self.occurrences[*j].pos;
            after.is_none_or(|a| pos > a) && pos >= para_start
        };
        // (No further back than SURNAME_LOOKBACK names: a paragraph of thousands of
        // sentences and no speaker named is read in linear time.)
        let (k, full) = (0..before)
            .rev()
            .take(SURNAME_LOOKBACK)
            .take_while(in_reach)
            .find_map(|j| fits(j).map(|full| (j, full)))?;
        if self.opens_sentence(doc, &self.occurrences[k], pos)
            || self.newcomer(doc, k, pos)
            || self.asked(doc, k, pos)
        {
            return Some(self.words_of(full));
        }
        // The second half of a subject of two people, the first not of the pronoun's gender
        // (Ravi Pell and his wife, Meera Pell, spoke …; Ravi Pell and Clara Pell): the
        // second.
        if let Some(want) = want.filter(|&g| g != Gender::Unknown) {
            if let Some((first, told)) = self.first_conjunct(doc, k) {
                let other = told.unwrap_or_else(|| self.fullest_gender(first));
                let own = self.gender_of_occurrence(full);
                if (opposite(other, want) || (own == want && other != want))
                    && self.opens_sentence(doc, &self.occurrences[first], pos)
                {
                    return Some(self.words_of(full));
                }
            }
        }
        // Not the sentence's subject (Benita Solis, a scholar, said the race was Ms. Lind's
        // to lose): one before it in that sentence that is.
        let sentence = doc.sentence_of(self.occurrences[k].pos);
        (0..k)
            .rev()
            .take_while(in_reach)
            .take_while(|&j| doc.sentence_of(self.occurrences[j].pos) == sentence)
            .find_map(|j| {
                let o = &self.occurrences[j];
                // (Not half of a plural subject: Mr. Ruiz and Mr. Berg teamed up.)
                let joined = doc.tokens().get(o.end).is_some_and(|t| t.text == "and");
                fits(j).filter(|_| !joined && self.opens_sentence(doc, o, pos))
            })
            .map(|full| self.words_of(full))
    }

    /// True when occurrence `k`, in a sentence before token `pos`'s, brings a person into the
    /// text the way news brings in a new voice: the first person its sentence names, named
    /// for the first time, and described there (That matches the experience of Ana Ruiz,
    /// who runs a bakery; Among them was Ana Ruiz, whose son …; Ana Ruiz, 44, was weighing
    /// …; a woman who gave her name only as Ana was buying …).
    fn newcomer(&self, doc: &Document<'_>, k: usize, pos: usize) -> bool {
        let toks = doc.tokens();
        let o = &self.occurrences[k];
        let sentence = doc.sentence_of(o.pos);
        if !o.fresh || !o.person || sentence >= doc.sentence_of(pos) {
            return false;
        }
        // (Nobody named before it in its sentence, nor a subject pronoun opening it: Ana
        // Ruiz praised Ines Berg, who …; He praised Ines Berg, who … are about the subject.)
        let start = doc.sentences()[sentence].start;
        let alone = (0..k)
            .rev()
            .take_while(|&j| doc.sentence_of(self.occurrences[j].pos) == sentence)
            .all(|j| !self.occurrences[j].person)
            && !toks[start..o.run.min(start + 2)]
                .iter()
                .any(|t| matches!(t.text, "He" | "She" | "he" | "she" | "They" | "they"));
        // (A name, not a description in capitals: The Democrat, a state treasurer, …)
        let described_so = o.run > 0
            && matches!(
                toks[o.run - 1].text,
                "The" | "the" | "A" | "a" | "An" | "an"
            );
        let described = toks.get(o.end).is_some_and(|t| t.text == ",")
            && toks.get(o.end + 1).is_some_and(|t| {
                matches!(t.text, "who" | "whose" | "a" | "an") || age(t.text).is_some()
            });
        // (Or described in a phrase set off before the name: according to its director, Dr.
        // Ana Ruiz; which the chair of the bench, Mrs Ana Ruiz, silenced.)
        let described_before = || {
            let Some(comma) = o.run.checked_sub(1).filter(|&c| toks[c].text == ",") else {
                return false;
            };
            let lo = comma.saturating_sub(6).max(start);
            (lo..comma)
                .rev()
                .take_while(|&j| is_word(&toks[j]) && toks[j].text.starts_with(char::is_lowercase))
                .any(|j| {
                    self.lx.is_nominal_head(toks[j].text)
                        && j > 0
                        && matches!(
                            toks[j - 1].text,
                            "the" | "its" | "his" | "her" | "their" | "our"
                        )
                })
        };
        alone
            && !described_so
            && (described || described_before() || introduced_as(toks, o.pos).is_some())
    }

    /// True when occurrence `k` is the one a question was put to in the sentence right before
    /// the pronoun's at token `pos`, its paragraph's (A reporter asked Ana Ruiz whether the
    /// plan would change. “No,” she said.): who answers.
    /// (The asker is the sentence's short subject, and the name no possessor: not when a
    /// young man asked Ana Ruiz why …, nor Tom Berg questioned Ruiz's account.)
    fn asked(&self, doc: &Document<'_>, k: usize, pos: usize) -> bool {
        let toks = doc.tokens();
        let o = &self.occurrences[k];
        let sentence = doc.sentence_of(o.pos);
        let Some(verb) = o.run.checked_sub(1) else {
            return false;
        };
        let start = after_dateline(toks, doc.sentences()[sentence].start);
        // (A person by any sign, or by a name of two words shaped like one's.)
        let person = o.person || {
            let w = self.words_of(o);
            w.len() >= 2 && !Self::organisation_shaped(w, false)
        };
        person
            && matches!(toks[verb].text, "asked" | "pressed")
            && (start + 1..=start + 4).contains(&verb)
            && toks[start..verb].iter().all(is_word)
            && !strip_possessive(toks[o.end - 1].text).1
            && sentence + 1 == doc.sentence_of(pos)
            && doc.paragraph_of(o.pos) == doc.paragraph_of(pos)
    }

    /// The occurrence joined to occurrence `k` by *and* before it, as the first half of a
    /// plural subject: Ravi Pell and Meera Pell; Ravi Pell and his wife, Meera Pell (a
    /// possessive's relative set off before the second name), with the first's gender the
    /// possessive tells (his: male).
    fn first_conjunct(&self, doc: &Document<'_>, k: usize) -> Option<(usize, Option<Gender>)> {
        let toks = doc.tokens();
        let o = &self.occurrences[k];
        let j = k.checked_sub(1)?;
        let first = &self.occurrences[j];
        if toks.get(first.end).is_none_or(|t| t.text != "and")
            || doc.sentence_of(first.pos) != doc.sentence_of(o.pos)
        {
            return None;
        }
        let between = toks.get(first.end + 1..o.run)?;
        match between {
            [] => Some((j, None)),
            [own, noun, comma]
                if matches!(own.text, "his" | "her")
                    && self.lx.gendered_noun(noun.text).is_some()
                    && comma.text == "," =>
            {
                let told = if own.text == "his" {
                    Gender::Male
                } else {
                    Gender::Female
                };
                Some((j, Some(told)))
            }
            _ => None,
        }
    }

    /// True when occurrence `o` opens its sentence as the subject, for a pronoun at token
    /// `pos` ([`Resolver::sentence_opener_after`]).
    fn opens_sentence(&self, doc: &Document<'_>, o: &Occurrence, pos: usize) -> bool {
        // The subject opens its sentence; or an earlier sentence (not the pronoun's own:
        // Also, Ruiz is no help, he said) after an adverb of time or a short opening phrase
        // and its comma (Later, Ruiz returned; Then Ruiz spoke; After the break, Ruiz …), but
        // not after another name's appositive (Tom Berg, Ruiz's adviser, …).
        let toks = doc.tokens();
        let sentence = doc.sentence_of(o.pos);
        let earlier = sentence != doc.sentence_of(pos);
        let Some(r) = doc.sentences().get(sentence) else {
            return false;
        };
        let lead = &toks[after_dateline(toks, r.start).min(o.run)..o.run];
        // Outside court, his mother, Ana Ruiz, …: after a short phrase of place or time, the
        // rest of the lead as if it opened the sentence.
        // (A longer one after a preposition when it names no one: In a statement read to the
        // court last month, her husband's sister, Ana Ruiz, …)
        let phrase_end = lead
            .iter()
            .take(14)
            .position(|t| t.text == ",")
            .filter(|&c| {
                let phrase = &lead[..=c];
                let words = || phrase[1..c].iter().all(|t| is_word(t));
                c >= 1
                    && c + 1 < lead.len()
                    && if c < 6 {
                        place_lead(phrase)
                            || time_lead(phrase)
                            || opening_preposition(phrase[0].text) && words()
                    } else {
                        opening_preposition(phrase[0].text)
                            && words()
                            && phrase[1..c].iter().all(|t| !crate::capitalised(t.text))
                    }
            });
        // (Or a feature's longer scene, a relative clause in it: At the village hall,
        // where families waited for word, 71-year-old Ana Ruiz sat …)
        let scene_end = || {
            lead.iter()
                .rposition(|t| t.text == ",")
                .filter(|&c| c + 1 < lead.len() && scene_lead(&lead[..=c]))
        };
        self.lead_opens(doc, o, earlier, lead)
            || phrase_end.is_some_and(|c| earlier && self.lead_opens(doc, o, true, &lead[c + 1..]))
            || (earlier
                && scene_end()
                    .filter(|&c| Some(c) != phrase_end)
                    .is_some_and(|c| self.lead_opens(doc, o, true, &lead[c + 1..])))
    }

    /// The rest of [`Resolver::opens_sentence`]: true when `lead`, the tokens before
    /// occurrence `o` in its sentence (or after an opening phrase), leaves `o` its subject.
    fn lead_opens(
        &self,
        doc: &Document<'_>,
        o: &Occurrence,
        earlier: bool,
        lead: &[Token<'_>],
    ) -> bool {
        let toks = doc.tokens();
        // Mrs Ardvane's neighbour, Ray Sprake, …: a possessor's name (its title with it)
        // before the description's noun reads as a possessive opening the description.
        let lead = match lead.iter().take(4).position(|t| strip_possessive(t.text).1) {
            Some(p)
                if p > 0
                    && lead[..=p]
                        .iter()
                        .all(|t| is_word(t) && crate::capitalised(t.text)) =>
            {
                &lead[p..]
            }
            _ => lead,
        };
        // A word in capitals in a description is an organisation's initials, no name (The
        // GR leader, Femke Allersma, …).
        let plain = |t: &Token<'_>| !crate::capitalised(t.text) || acronym_shaped(t.text);
        let adverb = |t: &Token<'_>| {
            matches!(
                t.text,
                "Then"
                    | "Later"
                    | "Now"
                    | "Still"
                    | "Afterward"
                    | "Afterwards"
                    | "Also"
                    | "Meanwhile"
                    | "Indeed"
                    | "Instead"
                    | "But"
                    | "And"
                    | "So"
                    | "Yet"
                    | "However"
                    | "Earlier"
                    | "Finally"
                    | "Again"
                    | "Outside"
                    | "Inside"
                    | "Nearby"
                    | "Elsewhere"
                    | "Today"
                    | "Tonight"
                    | "Yesterday"
            ) || (t.text.ends_with("ly") && t.text.len() > 4)
        };
        // The district's lawyer, Ned Sato, disputed it: a description set off before the
        // name, its appositive closed after it.
        // So does a name's (Wendle's lawyer, Stuart Plimm, said …).
        // (Past the name's affiliation: Another economist, Dong Mi-rae of the Busan
        // Institute, was less worried.)
        // (Lower case after an opening phrase: Outside court, his mother, Ana Ruiz, …)
        let description = |first: &Token<'_>| {
            (matches!(
                first.text,
                "The"
                    | "A"
                    | "An"
                    | "His"
                    | "Her"
                    | "Their"
                    | "Its"
                    | "One"
                    | "Another"
                    | "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
            ) || strip_possessive(first.text).1)
                && toks
                    .get(affiliation_end(toks, o.end))
                    .is_some_and(|t| t.text == ",")
        };
        // For Ana Ruiz, the results are personal: the name is what the sentence is
        // about.
        let about = |t: &Token<'_>| {
            matches!(t.text, "For" | "To") && toks.get(o.end).is_some_and(|c| c.text == ",")
        };
        // Junior forward Maddie Kowalski, Lincoln Heights coach Ana Ruiz: a role written
        // before the name, capitalised words first.
        // (Or an age: The 21-year-old Len Marr was more defensive.)
        let age = |t: &Token<'_>| t.text.ends_with("-year-old");
        let role = lead.len() <= 4
            && lead.last().is_some_and(|t| {
                t.text.starts_with(char::is_lowercase) && self.lx.is_nominal_head(t.text) || age(t)
            })
            && lead.iter().all(|t| {
                (matches!(t.kind, TokenKind::Word) || age(t)) && !strip_possessive(t.text).1
            });
        // Several students spoke, including Maya Hebb, a senior: the newcomer the
        // sentence names, with a description of their own.
        let newcomer = earlier && newcomer_after_including(toks, o.run, o.end);
        match lead {
            _ if newcomer => true,
            [] => true,
            _ if earlier && time_lead(lead) => true,
            // The lone no vote came from board member Ana Ruiz: whom the sentence is
            // about.
            _ if earlier && came_from(lead) => true,
            _ if role => true,
            // The Rev Oswin Ruddle: a title written with its article.
            [t] if t.text == "The" && self.lx.title(toks[o.run].text).is_some() => true,
            [t] => earlier && (adverb(t) || about(t)),
            [first, .., last] => {
                // (A description may run longer: The president of the police union,
                // Ned Sato, …; so may a participle's phrase: Asked about the delays, Dr.
                // Mona Gadsby chose her words.)
                let participle = participle_phrase(lead);
                // His deputy, the 21-year-old Len Marr, …: a description set off before
                // an appositive's article and lower-case words that run into the name.
                let appositive = || {
                    description(first)
                        && lead.len() <= 9
                        && lead.iter().rposition(|t| t.text == ",").is_some_and(|c| {
                            let tail = &lead[c + 1..];
                            // (Or a role of its own: A student, Ilsley senior Ana Ruiz, …)
                            let role = || {
                                (1..=3).contains(&tail.len())
                                    && tail
                                        .last()
                                        .is_some_and(|t| t.text.starts_with(char::is_lowercase))
                                    && tail.iter().all(|t| {
                                        matches!(t.kind, TokenKind::Word)
                                            && !crate::mentions::is_preposition(t)
                                            && !matches!(t.text, "and" | "or" | "but")
                                            && !self.lx.is_speech_verb(t.text)
                                    })
                            };
                            lead[1..c].iter().all(plain)
                                && (matches!(
                                    tail.first().map(|t| t.text),
                                    Some("the" | "a" | "an")
                                ) || role())
                                && tail.len() <= 4
                                && tail[1..].iter().all(|t| {
                                    t.text.ends_with("-year-old")
                                        || matches!(t.kind, TokenKind::Word)
                                            && !crate::capitalised(t.text)
                                })
                        })
                };
                // The First Sea Lord, Admiral Ana Ruiz, …: a description in capitals that
                // ends in a title or a role's noun.
                let titled = || {
                    description(first)
                        && last.text == ","
                        && lead.len() <= 7
                        && lead[..lead.len() - 1]
                            .iter()
                            .all(|t| matches!(t.kind, TokenKind::Word))
                        && lead.len() >= 3
                        && {
                            // (The office's word before its department: The Minister
                            // for Sport and Recreation, Ana Ruiz, …)
                            let at = lead
                                .iter()
                                .position(|t| matches!(t.text, "for" | "of"))
                                .unwrap_or(lead.len() - 1);
                            let noun = lead[at.max(1) - 1].text;
                            self.lx.title(noun).is_some() || self.lx.is_nominal_head(noun)
                        }
                };
                // In Dadu, farmer Ali Sprake waded …: a role's words after an opening
                // phrase of place or time.
                let role_after_phrase = || {
                    lead.iter().rposition(|t| t.text == ",").is_some_and(|c| {
                        let (phrase, role) = lead.split_at(c + 1);
                        // (A noun shaped like an agent's is a role's here too: Near
                        // Te Aroha, sharemilker Ana Ruiz …)
                        (1..=3).contains(&role.len())
                            && role
                                .iter()
                                .all(|t| is_word(t) && t.text.starts_with(char::is_lowercase))
                            && (self.lx.is_nominal_head(role[role.len() - 1].text)
                                || agent_shaped(role[role.len() - 1].text))
                            && (place_lead(phrase) || time_lead(phrase))
                    })
                };
                earlier
                    && (titled()
                        || place_lead(lead)
                        || scene_lead(lead)
                        || role_after_phrase()
                        || (lead[1..].iter().all(plain) || participle)
                            && (lead.len() <= 5
                                || participle
                                || (lead.len() <= DESCRIPTION_LEAD && description(first)))
                            && last.text == ","
                            && (adverb(first)
                                || participle
                                || crate::mentions::is_preposition(first)
                                || opening_preposition(first.text)
                                || description(first))
                        || appositive())
            }
        }
    }

    /// True when occurrence `o` is a name of two words or more with no sign of a person
    /// (a given name the lexicon lacks: Gareth Jones) that opens its sentence as the subject
    /// of a lower-case verb, and is not shaped like an organisation's name: a person's, most
    /// likely, for a he or she right after it.
    fn bare_subject(&self, doc: &Document<'_>, o: &Occurrence) -> bool {
        let toks = doc.tokens();
        // (A surname alone counts by the full name written before: Solvang, Margarethe
        // Solvang.)
        let own = self.words_of(o);
        // (Not a party's or a nation's word: Democratic, Swedish; nor a possessor: Vasko's
        // mother sat …)
        // (Nor a plural's possessor, its apostrophe a token of its own: The Marshall
        // Islands’ envoy …)
        if matches!(own, [w] if nationality(w) || crate::mentions::party_member(w))
            || strip_possessive(toks[o.end - 1].text).1
            || crate::mentions::is_plural_possessive_mark(toks, o.end)
        {
            return false;
        }
        let words = self.fullest(own, o.pos);
        // (Nor a thing's name holding initials beside a word in lower case: Blue LED
        // floodlights …)
        if words.len() >= 2
            && words.iter().any(|w| w.len() >= 3 && crate::in_capitals(w))
            && !words.iter().all(|w| crate::in_capitals(w))
        {
            return false;
        }
        // (Or set off after a description opening the sentence: The extension agent,
        // Marisol Quintanilla, said …; `sentence_opener_after` checks the description.)
        // (Past an affiliation: Noreen Brill of the Tri-County Rescue Team, said …)
        let end = affiliation_end(toks, o.end);
        // (Or after an age set off so: His deputy, the 21-year-old Len Marr, said …)
        let aged_apposition = o.run >= 3
            && toks[o.run - 1].text.ends_with("-year-old")
            && matches!(toks[o.run - 2].text, "the" | "a" | "an")
            && toks[o.run - 3].text == ",";
        // (Or past a modifier or two of its own: A student, Ilsley senior Ana Ruiz, said …)
        let modified = || {
            (o.run.saturating_sub(3)..o.run.saturating_sub(1))
                .find(|&c| toks[c].text == ",")
                .is_some_and(|c| {
                    toks[c + 1..o.run].iter().all(|t| {
                        is_word(t)
                            && !crate::mentions::is_preposition(t)
                            && !matches!(t.text, "and" | "or" | "but" | "who" | "which")
                            && !self.lx.is_speech_verb(t.text)
                    })
                })
        };
        let set_off = o.run > 0
            && (toks[o.run - 1].text == "," || aged_apposition || modified())
            && toks.get(end).is_some_and(|t| t.text == ",");
        if words.len() >= 2 && o.run == o.pos && set_off {
            return !Self::organisation_shaped(words, false);
        }
        // (Or a newcomer with a description of their own: including Maya Hebb, a senior.)
        if words.len() >= 2 && newcomer_after_including(toks, o.run, end) {
            return !Self::organisation_shaped(words, false);
        }
        // (Or after a role written before the name: Junior forward Maddie Kowalski, Lincoln
        // Heights coach Ana Ruiz; `opens_sentence` checks the role.)
        // (Or an age: His deputy, the 21-year-old Len Marr, …)
        let role = o.run > 0
            && (toks[o.run - 1].text.starts_with(char::is_lowercase)
                && self.lx.is_nominal_head(toks[o.run - 1].text)
                || toks[o.run - 1].text.ends_with("-year-old"));
        // (Or after a participle's phrase: Asked about the delays, Cal Orm did not back down;
        // a time's: On Tuesday, Cal Orm walked; a short one of place or circumstance: Outside
        // the school, Cal Orm waited; a feature's scene: Every morning before dawn, Cal Orm
        // wades …)
        let framed = || {
            doc.sentences()
                .get(doc.sentence_of(o.pos))
                .is_some_and(|r| {
                    let lead = &toks[after_dateline(toks, r.start).min(o.run)..o.run];
                    lead.len() >= 3 && participle_phrase(lead)
                        || time_lead(lead)
                        || place_lead(lead)
                        || scene_lead(lead)
                })
        };
        // (Or before a relative clause of a person's: Elin Dahl, who led by two, …)
        let who = toks.get(end).is_some_and(|t| t.text == ",")
            && toks
                .get(end + 1)
                .is_some_and(|t| matches!(t.text, "who" | "whose"));
        words.len() >= 2
            && (o.run == o.pos || role)
            && (doc
                .sentences()
                .get(doc.sentence_of(o.pos))
                .is_some_and(|r| after_dateline(toks, r.start) == o.run || role)
                || framed())
            && (who
                || toks.get(end).is_some_and(|t| {
                    t.text.starts_with(|c: char| c.is_ascii_lowercase())
                    // (Not a credit line: Ana Ruiz via Getty Images.)
                    && !crate::mentions::is_preposition(t)
                }))
            && !Self::organisation_shaped(words, false)
    }

    /// The person opening a sentence of the paragraph of token `pos` after the latest
    /// speaker before it ([`Resolver::sentence_opener_after`]): for a description no one was
    /// given (Leo Barros scored twice. “…,” the 24-year-old said), nearer than that speaker.
    fn topic_opener<'s>(
        &'s self,
        doc: &Document<'_>,
        pos: usize,
        speakers: &[(usize, Vec<&'a str>)],
        want: Gender,
    ) -> Option<&'s [&'a str]> {
        let after = speakers.iter().rev().map(|(p, _)| *p).find(|&p| p < pos);
        let before = self.occurrences.partition_point(|o| o.pos < pos);
        let want = (want != Gender::Unknown).then_some(want);
        self.opener_after(doc, pos, before, want, after, doc.paragraph_of(pos), false)
    }

    /// True when `words` is the fullest name of the subject of the verb right before token
    /// `pos`, whose object the description at `pos` is (Reuters quoted the captain as
    /// saying; Ana Ruiz thanked the mayor): someone else.
    fn subject_of_verb_before(&self, doc: &Document<'_>, pos: usize, words: &[&str]) -> bool {
        let toks = doc.tokens();
        let verb = pos.checked_sub(1).and_then(|k| toks.get(k));
        let transitive = verb.is_some_and(|t| {
            crate::mentions::lower(t)
                && !crate::mentions::is_preposition(t)
                && !crate::mentions::is_clause_opener(t.text)
        });
        if !transitive {
            return false;
        }
        let k = self.occurrences.partition_point(|o| o.pos < pos);
        k.checked_sub(1)
            .map(|k| &self.occurrences[k])
            .is_some_and(|o| o.end + 1 == pos && self.fullest(self.words_of(o), o.pos) == words)
    }

    /// The person who spoke most recently before token `pos` (a quotation's speaker or the
    /// subject of a speech verb), within the last three paragraphs, by their fullest name; of
    /// gender `want` when that is known.
    fn recent_speaker<'s>(
        &'s self,
        doc: &Document<'_>,
        pos: usize,
        speakers: &'s [(usize, Vec<&'a str>)],
        want: Gender,
    ) -> Option<&'s [&'a str]> {
        // A description that tells a gender (the businessman) passes over speakers of the
        // other one.
        let agrees = |g: Gender| {
            !matches!(
                (want, g),
                (Gender::Male, Gender::Female) | (Gender::Female, Gender::Male)
            )
        };
        let quoted = speakers
            .iter()
            .rev()
            .filter(|(p, _)| *p < pos)
            .find(|(p, w)| {
                // (By the fullest name's gender: Skelding's is Bruno Skelding's.)
                !self.unlike_a_person(w)
                    && (want == Gender::Unknown || agrees(self.gender_of(self.fullest(w, *p))))
            })
            .map(|(p, w)| (*p, w.as_slice()));
        let k = self
            .says
            .partition_point(|&k| self.occurrences[k].pos < pos);
        let said = self.says[k.saturating_sub(LOOKBACK)..k]
            .iter()
            .rev()
            .find(|&&k| {
                let o = &self.occurrences[k];
                o.person
                    && !self.unlike_occurrence(o)
                    && (want == Gender::Unknown || agrees(self.fullest_gender(k)))
            })
            .map(|&k| (self.occurrences[k].pos, self.words_of(&self.occurrences[k])));
        let (p, words) = match (quoted, said) {
            (Some(q), Some(s)) => {
                if q.0 >= s.0 {
                    q
                } else {
                    s
                }
            }
            (Some(q), None) => q,
            (None, Some(s)) => s,
            (None, None) => return None,
        };
        let near = doc.paragraph_of(pos).saturating_sub(doc.paragraph_of(p)) <= 3;
        near.then(|| self.fullest(words, p))
    }

    /// The person named most recently before token `pos`, within the last three paragraphs,
    /// by their fullest name: the referent of a description when nobody has spoken yet. Not
    /// one of the other gender than `want` (the actress: no Bruno Skelding).
    fn recent_person(&self, doc: &Document<'_>, pos: usize, want: Gender) -> Option<&[&'a str]> {
        let before = self.occurrences.partition_point(|o| o.pos < pos);
        let k = (0..before).rev().take(LOOKBACK).find(|&k| {
            let o = &self.occurrences[k];
            o.person && !self.unlike_occurrence(o) && !opposite(want, self.fullest_gender(k))
        })?;
        let o = &self.occurrences[k];
        let near = doc
            .paragraph_of(pos)
            .saturating_sub(doc.paragraph_of(o.pos))
            <= 3;
        near.then(|| self.fullest(self.words_of(o), o.pos))
    }

    /// True when a title before one of the name's occurrences up to token `pos` (those with
    /// occurrence `k`'s last word) is `head` (lower case) or abbreviates it (Sen. for
    /// senator).
    fn titled_as(&self, doc: &Document<'_>, k: usize, pos: usize, head: &str) -> bool {
        let toks = doc.tokens();
        let Some(&w) = self.word_ids[self.occurrences[k].words.clone()].last() else {
            return false;
        };
        self.surname_occurrences(w, pos, SURNAME_LOOKBACK).any(|j| {
            let o = &self.occurrences[j];
            toks[o.run..o.end]
                .iter()
                .filter_map(|t| self.office_of(t.text))
                .any(|long| same_office(&long, head))
        })
    }

    /// The fullest name of the latest person before token `pos` whose name ends in
    /// `surname` and that the text wrote with `title` (or the same office by another word)
    /// before it; `None` when no fuller name had it.
    fn titled_fuller(
        &self,
        doc: &Document<'_>,
        pos: usize,
        surname: &str,
        title: &str,
    ) -> Option<&[&'a str]> {
        let toks = doc.tokens();
        let want = self.office_of(title)?;
        let k = self
            .surname_occurrences(self.ids.get(surname)?, pos, SURNAME_LOOKBACK)
            .rev()
            .find(|&k| {
                let o = &self.occurrences[k];
                // (The run before the name, and the word right before it: Col. Dean …)
                o.words.len() >= 2
                    && toks[o.run.min(o.pos.saturating_sub(1))..o.pos]
                        .iter()
                        .filter_map(|t| self.office_of(t.text))
                        .any(|long| same_office(&long, &want))
            })?;
        Some(self.words_of(&self.occurrences[self.fullest_for(k)]))
    }

    /// The occurrences holding the word with id `w`, in text order.
    fn with_id(&self, w: u32) -> &[u32] {
        let w = w as usize;
        self.by_word_start.get(w + 1).map_or(&[][..], |&end| {
            &self.by_word[self.by_word_start[w] as usize..end as usize]
        })
    }

    /// The position of the latest occurrence before token `pos` with occurrence `k`'s last
    /// word (its surname), within [`LOOKBACK`] occurrences of it; `k`'s own otherwise.
    fn last_named_before(&self, k: usize, pos: usize) -> usize {
        let surname = self.word_ids[self.occurrences[k].words.clone()]
            .last()
            .copied();
        let Some(w) = surname else {
            return self.occurrences[k].pos;
        };
        self.surname_occurrences(w, pos, LOOKBACK)
            .next_back()
            .map_or(self.occurrences[k].pos, |j| {
                self.occurrences[j].pos.max(self.occurrences[k].pos)
            })
    }

    /// A definite description (the defense chief) to the person whose title words it shares,
    /// preferring the most recent, as `fit` allows.
    pub(crate) fn by_description(
        &self,
        doc: &Document<'a>,
        mention: &Mention,
        fit: Fit,
    ) -> Option<&[&'a str]> {
        let toks = doc.tokens();
        let (s, e) = mention.tokens;
        let words: Vec<Cow<'_, str>> = toks[s..e]
            .iter()
            .filter_map(|t| content_word(t.text))
            .map(|w| match nationality_noun(&w) {
                Some((adj, _)) => Cow::Borrowed(adj),
                None => w,
            })
            // An age beside a role is seldom written with the name (the 47-year-old
            // congressman: Rep. Ana Ruiz): the role's words decide.
            .filter(|w| !(w.ends_with("-year-old") && e > s + 2))
            .collect();
        if words.is_empty() {
            // Nothing to share with a title: no occurrence would score.
            return None;
        }
        let mut best: Option<(usize, bool, usize)> = None;
        let people = self.described.get_or_init(|| {
            (0..self.occurrences.len())
                .filter(|&k| self.occurrences[k].person && described(toks, &self.occurrences[k]))
                .map(|k| (k, OnceCell::new()))
                .collect()
        });
        let before = people.partition_point(|(k, _)| self.occurrences[*k].pos < s);
        // The described people before the mention, nearest first, within a bounded reach; or
        // for a headline's description, those after it, first first.
        let (ahead, behind) = match fit {
            Fit::Ahead => (&people[before..], &people[..0]),
            _ => (&people[..0], &people[..before]),
        };
        let candidates = ahead
            .iter()
            .take(LOOKBACK)
            .chain(behind.iter().rev().take(4 * LOOKBACK));
        let head = words.last().map(|w| w.as_ref()).unwrap_or_default();
        // A description that tells a gender (the congressman) names nobody of the other one.
        let told = self
            .lx
            .gendered_noun(toks[e - 1].text)
            .unwrap_or(Gender::Unknown);
        for (k, descriptors) in candidates {
            let (k, o) = (*k, &self.occurrences[*k]);
            if told != Gender::Unknown && opposite(told, self.fullest_gender(k)) {
                continue;
            }
            // The title and appositive words around the name, gathered only when first
            // compared: few mentions are descriptions, and each looks at a bounded number of
            // occurrences.
            let descriptors = descriptors.get_or_init(|| {
                let mut out = Vec::new();
                // Not back into the person's name before (a party's or a place's name
                // there may be part of the title: Republican nominee Ana Ruiz).
                let floor = self.occurrences[..k]
                    .iter()
                    .rev()
                    .take_while(|p| p.end > o.run.saturating_sub(12))
                    // (A nationality is a descriptor: Brazilian striker Leo Barros.)
                    .find(|p| p.person && !matches!(self.words_of(p), [w] if nationality(w)))
                    .map_or(0, |p| p.end)
                    .min(o.run);
                descriptors_before(doc, &self.lx, o.run, o.pos, floor, &mut out);
                descriptors_after(doc, &self.lx, o.end, &mut out);
                push_chief_acronyms(&mut out);
                out
            });
            // (One office by another word counts: Rep. for the congressman.)
            let describes = |w: &Cow<'_, str>| {
                descriptors.iter().any(|(d, long)| {
                    d == w
                        || *long == Some(w.as_ref())
                        || stem_eq(d, w)
                        || same_office(long.unwrap_or(d), w)
                })
            };
            let score = words.iter().filter(|w| describes(w)).count();
            let fits = match fit {
                Fit::Any => true,
                Fit::EveryWord => score == words.len(),
                // Its head noun at least (union chief Ana Ruiz for the nurses’ union chief).
                Fit::Ahead => words.last().is_some_and(describes),
                Fit::Near => doc.paragraph_of(s) <= doc.paragraph_of(o.pos) + 1,
            };
            if score == 0 || !fits {
                continue;
            }
            // Among equals: one the text gives the description's head as a title before
            // their name (Sen. Kincaid for the senator), then the one it named most recently
            // (Sen. Kincaid … Sen. Ellis … Kincaid was unmoved. “…,” the senator said:
            // Kincaid), else the nearest described; ahead, the first.
            let t = self.titled_as(doc, k, s, head);
            let better = |(b, bt, bk): (usize, bool, usize)| {
                score > b
                    || (score == b
                        && (t && !bt
                            || (t == bt
                                && match fit {
                                    Fit::Ahead => o.pos < self.occurrences[bk].pos,
                                    _ if t => {
                                        self.last_named_before(k, s) > self.last_named_before(bk, s)
                                    }
                                    _ => o.pos > self.occurrences[bk].pos,
                                })))
            };
            if best.is_none_or(better) {
                best = Some((score, t, k));
            }
        }
        best.map(|(_, _, k)| self.words_of(&self.occurrences[self.fullest_for(k)]))
    }
}

/// Which described people a description may name ([`Resolver::by_description`]).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fit {
    /// Anyone sharing a word with it.
    Any,
    /// Only someone described with every one of its words (the Ohio Democrat).
    EveryWord,
    /// Someone sharing a word, described in its paragraph or the one before (his wife).
    Near,
    /// Someone described after it with its head noun: a headline's description (…, says
    /// union chief) names the person the article goes on to describe so.
    Ahead,
}

/// True for a party member's noun or a title in capitals (a Democrat; the firm's CEO): the
/// capitalised words that describe a person as a role noun does.
fn member_or_capital_title(lx: &Lexicon, w: &str) -> bool {
    crate::mentions::party_member(w) || (lx.title(w).is_some() && crate::in_capitals(w))
}

/// True when the name `words`, written from token `first`, is a nationality's word alone
/// after "the" (The Slovenian, riding his first Tour, said …): a description of someone
/// named elsewhere.
fn nationality_after_the(toks: &[Token<'_>], first: usize, words: &[&str]) -> bool {
    matches!(words, [w] if nationality(w))
        && first > 0
        && toks[first - 1].text.eq_ignore_ascii_case("the")
}

/// True when `word` is an ordinal in digits (14th, 1st, 22nd, 3rd).
fn ordinal(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&word[digits..], "st" | "nd" | "rd" | "th")
}

/// The gender the votes for a name tell (female, male): the more votes, else unknown.
fn by_votes(f: u32, m: u32) -> Gender {
    match f.cmp(&m) {
        std::cmp::Ordering::Greater => Gender::Female,
        std::cmp::Ordering::Less => Gender::Male,
        std::cmp::Ordering::Equal => Gender::Unknown,
    }
}

/// True when `a` and `b` are the two known genders, one each.
fn opposite(a: Gender, b: Gender) -> bool {
    matches!(
        (a, b),
        (Gender::Female, Gender::Male) | (Gender::Male, Gender::Female)
    )
}

/// Keeps, in order, the first `count` candidates (with their names alongside) that `keep`
/// accepts; returns how many.
fn retain(
    candidates: &mut [u32],
    names: &mut [u32],
    count: usize,
    keep: impl Fn(u32) -> bool,
) -> usize {
    let mut kept = 0;
    for j in 0..count {
        if keep(candidates[j]) {
            candidates[kept] = candidates[j];
            names[kept] = names[j];
            kept += 1;
        }
    }
    kept
}

/// The index of `g` in a [`Resolver::latest_person`] entry (neuter counts as unknown: a full
/// name's gender is never neuter).
fn gender_slot(g: Gender) -> usize {
    match g {
        Gender::Female => 0,
        Gender::Male => 1,
        Gender::Neuter | Gender::Unknown => 2,
    }
}

/// Head nouns of descriptions of a person who speaks in a report as a party of their own, not
/// as a second name for someone the text names (the prosecutor, the neighbour, the official,
/// the announcer): a definite one with no title holder named is left as written. General
/// English news roles.
const SEPARATE_ROLES: &[&str] = &[
    "aide",
    "analyst",
    "announcer",
    "attendee",
    "attorney",
    "bystander",
    "caller",
    "claimant",
    "clerk",
    "colleague",
    "critic",
    "defendant",
    "demonstrator",
    "diplomat",
    "driver",
    "employee",
    "friend",
    "heckler",
    "homeowner",
    "host",
    "insider",
    "interviewer",
    "judge",
    "juror",
    "jury",
    "lawyer",
    "man",
    "moderator",
    "narrator",
    "neighbor",
    "neighbour",
    "official",
    "passenger",
    "person",
    "plaintiff",
    "police",
    "prosecutor",
    "protester",
    "relative",
    "reporter",
    "resident",
    "source",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "staffer",
    "supporter",
    "victim",
    "voter",
    "witness",
    "woman",
    "worker",
];

/// [`SEPARATE_ROLES`] as a set, looked up case-blind.
static SEPARATE_ROLE_SET: WordSet = WordSet::new(SEPARATE_ROLES);

/// Head nouns of descriptions that name an organisation, a group, a document or an idea, not
/// a person (general English).
const ORG_HEADS: &[&str] = &[
    "academy",
    "ad",
    "administration",
    "affidavit",
    "agency",
    "airline",
    "alliance",
    "answer",
    "article",
    "association",
    "audience",
    "audio",
    "authority",
    "automaker",
    "bank",
    "bill",
    "blog",
    "board",
    "body",
    "book",
    "brewer",
    "brief",
    "bureau",
    "cable",
    "campaign",
    "carmaker",
    "carrier",
    "caucus",
    "center",
    "centre",
    "chain",
    "chamber",
    "charity",
    "chipmaker",
    "church",
    "clinic",
    "clip",
    "club",
    "coalition",
    "collective",
    "college",
    "column",
    "command",
    "commission",
    "committee",
    "communique",
    "company",
    "complaint",
    "conglomerate",
    "consortium",
    "consulate",
    "contract",
    "cooperative",
    "council",
    "court",
    "crowd",
    "decision",
    "declaration",
    "delegation",
    "department",
    "diocese",
    "directorate",
    "district",
    "division",
    "document",
    "drugmaker",
    "e-mail",
    "editorial",
    "email",
    "embassy",
    "family",
    "federation",
    "filing",
    "firm",
    "footage",
    "force",
    "forum",
    "foundation",
    "fund",
    "government",
    "group",
    "guild",
    "headline",
    "homily",
    "hospital",
    "idea",
    "indictment",
    "inquiry",
    "institute",
    "insurer",
    "judgement",
    "judgment",
    "label",
    "lawsuit",
    "league",
    "lender",
    "letter",
    "library",
    "magazine",
    "manifesto",
    "manufacturer",
    "memo",
    "memorandum",
    "message",
    "ministry",
    "mission",
    "motion",
    "museum",
    "network",
    "newspaper",
    "note",
    "notice",
    "observatory",
    "office",
    "operator",
    "orchestra",
    "order",
    "organization",
    "page",
    "panel",
    "paper",
    "paradox",
    "party",
    "petition",
    "piece",
    "plan",
    "policy",
    "poll",
    "post",
    "proposal",
    "question",
    "railroad",
    "railway",
    "recording",
    "registry",
    "regulator",
    "release",
    "report",
    "resolution",
    "retailer",
    "ruling",
    "school",
    "secretariat",
    "sermon",
    "service",
    "site",
    "society",
    "speech",
    "startup",
    "statement",
    "story",
    "studio",
    "study",
    "suit",
    "summons",
    "supermarket",
    "survey",
    "syndicate",
    "team",
    "theater",
    "theatre",
    "three",
    "transcript",
    "tribunal",
    "trust",
    "tweet",
    "two",
    "union",
    "university",
    "utility",
    "verdict",
    "video",
    "warrant",
    "watchdog",
    "website",
];

/// Nouns a definite description names a public body or association by, which its name holds
/// (the ministry: the Ministry of Health). General English; not "administration" (the
/// government of the day) nor "group" (any group).
const ORG_BODIES: &[&str] = &[
    "academy",
    "agency",
    "alliance",
    "association",
    "authority",
    "bank",
    "board",
    "bureau",
    "caucus",
    "center",
    "centre",
    "chamber",
    "charity",
    "church",
    "clinic",
    "club",
    "coalition",
    "collective",
    "college",
    "command",
    "commission",
    "committee",
    "consortium",
    "cooperative",
    "council",
    "court",
    "department",
    "diocese",
    "directorate",
    "district",
    "division",
    "federation",
    "force",
    "forum",
    "foundation",
    "fund",
    "guild",
    "hospital",
    "inquiry",
    "institute",
    "league",
    "library",
    "ministry",
    "museum",
    "observatory",
    "office",
    "orchestra",
    "panel",
    "party",
    "railroad",
    "railway",
    "registry",
    "school",
    "secretariat",
    "service",
    "society",
    "syndicate",
    "theater",
    "theatre",
    "tribunal",
    "trust",
    "union",
    "university",
];

/// The last words of a public body's name (the Home Goods Safety Office, the Harlow County
/// Council): no company's. General English.
const PUBLIC_BODY_WORDS: &[&str] = &[
    "Administration",
    "Agency",
    "Assembly",
    "Authority",
    "Board",
    "Bureau",
    "Commission",
    "Committee",
    "Congress",
    "Council",
    "Court",
    "Department",
    "Directorate",
    "Government",
    "Inspectorate",
    "Ministry",
    "Office",
    "Parliament",
    "Police",
    "Regulator",
    "Senate",
    "Service",
    "Tribunal",
];

/// Nouns a definite description names a company by (the company: Dalworth Industries).
/// General English.
const COMPANY_NOUNS: &[&str] = &[
    "airline",
    "automaker",
    "bank",
    "brewer",
    "carmaker",
    "carrier",
    "chain",
    "chipmaker",
    "company",
    "conglomerate",
    "drugmaker",
    "firm",
    "insurer",
    "label",
    "lender",
    "manufacturer",
    "network",
    "operator",
    "retailer",
    "startup",
    "studio",
    "supermarket",
    "utility",
];

/// Nouns a definite description names any organisation by (the group: the Copperline
/// Climate Fund, the Harlow Tenants Union). General English.
const GROUP_NOUNS: &[&str] = &[
    "body",
    "group",
    "nonprofit",
    "organisation",
    "organization",
    "regulator",
    "watchdog",
];

/// Nouns a definite description names a sports club by (the club: Westfield United).
const CLUB_NOUNS: &[&str] = &["club", "side", "team"];

/// Last words of sports clubs' names (Westfield United, Harlow Rovers). General English.
const CLUB_WORDS: &[&str] = &[
    "Albion",
    "Athletic",
    "FC",
    "Rangers",
    "Rovers",
    "United",
    "Wanderers",
];

/// Words that end a company's name (Dalworth Industries, Orbis Corp.). General English
/// business usage.
const COMPANY_WORDS: &[&str] = &[
    "Aerospace",
    "Airlines",
    "Airways",
    "Analytics",
    "Associates",
    "Bancorp",
    "Biologics",
    "Biosciences",
    "Brands",
    "Capital",
    "Chemicals",
    "Co.",
    "Communications",
    "Company",
    "Construction",
    "Consulting",
    "Corp",
    "Corp.",
    "Corporation",
    "Electronics",
    "Energy",
    "Engineering",
    "Enterprises",
    "Entertainment",
    "Financial",
    "Foods",
    "Group",
    "Health",
    "Holdings",
    "Inc",
    "Inc.",
    "Industries",
    "Insurance",
    "Investments",
    "Labs",
    "LLC",
    "Logistics",
    "Ltd",
    "Ltd.",
    "Media",
    "Metals",
    "Minerals",
    "Mining",
    "Motors",
    "Networks",
    "Partners",
    "Petroleum",
    "Pharma",
    "Pharmaceuticals",
    "Properties",
    "Resources",
    "Robotics",
    "Securities",
    "Semiconductor",
    "Semiconductors",
    "Shipbuilding",
    "Shipping",
    "Software",
    "Solutions",
    "Steel",
    "Studios",
    "Systems",
    "Technologies",
    "Telecom",
    "Therapeutics",
    "Ventures",
];

/// [`COMPANY_WORDS`] as a set.
static COMPANY_WORD_SET: WordSet = WordSet::new(COMPANY_WORDS);

/// [`INSTITUTION_WORDS`] as a set.
static INSTITUTION_WORD_SET: WordSet = WordSet::new(INSTITUTION_WORDS);

/// True for a country's name of one word ([`COUNTRIES`]).
pub(crate) fn country(word: &str) -> bool {
    COUNTRIES.binary_search(&word).is_ok()
}

/// True for a word of [`INSTITUTION_WORDS`] (the Dale Foundation, the Agency for Water).
pub(crate) fn institution_word(word: &str) -> bool {
    INSTITUTION_WORD_SET.contains(word)
}

/// Last words of an institution's name that are no one's surname (the Dale Foundation).
/// General English.
const INSTITUTION_WORDS: &[&str] = &[
    "Academy",
    "Administration",
    "Agency",
    "Alliance",
    "Army",
    "Association",
    "Authority",
    "Bank",
    "Board",
    "Bureau",
    "Centre",
    "Chamber",
    "Coalition",
    "Collective",
    "College",
    "Command",
    "Commission",
    "Committee",
    "Company",
    "Consortium",
    "Constabulary",
    "Corporation",
    "Corps",
    "Council",
    "Department",
    "Directorate",
    "Federation",
    "Forum",
    "Foundation",
    "Fund",
    "Gallery",
    "Government",
    "Group",
    "Hospital",
    "Initiative",
    "Inspectorate",
    "Institute",
    "League",
    "Ministry",
    "Movement",
    "Museum",
    "Navy",
    "Network",
    "Observatory",
    "Orchestra",
    "Organization",
    "Parliament",
    "Party",
    "Police",
    "Regulator",
    "Secretariat",
    "Senate",
    "Service",
    "Services",
    "Society",
    "Synod",
    "Theatre",
    "Treasury",
    "Tribunal",
    "Trust",
    "University",
];

/// How many lower-case words may describe a name between its article and it (of the
/// volunteer group Forest Watch Collective) for the word before the article to be read as
/// the name's preposition.
const DESCRIBED_REACH: usize = 5;

/// Nouns for a business that are also a person's role (a contractor, the developer), or a
/// website's: before a name, no sign of a person. General English.
const BUSINESS_NOUNS: &[&str] = &[
    "contractor",
    "developer",
    "maker",
    "operator",
    "subcontractor",
    "supplier",
    "vendor",
    "website",
];

/// How many words a business's description set off before its name may hold (The
/// outsourcing firm at the centre of the dispute, Horizon Data Services).
const BUSINESS_DESCRIPTION: usize = 12;

/// How far back, in tokens, a description of an organisation looks for its name.
const ORG_REACH: usize = 400;

/// How far back, in tokens, before [`ORG_REACH`]'s paragraphs, a description of an
/// organisation looks for a name holding its noun when nothing nearer has one: a long
/// article's length, a bound on the work per description.
const FURTHER_REACH: usize = 6000;

/// The capitalised name around token `k`: the capitalised words before it (not a
/// sentence-opening "The") and after it, with "of", "for", "and" or "on" between capitalised
/// words (the Ministry of Health and Social Care).
fn organisation_run<'a>(doc: &Document<'a>, k: usize) -> Vec<&'a str> {
    let toks = doc.tokens();
    // Within its sentence (not into a headline above it).
    let sentence = doc
        .sentences()
        .get(doc.sentence_of(k))
        .cloned()
        .unwrap_or(0..toks.len());
    let cap = |j: usize| {
        sentence.contains(&j)
            && toks.get(j).is_some_and(|t| {
                is_word(t)
                        && crate::capitalised(t.text)
                        && t.text != "The"
                        // (Nor a word opening the sentence that starts no name: When.)
                        && !(j == sentence.start && crate::mentions::NOT_NAME_SET.contains(t.text))
            })
    };
    // A plural's apostrophe, written against its word (the Police Officers’ Guild).
    let plural_apostrophe = |j: usize| {
        j > 0
            && j < toks.len()
            && matches!(toks[j].text, "’" | "'")
            && toks[j - 1].text.ends_with('s')
            && toks[j - 1].span().end == toks[j].span().start
    };
    let mut start = k;
    loop {
        if start > 0 && cap(start - 1) {
            start -= 1;
        } else if start > 1 && matches!(toks[start - 1].text, "for" | "of" | "&") && cap(start - 2)
        {
            // The Homes for All Coalition, the Division of Harbour Safety.
            start -= 2;
        } else if start > 1 && plural_apostrophe(start - 1) && cap(start - 2) {
            start -= 2;
        } else {
            break;
        }
    }
    let mut end = k + 1;
    loop {
        // (A plural's apostrophe between capitalised words: the Police Officers’ Guild.)
        let apostrophe = || cap(end - 1) && plural_apostrophe(end) && cap(end + 1);
        // (A list of fields after "of", its last after "and": the Ministry of Land,
        // Infrastructure and Transport.)
        let listed = || {
            toks.get(end).is_some_and(|t| t.text == ",")
                && toks[start..end].iter().any(|t| t.text == "of")
                && (end + 1..end + 4).find(|&j| !cap(j)).is_some_and(|j| {
                    j > end + 1 && toks.get(j).is_some_and(|t| t.text == "and") && cap(j + 1)
                })
        };
        if cap(end) || listed() {
            end += 1;
        } else if apostrophe()
            || (toks
                .get(end)
                .is_some_and(|t| {
                    matches!(t.text, "of" | "for" | "and" | "on")
                        || crate::mentions::NAME_PARTICLES.contains(&t.text)
                })
                && cap(end + 1)
                // (Not a day or month after "on": the Ministry of Health on Monday recalled …)
                && !toks.get(end + 1).is_some_and(|t| crate::mentions::is_time(t)))
        {
            end += 2;
        } else {
            break;
        }
    }
    // Two places joined by "and" before a body's word (Avon and Somerset Police): one
    // word, then "and", then the run.
    if start > 1
        && toks[start - 1].text == "and"
        && cap(start - 2)
        && !(start > 2 && cap(start - 3))
        && crate::mentions::ORG_WORD_SET.contains(toks[end - 1].text)
    {
        start -= 2;
    }
    let mut words: Vec<&'a str> = Vec::with_capacity(end - start);
    for j in start..end {
        if plural_apostrophe(j) {
            // (The word and its apostrophe, one slice of the text.)
            let from = toks[j - 1].span().start;
            if let (Some(w), Some(joined)) =
                (words.last_mut(), doc.text().get(from..toks[j].span().end))
            {
                *w = joined;
                continue;
            }
        }
        words.push(toks[j].text);
    }
    words
}

/// True when the capitalised run starting at token `run` opens its sentence, with a "the"
/// before it, or the clause after a short opening phrase and its comma (Still, the Harlow
/// Food Bank …).
fn opens_clause(doc: &Document<'_>, run: usize) -> bool {
    let toks = doc.tokens();
    let Some(start) = doc.sentences().get(doc.sentence_of(run)).map(|r| r.start) else {
        return false;
    };
    let k = if run > start && toks[run - 1].text.eq_ignore_ascii_case("the") {
        run - 1
    } else {
        run
    };
    k == start || (k > start && k - start <= OPENER_REACH && toks[k - 1].text == ",")
}

/// Nouns of what an organisation or a person issues in writing, whose words the text may
/// give as the issuer's (the statement said). General English.
const STATEMENT_NOUNS: &[&str] = &[
    "communique",
    "e-mail",
    "email",
    "homily",
    "letter",
    "memo",
    "memorandum",
    "message",
    "note",
    "notice",
    "post",
    "release",
    "report",
    "sermon",
    "statement",
    "tweet",
];

/// Titles of courtesy, which hold no office (Mr. Ruiz may be the mayor).
const COURTESY_TITLES: &[&str] = &[
    "Miss", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Mx", "Mx.", "Sir", "Dame", "Lady", "Lord",
];

/// Offices that go by more than one word (Rep. Ana Ruiz, the congresswoman). General English.
const OFFICES: &[&[&str]] = &[
    &[
        "representative",
        "congressman",
        "congresswoman",
        "lawmaker",
        "legislator",
    ],
    &["senator", "lawmaker", "legislator"],
    &["assemblyman", "assemblywoman", "lawmaker", "legislator"],
    &[
        "councilman",
        "councilwoman",
        "councillor",
        "councilor",
        "cllr",
    ],
    &["chair", "chairman", "chairwoman"],
    &["spokesman", "spokeswoman", "spokesperson"],
    &["president", "chief"],
    // (A judge of a higher court is styled Justice: Mr Justice Ruiz, Justice Ana Ruiz.)
    &["justice", "judge"],
];

/// True when two office words (lower case, abbreviations expanded) name one office: the
/// same word, or two words of one of [`OFFICES`].
fn same_office(a: &str, b: &str) -> bool {
    a == b
        || OFFICES
            .iter()
            .any(|office| office.contains(&a) && office.contains(&b))
}

/// True when a description with the head noun `head` was given before token `s`, within
/// its paragraph and the two before (and [`ORG_REACH`] tokens), to someone unnamed: the noun
/// after "a", "an", "one" or "another" and at most three words (A senior EU diplomat was
/// blunt.), outside quotation marks (“… a great president,” he said names no one).
fn introduced_unnamed(doc: &Document<'_>, s: usize, head: &str) -> bool {
    let toks = doc.tokens();
    // (No further back than [`ORG_REACH`] tokens, nor counting marks from further: a
    // paragraph of thousands of sentences is read in linear time.)
    let lo = org_reach(doc, s, 2);
    let quoted = |k: usize| {
        let start = doc
            .paragraphs()
            .get(doc.paragraph_of(k))
            .map_or(0, |r| r.start)
            .max(lo);
        toks[start..k].iter().filter(|t| is_primary_mark(t)).count() % 2 == 1
    };
    (lo..s).any(|k| {
        toks[k].text.eq_ignore_ascii_case(head)
            && (k.saturating_sub(4).max(lo)..k).rev().any(|j| {
                crate::mentions::indefinite_word(toks[j].text) && toks[j + 1..k].iter().all(is_word)
            })
            && !quoted(k)
    })
}

/// The latest token before `s`, within its paragraph and the two before, where a person is
/// brought in by `head` after an indefinite article opening a clause (A senior official at
/// the ministry said …), or a definite one in a sentence that keeps them unnamed (The
/// director of a gallery, who asked not to be named, said …), not as a named person's
/// appositive (Yeom, a senior official).
pub(crate) fn unnamed_introduction(doc: &Document<'_>, s: usize, head: &str) -> Option<usize> {
    let toks = doc.tokens();
    let lo = org_reach(doc, s, 2);
    (lo..s).rev().find(|&k| {
        // (Or "The" when the sentence keeps the person unnamed: The director of a gallery,
        // who asked not to be named, said …)
        // (Modifiers up to five words before the noun: A South Korean industry ministry
        // official; or "One": One investigator, who asked not to be named, …)
        toks[k].text.eq_ignore_ascii_case(head)
            && (k.saturating_sub(6).max(lo)..k).rev().any(|j| {
                (matches!(toks[j].text, "A" | "An" | "a" | "an" | "One")
                    || (toks[j].text == "The" && kept_unnamed(doc, k)))
                    && toks[j + 1..k].iter().all(is_word)
                    && (j == 0 || !matches!(toks[j - 1].text, "," | "as" | "is" | "was" | "be"))
                    && doc.sentences().get(doc.sentence_of(j)).is_some_and(|r| {
                        // (Or after "According to" opening it: According to a person close
                        // to the talks, …)
                        r.start == j
                            || (j >= 2
                                && r.start == j - 2
                                && toks[j - 2].text == "According"
                                && toks[j - 1].text == "to")
                    })
            })
    })
}

/// True when the sentence of token `k`, after it, keeps a person unnamed (who asked not to
/// be named; on condition of anonymity; declined to be identified).
pub(crate) fn kept_unnamed(doc: &Document<'_>, k: usize) -> bool {
    let toks = doc.tokens();
    let end = doc.sentences().get(doc.sentence_of(k)).map_or(k, |r| r.end);
    toks[k..end.min(k + 30)].windows(2).any(|w| {
        matches!(
            (w[0].text, w[1].text),
            ("of", "anonymity") | ("be", "named") | ("be", "identified")
        )
    })
}

/// Where a look back from token `s` for an organisation's name or description may start:
/// `paragraphs` paragraphs before its own, and no more than [`ORG_REACH`] tokens back.
fn org_reach(doc: &Document<'_>, s: usize, paragraphs: usize) -> usize {
    doc.paragraphs()
        .get(doc.paragraph_of(s).saturating_sub(paragraphs))
        .map_or(0, |r| r.start)
        .max(s.saturating_sub(ORG_REACH))
}

/// The description opening at token `at`, as written, when it names someone: a determiner or
/// a possessor (the, a young, Mr Ruiz's), then words up to one that ends it, the last a
/// person's noun or a family's (a young teacher, the Ruiz family, Mr Ruiz's relatives).
fn description_at<'a>(lx: &Lexicon, toks: &[Token<'a>], at: usize) -> Option<Vec<&'a str>> {
    let mut end = at;
    while end < toks.len()
        && end - at < 6
        && is_word(&toks[end])
        && !crate::mentions::is_preposition(&toks[end])
        && !matches!(toks[end].text, "who" | "that" | "which" | "and" | "or")
        && !lx.is_speech_verb(toks[end].text)
    {
        end += 1;
    }
    let last = toks[at..end].last()?.text;
    let group = matches!(last, "family" | "relatives" | "parents");
    (end - at >= 2 && (group || lx.is_nominal_head(last)))
        .then(|| toks[at..end].iter().map(|t| t.text).collect())
}

/// The indefinite description of a document's writer at token `at`, as written: an article,
/// one to three words in lower case and a place's name after in, from or at (a constituent
/// in Tulsa; a reader from Harlow Vale).
fn writer_at<'a>(toks: &[Token<'a>], at: usize) -> Option<Vec<&'a str>> {
    if !matches!(toks.get(at)?.text, "a" | "an") {
        return None;
    }
    let lower = |t: &Token<'_>| {
        is_word(t)
            && t.text.starts_with(char::is_lowercase)
            && !crate::mentions::is_preposition(t)
            && !matches!(t.text, "who" | "that" | "which" | "and" | "or")
    };
    let mut end = at + 1;
    while end < toks.len() && end - at <= 3 && lower(&toks[end]) {
        end += 1;
    }
    if end == at + 1 {
        return None;
    }
    // (Its place: in Tulsa, from Harlow Vale.)
    if toks
        .get(end)
        .is_some_and(|t| matches!(t.text, "in" | "from" | "at"))
    {
        let mut e = end + 1;
        while e < toks.len()
            && e - end <= 3
            && is_word(&toks[e])
            && crate::capitalised(toks[e].text)
        {
            e += 1;
        }
        if e > end + 1 {
            end = e;
        }
    }
    Some(toks[at..end].iter().map(|t| t.text).collect())
}

/// The name a description's person gave for themselves in the clause after it (token `e`
/// on, in its sentence): after "name" (who gave his name only as Quennel; gave only her
/// first name, Ravi), "call sign", "nickname" or "identified … as", perhaps in quotation
/// marks. One or two capitalised words.
pub(crate) fn self_given_name<'a>(doc: &Document<'a>, e: usize) -> Option<Vec<&'a str>> {
    let toks = doc.tokens();
    let end = doc
        .sentences()
        .get(doc.sentence_of(e.saturating_sub(1)))?
        .end;
    let hi = end.min(e + 24);
    let cue = (e..hi).find(|&k| {
        matches!(
            toks[k].text,
            "name" | "sign" | "nickname" | "guerre" | "pseudonym" | "cipher"
        ) || (toks[k].text == "as"
            && (e..k).any(|j| matches!(toks[j].text, "identified" | "known")))
    })?;
    let mut k = cue + 1;
    while k < hi && matches!(toks[k].text, "only" | "as" | "," | "of") {
        k += 1;
    }
    if k < hi && matches!(toks[k].kind, TokenKind::Quote(_)) {
        k += 1;
    }
    let capital = |j: usize| {
        j < hi && is_word(&toks[j]) && crate::capitalised(toks[j].text) && toks[j].text != "The"
    };
    if !capital(k) {
        return None;
    }
    let n = if capital(k + 1) { 2 } else { 1 };
    Some(toks[k..k + n].iter().map(|t| t.text).collect())
}

/// A given name and `surname` after it, the nearest before token `s`: the full name a
/// quotation or a headline gave (elsewhere the resolver's occurrences hold every name).
fn named_in_quotation<'a>(
    toks: &[Token<'a>],
    lx: &Lexicon,
    s: usize,
    surname: &str,
) -> Option<Vec<&'a str>> {
    // (Within [`FURTHER_REACH`] tokens: a document naming a surname alone thousands of times
    // is read in linear time.)
    (s.saturating_sub(FURTHER_REACH).max(1)..s)
        .rev()
        .find_map(|k| {
            // (The family name first: a byte comparison, before any look-up.)
            let last = &toks[k];
            if !last.text.starts_with(surname) || strip_possessive(last.text).0 != surname {
                return None;
            }
            let given = &toks[k - 1];
            // (A given name the lexicon lacks after a comma, a colon or the opening mark: My
            // partner, Liesel Ambrook; ‘Rangana Wijesekera, caught at slip, …’)
            let set_off = k > 1
                && (matches!(toks[k - 2].text, "," | ":")
                    || matches!(toks[k - 2].kind, TokenKind::Quote(_)));
            let given_shaped = is_word(given)
                && crate::capitalised(given.text)
                && lx.title(given.text).is_none()
                && (lx.given_name(given.text).is_some()
                    || (set_off && !crate::mentions::NOT_NAME_SET.contains(given.text)));
            given_shaped.then(|| vec![given.text, strip_possessive(last.text).0])
        })
}

/// True for a word shaped like an acronym: two to six capital letters, nothing else.
fn acronym_shaped(word: &str) -> bool {
    (2..=6).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// The organisation's name before token `s` whose initials spell `acronym` (the Northern
/// Rail Safety Board for NRSB; the Department of Justice for DOJ, its "of" counted or not),
/// the nearest; `None` when the text spells out none.
fn acronym_expansion<'a>(doc: &Document<'a>, s: usize, acronym: &str) -> Option<Vec<&'a str>> {
    let toks = doc.tokens();
    let first = acronym.as_bytes()[0];
    let small = |w: &str| matches!(w, "of" | "for" | "and" | "&" | "on" | "the");
    let spells = |words: &[&str], with_small: bool| {
        let mut initials = words
            .iter()
            .filter(|w| with_small || !small(w))
            .filter_map(|w| w.bytes().next());
        acronym
            .bytes()
            .all(|a| initials.next().is_some_and(|b| b.eq_ignore_ascii_case(&a)))
            && initials.next().is_none()
    };
    // Initials the text defined in parentheses after the name (the National Institute for
    // Orbital Monitoring (INOM)), whatever letters they take.
    let defined = (s.saturating_sub(FURTHER_REACH)..s)
        .rev()
        .filter(|&k| {
            k > 1
                && toks[k].text == acronym
                && toks[k - 1].text == "("
                && toks.get(k + 1).is_some_and(|t| t.text == ")")
        })
        .map(|k| organisation_name(doc, k - 2))
        .find(|run| run.len() >= 2);
    if defined.is_some() {
        return defined;
    }
    let opens_name = |k: usize| {
        toks[k].text.as_bytes()[0] == first
            && is_word(&toks[k])
            && toks[k].text != acronym
            && (k == 0
                || toks[k - 1].text == "The"
                || !(is_word(&toks[k - 1]) && crate::capitalised(toks[k - 1].text)))
    };
    let expands = |run: &Vec<&str>| run.len() >= 2 && (spells(run, false) || spells(run, true));
    (0..s)
        .rev()
        .filter(|&k| opens_name(k))
        .map(|k| organisation_name(doc, k))
        .find(expands)
        // A headline's initials, spelled out in the article below it (SC grants bail …: The
        // Supreme Court on Monday granted …), within a bounded reach.
        .or_else(|| {
            (doc.paragraph_of(s) == 0)
                .then(|| {
                    (s + 1..toks.len().min(s + ORG_REACH))
                        .filter(|&k| opens_name(k))
                        .map(|k| organisation_name(doc, k))
                        .find(expands)
                })
                .flatten()
        })
}

/// [`organisation_run`] around token `k` as a name: a possessive's ending dropped from its
/// last word (the Tax Foundation's → Tax Foundation).
fn organisation_name<'a>(doc: &Document<'a>, k: usize) -> Vec<&'a str> {
    let mut run = organisation_run(doc, k);
    if let Some(last) = run.last_mut() {
        *last = strip_possessive(last).0;
    }
    run
}

/// [`ORG_HEADS`] as a set, looked up case-blind without a lower-case copy of the word.
static ORG_HEAD_SET: WordSet = WordSet::new(ORG_HEADS);

/// True for a description of an organisation, document or thing (the report, the campaign),
/// as its last word tells.
pub(crate) fn org_head(word: &str) -> bool {
    ORG_HEAD_SET.contains_lowercase(word)
}

/// The writer's name from a byline among an article's first paragraphs: a paragraph of
/// "By", two to four capitalised words and nothing else but a comma and the writer's role
/// (By Ana Ruiz; By Ana Ruiz, Health Correspondent). None for two writers (By Ana Ruiz and
/// Tom Berg) or a phrase of time (By nightfall, …).
fn byline<'a>(doc: &Document<'a>) -> Option<Vec<&'a str>> {
    let toks = doc.tokens();
    doc.paragraphs().iter().take(4).find_map(|r| {
        let para = &toks[r.clone()];
        let (by, rest) = para.split_first()?;
        if by.text != "By" {
            return None;
        }
        let name = rest
            .iter()
            .take_while(|t| is_word(t) && crate::capitalised(t.text) && !crate::in_capitals(t.text))
            .count();
        let after = rest.get(name);
        ((2..=4).contains(&name) && after.is_none_or(|t| t.text == ","))
            .then(|| rest[..name].iter().map(|t| t.text).collect())
    })
}

/// The plural description opening the latest sentence with no quotation marks before token
/// `s`'s, within three sentences, as written: The authors (acknowledged), The two senators
/// (met). A determiner, up to two modifiers in lower case or numbers, a plural nominal head
/// and a lower-case word after it.
fn plural_description_before<'a>(
    doc: &Document<'a>,
    lx: &Lexicon,
    s: usize,
) -> Option<Vec<&'a str>> {
    let toks = doc.tokens();
    let mut i = doc.sentence_of(s);
    for _ in 0..3 {
        i = i.checked_sub(1)?;
        let r = doc.sentences().get(i)?.clone();
        if r.is_empty() || toks[r.clone()].iter().any(is_primary_mark) {
            continue;
        }
        if !matches!(toks[r.start].text, "The" | "Both" | "All") {
            return None;
        }
        let lower = |k: usize| {
            toks.get(k)
                .is_some_and(|t| is_word(t) && t.text.starts_with(|c: char| c.is_lowercase()))
        };
        let head = (r.start + 1..r.end.min(r.start + 4)).find(|&k| {
            lower(k) && plural_shape(toks[k].text) && lx.is_nominal_head(toks[k].text)
        })?;
        let modifiers_ok =
            (r.start + 1..head).all(|k| lower(k) || matches!(toks[k].kind, TokenKind::Number));
        if !modifiers_ok || !lower(head + 1) {
            return None;
        }
        let text = doc.text();
        return Some(
            text[toks[r.start].span().start..toks[head].span().end]
                .split(' ')
                .collect(),
        );
    }
    None
}

/// A plural's shape: a word ending in s, not ss (authors, senators; not boss).
fn plural_shape(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss") && w.len() > 3
}

/// The token after an affiliation following a name at `end` (Kwame Ebb of Fairweld
/// Securities, Ana Ruiz of the Tri-County Search and Rescue Team, Nomsa Dube from
/// Mamelodi): `of` or `from`, perhaps `the`, and capitalised words joined by `and`, `of` or a
/// hyphen; else `end`.
fn affiliation_end(toks: &[Token<'_>], end: usize) -> usize {
    let capital = |k: usize| {
        toks.get(k)
            .is_some_and(|t| is_word(t) && t.text.starts_with(char::is_uppercase))
    };
    if toks
        .get(end)
        .is_none_or(|t| !matches!(t.text, "of" | "from"))
    {
        return end;
    }
    let mut k = end + 1 + usize::from(toks.get(end + 1).is_some_and(|t| t.text == "the"));
    if !capital(k) {
        return end;
    }
    while capital(k)
        || (toks
            .get(k)
            .is_some_and(|t| matches!(t.text, "and" | "of" | "-" | "&"))
            && capital(k + 1))
    {
        k += 1;
    }
    k
}

/// True when the name running from token `run` to `end` is brought in after "including" and
/// set off by a description of its own (including Maya Hebb, a senior).
fn newcomer_after_including(toks: &[Token<'_>], run: usize, end: usize) -> bool {
    run > 0
        && toks[run - 1].text == "including"
        && toks.get(end).is_some_and(|t| t.text == ",")
        && toks
            .get(end + 1)
            .is_some_and(|t| matches!(t.text, "a" | "an"))
}

/// Where a look back for a pronoun's person in paragraph `para` starts: the paragraph's
/// start, or the one before's when `para` opens with a quotation or with a he or she
/// carrying on from it (She laughed. …; Asked about it, she laughed. …).
fn reach_start(doc: &Document<'_>, para: usize) -> usize {
    let paragraphs = doc.paragraphs();
    paragraphs.get(para).map_or(0, |r| {
        match para.checked_sub(1).and_then(|p| paragraphs.get(p)) {
            Some(prev) if crate::opens_with_quote(doc, para) || opens_with_he_or_she(doc, para) => {
                prev.start
            }
            _ => r.start,
        }
    })
}

/// True when paragraph `para`'s first sentence has a he or she for its subject: opening it,
/// or after a participle's phrase and its comma (Asked about it, she laughed).
fn opens_with_he_or_she(doc: &Document<'_>, para: usize) -> bool {
    let toks = doc.tokens();
    let Some(r) = doc.paragraphs().get(para) else {
        return false;
    };
    let Some(first) = toks.get(r.start) else {
        return false;
    };
    if matches!(first.text, "He" | "She") {
        return true;
    }
    let participle = is_word(first)
        && crate::capitalised(first.text)
        && (first.text.ends_with("ed") || first.text.ends_with("ing"));
    let end = doc
        .sentences()
        .get(doc.sentence_of(r.start))
        .map_or(r.start, |s| s.end);
    participle
        && toks[r.start..end.min(r.start + 20)]
            .windows(2)
            .any(|w| w[0].text == "," && matches!(w[1].text, "he" | "she"))
}

/// The age `word` writes, a number of years from 1 to 120 (Pavel Sokol, 22, …), or `None`.
fn age(word: &str) -> Option<u8> {
    word.parse::<u8>().ok().filter(|n| (1..=120).contains(n))
}

/// True for a body's word alone (Police, Department): what is left of an organisation's
/// name, never a he or she.
fn body_word(words: &[&str]) -> bool {
    matches!(words, [w] if crate::mentions::ORG_WORD_SET.contains(w))
}

/// [`Resolver::unlike_a_person`] by the name's shape alone: a single word in capitals, with a
/// period, in -ese, an adverb, a country's name ([`COUNTRIES`]), or the plural of another of
/// the document's name words (`ids`); a longer name ending in a company's or an
/// institution's word, or with an institution's word before "of" or "for".
fn unlike_by_shape(words: &[&str], ids: &WordIds<'_>) -> bool {
    // (Or a name ending in a company's or an institution's word: Haneul Foods, the Varga
    // Foundation.)
    // (Or a place's plural: the Marshall Islands, the Blue Mountains.)
    let [w] = words else {
        // (Or one with an institution's word before "of" or "for": the Doctors' Association
        // of Britain, the University of Lagos.)
        let joined = words.windows(2).any(|p| {
            matches!(p[1], "of" | "for") && INSTITUTION_WORD_SET.contains(strip_possessive(p[0]).0)
        });
        return joined
            || words.last().is_some_and(|last| {
                let last = strip_possessive(last).0;
                COMPANY_WORD_SET.contains(last)
                    || INSTITUTION_WORD_SET.contains(last)
                    || PLACE_PLURALS.contains(&last)
            });
    };
    crate::in_capitals(w)
        || w.contains('.')
        || country(w)
        || LANGUAGES.binary_search(w).is_ok()
        // A legislator's party and home (D-Tampa, R-Ohio).
        || crate::mentions::party_tag(w).is_some()
        || w.ends_with("ese")
        || (w.len() >= 7
            && ["ally", "ately", "ively", "ously"]
                .iter()
                .any(|s| w.ends_with(s)))
        || w.strip_suffix('s')
            .is_some_and(|one| one.len() > 2 && ids.get(one).is_some())
}

/// The gender a Vietnamese name of three words or more tells by its middle name, written
/// after the family name: Thị (Thi) a woman's (Nguyen Thi Lan). General Vietnamese usage;
/// not Văn, a man's, spelt as the Dutch particle van.
fn vietnamese_middle(words: &[&str]) -> Option<Gender> {
    (words.len() >= 3 && matches!(words[1], "Thi" | "Thị")).then_some(Gender::Female)
}

/// Languages whose names are no nationality's in -ese, -ish or -ian and no country's (in
/// Arabic, in Swahili): no person's. General English; sorted for binary search.
const LANGUAGES: &[&str] = &[
    "Amharic",
    "Arabic",
    "Cantonese",
    "Dari",
    "Farsi",
    "Hausa",
    "Hebrew",
    "Hindi",
    "Igbo",
    "Mandarin",
    "Pashto",
    "Punjabi",
    "Swahili",
    "Tagalog",
    "Tamil",
    "Telugu",
    "Urdu",
    "Xhosa",
    "Yiddish",
    "Yoruba",
    "Zulu",
];

/// Plural words that end a place's name (the Marshall Islands, the Blue Mountains, the
/// United Arab Emirates): no person's. General English geography.
const PLACE_PLURALS: &[&str] = &[
    "Emirates",
    "Falls",
    "Heights",
    "Highlands",
    "Hills",
    "Islands",
    "Isles",
    "Lakes",
    "Mountains",
    "Plains",
    "Springs",
    "States",
    "Territories",
];

/// Countries' names of one word, sorted: no he or she. Source: the ISO 3166 short names in
/// general English use, and the United Kingdom's nations; not those that are given names
/// as often (Chad, Georgia, India, Israel, Jordan, Kenya).
const COUNTRIES: &[&str] = &[
    "Afghanistan",
    "Albania",
    "Algeria",
    "Andorra",
    "Angola",
    "Argentina",
    "Armenia",
    "Australia",
    "Austria",
    "Azerbaijan",
    "Bahamas",
    "Bahrain",
    "Bangladesh",
    "Barbados",
    "Belarus",
    "Belgium",
    "Belize",
    "Benin",
    "Bhutan",
    "Bolivia",
    "Bosnia",
    "Botswana",
    "Brazil",
    "Britain",
    "Brunei",
    "Bulgaria",
    "Burkina",
    "Burundi",
    "Cambodia",
    "Cameroon",
    "Canada",
    "Chile",
    "Colombia",
    "Comoros",
    "Congo",
    "Croatia",
    "Cuba",
    "Cyprus",
    "Czechia",
    "Denmark",
    "Djibouti",
    "Dominica",
    "Ecuador",
    "Egypt",
    "England",
    "Eritrea",
    "Estonia",
    "Eswatini",
    "Ethiopia",
    "Fiji",
    "Finland",
    "France",
    "Gabon",
    "Gambia",
    "Germany",
    "Ghana",
    "Greece",
    "Grenada",
    "Guatemala",
    "Guinea",
    "Guyana",
    "Haiti",
    "Honduras",
    "Hungary",
    "Iceland",
    "Indonesia",
    "Iran",
    "Iraq",
    "Ireland",
    "Italy",
    "Jamaica",
    "Japan",
    "Kazakhstan",
    "Kiribati",
    "Kosovo",
    "Kuwait",
    "Kyrgyzstan",
    "Laos",
    "Latvia",
    "Lebanon",
    "Lesotho",
    "Liberia",
    "Libya",
    "Liechtenstein",
    "Lithuania",
    "Luxembourg",
    "Madagascar",
    "Malawi",
    "Malaysia",
    "Maldives",
    "Malta",
    "Mauritania",
    "Mauritius",
    "Mexico",
    "Micronesia",
    "Moldova",
    "Monaco",
    "Mongolia",
    "Montenegro",
    "Morocco",
    "Mozambique",
    "Myanmar",
    "Namibia",
    "Nauru",
    "Nepal",
    "Netherlands",
    "Nicaragua",
    "Niger",
    "Nigeria",
    "Norway",
    "Oman",
    "Pakistan",
    "Palau",
    "Palestine",
    "Panama",
    "Paraguay",
    "Peru",
    "Philippines",
    "Poland",
    "Portugal",
    "Qatar",
    "Romania",
    "Russia",
    "Rwanda",
    "Samoa",
    "Scotland",
    "Senegal",
    "Serbia",
    "Seychelles",
    "Singapore",
    "Slovakia",
    "Slovenia",
    "Somalia",
    "Spain",
    "Sudan",
    "Suriname",
    "Sweden",
    "Switzerland",
    "Syria",
    "Taiwan",
    "Tajikistan",
    "Tanzania",
    "Thailand",
    "Togo",
    "Tonga",
    "Tunisia",
    "Turkey",
    "Turkmenistan",
    "Tuvalu",
    "Uganda",
    "Ukraine",
    "Uruguay",
    "Uzbekistan",
    "Vanuatu",
    "Venezuela",
    "Vietnam",
    "Wales",
    "Yemen",
    "Zambia",
    "Zimbabwe",
];

/// True for a word shaped like a nationality's adjective (Danish, Nigerian, Japanese,
/// Israeli, French): capitalised, with one of their endings; or one of those
/// [`OTHER_DEMONYMS`] without them (Kenyan, German, Thai).
fn demonym(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_uppercase())
        && ((w.len() > 4
            && [
                "ish", "ian", "ese", "can", "ean", "ali", "ani", "aqi", "eli", "ench", "utch",
            ]
            .iter()
            .any(|e| w.ends_with(e)))
            || OTHER_DEMONYMS.binary_search(&w).is_ok())
}

/// Nationalities' adjectives that [`demonym`]'s endings miss, sorted. Source: the
/// adjectival forms of the world's countries and larger peoples in general English
/// (the ISO 3166 country list's demonyms), those ending otherwise than in -ish, -ian,
/// -ese, -can, -ean or the Arabic and Hebrew -i.
const OTHER_DEMONYMS: &[&str] = &[
    "Afghan",
    "Andorran",
    "Angolan",
    "Argentine",
    "Bahraini",
    "Bangladeshi",
    "Basque",
    "Catalan",
    "Cuban",
    "Czech",
    "Emirati",
    "Filipina",
    "Filipino",
    "German",
    "Greek",
    "Guatemalan",
    "Honduran",
    "Kazakh",
    "Kenyan",
    "Kuwaiti",
    "Kyrgyz",
    "Lankan",
    "Libyan",
    "Moldovan",
    "Montenegrin",
    "Nicaraguan",
    "Papuan",
    "Paraguayan",
    "Qatari",
    "Rwandan",
    "Salvadoran",
    "Samoan",
    "Saudi",
    "Slovak",
    "Slovene",
    "Swiss",
    "Tajik",
    "Thai",
    "Tibetan",
    "Tongan",
    "Ugandan",
    "Uruguayan",
    "Uzbek",
    "Venezuelan",
    "Welsh",
    "Yemeni",
];

/// The word an abbreviated title stands for (gov. → governor).
fn expansion(d: &str) -> Option<&'static str> {
    Some(match d {
        "gov." => "governor",
        "sen." => "senator",
        "rep." => "representative",
        "lt." => "lieutenant",
        "gen." => "general",
        "sec." => "secretary",
        "atty." => "attorney",
        "pres." => "president",
        "dr." => "doctor",
        "prof." => "professor",
        "supt." => "superintendent",
        "adm." => "admiral",
        "capt." => "captain",
        "sgt." => "sergeant",
        "det." => "detective",
        "col." => "colonel",
        "maj." => "major",
        "brig." => "brigadier",
        "cmdr." | "cdr." => "commander",
        "cpl." => "corporal",
        "pvt." => "private",
        "amb." => "ambassador",
        "rev." => "reverend",
        // British forms without a full stop.
        "cllr" | "cllr." | "cr" | "coun" | "coun." => "councillor",
        "supt" => "superintendent",
        "insp" | "insp." => "inspector",
        "sgt" => "sergeant",
        "det" => "detective",
        "prof" => "professor",
        "capt" => "captain",
        "col" => "colonel",
        "maj" => "major",
        "cpl" => "corporal",
        "pte" => "private",
        // A nationality's noun stands for its adjective (the Swede: a Swedish rider).
        w => return nationality_noun(w).map(|(adj, _)| adj),
    })
}

/// The adjective and gender of a nationality's noun that is no adjective itself (Swede →
/// swedish; Dutchman → dutch, male), lower-case. General English.
pub(crate) fn nationality_noun(w: &str) -> Option<(&'static str, Gender)> {
    use Gender::{Female, Male, Unknown};
    Some(match w {
        "briton" => ("british", Unknown),
        "croat" => ("croatian", Unknown),
        "dane" => ("danish", Unknown),
        "dutchman" => ("dutch", Male),
        "dutchwoman" => ("dutch", Female),
        "englishman" => ("english", Male),
        "englishwoman" => ("english", Female),
        "finn" => ("finnish", Unknown),
        "frenchman" => ("french", Male),
        "frenchwoman" => ("french", Female),
        "icelander" => ("icelandic", Unknown),
        "irishman" => ("irish", Male),
        "irishwoman" => ("irish", Female),
        "kurd" => ("kurdish", Unknown),
        "pole" => ("polish", Unknown),
        "scot" => ("scottish", Unknown),
        "serb" => ("serbian", Unknown),
        "scotsman" => ("scottish", Male),
        "scotswoman" => ("scottish", Female),
        "spaniard" => ("spanish", Unknown),
        "swede" => ("swedish", Unknown),
        "turk" => ("turkish", Unknown),
        "welshman" => ("welsh", Male),
        "welshwoman" => ("welsh", Female),
        _ => return None,
    })
}

/// True for a capitalised word naming a nationality: a demonym's shape (Brazilian,
/// Nigerian, Japanese) or a nationality's noun (Swede, Dutchman).
pub(crate) fn nationality(w: &str) -> bool {
    demonym(w) || (w.starts_with(char::is_uppercase) && nationality_noun(&lowercase(w)).is_some())
}

fn stem_eq(a: &str, b: &str) -> bool {
    let a = a.strip_suffix('s').unwrap_or(a);
    let b = b.strip_suffix('s').unwrap_or(b);
    // Cheap rejections first: six characters take at least six bytes, and words whose first
    // bytes differ differ in their first character.
    a == b
        || (a.len() > 5
            && b.len() > 5
            && a.as_bytes()[0] == b.as_bytes()[0]
            && a.chars().take(5).eq(b.chars().take(5))
            && a.chars().count() > 5
            && b.chars().count() > 5)
}

/// True when occurrence `o` has words around it that can describe the person: a title or
/// words before the name in its sentence, or an appositive after it. A cheap test that
/// decides which occurrences a description is compared with.
fn described(toks: &[Token<'_>], o: &Occurrence) -> bool {
    o.run < o.pos
        || (o.run > 0 && matches!(toks[o.run - 1].kind, TokenKind::Word))
        || toks.get(o.end).is_some_and(|t| t.text == ",")
}

/// True when `needle` is a contiguous run of `hay`'s words.
/// [`contains`], or a name of two words that are the first and last of `hay`, a middle name
/// or initial left out (Ana Ruiz in Ana Maria Ruiz, Tom Berg in Tom J. Berg).
fn contains_or_spans(hay: &[u32], needle: &[u32]) -> bool {
    contains(hay, needle)
        || matches!((hay, needle), ([f, _, .., l], [nf, nl]) if f == nf && l == nl)
}

fn contains(hay: &[u32], needle: &[u32]) -> bool {
    // Element by element: names are a few words, too short for a call to `memcmp` to pay.
    !needle.is_empty()
        && hay
            .windows(needle.len())
            .any(|w| w.iter().zip(needle).all(|(a, b)| a == b))
}

/// The word with its first letter kept and the rest in lower case (OKORO → Okoro).
fn title_case(w: &str) -> String {
    // Each part after a hyphen or an apostrophe too (HALVORSEN-BRUUN, O'NEILL).
    let mut out = String::with_capacity(w.len());
    let mut upper = true;
    for c in w.chars() {
        if upper {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        upper = matches!(c, '-' | '\'' | '’');
    }
    out
}

/// `w.to_lowercase()`, borrowed when that changes nothing (most words).
fn lowercase(w: &str) -> Cow<'_, str> {
    if w.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        Cow::Owned(w.to_lowercase())
    } else {
        Cow::Borrowed(w)
    }
}

/// [`fold`] of a name word with the [`Shape`] of the result. An ASCII word (most names) is
/// its own fold, and the shape that tells so is the result's: its bytes are read once.
fn folded(w: &str) -> (Cow<'_, str>, Shape) {
    // A particle capitalised because it opens a sentence (Van der Berg said) is the one
    // inside the full name (Lydia van der Berg).
    if let Some(p) = capitalised_particle(w) {
        return (Cow::Borrowed(p), Shape::of(p.as_bytes()));
    }
    match ascii_shape(w.as_bytes()) {
        Some(shape) => (Cow::Borrowed(w), shape),
        None => {
            let w = fold(w);
            let shape = Shape::of(w.as_bytes());
            (w, shape)
        }
    }
}

/// The lower case of a capitalised name particle (Van, Der, De, La, Dela, Delos, …), else
/// `None`; not Al or Bin, which are given names too.
fn capitalised_particle(w: &str) -> Option<&'static str> {
    match w {
        // (The longer ones by name: most name words have four or five letters. Not Della,
        // a given name too.)
        "Dela" => return Some("dela"),
        "Delos" => return Some("delos"),
        _ => {}
    }
    if !matches!(w.len(), 2 | 3) || !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    crate::mentions::NAME_PARTICLES
        .iter()
        .find(|p| !matches!(**p, "al" | "bin") && p.eq_ignore_ascii_case(w))
        .copied()
}

/// A name word with its typographic apostrophe folded to the ASCII one.
fn fold(w: &str) -> Cow<'_, str> {
    // Most names are ASCII (told without a loop over the bytes) and have no ’.
    if !is_ascii_word(w) && w.contains('’') {
        Cow::Owned(w.replace('’', "'"))
    } else {
        Cow::Borrowed(w)
    }
}

/// `w.to_lowercase()` when it is a content word that can describe a person: longer than two
/// bytes and no [`DESCRIPTOR_STOP`] word.
fn content_word(w: &str) -> Option<Cow<'_, str>> {
    let w = lowercase(w);
    (w.len() > 2 && !DESCRIPTOR_STOP_SET.contains(&w)).then_some(w)
}

/// Appends `word` ([`content_word`]), if it is one, to `out` with the word it abbreviates.
fn push_descriptor<'t>(out: &mut Vec<Descriptor<'t>>, word: &'t str) {
    // A party and state tag (D-Ohio, R-Tex.): the state, and the tag standing for the party's
    // member (the Democrat, the Ohio Democrat).
    let state_follows = word.as_bytes().get(2).is_some_and(u8::is_ascii_uppercase);
    if let Some(party) = crate::mentions::party_tag(word).filter(|_| state_follows) {
        if let Some(state) = content_word(word[2..].trim_end_matches('.')) {
            out.push((state, None));
        }
        out.push((lowercase(word), Some(party)));
        return;
    }
    // (A title too short for a content word that abbreviates one: Cr, councillor.)
    let short = || {
        let w = lowercase(word);
        expansion(&w).is_some().then_some(w)
    };
    if let Some(w) = content_word(word).or_else(short) {
        let long = expansion(&w);
        out.push((w, long));
    }
}

/// Appends to `out` the lower-case content words of the title or description before a name
/// (the Minister of Finance Ana Novak → minister, finance), back to a determiner, comma,
/// sentence start or `floor`, the end of the name before (Mayor Ana Ruiz met Tom Berg: Berg
/// is no mayor).
fn descriptors_before<'t>(
    doc: &Document<'t>,
    lx: &Lexicon,
    run_start: usize,
    name_start: usize,
    floor: usize,
    out: &mut Vec<Descriptor<'t>>,
) {
    let toks = doc.tokens();
    let sent = doc
        .sentences()
        .get(doc.sentence_of(run_start))
        .map_or(0, |r| r.start);
    for t in &toks[run_start..name_start] {
        push_descriptor(out, t.text);
    }
    // A lawyer for Ana Ruiz, the chief of staff to Mayor Tom Berg: the name is the object of
    // a preposition, and the words before it describe someone else ("of" aside: the
    // Secretary of State Ana Ruiz).
    if run_start > sent
        && crate::mentions::is_preposition(&toks[run_start - 1])
        && toks[run_start - 1].text != "of"
    {
        return;
    }
    // The police chief, Tom Berg: a description before the comma, back to its determiner
    // or possessive; a phrase without one (In Dover, Tom Berg) describes nobody.
    // (An office's field may take a few words: Kenya's Principal Secretary for Culture and
    // Heritage, Dr. Ana Ruiz.)
    if run_start > sent + 1 && toks[run_start - 1].text == "," {
        let from = out.len();
        let mut k = run_start - 1;
        while k > sent && run_start - 1 - k < 9 {
            let t = &toks[k - 1];
            if !is_word(t) || lx.is_speech_verb(t.text) {
                break;
            }
            if matches!(
                t.text,
                "the" | "The" | "a" | "A" | "an" | "An" | "his" | "His" | "her" | "Her"
            ) || strip_possessive(t.text).1
            {
                return;
            }
            push_descriptor(out, t.text);
            k -= 1;
        }
        out.truncate(from);
        return;
    }
    // (A description set off by a comma may end at the name before it, possessive: Ana
    // Ruiz's lawyer, Tom Berg.)
    let stop = sent.max(floor);
    let mut k = run_start;
    while k > stop && run_start - k < 10 {
        let t = &toks[k - 1];
        // A preposition or a conjunction ends the description: President Ana Ruiz met with
        // Prime Minister Tom Berg (Berg is no president).
        let boundary = (crate::mentions::is_preposition(t) && !matches!(t.text, "of" | "for"))
            || matches!(t.text, "and" | "or" | "but");
        if !is_word(t) || boundary || lx.is_speech_verb(t.text) {
            break;
        }
        push_descriptor(out, t.text);
        if matches!(t.text, "the" | "The" | "a" | "A" | "an" | "An") {
            break;
        }
        k -= 1;
    }
}

/// Where the appositive after a name's comma at `comma` starts: past an age set off by
/// commas (Tom Berg, 54, a retired welder).
fn appositive_start(toks: &[Token<'_>], comma: usize) -> usize {
    let age = toks
        .get(comma + 1)
        .is_some_and(|t| t.kind == TokenKind::Number)
        && toks.get(comma + 2).is_some_and(|t| t.text == ",");
    comma + if age { 3 } else { 1 }
}

/// Appends to `out` the content words of an appositive right after a name (Ana Novak, the
/// finance minister,).
fn descriptors_after<'t>(
    doc: &Document<'t>,
    lx: &Lexicon,
    end: usize,
    out: &mut Vec<Descriptor<'t>>,
) {
    let toks = doc.tokens();
    // Sen. Ana Ruiz (D-Ohio): the words in parentheses right after the name.
    if toks.get(end).is_some_and(|t| t.text == "(") {
        for t in toks.iter().skip(end + 1).take(4) {
            if t.text == ")" {
                break;
            }
            push_descriptor(out, t.text);
        }
        return;
    }
    // Ana Ruiz, and the police chief, Tom Berg: a list, not Ruiz's description; nor is
    // Tom Berg, whom the mayor praised, (or whose sister is the mayor,) a mayor.
    if toks.get(end).is_none_or(|t| t.text != ",")
        || toks
            .get(end + 1)
            .is_some_and(|t| matches!(t.text, "and" | "or" | "but" | "whom" | "whose"))
    {
        return;
    }
    // Pavel Sokol, 22, …: the 22-year-old.
    if let (Some(years), Some(after)) = (toks.get(end + 1), toks.get(end + 2)) {
        let years = age(years.text);
        if let Some(n) = years.filter(|_| matches!(after.text, "," | "." | ";")) {
            out.push((Cow::Owned(format!("{n}-year-old")), None));
        }
    }
    // Ana Ruiz, met with the governor: a verb first is no appositive (the sentence's
    // subject ends at the comma).
    let from = appositive_start(toks, end);
    if toks
        .get(from)
        .is_some_and(|t| crate::mentions::past_tense(t) && t.text != "retired")
    {
        return;
    }
    let kept = out.len();
    for (j, t) in toks.iter().enumerate().skip(from).take(10) {
        if !is_word(t) {
            break;
        }
        if lx.is_speech_verb(t.text) {
            // Asked about Tom Berg, the minister said …: a description that runs into the
            // verb with no comma closing it is the verb's subject, no appositive of the name
            // (unless a relative word opened a clause: Ana Ruiz, a teacher who said …).
            if j > from
                && !toks[from..j]
                    .iter()
                    .any(|t| matches!(t.text, "who" | "that" | "which"))
            {
                out.truncate(kept);
            }
            break;
        }
        push_descriptor(out, t.text);
    }
}

/// True when the name of occurrence `o` is set off beside a description of an organisation
/// in lower case: A boxing charity, Gloves Up, …; Gloves Up, a boxing charity, ….
fn described_as_organisation(doc: &Document<'_>, o: &Occurrence) -> bool {
    let toks = doc.tokens();
    // (A body's or a business's noun, not a document's: On his website, Sanders …)
    let lower_org = |t: &Token<'_>| {
        is_word(t)
            && t.text.starts_with(char::is_lowercase)
            && [ORG_BODIES, COMPANY_NOUNS, GROUP_NOUNS]
                .iter()
                .any(|list| list.contains(&t.text))
    };
    // (Brought in by an article: A boxing charity, …)
    let before = o.run >= 2
        && toks[o.run - 1].text == ","
        && lower_org(&toks[o.run - 2])
        && (o.run.saturating_sub(6)..o.run - 2)
            .rev()
            .take_while(|&k| is_word(&toks[k]) && !crate::mentions::is_preposition(&toks[k]))
            .any(|k| matches!(toks[k].text, "a" | "an" | "the" | "A" | "An" | "The"));
    let after = toks.get(o.end).is_some_and(|t| t.text == ",")
        && toks
            .get(o.end + 1)
            .is_some_and(|t| matches!(t.text, "a" | "an" | "the"))
        && toks[o.end + 2..toks.len().min(o.end + 6)]
            .iter()
            .take_while(|t| is_word(t) && t.text.starts_with(char::is_lowercase))
            .any(lower_org);
    before || after
}

/// Where the run of capitalised words ending right before token `k` starts (`k` when none
/// does): an affiliation's or an organisation's name read back from its end.
fn capitalised_run_start(toks: &[Token<'_>], k: usize) -> usize {
    let mut start = k;
    while start > 0 && is_word(&toks[start - 1]) && crate::capitalised(toks[start - 1].text) {
        start -= 1;
    }
    start
}

/// True when the name at tokens `s..e`, opening its paragraph, is a dateline's place: in
/// capitals, then a comma, a parenthesis or a dash, and a dash within a few tokens (PORT
/// WEXLEY, Maine — …; LISBON (AP) — …).
fn dateline(toks: &[Token<'_>], s: usize, e: usize) -> bool {
    toks[s..e].iter().all(|t| crate::in_capitals(t.text))
        && toks
            .get(e)
            .is_some_and(|t| matches!(t.text, "," | "(") || matches!(t.kind, TokenKind::Dash))
        && toks[e..toks.len().min(e + 8)]
            .iter()
            .any(|t| matches!(t.kind, TokenKind::Dash))
}

/// Where a sentence starting at token `start` starts past a dateline (PORT WEXLEY, Maine —
/// …; LISBON (AP) — …) or a live report's time (11:30 The mayor …; 19:55 — …; 10:15 IST …):
/// after the dash that ends one, or after the time, its zone and its dash, else `start`.
fn after_dateline(toks: &[Token<'_>], start: usize) -> usize {
    let Some(first) = toks.get(start) else {
        return start;
    };
    if matches!(first.kind, TokenKind::Number) && clock_time(first.text) {
        // (Its half of the day or its zone: 10:15 IST, 9:05 a.m.)
        let mut k = start + 1;
        if toks.get(k).is_some_and(|t| {
            matches!(t.text, "a.m." | "p.m." | "am" | "pm")
                || (3..=4).contains(&t.text.len())
                    && t.text.ends_with('T')
                    && crate::in_capitals(t.text)
        }) {
            k += 1;
        }
        let dash = toks
            .get(k)
            .is_some_and(|t| matches!(t.kind, TokenKind::Dash));
        return k + usize::from(dash);
    }
    if !crate::in_capitals(first.text) || first.text.len() < 2 {
        return start;
    }
    toks[start..toks.len().min(start + 10)]
        .iter()
        .position(|t| matches!(t.kind, TokenKind::Dash))
        .map_or(start, |d| start + d + 1)
}

/// True when `w` is a time on the clock, hours and minutes (9:05, 11:30, 19:55).
fn clock_time(w: &str) -> bool {
    w.split_once(':').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    })
}

/// True when `w` is a preposition capitalised to open a sentence (In later years, …; After
/// the service, …). General English.
fn opening_preposition(w: &str) -> bool {
    matches!(
        w,
        "In" | "At"
            | "On"
            | "For"
            | "From"
            | "With"
            | "Through"
            | "After"
            | "Before"
            | "During"
            | "Since"
            | "Until"
            | "Over"
            | "Across"
            | "Throughout"
            | "Despite"
            | "Under"
            | "Within"
            | "Along"
            | "Among"
            | "Behind"
            | "Beyond"
    )
}

/// True when `lead`, the words opening a sentence before a name, is a short phrase of place
/// or circumstance and its comma: a capitalised preposition, up to four words in lower case
/// (Outside the school, …; After the service, …), or up to seven holding a place's name after
/// a preposition (At a bus stop on Quarrow Avenue, …) or opening with an article (On the
/// morning the army reached the capital, …).
fn place_lead(lead: &[Token<'_>]) -> bool {
    let [first, rest @ .., comma] = lead else {
        return false;
    };
    // (A place's name after a preposition inside it: At a bus stop on Quarrow Avenue,)
    let named_after = |k: usize| {
        rest[..k]
            .iter()
            .any(|t| matches!(t.text, "on" | "in" | "at" | "of" | "near"))
    };
    // (Or a place's name of up to three words alone: In Dadu, …; At Port Wexley, …)
    let place_name = || {
        matches!(
            first.text,
            "In" | "At" | "Across" | "Throughout" | "Outside" | "Inside" | "Near"
        ) && (1..=3).contains(&rest.len())
            && rest
                .iter()
                .all(|t| is_word(t) && crate::capitalised(t.text))
    };
    if comma.text == "," && place_name() {
        return true;
    }
    comma.text == ","
        && (1..=7).contains(&rest.len())
        && (opening_preposition(first.text) || matches!(first.text, "Outside" | "Inside"))
        && rest
            .first()
            .is_some_and(|t| t.text.starts_with(char::is_lowercase))
        && (rest.len() <= 4
            || rest.iter().any(|t| crate::capitalised(t.text))
            || matches!(rest[0].text, "the" | "a" | "an"))
        && rest
            .iter()
            .enumerate()
            .all(|(k, t)| is_word(t) && (t.text.starts_with(char::is_lowercase) || named_after(k)))
}

/// True when `lead`, the words of a sentence before a name, set a scene the way a feature's
/// opening does, in phrases of place and time up to 24 tokens (Every morning before dawn,;
/// At 3,850 metres above sea level, on the plain north of Lake Titicaca,): a preposition, an
/// adverb or a time's word first, then words, numbers and commas, a capitalised word only
/// in a place's name after a preposition (no one else named), and a comma last.
fn scene_lead(lead: &[Token<'_>]) -> bool {
    let [first, rest @ .., comma] = lead else {
        return false;
    };
    let opener = opening_preposition(first.text)
        || matches!(
            first.text,
            "Every"
                | "Each"
                | "Back"
                | "Early"
                | "Late"
                | "Long"
                | "Far"
                | "High"
                | "Deep"
                | "Along"
                | "Across"
                | "Beneath"
                | "Below"
                | "Beyond"
                | "Behind"
                | "Under"
                | "Outside"
                | "Inside"
                | "Amid"
                | "Among"
        );
    // (A capitalised word right after a lower-case preposition, of or the, or after such a
    // word: on the plain north of Lake Titicaca; not For Ana Ruiz.)
    // (Or right after a preposition of place opening the lead: In Kisumu, where …)
    let opening_place = matches!(
        first.text,
        "In" | "At" | "Near" | "Outside" | "Inside" | "Across" | "Along" | "Back"
    );
    let mut place = false;
    comma.text == ","
        && opener
        && (2..=23).contains(&rest.len())
        && rest.iter().enumerate().all(|(k, t)| {
            let before = if k == 0 { first } else { &rest[k - 1] };
            let lower = is_word(t) && t.text.starts_with(char::is_lowercase);
            place = !lower
                && is_word(t)
                && (place
                    || k == 0 && opening_place
                    || before.text.starts_with(char::is_lowercase)
                        && (crate::mentions::is_preposition(before)
                            || matches!(before.text, "of" | "the")));
            lower || place || matches!(t.kind, TokenKind::Number) || t.text == ","
        })
}

/// True when `lead`, the words of a sentence before a name, end in "came from" (or comes,
/// come) and up to three lower-case words of a role (The lone no vote came from board member
/// …; The words came from …).
fn came_from(lead: &[Token<'_>]) -> bool {
    // (Among the last four tokens, so at most three words after it: a long lead is read no
    // further.)
    let tail = lead.len().saturating_sub(4);
    let Some(from) = lead[tail..]
        .iter()
        .rposition(|t| t.text == "from")
        .map(|k| tail + k)
    else {
        return false;
    };
    from > 0
        && matches!(lead[from - 1].text, "came" | "comes" | "come")
        && lead[from + 1..]
            .iter()
            .all(|t| is_word(t) && t.text.starts_with(char::is_lowercase))
}

/// Appends the acronym of each chief's office among the descriptors `out` (chief executive
/// → ceo, chief financial officer → cfo), by which a description may name its holder (the
/// CEO).
fn push_chief_acronyms(out: &mut Vec<Descriptor<'_>>) {
    let found: Vec<String> = out
        .windows(2)
        .filter(|w| w[0].0 == "chief")
        .filter_map(|w| w[1].0.chars().next())
        .filter(char::is_ascii_alphabetic)
        .map(|c| format!("c{c}o"))
        .collect();
    out.extend(found.into_iter().map(|a| (Cow::Owned(a), None)));
}

/// True when `lead`, the words opening a sentence before a name, is a time's phrase and its
/// comma (On Tuesday, …; Every week, …; In March 2019, …; Last year, …).
fn time_lead(lead: &[Token<'_>]) -> bool {
    const MONTHS: &[&str] = &[
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let Some((comma, words)) = lead.split_last() else {
        return false;
    };
    let time = |t: &Token<'_>| crate::mentions::is_time(t) || MONTHS.contains(&t.text);
    comma.text == ","
        && (1..=6).contains(&words.len())
        && words.iter().any(time)
        && words.iter().all(|t| {
            time(t)
                || matches!(t.kind, TokenKind::Number)
                || matches!(
                    t.text,
                    "On" | "In"
                        | "Every"
                        | "Each"
                        | "Last"
                        | "This"
                        | "Next"
                        | "Early"
                        | "Late"
                        | "By"
                        | "Since"
                        | "Until"
                        | "Over"
                        | "the"
                        | "of"
                        | "early"
                        | "late"
                        | "every"
                        | "each"
                        | "next"
                        | "same"
                        | "at"
                        | "around"
                        | "a.m."
                        | "p.m."
                        | "noon"
                        | "midnight"
                        | "dawn"
                )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Attributor;

    #[test]
    fn every_company_noun_and_statement_noun_is_an_organisation_head() {
        // The company, the statement, the bureau: descriptions of no person, which
        // `named_organisation` and `statement_issuer` resolve only after the head check lets
        // them through.
        for noun in COMPANY_NOUNS
            .iter()
            .chain(STATEMENT_NOUNS)
            .chain(ORG_BODIES)
        {
            assert!(org_head(noun), "{noun} is missing from ORG_HEADS");
        }
    }

    #[test]
    fn countries_are_sorted_for_binary_search_and_no_he_or_she() {
        assert!(COUNTRIES.windows(2).all(|w| w[0] < w[1]));
        assert!(LANGUAGES.windows(2).all(|w| w[0] < w[1]));
        let text = "Ingrid Quistgaard flew from Norway to Kenya.";
        assert!(unlike(text, &["Norway"]));
        // A given name as often as a country's is left to the text.
        assert!(!unlike(text, &["Kenya"]));
    }

    #[test]
    fn other_demonyms_are_sorted_for_binary_search() {
        assert!(OTHER_DEMONYMS.windows(2).all(|w| w[0] < w[1]));
        assert!(demonym("Ugandan") && demonym("Thai") && !demonym("Uganda"));
    }

    fn speaker_of_last(text: &str) -> String {
        let found = Attributor::default().attribute(text);
        let last = found.last().expect("a quotation");
        last.speaker.as_ref().expect("a speaker").name.clone()
    }

    /// True when the resolver of `text` takes the name `words` for no one he or she can be.
    fn unlike(text: &str, words: &[&str]) -> bool {
        let doc = sayso_tokenizer::Tokenizer::default().tokenize(text);
        let lx = Lexicon::embedded();
        let quoted = vec![false; doc.tokens().len()];
        let name_words = crate::mentions::name_words(&lx, doc.tokens());
        Resolver::new(&doc, &lx, &quoted, &name_words, &[]).unlike_a_person(words)
    }

    #[test]
    fn outlets_abbreviations_groups_adverbs_and_places_are_no_he_or_she() {
        let text = "Lucia Reyes met Tomas Okafor in Marbury. WKRP and the Gazette of Dover, Del., \
                    covered it. A Republican mayor and the Republicans of Marbury came. \
                    Specifically, the Chinese delegation and Kelly Harmon stayed in Okafor’s town.";
        for name in [
            ["WKRP"],
            ["Del."],
            ["Republicans"],
            ["Specifically"],
            ["Chinese"],
        ] {
            assert!(unlike(text, &name), "{name:?}");
        }
        assert!(unlike(text, &["Marbury"]), "written after in");
        // A person's name, written after in as a possessive, is still a person's.
        for name in [&["Lucia", "Reyes"][..], &["Kelly", "Harmon"], &["Okafor"]] {
            assert!(!unlike(text, name), "{name:?}");
        }
        // A person's title or given name outweighs being written after in.
        let text = "Voters trust Gov. Harmon. Faith in Harmon runs deep.";
        assert!(!unlike(text, &["Harmon"]));
    }

    #[test]
    fn a_title_before_a_name_stops_at_a_preposition_or_conjunction() {
        // Berg's title is prime minister: the president is Ruiz, written further back.
        let text = "President Ana Ruiz met with Prime Minister Tom Berg on Monday. \
                    “We are partners,” the president said.";
        assert_eq!(speaker_of_last(text), "Ana Ruiz");
        let text = "President Ana Ruiz and Prime Minister Tom Berg spoke. \
                    “We are partners,” the president said.";
        assert_eq!(speaker_of_last(text), "Ana Ruiz");
    }

    #[test]
    fn a_description_before_a_comma_describes_the_name_after_it() {
        // The chief is Berg, described before his name; Ruiz's comma opens a list.
        let text = "The mayor, Ana Ruiz, and the fire chief, Tom Berg, spoke on Monday. \
                    “The fire is out,” the chief said.";
        assert_eq!(speaker_of_last(text), "Tom Berg");
    }

    #[test]
    fn a_name_set_off_after_a_role_is_a_person_for_he_or_she() {
        // Tomas is no given name the lexicon knows: the role before the name makes it a
        // person.
        let text =
            "The defense chief, Tomas Okafor, dismissed the threat. “It is a bluff,” he said.";
        assert_eq!(speaker_of_last(text), "Tomas Okafor");
    }

    #[test]
    fn a_relative_noun_in_an_appositive_makes_the_name_a_person() {
        let text = "Yoon Ha-eun, the sister of the Harbor Club founder, issued a statement on \
                    Friday. She said the club would “never” give up its title.";
        assert_eq!(speaker_of_last(text), "Yoon Ha-eun");
    }

    #[test]
    fn a_he_or_she_with_no_name_takes_a_recent_sentence_opening_description() {
        let text = "The coach was asked about his future. “I’m not thinking about that,” he said.";
        assert_eq!(speaker_of_last(text), "The coach");
        // Not one of the other gender, and not a thing.
        let text = "The actress walked onto the stage. “I’m thrilled,” he said.";
        assert_eq!(speaker_of_last(text), "he");
        let text = "The vote was close. “We won,” she said.";
        assert_eq!(speaker_of_last(text), "she");
    }

    #[test]
    fn two_names_joined_by_and_speak_together_each_by_its_fullest_name() {
        let text = "Senator Ana Ruiz and Governor Tom Berg met on Monday. Afterward, Ruiz and \
                    Berg said the deal was “fair to everyone.”";
        assert_eq!(speaker_of_last(text), "Ana Ruiz and Tom Berg");
        let text = "Dana and Lee Okafor said the bakery was “doing fine.”";
        assert_eq!(speaker_of_last(text), "Dana Okafor and Lee Okafor");
        // Not a preposition's objects.
        let text = "The talks between Ruiz and Berg said nothing new, “as expected.”";
        assert_eq!(speaker_of_last(text), "Berg");
    }

    #[test]
    fn a_pronoun_named_by_itself_is_no_name_for_a_later_description() {
        // It added: the speaker is "It" as written, and the notice after it is not "It".
        let text = "“We regret the error,” the firm wrote. It added, “We will do better.” \
                    The notice, which ran for a week, said, “Closed until further notice.”";
        assert_eq!(speaker_of_last(text), "The notice");
    }

    #[test]
    fn word_ids_number_words_in_order_and_fold_apostrophes() {
        let mut ids = WordIds::with_capacity(2);
        let words: Vec<String> = (0..100).map(|k| format!("W{k}")).collect();
        for (k, w) in words.iter().enumerate() {
            assert_eq!(ids.id_of(w), k as u32);
        }
        assert_eq!(ids.id_of("O’Neill"), 100);
        assert_eq!(ids.id_of("O'Neill"), 100);
        assert_eq!(ids.id_of("w0"), 101, "case matters");
        for (k, w) in words.iter().enumerate() {
            assert_eq!(ids.id_of(w), k as u32);
            assert_eq!(ids.get(w), Some(k as u32));
        }
        assert_eq!(ids.get("O’Neill"), Some(100));
        assert_eq!(ids.get("Novak"), None);
        assert_eq!(ids.len(), 102);
    }

    #[test]
    fn name_ids_number_names_in_order_and_tell_them_apart() {
        let mut names = NameIds::with_capacity(2, 4);
        let big = (1 << 21) - 1;
        let runs: [&[u32]; 7] = [
            &[0],
            &[0, 0],
            &[1, 0],
            &[0, 1, 2, 3],
            &[big],
            &[],
            &[0, 1, 2],
        ];
        for (n, run) in runs.iter().enumerate() {
            assert_eq!(names.id_of(run), n as u32, "{run:?}");
        }
        for (n, run) in runs.iter().enumerate() {
            assert_eq!(names.id_of(run), n as u32);
            assert_eq!(names.get(run), Some(n as u32));
        }
        assert_eq!(names.get(&[2]), None);
        assert_eq!(names.len(), runs.len());
    }

    #[test]
    fn stems_match_on_five_characters_of_longer_words() {
        assert!(stem_eq("ministers", "minister"));
        assert!(stem_eq("governor", "government"));
        assert!(
            !stem_eq("gover", "governor"),
            "five characters are not enough"
        );
        assert!(!stem_eq("ééééé", "éééééx"), "characters, not bytes");
        assert!(stem_eq("éééééy", "éééééx"));
        assert!(!stem_eq("senator", "secretary"));
    }

    #[test]
    fn cover_finds_a_containing_range() {
        let ranges = [(10, 14), (2, 5), (3, 4)];
        let asked = [
            ((0, 1), false),
            ((2, 5), true),
            ((3, 4), true),
            ((4, 6), false),
            ((11, 13), true),
            ((13, 15), false),
        ];
        let mut cover = Cover::new(ranges.into_iter());
        for ((s, e), want) in asked {
            assert_eq!(cover.covers(s, e), want, "{s}..{e}");
        }
        assert!(!Cover::new(std::iter::empty()).covers(0, 1));
    }

    #[test]
    fn a_pronoun_reaches_the_last_person_of_its_gender_however_far_back() {
        let mut text = String::from("Mrs. Ana Lee arrived.\n\n");
        for _ in 0..3 * LOOKBACK {
            text.push_str("Mr. Jon Cho waved.\n\n");
        }
        text.push_str("“We will stay,” she said.");
        assert_eq!(speaker_of_last(&text), "Ana Lee");
    }

    #[test]
    fn a_pronoun_prefers_a_later_speaker_of_unknown_gender() {
        let said = "Mrs. Ana Lee arrived. Kim Park said the talks went well. The rain stopped. \
                    “We will stay,” she said.";
        assert_eq!(speaker_of_last(said), "Kim Park");
        let waved = "Mrs. Ana Lee arrived. Kim Park waved. The rain stopped. \
                     “We will stay,” she said.";
        assert_eq!(speaker_of_last(waved), "Ana Lee");
    }
}
