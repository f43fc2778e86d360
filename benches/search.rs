//! Searching 100,000 skills as the TUI does: one keystroke at a time through the incremental
//! `Searcher`. Target: every keystroke within one frame (16 ms).

mod common;

use std::hint::black_box;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use rungs::content::load_paths_with;
use rungs::search::{SearchIndex, Searcher, search_once};

fn search(c: &mut Criterion) {
    let paths = [common::big_ladder()];
    let ladders = load_paths_with(&paths, Some(&common::bench_cache())).expect("valid ladder");
    let index = SearchIndex::build(&ladders);

    let mut group = c.benchmark_group("search-100k");
    group.sample_size(20);
    // The worst keystroke: the first letter, over every entry, nearly all of which match.
    group.bench_function("first keystroke 's'", |b| {
        b.iter(|| search_once(&index, &ladders, black_box("s")).len())
    });
    group.bench_function("whole query 'stakeholder management'", |b| {
        b.iter(|| search_once(&index, &ladders, black_box("stakeholder management")).len())
    });

    // Typing letter by letter: criterion reports the whole sequence; its throughput line
    // (keystrokes per second) gives the mean per keystroke.
    for query in ["stakeholder management", "data strategy", "zqx"] {
        let prefixes: Vec<&str> = (1..=query.len()).map(|end| &query[..end]).collect();
        group.throughput(Throughput::Elements(prefixes.len() as u64));
        let name = format!("typing '{query}' ({} keystrokes)", prefixes.len());
        group.bench_function(name, |b| {
            b.iter_batched(
                Searcher::new,
                |mut searcher| {
                    for prefix in &prefixes {
                        black_box(searcher.search(&index, &ladders, prefix).len());
                    }
                },
                BatchSize::SmallInput,
            )
        });
    }
    // Backspace returns to a remembered step rather than searching again.
    group.throughput(Throughput::Elements(1));
    group.bench_function("backspace", |b| {
        b.iter_batched(
            || {
                let mut searcher = Searcher::new();
                for prefix in ["s", "st", "sta", "stak"] {
                    searcher.search(&index, &ladders, prefix);
                }
                searcher
            },
            |mut searcher| black_box(searcher.search(&index, &ladders, "sta").len()),
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

criterion_group!(benches, search);
criterion_main!(benches);
