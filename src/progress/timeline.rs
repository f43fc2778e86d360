//! When an item got its state, as calendar dates in a given time zone: the words the export
//! and the TUI both show, so they never disagree.

use jiff::tz::TimeZone;

use super::model::{Entry, SkillState};
use super::when::When;

/// The calendar date of `time` in `zone` (YYYY-MM-DD); a promotion doc wants the person's
/// own day, not UTC's.
pub fn calendar_date(time: impl Into<When>, zone: &TimeZone) -> String {
    time.into().date(zone).to_string()
}

impl Entry {
    /// When the skill entered its present state: "developed 2025-04-02" or "developing since
    /// 2025-01-10"; `None` when not started or the date is unknown. Short, for the TUI.
    pub fn state_date(&self, zone: &TimeZone) -> Option<String> {
        match self.state {
            SkillState::Developed => self
                .reached
                .map(|time| format!("developed {}", calendar_date(time, zone))),
            SkillState::Developing => self
                .developing_since
                .map(|time| format!("developing since {}", calendar_date(time, zone))),
            SkillState::NotStarted => None,
        }
    }

    /// [`Entry::state_date`], plus when a developed skill started developing:
    /// "developed 2025-04-02 (developing since 2025-01-10)". For the export.
    pub fn timeline(&self, zone: &TimeZone) -> Option<String> {
        let present = self.state_date(zone)?;
        match (self.state, self.developing_since) {
            (SkillState::Developed, Some(since)) => Some(format!(
                "{present} (developing since {})",
                calendar_date(since, zone)
            )),
            _ => Some(present),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::Timestamp;

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap_or_else(|error| panic!("{text}: {error}"))
    }

    #[test]
    fn the_date_is_the_day_in_the_given_zone() {
        let late = at("2025-04-02T23:30:00Z");
        assert_eq!(calendar_date(late, &TimeZone::UTC), "2025-04-02");
        let tokyo = TimeZone::fixed(jiff::tz::offset(9));
        assert_eq!(calendar_date(late, &tokyo), "2025-04-03");
    }

    /// Developing since 10 January, developed on 2 April 2025.
    fn developed_entry() -> Entry {
        Entry {
            state: SkillState::Developed,
            developing_since: Some(at("2025-01-10T09:00:00Z").into()),
            reached: Some(at("2025-04-02T17:30:00Z").into()),
            ..Entry::default()
        }
    }

    #[test]
    fn each_state_tells_its_dates() {
        let developed = developed_entry();
        assert_eq!(
            developed.timeline(&TimeZone::UTC).as_deref(),
            Some("developed 2025-04-02 (developing since 2025-01-10)")
        );
        let ticked = Entry {
            developing_since: None,
            ..developed.clone()
        };
        assert_eq!(
            ticked.timeline(&TimeZone::UTC).as_deref(),
            Some("developed 2025-04-02")
        );
        let developing = Entry {
            state: SkillState::Developing,
            reached: None,
            ..developed
        };
        assert_eq!(
            developing.timeline(&TimeZone::UTC).as_deref(),
            Some("developing since 2025-01-10")
        );
        assert_eq!(Entry::default().timeline(&TimeZone::UTC), None);
    }

    #[test]
    fn the_short_form_tells_only_the_present_state() {
        let developed = developed_entry();
        assert_eq!(
            developed.state_date(&TimeZone::UTC).as_deref(),
            Some("developed 2025-04-02")
        );
        let undated = Entry {
            reached: None,
            ..developed
        };
        assert_eq!(undated.state_date(&TimeZone::UTC), None);
    }
}
