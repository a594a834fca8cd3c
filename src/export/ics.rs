//! The plan as an iCalendar file (RFC 5545) for Outlook and other calendars: an all-day event
//! per phase span, per Sekretariat week, per dated meeting, per pamphlet's hand-out deadline and
//! per agreement's review date. The last three carry a reminder at 09:00 on the working day
//! before. UIDs name what an event is about, not when, so importing a newer export updates the
//! events instead of adding copies.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::content::{Content, Course};
use crate::flow::agreement::AgreementState;
use crate::flow::handout::due_date;
use crate::model::{Meeting, Workspace};
use crate::planner::calendar::{Calendar, subtract_working_days};
use crate::planner::{Plan, WeekKind};
use crate::text::format::{clean, long_date, number, week_range};
use crate::text::{common, ics as ics_words, plan as words};
use crate::vocab::Lang;

/// Most octets on a line before it is folded (RFC 5545 §3.1), not counting the CRLF.
const FOLD_AT: usize = 75;

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn escape_text(s: &str) -> String {
    let s = clean(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a UTF-8 character, with CRLF line ends.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > FOLD_AT {
            out.push_str("\r\n ");
            // The leading space of a continuation line counts towards its 75 octets.
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
    out
}

/// An all-day event from `first` to `last`, both included.
struct Event {
    uid: String,
    first: NaiveDate,
    last: NaiveDate,
    summary: String,
    description: String,
    /// A reminder, as a TRIGGER duration before the start of the day.
    alarm: Option<Alarm>,
}

/// One display reminder: written as the event's last component, one per event, without REPEAT,
/// the way Outlook and other calendars keep it on import.
struct Alarm {
    trigger: String,
    description: String,
}

/// When a reminder for something on `date` sounds: 09:00 on the working day before, in the
/// leader's working calendar (a Monday's reminder sounds on the Friday, a day after Easter on
/// the Wednesday before Maundy Thursday). An all-day event starts at midnight, so the trigger counts back
/// from there: the day before at 09:00 is `-PT15H`, the Friday before a Monday `-PT63H`.
pub fn reminder_trigger(date: NaiveDate, calendar: &Calendar) -> String {
    let before = subtract_working_days(date, 1, calendar);
    let days = (date - before).num_days().max(1);
    format!("-PT{}H", days * 24 - REMINDER_HOUR)
}

/// The hour of the day a reminder sounds.
const REMINDER_HOUR: i64 = 9;

fn reminder(date: NaiveDate, calendar: &Calendar, summary: &str, lang: Lang) -> Option<Alarm> {
    Some(Alarm {
        trigger: reminder_trigger(date, calendar),
        description: ics_words::reminder(lang, summary),
    })
}

fn day(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

fn uid_part(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// The calendar for a plan: an event per phase span and per Sekretariat week and, when there
/// is a workspace, each dated meeting with its hand-out deadline and each agreement's review
/// date, named by the roles in the content.
pub fn calendar(
    plan: &Plan,
    course: &Course,
    content: &Content,
    ws: Option<&Workspace>,
    lang: Lang,
    now: DateTime<Utc>,
) -> String {
    let scope = ws
        .map(|w| uid_part(&w.id))
        .unwrap_or_else(|| uid_part(&course.id));
    let network = ws
        .map(|w| w.name.clone())
        .unwrap_or_else(|| course.name.get(lang).to_string());
    let mut events = Vec::new();
    for span in &plan.spans {
        let phase = course.phases.iter().find(|p| p.id == span.phase_id);
        let name = phase
            .map(|p| p.name.get(lang).to_string())
            .unwrap_or_else(|| span.phase_id.clone());
        let kind = match span.kind {
            WeekKind::Break => words::EVENT_BREAK,
            WeekKind::Test => words::EVENT_TEST,
            _ => common::PHASE,
        }
        .get(lang);
        events.push(Event {
            // The phase, not its dates: a plan that moves updates the event on import.
            uid: format!("{scope}-phase-{}@mandat", uid_part(&span.phase_id)),
            first: span.first_monday,
            last: span.last_monday + Duration::days(4),
            summary: format!("{kind}: {name} ({network})"),
            description: words::phase_event(
                lang,
                &week_range(span.first_monday, span.last_monday, lang),
                &number(span.hours_per_week, lang),
                phase.map(|p| p.description.get(lang)).unwrap_or(""),
            ),
            alarm: None,
        });
    }
    for week in plan.weeks.iter().filter(|w| w.is_secretariat_week()) {
        let label = week_range(week.monday, week.monday, lang);
        events.push(Event {
            uid: format!("{scope}-sekretariat-{}@mandat", day(week.monday)),
            first: week.monday,
            last: week.monday + Duration::days(4),
            summary: words::secretariat_event(lang, week.secretariat_days, &network),
            description: words::secretariat_event_description(lang, &label, week.secretariat_days),
            alarm: None,
        });
    }
    if let Some(ws) = ws {
        for m in &ws.meetings {
            events.extend(meeting_events(ws, m, content, &scope, &network, lang));
        }
    }
    write_calendar(&network, events, now)
}

/// The calendar of some of a workspace's meetings alone (`summary --format ics`): each
/// meeting, its hand-out deadline and its agreement's review date.
pub fn meetings_calendar(
    ws: &Workspace,
    meetings: &[&Meeting],
    content: &Content,
    lang: Lang,
    now: DateTime<Utc>,
) -> String {
    let scope = uid_part(&ws.id);
    let events = meetings
        .iter()
        .flat_map(|m| meeting_events(ws, m, content, &scope, &ws.name, lang))
        .collect();
    write_calendar(&ws.name, events, now)
}

/// Whether a meeting has a pamphlet to hand out: the first meeting with a counterpart, and a
/// follow-up only when the leader chose to hand it out again.
fn hands_out(ws: &Workspace, meeting: &Meeting) -> bool {
    meeting.hand_out_again
        || ws
            .meetings_with(meeting.counterpart)
            .next()
            .is_some_and(|first| first.id == meeting.id)
}

/// A meeting's events: the hand-out deadline, the meeting and the review of what was agreed.
/// The UIDs name the meeting, so an export after a change updates the events on import.
fn meeting_events(
    ws: &Workspace,
    m: &Meeting,
    content: &Content,
    scope: &str,
    network: &str,
    lang: Lang,
) -> Vec<Event> {
    let calendar = ws.calendar();
    let role = common::role_in_sentence(content, lang, m.counterpart);
    let id = uid_part(&m.id);
    let mut events = Vec::new();
    if let Some(date) = m.date {
        let due = hands_out(ws, m)
            .then(|| due_date(date, ws.settings.handout_working_days_before, &calendar));
        if let Some(due) = due {
            let (summary, description, alarm) = match m.handout.handed_out_on() {
                Some((given, _)) => (
                    ics_words::handout_given(lang, &role, network),
                    ics_words::handout_given_description(lang, &long_date(given, lang)),
                    false,
                ),
                None => (
                    ics_words::handout_deadline(lang, &role, network),
                    ics_words::handout_deadline_description(lang, &long_date(date, lang)),
                    true,
                ),
            };
            events.push(Event {
                uid: format!("{scope}-handout-{id}@mandat"),
                first: due,
                last: due,
                alarm: alarm
                    .then(|| reminder(due, &calendar, &summary, lang))
                    .flatten(),
                summary,
                description,
            });
        }
        let who = if m.person_name.trim().is_empty() {
            role.clone()
        } else {
            format!("{role} {}", m.person_name)
        };
        let summary = words::meeting_event(lang, &who, network);
        let description = match due {
            Some(due) if m.handout.handed_out_on().is_none() => {
                ics_words::meeting_description_with_deadline(lang, &long_date(due, lang))
            }
            _ => ics_words::MEETING_DESCRIPTION.get(lang).to_string(),
        };
        events.push(Event {
            uid: format!("{scope}-meeting-{id}@mandat"),
            first: date,
            last: date,
            alarm: reminder(date, &calendar, &summary, lang),
            summary,
            description,
        });
    }
    if let AgreementState::Agreed {
        agreed_on,
        review_on,
    } = m.agreement.state
    {
        let summary = ics_words::review(lang, &role, network);
        events.push(Event {
            uid: format!("{scope}-review-{id}@mandat"),
            first: review_on,
            last: review_on,
            alarm: reminder(review_on, &calendar, &summary, lang),
            summary,
            description: ics_words::review_description(lang, &long_date(agreed_on, lang)),
        });
    }
    events
}

/// The VCALENDAR around the events, folded and with CRLF line ends.
fn write_calendar(network: &str, events: Vec<Event>, now: DateTime<Utc>) -> String {
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//mandat//mandat//DA",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        out.push_str(&fold(line));
    }
    out.push_str(&fold(&format!("X-WR-CALNAME:{}", escape_text(network))));
    for e in events {
        out.push_str(&fold("BEGIN:VEVENT"));
        out.push_str(&fold(&format!("UID:{}", e.uid)));
        out.push_str(&fold(&format!("DTSTAMP:{stamp}")));
        out.push_str(&fold(&format!("DTSTART;VALUE=DATE:{}", day(e.first))));
        out.push_str(&fold(&format!(
            "DTEND;VALUE=DATE:{}",
            day(e.last + Duration::days(1))
        )));
        out.push_str(&fold(&format!("SUMMARY:{}", escape_text(&e.summary))));
        out.push_str(&fold(&format!(
            "DESCRIPTION:{}",
            escape_text(e.description.trim())
        )));
        out.push_str(&fold("TRANSP:TRANSPARENT"));
        if let Some(alarm) = e.alarm {
            out.push_str(&fold("BEGIN:VALARM"));
            out.push_str(&fold("ACTION:DISPLAY"));
            out.push_str(&fold(&format!(
                "DESCRIPTION:{}",
                escape_text(&alarm.description)
            )));
            out.push_str(&fold(&format!("TRIGGER:{}", alarm.trigger)));
            out.push_str(&fold("END:VALARM"));
        }
        out.push_str(&fold("END:VEVENT"));
    }
    out.push_str(&fold("END:VCALENDAR"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let line = format!("SUMMARY:{}", "æøå".repeat(40));
        let folded = fold(&line);
        for l in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= FOLD_AT, "{} octets", l.len());
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
    }

    #[test]
    fn a_reminder_sounds_at_nine_on_the_working_day_before() {
        let cal = Calendar::default();
        let d = |m, day| NaiveDate::from_ymd_opt(2027, m, day).unwrap();
        // Tuesday: Monday 09:00.
        assert_eq!(reminder_trigger(d(1, 19), &cal), "-PT15H");
        // Monday: the Friday before.
        assert_eq!(reminder_trigger(d(1, 18), &cal), "-PT63H");
        // The Tuesday after Easter 2027: Wednesday 24 March, before Maundy Thursday.
        assert_eq!(reminder_trigger(d(3, 30), &cal), "-PT135H");
    }

    #[test]
    fn text_values_escape_separators_and_newlines() {
        assert_eq!(escape_text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
        assert_eq!(escape_text("x\u{1b}[2Jy"), "xy");
    }
}
