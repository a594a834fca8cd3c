//! The calendar with the dates that matter (issue 13): hand-out deadlines, agreement reviews and
//! meetings, each with one reminder at 09:00 on the working day before, written the way Outlook
//! and other calendars keep it on import, read back by a real parser.

use std::collections::BTreeSet;
use std::path::Path;

use chrono::{NaiveDate, TimeZone, Utc};
use ical::parser::ical::component::{IcalAlarm, IcalEvent};
use mandat::content::Content;
use mandat::export;
use mandat::flow::agreement::AgreementState;
use mandat::model::Workspace;
use mandat::vocab::Lang;

fn content() -> Content {
    Content::embedded().expect("embedded content is valid")
}

fn demo() -> Workspace {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo-velfaerd.json");
    mandat::store::load_file(&path).expect("the demo workspace loads")
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn plan_calendar(ws: &Workspace, c: &Content, hour: u32) -> String {
    let plan = ws.plan_weeks(c).unwrap();
    let course = c.course(&plan.course_id).unwrap();
    let now = Utc.with_ymd_and_hms(2027, 1, 12, hour, 0, 0).unwrap();
    export::ics::calendar(&plan, course, c, Some(ws), Lang::Da, now)
}

fn parse(ics: &str) -> Vec<IcalEvent> {
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    let mut reader = ical::IcalParser::new(ics.as_bytes());
    let calendar = reader
        .next()
        .expect("one calendar")
        .expect("valid RFC 5545");
    assert!(reader.next().is_none());
    calendar.events
}

fn value(props: &[ical::property::Property], name: &str) -> String {
    props
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.clone())
        .unwrap_or_default()
}

fn uid(e: &IcalEvent) -> String {
    value(&e.properties, "UID")
}

fn event<'a>(events: &'a [IcalEvent], uid_part: &str) -> &'a IcalEvent {
    events
        .iter()
        .find(|e| uid(e).contains(uid_part))
        .unwrap_or_else(|| panic!("no event {uid_part}"))
}

fn trigger(alarm: &IcalAlarm) -> String {
    value(&alarm.properties, "TRIGGER")
}

#[test]
fn every_reminder_is_one_display_alarm_with_a_duration_trigger_and_no_repeat() {
    let ics = plan_calendar(&demo(), &content(), 9);
    let events = parse(&ics);
    let with_alarm: Vec<_> = events.iter().filter(|e| !e.alarms.is_empty()).collect();
    assert!(with_alarm.len() >= 3, "meetings and a deadline remind");
    for e in &with_alarm {
        assert_eq!(e.alarms.len(), 1, "{}", uid(e));
        let alarm = &e.alarms[0];
        assert_eq!(value(&alarm.properties, "ACTION"), "DISPLAY");
        assert!(!value(&alarm.properties, "DESCRIPTION").is_empty());
        let t = trigger(alarm);
        assert!(t.starts_with("-PT") && t.ends_with('H'), "{t}");
        assert!(alarm.properties.iter().all(|p| p.name != "REPEAT"));
    }
    // The alarm comes after the event's own properties, right before it ends.
    for block in ics.split("BEGIN:VEVENT").skip(1) {
        if let Some(at) = block.find("BEGIN:VALARM") {
            let after = &block[at..];
            let end = after.find("END:VALARM\r\n").expect("closed") + "END:VALARM\r\n".len();
            assert!(after[end..].starts_with("END:VEVENT"), "{block}");
        }
    }
}

#[test]
fn a_monday_reminds_on_the_friday_before_and_a_tuesday_on_the_monday() {
    let events = parse(&plan_calendar(&demo(), &content(), 9));
    // Monday 18 January 2027: Friday 15 January at 09:00 is 63 hours before midnight.
    let monday = event(&events, "meeting-personaleleder-1");
    assert_eq!(value(&monday.properties, "DTSTART"), "20270118");
    assert_eq!(trigger(&monday.alarms[0]), "-PT63H");
    // Tuesday 26 January 2027: Monday at 09:00.
    let tuesday = event(&events, "meeting-referenceleder-1");
    assert_eq!(trigger(&tuesday.alarms[0]), "-PT15H");
    // Its pamphlet is due five working days before, on Tuesday 19 January.
    let due = event(&events, "handout-referenceleder-1");
    assert_eq!(value(&due.properties, "DTSTART"), "20270119");
    assert_eq!(trigger(&due.alarms[0]), "-PT15H");
}

#[test]
fn a_pamphlet_already_handed_out_stays_in_the_calendar_without_a_reminder() {
    let events = parse(&plan_calendar(&demo(), &content(), 9));
    let given = event(&events, "handout-personaleleder-1");
    assert!(given.alarms.is_empty());
    assert!(value(&given.properties, "SUMMARY").contains("er afleveret"));
}

#[test]
fn an_agreed_agreement_has_its_review_date_with_a_reminder() {
    let c = content();
    let mut ws = demo();
    ws.meeting_mut("personaleleder-1").unwrap().agreement.state = AgreementState::Agreed {
        agreed_on: d(2027, 1, 18),
        review_on: d(2027, 3, 29),
    };
    let events = parse(&plan_calendar(&ws, &c, 9));
    let review = event(&events, "review-personaleleder-1");
    assert_eq!(value(&review.properties, "DTSTART"), "20270329");
    assert!(value(&review.properties, "SUMMARY").contains("samarbejdsaftalen"));
    // 29 March is 2. påskedag, yet the review is what was agreed; the working day before is
    // Wednesday 24 March (Maundy Thursday and Good Friday are holidays): 5 days back.
    assert_eq!(trigger(&review.alarms[0]), "-PT111H");
}

#[test]
fn the_calendar_names_no_command_a_reader_could_not_run_in_outlook() {
    let ics = plan_calendar(&demo(), &content(), 9).replace("\r\n ", "");
    assert!(!ics.contains("mandat summary"), "{ics}");
    assert!(!ics.contains("--meeting"), "{ics}");
}

#[test]
fn uids_stay_the_same_when_the_calendar_is_exported_again_after_a_change() {
    let c = content();
    let mut ws = demo();
    let before: BTreeSet<String> = parse(&plan_calendar(&ws, &c, 9)).iter().map(uid).collect();
    // Later, with the meeting moved a day: re-importing updates the events, it does not add.
    ws.meeting_mut("referenceleder-1").unwrap().date = Some(d(2027, 1, 27));
    let after: BTreeSet<String> = parse(&plan_calendar(&ws, &c, 15)).iter().map(uid).collect();
    assert_eq!(before, after);
    assert_eq!(
        before.len(),
        parse(&plan_calendar(&ws, &c, 9)).len(),
        "unique"
    );
}

#[test]
fn one_meetings_calendar_holds_that_meeting_its_deadline_and_its_review_alone() {
    let c = content();
    let ws = demo();
    let meeting = ws.meeting("referenceleder-1").unwrap();
    let now = Utc.with_ymd_and_hms(2027, 1, 12, 9, 0, 0).unwrap();
    let ics = export::ics::meetings_calendar(&ws, &[meeting], &c, Lang::En, now);
    let events = parse(&ics);
    let uids: Vec<String> = events.iter().map(uid).collect();
    assert_eq!(uids.len(), 2, "{uids:?}");
    assert!(
        uids.iter().all(|u| u.contains("referenceleder-1")),
        "{uids:?}"
    );
    // The same UIDs as in the whole plan's calendar, so both imports update one event.
    let whole: BTreeSet<String> = parse(&plan_calendar(&ws, &c, 9)).iter().map(uid).collect();
    assert!(uids.iter().all(|u| whole.contains(u)));
    assert!(value(&events[0].properties, "SUMMARY").starts_with("Deadline: the pamphlet"));
}

#[cfg(feature = "app")]
mod cli {
    use super::*;
    use crate::support::Env;

    #[test]
    fn summary_as_ics_gives_the_chosen_meetings_events() {
        let env = Env::new();
        let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo-velfaerd.json");
        let demo = demo.to_str().unwrap();
        let args = [
            "--file",
            demo,
            "summary",
            "--meeting",
            "referenceleder",
            "--format",
            "ics",
        ];
        let ics = env.ok(&args);
        let events = parse(&ics);
        assert_eq!(events.len(), 2);
        let out = env.dir.path().join("moede.ics");
        let mut with_file = args.to_vec();
        with_file.extend(["-o", out.to_str().unwrap()]);
        env.ok(&with_file);
        assert_eq!(std::fs::read_to_string(&out).unwrap().len(), ics.len());
        // A calendar is not printed on paper.
        env.fails_with(
            &[
                "--file",
                demo,
                "summary",
                "--meeting",
                "all",
                "--format",
                "ics",
                "--print",
            ],
            2,
        );
    }
}
