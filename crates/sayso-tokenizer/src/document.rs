//! [`Document`]: tokens plus sentence and paragraph boundaries.

use std::ops::Range;

use crate::marks::MarkTable;
use crate::{MAX_TEXT_LEN, QuoteRole, Span, Token, TokenKind, lexer, segment};

/// A tokenized text: tokens in order, and sentences and paragraphs as ranges of token indices.
///
/// Tokens are ordered and do not overlap; the text between two neighbouring tokens is
/// whitespace only. Sentences never cross paragraph boundaries.
#[derive(Clone, Debug)]
pub struct Document<'a> {
    text: &'a str,
    tokens: Vec<Token<'a>>,
    sentences: Vec<Range<usize>>,
    paragraphs: Vec<Range<usize>>,
    quote_marks: Vec<usize>,
    single_marks: bool,
}

impl<'a> Document<'a> {
    /// The original text: all of it, or its first [`MAX_TEXT_LEN`] bytes (cut on a `char`
    /// boundary) when it is longer.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// All tokens, in text order.
    pub fn tokens(&self) -> &[Token<'a>] {
        &self.tokens
    }

    /// Sentences as ranges of token indices, in text order.
    pub fn sentences(&self) -> &[Range<usize>] {
        &self.sentences
    }

    /// Paragraphs as ranges of token indices, in text order.
    pub fn paragraphs(&self) -> &[Range<usize>] {
        &self.paragraphs
    }

    /// The indices of the quotation-mark tokens ([`TokenKind::Quote`](crate::TokenKind::Quote)),
    /// in order: what finding quotations visits, instead of every token.
    pub fn quote_marks(&self) -> &[usize] {
        &self.quote_marks
    }

    /// True when the document quotes in single marks (‘…’, British style) rather than only in
    /// double ones: at least one pair of single marks outside double ones, and at least as many
    /// such pairs as opening double marks outside single ones. Its single marks are then
    /// [`primary`](crate::QuoteMark::primary) too: either kind may quote, and each nests in
    /// the other (‘…“…”…’, and the odd “…” partial quotation beside them).
    pub fn quotes_in_single_marks(&self) -> bool {
        self.single_marks
    }

    /// The byte span covered by a range of tokens (empty at the text end for an empty range).
    pub fn span_of(&self, tokens: Range<usize>) -> Span {
        if tokens.start >= tokens.end || tokens.end > self.tokens.len() {
            let at = self
                .tokens
                .get(tokens.start)
                .map_or(self.text.len(), |t| t.span().start);
            return Span::new(at, at);
        }
        self.tokens[tokens.start]
            .span()
            .to(self.tokens[tokens.end - 1].span())
    }

    /// The index of the sentence holding token `token`.
    pub fn sentence_of(&self, token: usize) -> usize {
        range_of(&self.sentences, token)
    }

    /// The index of the paragraph holding token `token`.
    pub fn paragraph_of(&self, token: usize) -> usize {
        range_of(&self.paragraphs, token)
    }

    /// The index of the first token whose span ends after byte `offset`, or `tokens().len()`.
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span().end <= offset)
    }
}

/// The longest prefix of `text` of at most `max` bytes that ends on a `char` boundary.
fn prefix_within(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    // A char boundary lies within the four bytes at and before `max`.
    let end = (max.saturating_sub(3)..=max)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    &text[..end]
}

fn range_of(ranges: &[Range<usize>], token: usize) -> usize {
    ranges
        .partition_point(|r| r.end <= token)
        .min(ranges.len().saturating_sub(1))
}

/// Tokenizes `text`: lexer, then paragraphs from line breaks, then sentences inside them.
/// Past [`MAX_TEXT_LEN`] bytes the text is cut, as
/// [`Tokenizer::tokenize`](crate::Tokenizer::tokenize) documents.
pub(crate) fn build<'a>(text: &'a str, table: &MarkTable) -> Document<'a> {
    let text = prefix_within(text, MAX_TEXT_LEN);
    let lexed = lexer::lex(text, table);
    let paragraphs = segment::paragraphs(&lexed.tokens, &lexed.breaks);
    let sentences = segment::sentences(&lexed.tokens, &paragraphs, &lexed.ends);
    let mut tokens = lexed.tokens;
    let single_marks = single_marks_delimit(&mut tokens, &lexed.quotes, &paragraphs);
    Document {
        text,
        tokens,
        sentences,
        paragraphs,
        quote_marks: lexed.quotes,
        single_marks,
    }
}

/// True when the mark at token `i` may be a plural's possessive (the voters’ pay): written
/// right after a word ending in s, with a word after a space.
fn possessive(tokens: &[Token<'_>], i: usize) -> bool {
    let mark = tokens[i].span();
    i > 0
        && tokens[i - 1].kind == TokenKind::Word
        && tokens[i - 1].text.ends_with(['s', 'S'])
        && tokens[i - 1].span().end == mark.start
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.kind == TokenKind::Word && n.span().start > mark.end)
}

/// Decides whether the document quotes in single marks: at least as many pairs of single marks
/// outside double ones (an opening mark, then a closing one later in its paragraph) as opening
/// double marks outside single ones (a quotation of several paragraphs opens each), and at
/// least one. An apostrophe is no mark, a plural's possessive (the voters’ pay) closes nothing
/// when another closing mark follows in its paragraph, and a stray opening mark pairs with
/// nothing. When it does, the single marks become primary beside the double ones. Returns the
/// decision.
fn single_marks_delimit(
    tokens: &mut [Token<'_>],
    marks: &[usize],
    paragraphs: &[Range<usize>],
) -> bool {
    // A text with no single mark that opens (most) quotes in double marks only.
    let opens_single = marks.iter().any(|&i| {
        matches!(tokens[i].kind, TokenKind::Quote(m) if !m.double && m.role == QuoteRole::Open)
    });
    if !opens_single {
        return false;
    }
    // Pairs of single marks outside double ones; opening double marks outside single ones.
    let (mut single_pairs, mut double_opens) = (0usize, 0usize);
    let mut next = 0;
    for para in paragraphs {
        let first = next;
        while next < marks.len() && marks[next] < para.end {
            next += 1;
        }
        let here = &marks[first..next];
        // Whether a single and a double mark are open.
        let (mut single_open, mut double_open) = (false, false);
        for (n, &i) in here.iter().enumerate() {
            let TokenKind::Quote(m) = tokens[i].kind else {
                continue;
            };
            match (m.double, m.role) {
                (true, QuoteRole::Open) => {
                    double_opens += usize::from(!single_open);
                    double_open = true;
                }
                (true, QuoteRole::Close) => double_open = false,
                (false, QuoteRole::Open) if !double_open => single_open = true,
                (false, QuoteRole::Close) if single_open => {
                    let later_close = here[n + 1..].iter().any(|&k| {
                        matches!(tokens[k].kind, TokenKind::Quote(q)
                            if !q.double && q.role == QuoteRole::Close)
                    });
                    if !(later_close && possessive(tokens, i)) {
                        single_open = false;
                        single_pairs += 1;
                    }
                }
                _ => {}
            }
        }
    }
    let flip = single_pairs > 0 && single_pairs >= double_opens;
    if flip {
        for &i in marks {
            if let TokenKind::Quote(m) = &mut tokens[i].kind {
                m.primary = true;
            }
        }
    } else {
        headline_single_marks(tokens, marks, paragraphs);
    }
    flip
}

/// The most tokens a headline holds ([`headline_single_marks`]).
const HEADLINE_TOKENS: usize = 40;

/// Makes the single marks of a headline primary in a text that quotes in double marks: US
/// headlines quote in single marks (Mayor: ‘We Will Rebuild’; Ruiz calls plan ‘reckless’)
/// whatever the story below does. A headline is the text's first paragraph, of at most
/// [`HEADLINE_TOKENS`] tokens, with no double mark in it, and a story after it.
fn headline_single_marks(tokens: &mut [Token<'_>], marks: &[usize], paragraphs: &[Range<usize>]) {
    let Some(first) = paragraphs.first() else {
        return;
    };
    if first.len() > HEADLINE_TOKENS || paragraphs.len() < 2 {
        return;
    }
    // (The marks are in text order: the headline's are a slice of them.)
    let here = &marks[..marks.partition_point(|&i| i < first.end)];
    let here = &here[here.partition_point(|&i| i < first.start)..];
    let double = here
        .iter()
        .any(|&i| matches!(tokens[i].kind, TokenKind::Quote(m) if m.double));
    if double {
        return;
    }
    for &i in here {
        if let TokenKind::Quote(m) = &mut tokens[i].kind {
            m.primary = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::tokenize;

    #[test]
    fn lookups_by_token_and_offset() {
        let doc = tokenize("Hi there. Bye now.\n\nNext one.");
        assert_eq!(doc.sentence_of(3), 1);
        assert_eq!(doc.paragraph_of(3), 0);
        assert_eq!(doc.paragraph_of(6), 1);
        assert_eq!(doc.token_at_or_after(2), 1);
        assert_eq!(doc.token_at_or_after(1000), doc.tokens().len());
        assert_eq!(&doc.text()[doc.span_of(0..3)], "Hi there.");
        assert!(doc.span_of(5..5).is_empty());
    }

    #[test]
    fn quote_marks_are_the_quotation_mark_tokens() {
        let doc = tokenize("“We’ll see,” he said. 'No,' she said: \"fine\" «oui»");
        let marks: Vec<usize> = (0..doc.tokens().len())
            .filter(|&i| matches!(doc.tokens()[i].kind, crate::TokenKind::Quote(_)))
            .collect();
        assert_eq!(doc.quote_marks(), marks);
        assert!(marks.len() >= 6);
    }

    /// Whether each quotation mark of `text` is primary, in order.
    fn primaries(text: &str) -> Vec<bool> {
        let doc = tokenize(text);
        doc.quote_marks()
            .iter()
            .map(|&i| match doc.tokens()[i].kind {
                crate::TokenKind::Quote(m) => m.primary,
                _ => unreachable!("quote_marks holds marks only"),
            })
            .collect()
    }

    #[test]
    fn single_marks_delimit_too_when_they_pair_as_often_as_double_ones_open() {
        // American style: the single marks nest.
        let us = "“She told me ‘never,’ and left,” he said. “Fine.”";
        assert!(!tokenize(us).quotes_in_single_marks());
        assert_eq!(primaries(us), [true, false, false, true, true, true]);
        // British style: either kind may quote (the pairing nests the double ones here).
        let uk = "‘She told me “never”, and left,’ he said. ‘Fine.’";
        assert!(tokenize(uk).quotes_in_single_marks());
        assert_eq!(primaries(uk), [true; 6]);
        // As many single pairs as double openers outside them: single marks quote too.
        assert!(tokenize("It was “overdue”. ‘It will pay,’ she said.").quotes_in_single_marks());
        // A quotation of three paragraphs opens three times: its nested pairs do not outvote it.
        let long = "“One ‘a’ two.\n\n“Three ‘b’ four.\n\n“Five,” she said.";
        assert!(!tokenize(long).quotes_in_single_marks());
    }

    #[test]
    fn a_headlines_single_marks_delimit_in_a_text_quoting_in_double_ones() {
        // The headline's pair is primary; the story's nested pair is not.
        let text = "Mayor calls plan ‘reckless’\n\n“She told me ‘never,’ and left,” he said. \
                    “Fine.” “Go.”";
        assert!(!tokenize(text).quotes_in_single_marks());
        assert_eq!(
            primaries(text),
            [true, true, true, false, false, true, true, true, true, true]
        );
        // No story after it, or a double mark in it: no headline's marks.
        let one = "Mayor calls plan ‘reckless’, she said “twice” and “again”.";
        assert_eq!(primaries(one), [false, false, true, true, true, true]);
        let double = "Mayor calls plan ‘reckless’ and “late”\n\n“Go,” he said. “Now.”";
        assert_eq!(
            primaries(double),
            [false, false, true, true, true, true, true, true]
        );
    }

    #[test]
    fn stray_and_possessive_single_marks_pair_with_nothing() {
        // A stray opening mark pairs with nothing; a plural's possessive closes nothing when
        // another closing mark follows.
        assert!(!tokenize("Rock 'n roll at the barn.").quotes_in_single_marks());
        let possessive = "“Go,” he said. ‘The Smiths’ barn,’ she said. “Stop.” “Now.”";
        assert!(!tokenize(possessive).quotes_in_single_marks());
        assert!(tokenize("The Smiths’ barn. 'Rock on,' he said.").quotes_in_single_marks());
        assert!(!tokenize("No marks here.").quotes_in_single_marks());
    }

    #[test]
    fn crlf_offsets_index_the_original_bytes() {
        let text = "\u{FEFF}A b.\r\n\r\n“C,” d.";
        let doc = tokenize(text);
        for t in doc.tokens() {
            assert_eq!(&text[t.span()], t.text);
        }
        assert_eq!(doc.paragraphs().len(), 2);
        assert_eq!(doc.tokens()[3].span().start, "\u{FEFF}A b.\r\n\r\n".len());
    }

    #[test]
    fn an_overlong_text_is_cut_on_a_char_boundary() {
        use super::prefix_within;
        assert_eq!(prefix_within("abc", 3), "abc");
        assert_eq!(prefix_within("abc", 2), "ab");
        // `é` is two bytes, `€` three: never cut inside one.
        assert_eq!(prefix_within("aé", 2), "a");
        assert_eq!(prefix_within("a€b", 3), "a");
        assert_eq!(prefix_within("€", 2), "");
        assert_eq!(prefix_within("a€b", 0), "");
    }
}
