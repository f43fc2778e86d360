//! Performing [`Effect::EditNoteExternally`]: leave the screen, edit the note in the user's
//! own editor ($VISUAL, else $EDITOR) on a temp file, come back, and report how it went as an
//! action. Only the interactive loop calls this; `rungs render` drops the effect.

use std::io;
use std::path::Path;
use std::process::Command;

use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::execute;
use crossterm::terminal::{Clear, ClearType};
use ratatui::DefaultTerminal;

use crate::bounded_read::{Accept, read_bounded};
use crate::tui::app::{Focus, Intent, Outcome};
use crate::tui::keymap::{Scope, key_for};

/// The longest note read back from the editor: far more than any evidence note.
const MAX_NOTE_BYTES: u64 = 1024 * 1024;

/// The editor command from the values of $VISUAL and $EDITOR: the first one set to something
/// other than blanks, split on whitespace into the program and its arguments ("code --wait").
/// Quoting is not interpreted.
pub fn editor_command(visual: Option<&str>, editor: Option<&str>) -> Option<Vec<String>> {
    [visual, editor]
        .into_iter()
        .flatten()
        .map(|value| value.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .find(|words| !words.is_empty())
}

/// Edits `text`, the note on `skill`, in the user's editor. The terminal is handed over while
/// the editor runs and taken back after, whatever happened; only failing to take it back is
/// an `Err` (the app cannot go on without a screen).
pub fn edit_note(
    terminal: &mut DefaultTerminal,
    ladder: String,
    skill: String,
    text: &str,
    opened: String,
) -> io::Result<Outcome> {
    let visual = std::env::var("VISUAL").ok();
    let editor = std::env::var("EDITOR").ok();
    let Some(command) = editor_command(visual.as_deref(), editor.as_deref()) else {
        return Ok(Outcome::EditorFailed(format!(
            "no $VISUAL or $EDITOR set: press {} to write the note here",
            key_for(Intent::EditNote, Scope::Pane(Focus::Skills))
        )));
    };
    // Nothing useful to do if the terminal is gone; the editor will say so itself.
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    let outcome = run_on_temp_file(&command, &skill, text);
    // `try_init` installs its panic hook again, wrapping the one already there; restoring
    // twice on a panic is harmless.
    // The new terminal's last frame is blank, so the screen is made blank too and the next
    // frame is drawn whole over whatever the editor left. (`Terminal::clear` would do it by
    // asking the terminal where its cursor is, which not every terminal answers.)
    *terminal = ratatui::try_init()?;
    execute!(io::stdout(), Clear(ClearType::All), EnableBracketedPaste)?;
    Ok(match outcome {
        Ok(text) => Outcome::NoteEdited {
            ladder,
            skill,
            text,
            opened,
        },
        Err(why) => Outcome::EditorFailed(format!(
            "editor `{}` {why}; the note was not changed",
            command.join(" ")
        )),
    })
}

/// Writes `text` to a temp file named after the skill, runs the editor on it and reads it
/// back. `Err` finishes the sentence "editor `vi` …".
fn run_on_temp_file(command: &[String], skill: &str, text: &str) -> Result<String, String> {
    let dir = tempfile::tempdir().map_err(|error| format!("has no temp file: {error}"))?;
    let path = dir
        .path()
        .join(format!("rungs-note-{}.md", file_name_safe(skill)));
    let mut contents = text.to_string();
    if !contents.is_empty() {
        contents.push('\n');
    }
    std::fs::write(&path, contents).map_err(|error| format!("has no temp file: {error}"))?;
    run(command, &path)?;
    // The editor may have left anything at the path (a huge file, a FIFO): read it as any
    // other file rungs did not make, checked and bounded.
    let cannot_read = |error: &dyn std::fmt::Display| format!("left a file rungs cannot read: {error}");
    let input =
        read_bounded(&path, MAX_NOTE_BYTES, Accept::RegularOnly).map_err(|error| cannot_read(&error))?;
    String::from_utf8(input.bytes).map_err(|error| cannot_read(&error))
}

fn run(command: &[String], path: &Path) -> Result<(), String> {
    let (program, args) = command.split_first().ok_or("is empty")?;
    let status = Command::new(program)
        .args(args)
        .arg(path)
        .status()
        .map_err(|error| format!("could not start: {error}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("failed: {status}"))
    }
}

/// Skill ids are slugs already; anything else is replaced so the name is one plain file.
fn file_name_safe(skill: &str) -> String {
    skill
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(list: &[&str]) -> Option<Vec<String>> {
        Some(list.iter().map(|w| w.to_string()).collect())
    }

    #[test]
    fn visual_wins_over_editor_and_arguments_are_split() {
        assert_eq!(
            editor_command(Some("code --wait"), Some("vi")),
            words(&["code", "--wait"])
        );
        assert_eq!(editor_command(None, Some("  nano  -w ")), words(&["nano", "-w"]));
    }

    #[test]
    fn blank_values_count_as_unset() {
        assert_eq!(editor_command(Some("  "), Some("vi")), words(&["vi"]));
        assert_eq!(editor_command(Some(""), Some(" ")), None);
        assert_eq!(editor_command(None, None), None);
    }

    #[test]
    fn a_failing_or_missing_editor_is_an_error_and_a_clean_exit_reads_the_file_back() {
        let text = "first line";
        let failed = run_on_temp_file(&["false".to_string()], "x", text);
        assert!(failed.is_err_and(|why| why.starts_with("failed")));
        let missing = run_on_temp_file(&["/no/such/editor".to_string()], "x", text);
        assert!(missing.is_err_and(|why| why.starts_with("could not start")));
        let kept = run_on_temp_file(&["true".to_string()], "a/b", text);
        assert_eq!(kept, Ok("first line\n".to_string()));
    }

    #[cfg(unix)]
    #[test]
    fn an_editor_that_leaves_a_fifo_or_a_huge_file_is_an_error_not_a_hang() {
        let script = |body: &str| vec!["sh".to_string(), "-c".to_string(), body.to_string()];
        // `sh -c BODY PATH`: the path is $0.
        let fifo = run_on_temp_file(&script("rm \"$0\" && mkfifo \"$0\""), "x", "text");
        assert!(fifo.is_err_and(|why| why.contains("pipe (FIFO)")));
        let huge = run_on_temp_file(&script("truncate -s 40G \"$0\""), "x", "text");
        assert!(huge.is_err_and(|why| why.contains("larger than")));
    }

    #[test]
    fn the_file_is_named_after_the_skill() {
        assert_eq!(file_name_safe("product-thinking"), "product-thinking");
        assert_eq!(file_name_safe("../x y"), "___x_y");
    }
}
