//! The lexer: one pass over the bytes, producing tokens and the line breaks before each.
//!
//! Every step consumes at least one byte, every look-ahead is bounded by a constant or
//! consumed afterwards, and the two unbounded probes (e-mail local parts, the next `@`)
//! keep a watermark, so the pass is linear in the input on any text.

use crate::abbrev;
use crate::marks::MarkTable;
use crate::{QuoteMark, QuoteRole, Token, TokenKind};

/// Tokens, and the tokens that follow a line break: `(token index, 1)` after one line break,
/// `(token index, 2)` after a blank line. Most tokens follow none, so this list is short.
pub(crate) struct Lexed<'a> {
    pub(crate) tokens: Vec<Token<'a>>,
    pub(crate) breaks: Vec<(usize, u8)>,
    /// Indices of the tokens that may end a sentence (their last byte is `.` `!` `?` or
    /// non-ASCII), in order: the sentence pass visits only these.
    pub(crate) ends: Vec<usize>,
    /// Indices of the quotation-mark tokens, in order.
    pub(crate) quotes: Vec<usize>,
}

/// Splits `text` into tokens. A byte-order mark at the very start is skipped like whitespace.
pub(crate) fn lex<'a>(text: &'a str, marks: &MarkTable) -> Lexed<'a> {
    let mut lx = Lexer {
        text,
        bytes: text.as_bytes(),
        marks,
        // News text runs about 5.3 bytes a token; reserving for 5 avoids a regrowth copy.
        tokens: Vec::with_capacity(text.len() / 5 + 1),
        email_fail_until: 0,
        next_at: memchr::memchr(b'@', text.as_bytes()).unwrap_or(text.len()),
    };
    // Line breaks, sentence ends and quotation marks each come about once in 20-30 tokens
    // of news text: reserving spares most regrowth copies.
    let mut breaks = Vec::with_capacity(text.len() / 128 + 4);
    let mut ends = Vec::with_capacity(text.len() / 128 + 4);
    let mut quotes = Vec::with_capacity(text.len() / 128 + 4);
    let bytes = lx.bytes;
    let n = bytes.len();
    let mut pos = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
    loop {
        // The commonest gap is one space: step over it before the general loop.
        if pos < n && bytes[pos] == b' ' {
            pos += 1;
        }
        if pos >= n {
            break;
        }
        let mut b = bytes[pos];
        let mut class = CLASS[b as usize];
        if class & (SPACE | LINE) != 0 || b >= 0x80 {
            let mut lines = 0u32;
            while pos < n {
                let b = bytes[pos];
                let class = CLASS[b as usize];
                if class & SPACE != 0 {
                    pos += 1;
                    continue;
                }
                if class & LINE != 0 {
                    lines += 1;
                    pos += 1;
                    if b == b'\r' && pos < n && bytes[pos] == b'\n' {
                        pos += 1;
                    }
                    continue;
                }
                if b < 0x80 {
                    break;
                }
                let c = lx.char_at(pos).unwrap_or('\0');
                if !c.is_whitespace() && !invisible(c) {
                    break;
                }
                match c {
                    '\u{2029}' => lines += 2,
                    '\u{2028}' | '\u{85}' => lines += 1,
                    _ => {}
                }
                pos += c.len_utf8();
            }
            if pos >= n {
                break;
            }
            if lines > 0 {
                breaks.push((lx.tokens.len(), lines.min(2) as u8));
            }
            b = bytes[pos];
            class = CLASS[b as usize];
        }
        if class == ALNUM {
            // Plain words one space apart, the bulk of running text, in a loop of their own.
            let next = plain_words(text, pos, marks, &mut lx.tokens, &mut ends);
            if next > pos {
                pos = next;
                continue;
            }
        }
        let (end, kind) = if class & PUNCT1 != 0 && !marks.has_ascii(b) {
            (pos + 1, TokenKind::Punct)
        } else if let Some(end) = lx.full_stop_at(pos) {
            ends.push(lx.tokens.len());
            (end, TokenKind::Punct)
        } else {
            let (end, kind) = lx.token_at(pos);
            // A token always advances; the guard keeps a logic slip from looping forever.
            let end = if end > pos {
                end
            } else {
                pos + lx.char_len(pos)
            };
            let last = bytes[end - 1];
            let unicode_stop =
                last >= 0x80 && matches!(kind, TokenKind::Punct | TokenKind::Ellipsis);
            if matches!(last, b'.' | b'!' | b'?') || unicode_stop {
                ends.push(lx.tokens.len());
            }
            if matches!(kind, TokenKind::Quote(_)) {
                quotes.push(lx.tokens.len());
            }
            (end, kind)
        };
        push_token(&mut lx.tokens, text, pos, end, kind);
        pos = end;
    }
    Lexed {
        tokens: lx.tokens,
        breaks,
        ends,
        quotes,
    }
}

struct Lexer<'a, 'm> {
    text: &'a str,
    bytes: &'a [u8],
    marks: &'m MarkTable,
    tokens: Vec<Token<'a>>,
    /// No e-mail address starts before this byte (a failed probe's reach).
    email_fail_until: usize,
    /// The next `@` at or after the last probe, or the text length.
    next_at: usize,
}

/// Byte classes for the ASCII fast path.
const ALNUM: u8 = 1;
const DIGIT: u8 = 2;
/// Space or tab.
const SPACE: u8 = 4;
/// A line break: LF, CR, vertical tab, form feed.
const LINE: u8 = 8;
/// Invisible formatting characters that separate tokens like whitespace: the zero-width
/// space and the bidirectional marks, embeddings and isolates (U+200B, U+200E–U+200F,
/// U+202A–U+202E, U+2066–U+2069), which pasted social-media text carries before its quotation
/// marks. (A byte-order mark inside the text stays a symbol.)
fn invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Bytes that end a plain word with nothing more to decide: whitespace and punctuation
/// that never joins letters (not `.` `'` `-` `@`, not non-ASCII).
const PLAIN_END: u8 = 16;
/// Bytes that are always a one-byte punctuation token (unless configured as a quotation mark).
const PUNCT1: u8 = 32;
/// The first byte of a joiner inside a plain word: `'`, `-`, and 0xE2, which starts `’` `‘`
/// `‛` U+2010 U+2011 (among others).
const JOINER: u8 = 64;
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_digit() {
            t[b] = ALNUM | DIGIT;
        } else if c.is_ascii_alphabetic() {
            t[b] = ALNUM;
        } else if c == b' ' || c == b'\t' {
            t[b] = SPACE | PLAIN_END;
        } else if c == b'\n' || c == b'\r' || c == 0x0B || c == 0x0C {
            t[b] = LINE | PLAIN_END;
        } else if matches!(c, b',' | b';' | b':' | b')' | b']' | b'/') {
            // Never a sentence end, never part of a longer token at its start.
            t[b] = PLAIN_END | PUNCT1;
        } else if matches!(c, b'!' | b'?' | b'"') {
            t[b] = PLAIN_END;
        } else if matches!(
            c,
            b'(' | b'[' | b'{' | b'}' | b'%' | b'&' | b'*' | b'#' | b'\\'
        ) {
            t[b] = PUNCT1;
        }
        b += 1;
    }
    t[b'\'' as usize] = JOINER;
    t[b'-' as usize] = JOINER;
    t[0xE2] = JOINER;
    t
};

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = LO * 0x80;

/// The high bit of every byte of `x` strictly between `m` and `n` (`m <= 127`, `n <= 128`);
/// bytes with the high bit set never match. From "Bit Twiddling Hacks" (`hasbetween`).
#[inline]
fn bytes_between(x: u64, m: u8, n: u8) -> u64 {
    let low7 = x & (LO * 127);
    (LO * (127 + n as u64)).wrapping_sub(low7) & !x & (low7 + LO * (127 - m as u64)) & HI
}

/// The end of the run of ASCII letters and digits starting at `i`, eight bytes at a time.
/// The chunks are tested for letters only (digits inside words are rare); a digit where the
/// letters stop is stepped over and the scan goes on.
#[inline]
fn ascii_alnum_run(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let stop = !bytes_between(x | (LO * 0x20), b'a' - 1, b'z' + 1) & HI;
        if stop == 0 {
            i += 8;
            continue;
        }
        i += (stop.trailing_zeros() / 8) as usize;
        if !bytes[i].is_ascii_digit() {
            return i;
        }
        i += 1;
    }
    while i < bytes.len() && CLASS[bytes[i] as usize] & ALNUM != 0 {
        i += 1;
    }
    i
}

/// Lexes the bulk of running text from `pos` in a loop of its own, pushing to `tokens` (and
/// to `ends` the indices of those that may end a sentence) what the general pass would:
/// plain words, each followed by one space, or by a one-byte punctuation mark (`,` `;` `)`,
/// not a configured quotation mark) and one space, or by a period and whitespace (`said.`,
/// `Dr.`, as [`Lexer::word`] reads them). Returns where the run stops (after a space, or
/// at anything else), `pos` itself when none of these starts there. Kept out of line so
/// that the vectors stay in registers through the loop.
///
/// A plain word is a run of ASCII letters and digits that starts with a letter, joined by
/// apostrophes or hyphens (`’` `'` `‘` `‛` `-` U+2010 U+2011) each followed by an ASCII letter
/// or digit, and that stops at whitespace or plain punctuation. No URL or e-mail address
/// starts there: of the URL prefixes only `http:` and `https:` end such a run at a plain end
/// (`www.` stops at the dot, which is not one), and an e-mail address's local part runs up
/// to its `@` through none of the apostrophes or plain ends; nor can one start at a word
/// before a period and whitespace.
#[inline(never)]
fn plain_words<'a>(
    text: &'a str,
    mut pos: usize,
    marks: &MarkTable,
    tokens: &mut Vec<Token<'a>>,
    ends: &mut Vec<usize>,
) -> usize {
    let bytes = text.as_bytes();
    // The end of the text reads as whitespace.
    let at = |k: usize| bytes.get(k).copied().unwrap_or(b' ');
    while let Some(&b) = bytes.get(pos) {
        // `is_ascii` is implied by the class, but said outright it lets the compiler drop the
        // check that the token's slice starts on a character boundary.
        if !b.is_ascii() || CLASS[b as usize] != ALNUM {
            break;
        }
        let mut i = ascii_alnum_run(bytes, pos + 1);
        // Word-internal apostrophes and hyphens before an ASCII letter or digit (`don't`,
        // `Novak’s`, `well-known`), as the general pass joins them.
        while CLASS[at(i) as usize] & JOINER != 0 {
            let joiner = if bytes[i] != 0xE2 {
                1
            } else if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0x90 | 0x91 | 0x98 | 0x99 | 0x9B))
            {
                3
            } else {
                break;
            };
            if !bytes.get(i + joiner).is_some_and(u8::is_ascii_alphanumeric) {
                break;
            }
            i = ascii_alnum_run(bytes, i + joiner + 1);
        }
        let Some(&next) = bytes.get(i) else {
            // The text ends with the word.
            push_token(tokens, text, pos, i, TokenKind::Word);
            return i;
        };
        // As above, `is_ascii` lets the compiler drop the check that the slice ends on a
        // character boundary.
        let plain_end = next.is_ascii()
            && CLASS[next as usize] & PLAIN_END != 0
            && !(next == b':' && matches!(b, b'h' | b'H'));
        if plain_end {
            push_token(tokens, text, pos, i, TokenKind::Word);
            pos = i;
            if next != b' ' {
                if CLASS[next as usize] & PUNCT1 == 0 || marks.has_ascii(next) {
                    break;
                }
                push_token(tokens, text, pos, pos + 1, TokenKind::Punct);
                pos += 1;
                if bytes.get(pos) != Some(&b' ') {
                    break;
                }
            }
            pos += 1;
            continue;
        }
        // A word before a period and whitespace: an abbreviation keeps the period.
        let after = at(i + 1);
        if next != b'.' || CLASS[after as usize] & (SPACE | LINE) == 0 {
            break;
        }
        let next_digit = after == b' ' && bytes.get(i + 2).is_some_and(u8::is_ascii_digit);
        // A plain word holds no period.
        if abbrev::classify_undotted(&text[pos..i], next_digit).is_some() {
            ends.push(tokens.len());
            push_token(tokens, text, pos, i + 1, TokenKind::Word);
        } else {
            push_token(tokens, text, pos, i, TokenKind::Word);
            pos = i;
            // The full stop, unless it opens a spaced ellipsis (`. . .`) or is a quotation
            // mark here.
            if (after == b' ' && at(i + 2) == b'.') || marks.has_ascii(b'.') {
                break;
            }
            ends.push(tokens.len());
            push_token(tokens, text, pos, pos + 1, TokenKind::Punct);
        }
        pos = i + 1;
        if bytes.get(pos) != Some(&b' ') {
            break;
        }
        pos += 1;
    }
    pos
}

/// Pushes the token `text[start..end]` of `kind`.
#[inline(always)]
fn push_token<'a>(
    tokens: &mut Vec<Token<'a>>,
    text: &'a str,
    start: usize,
    end: usize,
    kind: TokenKind,
) {
    tokens.push(Token::new(&text[start..end], start, kind));
}

/// Characters that continue a word besides letters and digits: combining marks and joiners.
fn is_word_extender(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{200C}' | '\u{200D}')
}

fn is_word_char(c: char) -> bool {
    // General Punctuation (quotes, dashes, spaces) is never a letter: skip the table lookup.
    if ('\u{2000}'..='\u{206F}').contains(&c) {
        return matches!(c, '\u{200C}' | '\u{200D}');
    }
    c.is_alphanumeric() || is_word_extender(c)
}

/// [`char::is_alphanumeric`] with the same fast reject as [`is_word_char`].
fn is_alnum(c: char) -> bool {
    !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
}

fn is_dash(c: char) -> bool {
    matches!(
        c,
        '\u{2012}' | '–' | '—' | '―' | '\u{2E3A}' | '\u{2E3B}' | '\u{FE58}'
    )
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | '‛')
}

/// Non-ASCII punctuation (general category P, roughly); dashes and ellipses are caught first.
fn is_unicode_punct(c: char) -> bool {
    matches!(c as u32,
        0xA1 | 0xA7 | 0xAB | 0xB6 | 0xB7 | 0xBB | 0xBF | 0x37E | 0x387
        | 0x55A..=0x55F | 0x589 | 0x5BE | 0x5C0 | 0x5C3 | 0x5C6 | 0x5F3 | 0x5F4
        | 0x609..=0x60D | 0x61B..=0x61F | 0x66A..=0x66D | 0x6D4 | 0x964 | 0x965 | 0x970
        | 0xE4F | 0xE5A | 0xE5B
        | 0x2010..=0x2027 | 0x2030..=0x205E | 0x2E00..=0x2E7F
        | 0x3001..=0x3003 | 0x3008..=0x3011 | 0x3014..=0x301F | 0x30FB
        | 0xFE10..=0xFE19 | 0xFE30..=0xFE52 | 0xFE54..=0xFE61 | 0xFE63 | 0xFE68 | 0xFE6A | 0xFE6B
        | 0xFF01..=0xFF03 | 0xFF05..=0xFF0A | 0xFF0C..=0xFF0F | 0xFF1A | 0xFF1B | 0xFF1F
        | 0xFF20 | 0xFF3B..=0xFF3D | 0xFF3F | 0xFF5B | 0xFF5D | 0xFF5F..=0xFF65)
}

fn starts_with_ignore_case(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len() && hay[..needle.len()].eq_ignore_ascii_case(needle)
}

impl<'a> Lexer<'a, '_> {
    #[inline]
    fn char_at(&self, i: usize) -> Option<char> {
        self.text.get(i..).and_then(|s| s.chars().next())
    }

    #[inline]
    fn char_before(&self, i: usize) -> Option<char> {
        self.text.get(..i).and_then(|s| s.chars().next_back())
    }

    fn char_len(&self, i: usize) -> usize {
        self.char_at(i).map_or(1, char::len_utf8)
    }

    #[inline]
    fn byte(&self, i: usize) -> u8 {
        self.bytes.get(i).copied().unwrap_or(0)
    }

    /// True when a letter or digit starts at byte `i`.
    #[inline]
    fn alnum_at(&self, i: usize) -> bool {
        match self.bytes.get(i) {
            None => false,
            Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
            Some(_) => self.char_at(i).is_some_and(is_alnum),
        }
    }

    /// True when a word character (or nothing) starts at byte `i`, for "followed by a non-word".
    fn word_char_at(&self, i: usize) -> bool {
        self.char_at(i).is_some_and(is_word_char)
    }

    /// A lone period before whitespace (not `. . .`, not a configured quotation mark) at
    /// `pos`: the end of that full stop, as [`Lexer::token_at`] would answer. (A word before
    /// a period and whitespace is taken by [`plain_words`].)
    #[inline]
    fn full_stop_at(&self, pos: usize) -> Option<usize> {
        // The end of the text reads as whitespace after the period.
        let at = |k: usize| self.bytes.get(k).copied().unwrap_or(b' ');
        let ok = at(pos) == b'.'
            && CLASS[at(pos + 1) as usize] & (SPACE | LINE) != 0
            && !(at(pos + 1) == b' ' && at(pos + 2) == b'.')
            && !self.marks.has_ascii(b'.');
        ok.then_some(pos + 1)
    }

    /// The token starting at `pos` (not whitespace): its end and kind.
    fn token_at(&mut self, pos: usize) -> (usize, TokenKind) {
        let b = self.bytes[pos];
        if b.is_ascii() {
            if b.is_ascii_alphanumeric() {
                return self.word(pos, pos);
            }
            if b == b'\'' && self.byte(pos + 1) == b'\'' && self.marks.has_ascii(b) {
                // Two straight single marks stand for a double one in some wire copy (''Yes,'').
                let role = self.flank(pos, 2);
                let mark = QuoteMark {
                    double: true,
                    role,
                    primary: true,
                };
                return (pos + 2, TokenKind::Quote(mark));
            }
            if b == b'\'' {
                if let Some(end) = self.leading_apostrophe(pos, '\'') {
                    return (end, TokenKind::Word);
                }
            }
            if self.marks.has_ascii(b) {
                if let Some(kind) = self.quote(pos, b as char) {
                    return (pos + 1, kind);
                }
            }
            return match b {
                b'-' => {
                    let run = self.run_of(pos, b'-');
                    if run >= 2 {
                        (pos + run, TokenKind::Dash)
                    } else {
                        (pos + 1, TokenKind::Punct)
                    }
                }
                b'.' => self.dot(pos),
                b'$' | b'+' | b'<' | b'=' | b'>' | b'^' | b'`' | b'|' | b'~' => {
                    (pos + 1, TokenKind::Symbol)
                }
                0..=0x1F | 0x7F => (pos + 1, TokenKind::Symbol),
                _ => (pos + 1, TokenKind::Punct),
            };
        }
        let Some(c) = self.char_at(pos) else {
            return (pos + 1, TokenKind::Symbol);
        };
        let len = c.len_utf8();
        if is_alnum(c) {
            return self.word(pos, pos);
        }
        if is_apostrophe(c) {
            if let Some(end) = self.leading_apostrophe(pos, c) {
                return (end, TokenKind::Word);
            }
        }
        if let Some(kind) = self.quote(pos, c) {
            return (pos + len, kind);
        }
        if c == '…' {
            let mut end = pos;
            while self.text[end..].starts_with('…') {
                end += len;
            }
            return (end, TokenKind::Ellipsis);
        }
        if is_dash(c) {
            let mut end = pos + len;
            while let Some(d) = self.char_at(end).filter(|&d| is_dash(d)) {
                end += d.len_utf8();
            }
            return (end, TokenKind::Dash);
        }
        if is_unicode_punct(c) {
            return (pos + len, TokenKind::Punct);
        }
        (pos + len, TokenKind::Symbol)
    }

    fn run_of(&self, pos: usize, b: u8) -> usize {
        self.bytes[pos..].iter().take_while(|&&x| x == b).count()
    }

    /// `.`: an ellipsis (`...`, `. . .`), a number written `.5`, or a full stop.
    fn dot(&mut self, pos: usize) -> (usize, TokenKind) {
        let run = self.run_of(pos, b'.');
        if run >= 3 {
            return (pos + run, TokenKind::Ellipsis);
        }
        if run == 1 {
            if self.bytes[pos..].starts_with(b". . .") {
                let mut end = pos + 5;
                while self.bytes[end..].starts_with(b" .") {
                    end += 2;
                }
                return (end, TokenKind::Ellipsis);
            }
            let after_space = self
                .char_before(pos)
                .is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '$' | '-' | '€' | '£'));
            if after_space && self.byte(pos + 1).is_ascii_digit() {
                return self.word(pos, pos + 1);
            }
        }
        (pos + 1, TokenKind::Punct)
    }

    /// A word that starts with an apostrophe: `’90s`, `'90s`, `‘90s`, `’n’`, `’em`, `'tis`.
    fn leading_apostrophe(&mut self, pos: usize, c: char) -> Option<usize> {
        let j = pos + c.len_utf8();
        let d = |k: usize| self.byte(k).is_ascii_digit();
        if d(j) && d(j + 1) && !d(j + 2) {
            return Some(self.word(pos, j).0);
        }
        if matches!(self.byte(j), b'n' | b'N') {
            if let Some(a) = self.char_at(j + 1).filter(|&a| is_apostrophe(a)) {
                let end = j + 1 + a.len_utf8();
                if !self.word_char_at(end) {
                    return Some(end);
                }
            }
        }
        if !self.alnum_at(j) {
            return None;
        }
        // A right single mark cannot open an English quotation, so before a letter it elides.
        let closer_only = c == '’' && self.marks.get('’').is_none_or(|u| u.open.is_none());
        if closer_only || self.elision_at(j) {
            return Some(self.word(pos, j).0);
        }
        None
    }

    /// True when a common elided word (`em`, `til`, `tis`, ...) starts at `j` and ends there.
    fn elision_at(&self, j: usize) -> bool {
        const ELISIONS: [&[u8]; 7] = [b"em", b"til", b"tis", b"twas", b"cause", b"bout", b"cos"];
        let rest = &self.bytes[j..];
        ELISIONS.iter().any(|e| {
            starts_with_ignore_case(rest, e)
                && rest[1..e.len()] == e[1..]
                && !self.word_char_at(j + e.len())
        })
    }

    /// A quotation mark at `pos`, with its role, when `c` is configured.
    fn quote(&self, pos: usize, c: char) -> Option<TokenKind> {
        let u = self.marks.get(c)?;
        let (role, double) = match (u.open, u.close) {
            (Some(d), None) => (QuoteRole::Open, d),
            (None, Some(d)) => (QuoteRole::Close, d),
            (Some(open), Some(close)) => {
                let role = self.flank(pos, c.len_utf8());
                (
                    role,
                    if role == QuoteRole::Close {
                        close
                    } else {
                        open
                    },
                )
            }
            (None, None) => return None,
        };
        Some(TokenKind::Quote(QuoteMark {
            double,
            role,
            primary: double,
        }))
    }

    /// The role of a mark of `len` bytes at `pos` that may open or close, from the
    /// characters on either side.
    fn flank(&self, pos: usize, len: usize) -> QuoteRole {
        let prev = self.char_before(pos).filter(|&p| p != '\u{FEFF}');
        let next = self.char_at(pos + len);
        let prev_space = prev.is_none_or(char::is_whitespace);
        let next_space = next.is_none_or(char::is_whitespace);
        match (prev_space, next_space) {
            (true, true) => return QuoteRole::Ambiguous,
            (false, true) => return QuoteRole::Close,
            (true, false) => return QuoteRole::Open,
            (false, false) => {}
        }
        let (Some(p), Some(n)) = (prev, next) else {
            return QuoteRole::Ambiguous;
        };
        let after_opener = matches!(p, '(' | '[' | '{' | '<' | '/' | '-' | '=') || is_dash(p) || {
            let last = self.tokens.last();
            last.is_some_and(|t| {
                t.span().end == pos
                    && matches!(t.kind, TokenKind::Quote(m) if m.role == QuoteRole::Open)
            })
        };
        if after_opener {
            return QuoteRole::Open;
        }
        let before_closer = matches!(
            n,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '>' | '…'
        ) || is_dash(n)
            || self.marks.get(n).is_some_and(|u| u.close.is_some());
        if before_closer {
            QuoteRole::Close
        } else {
            QuoteRole::Ambiguous
        }
    }

    /// The position of the next `@` at or after `from` (the text length if none).
    #[inline]
    fn next_at(&mut self, from: usize) -> usize {
        if self.next_at < from {
            self.next_at =
                memchr::memchr(b'@', &self.bytes[from..]).map_or(self.bytes.len(), |k| from + k);
        }
        self.next_at
    }

    /// An e-mail address starting at `i`: `local@domain.tld`.
    fn email(&mut self, i: usize) -> Option<usize> {
        const MAX_LOCAL: usize = 64;
        if i < self.email_fail_until || self.next_at(i) > i + MAX_LOCAL {
            return None;
        }
        let local =
            |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-');
        let mut j = i;
        while j < self.bytes.len() && local(self.bytes[j]) {
            j += 1;
        }
        if self.byte(j) != b'@' || self.bytes[j - 1] == b'.' || j - i > MAX_LOCAL {
            self.email_fail_until = j;
            return None;
        }
        let label = |b: u8| b.is_ascii_alphanumeric() || b == b'-';
        let mut k = j + 1;
        let mut labels = 0;
        loop {
            let start = k;
            while k < self.bytes.len() && label(self.bytes[k]) {
                k += 1;
            }
            if k == start {
                break;
            }
            labels += 1;
            if self.byte(k) == b'.' && self.byte(k + 1).is_ascii_alphanumeric() {
                k += 1;
            } else {
                break;
            }
        }
        if labels < 2 {
            self.email_fail_until = j;
            return None;
        }
        Some(k)
    }

    /// A URL starting at `i`: `http://`, `https://` or `www.` up to whitespace, without
    /// trailing sentence punctuation or an unbalanced closing parenthesis.
    fn url(&self, i: usize) -> Option<usize> {
        let rest = &self.bytes[i..];
        let prefix = [&b"https://"[..], b"http://", b"www."]
            .into_iter()
            .find(|p| starts_with_ignore_case(rest, p))?
            .len();
        let body = i + prefix;
        let mut j = body;
        let (mut opens, mut closes) = (0usize, 0usize);
        while j < self.bytes.len() {
            let b = self.bytes[j];
            if b.is_ascii() {
                if b <= b' ' || matches!(b, b'"' | b'\'' | b'<' | b'>' | b'`' | 0x7F) {
                    break;
                }
                opens += usize::from(b == b'(');
                closes += usize::from(b == b')');
                j += 1;
            } else {
                let c = self.char_at(j).unwrap_or(' ');
                if c.is_whitespace()
                    || matches!(c, '“' | '”' | '‘' | '’' | '«' | '»' | '…')
                    || is_dash(c)
                {
                    break;
                }
                j += c.len_utf8();
            }
        }
        while j > body {
            match self.bytes[j - 1] {
                b'.' | b',' | b';' | b':' | b'!' | b'?' => j -= 1,
                b')' if closes > opens => {
                    closes -= 1;
                    j -= 1;
                }
                _ => break,
            }
        }
        (j > body && self.alnum_at(body)).then_some(j)
    }

    /// A word, number, URL or e-mail address; the token starts at `start`, the letters and
    /// digits at `scan` (after a leading apostrophe or decimal point).
    fn word(&mut self, start: usize, scan: usize) -> (usize, TokenKind) {
        let bytes = self.bytes;
        let n = bytes.len();
        if start == scan {
            if matches!(bytes[scan], b'h' | b'H' | b'w' | b'W') {
                if let Some(end) = self.url(scan) {
                    return (end, TokenKind::Url);
                }
            }
            if bytes[scan].is_ascii_alphanumeric() {
                if let Some(end) = self.email(scan) {
                    return (end, TokenKind::Email);
                }
            }
        }
        let mut numeric = bytes[scan].is_ascii_digit() && (start == scan || bytes[start] == b'.');
        let mut i = scan;
        loop {
            // Letters and digits: a byte loop over ASCII, chars only past it.
            loop {
                if numeric {
                    while i < n && CLASS[bytes[i] as usize] == ALNUM | DIGIT {
                        i += 1;
                    }
                    numeric = i >= n || CLASS[bytes[i] as usize] != ALNUM;
                }
                i = ascii_alnum_run(bytes, i);
                if i >= n || bytes[i] < 0x80 {
                    break;
                }
                match self.char_at(i) {
                    Some(c) if is_word_char(c) => {
                        numeric = false;
                        i += c.len_utf8();
                    }
                    _ => break,
                }
            }
            if i >= n {
                break;
            }
            // A joiner between letters or digits.
            let prev_digit = bytes[i - 1].is_ascii_digit();
            let step = match bytes[i] {
                b'.' if self.alnum_at(i + 1) => {
                    numeric &= prev_digit && self.byte(i + 1).is_ascii_digit();
                    1
                }
                b',' | b':' if numeric && prev_digit && self.byte(i + 1).is_ascii_digit() => 1,
                b'\'' | b'-' if self.alnum_at(i + 1) => {
                    numeric = false;
                    1
                }
                0x80.. => match self.char_at(i) {
                    Some(c @ ('’' | '‘' | '‛' | '\u{2010}' | '\u{2011}'))
                        if self.alnum_at(i + c.len_utf8()) =>
                    {
                        numeric = false;
                        c.len_utf8()
                    }
                    _ => 0,
                },
                _ => 0,
            };
            if step == 0 {
                break;
            }
            i += step;
        }
        if numeric {
            return (i, TokenKind::Number);
        }
        if self.byte(i) == b'.' && self.byte(i + 1) != b'.' {
            let next_digit = self.byte(i + 1).is_ascii_digit()
                || (self.byte(i + 1) == b' ' && self.byte(i + 2).is_ascii_digit());
            if abbrev::classify(&self.text[start..i], next_digit).is_some() {
                return (i + 1, TokenKind::Word);
            }
        }
        (i, TokenKind::Word)
    }
}

#[cfg(test)]
mod tests {
    use crate::{QuoteMarks, QuoteRole, TokenKind, Tokenizer, tokenize};
    use QuoteRole::{Ambiguous, Close, Open};

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text).tokens().iter().map(|t| t.text).collect()
    }

    fn assert_tokens(text: &str, expected: &[&str]) {
        assert_eq!(texts(text), expected, "tokens of {text:?}");
    }

    /// The single token `text` lexes to, with kind `kind`.
    fn assert_kind(text: &str, kind: TokenKind) {
        let doc = tokenize(text);
        let got: Vec<_> = doc.tokens().iter().map(|t| (t.text, t.kind)).collect();
        assert_eq!(got, [(text, kind)], "kind of {text:?}");
    }

    /// The kind of the token `word` inside `text`.
    fn assert_kind_in(text: &str, word: &str, kind: TokenKind) {
        let doc = tokenize(text);
        let t = doc.tokens().iter().find(|t| t.text == word);
        assert_eq!(t.map(|t| t.kind), Some(kind), "{word:?} in {text:?}");
    }

    fn roles_with(marks: QuoteMarks, text: &str) -> Vec<(char, QuoteRole)> {
        Tokenizer::new(marks)
            .tokenize(text)
            .tokens()
            .iter()
            .filter_map(|t| match t.kind {
                TokenKind::Quote(m) => t.text.chars().next().map(|c| (c, m.role)),
                _ => None,
            })
            .collect()
    }

    fn assert_roles(text: &str, expected: &[(char, QuoteRole)]) {
        assert_eq!(
            roles_with(QuoteMarks::english(), text),
            expected,
            "roles in {text:?}"
        );
    }

    // Words: apostrophes, hyphens, abbreviations.
    #[test]
    fn hyphenated_name_with_possessive() {
        assert_tokens("Jong-un’s sister", &["Jong-un’s", "sister"]);
    }
    #[test]
    fn hyphenated_given_names() {
        assert_tokens(
            "Won-sik and Jean-Luc met.",
            &["Won-sik", "and", "Jean-Luc", "met", "."],
        );
    }
    #[test]
    fn straight_contraction() {
        assert_tokens("don't go", &["don't", "go"]);
    }
    #[test]
    fn curly_possessive_of_place() {
        assert_tokens("the North’s leader", &["the", "North’s", "leader"]);
    }
    #[test]
    fn irish_surname() {
        assert_tokens("O’Malley left", &["O’Malley", "left"]);
    }
    #[test]
    fn decade_with_right_mark() {
        assert_tokens("the ’90s boom", &["the", "’90s", "boom"]);
    }
    #[test]
    fn decade_with_left_mark() {
        assert_kind_in("in the ‘90s,", "‘90s", TokenKind::Word);
    }
    #[test]
    fn decade_with_straight_mark() {
        assert_tokens("the '80s", &["the", "'80s"]);
    }
    #[test]
    fn year_after_straight_mark_is_a_quote() {
        assert_tokens("'2024 was", &["'", "2024", "was"]);
    }
    #[test]
    fn rock_and_roll_curly() {
        assert_tokens("rock ’n’ roll", &["rock", "’n’", "roll"]);
    }
    #[test]
    fn rock_and_roll_straight() {
        assert_tokens("rock 'n' roll", &["rock", "'n'", "roll"]);
    }
    #[test]
    fn elision_em() {
        assert_tokens("get ’em out", &["get", "’em", "out"]);
    }
    #[test]
    fn elision_straight_tis() {
        assert_tokens("'Tis true", &["'Tis", "true"]);
    }
    #[test]
    fn country_initialism() {
        assert_tokens("U.S. forces", &["U.S.", "forces"]);
    }
    #[test]
    fn triple_initials() {
        assert_tokens("J.R.R. Tolkien", &["J.R.R.", "Tolkien"]);
    }
    #[test]
    fn spaced_initials() {
        assert_tokens("J. R. Smith", &["J.", "R.", "Smith"]);
    }
    #[test]
    fn time_of_day() {
        assert_tokens("at 5 p.m. today", &["at", "5", "p.m.", "today"]);
    }
    #[test]
    fn titles_keep_period() {
        assert_tokens(
            "Dr. Lee and Gov. Park",
            &["Dr.", "Lee", "and", "Gov.", "Park"],
        );
    }
    #[test]
    fn month_keeps_period() {
        assert_tokens("Feb. 3", &["Feb.", "3"]);
    }
    #[test]
    fn number_sign_before_digit() {
        assert_tokens("No. 2 seed", &["No.", "2", "seed"]);
    }
    #[test]
    fn no_at_sentence_end_is_a_word() {
        assert_tokens("He said No.", &["He", "said", "No", "."]);
    }
    #[test]
    fn pronoun_i_is_not_an_initial() {
        assert_tokens("than I.", &["than", "I", "."]);
    }
    #[test]
    fn plain_word_before_full_stop() {
        assert_tokens("It rained.", &["It", "rained", "."]);
    }
    #[test]
    fn possessive_plural_mark_is_separate() {
        assert_tokens("the Smiths’ car", &["the", "Smiths", "’", "car"]);
    }
    #[test]
    fn non_ascii_letters_and_combining_marks() {
        assert_tokens(
            "Café Zu\u{308}rich 서울",
            &["Café", "Zu\u{308}rich", "서울"],
        );
    }

    // Numbers.
    #[test]
    fn integer() {
        assert_kind("16", TokenKind::Number);
    }
    #[test]
    fn year() {
        assert_kind("2024", TokenKind::Number);
    }
    #[test]
    fn decimal() {
        assert_kind("3.5", TokenKind::Number);
    }
    #[test]
    fn thousands() {
        assert_kind("1,000", TokenKind::Number);
    }
    #[test]
    fn clock_time() {
        assert_kind("19:17", TokenKind::Number);
    }
    #[test]
    fn leading_decimal_point() {
        assert_tokens("rose .5 points", &["rose", ".5", "points"]);
    }
    #[test]
    fn money_and_percent() {
        assert_tokens(
            "$3.2 million, 40%.",
            &["$", "3.2", "million", ",", "40", "%", "."],
        );
    }
    #[test]
    fn number_before_full_stop() {
        assert_tokens("in 2024.", &["in", "2024", "."]);
    }
    #[test]
    fn comma_after_number_then_space() {
        assert_tokens("16, 17", &["16", ",", "17"]);
    }
    #[test]
    fn digits_around_a_letter_are_a_word() {
        assert_kind("4x4", TokenKind::Word);
    }
    #[test]
    fn decade_digits_with_letters_are_a_word() {
        assert_kind("1990s", TokenKind::Word);
    }

    // Dashes, ellipses, punctuation.
    #[test]
    fn em_dash() {
        assert_kind_in("war — peace", "—", TokenKind::Dash);
    }
    #[test]
    fn en_dash() {
        assert_kind_in("pages 4–6", "–", TokenKind::Dash);
    }
    #[test]
    fn double_hyphen_between_words() {
        assert_tokens("war--peace", &["war", "--", "peace"]);
    }
    #[test]
    fn double_hyphen_kind() {
        assert_kind("--", TokenKind::Dash);
    }
    #[test]
    fn single_hyphen_alone_is_punct() {
        assert_kind("-", TokenKind::Punct);
    }
    #[test]
    fn unicode_ellipsis() {
        assert_kind("…", TokenKind::Ellipsis);
    }
    #[test]
    fn three_dots() {
        assert_tokens("wait... what", &["wait", "...", "what"]);
    }
    #[test]
    fn spaced_dots() {
        assert_tokens("wait . . . what", &["wait", ". . .", "what"]);
    }
    #[test]
    fn spaced_dots_kind() {
        assert_kind(". . .", TokenKind::Ellipsis);
    }
    #[test]
    fn initialism_then_ellipsis() {
        assert_tokens("the U.S...", &["the", "U.S", "..."]);
    }
    #[test]
    fn ellipses_inside_quotes() {
        assert_tokens(
            "“… a right ... to act …”",
            &["“", "…", "a", "right", "...", "to", "act", "…", "”"],
        );
    }
    #[test]
    fn brackets_are_punct() {
        assert_kind_in("(AP)", "(", TokenKind::Punct);
    }
    #[test]
    fn currency_is_symbol() {
        assert_kind("€", TokenKind::Symbol);
    }
    #[test]
    fn emoji_is_symbol() {
        assert_kind("🙂", TokenKind::Symbol);
    }
    #[test]
    fn cjk_full_stop_is_punct() {
        assert_kind("。", TokenKind::Punct);
    }

    // URLs and e-mail addresses.
    #[test]
    fn https_url_without_trailing_stop() {
        assert_tokens(
            "see https://example.org/a?b=1.",
            &["see", "https://example.org/a?b=1", "."],
        );
    }
    #[test]
    fn words_starting_like_urls_stay_words() {
        assert_tokens(
            "He was here: http://a.example/x www.b.example HTTP: hi",
            &[
                "He",
                "was",
                "here",
                ":",
                "http://a.example/x",
                "www.b.example",
                "HTTP",
                ":",
                "hi",
            ],
        );
        assert_kind("https://c.example", TokenKind::Url);
    }

    #[test]
    fn www_url_kind() {
        assert_kind("www.example.com/news", TokenKind::Url);
    }
    #[test]
    fn url_in_parentheses() {
        assert_tokens("(http://a.example/x)", &["(", "http://a.example/x", ")"]);
    }
    #[test]
    fn url_keeps_balanced_parenthesis() {
        assert_kind("https://example.org/wiki/A_(b)", TokenKind::Url);
    }
    #[test]
    fn bare_scheme_is_not_a_url() {
        assert_tokens("http:// x", &["http", ":", "/", "/", "x"]);
    }
    #[test]
    fn email_address() {
        assert_tokens(
            "mail jane.doe+news@mail.example.com.",
            &["mail", "jane.doe+news@mail.example.com", "."],
        );
    }
    #[test]
    fn email_kind() {
        assert_kind("desk@example.org", TokenKind::Email);
    }
    #[test]
    fn plain_words_with_punctuation_between() {
        assert_tokens(
            "one, two; three) four: five/six ,seven,  eight,\nnine]",
            &[
                "one", ",", "two", ";", "three", ")", "four", ":", "five", "/", "six", ",",
                "seven", ",", "eight", ",", "nine", "]",
            ],
        );
        let doc = tokenize("one, two;three");
        let kinds: Vec<_> = doc.tokens().iter().map(|t| t.kind).collect();
        use TokenKind::{Punct, Word};
        assert_eq!(kinds, [Word, Punct, Word, Punct, Word]);
    }
    #[test]
    fn plain_words_before_full_stops() {
        let text = "He met Dr. Ames. Then he left. . . . and No. 5 won. Bye.";
        assert_tokens(
            text,
            &[
                "He", "met", "Dr.", "Ames", ".", "Then", "he", "left", ". . . .", "and", "No.",
                "5", "won", ".", "Bye", ".",
            ],
        );
        let doc = tokenize(text);
        let sentences: Vec<&str> = doc
            .sentences()
            .iter()
            .map(|r| &text[doc.span_of(r.clone())])
            .collect();
        assert_eq!(
            sentences,
            [
                "He met Dr. Ames.",
                "Then he left. . . . and No. 5 won.",
                "Bye."
            ]
        );
    }
    #[test]
    fn plain_words_with_joiners() {
        assert_tokens(
            "we don't see Novak’s well-known x-ray- Jones’ and o‘clock, jean-paul@example.org",
            &[
                "we",
                "don't",
                "see",
                "Novak’s",
                "well-known",
                "x-ray",
                "-",
                "Jones",
                "’",
                "and",
                "o‘clock",
                ",",
                "jean-paul@example.org",
            ],
        );
        let doc = tokenize("mid‑term co‐chair it's. Then");
        let got: Vec<_> = doc.tokens().iter().map(|t| (t.text, t.kind)).collect();
        use TokenKind::{Punct, Word};
        assert_eq!(
            got,
            [
                ("mid‑term", Word),
                ("co‐chair", Word),
                ("it's", Word),
                (".", Punct),
                ("Then", Word)
            ]
        );
        assert_eq!(doc.sentences().len(), 2);
    }
    #[test]
    fn plain_words_around_addresses() {
        // The plain-word fast path stops short of neither an e-mail address nor a URL.
        let doc = tokenize("Ask desk@example.org, http://a.example or www.example.org now");
        let got: Vec<_> = doc.tokens().iter().map(|t| (t.text, t.kind)).collect();
        assert_eq!(
            got,
            [
                ("Ask", TokenKind::Word),
                ("desk@example.org", TokenKind::Email),
                (",", TokenKind::Punct),
                ("http://a.example", TokenKind::Url),
                ("or", TokenKind::Word),
                ("www.example.org", TokenKind::Url),
                ("now", TokenKind::Word),
            ]
        );
    }
    #[test]
    fn email_at_text_start() {
        assert_tokens("a@example.org b", &["a@example.org", "b"]);
    }
    #[test]
    fn overlong_local_part_is_not_email() {
        // Only the last 64 bytes before the @ can form an address; the rest stays words.
        let text = format!("{}@example.org", "a_".repeat(100));
        let doc = tokenize(&text);
        let email = doc.tokens().iter().find(|t| t.kind == TokenKind::Email);
        assert!(email.is_some_and(|t| t.text.len() <= 64 + "@example.org".len()));
        assert_eq!(doc.tokens()[0].text, "a");
    }
    #[test]
    fn handle_is_not_email() {
        assert_tokens("@desk said", &["@", "desk", "said"]);
    }
    #[test]
    fn at_without_domain_is_not_email() {
        assert_tokens("a@b", &["a", "@", "b"]);
    }

    // Quotation marks and apostrophes.
    #[test]
    fn curly_double_roles() {
        assert_roles("“Yes,” he said.", &[('“', Open), ('”', Close)]);
    }
    #[test]
    fn curly_single_inside_double() {
        assert_roles(
            "“She said ‘no’ twice.”",
            &[('“', Open), ('‘', Open), ('’', Close), ('”', Close)],
        );
    }
    #[test]
    fn straight_double_by_flanking() {
        assert_roles("He said, \"We won.\" Then", &[('"', Open), ('"', Close)]);
    }
    #[test]
    fn straight_double_at_start_and_before_comma() {
        assert_roles("\"Go\", she said", &[('"', Open), ('"', Close)]);
    }
    #[test]
    fn straight_single_quote_around_contraction() {
        assert_roles("'I don't know,' she said", &[('\'', Open), ('\'', Close)]);
    }
    #[test]
    fn straight_mark_between_letters_is_an_apostrophe() {
        assert_roles("it's", &[]);
    }
    #[test]
    fn straight_mark_between_spaces_is_ambiguous() {
        assert_roles("a \" b", &[('"', Ambiguous)]);
    }
    #[test]
    fn straight_mark_glued_between_letters_after_punct_is_ambiguous() {
        assert_roles("x.\"y", &[('"', Ambiguous)]);
    }
    #[test]
    fn nested_straight_opening_marks() {
        assert_roles(
            "\"'Stop,' he told me.\"",
            &[('"', Open), ('\'', Open), ('\'', Close), ('"', Close)],
        );
    }
    #[test]
    fn nested_straight_closing_marks() {
        assert_roles("said 'no.'\"", &[('\'', Open), ('\'', Close), ('"', Close)]);
    }
    #[test]
    fn straight_mark_after_bracket_and_dash() {
        assert_roles(
            "(\"a\") —\"b\"",
            &[('"', Open), ('"', Close), ('"', Open), ('"', Close)],
        );
    }
    #[test]
    fn doubled_straight_single_marks_are_one_double_mark() {
        assert_tokens("''Yes,'' he said", &["''", "Yes", ",", "''", "he", "said"]);
        assert_roles("''Yes,'' he said", &[('\'', Open), ('\'', Close)]);
        assert_kind_in(
            "a ''b''",
            "''",
            TokenKind::Quote(crate::QuoteMark {
                double: true,
                role: Open,
                primary: true,
            }),
        );
    }
    #[test]
    fn attribute_values_in_markup() {
        assert_roles("id=\"7\">x", &[('"', Open), ('"', Close)]);
    }
    #[test]
    fn straight_possessive_plural_closes() {
        assert_roles("workers' rights", &[('\'', Close)]);
    }
    #[test]
    fn curly_marks_keep_their_role_regardless_of_flanking() {
        assert_roles("a “ b ” c", &[('“', Open), ('”', Close)]);
    }
    #[test]
    fn quote_token_records_double() {
        let doc = tokenize("‘a’ “b”");
        let doubles: Vec<bool> = doc
            .tokens()
            .iter()
            .filter_map(|t| match t.kind {
                TokenKind::Quote(m) => Some(m.double),
                _ => None,
            })
            .collect();
        assert_eq!(doubles, [false, false, true, true]);
    }
    #[test]
    fn german_low_high_marks() {
        assert_eq!(
            roles_with(QuoteMarks::german(), "„Ja“, sagte er."),
            [('„', Open), ('“', Close)]
        );
    }
    #[test]
    fn german_and_english_left_mark_decided_by_flanking() {
        let marks = QuoteMarks::english().union(&QuoteMarks::german());
        assert_eq!(
            roles_with(marks, "„Ja“, sagte er. “No,” he said."),
            [('„', Open), ('“', Close), ('“', Open), ('”', Close)]
        );
    }
    #[test]
    fn german_single_marks() {
        assert_eq!(
            roles_with(QuoteMarks::german(), "‚so‘ halt"),
            [('‚', Open), ('‘', Close)]
        );
    }
    #[test]
    fn french_guillemets() {
        assert_eq!(
            roles_with(QuoteMarks::french(), "« Oui », dit-il ‹ non ›"),
            [('«', Open), ('»', Close), ('‹', Open), ('›', Close)]
        );
    }
    #[test]
    fn cjk_corner_brackets() {
        assert_eq!(
            roles_with(QuoteMarks::cjk(), "他说「好『是』」。"),
            [('「', Open), ('『', Open), ('』', Close), ('」', Close)]
        );
    }
    #[test]
    fn unconfigured_marks_are_punct() {
        assert_kind("„", TokenKind::Punct);
    }
    #[test]
    fn english_marks_in_german_text_unconfigured_are_punct() {
        assert_eq!(roles_with(QuoteMarks::german(), "”x”"), []);
    }

    #[test]
    fn eight_byte_scan_matches_byte_classes() {
        for b in 0..=255u8 {
            let mut bytes = *b"abcdefghijklmnop";
            bytes[5] = b;
            let want = if b.is_ascii_alphanumeric() { 16 } else { 5 };
            assert_eq!(super::ascii_alnum_run(&bytes, 0), want, "byte {b:#x}");
            assert_eq!(
                super::ascii_alnum_run(&bytes[..7], 0),
                want.min(7),
                "tail byte {b:#x}"
            );
        }
    }

    // Whitespace, BOM, control characters.
    #[test]
    fn byte_order_mark_is_skipped_but_offsets_are_original() {
        let doc = tokenize("\u{FEFF}Hi");
        assert_eq!(doc.tokens()[0].span(), crate::Span::new(3, 5));
        assert_eq!(doc.tokens()[0].text, "Hi");
    }
    #[test]
    fn crlf_is_whitespace() {
        assert_tokens("a\r\nb", &["a", "b"]);
    }
    #[test]
    fn no_break_space_separates() {
        assert_tokens("a\u{A0}b\u{3000}c", &["a", "b", "c"]);
    }
    #[test]
    fn control_character_is_symbol() {
        assert_kind("\u{1}", TokenKind::Symbol);
    }
    #[test]
    fn bidirectional_marks_and_zero_width_spaces_separate_like_whitespace() {
        assert_tokens(
            "\u{202A}”Hi,” a\u{200B}b\u{200F}",
            &["”", "Hi", ",", "”", "a", "b"],
        );
    }
    #[test]
    fn inner_bom_is_a_symbol() {
        assert_tokens("a\u{FEFF}b", &["a", "\u{FEFF}", "b"]);
    }
}
