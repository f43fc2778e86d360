//! Search mode: the prompt typed over the browse screen, its ranked results, and the jump to
//! a result on Enter.
//!
//! Nothing of the browse state (ladder, selection, focus, scroll) changes while the prompt is
//! open, so Esc returns exactly where the user was by switching the mode back. The index is
//! built on the first `/`, not at start, so a big ladder's first frame does not wait for it.

use crate::search::{Hit, HitKind, Match, Owner, SearchIndex, Searcher};

use super::cursor::ListCursor;
use super::{App, Focus, Intent, LadderEntry, Mode};

/// The search prompt: the index of every searchable line (built on the first `/`), the
/// searcher that ranks the query against it, the query, and where the cursor is in the results.
#[derive(Debug, Default)]
pub struct SearchPrompt {
    index: Option<SearchIndex>,
    searcher: Searcher,
    query: String,
    /// The selected result among the ranked matches.
    selected: ListCursor,
    /// The first result row on screen.
    offset: usize,
}

/// A line of the detail pane that a search jumped to: the pane marks it and scrolls to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DetailMark {
    pub kind: HitKind,
    /// Index in the owner's list of that kind (the 3rd responsibility: 2).
    pub item: usize,
}

impl App {
    pub fn search_query(&self) -> &str {
        &self.search.query
    }

    /// The current query's matches, best first.
    pub fn search_matches(&self) -> &[Match] {
        self.search.searcher.matches()
    }

    /// How many lines there are to search (the "of 340" in "12 of 340").
    pub fn search_total(&self) -> usize {
        self.search.index.as_ref().map_or(0, SearchIndex::len)
    }

    pub fn search_selected(&self) -> usize {
        self.search.selected.index()
    }

    pub fn search_offset(&self) -> usize {
        self.search.offset
    }

    /// The `at`th ranked result, with the matched characters when `highlights` (which costs a
    /// match, so only for rows on screen).
    pub fn search_hit(&self, at: usize, highlights: bool) -> Option<Hit<'_>> {
        let index = self.search.index.as_ref()?;
        let found = *self.search.searcher.matches().get(at)?;
        Some(if highlights {
            self.search.searcher.hit(index, &self.ladders, found)
        } else {
            Hit::without_highlights(index, &self.ladders, found)
        })
    }

    /// The detail-pane line the last search jumped to, until another entry is selected.
    pub fn detail_mark(&self) -> Option<DetailMark> {
        self.browse.detail_mark
    }

    /// Whether the next frame should scroll the detail pane to [`App::detail_mark`].
    pub fn reveals_mark(&self) -> bool {
        self.browse.reveal_mark
    }

    pub(super) fn open_search(&mut self) {
        if self.search.index.is_none() {
            self.search.index = Some(SearchIndex::build(&self.ladders));
        }
        // A fresh query; the index and the searcher's cached steps are kept.
        self.search.query.clear();
        self.run_search();
        self.mode = Mode::Search;
    }

    /// Typed or pasted text into the query. Control characters would draw as nothing; a
    /// pasted tab or newline is a gap.
    pub(super) fn search_insert(&mut self, text: &str) {
        let text = text.chars().map(|c| if c.is_control() { ' ' } else { c });
        self.search.query.extend(text);
        self.run_search();
    }

    pub(super) fn update_search(&mut self, intent: Intent) {
        let page = usize::from(self.measured.search_rows.max(1));
        match intent {
            Intent::SearchType(c) => self.search_insert(c.encode_utf8(&mut [0; 4])),
            Intent::SearchBackspace => {
                self.search.query.pop();
                self.run_search();
            }
            Intent::SearchDeleteWord => {
                let kept = self.search.query.trim_end();
                let kept = kept.rfind(char::is_whitespace).map_or("", |at| &kept[..=at]);
                self.search.query.truncate(kept.len());
                self.run_search();
            }
            Intent::SearchClear => {
                self.search.query.clear();
                self.run_search();
            }
            Intent::Up => self.move_result(-1),
            Intent::Down => self.move_result(1),
            Intent::PageUp => self.move_result(-(page as isize)),
            Intent::PageDown => self.move_result(page as isize),
            Intent::Open => self.jump_to_selected(),
            Intent::Back => self.mode = Mode::Browse,
            _ => {}
        }
    }

    /// Searches the query as it now stands; the searcher narrows from the last one.
    fn run_search(&mut self) {
        if let Some(index) = &self.search.index {
            self.search
                .searcher
                .search(index, &self.ladders, &self.search.query);
        }
        self.search.selected = ListCursor::default();
        self.search.offset = 0;
    }

    pub(super) fn move_result(&mut self, step: isize) {
        let len = self.search_matches().len();
        self.search.selected.step(step, len);
        self.keep_result_in_view();
    }

    /// Scrolls the result list so the selected row is on screen.
    pub(super) fn keep_result_in_view(&mut self) {
        let rows = usize::from(self.measured.search_rows.max(1));
        let search = &mut self.search;
        let selected = search.selected.index();
        if selected < search.offset {
            search.offset = selected;
        } else if selected >= search.offset + rows {
            search.offset = selected + 1 - rows;
        }
    }

    /// Enter: close the prompt and select the result in the ladder, in the pane where the
    /// next key acts on it (a skill in the skills pane, so Space ticks it at once).
    fn jump_to_selected(&mut self) {
        self.mode = Mode::Browse;
        let Some(hit) = self.search_hit(self.search.selected.index(), false) else {
            return;
        };
        let (ladder, owner, kind, item) = (hit.ladder, hit.owner, hit.kind, hit.item);
        self.select_ladder(ladder);
        let entry = match owner {
            Owner::Level(at) => LadderEntry::Level(at),
            Owner::Track(at) | Owner::TrackLevel { track: at, .. } => LadderEntry::Track(at),
            // Competencies have no view of their own yet; the ladder's page is the nearest.
            Owner::Ladder | Owner::Competency(_) | Owner::Milestone { .. } => LadderEntry::About,
        };
        let Some(at) = self.browse.entries.iter().position(|e| *e == entry) else {
            return;
        };
        self.browse.select_entry(at);
        self.browse.reveal_mark = false;
        match kind {
            HitKind::Skill => self.select_skill(item),
            HitKind::Ladder | HitKind::Level | HitKind::Alias | HitKind::Track => {
                self.browse.focus = Focus::Ladder
            }
            _ => {
                self.browse.detail_mark = Some(DetailMark { kind, item });
                self.browse.reveal_mark = true;
                self.browse.focus = Focus::Detail;
            }
        }
    }

    /// Selects the `item`th skill of the selected entry in the skills pane, showing developed
    /// skills again if the filter hides this one.
    fn select_skill(&mut self, item: usize) {
        let Some(id) = self.skills().get(item).map(|skill| skill.id.clone()) else {
            self.browse.focus = Focus::Ladder;
            return;
        };
        let position = |app: &App| app.visible_skills().iter().position(|skill| skill.id == id);
        let at = match position(self) {
            Some(at) => at,
            None => {
                self.browse.hide_developed = false;
                position(self).unwrap_or(item)
            }
        };
        let len = self.visible_skills().len();
        self.browse.skill.select(at, len);
        self.browse.focus = Focus::Skills;
    }

    /// A frame measured where the marked line is: scroll there once.
    pub(super) fn reveal_measured(&mut self, line: Option<u16>) {
        if let (true, Some(line)) = (self.browse.reveal_mark, line) {
            self.browse.detail.to(line, self.measured.detail);
            self.browse.reveal_mark = false;
        }
    }
}
