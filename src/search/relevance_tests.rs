//! The relevance set: queries a product manager would type, each with the result that must
//! come first (or in the top three), over the built-in ladder. One table, one test that
//! prints its precision: top-1 for at least 90% of the queries, top-3 for all.

use super::*;
use crate::content::builtin;

/// `(query, the text that must rank, within the top N)`.
const CASES: &[(&str, &str, usize)] = &[
    // Words and phrases as shown.
    ("stakeholder", "Stakeholder Management", 1),
    ("executive communication", "Executive Communication", 1),
    ("board", "Executive Leadership & Board Readiness", 1),
    ("ambiguity", "Leading Through Ambiguity", 1),
    ("talent", "Org-Wide Talent Management", 1),
    ("narrative", "Change Management & Narrative Building", 1),
    ("business model", "Business Model Fluency", 1),
    ("systems thinking", "Systems Thinking & Portfolio Awareness", 1),
    ("portfolio", "Systems Thinking & Portfolio Awareness", 3),
    ("outcome", "Outcome Ownership", 1),
    ("impact", "Impact-Driven Prioritisation", 1),
    ("initiative", "Take Initiative & Follow-Through", 1),
    ("follow through", "Take Initiative & Follow-Through", 1),
    ("discovery", "Product Discovery Discipline", 1),
    ("product thinking", "Product Thinking", 1),
    ("curiosity", "Technical Curiosity", 1),
    ("trade-offs", "Strategic Trade-Offs at the Portfolio Level", 1),
    ("strategic visioning", "Strategic Visioning", 1),
    ("vision", "Vision-Driven Strategic Planning", 3),
    ("talent management", "Org-Wide Talent Management", 1),
    ("influence", "Build Influence", 3),
    // Prefixes, as typed so far.
    ("stake", "Stakeholder Management", 1),
    ("mentor", "Mentorship", 3),
    ("exec comm", "Executive Communication", 1),
    ("org design", "Organisational Design", 3),
    ("cross-func", "Cross-Functional Executive Collaboration", 1),
    // Other forms of the word.
    ("mentoring", "Mentorship", 1),
    ("stakeholders", "Stakeholder Management", 1),
    ("tradeoffs", "Strategic Trade-Offs at the Portfolio Level", 1),
    // Typos.
    ("stakholder", "Stakeholder Management", 1),
    ("stakeholder managment", "Stakeholder Management", 1),
    ("prduct thinking", "Product Thinking", 1),
    ("mentorshp", "Mentorship", 1),
    ("ambiguty", "Leading Through Ambiguity", 1),
    // US spellings of a UK ladder.
    ("prioritization", "Impact-Driven Prioritisation", 1),
    ("prioritisation", "Impact-Driven Prioritisation", 1),
    ("prioritize", "Impact-Driven Prioritisation", 3),
    ("organizational", "Organisational Design", 1),
    ("organization design", "Organisational Design", 1),
    // Acronyms and initials.
    ("cac", "Business Model Fluency", 1),
    ("sm", "Stakeholder Management", 1),
    ("apm", "Associate Product Manager / Product Manager", 1),
    ("gpm", "Group Product Manager / Director of Product", 1),
    ("cpo", "VP of Product / Chief Product Officer", 1),
    ("vp", "VP of Product / Chief Product Officer", 1),
    // Titles people have or want.
    ("senior pm", "Senior Product Manager", 1),
    ("lead pm", "Lead PM", 1),
    ("director", "Group Product Manager / Director of Product", 1),
    ("principal pm", "Principal PM", 1),
    ("staff pm", "Staff PM", 1),
    ("founder", "Founder", 1),
    ("program management", "Program Management", 1),
    ("business development", "Business Development", 1),
    ("user research", "User Research", 1),
];

#[test]
fn relevance_set_ranks_what_people_mean() {
    let ladders = builtin().expect("built-in ladder");
    let index = SearchIndex::build(&ladders);
    let mut first = 0;
    let mut misses = Vec::new();
    for &(query, wanted, within) in CASES {
        let found = search_once(&index, &ladders, query);
        let texts: Vec<&str> = found
            .iter()
            .take(3)
            .map(|&m| Hit::without_highlights(&index, &ladders, m).text)
            .collect();
        let rank = texts.iter().position(|text| *text == wanted);
        first += usize::from(rank == Some(0));
        if rank.is_none_or(|rank| rank >= within) {
            misses.push(format!(
                "{query:?}: wanted {wanted:?} in the top {within}, got {texts:?}"
            ));
        }
    }
    let top1 = first as f64 / CASES.len() as f64;
    println!(
        "relevance: {} queries, top-1 {first} ({:.0}%), misses {}",
        CASES.len(),
        top1 * 100.0,
        misses.len()
    );
    assert!(CASES.len() >= 40);
    assert!(misses.is_empty(), "{}", misses.join("\n"));
    assert!(top1 >= 0.9, "top-1 precision {top1:.2} is under 0.90");
}
