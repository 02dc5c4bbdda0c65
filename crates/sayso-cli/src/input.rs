//! Reading documents: plain text files, directories of `*.txt`, JSON Lines of `{"id", "text"}`,
//! and stdin, one document at a time.
//!
//! [`Documents`] is a lazy iterator: it holds at most one document (or one JSON line) in memory,
//! walks directories one level at a time and reads JSON Lines line by line, so memory stays flat
//! however large the input. Every input yields exactly one item per document: a [`SourceDoc`]
//! or a [`DocError`] saying where and why it could not be read. Nothing here panics on any input.
//!
//! The rules, documented because `sayso extract` users see them:
//!
//! - A document's id is the file stem for a text file, `stdin` for text on stdin, and the `id`
//!   field of a JSON line (a number id becomes its decimal string).
//! - Directories are searched recursively for `*.txt`, in byte order of the path, following
//!   symlinks; a symlink leading back to one of its own ancestor directories is reported as a
//!   loop (one error) and not followed. A path named explicitly is read whatever its extension.
//! - Text is kept byte for byte (a UTF-8 BOM and CRLF included), so offsets index the original.
//!   In JSON Lines a BOM before the first line is skipped: offsets index the `text` value.
//! - Invalid UTF-8 fails the document, naming the first bad byte's offset, unless `lossy`
//!   replaces it with U+FFFD. A text file with a NUL byte in its first 8 KiB is binary: skipped.
//! - Empty files and empty texts are documents (with no quotations), not errors; blank JSON
//!   lines are not documents at all.
//! - A document over `max_bytes` is skipped without being loaded: a text file by its size, a
//!   JSON line by its length (the `text` it holds is never longer than the line).
//! - A text over the tokenizer's [`MAX_TEXT_LEN`](sayso_tokenizer::MAX_TEXT_LEN) (4 GiB) is
//!   skipped too, whatever `max_bytes` says, rather than tokenized only in part.

use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::args::InputFormat;

/// How many leading bytes of a text file are checked for NUL to call it binary.
const BINARY_SNIFF: usize = 8 * 1024;

/// One input document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceDoc {
    /// The document id: file stem, or the `id` of a JSON line.
    pub id: String,
    /// Where it came from: a path, or `path:line` for a JSON line.
    pub origin: String,
    /// The text.
    pub text: String,
}

/// A document that could not be read, with where it came from and why.
///
/// Serialized as the error record of `sayso extract --errors FILE`:
/// `{"doc": "id" or null, "origin": "path" or "path:line", "reason": "..."}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DocError {
    /// The document id when known.
    #[serde(rename = "doc")]
    pub id: Option<String>,
    /// A path, or `path:line`.
    pub origin: String,
    /// Why it failed.
    pub reason: String,
}

impl std::fmt::Display for DocError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.origin, self.reason)
    }
}

/// How documents are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReadOptions {
    /// Plain text, JSON Lines, or by extension.
    pub format: InputFormat,
    /// Replace invalid UTF-8 with U+FFFD instead of failing the document.
    pub lossy: bool,
    /// Skip any document (text file or JSON line) longer than this many bytes.
    pub max_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            format: InputFormat::Auto,
            lossy: false,
            max_bytes: 256 * 1024 * 1024,
        }
    }
}

/// Reads every document under `paths`, in order: one `Result` per document.
///
/// This loads everything; prefer [`Documents`] to stream.
pub fn read_documents(paths: &[PathBuf], format: InputFormat) -> Vec<Result<SourceDoc, DocError>> {
    let options = ReadOptions {
        format,
        ..ReadOptions::default()
    };
    Documents::new(paths.to_vec(), options).collect()
}

/// A lazy iterator over the documents under a list of paths (`-` is stdin), in order.
pub struct Documents {
    options: ReadOptions,
    /// The paths still to open, in reverse order (the next one is popped).
    pending: Vec<PathBuf>,
    /// Directories being walked, innermost last.
    walk: Vec<DirFrame>,
    /// The JSON Lines source being read, if any.
    lines: Option<JsonLines>,
}

/// One directory being walked: its identity (to detect loops) and its remaining entries.
struct DirFrame {
    real: PathBuf,
    entries: std::vec::IntoIter<PathBuf>,
}

impl Documents {
    /// The documents under `paths`; with no paths, stdin.
    pub fn new(mut paths: Vec<PathBuf>, options: ReadOptions) -> Documents {
        if paths.is_empty() {
            paths.push(PathBuf::from("-"));
        }
        paths.reverse();
        Documents {
            options,
            pending: paths,
            walk: Vec::new(),
            lines: None,
        }
    }

    fn is_jsonl(&self, path: &Path) -> bool {
        match self.options.format {
            InputFormat::Jsonl => true,
            InputFormat::Text => false,
            InputFormat::Auto => path.extension().is_some_and(|x| x == "jsonl"),
        }
    }

    /// Opens a path named by the user (not found by walking a directory).
    fn open_named(&mut self, path: PathBuf) -> Option<Result<SourceDoc, DocError>> {
        if path.as_os_str() == "-" {
            return if self.is_jsonl(&path) {
                self.lines = Some(JsonLines::new(
                    "<stdin>".into(),
                    Box::new(io::stdin().lock()),
                ));
                None
            } else {
                let text = read_text(io::stdin().lock(), None, &self.options);
                Some(text.map_or_else(
                    |reason| Err(error(None, "<stdin>", reason)),
                    |text| {
                        Ok(SourceDoc {
                            id: "stdin".into(),
                            origin: "<stdin>".into(),
                            text,
                        })
                    },
                ))
            };
        }
        // Open, then ask the open file what it is (as `step_walk` does): one path look-up
        // instead of two. Anything that fails here takes the general way below, which reports
        // it as it always has.
        if let Ok(file) = File::open(&path) {
            if let Ok(meta) = file.metadata() {
                if meta.is_dir() {
                    return self.enter_dir(path);
                }
                if self.is_jsonl(&path) {
                    let origin = path.display().to_string();
                    self.lines = Some(JsonLines::new(origin, Box::new(file)));
                    return None;
                }
                return Some(read_opened_text_file(
                    &path,
                    file,
                    Some(meta.len()),
                    &self.options,
                ));
            }
        }
        let meta = match fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => return Some(Err(error(None, &path.display().to_string(), io_reason(&e)))),
        };
        if meta.is_dir() {
            return self.enter_dir(path);
        }
        if self.is_jsonl(&path) {
            let origin = path.display().to_string();
            match File::open(&path) {
                Ok(f) => self.lines = Some(JsonLines::new(origin, Box::new(f))),
                Err(e) => return Some(Err(error(None, &origin, io_reason(&e)))),
            }
            return None;
        }
        Some(read_text_file(&path, &self.options))
    }

    /// Starts walking directory `dir`, unless it is one of the directories being walked.
    fn enter_dir(&mut self, dir: PathBuf) -> Option<Result<SourceDoc, DocError>> {
        let origin = dir.display().to_string();
        let real = match fs::canonicalize(&dir) {
            Ok(r) => r,
            Err(e) => return Some(Err(error(None, &origin, io_reason(&e)))),
        };
        if self.walk.iter().any(|f| f.real == real) {
            return Some(Err(error(
                None,
                &origin,
                format!(
                    "symlink loop: leads back to {} (not followed)",
                    real.display()
                ),
            )));
        }
        let read = match fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) => return Some(Err(error(None, &origin, io_reason(&e)))),
        };
        // One directory level is listed at once (to sort it), never the whole tree.
        let mut entries = Vec::new();
        for entry in read {
            match entry {
                Ok(e) => entries.push((e.file_name(), e.path())),
                Err(e) => return Some(Err(error(None, &origin, io_reason(&e)))),
            }
        }
        // The paths share their directory, so their order is their names' byte order
        // (comparing the names is much cheaper than comparing the paths component by component).
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        self.walk.push(DirFrame {
            real,
            entries: entries
                .into_iter()
                .map(|(_, path)| path)
                .collect::<Vec<_>>()
                .into_iter(),
        });
        None
    }

    /// The next item from the directory walk, `None` when a step yielded nothing.
    fn step_walk(&mut self) -> Option<Result<SourceDoc, DocError>> {
        let frame = self.walk.last_mut()?;
        let Some(path) = frame.entries.next() else {
            self.walk.pop();
            return None;
        };
        if path.extension().is_some_and(|x| x == "txt") {
            // Open, then ask the open file what it is: one path look-up where asking the path
            // and then opening it took two. Anything that fails here takes the general way
            // below, which reports it as it always has.
            if let Ok(file) = File::open(&path) {
                if let Ok(meta) = file.metadata() {
                    if meta.is_dir() {
                        return self.enter_dir(path);
                    }
                    return Some(read_opened_text_file(
                        &path,
                        file,
                        Some(meta.len()),
                        &self.options,
                    ));
                }
            }
        }
        // `metadata` follows symlinks; a dangling or self-referencing link fails here.
        let meta = match fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => {
                return Some(Err(error(None, &path.display().to_string(), io_reason(&e))));
            }
        };
        if meta.is_dir() {
            self.enter_dir(path)
        } else if path.extension().is_some_and(|x| x == "txt") {
            Some(read_text_file(&path, &self.options))
        } else {
            None
        }
    }

    /// The next document as read, before [`within_limit`].
    fn read_next(&mut self) -> Option<Result<SourceDoc, DocError>> {
        loop {
            if let Some(lines) = &mut self.lines {
                match lines.next_doc(&self.options) {
                    Some(item) => return Some(item),
                    None => self.lines = None,
                }
                continue;
            }
            if !self.walk.is_empty() {
                if let Some(item) = self.step_walk() {
                    return Some(item);
                }
                continue;
            }
            let path = self.pending.pop()?;
            if let Some(item) = self.open_named(path) {
                return Some(item);
            }
        }
    }
}

impl Iterator for Documents {
    type Item = Result<SourceDoc, DocError>;

    fn next(&mut self) -> Option<Self::Item> {
        let item = self.read_next()?;
        Some(item.and_then(|doc| within_limit(doc, sayso_tokenizer::MAX_TEXT_LEN)))
    }
}

/// `doc`, or an error when its text is longer than `limit` bytes: the tokenizer reads no further
/// than [`sayso_tokenizer::MAX_TEXT_LEN`], and a document cut short must not pass for whole. (The
/// text can outgrow `--max-bytes`: `--lossy` turns each invalid byte into a three-byte U+FFFD.)
fn within_limit(doc: SourceDoc, limit: usize) -> Result<SourceDoc, DocError> {
    if doc.text.len() <= limit {
        return Ok(doc);
    }
    let reason = format!(
        "{} bytes of text is over the tokenizer's limit of {limit}; skipped",
        doc.text.len()
    );
    Err(error(Some(doc.id), &doc.origin, reason))
}

/// A JSON Lines source read one line at a time.
struct JsonLines {
    origin: String,
    reader: BufReader<Box<dyn Read>>,
    line: Vec<u8>,
    number: usize,
    done: bool,
}

impl JsonLines {
    fn new(origin: String, reader: Box<dyn Read>) -> JsonLines {
        JsonLines {
            origin,
            reader: BufReader::with_capacity(64 * 1024, reader),
            line: Vec::new(),
            number: 0,
            done: false,
        }
    }

    /// The next document or error, skipping blank lines; `None` at the end.
    fn next_doc(&mut self, options: &ReadOptions) -> Option<Result<SourceDoc, DocError>> {
        while !self.done {
            self.number += 1;
            let origin = format!("{}:{}", self.origin, self.number);
            let read = read_line_bounded(&mut self.reader, &mut self.line, options.max_bytes);
            let line = match read {
                Ok(Line::End) => {
                    self.done = true;
                    return None;
                }
                Ok(Line::Complete { last }) => {
                    self.done = last;
                    &self.line[..]
                }
                Ok(Line::TooLong { len, last }) => {
                    self.done = last;
                    let reason = format!(
                        "line of {len} bytes is over --max-bytes {}; skipped",
                        options.max_bytes
                    );
                    return Some(Err(error(None, &origin, reason)));
                }
                Err(e) => {
                    // A source that fails mid-read cannot be resynchronised: stop it here.
                    self.done = true;
                    return Some(Err(error(None, &origin, io_reason(&e))));
                }
            };
            let line = if self.number == 1 {
                line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line)
            } else {
                line
            };
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(parse_json_line(line, origin, options.lossy));
        }
        None
    }
}

/// What [`read_line_bounded`] found.
enum Line {
    /// No more input.
    End,
    /// A line (without its `\n`) is in the buffer; `last` when the input ended without `\n`.
    Complete { last: bool },
    /// The line was longer than the limit and was skipped; `len` is its full length.
    TooLong { len: usize, last: bool },
}

/// Reads one line into `buf` (cleared first), never holding more than `max` bytes of it: a
/// longer line is consumed and dropped.
fn read_line_bounded(reader: &mut impl BufRead, buf: &mut Vec<u8>, max: usize) -> io::Result<Line> {
    buf.clear();
    let mut len = 0usize;
    let mut too_long = false;
    let mut any = false;
    loop {
        let chunk = match reader.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(match (any, too_long) {
                (false, _) => Line::End,
                (true, false) => Line::Complete { last: true },
                (true, true) => Line::TooLong { len, last: true },
            });
        }
        any = true;
        let (piece, newline) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (&chunk[..i], true),
            None => (chunk, false),
        };
        len += piece.len();
        if !too_long && len > max {
            too_long = true;
            buf.clear();
            buf.shrink_to(64 * 1024);
        }
        if !too_long {
            buf.extend_from_slice(piece);
        }
        let used = piece.len() + usize::from(newline);
        reader.consume(used);
        if newline {
            return Ok(if too_long {
                Line::TooLong { len, last: false }
            } else {
                Line::Complete { last: false }
            });
        }
    }
}

/// Parses one non-blank JSON line into a document.
fn parse_json_line(line: &[u8], origin: String, lossy: bool) -> Result<SourceDoc, DocError> {
    let text = match std::str::from_utf8(line) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) if lossy => String::from_utf8_lossy(line),
        Err(e) => {
            let reason = format!(
                "invalid UTF-8 at byte {} of the line (--lossy replaces it)",
                e.valid_up_to()
            );
            return Err(error(None, &origin, reason));
        }
    };
    let value: serde_json::Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => return Err(error(None, &origin, format!("malformed JSON: {e}"))),
    };
    let Some(object) = value.as_object() else {
        return Err(error(
            None,
            &origin,
            "not a JSON object with \"id\" and \"text\"".into(),
        ));
    };
    let id = match object.get("id") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(_) => {
            return Err(error(
                None,
                &origin,
                "\"id\" is neither a string nor a number".into(),
            ));
        }
        None => return Err(error(None, &origin, "missing \"id\"".into())),
    };
    match object.get("text") {
        Some(serde_json::Value::String(t)) => Ok(SourceDoc {
            id,
            origin,
            text: t.clone(),
        }),
        Some(_) => Err(error(Some(id), &origin, "\"text\" is not a string".into())),
        None => Err(error(Some(id), &origin, "missing \"text\"".into())),
    }
}

/// Reads a text file as one document named by its stem.
fn read_text_file(path: &Path, options: &ReadOptions) -> Result<SourceDoc, DocError> {
    match File::open(path) {
        Ok(file) => {
            let size = file.metadata().map(|m| m.len()).ok();
            read_opened_text_file(path, file, size, options)
        }
        Err(e) => Err(file_error(path, io_reason(&e))),
    }
}

/// The error record of text file `path`: its id is the file stem.
fn file_error(path: &Path, reason: String) -> DocError {
    let (origin, id) = origin_and_id(path);
    error(Some(id), &origin, reason)
}

/// A text file's origin (its path) and id (its stem, else the whole path) as text. A UTF-8
/// path, the usual case, is copied as it is: what formatting it with `display` gives, without
/// the formatting machinery, which costs more than the rest of reading a short file's name.
/// Any other path shows U+FFFD where it is not UTF-8.
fn origin_and_id(path: &Path) -> (String, String) {
    let origin = path
        .to_str()
        .map_or_else(|| path.display().to_string(), str::to_owned);
    let id = match path.file_stem() {
        Some(stem) => stem
            .to_str()
            .map_or_else(|| stem.to_string_lossy().into_owned(), str::to_owned),
        None => origin.clone(),
    };
    (origin, id)
}

/// [`read_text_file`] once the file is open; `size` is its length when known.
fn read_opened_text_file(
    path: &Path,
    file: File,
    size: Option<u64>,
    options: &ReadOptions,
) -> Result<SourceDoc, DocError> {
    let (origin, id) = origin_and_id(path);
    let fail = |reason| Err(error(Some(id.clone()), &origin, reason));
    match read_text(file, size, options) {
        Ok(text) => Ok(SourceDoc { id, origin, text }),
        Err(reason) => fail(reason),
    }
}

/// Reads all of `reader` as UTF-8 text under the options' limits; `size` is its length when
/// known in advance (so an oversized file is refused unread).
fn read_text(
    reader: impl Read,
    size: Option<u64>,
    options: &ReadOptions,
) -> Result<String, String> {
    let max = options.max_bytes;
    let over = |len: u64| format!("{len} bytes is over --max-bytes {max}; skipped");
    if let Some(len) = size.filter(|&len| len > max as u64) {
        return Err(over(len));
    }
    let mut bytes = Vec::with_capacity(size.map_or(0, |s| s as usize));
    // Read one byte past the limit to tell "exactly max" from "more" for unsized inputs.
    let mut limited = reader.take(max as u64 + 1);
    if let Err(e) = read_all(&mut limited, &mut bytes) {
        return Err(io_reason(&e));
    }
    if bytes.len() > max {
        return Err(format!("more than {max} bytes (--max-bytes); skipped"));
    }
    let sniff = &bytes[..bytes.len().min(BINARY_SNIFF)];
    if let Some(at) = memchr::memchr(0, sniff) {
        return Err(format!("binary data (NUL byte at offset {at}); skipped"));
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) if options.lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(format!(
            "invalid UTF-8 at byte {} (--lossy replaces it)",
            e.utf8_error().valid_up_to()
        )),
    }
}

fn read_all(reader: &mut impl Read, bytes: &mut Vec<u8>) -> io::Result<()> {
    loop {
        match reader.read_to_end(bytes) {
            Ok(_) => return Ok(()),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
}

fn error(id: Option<String>, origin: &str, reason: String) -> DocError {
    DocError {
        id,
        origin: origin.to_string(),
        reason,
    }
}

/// An I/O error as a reason: the OS message without the "(os error N)" suffix.
fn io_reason(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(input: &str, max: usize) -> Vec<String> {
        let mut r = io::Cursor::new(input.as_bytes().to_vec());
        let mut buf = Vec::new();
        let mut out = Vec::new();
        loop {
            match read_line_bounded(&mut r, &mut buf, max).unwrap() {
                Line::End => return out,
                Line::Complete { .. } => out.push(String::from_utf8(buf.clone()).unwrap()),
                Line::TooLong { len, .. } => out.push(format!("<{len}>")),
            }
        }
    }

    #[test]
    fn bounded_lines_skip_long_ones_whole() {
        assert_eq!(line("ab\ncdefgh\nij", 4), ["ab", "<6>", "ij"]);
        assert_eq!(line("ab\n\n", 4), ["ab", ""]);
        assert_eq!(line("", 4), Vec::<String>::new());
        assert_eq!(line("abcdefgh", 4), ["<8>"]);
    }

    #[test]
    #[cfg(unix)]
    fn origin_and_id_are_what_formatting_the_path_gives() {
        use std::os::unix::ffi::OsStrExt;
        let paths: [&[u8]; 5] = [
            b"dir/a.b.txt",
            b"caf\xc3\xa9.txt",
            b"b\xffd/na\xffme.txt",
            b"x",
            b"/",
        ];
        for bytes in paths {
            let path = Path::new(std::ffi::OsStr::from_bytes(bytes));
            let origin = path.display().to_string();
            let id = path
                .file_stem()
                .map_or_else(|| origin.clone(), |s| s.to_string_lossy().into_owned());
            assert_eq!(origin_and_id(path), (origin, id));
        }
    }

    #[test]
    fn texts_over_the_tokenizer_limit_are_errors() {
        let doc = |text: &str| SourceDoc {
            id: "a".into(),
            origin: "a.txt".into(),
            text: text.into(),
        };
        assert_eq!(within_limit(doc("four"), 4), Ok(doc("four")));
        let err = within_limit(doc("five!"), 4).unwrap_err();
        assert_eq!(err.id.as_deref(), Some("a"));
        assert_eq!(err.origin, "a.txt");
        assert!(
            err.reason.contains("over the tokenizer's limit of 4"),
            "{}",
            err.reason
        );
    }

    #[test]
    fn json_ids_are_strings_or_numbers() {
        let doc = |s: &str| parse_json_line(s.as_bytes(), "x:1".into(), false);
        assert_eq!(doc(r#"{"id": 7, "text": "a"}"#).unwrap().id, "7");
        assert_eq!(doc(r#"{"id": "b", "text": ""}"#).unwrap().text, "");
        assert!(doc(r#"{"id": null, "text": "a"}"#).is_err());
        assert_eq!(doc(r#"{"id": "b"}"#).unwrap_err().id.as_deref(), Some("b"));
        assert!(doc(r#"[1]"#).is_err());
        assert!(doc(r#"{"id": "b", "text": "#).is_err());
    }
}
