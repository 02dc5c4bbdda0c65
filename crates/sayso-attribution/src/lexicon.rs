//! [`Lexicon`]: the word lists the sieves use, embedded and overridable from a directory.
//!
//! Every list is plain UTF-8 text, one entry a line, `#` comments, sorted and deduplicated
//! (a unit test checks the embedded ones). A file in a directory passed to
//! [`Lexicon::from_dir`] extends the embedded list of the same name; a line `-entry` removes
//! an entry instead.

use std::fmt;
use std::path::Path;
use std::sync::{Arc, LazyLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use foldhash::{HashMap, HashMapExt};
use sayso_tokenizer::Span;

/// Grammatical gender, as far as the text tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    /// she, Mrs., sister.
    Female,
    /// he, Mr., brother.
    Male,
    /// it: a thing or an organisation.
    Neuter,
    /// Not known.
    Unknown,
}

/// Grammatical number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Number {
    /// One.
    Singular,
    /// More than one.
    Plural,
}

/// The embedded lists: (file name, contents).
const EMBEDDED: &[(&str, &str)] = &[
    (
        "speech_verbs.txt",
        include_str!("../lexicon/speech_verbs.txt"),
    ),
    (
        "cue_phrases.txt",
        include_str!("../lexicon/cue_phrases.txt"),
    ),
    ("titles.txt", include_str!("../lexicon/titles.txt")),
    ("pronouns.txt", include_str!("../lexicon/pronouns.txt")),
    (
        "gendered_nouns.txt",
        include_str!("../lexicon/gendered_nouns.txt"),
    ),
    (
        "nominal_heads.txt",
        include_str!("../lexicon/nominal_heads.txt"),
    ),
    (
        "given_names.txt",
        include_str!("../lexicon/given_names.txt"),
    ),
];

static EMBEDDED_LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::from_sources(
        EMBEDDED
            .iter()
            .map(|&(n, t)| (n.to_string(), t.to_string()))
            .collect(),
    )
    .expect("embedded lexicon is valid (checked by unit tests)")
});

/// Word lists the sieves use: speech verbs, cue phrases, titles, pronouns, gendered nouns and
/// the head nouns of nominal mentions. Cheap to clone (shared).
#[derive(Clone)]
pub struct Lexicon {
    inner: Arc<Lists>,
}

struct Lists {
    /// Lower case, like every list but `titles` (look-ups rely on it).
    speech_verbs: WordMap<()>,
    cue_phrases: Vec<String>,
    cue_matcher: AhoCorasick,
    cue_scanner: PhraseScanner,
    titles: WordMap<Gender>,
    pronouns: WordMap<(Gender, Number)>,
    gendered_nouns: WordMap<Gender>,
    nominal_heads: WordMap<()>,
    /// As written (capitalised), like `titles`.
    given_names: WordMap<Gender>,
    /// The signatures of the words that are a gendered noun (in any case) or a title, when
    /// the gendered nouns have a folded pre-check: see [`Lexicon::gender_cue`].
    gender_cues: Option<Signatures>,
}

/// Finds a few phrases in text the way a leftmost-longest, ASCII case-insensitive
/// Aho-Corasick automaton does: by skipping to the positions whose first two bytes begin some
/// phrase and trying the phrases that start with them, longest first. For a handful of
/// phrases this beats the automaton, which spends a state transition on every byte.
#[derive(Clone)]
struct PhraseScanner {
    /// The phrases, ASCII lower-cased.
    phrases: Vec<Box<[u8]>>,
    /// For each byte, ASCII lower-cased: the phrases starting with it, longest first.
    by_first: Vec<Vec<u16>>,
    /// For each first byte (lower-cased), the second bytes (lower-cased) that follow it in some
    /// phrase, as a 256-bit set; all bits when a one-byte phrase starts with it.
    seconds: Vec<[u64; 4]>,
    /// One bit per pair of bytes (first << 8 | second, as written): set when some phrase
    /// starts with that pair in some ASCII case, or is one byte long and starts with the
    /// first. Most positions of a text fail this test, with no branch to mispredict.
    pairs: Box<[u64; 1024]>,
    /// True when no phrase holds, right after a byte that is not an ASCII letter or digit, the
    /// start of a phrase (or a whole phrase): see [`PhraseScanner::bounded_at`].
    starts_only_at_boundaries: bool,
}

impl PhraseScanner {
    fn new(phrases: &[String]) -> PhraseScanner {
        let phrases: Vec<Box<[u8]>> = phrases
            .iter()
            .map(|p| p.as_bytes().to_ascii_lowercase().into_boxed_slice())
            .collect();
        let mut by_first = vec![Vec::new(); 256];
        let mut seconds = vec![[0u64; 4]; 256];
        for (k, p) in phrases.iter().enumerate() {
            let Some(&b) = p.first() else { continue };
            let first = usize::from(b);
            by_first[first].push(k as u16);
            match p.get(1) {
                Some(&c) => seconds[first][usize::from(c >> 6)] |= 1 << (c & 63),
                None => seconds[first] = [u64::MAX; 4],
            }
        }
        for group in &mut by_first {
            group.sort_by_key(|&k| std::cmp::Reverse(phrases[usize::from(k)].len()));
        }
        let mut pairs = Box::new([0u64; 1024]);
        for b0 in 0..=255u8 {
            let set = &seconds[usize::from(b0.to_ascii_lowercase())];
            // No phrase starts with this byte: no pair of it to mark (most bytes; every byte
            // for an empty list). Built once per lexicon, but once per process too.
            if *set == [0; 4] {
                continue;
            }
            for b1 in 0..=255u8 {
                let second = b1.to_ascii_lowercase();
                if set[usize::from(second >> 6)] & (1 << (second & 63)) != 0 {
                    let pair = usize::from(b0) << 8 | usize::from(b1);
                    pairs[pair >> 6] |= 1 << (pair & 63);
                }
            }
        }
        let starts_only_at_boundaries = !phrases.iter().any(|x| {
            (1..x.len()).any(|k| {
                !x[k - 1].is_ascii_alphanumeric()
                    && phrases.iter().any(|y| {
                        let n = y.len().min(x.len() - k);
                        x[k..k + n].eq_ignore_ascii_case(&y[..n])
                    })
            })
        });
        PhraseScanner {
            phrases,
            by_first,
            seconds,
            pairs,
            starts_only_at_boundaries,
        }
    }

    /// True when the pair of bytes at `k` (the second a zero past the end) may start a phrase.
    #[inline]
    fn may_start(&self, text: &[u8], k: usize) -> bool {
        let second = text.get(k + 1).copied().unwrap_or(0);
        let pair = usize::from(text[k]) << 8 | usize::from(second);
        self.pairs[pair >> 6] & (1 << (pair & 63)) != 0
    }

    /// The longest phrase matching at the start of `rest`, by its length.
    fn longest_at(&self, rest: &[u8]) -> Option<usize> {
        let first = usize::from(rest[0].to_ascii_lowercase());
        let second = rest.get(1).map_or(0, |c| c.to_ascii_lowercase());
        let one_byte = self.seconds[first] == [u64::MAX; 4];
        if !one_byte && self.seconds[first][usize::from(second >> 6)] & (1 << (second & 63)) == 0 {
            return None;
        }
        self.by_first[first]
            .iter()
            .map(|&k| &self.phrases[usize::from(k)])
            .find(|p| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p))
            .map(|p| p.len())
    }

    /// The phrase matches, in order, none overlapping: at the leftmost position where some
    /// phrase matches, the longest one, then on from its end.
    fn find_iter<'t>(&'t self, text: &'t [u8]) -> impl Iterator<Item = Span> + 't {
        let mut at = 0;
        std::iter::from_fn(move || {
            loop {
                while at < text.len() && !self.may_start(text, at) {
                    at += 1;
                }
                if at >= text.len() {
                    return None;
                }
                match self.longest_at(&text[at..]) {
                    Some(len) => {
                        let span = Span::new(at, at + len);
                        at += len;
                        return Some(span);
                    }
                    None => at += 1,
                }
            }
        })
    }
}

impl PhraseScanner {
    /// The match of [`PhraseScanner::find_iter`] starting at byte `k` of `text` with no ASCII
    /// letter or digit right before or right after it, found at `k` alone; `None` when the
    /// phrases do not allow it (`starts_only_at_boundaries` false): see
    /// [`Lexicon::bounded_cue_phrase_at`].
    ///
    /// When no phrase holds the start of a phrase after a word boundary inside it, a match
    /// (on a boundary or not) never covers a boundary where a phrase starts, so whether one
    /// is found there does not depend on the matches before it: it is the longest phrase
    /// there.
    #[inline]
    fn bounded_at(&self, text: &[u8], k: usize) -> Option<Option<Span>> {
        if !self.starts_only_at_boundaries {
            return None;
        }
        let boundary = k == 0 || text.get(k - 1).is_some_and(|b| !b.is_ascii_alphanumeric());
        if !boundary || k >= text.len() || self.phrases.is_empty() || !self.may_start(text, k) {
            return Some(None);
        }
        Some(self.longest_at(&text[k..]).and_then(|len| {
            let end = k + len;
            let after = end == text.len() || !text[end].is_ascii_alphanumeric();
            after.then(|| Span::new(k, end))
        }))
    }
}

/// A word's signature: its length and its first and last bytes, ASCII case folded (`b & 31`
/// is the same for a letter in either case), in 12 bits.
#[inline]
fn signature(word: &[u8]) -> usize {
    match (word.first(), word.last()) {
        (Some(&first), Some(&last)) => signature_of(word.len(), first, last),
        _ => 0,
    }
}

/// The [`signature`] of a non-empty word of `len` bytes from its first and last bytes.
#[inline]
fn signature_of(len: usize, first: u8, last: u8) -> usize {
    ((len & 15) << 8) | ((usize::from(first & 31) << 3) ^ usize::from(last & 31))
}

/// The Kelvin sign (U+212A) in UTF-8: the one character outside ASCII whose lower case
/// (`str::to_lowercase`) is ASCII ("k"), checked by a unit test over every character.
const KELVIN: &str = "\u{212A}";

/// The signatures present in a word list: one bit each. A word whose bit is clear is in no
/// case variant of the list, which answers most look-ups of running text (most words are in
/// no list) with one bit test instead of a hash.
#[derive(Clone)]
pub(crate) struct Signatures(Box<[u64; 64]>);

impl Signatures {
    pub(crate) fn new() -> Signatures {
        Signatures(Box::new([0; 64]))
    }

    pub(crate) fn add(&mut self, word: &str) {
        let s = signature(word.as_bytes());
        self.0[s >> 6] |= 1 << (s & 63);
    }

    /// False when neither `word` nor any ASCII case variant of it was added.
    #[inline]
    pub(crate) fn may_hold(&self, word: &str) -> bool {
        let s = signature(word.as_bytes());
        self.0[s >> 6] & (1 << (s & 63)) != 0
    }

    /// Adds every signature of `other`.
    fn add_all(&mut self, other: &Signatures) {
        for (mine, theirs) in self.0.iter_mut().zip(other.0.iter()) {
            *mine |= theirs;
        }
    }

    /// Adds the signatures of every word whose lower case (`str::to_lowercase`) is `key`, an
    /// ASCII word: its letters in either case, and any of its `k`s written as the Kelvin
    /// sign, which lower-cases to `k` and is three bytes long.
    pub(crate) fn add_folded(&mut self, key: &str) {
        let bytes = key.as_bytes();
        let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
            self.add(key);
            return;
        };
        let ks = bytes
            .iter()
            .filter(|b| b.eq_ignore_ascii_case(&b'k'))
            .count();
        let kelvin = KELVIN.as_bytes();
        let (k_first, k_last) = (kelvin[0], kelvin[kelvin.len() - 1]);
        for j in 0..=ks {
            let len = bytes.len() + j * (kelvin.len() - 1);
            // Which ends may be a Kelvin sign, when some `k` is one: more signatures than
            // any word has do no harm (the check only ever says "maybe").
            let firsts = [first, if j > 0 { k_first } else { first }];
            let lasts = [last, if j > 0 { k_last } else { last }];
            for f in firsts {
                for l in lasts {
                    let s = signature_of(len, f, l);
                    self.0[s >> 6] |= 1 << (s & 63);
                }
            }
        }
    }
}

/// A map from words, with the [`Signatures`] of its keys as a pre-check. A removed key keeps
/// its bit (the check only ever says "maybe"). Look-ups go through a [`WordTable`] built by
/// [`WordMap::seal`] once the lists are read.
struct WordMap<V> {
    map: HashMap<String, V>,
    signatures: Signatures,
    /// When every key is ASCII: the signatures of every word whose lower case is a key
    /// ([`Signatures::add_folded`]), a pre-check for case-blind look-ups that holds for any
    /// word, ASCII or not, so that most look-ups end before the word is read further.
    folded: Option<Signatures>,
    table: WordTable<V>,
}

impl<V: Copy> WordMap<V> {
    fn new() -> WordMap<V> {
        WordMap {
            map: HashMap::new(),
            signatures: Signatures::new(),
            folded: None,
            table: WordTable::new([]),
        }
    }

    /// False when `word.to_lowercase()` is surely no key (only ever true when there is no
    /// pre-check for case-blind look-ups: some key is not ASCII).
    #[inline]
    fn may_hold_folded(&self, word: &str) -> bool {
        self.folded.as_ref().is_none_or(|f| f.may_hold(word))
    }

    fn insert(&mut self, key: String, value: V) {
        self.signatures.add(&key);
        self.map.insert(key, value);
    }

    fn remove(&mut self, key: &str) {
        self.map.remove(key);
    }

    /// Builds the look-up table from the entries: call once the entries are final.
    fn seal(&mut self) {
        self.table = WordTable::new(self.map.iter().map(|(k, &v)| (k.as_bytes(), v)));
        self.folded = self.map.keys().all(|k| k.is_ascii()).then(|| {
            let mut folded = Signatures::new();
            for k in self.map.keys() {
                folded.add_folded(k);
            }
            folded
        });
    }

    fn len(&self) -> usize {
        self.map.len()
    }

    /// The value of `word`, exactly as written.
    #[inline]
    fn get(&self, word: &str) -> Option<V> {
        if !self.signatures.may_hold(word) {
            return None;
        }
        self.get_checked(word)
    }

    /// [`WordMap::get`] past the pre-check: out of line, so that the pre-check, which
    /// answers most look-ups, costs no more than itself where it is inlined.
    #[inline(never)]
    fn get_checked(&self, word: &str) -> Option<V> {
        self.table.get(word.as_bytes(), false)
    }

    /// The value of `word.to_lowercase()`.
    #[inline]
    fn get_lowercase(&self, word: &str) -> Option<V> {
        if !self.may_hold_folded(word) {
            return None;
        }
        self.get_lowercase_checked(word)
    }

    /// [`WordMap::get_lowercase`] past the folded pre-check.
    #[inline(never)]
    fn get_lowercase_checked(&self, word: &str) -> Option<V> {
        // The lower case of ASCII is ASCII lower-casing, byte for byte, found in the table
        // (whose bit per key turns most other words away); anything else may change the
        // length, and is lower-cased and looked up in the map.
        if let Some(shape) = ascii_shape(word.as_bytes()) {
            return self
                .table
                .get_shaped(shape.ascii_lowercase(), word.as_bytes(), true);
        }
        with_lowercase(word, |lower| self.map.get(lower).copied())
    }

    /// The value of the key equal to `word` with its ASCII letters lower-cased.
    fn get_ascii_lowercase(&self, word: &[u8]) -> Option<V> {
        self.table.get(word, true)
    }
}

/// An open-addressing table from words to values, for look-ups that compare the word as
/// written or ASCII lower-cased without copying it.
///
/// A word of up to 16 bytes is all in its [`Shape`] (two machine words and its length), so
/// that a look-up hashes and compares two integers and never reads a key elsewhere in memory;
/// lower-casing the shape lower-cases the word. Longer keys are compared byte by byte once
/// their shapes match.
pub(crate) struct WordTable<V> {
    /// `index + 1` into `entries`, 0 for an empty slot; a power of two long, at most half full.
    slots: Vec<u32>,
    entries: Vec<TableEntry<V>>,
    /// The keys longer than 16 bytes, by [`TableEntry::long`].
    long_keys: Vec<Box<[u8]>>,
    /// One bit per key, picked by the top bits of its shape's hash (bits the slots do not
    /// use): a word whose bit is clear is no key. Most words looked up are none, and one
    /// load from this small array tells so where probing the slots would load a slot and
    /// an entry from the larger arrays, and compare.
    present: Box<[u64]>,
    /// The shift that leaves a hash's top bits, an index into `present`'s bits.
    shift: u32,
}

struct TableEntry<V> {
    shape: Shape,
    /// `index + 1` into [`WordTable::long_keys`] for a key longer than 16 bytes, else 0.
    long: u32,
    value: V,
}

/// A word's length with bytes that cover it: its first and last eight bytes (overlapping
/// when shorter than 16), its first and last four (under eight bytes), or its first, middle
/// and last byte (under four). Words of up to 16 bytes with equal shapes are equal.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct Shape {
    head: u64,
    tail: u64,
    len: usize,
}

impl Shape {
    #[inline]
    pub(crate) fn of(word: &[u8]) -> Shape {
        let n = word.len();
        let (head, tail) = if n >= 8 {
            let mut h = [0u8; 8];
            let mut t = [0u8; 8];
            h.copy_from_slice(&word[..8]);
            t.copy_from_slice(&word[n - 8..]);
            (u64::from_le_bytes(h), u64::from_le_bytes(t))
        } else if n >= 4 {
            let mut h = [0u8; 4];
            let mut t = [0u8; 4];
            h.copy_from_slice(&word[..4]);
            t.copy_from_slice(&word[n - 4..]);
            (
                u64::from(u32::from_le_bytes(h)),
                u64::from(u32::from_le_bytes(t)),
            )
        } else if n > 0 {
            let three =
                u64::from(word[0]) | (u64::from(word[n / 2]) << 8) | (u64::from(word[n - 1]) << 16);
            (three, 0)
        } else {
            (0, 0)
        };
        Shape { head, tail, len: n }
    }

    /// A hash of the word with this shape that ignores ASCII case: it reads the word as at
    /// most two overlapping machine words (the way fast string hashers read short keys) with
    /// the case bit of every byte set, so no byte is copied or looped over.
    #[inline]
    pub(crate) fn fold_hash(self) -> u64 {
        const CASE: u64 = 0x2020_2020_2020_2020;
        ((self.head | CASE) ^ (self.tail | CASE).rotate_left(29) ^ self.len as u64)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
    }

    /// True when the shape holds every byte of the word (up to 16 bytes): two words with
    /// such equal shapes are equal.
    #[inline]
    pub(crate) fn is_whole(self) -> bool {
        self.len <= 16
    }

    /// True when the word is ASCII, for a word of up to 16 bytes (whose bytes are all in its
    /// shape).
    #[inline]
    fn is_ascii_short(self) -> bool {
        (self.head | self.tail) & 0x8080_8080_8080_8080 == 0
    }

    /// The shape of the word with its ASCII letters lower-cased.
    #[inline]
    fn ascii_lowercase(self) -> Shape {
        Shape {
            head: ascii_lowercase_bytes(self.head),
            tail: ascii_lowercase_bytes(self.tail),
            len: self.len,
        }
    }

    #[inline]
    fn hash(self) -> u64 {
        (self.head ^ self.tail.rotate_left(29) ^ self.len as u64)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
    }
}

/// The shape of `word` when it is ASCII, else `None`. Up to 16 bytes the shape tells, without
/// the loop over the bytes (and its hard-to-predict exit) that `is_ascii` makes on a short word.
#[inline]
pub(crate) fn ascii_shape(word: &[u8]) -> Option<Shape> {
    let shape = Shape::of(word);
    let ascii = if word.len() <= 16 {
        shape.is_ascii_short()
    } else {
        word.is_ascii()
    };
    ascii.then_some(shape)
}

/// True when `word` is ASCII ([`ascii_shape`]).
#[inline]
pub(crate) fn is_ascii_word(word: &str) -> bool {
    ascii_shape(word.as_bytes()).is_some()
}

/// Every byte of `x` that is an ASCII capital letter made lower case, the others left alone.
#[inline]
fn ascii_lowercase_bytes(x: u64) -> u64 {
    const LO: u64 = 0x0101_0101_0101_0101;
    // Per byte, without carries between bytes: the top bit says "at least A" and "past Z" of
    // the low seven bits; a byte with its own top bit set is not ASCII.
    let low7 = x & (LO * 0x7f);
    let from_a = low7 + LO * u64::from(0x80 - b'A');
    let past_z = low7 + LO * u64::from(0x80 - b'Z' - 1);
    let upper = from_a & !past_z & !x & (LO * 0x80);
    x | (upper >> 2)
}

impl<V: Copy> WordTable<V> {
    /// The table of `entries` (a repeated key keeps its first value).
    pub(crate) fn new<'k>(entries: impl IntoIterator<Item = (&'k [u8], V)>) -> WordTable<V> {
        // In key order, so that the table is the same whatever order the entries come in.
        let mut entries: Vec<(&[u8], V)> = entries.into_iter().collect();
        entries.sort_by(|a, b| a.0.cmp(b.0));
        entries.dedup_by(|b, a| a.0 == b.0);
        let size = (2 * entries.len()).next_power_of_two().max(16);
        // Eight bits or more per key (a word that is none passes for one in an eighth of
        // the cases at most), within 512 bytes to 4 KB.
        let bits = (8 * entries.len())
            .next_power_of_two()
            .clamp(1 << 12, 1 << 15);
        let mut table = WordTable {
            slots: vec![0; size],
            entries: Vec::with_capacity(entries.len()),
            long_keys: Vec::new(),
            present: vec![0; bits / 64].into_boxed_slice(),
            shift: 64 - bits.trailing_zeros(),
        };
        for (key, value) in entries {
            let shape = Shape::of(key);
            let bit = (shape.hash() >> table.shift) as usize;
            table.present[bit / 64] |= 1 << (bit % 64);
            let mut i = shape.hash() as usize >> 32 & (size - 1);
            while table.slots[i] != 0 {
                i = (i + 1) & (size - 1);
            }
            let long = if key.len() > 16 {
                table.long_keys.push(key.into());
                table.long_keys.len() as u32
            } else {
                0
            };
            table.entries.push(TableEntry { shape, long, value });
            table.slots[i] = table.entries.len() as u32;
        }
        table
    }

    /// The value of the key equal to `word` (`lower`: to `word` with its ASCII letters
    /// lower-cased).
    #[inline]
    pub(crate) fn get(&self, word: &[u8], lower: bool) -> Option<V> {
        let mut shape = Shape::of(word);
        if lower {
            shape = shape.ascii_lowercase();
        }
        self.get_shaped(shape, word, lower)
    }

    /// The value of the key equal to `word`'s lower case when `word` is ASCII (whose lower
    /// case is ASCII lower-casing, byte for byte, compared without a copy); `None` when it
    /// is not, for the caller to lower-case it.
    #[inline]
    pub(crate) fn get_ascii_lowercase(&self, word: &[u8]) -> Option<Option<V>> {
        let shape = ascii_shape(word)?;
        Some(self.get_shaped(shape.ascii_lowercase(), word, true))
    }

    /// True when `word` (as written) is a key: [`WordTable::get`] out of line, for a caller
    /// that inlines a cheaper pre-check before it.
    #[inline(never)]
    pub(crate) fn get_checked(&self, word: &[u8]) -> bool {
        self.get(word, false).is_some()
    }

    /// [`WordTable::get`] with the word's shape (lower-cased if `lower`) worked out before.
    #[inline(always)]
    fn get_shaped(&self, shape: Shape, word: &[u8], lower: bool) -> Option<V> {
        let hash = shape.hash();
        let bit = (hash >> self.shift) as usize;
        if self
            .present
            .get(bit / 64)
            .is_none_or(|b| b & (1 << (bit % 64)) == 0)
        {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = hash as usize >> 32 & mask;
        loop {
            let k = self.slots[i] as usize;
            let entry = self.entries.get(k.checked_sub(1)?)?;
            if entry.shape == shape && (entry.long == 0 || self.long_equal(entry.long, word, lower))
            {
                return Some(entry.value);
            }
            i = (i + 1) & mask;
        }
    }

    /// True when long key `long` (`index + 1`) equals `word`, ASCII lower-cased if `lower`.
    #[cold]
    fn long_equal(&self, long: u32, word: &[u8], lower: bool) -> bool {
        let Some(key) = long
            .checked_sub(1)
            .and_then(|k| self.long_keys.get(k as usize))
        else {
            return false;
        };
        key.len() == word.len()
            && if lower {
                key.iter()
                    .zip(word)
                    .all(|(k, w)| *k == w.to_ascii_lowercase())
            } else {
                key[..] == *word
            }
    }
}

impl fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lexicon")
            .field("speech_verbs", &self.inner.speech_verbs.len())
            .field("cue_phrases", &self.inner.cue_phrases.len())
            .field("titles", &self.inner.titles.len())
            .field("pronouns", &self.inner.pronouns.len())
            .finish_non_exhaustive()
    }
}

impl Default for Lexicon {
    fn default() -> Lexicon {
        Lexicon::embedded()
    }
}

/// A lexicon file that could not be loaded, with its location (`speech_verbs.txt:12: …`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    file: String,
    line: usize,
    message: String,
}

impl LexiconError {
    /// The file the error is in.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// The 1-based line, or 0 when the error concerns the whole file.
    pub fn line(&self) -> usize {
        self.line
    }
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        } else {
            write!(f, "{}: {}", self.file, self.message)
        }
    }
}

impl std::error::Error for LexiconError {}

/// One parsed line: the entry and its tab-separated fields after the first.
struct Entry<'a> {
    line: usize,
    remove: bool,
    fields: Vec<&'a str>,
}

fn entries(text: &str) -> impl Iterator<Item = Entry<'_>> {
    text.lines().enumerate().filter_map(|(i, raw)| {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            return None;
        }
        let (remove, body) = match line.strip_prefix('-') {
            Some(rest) if !rest.is_empty() && !rest.starts_with('-') => (true, rest),
            _ => (false, line),
        };
        Some(Entry {
            line: i + 1,
            remove,
            fields: body.split('\t').map(str::trim).collect(),
        })
    })
}

fn gender_field(file: &str, e: &Entry<'_>, idx: usize) -> Result<Gender, LexiconError> {
    match e.fields.get(idx).copied() {
        None | Some("") | Some("x") => Ok(Gender::Unknown),
        Some("f") => Ok(Gender::Female),
        Some("m") => Ok(Gender::Male),
        Some("n") => Ok(Gender::Neuter),
        Some(other) => Err(LexiconError {
            file: file.to_string(),
            line: e.line,
            message: format!("gender must be f, m, n or x, not {other:?}"),
        }),
    }
}

impl Lexicon {
    /// The lexicon embedded in the library (parsed once per process).
    pub fn embedded() -> Lexicon {
        EMBEDDED_LEXICON.clone()
    }

    /// The embedded lexicon, with each list found in `dir` extending the embedded list of the
    /// same file name (`speech_verbs.txt`, `cue_phrases.txt`, `titles.txt`, `pronouns.txt`,
    /// `gendered_nouns.txt`, `nominal_heads.txt`, `given_names.txt`). A line `-entry` removes an entry. Files of
    /// other names ending in `.txt` are an error, so a misspelt file is not silently ignored.
    pub fn from_dir(dir: &Path) -> Result<Lexicon, LexiconError> {
        let err = |file: &Path, message: String| LexiconError {
            file: file.display().to_string(),
            line: 0,
            message,
        };
        let read = std::fs::read_dir(dir).map_err(|e| err(dir, e.to_string()))?;
        let mut sources: Vec<(String, String)> = EMBEDDED
            .iter()
            .map(|&(n, t)| (n.to_string(), t.to_string()))
            .collect();
        let mut found: Vec<_> = read.filter_map(|e| e.ok().map(|e| e.path())).collect();
        found.sort();
        for path in found {
            if path.extension().is_none_or(|x| x != "txt") {
                continue;
            }
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let Some(slot) = sources.iter_mut().find(|(n, _)| *n == name) else {
                let known: Vec<&str> = EMBEDDED.iter().map(|(n, _)| *n).collect();
                return Err(err(
                    &path,
                    format!("unknown lexicon file; expected one of {}", known.join(", ")),
                ));
            };
            let text = std::fs::read_to_string(&path).map_err(|e| err(&path, e.to_string()))?;
            // Parse the user's file on its own first so its errors name its own lines.
            Lexicon::parse_one(
                &path.display().to_string(),
                &name,
                &text,
                &mut Lists::empty(),
            )?;
            slot.1.push('\n');
            slot.1.push_str(&text);
        }
        Lexicon::from_sources(sources)
    }

    fn from_sources(sources: Vec<(String, String)>) -> Result<Lexicon, LexiconError> {
        let mut lists = Lists::empty();
        for (name, text) in &sources {
            Lexicon::parse_one(name, name, text, &mut lists)?;
        }
        lists.speech_verbs.seal();
        lists.nominal_heads.seal();
        // President-elect, Mayor-elect: a title about to be held is one.
        let elect: Vec<(String, Gender)> = lists
            .titles
            .map
            .iter()
            .filter(|(k, _)| !k.ends_with('.'))
            .map(|(k, &g)| (format!("{k}-elect"), g))
            .collect();
        for (k, g) in elect {
            lists.titles.insert(k, g);
        }
        lists.titles.seal();
        lists.gendered_nouns.seal();
        lists.given_names.seal();
        lists.pronouns.seal();
        lists.gender_cues = lists.gendered_nouns.folded.as_ref().map(|folded| {
            let mut union = folded.clone();
            union.add_all(&lists.titles.signatures);
            union
        });
        let mut patterns: Vec<String> = lists.cue_phrases.clone();
        patterns.sort();
        patterns.dedup();
        lists.cue_phrases = patterns;
        lists.cue_scanner = PhraseScanner::new(&lists.cue_phrases);
        lists.cue_matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&lists.cue_phrases)
            .map_err(|e| LexiconError {
                file: "cue_phrases.txt".into(),
                line: 0,
                message: e.to_string(),
            })?;
        Ok(Lexicon {
            inner: Arc::new(lists),
        })
    }

    fn parse_one(
        file: &str,
        kind: &str,
        text: &str,
        lists: &mut Lists,
    ) -> Result<(), LexiconError> {
        for e in entries(text) {
            let key = e.fields[0];
            let bad = |message: String| LexiconError {
                file: file.to_string(),
                line: e.line,
                message,
            };
            if key.is_empty() {
                return Err(bad("empty entry".into()));
            }
            let lower = key.to_lowercase();
            match kind {
                "speech_verbs.txt" | "nominal_heads.txt" => {
                    if e.fields.len() > 1 || key.contains(' ') {
                        return Err(bad(format!("expected one word per line, got {key:?}")));
                    }
                    let set = if kind == "speech_verbs.txt" {
                        &mut lists.speech_verbs
                    } else {
                        &mut lists.nominal_heads
                    };
                    if e.remove {
                        set.remove(&lower);
                    } else {
                        set.insert(lower, ());
                    }
                }
                "cue_phrases.txt" => {
                    let phrase = key
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .to_lowercase();
                    if e.remove {
                        lists.cue_phrases.retain(|p| *p != phrase);
                    } else {
                        lists.cue_phrases.push(phrase);
                    }
                }
                "titles.txt" => {
                    let g = gender_field(file, &e, 1)?;
                    if e.remove {
                        lists.titles.remove(key);
                    } else {
                        lists.titles.insert(key.to_string(), g);
                    }
                }
                "given_names.txt" => {
                    let g = gender_field(file, &e, 1)?;
                    if e.remove {
                        lists.given_names.remove(key);
                    } else if g == Gender::Unknown {
                        return Err(bad(format!("{key:?} needs a gender (f or m) after a tab")));
                    } else {
                        lists.given_names.insert(key.to_string(), g);
                    }
                }
                "gendered_nouns.txt" => {
                    let g = gender_field(file, &e, 1)?;
                    if e.remove {
                        lists.gendered_nouns.remove(&lower);
                    } else if g == Gender::Unknown {
                        return Err(bad(format!("{key:?} needs a gender (f or m) after a tab")));
                    } else {
                        lists.gendered_nouns.insert(lower, g);
                    }
                }
                "pronouns.txt" => {
                    let g = gender_field(file, &e, 1)?;
                    let n = match e.fields.get(2).copied() {
                        Some("s") | None => Number::Singular,
                        Some("p") => Number::Plural,
                        Some(other) => {
                            return Err(bad(format!("number must be s or p, not {other:?}")));
                        }
                    };
                    if e.remove {
                        lists.pronouns.remove(&lower);
                    } else {
                        lists.pronouns.insert(lower, (g, n));
                    }
                }
                _ => return Err(bad("unknown lexicon list".into())),
            }
        }
        Ok(())
    }

    /// True when `word` (any case) is a speech verb form: said, says, told, quipped. Every
    /// entry is stored lower-cased, so the word's lower case is all that is looked up.
    #[inline]
    pub fn is_speech_verb(&self, word: &str) -> bool {
        self.inner.speech_verbs.get_lowercase(word).is_some()
    }

    /// The multi-word cue phrases (according to, in a statement), lowercased.
    pub fn cue_phrases(&self) -> &[String] {
        &self.inner.cue_phrases
    }

    /// The compiled matcher over the cue phrases (leftmost-longest, ASCII case-insensitive).
    pub fn cue_matcher(&self) -> &AhoCorasick {
        &self.inner.cue_matcher
    }

    /// The byte spans of the cue phrases in `text`: what [`Lexicon::cue_matcher`] finds
    /// (leftmost-longest, non-overlapping, ASCII case-insensitive), found faster.
    pub(crate) fn find_cue_phrases<'t>(&'t self, text: &'t str) -> impl Iterator<Item = Span> + 't {
        self.inner.cue_scanner.find_iter(text.as_bytes())
    }

    /// The cue phrases of [`Lexicon::find_cue_phrases`] that sit on word boundaries (no ASCII
    /// letter or digit right before or after them), in order.
    pub(crate) fn find_bounded_cue_phrases(&self, text: &str) -> Vec<Span> {
        let bytes = text.as_bytes();
        self.find_cue_phrases(text)
            .filter(|m| {
                let before = m.start == 0 || !bytes[m.start - 1].is_ascii_alphanumeric();
                let after = m.end == bytes.len() || !bytes[m.end].is_ascii_alphanumeric();
                before && after
            })
            .collect()
    }

    /// The cue phrase of [`Lexicon::find_bounded_cue_phrases`] starting at byte `k`, found
    /// without scanning the text before it. `None` when the phrases do not allow that (some
    /// phrase holds, after a word boundary inside it, the start of a phrase: one match may
    /// then hide the next), and the whole text must be scanned.
    #[inline]
    pub(crate) fn bounded_cue_phrase_at(&self, text: &str, k: usize) -> Option<Option<Span>> {
        self.inner.cue_scanner.bounded_at(text.as_bytes(), k)
    }

    /// The title's gender when `word` is a title or honorific (President, Sen., Mrs.), or one
    /// with "-elect" after it (President-elect: added with every title when the lists are
    /// read).
    #[inline]
    pub fn title(&self, word: &str) -> Option<Gender> {
        self.inner.titles.get(word)
    }

    /// Gender and number when `word` (any case) is a speaker pronoun.
    #[inline]
    pub fn pronoun(&self, word: &str) -> Option<(Gender, Number)> {
        if word.len() > 4 || !self.inner.pronouns.signatures.may_hold(word) {
            return None;
        }
        // ASCII lower-casing leaves the bytes of other characters as they are.
        self.inner.pronouns.get_ascii_lowercase(word.as_bytes())
    }

    /// The gender a common noun tells (sister → female), if any.
    #[inline]
    pub fn gendered_noun(&self, word: &str) -> Option<Gender> {
        self.inner
            .gendered_nouns
            .get_lowercase(word)
            .or_else(|| self.prefixed_kin(word))
    }

    /// The gender of a relative's noun after a generation's or a step's prefix the list does
    /// not spell out (great-nephew, great-great-grandson, step-daughter).
    fn prefixed_kin(&self, word: &str) -> Option<Gender> {
        self.gendered_noun(after_kin_prefix(word)?)
    }

    /// `self.gendered_noun(word).or_else(|| self.title(word))`, with one pre-check for both
    /// lists: the gender a word before a name may tell (his sister Ana, Mrs. Ana Novak).
    #[inline]
    pub(crate) fn gender_cue(&self, word: &str) -> Option<Gender> {
        if self
            .inner
            .gender_cues
            .as_ref()
            .is_some_and(|s| !s.may_hold(word))
        {
            return self.prefixed_kin(word);
        }
        self.gendered_noun(word).or_else(|| self.title(word))
    }

    /// The gender a given name tells (Maria → female), if the name is in the list. Case
    /// sensitive: given names are written capitalised. A name with accents the list writes
    /// without (José, María, Inés) is looked up without them too.
    #[inline]
    pub fn given_name(&self, word: &str) -> Option<Gender> {
        self.inner.given_names.get(word).or_else(|| {
            if word.is_ascii() {
                return None;
            }
            let folded: String = word.chars().map(fold_accent).collect();
            (folded != word)
                .then(|| self.inner.given_names.get(&folded))
                .flatten()
        })
    }

    /// True when `word` (any case) can head a nominal speaker mention (official, ministry),
    /// or is the plural of one.
    #[inline]
    pub fn is_nominal_head(&self, word: &str) -> bool {
        let heads = &self.inner.nominal_heads;
        // The lower case of a word ends in s only when the word ends in s or S.
        heads.get_lowercase(word).is_some()
            || word
                .strip_suffix(['s', 'S'])
                .is_some_and(|stem| heads.get_lowercase(stem).is_some())
    }
}

/// True when `word` has a character that lower-casing changes (an upper-case ASCII letter, or
/// any non-ASCII character, which is left to [`str::to_lowercase`] to decide).
fn has_upper(word: &str) -> bool {
    word.bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
}

/// Calls `f` with `word.to_lowercase()`, without allocating for a short ASCII word (the
/// lower case of ASCII is ASCII lower-casing, byte for byte).
pub(crate) fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    const SHORT: usize = 32;
    let bytes = word.as_bytes();
    if bytes.len() <= SHORT {
        // One pass: lower-case into the buffer, and learn whether that changed anything.
        let mut buf = [0u8; SHORT];
        let (mut upper, mut ascii) = (false, true);
        for (lower, &b) in buf.iter_mut().zip(bytes) {
            upper |= b.is_ascii_uppercase();
            ascii &= b.is_ascii();
            *lower = b.to_ascii_lowercase();
        }
        if ascii {
            if !upper {
                return f(word);
            }
            if let Ok(lower) = std::str::from_utf8(&buf[..bytes.len()]) {
                return f(lower);
            }
        }
    } else if !has_upper(word) {
        return f(word);
    }
    f(&word.to_lowercase())
}

impl Lists {
    fn empty() -> Lists {
        Lists {
            speech_verbs: WordMap::new(),
            cue_phrases: Vec::new(),
            cue_matcher: AhoCorasick::new(Vec::<&str>::new()).expect("empty matcher builds"),
            cue_scanner: PhraseScanner::new(&[]),
            titles: WordMap::new(),
            pronouns: WordMap::new(),
            gendered_nouns: WordMap::new(),
            nominal_heads: WordMap::new(),
            given_names: WordMap::new(),
            gender_cues: None,
        }
    }
}

/// The letter without its accent, for the Latin letters with one that names written in
/// English text keep (é → e, ñ → n, Å → A); any other character as it is.
fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'A',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'Í' | 'Ì' | 'Î' | 'Ï' => 'I',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
        'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' => 'O',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'Ú' | 'Ù' | 'Û' | 'Ü' => 'U',
        'ñ' => 'n',
        'Ñ' => 'N',
        'ç' => 'c',
        'Ç' => 'C',
        _ => c,
    }
}

/// The rest of a relative's noun after one generation's or step's prefix (great-aunt: aunt;
/// great-great-grandson: great-grandson; step-daughter: daughter), case-blind; `None` when
/// it has none.
pub(crate) fn after_kin_prefix(word: &str) -> Option<&str> {
    let (prefix, rest) = word.split_once('-')?;
    (prefix.eq_ignore_ascii_case("great") || prefix.eq_ignore_ascii_case("step")).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lists_keep_their_case_blind_pre_checks() {
        // A key outside ASCII turns a list's pre-check off (`WordMap::seal`): every look-up
        // of running text would then hash the word.
        let lx = Lexicon::embedded();
        assert!(lx.inner.gender_cues.is_some());
        assert!(lx.inner.nominal_heads.folded.is_some());
        assert_eq!(lx.title("President-elect"), lx.title("President"));
        assert_eq!(lx.given_name("José"), lx.given_name("Jose"));
    }

    #[test]
    fn given_names_answer_with_or_without_their_accents() {
        let lx = Lexicon::embedded();
        for (name, gender) in [
            ("Hernán", Gender::Male),
            ("Hernan", Gender::Male),
            ("Sigrún", Gender::Female),
            ("Begoña", Gender::Female),
            ("Nurhayati", Gender::Female),
            ("Sigurður", Gender::Male),
        ] {
            assert_eq!(lx.given_name(name), Some(gender), "{name}");
        }
    }

    #[test]
    fn embedded_lists_are_sorted_and_deduplicated() {
        for (name, text) in EMBEDDED {
            let keys: Vec<&str> = entries(text).map(|e| e.fields[0]).collect();
            let mut sorted = keys.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(keys, sorted, "{name} must be sorted and deduplicated");
            assert!(!keys.is_empty(), "{name} is empty");
        }
    }

    #[test]
    fn embedded_lexicon_answers() {
        let lx = Lexicon::embedded();
        assert!(lx.is_speech_verb("said") && lx.is_speech_verb("Quipped"));
        assert!(!lx.is_speech_verb("table"));
        assert_eq!(lx.title("Mrs."), Some(Gender::Female));
        assert_eq!(lx.title("President"), Some(Gender::Unknown));
        assert_eq!(lx.pronoun("She"), Some((Gender::Female, Number::Singular)));
        assert_eq!(lx.gendered_noun("sister"), Some(Gender::Female));
        assert_eq!(lx.given_name("Maria"), Some(Gender::Female));
        assert_eq!(lx.given_name("maria"), None);
        assert!(lx.is_nominal_head("officials"));
        assert!(lx.cue_phrases().iter().any(|p| p == "according to"));
    }

    #[test]
    fn shapes_lower_case_every_ascii_capital_and_nothing_else() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                let x = u64::from(b) << (8 * lane) | 0x4100_0000_0000_005a >> (8 * (lane % 2));
                let want = u64::from_le_bytes(x.to_le_bytes().map(|c| c.to_ascii_lowercase()));
                assert_eq!(ascii_lowercase_bytes(x), want, "byte {b:#x} in lane {lane}");
            }
        }
    }

    #[test]
    fn ascii_shape_tells_ascii_words_at_every_length() {
        for len in 0..40 {
            let word = "a".repeat(len);
            assert!(ascii_shape(word.as_bytes()).is_some(), "{len} letters");
            for at in 0..len {
                let mut other = word.clone();
                other.replace_range(at..at + 1, "é");
                assert!(ascii_shape(other.as_bytes()).is_none(), "{other}");
                assert!(!is_ascii_word(&other), "{other}");
            }
        }
    }

    #[test]
    fn word_table_compares_whole_words_of_any_length() {
        let long = "abcdefghijklmnopqrstuvwxyz";
        let keys = [
            "a",
            "ab",
            "abc",
            "abcd",
            "abcdefg",
            "abcdefgh",
            "abcdefghijklmnop",
            long,
            "o’neill",
        ];
        let table = WordTable::new(keys.iter().enumerate().map(|(i, k)| (k.as_bytes(), i)));
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(table.get(k.as_bytes(), false), Some(i), "{k}");
            let upper = k.to_ascii_uppercase();
            assert_eq!(table.get(upper.as_bytes(), true), Some(i), "{upper}");
            assert_eq!(
                table.get(upper.as_bytes(), false),
                None,
                "{upper} as written"
            );
        }
        // Same length, first and last bytes as a key, a different byte in between.
        for miss in [
            "abcdefghijklmnopqrstuvwxzz",
            "abcdefghijklmnopqrstuvwxy",
            "abcdefghijklmnopqrstuvwxyzz",
            "abcdefghijklmnoq",
            "abcdefgi",
            "abd",
            "",
            "é",
        ] {
            assert_eq!(table.get(miss.as_bytes(), false), None, "{miss}");
            assert_eq!(table.get(miss.as_bytes(), true), None, "{miss}");
        }
    }

    /// Every entry is found in lower, title and upper case where the list ignores case, and
    /// only as written where it does not (titles): the signature pre-check never hides one.
    #[test]
    fn every_entry_is_found_through_the_pre_check() {
        let lx = Lexicon::embedded();
        let title_case = |w: &str| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        };
        // The Kelvin sign lower-cases to k: a word written with it is found too.
        let variants = |w: &str| {
            [
                w.to_string(),
                title_case(w),
                w.to_uppercase(),
                w.replace('k', KELVIN),
                w.replacen('k', KELVIN, 1).to_uppercase(),
            ]
        };
        for (name, text) in EMBEDDED {
            for e in entries(text) {
                let key = e.fields[0];
                match *name {
                    "speech_verbs.txt" => {
                        assert!(variants(key).iter().all(|v| lx.is_speech_verb(v)), "{key}")
                    }
                    "nominal_heads.txt" => {
                        let plural = format!("{key}s");
                        assert!(variants(key).iter().all(|v| lx.is_nominal_head(v)), "{key}");
                        assert!(variants(&plural).iter().all(|v| lx.is_nominal_head(v)));
                    }
                    "gendered_nouns.txt" => assert!(
                        variants(key).iter().all(|v| lx.gendered_noun(v).is_some()),
                        "{key}"
                    ),
                    "pronouns.txt" => {
                        assert!(
                            variants(key).iter().all(|v| lx.pronoun(v).is_some()),
                            "{key}"
                        )
                    }
                    "titles.txt" => {
                        assert!(lx.title(key).is_some(), "{key}");
                        if key.to_uppercase() != key {
                            assert_eq!(lx.title(&key.to_uppercase()), None, "{key}");
                        }
                    }
                    _ => {}
                }
            }
        }
        for miss in ["Kim", "table", "Saidx", "", "é", "İ"] {
            assert!(!lx.is_speech_verb(miss), "{miss}");
            assert!(!lx.is_nominal_head(miss), "{miss}");
        }
        // One pre-check for two lists answers as the two look-ups do.
        for (name, text) in EMBEDDED {
            for e in entries(text) {
                for w in variants(e.fields[0])
                    .iter()
                    .map(String::as_str)
                    .chain(["Kim", "é"])
                {
                    let both = lx.gendered_noun(w).or_else(|| lx.title(w));
                    assert_eq!(lx.gender_cue(w), both, "{name}: {w}");
                }
            }
        }
        assert_eq!(lx.gender_cue("Mrs."), Some(Gender::Female));
        assert_eq!(lx.gender_cue("SISTER"), Some(Gender::Female));
    }

    #[test]
    fn the_kelvin_sign_is_the_only_non_ascii_character_lower_cased_to_ascii() {
        let to_ascii: Vec<char> = ('\u{80}'..=char::MAX)
            .filter(|c| c.to_lowercase().all(|l| l.is_ascii()))
            .collect();
        assert_eq!(to_ascii.iter().collect::<String>(), KELVIN);
        assert_eq!(KELVIN.to_lowercase(), "k");
    }

    #[test]
    fn folded_signatures_hold_every_word_lower_cased_to_a_key() {
        let keys = ["k", "kick", "asked", "spoke", "said", "o’neill"];
        let mut map = WordMap::new();
        for k in keys {
            map.insert(k.to_string(), ());
        }
        map.seal();
        assert!(map.folded.is_none(), "a key is not ASCII");
        map.remove("o’neill");
        map.seal();
        for k in &keys[..5] {
            let mut words = vec![k.to_string(), k.to_uppercase()];
            // Every subset of the k's written as the Kelvin sign.
            let at: Vec<usize> = k.match_indices('k').map(|(i, _)| i).collect();
            for mask in 1..1u32 << at.len() {
                let mut w = String::new();
                for (i, c) in k.char_indices() {
                    match at.iter().position(|&a| a == i) {
                        Some(bit) if mask & 1 << bit != 0 => w.push_str(KELVIN),
                        _ => w.push(c.to_ascii_uppercase()),
                    }
                }
                words.push(w);
            }
            for w in words {
                assert_eq!(w.to_lowercase(), *k);
                assert!(map.may_hold_folded(&w), "{w}");
                assert_eq!(map.get_lowercase(&w), Some(()), "{w}");
            }
        }
        // Most other words fail the pre-check alone.
        let misses = ["table", "Ana", "the", "Novak", "minister", "é"];
        assert!(misses.iter().all(|w| !map.may_hold_folded(w)));
    }

    /// The spans an Aho-Corasick automaton built like the lexicon's finds.
    fn automaton_spans(phrases: &[String], text: &str) -> Vec<Span> {
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(phrases)
            .unwrap()
            .find_iter(text)
            .map(|m| Span::new(m.start(), m.end()))
            .collect()
    }

    const FRAGMENTS: &[&str] = &[
        "according to",
        "ACCORDING",
        "to",
        "point to",
        "1",
        "-",
        " ",
        "as quoted by",
        "quoted as saying",
        "Quoted As",
        "went on to say",
        "WENT ON",
        "as",
        "quoted",
        "x",
        "é",
        "ça",
        "ab",
        "b c",
        "a",
        "\n",
    ];

    proptest::proptest! {
        #[test]
        fn the_phrase_scanner_finds_what_the_automaton_finds(
            picks in proptest::collection::vec(0..FRAGMENTS.len(), 0..40),
        ) {
            let text: String = picks.iter().map(|&k| FRAGMENTS[k]).collect();
            let embedded = Lexicon::embedded();
            let phrases = embedded.cue_phrases().to_vec();
            let found: Vec<Span> = embedded.find_cue_phrases(&text).collect();
            proptest::prop_assert_eq!(found, automaton_spans(&phrases, &text));
            // Prefixes of one another, one-byte and non-ASCII phrases.
            let mut odd: Vec<String> = ["a", "ab", "abc", "bc", "b c", "é", "ça", "to say", "q"]
                .map(String::from)
                .to_vec();
            odd.sort();
            let scanner = PhraseScanner::new(&odd);
            let found: Vec<Span> = scanner.find_iter(text.as_bytes()).collect();
            proptest::prop_assert_eq!(found, automaton_spans(&odd, &text));
            // The matches on word boundaries, found one position at a time.
            let bounded = |spans: Vec<Span>| -> Vec<Span> {
                let b = text.as_bytes();
                spans
                    .into_iter()
                    .filter(|m| {
                        (m.start == 0 || !b[m.start - 1].is_ascii_alphanumeric())
                            && (m.end == b.len() || !b[m.end].is_ascii_alphanumeric())
                    })
                    .collect()
            };
            proptest::prop_assert_eq!(
                embedded.find_bounded_cue_phrases(&text),
                bounded(automaton_spans(&phrases, &text))
            );
            // ça holds a phrase (a) after a byte that is not an ASCII letter or digit.
            let sets = [
                phrases.clone(),
                odd.iter().filter(|p| *p != "ça").cloned().collect(),
                odd.clone(),
                ["a b", "ab", "b c"].map(String::from).to_vec(),
                ["o", "say so", "to say"].map(String::from).to_vec(),
            ];
            for (n, set) in sets.iter().enumerate() {
                let scanner = PhraseScanner::new(set);
                let want = bounded(automaton_spans(set, &text));
                let at: Option<Vec<Span>> = (0..=text.len())
                    .map(|k| scanner.bounded_at(text.as_bytes(), k))
                    .collect::<Option<Vec<_>>>()
                    .map(|found| found.into_iter().flatten().collect());
                // The last three sets have a phrase holding the start of another.
                proptest::prop_assert_eq!(at.is_some(), n < 2);
                if let Some(at) = at {
                    proptest::prop_assert_eq!(at, want);
                }
            }
        }
    }

    #[test]
    fn a_directory_extends_and_removes() {
        let dir = std::env::temp_dir().join(format!("sayso-lexicon-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("speech_verbs.txt"), "# mine\nharrumphed\n-said\n").unwrap();
        let lx = Lexicon::from_dir(&dir).unwrap();
        assert!(lx.is_speech_verb("harrumphed"));
        assert!(!lx.is_speech_verb("said"));
        assert!(lx.is_speech_verb("told"));
        std::fs::write(dir.join("nominal_heads.txt"), "Sprecherin\nİmam\n").unwrap();
        let lx = Lexicon::from_dir(&dir).unwrap();
        assert!(lx.is_nominal_head("sprecherin") && lx.is_nominal_head("SPRECHERINs"));
        assert!(
            lx.is_nominal_head("İmam"),
            "the lower case of İ is two characters"
        );
        std::fs::remove_file(dir.join("nominal_heads.txt")).unwrap();
        std::fs::write(dir.join("titles.txt"), "Marshal\tq\n").unwrap();
        let e = Lexicon::from_dir(&dir).unwrap_err();
        assert!(
            e.to_string()
                .ends_with("titles.txt:1: gender must be f, m, n or x, not \"q\""),
            "{e}"
        );
        std::fs::remove_file(dir.join("titles.txt")).unwrap();
        std::fs::write(dir.join("speech_verb.txt"), "x\n").unwrap();
        assert!(
            Lexicon::from_dir(&dir)
                .unwrap_err()
                .to_string()
                .contains("unknown lexicon file")
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
