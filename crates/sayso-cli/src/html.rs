//! The self-contained HTML view of documents and their attributions (and, in an evaluation,
//! the gold beside them). (Stub; the render work fills it in.)

use sayso_attribution::Span;

use crate::report::Record;

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
    let _ = docs;
    format!("<!doctype html><title>{title}</title>")
}
