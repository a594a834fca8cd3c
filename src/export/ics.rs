//! The plan as an iCalendar file (RFC 5545) for Outlook and other calendars: an all-day event
//! per phase span, per Sekretariat week and per dated meeting.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::content::{Content, Course};
use crate::model::Workspace;
use crate::planner::{Plan, WeekKind};
use crate::text::format::{clean, number, week_range};
use crate::text::{common, plan as words};
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

/// The calendar for a plan; meetings come from the workspace when there is one, named by the
/// roles in the content.
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
            uid: format!(
                "{scope}-phase-{}-{}@mandat",
                uid_part(&span.phase_id),
                day(span.first_monday)
            ),
            first: span.first_monday,
            last: span.last_monday + Duration::days(4),
            summary: format!("{kind}: {name} ({network})"),
            description: words::phase_event(
                lang,
                &week_range(span.first_monday, span.last_monday, lang),
                &number(span.hours_per_week, lang),
                phase.map(|p| p.description.get(lang)).unwrap_or(""),
            ),
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
        });
    }
    if let Some(ws) = ws {
        for m in &ws.meetings {
            let Some(date) = m.date else { continue };
            let role = common::role_in_sentence(content, lang, m.counterpart);
            let who = if m.person_name.trim().is_empty() {
                role
            } else {
                format!("{role} {}", m.person_name)
            };
            events.push(Event {
                uid: format!("{scope}-meeting-{}@mandat", uid_part(&m.id)),
                first: date,
                last: date,
                summary: words::meeting_event(lang, &who, &network),
                description: words::meeting_event_description(lang, &m.id),
            });
        }
    }

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
    out.push_str(&fold(&format!("X-WR-CALNAME:{}", escape_text(&network))));
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
    fn text_values_escape_separators_and_newlines() {
        assert_eq!(escape_text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
        assert_eq!(escape_text("x\u{1b}[2Jy"), "xy");
    }
}
