//! The person's own words in `rungs search`: notes and evidence from the progress file,
//! searched like the ladders and shown first, as "your note" / "your evidence" on the skill
//! (or expectation, competency) they are about.

use std::io::{self, Write};

use crate::progress::{Item, Progress};
use crate::search::{SearchIndex, SearchableLadder, WordMatch, search_texts};
use crate::terminal_text::Safe;

/// One text the person wrote, and what it is about.
struct Written<'p> {
    kind: &'static str,
    ladder: &'p str,
    item: &'p Item,
    text: &'p str,
}

/// Every note and piece of evidence in `progress`, in file order.
fn written(progress: &Progress) -> Vec<Written<'_>> {
    let mut all = Vec::new();
    for (ladder, item, entry) in progress.records() {
        if let Some(note) = entry.note.as_deref() {
            all.push(Written {
                kind: "your note",
                ladder,
                item,
                text: note,
            });
        }
        for evidence in &entry.evidence {
            all.push(Written {
                kind: "your evidence",
                ladder,
                item,
                text: &evidence.text,
            });
        }
    }
    all
}

/// A matched note or evidence, ready to print.
pub struct PersonalLine<'a> {
    /// How the query sits in the text.
    pub word: WordMatch,
    kind: &'static str,
    about: String,
    text: &'a str,
}

/// The person's notes and evidence that match `query`, best first, at most `limit`.
pub fn matching<'a, L: SearchableLadder>(
    progress: &'a Progress,
    index: &SearchIndex,
    ladders: &[L],
    query: &str,
    limit: usize,
) -> Vec<PersonalLine<'a>> {
    let all = written(progress);
    search_texts(all.iter().map(|one| one.text), query)
        .into_iter()
        .take(limit)
        .filter_map(|found| Some((found.word, all.get(found.at)?)))
        .map(|(word, one)| {
            let named = match one.item {
                Item::Skill { id } => index.skill_name(ladders, one.ladder, id),
                _ => None,
            };
            PersonalLine {
                word,
                kind: one.kind,
                about: named.map_or_else(|| one.item.label(), str::to_string),
                text: one.text,
            }
        })
        .collect()
}

/// `your note  Mentorship  Coached two APMs …`, in the columns of the ladder results.
pub fn write(out: &mut impl Write, lines: &[PersonalLine<'_>], kind_width: usize) -> io::Result<()> {
    let where_width = lines
        .iter()
        .map(|line| line.about.chars().count())
        .max()
        .unwrap_or(0);
    for line in lines {
        writeln!(
            out,
            "{:kind_width$}  {:where_width$}  {}",
            line.kind,
            Safe(&line.about),
            Safe(line.text)
        )?;
    }
    Ok(())
}
