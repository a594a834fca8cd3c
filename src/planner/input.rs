//! What a person types for the plan — a vacation, a week's own hours, a number of hours — read
//! into the planner's types. The terminal program, the plain mode and the command line all read
//! typed input through here, so "uge 28-30 2027" means the same everywhere.

use chrono::{NaiveDate, Weekday};

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

/// "uge 12 2027 10 konference": week, ISO year, network hours and an optional note.
pub fn parse_override(input: &str) -> Option<WeekOverride> {
    let lower = input.trim().to_lowercase();
    let rest = ["uge ", "week "]
        .iter()
        .find_map(|w| lower.strip_prefix(w))
        .unwrap_or(&lower);
    let mut parts = rest.split_whitespace();
    let iso_week = parts.next()?.parse::<u32>().ok()?;
    let iso_year = parts.next()?.parse::<i32>().ok()?;
    let network_hours = parse_hours(parts.next()?)?;
    // The note keeps the leader's own capitals.
    let words_before_note = input.split_whitespace().count() - parts.clone().count();
    let note = input
        .split_whitespace()
        .skip(words_before_note)
        .collect::<Vec<_>>()
        .join(" ");
    Some(WeekOverride {
        iso_year,
        iso_week,
        network_hours,
        note,
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
    fn a_week_override_has_week_year_hours_and_a_note() {
        let o = parse_override("uge 12 2027 7,5 Konference i Aarhus").unwrap();
        assert_eq!((o.iso_week, o.iso_year, o.network_hours), (12, 2027, 7.5));
        assert_eq!(o.note, "Konference i Aarhus");
        assert_eq!(parse_override("uge 12 2027").map(|o| o.iso_week), None);
    }

    #[test]
    fn hours_take_either_decimal_mark() {
        assert_eq!(parse_hours("7,5"), Some(7.5));
        assert_eq!(parse_hours(" 8.0 "), Some(8.0));
        assert_eq!(parse_hours("NaN"), None);
        assert_eq!(parse_hours("otte"), None);
    }
}
