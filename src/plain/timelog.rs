//! *Tidsforbrug*: the plan's weeks up to this week, newest first, planned against used; the
//! week's planned hours are offered as the answer, so Enter logs a week as planned.

use mandat::planner::Plan;
use mandat::planner::usage::{self, LogEntry, Position, Usage, UsageWeek};
use mandat::planner::week::IsoWeek;
use mandat::text::common;
use mandat::text::format::{clean_line, date_with_weekday, number};
use mandat::text::plain::{meeting as mt, plan as t};
use mandat::text::report as usage_text;
use mandat::text::screen::timelog as words;

use super::ask::{Choice, Go, Leave};
use super::session::Session;

fn usage_of(s: &Session) -> Option<(Plan, Usage)> {
    let plan = s.ws.plan_weeks(&s.ctx.content).ok()?;
    let usage = usage::compare(
        &plan,
        &s.ws.time_log,
        s.ctx.today,
        s.ws.plan.settings.ceiling_hours,
    );
    Some((plan, usage))
}

pub fn run(s: &mut Session) -> Go<()> {
    let lang = s.lang();
    loop {
        s.here(&[words::TITLE.get(lang).to_string()]);
        let Some((plan, usage)) = usage_of(s) else {
            s.io.tell(words::NO_PLAN.get(lang));
            return Err(Leave::Back);
        };
        if let Position::NotStarted { first_week, .. } = &usage.position {
            let line = words::starts_in(lang, first_week.week(), first_week.year());
            s.io.tell(&line);
            return Err(Leave::Back);
        }
        for line in overview(s, &plan, &usage) {
            s.io.tell(&line);
        }
        let this_year = IsoWeek::of(s.ctx.today).year();
        let weeks: Vec<UsageWeek> = usage.weeks.iter().rev().cloned().collect();
        let choices: Vec<Choice> = weeks
            .iter()
            .map(|w| Choice::with(week_name(s, w.week, this_year), week_detail(s, w)))
            .collect();
        let picked = s.io.menu(t::WHICH_WEEK.get(lang), &choices)?;
        match week(s, &weeks[picked]) {
            Ok(()) | Err(Leave::Back) => {}
            Err(e) => return Err(e),
        }
    }
}

fn week_name(s: &Session, week: IsoWeek, this_year: i32) -> String {
    let lang = s.lang();
    if week.year() == this_year {
        t::week_name(lang, week.week())
    } else {
        t::week_name_year(lang, week.week(), week.year())
    }
}

fn week_detail(s: &Session, w: &UsageWeek) -> String {
    let lang = s.lang();
    let monday = date_with_weekday(w.monday, lang);
    let planned = t::hours(lang, &number(w.planned_hours, lang));
    match w.used_hours {
        Some(h) => t::week_detail(
            lang,
            &monday,
            &planned,
            &t::hours(lang, &number(h, lang)),
            &usage_text::difference_in_words(lang, w.difference_hours),
        ),
        None => t::week_detail_open(lang, &monday, &planned),
    }
}

/// Where the network is in its plan, in a sentence: "Netværket er i uge 2 af 37 i planen, i
/// fasen Opstart."
pub fn position_line(s: &Session, position: &Position) -> String {
    let lang = s.lang();
    let course = s.ctx.content.course(&s.ws.plan.settings.course_id);
    let phase_name = |id: &str| {
        course
            .and_then(|c| c.phases.iter().find(|p| p.id == id))
            .map(|p| p.name.get(lang).to_string())
            .unwrap_or_else(|| id.to_string())
    };
    match position {
        Position::InPlan {
            number: n,
            of,
            phase_id: Some(id),
            ..
        } => t::position(lang, *n, *of, &phase_name(id)),
        Position::InPlan { number: n, of, .. } => t::position_off(lang, *n, *of),
        other => t::sentence(
            lang,
            &mandat::text::common::capitalise(&usage_text::position(lang, other, phase_name)),
        ),
    }
}

/// Where the network is in its plan, the hours to date and the warnings about the time use.
fn overview(s: &Session, _plan: &Plan, usage: &Usage) -> Vec<String> {
    let lang = s.lang();
    let mut out = Vec::new();
    out.push(position_line(s, &usage.position));
    let to = &usage.to_date;
    if to.logged_weeks == 0 {
        out.push(t::NOTHING_YET_LOGGED.get(lang).to_string());
    } else {
        let last = usage.weeks.last().map_or(0, |w| w.week.week());
        out.push(t::to_date(
            lang,
            last,
            &number(to.used_hours, lang),
            &number(to.planned_hours, lang),
            &usage_text::difference_in_words(lang, Some(to.difference_hours)),
        ));
    }
    if to.planned_secretariat_days > 0 || to.used_secretariat_days > 0 {
        out.push(words::secretariat_to_date(
            lang,
            to.used_secretariat_days,
            to.planned_secretariat_days,
        ));
    }
    if usage.warnings.is_empty() {
        out.push(words::NO_WARNINGS.get(lang).to_string());
    }
    out.extend(usage.warnings.iter().map(|w| usage_text::warning(lang, w)));
    out
}

/// One week: its hours, days at the Sekretariat, note, or clearing it.
fn week(s: &mut Session, w: &UsageWeek) -> Go<()> {
    let lang = s.lang();
    let this_year = IsoWeek::of(s.ctx.today).year();
    loop {
        let entry = s.ws.time_log.get(w.week).cloned();
        s.here(&[
            words::TITLE.get(lang).to_string(),
            week_name(s, w.week, this_year),
        ]);
        let planned = number(w.planned_hours, lang);
        let state = match &entry {
            Some(e) => t::week_state(
                lang,
                w.week.week(),
                &planned,
                &t::hours(lang, &number(e.hours, lang)),
                &usage_text::difference_in_words(lang, Some(e.hours - w.planned_hours)),
            ),
            None => t::week_state_open(lang, w.week.week(), &planned),
        };
        s.io.say(&state);
        let days = entry
            .as_ref()
            .and_then(|e| e.secretariat_days)
            .map_or_else(|| common::NONE.get(lang).to_string(), |d| d.to_string());
        let note = entry
            .as_ref()
            .map(|e| e.note.clone())
            .filter(|n| !n.trim().is_empty());
        let hours_detail = match &entry {
            Some(e) => t::logged_now(lang, &number(e.hours, lang)),
            None => t::suggested(lang, &planned),
        };
        let choices = [
            Choice::with(t::LOG_HOURS.get(lang), hours_detail),
            Choice::with(t::DAYS.get(lang), days.clone()),
            Choice::with(
                t::NOTE.get(lang),
                note.as_deref()
                    .map_or_else(|| common::NONE.get(lang).to_string(), clean_line),
            ),
            Choice::new(t::CLEAR.get(lang)),
        ];
        match s.io.menu(mt::WHAT_TO_DO.get(lang), &choices)? {
            0 => {
                if log_hours(s, w, entry)? {
                    return Ok(());
                }
            }
            1 => {
                let Some(e) = entry else {
                    s.io.say(t::LOG_FIRST.get(lang));
                    continue;
                };
                log_days(s, w, e, &days)?;
            }
            2 => {
                let Some(e) = entry else {
                    s.io.say(t::LOG_FIRST.get(lang));
                    continue;
                };
                log_note(s, w, e)?;
            }
            _ => {
                if s.ws.time_log.clear(w.week) {
                    s.changed()?;
                    s.io.tell(&words::cleared(lang, w.week.week()));
                } else {
                    s.io.say(&t::week_not_logged(lang, w.week.week()));
                }
            }
        }
    }
}

/// Records an entry for the week; a refusal is said in the log's words. Whether it was taken.
fn record(s: &mut Session, week: IsoWeek, entry: LogEntry) -> Go<bool> {
    let lang = s.lang();
    match s.ws.time_log.record(week, entry) {
        Ok(()) => {
            s.changed()?;
            Ok(true)
        }
        Err(e) => {
            s.io.tell(&usage_text::log_error(lang, &e));
            Ok(false)
        }
    }
}

/// The week's hours: Enter takes what is offered (the hours logged, or else the planned).
fn log_hours(s: &mut Session, w: &UsageWeek, entry: Option<LogEntry>) -> Go<bool> {
    let lang = s.lang();
    let offered = entry.as_ref().map_or(w.planned_hours, |e| e.hours);
    let prompt = t::ask_hours(lang, w.week.week(), &number(offered, lang));
    loop {
        let hours = match s.io.value(&prompt)? {
            None => offered,
            Some(text) => match mandat::planner::input::parse_hours(&text) {
                Some(h) => h,
                None => {
                    s.io.tell(usage_text::HOURS_NOT_A_NUMBER.get(lang));
                    continue;
                }
            },
        };
        let mut new = entry.clone().unwrap_or_else(|| LogEntry::new(hours));
        new.hours = hours;
        if record(s, w.week, new)? {
            s.io.say(&t::logged(lang, w.week.week(), &number(hours, lang)));
            return Ok(true);
        }
    }
}

fn log_days(s: &mut Session, w: &UsageWeek, mut entry: LogEntry, current: &str) -> Go<()> {
    let lang = s.lang();
    loop {
        let Some(text) = s.io.value(&t::ask_days(lang, current))? else {
            s.io.say(mt::UNCHANGED.get(lang));
            return Ok(());
        };
        match text.parse::<u8>() {
            Ok(d) => {
                entry.secretariat_days = Some(d);
                if record(s, w.week, entry.clone())? {
                    s.io.say(&t::days_saved(lang, &d.to_string()));
                    return Ok(());
                }
            }
            Err(_) => s.io.tell(words::BAD_DAYS.get(lang)),
        }
    }
}

fn log_note(s: &mut Session, w: &UsageWeek, mut entry: LogEntry) -> Go<()> {
    let lang = s.lang();
    let Some(text) = s.io.text(t::NOTE.get(lang), &entry.note)? else {
        return Ok(());
    };
    // A week's note is one line.
    entry.note = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if record(s, w.week, entry)? {
        s.io.say(t::NOTE_SAVED.get(lang));
    }
    Ok(())
}
