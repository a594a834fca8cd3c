//! HTML printed by a real browser: the demo's personaleleder brief (issue 4), a one-year plan
//! and the co-driver worksheet with three candidates (issue 12) each fit on at most two A4 pages. Needs Chromium
//! and poppler's `pdfinfo`, which `.ci/run` installs; on a machine without them the test says so
//! and passes.

use std::path::{Path, PathBuf};
use std::process::Command;

fn found(program: &str, arg: &str) -> bool {
    Command::new(program)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn the_demo_personaleleder_brief_prints_on_at_most_two_a4_pages() {
    if !found("chromium", "--version") || !found("pdfinfo", "-v") {
        eprintln!("chromium or pdfinfo is not installed; skipping the print test");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("brief.html");
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo-velfaerd.json");
    let out = Command::new(env!("CARGO_BIN_EXE_mandat"))
        .args([
            "--file",
            demo.to_str().unwrap(),
            "summary",
            "--meeting",
            "personaleleder",
        ])
        .args(["--format", "html", "-o", html.to_str().unwrap()])
        .env("MANDAT_TODAY", "2027-01-12")
        .env("MANDAT_DATA_DIR", dir.path().join("data"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (pages, size) = print_to_pdf(dir.path(), &html);
    assert!(pages <= 2, "the brief printed on {pages} pages");
    assert!(size.contains("(A4)"), "A4: {size}");
}

#[test]
fn a_one_year_plan_prints_on_at_most_two_a4_pages() {
    if !found("chromium", "--version") || !found("pdfinfo", "-v") {
        eprintln!("chromium or pdfinfo is not installed; skipping the print test");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // The demo on the innovation course, with three vacations: 53 ISO weeks, more than a year.
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo-velfaerd.json");
    let mut ws: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&demo).unwrap()).unwrap();
    ws["plan"]["course_id"] = "innovation".into();
    ws["plan"]["phases"] = serde_json::json!({});
    ws["plan"]["vacations"] = serde_json::json!([
        { "first": "2027-07-05", "last": "2027-07-23" },
        { "first": "2027-10-11", "last": "2027-10-15" },
        { "first": "2027-12-20", "last": "2027-12-31" }
    ]);
    let file = dir.path().join("year.json");
    std::fs::write(&file, ws.to_string()).unwrap();
    let csv = Command::new(env!("CARGO_BIN_EXE_mandat"))
        .args(["--file", file.to_str().unwrap(), "plan", "--format", "csv"])
        .env("MANDAT_DATA_DIR", dir.path().join("data"))
        .output()
        .unwrap();
    let weeks = String::from_utf8_lossy(&csv.stdout).lines().count() - 1;
    assert!(weeks >= 52, "a year of weeks: {weeks}");
    let html = write_html(dir.path(), &file, "plan", &["plan"]);
    let (pages, size) = print_to_pdf(dir.path(), &html);
    assert!(pages <= 2, "the plan printed on {pages} pages");
    assert!(size.contains("(A4)"), "A4: {size}");
}

/// Writes a command's HTML document into `dir` and returns its path.
fn write_html(dir: &Path, workspace: &Path, name: &str, args: &[&str]) -> PathBuf {
    let html = dir.join(format!("{name}.html"));
    let out = Command::new(env!("CARGO_BIN_EXE_mandat"))
        .args(["--file", workspace.to_str().unwrap()])
        .args(args)
        .args(["--format", "html", "-o", html.to_str().unwrap()])
        .env("MANDAT_TODAY", "2027-01-12")
        .env("MANDAT_DATA_DIR", dir.join("data"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    html
}

/// A follow-up with the personaleleder after a year of logged weeks: the brief with the time
/// since the last meeting, its chart and the weeks' figures still fits two A4 pages.
#[test]
fn a_follow_up_personaleleder_brief_with_a_year_of_log_prints_on_at_most_two_a4_pages() {
    if !found("chromium", "--version") || !found("pdfinfo", "-v") {
        eprintln!("chromium or pdfinfo is not installed; skipping the print test");
        return;
    }
    let ws = crate::follow_up::year_of_follow_up();
    let content = mandat::content::Content::embedded().unwrap();
    let text = mandat::export::brief::render(
        &ws,
        "personaleleder-2",
        &content,
        mandat::vocab::Lang::Da,
        mandat::export::DocFormat::Html,
        crate::follow_up::print_day(),
        false,
    )
    .unwrap();
    assert!(text.contains("<svg"), "the chart is in it");
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("opfoelgning.html");
    std::fs::write(&html, text).unwrap();
    let (pages, _) = print_to_pdf(dir.path(), &html);
    assert!(pages <= 2, "the follow-up brief printed on {pages} pages");
}

/// Prints an HTML file to PDF with Chromium; the page count and `pdfinfo`'s page-size line.
fn print_to_pdf(dir: &Path, html: &Path) -> (usize, String) {
    let pdf = html.with_extension("pdf");
    let status = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.join(format!(
                "profile-{}",
                html.file_stem().unwrap_or_default().to_string_lossy()
            ))
            .display()
        ))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .unwrap();
    assert!(
        pdf.exists(),
        "chromium made no PDF: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    let info = Command::new("pdfinfo").arg(&pdf).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo names the page count");
    let size = info
        .lines()
        .find(|l| l.starts_with("Page size"))
        .unwrap_or("")
        .to_string();
    (pages, size)
}

/// The co-driver worksheet (issue 12) with three candidates, their profiles and notes, and the
/// choice prints on at most two A4 pages, room to write by hand included.
#[test]
fn the_co_driver_worksheet_with_three_candidates_prints_on_at_most_two_a4_pages() {
    if !found("chromium", "--version") || !found("pdfinfo", "-v") {
        eprintln!("chromium or pdfinfo is not installed; skipping the print test");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("tre-kandidater.json");
    let ws = super::codriver::workspace_with_three_candidates();
    std::fs::write(&file, serde_json::to_string_pretty(&ws).unwrap()).unwrap();
    let html = dir.path().join("co-driver.html");
    let out = Command::new(env!("CARGO_BIN_EXE_mandat"))
        .args(["--file", file.to_str().unwrap(), "codriver"])
        .args(["--format", "html", "-o", html.to_str().unwrap()])
        .env("MANDAT_TODAY", "2027-01-12")
        .env("MANDAT_DATA_DIR", dir.path().join("data"))
        .env_remove("MANDAT_LANG")
        .env_remove("MANDAT_CONTENT_DIR")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (pages, size) = print_to_pdf(dir.path(), &html);
    assert!(pages <= 2, "the worksheet printed on {pages} pages");
    assert!(size.contains("(A4)"), "A4: {size}");
}
