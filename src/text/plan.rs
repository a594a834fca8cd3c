//! The plan's words: its week notes and warnings as sentences, the week table's headings, the
//! plan's status, and the events of the plan's calendar. The plan review on screen and every
//! printed or exported plan take their sentences from here, so they say the same thing.

use chrono::{Datelike, Duration, NaiveDate};

use crate::content::Content;
use crate::flow::plan::PlanStatus;
use crate::planner::{Warning, WeekKind, WeekNote};
use crate::vocab::Counterpart;

use super::format::{
    clean_line, compact_date, date_with_weekday, day_month, number, week_range, weekday_name,
};
use super::{Lang, common};

messages! {
    // Week notes: short phrases in the notes column.
    NEW_PHASE = "ny fase", "new phase";
    TEST_BEGINS = "testen begynder", "test begins";
    VACATION_ALL_WEEK = "ferie hele ugen", "vacation all week";
    ONE_VACATION_DAY = "1 feriedag", "1 vacation day";
    vacation_days(n: u32) = "{n} feriedage", "{n} vacation days";
    HOURS_SET_BY_HAND = "egne timer", "own hours";
    hours_set_by_hand_because(note: &str) = "egne timer: {note}", "own hours: {note}";
    meeting_with_on(role: &str, day: &str) =
        "møde med din {role} {day}", "meeting with your {role} on {day}";
    meeting_named_on(id: &str, day: &str) = "møde «{id}» {day}", "meeting “{id}” on {day}";

    // Warnings: whole sentences.
    above_ceiling(week: u32, year: i32, hours: &str, ceiling: &str) =
        "Uge {week} {year}: {hours} netværkstimer er over loftet på {ceiling} timer.",
        "Week {week} {year}: {hours} network hours is above the ceiling of {ceiling} hours.";
    hours_without_capacity(week: u32, year: i32, hours: &str) =
        "Uge {week} {year}: {hours} netværkstimer i en uge uden arbejdsdage.",
        "Week {week} {year}: {hours} network hours in a week with no working days.";
    over_allocated(week: u32, year: i32, hours: &str, capacity: &str) =
        "Uge {week} {year}: {hours} netværkstimer er mere end ugens {capacity} arbejdstimer, så der er ingen tid til basisopgaver.",
        "Week {week} {year}: {hours} network hours is more than the week's {capacity} working hours, which leaves no time for basis work.";
    test_phase_late(week: u32, year: i32, after: u32, expected: u32) =
        "Testfasen begynder først i uge {week} {year}, {after} uger efter start; forløbet regner med, at den er i gang efter {expected} uger.",
        "The test phase only begins in week {week} {year}, {after} weeks after the start; the course expects it to be under way after {expected} weeks.";
    vacation_in_test_phase(weeks: &str, days: &str) =
        "Du har ferie i testfasen ({weeks}, {days}). Testen har brug for dig, især når den går i gang, og når resultaterne skal samles op – flyt ferien, eller ret faserne, så testen ligger uden om den.",
        "You are on vacation during the test phase ({weeks}, {days}). The test needs you, above all when it starts and when the results are gathered – move the vacation, or adjust the phases so the test falls around it.";
    meeting_on_holiday(meeting: &str, when: &str, holiday: &str) =
        "{meeting} {when} ligger på en fridag: {holiday}.",
        "{meeting} on {when} falls on a day off: {holiday}.";
    meeting_on_weekend(meeting: &str, when: &str) =
        "{meeting} {when} ligger i en weekend.", "{meeting} on {when} falls on a weekend.";
    override_outside_plan(week: u32, year: i32) =
        "Timerne, du har sat for uge {week} {year}, bruges ikke, fordi ugen ligger uden for planen.",
        "The hours you set for week {week} {year} are not used, because the week is outside the plan.";
    unknown_phase(id: &str) =
        "Forløbet har ingen fase «{id}», så din ændring af den bruges ikke.",
        "The course has no phase “{id}”, so your change to it is not used.";
    plan_too_long(max_weeks: u32) =
        "Planen er skåret af efter {max_weeks} uger. Se ferierne og fasernes længde igennem.",
        "The plan was cut off after {max_weeks} weeks. Check the vacations and the lengths of the phases.";
    the_meeting_with(role: &str) = "Mødet med din {role}", "The meeting with your {role}";
    the_meeting_named(id: &str) = "Mødet «{id}»", "The meeting “{id}”";

    /// Shared with the plan review on screen.
    NO_WARNINGS = "Ingen advarsler.", "No warnings.";
    /// A week without working days, as a kind and in the phase column. Shared with the plan
    /// review on screen.
    KIND_TIME_OFF = "fri", "time off";

    // The plan's status.
    STATUS_DRAFT = "udkast – ikke godkendt", "draft – not accepted";
    status_accepted(date: &str) = "godkendt {date}", "accepted {date}";
    status_changed(date: &str) =
        "ændret siden godkendelsen {date}", "changed since it was accepted on {date}";

    // The week table for people.
    starts(date: &str, hours: &str) =
        "Start {date}. {hours} timer om ugen.", "Starts {date}. {hours} hours a week.";
    COLUMN_DATES = "Dato", "Dates";
    COLUMN_WORKING_DAYS = "Dage", "Days";
    COLUMN_SECRETARIAT = "Sekr.", "Secr.";
    COLUMN_NOTES = "Noter", "Notes";
    /// Monday to Friday within one month: "4.–8. jan." / "4–8 Jan".
    days_in_month(first: u32, last: u32, month: &str) =
        "{first}.–{last}. {month}", "{first}–{last} {month}";
    /// Monday to Friday across two months: "29. mar.–2. apr." / "29 Mar–2 Apr".
    days_across_months(first: &str, last: &str) = "{first}–{last}", "{first}–{last}";

    // The plan as a document: the summary above the week table.
    SUMMARY = "Overblik", "Summary";
    WEEK_BY_WEEK = "Uge for uge", "Week by week";
    TOTAL_NETWORK_HOURS = "Netværkstimer i alt", "Network hours in all";
    AVERAGE_PER_WORKING_WEEK = "Snit pr. arbejdsuge", "Average per working week";
    SECRETARIAT_WEEKS = "Uger i sekretariatet", "Weeks at the secretariat";
    PEAK_WEEKS = "Travleste uger", "Busiest weeks";
    TEST_START = "Testfasen begynder", "The test phase begins";
    NO_TEST_PHASE = "Forløbet har ingen testfase.", "The course has no test phase.";
    hours_n(hours: &str) = "{hours} timer", "{hours} hours";
    average(hours: &str, weeks: u32) =
        "{hours} timer ({weeks} uger med arbejdsdage)", "{hours} hours ({weeks} weeks with working days)";
    NO_WORKING_WEEKS = "ingen uger med arbejdsdage", "no weeks with working days";
    peak(weeks: &str, hours: &str) = "{weeks}: {hours} timer", "{weeks}: {hours} hours";
    NO_NETWORK_HOURS = "ingen netværkstimer", "no network hours";
    secretariat_weeks(weeks: &str, days: u32) =
        "{weeks} – i alt cirka {days} dage", "{weeks} – about {days} days in all";
    NO_SECRETARIAT_WEEKS = "ingen intensive uger", "no intensive weeks";
    TOTAL = "I alt", "Total";
    weeks_n(n: usize) = "{n} uger", "{n} weeks";

    // The plan's calendar.
    EVENT_BREAK = "Pause", "Break";
    EVENT_TEST = "Testfase", "Test phase";
    phase_event(weeks: &str, hours: &str, description: &str) =
        "{weeks}. Cirka {hours} netværkstimer om ugen. {description}",
        "{weeks}. About {hours} network hours a week. {description}";
    secretariat_event(days: u8, network: &str) =
        "I sekretariatet: {days} dage ({network})", "Secretariat: {days} days ({network})";
    secretariat_event_description(week: &str, days: u8) =
        "Intensiv uge ({week}): planlæg cirka {days} dage ved dit skrivebord i Sekretariatet for Netværksstrukturen.",
        "Intensive week ({week}): plan about {days} days at your desk at the Secretariat for the Network Structure.";
    meeting_event(who: &str, network: &str) =
        "Møde med {who} ({network})", "Meeting with {who} ({network})";
}

/// A week's note as a short phrase, e.g. "Kristi himmelfartsdag" or "3 feriedage". Role names
/// come from the content, so an organisation's own names appear.
pub fn note(lang: Lang, content: &Content, note: &WeekNote) -> String {
    match note {
        WeekNote::Holiday {
            name_da, name_en, ..
        } => holiday_in_sentence(lang, name_da, name_en),
        WeekNote::Vacation { days: 5.. } => VACATION_ALL_WEEK.get(lang).into(),
        WeekNote::Vacation { days: 1 } => ONE_VACATION_DAY.get(lang).into(),
        WeekNote::Vacation { days } => vacation_days(lang, u32::from(*days)),
        WeekNote::Override { note } => match clean_line(note) {
            note if note.is_empty() => HOURS_SET_BY_HAND.get(lang).into(),
            note => hours_set_by_hand_because(lang, &note),
        },
        WeekNote::Meeting { date, meeting_id } => {
            let day = weekday_name(date.weekday(), lang);
            match counterpart_of(meeting_id) {
                Some(c) => meeting_with_on(lang, &common::role_in_sentence(content, lang, c), day),
                None => meeting_named_on(lang, &clean_line(meeting_id), day),
            }
        }
        WeekNote::PhaseStart => NEW_PHASE.get(lang).into(),
        WeekNote::TestStart => TEST_BEGINS.get(lang).into(),
    }
}

/// A warning as a whole sentence, e.g.
/// "Uge 12 2027: 18,5 netværkstimer er over loftet på 15 timer."
pub fn warning(lang: Lang, content: &Content, warning: &Warning) -> String {
    let n = |h: f64| number(h, lang);
    match warning {
        Warning::AboveCeiling {
            iso_year,
            iso_week,
            network_hours,
            ceiling,
        } => above_ceiling(lang, *iso_week, *iso_year, &n(*network_hours), &n(*ceiling)),
        Warning::HoursWithoutCapacity {
            iso_year,
            iso_week,
            network_hours,
        } => hours_without_capacity(lang, *iso_week, *iso_year, &n(*network_hours)),
        Warning::OverAllocated {
            iso_year,
            iso_week,
            network_hours,
            capacity_hours,
        } => over_allocated(
            lang,
            *iso_week,
            *iso_year,
            &n(*network_hours),
            &n(*capacity_hours),
        ),
        Warning::TestPhaseLate {
            starts_after_weeks,
            expected_weeks,
            iso_year,
            iso_week,
        } => test_phase_late(
            lang,
            *iso_week,
            *iso_year,
            *starts_after_weeks,
            *expected_weeks,
        ),
        Warning::MeetingOnHoliday {
            date,
            meeting_id,
            name_da,
            name_en,
        } => meeting_on_holiday(
            lang,
            &the_meeting(lang, content, meeting_id),
            &date_with_weekday(*date, lang),
            &holiday_in_sentence(lang, name_da, name_en),
        ),
        Warning::MeetingOnWeekend { date, meeting_id } => meeting_on_weekend(
            lang,
            &the_meeting(lang, content, meeting_id),
            &date_with_weekday(*date, lang),
        ),
        Warning::OverrideOutsidePlan { iso_year, iso_week } => {
            override_outside_plan(lang, *iso_week, *iso_year)
        }
        Warning::UnknownPhase { phase_id } => unknown_phase(lang, &clean_line(phase_id)),
        Warning::VacationInTestPhase {
            iso_year,
            iso_week,
            weeks,
            vacation_days: days,
        } => {
            let first = NaiveDate::from_isoywd_opt(*iso_year, *iso_week, chrono::Weekday::Mon);
            let span = first
                .map(|monday| {
                    let last = monday
                        .checked_add_signed(Duration::weeks(i64::from(weeks.saturating_sub(1))))
                        .unwrap_or(monday);
                    week_range(monday, last, lang)
                })
                .unwrap_or_else(|| iso_week.to_string());
            vacation_in_test_phase(lang, &span, &days_off(lang, *days))
        }
        Warning::PlanTooLong { max_weeks } => plan_too_long(lang, *max_weeks),
    }
}

/// "1 feriedag", "3 feriedage".
fn days_off(lang: Lang, days: u32) -> String {
    if days == 1 {
        ONE_VACATION_DAY.get(lang).into()
    } else {
        vacation_days(lang, days)
    }
}

/// The kind of a week as a word, for legends: "fase", "pause", "test", "fri". Shared with the
/// plan review on screen.
pub fn week_kind(lang: Lang, kind: WeekKind) -> &'static str {
    match kind {
        WeekKind::Phase => common::KIND_PHASE,
        WeekKind::Break => common::KIND_BREAK,
        WeekKind::Test => common::KIND_TEST,
        WeekKind::Vacation => KIND_TIME_OFF,
    }
    .get(lang)
}

/// "godkendt 2. feb. 2027", "udkast – ikke godkendt".
pub fn status(lang: Lang, status: &PlanStatus) -> String {
    match status {
        PlanStatus::Draft => STATUS_DRAFT.get(lang).into(),
        PlanStatus::Accepted { accepted_on } => {
            status_accepted(lang, &compact_date(*accepted_on, lang))
        }
        PlanStatus::ChangedSinceAccepted { accepted_on } => {
            status_changed(lang, &compact_date(*accepted_on, lang))
        }
    }
}

/// The week table's column headings, in the table's order: week, dates, phase, working days,
/// network hours, basis hours, Sekretariat days, notes.
pub fn week_table_headers(lang: Lang) -> [String; 8] {
    [
        common::WEEK.get(lang).into(),
        COLUMN_DATES.get(lang).into(),
        common::PHASE.get(lang).into(),
        COLUMN_WORKING_DAYS.get(lang).into(),
        common::NETWORK.get(lang).into(),
        common::BASIS.get(lang).into(),
        COLUMN_SECRETARIAT.get(lang).into(),
        COLUMN_NOTES.get(lang).into(),
    ]
}

/// Monday to Friday of the week that starts on `monday`: "4.–8. jan.", "29. mar.–2. apr.".
pub fn week_dates(monday: NaiveDate, lang: Lang) -> String {
    let friday = monday + Duration::days(4);
    if friday.month() == monday.month() {
        days_in_month(
            lang,
            monday.day(),
            friday.day(),
            short_month(friday.month(), lang),
        )
    } else {
        days_across_months(lang, &day_month(monday, lang), &day_month(friday, lang))
    }
}

/// The month shortened, as [`day_month`] writes it.
fn short_month(month: u32, lang: Lang) -> &'static str {
    super::format::month_short(month, lang)
}

/// "Mødet med din personaleleder" / "The meeting with your staff manager", or the meeting's id
/// when it names no counterpart.
fn the_meeting(lang: Lang, content: &Content, meeting_id: &str) -> String {
    match counterpart_of(meeting_id) {
        Some(c) => the_meeting_with(lang, &common::role_in_sentence(content, lang, c)),
        None => the_meeting_named(lang, &clean_line(meeting_id)),
    }
}

/// The counterpart a meeting id like `personaleleder-2` belongs to.
fn counterpart_of(meeting_id: &str) -> Option<Counterpart> {
    let base = match meeting_id.rsplit_once('-') {
        Some((base, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => base,
        _ => meeting_id,
    };
    base.parse().ok()
}

/// A holiday's name as written inside a sentence or a list of notes: Danish writes holidays in
/// lower case ("langfredag", "2. påskedag"), except the name in "Kristi himmelfartsdag"; English
/// names stay capitalised.
pub fn holiday_in_sentence(lang: Lang, name_da: &str, name_en: &str) -> String {
    let name = clean_line(in_language(lang, name_da, name_en));
    if lang == Lang::En || name.starts_with("Kristi ") {
        return name;
    }
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => name,
    }
}

/// The planner names holidays in both languages; this picks the reader's.
fn in_language<'a>(lang: Lang, da: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Da => da,
        Lang::En => en,
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::content::RoleId;

    fn content() -> Content {
        Content::embedded().expect("embedded content")
    }

    fn tuesday() -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 2, 2).expect("a date")
    }

    #[test]
    fn danish_holidays_are_written_in_lower_case_inside_sentences() {
        let holiday = |da: &str, en: &str| WeekNote::Holiday {
            date: tuesday(),
            name_da: da.into(),
            name_en: en.into(),
        };
        let c = content();
        assert_eq!(
            note(Lang::Da, &c, &holiday("Langfredag", "Good Friday")),
            "langfredag"
        );
        assert_eq!(
            note(Lang::Da, &c, &holiday("Store bededag", "Great Prayer Day")),
            "store bededag"
        );
        assert_eq!(
            note(
                Lang::Da,
                &c,
                &holiday("Kristi himmelfartsdag", "Ascension Day")
            ),
            "Kristi himmelfartsdag"
        );
        assert_eq!(
            note(Lang::En, &c, &holiday("Langfredag", "Good Friday")),
            "Good Friday"
        );
    }

    #[test]
    fn meeting_ids_name_their_counterpart() {
        assert_eq!(
            counterpart_of("personaleleder-1"),
            Some(Counterpart::Personaleleder)
        );
        assert_eq!(counterpart_of("co-driver-12"), Some(Counterpart::CoDriver));
        assert_eq!(counterpart_of("co-driver"), Some(Counterpart::CoDriver));
        assert_eq!(counterpart_of("ekstra-møde"), None);
        assert_eq!(counterpart_of(""), None);
    }

    #[test]
    fn a_renamed_role_appears_unchanged_in_notes_and_warnings() {
        let mut content = content();
        let role = content
            .roles
            .iter_mut()
            .find(|r| r.id == RoleId::Personaleleder)
            .expect("role");
        role.name.da = "Nærmeste leder".into();
        let meeting = WeekNote::Meeting {
            date: tuesday(),
            meeting_id: "personaleleder-2".into(),
        };
        assert_eq!(
            note(Lang::Da, &content, &meeting),
            "møde med din nærmeste leder tirsdag"
        );
        let weekend = Warning::MeetingOnWeekend {
            date: tuesday(),
            meeting_id: "personaleleder-2".into(),
        };
        assert!(warning(Lang::Da, &content, &weekend).starts_with("Mødet med din nærmeste leder "));
    }

    #[test]
    fn text_from_files_reaches_a_sentence_on_one_clean_line() {
        let note_text = note(
            Lang::En,
            &content(),
            &WeekNote::Override {
                note: "a\nb\tc\u{7}d\u{1b}[31m".into(),
            },
        );
        assert_eq!(note_text, "own hours: a b cd");
    }

    #[test]
    fn the_week_table_s_hours_and_dates_read_the_language_s_way() {
        use crate::text::format::{day_month, number_fixed};
        assert_eq!(number_fixed(29.6, Lang::Da), "29,6");
        assert_eq!(number_fixed(8.0, Lang::En), "8.0");
        assert_eq!(number_fixed(f64::NAN, Lang::En), "0.0");
        let monday = |m, d| NaiveDate::from_ymd_opt(2027, m, d).expect("a date");
        assert_eq!(day_month(monday(1, 4), Lang::Da), "4. jan.");
        assert_eq!(day_month(monday(5, 3), Lang::En), "3 May");
    }

    #[test]
    fn week_kinds_and_headers_read_in_both_languages() {
        assert_eq!(week_kind(Lang::Da, WeekKind::Vacation), "fri");
        assert_eq!(week_kind(Lang::En, WeekKind::Break), "break");
        assert_eq!(week_table_headers(Lang::Da)[3], "Dage");
        assert_eq!(week_table_headers(Lang::En)[6], "Secr.");
    }

    #[test]
    fn a_week_s_dates_run_monday_to_friday_across_months_too() {
        let monday = |m, d| NaiveDate::from_ymd_opt(2027, m, d).expect("a date");
        assert_eq!(week_dates(monday(1, 4), Lang::Da), "4.–8. jan.");
        assert_eq!(week_dates(monday(1, 4), Lang::En), "4–8 Jan");
        assert_eq!(week_dates(monday(3, 29), Lang::Da), "29. mar.–2. apr.");
        assert_eq!(week_dates(monday(3, 29), Lang::En), "29 Mar–2 Apr");
    }
}
