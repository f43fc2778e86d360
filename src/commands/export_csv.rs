//! `rungs export --format csv`: the ladder as a wide sheet (a row per competency or skill, a
//! column per level), which `rungs import` reads back to the same ladder; with
//! `--with-progress`, the person's state, date and note on each row.
//!
//! What a sheet carries: the title and summary, areas (name and summary), levels (title, code,
//! id), competencies (name, id, area, summary, and per level the milestone's title, text,
//! signals and examples) and skills (name, id, area, summary, level). Not carried: level
//! texts (responsibilities, success…), tracks, points, milestone ids and `formerly`.

use csv::WriterBuilder;
use jiff::tz::TimeZone;

use super::Failure;
use crate::content::{Competency, Ladder, Milestone, Skill};
use crate::import::slug;
use crate::progress::{Item, Progress, SkillState};

/// The sheet for the one loaded ladder (a sheet holds one); `progress` adds the person's
/// columns, with days in the local time zone.
pub fn sheet(ladders: &[Ladder], progress: Option<&Progress>) -> Result<String, Failure> {
    match ladders {
        [ladder] => csv(ladder, progress, &TimeZone::system()),
        _ => Err(Failure::new(
            1,
            format!(
                "error: {} ladders are loaded and a CSV sheet holds one\n  = hint: pick one with --content FILE",
                ladders.len()
            ),
        )),
    }
}

/// The sheet for `ladder`; `progress` adds the person's columns.
pub fn csv(ladder: &Ladder, progress: Option<&Progress>, zone: &TimeZone) -> Result<String, Failure> {
    let sheet = Sheet::new(ladder, progress, zone);
    let mut writer = WriterBuilder::new().from_writer(Vec::new());
    let problem = |error: csv::Error| Failure::new(1, format!("cannot write CSV: {error}"));
    for row in sheet.rows() {
        writer.write_record(&row).map_err(problem)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|error| Failure::new(1, format!("cannot write CSV: {error}")))?;
    String::from_utf8(bytes).map_err(|error| Failure::new(1, format!("cannot write CSV: {error}")))
}

struct Sheet<'a> {
    ladder: &'a Ladder,
    progress: Option<&'a Progress>,
    zone: &'a TimeZone,
    has_areas: bool,
    has_skills: bool,
}

impl<'a> Sheet<'a> {
    fn new(ladder: &'a Ladder, progress: Option<&'a Progress>, zone: &'a TimeZone) -> Self {
        Sheet {
            ladder,
            progress,
            zone,
            has_areas: !ladder.areas.is_empty(),
            has_skills: ladder.levels.iter().any(|level| !level.skills.is_empty()),
        }
    }

    fn width(&self) -> usize {
        usize::from(self.has_areas)
            + usize::from(self.has_skills)
            + 3
            + self.ladder.levels.len()
            + if self.progress.is_some() { 3 } else { 0 }
    }

    /// A row with `lead` (area, kind, name, id, description) then per-level cells, padded.
    fn row(
        &self,
        area: &str,
        kind: &str,
        lead: [&str; 3],
        levels: Vec<String>,
        mine: [String; 3],
    ) -> Vec<String> {
        let mut row = Vec::with_capacity(self.width());
        if self.has_areas {
            row.push(area.to_string());
        }
        if self.has_skills {
            row.push(kind.to_string());
        }
        row.extend(lead.iter().map(|cell| cell.to_string()));
        row.extend(levels);
        if self.progress.is_some() {
            row.extend(mine);
        }
        row.resize(self.width(), String::new());
        row
    }

    fn rows(&self) -> Vec<Vec<String>> {
        let ladder = self.ladder;
        let blank = || [String::new(), String::new(), String::new()];
        let mut rows = vec![self.row("", "", [&ladder.meta.title, "", ""], Vec::new(), blank())];
        if let Some(summary) = &ladder.meta.summary {
            rows.push(self.row("", "", [summary, "", ""], Vec::new(), blank()));
        }
        let name_header = if ladder.competencies.is_empty() {
            "Skill"
        } else {
            "Competency"
        };
        let headers = ladder
            .levels
            .iter()
            .map(|level| match &level.code {
                Some(code) => format!("{code} – {}", level.title),
                None => level.title.clone(),
            })
            .collect();
        let mine = ["My state", "Since", "My note"].map(String::from);
        rows.push(self.row("Area", "Kind", [name_header, "Id", "Description"], headers, mine));
        // Ids made from titles need no row; any other id is written so it comes back.
        if ladder.levels.iter().any(|level| level.id != slug(&level.title)) {
            let ids = ladder.levels.iter().map(|level| level.id.clone()).collect();
            rows.push(self.row("", "", ["Id", "", ""], ids, blank()));
        }
        // Rows without an area first: a blank area cell continues the area above.
        let areas = std::iter::once(None).chain(ladder.areas.iter().map(Some));
        for area in areas {
            let area_id = area.map(|area| area.id.as_str());
            let area_name = area.map_or("", |area| area.name.as_str());
            // Every area gets its own row, so its order, summary and even an empty area survive.
            if let Some(area) = area {
                let summary = area.summary.as_deref().unwrap_or("");
                rows.push(self.row(area_name, "", ["", "", summary], Vec::new(), blank()));
            }
            for competency in ladder
                .competencies
                .iter()
                .filter(|c| c.area.as_deref() == area_id)
            {
                rows.push(self.competency_row(area_name, competency));
            }
            for (index, level) in ladder.levels.iter().enumerate() {
                for skill in level.skills.iter().filter(|s| s.area.as_deref() == area_id) {
                    rows.push(self.skill_row(area_name, index, skill));
                }
            }
        }
        rows
    }

    fn competency_row(&self, area: &str, competency: &Competency) -> Vec<String> {
        let levels = self
            .ladder
            .levels
            .iter()
            .map(|level| {
                let cells: Vec<String> = competency
                    .milestones
                    .iter()
                    .filter(|milestone| milestone.level.contains(&level.id))
                    .map(milestone_cell)
                    .collect();
                cells.join("\n")
            })
            .collect();
        let summary = competency.summary.as_deref().unwrap_or("");
        let mine = self.mine(&Item::competency(&competency.id), Some(competency));
        self.row(
            area,
            "competency",
            [&competency.name, &competency.id, summary],
            levels,
            mine,
        )
    }

    fn skill_row(&self, area: &str, level: usize, skill: &Skill) -> Vec<String> {
        let mut levels = vec![String::new(); self.ladder.levels.len()];
        levels[level] = skill.summary.clone().unwrap_or_else(|| "x".to_string());
        let mine = self.mine(&Item::skill(&skill.id), None);
        self.row(area, "skill", [&skill.name, &skill.id, ""], levels, mine)
    }

    /// The person's state, the day it was reached (or work began) and their note.
    fn mine(&self, item: &Item, competency: Option<&Competency>) -> [String; 3] {
        let Some(entry) = self.progress.and_then(|p| p.record(&self.ladder.meta.id, item)) else {
            return [String::new(), String::new(), String::new()];
        };
        let milestone = competency
            .zip(entry.milestone.as_deref())
            .map(|(competency, id)| {
                let at = (0..competency.milestones.len())
                    .find(|&at| competency.milestone_id(at).as_deref() == Some(id));
                let title = at.and_then(|at| competency.milestones[at].title.clone());
                match (at, title) {
                    (Some(at), Some(title)) => format!("milestone {} ({title})", at + 1),
                    (Some(at), None) => format!("milestone {}", at + 1),
                    (None, _) => format!("milestone {id}"),
                }
            });
        let state = match (milestone, entry.state) {
            (Some(milestone), SkillState::Developing) => format!("{milestone}, working toward the next"),
            (Some(milestone), _) => milestone,
            (None, state) => item.kind().state_name(state).to_string(),
        };
        let since = entry
            .reached
            .or(entry.developing_since)
            .map(|when| when.date(self.zone).to_string());
        [
            state,
            since.unwrap_or_default(),
            entry.note.clone().unwrap_or_default(),
        ]
    }
}

/// A milestone as a cell `rungs import` reads back: `[Title] text`, then `- signal` lines,
/// then `e.g. example` lines.
fn milestone_cell(milestone: &Milestone) -> String {
    let one_line = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut lines = Vec::new();
    let text = milestone.text.as_deref().map(one_line);
    match (&milestone.title, text) {
        (Some(title), Some(text)) => lines.push(format!("[{}] {text}", one_line(title))),
        (Some(title), None) => lines.push(format!("[{}]", one_line(title))),
        (None, Some(text)) => lines.push(text),
        (None, None) => {}
    }
    lines.extend(
        milestone
            .signals
            .iter()
            .map(|signal| format!("- {}", one_line(signal))),
    );
    lines.extend(
        milestone
            .examples
            .iter()
            .map(|example| format!("e.g. {}", one_line(example))),
    );
    lines.join("\n")
}
