//! What a person types for the plan — a vacation, a week's own hours, a number of hours — read
//! into the planner's types. The terminal program, the plain mode and the command line all read
//! typed input through here, so "uge 28-30 2027" means the same everywhere.

use chrono::{NaiveDate, Weekday};

use super::week::{IsoWeek, WeekError};
use super::{Vacation, WeekOverride};
use crate::dates::parse_date;

/// Hours typed with either decimal mark ("7,5" or "7.5"); not a number gives `None`.
pub fn parse_hours(s: &str) -> Option<f64> {
    let t = s.trim().replace(',', ".");
    let h: f64 = t.parse().ok()?;
    h.is_finite().then_some(h)
}

/// A vacation: "uge 28-30 2027", "uge 28 2027", "week 28–30 2027", "01-07-2027 til 21-07-2027"
/// or a single date.
pub fn parse_vacation(input: &str) -> Option<Vacation> {
    let lower = input.trim().to_lowercase();
    for word in ["uge ", "week ", "uger ", "weeks "] {
        if let Some(rest) = lower.strip_prefix(word) {
            return vacation_weeks(rest);
        }
    }
    for sep in [" til ", " to ", " – ", " — ", " - "] {
        if let Some((a, b)) = lower.split_once(sep) {
            let first = parse_date(a)?;
            let last = parse_date(b)?;
            return Some(Vacation { first, last });
        }
    }
    let day = parse_date(&lower)?;
    Some(Vacation {
        first: day,
        last: day,
    })
}

/// "28-30 2027" or "28 2027": whole ISO weeks, Monday of the first to Sunday of the last.
fn vacation_weeks(rest: &str) -> Option<Vacation> {
    let parts: Vec<&str> = rest.split_whitespace().collect();
    let (range, year) = match parts.as_slice() {
        [range, year] => (*range, year.parse::<i32>().ok()?),
        _ => return None,
    };
    let (a, b) = match range.split_once(['-', '–', '—']) {
        Some((a, b)) => (a.parse::<u32>().ok()?, b.parse::<u32>().ok()?),
        None => {
            let w = range.parse::<u32>().ok()?;
            (w, w)
        }
    };
    let first = NaiveDate::from_isoywd_opt(year, a, Weekday::Mon)?;
    let last = NaiveDate::from_isoywd_opt(year, b, Weekday::Sun)?;
    (first <= last).then_some(Vacation { first, last })
}

/// The most days at the Sekretariat a week can have.
pub const MAX_SECRETARIAT_DAYS: u8 = 5;

/// A week typed for the plan: any form [`IsoWeek::parse`] reads (`uge 12 2027`, `2027-W12`, a
/// date in the week). A week number alone (`12`, `uge 12`) means the first week with that
/// number from the plan's start on, since that is the one a leader planning ahead means.
pub fn parse_plan_week(text: &str, plan_start: NaiveDate) -> Result<IsoWeek, WeekError> {
    let trimmed = text.trim();
    let bare = (1..=2).contains(&trimmed.len()) && trimmed.bytes().all(|b| b.is_ascii_digit());
    let week = if bare {
        trimmed.parse::<u32>().ok()
    } else {
        match IsoWeek::parse(trimmed) {
            Err(WeekError::MissingYear { week }) => Some(week),
            other => return other,
        }
    };
    let Some(week) = week else {
        return Err(WeekError::Unrecognised);
    };
    let start = IsoWeek::of(plan_start);
    let first_try = IsoWeek::new(start.year(), week);
    match first_try {
        Ok(w) if w >= start => Ok(w),
        _ => match IsoWeek::new(start.year() + 1, week) {
            Ok(w) => Ok(w),
            Err(e) => Err(first_try.err().unwrap_or(e)),
        },
    }
}

/// Which field of a week's own figures could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverrideInputError {
    Week(WeekError),
    /// The hours are not a number.
    Hours,
    /// The days are not a whole number from 0 to [`MAX_SECRETARIAT_DAYS`].
    Days,
}

/// A week's own figures as typed in four fields: the week, its network hours, its days at the
/// Sekretariat (empty: worked out from the hours as in any week) and a note.
pub fn parse_override_fields(
    week: &str,
    hours: &str,
    days: &str,
    note: &str,
    plan_start: NaiveDate,
) -> Result<WeekOverride, OverrideInputError> {
    let week = parse_plan_week(week, plan_start).map_err(OverrideInputError::Week)?;
    let network_hours = parse_hours(hours)
        .filter(|h| *h >= 0.0)
        .ok_or(OverrideInputError::Hours)?;
    let days = days.trim();
    let secretariat_days = if days.is_empty() {
        None
    } else {
        match days.parse::<u8>() {
            Ok(d) if d <= MAX_SECRETARIAT_DAYS => Some(d),
            _ => return Err(OverrideInputError::Days),
        }
    };
    Ok(WeekOverride {
        iso_year: week.year(),
        iso_week: week.week(),
        network_hours,
        secretariat_days,
        note: note.trim().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn vacation_weeks_are_typed_the_danish_way() {
        assert_eq!(
            parse_vacation("uge 28-30 2027"),
            Some(Vacation {
                first: d(2027, 7, 12),
                last: d(2027, 8, 1)
            })
        );
        assert_eq!(
            parse_vacation("Uge 7 2027"),
            Some(Vacation {
                first: d(2027, 2, 15),
                last: d(2027, 2, 21)
            })
        );
        assert_eq!(
            parse_vacation("01-07-2027 til 21-07-2027"),
            Some(Vacation {
                first: d(2027, 7, 1),
                last: d(2027, 7, 21)
            })
        );
        assert_eq!(parse_vacation("uge 30-28 2027"), None);
        assert_eq!(parse_vacation("sommer"), None);
    }

    #[test]
    fn a_week_in_the_override_form_is_read_in_any_form_the_time_log_reads() {
        let start = d(2027, 1, 4);
        let w12 = IsoWeek::new(2027, 12).unwrap();
        for typed in [
            "uge 12 2027",
            "2027-W12",
            "12-2027",
            "24-03-2027",
            "2027-03-24",
            "12",
            "uge 12",
        ] {
            assert_eq!(parse_plan_week(typed, start), Ok(w12), "{typed}");
        }
    }

    #[test]
    fn a_week_number_alone_is_the_next_week_with_that_number_from_the_plan_s_start() {
        // A plan from August 2027: week 3 is in January 2028, week 40 in October 2027.
        let start = d(2027, 8, 16);
        assert_eq!(
            parse_plan_week("3", start),
            Ok(IsoWeek::new(2028, 3).unwrap())
        );
        assert_eq!(
            parse_plan_week("uge 40", start),
            Ok(IsoWeek::new(2027, 40).unwrap())
        );
        // The start week itself counts.
        assert_eq!(
            parse_plan_week("33", start),
            Ok(IsoWeek::new(2027, 33).unwrap())
        );
        // 2026 has a week 53; a plan starting in it finds 2026's.
        assert_eq!(
            parse_plan_week("53", d(2026, 12, 28)),
            Ok(IsoWeek::new(2026, 53).unwrap())
        );
        // 2027 and 2028 have no week 53.
        assert!(matches!(
            parse_plan_week("53", d(2027, 1, 4)),
            Err(WeekError::NoSuchWeek { week: 53, .. })
        ));
        assert_eq!(parse_plan_week("", d(2027, 1, 4)), Err(WeekError::Empty));
        assert_eq!(
            parse_plan_week("snart", d(2027, 1, 4)),
            Err(WeekError::Unrecognised)
        );
    }

    #[test]
    fn the_override_form_reads_four_fields_and_says_which_one_is_wrong() {
        let start = d(2027, 1, 4);
        let o = parse_override_fields("uge 12 2027", "7,5", "2", " Konference i Aarhus ", start)
            .unwrap();
        assert_eq!((o.iso_year, o.iso_week, o.network_hours), (2027, 12, 7.5));
        assert_eq!(o.secretariat_days, Some(2));
        assert_eq!(o.note, "Konference i Aarhus");
        let o = parse_override_fields("12", "10", "", "", start).unwrap();
        assert_eq!(o.secretariat_days, None);
        assert_eq!(o.note, "");
        assert_eq!(
            parse_override_fields("uge 54 2027", "10", "", "", start),
            Err(OverrideInputError::Week(WeekError::NoSuchWeek {
                year: 2027,
                week: 54,
                weeks_in_year: 52
            }))
        );
        assert_eq!(
            parse_override_fields("12", "ti", "", "", start),
            Err(OverrideInputError::Hours)
        );
        assert_eq!(
            parse_override_fields("12", "-3", "", "", start),
            Err(OverrideInputError::Hours)
        );
        assert_eq!(
            parse_override_fields("12", "10", "6", "", start),
            Err(OverrideInputError::Days)
        );
        assert_eq!(
            parse_override_fields("12", "10", "1,5", "", start),
            Err(OverrideInputError::Days)
        );
    }

    #[test]
    fn hours_take_either_decimal_mark() {
        assert_eq!(parse_hours("7,5"), Some(7.5));
        assert_eq!(parse_hours(" 8.0 "), Some(8.0));
        assert_eq!(parse_hours("NaN"), None);
        assert_eq!(parse_hours("otte"), None);
    }
}
