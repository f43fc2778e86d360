//! The "my level" section of the detail pane: how many of the level's skills to develop are
//! developed, and which remain before the next level.

use super::gauge::state_symbol;
use super::text::Doc;
use crate::tui::app::App;

/// Appends readiness for the level after "my level" to `doc`; nothing when no level is marked.
pub fn readiness_section(doc: &mut Doc, app: &App) {
    let Some(readiness) = app.progress().readiness(app.ladder()) else {
        return;
    };
    let tally = readiness.tally;
    doc.blank();
    let heading = match readiness.next {
        Some(next) => format!("★ Your level · ready for {}?", next.short_label()),
        None => "★ Your level · the top of the ladder".to_string(),
    };
    doc.heading(&heading);
    let mut summary = format!(
        "{}/{} of this level's skills developed",
        tally.developed, tally.total
    );
    if tally.developing > 0 {
        summary.push_str(&format!(", {} developing", tally.developing));
    }
    summary.push('.');
    doc.paragraph(&summary);
    if readiness.remaining.is_empty() {
        if tally.total > 0 {
            doc.paragraph("All of them are developed.");
        }
        return;
    }
    doc.paragraph("Remaining:");
    let theme = *doc.theme();
    for skill in &readiness.remaining {
        doc.marked(state_symbol(app.skill_state(skill), &theme), &skill.name);
    }
}
