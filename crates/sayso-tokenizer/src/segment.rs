//! Paragraphs and sentences as ranges of token indices.

use std::ops::Range;

use crate::abbrev::{self, Abbrev};
use crate::{QuoteRole, Token, TokenKind};

/// Splits `tokens` into paragraphs, given the tokens that follow line breaks (`(index, 1)`
/// after one, `(index, 2)` after a blank line). A text without blank lines is split at every
/// line break. A text with blank lines is split at blank lines only when it is hard-wrapped
/// (its single line breaks end short lines, as in wrapped e-mail or plain-text prose);
/// otherwise its single line breaks end paragraphs too, as in scraped news where some
/// paragraphs are separated by a blank line and others by one line break.
pub(crate) fn paragraphs(tokens: &[Token<'_>], breaks: &[(usize, u8)]) -> Vec<Range<usize>> {
    let n = tokens.len();
    let inner = |&&(i, _): &&(usize, u8)| i > 0 && i < n;
    let blank = breaks.iter().filter(inner).any(|&(_, level)| level >= 2);
    let threshold = if blank && hard_wrapped(tokens, breaks) {
        2
    } else {
        1
    };
    let mut out = Vec::new();
    let mut start = 0;
    for &(i, level) in breaks.iter().filter(inner) {
        // (A transcript's turn opens its own paragraph on a line of its own, however short
        // the lines: Q: …, A: …, TAPPER: ….)
        if (level >= threshold || turn_label(&tokens[i..])) && i > start {
            out.push(start..i);
            start = i;
        }
    }
    if start < n {
        out.push(start..n);
    }
    out
}

/// True when `line` opens with a transcript's label and its colon: Q or A, or one to three
/// words in capitals (Q:, A:, SEN. RUIZ:, TAPPER:).
fn turn_label(line: &[Token<'_>]) -> bool {
    let colon = line.iter().take(4).position(|t| t.text == ":").unwrap_or(0);
    colon > 0
        && line[..colon].iter().all(|t| {
            t.kind == TokenKind::Word
                && (t.text.len() >= 2 || matches!(t.text, "Q" | "A"))
                && t.text
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b == b'.' || b == b'-')
        })
}

/// A line ending in a single line break longer than this (in bytes) is a paragraph, not a
/// wrapped line: wrapped prose keeps its lines under about 80 characters.
const WRAPPED_LINE: usize = 100;

/// True when at most one in ten of the lines that end in a single line break is longer than
/// [`WRAPPED_LINE`]: the text is hard-wrapped, and only blank lines end its paragraphs.
fn hard_wrapped(tokens: &[Token<'_>], breaks: &[(usize, u8)]) -> bool {
    let (mut lines, mut long) = (0usize, 0usize);
    let mut line_start = 0;
    for &(i, level) in breaks {
        if i == 0 || i > tokens.len() {
            continue;
        }
        if level == 1 && i > line_start {
            lines += 1;
            let len = tokens[i - 1].span().end - tokens[line_start].span().start;
            long += usize::from(len > WRAPPED_LINE);
        }
        line_start = i;
    }
    long * 10 <= lines
}

/// Splits each paragraph into sentences; together they partition the tokens in order.
/// `ends` lists, in order, every token that may end a sentence (see [`terminal`]); no other
/// token is looked at except those just after one.
pub(crate) fn sentences(
    tokens: &[Token<'_>],
    paragraphs: &[Range<usize>],
    ends: &[usize],
) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(paragraphs.len() + ends.len() / 2);
    let mut candidates = ends.iter().copied().peekable();
    for para in paragraphs {
        let mut start = para.start;
        // `i` is the first token not yet absorbed by an ending cluster.
        let mut i = para.start;
        while let Some(&c) = candidates.peek() {
            if c >= para.end {
                break;
            }
            candidates.next();
            if c < i {
                continue;
            }
            let Some(strength) = terminal(&tokens[c]) else {
                continue;
            };
            let mut last = c;
            while last + 1 < para.end && continues_ending(tokens, last + 1) {
                last += 1;
            }
            let next = last + 1;
            if next < para.end {
                let ends = match strength {
                    Ending::Strong => starts_sentence(&tokens[next]),
                    // An abbreviation followed by a closing mark reads as a full stop.
                    Ending::Abbreviation if last > c => starts_sentence(&tokens[next]),
                    Ending::Abbreviation => opens_sentence_after_abbreviation(tokens, next),
                };
                if ends {
                    out.push(start..next);
                    start = next;
                }
            }
            i = next;
        }
        if start < para.end {
            out.push(start..para.end);
        }
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ending {
    /// `.` `!` `?` `…`: ends a sentence before anything that can start one.
    Strong,
    /// `U.S.`, `p.m.`, `Inc.`: ends one only before a common sentence opener.
    Abbreviation,
}

fn is_terminal_punct(text: &str) -> bool {
    matches!(
        text,
        "." | "!" | "?" | "。" | "！" | "？" | "．" | "؟" | "‼" | "⁇" | "⁈" | "⁉" | "।" | "॥"
    )
}

fn terminal(token: &Token<'_>) -> Option<Ending> {
    // Every sentence end is `.` `!` `?`, or non-ASCII (`…` `。`): one byte rules out the rest.
    let last = token.text.as_bytes().last().copied().unwrap_or(0);
    if last.is_ascii() && !matches!(last, b'.' | b'!' | b'?') {
        return None;
    }
    match token.kind {
        TokenKind::Punct if is_terminal_punct(token.text) => Some(Ending::Strong),
        TokenKind::Ellipsis => Some(Ending::Strong),
        TokenKind::Word if token.text.ends_with('.') => match abbrev::class_of_token(token.text) {
            Some(Abbrev::Never) => None,
            Some(Abbrev::BeforeStarter) => Some(Ending::Abbreviation),
            None => Some(Ending::Strong),
        },
        _ => None,
    }
}

/// Tokens that stay with a sentence end: more end marks, closing quotes and brackets.
fn continues_ending(tokens: &[Token<'_>], i: usize) -> bool {
    let t = &tokens[i];
    match t.kind {
        TokenKind::Punct => {
            is_terminal_punct(t.text) || matches!(t.text, ")" | "]" | "}" | "）" | "」" | "』")
        }
        TokenKind::Ellipsis => true,
        TokenKind::Quote(m) => match m.role {
            QuoteRole::Close => true,
            QuoteRole::Ambiguous => t.span().start == tokens[i - 1].span().end,
            QuoteRole::Open => false,
        },
        _ => false,
    }
}

/// True when `token` can be the first of a sentence: a capital letter, a digit, an opening
/// quotation mark or bracket, a symbol such as a currency sign.
fn starts_sentence(token: &Token<'_>) -> bool {
    match token.kind {
        TokenKind::Quote(m) => m.role != QuoteRole::Close,
        TokenKind::Number | TokenKind::Symbol => true,
        TokenKind::Punct => matches!(token.text, "(" | "[" | "¿" | "¡"),
        TokenKind::Word | TokenKind::Url | TokenKind::Email => {
            let first = token.text.chars().find(|c| c.is_alphanumeric());
            first.is_some_and(|c| !c.is_lowercase())
        }
        TokenKind::Dash | TokenKind::Ellipsis => false,
    }
}

/// True when token `i`, after an abbreviation's period, opens a sentence: a common sentence
/// opener, or an opening quotation mark, unless a lower-case word follows the mark (the U.K.
/// “plainly” needs …: a quoted word inside the sentence).
fn opens_sentence_after_abbreviation(tokens: &[Token<'_>], i: usize) -> bool {
    let token = &tokens[i];
    match token.kind {
        TokenKind::Quote(m) => {
            m.role == QuoteRole::Open
                && !tokens.get(i + 1).is_some_and(|t| {
                    t.kind == TokenKind::Word && t.text.starts_with(|c: char| c.is_lowercase())
                })
        }
        TokenKind::Word => abbrev::is_sentence_starter(token.text),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::tokenize;

    fn pieces(text: &str, paragraphs: bool) -> Vec<&str> {
        let doc = tokenize(text);
        let ranges = if paragraphs {
            doc.paragraphs()
        } else {
            doc.sentences()
        };
        ranges
            .iter()
            .map(|r| &text[doc.span_of(r.clone())])
            .collect()
    }

    fn assert_sentences(text: &str, expected: &[&str]) {
        assert_eq!(pieces(text, false), expected, "sentences of {text:?}");
    }

    fn assert_paragraphs(text: &str, expected: &[&str]) {
        assert_eq!(pieces(text, true), expected, "paragraphs of {text:?}");
    }

    // Sentence ends.
    #[test]
    fn full_stop_then_capital() {
        assert_sentences("It rained. We stayed in.", &["It rained.", "We stayed in."]);
    }
    #[test]
    fn question_and_exclamation() {
        assert_sentences("Why? Because! Fine.", &["Why?", "Because!", "Fine."]);
    }
    #[test]
    fn full_stop_then_lowercase_does_not_end() {
        assert_sentences("See fig. below for more.", &["See fig. below for more."]);
    }
    #[test]
    fn full_stop_then_digit_ends() {
        assert_sentences("He left. 2024 was hard.", &["He left.", "2024 was hard."]);
    }
    #[test]
    fn closing_quote_stays_with_its_sentence() {
        assert_sentences(
            "“We won.” Then rain fell.",
            &["“We won.”", "Then rain fell."],
        );
    }
    #[test]
    fn straight_closing_quote_stays_with_its_sentence() {
        assert_sentences(
            "\"We won.\" Then rain fell.",
            &["\"We won.\"", "Then rain fell."],
        );
    }
    #[test]
    fn closing_bracket_stays_with_its_sentence() {
        assert_sentences(
            "(It was late.) Nobody came.",
            &["(It was late.)", "Nobody came."],
        );
    }
    #[test]
    fn next_sentence_opens_with_a_quote() {
        assert_sentences(
            "She paused. “Enough,” she said.",
            &["She paused.", "“Enough,” she said."],
        );
    }
    #[test]
    fn question_inside_quote_before_lowercase_verb() {
        assert_sentences(
            "“Why now?” she asked. He shrugged.",
            &["“Why now?” she asked.", "He shrugged."],
        );
    }
    #[test]
    fn exclamation_inside_quote_before_lowercase() {
        assert_sentences("“Stop!” he shouted.", &["“Stop!” he shouted."]);
    }
    #[test]
    fn ellipsis_then_lowercase_continues() {
        assert_sentences(
            "“… the right ... to defend …” is law.",
            &["“… the right ... to defend …” is law."],
        );
    }
    #[test]
    fn ellipsis_then_capital_ends() {
        assert_sentences("We waited … Nobody came.", &["We waited …", "Nobody came."]);
    }
    #[test]
    fn decimal_point_does_not_end() {
        assert_sentences(
            "Growth was 3.5 percent. Prices rose.",
            &["Growth was 3.5 percent.", "Prices rose."],
        );
    }
    #[test]
    fn sentence_final_number() {
        assert_sentences(
            "It cost 1,000. Nobody paid.",
            &["It cost 1,000.", "Nobody paid."],
        );
    }
    #[test]
    fn url_full_stop_ends() {
        assert_sentences(
            "Visit www.example.com. Then call.",
            &["Visit www.example.com.", "Then call."],
        );
    }

    // Abbreviations and initials.
    #[test]
    fn title_before_name() {
        assert_sentences(
            "Mr. Kim met Mrs. Lee and Dr. Park.",
            &["Mr. Kim met Mrs. Lee and Dr. Park."],
        );
    }
    #[test]
    fn political_titles() {
        assert_sentences(
            "Gov. Ames, Sen. Bly, Rep. Cole and Gen. Dunn spoke. Lt. Eze did not.",
            &[
                "Gov. Ames, Sen. Bly, Rep. Cole and Gen. Dunn spoke.",
                "Lt. Eze did not.",
            ],
        );
    }
    #[test]
    fn month_before_day() {
        assert_sentences(
            "On Feb. 9 and Sept. 12 they met.",
            &["On Feb. 9 and Sept. 12 they met."],
        );
    }
    #[test]
    fn month_before_capital_does_not_end() {
        assert_sentences(
            "Since Jan. Officials have waited.",
            &["Since Jan. Officials have waited."],
        );
    }
    #[test]
    fn initialism_before_noun() {
        assert_sentences("The U.S. Army moved.", &["The U.S. Army moved."]);
    }
    #[test]
    fn initialism_before_starter_ends() {
        assert_sentences(
            "They flew to the U.S. The trip was long.",
            &["They flew to the U.S.", "The trip was long."],
        );
    }
    #[test]
    fn initialism_before_a_quoted_lowercase_word_does_not_end() {
        assert_sentences(
            "She said the U.K. “plainly” needs a plan. It agreed.",
            &["She said the U.K. “plainly” needs a plan.", "It agreed."],
        );
    }
    #[test]
    fn time_before_name_does_not_end() {
        assert_sentences(
            "At 9 a.m. Mayor Ruiz spoke.",
            &["At 9 a.m. Mayor Ruiz spoke."],
        );
    }
    #[test]
    fn time_before_pronoun_ends() {
        assert_sentences(
            "It ended at 5 p.m. He left.",
            &["It ended at 5 p.m.", "He left."],
        );
    }
    #[test]
    fn company_suffix_before_title() {
        assert_sentences(
            "Acme Inc. Chief Executive Ola Ray spoke.",
            &["Acme Inc. Chief Executive Ola Ray spoke."],
        );
    }
    #[test]
    fn company_suffixes() {
        assert_sentences(
            "Both Acme Corp. and Bolt Inc. Lawyers agreed.",
            &["Both Acme Corp. and Bolt Inc. Lawyers agreed."],
        );
    }
    #[test]
    fn street_and_number_sign() {
        assert_sentences(
            "He lives on St. Mark's Place, No. 4.",
            &["He lives on St. Mark's Place, No. 4."],
        );
    }
    #[test]
    fn versus_and_etc() {
        assert_sentences(
            "Smith vs. Jones, pens, etc. The end.",
            &["Smith vs. Jones, pens, etc.", "The end."],
        );
    }
    #[test]
    fn spaced_initials_do_not_end() {
        assert_sentences(
            "Author J. R. Hart wrote it.",
            &["Author J. R. Hart wrote it."],
        );
    }
    #[test]
    fn joined_initials_do_not_end() {
        assert_sentences(
            "Fans of J.R.R. Tolkien came.",
            &["Fans of J.R.R. Tolkien came."],
        );
    }
    #[test]
    fn abbreviation_then_closing_quote_ends() {
        assert_sentences(
            "“We live in the U.S.” Officials nodded.",
            &["“We live in the U.S.”", "Officials nodded."],
        );
    }

    // Paragraphs.
    #[test]
    fn blank_line_separates_paragraphs() {
        assert_paragraphs(
            "One here.\n\nTwo here.\nStill two.",
            &["One here.", "Two here.\nStill two."],
        );
    }
    #[test]
    fn a_transcript_label_opens_a_paragraph_in_wrapped_text() {
        assert_paragraphs(
            "The exchange went as follows:\n\nQ: Did you look?\nA: No.\nTAPPER: Why not?\n\
             Quite so: it was dark.\n\nThen it ended.",
            &[
                "The exchange went as follows:",
                "Q: Did you look?",
                "A: No.",
                "TAPPER: Why not?\nQuite so: it was dark.",
                "Then it ended.",
            ],
        );
    }
    #[test]
    fn without_blank_lines_every_newline_separates() {
        assert_paragraphs("One\nTwo\nThree", &["One", "Two", "Three"]);
    }
    #[test]
    fn whitespace_only_line_is_blank() {
        assert_paragraphs("One\n \t \nTwo\nTwo b", &["One", "Two\nTwo b"]);
    }
    #[test]
    fn crlf_blank_line() {
        assert_paragraphs("One\r\n\r\nTwo\r\nTwo b", &["One", "Two\r\nTwo b"]);
    }
    #[test]
    fn crlf_single_lines() {
        assert_paragraphs("One\r\nTwo", &["One", "Two"]);
    }
    #[test]
    fn long_lines_end_paragraphs_even_when_some_are_separated_by_blank_lines() {
        let long = "A sentence long enough to be a paragraph of its own and not a wrapped line, \
                    since it runs well past a hundred bytes.";
        let text = format!("Title\n\n{long}\n{long}\n{long}");
        let got = pieces(&text, true);
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(got[1], long);
    }

    #[test]
    fn hard_wrapped_text_keeps_its_paragraphs_across_single_line_breaks() {
        let text =
            "One short wrapped line\nand its continuation.\n\nA second paragraph\nwrapped too.";
        assert_paragraphs(
            text,
            &[
                "One short wrapped line\nand its continuation.",
                "A second paragraph\nwrapped too.",
            ],
        );
    }

    #[test]
    fn paragraph_separator_character() {
        assert_paragraphs("One\u{2029}Two\nTwo b", &["One", "Two\nTwo b"]);
    }
    #[test]
    fn leading_and_trailing_blank_lines_do_not_count() {
        assert_paragraphs("\n\nOne\nTwo\n\n", &["One", "Two"]);
    }
    #[test]
    fn paragraph_break_ends_a_sentence() {
        assert_sentences(
            "No stop here\n\nand a new one",
            &["No stop here", "and a new one"],
        );
    }
    #[test]
    fn sentence_never_crosses_a_line_paragraph() {
        assert_sentences(
            "Headline with Dr.\nBody text.",
            &["Headline with Dr.", "Body text."],
        );
    }
    #[test]
    fn multi_paragraph_article() {
        let text = "SEOUL (AP) — Officials met. “We talked,” Ms. Han said.\n\nThe talks end Feb. 20. More later.";
        assert_sentences(
            text,
            &[
                "SEOUL (AP) — Officials met.",
                "“We talked,” Ms. Han said.",
                "The talks end Feb. 20.",
                "More later.",
            ],
        );
        assert_eq!(pieces(text, true).len(), 2);
    }
    #[test]
    fn empty_and_blank_texts_have_nothing() {
        assert!(pieces("", false).is_empty());
        assert!(pieces(" \n\n\t", true).is_empty());
    }
}

#[cfg(test)]
mod candidate_tests {
    use proptest::prelude::*;

    use crate::lexer;
    use crate::marks::MarkTable;

    proptest! {
        /// Visiting only the lexer's candidates finds the same sentences as visiting every token.
        #[test]
        fn candidates_lose_no_sentence_end(
            words in prop::collection::vec(prop::sample::select(vec![
                "Dr.", "U.S.", "p.m.", "J.", "said", "The", "he", ".", "!", "?", "…", "...", "”", "“",
                "\"", ")", "(", "3.5", "No.", "—", "Yes", "\n", "\n\n", "。", "x", "’",
            ]), 0..40)
        ) {
            let text = words.join(" ");
            let lexed = lexer::lex(&text, &MarkTable::new(&crate::QuoteMarks::english()));
            let paragraphs = super::paragraphs(&lexed.tokens, &lexed.breaks);
            let all: Vec<usize> = (0..lexed.tokens.len()).collect();
            prop_assert_eq!(
                super::sentences(&lexed.tokens, &paragraphs, &lexed.ends),
                super::sentences(&lexed.tokens, &paragraphs, &all)
            );
        }
    }
}
