//! HTML printed by a real browser: the demo's personaleleder brief (issue 4) and the co-driver
//! worksheet with three candidates (issue 12) each fit on at most two A4 pages. Needs Chromium
//! and poppler's `pdfinfo`, which `.ci/run` installs; on a machine without them the test says so
//! and passes.

use std::path::Path;
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
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
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
