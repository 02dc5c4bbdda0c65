//! The self-contained HTML view of documents and their attributions (and, in an evaluation,
//! the gold beside them).
//!
//! [`render`] returns one page with no external resources (inline CSS from `html/page.css`,
//! a little inline JS from `html/page.js`, and a Content-Security-Policy that forbids any
//! network load). Each document shows every quotation highlighted in its speaker's colour with
//! the speaker's name beside it, the cue underlined and the speaker mention boxed, focusable and
//! linked both ways; a side panel lists the speakers. With gold, each gold quotation is boxed
//! and labelled `missed`, `wrong speaker` or matched, predictions overlapping no gold are
//! labelled `spurious`, a summary table counts them per document, and a checkbox hides all
//! that is correct.
//!
//! # Design
//!
//! Spans may overlap in any way (a mention inside a quotation, a prediction crossing a gold
//! span), so the text is cut at every span boundary and the elements are nested properly, a
//! crossing element being closed and reopened (the `segment` module). All document text, ids and names
//! are HTML-escaped: a document holding `<script>` shows it as text.

mod segment;
pub mod verdict;

use std::fmt::Write;

use sayso_attribution::Span;

use crate::report::Record;
use segment::{Mark, snap, write_marked};
use verdict::{DocVerdict, ErrorCounts, GoldVerdict};

/// Documents after this many start collapsed, so that a corpus of hundreds of documents lays
/// out only what is open.
pub const OPEN_DOCS: usize = 20;

/// Speaker colours in the stylesheet (`.sp0` … `.sp7`); more speakers reuse them, the name
/// label beside each quotation tells them apart.
const PALETTE: usize = 8;

const CSS: &str = include_str!("html/page.css");
const JS: &str = include_str!("html/page.js");

/// One document to render.
pub struct RenderDoc<'a> {
    /// The document id.
    pub id: &'a str,
    /// The document text.
    pub text: &'a str,
    /// The predicted records of this document.
    pub predicted: &'a [Record],
    /// The gold quotations, in an evaluation.
    pub gold: Option<&'a [GoldSpan]>,
}

/// One gold quotation, for the evaluation view.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldSpan {
    /// The quotation (or attributed content) span.
    pub quote: Span,
    /// The gold speaker's name, when labelled.
    pub speaker: Option<String>,
    /// The gold speaker mention, when labelled.
    pub mention: Option<Span>,
    /// The gold cue, when labelled.
    pub cue: Option<Span>,
}

/// Renders `docs` as one self-contained HTML page titled `title`.
pub fn render(docs: &[RenderDoc<'_>], title: &str) -> String {
    let models: Vec<DocModel<'_>> = docs.iter().map(DocModel::new).collect();
    let eval = docs.iter().any(|d| d.gold.is_some());
    let mut out = String::with_capacity(
        16 * 1024 + docs.iter().map(|d| d.text.len() * 2 + 512).sum::<usize>(),
    );
    let title = escape(title);
    out.push_str("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n",
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(out, "<title>{title}</title>\n<style>\n{CSS}</style></head>");
    out.push_str("<body>\n");
    write_header(&mut out, &title, &models, eval);
    out.push_str("<main>\n");
    for (n, m) in models.iter().enumerate() {
        m.write(&mut out, n, n < OPEN_DOCS);
    }
    out.push_str("</main>\n");
    let _ = write!(out, "<script>\n{JS}</script>\n</body></html>\n");
    out
}

/// `s` with `& < > " '` replaced by entities, fit for text and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

/// Appends `s` escaped (see [`escape`]); a NUL becomes U+FFFD as an HTML parser would make it.
fn escape_into(out: &mut String, s: &str) {
    let mut last = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            0 => "\u{FFFD}",
            _ => continue,
        };
        out.push_str(&s[last..i]);
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(&s[last..]);
}

/// At most `max` characters of `s` on one line, with an ellipsis when cut.
fn snippet(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &flat[..i]),
        None => flat,
    }
}

/// `n` and `noun`, with an `s` unless `n` is 1.
fn plural(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// A speaker of one document: its canonical name, quotations and mentions.
struct SpeakerEntry {
    name: String,
    quotes: Vec<usize>,
    mentions: Vec<usize>,
}

/// A distinct speaker mention of one document.
struct MentionEntry {
    span: Span,
    speaker: usize,
    quotes: Vec<usize>,
}

/// One document with its speakers grouped and, in an evaluation, judged against gold.
struct DocModel<'d> {
    doc: &'d RenderDoc<'d>,
    speakers: Vec<SpeakerEntry>,
    /// Per record: its speaker and mention, as indices into `speakers` and `mentions`.
    quote_speaker: Vec<Option<usize>>,
    quote_mention: Vec<Option<usize>>,
    mentions: Vec<MentionEntry>,
    verdict: Option<DocVerdict>,
}

impl<'d> DocModel<'d> {
    fn new(doc: &'d RenderDoc<'d>) -> DocModel<'d> {
        let mut m = DocModel {
            doc,
            speakers: Vec::new(),
            quote_speaker: Vec::new(),
            quote_mention: Vec::new(),
            mentions: Vec::new(),
            verdict: doc.gold.map(|g| DocVerdict::judge(g, doc.predicted)),
        };
        for (i, r) in doc.predicted.iter().enumerate() {
            let Some(sp) = &r.speaker else {
                m.quote_speaker.push(None);
                m.quote_mention.push(None);
                continue;
            };
            let s = match m.speakers.iter().position(|e| e.name == sp.name) {
                Some(s) => s,
                None => {
                    m.speakers.push(SpeakerEntry {
                        name: sp.name.clone(),
                        quotes: Vec::new(),
                        mentions: Vec::new(),
                    });
                    m.speakers.len() - 1
                }
            };
            m.speakers[s].quotes.push(i);
            m.quote_speaker.push(Some(s));
            let mention = sp.mention.as_ref().map(|t| {
                let span = snap(doc.text, t.span());
                match m
                    .mentions
                    .iter()
                    .position(|e| e.span == span && e.speaker == s)
                {
                    Some(j) => {
                        m.mentions[j].quotes.push(i);
                        j
                    }
                    None => {
                        m.mentions.push(MentionEntry {
                            span,
                            speaker: s,
                            quotes: vec![i],
                        });
                        m.speakers[s].mentions.push(m.mentions.len() - 1);
                        m.mentions.len() - 1
                    }
                }
            });
            m.quote_mention.push(mention);
        }
        m
    }

    fn counts(&self) -> Option<ErrorCounts> {
        self.verdict.as_ref().map(DocVerdict::counts)
    }

    fn attributed(&self) -> usize {
        self.quote_speaker.iter().filter(|s| s.is_some()).count()
    }

    fn colour(&self, speaker: Option<usize>) -> String {
        speaker.map_or_else(|| "spn".to_string(), |s| format!("sp{}", s % PALETTE))
    }

    fn text_of(&self, span: Span) -> &str {
        &self.doc.text[snap(self.doc.text, span)]
    }

    /// The quotation ids (`d3-q0 d3-q5`) of `quotes`, for `data-quotes`.
    fn quote_ids(n: usize, quotes: &[usize]) -> String {
        quotes
            .iter()
            .map(|q| format!("d{n}-q{q}"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn write(&self, out: &mut String, n: usize, open: bool) {
        let counts = self.counts();
        let has_errors = counts.is_some_and(|c| c.errors() > 0);
        let _ = write!(
            out,
            "<details class=\"doc{}\" id=\"d{n}\"{}>\n<summary><span class=\"doc-id\">{}</span>\
             <span class=\"counts\">{} · {}",
            if has_errors { " has-errors" } else { "" },
            if open { " open" } else { "" },
            escape(self.doc.id),
            plural(self.doc.predicted.len(), "quotation"),
            plural(self.speakers.len(), "speaker"),
        );
        if let Some(c) = counts {
            let _ = write!(
                out,
                " · gold {} · {} missed · {} spurious · {} wrong speaker",
                c.gold, c.missed, c.spurious, c.wrong_speaker
            );
        }
        out.push_str("</span></summary>\n<div class=\"doc-body\">\n<div class=\"text\">");
        write_marked(out, self.doc.text, self.marks(n));
        out.push_str("</div>\n");
        self.write_panel(out, n);
        out.push_str("</div>\n");
        if self.verdict.is_some() {
            self.write_quote_table(out, n);
        }
        out.push_str("</details>\n");
    }

    fn marks(&self, n: usize) -> Vec<Mark> {
        let mut marks = Vec::new();
        let spurious = self.verdict.as_ref().map(|v| &v.spurious);
        let mut cues: Vec<Span> = Vec::new();
        for (i, r) in self.doc.predicted.iter().enumerate() {
            let s = self.quote_speaker[i];
            let colour = self.colour(s);
            let is_spurious = spurious.is_some_and(|v| v.get(i) == Some(&true));
            let extra = if is_spurious { " spurious" } else { "" };
            let name = r.speaker.as_ref().map(|sp| sp.name.as_str());
            let tip = format!("sieve {} · confidence {:.2}", r.sieve, r.confidence);
            let mut title = format!(
                "{} · {} · {} quotation",
                name.unwrap_or("no speaker"),
                tip,
                r.kind
            );
            if let Some(j) = self.quote_mention[i] {
                let _ = write!(
                    title,
                    " · mention “{}”",
                    self.text_of(self.mentions[j].span)
                );
            }
            let mut after = match (name, self.quote_mention[i]) {
                (Some(name), Some(j)) => format!(
                    "<a class=\"who {colour}\" href=\"#d{n}-m{j}\" title=\"go to the mention\">{}</a>",
                    escape(name)
                ),
                (Some(name), None) => format!(
                    "<span class=\"who {colour}\" title=\"speaker carried over, no mention of its own\">{}</span>",
                    escape(name)
                ),
                (None, _) => format!("<span class=\"who {colour}\">no speaker</span>"),
            };
            if is_spurious {
                after.push_str(
                    "<span class=\"tag spurious\" title=\"overlaps no gold quotation\">SPURIOUS</span>",
                );
            }
            let speaker_attr =
                s.map_or_else(String::new, |s| format!(" data-speaker=\"d{n}-s{s}\""));
            marks.push(Mark {
                span: r.quote.span(),
                rank: 1,
                open: format!(
                    "<mark id=\"d{n}-q{i}\" class=\"q {colour}{extra}\" tabindex=\"0\"{speaker_attr} title=\"{}\" data-tip=\"{}\">",
                    escape(&title),
                    escape(&tip)
                ),
                reopen: format!("<mark class=\"q {colour} cont{extra}\" data-of=\"d{n}-q{i}\">"),
                close: "</mark>",
                after,
            });
            if let Some(cue) = &r.cue {
                let span = cue.span();
                if !cues.contains(&span) {
                    cues.push(span);
                    let open = format!("<span class=\"cue {colour}\" title=\"cue\">");
                    marks.push(Mark {
                        span,
                        rank: 3,
                        reopen: open.clone(),
                        open,
                        close: "</span>",
                        after: String::new(),
                    });
                }
            }
        }
        for (j, m) in self.mentions.iter().enumerate() {
            let colour = self.colour(Some(m.speaker));
            let sp = &self.speakers[m.speaker];
            marks.push(Mark {
                span: m.span,
                rank: 2,
                open: format!(
                    "<span id=\"d{n}-m{j}\" class=\"mention {colour}\" tabindex=\"0\" data-quotes=\"{}\" title=\"{}: {} quotation(s) through this mention (focus or click to highlight them)\">",
                    Self::quote_ids(n, &m.quotes),
                    escape(&sp.name),
                    m.quotes.len()
                ),
                reopen: format!("<span class=\"mention {colour} cont\">"),
                close: "</span>",
                after: String::new(),
            });
        }
        if let (Some(gold), Some(verdict)) = (self.doc.gold, &self.verdict) {
            let mut gold_mentions: Vec<Span> = Vec::new();
            for (k, (g, v)) in gold.iter().zip(&verdict.gold).enumerate() {
                let who = escape(g.speaker.as_deref().unwrap_or("unlabelled"));
                let (class, tag) = match v {
                    GoldVerdict::Matched { .. } => (
                        "ok",
                        format!(
                            "<span class=\"tag ok\" title=\"matches gold ({who})\">✓ gold</span>"
                        ),
                    ),
                    GoldVerdict::Missed => (
                        "missed",
                        format!(
                            "<span class=\"tag missed\" title=\"no prediction overlaps this gold quotation\">MISSED · gold: {who}</span>"
                        ),
                    ),
                    GoldVerdict::WrongSpeaker { reason, .. } => (
                        "wrong",
                        format!(
                            "<span class=\"tag wrong\" title=\"{}\">WRONG SPEAKER · gold: {who}</span>",
                            escape(reason)
                        ),
                    ),
                };
                let open = format!(
                    "<span id=\"d{n}-g{k}\" class=\"g {class}\" title=\"gold quotation · speaker {who}\">"
                );
                marks.push(Mark {
                    span: g.quote,
                    rank: 0,
                    reopen: format!("<span class=\"g {class} cont\">"),
                    open,
                    close: "</span>",
                    after: tag,
                });
                if let Some(gm) = g.mention {
                    if !gold_mentions.contains(&gm) {
                        gold_mentions.push(gm);
                        let open =
                            format!("<span class=\"gmention\" title=\"gold mention of {who}\">");
                        marks.push(Mark {
                            span: gm,
                            rank: 4,
                            reopen: open.clone(),
                            open,
                            close: "</span>",
                            after: String::new(),
                        });
                    }
                }
            }
        }
        marks
    }

    fn write_panel(&self, out: &mut String, n: usize) {
        let _ = write!(
            out,
            "<aside class=\"panel\" aria-label=\"speakers of {}\"><h3>Speakers</h3>",
            escape(self.doc.id)
        );
        if self.doc.predicted.is_empty() {
            out.push_str("<p>No quotations found.</p>");
        } else {
            out.push_str("<ul>");
            for (s, sp) in self.speakers.iter().enumerate() {
                let _ = write!(
                    out,
                    "<li id=\"d{n}-s{s}\"><button type=\"button\" class=\"spk {}\" data-quotes=\"{}\" title=\"highlight this speaker's quotations\">{}</button> {} quotation{}",
                    self.colour(Some(s)),
                    Self::quote_ids(n, &sp.quotes),
                    escape(&sp.name),
                    sp.quotes.len(),
                    if sp.quotes.len() == 1 { "" } else { "s" },
                );
                if !sp.mentions.is_empty() {
                    out.push_str("<div class=\"mentions\">mentions: ");
                    for (x, &j) in sp.mentions.iter().enumerate() {
                        let m = &self.mentions[j];
                        let _ = write!(
                            out,
                            "{}<a href=\"#d{n}-m{j}\">{}</a> ({})",
                            if x == 0 { "" } else { ", " },
                            escape(self.text_of(m.span)),
                            m.quotes.len()
                        );
                    }
                    out.push_str("</div>");
                }
                out.push_str("</li>");
            }
            let unattributed = self.doc.predicted.len() - self.attributed();
            if unattributed > 0 {
                let _ = write!(
                    out,
                    "<li><span class=\"swatch-none\">no speaker</span> {unattributed} quotation{}</li>",
                    if unattributed == 1 { "" } else { "s" }
                );
            }
            out.push_str("</ul>");
        }
        if let Some(c) = self.counts() {
            let _ = write!(
                out,
                "<h3>Against gold</h3><p>{} gold · {} matched · {} missed · {} spurious · {} wrong speaker</p>",
                c.gold, c.matched, c.missed, c.spurious, c.wrong_speaker
            );
        }
        out.push_str("</aside>\n");
    }

    fn write_quote_table(&self, out: &mut String, n: usize) {
        let (Some(gold), Some(verdict)) = (self.doc.gold, &self.verdict) else {
            return;
        };
        let _ = writeln!(
            out,
            "<div class=\"quotes-wrap\"><table class=\"quotes\"><caption>Gold beside prediction: {}</caption>\
             <tr><th>Result</th><th>Quotation</th><th>Gold speaker</th><th>Predicted speaker</th><th>Sieve</th></tr>",
            escape(self.doc.id)
        );
        let predicted_cells = |p: Option<usize>| match p.and_then(|i| self.doc.predicted.get(i)) {
            Some(r) => format!(
                "<td>{}</td><td>{} ({:.2})</td>",
                escape(r.speaker.as_ref().map_or("no speaker", |s| s.name.as_str())),
                escape(&r.sieve),
                r.confidence
            ),
            None => "<td>—</td><td>—</td>".to_string(),
        };
        for (k, (g, v)) in gold.iter().zip(&verdict.gold).enumerate() {
            let (row, kind, p, why) = match v {
                GoldVerdict::Matched { predicted } => ("ok", "✓ matched", Some(*predicted), ""),
                GoldVerdict::Missed => ("err", "MISSED", None, ""),
                GoldVerdict::WrongSpeaker { predicted, reason } => {
                    ("err", "WRONG SPEAKER", Some(*predicted), reason.as_str())
                }
            };
            let _ = writeln!(
                out,
                "<tr class=\"{row}\"><td class=\"kind\" title=\"{}\">{kind}</td><td><a href=\"#d{n}-g{k}\">{}</a></td><td>{}</td>{}</tr>",
                escape(why),
                escape(&snippet(self.text_of(g.quote), 90)),
                escape(g.speaker.as_deref().unwrap_or("unlabelled")),
                predicted_cells(p),
            );
        }
        for (i, r) in self.doc.predicted.iter().enumerate() {
            if verdict.spurious.get(i) == Some(&true) {
                let _ = writeln!(
                    out,
                    "<tr class=\"err\"><td class=\"kind\">SPURIOUS</td><td><a href=\"#d{n}-q{i}\">{}</a></td><td>—</td>{}</tr>",
                    escape(&snippet(self.text_of(r.quote.span()), 90)),
                    predicted_cells(Some(i)),
                );
            }
        }
        out.push_str("</table></div>\n");
    }
}

fn write_header(out: &mut String, title: &str, models: &[DocModel<'_>], eval: bool) {
    let quotes: usize = models.iter().map(|m| m.doc.predicted.len()).sum();
    let attributed: usize = models.iter().map(DocModel::attributed).sum();
    let _ = write!(
        out,
        "<header class=\"top\"><h1>{title}</h1><p class=\"stats\">{} · {} · {attributed} with a speaker",
        plural(models.len(), "document"),
        plural(quotes, "quotation"),
    );
    if models.len() > OPEN_DOCS {
        let _ = write!(
            out,
            " · the first {OPEN_DOCS} documents are open, click a title to open another"
        );
    }
    out.push_str("</p>\n<div class=\"controls\">");
    if eval {
        out.push_str(
            "<label><input type=\"checkbox\" id=\"errors-only\"> show only documents and quotations with errors</label>",
        );
    }
    out.push_str(
        "<button type=\"button\" id=\"open-all\">open all</button><button type=\"button\" id=\"close-all\">close all</button></div>\n",
    );
    out.push_str(
        "<div class=\"legend\"><span><mark class=\"q sp0\">“quotation”</mark><span class=\"who sp0\">speaker</span> colour and name of its speaker</span>\
         <span><span class=\"cue\">cue</span> underlined</span>\
         <span><span class=\"mention sp0\">mention</span> boxed: focus it to highlight its quotations</span>\
         <span>Tab through quotations: the sieve and confidence show on focus</span>",
    );
    if eval {
        out.push_str(
            "<span><span class=\"tag missed\">MISSED</span> dashed</span>\
             <span><span class=\"tag wrong\">WRONG SPEAKER</span> double</span>\
             <span><span class=\"tag spurious\">SPURIOUS</span> dotted</span>\
             <span><span class=\"tag ok\">✓ gold</span> thin: gold matched</span>",
        );
    }
    out.push_str("</div>\n");
    out.push_str("<div class=\"summary-wrap\"><table class=\"summary\"><tr><th>#</th><th>Document</th><th>Quotations</th><th>With speaker</th><th>Speakers</th>");
    if eval {
        out.push_str(
            "<th>Gold</th><th>Matched</th><th>Missed</th><th>Spurious</th><th>Wrong speaker</th>",
        );
    }
    out.push_str("</tr>\n");
    let mut total = ErrorCounts::default();
    for (n, m) in models.iter().enumerate() {
        let c = m.counts();
        let row = if c.is_some_and(|c| c.errors() > 0) {
            "has-errors"
        } else if c.is_some() {
            "ok"
        } else {
            ""
        };
        let _ = write!(
            out,
            "<tr class=\"{row}\"><td class=\"n\">{}</td><td><a href=\"#d{n}\">{}</a></td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>",
            n + 1,
            escape(m.doc.id),
            m.doc.predicted.len(),
            m.attributed(),
            m.speakers.len()
        );
        if let Some(c) = c {
            total.add(c);
            write_count_cells(out, c);
        } else if eval {
            out.push_str("<td colspan=\"5\">no gold</td>");
        }
        out.push_str("</tr>\n");
    }
    let _ = write!(
        out,
        "<tr class=\"total\"><td></td><td>total</td><td class=\"n\">{quotes}</td><td class=\"n\">{attributed}</td><td></td>"
    );
    if eval {
        write_count_cells(out, total);
    }
    out.push_str("</tr></table></div>\n</header>\n");
}

fn write_count_cells(out: &mut String, c: ErrorCounts) {
    let _ = write!(
        out,
        "<td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>",
        c.gold, c.matched, c.missed, c.spurious, c.wrong_speaker
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{SpeakerRecord, TextSpan};

    /// A record for the quotation `quote` of `text`, said by `speaker` through `mention`.
    fn record(text: &str, quote: &str, speaker: Option<(&str, &str)>) -> Record {
        let span = |s: &str| {
            let start = text.find(s).expect("snippet in text");
            Span::new(start, start + s.len())
        };
        Record {
            doc: "t".into(),
            quote: TextSpan::new(text, span(quote)),
            speaker: speaker.map(|(name, mention)| SpeakerRecord {
                name: name.into(),
                mention: Some(TextSpan::new(text, span(mention))),
            }),
            cue: None,
            kind: "direct".into(),
            sieve: "test-sieve".into(),
            confidence: 0.75,
        }
    }

    fn page(text: &str, records: &[Record], gold: Option<&[GoldSpan]>) -> String {
        render(
            &[RenderDoc {
                id: "doc<1>",
                text,
                predicted: records,
                gold,
            }],
            "t",
        )
    }

    #[test]
    fn escape_replaces_every_markup_character() {
        assert_eq!(
            escape(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(escape("Seoul’s “plan” — é"), "Seoul’s “plan” — é");
        assert_eq!(escape("a\0b"), "a\u{FFFD}b");
    }

    #[test]
    fn document_markup_and_ids_render_as_text() {
        let text = "<script>alert(1)</script> “Hi <b>,” Ana said.";
        let out = page(text, &[record(text, "“Hi <b>,”", None)], None);
        assert!(!out.contains("<script>alert"));
        assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(out.contains(">“Hi &lt;b&gt;,”</mark>"));
        assert!(out.contains("doc&lt;1&gt;"));
        assert!(!out.contains("doc<1>"));
        // Only the page's own script element.
        assert_eq!(out.matches("<script").count(), 1);
    }

    #[test]
    fn quotation_mention_and_label_are_linked() {
        let text = "“We will respond,” Ana Ruiz said. “Soon,” she added.";
        let records = [
            record(text, "“We will respond,”", Some(("Ana Ruiz", "Ana Ruiz"))),
            record(text, "“Soon,”", Some(("Ana Ruiz", "she"))),
        ];
        let out = page(text, &records, None);
        assert!(
            out.contains(
                "<mark id=\"d0-q0\" class=\"q sp0\" tabindex=\"0\" data-speaker=\"d0-s0\""
            )
        );
        assert!(out.contains(">“We will respond,”</mark><a class=\"who sp0\" href=\"#d0-m0\""));
        assert!(out.contains("data-tip=\"sieve test-sieve · confidence 0.75\""));
        assert!(
            out.contains("id=\"d0-m1\" class=\"mention sp0\" tabindex=\"0\" data-quotes=\"d0-q1\"")
        );
        // The panel lists the speaker once, with both quotations and both mentions.
        assert_eq!(out.matches("class=\"spk sp0\"").count(), 1);
        assert!(out.contains("data-quotes=\"d0-q0 d0-q1\""));
        assert!(
            out.contains("<a href=\"#d0-m0\">Ana Ruiz</a> (1), <a href=\"#d0-m1\">she</a> (1)")
        );
    }

    #[test]
    fn evaluation_labels_each_error_kind_in_text_and_tables() {
        let text = "“One,” Ana said. “Two,” Ben said. “Three,” Cy said.";
        let gold_at = |s: &str, who: &str| {
            let start = text.find(s).unwrap();
            GoldSpan {
                quote: Span::new(start, start + s.len()),
                speaker: Some(who.into()),
                mention: None,
                cue: None,
            }
        };
        let gold = [gold_at("“One,”", "Ana"), gold_at("“Two,”", "Ben")];
        let records = [
            record(text, "“One,”", Some(("Ben", "Ben"))),
            record(text, "“Three,”", Some(("Cy", "Cy"))),
        ];
        let out = page(text, &records, Some(&gold));
        assert!(out.contains("class=\"g wrong\""));
        assert!(out.contains("WRONG SPEAKER · gold: Ana"));
        assert!(out.contains("class=\"g missed\""));
        assert!(out.contains("MISSED · gold: Ben"));
        assert!(out.contains("class=\"q sp1 spurious\""));
        assert!(out.contains(">SPURIOUS<"));
        assert!(out.contains("id=\"errors-only\""));
        assert!(out.contains("details class=\"doc has-errors\""));
        // summary row: gold 2, matched 0, missed 1, spurious 1, wrong 1
        assert!(out.contains(
            "<td class=\"n\">2</td><td class=\"n\">0</td><td class=\"n\">1</td><td class=\"n\">1</td><td class=\"n\">1</td>"
        ));
    }

    #[test]
    fn documents_past_the_first_are_collapsed() {
        let records: Vec<Record> = Vec::new();
        let docs: Vec<RenderDoc<'_>> = (0..OPEN_DOCS + 3)
            .map(|_| RenderDoc {
                id: "x",
                text: "plain",
                predicted: &records,
                gold: None,
            })
            .collect();
        let out = render(&docs, "t");
        assert_eq!(out.matches("<details class=\"doc\"").count(), OPEN_DOCS + 3);
        assert_eq!(
            out.matches("<details class=\"doc\" id=\"d").count(),
            OPEN_DOCS + 3
        );
        assert_eq!(out.matches("\" open>").count(), OPEN_DOCS);
    }

    #[test]
    fn broken_offsets_do_not_panic() {
        let text = "é“x”";
        let mut r = record(text, "“x”", Some(("A", "é")));
        r.quote.start = 1; // inside "é"
        r.quote.end = 999;
        r.cue = Some(TextSpan {
            start: 50,
            end: 40,
            text: String::new(),
        });
        let gold = [GoldSpan {
            quote: Span::new(3, 1),
            speaker: None,
            mention: Some(Span::new(7, 900)),
            cue: None,
        }];
        let out = page(text, &[r], Some(&gold));
        assert!(out.contains("<div class=\"text\">"));
        // The empty gold span has no element left, but its label stays.
        assert!(!out.contains("id=\"d0-g0\""));
        assert!(out.contains("gold: unlabelled</span>"), "{out}");
    }
}
