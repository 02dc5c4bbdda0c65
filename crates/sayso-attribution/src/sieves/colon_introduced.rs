//! `colon-introduced`: a paragraph ending in a colon introduces the quotation that opens the
//! next paragraph.

use crate::mentions::MentionKind;
use crate::{Answer, Context, Quote, Sieve};

/// The previous paragraph ends with ":" and names the speaker; the quotation opens this one.
///
/// Pattern: `… SPEAKER [VERB] … :` ¶ `“…”`.
/// Example: And from Chairwoman Ruiz: ¶ “We will keep the libraries open.”
/// Fails when the introducing paragraph names several people (the subject of its speech verb,
/// or else its first name, is taken).
#[derive(Clone, Copy, Debug, Default)]
pub struct ColonIntroduced;

impl Sieve for ColonIntroduced {
    fn name(&self) -> &'static str {
        "colon-introduced"
    }

    fn description(&self) -> &'static str {
        "a paragraph ending in a colon names the speaker of the quotation opening the next"
    }

    fn example(&self) -> &'static str {
        "And from Chairwoman Ruiz: / “We will keep the libraries open.”"
    }

    fn attribute(&self, cx: &Context<'_>, quote: &Quote) -> Option<Answer> {
        let toks = cx.tokens();
        let para = cx.paragraph(quote.first);
        if quote.first != para.start || para.start == 0 {
            return None;
        }
        let colon = para.start - 1;
        if toks[colon].text != ":" {
            return None;
        }
        let sent = cx.sentence(colon);
        let lo = sent.start.max(colon.saturating_sub(crate::context::WINDOW));
        // A speech verb with a subject: Novak told reporters:
        for i in (lo..colon).rev() {
            if cx.in_quote(i) {
                continue;
            }
            if let Some(cue) = cx.cue_at(i) {
                if let Some(m) = cx.subject_before(i, lo) {
                    return Some(Answer {
                        mention: Some(m),
                        cue: Some(cue),
                        confidence: 0.85,
                    });
                }
            }
        }
        // Else the first name or pronoun of the sentence: And from Chairwoman Ruiz:
        for k in lo..colon {
            if let Some((m, _)) = cx.np_starting_at(k, colon) {
                if m.kind != MentionKind::Nominal {
                    return Some(Answer {
                        mention: Some(m),
                        cue: Some(toks[colon].span),
                        confidence: 0.8,
                    });
                }
            }
        }
        None
    }
}
