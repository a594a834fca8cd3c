//! Dates as the program reads and keeps them, without words: today's date, a date typed by a
//! person, and the `dd-mm-åååå` form the input fields show. How a date is written out in a
//! language ("tirsdag 2. februar 2027, uge 5") is the text catalogue's job (`text::format`).

use chrono::{Datelike, NaiveDate};

/// The first and last year the program accepts in a typed date. Every date it writes has four
/// digits, so a plan or meeting outside these years is refused where it is typed.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2999;

/// Today's date. `MANDAT_TODAY=YYYY-MM-DD` pins it, so tests, demos and screenshots are
/// reproducible; otherwise the local clock.
pub fn today() -> NaiveDate {
    std::env::var("MANDAT_TODAY")
        .ok()
        .and_then(|s| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok())
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// Whether a date lies in the years the program works with ([`FIRST_YEAR`]–[`LAST_YEAR`]).
pub fn in_range(d: NaiveDate) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&d.year())
}

/// Parses a date typed by a person: `dd-mm-åååå`, `dd.mm.åååå`, `dd/mm/åååå` or ISO
/// `åååå-mm-dd`, in the years [`FIRST_YEAR`]–[`LAST_YEAR`].
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
    let date = NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)?;
    in_range(date).then_some(date)
}

/// "25-01-2027", how dates are typed in the terminal program.
pub fn input_date(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
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
    fn a_date_outside_the_years_1900_to_2999_is_refused() {
        assert_eq!(parse_date("01-01-1899"), None);
        assert_eq!(parse_date("0001-01-01"), None);
        assert_eq!(parse_date("31-12-3000"), None);
        assert_eq!(parse_date("01-01-1900"), Some(d(1900, 1, 1)));
        assert_eq!(parse_date("31-12-2999"), Some(d(2999, 12, 31)));
    }
}
