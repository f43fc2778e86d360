//! Loading ladders: the built-in one (TUI start-up), and 100,000 skills from TOML and from
//! the cache, phase by phase (what `rungs search` does on a big ladder).

mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use rungs::content::cache::{ContentHash, archived_ladders, read_archives};
use rungs::content::{builtin, load_paths_with, parse_ladder};
use rungs::search::SearchIndex;

fn load(c: &mut Criterion) {
    c.bench_function("load/default", |b| b.iter(|| builtin().map(black_box)));

    let file = common::big_ladder();
    let cache = common::bench_cache();
    let paths = [file.clone()];
    // Warm the cache: the first load parses and writes the entry.
    load_paths_with(&paths, Some(&cache)).expect("the big ladder is valid");
    let bytes = std::fs::read(&file).expect("read big.toml");

    let mut slow = c.benchmark_group("load-100k-toml");
    slow.sample_size(10).measurement_time(Duration::from_secs(10));
    slow.bench_function("parse+validate", |b| {
        b.iter(|| parse_ladder(&file, black_box(&bytes)).map(black_box))
    });
    // The TOML parser by itself, the floor for any loader built on it.
    let text = std::str::from_utf8(&bytes).expect("UTF-8");
    slow.bench_function("toml parser alone", |b| {
        b.iter(|| toml::de::DeTable::parse(black_box(text)).map(|t| t.get_ref().len()))
    });
    let matrix = common::matrix_ladder();
    let matrix_bytes = std::fs::read(&matrix).expect("read matrix.toml");
    slow.bench_function("matrix 2000x10 parse+validate", |b| {
        b.iter(|| parse_ladder(&matrix, black_box(&matrix_bytes)).map(black_box))
    });
    slow.finish();

    let mut group = c.benchmark_group("load-100k-cache");
    group.sample_size(20);
    group.bench_function("hash file", |b| b.iter(|| ContentHash::of_file(&file)));
    group.bench_function("read entry", |b| {
        b.iter(|| read_archives(&cache, &paths).expect("cached"))
    });
    let archives = read_archives(&cache, &paths).expect("cached");
    group.bench_function("check archive", |b| {
        b.iter(|| archived_ladders(&archives).map(|l| l.len()))
    });
    let ladders = archived_ladders(&archives).expect("intact");
    group.bench_function("build index", |b| b.iter(|| SearchIndex::build(&ladders)));
    group.bench_function("all of the above", |b| {
        b.iter(|| {
            let archives = read_archives(&cache, &paths).expect("cached");
            let ladders = archived_ladders(&archives).expect("intact");
            SearchIndex::build(&ladders).len()
        })
    });
    group.bench_function("decoded for the TUI", |b| {
        b.iter(|| load_paths_with(&paths, Some(&cache)).map(|l| l.len()))
    });
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
