//! The review as Markdown to paste into a Google Doc, Notion or a GitHub issue: plain
//! headings, GitHub task lists (`- [x]`), and no symbols to decode.

use std::fmt::Write as _;

use super::model::{Review, ReviewItem};

pub fn markdown(review: &Review) -> String {
    let mut out = format!("# {}: towards {}\n\n", review.ladder, review.target);
    if let Some(level) = &review.my_level {
        let _ = writeln!(out, "- My level: {level}");
    }
    let _ = writeln!(out, "- Target: {}", review.target);
    let _ = writeln!(out, "- Verdict: {}", review.verdict);
    if let Some((reached, needed)) = review.points {
        let _ = writeln!(out, "- Points: {reached} of {needed}");
    }
    for area in &review.areas {
        let _ = writeln!(
            out,
            "\n## {} ({} of {} met)\n",
            area.name,
            area.met(),
            area.items.len()
        );
        for item in &area.items {
            task(&mut out, item);
        }
    }
    out
}

fn task(out: &mut String, item: &ReviewItem) {
    let tick = if item.standing.counts() { 'x' } else { ' ' };
    let _ = write!(
        out,
        "- [{tick}] {} ({}): {}",
        one_line(&item.name),
        item.kind,
        item.standing.word()
    );
    if let Some((reached, expected)) = &item.milestone {
        let _ = write!(
            out,
            ", reached {}, expected {}",
            one_line(reached),
            one_line(expected)
        );
    }
    if let Some(on) = &item.on {
        let _ = write!(out, ", {on}");
    }
    out.push('\n');
    // What is not met shows what the ladder asks; what is met shows the evidence for it.
    if !item.standing.counts()
        && let Some(criteria) = &item.criteria
    {
        let _ = writeln!(out, "  - Expected: {}", one_line(criteria));
    }
    for evidence in &item.evidence {
        let _ = write!(out, "  - {}: {}", evidence.on, one_line(&evidence.text));
        if let Some(link) = &evidence.link {
            let _ = write!(out, " ({link})");
        }
        out.push('\n');
    }
    if let Some(note) = &item.note {
        let _ = writeln!(out, "  - Note: {}", one_line(note));
    }
}

/// Line breaks in a ladder's or a note's text would end the list item.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::model::tests::sample;

    #[test]
    fn task_lists_with_criteria_for_what_is_missing() {
        let text = markdown(&sample());
        assert!(text.starts_with("# Product Management: towards Senior PM\n\n- My level: Product Manager\n"));
        assert!(text.contains("\n## Execution (2 of 2 met)\n\n- [x] Planning (skill): met, 2025-03-02\n"));
        assert!(text.contains("  - 2025-03-02: Ran <b>planning</b> (https://example.com/q2)\n"));
        assert!(text.contains("- [x] Testing (skill): assumed (below my level)\n"));
        assert!(text.contains(
            "- [ ] Alignment (competency): developing, reached Aligns the team, expected Aligns several teams\n  - Expected: What Alignment asks\n"
        ));
        assert!(text.contains("- [ ] Vision (skill): missing\n  - Expected: What Vision asks\n"));
        assert!(text.contains("- Points: 12 of 20\n"));
    }
}
