//! The workload plan's five steps through its state machine: the course; the start, hours a
//! week, ceiling and local days off; the phases; vacations and weeks set by hand; the review
//! with its summary and warnings, and accepting it.

use chrono::{Datelike, Duration};

use mandat::content::Course;
use mandat::flow::plan::{PlanEvent, PlanStatus, PlanStep};
use mandat::planner::input::{
    MAX_SECRETARIAT_DAYS, parse_hours, parse_override_fields, parse_plan_week, parse_vacation,
};
use mandat::planner::{LocalDaysOff, PhaseAdjustment, Plan, WeekOverride, effective_phases};
use mandat::text::format::{clean_line, date_with_weekday, number};
use mandat::text::plain::plan as t;
use mandat::text::report as report_text;
use mandat::text::screen::{frame, plan as words, timelog as timelog_text};
use mandat::text::{Msg, common, flow};

use super::ask::{Choice, Go, Leave, done};
use super::print::{self, Kind};
use super::session::Session;

/// The days free only by local agreement, in the order they are listed.
type DayFlag = fn(&mut LocalDaysOff) -> &mut bool;
const LOCAL_DAYS_OFF: [(Msg, DayFlag); 4] = [
    (words::MAY_DAY, |d| &mut d.may_day),
    (words::GRUNDLOVSDAG, |d| &mut d.grundlovsdag),
    (words::CHRISTMAS_EVE, |d| &mut d.christmas_eve),
    (words::NEW_YEARS_EVE, |d| &mut d.new_years_eve),
];

pub fn run(s: &mut Session) -> Go<()> {
    loop {
        match s.ws.plan.step {
            PlanStep::ChooseCourse => choose_course(s)?,
            PlanStep::Basics => basics(s)?,
            PlanStep::Phases => phases(s)?,
            PlanStep::Adjustments => adjustments(s)?,
            PlanStep::Review => review(s)?,
        }
    }
}

/// Applies an event as the plan screen does; a refusal is said in the flow's words. Whether it
/// was taken.
fn apply(s: &mut Session, event: PlanEvent) -> Go<bool> {
    let lang = s.lang();
    match s.ws.plan.apply(event, &s.ctx.content.courses) {
        Ok(next) => {
            if next != s.ws.plan {
                s.ws.plan = next;
                s.changed()?;
            }
            Ok(true)
        }
        Err(e) => {
            s.io.tell(&flow::plan_error(lang, &e));
            Ok(false)
        }
    }
}

fn course(s: &Session) -> Option<Course> {
    s.ctx.content.course(&s.ws.plan.settings.course_id).cloned()
}

/// Where the leader is, and the plan's status when it was accepted.
fn heading(s: &mut Session) {
    let lang = s.lang();
    let step = s.ws.plan.step;
    s.here(&[
        common::PLAN.get(lang).to_string(),
        t::step_place(
            lang,
            words::step_name(lang, step),
            &frame::step_n_of(lang, step.number(), PlanStep::ALL.len()),
        ),
    ]);
    match s.ws.plan.status {
        PlanStatus::Draft => {}
        PlanStatus::Accepted { accepted_on } => {
            s.io.say(&t::accepted_on(lang, &date_with_weekday(accepted_on, lang)))
        }
        PlanStatus::ChangedSinceAccepted { accepted_on } => s.io.say(&t::changed_since(
            lang,
            &date_with_weekday(accepted_on, lang),
        )),
    }
}

/// The step's own choices, then "next step" and (after the first) "previous step"; runs the
/// picked step move and returns the index of an own choice.
fn step_menu(s: &mut Session, question: &str, mut choices: Vec<Choice>) -> Go<Option<usize>> {
    let lang = s.lang();
    let own = choices.len();
    let step = s.ws.plan.step;
    if step != PlanStep::Review {
        choices.push(Choice::new(t::NEXT_STEP.get(lang)));
    }
    if step != PlanStep::ChooseCourse {
        choices.push(Choice::new(t::PREVIOUS_STEP.get(lang)));
    }
    let picked = s.io.menu(question, &choices)?;
    if picked < own {
        return Ok(Some(picked));
    }
    let is_next = step != PlanStep::Review && picked == own;
    apply(
        s,
        if is_next {
            PlanEvent::Next
        } else {
            PlanEvent::Back
        },
    )?;
    Ok(None)
}

fn choose_course(s: &mut Session) -> Go<()> {
    let lang = s.lang();
    heading(s);
    let current = s.ws.plan.settings.course_id.clone();
    if let Some(c) = course(s) {
        s.io.say(&t::course_now(lang, c.name.get(lang)));
        s.io.say(c.summary.get(lang));
        s.io.say(c.example_note.get(lang));
    }
    let courses: Vec<(String, Choice)> = s
        .ctx
        .content
        .courses
        .iter()
        .map(|c| {
            let kind = common::network_type(lang, c.network_type);
            let detail = if c.id == current {
                t::chosen(lang, kind)
            } else {
                kind.to_string()
            };
            (c.id.clone(), Choice::with(c.name.get(lang), detail))
        })
        .collect();
    let choices = courses.iter().map(|(_, c)| c.clone()).collect();
    if let Some(i) = step_menu(s, t::WHICH_COURSE.get(lang), choices)? {
        let id = courses[i].0.clone();
        if apply(s, PlanEvent::ChooseCourse(id))? {
            apply(s, PlanEvent::Next)?;
        }
    }
    Ok(())
}

fn basics(s: &mut Session) -> Go<()> {
    let lang = s.lang();
    heading(s);
    let settings = s.ws.plan.settings.clone();
    let mut days = settings.local_days_off;
    let mut choices = vec![
        Choice::with(t::START.get(lang), date_with_weekday(settings.start, lang)),
        Choice::with(
            common::WEEKLY_HOURS.get(lang),
            t::hours(lang, &number(settings.weekly_hours, lang)),
        ),
        Choice::with(
            t::CEILING.get(lang),
            match settings.ceiling_hours {
                Some(h) => t::hours(lang, &number(h, lang)),
                None => t::NO_CEILING.get(lang).to_string(),
            },
        ),
    ];
    for (label, flag) in LOCAL_DAYS_OFF {
        let off = *flag(&mut days);
        let state = if off { t::DAY_OFF } else { t::NOT_DAY_OFF };
        choices.push(Choice::with(label.get(lang), state.get(lang)));
    }
    let Some(i) = step_menu(s, t::WHAT_TO_CHANGE.get(lang), choices)? else {
        return Ok(());
    };
    match i {
        0 => {
            let prompt = t::ask_start(lang, &date_with_weekday(settings.start, lang));
            if let Some(d) = s.io.date(&prompt)? {
                apply(s, PlanEvent::SetStart(d))?;
            }
        }
        1 => {
            let prompt = t::ask_weekly_hours(lang, &number(settings.weekly_hours, lang));
            if let Some(h) = hours(s, &prompt)? {
                apply(s, PlanEvent::SetWeeklyHours(h))?;
            }
        }
        2 => {
            let prompt = t::ASK_CEILING.get(lang);
            match s.io.value(prompt)? {
                None => s.io.say(mandat::text::plain::meeting::UNCHANGED.get(lang)),
                Some(text) if mandat::text::plain::meeting::is_none_word(&text) => {
                    apply(s, PlanEvent::SetCeiling(None))?;
                }
                Some(text) => match parse_hours(&text) {
                    Some(h) => {
                        apply(s, PlanEvent::SetCeiling(Some(h)))?;
                    }
                    None => s.io.tell(words::BAD_HOURS.get(lang)),
                },
            }
        }
        _ => {
            let (label, flag) = LOCAL_DAYS_OFF[(i - 3).min(LOCAL_DAYS_OFF.len() - 1)];
            let mut days = settings.local_days_off;
            let value = flag(&mut days);
            *value = !*value;
            let off = *value;
            if apply(s, PlanEvent::SetLocalDaysOff(days))? {
                let state = if off { t::DAY_OFF } else { t::NOT_DAY_OFF };
                s.io.say(&t::day_now(lang, label.get(lang), state.get(lang)));
            }
        }
    }
    Ok(())
}

/// A number of hours; asks again until one reads. `Ok(None)` keeps what is there.
fn hours(s: &mut Session, prompt: &str) -> Go<Option<f64>> {
    let lang = s.lang();
    loop {
        let Some(text) = s.io.value(prompt)? else {
            s.io.say(mandat::text::plain::meeting::UNCHANGED.get(lang));
            return Ok(None);
        };
        match parse_hours(&text) {
            Some(h) => return Ok(Some(h)),
            None => s.io.tell(words::BAD_HOURS.get(lang)),
        }
    }
}

fn phases(s: &mut Session) -> Go<()> {
    let lang = s.lang();
    heading(s);
    let Some(c) = course(s) else {
        s.io.say(words::NO_COURSE.get(lang));
        return step_menu(s, t::WHAT_TO_CHANGE.get(lang), Vec::new()).map(|_| ());
    };
    s.io.say(c.example_note.get(lang));
    let choices: Vec<Choice> = effective_phases(&c, &s.ws.plan.settings)
        .iter()
        .map(|e| {
            let mut detail = t::phase_detail(
                lang,
                common::phase_kind(lang, e.phase.kind),
                &t::weeks(lang, e.weeks),
                &number(e.peak_hours(), lang),
            );
            if e.intensive {
                detail = t::and(lang, &detail, t::SECRETARIAT_WEEKS.get(lang));
            }
            if e.adjusted {
                detail = t::and(lang, &detail, t::ADJUSTED.get(lang));
            }
            Choice::with(e.phase.name.get(lang), detail)
        })
        .collect();
    if let Some(i) = step_menu(s, t::WHICH_PHASE.get(lang), choices)? {
        done(phase(s, &c, i))?;
    }
    Ok(())
}

/// One phase: its weeks, hours a week and Sekretariat weeks, or the course's figures again.
fn phase(s: &mut Session, c: &Course, index: usize) -> Go<()> {
    let lang = s.lang();
    loop {
        let phases = effective_phases(c, &s.ws.plan.settings);
        let Some(e) = phases.get(index) else {
            return Err(Leave::Back);
        };
        let (id, name) = (e.phase.id.clone(), e.phase.name.get(lang).to_string());
        let (weeks, peak, intensive) = (e.weeks, e.peak_hours(), e.intensive);
        let description = e.phase.description.get(lang).to_string();
        s.here(&[
            common::PLAN.get(lang).to_string(),
            words::STEP_PHASES.get(lang).to_string(),
            name.clone(),
        ]);
        if !description.trim().is_empty() {
            s.io.say(&description);
        }
        let yes_no = |b: bool| if b { common::YES } else { common::NO }.get(lang);
        let choices = [
            Choice::with(common::WEEKS.get(lang), weeks.to_string()),
            Choice::with(t::HOURS_A_WEEK.get(lang), number(peak, lang)),
            Choice::with(t::SECRETARIAT_TOGGLE.get(lang), yes_no(intensive)),
            Choice::new(t::RESET_PHASE.get(lang)),
        ];
        let adjustment =
            s.ws.plan
                .settings
                .phases
                .get(&id)
                .cloned()
                .unwrap_or_default();
        let event = match s.io.menu(t::WHAT_TO_CHANGE.get(lang), &choices)? {
            0 => {
                let Some(text) = s.io.value(&t::ask_weeks(lang, weeks))? else {
                    continue;
                };
                match text.parse::<u32>() {
                    Ok(w) => PhaseAdjustment {
                        weeks: Some(w),
                        ..adjustment
                    },
                    Err(_) => {
                        s.io.tell(words::BAD_WEEKS.get(lang));
                        continue;
                    }
                }
            }
            1 => {
                let prompt = t::ask_phase_hours(lang, &number(peak, lang));
                let Some(h) = hours(s, &prompt)? else {
                    continue;
                };
                PhaseAdjustment {
                    hours_per_week: Some(h),
                    ..adjustment
                }
            }
            2 => PhaseAdjustment {
                intensive: Some(!intensive),
                ..adjustment
            },
            _ => PhaseAdjustment::default(),
        };
        if apply(
            s,
            PlanEvent::AdjustPhase {
                phase_id: id,
                adjustment: event,
            },
        )? {
            s.io.say(t::PHASE_SAVED.get(lang));
        }
    }
}

fn adjustments(s: &mut Session) -> Go<()> {
    let lang = s.lang();
    heading(s);
    let entries = adjustment_lines(s);
    s.io.say(t::VACATIONS.get(lang));
    say_or_none(s, &entries.vacations);
    s.io.say(t::OVERRIDES.get(lang));
    say_or_none(s, &entries.overrides);
    let mut choices = vec![
        Choice::new(t::ADD_VACATION.get(lang)),
        Choice::new(t::ADD_OVERRIDE.get(lang)),
    ];
    let can_remove = !(entries.vacations.is_empty() && entries.overrides.is_empty());
    if can_remove {
        choices.push(Choice::new(t::REMOVE.get(lang)));
    }
    let Some(i) = step_menu(s, t::WHAT_TO_DO.get(lang), choices)? else {
        return Ok(());
    };
    match i {
        0 => {
            while let Some(text) = s.io.line(words::VACATION_PROMPT.get(lang))? {
                match parse_vacation(&text) {
                    Some(v) => {
                        if apply(s, PlanEvent::AddVacation(v))? {
                            s.io.say(t::VACATION_ADDED.get(lang));
                        }
                        break;
                    }
                    None => s.io.tell(words::BAD_VACATION.get(lang)),
                }
            }
        }
        1 => {
            if let Some(week) = ask_own_hours(s)?
                && apply(s, PlanEvent::SetOverride(week))?
            {
                s.io.say(t::OVERRIDE_ADDED.get(lang));
            }
        }
        _ => done(remove(s, &entries))?,
    }
    Ok(())
}

/// A week's own figures, asked one field at a time as on the screen's form: the week, its
/// network hours, its days at the Sekretariat (empty: worked out from the hours) and a note.
/// `Ok(None)` when the week is left empty.
fn ask_own_hours(s: &mut Session) -> Go<Option<WeekOverride>> {
    let lang = s.lang();
    let start = s.ws.plan.settings.start;
    let field = |name: Msg, hint: Msg| format!("{} ({}):", name.get(lang), hint.get(lang));
    let week = loop {
        let Some(text) = s.io.line(&field(words::FORM_WEEK, words::FORM_WEEK_HINT))? else {
            return Ok(None);
        };
        match parse_plan_week(&text, start) {
            Ok(_) => break text,
            Err(e) => s.io.tell(&report_text::week_error(lang, text.trim(), &e)),
        }
    };
    let hours = loop {
        let Some(text) =
            s.io.value(&field(words::FORM_HOURS, words::FORM_HOURS_HINT))?
        else {
            s.io.tell(words::BAD_HOURS.get(lang));
            continue;
        };
        match parse_hours(&text).filter(|h| *h >= 0.0) {
            Some(_) => break text,
            None => s.io.tell(words::BAD_HOURS.get(lang)),
        }
    };
    let days = loop {
        let text =
            s.io.value(&field(words::FORM_DAYS, words::FORM_DAYS_HINT))?
                .unwrap_or_default();
        match text.trim().parse::<u8>() {
            _ if text.trim().is_empty() => break text,
            Ok(d) if d <= MAX_SECRETARIAT_DAYS => break text,
            _ => s.io.tell(words::BAD_DAYS.get(lang)),
        }
    };
    let note =
        s.io.line(&field(words::FORM_NOTE, words::FORM_NOTE_HINT))?
            .unwrap_or_default();
    Ok(parse_override_fields(&week, &hours, &days, &note, start).ok())
}

fn say_or_none(s: &mut Session, lines: &[String]) {
    if lines.is_empty() {
        let none = t::NONE_YET.get(s.lang());
        s.io.say(none);
    }
    for line in lines {
        s.io.say(line);
    }
}

/// The vacations and the weeks set by hand, one sentence each.
struct Entries {
    vacations: Vec<String>,
    overrides: Vec<String>,
}

fn adjustment_lines(s: &Session) -> Entries {
    let lang = s.lang();
    let settings = &s.ws.plan.settings;
    let vacations = settings
        .vacations
        .iter()
        .map(|v| {
            t::vacation_line(
                lang,
                &date_with_weekday(v.first, lang),
                &date_with_weekday(v.last, lang),
            )
        })
        .collect();
    let overrides = settings
        .overrides
        .iter()
        .map(|o| {
            let line =
                t::override_line(lang, o.iso_week, o.iso_year, &number(o.network_hours, lang));
            if o.note.trim().is_empty() {
                line
            } else {
                t::and(lang, &line, &clean_line(&o.note))
            }
        })
        .collect();
    Entries {
        vacations,
        overrides,
    }
}

fn remove(s: &mut Session, entries: &Entries) -> Go<()> {
    let lang = s.lang();
    let choices: Vec<Choice> = entries
        .vacations
        .iter()
        .chain(&entries.overrides)
        .map(|l| Choice::new(l.clone()))
        .collect();
    let i = s.io.menu(t::WHICH_REMOVE.get(lang), &choices)?;
    let vacations = entries.vacations.len();
    let event = if i < vacations {
        PlanEvent::RemoveVacation(i)
    } else {
        let Some(o) = s.ws.plan.settings.overrides.get(i - vacations) else {
            return Ok(());
        };
        PlanEvent::RemoveOverride {
            iso_year: o.iso_year,
            iso_week: o.iso_week,
        }
    };
    if apply(s, event)? {
        s.io.say(t::REMOVED.get(lang));
    }
    Ok(())
}

fn review(s: &mut Session) -> Go<()> {
    let lang = s.lang();
    heading(s);
    let plan = match s.ws.plan_weeks(&s.ctx.content) {
        Ok(plan) => plan,
        Err(_) => {
            s.io.say(timelog_text::NO_PLAN.get(lang));
            return step_menu(s, t::WHAT_TO_DO.get(lang), Vec::new()).map(|_| ());
        }
    };
    for line in summary(s, &plan) {
        s.io.tell(&line);
    }
    let choices = vec![
        Choice::new(t::ACCEPT.get(lang)),
        Choice::new(t::READ_WEEKS.get(lang)),
        Choice::new(t::SAVE_PLAN.get(lang)),
    ];
    match step_menu(s, t::WHAT_TO_DO.get(lang), choices)? {
        Some(0) => {
            let on = s.ctx.today;
            if apply(s, PlanEvent::Accept { on })? {
                s.io.say(t::ACCEPTED.get(lang));
            }
        }
        Some(1) => {
            for line in week_lines(s, &plan) {
                s.io.tell(&line);
            }
            s.io.say(t::END_OF_WEEKS.get(lang));
        }
        Some(_) => done(print::run(s, None, Some(Kind::Plan)))?,
        None => {}
    }
    Ok(())
}

/// The plan in a few sentences: its span, its hours, the Sekretariat weeks, the test start and
/// the warnings.
fn summary(s: &Session, plan: &Plan) -> Vec<String> {
    let lang = s.lang();
    let mut out = Vec::new();
    if let (Some(first), Some(last)) = (plan.first_monday(), plan.last_monday()) {
        out.push(t::span(
            lang,
            plan.weeks.len(),
            &date_with_weekday(first, lang),
            &date_with_weekday(last + Duration::days(4), lang),
        ));
    }
    let working_weeks = plan.weeks.iter().filter(|w| w.working_days > 0).count();
    let average = if working_weeks == 0 {
        0.0
    } else {
        plan.total_network_hours() / working_weeks as f64
    };
    out.push(t::totals(
        lang,
        &number(plan.total_network_hours(), lang),
        &number(average, lang),
        &number(plan.total_basis_hours(), lang),
    ));
    out.push(t::secretariat_weeks(lang, plan.secretariat_weeks().count()));
    if let Some(test) = plan.test_start {
        out.push(t::test_starts(
            lang,
            &date_with_weekday(test, lang),
            test.iso_week().week(),
        ));
    }
    if !plan.warnings.is_empty() {
        out.push(t::warnings_heading(lang, plan.warnings.len()));
    }
    if plan.warnings.is_empty() {
        out.push(words::NO_WARNINGS.get(lang).to_string());
    }
    out.extend(
        plan.warnings
            .iter()
            .map(|w| mandat::text::plan::warning(lang, &s.ctx.content, w)),
    );
    out
}

/// One sentence per week: its dates, phase, hours, Sekretariat days and notes.
fn week_lines(s: &Session, plan: &Plan) -> Vec<String> {
    let lang = s.lang();
    let content = &s.ctx.content;
    let course = course(s);
    plan.weeks
        .iter()
        .map(|w| {
            let phase = w
                .phase_id
                .as_ref()
                .and_then(|id| course.as_ref()?.phases.iter().find(|p| &p.id == id))
                .map(|p| p.name.get(lang).to_string())
                .unwrap_or_else(|| mandat::text::plan::week_kind(lang, w.kind).to_string());
            let mut line = t::week_line(
                lang,
                w.iso_week,
                &date_with_weekday(w.monday, lang),
                &phase,
                &number(w.network_hours, lang),
                &number(w.basis_hours, lang),
            );
            if w.secretariat_days > 0 {
                line = t::and(lang, &line, &t::secretariat_days(lang, w.secretariat_days));
            }
            let notes: Vec<String> = w
                .notes
                .iter()
                .map(|n| mandat::text::plan::note(lang, content, n))
                .collect();
            if !notes.is_empty() {
                line = t::with_notes(lang, &line, &common::capitalise(&notes.join(", ")));
            }
            line
        })
        .collect()
}
