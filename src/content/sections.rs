//! A level's and a track's sections (what changes, responsibilities, success, notes…),
//! described once: which lists each has, in which order, under which heading. The detail
//! pane, compare, export and the search index all read them from here, so a new list is
//! added in one place.

use super::item::{ArchivedItem, Item};
use super::schema::{ArchivedLevel, ArchivedTrack, Level, Track};

/// One list of lines in a level or track.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionKind {
    /// "What changes" on reaching a level.
    Changes,
    /// "What makes it different" about a track.
    Differences,
    Responsibilities,
    /// "What success looks like".
    Success,
    Notes,
}

impl SectionKind {
    /// The heading shown above the section.
    pub fn heading(self) -> &'static str {
        match self {
            SectionKind::Changes => "What changes",
            SectionKind::Differences => "What makes it different",
            SectionKind::Responsibilities => "Responsibilities",
            SectionKind::Success => "What success looks like",
            SectionKind::Notes => "Notes",
        }
    }

    /// The schema's key for it.
    pub fn key(self) -> &'static str {
        match self {
            SectionKind::Changes => "changes",
            SectionKind::Differences => "differences",
            SectionKind::Responsibilities => "responsibilities",
            SectionKind::Success => "success",
            SectionKind::Notes => "notes",
        }
    }

    /// Whether its lines are [`Item`]s, with ids a person's assessment is keyed by.
    pub fn has_item_ids(self) -> bool {
        matches!(self, SectionKind::Responsibilities | SectionKind::Success)
    }
}

/// A level's sections, in display order.
pub const LEVEL_SECTIONS: [SectionKind; 4] = [
    SectionKind::Changes,
    SectionKind::Responsibilities,
    SectionKind::Success,
    SectionKind::Notes,
];

/// A track's sections, in display order.
pub const TRACK_SECTIONS: [SectionKind; 4] = [
    SectionKind::Differences,
    SectionKind::Responsibilities,
    SectionKind::Success,
    SectionKind::Notes,
];

/// One section of a level or track, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section<'l> {
    pub kind: SectionKind,
    pub heading: &'static str,
    pub lines: Vec<&'l str>,
}

/// The text of a line, for every type a section holds (plain and archived).
trait LineText {
    fn line_text(&self) -> &str;
}

impl LineText for String {
    fn line_text(&self) -> &str {
        self
    }
}

impl LineText for rkyv::string::ArchivedString {
    fn line_text(&self) -> &str {
        self.as_str()
    }
}

impl LineText for Item {
    fn line_text(&self) -> &str {
        &self.text
    }
}

impl LineText for ArchivedItem {
    fn line_text(&self) -> &str {
        self.text.as_str()
    }
}

fn line<T: LineText>(list: &[T], at: usize) -> Option<&str> {
    list.get(at).map(LineText::line_text)
}

/// Section access for a level or track, plain or archived (the search index reads archived
/// ladders in place).
macro_rules! sections_of {
    ($owner:ty, $kinds:expr, { $($kind:ident => $field:ident),* $(,)? }) => {
        impl $owner {
            /// Which sections this shape has, in display order.
            pub const SECTIONS: [SectionKind; 4] = $kinds;

            /// How many lines the section of `kind` has (0 if this shape has no such section).
            pub fn section_len(&self, kind: SectionKind) -> usize {
                match kind {
                    $(SectionKind::$kind => self.$field.len(),)*
                    #[allow(unreachable_patterns)]
                    _ => 0,
                }
            }

            /// The `at`th line of the section of `kind`.
            pub fn section_line(&self, kind: SectionKind, at: usize) -> Option<&str> {
                match kind {
                    $(SectionKind::$kind => line(&self.$field, at),)*
                    #[allow(unreachable_patterns)]
                    _ => None,
                }
            }

            /// Every non-empty section, in display order.
            pub fn sections(&self) -> Vec<Section<'_>> {
                Self::SECTIONS
                    .into_iter()
                    .map(|kind| Section {
                        kind,
                        heading: kind.heading(),
                        lines: (0..self.section_len(kind))
                            .filter_map(|at| self.section_line(kind, at))
                            .collect(),
                    })
                    .filter(|section| !section.lines.is_empty())
                    .collect()
            }
        }
    };
}

sections_of!(Level, LEVEL_SECTIONS, {
    Changes => changes, Responsibilities => responsibilities, Success => success, Notes => notes,
});
sections_of!(ArchivedLevel, LEVEL_SECTIONS, {
    Changes => changes, Responsibilities => responsibilities, Success => success, Notes => notes,
});
sections_of!(Track, TRACK_SECTIONS, {
    Differences => differences, Responsibilities => responsibilities, Success => success, Notes => notes,
});
sections_of!(ArchivedTrack, TRACK_SECTIONS, {
    Differences => differences, Responsibilities => responsibilities, Success => success, Notes => notes,
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::cache::probe;

    #[test]
    fn every_section_reads_its_own_field() {
        let probe = probe();
        let json = serde_json::to_value(&probe).expect("the probe serialises");
        let level = &probe.levels[0];
        for kind in Level::SECTIONS {
            let first = json["levels"][0][kind.key()][0].clone();
            let expected = first.get("text").unwrap_or(&first).as_str().map(str::to_string);
            assert_eq!(
                level.section_line(kind, 0).map(str::to_string),
                expected,
                "{kind:?}"
            );
        }
        let track = &probe.tracks[0];
        for kind in Track::SECTIONS {
            let first = json["tracks"][0][kind.key()][0].clone();
            let expected = first.get("text").unwrap_or(&first).as_str().map(str::to_string);
            assert_eq!(
                track.section_line(kind, 0).map(str::to_string),
                expected,
                "{kind:?}"
            );
        }
        assert_eq!(level.sections().len(), 4);
        assert_eq!(level.section_len(SectionKind::Differences), 0);
    }
}
