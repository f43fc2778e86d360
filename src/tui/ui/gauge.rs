//! Progress marks shared by the panes: a skill's state symbol and a level's or track's gauge.
//! Both read in monochrome: the symbols and the filled/empty cells differ in shape, and the
//! gauge always ends in the count.

use ratatui::style::Style;
use ratatui::text::Span;

use super::theme::Theme;
use crate::progress::{SkillState, Tally};

const FILLED: char = '▰';
const EMPTY: char = '▱';

/// The style of a skill state's symbol and name.
pub fn state_style(state: SkillState, theme: &Theme) -> Style {
    match state {
        SkillState::Developed => theme.developed,
        SkillState::Developing => theme.developing,
        SkillState::NotStarted => theme.not_started,
    }
}

/// `✓ `, `◐ ` or `· `, styled.
pub fn state_symbol(state: SkillState, theme: &Theme) -> Span<'static> {
    Span::styled(format!("{} ", state.symbol()), state_style(state, theme))
}

/// How many of `cells` a bar shows filled. Never full before everything is developed, and
/// never empty once something is, so a glance tells "none", "some" and "all" apart.
pub fn filled_cells(tally: Tally, cells: usize) -> usize {
    if cells == 0 || tally.total == 0 || tally.developed == 0 {
        return 0;
    }
    if tally.developed >= tally.total {
        return cells;
    }
    // With a single cell "some" has to show as filled; with more, the last cell waits.
    let most = cells.saturating_sub(1).max(1);
    (tally.developed * cells / tally.total).clamp(1, most)
}

/// `▰▰▱▱ 2/4` as spans; with `cells == 0` just the count.
pub fn gauge(tally: Tally, cells: usize, theme: &Theme) -> Vec<Span<'static>> {
    let filled = filled_cells(tally, cells);
    let mut spans = Vec::new();
    if cells > 0 {
        spans.push(Span::styled(
            FILLED.to_string().repeat(filled),
            theme.gauge_filled,
        ));
        spans.push(Span::styled(
            EMPTY.to_string().repeat(cells - filled),
            theme.gauge_empty,
        ));
        spans.push(Span::raw(" "));
    }
    spans.push(Span::styled(
        format!("{}/{}", tally.developed, tally.total),
        theme.dim,
    ));
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tally(developed: usize, total: usize) -> Tally {
        Tally {
            developed,
            developing: 0,
            total,
        }
    }

    #[test]
    fn bars_tell_none_some_and_all_apart() {
        assert_eq!(filled_cells(tally(0, 6), 4), 0);
        assert_eq!(filled_cells(tally(1, 100), 4), 1, "some shows at least one cell");
        assert_eq!(
            filled_cells(tally(99, 100), 4),
            3,
            "full only when all are developed"
        );
        assert_eq!(filled_cells(tally(6, 6), 4), 4);
        assert_eq!(filled_cells(tally(3, 6), 4), 2);
        assert_eq!(filled_cells(tally(0, 0), 4), 0);
        assert_eq!(filled_cells(tally(2, 5), 0), 0, "no bar at all");
        assert_eq!(filled_cells(tally(1, 2), 1), 1, "one cell: some counts as filled");
    }

    #[test]
    fn gauge_reads_as_text() {
        let theme = Theme::monochrome();
        let text: String = gauge(tally(2, 5), 4, &theme)
            .iter()
            .map(|span| span.content.to_string())
            .collect();
        assert_eq!(text, "▰▱▱▱ 2/5");
        let count: String = gauge(tally(2, 5), 0, &theme)
            .iter()
            .map(|span| span.content.to_string())
            .collect();
        assert_eq!(count, "2/5");
    }
}
