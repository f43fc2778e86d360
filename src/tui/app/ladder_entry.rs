//! What the ladder pane lists: levels, then tracks grouped by kind, then "about this ladder".
//!
//! Entries are indices into the ladder rather than references, so `App` can hold them
//! without borrowing the ladder, and later features (search hits, progress) can point at them.

use crate::content::{Ladder, Skill, TrackKind};

/// One selectable row of the ladder pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LadderEntry {
    /// `ladder.levels[i]`
    Level(usize),
    /// `ladder.tracks[i]`
    Track(usize),
    /// The ladder's summary and principles.
    About,
}

/// A row of the ladder pane: a group heading (not selectable) or an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LadderRow {
    Heading(&'static str),
    Entry(LadderEntry),
}

/// The track groups in the order the ladder pane shows them.
pub const TRACK_GROUPS: [TrackKind; 4] = TrackKind::ALL;

/// The ladder pane's rows: the levels, each track group, and About, each under a heading.
pub fn ladder_rows(ladder: &Ladder) -> Vec<LadderRow> {
    let mut rows = vec![LadderRow::Heading("Levels")];
    rows.extend((0..ladder.levels.len()).map(|i| LadderRow::Entry(LadderEntry::Level(i))));
    for kind in TRACK_GROUPS {
        let mut tracks = ladder
            .tracks
            .iter()
            .enumerate()
            .filter(|(_, track)| track.kind == kind)
            .peekable();
        if tracks.peek().is_some() {
            rows.push(LadderRow::Heading(kind.label()));
            rows.extend(tracks.map(|(i, _)| LadderRow::Entry(LadderEntry::Track(i))));
        }
    }
    rows.push(LadderRow::Heading("About"));
    rows.push(LadderRow::Entry(LadderEntry::About));
    rows
}

/// The selectable entries, in the order they appear in the ladder pane.
pub fn ladder_entries(ladder: &Ladder) -> Vec<LadderEntry> {
    ladder_rows(ladder)
        .into_iter()
        .filter_map(|row| match row {
            LadderRow::Entry(entry) => Some(entry),
            LadderRow::Heading(_) => None,
        })
        .collect()
}

impl LadderEntry {
    /// The skills listed for this entry (none for About, or for an index that is out of range).
    pub fn skills(self, ladder: &Ladder) -> &[Skill] {
        match self {
            LadderEntry::Level(i) => ladder.levels.get(i).map_or(&[], |level| &level.skills),
            LadderEntry::Track(i) => ladder.tracks.get(i).map_or(&[], |track| &track.skills),
            LadderEntry::About => &[],
        }
    }

    /// The entry's full title.
    pub fn title(self, ladder: &Ladder) -> &str {
        match self {
            LadderEntry::Level(i) => ladder.levels.get(i).map_or("", |level| &level.title),
            LadderEntry::Track(i) => ladder.tracks.get(i).map_or("", |track| &track.title),
            LadderEntry::About => "About this ladder",
        }
    }

    /// A label for narrow places: a level's `short` if it has one.
    pub fn short_title(self, ladder: &Ladder) -> &str {
        match self {
            LadderEntry::Level(i) => ladder.levels.get(i).map_or("", |level| level.short_label()),
            _ => self.title(ladder),
        }
    }
}
