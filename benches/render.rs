//! Drawing and the TUI's own path: one frame at 120x36 (browse; search over 100,000 skills;
//! the matrix view of 2,000 competencies x 10 levels),
//! the first frame from start (load the built-in ladder and the (not yet written) progress file, build the
//! app, draw; target 20 ms), and a search keystroke through `App::update` over 100,000 skills
//! (target: within a 16 ms frame).

mod common;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rungs::content::{builtin, load_paths_with};
use rungs::progress::ProgressStore;
use rungs::tui::app::{App, Intent};
use rungs::tui::ui;

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(120, 36)).expect("TestBackend never fails")
}

/// Draws one full frame: clearing first makes every frame paint every cell, as the first
/// frame and a resize do, rather than measure a diff against an identical screen.
fn draw(terminal: &mut Terminal<TestBackend>, app: &mut App) {
    terminal.clear().expect("TestBackend never fails");
    rungs::tui::draw(terminal, app).expect("TestBackend never fails");
}

/// The time every key is pressed at (the benches never save, so any time will do).
const NOW: Timestamp = Timestamp::UNIX_EPOCH;

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Intent::SearchType(c), NOW);
    }
}

fn render(c: &mut Criterion) {
    let mut group = c.benchmark_group("render-120x36");
    let mut browse = App::new(builtin().expect("built-in ladder"), false).expect("an app");
    browse.update(Intent::Down, NOW);
    browse.update(Intent::Down, NOW);
    let mut term = terminal();
    group.bench_function("browse (built-in ladder)", |b| {
        b.iter(|| draw(&mut term, &mut browse))
    });

    let mut search = App::new(builtin().expect("built-in ladder"), false).expect("an app");
    search.update(Intent::OpenSearch, NOW);
    typed(&mut search, "stake");
    group.bench_function("search 'stake' (built-in ladder)", |b| {
        b.iter(|| draw(&mut term, &mut search))
    });

    let paths = [common::big_ladder()];
    let big = load_paths_with(&paths, Some(&common::bench_cache())).expect("valid ladder");
    let mut big_search = App::new(big, false).expect("an app");
    big_search.update(Intent::OpenSearch, NOW);
    typed(&mut big_search, "stake");
    group.bench_function("search 'stake' (100k skills)", |b| {
        b.iter(|| draw(&mut term, &mut big_search))
    });

    // The matrix view of 2,000 competencies x 10 levels, moved into the middle and to the
    // last column (target: within a 16 ms frame).
    let matrix =
        load_paths_with(&[common::big_matrix()], Some(&common::bench_cache())).expect("valid matrix");
    let mut big_matrix = App::new(matrix, false).expect("an app");
    big_matrix.update(Intent::OpenMatrix, NOW);
    draw(&mut term, &mut big_matrix);
    for _ in 0..1000 {
        big_matrix.update(Intent::Down, NOW);
    }
    for _ in 0..9 {
        big_matrix.update(Intent::LaterLevel, NOW);
    }
    group.bench_function("matrix (2,000 competencies x 10 levels)", |b| {
        b.iter(|| draw(&mut term, &mut big_matrix))
    });
    group.bench_function("matrix keystroke + frame (2,000 competencies)", |b| {
        b.iter(|| {
            big_matrix.update(Intent::Down, NOW);
            draw(&mut term, &mut big_matrix);
            big_matrix.update(Intent::Up, NOW);
            draw(&mut term, &mut big_matrix);
        })
    });
    group.finish();

    // Start-up as `rungs` does it, up to the first frame on screen (here, in memory).
    let dir = tempfile::tempdir().expect("temp dir");
    // No progress file yet, as on a first start (an empty file is not valid progress).
    let progress_file = dir.path().join("progress.toml");
    c.bench_function("first frame (built-in ladder, no progress yet)", |b| {
        b.iter(|| {
            let progress = ProgressStore::new(&progress_file)
                .load()
                .expect("a missing progress file loads as empty");
            let app = App::new(builtin().expect("built-in ladder"), false)
                .expect("an app")
                .with_progress(progress);
            let mut term = terminal();
            term.draw(|frame| {
                black_box(ui::draw(&app, frame));
            })
            .expect("TestBackend never fails");
        })
    });

    // A keystroke in the prompt over 100,000 skills, as the loop sends it: `App::update`,
    // then the frame that shows it.
    let mut keys = c.benchmark_group("search-keystroke-100k");
    keys.sample_size(20);
    big_search.update(Intent::SearchClear, NOW);
    // The worst keystroke is the first letter, scoring and ranking every entry; measured
    // with the Backspace that undoes it (both together).
    keys.bench_function("App::update, first letter 's' and Bksp", |b| {
        b.iter(|| {
            big_search.update(Intent::SearchType('s'), NOW);
            big_search.update(Intent::SearchBackspace, NOW);
        })
    });
    let query = "stakeholder";
    // Per run: type the query, then Ctrl-u (back to everything); mean per keystroke.
    keys.throughput(Throughput::Elements(query.len() as u64 + 1));
    keys.bench_function("App::update, typing 'stakeholder' then C-u", |b| {
        b.iter(|| {
            typed(&mut big_search, query);
            big_search.update(Intent::SearchClear, NOW);
        })
    });
    keys.bench_function("App::update + frame, typing 'stakeholder' then C-u", |b| {
        b.iter(|| {
            for c in query.chars() {
                big_search.update(Intent::SearchType(c), NOW);
                draw(&mut term, &mut big_search);
            }
            big_search.update(Intent::SearchClear, NOW);
            draw(&mut term, &mut big_search);
        })
    });
    keys.finish();
}

criterion_group!(benches, render);
criterion_main!(benches);
