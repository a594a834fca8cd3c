//! Accessible HTML (SPEC §8, issue 13): every HTML document — brief, pamphlet, plan, and any
//! document rendered by the shared renderer — has its language, one `main` landmark, table
//! headers that are never empty and say which cells they head, headings in order, and greys
//! dark enough to read. The structure is checked here without a browser; the full WCAG 2.1 AA
//! and best-practice audit runs `scripts/a11y-audit.mjs` (axe-core in headless Chromium) when
//! node, Chromium and the script's packages (`npm ci --prefix scripts`) are present.

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use mandat::content::Content;
use mandat::export::{self, DocFormat};
use mandat::model::Workspace;
use mandat::vocab::Lang;

fn content() -> Content {
    Content::embedded().expect("embedded content is valid")
}

fn demo() -> Workspace {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo-velfaerd.json");
    mandat::store::load_file(&path).expect("the demo workspace loads")
}

/// Every HTML document the program makes from the demo, by name, in both languages.
fn html_documents() -> Vec<(String, String)> {
    let (ws, c) = (demo(), content());
    let today = NaiveDate::from_ymd_opt(2027, 1, 12).unwrap();
    let mut docs = Vec::new();
    for lang in Lang::ALL {
        let code = lang.code();
        let mut briefs = Vec::new();
        for m in &ws.meetings {
            let brief = export::brief::build(&ws, m, &c, lang, today, true);
            docs.push((
                format!("brief-{}-{code}", m.id),
                export::render(&brief, DocFormat::Html),
            ));
            briefs.push(brief);
            let pamphlet =
                export::pamphlet::render(&ws, &m.id, &c, lang, DocFormat::Html).expect("pamphlet");
            docs.push((format!("pamphlet-{}-{code}", m.id), pamphlet));
        }
        docs.push((
            format!("briefs-all-{code}"),
            export::render_many(&briefs, DocFormat::Html),
        ));
        let plan = ws.plan_weeks(&c).unwrap();
        let course = c.course(&plan.course_id).unwrap();
        let doc = export::plan::document(&plan, course, &c, lang);
        docs.push((
            format!("plan-{code}"),
            export::render(&doc, DocFormat::Html),
        ));
        // After a year of logged weeks: the follow-up brief with its chart, and the report.
        let year = crate::follow_up::year_of_follow_up();
        let day = crate::follow_up::print_day();
        let follow_up = year
            .meeting("personaleleder-2")
            .expect("a follow-up meeting");
        docs.push((
            format!("brief-follow-up-{code}"),
            export::render(
                &export::brief::build(&year, follow_up, &c, lang, day, false),
                DocFormat::Html,
            ),
        ));
        let report = export::report::render(
            &year,
            &c,
            lang,
            export::report::ReportFormat::Doc(DocFormat::Html),
            day,
        )
        .expect("report");
        docs.push((format!("report-{code}"), String::from_utf8(report).unwrap()));
        let candidates = crate::codriver::workspace_with_three_candidates();
        docs.push((
            format!("co-driver-worksheet-{code}"),
            export::codriver::render(&candidates, &c, lang, DocFormat::Html),
        ));
    }
    docs
}

/// The start tags of `name` (`<th …>`), each with what follows up to its end tag.
fn elements<'a>(html: &'a str, name: &str) -> Vec<(&'a str, &'a str)> {
    let open = format!("<{name}");
    let close = format!("</{name}>");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(&open) {
        let after = &rest[at + open.len()..];
        // `<thead` is not `<th`.
        if !after.starts_with([' ', '>']) {
            rest = after;
            continue;
        }
        let tag_end = after.find('>').expect("a closed tag");
        let attrs = &after[..tag_end];
        let body = &after[tag_end + 1..];
        let inner = &body[..body.find(&close).unwrap_or(0)];
        out.push((attrs, inner));
        rest = body;
    }
    out
}

/// What is wrong with a document's structure, one line per problem.
fn structure_problems(html: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let lang_ok = ["<html lang=\"da\">", "<html lang=\"en\">"]
        .iter()
        .any(|t| html.contains(t));
    if !lang_ok {
        problems.push("<html> has no language".to_string());
    }
    if html.matches("<main>").count() != 1 || html.matches("</main>").count() != 1 {
        problems.push("not exactly one main landmark".to_string());
    }
    if let (Some(main), Some(end)) = (html.find("<main>"), html.find("</main>")) {
        let body = &html[html.find("<body>").unwrap_or(0) + 6..html.find("</body>").unwrap_or(0)];
        let outside = body.replace(&html[main..end + "</main>".len()], "");
        if !outside.trim().is_empty() {
            problems.push(format!("content outside main: {}", outside.trim()));
        }
    }
    for (attrs, inner) in elements(html, "th") {
        if !attrs.contains("scope=\"col\"") && !attrs.contains("scope=\"row\"") {
            problems.push(format!("<th{attrs}> without scope"));
        }
        if inner.trim().is_empty() {
            problems.push("an empty table header".to_string());
        }
    }
    let mut previous = 0;
    let mut at = 0;
    while let Some(found) = html[at..].find("<h") {
        let start = at + found + 2;
        at = start;
        let Some(level) = html[start..]
            .chars()
            .next()
            .and_then(|c| c.to_digit(10))
            .filter(|l| (1..=6).contains(l))
        else {
            continue;
        };
        if level > previous + 1 {
            problems.push(format!("h{level} after h{previous}"));
        }
        previous = level;
    }
    problems
}

#[test]
fn every_html_document_has_a_language_a_main_landmark_scoped_headers_and_ordered_headings() {
    for (name, html) in html_documents() {
        let problems = structure_problems(&html);
        assert!(problems.is_empty(), "{name}: {problems:#?}");
    }
}

#[test]
fn the_structure_check_finds_what_is_wrong() {
    let bad = "<html><body><h1>T</h1><h3>x</h3><table><tr><th></th></tr></table></body></html>";
    let problems = structure_problems(bad);
    assert!(
        problems.iter().any(|p| p.contains("language")),
        "{problems:?}"
    );
    assert!(problems.iter().any(|p| p.contains("main")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("scope")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("empty")), "{problems:?}");
    assert!(
        problems.iter().any(|p| p.contains("h3 after h1")),
        "{problems:?}"
    );
}

/// WCAG's relative luminance of a `#rgb` or `#rrggbb` colour.
fn luminance(hex: &str) -> f64 {
    let hex = hex.trim_start_matches('#');
    let full: String = if hex.len() == 3 {
        hex.chars().flat_map(|c| [c, c]).collect()
    } else {
        hex.to_string()
    };
    let channel = |i: usize| {
        let v = f64::from(u8::from_str_radix(&full[i..i + 2], 16).unwrap()) / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

#[test]
fn every_text_colour_in_the_style_sheet_reads_at_4_5_to_1_on_white() {
    let (_, html) = html_documents().remove(0);
    let css = &html[html.find("<style>").unwrap()..html.find("</style>").unwrap()];
    let mut checked = 0;
    for rule in css.split('}') {
        for declaration in rule.split([';', '{']) {
            let Some(value) = declaration.trim().strip_prefix("color:") else {
                continue;
            };
            let value = value.trim();
            if !value.starts_with('#') {
                continue;
            }
            let ratio = (1.0 + 0.05) / (luminance(value) + 0.05);
            assert!(ratio >= 4.5, "{value} on white is {ratio:.2}:1 in {rule}");
            checked += 1;
        }
    }
    assert!(checked >= 3, "the greys were found");
}

fn found(program: &str, arg: &str) -> bool {
    Command::new(program)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn every_html_document_passes_the_automated_wcag_2_1_aa_audit() {
    let scripts = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts");
    let ready = scripts.join("node_modules/axe-core").is_dir()
        && scripts.join("node_modules/playwright-core").is_dir();
    if !found("node", "--version") || !found("chromium", "--version") || !ready {
        eprintln!(
            "node, chromium or the audit's packages (npm ci --prefix scripts) are missing; \
             skipping the accessibility audit"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (name, html) in html_documents() {
        let path = dir.path().join(format!("{name}.html"));
        std::fs::write(&path, html).unwrap();
        files.push(path);
    }
    let out = Command::new("node")
        .arg(scripts.join("a11y-audit.mjs"))
        .args(&files)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the audit found problems:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
