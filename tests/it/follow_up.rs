//! Meetings that build on each other (SPEC §8 follow-up brief) and the report of plan against
//! use (SPEC §5 `report`), through the library: a follow-up with the personaleleder after a
//! year of logged weeks, in every format and both languages.

use chrono::NaiveDate;
use mandat::content::Content;
use mandat::export::doc::Block;
use mandat::export::{self, DocFormat};
use mandat::flow::agreement::{AgreementState, FieldText};
use mandat::flow::handout::{Channel, HandoutState};
use mandat::flow::plan::PlanDraft;
use mandat::flow::reflection::{Answer, AnswerStatus};
use mandat::model::Workspace;
use mandat::planner::usage::{IsoWeek, LogEntry};
use mandat::planner::{PhaseAdjustment, PlanSettings, Vacation};
use mandat::vocab::{Counterpart, Lang, NetworkType};
use unicode_width::UnicodeWidthStr;

use crate::support::{date, t0};

/// The day the follow-up brief is printed.
pub fn print_day() -> NaiveDate {
    date(2028, 1, 5)
}

fn content() -> Content {
    Content::embedded().expect("embedded content")
}

fn answer(text: &str) -> Answer {
    Answer {
        text: text.to_string(),
        status: AnswerStatus::Answered,
        cursor: None,
    }
}

/// An innovation network planned over a year with a summer vacation; the first personaleleder
/// meeting in week 1, agreed, with two answers to bring up again; every week of the plan
/// logged except a few, some above the ceiling; and the follow-up a year later, prepared.
pub fn year_of_follow_up() -> Workspace {
    let c = content();
    let mut settings = PlanSettings::new("innovation", date(2027, 1, 4));
    settings.ceiling_hours = Some(15.0);
    settings.phases.insert(
        "test".into(),
        PhaseAdjustment {
            weeks: Some(14),
            ..PhaseAdjustment::default()
        },
    );
    settings.vacations.push(Vacation {
        first: date(2027, 7, 5),
        last: date(2027, 7, 23),
    });
    let mut ws = Workspace::new(
        "sundere-hverdag".into(),
        "Sundere hverdag i eget hjem".into(),
        NetworkType::Innovation,
        "Søren Holm".into(),
        PlanDraft::new(settings),
        t0(),
    );
    let first = ws.meeting_mut("personaleleder-1").expect("first meeting");
    first.person_name = "Jonas Ørum".into();
    first.date = Some(date(2027, 1, 6));
    first.handout = HandoutState::HandedOut {
        prepared_on: None,
        handed_out_on: date(2026, 12, 28),
        channel: Channel::InPerson,
    };
    for (i, q) in c.questions(Counterpart::Personaleleder).iter().enumerate() {
        first.reflection.answers.insert(
            q.id.clone(),
            answer(&format!(
                "Mit svar nr. {} før det første møde: omkring ti timer om ugen.",
                i + 1
            )),
        );
    }
    first.bring_up.insert("pl-tid-4".into());
    first.bring_up.insert("pl-sek-2".into());
    let template = c.agreement(Counterpart::Personaleleder).expect("template");
    for (i, f) in template.fields.iter().enumerate() {
        // One field left without an agreement, to be carried over.
        let agreed = if i == 2 {
            String::new()
        } else {
            format!("Aftalt om {}: vi følger op hver måned og justerer.", f.id)
        };
        first.agreement.fields.insert(
            f.id.clone(),
            FieldText {
                proposal: format!("Mit forslag om {}.", f.id),
                agreed,
            },
        );
    }
    first.agreement.state = AgreementState::Agreed {
        agreed_on: date(2027, 1, 6),
        review_on: date(2028, 1, 12),
    };
    let follow_up = ws.add_meeting(Counterpart::Personaleleder).id.clone();
    let plan = ws.plan_weeks(&c).expect("plan");
    assert!(plan.weeks.len() >= 52, "a year: {} weeks", plan.weeks.len());
    for (i, w) in plan.weeks.iter().enumerate() {
        let week = IsoWeek::of(w.monday);
        if w.working_days == 0 || [9, 10, 11, 30].contains(&i) {
            continue;
        }
        let hours = (w.network_hours + [0.0, 1.5, -1.0, 4.0][i % 4]).max(0.0);
        let mut entry = LogEntry::new((hours * 2.0).round() / 2.0);
        if w.is_secretariat_week() {
            entry = entry.with_secretariat_days(w.secretariat_days.min(2));
        }
        if i % 7 == 3 {
            entry = entry.with_note("Ekstra møde med deltagerne");
        }
        ws.time_log.record(week, entry).expect("a valid entry");
    }
    let m = ws.meeting_mut(&follow_up).expect("follow-up");
    m.agreement
        .fields
        .get_mut("netvaerkstimer")
        .unwrap()
        .proposal = "12 timer om ugen i testfasen, ellers 8.".into();
    for q in c.questions_for(Counterpart::Personaleleder, true) {
        m.reflection.answers.insert(
            q.id.clone(),
            answer("Det er gået godt; de travle uger i testfasen tog mere tid end planlagt."),
        );
    }
    ws
}

fn brief(ws: &Workspace, id: &str, lang: Lang, format: DocFormat) -> String {
    export::brief::render(ws, id, &content(), lang, format, print_day(), false).expect("brief")
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

/// The lines of a text section: from under its heading to the next heading.
fn section<'a>(text: &'a str, heading: &str) -> Vec<&'a str> {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|l| *l == heading)
        .unwrap_or_else(|| panic!("no section {heading}:\n{text}"));
    let is_rule = |l: &str| !l.is_empty() && l.chars().all(|c| c == '-');
    let body = &lines[start + 2..];
    let end = (0..body.len())
        .find(|&i| body.get(i + 1).is_some_and(|l| is_rule(l)))
        .unwrap_or(body.len());
    body[..end].to_vec()
}

#[test]
fn the_follow_up_brief_has_the_last_agreement_the_follow_up_questions_and_the_time_since() {
    let (ws, c) = (year_of_follow_up(), content());
    let text = brief(&ws, "personaleleder-2", Lang::Da, DocFormat::Text);
    assert_fits_80_columns("follow-up brief", &text);
    assert!(text.contains("Opfølgende møde:"), "{text}");
    assert!(text.contains("efter mødet 6. jan. 2027"), "{text}");
    assert!(
        text.contains("DINE REFLEKSIONER FØR OPFØLGNINGEN"),
        "{text}"
    );
    for q in c.questions_for(Counterpart::Personaleleder, true) {
        let start: String = q.text.da.chars().take(40).collect();
        assert!(text.contains(&start), "follow-up question {}: {text}", q.id);
    }
    let first_question: String = c.questions(Counterpart::Personaleleder)[0]
        .text
        .da
        .chars()
        .take(40)
        .collect();
    let reflections = section(&text, "DINE REFLEKSIONER FØR OPFØLGNINGEN").join("\n");
    assert!(!reflections.contains(&first_question), "{reflections}");
    assert!(
        text.contains("Sidste aftale: indgået 6. jan. 2027, opfølgning 12. jan. 2028."),
        "{text}"
    );
    assert!(
        text.contains("(Aftalt sidst: det samme som dit forslag.)"),
        "{text}"
    );
    assert!(
        text.contains("(Aftalt sidst: Aftalt om netvaerkstimer"),
        "a changed proposal shows what was agreed: {text}"
    );
    assert!(text.contains("(Intet aftalt sidst.)"), "{text}");
    assert!(text.contains("TIDSFORBRUG SIDEN SIDST"), "{text}");
    let time = section(&text, "TIDSFORBRUG SIDEN SIDST").join("\n");
    assert!(time.contains("ugerne efter mødet 6. jan. 2027"), "{time}");
    assert!(time.contains("Registrerede uger:"), "{time}");
    assert!(time.contains("Uger over loftet:"), "{time}");
    assert!(time.contains("░ planlagt   █ brugt"), "{time}");
    assert!(
        time.contains("ikke registreret"),
        "a week without an entry: {time}"
    );
}

#[test]
fn the_points_carried_over_come_first_among_the_open_points() {
    let (ws, c) = (year_of_follow_up(), content());
    let text = brief(&ws, "personaleleder-2", Lang::Da, DocFormat::Text);
    let open = section(&text, "ÅBNE PUNKTER").join("\n");
    let bullets: Vec<&str> = open.lines().filter(|l| l.starts_with("  - ")).collect();
    assert!(
        bullets[0].starts_with("  - Fra sidst: du har brugt"),
        "the time comes first: {open}"
    );
    assert!(
        bullets[1].starts_with("  - Tag op igen fra sidst:"),
        "{open}"
    );
    assert!(
        bullets[2].starts_with("  - Tag op igen fra sidst:"),
        "{open}"
    );
    let unsettled = &c.agreement(Counterpart::Personaleleder).unwrap().fields[2];
    assert!(
        bullets[3].starts_with("  - Ikke aftalt sidst:")
            && open.contains(&unsettled.label.da[..10]),
        "{open}"
    );
    // The personaleleder has the pamphlet from January: not an open point, no due date.
    assert!(!open.contains("Pjecen er ikke afleveret"), "{open}");
    assert!(
        text.contains("Pjecen blev afleveret til et tidligere møde (28. dec. 2026)"),
        "{text}"
    );
}

#[test]
fn the_follow_up_brief_reads_in_english_too() {
    let ws = year_of_follow_up();
    let text = brief(&ws, "personaleleder-2", Lang::En, DocFormat::Text);
    assert_fits_80_columns("English follow-up brief", &text);
    for expected in [
        "YOUR REFLECTIONS BEFORE THE FOLLOW-UP",
        "TIME USE SINCE LAST TIME",
        "Follow-up meeting:",
        "after the meeting on 6 Jan 2027",
        "Last agreement: made 6 Jan 2027, follow-up 12 Jan 2028.",
        "(Agreed last time: ",
        "From last time: you have used",
        "Bring up again from last time:",
        "Not agreed last time:",
        "░ planned   █ used",
        "no entry",
        "Weeks above the ceiling:",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    for danish in ["Aftalt sidst", "Tidsforbrug", "Planlagt", "registreret"] {
        assert!(!text.contains(danish), "{danish} in English: {text}");
    }
}

#[test]
fn the_chart_is_drawn_in_every_format() {
    let ws = year_of_follow_up();
    let html = brief(&ws, "personaleleder-2", Lang::Da, DocFormat::Html);
    let svg_start = html.find("<svg").expect("an inline SVG");
    let svg = &html[svg_start..html[svg_start..].find("</svg>").unwrap() + svg_start];
    assert!(svg.contains("role=\"img\""), "{svg}");
    assert!(
        svg.contains("aria-label=\"Planlagte og brugte netværkstimer pr. uge, uge 2 2027–"),
        "{svg}"
    );
    assert!(svg.contains("<title>Planlagte og brugte"), "{svg}");
    // Black and white: planned bars are hatched and outlined, used bars solid, each named in
    // the legend; a week without an entry is an open circle, named too.
    assert!(svg.contains("<pattern id=\"chart1-planned\""), "{svg}");
    assert!(svg.contains("fill=\"url(#chart1-planned)\""), "{svg}");
    for legend in [
        ">planlagt</text>",
        ">brugt</text>",
        ">ikke registreret</text>",
    ] {
        assert!(svg.contains(legend), "{legend}: {svg}");
    }
    assert!(svg.contains("<circle"), "{svg}");
    assert!(svg.contains("stroke-dasharray"), "the ceiling: {svg}");
    assert!(!html.contains("<script") && !html.contains("https://"));
    assert!(html.contains("<figure class=\"chart\""), "{html}");

    let md = brief(&ws, "personaleleder-2", Lang::Da, DocFormat::Md);
    assert!(md.contains("| Uge | ░ planlagt | █ brugt |"), "{md}");
    assert!(md.contains("| *ikke registreret* |"), "{md}");
    assert!(md.contains("*loft 15 timer*"), "{md}");

    let text = brief(&ws, "personaleleder-2", Lang::Da, DocFormat::Text);
    let bars: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("uge ") && (l.contains('░') || l.contains("ikke registreret")))
        .collect();
    assert!(bars.len() >= 52, "a line per week: {}", bars.len());
    assert!(bars.iter().any(|l| l.contains('█')), "{text}");
}

#[test]
fn a_referenceleder_follow_up_has_no_time_section_and_its_own_questions() {
    let c = content();
    let mut ws = year_of_follow_up();
    ws.meeting_mut("referenceleder-1").unwrap().date = Some(date(2027, 1, 8));
    ws.add_meeting(Counterpart::Referenceleder);
    let text = brief(&ws, "referenceleder-2", Lang::Da, DocFormat::Text);
    assert!(!text.contains("TIDSFORBRUG SIDEN SIDST"), "{text}");
    assert!(
        text.contains("Ingen tidligere aftale med denne samtalepart er markeret som indgået."),
        "{text}"
    );
    let q = &c.questions_for(Counterpart::Referenceleder, true)[0];
    assert!(text.contains(&q.text.da[..30]), "{text}");
    // The first meeting's brief is as before: the first questions, no follow-up parts.
    let first = brief(&ws, "referenceleder-1", Lang::Da, DocFormat::Text);
    assert!(first.contains("DINE REFLEKSIONER\n"), "{first}");
    assert!(!first.contains("Opfølgende møde:"), "{first}");
}

#[test]
fn the_report_has_the_weeks_the_phases_the_totals_and_the_chart() {
    let (ws, c) = (year_of_follow_up(), content());
    let usage = export::report::usage(&ws, &c, print_day()).expect("usage");
    let doc = export::report::build(&ws, &c, Lang::Da, &usage);
    assert!(
        doc.blocks.iter().any(|b| matches!(b, Block::Chart(_))),
        "a chart"
    );
    let text = export::render(&doc, DocFormat::Text);
    assert_fits_80_columns("report", &text);
    for expected in [
        "TIL DATO",
        "ADVARSLER OM TIDSFORBRUGET",
        "PR. FASE",
        "UGE FOR UGE",
        "Dage i sekretariatet:",
        "Uger over loftet:",
        "Uger uden registrering:",
        "Hvor i planen:",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    let en = export::render(
        &export::report::build(&ws, &c, Lang::En, &usage),
        DocFormat::Text,
    );
    assert_fits_80_columns("English report", &en);
    assert!(en.contains("WEEK BY WEEK") && en.contains("Weeks without an entry:"));

    let csv = export::report::csv(&usage);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "iso_year,iso_week,monday,phase_id,planned_hours,used_hours,difference_hours,\
cumulative_planned_hours,cumulative_used_hours,planned_secretariat_days,\
used_secretariat_days,note"
        )
    );
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    assert_eq!(rows.len(), usage.weeks.len());
    assert!(rows.iter().all(|r| r.len() == 12), "{csv}");
    // Week 10 of the plan has no entry: empty, not zero, and the running total stands still.
    let missing = &rows[9];
    assert_eq!((missing[5], missing[6], missing[10]), ("", "", ""), "{csv}");
    assert_eq!(missing[8], rows[8][8], "{csv}");
    assert!(rows[0][5].contains('.') || rows[0][5].chars().all(|c| c.is_ascii_digit()));
}
