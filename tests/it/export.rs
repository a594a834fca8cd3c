//! The printed documents (SPEC §8, issue 4): golden files for every format from the demo
//! workspace, hostile text made harmless everywhere, the calendar read back by a real parser.

use std::path::Path;

use chrono::{NaiveDate, TimeZone, Utc};
use mandat::content::Content;
use mandat::export::{self, DocFormat};
use mandat::model::Workspace;
use mandat::vocab::Counterpart;
use mandat::vocab::Lang;
use unicode_width::UnicodeWidthStr;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, 12).unwrap()
}

fn content() -> Content {
    Content::embedded().expect("embedded content is valid")
}

fn demo() -> Workspace {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo-velfaerd.json");
    mandat::store::load_file(&path).expect("the demo workspace loads")
}

fn format_name(f: DocFormat) -> &'static str {
    match f {
        DocFormat::Text => "txt",
        DocFormat::Md => "md",
        DocFormat::Html => "html",
    }
}

fn brief(ws: &Workspace, c: &Content, id: &str, lang: Lang, f: DocFormat) -> String {
    export::brief::render(ws, id, c, lang, f, today(), false).expect("brief")
}

fn assert_fits_80_columns(name: &str, text: &str) {
    for line in text.lines() {
        assert!(
            line.width() <= 80,
            "{name}: {} columns: «{line}»",
            line.width()
        );
    }
}

#[test]
fn golden_briefs_for_every_meeting_and_format() {
    let (ws, c) = (demo(), content());
    for m in &ws.meetings {
        for f in DocFormat::ALL {
            let out = brief(&ws, &c, &m.id, Lang::Da, f);
            insta::assert_snapshot!(format!("brief-{}-{}", m.id, format_name(f)), out);
        }
    }
    let english = brief(&ws, &c, "personaleleder-1", Lang::En, DocFormat::Text);
    insta::assert_snapshot!("brief-personaleleder-1-en-txt", english);
}

#[test]
fn golden_pamphlets_for_every_counterpart_and_format() {
    let (ws, c) = (demo(), content());
    for m in &ws.meetings {
        for f in DocFormat::ALL {
            let out = export::pamphlet::render(&ws, &m.id, &c, Lang::Da, f).expect("pamphlet");
            insta::assert_snapshot!(
                format!("pamphlet-{}-{}", m.counterpart, format_name(f)),
                out
            );
        }
    }
}

#[test]
fn golden_plan_in_every_format() {
    let (ws, c) = (demo(), content());
    let plan = ws.plan_weeks(&c).expect("plan");
    let course = c.course(&plan.course_id).expect("course");
    let now = Utc.with_ymd_and_hms(2027, 1, 12, 9, 0, 0).unwrap();
    insta::assert_snapshot!("plan-txt", export::plan::text(&plan, course, &c, Lang::Da));
    insta::assert_snapshot!("plan-csv", export::plan::csv(&plan, course, &c, Lang::Da));
    insta::assert_snapshot!("plan-json", export::plan::json(&plan, course, &c, Lang::Da));
    insta::assert_snapshot!(
        "plan-ics",
        export::ics::calendar(&plan, course, &c, Some(&ws), Lang::Da, now)
    );
}

#[test]
fn every_text_output_fits_80_columns() {
    let (ws, c) = (demo(), content());
    for lang in [Lang::Da, Lang::En] {
        for m in &ws.meetings {
            assert_fits_80_columns(&m.id, &brief(&ws, &c, &m.id, lang, DocFormat::Text));
            let p = export::pamphlet::render(&ws, &m.id, &c, lang, DocFormat::Text).unwrap();
            assert_fits_80_columns(&m.id, &p);
        }
        let plan = ws.plan_weeks(&c).unwrap();
        let course = c.course(&plan.course_id).unwrap();
        assert_fits_80_columns("plan", &export::plan::text(&plan, course, &c, lang));
    }
}

/// Text that tries to break out of every format.
const HOSTILE: &str = "<script>alert('x')</script> \"citat\" & 'enkelt' \u{1b}[2J\u{1b}]0;titel\u{7} \
                       nul\u{0}tegn \u{202e}omvendt\u{202c} *fed* _kursiv_ | rør # ikke \
                       👍🏽 æøå ÆØÅ; komma, semikolon\\ ";

fn hostile_workspace(c: &Content) -> Workspace {
    let mut ws = demo();
    let long_word = "ø".repeat(10_000);
    ws.name = format!("{HOSTILE}{long_word}");
    ws.leader_name = HOSTILE.into();
    for m in &mut ws.meetings {
        m.person_name = HOSTILE.into();
        m.topics = vec![HOSTILE.into(), long_word.clone()];
        m.private_notes = HOSTILE.into();
        for q in c.questions(m.counterpart) {
            m.reflection.answers.insert(
                q.id.clone(),
                mandat::flow::reflection::Answer {
                    text: format!("{HOSTILE}\n{long_word}\n\n{HOSTILE}"),
                    status: mandat::flow::reflection::AnswerStatus::Answered,
                    cursor: None,
                },
            );
        }
        if let Some(t) = c.agreement(m.counterpart) {
            for f in &t.fields {
                m.agreement.fields.insert(
                    f.id.clone(),
                    mandat::flow::agreement::FieldText {
                        proposal: HOSTILE.into(),
                        agreed: HOSTILE.into(),
                    },
                );
            }
        }
    }
    ws.plan.settings.overrides[0].note = HOSTILE.into();
    ws
}

fn assert_no_control_characters(name: &str, text: &str, allowed: &[char]) {
    for c in text.chars() {
        assert!(
            !c.is_control() || allowed.contains(&c),
            "{name}: control character U+{:04X}",
            c as u32
        );
        assert!(
            !('\u{202a}'..='\u{202e}').contains(&c),
            "{name}: bidi override U+{:04X}",
            c as u32
        );
    }
}

#[test]
fn hostile_text_is_made_harmless_in_every_format() {
    let c = content();
    let ws = hostile_workspace(&c);
    for m in &ws.meetings {
        for lang in [Lang::Da, Lang::En] {
            for f in DocFormat::ALL {
                let name = format!("{} {}", m.id, format_name(f));
                let b = export::brief::render(&ws, &m.id, &c, lang, f, today(), true).unwrap();
                let p = export::pamphlet::render(&ws, &m.id, &c, lang, f).unwrap();
                for out in [&b, &p] {
                    assert_no_control_characters(&name, out, &['\n']);
                    match f {
                        DocFormat::Text => assert_fits_80_columns(&name, out),
                        DocFormat::Html => {
                            assert!(!out.contains("<script"), "{name}");
                            assert!(out.contains("&lt;script&gt;"), "{name}");
                            assert!(!out.contains("'x'"), "{name}: quotes escaped");
                        }
                        DocFormat::Md => {
                            assert!(!out.contains("<script>"), "{name}");
                            assert!(out.contains("\\*fed\\*"), "{name}");
                        }
                    }
                }
            }
        }
    }
    let plan = ws.plan_weeks(&c).unwrap();
    let course = c.course(&plan.course_id).unwrap();
    let csv = export::plan::csv(&plan, course, &c, Lang::Da);
    assert_no_control_characters("csv", &csv, &['\n']);
    let ics = export::ics::calendar(&plan, course, &c, Some(&ws), Lang::Da, Utc::now());
    assert_no_control_characters("ics", &ics, &['\r', '\n']);
    parse_ics(&ics);
}

/// Reads a calendar back with the `ical` crate and checks every event has what RFC 5545 asks.
fn parse_ics(ics: &str) -> Vec<ical::parser::ical::component::IcalEvent> {
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    assert!(ics.ends_with("\r\n"));
    assert!(!ics.replace("\r\n", "").contains('\n'), "bare LF line ends");
    let mut reader = ical::IcalParser::new(ics.as_bytes());
    let calendar = reader.next().expect("one calendar").expect("it parses");
    assert!(reader.next().is_none());
    for event in &calendar.events {
        let has = |name: &str| event.properties.iter().any(|p| p.name == name);
        for required in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"] {
            assert!(has(required), "an event without {required}");
        }
    }
    calendar.events
}

#[test]
fn the_calendar_has_an_event_per_phase_span_secretariat_week_and_dated_meeting() {
    let (ws, c) = (demo(), content());
    let plan = ws.plan_weeks(&c).unwrap();
    let course = c.course(&plan.course_id).unwrap();
    let ics = export::ics::calendar(&plan, course, &c, Some(&ws), Lang::Da, Utc::now());
    let events = parse_ics(&ics);
    let dated = ws.meetings.iter().filter(|m| m.date.is_some()).count();
    let secretariat = plan
        .weeks
        .iter()
        .filter(|w| w.is_secretariat_week())
        .count();
    // Each dated meeting in the demo is the first with its counterpart, so it has a hand-out
    // deadline too; no agreement is agreed yet, so there is no review date.
    assert_eq!(events.len(), plan.spans.len() + secretariat + 2 * dated);
    let value = |e: &ical::parser::ical::component::IcalEvent, name: &str| {
        e.properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    let uids: std::collections::BTreeSet<String> = events.iter().map(|e| value(e, "UID")).collect();
    assert_eq!(uids.len(), events.len(), "UIDs are unique");
    let meeting = events
        .iter()
        .find(|e| value(e, "SUMMARY").contains("Lars Jensen"))
        .expect("the personaleleder meeting");
    assert_eq!(value(meeting, "DTSTART"), "20270118");
    assert_eq!(
        value(meeting, "DTEND"),
        "20270119",
        "all-day: the end is exclusive"
    );
}

#[test]
fn the_text_plan_never_cuts_a_figure() {
    let c = content();
    let settings = mandat::planner::PlanSettings::new(
        "innovation",
        NaiveDate::from_ymd_opt(2027, 1, 4).unwrap(),
    );
    let plan = mandat::planner::plan_for(&c, &settings, &[]).expect("plan");
    let course = c.course("innovation").expect("course");
    let basis = mandat::text::format::number_fixed(plan.total_basis_hours(), Lang::Da);
    assert!(basis.len() >= 6, "a total of four digits: {basis}");
    let text = export::plan::text(&plan, course, &c, Lang::Da);
    assert_fits_80_columns("plan", &text);
    let total = text
        .lines()
        .find(|l| l.contains("I alt"))
        .expect("the totals");
    assert!(total.contains(&basis), "{total}");
    assert!(!total.contains('…'), "{total}");
}

#[test]
fn a_renamed_role_is_printed_as_the_organisation_names_it() {
    let mut c = content();
    let role = c
        .roles
        .iter_mut()
        .find(|r| r.id == Counterpart::Personaleleder.into())
        .expect("the role");
    role.name.da = "Nærmeste leder".into();
    let ws = demo();
    let b = brief(&ws, &c, "personaleleder-1", Lang::Da, DocFormat::Text);
    assert!(
        b.starts_with("Mødeark: møde med din nærmeste leder\n"),
        "{b}"
    );
    assert!(b.contains("Lars Jensen (nærmeste leder)"), "{b}");
    let plan = ws.plan_weeks(&c).unwrap();
    let course = c.course(&plan.course_id).unwrap();
    let csv = export::plan::csv(&plan, course, &c, Lang::Da);
    assert!(csv.contains("møde med din nærmeste leder mandag"), "{csv}");
    let ics = export::ics::calendar(&plan, course, &c, Some(&ws), Lang::Da, Utc::now());
    let unfolded = ics.replace("\r\n ", "");
    assert!(
        unfolded.contains("Møde med nærmeste leder Lars Jensen"),
        "{unfolded}"
    );
}

#[test]
fn every_answer_in_the_file_is_printed_even_for_questions_the_content_dropped() {
    let c = content();
    let mut ws = demo();
    let m = ws.meeting_mut("co-driver-1").unwrap();
    m.reflection.answers.insert(
        "cd-gammelt-spørgsmål".into(),
        mandat::flow::reflection::Answer {
            text: "Svar på et spørgsmål fra en tidligere udgave".into(),
            status: mandat::flow::reflection::AnswerStatus::Answered,
            cursor: None,
        },
    );
    for f in DocFormat::ALL {
        let out = brief(&ws, &c, "co-driver-1", Lang::Da, f);
        assert!(
            out.contains("Svar på et spørgsmål fra en tidligere udgave"),
            "{f:?}"
        );
        assert!(out.contains("cd-gammelt-spørgsmål"), "{f:?}");
    }
}

#[test]
fn the_brief_shows_the_plan_to_the_personaleleder_and_milestones_to_the_referenceleder() {
    let (ws, c) = (demo(), content());
    let pl = brief(&ws, &c, "personaleleder-1", Lang::Da, DocFormat::Text);
    assert!(pl.contains("ARBEJDSPLAN"));
    assert!(pl.contains("Uger i Sekretariatet"));
    assert!(!pl.contains("MILEPÆLE"));
    let rl = brief(&ws, &c, "referenceleder-1", Lang::Da, DocFormat::Text);
    assert!(rl.contains("MILEPÆLE"));
    assert!(rl.contains("Testfasen begynder"));
    assert!(rl.contains("Kapital til testfasen"));
    assert!(!rl.contains("ARBEJDSPLAN"));
    let cd = brief(&ws, &c, "co-driver-1", Lang::Da, DocFormat::Text);
    assert!(cd.contains("Mødedato:      ikke fastlagt endnu"));
}

#[test]
fn the_pamphlet_names_who_hands_it_over_and_what_to_think_about() {
    let (ws, c) = (demo(), content());
    let text =
        export::pamphlet::render(&ws, "referenceleder-1", &c, Lang::Da, DocFormat::Text).unwrap();
    assert!(text.contains("Mette Holm, netværksleder"));
    assert!(text.contains("Et sammenhængende hverdagsliv for ældre"));
    assert!(text.contains("tirsdag 26. januar 2027, uge 4"));
    // The leader's own topics replace the suggested ones.
    assert!(text.contains("Hvem der skaffer penge til testfasen"));
    let role = c.role(Counterpart::Referenceleder.into()).unwrap();
    assert!(text.contains(&role.duties[0].da[..20]));
}

#[test]
fn the_co_driver_s_pamphlet_speaks_to_the_co_driver_and_not_about_them() {
    let (ws, c) = (demo(), content());
    for lang in [Lang::Da, Lang::En] {
        let text = export::pamphlet::render(&ws, "co-driver-1", &c, lang, DocFormat::Text).unwrap();
        // Lines joined again; a line may end at the hyphen of "network-leadership".
        let flat = text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace("- ", "-");
        // The development path is put to the co-driver directly…
        let direct = match lang {
            Lang::Da => "co-driver forventes at tage uddannelsen i netværksledelse",
            Lang::En => "co-driver is expected to take the network-leadership education",
        };
        assert!(flat.contains(direct), "{lang:?}: {flat}");
        // …and the finding aid's sentence to the leader about "your future co-driver" is not
        // printed on it.
        for to_the_leader in ["din kommende co-driver", "your future co-driver"] {
            assert!(!flat.contains(to_the_leader), "{lang:?}: {flat}");
        }
    }
}

#[test]
fn generating_the_pamphlet_moves_the_handout_to_prepared() {
    let c = content();
    let mut ws = demo();
    assert_eq!(
        ws.meeting("co-driver-1").unwrap().handout.id(),
        "not_prepared"
    );
    export::pamphlet::generate(
        &mut ws,
        "co-driver-1",
        &c,
        Lang::Da,
        DocFormat::Html,
        today(),
    )
    .unwrap();
    let handout = &ws.meeting("co-driver-1").unwrap().handout;
    assert_eq!(handout.id(), "prepared");
    assert_eq!(handout.prepared_on(), Some(today()));
    // A pamphlet already handed out stays handed out.
    export::pamphlet::generate(
        &mut ws,
        "personaleleder-1",
        &c,
        Lang::Da,
        DocFormat::Text,
        today(),
    )
    .unwrap();
    assert_eq!(
        ws.meeting("personaleleder-1").unwrap().handout.id(),
        "handed_out"
    );
}

#[cfg(unix)]
#[test]
fn print_sends_the_text_brief_to_lp() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let received = dir.path().join("received.txt");
    let lp = bin.join("lp");
    std::fs::write(
        &lp,
        format!(
            "#!/bin/sh\n/bin/cat > '{}'\necho 'request id is kontor-42 (1 file(s))'\n",
            received.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&lp, std::fs::Permissions::from_mode(0o755)).unwrap();
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo-velfaerd.json");
    let run = |path: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_mandat"))
            .args([
                "--file",
                demo.to_str().unwrap(),
                "summary",
                "--meeting",
                "personaleleder",
                "--print",
            ])
            .env("PATH", path)
            .env("MANDAT_TODAY", "2027-01-12")
            .env("MANDAT_DATA_DIR", dir.path().join("data"))
            .output()
            .unwrap()
    };
    let out = run(bin.to_str().unwrap());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("kontor-42"));
    let printed = std::fs::read_to_string(&received).unwrap();
    assert!(printed.starts_with("Mødeark: møde med din personaleleder"));
    // Without lp the user is told what to do instead.
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let out = run(empty.to_str().unwrap());
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("mandat: der er ingen printerkommando (lp)"),
        "{err}"
    );
    assert!(err.contains("--format html"), "{err}");
}
