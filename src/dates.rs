//! Dates the Danish way: "tirsdag 2. februar 2027, uge 5".

use chrono::{Datelike, NaiveDate, Weekday};

use crate::vocab::Lang;

pub fn weekday_name(day: Weekday, lang: Lang) -> &'static str {
    let (da, en) = match day {
        Weekday::Mon => ("mandag", "Monday"),
        Weekday::Tue => ("tirsdag", "Tuesday"),
        Weekday::Wed => ("onsdag", "Wednesday"),
        Weekday::Thu => ("torsdag", "Thursday"),
        Weekday::Fri => ("fredag", "Friday"),
        Weekday::Sat => ("lørdag", "Saturday"),
        Weekday::Sun => ("søndag", "Sunday"),
    };
    lang.pick(da, en)
}

pub fn month_name(month: u32, lang: Lang) -> &'static str {
    const DA: [&str; 12] = [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let i = (month.clamp(1, 12) - 1) as usize;
    lang.pick(DA[i], EN[i])
}

fn short(s: &str) -> String {
    s.chars().take(3).collect()
}

/// Today's date. `MANDAT_TODAY=YYYY-MM-DD` pins it, so tests, demos and screenshots are
/// reproducible; otherwise the local clock.
pub fn today() -> NaiveDate {
    std::env::var("MANDAT_TODAY")
        .ok()
        .and_then(|s| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok())
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// "tirsdag 2. februar 2027, uge 5" / "Tuesday 2 February 2027, week 5".
pub fn long_date(d: NaiveDate, lang: Lang) -> String {
    let wd = weekday_name(d.weekday(), lang);
    let month = month_name(d.month(), lang);
    let week = d.iso_week().week();
    match lang {
        Lang::Da => format!("{wd} {}. {month} {}, uge {week}", d.day(), d.year()),
        Lang::En => format!("{wd} {} {month} {}, week {week}", d.day(), d.year()),
    }
}

/// "tirsdag 2. februar 2027" without the week.
pub fn date_with_weekday(d: NaiveDate, lang: Lang) -> String {
    let wd = weekday_name(d.weekday(), lang);
    let month = month_name(d.month(), lang);
    match lang {
        Lang::Da => format!("{wd} {}. {month} {}", d.day(), d.year()),
        Lang::En => format!("{wd} {} {month} {}", d.day(), d.year()),
    }
}

/// "tir 2. feb (uge 5)" / "Tue 2 Feb (week 5)", for dense lines.
pub fn short_date(d: NaiveDate, lang: Lang) -> String {
    let wd = short(weekday_name(d.weekday(), lang));
    let month = short(month_name(d.month(), lang));
    let week = d.iso_week().week();
    match lang {
        Lang::Da => format!("{wd} {}. {month} (uge {week})", d.day()),
        Lang::En => format!("{wd} {} {month} (week {week})", d.day()),
    }
}

/// "2. feb 2027" / "2 Feb 2027".
pub fn compact_date(d: NaiveDate, lang: Lang) -> String {
    let month = short(month_name(d.month(), lang));
    match lang {
        Lang::Da => format!("{}. {month} {}", d.day(), d.year()),
        Lang::En => format!("{} {month} {}", d.day(), d.year()),
    }
}

/// "om 3 dage", "i dag", "i morgen", "for 2 dage siden".
pub fn countdown(from: NaiveDate, to: NaiveDate, lang: Lang) -> String {
    let days = (to - from).num_days();
    match (lang, days) {
        (Lang::Da, 0) => "i dag".into(),
        (Lang::Da, 1) => "i morgen".into(),
        (Lang::Da, -1) => "i går".into(),
        (Lang::Da, n) if n > 1 => format!("om {n} dage"),
        (Lang::Da, n) => format!("for {} dage siden", -n),
        (Lang::En, 0) => "today".into(),
        (Lang::En, 1) => "tomorrow".into(),
        (Lang::En, -1) => "yesterday".into(),
        (Lang::En, n) if n > 1 => format!("in {n} days"),
        (Lang::En, n) => format!("{} days ago", -n),
    }
}

/// Parses a date typed by a user: `dd-mm-åååå`, `dd.mm.åååå`, `dd/mm/åååå` or ISO `åååå-mm-dd`.
pub fn parse_date(input: &str) -> Option<NaiveDate> {
    let s = input.trim();
    let parts: Vec<&str> = s.split(['-', '.', '/']).collect();
    if parts.len() != 3
        || !parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let (year, month, day) = match (parts[0].len(), parts[2].len()) {
        (4, 1..=2) => (parts[0], parts[1], parts[2]),
        (1..=2, 4) => (parts[2], parts[1], parts[0]),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// "25-01-2027", how dates are typed in the TUI.
pub fn input_date(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

/// "uge 5 2027", "uge 5–8 2027" or "uge 51 2026–uge 3 2027" for a span of ISO weeks given by
/// their Mondays.
pub fn week_range(first: NaiveDate, last: NaiveDate, lang: Lang) -> String {
    let (a, b) = (first.iso_week(), last.iso_week());
    let word = lang.pick("uge", "week");
    if a == b {
        format!("{word} {} {}", a.week(), a.year())
    } else if a.year() == b.year() {
        format!("{word} {}–{} {}", a.week(), b.week(), a.year())
    } else {
        format!(
            "{word} {} {}–{word} {} {}",
            a.week(),
            a.year(),
            b.week(),
            b.year()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn long_dates_read_the_danish_way() {
        assert_eq!(
            long_date(d(2027, 2, 2), Lang::Da),
            "tirsdag 2. februar 2027, uge 5"
        );
        assert_eq!(
            long_date(d(2027, 2, 2), Lang::En),
            "Tuesday 2 February 2027, week 5"
        );
        assert_eq!(short_date(d(2027, 2, 2), Lang::Da), "tir 2. feb (uge 5)");
    }

    #[test]
    fn typed_dates_accept_danish_and_iso_forms() {
        assert_eq!(parse_date("02-02-2027"), Some(d(2027, 2, 2)));
        assert_eq!(parse_date("2.2.2027"), Some(d(2027, 2, 2)));
        assert_eq!(parse_date("2027-02-02"), Some(d(2027, 2, 2)));
        assert_eq!(parse_date("31-02-2027"), None);
        assert_eq!(parse_date("02-02-27"), None);
        assert_eq!(parse_date(""), None);
        assert_eq!(input_date(d(2027, 1, 5)), "05-01-2027");
    }

    #[test]
    fn week_ranges_name_the_iso_year() {
        assert_eq!(
            week_range(d(2027, 2, 1), d(2027, 2, 22), Lang::Da),
            "uge 5–8 2027"
        );
        assert_eq!(
            week_range(d(2027, 2, 1), d(2027, 2, 1), Lang::En),
            "week 5 2027"
        );
        // 28 December 2026 is in week 53 of 2026; 18 January 2027 in week 3 of 2027.
        assert_eq!(
            week_range(d(2026, 12, 28), d(2027, 1, 18), Lang::Da),
            "uge 53 2026–uge 3 2027"
        );
    }

    #[test]
    fn countdowns_speak_plainly() {
        let today = d(2027, 1, 20);
        assert_eq!(countdown(today, today, Lang::Da), "i dag");
        assert_eq!(countdown(today, d(2027, 1, 21), Lang::Da), "i morgen");
        assert_eq!(countdown(today, d(2027, 1, 25), Lang::Da), "om 5 dage");
        assert_eq!(
            countdown(today, d(2027, 1, 18), Lang::Da),
            "for 2 dage siden"
        );
        assert_eq!(countdown(today, d(2027, 1, 25), Lang::En), "in 5 days");
    }
}
