//! `transcript-label`: “OKORO: Up compared with what?” (a speaker's label opening the quotation).

use crate::{Answer, Context, Gender, Mention, MentionKind, Number, Quote, Sieve};

/// A transcript quoted paragraph by paragraph: the quotation opens its paragraph with the
/// speaker's label in capitals and a colon.
///
/// Pattern: ¶ `“LABEL: …”`, the label one to three words in capitals.
/// Example: “OKORO: Will the ferry run on Sunday?”
/// Fails on labels that name no speaker but are not in its short list of such labels
/// (UPDATE:, NOTE:), which it then reports as the speaker.
#[derive(Clone, Copy, Debug, Default)]
pub struct TranscriptLabel;

impl Sieve for TranscriptLabel {
    fn name(&self) -> &'static str {
        "transcript-label"
    }

    fn description(&self) -> &'static str {
        "a speaker's label in capitals and a colon opening the quoted paragraph (transcripts)"
    }

    fn example(&self) -> &'static str {
        "“OKORO: Will the ferry run on Sunday?”"
    }

    fn attribute(&self, cx: &Context<'_>, quote: &Quote) -> Option<Answer> {
        let toks = cx.tokens();
        if quote.first != cx.paragraph(quote.first).start {
            return None;
        }
        let (first, k) = crate::quotes::transcript_label(cx.doc(), quote.first, quote.last)?;
        Some(label_answer(toks, (first, k), k, 0.9))
    }
}

/// The answer a speaker's label gives: its words (`label`, token range) a name, the colon
/// after them (token `colon`) the cue.
pub(crate) fn label_answer(
    toks: &[sayso_tokenizer::Token<'_>],
    (first, end): (usize, usize),
    colon: usize,
    confidence: f32,
) -> Answer {
    Answer {
        mention: Some(Mention {
            span: toks[first].span().to(toks[end - 1].span()),
            kind: MentionKind::Name,
            gender: Gender::Unknown,
            number: Number::Singular,
            tokens: (first, end),
        }),
        cue: Some(toks[colon].span()),
        confidence,
    }
}
