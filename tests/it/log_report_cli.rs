//! `mandat log` and `mandat report` as a user meets them (SPEC §5): the real binary, a
//! throw-away data folder and a date of our choosing.

use std::process::Output;

use unicode_width::UnicodeWidthStr;

use crate::support::{Env, assert_one_mandat_line, run_bounded};

/// A day in week 9 2027, with the plan (from 4 January) in its ninth week.
const MARCH: &str = "2027-03-03";

fn at(env: &Env, today: &str, args: &[&str]) -> Output {
    let mut cmd = env.command(args);
    cmd.env("MANDAT_TODAY", today);
    run_bounded(cmd, args)
}

fn ok_at(env: &Env, today: &str, args: &[&str]) -> String {
    let out = at(env, today, args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "mandat {args:?} failed: {stderr}");
    String::from_utf8(out.stdout).expect("utf-8")
}

fn fails_at(env: &Env, today: &str, args: &[&str], code: i32) -> String {
    let out = at(env, today, args);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(code), "mandat {args:?}: {stderr}");
    assert_one_mandat_line(&stderr);
    stderr
}

fn assert_fits_80_columns(text: &str) {
    for line in text.lines() {
        assert!(line.width() <= 80, "{} columns: «{line}»", line.width());
    }
}

/// A velfærd network from 4 January 2027.
fn network(env: &Env) -> String {
    env.ok(&[
        "new",
        "--name",
        "Ældre i bevægelse",
        "--type",
        "velfaerd",
        "--start",
        "2027-01-04",
    ])
    .trim()
    .to_string()
}

#[test]
fn log_records_replaces_and_clears_a_week_and_saves_it() {
    let env = Env::new();
    let id = network(&env);
    let said = ok_at(
        &env,
        MARCH,
        &[
            "log",
            "--week",
            "2027-W02",
            "--hours",
            "9,5",
            "--sekretariat",
            "1",
            "--note",
            "Opstart, med kaffe",
        ],
    );
    assert_eq!(
        said.trim(),
        "Gemt for uge 2 2027: 9,5 timer (planlagt 6) og 1 dag i sekretariatet."
    );
    let log = &env.workspace_json(&id)["time_log"];
    assert_eq!(log["2027-W02"]["hours"], 9.5);
    assert_eq!(log["2027-W02"]["secretariat_days"], 1);
    assert_eq!(log["2027-W02"]["note"], "Opstart, med kaffe");
    // Another form of the same week replaces the entry whole.
    ok_at(
        &env,
        MARCH,
        &["log", "--week", "uge 2 2027", "--hours", "7"],
    );
    let log = &env.workspace_json(&id)["time_log"];
    assert_eq!(log["2027-W02"], serde_json::json!({"hours": 7.0}));
    // A date in the week names it too.
    ok_at(
        &env,
        MARCH,
        &["log", "--week", "2027-01-27", "--hours", "12.5"],
    );
    assert_eq!(
        env.workspace_json(&id)["time_log"]["2027-W04"]["hours"],
        12.5
    );
    let said = ok_at(&env, MARCH, &["log", "--week", "2027-W02", "--clear"]);
    assert_eq!(said.trim(), "Registreringen for uge 2 2027 er slettet.");
    let said = ok_at(&env, MARCH, &["log", "--week", "2027-W02", "--clear"]);
    assert!(said.contains("havde ingen registrering"), "{said}");
    assert!(
        env.workspace_json(&id)["time_log"]
            .get("2027-W02")
            .is_none()
    );
}

#[test]
fn log_lists_every_week_so_far_with_empty_weeks_empty_and_a_total() {
    let env = Env::new();
    network(&env);
    let empty = ok_at(&env, MARCH, &["log"]);
    assert!(
        empty.contains("mandat log --week 2027-W12 --hours 9,5"),
        "{empty}"
    );
    ok_at(
        &env,
        MARCH,
        &["log", "--week", "2027-W02", "--hours", "9,5"],
    );
    let long_note = "En meget lang note om en uge med mange møder, ".repeat(4);
    ok_at(
        &env,
        MARCH,
        &[
            "log", "--week", "2027-W04", "--hours", "0", "--note", &long_note,
        ],
    );
    let list = ok_at(&env, MARCH, &["log"]);
    assert_fits_80_columns(&list);
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["UGE", "PLANLAGT", "BRUGT", "FORSKEL", "NOTE"]
    );
    // Weeks 1 to 9, then the total.
    assert_eq!(lines.len(), 2 + 9 + 1, "{list}");
    let week = |n: u32| {
        *lines
            .iter()
            .find(|l| l.starts_with(&format!("uge {n} 2027 ")))
            .unwrap_or_else(|| panic!("week {n}: {list}"))
    };
    assert_eq!(
        week(1).split_whitespace().count(),
        4,
        "only the plan: {list}"
    );
    assert!(
        week(2).contains("9,5") && week(2).contains("+3,5"),
        "{list}"
    );
    assert!(
        week(4).contains("0,0") && week(4).contains("−8,0"),
        "zero is zero: {list}"
    );
    assert!(week(4).ends_with('…'), "a long note is cut: {list}");
    let total = lines.last().unwrap();
    assert!(total.starts_with("I alt"), "{list}");
    assert!(total.contains("64,0") && total.contains("9,5"), "{total}");
    assert!(total.contains("2 af 9"), "{total}");

    let english = ok_at(&env, MARCH, &["--lang", "en", "log"]);
    assert!(
        english.contains("week 2 2027") && english.contains("Total"),
        "{english}"
    );
    assert!(english.contains("9.5"), "{english}");
}

#[test]
fn log_refuses_what_it_cannot_record_in_one_line() {
    let env = Env::new();
    let id = network(&env);
    let before = std::fs::read(env.workspace_file(&id)).unwrap();
    let err = fails_at(
        &env,
        MARCH,
        &["log", "--week", "2029-W06", "--hours", "3"],
        1,
    );
    assert!(
        err.contains("uge 6 2029 ligger uden for planen (uge 1–34 2027)"),
        "{err}"
    );
    for (args, says) in [
        (
            &["log", "--week", "2027-W06", "--hours", "3,3"][..],
            "halve timer",
        ),
        (&["log", "--week", "2027-W06", "--hours", "-1"], "negativt"),
        (
            &["log", "--week", "2027-W06", "--hours", "200"],
            "mere, end en uge har",
        ),
        (
            &["log", "--week", "2027-W06", "--hours", "mange"],
            "ikke et tal",
        ),
        (
            &[
                "log",
                "--week",
                "2027-W06",
                "--hours",
                "3",
                "--sekretariat",
                "9",
            ],
            "9 dage",
        ),
        (
            &["log", "--week", "2027-W53", "--hours", "3"],
            "ingen uge 53",
        ),
        (
            &["log", "--week", "uge 12", "--hours", "3"],
            "mangler et år",
        ),
        (&["log", "--week", "2027-W06"], "--clear"),
        (&["log", "--hours", "3"], "--week"),
        (
            &["log", "--week", "2027-W06", "--hours", "3", "--clear"],
            "--clear",
        ),
    ] {
        let err = fails_at(&env, MARCH, args, 2);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    let err = fails_at(
        &env,
        MARCH,
        &[
            "--lang", "en", "log", "--week", "2027-W06", "--hours", "3,3",
        ],
        2,
    );
    assert!(err.contains("half-hour steps"), "{err}");
    assert_eq!(std::fs::read(env.workspace_file(&id)).unwrap(), before);
}

#[test]
fn a_file_given_with_file_is_listed_but_never_written() {
    let env = Env::new();
    let id = network(&env);
    ok_at(&env, MARCH, &["log", "--week", "2027-W03", "--hours", "4"]);
    let file = env.workspace_file(&id);
    let before = std::fs::read(&file).unwrap();
    let path = file.to_str().unwrap();
    let list = ok_at(&env, MARCH, &["--file", path, "log"]);
    assert!(list.contains("uge 3 2027"), "{list}");
    let err = fails_at(
        &env,
        MARCH,
        &["--file", path, "log", "--week", "2027-W04", "--hours", "4"],
        2,
    );
    assert!(err.contains("--file"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), before);
    let csv = ok_at(&env, MARCH, &["--file", path, "report", "--format", "csv"]);
    assert!(csv.lines().count() > 1, "{csv}");
}

#[test]
fn report_csv_has_exactly_the_specified_columns_and_empty_weeks_empty() {
    let env = Env::new();
    network(&env);
    ok_at(
        &env,
        MARCH,
        &[
            "log",
            "--week",
            "2027-W02",
            "--hours",
            "9,5",
            "--note",
            "=1+1, \"citat\"",
        ],
    );
    ok_at(
        &env,
        MARCH,
        &[
            "log",
            "--week",
            "2027-W03",
            "--hours",
            "4",
            "--sekretariat",
            "2",
        ],
    );
    let csv = ok_at(&env, MARCH, &["report", "--format", "csv"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "iso_year,iso_week,monday,phase_id,planned_hours,used_hours,difference_hours,\
cumulative_planned_hours,cumulative_used_hours,planned_secretariat_days,\
used_secretariat_days,note"
    );
    assert_eq!(lines.len(), 1 + 9, "weeks 1 to 9: {csv}");
    assert_eq!(lines[1], "2027,1,2027-01-04,opstart,6.0,,,6.0,0.0,0,,");
    assert_eq!(
        lines[2],
        "2027,2,2027-01-11,opstart,6.0,9.5,3.5,12.0,9.5,0,,\"'=1+1, \"\"citat\"\"\""
    );
    assert_eq!(
        lines[3],
        "2027,3,2027-01-18,opstart,6.0,4.0,-2.0,18.0,13.5,0,2,"
    );
    // English changes no figure: the CSV is for machines.
    assert_eq!(
        ok_at(&env, MARCH, &["--lang", "en", "report", "--format", "csv"]),
        csv
    );
    // --until ends the report with that date's week.
    let until = ok_at(
        &env,
        MARCH,
        &["report", "--format", "csv", "--until", "2027-01-20"],
    );
    assert_eq!(until.lines().count(), 1 + 3, "{until}");
}

#[test]
fn report_as_a_document_in_text_markdown_and_html() {
    let env = Env::new();
    network(&env);
    ok_at(
        &env,
        MARCH,
        &["log", "--week", "2027-W02", "--hours", "9,5"],
    );
    ok_at(&env, MARCH, &["log", "--week", "2027-W04", "--hours", "30"]);
    let text = ok_at(&env, MARCH, &["report"]);
    assert_fits_80_columns(&text);
    assert!(
        text.starts_with("Tidsforbrug: planen mod det brugte"),
        "{text}"
    );
    assert!(
        text.contains("Hvor i planen: uge 9 af 34 · Fokusering"),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("Registrerede uger:") && l.ends_with(" 2 af 9")),
        "{text}"
    );
    assert!(
        text.contains("Ingen registrering for uge 5–9 2027"),
        "{text}"
    );
    assert!(text.contains("uge 4 2027  ░"), "{text}");
    let md = ok_at(&env, MARCH, &["report", "--format", "md"]);
    assert!(md.contains("## Uge for uge") && md.contains("| Uge | ░ planlagt | █ brugt |"));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rapport.html");
    let said = ok_at(
        &env,
        MARCH,
        &["report", "--format", "html", "-o", file.to_str().unwrap()],
    );
    assert!(said.starts_with("Gemt: "), "{said}");
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<html lang=\"da\">"));
    assert!(html.contains("role=\"img\"") && html.contains("<title>Planlagte og brugte"));
    assert!(!html.contains("<script") && !html.contains("https://"));
    let en = ok_at(&env, MARCH, &["--lang", "en", "report"]);
    assert!(
        en.starts_with("Time use: the plan against what was used"),
        "{en}"
    );
    assert!(en.contains("Where in the plan: week 9 of 34"), "{en}");
    let err = fails_at(&env, MARCH, &["report", "--format", "xls"], 2);
    assert!(err.contains("text, md, html, csv eller xlsx"), "{err}");
}

#[test]
fn report_as_a_workbook_has_the_used_hours_beside_the_planned_and_goes_into_a_pipe_as_it_is() {
    use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
    let env = Env::new();
    network(&env);
    ok_at(
        &env,
        MARCH,
        &["log", "--week", "2027-W01", "--hours", "5,5"],
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("tidsforbrug.xlsx");
    let said = ok_at(
        &env,
        MARCH,
        &["report", "--format", "xlsx", "-o", file.to_str().unwrap()],
    );
    assert!(said.starts_with("Gemt: "), "{said}");
    let bytes = std::fs::read(&file).unwrap();
    let mut book: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let weeks = book.worksheet_range("Uge for uge").unwrap();
    assert_eq!(
        weeks.get((0, 10)),
        Some(&Data::String("Brugte netværkstimer".into()))
    );
    assert_eq!(weeks.get((1, 10)), Some(&Data::Float(5.5)));
    // Into a pipe it goes as it is; the test's stdout is a pipe, never a terminal.
    let piped = at(&env, MARCH, &["report", "--format", "xlsx"]);
    assert!(piped.status.success());
    assert!(piped.stdout.starts_with(b"PK"), "a workbook is a zip");
    let err = fails_at(&env, MARCH, &["report", "--open", "-o", "-"], 2);
    assert!(err.contains("--open"), "{err}");
}

#[test]
fn log_and_report_have_help_in_both_languages() {
    let env = Env::new();
    for command in ["log", "report"] {
        let da = env.ok(&[command, "--help"]);
        assert!(da.contains(&format!("Brug: mandat {command}")), "{da}");
        assert!(da.contains("Tilvalg:"), "{da}");
        let en = env.ok(&["--lang", "en", command, "--help"]);
        assert!(en.contains(&format!("Usage: mandat {command}")), "{en}");
        assert!(!en.contains('«'), "{en}");
    }
    let root = env.ok(&["--help"]);
    assert!(root.contains("log") && root.contains("report"), "{root}");
}
