//! [`QuoteMarks`]: which characters open and close quotations.

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

/// The set of quotation-mark pairs a tokenizer recognises.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteMarks {
    pairs: Vec<QuotePair>,
}

impl QuoteMarks {
    /// English news marks: “ ” ‘ ’ " ' and « ».
    pub fn english() -> QuoteMarks {
        QuoteMarks::new(vec![
            QuotePair {
                open: '“',
                close: '”',
                double: true,
            },
            QuotePair {
                open: '"',
                close: '"',
                double: true,
            },
            QuotePair {
                open: '«',
                close: '»',
                double: true,
            },
            QuotePair {
                open: '‘',
                close: '’',
                double: false,
            },
            QuotePair {
                open: '\'',
                close: '\'',
                double: false,
            },
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
}

impl Default for QuoteMarks {
    fn default() -> QuoteMarks {
        QuoteMarks::english()
    }
}
