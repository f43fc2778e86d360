//! A [`Gap`] as `rungs gap` prints it, and as `gap --json`, `status --json` and
//! `export --format json` carry it: one report value, so text and JSON never disagree.

use std::fmt::Write as _;

use jiff::tz::TimeZone;
use serde::Serialize;

use crate::content::Competency;
use crate::progress::{Entry, Evidence, Gap, Need, Requirement, Standing, When};

#[derive(Debug, Serialize)]
pub struct GapReport {
    pub ladder: String,
    pub target: LevelRef,
    /// The level whose skills the target asks for.
    pub below: Option<LevelRef>,
    pub my_level: Option<LevelRef>,
    /// Whether unassessed items of levels below yours count as met.
    pub assumed: bool,
    pub ready: bool,
    pub met: usize,
    pub total: usize,
    pub verdict: String,
    pub requirements: Vec<RequirementReport>,
}

#[derive(Debug, Serialize)]
pub struct LevelRef {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Serialize)]
pub struct RequirementReport {
    /// "skill" or "expectation".
    pub kind: &'static str,
    /// As `rungs tick` accepts it: `product-thinking`, `senior-pm/own-the-roadmap`.
    pub id: String,
    /// A skill's name, an expectation's text.
    pub name: String,
    /// The heading it is grouped under.
    pub group: String,
    pub area: Option<String>,
    pub standing: Standing,
    /// Competencies: the milestone the target expects ("3 Adopts").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_milestone: Option<String>,
    /// Competencies: the highest milestone reached (or assumed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reached_milestone: Option<String>,
    /// The points total against `min_points`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub points: Option<PointsReport>,
    pub reached: Option<When>,
    pub developing_since: Option<When>,
    pub note: Option<String>,
    /// Newest first.
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Serialize)]
pub struct PointsReport {
    pub have: u32,
    pub need: u32,
}

/// "2 Adopts": a milestone's number and its short name, for a gap line.
fn milestone_label(competency: &Competency, at: Option<usize>) -> Option<String> {
    let at = at?;
    let milestone = competency.milestones.get(at)?;
    let id = competency.milestone_id(at).unwrap_or_default();
    Some(match &milestone.title {
        Some(title) => format!("{id} {title}"),
        None => id.into_owned(),
    })
}

impl GapReport {
    pub fn of(gap: &Gap, assumed: bool) -> GapReport {
        let level = |level: &crate::content::Level| LevelRef {
            id: level.id.clone(),
            title: level.title.clone(),
        };
        GapReport {
            ladder: gap.ladder.meta.id.clone(),
            target: level(gap.target),
            below: gap.below.map(level),
            my_level: gap.my_level.map(level),
            assumed,
            ready: gap.is_ready(),
            met: gap.met(),
            total: gap.total(),
            verdict: gap.verdict(),
            requirements: gap.requirements.iter().map(|r| requirement(gap, r)).collect(),
        }
    }

    /// The report as `rungs gap` prints it: a heading, then each group with what is met
    /// and what is missing, then the verdict.
    pub fn text(&self, zone: &TimeZone) -> String {
        let mut out = format!("Gap to {}  [{}]\n", plain(&self.target.title), self.target.id);
        match &self.my_level {
            Some(mine) => {
                let _ = write!(out, "My level: {}", plain(&mine.title));
                if self.assumed {
                    out.push_str(" (items of levels below it count as met: ○ assumed)");
                }
                out.push('\n');
            }
            None => out.push_str("My level: not set (`rungs level LEVEL`)\n"),
        }
        let mut groups: Vec<&str> = Vec::new();
        for requirement in &self.requirements {
            if !groups.contains(&requirement.group.as_str()) {
                groups.push(&requirement.group);
            }
        }
        for group in groups {
            let members: Vec<&RequirementReport> =
                self.requirements.iter().filter(|r| r.group == group).collect();
            let met = members.iter().filter(|r| r.standing.counts()).count();
            let _ = writeln!(out, "\n{}  {met}/{}", plain(group), members.len());
            for requirement in members {
                line(&mut out, requirement, zone);
            }
        }
        if self.requirements.is_empty() {
            out.push_str("\nThis level lists nothing to assess.\n");
        }
        let _ = writeln!(out, "\nVerdict: {}", plain(&self.verdict));
        out
    }
}

fn requirement(gap: &Gap, requirement: &Requirement) -> RequirementReport {
    let entry = requirement.entry.cloned().unwrap_or_default();
    let (kind, id, group) = match &requirement.need {
        Need::Skill(skill) => {
            let from = gap
                .below
                .map_or(String::new(), |level| format!(" (from {})", level.title));
            (
                "skill",
                skill.id.clone(),
                format!("Skills to have developed{from}"),
            )
        }
        Need::Expectation(expectation) => {
            let list = match expectation.kind {
                crate::progress::ExpectationKind::Responsibility => "responsibilities",
                crate::progress::ExpectationKind::Success => "what success looks like",
            };
            (
                "expectation",
                format!("{}/{}", expectation.level, expectation.id),
                format!("{}: {list}", gap.target.title),
            )
        }
        Need::Competency { competency, .. } => (
            "competency",
            competency.id.clone(),
            format!("Competencies {} expects", gap.target.title),
        ),
        Need::Points { .. } => ("points", String::new(), "Points".to_string()),
    };
    let area = requirement.area().map(|id| {
        gap.ladder
            .find_area(id)
            .map_or(id, |area| area.name.as_str())
            .to_string()
    });
    let (expected_label, reached_label, points) = match &requirement.need {
        Need::Competency {
            competency,
            expected,
            reached,
        } => (
            milestone_label(competency, Some(*expected)),
            milestone_label(competency, *reached),
            None,
        ),
        Need::Points { have, need } => (None, None, Some((*have, *need))),
        _ => (None, None, None),
    };
    let Entry {
        reached,
        developing_since,
        note,
        evidence,
        ..
    } = entry;
    RequirementReport {
        kind,
        id,
        name: requirement.name().to_string(),
        group: area.clone().unwrap_or(group),
        area,
        standing: requirement.standing,
        expected_milestone: expected_label,
        reached_milestone: reached_label,
        points: points.map(|(have, need)| PointsReport { have, need }),
        reached,
        developing_since,
        note,
        evidence,
    }
}

/// `  ✓ Name  [id]`, then what is known: `met 2025-03-02 · 2 pieces of evidence, newest …`.
fn line(out: &mut String, requirement: &RequirementReport, zone: &TimeZone) {
    let _ = write!(
        out,
        "  {} {}",
        requirement.standing.symbol(),
        plain(&requirement.name)
    );
    let mut facts = Vec::new();
    if let Some(points) = &requirement.points {
        facts.push(format!("{} of {} points", points.have, points.need));
    }
    if let Some(expected) = &requirement.expected_milestone {
        let at = requirement.reached_milestone.as_deref().unwrap_or("none");
        facts.push(format!("expects milestone {expected}; at {at}"));
    }
    match requirement.standing {
        Standing::Met => {
            let word = if requirement.kind == "skill" {
                "developed"
            } else {
                "met"
            };
            facts.push(match requirement.reached {
                Some(when) => format!("{word} {}", when.date(zone)),
                None => word.to_string(),
            })
        }
        Standing::Assumed => facts.push("assumed (below your level)".to_string()),
        Standing::Developing => facts.push(match requirement.developing_since {
            Some(when) => format!("developing since {}", when.date(zone)),
            None => "developing".to_string(),
        }),
        Standing::Missing => {}
    }
    if let Some(newest) = requirement.evidence.first() {
        let count = requirement.evidence.len();
        facts.push(format!(
            "{count} piece{} of evidence, newest {}: {}",
            if count == 1 { "" } else { "s" },
            newest.on,
            plain(&newest.text)
        ));
    }
    if requirement.id.is_empty() {
        out.push('\n');
    } else {
        let _ = writeln!(out, "  [{}]", requirement.id);
    }
    if !facts.is_empty() {
        let _ = writeln!(out, "      {}", facts.join(" · "));
    }
}

/// Text from files on one line, with no control characters reaching the terminal.
pub fn plain(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}
