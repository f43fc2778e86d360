//! A Markdown document as a flat list of blocks (headings, paragraphs, lists, tables, other),
//! read with pulldown-cmark, each with the line it starts on.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::grid::{Grid, Row};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading {
        depth: usize,
        text: String,
        line: usize,
    },
    Paragraph(Inline),
    List(Vec<Item>),
    Table(Grid),
    /// A code block, HTML or front matter: kept as text, never interpreted.
    Other {
        what: &'static str,
        text: String,
        line: usize,
    },
}

/// A paragraph's or list item's text; `lead` is a bold phrase it starts with (`**Name**: …`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inline {
    pub text: String,
    pub lead: Option<String>,
    /// The text after the lead, without the `:` or dash that separates them.
    pub rest: String,
    pub line: usize,
}

impl Inline {
    /// The whole paragraph is one bold phrase (a section label such as `**Skills:**`).
    pub fn is_label(&self) -> bool {
        self.lead.is_some() && self.rest.is_empty()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Item {
    pub inline: Inline,
    pub children: Vec<Item>,
}

/// Text being collected for one paragraph, heading, item or cell.
#[derive(Default)]
struct Buffer {
    text: String,
    lead_end: Option<usize>,
    in_lead: bool,
    line: usize,
}

impl Buffer {
    fn at(line: usize) -> Self {
        Buffer {
            line,
            ..Buffer::default()
        }
    }

    fn finish(self) -> Inline {
        let text = self.text.trim().to_string();
        let (lead, rest) = match self.lead_end {
            Some(end) => {
                let lead = self.text[..end].trim().trim_end_matches(':').trim().to_string();
                let rest = self.text[end..]
                    .trim()
                    .trim_start_matches([':', '-', '–', '—', '·'])
                    .trim()
                    .to_string();
                (Some(lead).filter(|lead| !lead.is_empty()), rest)
            }
            None => (None, text.clone()),
        };
        Inline {
            text,
            lead,
            rest,
            line: self.line,
        }
    }
}

struct Reader {
    line_starts: Vec<usize>,
    blocks: Vec<Block>,
    /// Paragraph or heading text outside lists.
    buffer: Option<Buffer>,
    items: Vec<(Buffer, Vec<Item>)>,
    lists: Vec<Vec<Item>>,
    table: Option<(Grid, Row)>,
    cell: Option<Buffer>,
    links: Vec<String>,
    other: Option<(&'static str, String, usize)>,
}

/// Reads `text` into blocks. Never fails: pulldown-cmark reads any text as Markdown.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut reader = Reader {
        line_starts: std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect(),
        blocks: Vec::new(),
        buffer: None,
        items: Vec::new(),
        lists: Vec::new(),
        table: None,
        cell: None,
        links: Vec::new(),
        other: None,
    };
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        let line = reader.line_of(range.start);
        reader.event(event, line);
    }
    reader.blocks
}

impl Reader {
    fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset)
    }

    /// Where inline text goes now: the innermost open cell, item or paragraph.
    fn current(&mut self) -> Option<&mut Buffer> {
        if let Some(cell) = self.cell.as_mut() {
            return Some(cell);
        }
        if let Some((buffer, _)) = self.items.last_mut() {
            return Some(buffer);
        }
        self.buffer.as_mut()
    }

    fn push_text(&mut self, text: &str) {
        if let Some((_, collected, _)) = self.other.as_mut() {
            collected.push_str(text);
        } else if let Some(buffer) = self.current() {
            buffer.text.push_str(text);
        }
    }

    fn event(&mut self, event: Event<'_>, line: usize) {
        match event {
            Event::Start(tag) => self.start(tag, line),
            Event::End(tag) => self.end(tag, line),
            Event::Text(text) | Event::Code(text) | Event::InlineMath(text) | Event::DisplayMath(text) => {
                self.push_text(&text)
            }
            Event::SoftBreak => self.push_text(" "),
            Event::HardBreak => self.push_text("\n"),
            Event::InlineHtml(html) | Event::Html(html) => {
                let tag = html.trim().to_ascii_lowercase();
                if matches!(tag.as_str(), "<br>" | "<br/>" | "<br />") {
                    self.push_text("\n");
                } else if self.other.is_some() || self.current().is_some() {
                    self.push_text(&html);
                } else {
                    self.other = Some(("HTML", html.to_string(), line));
                    self.close_other();
                }
            }
            Event::FootnoteReference(_) | Event::Rule | Event::TaskListMarker(_) => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>, line: usize) {
        match tag {
            Tag::Paragraph | Tag::Heading { .. } => {
                if self.items.is_empty() && self.cell.is_none() {
                    self.buffer = Some(Buffer::at(line));
                } else if let Some(buffer) = self.current()
                    && !buffer.text.is_empty()
                {
                    buffer.text.push('\n');
                }
            }
            Tag::List(_) => self.lists.push(Vec::new()),
            Tag::Item => self.items.push((Buffer::at(line), Vec::new())),
            Tag::Table(_) => self.table = Some((Grid::default(), Row::default())),
            Tag::TableHead | Tag::TableRow => {
                if let Some((_, row)) = self.table.as_mut() {
                    *row = Row {
                        line,
                        cells: Vec::new(),
                    };
                }
            }
            Tag::TableCell => self.cell = Some(Buffer::at(line)),
            Tag::Strong => {
                if let Some(buffer) = self.current()
                    && buffer.text.trim().is_empty()
                    && buffer.lead_end.is_none()
                {
                    buffer.in_lead = true;
                }
            }
            Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => self.links.push(dest_url.to_string()),
            Tag::CodeBlock(_) => self.other = Some(("a code block", String::new(), line)),
            Tag::HtmlBlock => self.other = Some(("HTML", String::new(), line)),
            Tag::MetadataBlock(_) => self.other = Some(("front matter", String::new(), line)),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd, _line: usize) {
        match tag {
            TagEnd::Paragraph if self.items.is_empty() && self.cell.is_none() => {
                if let Some(buffer) = self.buffer.take() {
                    self.blocks.push(Block::Paragraph(buffer.finish()));
                }
            }
            TagEnd::Heading(level) if self.items.is_empty() => {
                if let Some(buffer) = self.buffer.take() {
                    let inline = buffer.finish();
                    self.blocks.push(Block::Heading {
                        depth: level as usize,
                        text: inline.text,
                        line: inline.line,
                    });
                }
            }
            TagEnd::Item => {
                if let Some((buffer, children)) = self.items.pop() {
                    let item = Item {
                        inline: buffer.finish(),
                        children,
                    };
                    if let Some(list) = self.lists.last_mut() {
                        list.push(item);
                    }
                }
            }
            TagEnd::List(_) => {
                let list = self.lists.pop().unwrap_or_default();
                match self.items.last_mut() {
                    Some((_, children)) => children.extend(list),
                    None => self.blocks.push(Block::List(list)),
                }
            }
            TagEnd::TableCell => {
                if let (Some(cell), Some((_, row))) = (self.cell.take(), self.table.as_mut()) {
                    row.cells.push(cell.finish().text);
                }
            }
            TagEnd::TableHead | TagEnd::TableRow => {
                if let Some((grid, row)) = self.table.as_mut() {
                    grid.rows.push(std::mem::take(row));
                }
            }
            TagEnd::Table => {
                if let Some((grid, _)) = self.table.take() {
                    self.blocks.push(Block::Table(grid));
                }
            }
            TagEnd::Strong => {
                if let Some(buffer) = self.current()
                    && buffer.in_lead
                {
                    buffer.in_lead = false;
                    buffer.lead_end = Some(buffer.text.len());
                }
            }
            TagEnd::Link | TagEnd::Image => {
                let url = self.links.pop().unwrap_or_default();
                let shown = self.current().is_some_and(|buffer| buffer.text.contains(&url));
                if !url.is_empty() && !url.starts_with('#') && !shown {
                    self.push_text(&format!(" ({url})"));
                }
            }
            TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_) => self.close_other(),
            _ => {}
        }
    }

    fn close_other(&mut self) {
        if let Some((what, text, line)) = self.other.take()
            && !text.trim().is_empty()
        {
            self.blocks.push(Block::Other {
                what,
                text: text.trim_end().to_string(),
                line,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_paragraphs_and_nested_lists() {
        let blocks = blocks(
            "# Ladder\n\nIntro\ntext.\n\n## L1\n\n- **Testing**: writes tests\n  - unit\n- [x] Ships\n",
        );
        assert_eq!(
            blocks[0],
            Block::Heading {
                depth: 1,
                text: "Ladder".into(),
                line: 1
            }
        );
        let Block::Paragraph(intro) = &blocks[1] else {
            panic!("{blocks:?}")
        };
        assert_eq!((intro.text.as_str(), intro.line), ("Intro text.", 3));
        let Block::List(items) = &blocks[3] else {
            panic!("{blocks:?}")
        };
        assert_eq!(items[0].inline.lead.as_deref(), Some("Testing"));
        assert_eq!(items[0].inline.rest, "writes tests");
        assert_eq!(items[0].inline.line, 8);
        assert_eq!(items[0].children[0].inline.text, "unit");
        assert_eq!(items[1].inline.text, "Ships");
    }

    #[test]
    fn labels_tables_and_code() {
        let text = "**Skills:**\n\n| Skill | L1 | L2 |\n|---|---|---|\n| Testing | a<br>b | [c](http://x) |\n\n```\ncode\n```\n";
        let blocks = blocks(text);
        let Block::Paragraph(label) = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert!(label.is_label());
        assert_eq!(label.lead.as_deref(), Some("Skills"));
        let Block::Table(grid) = &blocks[1] else {
            panic!("{blocks:?}")
        };
        assert_eq!(grid.rows[1].cells, ["Testing", "a\nb", "c (http://x)"]);
        assert_eq!(grid.rows[1].line, 5);
        assert_eq!(
            blocks[2],
            Block::Other {
                what: "a code block",
                text: "code".into(),
                line: 7
            }
        );
    }
}
