//! Ranking and query semantics, on the built-in ladder and small ladders written here.

use std::path::Path;

use super::*;
use crate::content::{Ladder, builtin, parse_ladder};

fn ladder(toml: &str) -> Vec<Ladder> {
    match parse_ladder(Path::new("test.toml"), toml.as_bytes()) {
        Ok(ladder) => vec![ladder],
        Err(problems) => panic!("test ladder is invalid: {problems:?}"),
    }
}

/// The texts of every hit for `query`, best first.
fn texts<'l>(ladders: &'l [Ladder], query: &str) -> Vec<&'l str> {
    let index = SearchIndex::build(ladders);
    search_once(&index, ladders, query)
        .into_iter()
        .map(|m| Hit::without_highlights(&index, ladders, m).text)
        .collect()
}

fn best<'l>(ladders: &'l [Ladder], query: &str) -> Option<Hit<'l>> {
    let index = SearchIndex::build(ladders);
    let mut searcher = Searcher::new();
    let first = searcher.search(&index, ladders, query).first().copied()?;
    Some(searcher.hit(&index, ladders, first))
}

const TEAM: &str = r#"
[ladder]
id = "team"
title = "Team"

[[levels]]
id = "one"
title = "One"
responsibilities = ["Plan the roadmap each quarter"]

[[levels.skills]]
id = "roadmapping-basics"
name = "Roadmapping Basics"

[[levels.skills]]
id = "coaching"
name = "Coaching"
summary = "Grow people through delegation and feedback."

[[levels]]
id = "two"
title = "Two"

[[levels.skills]]
id = "roadmapping"
name = "Roadmapping"

[[levels.skills]]
id = "delegation"
name = "Delegation"

[[levels.skills]]
id = "hiring-one"
name = "Hiring"

[[tracks]]
id = "lead"
kind = "ic"
title = "Lead"

[[tracks.skills]]
id = "hiring-two"
name = "Hiring"

[[tracks.skills]]
id = "cafe"
name = "Café Operations"

[[tracks.skills]]
id = "kanri"
name = "利害関係者の管理"
summary = "Stakeholders, in Japanese."
"#;

#[test]
fn exact_name_ranks_first() {
    let ladders = ladder(TEAM);
    assert_eq!(texts(&ladders, "roadmapping")[0], "Roadmapping");
    assert_eq!(
        texts(&ladders, "ROADMAPPING").len(),
        0,
        "capitals make a term case-sensitive"
    );
}

#[test]
fn name_match_ranks_above_summary_match() {
    let ladders = ladder(TEAM);
    let found = texts(&ladders, "delegation");
    assert_eq!(found, ["Delegation", "Coaching"]);
}

#[test]
fn ties_keep_ladder_order() {
    let ladders = ladder(TEAM);
    let index = SearchIndex::build(&ladders);
    let hits: Vec<_> = search_once(&index, &ladders, "hiring")
        .into_iter()
        .map(|m| Hit::without_highlights(&index, &ladders, m))
        .collect();
    let ids: Vec<_> = hits.iter().map(|hit| hit.skill_id).collect();
    assert_eq!(ids, [Some("hiring-one"), Some("hiring-two")]);
    assert_eq!(hits[0].score, hits[1].score);
}

#[test]
fn terms_match_in_any_order() {
    let ladders = builtin().expect("built-in ladder");
    let forward = texts(&ladders, "stakeholder management");
    let backward = texts(&ladders, "management stakeholder");
    assert_eq!(forward[0], "Stakeholder Management");
    assert_eq!(forward, backward);
    assert!(texts(&ladders, "stakeholder xylophone").is_empty());
}

#[test]
fn dropped_letter_still_matches() {
    let ladders = builtin().expect("built-in ladder");
    let hit = best(&ladders, "stakholder").expect("a match");
    assert_eq!(hit.text, "Stakeholder Management");
    assert_eq!(hit.kind, HitKind::Skill);
    assert_eq!(hit.skill_id, Some("stakeholder-management"));
    let Owner::Level(level) = hit.owner else {
        panic!("a level skill, got {:?}", hit.owner);
    };
    assert_eq!(
        ladders[0].levels[level].skills[hit.item].id,
        "stakeholder-management"
    );
    // "stakholder" is s-t-a-k-(e)-h-o-l-d-e-r of "Stakeholder": ten of its characters.
    assert_eq!(hit.text_positions, [0, 1, 2, 3, 5, 6, 7, 8, 9, 10]);
}

#[test]
fn cjk_query_matches_with_char_positions() {
    let ladders = ladder(TEAM);
    let hit = best(&ladders, "管理").expect("a match");
    assert_eq!(hit.text, "利害関係者の管理");
    assert_eq!(hit.text_positions, [6, 7], "char indices, not byte offsets");
    assert!(best(&ladders, "管理x").is_none());
}

#[test]
fn accents_are_optional_unless_typed() {
    let ladders = ladder(TEAM);
    assert_eq!(texts(&ladders, "cafe ops"), ["Café Operations"]);
    assert_eq!(texts(&ladders, "café"), ["Café Operations"]);
    let hit = best(&ladders, "cafe").expect("a match");
    assert_eq!(hit.text_positions, [0, 1, 2, 3], "é is one char");
}

#[test]
fn summary_match_highlights_the_summary() {
    let ladders = ladder(TEAM);
    let hit = best(&ladders, "feedback").expect("a match");
    assert_eq!(hit.text, "Coaching");
    assert_eq!(hit.tier, Tier::Other);
    assert!(hit.text_positions.is_empty());
    let summary = hit.detail.expect("a summary");
    let start = summary.find("feedback").expect("the word is there"); // ASCII: bytes = chars
    assert_eq!(hit.detail_positions, (start..start + 8).collect::<Vec<_>>());
}

#[test]
fn lines_of_every_kind_are_found() {
    let ladders = builtin().expect("built-in ladder");
    let index = SearchIndex::build(&ladders);
    let kinds: std::collections::HashSet<HitKind> = search_once(&index, &ladders, "")
        .into_iter()
        .map(|m| Hit::without_highlights(&index, &ladders, m).kind)
        .collect();
    for kind in [
        HitKind::Ladder,
        HitKind::Level,
        HitKind::Alias,
        HitKind::Track,
        HitKind::Title,
        HitKind::Skill,
        HitKind::Summary,
        HitKind::Change,
        HitKind::Responsibility,
        HitKind::Success,
        HitKind::Note,
        HitKind::Difference,
        HitKind::Principle,
    ] {
        assert!(
            kinds.contains(&kind),
            "no {kind:?} in the built-in ladder's index"
        );
    }
}

#[test]
fn empty_query_matches_everything_in_ladder_order() {
    let ladders = builtin().expect("built-in ladder");
    let index = SearchIndex::build(&ladders);
    for query in ["", "   "] {
        let found = search_once(&index, &ladders, query);
        assert_eq!(found.len(), index.len());
        assert!(found.windows(2).all(|pair| pair[0].entry < pair[1].entry));
    }
}

#[test]
fn ten_thousand_character_query_returns() {
    let ladders = builtin().expect("built-in ladder");
    let index = SearchIndex::build(&ladders);
    let words = "stakeholder management roadmap 管理 ";
    let long: String = words.chars().cycle().take(10_000).collect();
    let one_word: String = "s".repeat(10_000);
    let mixed: String = (0..10_000)
        .map(|i| char::from(b'a' + (i * 7 % 26) as u8))
        .collect();
    for query in [&long, &one_word, &mixed] {
        assert_eq!(query.chars().count(), 10_000);
        let found = search_once(&index, &ladders, query);
        assert!(found.len() < index.len(), "a 10,000-char query narrows");
    }
}

#[test]
fn typing_narrows_to_the_same_results_as_a_fresh_search() {
    let ladders = builtin().expect("built-in ladder");
    let index = SearchIndex::build(&ladders);
    let mut searcher = Searcher::new();
    // Typed letter by letter, with a Backspace and a second term, then cleared.
    let typed = [
        "",
        "s",
        "st",
        "sta",
        "stak",
        "stakh",
        "stak",
        "stake",
        "stake ",
        "stake m",
        "stake mA",
        "stake m",
        "stake  m",
        "stake m stake",
        "stake m stak",
        "stake m stakx",
        "",
        "Road",
        "roadm",
        "roadm ",
        "roadm ro",
        "roadm ro r",
        "roadm ro ro",
    ];
    for query in typed {
        let incremental = searcher.search(&index, &ladders, query).to_vec();
        assert_eq!(
            incremental,
            search_once(&index, &ladders, query),
            "query {query:?}"
        );
        assert_eq!(searcher.query(), query);
    }
}

#[test]
fn an_index_entry_stays_twelve_bytes() {
    // 100,000 skills keep 1.2 MB of entries; peak memory is measured against fzf's.
    assert_eq!(std::mem::size_of::<super::entry::Entry>(), 12);
}
