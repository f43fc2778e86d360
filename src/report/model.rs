//! A review report as data: where a person stands for a target level, area by area. Built
//! from the readiness computed in `progress` and read by the Markdown and HTML writers, so
//! both say the same thing.

/// Where a person stands on one item, as the report words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Met,
    /// Not assessed, but of a level below the person's own.
    Assumed,
    Developing,
    Missing,
}

impl Standing {
    pub fn counts(self) -> bool {
        matches!(self, Standing::Met | Standing::Assumed)
    }

    pub fn word(self) -> &'static str {
        match self {
            Standing::Met => "met",
            Standing::Assumed => "assumed (below my level)",
            Standing::Developing => "developing",
            Standing::Missing => "missing",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub ladder: String,
    pub my_level: Option<String>,
    pub target: String,
    /// One line: "ready for Senior PM: 14/14" or "not yet ready …".
    pub verdict: String,
    /// (reached, needed) for ladders that count points.
    pub points: Option<(u32, u32)>,
    pub areas: Vec<AreaReview>,
}

/// The items of one area (or of the level, for ladders without areas).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaReview {
    pub name: String,
    pub items: Vec<ReviewItem>,
}

impl AreaReview {
    pub fn met(&self) -> usize {
        self.items.iter().filter(|item| item.standing.counts()).count()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewItem {
    pub name: String,
    /// "skill", "responsibility", "success marker", "competency".
    pub kind: String,
    pub standing: Standing,
    /// What the ladder asks, in its own words (shown for what is missing).
    pub criteria: Option<String>,
    /// The day it was reached, or work began.
    pub on: Option<String>,
    /// Competencies: the milestone reached and the one expected.
    pub milestone: Option<(String, String)>,
    pub evidence: Vec<EvidenceLine>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceLine {
    pub on: String,
    pub text: String,
    pub link: Option<String>,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn item(name: &str, standing: Standing) -> ReviewItem {
        ReviewItem {
            name: name.to_string(),
            kind: "skill".to_string(),
            standing,
            criteria: Some(format!("What {name} asks")),
            on: None,
            milestone: None,
            evidence: Vec::new(),
            note: None,
        }
    }

    /// Two areas, every standing, evidence with and without links, text that needs escaping.
    pub(crate) fn sample() -> Review {
        let mut planning = item("Planning", Standing::Met);
        planning.on = Some("2025-03-02".to_string());
        planning.evidence = vec![
            EvidenceLine {
                on: "2025-03-02".to_string(),
                text: "Ran <b>planning</b>".to_string(),
                link: Some("https://example.com/q2".to_string()),
            },
            EvidenceLine {
                on: "2025-01-10".to_string(),
                text: "Drafted the plan".to_string(),
                link: Some("javascript:alert(1)".to_string()),
            },
        ];
        let mut alignment = item("Alignment", Standing::Developing);
        alignment.kind = "competency".to_string();
        alignment.milestone = Some(("Aligns the team".to_string(), "Aligns several teams".to_string()));
        Review {
            ladder: "Product Management".to_string(),
            my_level: Some("Product Manager".to_string()),
            target: "Senior PM".to_string(),
            verdict: "not yet ready for Senior PM: 2 of 4 met; missing: Alignment, Vision".to_string(),
            points: Some((12, 20)),
            areas: vec![
                AreaReview {
                    name: "Execution".to_string(),
                    items: vec![planning, item("Testing", Standing::Assumed)],
                },
                AreaReview {
                    name: "Strategy".to_string(),
                    items: vec![alignment, item("Vision", Standing::Missing)],
                },
            ],
        }
    }
}
