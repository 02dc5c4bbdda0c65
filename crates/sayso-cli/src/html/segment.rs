//! Nesting possibly overlapping spans into well-formed markup.
//!
//! The text is cut at every span boundary; each piece is escaped and wrapped in the elements
//! whose spans cover it. Elements always nest properly: when a span ends inside another one
//! that started after it, the inner element is closed and reopened (a *continuation*
//! fragment) instead of producing crossed tags.

use sayso_attribution::Span;

use super::escape_into;

/// One element wrapped around a span of the text.
pub(crate) struct Mark {
    /// The span it covers; snapped to the text and to `char` boundaries before use.
    pub span: Span,
    /// When two marks share a span, the lower rank is the outer element.
    pub rank: u8,
    /// The start tag of the first fragment (carries the id and the focus stop).
    pub open: String,
    /// The start tag of any continuation fragment.
    pub reopen: String,
    /// The end tag.
    pub close: &'static str,
    /// Markup written right after the mark's last fragment closes (its label).
    pub after: String,
}

/// `span` clamped to `text` with both ends moved onto `char` boundaries (start down, end
/// up), so slicing cannot panic whatever offsets a record carries.
pub(crate) fn snap(text: &str, span: Span) -> Span {
    let mut start = span.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    if span.is_empty() {
        return Span::new(start, start);
    }
    let mut end = span.end.min(text.len()).max(start);
    while !text.is_char_boundary(end) {
        end += 1;
    }
    Span::new(start, end)
}

/// Writes `text`, escaped, with every mark of `marks` wrapped around its span.
pub(crate) fn write_marked(out: &mut String, text: &str, mut marks: Vec<Mark>) {
    for m in &mut marks {
        m.span = snap(text, m.span);
    }
    // Outer before inner: earlier start, then longer, then lower rank.
    marks.sort_by(|a, b| {
        (a.span.start, std::cmp::Reverse(a.span.end), a.rank).cmp(&(
            b.span.start,
            std::cmp::Reverse(b.span.end),
            b.rank,
        ))
    });
    let mut bounds: Vec<usize> = marks
        .iter()
        .flat_map(|m| [m.span.start, m.span.end])
        .chain([0, text.len()])
        .collect();
    bounds.sort_unstable();
    bounds.dedup();

    let mut next = 0;
    let mut stack: Vec<usize> = Vec::new();
    for (i, &pos) in bounds.iter().enumerate() {
        // Close every mark ending here, and everything opened inside the outermost of them;
        // the ones that go on are reopened as continuation fragments.
        if let Some(k) = stack.iter().position(|&m| marks[m].span.end <= pos) {
            let popped: Vec<usize> = stack.drain(k..).collect();
            for &m in popped.iter().rev() {
                out.push_str(marks[m].close);
            }
            for &m in popped.iter().rev() {
                if marks[m].span.end <= pos {
                    out.push_str(&marks[m].after);
                }
            }
            for &m in &popped {
                if marks[m].span.end > pos {
                    out.push_str(&marks[m].reopen);
                    stack.push(m);
                }
            }
        }
        while next < marks.len() && marks[next].span.start == pos {
            let m = &marks[next];
            if m.span.is_empty() {
                out.push_str(&m.after);
            } else {
                out.push_str(&m.open);
                stack.push(next);
            }
            next += 1;
        }
        if let Some(&end) = bounds.get(i + 1) {
            escape_into(out, &text[pos..end]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A mark rendered as `<x>`…`</x>`, `<x+>` for a continuation, `{x}` after it.
    fn mark(name: &'static str, start: usize, end: usize, rank: u8) -> Mark {
        let close: &'static str = Box::leak(format!("</{name}>").into_boxed_str());
        Mark {
            span: Span::new(start, end),
            rank,
            open: format!("<{name}>"),
            reopen: format!("<{name}+>"),
            close,
            after: format!("{{{name}}}"),
        }
    }

    fn marked(text: &str, marks: Vec<Mark>) -> String {
        let mut out = String::new();
        write_marked(&mut out, text, marks);
        out
    }

    /// The text with every tag and label removed.
    fn strip(markup: &str) -> String {
        let mut out = String::new();
        let mut depth = 0;
        for c in markup.chars() {
            match c {
                '<' | '{' => depth += 1,
                '>' | '}' => depth -= 1,
                _ if depth == 0 => out.push(c),
                _ => {}
            }
        }
        out
    }

    /// True when every start tag is closed in reverse order.
    fn well_nested(markup: &str) -> bool {
        let mut stack = Vec::new();
        for tag in markup.split('<').skip(1) {
            let tag = &tag[..tag.find('>').unwrap()];
            if let Some(name) = tag.strip_prefix('/') {
                if stack.pop() != Some(name.to_string()) {
                    return false;
                }
            } else {
                stack.push(tag.trim_end_matches('+').to_string());
            }
        }
        stack.is_empty()
    }

    #[test]
    fn disjoint_marks_wrap_their_text() {
        let out = marked("ab cd ef", vec![mark("q", 0, 2, 0), mark("c", 3, 5, 0)]);
        assert_eq!(out, "<q>ab</q>{q} <c>cd</c>{c} ef");
    }

    #[test]
    fn contained_mark_nests_inside() {
        let out = marked("“a he b”", vec![mark("m", 5, 7, 1), mark("q", 0, 12, 0)]);
        assert_eq!(out, "<q>“a <m>he</m>{m} b”</q>{q}");
    }

    #[test]
    fn same_span_nests_by_rank() {
        let out = marked("xy", vec![mark("q", 0, 2, 1), mark("g", 0, 2, 0)]);
        assert_eq!(out, "<g><q>xy</q></g>{q}{g}");
    }

    #[test]
    fn crossing_marks_are_split_not_crossed() {
        let out = marked("abcdef", vec![mark("a", 0, 4, 0), mark("b", 2, 6, 0)]);
        assert_eq!(out, "<a>ab<b>cd</b></a>{a}<b+>ef</b>{b}");
        assert!(well_nested(&out));
    }

    #[test]
    fn many_crossings_stay_well_nested_and_keep_the_text() {
        let text = "0123456789abcdefghij";
        let marks = (0..12)
            .map(|i| {
                mark(
                    "x",
                    (i * 7) % 17,
                    (i * 7) % 17 + 1 + (i * 5) % 9,
                    (i % 3) as u8,
                )
            })
            .collect();
        let out = marked(text, marks);
        assert!(well_nested(&out), "{out}");
        assert_eq!(strip(&out), text);
    }

    #[test]
    fn text_inside_marks_is_escaped() {
        let out = marked("<script>&", vec![mark("q", 0, 8, 0)]);
        assert_eq!(out, "<q>&lt;script&gt;</q>{q}&amp;");
    }

    #[test]
    fn out_of_range_and_mid_char_offsets_do_not_panic() {
        // "é" is two bytes: 1..3; 2 is inside it.
        let out = marked("aéb", vec![mark("q", 2, 99, 0), mark("e", 3, 3, 0)]);
        assert_eq!(out, "a<q>é{e}b</q>{q}");
        let out = marked("aéb", vec![mark("q", 0, 2, 0)]);
        assert_eq!(out, "<q>aé</q>{q}b");
    }

    #[test]
    fn empty_mark_leaves_only_its_label() {
        let out = marked("ab", vec![mark("e", 1, 1, 0)]);
        assert_eq!(out, "a{e}b");
    }
}
