//! Two people (or one person in two places) editing the same note: the app opened it on one
//! text, typed another, and meanwhile another process saved a third. Neither edit may be
//! dropped without a word.

/// What saving a note edit should write, given the note it was `opened` on, the text the
/// person `typed`, and the note `on_disk` now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteMerge {
    pub text: String,
    /// Both sides changed the note differently, so `text` holds both: say so.
    pub conflict: bool,
}

/// Three-way merge of one note. Only one side changed: that side wins. Both changed it the
/// same way: that text. Both changed it differently: the text on disk, a blank line, then the
/// typed text, so nothing is lost and the person can tidy it up. Removing the note on one side
/// while the other rewrote it keeps the rewrite.
pub fn merge_note(opened: &str, typed: &str, on_disk: &str) -> NoteMerge {
    let clean = |text: &str| NoteMerge {
        text: text.to_string(),
        conflict: false,
    };
    if on_disk == opened || on_disk == typed {
        return clean(typed);
    }
    if typed == opened {
        return clean(on_disk);
    }
    let text = match (on_disk.trim().is_empty(), typed.trim().is_empty()) {
        (true, _) => typed.to_string(),
        (_, true) => on_disk.to_string(),
        _ => format!("{on_disk}\n\n{typed}"),
    };
    NoteMerge { text, conflict: true }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_side_changing_it_wins_without_fuss() {
        assert_eq!(
            merge_note("a", "mine", "a"),
            NoteMerge {
                text: "mine".into(),
                conflict: false
            }
        );
        assert_eq!(
            merge_note("a", "a", "theirs"),
            NoteMerge {
                text: "theirs".into(),
                conflict: false
            }
        );
        assert_eq!(
            merge_note("a", "same", "same"),
            NoteMerge {
                text: "same".into(),
                conflict: false
            }
        );
    }

    #[test]
    fn both_sides_changing_it_keeps_both_texts() {
        let merged = merge_note("", "typed in the app", "written elsewhere");
        assert!(merged.conflict);
        assert_eq!(merged.text, "written elsewhere\n\ntyped in the app");
    }

    #[test]
    fn a_removal_never_beats_a_rewrite() {
        assert_eq!(merge_note("old", "", "rewritten").text, "rewritten");
        assert_eq!(merge_note("old", "rewritten", "").text, "rewritten");
    }
}
