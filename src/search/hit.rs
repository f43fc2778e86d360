//! A match resolved into what a screen or a script shows: kind, place, text, highlights.

use super::entry::{HitKind, Owner, SearchableLadder};
use super::index::SearchIndex;
use super::query::Tier;
use super::searcher::Match;

/// One search result, borrowing its text from the ladders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit<'l> {
    pub kind: HitKind,
    /// Index of the ladder in the slice searched, and its id.
    pub ladder: usize,
    pub ladder_id: &'l str,
    /// The level or track the line belongs to (or the ladder itself): where to jump.
    pub owner: Owner,
    /// The owner's id and its label for narrow panes (a level's short label, a track's
    /// title, the ladder's title).
    pub owner_id: &'l str,
    pub owner_label: &'l str,
    /// Index within the owner's list of this kind: for a skill, its index in `skills`.
    pub item: usize,
    /// For skills: the id that progress is keyed by.
    pub skill_id: Option<&'l str>,
    /// The matched line (a skill's name, a level's title, a responsibility, …).
    pub text: &'l str,
    /// The second field a query may match: a skill's summary, a level's short label.
    pub detail: Option<&'l str>,
    /// Char indices (not bytes) of the matched characters in `text` and in `detail`.
    pub text_positions: Vec<usize>,
    pub detail_positions: Vec<usize>,
    pub tier: Tier,
    pub score: u32,
}

impl<'l> Hit<'l> {
    /// The hit without highlights: cheap, for listing many (see [`super::Searcher::hit`]).
    pub fn without_highlights<L: SearchableLadder>(
        index: &SearchIndex,
        ladders: &'l [L],
        found: Match,
    ) -> Hit<'l> {
        let entry = index.entries.get(found.entry as usize).copied();
        let text = entry.map(|entry| entry.text(ladders)).unwrap_or_default();
        let ladder_at = entry.map_or(0, |entry| entry.ladder());
        let ladder = ladders.get(ladder_at);
        let owner = entry.map_or(Owner::Ladder, |entry| entry.owner());
        let (owner_id, owner_label) = ladder.map_or(("", ""), |ladder| ladder.owner_names(owner));
        Hit {
            kind: entry.map_or(HitKind::Ladder, |entry| entry.kind),
            ladder: ladder_at,
            ladder_id: ladder.map_or("", |ladder| ladder.ladder_id()),
            owner,
            owner_id,
            owner_label,
            item: entry.map_or(0, |entry| entry.item as usize),
            skill_id: entry.and_then(|entry| entry.skill_id(ladders)),
            text: text.text,
            detail: text.detail,
            text_positions: Vec::new(),
            detail_positions: Vec::new(),
            tier: found.tier,
            score: found.score,
        }
    }
}
