//! Plan against use (SPEC §5 `report`): the network hours the leader logged, week by week,
//! set against the plan, per phase and to date, with the Sekretariat days, the weeks above the
//! ceiling, the weeks without an entry and the warnings. The figures are
//! [`crate::planner::usage`]'s; this module only lays them out, as a [`Doc`] (text, Markdown
//! and HTML come from the shared renderers), as CSV for a spreadsheet, or as the plan's workbook
//! with the hours used beside the planned ones.
//!
//! # CSV
//! One header line, then one line per week of the plan up to the report date, columns in this
//! order (SPEC §5): `iso_year,iso_week,monday,phase_id,planned_hours,used_hours,
//! difference_hours,cumulative_planned_hours,cumulative_used_hours,planned_secretariat_days,
//! used_secretariat_days,note`. Comma-separated, UTF-8, `\n` line ends; hours with `.` and one
//! decimal whatever the language. A week without an entry has empty `used_hours`,
//! `difference_hours` and `used_secretariat_days` (unknown, not zero), and adds 0 to
//! `cumulative_used_hours`. `phase_id` is empty in a week with no working days. A note with a
//! comma, a quote or a line break is quoted as RFC 4180 says.

use chrono::NaiveDate;

use super::doc::{Block, Chart, ChartWeek, Doc};
use super::xlsx::{WorkbookError, workbook};
use super::{DocFormat, render as render_doc};
use crate::content::Content;
use crate::model::Workspace;
use crate::planner::usage::{Side, Usage, UsageWeek, compare};
use crate::text::common;
use crate::text::format::{clean_line, long_date, number, number_fixed, week_range};
use crate::text::report as words;
use crate::vocab::Lang;

/// The CSV header, exactly as SPEC §5 names the columns.
pub const CSV_HEADER: &str = "iso_year,iso_week,monday,phase_id,planned_hours,used_hours,\
difference_hours,cumulative_planned_hours,cumulative_used_hours,planned_secretariat_days,\
used_secretariat_days,note";

/// The formats of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// A document: text, Markdown or HTML.
    Doc(DocFormat),
    /// One line per week for a spreadsheet.
    Csv,
    /// The plan as a workbook with the hours used beside the planned ones.
    Xlsx,
}

impl ReportFormat {
    /// The file extension for a saved report.
    pub fn extension(self) -> &'static str {
        match self {
            ReportFormat::Doc(f) => f.extension(),
            ReportFormat::Csv => "csv",
            ReportFormat::Xlsx => "xlsx",
        }
    }
}

/// Why a report could not be made. Plain data: [`ReportError::message`] words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportError {
    /// The plan's course is not in the content (its id).
    UnknownCourse(String),
    /// The workbook could not be put together.
    Workbook(WorkbookError),
}

impl ReportError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ReportError::UnknownCourse(id) => words::unknown_course(lang, &clean_line(id)),
            ReportError::Workbook(e) => e.message(lang),
        }
    }
}

/// The plan set against the log, every week of the plan up to the week of `until`.
pub fn usage(ws: &Workspace, content: &Content, until: NaiveDate) -> Result<Usage, ReportError> {
    let plan = ws
        .plan_weeks(content)
        .map_err(|_| ReportError::UnknownCourse(ws.plan.settings.course_id.clone()))?;
    Ok(compare(
        &plan,
        &ws.time_log,
        until,
        ws.plan.settings.ceiling_hours,
    ))
}

/// The report in a format, as the bytes of the file.
pub fn render(
    ws: &Workspace,
    content: &Content,
    lang: Lang,
    format: ReportFormat,
    until: NaiveDate,
) -> Result<Vec<u8>, ReportError> {
    let usage = usage(ws, content, until)?;
    Ok(match format {
        ReportFormat::Doc(f) => render_doc(&build(ws, content, lang, &usage), f).into_bytes(),
        ReportFormat::Csv => csv(&usage).into_bytes(),
        ReportFormat::Xlsx => {
            let unknown = || ReportError::UnknownCourse(ws.plan.settings.course_id.clone());
            let plan = ws.plan_weeks(content).map_err(|_| unknown())?;
            let course = content.course(&plan.course_id).ok_or_else(unknown)?;
            workbook(&plan, course, content, Some(&usage), lang).map_err(ReportError::Workbook)?
        }
    })
}

// ---------------------------------------------------------------------------------------------
// The document

/// The report as a document.
pub fn build(ws: &Workspace, content: &Content, lang: Lang, usage: &Usage) -> Doc {
    let mut doc = Doc {
        title: words::REPORT_TITLE.get(lang).into(),
        subtitle: Some(format!(
            "{} · {}",
            ws.name,
            common::network_type(lang, ws.network_type)
        )),
        lang: lang.code(),
        blocks: Vec::new(),
    };
    let phase = |id: &str| phase_name(ws, content, lang, id);
    let period = match (usage.weeks.first(), usage.weeks.last()) {
        (Some(a), Some(b)) => week_range(a.monday, b.monday, lang),
        _ => words::NO_PERIOD.get(lang).into(),
    };
    let mut facts = Vec::new();
    if !ws.leader_name.trim().is_empty() {
        facts.push((
            common::leader_role(content, lang).to_string(),
            ws.leader_name.clone(),
        ));
    }
    facts.extend([
        (
            words::PERIOD.get(lang).into(),
            words::period_until(lang, &period, &long_date(usage.until, lang)),
        ),
        (
            words::POSITION.get(lang).into(),
            words::position(lang, &usage.position, phase),
        ),
        (
            words::CEILING.get(lang).into(),
            match usage.ceiling {
                Some(c) => words::ceiling_hours(lang, &number(c, lang)),
                None => words::NO_CEILING.get(lang).into(),
            },
        ),
    ]);
    doc.push(Block::Facts(facts));

    doc.push(Block::Heading(words::TO_DATE.get(lang).into()));
    doc.push(Block::Facts(totals(usage, lang)));

    doc.push(Block::Heading(words::USAGE_WARNINGS.get(lang).into()));
    push_warnings(&mut doc, usage, lang);

    if usage.weeks.is_empty() {
        doc.push(Block::Heading(words::WEEK_BY_WEEK.get(lang).into()));
        doc.push(Block::Para(words::NO_WEEKS_TO_SHOW.get(lang).into()));
    } else {
        doc.push(Block::Heading(words::BY_PHASE.get(lang).into()));
        doc.push(phase_table(ws, content, usage, lang));
        doc.push(Block::Heading(words::WEEK_BY_WEEK.get(lang).into()));
        doc.push(Block::Chart(chart(usage, lang, false)));
        doc.push(week_table(ws, content, usage, lang));
        doc.push(Block::Note(words::SECRETARIAT_CELL_NOTE.get(lang).into()));
    }

    if !usage.outside_plan.is_empty() {
        doc.push(Block::Subheading(words::OUTSIDE_PLAN.get(lang).into()));
        doc.push(Block::Note(words::OUTSIDE_PLAN_NOTE.get(lang).into()));
        doc.push(Block::Table {
            headers: vec![
                words::COL_WEEK.get(lang).into(),
                words::COL_USED.get(lang).into(),
                words::COL_NOTE.get(lang).into(),
            ],
            rows: usage
                .outside_plan
                .iter()
                .map(|e| {
                    let side = match e.side {
                        Side::BeforePlan => words::BEFORE_PLAN,
                        Side::AfterPlan => words::AFTER_PLAN,
                    };
                    vec![
                        words::log_outside_plan(lang, &words::week(lang, e.week), side.get(lang)),
                        number(e.hours, lang),
                        clean_line(&e.note),
                    ]
                })
                .collect(),
            numeric: vec![1],
        });
    }
    if usage.entries_after_until > 0 {
        doc.push(Block::Note(words::entries_after_until(
            lang,
            usage.entries_after_until,
        )));
    }
    doc
}

/// The phase's name in the language; the id when the course does not know it.
pub(crate) fn phase_name(ws: &Workspace, content: &Content, lang: Lang, id: &str) -> String {
    content
        .course(&ws.plan.settings.course_id)
        .and_then(|c| c.phases.iter().find(|p| p.id == id))
        .map(|p| clean_line(p.name.get(lang)))
        .unwrap_or_else(|| clean_line(id))
}

/// Planned, used and the difference so far, the weeks logged, the Sekretariat days, and the
/// weeks above the ceiling and without an entry.
pub(crate) fn totals(usage: &Usage, lang: Lang) -> Vec<(String, String)> {
    let t = &usage.to_date;
    let hours = |h: f64| words::hours(lang, &number(h, lang));
    let difference = match t.difference_per_cent {
        Some(p) => words::difference(
            lang,
            &words::signed(lang, t.difference_hours),
            &words::signed(lang, p),
        ),
        None => hours(t.difference_hours),
    };
    let mut facts = vec![
        (words::PLANNED.get(lang).into(), hours(t.planned_hours)),
        (words::USED.get(lang).into(), hours(t.used_hours)),
        (words::DIFFERENCE.get(lang).into(), difference),
        (
            words::LOGGED_WEEKS.get(lang).into(),
            words::logged_of(lang, t.logged_weeks, t.weeks),
        ),
    ];
    if t.logged_weeks > 0 && t.weeks_without_entry > 0 {
        facts.push((
            words::LOGGED_WEEKS_ONLY.get(lang).into(),
            words::logged_weeks_only(
                lang,
                &number(t.used_hours, lang),
                &number(t.planned_hours_in_logged_weeks, lang),
            ),
        ));
    }
    facts.push((
        words::SECRETARIAT_DAYS.get(lang).into(),
        words::days_planned_used(lang, t.planned_secretariat_days, t.used_secretariat_days),
    ));
    let list = |pick: fn(&UsageWeek) -> bool| {
        let weeks: Vec<_> = usage
            .weeks
            .iter()
            .filter(|w| pick(w))
            .map(|w| w.week)
            .collect();
        if weeks.is_empty() {
            words::NO_WEEKS.get(lang).to_string()
        } else {
            words::weeks(lang, &weeks)
        }
    };
    if usage.ceiling.is_some() {
        facts.push((
            words::WEEKS_ABOVE_CEILING.get(lang).into(),
            list(|w| w.above_ceiling),
        ));
    }
    facts.push((
        words::WEEKS_WITHOUT_ENTRY.get(lang).into(),
        list(|w| w.missing && w.working_days > 0),
    ));
    facts
}

pub(crate) fn push_warnings(doc: &mut Doc, usage: &Usage, lang: Lang) {
    if usage.warnings.is_empty() {
        doc.push(Block::Para(words::NO_USAGE_WARNINGS.get(lang).into()));
    } else {
        doc.push(Block::Bullets(
            usage
                .warnings
                .iter()
                .map(|w| words::warning(lang, w))
                .collect(),
        ));
    }
}

fn phase_table(ws: &Workspace, content: &Content, usage: &Usage, lang: Lang) -> Block {
    let rows = usage
        .phases
        .iter()
        .map(|p| {
            vec![
                match &p.phase_id {
                    Some(id) => phase_name(ws, content, lang, id),
                    None => words::WEEKS_WITHOUT_WORKING_DAYS.get(lang).into(),
                },
                p.weeks.to_string(),
                number_fixed(p.planned_hours, lang),
                number_fixed(p.used_hours, lang),
                words::signed_fixed(lang, p.difference_hours),
                words::logged_of(lang, p.logged_weeks, p.weeks),
            ]
        })
        .collect();
    Block::Table {
        headers: vec![
            words::COL_PHASE.get(lang).into(),
            words::COL_WEEKS.get(lang).into(),
            words::COL_PLANNED.get(lang).into(),
            words::COL_USED.get(lang).into(),
            words::COL_DIFFERENCE.get(lang).into(),
            words::COL_LOGGED.get(lang).into(),
        ],
        rows,
        numeric: vec![1, 2, 3, 4, 5],
    }
}

/// One row per week: planned, used, the difference, the Sekretariat days and the note. A
/// week without an entry has empty cells, never a 0.
fn week_table(ws: &Workspace, content: &Content, usage: &Usage, lang: Lang) -> Block {
    let rows = usage
        .weeks
        .iter()
        .map(|w| {
            vec![
                words::week(lang, w.week),
                w.phase_id
                    .as_deref()
                    .map(|id| phase_name(ws, content, lang, id))
                    .unwrap_or_default(),
                number_fixed(w.planned_hours, lang),
                w.used_hours
                    .map(|u| number_fixed(u, lang))
                    .unwrap_or_default(),
                w.difference_hours
                    .map(|d| words::signed_fixed(lang, d))
                    .unwrap_or_default(),
                secretariat_cell(w, lang),
                clean_line(&w.note),
            ]
        })
        .collect();
    Block::Table {
        headers: vec![
            words::COL_WEEK.get(lang).into(),
            words::COL_PHASE.get(lang).into(),
            words::COL_PLANNED.get(lang).into(),
            words::COL_USED.get(lang).into(),
            words::COL_DIFFERENCE.get(lang).into(),
            words::COL_SECRETARIAT.get(lang).into(),
            words::COL_NOTE.get(lang).into(),
        ],
        rows,
        numeric: vec![2, 3, 4, 5],
    }
}

/// "2/1": planned and used days at the Sekretariat; "2/–" when the week has no days noted;
/// empty when none were planned or noted.
fn secretariat_cell(w: &UsageWeek, lang: Lang) -> String {
    match (w.planned_secretariat_days, w.used_secretariat_days) {
        (0, None) => String::new(),
        (planned, used) => words::secretariat_cell(
            lang,
            planned,
            &used.map_or_else(|| "–".to_string(), |d| d.to_string()),
        ),
    }
}

/// The weeks as a chart of planned against used hours; `with_figures` puts the figures under
/// the HTML drawing, for a document without a week table of its own.
pub fn chart(usage: &Usage, lang: Lang, with_figures: bool) -> Chart {
    let range = match (usage.weeks.first(), usage.weeks.last()) {
        (Some(a), Some(b)) => week_range(a.monday, b.monday, lang),
        _ => String::new(),
    };
    Chart {
        title: words::chart_title(lang, &range),
        week_heading: words::COL_WEEK.get(lang).into(),
        planned_label: words::CHART_PLANNED.get(lang).into(),
        used_label: words::CHART_USED.get(lang).into(),
        missing_label: words::CHART_MISSING.get(lang).into(),
        ceiling: usage
            .ceiling
            .map(|c| (c, words::ceiling_legend(lang, &number(c, lang)))),
        weeks: usage
            .weeks
            .iter()
            .map(|w| ChartWeek {
                label: words::week(lang, w.week),
                short_label: w.week.week().to_string(),
                planned: w.planned_hours,
                used: w.used_hours,
                planned_text: number(w.planned_hours, lang),
                used_text: w
                    .used_hours
                    .map(|u| number(u, lang))
                    .unwrap_or_else(|| words::CHART_MISSING.get(lang).into()),
            })
            .collect(),
        with_figures,
        figure_rows: [
            words::COL_PLANNED.get(lang).into(),
            words::COL_USED.get(lang).into(),
        ],
    }
}

// ---------------------------------------------------------------------------------------------
// CSV

/// Hours for machines: one decimal and `.` as the decimal mark, whatever the language.
fn csv_hours(h: f64) -> String {
    format!("{:.1}", if h.is_finite() { h } else { 0.0 })
}

/// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180); a leading
/// `=`, `+`, `-` or `@` gets an apostrophe so a spreadsheet does not run it as a formula.
fn csv_field(s: &str) -> String {
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

/// The report as CSV: the header, then one line per week.
pub fn csv(usage: &Usage) -> String {
    let mut out = String::from(CSV_HEADER);
    out.push('\n');
    for w in &usage.weeks {
        let fields = [
            w.week.year().to_string(),
            w.week.week().to_string(),
            w.monday.format("%Y-%m-%d").to_string(),
            csv_field(&clean_line(w.phase_id.as_deref().unwrap_or(""))),
            csv_hours(w.planned_hours),
            w.used_hours.map(csv_hours).unwrap_or_default(),
            w.difference_hours.map(csv_hours).unwrap_or_default(),
            csv_hours(w.cumulative_planned_hours),
            csv_hours(w.cumulative_used_hours),
            w.planned_secretariat_days.to_string(),
            w.used_secretariat_days
                .map(|d| d.to_string())
                .unwrap_or_default(),
            csv_field(&clean_line(&w.note)),
        ];
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_that_could_break_a_spreadsheet_is_made_plain() {
        assert_eq!(csv_field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("sagde \"ja\""), "\"sagde \"\"ja\"\"\"");
        assert_eq!(csv_hours(-0.0 + 9.5), "9.5");
    }
}
