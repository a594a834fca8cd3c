//! Numbers, hours and dates the way each language writes them ("12,5" and "tirsdag 2. februar
//! 2027, uge 5" in Danish; "12.5" and "Tuesday 2 February 2027, week 5" in English), the one
//! sanitiser for text that came from a person or a file, and the one way to shorten a line.

use chrono::{Datelike, NaiveDate, Weekday};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{Lang, Msg};

messages! {
    TODAY = "i dag", "today";
    TOMORROW = "i morgen", "tomorrow";
    YESTERDAY = "i går", "yesterday";
    in_days(n: i64) = "om {n} dage", "in {n} days";
    days_ago(n: i64) = "for {n} dage siden", "{n} days ago";
    WEEK = "uge", "week";
    week_n(n: u32) = "uge {n}", "week {n}";
    long_date_words(weekday: &str, day: u32, month: &str, year: i32, week: u32) =
        "{weekday} {day}. {month} {year}, uge {week}", "{weekday} {day} {month} {year}, week {week}";
    weekday_date_words(weekday: &str, day: u32, month: &str, year: i32) =
        "{weekday} {day}. {month} {year}", "{weekday} {day} {month} {year}";
    weekday_date_in_sentence_words(weekday: &str, day: u32, month: &str, year: i32) =
        "{weekday} den {day}. {month} {year}", "{weekday} {day} {month} {year}";
    short_date_words(weekday: &str, day: u32, month: &str, week: u32) =
        "{weekday} {day}. {month} (uge {week})", "{weekday} {day} {month} (week {week})";
    compact_date_words(day: u32, month: &str, year: i32) =
        "{day}. {month} {year}", "{day} {month} {year}";
    day_month_words(day: u32, month: &str) = "{day}. {month}", "{day} {month}";
    week_year(week: u32, year: i32) = "uge {week} {year}", "week {week} {year}";
    weeks_in_year(first: u32, last: u32, year: i32) =
        "uge {first}–{last} {year}", "week {first}–{last} {year}";
    weeks_across_years(first: u32, first_year: i32, last: u32, last_year: i32) =
        "uge {first} {first_year}–uge {last} {last_year}", "week {first} {first_year}–week {last} {last_year}";
}

const WEEKDAYS: [Msg; 7] = [
    Msg {
        da: "mandag",
        en: "Monday",
    },
    Msg {
        da: "tirsdag",
        en: "Tuesday",
    },
    Msg {
        da: "onsdag",
        en: "Wednesday",
    },
    Msg {
        da: "torsdag",
        en: "Thursday",
    },
    Msg {
        da: "fredag",
        en: "Friday",
    },
    Msg {
        da: "lørdag",
        en: "Saturday",
    },
    Msg {
        da: "søndag",
        en: "Sunday",
    },
];

const MONTHS: [Msg; 12] = [
    Msg {
        da: "januar",
        en: "January",
    },
    Msg {
        da: "februar",
        en: "February",
    },
    Msg {
        da: "marts",
        en: "March",
    },
    Msg {
        da: "april",
        en: "April",
    },
    Msg {
        da: "maj",
        en: "May",
    },
    Msg {
        da: "juni",
        en: "June",
    },
    Msg {
        da: "juli",
        en: "July",
    },
    Msg {
        da: "august",
        en: "August",
    },
    Msg {
        da: "september",
        en: "September",
    },
    Msg {
        da: "oktober",
        en: "October",
    },
    Msg {
        da: "november",
        en: "November",
    },
    Msg {
        da: "december",
        en: "December",
    },
];

pub fn weekday_name(day: Weekday, lang: Lang) -> &'static str {
    WEEKDAYS[day.num_days_from_monday() as usize].get(lang)
}

pub fn month_name(month: u32, lang: Lang) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize].get(lang)
}

/// Weekdays shortened as each language does it: "man.", "tirs.", "tors." with a full stop in
/// Danish; "Mon", "Tue" in English.
const WEEKDAYS_SHORT: [Msg; 7] = [
    Msg {
        da: "man.",
        en: "Mon",
    },
    Msg {
        da: "tirs.",
        en: "Tue",
    },
    Msg {
        da: "ons.",
        en: "Wed",
    },
    Msg {
        da: "tors.",
        en: "Thu",
    },
    Msg {
        da: "fre.",
        en: "Fri",
    },
    Msg {
        da: "lør.",
        en: "Sat",
    },
    Msg {
        da: "søn.",
        en: "Sun",
    },
];

/// Months shortened: "jan.", "feb.", but "maj" (already short) in Danish; "Jan", "Feb" in
/// English.
const MONTHS_SHORT: [Msg; 12] = [
    Msg {
        da: "jan.",
        en: "Jan",
    },
    Msg {
        da: "feb.",
        en: "Feb",
    },
    Msg {
        da: "mar.",
        en: "Mar",
    },
    Msg {
        da: "apr.",
        en: "Apr",
    },
    Msg {
        da: "maj",
        en: "May",
    },
    Msg {
        da: "jun.",
        en: "Jun",
    },
    Msg {
        da: "jul.",
        en: "Jul",
    },
    Msg {
        da: "aug.",
        en: "Aug",
    },
    Msg {
        da: "sep.",
        en: "Sep",
    },
    Msg {
        da: "okt.",
        en: "Oct",
    },
    Msg {
        da: "nov.",
        en: "Nov",
    },
    Msg {
        da: "dec.",
        en: "Dec",
    },
];

/// "tirs." / "Tue", for dense lines.
pub fn weekday_short(day: Weekday, lang: Lang) -> &'static str {
    WEEKDAYS_SHORT[day.num_days_from_monday() as usize].get(lang)
}

/// "feb." / "Feb", for dense lines.
pub fn month_short(month: u32, lang: Lang) -> &'static str {
    MONTHS_SHORT[(month.clamp(1, 12) - 1) as usize].get(lang)
}

/// "tirsdag 2. februar 2027, uge 5" / "Tuesday 2 February 2027, week 5".
pub fn long_date(d: NaiveDate, lang: Lang) -> String {
    long_date_words(
        lang,
        weekday_name(d.weekday(), lang),
        d.day(),
        month_name(d.month(), lang),
        d.year(),
        d.iso_week().week(),
    )
}

/// "tirsdag den 2. februar 2027" / "Tuesday 2 February 2027", inside a sentence.
pub fn date_in_sentence(d: NaiveDate, lang: Lang) -> String {
    weekday_date_in_sentence_words(
        lang,
        weekday_name(d.weekday(), lang),
        d.day(),
        month_name(d.month(), lang),
        d.year(),
    )
}

/// "tirsdag 2. februar 2027" without the week.
pub fn date_with_weekday(d: NaiveDate, lang: Lang) -> String {
    weekday_date_words(
        lang,
        weekday_name(d.weekday(), lang),
        d.day(),
        month_name(d.month(), lang),
        d.year(),
    )
}

/// "tirs. 2. feb. (uge 5)" / "Tue 2 Feb (week 5)", for dense lines.
pub fn short_date(d: NaiveDate, lang: Lang) -> String {
    short_date_words(
        lang,
        weekday_short(d.weekday(), lang),
        d.day(),
        month_short(d.month(), lang),
        d.iso_week().week(),
    )
}

/// "2. feb. 2027" / "2 Feb 2027".
pub fn compact_date(d: NaiveDate, lang: Lang) -> String {
    compact_date_words(lang, d.day(), month_short(d.month(), lang), d.year())
}

/// "2. feb." / "2 Feb".
pub fn day_month(d: NaiveDate, lang: Lang) -> String {
    day_month_words(lang, d.day(), month_short(d.month(), lang))
}

/// "om 3 dage", "i dag", "i morgen", "for 2 dage siden".
pub fn countdown(from: NaiveDate, to: NaiveDate, lang: Lang) -> String {
    match (to - from).num_days() {
        0 => TODAY.get(lang).to_string(),
        1 => TOMORROW.get(lang).to_string(),
        -1 => YESTERDAY.get(lang).to_string(),
        n if n > 1 => in_days(lang, n),
        n => days_ago(lang, -n),
    }
}

/// The ISO week's label, "uge 5" / "week 5".
pub fn week_label(date: NaiveDate, lang: Lang) -> String {
    week_n(lang, date.iso_week().week())
}

/// "uge 5 2027", "uge 5–8 2027" or "uge 51 2026–uge 3 2027" for a span of ISO weeks given by
/// their Mondays.
pub fn week_range(first: NaiveDate, last: NaiveDate, lang: Lang) -> String {
    let (a, b) = (first.iso_week(), last.iso_week());
    if a == b {
        week_year(lang, a.week(), a.year())
    } else if a.year() == b.year() {
        weeks_in_year(lang, a.week(), b.week(), a.year())
    } else {
        weeks_across_years(lang, a.week(), a.year(), b.week(), b.year())
    }
}

/// A decimal number the way the language writes it: "12,5" in Danish, "12.5" in English, to a
/// tenth; whole numbers have no decimals. Not-a-number reads as 0.
pub fn number(value: f64, lang: Lang) -> String {
    let value = if value.is_finite() { value } else { 0.0 };
    let rounded = (value * 10.0).round() / 10.0;
    let s = if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    };
    decimal_comma(s, lang)
}

/// Always one decimal ("29,6", "8,0"), so columns of hours line up.
pub fn number_fixed(value: f64, lang: Lang) -> String {
    let value = if value.is_finite() { value } else { 0.0 };
    decimal_comma(format!("{value:.1}"), lang)
}

fn decimal_comma(s: String, lang: Lang) -> String {
    match lang {
        Lang::Da => s.replace('.', ","),
        Lang::En => s,
    }
}

/// Whether a character must never reach a terminal, a printer or a file as it is: control
/// characters (escape sequences start with one) and the invisible characters that reorder or
/// hide text (bidirectional overrides and isolates, zero-width marks, line and paragraph
/// separators, the byte-order mark). This is the one character set every sanitiser uses.
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200b}' | '\u{200e}' | '\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}'
                | '\u{feff}'
        )
}

/// Text from a person or a file, made safe to print: escape sequences are removed whole, other
/// unsafe characters ([`is_unsafe_char`]) are dropped, tabs become four spaces, newlines stay
/// and carriage returns go.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push_str("    "),
            '\u{1b}' => skip_escape(&mut chars),
            c if is_unsafe_char(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// [`clean`], on one line: runs of white space (newlines included) become one space.
pub fn clean_line(text: &str) -> String {
    clean(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A value quoted from a file inside a message: unsafe characters are written as `\u{…}` so
/// the reader sees that something is there, and long values are cut.
pub fn escaped(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i >= max_chars {
            out.push('…');
            break;
        }
        if is_unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

fn skip_escape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.peek() {
        // CSI: ESC [ parameters, then a final byte 0x40..=0x7e.
        Some('[') => {
            chars.next();
            for c in chars.by_ref() {
                if ('\u{40}'..='\u{7e}').contains(&c) {
                    break;
                }
            }
        }
        // OSC: ESC ] … ended by BEL or ESC \.
        Some(']') => {
            chars.next();
            while let Some(c) = chars.next() {
                if c == '\u{7}' {
                    break;
                }
                if c == '\u{1b}' {
                    if chars.peek() == Some(&'\\') {
                        chars.next();
                    }
                    break;
                }
            }
        }
        Some(_) => {
            chars.next();
        }
        None => {}
    }
}

/// Cuts a line to at most `width` display columns, ending in "…" when cut.
pub fn truncate(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
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
        assert_eq!(short_date(d(2027, 2, 2), Lang::Da), "tirs. 2. feb. (uge 5)");
        assert_eq!(short_date(d(2027, 5, 6), Lang::Da), "tors. 6. maj (uge 18)");
        assert_eq!(short_date(d(2027, 2, 2), Lang::En), "Tue 2 Feb (week 5)");
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

    #[test]
    fn numbers_use_the_language_s_decimal_mark() {
        assert_eq!(number(7.5, Lang::Da), "7,5");
        assert_eq!(number(37.0, Lang::En), "37");
        assert_eq!(number(f64::NAN, Lang::Da), "0");
        assert_eq!(number_fixed(8.0, Lang::Da), "8,0");
        assert_eq!(number_fixed(29.64, Lang::En), "29.6");
    }

    #[test]
    fn control_and_escape_sequences_are_removed_but_danish_and_emoji_stay() {
        assert_eq!(clean("rød\u{1b}[31mgrøn\u{1b}[0m"), "rødgrøn");
        assert_eq!(clean("a\u{1b}]0;title\u{7}b"), "ab");
        assert_eq!(clean("linje 1\r\nlinje 2\u{0}"), "linje 1\nlinje 2");
        assert_eq!(clean("æøå ÆØÅ 👍"), "æøå ÆØÅ 👍");
        assert_eq!(clean("a\tb"), "a    b");
        assert_eq!(clean("x\u{202e}y\u{2066}z"), "xyz");
        assert_eq!(clean_line(" a\n\nb  c "), "a b c");
        assert_eq!(escaped("a\u{1b}b", 10), "a\\u{1b}b");
        assert_eq!(escaped("abcdef", 3), "abc…");
    }

    #[test]
    fn truncating_counts_columns_not_bytes() {
        assert_eq!(truncate("Æblegrød", 5), "Æble…");
        assert_eq!(truncate("Æblegrød", 8), "Æblegrød");
        assert_eq!(truncate("abc", 0), "");
    }
}
