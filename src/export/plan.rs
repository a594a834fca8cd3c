//! The week-by-week plan for people (an 80-column table) and for machines (CSV and JSON), and the
//! sentences that explain a plan's notes and warnings in Danish or English.
//!
//! # CSV
//! One header line, then one line per week, columns in this order (SPEC §5):
//! `iso_year,iso_week,monday,phase_id,phase_name,kind,working_days,capacity_hours,network_hours,
//! basis_hours,secretariat_days,notes`. `monday` is `YYYY-MM-DD`; hours have `.` as decimal
//! separator and one decimal; `kind` is `phase`, `break`, `test` or `vacation`; `notes` are the
//! week's notes in the chosen language joined with `"; "`. Fields with a comma, a quote or a line
//! break are quoted as RFC 4180 says; control characters are removed from text. Lines end in `\n`.
//!
//! # JSON
//! ```text
//! {
//!   "format": "mandat-plan", "format_version": 1, "lang": "da",
//!   "course": { "id", "name", "example_note" },
//!   "start": "YYYY-MM-DD", "first_monday": "YYYY-MM-DD" | null, "last_monday": … | null,
//!   "weekly_hours": 37.0, "test_start": "YYYY-MM-DD" | null,
//!   "totals": { "network_hours", "basis_hours", "secretariat_days", "weeks" },
//!   "weeks": [ { "iso_year", "iso_week", "monday", "phase_id" | null, "phase_name" | null,
//!                "kind", "working_days", "capacity_hours", "network_hours", "basis_hours",
//!                "secretariat_days", "notes": [ { "kind", …the note's fields, "text" } ] } ],
//!   "spans": [ { "phase_id", "phase_name", "kind", "first_monday", "last_monday",
//!                "first_week": { "iso_year", "iso_week" }, "last_week": { … },
//!                "working_weeks", "hours_per_week", "intensive" } ],
//!   "warnings": [ { "kind", …the warning's fields, "text" } ]
//! }
//! ```
//! Note and warning kinds are the snake_case names of [`WeekNote`] and [`Warning`]; `text` is the
//! sentence in the chosen language. New keys may be added; existing keys keep their meaning.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::content::Course;
use crate::dates::{date_with_weekday, long_date, month_name, weekday_name};
use crate::i18n::number;
use crate::planner::{Plan, PlanWeek, Warning, WeekKind, WeekNote};
use crate::vocab::Counterpart;
use crate::vocab::Lang;

/// The CSV header, exactly as SPEC §5 names the columns.
pub const CSV_HEADER: &str = "iso_year,iso_week,monday,phase_id,phase_name,kind,working_days,\
capacity_hours,network_hours,basis_hours,secretariat_days,notes";

/// The width the text table fits in.
pub const TEXT_WIDTH: usize = 80;

// ---------------------------------------------------------------------------------------------
// Sentences

/// A week's note as a short phrase, e.g. "Kristi himmelfartsdag" or "3 feriedage".
pub fn note_text(note: &WeekNote, lang: Lang) -> String {
    match note {
        WeekNote::Holiday {
            name_da, name_en, ..
        } => clean_text(lang.pick(name_da, name_en)),
        WeekNote::Vacation { days } => match (lang, days) {
            (Lang::Da, 5..) => "ferie hele ugen".into(),
            (Lang::Da, 1) => "1 feriedag".into(),
            (Lang::Da, n) => format!("{n} feriedage"),
            (Lang::En, 5..) => "vacation all week".into(),
            (Lang::En, 1) => "1 vacation day".into(),
            (Lang::En, n) => format!("{n} vacation days"),
        },
        WeekNote::Override { note } => {
            let note = clean_text(note);
            let lead = lang.pick("timer sat i hånden", "hours set by hand");
            if note.trim().is_empty() {
                lead.to_string()
            } else {
                format!("{lead}: {}", note.trim())
            }
        }
        WeekNote::Meeting { date, meeting_id } => {
            let day = weekday_name(date.weekday(), lang);
            match (lang, counterpart_of(meeting_id)) {
                (Lang::Da, Some(c)) => format!("møde med {} {day}", definite_da(c)),
                (Lang::En, Some(c)) => format!("meeting with the {} on {day}", c.name_lower(lang)),
                (Lang::Da, None) => format!("møde «{}» {day}", clean_text(meeting_id)),
                (Lang::En, None) => format!("meeting «{}» on {day}", clean_text(meeting_id)),
            }
        }
        WeekNote::PhaseStart => lang.pick("ny fase", "new phase").into(),
        WeekNote::TestStart => lang.pick("testen begynder", "test begins").into(),
    }
}

/// A warning as a whole sentence, e.g.
/// "Uge 12 2027: 18,5 netværkstimer er over loftet på 15 timer."
pub fn warning_text(warning: &Warning, lang: Lang) -> String {
    let n = |h: f64| number(h, lang);
    match warning {
        Warning::AboveCeiling {
            iso_year,
            iso_week,
            network_hours,
            ceiling,
        } => match lang {
            Lang::Da => format!(
                "Uge {iso_week} {iso_year}: {} netværkstimer er over loftet på {} timer.",
                n(*network_hours),
                n(*ceiling)
            ),
            Lang::En => format!(
                "Week {iso_week} {iso_year}: {} network hours is above the ceiling of {} hours.",
                n(*network_hours),
                n(*ceiling)
            ),
        },
        Warning::HoursWithoutCapacity {
            iso_year,
            iso_week,
            network_hours,
        } => match lang {
            Lang::Da => format!(
                "Uge {iso_week} {iso_year}: {} netværkstimer i en uge uden arbejdsdage.",
                n(*network_hours)
            ),
            Lang::En => format!(
                "Week {iso_week} {iso_year}: {} network hours in a week with no working days.",
                n(*network_hours)
            ),
        },
        Warning::OverAllocated {
            iso_year,
            iso_week,
            network_hours,
            capacity_hours,
        } => match lang {
            Lang::Da => format!(
                "Uge {iso_week} {iso_year}: {} netværkstimer er mere end ugens {} arbejdstimer, \
                 så der er ingen tid til basisopgaver.",
                n(*network_hours),
                n(*capacity_hours)
            ),
            Lang::En => format!(
                "Week {iso_week} {iso_year}: {} network hours is more than the week's {} working \
                 hours, which leaves no time for basis work.",
                n(*network_hours),
                n(*capacity_hours)
            ),
        },
        Warning::TestPhaseLate {
            starts_after_weeks,
            expected_weeks,
            iso_year,
            iso_week,
        } => match lang {
            Lang::Da => format!(
                "Testfasen begynder først i uge {iso_week} {iso_year}, {starts_after_weeks} uger \
                 efter start; forløbet regner med, at den er i gang efter {expected_weeks} uger."
            ),
            Lang::En => format!(
                "The test phase only begins in week {iso_week} {iso_year}, {starts_after_weeks} \
                 weeks after the start; the course expects it to be under way after \
                 {expected_weeks} weeks."
            ),
        },
        Warning::MeetingOnHoliday {
            date,
            meeting_id,
            name_da,
            name_en,
        } => {
            let when = date_with_weekday(*date, lang);
            let name = clean_text(lang.pick(name_da, name_en));
            match lang {
                Lang::Da => format!(
                    "{} {when} ligger på en fridag: {name}.",
                    meeting_subject(meeting_id, lang)
                ),
                Lang::En => format!(
                    "{} on {when} falls on a day off: {name}.",
                    meeting_subject(meeting_id, lang)
                ),
            }
        }
        Warning::MeetingOnWeekend { date, meeting_id } => {
            let when = date_with_weekday(*date, lang);
            match lang {
                Lang::Da => format!(
                    "{} {when} ligger i en weekend.",
                    meeting_subject(meeting_id, lang)
                ),
                Lang::En => format!(
                    "{} on {when} falls on a weekend.",
                    meeting_subject(meeting_id, lang)
                ),
            }
        }
        Warning::OverrideOutsidePlan { iso_year, iso_week } => match lang {
            Lang::Da => format!(
                "Timerne, du har sat for uge {iso_week} {iso_year}, bruges ikke, fordi ugen \
                 ligger uden for planen."
            ),
            Lang::En => format!(
                "The hours you set for week {iso_week} {iso_year} are not used, because the week \
                 is outside the plan."
            ),
        },
        Warning::UnknownPhase { phase_id } => {
            let id = clean_text(phase_id);
            match lang {
                Lang::Da => {
                    format!("Forløbet har ingen fase «{id}», så din ændring af den bruges ikke.")
                }
                Lang::En => {
                    format!("The course has no phase «{id}», so your change to it is not used.")
                }
            }
        }
        Warning::PlanTooLong { max_weeks } => match lang {
            Lang::Da => format!(
                "Planen er skåret af efter {max_weeks} uger. Se ferierne og fasernes længde \
                 igennem."
            ),
            Lang::En => format!(
                "The plan was cut off after {max_weeks} weeks. Check the vacations and the \
                 lengths of the phases."
            ),
        },
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

/// "personalelederen", "referencelederen", "co-driveren".
fn definite_da(c: Counterpart) -> String {
    format!("{}en", c.name_lower(Lang::Da))
}

/// "Mødet med personalelederen" / "The meeting with the staff manager".
fn meeting_subject(meeting_id: &str, lang: Lang) -> String {
    match (lang, counterpart_of(meeting_id)) {
        (Lang::Da, Some(c)) => format!("Mødet med {}", definite_da(c)),
        (Lang::En, Some(c)) => format!("The meeting with the {}", c.name_lower(lang)),
        (Lang::Da, None) => format!("Mødet «{}»", clean_text(meeting_id)),
        (Lang::En, None) => format!("The meeting «{}»", clean_text(meeting_id)),
    }
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

/// Text on one line, without control characters or escape sequences (see [`super::doc::clean`]).
fn clean_text(s: &str) -> String {
    super::doc::clean(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The phase's name in the language; the id if the course does not know it.
fn phase_name(course: &Course, phase_id: &str, lang: Lang) -> String {
    course
        .phases
        .iter()
        .find(|p| p.id == phase_id)
        .map(|p| clean_text(p.name.get(lang)))
        .unwrap_or_else(|| clean_text(phase_id))
}

fn week_phase_name(course: &Course, week: &PlanWeek, lang: Lang) -> Option<String> {
    week.phase_id
        .as_deref()
        .map(|id| phase_name(course, id, lang))
}

fn notes_line(week: &PlanWeek, lang: Lang) -> String {
    week.notes
        .iter()
        .map(|n| note_text(n, lang))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Hours with one decimal: "29.6" for machines and English, "29,6" in Danish.
fn hours_fixed(h: f64, lang: Lang) -> String {
    let s = format!("{:.1}", finite(h));
    match lang {
        Lang::Da => s.replace('.', ","),
        Lang::En => s,
    }
}

fn finite(h: f64) -> f64 {
    if h.is_finite() { h } else { 0.0 }
}

fn iso_date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

// ---------------------------------------------------------------------------------------------
// CSV

/// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
fn csv_field(s: &str) -> String {
    // A spreadsheet runs a cell that starts with = + - @ as a formula; a leading apostrophe
    // makes it plain text (the CSV is meant to be opened in Excel).
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The plan as CSV, one line per week after the header.
pub fn to_csv(plan: &Plan, course: &Course, lang: Lang) -> String {
    let mut out = String::from(CSV_HEADER);
    out.push('\n');
    for w in &plan.weeks {
        let fields = [
            w.iso_year.to_string(),
            w.iso_week.to_string(),
            iso_date(w.monday),
            csv_field(&clean_text(w.phase_id.as_deref().unwrap_or(""))),
            csv_field(&week_phase_name(course, w, lang).unwrap_or_default()),
            w.kind.id().to_string(),
            w.working_days.to_string(),
            hours_fixed(w.capacity_hours, Lang::En),
            hours_fixed(w.network_hours, Lang::En),
            hours_fixed(w.basis_hours, Lang::En),
            w.secretariat_days.to_string(),
            csv_field(&notes_line(w, lang)),
        ];
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

// ---------------------------------------------------------------------------------------------
// JSON

#[derive(Serialize)]
struct JsonPlan<'a> {
    format: &'static str,
    format_version: u32,
    lang: &'static str,
    course: JsonCourse,
    start: String,
    first_monday: Option<String>,
    last_monday: Option<String>,
    weekly_hours: f64,
    test_start: Option<String>,
    totals: JsonTotals,
    weeks: Vec<JsonWeek<'a>>,
    spans: Vec<JsonSpan>,
    warnings: Vec<WithText<'a, Warning>>,
}

#[derive(Serialize)]
struct JsonCourse {
    id: String,
    name: String,
    example_note: String,
}

#[derive(Serialize)]
struct JsonTotals {
    weeks: usize,
    network_hours: f64,
    basis_hours: f64,
    secretariat_days: u32,
}

#[derive(Serialize)]
struct JsonWeek<'a> {
    iso_year: i32,
    iso_week: u32,
    monday: String,
    phase_id: Option<&'a str>,
    phase_name: Option<String>,
    kind: &'static str,
    working_days: u8,
    capacity_hours: f64,
    network_hours: f64,
    basis_hours: f64,
    secretariat_days: u8,
    notes: Vec<WithText<'a, WeekNote>>,
}

#[derive(Serialize)]
struct JsonSpan {
    phase_id: String,
    phase_name: String,
    kind: &'static str,
    first_monday: String,
    last_monday: String,
    first_week: JsonIsoWeek,
    last_week: JsonIsoWeek,
    working_weeks: u32,
    hours_per_week: f64,
    intensive: bool,
}

#[derive(Serialize)]
struct JsonIsoWeek {
    iso_year: i32,
    iso_week: u32,
}

impl From<NaiveDate> for JsonIsoWeek {
    fn from(d: NaiveDate) -> Self {
        let iso = d.iso_week();
        JsonIsoWeek {
            iso_year: iso.year(),
            iso_week: iso.week(),
        }
    }
}

/// A note or warning with its fields and its sentence side by side.
#[derive(Serialize)]
struct WithText<'a, T> {
    #[serde(flatten)]
    item: &'a T,
    text: String,
}

/// The plan as pretty-printed JSON in the documented shape (see the module documentation).
pub fn to_json(plan: &Plan, course: &Course, lang: Lang) -> String {
    let weeks = plan
        .weeks
        .iter()
        .map(|w| JsonWeek {
            iso_year: w.iso_year,
            iso_week: w.iso_week,
            monday: iso_date(w.monday),
            phase_id: w.phase_id.as_deref(),
            phase_name: week_phase_name(course, w, lang),
            kind: w.kind.id(),
            working_days: w.working_days,
            capacity_hours: finite(w.capacity_hours),
            network_hours: finite(w.network_hours),
            basis_hours: finite(w.basis_hours),
            secretariat_days: w.secretariat_days,
            notes: w
                .notes
                .iter()
                .map(|n| WithText {
                    item: n,
                    text: note_text(n, lang),
                })
                .collect(),
        })
        .collect();
    let spans = plan
        .spans
        .iter()
        .map(|s| JsonSpan {
            phase_id: s.phase_id.clone(),
            phase_name: phase_name(course, &s.phase_id, lang),
            kind: s.kind.id(),
            first_monday: iso_date(s.first_monday),
            last_monday: iso_date(s.last_monday),
            first_week: s.first_monday.into(),
            last_week: s.last_monday.into(),
            working_weeks: s.working_weeks,
            hours_per_week: finite(s.hours_per_week),
            intensive: s.intensive,
        })
        .collect();
    let warnings = plan
        .warnings
        .iter()
        .map(|w| WithText {
            item: w,
            text: warning_text(w, lang),
        })
        .collect();
    let doc = JsonPlan {
        format: "mandat-plan",
        format_version: 1,
        lang: lang.code(),
        course: JsonCourse {
            id: course.id.clone(),
            name: clean_text(course.name.get(lang)),
            example_note: clean_text(course.example_note.get(lang)),
        },
        start: iso_date(plan.start),
        first_monday: plan.first_monday().map(iso_date),
        last_monday: plan.last_monday().map(iso_date),
        weekly_hours: finite(plan.weekly_hours),
        test_start: plan.test_start.map(iso_date),
        totals: JsonTotals {
            weeks: plan.weeks.len(),
            network_hours: finite(plan.total_network_hours()),
            basis_hours: finite(plan.total_basis_hours()),
            secretariat_days: total_secretariat_days(plan),
        },
        weeks,
        spans,
        warnings,
    };
    let mut s =
        escape_invisible(&serde_json::to_string_pretty(&doc).unwrap_or_else(|_| "{}".into()));
    s.push('\n');
    s
}

/// serde_json escapes only the C0 control characters; DEL, the C1 controls (an 8-bit CSI among
/// them) and direction overrides would reach a terminal that `cat`s the file. Outside strings
/// JSON is plain ASCII, so escaping them everywhere keeps the document valid and the text intact.
fn escape_invisible(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if c == '\u{7f}'
            || ('\u{80}'..='\u{9f}').contains(&c)
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
        {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

fn total_secretariat_days(plan: &Plan) -> u32 {
    plan.weeks
        .iter()
        .map(|w| u32::from(w.secretariat_days))
        .sum()
}

// ---------------------------------------------------------------------------------------------
// Text

/// Cuts `s` to at most `width` columns, ending in "…" when something was cut.
fn fit(s: &str, width: usize) -> String {
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
        if used + w > width - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

fn pad_left(s: &str, width: usize) -> String {
    let s = fit(s, width);
    format!("{}{s}", " ".repeat(width.saturating_sub(s.width())))
}

fn pad_right(s: &str, width: usize) -> String {
    let s = fit(s, width);
    format!("{s}{}", " ".repeat(width.saturating_sub(s.width())))
}

/// "4. jan" / "4 Jan".
fn day_month(d: NaiveDate, lang: Lang) -> String {
    let month: String = month_name(d.month(), lang).chars().take(3).collect();
    match lang {
        Lang::Da => format!("{}. {month}", d.day()),
        Lang::En => format!("{} {month}", d.day()),
    }
}

fn wrap_into(out: &mut Vec<String>, text: &str, first: &str, rest: &str) {
    let options = textwrap::Options::new(TEXT_WIDTH)
        .initial_indent(first)
        .subsequent_indent(rest);
    out.extend(
        textwrap::wrap(text, options)
            .into_iter()
            .map(|l| l.trim_end().to_string()),
    );
}

/// Column widths of the week table.
struct Columns {
    week: usize,
    monday: usize,
    phase: usize,
    network: usize,
    basis: usize,
    secretariat: usize,
    notes: usize,
}

const MAX_PHASE_COLUMN: usize = 22;

impl Columns {
    fn new(headers: &[&str; 7], phase_names: impl Iterator<Item = usize>) -> Columns {
        let phase = phase_names
            .chain([headers[2].width()])
            .max()
            .unwrap_or(0)
            .min(MAX_PHASE_COLUMN);
        let mut c = Columns {
            week: headers[0].width().max(2),
            monday: headers[1].width().max(7),
            phase,
            network: headers[3].width().max(6),
            basis: headers[4].width().max(5),
            secretariat: headers[5].width().max(2),
            notes: 0,
        };
        let used = c.week + c.monday + c.phase + c.network + c.basis + c.secretariat + 6;
        c.notes = TEXT_WIDTH.saturating_sub(used);
        c
    }

    fn row(&self, cells: [&str; 7]) -> String {
        let line = [
            pad_left(cells[0], self.week),
            pad_right(cells[1], self.monday),
            pad_right(cells[2], self.phase),
            pad_left(cells[3], self.network),
            pad_left(cells[4], self.basis),
            pad_left(cells[5], self.secretariat),
            fit(cells[6], self.notes),
        ]
        .join(" ");
        line.trim_end().to_string()
    }
}

/// The plan as a table for people, at most 80 columns wide, followed by its warnings.
pub fn to_text(plan: &Plan, course: &Course, lang: Lang) -> String {
    let mut lines: Vec<String> = Vec::new();
    let title = format!(
        "{}: {}",
        lang.pick("Arbejdsplan", "Workload plan"),
        clean_text(course.name.get(lang))
    );
    wrap_into(&mut lines, &title, "", "");
    let start_monday = plan.first_monday().unwrap_or(plan.start);
    let basics = match lang {
        Lang::Da => format!(
            "Start {}. {} timer om ugen.",
            long_date(start_monday, lang),
            number(plan.weekly_hours, lang)
        ),
        Lang::En => format!(
            "Starts {}. {} hours a week.",
            long_date(start_monday, lang),
            number(plan.weekly_hours, lang)
        ),
    };
    wrap_into(&mut lines, &basics, "", "");
    let note = clean_text(course.example_note.get(lang));
    if !note.trim().is_empty() {
        wrap_into(&mut lines, note.trim(), "", "");
    }
    lines.push(String::new());

    let headers = match lang {
        Lang::Da => [
            "Uge", "Mandag", "Fase", "Netværk", "Basis", "Sekr.", "Noter",
        ],
        Lang::En => [
            "Week", "Monday", "Phase", "Network", "Basis", "Secr.", "Notes",
        ],
    };
    let off = lang.pick("Fri", "Time off");
    let names: Vec<String> = plan
        .weeks
        .iter()
        .map(|w| week_phase_name(course, w, lang).unwrap_or_else(|| off.to_string()))
        .collect();
    let cols = Columns::new(&headers, names.iter().map(|n| n.width()));
    lines.push(cols.row(headers));
    lines.push("-".repeat(TEXT_WIDTH));

    let mut year = None;
    for (w, name) in plan.weeks.iter().zip(&names) {
        if year != Some(w.iso_year) {
            year = Some(w.iso_year);
            lines.push(w.iso_year.to_string());
        }
        let days = if w.secretariat_days > 0 {
            w.secretariat_days.to_string()
        } else {
            String::new()
        };
        lines.push(cols.row([
            &w.iso_week.to_string(),
            &day_month(w.monday, lang),
            name,
            &hours_fixed(w.network_hours, lang),
            &hours_fixed(w.basis_hours, lang),
            &days,
            &notes_line(w, lang),
        ]));
    }
    lines.push("-".repeat(TEXT_WIDTH));
    let total_days = total_secretariat_days(plan);
    let weeks_label = match lang {
        Lang::Da => format!("{} uger", plan.weeks.len()),
        Lang::En => format!("{} weeks", plan.weeks.len()),
    };
    lines.push(cols.row([
        "",
        "",
        lang.pick("I alt", "Total"),
        &hours_fixed(plan.total_network_hours(), lang),
        &hours_fixed(plan.total_basis_hours(), lang),
        &total_days.to_string(),
        &weeks_label,
    ]));
    lines.push(String::new());

    if plan.warnings.is_empty() {
        lines.push(lang.pick("Ingen advarsler.", "No warnings.").to_string());
    } else {
        lines.push(lang.pick("Advarsler:", "Warnings:").to_string());
        for w in &plan.warnings {
            wrap_into(&mut lines, &warning_text(w, lang), "- ", "  ");
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// The kind of a week as a word, for legends: "fase", "pause", "test", "fri".
pub fn kind_text(kind: WeekKind, lang: Lang) -> &'static str {
    match kind {
        WeekKind::Phase => lang.pick("fase", "phase"),
        WeekKind::Break => lang.pick("pause", "break"),
        WeekKind::Test => lang.pick("test", "test"),
        WeekKind::Vacation => lang.pick("fri", "time off"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fitting_cuts_by_display_width_and_ends_in_an_ellipsis() {
        assert_eq!(fit("æøå", 3), "æøå");
        assert_eq!(fit("æøåæøå", 4), "æøå…");
        assert_eq!(fit("abc", 0), "");
        assert_eq!(fit("漢字漢字", 5), "漢字…");
        assert!(fit("漢字漢字", 5).width() <= 5);
        assert_eq!(pad_left("7,0", 6), "   7,0");
        assert_eq!(pad_right("ø", 3), "ø  ");
    }

    #[test]
    fn csv_fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn csv_text_that_a_spreadsheet_would_run_as_a_formula_stays_text() {
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("+45 timer"), "'+45 timer");
        assert_eq!(csv_field("@sum"), "'@sum");
    }

    #[test]
    fn invisible_characters_in_json_are_escaped_and_read_back_unchanged() {
        let raw = serde_json::to_string(&"a\u{7f}b\u{9b}c\u{202e}d").unwrap();
        let escaped = escape_invisible(&raw);
        assert_eq!(escaped, "\"a\\u007fb\\u009bc\\u202ed\"");
        let back: String = serde_json::from_str(&escaped).unwrap();
        assert_eq!(back, "a\u{7f}b\u{9b}c\u{202e}d");
    }

    #[test]
    fn control_characters_and_escape_sequences_are_removed_and_breaks_become_spaces() {
        assert_eq!(clean_text("a\nb\tc\u{7}d\u{1b}[31m"), "a b cd");
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
    fn table_hours_have_one_decimal_in_the_language_s_way() {
        assert_eq!(hours_fixed(29.6, Lang::Da), "29,6");
        assert_eq!(hours_fixed(8.0, Lang::En), "8.0");
        assert_eq!(hours_fixed(f64::NAN, Lang::En), "0.0");
        assert_eq!(
            day_month(NaiveDate::from_ymd_opt(2027, 1, 4).unwrap(), Lang::Da),
            "4. jan"
        );
        assert_eq!(
            day_month(NaiveDate::from_ymd_opt(2027, 5, 3).unwrap(), Lang::En),
            "3 May"
        );
    }
}
