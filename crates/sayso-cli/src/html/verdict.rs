//! The evaluation view's judgement of each quotation: matched, missed, spurious, or matched
//! with the wrong speaker.
//!
//! The rules are the plain overlap ones, so that a reader can check them by eye:
//! a gold quotation with no overlapping prediction is *missed*; a prediction overlapping no
//! gold quotation is *spurious*; otherwise the gold quotation is compared with the prediction
//! overlapping it most, and the speaker is *wrong* when the names differ (see
//! [`same_speaker`]) or when both sides name a mention and the two mentions do not overlap.

use sayso_attribution::Span;

use super::GoldSpan;
use crate::report::Record;

/// What the evaluation view says about one gold quotation.
#[derive(Clone, Debug, PartialEq)]
pub enum GoldVerdict {
    /// The prediction `predicted` (an index into the document's records) overlaps it and,
    /// where the gold names a speaker, agrees on who.
    Matched {
        /// The best-overlapping prediction.
        predicted: usize,
    },
    /// No prediction overlaps it.
    Missed,
    /// The prediction `predicted` overlaps it but names someone else (or nobody).
    WrongSpeaker {
        /// The best-overlapping prediction.
        predicted: usize,
        /// Why, in a few words.
        reason: String,
    },
}

impl GoldVerdict {
    /// True for anything but [`GoldVerdict::Matched`].
    pub fn is_error(&self) -> bool {
        !matches!(self, GoldVerdict::Matched { .. })
    }
}

/// The judgement of one document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocVerdict {
    /// One verdict per gold quotation, in gold order.
    pub gold: Vec<GoldVerdict>,
    /// For each prediction, whether it overlaps no gold quotation.
    pub spurious: Vec<bool>,
}

/// Error counts of one document (or a total).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ErrorCounts {
    /// Gold quotations.
    pub gold: usize,
    /// Predicted quotations.
    pub predicted: usize,
    /// Gold quotations found with the right speaker.
    pub matched: usize,
    /// Gold quotations with no overlapping prediction.
    pub missed: usize,
    /// Predictions overlapping no gold quotation.
    pub spurious: usize,
    /// Gold quotations found with the wrong speaker.
    pub wrong_speaker: usize,
}

impl ErrorCounts {
    /// Missed + spurious + wrong speaker.
    pub fn errors(&self) -> usize {
        self.missed + self.spurious + self.wrong_speaker
    }

    /// Adds `other` into `self`.
    pub fn add(&mut self, other: ErrorCounts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.matched += other.matched;
        self.missed += other.missed;
        self.spurious += other.spurious;
        self.wrong_speaker += other.wrong_speaker;
    }
}

impl DocVerdict {
    /// Judges `predicted` against `gold`.
    pub fn judge(gold: &[GoldSpan], predicted: &[Record]) -> DocVerdict {
        let verdicts = gold
            .iter()
            .map(|g| {
                let best = predicted
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| p.quote.span().overlaps(g.quote))
                    .max_by_key(|(i, p)| (p.quote.span().overlap_len(g.quote), usize::MAX - i));
                match best {
                    None => GoldVerdict::Missed,
                    Some((i, p)) => match speaker_error(g, p) {
                        None => GoldVerdict::Matched { predicted: i },
                        Some(reason) => GoldVerdict::WrongSpeaker {
                            predicted: i,
                            reason,
                        },
                    },
                }
            })
            .collect();
        let spurious = predicted
            .iter()
            .map(|p| !gold.iter().any(|g| g.quote.overlaps(p.quote.span())))
            .collect();
        DocVerdict {
            gold: verdicts,
            spurious,
        }
    }

    /// The document's counts.
    pub fn counts(&self) -> ErrorCounts {
        let mut c = ErrorCounts {
            gold: self.gold.len(),
            predicted: self.spurious.len(),
            spurious: self.spurious.iter().filter(|&&s| s).count(),
            ..ErrorCounts::default()
        };
        for v in &self.gold {
            match v {
                GoldVerdict::Matched { .. } => c.matched += 1,
                GoldVerdict::Missed => c.missed += 1,
                GoldVerdict::WrongSpeaker { .. } => c.wrong_speaker += 1,
            }
        }
        c
    }
}

/// Why the prediction's speaker disagrees with the gold one, or `None` when it agrees (or the
/// gold names nobody).
fn speaker_error(gold: &GoldSpan, predicted: &Record) -> Option<String> {
    if gold.speaker.is_none() && gold.mention.is_none() {
        return None;
    }
    let Some(speaker) = &predicted.speaker else {
        return Some("no speaker predicted".to_string());
    };
    if let Some(name) = &gold.speaker {
        if !same_speaker(name, &speaker.name) {
            return Some(format!("predicted {}, gold {}", speaker.name, name));
        }
    }
    match (gold.mention, &speaker.mention) {
        (Some(gm), Some(pm)) if !gm.overlaps(Span::new(pm.start, pm.end)) => Some(format!(
            "mention “{}” is not the gold mention at {}..{}",
            pm.text, gm.start, gm.end
        )),
        _ => None,
    }
}

/// True when two speaker names plausibly name the same person: after lower-casing, dropping
/// punctuation and a leading article, one name's words appear as a run inside the other's
/// (“Yo-jong” and “Kim Yo-jong”, “an official in Seoul” and “official in Seoul”).
pub fn same_speaker(gold: &str, predicted: &str) -> bool {
    let g = name_words(gold);
    let p = name_words(predicted);
    if g.is_empty() || p.is_empty() {
        return g == p;
    }
    let (short, long) = if g.len() <= p.len() {
        (&g, &p)
    } else {
        (&p, &g)
    };
    long.windows(short.len()).any(|w| w == short.as_slice())
}

fn name_words(name: &str) -> Vec<String> {
    let lower = name.to_lowercase();
    let mut words: Vec<String> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    if words.len() > 1 && matches!(words[0].as_str(), "the" | "a" | "an") {
        words.remove(0);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{SpeakerRecord, TextSpan};

    fn gold(start: usize, end: usize, speaker: &str) -> GoldSpan {
        GoldSpan {
            quote: Span::new(start, end),
            speaker: Some(speaker.to_string()),
            mention: None,
            cue: None,
        }
    }

    fn pred(start: usize, end: usize, speaker: Option<&str>) -> Record {
        Record {
            doc: "d".into(),
            quote: TextSpan {
                start,
                end,
                text: String::new(),
            },
            speaker: speaker.map(|s| SpeakerRecord {
                name: s.into(),
                mention: None,
            }),
            cue: None,
            kind: "direct".into(),
            sieve: "test".into(),
            confidence: 1.0,
        }
    }

    #[test]
    fn names_match_on_a_run_of_words() {
        assert!(same_speaker("Kim Min-su", "Min-su"));
        assert!(same_speaker(
            "an official in Seoul",
            "The official in Seoul"
        ));
        assert!(!same_speaker("Kim Min-su", "Park Min"));
        assert!(!same_speaker("Lee", ""));
    }

    #[test]
    fn each_error_kind_is_found() {
        let g = [
            gold(0, 10, "Ana Ruiz"),
            gold(20, 30, "Ben Ode"),
            gold(40, 50, "Ana Ruiz"),
        ];
        let p = [
            pred(1, 9, Some("Ruiz")),
            pred(22, 28, Some("Ana Ruiz")),
            pred(60, 70, None),
        ];
        let v = DocVerdict::judge(&g, &p);
        assert_eq!(v.gold[0], GoldVerdict::Matched { predicted: 0 });
        assert!(matches!(
            v.gold[1],
            GoldVerdict::WrongSpeaker { predicted: 1, .. }
        ));
        assert_eq!(v.gold[2], GoldVerdict::Missed);
        assert_eq!(v.spurious, [false, false, true]);
        let c = v.counts();
        assert_eq!(
            (c.matched, c.missed, c.spurious, c.wrong_speaker),
            (1, 1, 1, 1)
        );
        assert_eq!(c.errors(), 3);
    }

    #[test]
    fn a_mention_elsewhere_is_a_wrong_speaker() {
        let mut g = gold(0, 10, "Ana Ruiz");
        g.mention = Some(Span::new(12, 15));
        let mut p = pred(0, 10, Some("Ana Ruiz"));
        p.speaker.as_mut().unwrap().mention = Some(TextSpan {
            start: 30,
            end: 33,
            text: "Ana".into(),
        });
        let v = DocVerdict::judge(&[g], &[p]);
        assert!(v.gold[0].is_error());
    }

    #[test]
    fn no_predicted_speaker_is_wrong_when_gold_names_one() {
        let v = DocVerdict::judge(&[gold(0, 5, "X")], &[pred(0, 5, None)]);
        assert!(
            matches!(&v.gold[0], GoldVerdict::WrongSpeaker { reason, .. } if reason.contains("no speaker"))
        );
    }
}
