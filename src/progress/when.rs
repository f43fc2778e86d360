//! When something happened, as the progress file records it: a calendar day (what people
//! write, and what rungs writes from version 2 on) or an exact instant (what version 1 wrote,
//! kept as it was so migrating loses nothing).

use std::fmt;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

/// A day or an instant. Days are the person's own calendar days, with no time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum When {
    Day(Date),
    Instant(Timestamp),
}

impl When {
    /// The calendar day of `time` in `zone`: how the app and the commands stamp a change.
    pub fn day_of(time: Timestamp, zone: &TimeZone) -> When {
        When::Day(time.to_zoned_datetime(zone.clone()).date())
    }

    /// Today in the system's time zone (TZ). Reads the clock: call it outside pure code.
    pub fn today() -> When {
        When::day_of(Timestamp::now(), &TimeZone::system())
    }

    /// The calendar day this falls on in `zone` (a day is the same day everywhere).
    pub fn date(self, zone: &TimeZone) -> Date {
        match self {
            When::Day(date) => date,
            When::Instant(time) => time.to_zoned_datetime(zone.clone()).date(),
        }
    }

    /// Reads what people write by hand: `2025-03-02`, or a date-time with an offset
    /// (`2025-03-02T17:30:00Z`), as version 1 files hold.
    pub fn parse(text: &str) -> Result<When, String> {
        let text = text.trim();
        // Instant first: a date-time's text would also parse as its date.
        if let Ok(time) = text.parse::<Timestamp>() {
            return Ok(When::Instant(time));
        }
        // A date-time without an offset is the writer's wall-clock time: its time of day is
        // kept, read in the local time zone, rather than dropped to leave the day.
        if text.len() > "2025-03-02".len()
            && let Ok(local) = text.parse::<jiff::civil::DateTime>()
            && let Ok(zoned) = local.to_zoned_datetime(TimeZone::system())
        {
            return Ok(When::Instant(zoned.timestamp()));
        }
        if let Ok(date) = text.parse::<Date>() {
            return Ok(When::Day(date));
        }
        Err(format!(
            "`{text}` is not a date (2025-03-02) or a date-time (2025-03-02T17:30:00Z, or 2025-03-02T17:30:00 in local time)"
        ))
    }
}

impl From<Timestamp> for When {
    fn from(time: Timestamp) -> When {
        When::Instant(time)
    }
}

impl From<Date> for When {
    fn from(date: Date) -> When {
        When::Day(date)
    }
}

/// `2025-03-02` or `2025-03-02T17:30:00Z`: the text the file holds, and a valid TOML value.
impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            When::Day(date) => write!(f, "{date}"),
            When::Instant(time) => write!(f, "{time}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_instants_read_back_as_written() {
        for text in ["2025-03-02", "2025-03-02T17:30:00Z"] {
            let when = When::parse(text).expect(text);
            assert_eq!(when.to_string(), text);
        }
        assert!(matches!(When::parse("2025-03-02"), Ok(When::Day(_))));
        let error = When::parse("March 2nd").expect_err("not a date");
        assert!(error.contains("2025-03-02"), "{error}");
    }

    #[test]
    fn an_instant_falls_on_the_day_of_the_zone() {
        let late = When::parse("2025-04-02T23:30:00Z").expect("instant");
        let tokyo = TimeZone::fixed(jiff::tz::offset(9));
        assert_eq!(late.date(&TimeZone::UTC).to_string(), "2025-04-02");
        assert_eq!(late.date(&tokyo).to_string(), "2025-04-03");
        let day = When::parse("2025-04-02").expect("day");
        assert_eq!(
            day.date(&tokyo).to_string(),
            "2025-04-02",
            "a day is the same day everywhere"
        );
    }
}
