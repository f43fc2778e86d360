//! `rungs search QUERY`: ranked results, one per line, or JSON for scripts; exit 1 when
//! nothing matches, as grep does. Lines start with the person's own notes and evidence that
//! match (see `search_notes.rs`); JSON holds the ladders' results only.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use serde::Serialize;

use super::Failure;
use super::search_notes;
use crate::cli::GlobalArgs;
use crate::content::ContentSource;
use crate::content::cache::{LadderCache, archived_ladders, read_archives};
use crate::progress::Progress;
use crate::search::{
    Hit, HitKind, Owner, SearchIndex, SearchableLadder, Searcher, Tier, WordMatch, without_scattered,
};
use crate::terminal_text::{Safe, json_terminal_safe};

pub fn run(global: &GlobalArgs, query: &str, json: bool, limit: Option<usize>) -> Result<ExitCode, Failure> {
    let progress = if json {
        Progress::default()
    } else {
        read_progress(global)
    };
    let search = Search {
        query,
        json,
        limit,
        progress: &progress,
    };
    let source = global.content_source();
    // Ladder files whose cache entries are intact are searched in place, undecoded: that is
    // what makes a 100,000-skill search as fast as fzf. Anything else takes the full loader.
    if let ContentSource::Paths(paths) = &source
        && let Some(cache) = LadderCache::from_env()
        && let Some(archives) = read_archives(&cache, paths)
        && let Some(ladders) = archived_ladders(&archives)
    {
        return search_and_print(&ladders, &search);
    }
    let ladders = source.load()?;
    search_and_print(&ladders, &search)
}

/// What to search for and how to print it.
struct Search<'a> {
    query: &'a str,
    json: bool,
    limit: Option<usize>,
    progress: &'a Progress,
}

/// The progress file, for its notes and evidence. One that cannot be read is reported and
/// skipped: the ladders are still searched.
fn read_progress(global: &GlobalArgs) -> Progress {
    match global.progress_store().and_then(|store| store.load()) {
        Ok(progress) => progress,
        Err(error) => {
            eprintln!("warning: your notes are not searched: {error}");
            Progress::default()
        }
    }
}

fn search_and_print<L: SearchableLadder>(ladders: &[L], search: &Search<'_>) -> Result<ExitCode, Failure> {
    let Search {
        query,
        json,
        limit,
        progress,
    } = *search;
    let limit = limit.unwrap_or(usize::MAX);
    let index = SearchIndex::build(ladders);
    let personal = search_notes::matching(progress, &index, ladders, query, limit);
    let mut searcher = Searcher::new();
    searcher.search(&index, ladders, query);
    // A note that says the word makes the ladders' scattered-letter matches noise too.
    let ranked = match personal.first() {
        Some(best) if best.word < WordMatch::Scattered => without_scattered(searcher.matches()),
        _ => searcher.matches(),
    };
    let shown = &ranked[..limit.saturating_sub(personal.len()).min(ranked.len())];
    if shown.is_empty() && personal.is_empty() {
        return Ok(ExitCode::from(1));
    }
    let mut out = BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    let written = if json {
        // Highlights cost a second match per hit, so only JSON (which reports them) pays.
        let hits: Vec<JsonHit> = shown
            .iter()
            .map(|&m| JsonHit::from(searcher.hit(&index, ladders, m)))
            .collect();
        serde_json::to_string_pretty(&hits)
            .map_err(io::Error::from)
            .and_then(|json| writeln!(out, "{}", json_terminal_safe(&json)))
    } else {
        // Resolved twice (for the column width, then to print) rather than collected: at
        // 100,000 results a Vec of hits would cost more memory than the ladder itself.
        let hits = || shown.iter().map(|&m| Hit::without_highlights(&index, ladders, m));
        search_notes::write(&mut out, &personal, KIND_WIDTH).and_then(|()| write_lines(&mut out, hits))
    };
    match written.and_then(|()| out.flush()) {
        Ok(()) => Ok(ExitCode::SUCCESS),
        // `rungs search x | head` closes the pipe early; that is not a failure.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(error) => Err(Failure::new(
            1,
            format!("cannot write to standard output: {error}"),
        )),
    }
}

/// The width of the kind column: "responsibility".
const KIND_WIDTH: usize = 14;

/// `kind  where  text`, with the first two columns padded so texts line up.
fn write_lines<'l, I>(out: &mut impl Write, hits: impl Fn() -> I) -> io::Result<()>
where
    I: Iterator<Item = Hit<'l>>,
{
    const MAX_WHERE_WIDTH: usize = 32; // longer labels overflow rather than push every line
    let where_width = hits()
        .map(|hit| hit.owner_label.chars().count())
        .max()
        .unwrap_or(0)
        .min(MAX_WHERE_WIDTH);
    for hit in hits() {
        write!(
            out,
            "{:KIND_WIDTH$}  {:where_width$}  {}",
            hit.kind.label(),
            Safe(hit.owner_label),
            Safe(hit.text)
        )?;
        // A skill found by its summary shows the summary, so the line says why it matched.
        if hit.tier == Tier::Other
            && hit.kind.is_name()
            && let Some(detail) = hit.detail
        {
            write!(out, " — {}", Safe(detail))?;
        }
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// One result as scripts see it.
#[derive(Serialize)]
struct JsonHit<'l> {
    kind: HitKind,
    ladder: &'l str,
    #[serde(rename = "where")]
    place: JsonPlace<'l>,
    /// Index within the owner's list of this kind (a skill's index in `skills`).
    item: usize,
    skill_id: Option<&'l str>,
    text: &'l str,
    positions: Vec<usize>,
    detail: Option<&'l str>,
    detail_positions: Vec<usize>,
    tier: Tier,
    score: u32,
}

#[derive(Serialize)]
struct JsonPlace<'l> {
    kind: &'static str,
    index: usize,
    id: &'l str,
    title: &'l str,
}

impl<'l> From<Hit<'l>> for JsonHit<'l> {
    fn from(hit: Hit<'l>) -> Self {
        let (kind, index) = match hit.owner {
            Owner::Ladder => ("ladder", hit.ladder),
            Owner::Level(at) => ("level", at),
            Owner::Track(at) => ("track", at),
            Owner::TrackLevel { level, .. } => ("track-level", level),
            Owner::Competency(at) | Owner::Milestone { competency: at, .. } => ("competency", at),
        };
        JsonHit {
            kind: hit.kind,
            ladder: hit.ladder_id,
            place: JsonPlace {
                kind,
                index,
                id: hit.owner_id,
                title: hit.owner_label,
            },
            item: hit.item,
            skill_id: hit.skill_id,
            text: hit.text,
            positions: hit.text_positions,
            detail: hit.detail,
            detail_positions: hit.detail_positions,
            tier: hit.tier,
            score: hit.score,
        }
    }
}
