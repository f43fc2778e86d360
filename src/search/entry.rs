//! What can be found: one [`Entry`] per searchable line of a ladder, and how to read its text.
//!
//! Entries hold positions (ladder, level or track, item), not copies of text, so an index over
//! 100,000 skills costs a few megabytes and always shows what the ladders say. The text is
//! read through [`SearchableLadder`], from plain ladders or from the content cache's archived
//! ladders in place (so `rungs search` never decodes a big ladder).

use serde::Serialize;

use crate::content::{ArchivedLadder, LEVEL_SECTIONS, Ladder, SectionKind, TRACK_SECTIONS};

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
}

impl Entry {
    fn new(kind: HitKind, ladder: u32, owner: Owner, item: u32) -> Entry {
        // Past u32::MAX levels an index reads as "missing", which shows as empty text.
        let index = |at: usize| u32::try_from(at).unwrap_or(u32::MAX);
        let (owner_kind, owner_at) = match owner {
            Owner::Ladder => (OwnerKind::Ladder, 0),
            Owner::Level(at) => (OwnerKind::Level, index(at)),
            Owner::Track(at) => (OwnerKind::Track, index(at)),
        };
        Entry {
            kind,
            owner_kind,
            ladder: u16::try_from(ladder).unwrap_or(u16::MAX),
            owner_at,
            item,
        }
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
    fn plain(text: &'l str) -> Self {
        EntryText { text, detail: None }
    }
}

/// Read access to one ladder for the search engine: a [`Ladder`], or the
/// [`ArchivedLadder`] the content cache reads in place. Every read is bounds-checked: an
/// index built for other ladders reads empty text rather than panicking.
pub trait SearchableLadder: Sync {
    fn ladder_id(&self) -> &str;
    /// The text of the `item`th line of `kind` under `owner`.
    #[doc(hidden)]
    fn entry_text(&self, owner: Owner, kind: HitKind, item: usize) -> EntryText<'_>;
    /// The id of the `item`th skill under `owner`.
    fn skill_id(&self, owner: Owner, item: usize) -> Option<&str>;
    /// The owner's id and its label for narrow panes.
    fn owner_names(&self, owner: Owner) -> (&str, &str);
    /// Appends an entry for every searchable line, in ladder order.
    #[doc(hidden)]
    fn push_entries(&self, ladder: u32, entries: &mut Vec<Entry>);
}

impl<L: SearchableLadder + ?Sized> SearchableLadder for &L {
    fn ladder_id(&self) -> &str {
        (**self).ladder_id()
    }
    fn entry_text(&self, owner: Owner, kind: HitKind, item: usize) -> EntryText<'_> {
        (**self).entry_text(owner, kind, item)
    }
    fn skill_id(&self, owner: Owner, item: usize) -> Option<&str> {
        (**self).skill_id(owner, item)
    }
    fn owner_names(&self, owner: Owner) -> (&str, &str) {
        (**self).owner_names(owner)
    }
    fn push_entries(&self, ladder: u32, entries: &mut Vec<Entry>) {
        (**self).push_entries(ladder, entries)
    }
}

/// The same code reads both shapes: their fields have the same names, and `String` and
/// `ArchivedString` (like `Vec` and `ArchivedVec`, `Option` and `ArchivedOption`) share the
/// methods used here.
macro_rules! searchable_ladder {
    ($ladder:ty) => {
        impl SearchableLadder for $ladder {
            fn ladder_id(&self) -> &str {
                self.meta.id.as_str()
            }

            fn entry_text(&self, owner: Owner, kind: HitKind, item: usize) -> EntryText<'_> {
                match owner {
                    Owner::Ladder => {
                        let meta = &self.meta;
                        match kind {
                            HitKind::Ladder => EntryText::plain(meta.title.as_str()),
                            HitKind::Summary => EntryText::plain(meta.summary.as_deref().unwrap_or("")),
                            HitKind::Principle => EntryText::plain(line_at(&meta.principles, item)),
                            _ => EntryText::default(),
                        }
                    }
                    Owner::Level(at) => {
                        let Some(level) = self.levels.get(at) else {
                            return EntryText::default();
                        };
                        match kind {
                            HitKind::Level => EntryText {
                                text: level.title.as_str(),
                                detail: level.short.as_deref(),
                            },
                            HitKind::Alias => match (level.code.as_deref(), item) {
                                (Some(code), 0) => EntryText::plain(code),
                                (code, _) => EntryText::plain(line_at(
                                    &level.aliases,
                                    item - usize::from(code.is_some()),
                                )),
                            },
                            HitKind::Skill => skill_at(&level.skills, item),
                            HitKind::Summary => EntryText::plain(level.summary.as_deref().unwrap_or("")),
                            _ => section_text(kind, |section| level.section_line(section, item)),
                        }
                    }
                    Owner::Track(at) => {
                        let Some(track) = self.tracks.get(at) else {
                            return EntryText::default();
                        };
                        match kind {
                            HitKind::Track => EntryText::plain(track.title.as_str()),
                            HitKind::Title => EntryText::plain(line_at(&track.titles, item)),
                            HitKind::Skill => skill_at(&track.skills, item),
                            HitKind::Summary => EntryText::plain(track.summary.as_deref().unwrap_or("")),
                            _ => section_text(kind, |section| track.section_line(section, item)),
                        }
                    }
                }
            }

            fn skill_id(&self, owner: Owner, item: usize) -> Option<&str> {
                let skill = match owner {
                    Owner::Level(at) => self.levels.get(at)?.skills.get(item)?,
                    Owner::Track(at) => self.tracks.get(at)?.skills.get(item)?,
                    Owner::Ladder => return None,
                };
                Some(skill.id.as_str())
            }

            fn owner_names(&self, owner: Owner) -> (&str, &str) {
                match owner {
                    Owner::Ladder => (self.meta.id.as_str(), self.meta.title.as_str()),
                    Owner::Level(at) => self.levels.get(at).map_or(("", ""), |level| {
                        let short = level.short.as_deref();
                        (level.id.as_str(), short.unwrap_or(level.title.as_str()))
                    }),
                    Owner::Track(at) => self
                        .tracks
                        .get(at)
                        .map_or(("", ""), |track| (track.id.as_str(), track.title.as_str())),
                }
            }

            fn push_entries(&self, ladder: u32, entries: &mut Vec<Entry>) {
                let mut push = |kind, owner, count: usize| {
                    entries.extend((0..count as u32).map(|item| Entry::new(kind, ladder, owner, item)));
                };
                let meta = &self.meta;
                push(HitKind::Ladder, Owner::Ladder, 1);
                push(
                    HitKind::Summary,
                    Owner::Ladder,
                    usize::from(meta.summary.is_some()),
                );
                push(HitKind::Principle, Owner::Ladder, meta.principles.len());
                for (at, level) in self.levels.iter().enumerate() {
                    let owner = Owner::Level(at);
                    push(HitKind::Level, owner, 1);
                    push(
                        HitKind::Alias,
                        owner,
                        usize::from(level.code.is_some()) + level.aliases.len(),
                    );
                    push(
                        HitKind::Summary,
                        owner,
                        usize::from(level.summary.is_some()),
                    );
                    for section in LEVEL_SECTIONS {
                        push(
                            HitKind::of_section(section),
                            owner,
                            level.section_len(section),
                        );
                    }
                    push(HitKind::Skill, owner, level.skills.len());
                }
                for (at, track) in self.tracks.iter().enumerate() {
                    let owner = Owner::Track(at);
                    push(HitKind::Track, owner, 1);
                    push(HitKind::Title, owner, track.titles.len());
                    push(
                        HitKind::Summary,
                        owner,
                        usize::from(track.summary.is_some()),
                    );
                    for section in TRACK_SECTIONS {
                        push(
                            HitKind::of_section(section),
                            owner,
                            track.section_len(section),
                        );
                    }
                    push(HitKind::Skill, owner, track.skills.len());
                }
            }
        }
    };
}

searchable_ladder!(Ladder);
searchable_ladder!(ArchivedLadder);

/// `as_str` for both `String` and `ArchivedString`.
trait StrOf {
    fn str_of(&self) -> &str;
}

impl StrOf for String {
    fn str_of(&self) -> &str {
        self
    }
}

impl StrOf for rkyv::string::ArchivedString {
    fn str_of(&self) -> &str {
        self.as_str()
    }
}

/// The text of a section's line, for kinds that name a section.
fn section_text<'l>(kind: HitKind, line: impl FnOnce(SectionKind) -> Option<&'l str>) -> EntryText<'l> {
    EntryText::plain(kind.section().and_then(line).unwrap_or(""))
}

fn line_at<S: StrOf>(list: &[S], item: usize) -> &str {
    list.get(item).map_or("", StrOf::str_of)
}

/// A skill's name, with its summary as the detail.
trait SkillText {
    fn skill_text(&self) -> EntryText<'_>;
}

impl SkillText for crate::content::Skill {
    fn skill_text(&self) -> EntryText<'_> {
        EntryText {
            text: &self.name,
            detail: self.summary.as_deref(),
        }
    }
}

impl SkillText for crate::content::ArchivedSkill {
    fn skill_text(&self) -> EntryText<'_> {
        EntryText {
            text: self.name.as_str(),
            detail: self.summary.as_deref(),
        }
    }
}

fn skill_at<K: SkillText>(skills: &[K], item: usize) -> EntryText<'_> {
    skills.get(item).map(SkillText::skill_text).unwrap_or_default()
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
