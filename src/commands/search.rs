//! `rungs search QUERY`: ranked results, one per line, or JSON for scripts; exit 1 when
//! nothing matches, as grep does.

use std::fmt::Write as _;
use std::process::ExitCode;

use serde::Serialize;

use super::{Failure, print_out};
use crate::cli::GlobalArgs;
use crate::search::{Hit, HitKind, Owner, SearchIndex, Searcher, Tier};

pub fn run(global: &GlobalArgs, query: &str, json: bool, limit: Option<usize>) -> Result<ExitCode, Failure> {
    let ladders = global.content_source().load()?;
    let index = SearchIndex::build(&ladders);
    let mut searcher = Searcher::new();
    let found = searcher.search(&index, &ladders, query).len();
    let shown = &searcher.matches()[..limit.unwrap_or(usize::MAX).min(found)];
    if shown.is_empty() {
        return Ok(ExitCode::from(1));
    }
    let text = if json {
        // Highlights cost a second match per hit, so only JSON (which reports them) pays.
        let hits: Vec<JsonHit> = shown
            .iter()
            .map(|&m| JsonHit::from(searcher.hit(&index, &ladders, m)))
            .collect();
        let mut text = serde_json::to_string_pretty(&hits)
            .map_err(|error| Failure::new(1, format!("cannot write JSON: {error}")))?;
        text.push('\n');
        text
    } else {
        let hits: Vec<Hit> = shown
            .iter()
            .map(|&m| Hit::without_highlights(&index, &ladders, m))
            .collect();
        lines(&hits)
    };
    print_out(&text)
}

/// `kind  where  text`, with the first two columns padded so texts line up.
fn lines(hits: &[Hit]) -> String {
    const KIND_WIDTH: usize = 14; // "responsibility"
    const MAX_WHERE_WIDTH: usize = 32; // longer labels overflow rather than push every line
    let where_width = hits
        .iter()
        .map(|hit| hit.owner_label.chars().count())
        .max()
        .unwrap_or(0)
        .min(MAX_WHERE_WIDTH);
    let mut out = String::with_capacity(hits.len() * 80);
    for hit in hits {
        let _ = write!(
            out,
            "{:KIND_WIDTH$}  {:where_width$}  {}",
            hit.kind.label(),
            hit.owner_label,
            hit.text
        );
        // A skill found by its summary shows the summary, so the line says why it matched.
        if hit.tier == Tier::Other
            && hit.kind.is_name()
            && let Some(detail) = hit.detail
        {
            let _ = write!(out, " — {detail}");
        }
        out.push('\n');
    }
    out
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
