//! `sayso bench`: whole-corpus throughput by stage, single-threaded and on all cores.
//!
//! Each stage is timed on its own over the whole corpus, inside a fresh rayon pool of 1 thread
//! and then of all cores, and the best of `--repeat` runs is kept:
//!
//! | stage        | work timed                                                        |
//! |--------------|-------------------------------------------------------------------|
//! | `read`       | `input::read_documents` on each file                              |
//! | `tokenize`   | the attributor's tokenizer on each text                           |
//! | `attribute`  | `Attributor::attribute_document` on documents tokenized before    |
//! | `serialize`  | the attributions as JSONL records into an in-memory buffer        |
//! | `end_to_end` | read, tokenize, attribute and serialize, as `sayso extract` does  |
//!
//! Rates are in MB/s with 1 MB = 10^6 bytes of document text. One CSV row per run is appended
//! to `--record` (header written when the file is new), so history is diffable.

use std::fmt::Write as _;
use std::fs;
use std::hint::black_box;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{Context, bail};
use rayon::prelude::*;
use sayso_attribution::{Attribution, Attributor, Document};

use crate::args::{BenchArgs, InputFormat};
use crate::input::{SourceDoc, read_documents};
use crate::report::RecordRef;

/// The stages, in pipeline order, as named in the table and the CSV header.
pub const STAGES: [&str; 5] = ["read", "tokenize", "attribute", "serialize", "end_to_end"];

/// The CSV header of the record file.
pub fn csv_header() -> Vec<String> {
    let mut h: Vec<String> = [
        "date", "hostname", "cpu", "cores", "commit", "corpus", "bytes", "docs", "repeat",
        "threads",
    ]
    .map(String::from)
    .to_vec();
    for stage in STAGES {
        h.push(format!("{stage}_mbps_1"));
        h.push(format!("{stage}_mbps_n"));
    }
    h.push("end_to_end_docs_per_s_1".into());
    h.push("end_to_end_docs_per_s_n".into());
    h
}

/// Runs `sayso bench`.
pub fn run(args: BenchArgs) -> anyhow::Result<ExitCode> {
    let repeat = args.repeat.max(1);
    let (files, description) = if args.corpus.is_empty() {
        default_corpus()?
    } else {
        let description = args
            .corpus
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(" + ");
        (expand(&args.corpus), description)
    };

    // An empty path list would mean stdin to read_documents.
    if files.is_empty() {
        bail!("no documents to measure in {description}");
    }
    // Read once up front: the documents the other stages work on, and the corpus size.
    let mut docs = Vec::new();
    for r in read_documents(&files, InputFormat::Auto) {
        match r {
            Ok(d) => docs.push(d),
            Err(e) => eprintln!("sayso bench: skipping {}: {}", e.origin, e.reason),
        }
    }
    let bytes: u64 = docs.iter().map(|d| d.text.len() as u64).sum();
    if bytes == 0 {
        bail!("no documents to measure in {description} (or all are empty)");
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let attributor = Attributor::default();

    eprintln!(
        "sayso bench: {description}: {} docs, {:.2} MB, best of {repeat}, 1 and {cores} threads",
        docs.len(),
        bytes as f64 / 1e6
    );
    let mut figures = Vec::new();
    for threads in [1, cores] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .context("starting the thread pool")?;
        let stage_times = pool.install(|| measure(&files, &docs, &attributor, repeat));
        figures.push(stage_times);
    }

    let table = Table {
        description: &description,
        bytes,
        docs: docs.len(),
        cores,
        single: &figures[0],
        all: &figures[1],
    };
    print!("{}", table.render());

    if !args.no_record {
        let row = table.csv_row(repeat);
        append_record(&args.record, &row)
            .with_context(|| format!("appending to {}", args.record.display()))?;
        eprintln!(
            "sayso bench: appended a record to {}",
            args.record.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Best time per stage, in [`STAGES`] order.
type StageTimes = [Duration; 5];

/// Times every stage `repeat` times in the current rayon pool; keeps the best of each.
fn measure(
    files: &[PathBuf],
    docs: &[SourceDoc],
    attributor: &Attributor,
    repeat: usize,
) -> StageTimes {
    let mut best = [Duration::MAX; 5];
    let tokenized: Vec<Document<'_>> = docs
        .par_iter()
        .map(|d| attributor.tokenizer().tokenize(&d.text))
        .collect();
    let attributed: Vec<Vec<Attribution>> = tokenized
        .par_iter()
        .map(|d| attributor.attribute_document(d))
        .collect();
    for _ in 0..repeat {
        let runs: [Box<dyn Fn()>; 5] = [
            Box::new(|| {
                black_box(read_files(files));
            }),
            Box::new(|| {
                docs.par_iter().for_each(|d| {
                    black_box(attributor.tokenizer().tokenize(&d.text));
                })
            }),
            Box::new(|| {
                tokenized.par_iter().for_each(|d| {
                    black_box(attributor.attribute_document(d));
                })
            }),
            Box::new(|| {
                docs.par_iter().zip(&attributed).for_each(|(d, a)| {
                    black_box(to_jsonl(d, a));
                })
            }),
            Box::new(|| {
                let out: Vec<Vec<u8>> = read_files(files)
                    .par_iter()
                    .map(|d| to_jsonl(d, &attributor.attribute(&d.text)))
                    .collect();
                black_box(out);
            }),
        ];
        for (slot, f) in best.iter_mut().zip(&runs) {
            let t = Instant::now();
            f();
            *slot = (*slot).min(t.elapsed());
        }
    }
    best
}

/// Reads every file, one `read_documents` call per file so the pool can spread them.
fn read_files(files: &[PathBuf]) -> Vec<SourceDoc> {
    files
        .par_iter()
        .flat_map_iter(|f| read_documents(std::slice::from_ref(f), InputFormat::Auto))
        .filter_map(Result::ok)
        .collect()
}

/// One document's attributions as JSON Lines in memory, as `sayso extract` writes them.
fn to_jsonl(doc: &SourceDoc, attributions: &[Attribution]) -> Vec<u8> {
    let mut out = Vec::new();
    for a in attributions {
        RecordRef::new(&doc.id, &doc.text, a).write_json(&mut out);
        out.push(b'\n');
    }
    out
}

/// Directories become their files (recursively, `*.txt` and `*.jsonl`, sorted); files stay.
fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        expand_into(p, &mut out);
    }
    out
}

fn expand_into(p: &Path, out: &mut Vec<PathBuf>) {
    if !p.is_dir() {
        out.push(p.to_path_buf());
        return;
    }
    let mut entries: Vec<PathBuf> = match fs::read_dir(p) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => {
            // Let read_documents report the unreadable directory.
            out.push(p.to_path_buf());
            return;
        }
    };
    entries.sort();
    for e in entries {
        if e.is_dir() || e.extension().is_some_and(|x| x == "txt" || x == "jsonl") {
            expand_into(&e, out);
        }
    }
}

/// The bundled corpus (`corpus/text` of the repository this is run in, or was built from) and
/// PolNeAR train when `../shared/datasets/polnear-v1.0.0` sits beside it.
fn default_corpus() -> anyhow::Result<(Vec<PathBuf>, String)> {
    let Some(root) = repo_root() else {
        bail!("no corpus given and no corpus/text found above the current directory; pass CORPUS");
    };
    let mut files = expand(&[root.join("corpus").join("text")]);
    let mut description = format!("bundled corpus ({} files)", files.len());
    let polnear = root.join("../shared/datasets/polnear-v1.0.0/data/train/text");
    if polnear.is_dir() {
        let train = expand(&[polnear]);
        let _ = write!(
            description,
            " + polnear-v1.0.0 train ({} files)",
            train.len()
        );
        files.extend(train);
    }
    Ok((files, description))
}

/// The nearest ancestor of the current directory holding `corpus/text`, else the repository the
/// binary was built from.
fn repo_root() -> Option<PathBuf> {
    let has_corpus = |d: &Path| d.join("corpus").join("text").is_dir();
    if let Ok(cwd) = std::env::current_dir() {
        if let Some(d) = cwd.ancestors().find(|d| has_corpus(d)) {
            return Some(d.to_path_buf());
        }
    }
    let built = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    has_corpus(&built).then_some(built)
}

struct Table<'a> {
    description: &'a str,
    bytes: u64,
    docs: usize,
    cores: usize,
    single: &'a StageTimes,
    all: &'a StageTimes,
}

impl Table<'_> {
    fn mbps(&self, t: Duration) -> f64 {
        self.bytes as f64 / 1e6 / t.as_secs_f64().max(1e-9)
    }

    fn docs_per_s(&self, t: Duration) -> f64 {
        self.docs as f64 / t.as_secs_f64().max(1e-9)
    }

    fn render(&self) -> String {
        let n = self.cores;
        let mut s = String::new();
        let _ = writeln!(s, "corpus: {}", self.description);
        let _ = writeln!(
            s,
            "{} docs, {} bytes ({:.2} MB); MB/s = 10^6 bytes of text per second",
            self.docs,
            self.bytes,
            self.bytes as f64 / 1e6
        );
        let _ = writeln!(
            s,
            "{:<12} {:>12} {:>12} {:>12} {:>12}",
            "stage",
            "MB/s (1)",
            "docs/s (1)",
            format!("MB/s ({n})"),
            format!("docs/s ({n})")
        );
        for (i, stage) in STAGES.iter().enumerate() {
            let _ = writeln!(
                s,
                "{:<12} {:>12.2} {:>12.1} {:>12.2} {:>12.1}",
                stage,
                self.mbps(self.single[i]),
                self.docs_per_s(self.single[i]),
                self.mbps(self.all[i]),
                self.docs_per_s(self.all[i]),
            );
        }
        s
    }

    fn csv_row(&self, repeat: usize) -> Vec<String> {
        let mut row = vec![
            utc_now(),
            hostname(),
            cpu_model(),
            self.cores.to_string(),
            commit(),
            self.description.to_string(),
            self.bytes.to_string(),
            self.docs.to_string(),
            repeat.to_string(),
            self.cores.to_string(),
        ];
        for i in 0..STAGES.len() {
            row.push(format!("{:.3}", self.mbps(self.single[i])));
            row.push(format!("{:.3}", self.mbps(self.all[i])));
        }
        let e2e = STAGES.len() - 1;
        row.push(format!("{:.1}", self.docs_per_s(self.single[e2e])));
        row.push(format!("{:.1}", self.docs_per_s(self.all[e2e])));
        row
    }
}

/// Appends `row` to the CSV file at `path`, writing the header first when the file is new or
/// empty. A file with another header is left alone (an error), so columns never shift.
fn append_record(path: &Path, row: &[String]) -> anyhow::Result<()> {
    let header = csv_header();
    let existing = match fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e.into()),
    };
    let mut out = csv::WriterBuilder::new().from_writer(Vec::new());
    if existing.trim().is_empty() {
        out.write_record(&header)?;
    } else {
        let first = existing.lines().next().unwrap_or("");
        if first != header.join(",") {
            bail!("its header differs from this version's; move the file aside to start a new one");
        }
    }
    out.write_record(row)?;
    let bytes = out.into_inner().context("formatting the record")?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir)?;
    }
    let mut f = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    if !existing.is_empty() && !existing.ends_with('\n') {
        f.write_all(b"\n")?;
    }
    f.write_all(&bytes)?;
    Ok(())
}

/// Now, in UTC, as `2024-02-16T09:30:00Z`.
fn utc_now() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (days, rem) = (secs / 86_400, secs % 86_400);
    let (y, m, d) = civil_from_days(days as i64);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian calendar
/// (Howard Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

fn hostname() -> String {
    fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| fs::read_to_string("/etc/hostname"))
        .map(|s| s.trim().to_string())
        .ok()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "unknown".into())
}

fn cpu_model() -> String {
    fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into())
}

/// `git rev-parse --short HEAD`, with `-dirty` when tracked files differ from it (the binary may
/// then not be that commit), or `unknown` outside a repository.
fn commit() -> String {
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .map(|s| s.trim().to_string())
    };
    match git(&["rev-parse", "--short", "HEAD"]).filter(|s| !s.is_empty()) {
        None => "unknown".into(),
        Some(hash) => match git(&["status", "--porcelain", "--untracked-files=no"]) {
            Some(changes) if !changes.is_empty() => format!("{hash}-dirty"),
            _ => hash,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_769), (2024, 2, 16));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }

    #[test]
    fn header_and_row_have_the_same_width() {
        let t = [Duration::from_millis(10); 5];
        let table = Table {
            description: "x, with a comma",
            bytes: 1_000_000,
            docs: 4,
            cores: 2,
            single: &t,
            all: &t,
        };
        let row = table.csv_row(3);
        assert_eq!(row.len(), csv_header().len());
        assert_eq!(
            row[12], "100.000",
            "tokenize MB/s on 1 thread: 1 MB in 10 ms"
        );
    }

    #[test]
    fn a_foreign_header_is_refused() {
        let dir = std::env::temp_dir().join(format!("sayso-bench-unit-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("other.csv");
        fs::write(&path, "a,b,c\n1,2,3\n").unwrap();
        assert!(append_record(&path, &["x".into()]).is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "a,b,c\n1,2,3\n");
        let _ = fs::remove_dir_all(&dir);
    }
}
