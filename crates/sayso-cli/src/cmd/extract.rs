//! `sayso extract`: documents in, one record per quotation out, in input order.
//!
//! Every document read is accounted for: it is either processed (its records, possibly none,
//! are written) or failed (an error record says where and why). Error records go to stderr as
//! `sayso: ORIGIN: REASON`, or with `--errors FILE` to FILE as JSON Lines
//! (`{"doc": id or null, "origin": "path" or "path:line", "reason": "..."}`).
//!
//! Exit codes: 0 when every document was processed; 1 when some failed (a missing input path,
//! an unreadable file, a bad JSON line… each is a failed document, and the other inputs go
//! on); 2 when the run itself failed (bad arguments, unknown sieve, output or `--errors` file
//! not writable). A closed stdout ends the run quietly with 0.
//!
//! A duplicate document id is not an error: both documents are processed, and a warning naming
//! the second is printed to stderr. (Detection keeps a 64-bit hash per id, 8 bytes a document.)

use std::collections::HashSet;
use std::fs::File;
use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
use std::io::{self, BufWriter, IsTerminal, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use indicatif::{ProgressBar, ProgressStyle};
use sayso_attribution::{Attribution, Attributor};

use crate::args::{ExtractArgs, InputFormat};
use crate::input::{DocError, Documents, ReadOptions, SourceDoc};
use crate::output::{RecordWriter, write_json_line};
use crate::pipeline::{Limits, run_ordered, thread_pool};
use crate::report::RecordRef;
use crate::rules::build_attributor;

/// Runs `sayso extract`.
pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let attributor = build_attributor(&args.rules)?;
    let pool = thread_pool(args.threads).context("starting worker threads")?;
    let mut failures = Failures::new(args.errors.as_deref())?;
    let stdout = BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    let mut writer = RecordWriter::new(stdout, args.format).context("writing output")?;
    let progress = progress_bar(&args.paths, args.input);
    failures.progress = progress.clone();

    let options = ReadOptions {
        format: args.input,
        lossy: args.lossy,
        max_bytes: args.max_bytes,
    };
    let documents = Documents::new(args.paths.clone(), options);
    let limits = Limits::for_threads(pool.current_num_threads());
    let weight = |d: &Result<SourceDoc, DocError>| d.as_ref().map_or(0, |d| d.text.len());
    let work = |d: Result<SourceDoc, DocError>| extract(&attributor, d);

    let started = Instant::now();
    let mut stats = Stats::default();
    let mut ids = HashSet::<u64, BuildHasherDefault<IdHasher>>::default();
    let hashes = std::hash::BuildHasherDefault::<DefaultHasher>::default();
    run_ordered(&pool, documents, limits, weight, work, |outcome| {
        stats.read += 1;
        match outcome {
            Outcome::Processed {
                id,
                origin,
                text,
                attributions,
            } => {
                let bytes = text.len();
                stats.processed += 1;
                stats.bytes += bytes as u64;
                stats.quotations += attributions.len() as u64;
                for a in &attributions {
                    writer
                        .write(&RecordRef::new(&id, &text, a))
                        .context("writing output")?;
                }
                if !ids.insert(hashes.hash_one(&id)) {
                    progress.suspend(|| {
                        let _ = writeln!(
                            io::stderr(),
                            "sayso: warning: {origin}: duplicate id {id:?} (processed anyway)"
                        );
                    });
                }
                progress.inc(bytes as u64);
            }
            Outcome::Failed(e) => {
                stats.failed += 1;
                failures.report(&e)?;
            }
        }
        progress.set_message(format!("{} docs", stats.read));
        Ok::<(), anyhow::Error>(())
    })?;
    writer.flush().context("writing output")?;
    failures.finish(stats.failed)?;
    progress.finish_and_clear();
    stats.elapsed = started.elapsed();
    if args.stats {
        let _ = writeln!(io::stderr(), "{stats}");
    }
    Ok(if stats.failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// What became of one document.
enum Outcome {
    /// Its records are written from the text and the attributions, borrowed (not copied).
    Processed {
        id: String,
        origin: String,
        text: String,
        attributions: Vec<Attribution>,
    },
    Failed(DocError),
}

/// Attributes one document. A panic in the libraries (a bug) fails that document only.
fn extract(attributor: &Attributor, doc: Result<SourceDoc, DocError>) -> Outcome {
    let doc = match doc {
        Ok(doc) => doc,
        Err(e) => return Outcome::Failed(e),
    };
    let attributions = catch_unwind(AssertUnwindSafe(|| attributor.attribute(&doc.text)));
    match attributions {
        Ok(attributions) => Outcome::Processed {
            id: doc.id,
            origin: doc.origin,
            text: doc.text,
            attributions,
        },
        Err(_) => Outcome::Failed(DocError {
            id: Some(doc.id),
            origin: doc.origin,
            reason: "internal error while attributing (a bug in sayso; please report it)".into(),
        }),
    }
}

/// Where failed documents are reported: stderr lines, or JSON Lines in `--errors FILE`.
struct Failures {
    file: Option<(PathBuf, BufWriter<File>)>,
    progress: ProgressBar,
}

impl Failures {
    fn new(path: Option<&Path>) -> anyhow::Result<Failures> {
        let file = match path {
            None => None,
            Some(p) => {
                let f = File::create(p)
                    .with_context(|| format!("creating error file {}", p.display()))?;
                Some((p.to_path_buf(), BufWriter::new(f)))
            }
        };
        Ok(Failures {
            file,
            progress: ProgressBar::hidden(),
        })
    }

    fn report(&mut self, e: &DocError) -> anyhow::Result<()> {
        match &mut self.file {
            Some((path, w)) => write_json_line(w, e)
                .with_context(|| format!("writing error file {}", path.display())),
            None => {
                // A closed stderr must not stop the run (`eprintln!` would panic).
                self.progress.suspend(|| {
                    let _ = writeln!(io::stderr(), "sayso: {e}");
                });
                Ok(())
            }
        }
    }

    fn finish(&mut self, failed: u64) -> anyhow::Result<()> {
        if let Some((path, w)) = &mut self.file {
            w.flush()
                .with_context(|| format!("writing error file {}", path.display()))?;
            if failed > 0 {
                self.progress.suspend(|| {
                    let _ = writeln!(
                        io::stderr(),
                        "sayso: {failed} document(s) failed; error records in {}",
                        path.display()
                    );
                });
            }
        }
        Ok(())
    }
}

/// The `--stats` summary. `read == processed + failed` always.
#[derive(Default)]
struct Stats {
    read: u64,
    processed: u64,
    failed: u64,
    quotations: u64,
    bytes: u64,
    elapsed: Duration,
}

impl std::fmt::Display for Stats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let seconds = self.elapsed.as_secs_f64();
        let mbps = if seconds > 0.0 {
            self.bytes as f64 / 1e6 / seconds
        } else {
            0.0
        };
        write!(
            f,
            "sayso: stats: read={} processed={} failed={} quotations={} bytes={} seconds={:.3} MB/s={:.2}",
            self.read, self.processed, self.failed, self.quotations, self.bytes, seconds, mbps
        )
    }
}

/// A progress bar on stderr when it is a terminal, hidden otherwise. Its position counts the
/// bytes processed; its length is known (and an ETA shown) when every input is a text file.
fn progress_bar(paths: &[PathBuf], format: InputFormat) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let total = known_total(paths, format);
    let (bar, template) = match total {
        Some(n) => (
            ProgressBar::new(n),
            "{spinner} {msg} {decimal_bytes}/{decimal_total_bytes} {decimal_bytes_per_sec} [{elapsed}, ETA {eta}]",
        ),
        None => (
            ProgressBar::no_length(),
            "{spinner} {msg} {decimal_bytes} {decimal_bytes_per_sec} [{elapsed}]",
        ),
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// The total bytes to read, when every path is a plain text file.
fn known_total(paths: &[PathBuf], format: InputFormat) -> Option<u64> {
    if paths.is_empty() || format == InputFormat::Jsonl {
        return None;
    }
    paths.iter().try_fold(0u64, |sum, p| {
        let meta = std::fs::metadata(p).ok()?;
        let jsonl = format == InputFormat::Auto && p.extension().is_some_and(|x| x == "jsonl");
        (meta.is_file() && !jsonl).then(|| sum + meta.len())
    })
}

/// Ids are hashed once with SipHash; the set then uses that hash as is.
#[derive(Default)]
struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}
