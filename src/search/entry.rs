//! What can be found: one [`Entry`] per searchable line of a ladder, and how to read its text.
//!
//! Entries hold positions (ladder, level or track, item), not copies of text, so an index over
//! 100,000 skills costs a few megabytes and always shows what the ladders say. The text is
//! read through [`SearchableLadder`], from plain ladders or from the content cache's archived
//! ladders in place (so `rungs search` never decodes a big ladder).

use serde::Serialize;

pub use super::searchable::SearchableLadder;
use crate::content::SectionKind;

/// What a search result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HitKind {
    /// A ladder's title.
    Ladder,
    /// A level's title (and short label).
    Level,
    /// Another name of a level: its code ("L5"), then its aliases ("Lead PM").
    Alias,
    /// A track's title.
    Track,
    /// A job title a track goes by.
    Title,
    /// A skill's name (and summary).
    Skill,
    /// The summary of a ladder, level or track.
    Summary,
    /// A "what changes" line of a level.
    Change,
    Responsibility,
    /// A "what success looks like" line.
    Success,
    Note,
    /// A "what makes it different" line of a track.
    Difference,
    /// Advice for the whole ladder.
    Principle,
    /// A competency's name (and summary).
    Competency,
    /// A milestone's text (and title).
    Milestone,
    /// A signal of a milestone.
    Signal,
    /// An example of a milestone.
    Example,
}

impl HitKind {
    /// The word shown beside a result, as in `rungs search` output.
    pub fn label(self) -> &'static str {
        match self {
            HitKind::Ladder => "ladder",
            HitKind::Level => "level",
            HitKind::Alias => "alias",
            HitKind::Track => "track",
            HitKind::Title => "title",
            HitKind::Skill => "skill",
            HitKind::Summary => "summary",
            HitKind::Change => "change",
            HitKind::Responsibility => "responsibility",
            HitKind::Success => "success",
            HitKind::Note => "note",
            HitKind::Difference => "difference",
            HitKind::Principle => "principle",
            HitKind::Competency => "competency",
            HitKind::Milestone => "milestone",
            HitKind::Signal => "signal",
            HitKind::Example => "example",
        }
    }

    /// The kind of a line of a level's or track's section.
    pub fn of_section(section: SectionKind) -> HitKind {
        match section {
            SectionKind::Changes => HitKind::Change,
            SectionKind::Differences => HitKind::Difference,
            SectionKind::Responsibilities => HitKind::Responsibility,
            SectionKind::Success => HitKind::Success,
            SectionKind::Notes => HitKind::Note,
        }
    }

    /// The section whose lines have this kind, if it is one.
    pub fn section(self) -> Option<SectionKind> {
        match self {
            HitKind::Change => Some(SectionKind::Changes),
            HitKind::Difference => Some(SectionKind::Differences),
            HitKind::Responsibility => Some(SectionKind::Responsibilities),
            HitKind::Success => Some(SectionKind::Success),
            HitKind::Note => Some(SectionKind::Notes),
            _ => None,
        }
    }

    /// Names rank above descriptions: a skill whose name matches beats one whose summary does.
    pub fn is_name(self) -> bool {
        matches!(
            self,
            HitKind::Ladder
                | HitKind::Level
                | HitKind::Alias
                | HitKind::Track
                | HitKind::Title
                | HitKind::Skill
                | HitKind::Competency
        )
    }
}

/// Where an entry lives inside its ladder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Owner {
    /// The `[ladder]` table itself (title, summary, principles).
    Ladder,
    /// `levels[i]`.
    Level(usize),
    /// `tracks[i]`.
    Track(usize),
    /// `tracks[track].levels[level]`.
    TrackLevel { track: usize, level: usize },
    /// `competencies[i]` (its name and summary).
    Competency(usize),
    /// `competencies[competency].milestones[milestone]` (its text, title, signals, examples).
    Milestone { competency: usize, milestone: usize },
}

/// Two indexes in the 32 bits of an entry's position: up to 65,535 each. Past that an entry
/// is not made (see `SearchableLadder::push_entries`), so it can never read the wrong line.
pub(crate) fn pack(high: usize, low: usize) -> Option<u32> {
    let high = u16::try_from(high).ok()?;
    let low = u16::try_from(low).ok()?;
    Some(u32::from(high) << 16 | u32::from(low))
}

fn unpack(packed: u32) -> (usize, usize) {
    ((packed >> 16) as usize, (packed & 0xffff) as usize)
}

/// One searchable line: its kind and position, in 12 bytes (100,000 skills: 1.2 MB). Public
/// only so the trait can name it; it is not re-exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub kind: HitKind,
    owner_kind: OwnerKind,
    /// u16 keeps the entry at 12 bytes; nobody loads 65,535 ladders at once.
    ladder: u16,
    owner_at: u32,
    /// Index in the owner's list that `kind` names (skills, responsibilities, …); 0 where
    /// the kind has no list.
    pub item: u32,
}

/// [`Owner`] without its index, so an entry stays small.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OwnerKind {
    Ladder,
    Level,
    Track,
    TrackLevel,
    Competency,
    Milestone,
}

impl Entry {
    /// The entry, unless its position does not fit (see [`pack`]).
    pub(crate) fn new(kind: HitKind, ladder: u32, owner: Owner, item: u32) -> Option<Entry> {
        let index = |at: usize| u32::try_from(at).ok();
        let (owner_kind, owner_at) = match owner {
            Owner::Ladder => (OwnerKind::Ladder, 0),
            Owner::Level(at) => (OwnerKind::Level, index(at)?),
            Owner::Track(at) => (OwnerKind::Track, index(at)?),
            Owner::TrackLevel { track, level } => (OwnerKind::TrackLevel, pack(track, level)?),
            Owner::Competency(at) => (OwnerKind::Competency, index(at)?),
            Owner::Milestone {
                competency,
                milestone,
            } => (OwnerKind::Milestone, pack(competency, milestone)?),
        };
        Some(Entry {
            kind,
            owner_kind,
            ladder: u16::try_from(ladder).ok()?,
            owner_at,
            item,
        })
    }

    /// The index of the entry's ladder in the slice the index was built from.
    pub fn ladder(&self) -> usize {
        usize::from(self.ladder)
    }

    pub fn owner(&self) -> Owner {
        let at = self.owner_at as usize;
        match self.owner_kind {
            OwnerKind::Ladder => Owner::Ladder,
            OwnerKind::Level => Owner::Level(at),
            OwnerKind::Track => Owner::Track(at),
            OwnerKind::TrackLevel => {
                let (track, level) = unpack(self.owner_at);
                Owner::TrackLevel { track, level }
            }
            OwnerKind::Competency => Owner::Competency(at),
            OwnerKind::Milestone => {
                let (competency, milestone) = unpack(self.owner_at);
                Owner::Milestone {
                    competency,
                    milestone,
                }
            }
        }
    }
}

/// The text of an entry: the line itself, and for skills and levels a second field (the
/// skill's summary, the level's short label) that queries may also match.
#[derive(Debug, Clone, Copy, Default)]
pub struct EntryText<'l> {
    pub text: &'l str,
    pub detail: Option<&'l str>,
}

impl<'l> EntryText<'l> {
    pub(crate) fn plain(text: &'l str) -> Self {
        EntryText { text, detail: None }
    }
}

impl Entry {
    /// Reads the entry's text from the ladders it was built from. An entry that no longer
    /// fits (ladders changed under an old index) reads as empty rather than panicking.
    pub fn text<'l, L: SearchableLadder>(&self, ladders: &'l [L]) -> EntryText<'l> {
        ladders
            .get(self.ladder())
            .map(|ladder| ladder.entry_text(self.owner(), self.kind, self.item as usize))
            .unwrap_or_default()
    }

    /// The skill's id, for skill entries.
    pub fn skill_id<'l, L: SearchableLadder>(&self, ladders: &'l [L]) -> Option<&'l str> {
        if self.kind != HitKind::Skill {
            return None;
        }
        ladders
            .get(self.ladder())?
            .skill_id(self.owner(), self.item as usize)
    }
}

/// Every searchable line of `ladders`, in ladder order: for each ladder its title, summary and
/// principles, then each level (title, summary, changes, responsibilities, success, notes,
/// skills), then each track likewise. Ties in ranking keep this order.
pub(crate) fn entries_of<L: SearchableLadder>(ladders: &[L]) -> Vec<Entry> {
    let mut entries = Vec::new();
    for (at, ladder) in ladders.iter().enumerate() {
        ladder.push_entries(at as u32, &mut entries);
    }
    entries
}
