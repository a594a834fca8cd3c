//! ISO 8601 weeks as the leader names them: `2027-W12`, `12-2027`, `uge 12 2027` or any date in
//! the week.
//!
//! Danes plan in *uger*, so a week, not a date, is what the time log is keyed by and what the
//! command line takes. The week and its year are ISO 8601: 1 January 2027 lies in week 53 of
//! 2026, and a week 53 exists only in some years. Getting that wrong would file an entry under
//! a week the plan does not have.
//!
//! Parsing is forgiving about the form (a municipal employee types whatever their calendar
//! shows) but strict about the value: a week that does not exist, or a year far from today
//! (almost always a typo such as `12-0227`), is refused with a [`WeekError`]. The error is plain
//! data; the words for it live with the rest of the user's texts. The save file uses the one
//! canonical form, `YYYY-Www`, whose text order is also the calendar order, so a diff of two
//! saved logs reads top to bottom in time.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// The first year a typed week or date may name.
pub const FIRST_YEAR: i32 = 1900;
/// The last year a typed week or date may name.
pub const LAST_YEAR: i32 = 2999;

/// One ISO 8601 week. Always a week that exists: week 53 only in years that have it.
///
/// Ordered by time, so a `BTreeMap<IsoWeek, _>` runs from the earliest week to the latest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoWeek {
    // Field order is the ordering: year first, then week.
    year: i32,
    week: u32,
}

/// Why a text or a number is not a week. Plain data: the wording is the caller's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeekError {
    /// Nothing was typed.
    Empty,
    /// Not a form of week or date that is understood.
    Unrecognised,
    /// A week number without a year (`uge 12`).
    MissingYear { week: u32 },
    /// Shaped like a date, but no such date exists (`31-02-2027`).
    NoSuchDate,
    /// The year has no such week (week 0, week 54, or week 53 in a year of 52 weeks).
    NoSuchWeek {
        year: i32,
        week: u32,
        weeks_in_year: u32,
    },
    /// The year is outside [`FIRST_YEAR`]..=[`LAST_YEAR`] (for a date: its week's ISO year).
    YearOutOfRange { year: i32 },
}

/// 52 or 53: how many ISO weeks `year` has.
pub fn weeks_in_year(year: i32) -> u32 {
    if NaiveDate::from_isoywd_opt(year, 53, Weekday::Mon).is_some() {
        53
    } else {
        52
    }
}

impl IsoWeek {
    /// The week `week` of ISO year `year`, if the year has it. Any year the calendar can hold
    /// is taken here; only typed input ([`IsoWeek::parse`]) is limited to 1900–2999.
    pub fn new(year: i32, week: u32) -> Result<IsoWeek, WeekError> {
        if week == 0 || NaiveDate::from_isoywd_opt(year, week, Weekday::Mon).is_none() {
            if NaiveDate::from_isoywd_opt(year, 1, Weekday::Mon).is_none() {
                return Err(WeekError::YearOutOfRange { year });
            }
            return Err(WeekError::NoSuchWeek {
                year,
                week,
                weeks_in_year: weeks_in_year(year),
            });
        }
        Ok(IsoWeek { year, week })
    }

    /// The week that contains `date`.
    pub fn of(date: NaiveDate) -> IsoWeek {
        let iso = date.iso_week();
        IsoWeek {
            year: iso.year(),
            week: iso.week(),
        }
    }

    /// The ISO year, which differs from the calendar year around New Year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The week number, 1–53.
    pub fn week(self) -> u32 {
        self.week
    }

    /// The week's Monday.
    pub fn monday(self) -> NaiveDate {
        // Every `IsoWeek` was checked to exist when it was made; only a week at the very edge
        // of the calendar's range could lack a Monday, and then the earliest date stands in
        // rather than a panic.
        NaiveDate::from_isoywd_opt(self.year, self.week, Weekday::Mon).unwrap_or(NaiveDate::MIN)
    }

    /// The week's Sunday.
    pub fn sunday(self) -> NaiveDate {
        self.monday()
            .checked_add_signed(Duration::days(6))
            .unwrap_or(NaiveDate::MAX)
    }

    /// Whether `date` falls in this week.
    pub fn contains(self, date: NaiveDate) -> bool {
        IsoWeek::of(date) == self
    }

    /// The week after this one.
    pub fn next(self) -> Option<IsoWeek> {
        self.monday()
            .checked_add_signed(Duration::weeks(1))
            .map(IsoWeek::of)
    }

    /// The week before this one.
    pub fn previous(self) -> Option<IsoWeek> {
        self.monday()
            .checked_sub_signed(Duration::weeks(1))
            .map(IsoWeek::of)
    }

    /// A week as a user types it: `2027-W12`, `2027-w12`, `2027W12`, `12-2027`, `12/2027`,
    /// `uge 12 2027`, `week 12, 2027`, `w12 2027`, or a date in the week (`2027-03-24`,
    /// `24-03-2027`, `24.03.2027`, `24/03/2027`). Years outside 1900–2999 are refused.
    pub fn parse(input: &str) -> Result<IsoWeek, WeekError> {
        let text = input.trim().to_lowercase();
        if text.is_empty() {
            return Err(WeekError::Empty);
        }
        for prefix in ["uge", "week", "wk", "w"] {
            if let Some(rest) = text.strip_prefix(prefix) {
                return week_then_year(rest);
            }
        }
        if let Some((year, week)) = text.split_once('w') {
            let year = year.strip_suffix('-').unwrap_or(year).trim_end();
            let week = week.trim_start();
            return match (number(year), number(week)) {
                (Some(year), Some(week)) => typed(year, week),
                _ => Err(WeekError::Unrecognised),
            };
        }
        let parts: Vec<&str> = text
            .split(['-', '/', '.', ' '])
            .filter(|p| !p.is_empty())
            .collect();
        if !parts.iter().all(|p| is_digits(p)) {
            return Err(WeekError::Unrecognised);
        }
        match parts.as_slice() {
            [week, year] if week.len() <= 2 && year.len() == 4 => {
                match (number(week), number(year)) {
                    (Some(week), Some(year)) => typed(year, week),
                    _ => Err(WeekError::Unrecognised),
                }
            }
            [first, middle, last] if middle.len() <= 2 => {
                let (year, month, day) = match (first.len(), last.len()) {
                    (4, 1..=2) => (first, middle, last),
                    (1..=2, 4) => (last, middle, first),
                    _ => return Err(WeekError::Unrecognised),
                };
                let date = match (number(year), number(month), number(day)) {
                    (Some(year), Some(month), Some(day)) => {
                        NaiveDate::from_ymd_opt(year as i32, month, day)
                    }
                    _ => None,
                };
                let week = IsoWeek::of(date.ok_or(WeekError::NoSuchDate)?);
                if (FIRST_YEAR..=LAST_YEAR).contains(&week.year) {
                    Ok(week)
                } else {
                    Err(WeekError::YearOutOfRange { year: week.year })
                }
            }
            _ => Err(WeekError::Unrecognised),
        }
    }

    /// The save file's form and nothing else: `YYYY-Www`, as [`fmt::Display`] writes it.
    pub fn parse_canonical(text: &str) -> Option<IsoWeek> {
        let (year, week) = text.split_once("-W")?;
        let digits = year.strip_prefix('-').unwrap_or(year);
        if digits.len() < 4 || !is_digits(digits) || week.len() != 2 || !is_digits(week) {
            return None;
        }
        let week = IsoWeek::new(year.parse().ok()?, week.parse().ok()?).ok()?;
        // Only the exact text Display writes, so a key cannot be spelt two ways in one file.
        (week.to_string() == text).then_some(week)
    }
}

/// After `uge`/`week`: the week number, then the year.
fn week_then_year(rest: &str) -> Result<IsoWeek, WeekError> {
    let parts: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | '/' | '.'))
        .filter(|p| !p.is_empty())
        .collect();
    match parts.as_slice() {
        [week] => match number(week) {
            Some(week) => Err(WeekError::MissingYear { week }),
            None => Err(WeekError::Unrecognised),
        },
        [week, year] => match (number(week), number(year)) {
            (Some(week), Some(year)) => typed(year, week),
            _ => Err(WeekError::Unrecognised),
        },
        _ => Err(WeekError::Unrecognised),
    }
}

/// A typed year and week: the year must be near enough to be meant, the week must exist.
fn typed(year: u32, week: u32) -> Result<IsoWeek, WeekError> {
    let year = i32::try_from(year).unwrap_or(i32::MAX);
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return Err(WeekError::YearOutOfRange { year });
    }
    IsoWeek::new(year, week)
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// A run of ASCII digits short enough to be a year or a week.
fn number(s: &str) -> Option<u32> {
    if is_digits(s) && s.len() <= 9 {
        s.parse().ok()
    } else {
        None
    }
}

impl fmt::Display for IsoWeek {
    /// `2027-W12`: four-digit year, two-digit week.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.year < 0 {
            write!(f, "-{:04}-W{:02}", self.year.unsigned_abs(), self.week)
        } else {
            write!(f, "{:04}-W{:02}", self.year, self.week)
        }
    }
}

impl FromStr for IsoWeek {
    type Err = WeekError;

    /// The forgiving form of [`IsoWeek::parse`], for the command line.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        IsoWeek::parse(s)
    }
}

impl Serialize for IsoWeek {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for IsoWeek {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct WeekVisitor;

        impl Visitor<'_> for WeekVisitor {
            type Value = IsoWeek;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an ISO week such as \"2027-W12\"")
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<IsoWeek, E> {
                IsoWeek::parse_canonical(value)
                    .ok_or_else(|| E::invalid_value(de::Unexpected::Str(value), &self))
            }
        }

        deserializer.deserialize_str(WeekVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn w(year: i32, week: u32) -> IsoWeek {
        IsoWeek::new(year, week).unwrap()
    }

    #[test]
    fn every_typed_form_names_the_same_week() {
        for text in [
            "2027-W12",
            "2027-w12",
            "2027W12",
            " 2027-W12 ",
            "12-2027",
            "12/2027",
            "12 2027",
            "uge 12 2027",
            "Uge 12, 2027",
            "uge 12-2027",
            "week 12 2027",
            "WEEK 12 2027",
            "w12 2027",
            "2027-03-24",
            "24-03-2027",
            "24.03.2027",
            "24/03/2027",
            "24 03 2027",
            "22-3-2027",
            "28-03-2027",
        ] {
            assert_eq!(IsoWeek::parse(text), Ok(w(2027, 12)), "{text:?}");
        }
    }

    #[test]
    fn a_week_is_written_with_a_zero_padded_number() {
        assert_eq!(w(2027, 5).to_string(), "2027-W05");
        assert_eq!(w(2027, 12).to_string(), "2027-W12");
        assert_eq!(
            IsoWeek::parse("uge 5 2027").unwrap().to_string(),
            "2027-W05"
        );
    }

    #[test]
    fn week_53_exists_only_in_years_that_have_it() {
        assert_eq!(weeks_in_year(2026), 53);
        assert_eq!(weeks_in_year(2027), 52);
        assert_eq!(weeks_in_year(2020), 53);
        assert_eq!(IsoWeek::parse("2026-W53"), Ok(w(2026, 53)));
        assert_eq!(
            IsoWeek::parse("53-2027"),
            Err(WeekError::NoSuchWeek {
                year: 2027,
                week: 53,
                weeks_in_year: 52
            })
        );
        assert_eq!(
            IsoWeek::parse("uge 0 2027"),
            Err(WeekError::NoSuchWeek {
                year: 2027,
                week: 0,
                weeks_in_year: 52
            })
        );
        assert!(matches!(
            IsoWeek::parse("2027-W54"),
            Err(WeekError::NoSuchWeek { week: 54, .. })
        ));
    }

    #[test]
    fn a_date_around_new_year_belongs_to_its_iso_year() {
        // 1 January 2027 is a Friday in week 53 of 2026; week 1 of 2027 starts on 4 January.
        assert_eq!(IsoWeek::parse("01-01-2027"), Ok(w(2026, 53)));
        assert_eq!(IsoWeek::of(d(2026, 12, 28)), w(2026, 53));
        assert_eq!(IsoWeek::of(d(2027, 1, 3)), w(2026, 53));
        assert_eq!(IsoWeek::of(d(2027, 1, 4)), w(2027, 1));
        assert_eq!(w(2027, 1).monday(), d(2027, 1, 4));
        assert_eq!(w(2026, 53).monday(), d(2026, 12, 28));
        assert_eq!(w(2026, 53).sunday(), d(2027, 1, 3));
        assert_eq!(w(2026, 53).next(), Some(w(2027, 1)));
        assert_eq!(w(2027, 1).previous(), Some(w(2026, 53)));
        // 31 December 2024 is a Tuesday in week 1 of 2025.
        assert_eq!(IsoWeek::parse("31-12-2024"), Ok(w(2025, 1)));
    }

    #[test]
    fn years_far_from_now_are_refused() {
        assert_eq!(
            IsoWeek::parse("12-0227"),
            Err(WeekError::YearOutOfRange { year: 227 })
        );
        assert_eq!(
            IsoWeek::parse("uge 12 3000"),
            Err(WeekError::YearOutOfRange { year: 3000 })
        );
        assert_eq!(
            IsoWeek::parse("1899-W10"),
            Err(WeekError::YearOutOfRange { year: 1899 })
        );
        assert_eq!(
            IsoWeek::parse("24-03-1850"),
            Err(WeekError::YearOutOfRange { year: 1850 })
        );
        assert_eq!(IsoWeek::parse("1900-W01"), Ok(w(1900, 1)));
        assert_eq!(IsoWeek::parse("2999-W52"), Ok(w(2999, 52)));
        assert_eq!(
            IsoWeek::parse("uge 12 99999999999"),
            Err(WeekError::Unrecognised)
        );
    }

    #[test]
    fn what_is_not_a_week_says_why() {
        assert_eq!(IsoWeek::parse("   "), Err(WeekError::Empty));
        assert_eq!(
            IsoWeek::parse("uge 12"),
            Err(WeekError::MissingYear { week: 12 })
        );
        assert_eq!(IsoWeek::parse("31-02-2027"), Err(WeekError::NoSuchDate));
        for text in [
            "i går",
            "2027-12",
            "2027",
            "uge tolv 2027",
            "2027-W12-3",
            "12-03-27",
            "w",
            "uge",
            "1.2.3.4",
            "-12-2027x",
        ] {
            assert_eq!(
                IsoWeek::parse(text),
                Err(WeekError::Unrecognised),
                "{text:?}"
            );
        }
    }

    #[test]
    fn weeks_order_by_time_across_new_year() {
        let mut weeks = vec![w(2027, 2), w(2026, 53), w(2027, 1), w(2026, 9)];
        weeks.sort();
        assert_eq!(weeks, vec![w(2026, 9), w(2026, 53), w(2027, 1), w(2027, 2)]);
        // The saved text sorts the same way.
        let mut texts: Vec<String> = weeks.iter().map(ToString::to_string).collect();
        texts.sort();
        assert_eq!(texts, ["2026-W09", "2026-W53", "2027-W01", "2027-W02"]);
    }

    #[test]
    fn the_save_file_takes_only_the_canonical_form() {
        assert_eq!(IsoWeek::parse_canonical("2027-W12"), Some(w(2027, 12)));
        for text in [
            "2027-w12",
            "2027-W1",
            "12-2027",
            "2027-W053",
            "2027-W53",
            "27-W12",
        ] {
            assert_eq!(IsoWeek::parse_canonical(text), None, "{text:?}");
        }
        // Years the calendar holds but nobody types still write and read back alike.
        for week in [w(999, 1), w(-5, 1), w(12345, 2)] {
            assert_eq!(IsoWeek::parse_canonical(&week.to_string()), Some(week));
        }
        assert_eq!(w(-5, 1).to_string(), "-0005-W01");
        let json = serde_json::to_string(&w(2027, 3)).unwrap();
        assert_eq!(json, "\"2027-W03\"");
        assert_eq!(serde_json::from_str::<IsoWeek>(&json).unwrap(), w(2027, 3));
        assert!(serde_json::from_str::<IsoWeek>("\"uge 3 2027\"").is_err());
        assert!(serde_json::from_str::<IsoWeek>("12").is_err());
    }

    #[test]
    fn a_week_contains_its_seven_days() {
        let week = w(2027, 12);
        assert!(week.contains(d(2027, 3, 22)));
        assert!(week.contains(d(2027, 3, 28)));
        assert!(!week.contains(d(2027, 3, 29)));
        assert_eq!("2027-03-24".parse::<IsoWeek>(), Ok(week));
    }
}
