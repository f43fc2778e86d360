//! The main pane: the selected level, track or "about this ladder" in readable sections.
//! "My level" also shows readiness for the next level. The line a search jumped to is marked,
//! and scrolled into view once when the app asks.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::readiness::readiness_section;
use super::scroll::render_scrolled;
use super::text::Doc;
use super::theme::Theme;
use super::{is_focused, pane_block};
use crate::content::{Ladder, Level, Track};
use crate::search::HitKind;
use crate::tui::app::{App, DetailMark, Focus, LadderEntry, Scrollable};

/// Draws the pane; returns what it measured and, when it revealed the marked line, the
/// scroll it used (for the app to keep).
pub fn render(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) -> (Scrollable, Option<u16>) {
    let ladder = app.ladder();
    let entry = app.selected_entry();
    let block = pane_block(
        entry.short_title(ladder).to_string(),
        is_focused(app, Focus::Detail),
        theme,
    );
    let inner = block.inner(area);
    let mut doc = Doc::new(inner.width, theme);
    let mark = app.detail_mark();
    let marked_line = match entry {
        LadderEntry::Level(i) => ladder
            .levels
            .get(i)
            .and_then(|level| level_doc(&mut doc, app, level, i, mark)),
        LadderEntry::Track(i) => ladder
            .tracks
            .get(i)
            .and_then(|track| track_doc(&mut doc, track, mark)),
        LadderEntry::About => about_doc(&mut doc, ladder, mark),
    };
    // The marked line a third of the way down, so what leads up to it shows too.
    let reveal = marked_line.filter(|_| app.reveals_mark()).map(|line| {
        let line = u16::try_from(line).unwrap_or(u16::MAX);
        let max = u16::try_from(doc.len())
            .unwrap_or(u16::MAX)
            .saturating_sub(inner.height);
        line.saturating_sub(inner.height / 3).min(max)
    });
    let scroll = reveal.unwrap_or(app.detail_scroll());
    let measured = render_scrolled(frame, area, block, doc.into_lines(), scroll, theme);
    (measured, reveal)
}

/// The item of `kind` the mark points at, if it points into this kind's list.
fn item_of(mark: Option<DetailMark>, kind: HitKind) -> Option<usize> {
    mark.filter(|mark| mark.kind == kind).map(|mark| mark.item)
}

/// A paragraph, marked when `marked`; returns its first line if so.
fn paragraph(doc: &mut Doc, text: &str, marked: bool) -> Option<usize> {
    let line = doc.len();
    if marked {
        doc.styled(text, doc.theme().search_mark);
        Some(line)
    } else {
        doc.paragraph(text);
        None
    }
}

fn level_doc(
    doc: &mut Doc,
    app: &App,
    level: &Level,
    index: usize,
    mark: Option<DetailMark>,
) -> Option<usize> {
    doc.title(&level.title);
    let count = app.ladder().levels.len();
    doc.dim(&format!("Level {} of {count}", index + 1));
    // Readiness first: it is what someone at this level opens the app to see.
    if app.is_my_level(level) {
        readiness_section(doc, app);
    }
    let mut marked = None;
    if let Some(summary) = &level.summary {
        doc.blank();
        marked = marked.or(paragraph(doc, summary, item_of(mark, HitKind::Summary).is_some()));
    }
    for section in level.sections() {
        let kind = HitKind::of_section(section.kind);
        marked = marked.or(doc.section_marked(section.heading, &section.lines, item_of(mark, kind)));
    }
    marked
}

fn track_doc(doc: &mut Doc, track: &Track, mark: Option<DetailMark>) -> Option<usize> {
    doc.title(&track.title);
    doc.dim(track.kind.label());
    let mut marked = None;
    if !track.titles.is_empty() {
        let titles = format!("Also called: {}", track.titles.join(", "));
        marked = paragraph(doc, &titles, item_of(mark, HitKind::Title).is_some());
    }
    if let Some(summary) = &track.summary {
        doc.blank();
        marked = marked.or(paragraph(doc, summary, item_of(mark, HitKind::Summary).is_some()));
    }
    for section in track.sections() {
        let kind = HitKind::of_section(section.kind);
        marked = marked.or(doc.section_marked(section.heading, &section.lines, item_of(mark, kind)));
    }
    marked
}

fn about_doc(doc: &mut Doc, ladder: &Ladder, mark: Option<DetailMark>) -> Option<usize> {
    doc.title(&ladder.meta.title);
    doc.dim(&format!(
        "{} levels · {} skills · {} tracks",
        ladder.levels.len(),
        ladder.skill_count(),
        ladder.tracks.len()
    ));
    let mut marked = None;
    if let Some(summary) = &ladder.meta.summary {
        doc.blank();
        marked = paragraph(doc, summary, item_of(mark, HitKind::Summary).is_some());
    }
    let principles = item_of(mark, HitKind::Principle);
    marked.or(doc.section_marked("Principles", &ladder.meta.principles, principles))
}
