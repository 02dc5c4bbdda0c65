//! Finding quotations: pairing quotation marks into spans, and telling speech from scare quotes.
//!
//! Double marks open and close quotations; single marks only nest inside them, except in a
//! document that quotes in single marks (British style), where either kind quotes and each
//! nests in the other. A quotation
//! left open at a paragraph end continues when the next paragraph opens with a mark (the news
//! convention for multi-paragraph quotations), and otherwise ends at its paragraph end,
//! flagged unclosed. One pass over the quotation-mark tokens: linear in the document.

use sayso_tokenizer::{Document, QuoteRole, Span, Token, TokenKind};

/// A quotation as the mark pairing finds it, before it is classified.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RawQuote {
    /// Opening mark to closing mark inclusive (or to the paragraph end when unclosed).
    pub span: Span,
    /// Token index of the opening mark.
    pub first: usize,
    /// Token index of the closing mark, or of the last token when unclosed.
    pub last: usize,
    /// False when the closing mark was missing.
    pub closed: bool,
}

/// How far back a mark looks for an unclosed `<` on its line (bounded: linear overall).
const TAG_LOOKBACK: usize = 300;

/// The role a primary mark (see `QuoteMark::primary`) plays here: the tokenizer's role,
/// corrected by flanking when a curly mark is used the wrong way round (“word“ as a closer).
fn effective_role(doc: &Document<'_>, i: usize) -> Option<QuoteRole> {
    let t = &doc.tokens()[i];
    let TokenKind::Quote(m) = t.kind else {
        return None;
    };
    if !m.primary {
        return None;
    }
    let text = doc.text();
    // The characters around the mark, read only as far as its role needs them (an opener
    // after a space, a closer after a word, an ambiguous mark: one or none).
    let span = t.span();
    let before = || text[..span.start].chars().next_back();
    let after = || text[span.end..].chars().next();
    let word_before = || {
        before().is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | ',' | '!' | '?' | '…'))
    };
    let space_after = || after().is_none_or(|c| c.is_whitespace());
    let space_before = || before().is_none_or(|c| c.is_whitespace());
    let word_after = || after().is_some_and(|c| c.is_alphanumeric());
    Some(match m.role {
        QuoteRole::Open if word_before() && space_after() => QuoteRole::Close,
        QuoteRole::Close if space_before() && word_after() => QuoteRole::Open,
        r => r,
    })
}

/// The offset of the first `<` in `text` before byte `end` (`end` when there is none), for
/// [`inside_tag`] on marks up to `end`.
fn first_lt(text: &str, end: usize) -> usize {
    memchr::memchr(b'<', &text.as_bytes()[..end]).unwrap_or(end)
}

/// True when the mark at byte `at` sits inside an HTML or XML tag (`<a href="…">`). `first_lt`
/// is [`first_lt`] of the text up to `at` or further: most news text has no `<`, and a mark
/// before the first one is in no tag, which spares looking back from it.
fn inside_tag(text: &str, first_lt: usize, at: usize) -> bool {
    if at <= first_lt {
        return false;
    }
    let mut from = at.saturating_sub(TAG_LOOKBACK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..at];
    // The last `<` of the window, when no `>` closes it and no blank line ends its paragraph:
    // an attribute may wrap onto the next line (`tweet-date="March 9, 2016⏎">`).
    let Some(lt) = memchr::memrchr(b'<', window.as_bytes()) else {
        return false;
    };
    let tail = &window.as_bytes()[lt..];
    memchr::memchr(b'>', tail).is_none() && !has_blank_line(tail) && looks_like_tag(&window[lt..])
}

/// True when `s` holds a line of nothing but spaces between two line breaks.
fn has_blank_line(s: &[u8]) -> bool {
    memchr::memchr_iter(b'\n', s).any(|n| {
        s[n + 1..]
            .iter()
            .find(|&&b| !matches!(b, b' ' | b'\t' | b'\r'))
            .is_some_and(|&b| b == b'\n')
    })
}

fn looks_like_tag(s: &str) -> bool {
    s[1..]
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '/')
}

/// Pairs the document's primary quotation marks (double ones, and single ones too in a
/// document quoted in single marks) into quotations, in text order.
#[cfg(test)]
pub(crate) fn find_quotes(doc: &Document<'_>) -> Vec<RawQuote> {
    find_quotes_and_nested(doc, None)
}

/// [`find_quotes`], and the quotations nested in them, closed inside them, pushed in `inner`
/// when given (“She told me, ‘Keep going,’ and I did,” …).
pub(crate) fn find_quotes_and_nested(
    doc: &Document<'_>,
    mut inner: Option<&mut Vec<RawQuote>>,
) -> Vec<RawQuote> {
    let tokens = doc.tokens();
    let text = doc.text();
    let paragraphs = doc.paragraphs();
    // A quotation mostly takes two marks: reserved so that the vector rarely grows.
    let marks = doc.quote_marks();
    let mut out = Vec::with_capacity(marks.len() / 2);
    // The open quotation: (token index of its opening mark).
    let mut open: Option<usize> = None;
    // The styles (double or single, straight or not) of the quotations nested in the open one,
    // with their opening marks.
    let mut nested: Vec<((bool, bool), usize)> = Vec::new();
    // Only the quotation marks are visited: the paragraphs partition the tokens in order, so
    // one cursor walks the marks of each paragraph in turn.
    let mut next = 0;
    // No mark after the last one is asked about: the text after it need not be searched.
    let last_mark = marks.last().map_or(0, |&i| tokens[i].span().start);
    let first_lt = first_lt(text, last_mark);
    for (p, para) in paragraphs.iter().enumerate() {
        while next < marks.len() && marks[next] < para.start {
            next += 1;
        }
        let first = next;
        while next < marks.len() && marks[next] < para.end {
            next += 1;
        }
        for (n, &i) in marks[first..next].iter().enumerate() {
            // The marks after this one in its paragraph.
            let ahead = &marks[first + n + 1..next];
            if !matches!(tokens[i].kind, TokenKind::Quote(m) if m.primary) {
                continue;
            }
            let Some(role) = effective_role(doc, i) else {
                continue;
            };
            if inside_tag(text, first_lt, tokens[i].span().start) {
                continue;
            }
            match open {
                None => {
                    // Nothing is open, so a closing-shaped mark that opens its paragraph
                    // (” … the rest,” she said) can only open a quotation.
                    if role != QuoteRole::Close || i == para.start {
                        open = Some(i);
                    }
                }
                Some(o) => {
                    if i == para.start && p > 0 && doc.paragraph_of(o) < p {
                        // A continuation mark at the start of a paragraph: the quotation goes on.
                        if role == QuoteRole::Open {
                            continue;
                        }
                    }
                    if role == QuoteRole::Open {
                        // “… what he calls “hell” than …”, "… as “too loud” or …": a quotation
                        // nested in the open one, when the marks ahead close both.
                        if nests(doc, first_lt, o, i, ahead) {
                            nested.push((style(doc, i), i));
                            continue;
                        }
                        // A second opener inside a quotation: the first was never closed.
                        push_unclosed(doc, o, i, &mut out);
                        open = Some(i);
                    } else if nested.last().map(|n| n.0) == Some(style(doc, i)) {
                        if let (Some((_, open)), Some(inner)) = (nested.pop(), inner.as_deref_mut())
                        {
                            push(doc, open, i, inner);
                        }
                    } else if style(doc, i).0 != style(doc, o).0 {
                        // A closing mark of the other kind (“the workers’ pay”, in a text
                        // where both kinds quote): an apostrophe, or a stray.
                        continue;
                    } else if apostrophe_inside(doc, o, i, ahead, paragraphs.get(p + 1)) {
                        // ‘The workers’ pay is low,’ she said: an apostrophe, not the end of a
                        // quotation in single marks.
                        continue;
                    } else {
                        push(doc, o, i, &mut out);
                        open = None;
                        nested.clear();
                    }
                }
            }
        }
        nested.clear();
        if let Some(o) = open {
            // A transcript's next speaker (¶ "OKORO: …) starts a quotation of their own; a
            // stage direction (¶ "(LAUGHTER.)) is nobody's words.
            let next_opens = paragraphs.get(p + 1).is_some_and(|next| {
                !next.is_empty()
                    && effective_role(doc, next.start) == Some(QuoteRole::Open)
                    && transcript_label(doc, next.start, next.end).is_none()
                    && !parenthesised(&tokens[next.start + 1..next.end])
            });
            if !next_opens {
                push_unclosed(doc, o, para.end, &mut out);
                open = None;
            }
        }
    }
    if let Some(o) = open {
        push_unclosed(doc, o, tokens.len(), &mut out);
    }
    out
}

/// The most words a transcript label may have.
const LABEL_WORDS: usize = 3;

/// Labels in capitals that head a paragraph without naming a speaker (news furniture).
pub(crate) const NOT_SPEAKERS: &[&str] = &[
    "BREAKING",
    "CAPTION",
    "CORRECTION",
    "EDITOR",
    "EDITOR'S",
    "EDITOR’S",
    "EXCLUSIVE",
    "MORE",
    "NOTE",
    "PHOTO",
    "PHOTOS",
    "READ",
    "RELATED",
    "SOURCE",
    "TRANSCRIPT",
    "UPDATE",
    "UPDATED",
    "VIDEO",
    "WATCH",
];

/// The token range of a transcript's speaker label right after the opening mark at token
/// `mark` (“OKORO: …”, “MR. RUIZ: …”): one to three words in capitals, then a colon, before
/// token `hi`. The colon is the token at the range's end.
pub(crate) fn transcript_label(
    doc: &Document<'_>,
    mark: usize,
    hi: usize,
) -> Option<(usize, usize)> {
    let toks = doc.tokens();
    let first = mark + 1;
    let mut k = first;
    while k < hi
        && k - first < LABEL_WORDS
        && matches!(toks[k].kind, TokenKind::Word)
        && is_label_word(toks[k].text)
    {
        k += 1;
    }
    let colon = k < hi && toks[k].text == ":";
    let speaker = !(first..k).any(|j| NOT_SPEAKERS.contains(&toks[j].text));
    (k > first && colon && speaker).then_some((first, k))
}

/// True when the tokens, punctuation and quotation marks aside, are one parenthesis: a
/// transcript's stage direction ((LAUGHTER.), (Applause)).
pub(crate) fn parenthesised(toks: &[Token<'_>]) -> bool {
    let mut inner = toks
        .iter()
        .filter(|t| !matches!(t.text, "." | "," | "…") && !matches!(t.kind, TokenKind::Quote(_)));
    let opens = inner.next().is_some_and(|t| t.text == "(");
    let closes = inner.next_back().is_some_and(|t| t.text == ")");
    opens && closes && !inner.any(|t| matches!(t.text, "(" | ")"))
}

/// True for a word in capitals of at least two letters (OKORO, MR., O'NEILL).
pub(crate) fn is_label_word(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && w.chars()
            .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '-'))
}

/// A mark's style: whether it is double, and whether it is straight (" ') rather than
/// typographic (“ ” « » ‘ ’). Nested quotations close in their own style.
fn style(doc: &Document<'_>, i: usize) -> (bool, bool) {
    let t = &doc.tokens()[i];
    let double = matches!(t.kind, TokenKind::Quote(m) if m.double);
    (double, matches!(t.text, "\"" | "'"))
}

/// True when the opening mark at token `i`, inside the quotation opened at `o`, opens a nested
/// quotation: looking ahead at the paragraph's later marks (`ahead`, token indices), the nested
/// one closes in its own style and then a mark in the outer style closes the outer one, before
/// any outer-style opener. In one style that is simply the next two marks closing. `first_lt`
/// is [`first_lt`] of the text.
fn nests(doc: &Document<'_>, first_lt: usize, o: usize, i: usize, ahead: &[usize]) -> bool {
    let text = doc.text();
    let (outer, inner) = (style(doc, o), style(doc, i));
    let mut inner_open = true;
    for &k in ahead {
        if !matches!(doc.tokens()[k].kind, TokenKind::Quote(m) if m.primary)
            || inside_tag(text, first_lt, doc.tokens()[k].span().start)
        {
            continue;
        }
        let Some(role) = effective_role(doc, k) else {
            continue;
        };
        let style = style(doc, k);
        if inner_open && style == inner {
            if role != QuoteRole::Close {
                return false;
            }
            inner_open = false;
        } else if style == outer {
            return !inner_open && role == QuoteRole::Close;
        } else if role == QuoteRole::Open {
            // Another nested quotation in the inner style after the first closed.
            inner_open = true;
        } else {
            return false;
        }
    }
    false
}

/// True when the closing single mark at token `i`, inside the quotation in single marks opened
/// at `o`, is an apostrophe: right after a word and before another (the workers’ pay, been
/// fishin’ all day), with a closing mark of its style ahead in the paragraph (`ahead`) before
/// any opening one, so the quotation ends there instead. With no mark ahead, a plural's
/// possessive (the engineers’ reports.) goes on into the next paragraph (`next`) when that
/// opens with a mark and the quotation opened its sentence or followed a colon: the
/// convention for a quotation of several paragraphs.
fn apostrophe_inside(
    doc: &Document<'_>,
    o: usize,
    i: usize,
    ahead: &[usize],
    next: Option<&std::ops::Range<usize>>,
) -> bool {
    let toks = doc.tokens();
    let mark = toks[i].span();
    let own = style(doc, i);
    // (An apostrophe's word: a plural's possessive or a dropped g, not 'do its best' to.)
    let between_words = !own.0
        && i > 0
        && matches!(toks[i - 1].kind, TokenKind::Word)
        && toks[i - 1].text.ends_with(['s', 'S', 'n'])
        && toks[i - 1].span().end == mark.start
        && toks
            .get(i + 1)
            .is_some_and(|n| matches!(n.kind, TokenKind::Word) && n.span().start > mark.end);
    if !between_words {
        return false;
    }
    let mut marks = ahead.iter().filter(|&&k| {
        matches!(toks[k].kind, TokenKind::Quote(m) if m.primary) && style(doc, k) == own
    });
    match marks.next() {
        Some(&k) => effective_role(doc, k) == Some(QuoteRole::Close),
        None => {
            let opens_sentence = doc
                .sentences()
                .get(doc.sentence_of(o))
                .is_some_and(|r| r.start == o)
                || (o > 0 && toks[o - 1].text == ":");
            opens_sentence
                && crate::mentions::is_plural_possessive_mark(toks, i)
                && next.is_some_and(|n| {
                    !n.is_empty() && effective_role(doc, n.start) == Some(QuoteRole::Open)
                })
        }
    }
}

/// The quotations in single marks nested in `outer`, a quotation in double marks of a text
/// that quotes in double ones ("He told me, 'Never give up,' and I did"): an opening single
/// mark after a space and a closing one before a space or punctuation, not an apostrophe
/// (the workers' pay), in text order.
pub(crate) fn nested_single(doc: &Document<'_>, outer: &RawQuote, out: &mut Vec<RawQuote>) {
    let toks = doc.tokens();
    let text = doc.text();
    let single = |k: usize| matches!(toks[k].kind, TokenKind::Quote(m) if !m.double);
    let mut open: Option<usize> = None;
    for k in outer.first + 1..outer.last {
        if !single(k) {
            continue;
        }
        let span = toks[k].span();
        let before = text[..span.start].chars().next_back();
        let after = text[span.end..].chars().next();
        let opens = before.is_none_or(|c| c.is_whitespace() || matches!(c, '"' | '“'))
            && after.is_some_and(char::is_alphanumeric);
        let closes = before.is_some_and(|c| !c.is_whitespace())
            && after.is_none_or(|c| !c.is_alphanumeric());
        match open {
            None if opens => open = Some(k),
            // (Not a plural's possessive: the workers' pay.)
            Some(o) if closes && !(crate::mentions::is_plural_possessive_mark(toks, k)) => {
                push(doc, o, k, out);
                open = None;
            }
            _ => {}
        }
    }
}

fn push(doc: &Document<'_>, open: usize, close: usize, out: &mut Vec<RawQuote>) {
    let tokens = doc.tokens();
    let span = tokens[open].span().to(tokens[close].span());
    if close > open + 1 {
        out.push(RawQuote {
            span,
            first: open,
            last: close,
            closed: true,
        });
    }
}

/// An unclosed quotation from `open` up to (not including) token `end`, trimmed back to the
/// last token of the opening mark's paragraph stretch.
fn push_unclosed(doc: &Document<'_>, open: usize, end: usize, out: &mut Vec<RawQuote>) {
    let last = end.saturating_sub(1).max(open);
    if last > open {
        let tokens = doc.tokens();
        out.push(RawQuote {
            span: tokens[open].span().to(tokens[last].span()),
            first: open,
            last,
            closed: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `inside_tag` read paragraph by paragraph: the window's text after its last blank
    /// line, then that text's last `<` and `>`.
    fn inside_tag_by_paragraphs(text: &str, at: usize) -> bool {
        let mut from = at.saturating_sub(TAG_LOOKBACK);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let window = &text[from..at];
        let lines: Vec<&str> = window.split('\n').collect();
        // The lines after the last one that is blank (a blank first line is no break: it
        // may be the end of a longer one before the window).
        let start = (1..lines.len().saturating_sub(1))
            .rev()
            .find(|&k| lines[k].trim_matches([' ', '\t', '\r']).is_empty())
            .map_or(0, |k| k + 1);
        let para = lines[start..].join("\n");
        match (para.rfind('<'), para.rfind('>')) {
            (Some(lt), Some(gt)) => lt > gt && looks_like_tag(&para[lt..]),
            (Some(lt), None) => looks_like_tag(&para[lt..]),
            _ => false,
        }
    }

    const FRAGMENTS: &[&str] = &[
        "<a href=", "\"", ">", "\n", "x y ", "<", "“", "</", "< ", "é", "<b>", "said", " ", "\r",
    ];

    proptest::proptest! {
        #[test]
        fn inside_tag_agrees_with_the_paragraph_by_paragraph_reading(
            picks in proptest::collection::vec(0..FRAGMENTS.len(), 0..120),
        ) {
            let text: String = picks.iter().map(|&k| FRAGMENTS[k]).collect();
            for (at, _) in text.char_indices() {
                proptest::prop_assert_eq!(
                    inside_tag(&text, first_lt(&text, at), at),
                    inside_tag_by_paragraphs(&text, at)
                );
            }
        }
    }

    #[test]
    fn marks_inside_tags_open_no_quotation() {
        let doc = sayso_tokenizer::tokenize("<a href=\"x\">“We will,” Kim said.</a>");
        let quotes = find_quotes(&doc);
        assert_eq!(quotes.len(), 1);
        assert_eq!(&doc.text()[quotes[0].span], "“We will,”");
    }

    #[test]
    fn a_tag_may_wrap_onto_the_next_line_but_not_across_a_blank_one() {
        let wrapped = "<post date=\"May 2,\n\">Stands empty.</post> Lee said “no.”";
        let doc = sayso_tokenizer::tokenize(wrapped);
        let quotes = find_quotes(&doc);
        assert_eq!(quotes.len(), 1);
        assert_eq!(&doc.text()[quotes[0].span], "“no.”");
        // After a blank line the `<` of a comparison (x <y) is no tag's.
        let text = "If x <y then\n\n\"We win,\" Lee said.";
        let doc = sayso_tokenizer::tokenize(text);
        let quotes = find_quotes(&doc);
        assert_eq!(quotes.len(), 1);
        assert_eq!(&doc.text()[quotes[0].span], "\"We win,\"");
    }
}
