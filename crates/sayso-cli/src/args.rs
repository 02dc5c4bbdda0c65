//! Command-line arguments (clap derive). One struct per subcommand, shared flags in [`RuleArgs`].

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Finds the quotations in news text and says who said them.
#[derive(Debug, Parser)]
#[command(name = "sayso", version, about)]
pub struct Cli {
    /// The subcommand.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract quotations and speakers as JSON Lines (or CSV).
    Extract(ExtractArgs),
    /// Score extraction against gold labels (the bundled corpus by default, or PolNeAR).
    Eval(EvalArgs),
    /// List the sieve cascade in order.
    Sieves(SievesArgs),
    /// Measure whole-corpus throughput and append a record to benches/record/.
    Bench(BenchArgs),
    /// Render documents and their attributions as one self-contained HTML file.
    Render(RenderArgs),
}

/// Rule selection and lexicon flags shared by every subcommand that runs the cascade.
#[derive(Debug, Clone, Default, Args)]
pub struct RuleArgs {
    /// Run only these sieves (comma-separated names, see `sayso sieves`).
    #[arg(long, value_delimiter = ',', global = false)]
    pub only: Vec<String>,
    /// Skip these sieves (comma-separated names).
    #[arg(long, value_delimiter = ',')]
    pub skip: Vec<String>,
    /// A directory of lexicon files extending the embedded ones (speech_verbs.txt, …).
    #[arg(long, value_name = "DIR")]
    pub lexicon: Option<PathBuf>,
    /// The quotation marks to recognise: english (“” "" «» and single ‘’ ''), german („“ »«),
    /// french («» ‹›), cjk (「」 『』), several joined by `+` (english+german), or pairs
    /// written out ("«» ‹›"; one character for a straight mark). Double marks delimit
    /// quotations, and single ones too in a text that quotes British-style. Default: english.
    #[arg(long, value_name = "MARKS")]
    pub marks: Option<String>,
    /// Also report the quotations nested in a quotation and reported there by a speech verb
    /// (“He told me, ‘Never give up,’ and I did”), each with its own speaker (sieve
    /// `nested-speech`). Off by default: PolNeAR's annotators fold them into the outer one.
    #[arg(long)]
    pub nested: bool,
}

/// `sayso extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files (.txt or .jsonl), directories (searched for *.txt), or `-` for stdin.
    pub paths: Vec<PathBuf>,
    /// How to read the input: by extension (auto), plain text, or JSON Lines of {"id", "text"}.
    #[arg(long, value_enum, default_value = "auto")]
    pub input: InputFormat,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: OutputFormat,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long)]
    pub threads: Option<usize>,
    /// Print a final summary (documents, quotations, bytes, seconds, MB/s) to stderr.
    #[arg(long)]
    pub stats: bool,
    /// Write error records (JSON Lines) for documents that could not be processed to FILE.
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,
    /// Replace invalid UTF-8 with U+FFFD instead of failing the document.
    #[arg(long)]
    pub lossy: bool,
    /// Skip (with an error record) any document larger than this many bytes.
    #[arg(long, default_value_t = 256 * 1024 * 1024)]
    pub max_bytes: usize,
    /// Rule selection and lexicon.
    #[command(flatten)]
    pub rules: RuleArgs,
}

/// Input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// By extension: .jsonl is JSON Lines, anything else plain text.
    Auto,
    /// Plain UTF-8 text, one document per file.
    Text,
    /// JSON Lines of {"id": ..., "text": ...}.
    Jsonl,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// One JSON record per quotation.
    Jsonl,
    /// The same fields flattened, one row per quotation.
    Csv,
}

/// `sayso eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Corpus directories or text files with gold (default: the bundled corpus/).
    pub corpus: Vec<PathBuf>,
    /// A gold JSON Lines file (default: the gold/ directory beside the texts).
    #[arg(long, value_name = "FILE")]
    pub gold: Option<PathBuf>,
    /// Score a PolNeAR split directory (holding text/ and attributions/).
    #[arg(long, value_name = "DIR")]
    pub polnear: Option<PathBuf>,
    /// Score these predictions (JSON Lines from `sayso extract`) instead of extracting.
    #[arg(long, value_name = "FILE")]
    pub predictions: Option<PathBuf>,
    /// With --polnear: also score speaker names against this hand-labelled canonical-speaker
    /// file (e.g. tests/canonical/polnear-dev.jsonl).
    #[arg(long, value_name = "FILE", requires = "polnear")]
    pub canonical: Option<PathBuf>,
    /// List each miss, spurious quotation and wrong speaker with its snippet.
    #[arg(long)]
    pub errors: bool,
    /// Print the figures as JSON instead of tables.
    #[arg(long)]
    pub json: bool,
    /// Also write an HTML report with gold beside prediction.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long)]
    pub threads: Option<usize>,
    /// Rule selection and lexicon.
    #[command(flatten)]
    pub rules: RuleArgs,
}

/// `sayso sieves`.
#[derive(Debug, Args)]
pub struct SievesArgs {
    /// Rule selection and lexicon.
    #[command(flatten)]
    pub rules: RuleArgs,
}

/// `sayso bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Corpus: files or directories of .txt, or .jsonl (default: the bundled corpus, and PolNeAR
    /// train when ../shared/datasets/polnear-v1.0.0 is present).
    pub corpus: Vec<PathBuf>,
    /// Where to append the CSV record.
    #[arg(long, default_value = "benches/record/bench.csv")]
    pub record: PathBuf,
    /// Do not append a record.
    #[arg(long)]
    pub no_record: bool,
    /// Repetitions per measurement (the best is kept).
    #[arg(long, default_value_t = 3)]
    pub repeat: usize,
}

/// `sayso render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// Files (.txt or .jsonl) or directories of *.txt.
    pub paths: Vec<PathBuf>,
    /// The HTML file to write.
    #[arg(short = 'o', long, default_value = "report.html")]
    pub output: PathBuf,
    /// Rule selection and lexicon.
    #[command(flatten)]
    pub rules: RuleArgs,
}
