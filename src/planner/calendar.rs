//! The Danish working calendar: public holidays, local days off, vacations and ISO weeks.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::{LocalDaysOff, Vacation};
use crate::vocab::Text;

/// A day off on a weekday, with its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    pub date: NaiveDate,
    pub name: Text,
    /// True for public holidays; false for days off by local agreement.
    pub public: bool,
}

/// Easter Sunday (Gregorian calendar), by the anonymous Gregorian algorithm.
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    // The algorithm always lands in March or April; only a year outside chrono's range can
    // fail, and then any date will do rather than a panic.
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).unwrap_or(NaiveDate::MIN)
}

/// Store bededag was abolished as a public holiday from 2024.
pub const LAST_STORE_BEDEDAG_YEAR: i32 = 2023;

/// A holiday's name, made only when the holiday is shown: the planner asks about every
/// weekday of a plan, and building names for each question dominated planning time.
type Name = fn() -> Text;

/// The public holidays of a year, Sundays included, as (date, name); `None` for a day that
/// does not exist that year (store bededag after 2023, or a date beyond chrono's range).
fn public_holiday_table(year: i32) -> [(Option<NaiveDate>, Name); 11] {
    let easter = easter_sunday(year);
    let fixed = |m: u32, d: u32| NaiveDate::from_ymd_opt(year, m, d);
    let after_easter = |days: i64| easter.checked_add_signed(Duration::days(days));
    let store_bededag = if year <= LAST_STORE_BEDEDAG_YEAR {
        after_easter(26)
    } else {
        None
    };
    [
        (fixed(1, 1), || Text::new("Nytårsdag", "New Year's Day")),
        (after_easter(-3), || {
            Text::new("Skærtorsdag", "Maundy Thursday")
        }),
        (after_easter(-2), || Text::new("Langfredag", "Good Friday")),
        (Some(easter), || Text::new("Påskedag", "Easter Sunday")),
        (after_easter(1), || {
            Text::new("2. påskedag", "Easter Monday")
        }),
        (store_bededag, || {
            Text::new("Store bededag", "Great Prayer Day")
        }),
        (after_easter(39), || {
            Text::new("Kristi himmelfartsdag", "Ascension Day")
        }),
        (after_easter(49), || Text::new("Pinsedag", "Whit Sunday")),
        (after_easter(50), || Text::new("2. pinsedag", "Whit Monday")),
        (fixed(12, 25), || Text::new("Juledag", "Christmas Day")),
        (fixed(12, 26), || Text::new("2. juledag", "Boxing Day")),
    ]
}

/// The local days off of a year as (date, name); `None` for those not opted into.
fn local_day_off_table(year: i32, opts: LocalDaysOff) -> [(Option<NaiveDate>, Name); 4] {
    let day = |on: bool, m: u32, d: u32| {
        if on {
            NaiveDate::from_ymd_opt(year, m, d)
        } else {
            None
        }
    };
    [
        (day(opts.may_day, 5, 1), || Text::new("1. maj", "May Day")),
        (day(opts.grundlovsdag, 6, 5), || {
            Text::new("Grundlovsdag", "Constitution Day")
        }),
        (day(opts.christmas_eve, 12, 24), || {
            Text::new("Juleaftensdag", "Christmas Eve")
        }),
        (day(opts.new_years_eve, 12, 31), || {
            Text::new("Nytårsaftensdag", "New Year's Eve")
        }),
    ]
}

fn holidays_of(table: &[(Option<NaiveDate>, Name)], public: bool) -> Vec<Holiday> {
    table
        .iter()
        .filter_map(|(date, name)| {
            Some(Holiday {
                date: (*date)?,
                name: name(),
                public,
            })
        })
        .collect()
}

/// The Danish public holidays (*søgnehelligdage*) of a year, Sundays included, in date order.
pub fn public_holidays(year: i32) -> Vec<Holiday> {
    let mut holidays = holidays_of(&public_holiday_table(year), true);
    holidays.sort_by_key(|h| h.date);
    holidays
}

/// The local days off the leader has opted into, for a year.
pub fn local_days_off(year: i32, opts: LocalDaysOff) -> Vec<Holiday> {
    holidays_of(&local_day_off_table(year, opts), false)
}

/// The leader's working calendar: which days count.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Calendar {
    pub local_days_off: LocalDaysOff,
    pub vacations: Vec<Vacation>,
}

impl Calendar {
    pub fn new(local_days_off: LocalDaysOff, vacations: Vec<Vacation>) -> Self {
        Calendar {
            local_days_off,
            vacations,
        }
    }

    /// The holiday or local day off on this date, if any (public holidays first).
    pub fn holiday(&self, date: NaiveDate) -> Option<Holiday> {
        let year = date.year();
        let public = public_holiday_table(year).map(|(d, name)| (d, name, true));
        let local =
            local_day_off_table(year, self.local_days_off).map(|(d, name)| (d, name, false));
        let (_, name, public) = public
            .into_iter()
            .chain(local)
            .find(|(d, _, _)| *d == Some(date))?;
        Some(Holiday {
            date,
            name: name(),
            public,
        })
    }

    pub fn is_vacation(&self, date: NaiveDate) -> bool {
        self.vacations
            .iter()
            .any(|v| v.first <= date && date <= v.last)
    }

    pub fn is_weekend(date: NaiveDate) -> bool {
        matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
    }

    /// Monday to Friday, not a holiday, not a chosen day off, not vacation.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        !Calendar::is_weekend(date) && self.holiday(date).is_none() && !self.is_vacation(date)
    }

    /// Working days in the ISO week that starts on `monday`.
    pub fn working_days_in_week(&self, monday: NaiveDate) -> u8 {
        weekdays(monday).filter(|d| self.is_working_day(*d)).count() as u8
    }

    /// The holidays and chosen days off that fall on Monday to Friday of the week.
    pub fn holidays_in_week(&self, monday: NaiveDate) -> Vec<Holiday> {
        weekdays(monday).filter_map(|d| self.holiday(d)).collect()
    }

    /// Weekdays of the week taken as vacation, not counting holidays that fall in it.
    pub fn vacation_days_in_week(&self, monday: NaiveDate) -> u8 {
        weekdays(monday)
            .filter(|d| self.is_vacation(*d) && self.holiday(*d).is_none())
            .count() as u8
    }
}

/// Monday to Friday of the week that starts on `monday` (fewer at the very end of time).
fn weekdays(monday: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    (0..5).filter_map(move |i| monday.checked_add_signed(Duration::days(i)))
}

/// The Monday of the ISO week that contains `date`.
pub fn monday_of(date: NaiveDate) -> NaiveDate {
    let back = Duration::days(date.weekday().num_days_from_monday() as i64);
    date.checked_sub_signed(back).unwrap_or(date)
}

/// The date `n` working days before `date` (counting back from the day before).
pub fn subtract_working_days(date: NaiveDate, n: u32, calendar: &Calendar) -> NaiveDate {
    let mut day = date;
    let mut left = n;
    // A calendar with no working days at all would loop for ever; a year is plenty.
    let mut guard = 0;
    while left > 0 && guard < 366 {
        let Some(before) = day.pred_opt() else {
            break;
        };
        day = before;
        guard += 1;
        if calendar.is_working_day(day) {
            left -= 1;
        }
    }
    day
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Easter Sunday 2020–2040, from published church calendars.
    const EASTER: [(i32, u32, u32); 21] = [
        (2020, 4, 12),
        (2021, 4, 4),
        (2022, 4, 17),
        (2023, 4, 9),
        (2024, 3, 31),
        (2025, 4, 20),
        (2026, 4, 5),
        (2027, 3, 28),
        (2028, 4, 16),
        (2029, 4, 1),
        (2030, 4, 21),
        (2031, 4, 13),
        (2032, 3, 28),
        (2033, 4, 17),
        (2034, 4, 9),
        (2035, 3, 25),
        (2036, 4, 13),
        (2037, 4, 5),
        (2038, 4, 25),
        (2039, 4, 10),
        (2040, 4, 1),
    ];

    fn names(year: i32) -> Vec<(NaiveDate, String)> {
        public_holidays(year)
            .into_iter()
            .map(|h| (h.date, h.name.da))
            .collect()
    }

    #[test]
    fn easter_sunday_matches_the_church_calendar_2020_to_2040() {
        for (y, m, day) in EASTER {
            assert_eq!(easter_sunday(y), d(y, m, day), "{y}");
        }
    }

    #[test]
    fn every_year_2020_to_2040_has_the_danish_public_holidays() {
        for (y, m, day) in EASTER {
            let easter = d(y, m, day);
            let at = |days: i64| easter + Duration::days(days);
            let mut expected = vec![
                (d(y, 1, 1), "Nytårsdag"),
                (at(-3), "Skærtorsdag"),
                (at(-2), "Langfredag"),
                (easter, "Påskedag"),
                (at(1), "2. påskedag"),
            ];
            if y <= 2023 {
                expected.push((at(26), "Store bededag"));
            }
            expected.extend([
                (at(39), "Kristi himmelfartsdag"),
                (at(49), "Pinsedag"),
                (at(50), "2. pinsedag"),
                (d(y, 12, 25), "Juledag"),
                (d(y, 12, 26), "2. juledag"),
            ]);
            let expected: Vec<(NaiveDate, String)> = expected
                .into_iter()
                .map(|(date, name)| (date, name.to_string()))
                .collect();
            assert_eq!(names(y), expected, "{y}");
        }
    }

    #[test]
    fn movable_holidays_fall_on_their_weekdays() {
        for y in 2020..=2040 {
            for h in public_holidays(y) {
                let expected = match h.name.da.as_str() {
                    "Skærtorsdag" | "Kristi himmelfartsdag" => Some(Weekday::Thu),
                    "Langfredag" | "Store bededag" => Some(Weekday::Fri),
                    "Påskedag" | "Pinsedag" => Some(Weekday::Sun),
                    "2. påskedag" | "2. pinsedag" => Some(Weekday::Mon),
                    _ => None,
                };
                if let Some(day) = expected {
                    assert_eq!(h.date.weekday(), day, "{} {y}", h.name.da);
                }
                assert!(h.public);
                assert!(!h.name.en.is_empty());
            }
        }
    }

    #[test]
    fn known_holiday_dates_in_2023_2024_and_2027() {
        let cal = Calendar::default();
        let named = |date: NaiveDate| cal.holiday(date).map(|h| h.name.da);
        assert_eq!(named(d(2023, 5, 5)).as_deref(), Some("Store bededag"));
        assert_eq!(
            named(d(2024, 4, 26)),
            None,
            "store bededag is gone from 2024"
        );
        assert_eq!(
            named(d(2024, 5, 9)).as_deref(),
            Some("Kristi himmelfartsdag")
        );
        assert_eq!(named(d(2024, 5, 20)).as_deref(), Some("2. pinsedag"));
        assert_eq!(named(d(2027, 3, 25)).as_deref(), Some("Skærtorsdag"));
        assert_eq!(named(d(2027, 3, 26)).as_deref(), Some("Langfredag"));
        assert_eq!(named(d(2027, 3, 29)).as_deref(), Some("2. påskedag"));
        assert_eq!(
            named(d(2027, 5, 6)).as_deref(),
            Some("Kristi himmelfartsdag")
        );
        assert_eq!(named(d(2027, 5, 17)).as_deref(), Some("2. pinsedag"));
        assert_eq!(
            named(d(2027, 6, 5)),
            None,
            "grundlovsdag is not a public holiday"
        );
    }

    #[test]
    fn store_bededag_is_a_holiday_2020_to_2023_and_not_from_2024() {
        for y in 2020..=2040 {
            let has = names(y).iter().any(|(_, n)| n == "Store bededag");
            assert_eq!(has, y <= 2023, "{y}");
        }
    }

    #[test]
    fn local_days_off_count_only_when_chosen() {
        // 5 June 2026 is a Friday.
        let date = d(2026, 6, 5);
        assert!(Calendar::default().is_working_day(date));
        let opted = Calendar::new(
            LocalDaysOff {
                grundlovsdag: true,
                ..LocalDaysOff::default()
            },
            Vec::new(),
        );
        assert!(!opted.is_working_day(date));
        let h = opted.holiday(date).unwrap();
        assert!(!h.public);
        assert_eq!(h.name.da, "Grundlovsdag");
        let all = LocalDaysOff {
            grundlovsdag: true,
            christmas_eve: true,
            new_years_eve: true,
            may_day: true,
        };
        let days: Vec<NaiveDate> = local_days_off(2027, all).iter().map(|h| h.date).collect();
        assert_eq!(
            days,
            vec![
                d(2027, 5, 1),
                d(2027, 6, 5),
                d(2027, 12, 24),
                d(2027, 12, 31)
            ]
        );
        assert!(local_days_off(2027, LocalDaysOff::default()).is_empty());
    }

    #[test]
    fn a_day_is_a_holiday_exactly_when_the_years_lists_name_it() {
        let all = LocalDaysOff {
            grundlovsdag: true,
            christmas_eve: true,
            new_years_eve: true,
            may_day: true,
        };
        for opts in [LocalDaysOff::default(), all] {
            let calendar = Calendar::new(opts, Vec::new());
            for year in 2020..=2035 {
                let listed: Vec<Holiday> = public_holidays(year)
                    .into_iter()
                    .chain(local_days_off(year, opts))
                    .collect();
                let mut day = d(year, 1, 1);
                while day.year() == year {
                    let expected = listed.iter().find(|h| h.date == day).cloned();
                    assert_eq!(calendar.holiday(day), expected, "{day}");
                    day = day.succ_opt().unwrap();
                }
            }
        }
    }

    #[test]
    fn working_days_leave_out_weekends_holidays_and_vacation() {
        let cal = Calendar::new(
            LocalDaysOff::default(),
            vec![Vacation {
                first: d(2027, 3, 22),
                last: d(2027, 3, 23),
            }],
        );
        // Easter week 2027: vacation Mon–Tue, skærtorsdag, langfredag.
        assert_eq!(cal.working_days_in_week(d(2027, 3, 22)), 1);
        assert_eq!(cal.vacation_days_in_week(d(2027, 3, 22)), 2);
        let holidays: Vec<String> = cal
            .holidays_in_week(d(2027, 3, 22))
            .into_iter()
            .map(|h| h.name.da)
            .collect();
        assert_eq!(holidays, ["Skærtorsdag", "Langfredag"]);
        assert_eq!(cal.working_days_in_week(d(2027, 1, 11)), 5);
    }

    #[test]
    fn iso_weeks_include_week_53_and_years_that_differ_from_the_calendar() {
        // 2020 and 2026 have 53 ISO weeks; 1 January 2027 belongs to 2026-W53.
        let w = d(2020, 12, 31).iso_week();
        assert_eq!((w.year(), w.week()), (2020, 53));
        let w = d(2021, 1, 3).iso_week();
        assert_eq!((w.year(), w.week()), (2020, 53));
        let w = d(2027, 1, 1).iso_week();
        assert_eq!((w.year(), w.week()), (2026, 53));
        assert_eq!(monday_of(d(2027, 1, 1)), d(2026, 12, 28));
        assert_eq!(monday_of(d(2027, 1, 4)), d(2027, 1, 4));
        assert_eq!(monday_of(d(2027, 1, 10)), d(2027, 1, 4));
        assert!(NaiveDate::from_isoywd_opt(2026, 53, Weekday::Mon).is_some());
        assert!(NaiveDate::from_isoywd_opt(2027, 53, Weekday::Mon).is_none());
    }

    #[test]
    fn counting_working_days_back_skips_holidays() {
        let cal = Calendar::default();
        // Two working days before 2. påskedag 2027 (Mon 29 Mar) skip the weekend, langfredag and
        // skærtorsdag: Wed 24 Mar is one, Tue 23 Mar is two.
        assert_eq!(
            subtract_working_days(d(2027, 3, 29), 2, &cal),
            d(2027, 3, 23)
        );
    }

    #[test]
    fn the_ends_of_the_calendar_do_not_panic() {
        let cal = Calendar::default();
        let _ = monday_of(NaiveDate::MIN);
        let _ = monday_of(NaiveDate::MAX);
        let _ = cal.working_days_in_week(NaiveDate::MAX);
        let _ = subtract_working_days(NaiveDate::MIN, 5, &cal);
        let _ = public_holidays(NaiveDate::MAX.year());
        let _ = public_holidays(i32::MAX);
        let _ = easter_sunday(i32::MIN);
    }
}
