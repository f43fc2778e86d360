//! The main pane: the selected level, track or "about this ladder" in readable sections.
//! "My level" also shows readiness for the next level.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::readiness::readiness_section;
use super::scroll::render_scrolled;
use super::text::Doc;
use super::theme::Theme;
use super::{is_focused, pane_block};
use crate::app::{App, Entry, Focus, Scrollable};
use crate::content::{Ladder, Level, Track};

pub fn render(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) -> Scrollable {
    let ladder = app.ladder();
    let entry = app.selected_entry();
    let block = pane_block(
        entry.short_title(ladder).to_string(),
        is_focused(app, Focus::Detail),
        theme,
    );
    let width = block.inner(area).width;
    let mut doc = Doc::new(width, theme);
    match entry {
        Entry::Level(i) => {
            if let Some(level) = ladder.levels.get(i) {
                level_doc(&mut doc, app, level, i);
            }
        }
        Entry::Track(i) => {
            if let Some(track) = ladder.tracks.get(i) {
                track_doc(&mut doc, track);
            }
        }
        Entry::About => about_doc(&mut doc, ladder),
    }
    render_scrolled(frame, area, block, doc.into_lines(), app.detail_scroll(), theme)
}

fn level_doc(doc: &mut Doc, app: &App, level: &Level, index: usize) {
    doc.title(&level.title);
    let count = app.ladder().levels.len();
    doc.dim(&format!("Level {} of {count}", index + 1));
    // Readiness first: it is what someone at this level opens the app to see.
    if app.is_my_level(level) {
        readiness_section(doc, app);
    }
    if let Some(summary) = &level.summary {
        doc.blank();
        doc.paragraph(summary);
    }
    doc.section("What changes", &level.changes);
    doc.section("Responsibilities", &level.responsibilities);
    doc.section("What success looks like", &level.success);
    doc.section("Notes", &level.notes);
}

fn track_doc(doc: &mut Doc, track: &Track) {
    doc.title(&track.title);
    doc.dim(track.kind.label());
    if !track.titles.is_empty() {
        doc.paragraph(&format!("Also called: {}", track.titles.join(", ")));
    }
    if let Some(summary) = &track.summary {
        doc.blank();
        doc.paragraph(summary);
    }
    doc.section("What makes it different", &track.differences);
    doc.section("Responsibilities", &track.responsibilities);
    doc.section("What success looks like", &track.success);
    doc.section("Notes", &track.notes);
}

fn about_doc(doc: &mut Doc, ladder: &Ladder) {
    doc.title(&ladder.meta.title);
    doc.dim(&format!(
        "{} levels · {} skills · {} tracks",
        ladder.levels.len(),
        ladder.skill_count(),
        ladder.tracks.len()
    ));
    if let Some(summary) = &ladder.meta.summary {
        doc.blank();
        doc.paragraph(summary);
    }
    doc.section("Principles", &ladder.meta.principles);
}
