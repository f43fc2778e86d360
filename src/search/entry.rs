//! What can be found: one [`Entry`] per searchable line of a ladder, and how to read its text.
//!
//! Entries hold positions (ladder, level or track, item), not copies of text, so an index over
//! 100,000 skills costs a few megabytes and always shows what the ladders say.

use serde::Serialize;

use crate::content::{Ladder, Level, Track};

/// What a search result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HitKind {
    /// A ladder's title.
    Ladder,
    /// A level's title (and short label).
    Level,
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
}

impl HitKind {
    /// The word shown beside a result, as in `rungs search` output.
    pub fn label(self) -> &'static str {
        match self {
            HitKind::Ladder => "ladder",
            HitKind::Level => "level",
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
        }
    }

    /// Names rank above descriptions: a skill whose name matches beats one whose summary does.
    pub fn is_name(self) -> bool {
        matches!(
            self,
            HitKind::Ladder | HitKind::Level | HitKind::Track | HitKind::Title | HitKind::Skill
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
}

/// One searchable line: its kind and position. `item` indexes the owner's list that `kind`
/// names (skills, responsibilities, …) and is 0 where the kind has no list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry {
    pub kind: HitKind,
    pub ladder: u32,
    pub owner: Owner,
    pub item: u32,
}

/// The text of an entry: the line itself, and for skills and levels a second field (the
/// skill's summary, the level's short label) that queries may also match.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct EntryText<'l> {
    pub text: &'l str,
    pub detail: Option<&'l str>,
}

impl Entry {
    /// Reads the entry's text from the ladders it was built from. An entry that no longer
    /// fits (ladders changed under an old index) reads as empty rather than panicking.
    pub fn text<'l>(&self, ladders: &'l [Ladder]) -> EntryText<'l> {
        let Some(ladder) = ladders.get(self.ladder as usize) else {
            return EntryText::default();
        };
        let item = self.item as usize;
        match (self.owner, self.kind) {
            (Owner::Ladder, HitKind::Ladder) => plain(&ladder.meta.title),
            (Owner::Ladder, HitKind::Summary) => plain_opt(&ladder.meta.summary),
            (Owner::Ladder, HitKind::Principle) => plain(line_at(&ladder.meta.principles, item)),
            (Owner::Level(at), kind) => match ladder.levels.get(at) {
                Some(level) => level_text(level, kind, item),
                None => EntryText::default(),
            },
            (Owner::Track(at), kind) => match ladder.tracks.get(at) {
                Some(track) => track_text(track, kind, item),
                None => EntryText::default(),
            },
            _ => EntryText::default(),
        }
    }

    /// The skill's id, for skill entries.
    pub fn skill_id<'l>(&self, ladders: &'l [Ladder]) -> Option<&'l str> {
        let ladder = ladders.get(self.ladder as usize)?;
        let skills = match self.owner {
            Owner::Level(at) => &ladder.levels.get(at)?.skills,
            Owner::Track(at) => &ladder.tracks.get(at)?.skills,
            Owner::Ladder => return None,
        };
        (self.kind == HitKind::Skill)
            .then(|| skills.get(self.item as usize).map(|skill| skill.id.as_str()))
            .flatten()
    }
}

fn line_at(list: &[String], item: usize) -> &str {
    list.get(item).map_or("", String::as_str)
}

fn plain(text: &str) -> EntryText<'_> {
    EntryText { text, detail: None }
}

fn plain_opt(text: &Option<String>) -> EntryText<'_> {
    plain(text.as_deref().unwrap_or(""))
}

fn level_text<'l>(level: &'l Level, kind: HitKind, item: usize) -> EntryText<'l> {
    let line = |list: &'l [String]| line_at(list, item);
    match kind {
        HitKind::Level => EntryText {
            text: &level.title,
            detail: level.short.as_deref(),
        },
        HitKind::Skill => match level.skills.get(item) {
            Some(skill) => EntryText {
                text: &skill.name,
                detail: skill.summary.as_deref(),
            },
            None => EntryText::default(),
        },
        HitKind::Summary => plain_opt(&level.summary),
        HitKind::Change => plain(line(&level.changes)),
        HitKind::Responsibility => plain(line(&level.responsibilities)),
        HitKind::Success => plain(line(&level.success)),
        HitKind::Note => plain(line(&level.notes)),
        _ => EntryText::default(),
    }
}

fn track_text<'l>(track: &'l Track, kind: HitKind, item: usize) -> EntryText<'l> {
    let line = |list: &'l [String]| line_at(list, item);
    match kind {
        HitKind::Track => plain(&track.title),
        HitKind::Title => plain(line(&track.titles)),
        HitKind::Skill => match track.skills.get(item) {
            Some(skill) => EntryText {
                text: &skill.name,
                detail: skill.summary.as_deref(),
            },
            None => EntryText::default(),
        },
        HitKind::Summary => plain_opt(&track.summary),
        HitKind::Difference => plain(line(&track.differences)),
        HitKind::Responsibility => plain(line(&track.responsibilities)),
        HitKind::Success => plain(line(&track.success)),
        HitKind::Note => plain(line(&track.notes)),
        _ => EntryText::default(),
    }
}

/// Every searchable line of `ladders`, in ladder order: for each ladder its title, summary and
/// principles, then each level (title, summary, changes, responsibilities, success, notes,
/// skills), then each track likewise. Ties in ranking keep this order.
pub(crate) fn entries_of(ladders: &[Ladder]) -> Vec<Entry> {
    let mut entries = Vec::new();
    for (ladder_at, ladder) in ladders.iter().enumerate() {
        let ladder_at = ladder_at as u32;
        let mut push = |kind, owner, count: usize| {
            entries.extend((0..count as u32).map(|item| Entry {
                kind,
                ladder: ladder_at,
                owner,
                item,
            }));
        };
        let meta = &ladder.meta;
        push(HitKind::Ladder, Owner::Ladder, 1);
        push(
            HitKind::Summary,
            Owner::Ladder,
            usize::from(meta.summary.is_some()),
        );
        push(HitKind::Principle, Owner::Ladder, meta.principles.len());
        for (at, level) in ladder.levels.iter().enumerate() {
            let owner = Owner::Level(at);
            push(HitKind::Level, owner, 1);
            push(HitKind::Summary, owner, usize::from(level.summary.is_some()));
            push(HitKind::Change, owner, level.changes.len());
            push(HitKind::Responsibility, owner, level.responsibilities.len());
            push(HitKind::Success, owner, level.success.len());
            push(HitKind::Note, owner, level.notes.len());
            push(HitKind::Skill, owner, level.skills.len());
        }
        for (at, track) in ladder.tracks.iter().enumerate() {
            let owner = Owner::Track(at);
            push(HitKind::Track, owner, 1);
            push(HitKind::Title, owner, track.titles.len());
            push(HitKind::Summary, owner, usize::from(track.summary.is_some()));
            push(HitKind::Difference, owner, track.differences.len());
            push(HitKind::Responsibility, owner, track.responsibilities.len());
            push(HitKind::Success, owner, track.success.len());
            push(HitKind::Note, owner, track.notes.len());
            push(HitKind::Skill, owner, track.skills.len());
        }
    }
    entries
}
