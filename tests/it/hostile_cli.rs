//! Hostile text and files through the real binary: escape sequences, markup, bidirectional
//! overrides and huge values in every field never reach the output, and files over the limit are
//! refused in one line.

use std::fs;

use mandat::content::{Content, write_embedded_to};
use serde_json::Value;

// ---------------------------------------------------------------------------------------------
// Hostile text through the real binary

/// Everything a paste or a mischievous file can put in a text field: screen-clearing and
/// title-setting escape sequences, an 8-bit CSI, NUL, backspace, DEL, a carriage return,
/// bidirectional overrides and isolates, markup, quotes, ampersands, an emoji family.
const NASTY: &str = "Før\u{1b}[2J\u{1b}]0;hacked\u{7}efter \u{0}nul \u{8}bs \u{7f}del \u{9b}31m \
                     rå\rretur \u{202e}tfel\u{202c} \u{2066}isoleret\u{2069} \
                     <script>alert('x')</script> <img src=x onerror=alert(1)> \
                     \"citat\" 'enkelt' R&D &amp; 👩‍👩‍👧‍👦🙂 æøå";

/// A single word longer than any line.
fn long_word() -> String {
    "Netværksledelsesudviklingsforløb".repeat(320)
}

fn nasty(label: &str) -> String {
    format!("{label}: {NASTY} {}", long_word())
}

/// A workspace with hostile text in every field a user can fill, dated so every brief has a
/// meeting ahead.
fn hostile_workspace(id: &str) -> mandat::model::Workspace {
    use mandat::flow::agreement::{AgreementState, FieldText};
    use mandat::flow::handout::{Channel, HandoutState};
    use mandat::flow::reflection::{Answer, AnswerStatus};
    use mandat::planner::WeekOverride;
    let content = Content::embedded().expect("built-in content");
    let mut ws = crate::support::workspace(id, &nasty("Navn"));
    ws.leader_name = nasty("Leder");
    ws.plan.settings.overrides.push(WeekOverride {
        iso_year: 2027,
        iso_week: 10,
        network_hours: 20.0,
        secretariat_days: None,
        note: nasty("Note"),
    });
    for (i, m) in ws.meetings.iter_mut().enumerate() {
        m.person_name = nasty("Person");
        m.date = Some(crate::support::date(2027, 1, 20 + i as u32));
        m.topics = vec![nasty("Emne"), long_word()];
        m.handout = HandoutState::HandedOut {
            prepared_on: Some(crate::support::date(2027, 1, 5)),
            handed_out_on: crate::support::date(2027, 1, 6),
            channel: Channel::Email,
        };
        for q in content.questions(m.counterpart) {
            m.reflection.answers.insert(
                q.id.clone(),
                Answer {
                    text: format!("{}\nanden linje {NASTY}\n\n{}", nasty("Svar"), long_word()),
                    status: AnswerStatus::Answered,
                    cursor: None,
                },
            );
        }
        if let Some(template) = content.agreement(m.counterpart) {
            for f in &template.fields {
                m.agreement.fields.insert(
                    f.id.clone(),
                    FieldText {
                        proposal: nasty("Forslag"),
                        agreed: nasty("Aftalt"),
                    },
                );
            }
        }
        m.agreement.state = AgreementState::Ready {
            ready_on: crate::support::date(2027, 1, 10),
        };
        m.private_notes = format!("HEMMELIG-NOTE {NASTY}");
    }
    ws
}

fn env_with(ws: &mandat::model::Workspace) -> crate::support::Env {
    let env = crate::support::Env::new();
    let store = mandat::store::Store::open(Some(env.data())).expect("open the store");
    store.save(ws).expect("save");
    store.set_last_used(&ws.id).expect("last used");
    env
}

fn assert_fits_80_columns(what: &str, text: &str) {
    use unicode_width::UnicodeWidthStr;
    for line in text.lines() {
        assert!(
            line.width() <= 80,
            "{what}: a line of {} columns: {line:?}",
            line.width()
        );
    }
}

fn assert_safe_html(what: &str, html: &str) {
    crate::support::assert_clean_text(what, html);
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "{what}: raw <script");
    assert!(!lower.contains("<img"), "{what}: raw <img");
    assert!(!html.contains("R&D"), "{what}: a raw &");
    assert!(!html.contains("\"citat\""), "{what}: raw quotes");
    assert!(
        html.contains("R&amp;D"),
        "{what}: the text is there, escaped"
    );
}

#[test]
fn test_escape_sequences_and_markup_in_user_text_never_reach_the_output() {
    let ws = hostile_workspace("fjendtlig");
    let env = env_with(&ws);
    for lang in ["da", "en"] {
        for what in ["personaleleder", "referenceleder", "co-driver", "all"] {
            let text = env.ok(&["--lang", lang, "summary", "--meeting", what]);
            let label = format!("summary {what} text {lang}");
            crate::support::assert_clean_text(&label, &text);
            assert_fits_80_columns(&label, &text);
            assert!(
                !text.contains("HEMMELIG-NOTE"),
                "{label}: private notes printed"
            );
            assert!(text.contains("R&D"), "{label}: the user's text is there");

            let md = env.ok(&[
                "--lang",
                lang,
                "summary",
                "--meeting",
                what,
                "--format",
                "md",
            ]);
            crate::support::assert_clean_text(&format!("summary {what} md {lang}"), &md);
            assert!(!md.contains("HEMMELIG-NOTE"));

            let html = env.ok(&[
                "--lang",
                lang,
                "summary",
                "--meeting",
                what,
                "--format",
                "html",
            ]);
            assert_safe_html(&format!("summary {what} html {lang}"), &html);
            assert!(!html.contains("HEMMELIG-NOTE"));
        }
        for who in ["personaleleder", "referenceleder", "co-driver"] {
            let label = format!("pamphlet {who} {lang}");
            let text = env.ok(&["--lang", lang, "pamphlet", "--for", who]);
            crate::support::assert_clean_text(&label, &text);
            assert_fits_80_columns(&label, &text);
            let md = env.ok(&["--lang", lang, "pamphlet", "--for", who, "--format", "md"]);
            crate::support::assert_clean_text(&label, &md);
            let html = env.ok(&["--lang", lang, "pamphlet", "--for", who, "--format", "html"]);
            assert_safe_html(&label, &html);
            assert!(!format!("{text}{md}{html}").contains("HEMMELIG-NOTE"));
        }
        let plan = env.ok(&["--lang", lang, "plan"]);
        crate::support::assert_clean_text(&format!("plan {lang}"), &plan);
        for format in ["csv", "ics"] {
            let out = env.ok(&["--lang", lang, "plan", "--format", format]);
            let out = out.replace("\r\n", "\n");
            crate::support::assert_clean_text(&format!("plan {format} {lang}"), &out);
        }
        // JSON is data for other programs: the user's note is kept, with the C0 controls
        // (escape, NUL, bell, carriage return …) written as JSON escapes, never raw.
        let json = env.ok(&["--lang", lang, "plan", "--format", "json"]);
        let raw_c0: Vec<char> = json.chars().filter(|&c| c < ' ' && c != '\n').collect();
        assert!(raw_c0.is_empty(), "plan json {lang}: raw {raw_c0:?}");
        let value: Value = serde_json::from_str(&json).expect("plan json is JSON");
        assert!(value.to_string().contains("R&D"), "the note is kept");
        let list = env.ok(&["--lang", lang, "list"]);
        crate::support::assert_clean_text(&format!("list {lang}"), &list);
    }
}

#[test]
fn test_private_notes_are_printed_only_when_asked_and_then_cleaned_too() {
    let ws = hostile_workspace("privat");
    let env = env_with(&ws);
    for format in ["text", "md", "html"] {
        let without = env.ok(&["summary", "--meeting", "all", "--format", format]);
        assert!(!without.contains("HEMMELIG-NOTE"), "{format}");
        let with = env.ok(&[
            "summary",
            "--meeting",
            "all",
            "--format",
            format,
            "--include-private",
        ]);
        assert!(
            with.contains("HEMMELIG-NOTE"),
            "{format}: asked for, so printed"
        );
        crate::support::assert_clean_text(&format!("private {format}"), &with);
        if format == "html" {
            assert_safe_html("private html", &with);
        }
    }
}

#[test]
fn test_a_one_megabyte_answer_is_printed_without_trouble() {
    use mandat::flow::reflection::{Answer, AnswerStatus};
    let mut ws = crate::support::workspace("stor-tekst", "Stor tekst");
    let content = Content::embedded().expect("built-in content");
    let questions = content.questions(mandat::vocab::Counterpart::Personaleleder);
    let words = "Et ord og et andet ord, æøå og 🙂 — ".repeat(1024 * 1024 / 40);
    let one_word = "x".repeat(1024 * 1024);
    let lines = "kort linje\n".repeat(1024 * 1024 / 11);
    for (q, text) in questions.iter().zip([words, one_word, lines]) {
        ws.meetings[0].reflection.answers.insert(
            q.id.clone(),
            Answer {
                text,
                status: AnswerStatus::Answered,
                cursor: None,
            },
        );
    }
    ws.meetings[0].date = Some(crate::support::date(2027, 1, 20));
    let env = env_with(&ws);
    let text = env.ok(&["summary", "--meeting", "personaleleder"]);
    assert!(text.len() > 3 * 1024 * 1024, "all of it is printed");
    assert_fits_80_columns("1 MB answer", &text);
    let html = env.ok(&["summary", "--meeting", "personaleleder", "--format", "html"]);
    assert!(html.len() > 3 * 1024 * 1024);
    env.ok(&["pamphlet", "--for", "personaleleder"]);
}

#[test]
fn test_a_fifty_megabyte_save_file_is_read_or_refused_clearly() {
    use mandat::flow::reflection::{Answer, AnswerStatus};
    use mandat::vocab::Counterpart;
    let content = Content::embedded().expect("built-in content");
    let mut ws = crate::support::workspace("kaempe", "Kæmpe");
    let page = "Et langt svar, der fylder godt op i filen. ".repeat(1000);
    for n in 0..120u32 {
        let counterpart = Counterpart::ALL[n as usize % 3];
        let meeting = ws.add_meeting(counterpart).id.clone();
        let m = ws.meeting_mut(&meeting).expect("just added");
        m.date = Some(crate::support::date(2026, 1, 5) + chrono::Days::new(u64::from(n) * 3));
        for q in content.questions(counterpart) {
            m.reflection.answers.insert(
                q.id.clone(),
                Answer {
                    text: page.clone(),
                    status: AnswerStatus::Answered,
                    cursor: None,
                },
            );
        }
    }
    let env = crate::support::Env::new();
    let store = mandat::store::Store::open(Some(env.data())).expect("open the store");
    store.save(&ws).expect("save");
    let size = fs::metadata(store.workspace_path("kaempe"))
        .expect("saved")
        .len();
    assert!(size > 40 * 1024 * 1024, "only {size} bytes");

    let out = env.run(&["--workspace", "kaempe", "summary", "--meeting", "all"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.status.success() {
        assert!(String::from_utf8_lossy(&out.stdout).contains("Kæmpe"));
    } else {
        crate::support::assert_one_mandat_line(&stderr);
        assert!(stderr.contains("kaempe.json"), "{stderr}");
    }
    let list = env.ok(&["list"]);
    assert!(list.contains("kaempe"), "{list}");
}

#[test]
fn test_a_save_file_over_the_limit_is_refused_in_one_line_and_left_alone() {
    let env = crate::support::Env::new();
    let id = env.new_workspace("Enorm");
    let path = env.workspace_file(&id);
    let file = fs::File::options().write(true).open(&path).expect("open");
    file.set_len(mandat::store::MAX_FILE_BYTES + 1)
        .expect("grow");
    drop(file);
    for args in [
        &["summary", "--meeting", "all"][..],
        &["pamphlet", "--for", "co-driver"][..],
        &["plan"][..],
    ] {
        let err = env.fails(args);
        assert!(err.contains(&path.display().to_string()), "{err}");
        assert!(err.contains("64 MB"), "{err}");
    }
    assert_eq!(
        fs::metadata(&path).expect("still there").len(),
        mandat::store::MAX_FILE_BYTES + 1
    );
}

#[test]
fn test_a_content_file_that_is_not_utf8_is_named_with_its_line() {
    let env = crate::support::Env::new();
    let dir = env.dir.path().join("indhold");
    write_embedded_to(&dir).expect("export");
    let file = dir.join("questions.json");
    let mut bytes = fs::read(&file).expect("read");
    let at = bytes.iter().position(|&b| b == b'\n').expect("a line") + 3;
    bytes.insert(at, 0xff);
    fs::write(&file, &bytes).expect("write");
    let dir_arg = dir.display().to_string();
    let out = env.run(&["content", "check", &dir_arg]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("questions.json:2:"), "{stderr}");
    assert!(stderr.contains("UTF-8"), "{stderr}");
    let err = env.fails(&[
        "--content",
        &dir_arg,
        "plan",
        "--course",
        "velfaerd",
        "--start",
        "2027-01-04",
    ]);
    assert!(err.contains("questions.json"), "{err}");
}
