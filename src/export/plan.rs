//! The week-by-week plan for people (a [`Doc`] with the week table, 80 columns as text) and for
//! machines (CSV and JSON). The sentences that explain a plan's notes and warnings are
//! [`crate::text::plan::note`] and [`crate::text::plan::warning`].
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

use super::doc::{Block, Doc};
use crate::content::{Content, Course};
use crate::planner::{Plan, PlanWeek, Warning, WeekKind, WeekNote, round_tenth};
use crate::text::format::{clean_line, long_date, number, number_fixed, week_range};
use crate::text::{common, plan as words};
use crate::vocab::Lang;

/// The CSV header, exactly as SPEC §5 names the columns.
pub const CSV_HEADER: &str = "iso_year,iso_week,monday,phase_id,phase_name,kind,working_days,\
capacity_hours,network_hours,basis_hours,secretariat_days,notes";

// ---------------------------------------------------------------------------------------------
// Shared helpers

/// The phase's name in the language; the id if the course does not know it.
fn phase_name(course: &Course, phase_id: &str, lang: Lang) -> String {
    course
        .phases
        .iter()
        .find(|p| p.id == phase_id)
        .map(|p| clean_line(p.name.get(lang)))
        .unwrap_or_else(|| clean_line(phase_id))
}

pub(super) fn week_phase_name(course: &Course, week: &PlanWeek, lang: Lang) -> Option<String> {
    week.phase_id
        .as_deref()
        .map(|id| phase_name(course, id, lang))
}

pub(super) fn notes_line(week: &PlanWeek, content: &Content, lang: Lang) -> String {
    week.notes
        .iter()
        .map(|n| words::note(lang, content, n))
        .collect::<Vec<_>>()
        .join("; ")
}

pub(super) fn finite(h: f64) -> f64 {
    if h.is_finite() { h } else { 0.0 }
}

fn iso_date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn total_secretariat_days(plan: &Plan) -> u32 {
    plan.weeks
        .iter()
        .map(|w| u32::from(w.secretariat_days))
        .sum()
}

// ---------------------------------------------------------------------------------------------
// CSV

/// Hours for machines: one decimal and `.` as the decimal mark, whatever the language.
fn csv_hours(h: f64) -> String {
    format!("{:.1}", finite(h))
}

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
pub fn csv(plan: &Plan, course: &Course, content: &Content, lang: Lang) -> String {
    let mut out = String::from(CSV_HEADER);
    out.push('\n');
    for w in &plan.weeks {
        let fields = [
            w.iso_year.to_string(),
            w.iso_week.to_string(),
            iso_date(w.monday),
            csv_field(&clean_line(w.phase_id.as_deref().unwrap_or(""))),
            csv_field(&week_phase_name(course, w, lang).unwrap_or_default()),
            w.kind.id().to_string(),
            w.working_days.to_string(),
            csv_hours(w.capacity_hours),
            csv_hours(w.network_hours),
            csv_hours(w.basis_hours),
            w.secretariat_days.to_string(),
            csv_field(&notes_line(w, content, lang)),
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
pub fn json(plan: &Plan, course: &Course, content: &Content, lang: Lang) -> String {
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
                    text: words::note(lang, content, n),
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
            text: words::warning(lang, content, w),
        })
        .collect();
    let doc = JsonPlan {
        format: "mandat-plan",
        format_version: 1,
        lang: lang.code(),
        course: JsonCourse {
            id: course.id.clone(),
            name: clean_line(course.name.get(lang)),
            example_note: clean_line(course.example_note.get(lang)),
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

// ---------------------------------------------------------------------------------------------
// The summary

/// The figures above the week table (SPEC §8), as data: the plan document, the workbook and
/// the personaleleder's brief word them.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanSummary {
    pub total_network_hours: f64,
    /// Weeks with at least one working day.
    pub working_weeks: u32,
    /// Total network hours ÷ working weeks, to one decimal; `None` without a working week.
    pub average_per_working_week: Option<f64>,
    /// The most network hours in one week; 0 when the plan has none.
    pub peak_hours: f64,
    /// The Mondays of the weeks with [`PlanSummary::peak_hours`], in order; empty when the plan
    /// has no network hours.
    pub peak_weeks: Vec<NaiveDate>,
    /// The Mondays of the Sekretariat weeks, in order.
    pub secretariat_weeks: Vec<NaiveDate>,
    pub secretariat_days: u32,
    /// The Monday of the first test week.
    pub test_start: Option<NaiveDate>,
    pub warnings: Vec<Warning>,
}

/// Reads the summary off a plan.
pub fn summary(plan: &Plan) -> PlanSummary {
    let total = plan.total_network_hours();
    let working_weeks = plan.weeks.iter().filter(|w| w.working_days > 0).count() as u32;
    let average = (working_weeks > 0).then(|| round_tenth(total / f64::from(working_weeks)));
    let peak = plan
        .weeks
        .iter()
        .map(|w| finite(w.network_hours))
        .fold(0.0, f64::max);
    let peak_weeks = if peak > 0.0 {
        plan.weeks
            .iter()
            .filter(|w| finite(w.network_hours) >= peak)
            .map(|w| w.monday)
            .collect()
    } else {
        Vec::new()
    };
    PlanSummary {
        total_network_hours: total,
        working_weeks,
        average_per_working_week: average,
        peak_hours: peak,
        peak_weeks,
        secretariat_weeks: plan.secretariat_weeks().map(|w| w.monday).collect(),
        secretariat_days: total_secretariat_days(plan),
        test_start: plan.test_start,
        warnings: plan.warnings.clone(),
    }
}

/// Mondays grouped into runs of consecutive weeks, each run as "uge 5–8 2027".
pub fn week_runs(mondays: &[NaiveDate], lang: Lang) -> String {
    let mut runs: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    for &m in mondays {
        match runs.last_mut() {
            Some((_, last)) if (m - *last).num_days() == 7 => *last = m,
            _ => runs.push((m, m)),
        }
    }
    runs.into_iter()
        .map(|(a, b)| week_range(a, b, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The summary as label–value lines, in the order the document shows them.
pub fn summary_facts(summary: &PlanSummary, lang: Lang) -> Vec<(String, String)> {
    let hours = |h: f64| words::hours_n(lang, &number(h, lang));
    let average = match summary.average_per_working_week {
        Some(avg) => words::average(lang, &number_fixed(avg, lang), summary.working_weeks),
        None => words::NO_WORKING_WEEKS.get(lang).into(),
    };
    let peak = if summary.peak_weeks.is_empty() {
        words::NO_NETWORK_HOURS.get(lang).into()
    } else {
        words::peak(
            lang,
            &week_runs(&summary.peak_weeks, lang),
            &number(summary.peak_hours, lang),
        )
    };
    let secretariat = if summary.secretariat_weeks.is_empty() {
        words::NO_SECRETARIAT_WEEKS.get(lang).into()
    } else {
        words::secretariat_weeks(
            lang,
            &week_runs(&summary.secretariat_weeks, lang),
            summary.secretariat_days,
        )
    };
    let test = match summary.test_start {
        Some(monday) => long_date(monday, lang),
        None => words::NO_TEST_PHASE.get(lang).into(),
    };
    vec![
        (
            words::TOTAL_NETWORK_HOURS.get(lang).into(),
            hours(summary.total_network_hours),
        ),
        (words::AVERAGE_PER_WORKING_WEEK.get(lang).into(), average),
        (words::PEAK_WEEKS.get(lang).into(), peak),
        (words::SECRETARIAT_WEEKS.get(lang).into(), secretariat),
        (words::TEST_START.get(lang).into(), test),
    ]
}

/// The summary as blocks for any document: the figures, then the warnings under their own
/// subheading. The personaleleder's brief can carry these lines as they are.
pub fn summary_blocks(plan: &Plan, content: &Content, lang: Lang) -> Vec<Block> {
    let summary = summary(plan);
    let mut blocks = vec![Block::Facts(summary_facts(&summary, lang))];
    blocks.push(Block::Subheading(common::WARNINGS.get(lang).into()));
    if summary.warnings.is_empty() {
        blocks.push(Block::Para(words::NO_WARNINGS.get(lang).into()));
    } else {
        blocks.push(Block::Bullets(
            summary
                .warnings
                .iter()
                .map(|w| words::warning(lang, content, w))
                .collect(),
        ));
    }
    blocks
}

// ---------------------------------------------------------------------------------------------
// Text and documents

/// The plan as a table for people, at most 80 columns wide, with its summary above.
pub fn text(plan: &Plan, course: &Course, content: &Content, lang: Lang) -> String {
    super::text::render(&document(plan, course, content, lang))
}

/// The plan for the personaleleder (SPEC §8): what it is, the summary with the warnings, and
/// the week table with its totals.
pub fn document(plan: &Plan, course: &Course, content: &Content, lang: Lang) -> Doc {
    let mut doc = Doc {
        title: format!(
            "{}: {}",
            common::PLAN.get(lang),
            clean_line(course.name.get(lang))
        ),
        subtitle: None,
        lang: lang.code(),
        blocks: Vec::new(),
    };
    let start_monday = plan.first_monday().unwrap_or(plan.start);
    doc.push(Block::Para(words::starts(
        lang,
        &long_date(start_monday, lang),
        &number(plan.weekly_hours, lang),
    )));
    let note = clean_line(course.example_note.get(lang));
    if !note.is_empty() {
        doc.push(Block::Note(note));
    }
    doc.push(Block::Heading(words::SUMMARY.get(lang).into()));
    doc.blocks.extend(summary_blocks(plan, content, lang));
    doc.push(Block::Heading(words::WEEK_BY_WEEK.get(lang).into()));
    doc.push(week_table(plan, course, content, lang));
    doc
}

/// The week table's columns that hold figures (week, working days, network, basis and
/// Sekretariat days) and the dates, which are aligned and never cut or wrapped like them.
const FIGURE_COLUMNS: [usize; 6] = [0, 1, 3, 4, 5, 6];

/// One row per week, a row with the year where a year begins, and the totals last.
fn week_table(plan: &Plan, course: &Course, content: &Content, lang: Lang) -> Block {
    let mut rows = Vec::with_capacity(plan.weeks.len() + 2);
    let mut year = None;
    for w in &plan.weeks {
        if year != Some(w.iso_year) {
            year = Some(w.iso_year);
            rows.push(year_row(w.iso_year));
        }
        rows.push(week_row(w, course, content, lang));
    }
    rows.push(total_row(plan, lang));
    Block::Table {
        headers: words::week_table_headers(lang).into(),
        rows,
        numeric: FIGURE_COLUMNS.into(),
    }
}

/// The year alone in the week column, so a plan across New Year reads unambiguously.
fn year_row(year: i32) -> Vec<String> {
    let mut row = vec![String::new(); 8];
    row[0] = year.to_string();
    row
}

/// The name in the phase column: the phase, or "Fri" in a week with no working days.
pub(super) fn phase_cell(w: &PlanWeek, course: &Course, lang: Lang) -> String {
    week_phase_name(course, w, lang)
        .unwrap_or_else(|| common::capitalise(words::week_kind(lang, WeekKind::Vacation)))
}

fn week_row(w: &PlanWeek, course: &Course, content: &Content, lang: Lang) -> Vec<String> {
    vec![
        w.iso_week.to_string(),
        words::week_dates(w.monday, lang),
        phase_cell(w, course, lang),
        w.working_days.to_string(),
        number_fixed(w.network_hours, lang),
        number_fixed(w.basis_hours, lang),
        secretariat_days(u32::from(w.secretariat_days)),
        notes_line(w, content, lang),
    ]
}

fn total_row(plan: &Plan, lang: Lang) -> Vec<String> {
    let working_days: u32 = plan.weeks.iter().map(|w| u32::from(w.working_days)).sum();
    vec![
        String::new(),
        String::new(),
        words::TOTAL.get(lang).into(),
        working_days.to_string(),
        number_fixed(plan.total_network_hours(), lang),
        number_fixed(plan.total_basis_hours(), lang),
        total_secretariat_days(plan).to_string(),
        words::weeks_n(lang, plan.weeks.len()),
    ]
}

/// A week's Sekretariat days; blank rather than 0, so the intensive weeks stand out.
fn secretariat_days(days: u32) -> String {
    if days > 0 {
        days.to_string()
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(clean_line("a\nb\tc\u{7}d\u{1b}[31m"), "a b cd");
    }

    #[test]
    fn csv_hours_have_one_decimal_and_a_point_in_every_language() {
        assert_eq!(csv_hours(8.0), "8.0");
        assert_eq!(csv_hours(f64::NAN), "0.0");
        assert_eq!(csv_hours(1359.04), "1359.0");
    }
}
