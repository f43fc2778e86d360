//! How the search engine reads a ladder: which lines it has (in ladder order) and the text of
//! each, for plain ladders and for the content cache's archived ones alike.

use super::entry::{Entry, EntryText, HitKind, Owner};
use crate::content::{ArchivedLadder, LEVEL_SECTIONS, Ladder, SectionKind, TRACK_SECTIONS};

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

/// The lines of a level (main or a track's): title, code, aliases, summary, sections, skills.
macro_rules! level_text {
    ($level:expr, $kind:expr, $item:expr) => {{
        let level = $level;
        match $kind {
            HitKind::Level => EntryText {
                text: level.title.as_str(),
                detail: level.short.as_deref(),
            },
            // The code first, then the aliases.
            HitKind::Alias => match (level.code.as_deref(), $item) {
                (Some(code), 0) => EntryText::plain(code),
                (code, item) => EntryText::plain(line_at(&level.aliases, item - usize::from(code.is_some()))),
            },
            HitKind::Skill => skill_at(&level.skills, $item),
            HitKind::Summary => EntryText::plain(level.summary.as_deref().unwrap_or("")),
            kind => section_text(kind, |section| level.section_line(section, $item)),
        }
    }};
}

/// Pushes a level's entries in display order; a track's levels leave their skills out (the
/// browser lists a track's own skills only, so a hit there would have nowhere to go).
macro_rules! push_level {
    ($push:expr, $level:expr, $owner:expr, $with_skills:expr) => {{
        let (push, level, owner) = (&mut $push, $level, $owner);
        push(HitKind::Level, owner, 1);
        push(
            HitKind::Alias,
            owner,
            usize::from(level.code.is_some()) + level.aliases.len(),
        );
        push(HitKind::Summary, owner, usize::from(level.summary.is_some()));
        for section in LEVEL_SECTIONS {
            push(HitKind::of_section(section), owner, level.section_len(section));
        }
        if $with_skills {
            push(HitKind::Skill, owner, level.skills.len());
        }
    }};
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
                    Owner::Level(at) => match self.levels.get(at) {
                        Some(level) => level_text!(level, kind, item),
                        None => EntryText::default(),
                    },
                    Owner::TrackLevel { track, level } => {
                        match self
                            .tracks
                            .get(track)
                            .and_then(|track| track.levels.get(level))
                        {
                            Some(level) => level_text!(level, kind, item),
                            None => EntryText::default(),
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
                    Owner::Competency(at) => match (self.competencies.get(at), kind) {
                        (Some(competency), HitKind::Competency) => EntryText {
                            text: competency.name.as_str(),
                            detail: competency.summary.as_deref(),
                        },
                        _ => EntryText::default(),
                    },
                    Owner::Milestone {
                        competency,
                        milestone,
                    } => {
                        let Some(milestone) = self
                            .competencies
                            .get(competency)
                            .and_then(|competency| competency.milestones.get(milestone))
                        else {
                            return EntryText::default();
                        };
                        match kind {
                            HitKind::Milestone => EntryText {
                                text: milestone.text.as_deref().unwrap_or(""),
                                detail: milestone.title.as_deref(),
                            },
                            HitKind::Signal => EntryText::plain(line_at(&milestone.signals, item)),
                            HitKind::Example => EntryText::plain(line_at(&milestone.examples, item)),
                            _ => EntryText::default(),
                        }
                    }
                }
            }

            fn skill_id(&self, owner: Owner, item: usize) -> Option<&str> {
                let skill = match owner {
                    Owner::Level(at) => self.levels.get(at)?.skills.get(item)?,
                    Owner::Track(at) => self.tracks.get(at)?.skills.get(item)?,
                    _ => return None,
                };
                Some(skill.id.as_str())
            }

            fn owner_names(&self, owner: Owner) -> (&str, &str) {
                match owner {
                    Owner::Ladder => (self.meta.id.as_str(), self.meta.title.as_str()),
                    Owner::Level(at) => self.levels.get(at).map_or(("", ""), |level| level.names()),
                    Owner::TrackLevel { track, level } => self
                        .tracks
                        .get(track)
                        .and_then(|track| track.levels.get(level))
                        .map_or(("", ""), |level| level.names()),
                    Owner::Track(at) => self
                        .tracks
                        .get(at)
                        .map_or(("", ""), |track| (track.id.as_str(), track.title.as_str())),
                    Owner::Competency(at) | Owner::Milestone { competency: at, .. } => {
                        self.competencies.get(at).map_or(("", ""), |competency| {
                            (competency.id.as_str(), competency.name.as_str())
                        })
                    }
                }
            }

            fn push_entries(&self, ladder: u32, entries: &mut Vec<Entry>) {
                let mut push = |kind, owner, count: usize| {
                    entries
                        .extend((0..count as u32).filter_map(|item| Entry::new(kind, ladder, owner, item)));
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
                    push_level!(push, level, Owner::Level(at), true);
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
                    for (level_at, level) in track.levels.iter().enumerate() {
                        let owner = Owner::TrackLevel {
                            track: at,
                            level: level_at,
                        };
                        push_level!(push, level, owner, false);
                    }
                }
                for (at, competency) in self.competencies.iter().enumerate() {
                    push(HitKind::Competency, Owner::Competency(at), 1);
                    for (milestone_at, milestone) in competency.milestones.iter().enumerate() {
                        let owner = Owner::Milestone {
                            competency: at,
                            milestone: milestone_at,
                        };
                        let has_text = milestone.text.is_some() || milestone.title.is_some();
                        push(HitKind::Milestone, owner, usize::from(has_text));
                        push(HitKind::Signal, owner, milestone.signals.len());
                        push(HitKind::Example, owner, milestone.examples.len());
                    }
                }
            }
        }
    };
}

searchable_ladder!(Ladder);
searchable_ladder!(ArchivedLadder);

/// A level's id and short label, for both shapes.
trait LevelNames {
    fn names(&self) -> (&str, &str);
}

impl LevelNames for crate::content::Level {
    fn names(&self) -> (&str, &str) {
        (&self.id, self.short_label())
    }
}

impl LevelNames for crate::content::ArchivedLevel {
    fn names(&self) -> (&str, &str) {
        (
            self.id.as_str(),
            self.short.as_deref().unwrap_or(self.title.as_str()),
        )
    }
}

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
