//! A Markdown ladder: `# Title`, a heading per level (`## L4 · Senior Engineer`), under each
//! level headings or bold labels naming its sections with bullet lists, and tables with a
//! column per level read as a matrix. Text it does not understand goes into the level's or
//! the ladder's summary and is listed in the import's report.

use super::draft::{Draft, DraftSkill, Unplaced};
use super::error::ImportError;
use super::grid::Grid;
use super::md_blocks::{Block, Inline, Item, blocks};
use super::names::level_heading;
use super::sections::{Section, is_ladder_heading, section_named};
use super::sheet::read_sheet;

pub fn read(text: &str) -> Result<Draft, ImportError> {
    let blocks = blocks(text);
    let mut draft = Draft::default();
    let (title_at, level_depth) = outline(&blocks);
    let mut reader = Walk {
        draft: &mut draft,
        level: None,
        section: Section::Summary,
        section_depth: 0,
    };
    for (index, block) in blocks.iter().enumerate() {
        if Some(index) == title_at {
            if let Block::Heading { text, .. } = block {
                reader.draft.title = Some(text.clone());
            }
            continue;
        }
        reader.block(block, level_depth)?;
    }
    if draft.levels.is_empty() {
        return Err(ImportError::NoLevels);
    }
    Ok(draft)
}

/// Which heading is the ladder's title (a lone top heading) and at what depth levels are:
/// the shallowest depth of the other headings.
fn outline(blocks: &[Block]) -> (Option<usize>, Option<usize>) {
    let headings: Vec<(usize, usize, &str)> = blocks
        .iter()
        .enumerate()
        .filter_map(|(index, block)| match block {
            Block::Heading { depth, text, .. } => Some((index, *depth, text.as_str())),
            _ => None,
        })
        .collect();
    let top = headings.iter().map(|(_, depth, _)| *depth).min();
    let title_at = match headings.first() {
        Some(&(index, depth, _))
            if Some(depth) == top && headings.iter().filter(|h| h.1 == depth).count() == 1 =>
        {
            Some(index)
        }
        _ => None,
    };
    let level_depth = headings
        .iter()
        .filter(|(index, _, text)| Some(*index) != title_at && !is_ladder_heading(text))
        .map(|(_, depth, _)| *depth)
        .min();
    (title_at, level_depth)
}

struct Walk<'a> {
    draft: &'a mut Draft,
    /// The level being read; `None` before the first.
    level: Option<usize>,
    section: Section,
    /// The depth of the heading that opened the section (0: a bold label or none).
    section_depth: usize,
}

impl Walk<'_> {
    fn block(&mut self, block: &Block, level_depth: Option<usize>) -> Result<(), ImportError> {
        match block {
            Block::Heading { depth, text, line } => self.heading(*depth, text, *line, level_depth),
            Block::Paragraph(inline) => self.paragraph(inline),
            Block::List(items) => self.list(items),
            Block::Table(grid) => self.table(grid)?,
            Block::Other { what, text, line } => self.keep(text.clone(), *line, what),
        }
        Ok(())
    }

    fn heading(&mut self, depth: usize, text: &str, line: usize, level_depth: Option<usize>) {
        if Some(depth) == level_depth && !is_ladder_heading(text) {
            let (code, title) = level_heading(text);
            let index = self.draft.level_index(&title, code, line);
            self.level = Some(index);
            self.section = Section::Summary;
            self.section_depth = 0;
            return;
        }
        if level_depth.is_some_and(|level_depth| depth <= level_depth) {
            // A heading about the ladder (Overview, Principles…) ends the level above it.
            self.level = None;
        }
        // A heading under a skills heading names one skill.
        if self.section == Section::Skills && self.section_depth > 0 && depth > self.section_depth {
            if let Some(level) = self.level {
                self.draft.levels[level].skills.push(DraftSkill {
                    name: text.to_string(),
                    line,
                    ..DraftSkill::default()
                });
            }
            return;
        }
        self.section = section_named(text).unwrap_or_else(|| Section::Unknown(text.to_string()));
        self.section_depth = depth;
    }

    fn paragraph(&mut self, inline: &Inline) {
        if inline.is_label()
            && let Some(section) = inline.lead.as_deref().and_then(section_named)
        {
            self.section = section;
            self.section_depth = 0;
            return;
        }
        // `**Responsibilities:** own the roadmap` is a label and its one item.
        if let Some(lead) = &inline.lead
            && let Some(section) = section_named(lead)
            && section != Section::Summary
            && self.add_item(&section, &inline.rest, inline.line)
        {
            return;
        }
        // Text under a skill's own heading is that skill's summary.
        if self.section == Section::Skills
            && self.section_depth > 0
            && let Some(skill) = self
                .level
                .and_then(|level| self.draft.levels[level].skills.last_mut())
            && skill.summary.is_none()
            && skill.examples.is_empty()
        {
            skill.summary = Some(inline.text.clone());
            return;
        }
        match &self.section {
            Section::Summary => self.summarise(inline.text.clone()),
            // Notes and principles about the whole ladder read well as its summary.
            Section::Notes | Section::Principles if self.level.is_none() => {
                self.summarise(inline.text.clone())
            }
            Section::Unknown(heading) => {
                let text = format!("{heading}: {}", inline.text);
                self.keep(text, inline.line, "text under an unknown heading");
            }
            _ => self.keep(
                inline.text.clone(),
                inline.line,
                "a paragraph inside a list section",
            ),
        }
    }

    fn list(&mut self, items: &[Item]) {
        let section = match (&self.section, self.level) {
            // A list straight under a level: skills if every item leads with a bold name,
            // else what the level is expected to do.
            (Section::Summary, Some(_)) if items.iter().all(|item| item.inline.lead.is_some()) => {
                Section::Skills
            }
            (Section::Summary, Some(_)) => Section::Responsibilities,
            (section, _) => section.clone(),
        };
        if section == Section::Skills && self.section_depth > 0 && self.skill_under_heading(items) {
            return;
        }
        for item in items {
            if section == Section::Skills && self.add_skill(item) {
                continue;
            }
            let (text, line) = (with_children(item), item.inline.line);
            if !self.add_item(&section, &text, line) {
                let (kept, what) = match &section {
                    Section::Unknown(heading) => {
                        (format!("{heading}: {text}"), format!("a list under `{heading}`"))
                    }
                    _ => (text, "a list outside any level".to_string()),
                };
                self.keep(kept, line, &what);
            }
        }
    }

    /// Bullets under a skill's own heading are its examples.
    fn skill_under_heading(&mut self, items: &[Item]) -> bool {
        let Some(skill) = self
            .level
            .and_then(|level| self.draft.levels[level].skills.last_mut())
        else {
            return false;
        };
        for item in items {
            skill.examples.push(item.inline.text.clone());
            skill
                .examples
                .extend(descendants(item).iter().map(|child| child.inline.text.clone()));
        }
        true
    }

    fn add_skill(&mut self, item: &Item) -> bool {
        let Some(level) = self.level else { return false };
        let (name, summary) = match &item.inline.lead {
            Some(lead) => (
                lead.clone(),
                Some(item.inline.rest.clone()).filter(|rest| !rest.is_empty()),
            ),
            None => (item.inline.text.clone(), None),
        };
        self.draft.levels[level].skills.push(DraftSkill {
            name,
            summary,
            examples: descendants(item)
                .iter()
                .map(|child| child.inline.text.clone())
                .collect(),
            line: item.inline.line,
            ..DraftSkill::default()
        });
        true
    }

    /// Adds one item to a section of the current level (or the ladder's principles); false
    /// when the section holds no items.
    fn add_item(&mut self, section: &Section, text: &str, line: usize) -> bool {
        if text.is_empty() {
            return true;
        }
        if *section == Section::Principles && self.level.is_none() {
            self.draft.principles.push(text.to_string());
            return true;
        }
        let Some(level) = self.level.map(|level| &mut self.draft.levels[level]) else {
            return false;
        };
        let list = match section {
            Section::Changes => &mut level.changes,
            Section::Responsibilities => &mut level.responsibilities,
            Section::Success => &mut level.success,
            Section::Notes | Section::Principles => &mut level.notes,
            Section::Skills => {
                level.skills.push(DraftSkill {
                    name: text.to_string(),
                    line,
                    ..DraftSkill::default()
                });
                return true;
            }
            Section::Summary | Section::Unknown(_) => return false,
        };
        list.push(text.to_string());
        true
    }

    fn table(&mut self, grid: &Grid) -> Result<(), ImportError> {
        match read_sheet(grid, self.draft) {
            Ok(()) => Ok(()),
            Err(ImportError::NoLevelColumns { .. })
                if self.section == Section::Skills && self.level.is_some() =>
            {
                let level = self.level.unwrap_or_default();
                // `| Skill | What it means |`: a skill per row.
                for row in grid.rows.iter().skip(1).filter(|row| !row.cell(0).is_empty()) {
                    self.draft.levels[level].skills.push(DraftSkill {
                        name: row.cell(0).to_string(),
                        summary: Some(row.cells[1..].join(" ").trim().to_string()).filter(|s| !s.is_empty()),
                        line: row.line,
                        ..DraftSkill::default()
                    });
                }
                Ok(())
            }
            Err(ImportError::NoLevelColumns { line, .. }) => {
                let text = grid
                    .rows
                    .iter()
                    .map(|row| row.cells.join(" | "))
                    .collect::<Vec<_>>()
                    .join("\n");
                self.keep(text, line, "a table with no level columns");
                Ok(())
            }
            Err(other) => Err(other),
        }
    }

    /// Text that belongs in the current level's summary, or the ladder's.
    fn summarise(&mut self, text: String) {
        match self.level {
            Some(level) => self.draft.levels[level].summary.push(text),
            None => self.draft.summary.push(text),
        }
    }

    /// Text not understood: kept in the summary and reported.
    fn keep(&mut self, text: String, line: usize, what: &str) {
        let kept_in = match self.level {
            Some(level) => format!("the summary of {}", self.draft.levels[level].title),
            None => "the ladder's summary".to_string(),
        };
        self.summarise(text);
        self.draft.unplaced.push(Unplaced {
            line,
            what: what.to_string(),
            kept_in,
        });
    }
}

/// An item's text with its sub-bullets after a colon: `Writes specs: with acceptance criteria`.
fn with_children(item: &Item) -> String {
    let children: Vec<&str> = descendants(item)
        .iter()
        .map(|child| child.inline.text.as_str())
        .collect();
    match (item.inline.text.trim_end_matches(':'), children.as_slice()) {
        (text, []) => text.to_string(),
        ("", children) => children.join("; "),
        (text, children) => format!("{text}: {}", children.join("; ")),
    }
}

fn descendants(item: &Item) -> Vec<&Item> {
    item.children
        .iter()
        .flat_map(|child| std::iter::once(child).chain(descendants(child)))
        .collect()
}
