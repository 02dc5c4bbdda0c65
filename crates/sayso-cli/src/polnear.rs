//! Reading a PolNeAR split (`text/` + `attributions/` brat standoff) as gold attributions.
//!
//! PolNeAR's `.ann` files give **code-point** offsets into the article text. They are
//! converted to UTF-8 byte offsets here, at load time, and nowhere else: every [`Span`] this
//! module returns is a byte span into [`PolnearDoc::text`] (invariant 1).
//!
//! The reading follows the reference scorer (`quotescore.py polnear`) line for line, so that
//! both see the same gold:
//!
//! - `T` lines are `ID<TAB>LABEL START END[;START END…]<TAB>TEXT`; the covered text may run onto
//!   following lines, which are ignored (as is every line that is not a `T` or `E` line).
//! - `E` lines are `ID<TAB>Role:ID Role:ID …` (`Attribution`, `Content`, `Cue`, `Source`); a
//!   repeated role keeps its last value. An event without a known `Content` span is dropped.
//! - When an article has several `.ann` files (`DOC_ANNOTATOR.ann`), the annotator listed first
//!   in `../metadata.tsv` (column `annotators`, `|`-separated) wins, else the first by name.
//! - An attribution is *quoted* when its content contains one of `“ ” " « » „`.
//!
//! Texts are read byte for byte. The reference reads them with Python's universal newlines, so
//! a text holding `\r` would be offset differently there; PolNeAR v1.0.0 holds none.

use std::collections::HashMap;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use sayso_attribution::Span;

/// The quotation marks that make an attribution count as quoted (the reference's `DQ`).
pub const QUOTE_MARKS: [char; 6] = ['“', '”', '"', '«', '»', '„'];

/// One gold attribution, in byte spans. Discontinuous annotations keep their segments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldAttribution {
    /// The attributed content's segments.
    pub content: Vec<Span>,
    /// The source's segments, when annotated.
    pub source: Option<Vec<Span>>,
    /// The cue's segments, when annotated.
    pub cue: Option<Vec<Span>>,
    /// True when the content contains a quotation mark.
    pub quoted: bool,
}

/// One article of a split with its gold attributions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolnearDoc {
    /// The article id: the text file's name without `.txt`.
    pub id: String,
    /// The article text, exactly as stored.
    pub text: String,
    /// The `.ann` file the gold came from; `None` when the article has none.
    pub ann: Option<PathBuf>,
    /// The attributions, in file order.
    pub attributions: Vec<GoldAttribution>,
}

/// A split that could not be read, with where (`path` or `path:line`) and why.
#[derive(Debug)]
pub struct PolnearError {
    location: String,
    message: String,
}

impl PolnearError {
    fn new(location: impl Into<String>, message: impl Into<String>) -> PolnearError {
        PolnearError {
            location: location.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for PolnearError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

impl std::error::Error for PolnearError {}

/// A text-bound annotation (`T` line): its label and segments in code points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextBound {
    /// `Source`, `Cue`, `Content`, `Attribution`, …
    pub label: String,
    /// `(start, end)` code-point offsets, one pair per segment.
    pub segments: Vec<(usize, usize)>,
}

/// The parsed content of one `.ann` file, offsets still in code points.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ann {
    /// `T` annotations by id.
    pub spans: HashMap<String, TextBound>,
    /// `E` annotations in file order: role (`Content`, `Source`, `Cue`, …) to `T` id.
    pub events: Vec<HashMap<String, String>>,
}

/// Parses brat standoff. `name` only labels errors (`name:line: …`).
pub fn parse_ann(src: &str, name: &str) -> Result<Ann, PolnearError> {
    let mut ann = Ann::default();
    for (n, line) in src.lines().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let at = || format!("{name}:{}", n + 1);
        if is_id_line(line, b'T') {
            let mut fields = line.split('\t');
            let id = fields.next().unwrap_or_default();
            let rest = fields
                .next()
                .ok_or_else(|| PolnearError::new(at(), "T line without a label field"))?;
            let (label, offsets) = rest.split_once(' ').ok_or_else(|| {
                PolnearError::new(at(), format!("T line without offsets: {rest:?}"))
            })?;
            let mut segments = Vec::new();
            for seg in offsets.split(';') {
                let nums: Vec<&str> = seg.split_whitespace().collect();
                let parsed: Option<Vec<usize>> = nums.iter().map(|x| x.parse().ok()).collect();
                match parsed.as_deref() {
                    Some(&[s, e]) => segments.push((s, e)),
                    _ => {
                        return Err(PolnearError::new(
                            at(),
                            format!("bad segment {seg:?} (expected \"START END\")"),
                        ));
                    }
                }
            }
            ann.spans.insert(
                id.to_string(),
                TextBound {
                    label: label.to_string(),
                    segments,
                },
            );
        } else if is_id_line(line, b'E') {
            let (_, rest) = line.split_once('\t').unwrap_or((line, ""));
            let mut roles = HashMap::new();
            for arg in rest.split_whitespace() {
                let (role, id) = arg.split_once(':').ok_or_else(|| {
                    PolnearError::new(
                        at(),
                        format!("bad event argument {arg:?} (expected Role:ID)"),
                    )
                })?;
                roles.insert(role.to_string(), id.to_string());
            }
            ann.events.push(roles);
        }
    }
    Ok(ann)
}

/// True for `T12\t…` (with `kind` = `b'T'`): the letter, one or more digits, a tab.
fn is_id_line(line: &str, kind: u8) -> bool {
    let b = line.as_bytes();
    if b.first() != Some(&kind) {
        return false;
    }
    let digits = b[1..].iter().take_while(|c| c.is_ascii_digit()).count();
    digits > 0 && b.get(1 + digits) == Some(&b'\t')
}

/// Maps code-point offsets of one text to byte offsets; offsets past the end clamp to its length
/// (as Python slicing does).
pub struct CharToByte {
    starts: Vec<usize>,
}

impl CharToByte {
    /// The table for `text`.
    pub fn new(text: &str) -> CharToByte {
        let mut starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        starts.push(text.len());
        CharToByte { starts }
    }

    /// The byte offset of code point `i`.
    pub fn byte(&self, i: usize) -> usize {
        self.starts[i.min(self.starts.len() - 1)]
    }

    /// The byte span of code points `start..end`.
    pub fn span(&self, (start, end): (usize, usize)) -> Span {
        Span::new(self.byte(start), self.byte(end))
    }
}

/// The gold attributions of one parsed `.ann` over `text`, in byte spans.
pub fn attributions(ann: &Ann, text: &str) -> Vec<GoldAttribution> {
    let table = CharToByte::new(text);
    let segs = |id: Option<&String>| -> Option<Vec<Span>> {
        let t = ann.spans.get(id?)?;
        Some(t.segments.iter().map(|&s| table.span(s)).collect())
    };
    let mut out = Vec::new();
    for e in &ann.events {
        let Some(content) = segs(e.get("Content")) else {
            continue;
        };
        let quoted = content.iter().any(|s| {
            text.get(s.start..s.end)
                .is_some_and(|t| t.contains(QUOTE_MARKS))
        });
        out.push(GoldAttribution {
            source: segs(e.get("Source")),
            cue: segs(e.get("Cue")),
            content,
            quoted,
        });
    }
    out
}

/// The first annotator of each article in a PolNeAR `metadata.tsv` (`filename` → annotator).
/// A later row for the same file overrides an earlier one.
pub fn first_annotators(src: &str, name: &str) -> Result<HashMap<String, String>, PolnearError> {
    let mut lines = src.lines();
    let head: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let col = |c: &str| {
        head.iter()
            .position(|h| h.trim_end_matches('\r') == c)
            .ok_or_else(|| PolnearError::new(format!("{name}:1"), format!("no column {c:?}")))
    };
    let (file_col, ann_col) = (col("filename")?, col("annotators")?);
    let mut out = HashMap::new();
    for (n, line) in lines.enumerate() {
        let row: Vec<&str> = line.trim_end_matches('\r').split('\t').collect();
        match (row.get(file_col), row.get(ann_col)) {
            (Some(file), Some(anns)) => {
                let first = anns.split('|').next().unwrap_or_default();
                out.insert(file.to_string(), first.to_string());
            }
            _ => {
                return Err(PolnearError::new(
                    format!("{name}:{}", n + 2),
                    "row lacks the filename or annotators column",
                ));
            }
        }
    }
    Ok(out)
}

/// Reads every article of the split directory `dir` (holding `text/` and `attributions/`),
/// sorted by file name.
pub fn read_split(dir: &Path) -> Result<Vec<PolnearDoc>, PolnearError> {
    let meta_path = dir.join("..").join("metadata.tsv");
    let meta = if meta_path.exists() {
        let src = read(&meta_path)?;
        first_annotators(&src, &meta_path.display().to_string())?
    } else {
        HashMap::new()
    };
    let ann_dir = dir.join("attributions");
    let anns = list(&ann_dir)?;
    let text_dir = dir.join("text");
    let mut docs = Vec::new();
    for name in list(&text_dir)? {
        let Some(id) = name.strip_suffix(".txt") else {
            continue;
        };
        let prefix = format!("{id}_");
        let mine: Vec<&String> = anns.iter().filter(|a| a.starts_with(&prefix)).collect();
        let preferred = meta.get(id).map(|a| format!("{id}_{a}.ann"));
        let pick = mine
            .iter()
            .find(|a| Some(a.as_str()) == preferred.as_deref())
            .or(mine.first())
            .map(|a| ann_dir.join(a));
        let text = read(&text_dir.join(&name))?;
        let attributions = match &pick {
            Some(path) => attributions(
                &parse_ann(&read(path)?, &path.display().to_string())?,
                &text,
            ),
            None => Vec::new(),
        };
        docs.push(PolnearDoc {
            id: id.to_string(),
            text,
            ann: pick,
            attributions,
        });
    }
    Ok(docs)
}

fn read(path: &Path) -> Result<String, PolnearError> {
    fs::read_to_string(path)
        .map_err(|e| PolnearError::new(path.display().to_string(), e.to_string()))
}

/// The file names in `dir`, sorted (by bytes, which is code-point order, as Python sorts).
fn list(dir: &Path) -> Result<Vec<String>, PolnearError> {
    let err = |e: std::io::Error| PolnearError::new(dir.display().to_string(), e.to_string());
    let mut names = Vec::new();
    for entry in fs::read_dir(dir).map_err(err)? {
        let entry = entry.map_err(err)?;
        if entry.path().is_file() {
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    names.sort();
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ann(src: &str) -> Ann {
        parse_ann(src, "t.ann").unwrap()
    }

    #[test]
    fn multi_segment_spans() {
        let a = ann("T1\tContent 3 7;9 12\tabcd efg\n");
        assert_eq!(a.spans["T1"].segments, vec![(3, 7), (9, 12)]);
        assert_eq!(a.spans["T1"].label, "Content");
    }

    #[test]
    fn continuation_lines_are_ignored() {
        let a = ann("T1\tContent 0 20\tfirst line\nsecond line E1 T2\nT2\tCue 21 25\tsaid\n");
        assert_eq!(a.spans.len(), 2);
        assert!(a.events.is_empty());
        assert_eq!(a.spans["T2"].segments, vec![(21, 25)]);
    }

    #[test]
    fn events_map_roles_last_wins() {
        let a = ann("E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1 Source:T9\n");
        assert_eq!(a.events[0]["Content"], "T3");
        assert_eq!(a.events[0]["Source"], "T9");
    }

    #[test]
    fn malformed_lines_name_their_line() {
        let e = parse_ann("T1\tCue 1 2\tx\nT2\tCue 1\tx\n", "a.ann").unwrap_err();
        assert!(e.to_string().starts_with("a.ann:2:"), "{e}");
        let e = parse_ann("E1\tContent-T1\n", "b.ann").unwrap_err();
        assert!(e.to_string().starts_with("b.ann:1:"), "{e}");
    }

    #[test]
    fn code_points_become_bytes() {
        // “é” is 2 bytes, “—” 3: code point 4 is byte 7.
        let text = "é—ab“cd”";
        let t = CharToByte::new(text);
        assert_eq!(t.byte(0), 0);
        assert_eq!(t.byte(1), 2);
        assert_eq!(t.byte(2), 5);
        assert_eq!(t.byte(4), 7);
        assert_eq!(t.byte(8), text.len());
        assert_eq!(t.byte(99), text.len());
    }

    #[test]
    fn attributions_in_bytes_and_quoted() {
        let text = "Ü “ab” — said Kim. Then plain said Lee.";
        let a = ann(concat!(
            "T1\tContent 2 6\t“ab”\n",
            "T2\tSource 14 17\tKim\n",
            "T3\tCue 9 13\tsaid\n",
            "E1\tContent:T1 Source:T2 Cue:T3\n",
            "T4\tContent 24 29;30 34\tplain said\n",
            "E2\tContent:T4\n",
            "E3\tContent:T99 Source:T2\n",
        ));
        let atts = attributions(&a, text);
        assert_eq!(atts.len(), 2);
        assert_eq!(&text[atts[0].content[0]], "“ab”");
        assert_eq!(&text[atts[0].source.as_ref().unwrap()[0]], "Kim");
        assert_eq!(&text[atts[0].cue.as_ref().unwrap()[0]], "said");
        assert!(atts[0].quoted);
        let segs: Vec<&str> = atts[1].content.iter().map(|s| &text[*s]).collect();
        assert_eq!(segs, ["plain", "said"]);
        assert!(!atts[1].quoted);
        assert_eq!(atts[1].source, None);
    }

    #[test]
    fn first_annotator_from_metadata() {
        let m = first_annotators(
            "x\tfilename\tannotators\na\tdoc1\tb2|c3\nb\tdoc2\tz9\n",
            "m",
        )
        .unwrap();
        assert_eq!(m["doc1"], "b2");
        assert_eq!(m["doc2"], "z9");
        assert!(first_annotators("x\ty\n", "m").is_err());
    }
}
