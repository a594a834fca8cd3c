//! The Danish working calendar: public holidays, local days off, vacations and ISO weeks.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::{LocalDaysOff, Vacation};
use crate::i18n::{Lang, Text};

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

/// The Danish public holidays (*søgnehelligdage*) of a year, Sundays included, in date order.
pub fn public_holidays(year: i32) -> Vec<Holiday> {
    let easter = easter_sunday(year);
    let fixed = |m: u32, d: u32| NaiveDate::from_ymd_opt(year, m, d);
    let after_easter = |days: i64| easter.checked_add_signed(Duration::days(days));
    let mut days = vec![
        (fixed(1, 1), Text::new("Nytårsdag", "New Year's Day")),
        (
            after_easter(-3),
            Text::new("Skærtorsdag", "Maundy Thursday"),
        ),
        (after_easter(-2), Text::new("Langfredag", "Good Friday")),
        (Some(easter), Text::new("Påskedag", "Easter Sunday")),
        (after_easter(1), Text::new("2. påskedag", "Easter Monday")),
    ];
    if year <= LAST_STORE_BEDEDAG_YEAR {
        days.push((
            after_easter(26),
            Text::new("Store bededag", "Great Prayer Day"),
        ));
    }
    days.extend([
        (
            after_easter(39),
            Text::new("Kristi himmelfartsdag", "Ascension Day"),
        ),
        (after_easter(49), Text::new("Pinsedag", "Whit Sunday")),
        (after_easter(50), Text::new("2. pinsedag", "Whit Monday")),
        (fixed(12, 25), Text::new("Juledag", "Christmas Day")),
        (fixed(12, 26), Text::new("2. juledag", "Boxing Day")),
    ]);
    let mut holidays: Vec<Holiday> = days
        .into_iter()
        .filter_map(|(date, name)| {
            Some(Holiday {
                date: date?,
                name,
                public: true,
            })
        })
        .collect();
    holidays.sort_by_key(|h| h.date);
    holidays
}

/// The local days off the leader has opted into, for a year.
pub fn local_days_off(year: i32, opts: LocalDaysOff) -> Vec<Holiday> {
    let mut out = Vec::new();
    let mut add = |on: bool, m: u32, d: u32, name: Text| {
        if on && let Some(date) = NaiveDate::from_ymd_opt(year, m, d) {
            out.push(Holiday {
                date,
                name,
                public: false,
            });
        }
    };
    add(opts.may_day, 5, 1, Text::new("1. maj", "May Day"));
    add(
        opts.grundlovsdag,
        6,
        5,
        Text::new("Grundlovsdag", "Constitution Day"),
    );
    add(
        opts.christmas_eve,
        12,
        24,
        Text::new("Juleaftensdag", "Christmas Eve"),
    );
    add(
        opts.new_years_eve,
        12,
        31,
        Text::new("Nytårsaftensdag", "New Year's Eve"),
    );
    out
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
        public_holidays(date.year())
            .into_iter()
            .chain(local_days_off(date.year(), self.local_days_off))
            .find(|h| h.date == date)
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

/// The ISO week's label, "uge 5" / "week 5".
pub fn week_label(date: NaiveDate, lang: Lang) -> String {
    let w = date.iso_week().week();
    match lang {
        Lang::Da => format!("uge {w}"),
        Lang::En => format!("week {w}"),
    }
}
