//! [`QuoteMarks`]: which characters open and close quotations.

use std::fmt;
use std::str::FromStr;

/// One pair of quotation marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuotePair {
    /// The opening mark.
    pub open: char,
    /// The closing mark (equal to `open` for straight quotes).
    pub close: char,
    /// True for double marks, false for single ones.
    pub double: bool,
}

impl QuotePair {
    /// A pair whose `double` flag is guessed from the marks: single for ' ‘ ’ ‚ ‛ ‹ › 「 」
    /// and their half-width forms, double otherwise.
    pub fn guess(open: char, close: char) -> QuotePair {
        QuotePair {
            open,
            close,
            double: !(is_single_mark(open) || is_single_mark(close)),
        }
    }
}

fn is_single_mark(c: char) -> bool {
    matches!(
        c,
        '\'' | '‘' | '’' | '‚' | '‛' | '‹' | '›' | '「' | '」' | '｢' | '｣'
    )
}

/// The set of quotation-mark pairs a tokenizer recognises.
///
/// A character that is the opening mark of one pair and the closing mark of another (German
/// „…“ together with English “…”) has its role decided by the characters around it, like a
/// straight `"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteMarks {
    pairs: Vec<QuotePair>,
}

const fn pair(open: char, close: char, double: bool) -> QuotePair {
    QuotePair {
        open,
        close,
        double,
    }
}

impl QuoteMarks {
    /// English news marks: “ ” ‘ ’ " ' and « ».
    pub fn english() -> QuoteMarks {
        QuoteMarks::new(vec![
            pair('“', '”', true),
            pair('"', '"', true),
            pair('«', '»', true),
            pair('‘', '’', false),
            pair('\'', '\'', false),
        ])
    }

    /// German marks: „…“ and ‚…‘, the reversed guillemets »…« and ›…‹, and straight " '.
    pub fn german() -> QuoteMarks {
        QuoteMarks::new(vec![
            pair('„', '“', true),
            pair('»', '«', true),
            pair('"', '"', true),
            pair('‚', '‘', false),
            pair('›', '‹', false),
            pair('\'', '\'', false),
        ])
    }

    /// French marks: «…» and ‹…›, with “…” and straight " ' as found in French news.
    pub fn french() -> QuoteMarks {
        QuoteMarks::new(vec![
            pair('«', '»', true),
            pair('“', '”', true),
            pair('"', '"', true),
            pair('‹', '›', false),
            pair('\'', '\'', false),
        ])
    }

    /// Chinese and Japanese marks: 「…」 and 『…』 (also half-width ｢…｣), with “…” ‘…’.
    pub fn cjk() -> QuoteMarks {
        QuoteMarks::new(vec![
            pair('「', '」', false),
            pair('『', '』', true),
            pair('｢', '｣', false),
            pair('“', '”', true),
            pair('‘', '’', false),
        ])
    }

    /// A set of marks from explicit pairs.
    pub fn new(pairs: Vec<QuotePair>) -> QuoteMarks {
        QuoteMarks { pairs }
    }

    /// The pairs, in the order given.
    pub fn pairs(&self) -> &[QuotePair] {
        &self.pairs
    }

    /// The pairs of `self` followed by those of `other` that `self` lacks.
    ///
    /// ```
    /// use sayso_tokenizer::QuoteMarks;
    /// let both = QuoteMarks::english().union(&QuoteMarks::german());
    /// assert!(both.pairs().iter().any(|p| p.open == '„'));
    /// ```
    pub fn union(mut self, other: &QuoteMarks) -> QuoteMarks {
        for p in &other.pairs {
            if !self.pairs.contains(p) {
                self.pairs.push(*p);
            }
        }
        self
    }

    /// Parses pairs written as whitespace-separated groups of two characters (`"«» „“ ‚‘"`);
    /// a group of one character is a straight mark that both opens and closes (`"\" '"`).
    /// Single or double is guessed per [`QuotePair::guess`].
    ///
    /// ```
    /// use sayso_tokenizer::QuoteMarks;
    /// let marks = QuoteMarks::parse("«» ‹›").unwrap();
    /// assert_eq!(marks.pairs().len(), 2);
    /// assert!(marks.pairs()[0].double && !marks.pairs()[1].double);
    /// assert!(QuoteMarks::parse("«»x").is_err());
    /// ```
    pub fn parse(spec: &str) -> Result<QuoteMarks, ParseMarksError> {
        let mut pairs = Vec::new();
        for group in spec.split_whitespace() {
            let mut chars = group.chars();
            let (open, close) = match (chars.next(), chars.next(), chars.next()) {
                (Some(o), None, _) => (o, o),
                (Some(o), Some(c), None) => (o, c),
                _ => {
                    return Err(ParseMarksError {
                        group: group.to_string(),
                    });
                }
            };
            if open.is_alphanumeric() || close.is_alphanumeric() {
                return Err(ParseMarksError {
                    group: group.to_string(),
                });
            }
            pairs.push(QuotePair::guess(open, close));
        }
        Ok(QuoteMarks::new(pairs))
    }
}

impl Default for QuoteMarks {
    fn default() -> QuoteMarks {
        QuoteMarks::english()
    }
}

impl FromStr for QuoteMarks {
    type Err = ParseMarksError;
    fn from_str(s: &str) -> Result<QuoteMarks, ParseMarksError> {
        QuoteMarks::parse(s)
    }
}

/// A group in a quotation-mark specification that is not one or two non-alphanumeric
/// characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseMarksError {
    group: String,
}

impl fmt::Display for ParseMarksError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "quotation-mark group {:?} is not one or two non-alphanumeric characters",
            self.group
        )
    }
}

impl std::error::Error for ParseMarksError {}

/// What a configured character can do, looked up once per mark in the text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct MarkUse {
    /// `Some(double)` when the character opens some pair.
    pub(crate) open: Option<bool>,
    /// `Some(double)` when the character closes some pair.
    pub(crate) close: Option<bool>,
}

/// [`QuoteMarks`] as a lookup table: a bit set for ASCII, a short list for the rest.
#[derive(Clone, Debug, Default)]
pub(crate) struct MarkTable {
    ascii: u128,
    entries: Vec<(char, MarkUse)>,
}

impl MarkTable {
    pub(crate) fn new(marks: &QuoteMarks) -> MarkTable {
        let mut table = MarkTable::default();
        for p in marks.pairs() {
            if p.open.is_alphanumeric() || p.close.is_alphanumeric() {
                continue;
            }
            table.entry(p.open).open.get_or_insert(p.double);
            table.entry(p.close).close.get_or_insert(p.double);
        }
        table
    }

    fn entry(&mut self, c: char) -> &mut MarkUse {
        if c.is_ascii() {
            self.ascii |= 1u128 << (c as u32);
        }
        let at = match self.entries.iter().position(|(k, _)| *k == c) {
            Some(at) => at,
            None => {
                self.entries.push((c, MarkUse::default()));
                self.entries.len() - 1
            }
        };
        &mut self.entries[at].1
    }

    /// True when the ASCII byte `b` is a configured mark (cheap pre-check).
    #[inline]
    pub(crate) fn has_ascii(&self, b: u8) -> bool {
        b < 128 && self.ascii & (1u128 << b) != 0
    }

    /// How `c` is configured, if at all.
    #[inline]
    pub(crate) fn get(&self, c: char) -> Option<MarkUse> {
        if c.is_ascii() && !self.has_ascii(c as u8) {
            return None;
        }
        self.entries.iter().find(|(k, _)| *k == c).map(|(_, u)| *u)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uses(marks: &QuoteMarks, c: char) -> Option<MarkUse> {
        MarkTable::new(marks).get(c)
    }

    #[test]
    fn english_curly_marks_have_one_role() {
        let e = QuoteMarks::english();
        assert_eq!(uses(&e, '“').unwrap().close, None);
        assert_eq!(uses(&e, '”').unwrap().open, None);
        assert_eq!(uses(&e, '„'), None);
    }

    #[test]
    fn german_with_english_makes_left_double_both() {
        let u = uses(&QuoteMarks::english().union(&QuoteMarks::german()), '“').unwrap();
        assert_eq!((u.open, u.close), (Some(true), Some(true)));
    }

    #[test]
    fn straight_marks_open_and_close() {
        let u = uses(&QuoteMarks::english(), '\'').unwrap();
        assert_eq!((u.open, u.close), (Some(false), Some(false)));
    }

    #[test]
    fn parse_reads_pairs_and_straight_marks() {
        let m = QuoteMarks::parse("„“ ‚‘ \"").unwrap();
        assert_eq!(m.pairs()[1], pair('‚', '‘', false));
        assert_eq!(m.pairs()[2], pair('"', '"', true));
        assert!("«»".parse::<QuoteMarks>().is_ok());
        assert!(QuoteMarks::parse("ab").is_err());
        assert!(QuoteMarks::parse("«»«").is_err());
    }

    #[test]
    fn alphanumeric_marks_are_ignored() {
        let m = QuoteMarks::new(vec![pair('x', 'y', true)]);
        assert_eq!(uses(&m, 'x'), None);
    }

    #[test]
    fn cjk_corner_brackets_are_single() {
        assert_eq!(uses(&QuoteMarks::cjk(), '「').unwrap().open, Some(false));
        assert_eq!(uses(&QuoteMarks::cjk(), '』').unwrap().close, Some(true));
    }
}
