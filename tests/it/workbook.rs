//! The plan as an Excel workbook (issue 13), read back as a spreadsheet program reads it:
//! numbers and dates stored as numbers and dates, the totals as formulas whose values add up,
//! the header row frozen, the chart there, and the hours used beside the planned ones.

use std::io::{Cursor, Read};
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use chrono::NaiveDate;
use mandat::content::Content;
use mandat::export;
use mandat::model::Workspace;
use mandat::planner::usage::{IsoWeek, LogEntry};
use mandat::vocab::Lang;

fn content() -> Content {
    Content::embedded().expect("embedded content is valid")
}

fn demo() -> Workspace {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo-velfaerd.json");
    mandat::store::load_file(&path).expect("the demo workspace loads")
}

fn workbook_of(ws: &Workspace, c: &Content, lang: Lang, logged: bool) -> Vec<u8> {
    let plan = ws.plan_weeks(c).unwrap();
    let course = c.course(&plan.course_id).unwrap();
    let usage = logged.then(|| {
        let until = NaiveDate::from_ymd_opt(2027, 2, 10).unwrap();
        mandat::planner::usage::compare(&plan, &ws.time_log, until, Some(15.0))
    });
    export::xlsx::workbook(&plan, course, c, usage.as_ref(), lang).expect("a workbook")
}

fn open(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("the workbook opens")
}

/// A part of the xlsx package as text.
fn part(bytes: &[u8], name: &str) -> Option<String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("an xlsx is a zip");
    let mut file = zip.by_name(name).ok()?;
    let mut text = String::new();
    file.read_to_string(&mut text).ok()?;
    Some(text)
}

fn logged_demo() -> Workspace {
    let mut ws = demo();
    let week = |w| IsoWeek::new(2027, w).unwrap();
    ws.time_log.record(week(1), LogEntry::new(5.5)).unwrap();
    ws.time_log
        .record(week(2), LogEntry::new(7.0).with_note("Ekstra møde"))
        .unwrap();
    ws.time_log.record(week(5), LogEntry::new(9.5)).unwrap();
    ws
}

#[test]
fn the_weeks_are_numbers_and_dates_and_the_totals_are_formulas_that_add_up() {
    let (ws, c) = (demo(), content());
    let plan = ws.plan_weeks(&c).unwrap();
    let bytes = workbook_of(&ws, &c, Lang::Da, false);
    let mut book = open(&bytes);
    assert_eq!(book.sheet_names(), ["Overblik", "Uge for uge"]);
    let weeks = book.worksheet_range("Uge for uge").unwrap();
    let header: Vec<String> = (0..11)
        .map(|c| weeks.get((0, c)).map(|d| d.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(header[0], "Uge");
    assert_eq!(header[2], "Mandag");
    assert_eq!(header[7], "Netværkstimer");
    assert!(header.iter().all(|h| !h.is_empty()), "{header:?}");
    // The first week: numbers, a date, text.
    assert_eq!(weeks.get((1, 0)), Some(&Data::Float(1.0)));
    match weeks.get((1, 2)) {
        Some(Data::DateTime(dt)) => {
            assert!(dt.is_datetime());
            // 4 January 2027 is day 46391 in Excel's count.
            assert_eq!(dt.as_f64(), 46391.0);
        }
        other => panic!("the Monday is a date: {other:?}"),
    }
    assert_eq!(weeks.get((1, 3)), Some(&Data::String("Opstart".into())));
    assert_eq!(weeks.get((1, 7)), Some(&Data::Float(6.0)));
    // The totals row: formulas over the week rows, their values the plan's totals.
    let total = plan.weeks.len() + 1;
    assert_eq!(weeks.get((total, 0)), Some(&Data::String("I alt".into())));
    let sum: f64 = (1..total)
        .filter_map(|r| match weeks.get((r, 7)) {
            Some(Data::Float(h)) => Some(*h),
            _ => None,
        })
        .sum();
    assert_eq!(
        weeks.get((total, 7)),
        Some(&Data::Float(plan.total_network_hours()))
    );
    assert!((sum - plan.total_network_hours()).abs() < 0.05);
    let formulas = book.worksheet_formula("Uge for uge").unwrap();
    let network_total = formulas
        .get_value((total as u32, 7))
        .cloned()
        .unwrap_or_default();
    assert_eq!(network_total, format!("SUM(H2:H{})", total));
}

#[test]
fn the_header_row_is_frozen_filtered_and_repeated_on_every_printed_page() {
    let bytes = workbook_of(&demo(), &content(), Lang::Da, false);
    let sheet = part(&bytes, "xl/worksheets/sheet2.xml").expect("the week sheet");
    assert!(
        sheet.contains(r#"ySplit="1""#) && sheet.contains(r#"state="frozen""#),
        "frozen"
    );
    assert!(sheet.contains("<autoFilter"), "a filter on the header");
    assert!(sheet.contains("<cols>"), "column widths are set");
    let book = part(&bytes, "xl/workbook.xml").unwrap();
    assert!(book.contains("_xlnm.Print_Titles"), "{book}");
}

#[test]
fn the_summary_gives_the_average_per_working_week_and_a_stacked_column_chart() {
    let (ws, c) = (demo(), content());
    let plan = ws.plan_weeks(&c).unwrap();
    let bytes = workbook_of(&ws, &c, Lang::En, false);
    let mut book = open(&bytes);
    assert_eq!(book.sheet_names(), ["Summary", "Week by week"]);
    let summary = book.worksheet_range("Summary").unwrap();
    let find = |label: &str| {
        (0..summary.height())
            .find(|&r| summary.get((r, 0)) == Some(&Data::String(label.into())))
            .and_then(|r| summary.get((r, 1)).cloned())
            .unwrap_or_else(|| panic!("no {label}"))
    };
    let working = plan.weeks.iter().filter(|w| w.working_days > 0).count() as f64;
    assert_eq!(
        find("Network hours in all"),
        Data::Float(plan.total_network_hours())
    );
    assert_eq!(find("Weeks with working days"), Data::Float(working));
    let average = ((plan.total_network_hours() / working) * 10.0).round() / 10.0;
    assert_eq!(find("Average per working week"), Data::Float(average));
    assert!(matches!(find("The test phase begins"), Data::DateTime(_)));
    let chart = part(&bytes, "xl/charts/chart1.xml").expect("the chart part");
    assert!(chart.contains(r#"<c:barDir val="col"/>"#), "columns");
    assert!(chart.contains(r#"<c:grouping val="stacked"/>"#), "stacked");
    assert_eq!(chart.matches("<c:ser>").count(), 2, "network and basis");
    assert!(chart.contains("'Week by week'!$H$2"), "{chart}");
}

#[test]
fn with_a_time_log_the_hours_used_stand_beside_the_planned_with_the_difference() {
    let c = content();
    let ws = logged_demo();
    let bytes = workbook_of(&ws, &c, Lang::Da, true);
    let mut book = open(&bytes);
    let weeks = book.worksheet_range("Uge for uge").unwrap();
    assert_eq!(
        weeks.get((0, 10)),
        Some(&Data::String("Brugte netværkstimer".into()))
    );
    assert_eq!(
        weeks
            .get((0, 11))
            .map(|d| d.to_string())
            .unwrap_or_default(),
        "Forskel (brugt − planlagt)"
    );
    // Week 1: planned 6, used 5.5, difference −0.5 as a formula.
    assert_eq!(weeks.get((1, 10)), Some(&Data::Float(5.5)));
    assert_eq!(weeks.get((1, 11)), Some(&Data::Float(-0.5)));
    // Week 3 has no entry: unknown, not zero.
    assert_eq!(weeks.get((3, 10)), Some(&Data::Empty));
    let formulas = book.worksheet_formula("Uge for uge").unwrap();
    assert_eq!(
        formulas.get_value((1, 11)).cloned().unwrap_or_default(),
        "K2-H2"
    );
    let plan = ws.plan_weeks(&c).unwrap();
    let total = plan.weeks.len() + 1;
    assert_eq!(weeks.get((total, 10)), Some(&Data::Float(22.0)));
    // Planned in the logged weeks 6 + 6 + 8 = 20; used 22.
    assert_eq!(weeks.get((total, 11)), Some(&Data::Float(2.0)));
    assert_eq!(
        weeks.get((2, 12)),
        Some(&Data::Empty),
        "notes stay in their column"
    );
}

#[test]
fn hostile_names_are_plain_text_in_the_workbook() {
    let c = content();
    let mut ws = demo();
    ws.plan.settings.overrides[0].note = "=HYPERLINK(\"http://x\")\u{1b}[2J".into();
    let bytes = workbook_of(&ws, &c, Lang::Da, false);
    let mut book = open(&bytes);
    let weeks = book.worksheet_range("Uge for uge").unwrap();
    let formulas = book.worksheet_formula("Uge for uge").unwrap();
    let notes: Vec<String> = (1..weeks.height())
        .filter_map(|r| weeks.get((r, 10)).map(|d| d.to_string()))
        .filter(|n| n.contains("HYPERLINK"))
        .collect();
    assert_eq!(notes.len(), 1, "the note is text");
    assert!(!notes[0].contains('\u{1b}'));
    assert!(
        formulas.rows().flatten().all(|f| !f.contains("HYPERLINK")),
        "never a formula"
    );
}
