//! The plan as an Excel workbook, for the leader and the personaleleder who plan in Excel.
//!
//! Two sheets. **Overblik / Summary**: the plan's summary (SPEC §8), the figures as formulas
//! over the week sheet, so they follow when someone changes an hour there; the warnings; and a
//! stacked column chart of network and basis hours per week. **Uge for uge / Week by week**:
//! one row per ISO week with numbers stored as numbers and the Monday as a date, a frozen
//! header row, a filter, and a totals row of `SUM` formulas. With the time log's comparison
//! ([`Usage`]) the sheet also holds the hours used beside the planned ones and the difference.
//!
//! Every formula is written with its value, so a reader that does not calculate (a preview, a
//! phone) shows the right figures too. Formats are Excel's own codes, which Excel shows in the
//! reader's locale: `#,##0.0` reads "1.234,5" on a Danish Windows.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{
    Chart, ChartType, DocProperties, ExcelDateTime, Format, FormatBorder, Formula, Workbook,
    Worksheet, XlsxError,
};

use super::plan::{finite, notes_line, phase_cell, summary, week_runs};
use crate::content::{Content, Course};
use crate::planner::usage::{Usage, UsageWeek};
use crate::planner::{Plan, round_tenth};
use crate::text::format::{clean_line, long_date, number};
use crate::text::{common, plan as plan_words, xlsx as words};
use crate::vocab::Lang;

/// Why the workbook could not be made: the writer's own words (English), for the catalogue's
/// [`crate::text::xlsx::cannot_make`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkbookError(pub String);

impl WorkbookError {
    /// The error in the reader's language.
    pub fn message(&self, lang: Lang) -> String {
        words::cannot_make(lang, &self.0)
    }
}

impl From<XlsxError> for WorkbookError {
    fn from(e: XlsxError) -> Self {
        WorkbookError(e.to_string())
    }
}

/// Excel's longest sheet text before it cuts; names and notes are shortened well before.
const MAX_CELL_CHARS: usize = 2000;

/// The plan as an `.xlsx` file's bytes. `usage` (the plan against the time log, from
/// [`crate::planner::usage::compare`]) adds the hours used and the difference per week; pass
/// `None` when the time log is empty.
pub fn workbook(
    plan: &Plan,
    course: &Course,
    content: &Content,
    usage: Option<&Usage>,
    lang: Lang,
) -> Result<Vec<u8>, WorkbookError> {
    let styles = Styles::new(lang);
    let title = format!(
        "{}: {}",
        common::PLAN.get(lang),
        clean_line(course.name.get(lang))
    );
    let used: BTreeMap<NaiveDate, &UsageWeek> = usage
        .map(|u| u.weeks.iter().map(|w| (w.monday, w)).collect())
        .unwrap_or_default();
    let columns = Columns::new(usage.is_some());

    let mut book = Workbook::new();
    book.set_properties(&DocProperties::new().set_title(&title));
    let weeks_name = words::SHEET_WEEKS.get(lang);
    let mut weeks = Worksheet::new();
    weeks.set_name(weeks_name)?;
    let total_row = write_weeks(
        &mut weeks, plan, course, content, &used, &columns, &styles, lang,
    )?;

    let mut overview = Worksheet::new();
    overview.set_name(words::SHEET_SUMMARY.get(lang))?;
    write_summary(
        &mut overview,
        plan,
        course,
        content,
        usage,
        &columns,
        total_row,
        &styles,
        lang,
        &title,
    )?;
    book.push_worksheet(overview);
    book.push_worksheet(weeks);
    Ok(book.save_to_buffer()?)
}

/// The cell formats, made once.
struct Styles {
    title: Format,
    bold: Format,
    header: Format,
    note: Format,
    hours: Format,
    days: Format,
    date: Format,
    total_label: Format,
    total_hours: Format,
    total_days: Format,
}

impl Styles {
    fn new(lang: Lang) -> Styles {
        let hours = "#,##0.0";
        let date = words::DATE_CELLS.get(lang);
        let total = Format::new()
            .set_bold()
            .set_border_top(FormatBorder::Thin)
            .set_border_bottom(FormatBorder::Double);
        Styles {
            title: Format::new().set_bold().set_font_size(14),
            bold: Format::new().set_bold(),
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_border_bottom(FormatBorder::Medium),
            note: Format::new().set_italic(),
            hours: Format::new().set_num_format(hours),
            days: Format::new().set_num_format("0"),
            date: Format::new().set_num_format(date),
            total_label: total.clone(),
            total_hours: total.clone().set_num_format(hours),
            total_days: total.set_num_format("0"),
        }
    }
}

/// Where each column of the week sheet is; the used and difference columns only with a log.
struct Columns {
    used: Option<(u16, u16)>,
    notes: u16,
}

const COL_WEEK: u16 = 0;
const COL_YEAR: u16 = 1;
const COL_MONDAY: u16 = 2;
const COL_PHASE: u16 = 3;
const COL_KIND: u16 = 4;
const COL_DAYS: u16 = 5;
const COL_CAPACITY: u16 = 6;
const COL_NETWORK: u16 = 7;
const COL_BASIS: u16 = 8;
const COL_SECRETARIAT: u16 = 9;

impl Columns {
    fn new(with_usage: bool) -> Columns {
        if with_usage {
            Columns {
                used: Some((10, 11)),
                notes: 12,
            }
        } else {
            Columns {
                used: None,
                notes: 10,
            }
        }
    }
}

/// "H", "AB": a column's letters for a formula.
fn column_letter(col: u16) -> String {
    let mut n = u32::from(col) + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// `H2:H53` over the week rows of a column (rows are 0-based here, 1-based in Excel).
fn week_range(col: u16, first_row: u32, last_row: u32) -> String {
    let c = column_letter(col);
    format!("{c}{}:{c}{}", first_row + 1, last_row + 1)
}

/// A reference to a cell on another sheet: `'Uge for uge'!H54`.
fn sheet_cell(sheet: &str, col: u16, row: u32) -> String {
    format!(
        "'{}'!{}{}",
        sheet.replace('\'', "''"),
        column_letter(col),
        row + 1
    )
}

fn excel_date(d: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    let year = u16::try_from(d.year()).map_err(|_| XlsxError::DateTimeRangeError(d.to_string()))?;
    ExcelDateTime::from_ymd(year, d.month() as u8, d.day() as u8)
}

/// A formula with its value, so the value shows before anything is calculated.
fn formula(text: String, value: f64) -> Formula {
    Formula::new(text).set_result(format!("{}", round_tenth(finite(value))))
}

fn text_cell(s: &str) -> String {
    clean_line(s).chars().take(MAX_CELL_CHARS).collect()
}

/// The week sheet; returns the row of its totals.
#[allow(clippy::too_many_arguments)]
fn write_weeks(
    sheet: &mut Worksheet,
    plan: &Plan,
    course: &Course,
    content: &Content,
    used: &BTreeMap<NaiveDate, &UsageWeek>,
    columns: &Columns,
    st: &Styles,
    lang: Lang,
) -> Result<u32, WorkbookError> {
    let mut headers = vec![
        (COL_WEEK, words::COLUMN_WEEK, 6.0),
        (COL_YEAR, words::COLUMN_YEAR, 6.0),
        (COL_MONDAY, words::COLUMN_MONDAY, 12.0),
        (COL_PHASE, words::COLUMN_PHASE, 0.0),
        (COL_KIND, words::COLUMN_KIND, 8.0),
        (COL_DAYS, words::COLUMN_WORKING_DAYS, 11.0),
        (COL_CAPACITY, words::COLUMN_CAPACITY, 12.0),
        (COL_NETWORK, words::COLUMN_NETWORK, 13.0),
        (COL_BASIS, words::COLUMN_BASIS, 11.0),
        (COL_SECRETARIAT, words::COLUMN_SECRETARIAT, 12.0),
        (columns.notes, words::COLUMN_NOTES, 0.0),
    ];
    if let Some((used_col, diff_col)) = columns.used {
        headers.push((used_col, words::COLUMN_USED, 13.0));
        headers.push((diff_col, words::COLUMN_DIFFERENCE, 14.0));
    }
    for (col, msg, width) in &headers {
        sheet.write_string_with_format(0, *col, msg.get(lang), &st.header)?;
        if *width > 0.0 {
            sheet.set_column_width(*col, *width)?;
        }
    }
    sheet.set_row_height(0, 30)?;

    let first = 1u32;
    let mut phase_width = words::COLUMN_PHASE.get(lang).chars().count();
    let mut notes_width = words::COLUMN_NOTES.get(lang).chars().count();
    for (i, w) in plan.weeks.iter().enumerate() {
        let row = first + i as u32;
        sheet.write_number(row, COL_WEEK, w.iso_week)?;
        sheet.write_number(row, COL_YEAR, w.iso_year)?;
        sheet.write_datetime_with_format(row, COL_MONDAY, excel_date(w.monday)?, &st.date)?;
        let phase = text_cell(&phase_cell(w, course, lang));
        phase_width = phase_width.max(phase.chars().count());
        sheet.write_string(row, COL_PHASE, &phase)?;
        sheet.write_string(row, COL_KIND, plan_words::week_kind(lang, w.kind))?;
        sheet.write_number_with_format(row, COL_DAYS, w.working_days, &st.days)?;
        sheet.write_number_with_format(row, COL_CAPACITY, finite(w.capacity_hours), &st.hours)?;
        sheet.write_number_with_format(row, COL_NETWORK, finite(w.network_hours), &st.hours)?;
        sheet.write_number_with_format(row, COL_BASIS, finite(w.basis_hours), &st.hours)?;
        if w.secretariat_days > 0 {
            sheet.write_number_with_format(row, COL_SECRETARIAT, w.secretariat_days, &st.days)?;
        }
        let logged = used
            .get(&w.monday)
            .and_then(|u| Some((u.used_hours?, u.planned_hours)));
        if let (Some((used_col, diff_col)), Some((hours, planned))) = (columns.used, logged) {
            sheet.write_number_with_format(row, used_col, finite(hours), &st.hours)?;
            let text = format!(
                "={}{}-{}{}",
                column_letter(used_col),
                row + 1,
                column_letter(COL_NETWORK),
                row + 1
            );
            let value = finite(hours) - finite(planned);
            sheet.write_formula_with_format(row, diff_col, formula(text, value), &st.hours)?;
        }
        let notes = text_cell(&notes_line(w, content, lang));
        notes_width = notes_width.max(notes.chars().count());
        if !notes.is_empty() {
            sheet.write_string(row, columns.notes, &notes)?;
        }
    }
    sheet.set_column_width(COL_PHASE, (phase_width as f64 + 2.0).min(40.0))?;
    sheet.set_column_width(columns.notes, (notes_width as f64 + 2.0).min(60.0))?;

    let last = first + plan.weeks.len().saturating_sub(1) as u32;
    let total = first + plan.weeks.len() as u32;
    sheet.write_string_with_format(
        total,
        COL_WEEK,
        plan_words::TOTAL.get(lang),
        &st.total_label,
    )?;
    for col in [COL_YEAR, COL_MONDAY, COL_PHASE, COL_KIND, columns.notes] {
        sheet.write_blank(total, col, &st.total_label)?;
    }
    let sum = |col: u16| format!("=SUM({})", week_range(col, first, last));
    let days: u32 = plan.weeks.iter().map(|w| u32::from(w.working_days)).sum();
    let capacity: f64 = plan.weeks.iter().map(|w| finite(w.capacity_hours)).sum();
    let secretariat: u32 = plan
        .weeks
        .iter()
        .map(|w| u32::from(w.secretariat_days))
        .sum();
    let totals = [
        (COL_DAYS, f64::from(days), &st.total_days),
        (COL_CAPACITY, capacity, &st.total_hours),
        (COL_NETWORK, plan.total_network_hours(), &st.total_hours),
        (COL_BASIS, plan.total_basis_hours(), &st.total_hours),
        (COL_SECRETARIAT, f64::from(secretariat), &st.total_days),
    ];
    for (col, value, format) in totals {
        sheet.write_formula_with_format(total, col, formula(sum(col), value), format)?;
    }
    if let Some((used_col, diff_col)) = columns.used {
        let used_sum: f64 = used.values().filter_map(|u| u.used_hours).map(finite).sum();
        let diff_sum: f64 = used
            .values()
            .filter_map(|u| Some(finite(u.used_hours?) - finite(u.planned_hours)))
            .sum();
        sheet.write_formula_with_format(
            total,
            used_col,
            formula(sum(used_col), used_sum),
            &st.total_hours,
        )?;
        sheet.write_formula_with_format(
            total,
            diff_col,
            formula(sum(diff_col), diff_sum),
            &st.total_hours,
        )?;
    }

    let last_col = columns.notes.max(columns.used.map(|(_, d)| d).unwrap_or(0));
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, last.max(first), last_col)?;
    // On paper: A4 landscape, as wide as the page, the header row on every page.
    sheet.set_paper_size(9);
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0)?;
    Ok(total)
}

/// The summary sheet: title, the summary's figures, the warnings and the chart.
#[allow(clippy::too_many_arguments)]
fn write_summary(
    sheet: &mut Worksheet,
    plan: &Plan,
    course: &Course,
    content: &Content,
    usage: Option<&Usage>,
    columns: &Columns,
    total_row: u32,
    st: &Styles,
    lang: Lang,
    title: &str,
) -> Result<(), WorkbookError> {
    let weeks_sheet = words::SHEET_WEEKS.get(lang);
    let s = summary(plan);
    // Labels in A, figures in B; a sentence in B runs on over the empty columns to its right.
    sheet.set_column_width(0, 50)?;
    sheet.set_column_width(1, 14)?;
    sheet.write_string_with_format(0, 0, text_cell(title), &st.title)?;
    let start = plan.first_monday().unwrap_or(plan.start);
    sheet.write_string(
        1,
        0,
        plan_words::starts(
            lang,
            &long_date(start, lang),
            &number(plan.weekly_hours, lang),
        ),
    )?;
    let note = text_cell(course.example_note.get(lang));
    if !note.is_empty() {
        sheet.write_string_with_format(2, 0, &note, &st.note)?;
    }

    let first = 1u32;
    let last = first + plan.weeks.len().saturating_sub(1) as u32;
    let mut row = 4u32;
    let label = |sheet: &mut Worksheet, row: u32, text: &str| {
        sheet
            .write_string_with_format(row, 0, text, &st.bold)
            .map(|_| ())
    };

    label(sheet, row, plan_words::TOTAL_NETWORK_HOURS.get(lang))?;
    let total_cell = sheet_cell(weeks_sheet, COL_NETWORK, total_row);
    sheet.write_formula_with_format(
        row,
        1,
        formula(format!("={total_cell}"), s.total_network_hours),
        &st.hours,
    )?;
    row += 1;

    label(sheet, row, words::WORKING_WEEKS.get(lang))?;
    let days_range = format!(
        "'{}'!{}",
        weeks_sheet.replace('\'', "''"),
        week_range(COL_DAYS, first, last)
    );
    sheet.write_formula_with_format(
        row,
        1,
        formula(
            format!("=COUNTIF({days_range},\">0\")"),
            f64::from(s.working_weeks),
        ),
        &st.days,
    )?;
    let working_weeks_cell = format!("B{}", row + 1);
    row += 1;

    label(sheet, row, plan_words::AVERAGE_PER_WORKING_WEEK.get(lang))?;
    let average = s.average_per_working_week.unwrap_or(0.0);
    sheet.write_formula_with_format(
        row,
        1,
        formula(
            format!("=IF({working_weeks_cell}>0,ROUND({total_cell}/{working_weeks_cell},1),0)"),
            average,
        ),
        &st.hours,
    )?;
    row += 1;

    for (text, value) in [
        (
            plan_words::PEAK_WEEKS,
            if s.peak_weeks.is_empty() {
                plan_words::NO_NETWORK_HOURS.get(lang).to_string()
            } else {
                plan_words::peak(
                    lang,
                    &week_runs(&s.peak_weeks, lang),
                    &number(s.peak_hours, lang),
                )
            },
        ),
        (
            plan_words::SECRETARIAT_WEEKS,
            if s.secretariat_weeks.is_empty() {
                plan_words::NO_SECRETARIAT_WEEKS.get(lang).to_string()
            } else {
                plan_words::secretariat_weeks(
                    lang,
                    &week_runs(&s.secretariat_weeks, lang),
                    s.secretariat_days,
                )
            },
        ),
    ] {
        label(sheet, row, text.get(lang))?;
        sheet.write_string(row, 1, text_cell(&value))?;
        row += 1;
    }

    label(sheet, row, plan_words::TEST_START.get(lang))?;
    match s.test_start {
        Some(monday) => {
            sheet.write_datetime_with_format(row, 1, excel_date(monday)?, &st.date)?;
        }
        None => {
            sheet.write_string(row, 1, plan_words::NO_TEST_PHASE.get(lang))?;
        }
    }
    row += 1;

    if let (Some(usage), Some((used_col, _))) = (usage, columns.used) {
        label(sheet, row, words::USED_SO_FAR.get(lang))?;
        sheet.write_formula_with_format(
            row,
            1,
            formula(
                format!("={}", sheet_cell(weeks_sheet, used_col, total_row)),
                usage.to_date.used_hours,
            ),
            &st.hours,
        )?;
        row += 1;
        label(sheet, row, words::PLANNED_IN_LOGGED_WEEKS.get(lang))?;
        sheet.write_number_with_format(
            row,
            1,
            finite(usage.to_date.planned_hours_in_logged_weeks),
            &st.hours,
        )?;
        row += 1;
    }

    row += 1;
    label(sheet, row, common::WARNINGS.get(lang))?;
    row += 1;
    if s.warnings.is_empty() {
        sheet.write_string(row, 0, plan_words::NO_WARNINGS.get(lang))?;
        row += 1;
    } else {
        for w in &s.warnings {
            sheet.write_string(row, 0, text_cell(&plan_words::warning(lang, content, w)))?;
            row += 1;
        }
    }

    if !plan.weeks.is_empty() {
        let mut chart = Chart::new(ChartType::ColumnStacked);
        // The series take their names from the week sheet's headings.
        for col in [COL_NETWORK, COL_BASIS] {
            chart
                .add_series()
                .set_name((weeks_sheet, 0, col))
                .set_categories((weeks_sheet, first, COL_WEEK, last, COL_WEEK))
                .set_values((weeks_sheet, first, col, last, col))
                .set_gap(30);
        }
        chart.title().set_name(words::CHART_TITLE.get(lang));
        chart.x_axis().set_name(words::COLUMN_WEEK.get(lang));
        chart.y_axis().set_name(words::CHART_HOURS.get(lang));
        chart.set_width(900).set_height(360);
        sheet.insert_chart(row + 1, 0, &chart)?;
    }
    sheet.set_paper_size(9);
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 1);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_by_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(7), "H");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(week_range(7, 1, 52), "H2:H53");
        assert_eq!(sheet_cell("Uge for uge", 7, 53), "'Uge for uge'!H54");
        assert_eq!(sheet_cell("Ann's", 0, 0), "'Ann''s'!A1");
    }
}
