//! Criterion benches of the sayso pipeline, one group per stage, each over every corpus present
//! (`sayso_benches::corpora`: the bundled news articles, PolNeAR train when available, and the
//! generated `repetitive` documents):
//!
//! - `tokenize`: `sayso_tokenizer::tokenize` on each document;
//! - `attribute`: `Attributor::attribute_document` on documents tokenized beforehand;
//! - `end_to_end`: `Attributor::attribute` on each text (tokenize + attribute).
//!
//! Throughput is the corpus size in bytes, so criterion reports MB/s comparable across corpora.
//! Settings are kept small (10 samples, 5 s) because the benches run on shared 2-core machines;
//! pass `-- --quick` for a smoke run.

use std::hint::black_box;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main};
use sayso_attribution::Attributor;
use sayso_benches::{Corpus, corpora};

fn configure(group: &mut BenchmarkGroup<'_, WallTime>, corpus: &Corpus) {
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .throughput(Throughput::Bytes(corpus.bytes()));
}

fn tokenize(c: &mut Criterion) {
    let mut group = c.benchmark_group("tokenize");
    for corpus in corpora() {
        configure(&mut group, &corpus);
        group.bench_function(corpus.name, |b| {
            b.iter(|| {
                for text in &corpus.docs {
                    black_box(sayso_tokenizer::tokenize(black_box(text)));
                }
            })
        });
    }
    group.finish();
}

fn attribute(c: &mut Criterion) {
    let attributor = Attributor::default();
    let mut group = c.benchmark_group("attribute");
    for corpus in corpora() {
        let docs: Vec<_> = corpus
            .docs
            .iter()
            .map(|t| attributor.tokenizer().tokenize(t))
            .collect();
        configure(&mut group, &corpus);
        group.bench_function(corpus.name, |b| {
            b.iter(|| {
                for doc in &docs {
                    black_box(attributor.attribute_document(black_box(doc)));
                }
            })
        });
    }
    group.finish();
}

fn end_to_end(c: &mut Criterion) {
    let attributor = Attributor::default();
    let mut group = c.benchmark_group("end_to_end");
    for corpus in corpora() {
        configure(&mut group, &corpus);
        group.bench_function(corpus.name, |b| {
            b.iter(|| {
                for text in &corpus.docs {
                    black_box(attributor.attribute(black_box(text)));
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, tokenize, attribute, end_to_end);
criterion_main!(benches);
