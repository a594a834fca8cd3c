//! The overview: the network, the plan's progress, the one next step, the three counterparts
//! with their next meeting and how far each preparation is, and the way to everything else.

use mandat::flow::handout::{DueStatus, due_status};
use mandat::flow::plan::{PlanStatus, PlanStep};
use mandat::guide::next::{self, NextStep};
use mandat::guide::position::plan_position;
use mandat::model::{FactsError, Meeting};
use mandat::text::common;
use mandat::text::format::{clean_line, countdown, long_date, number};
use mandat::text::plain::overview as t;
use mandat::text::plain::start as start_words;
use mandat::text::screen::{
    dashboard as words, first_run as first_run_words, frame, network as network_words,
};
use mandat::vocab::{Counterpart, NetworkType};

use super::ask::{Choice, Go, done};
use super::session::Session;
use super::{meeting, networks, plan, print, timelog};

/// The overview, until the leader quits (or the input ends).
pub fn run(s: &mut Session) -> Go<()> {
    loop {
        let lang = s.lang();
        s.here(&[words::CRUMB.get(lang).to_string()]);
        for line in summary(s) {
            s.io.tell(&line);
        }
        let meetings: Vec<(Counterpart, String)> = Counterpart::ALL
            .iter()
            .filter_map(|c| {
                let m = s.ws.current_meeting(*c, s.ctx.today)?;
                Some((*c, m.id.clone()))
            })
            .collect();
        let mut choices: Vec<Choice> = meetings
            .iter()
            .filter_map(|(c, id)| {
                let m = s.ws.meeting(id)?;
                Some(Choice::with(
                    common::role(&s.ctx.content, lang, *c),
                    meeting_lines(s, m),
                ))
            })
            .collect();
        let others = [
            Choice::with(t::PLAN.get(lang), plan_progress(s)),
            Choice::new(t::TIME_LOG.get(lang)),
            Choice::new(t::ADD_MEETING.get(lang)),
            Choice::new(t::SAVE_DOCUMENT.get(lang)),
            Choice::new(t::DETAILS.get(lang)),
            Choice::new(t::NETWORKS.get(lang)),
        ];
        choices.extend(others);
        let picked = s.io.top_menu(t::WHAT_TO_DO.get(lang), &choices)?;
        match picked.checked_sub(meetings.len()) {
            None => done(meeting::run(s, &meetings[picked].1))?,
            Some(0) => done(plan::run(s))?,
            Some(1) => done(timelog::run(s))?,
            Some(2) => done(add_meeting(s))?,
            Some(3) => done(print::run(s, None, None))?,
            Some(4) => done(details(s))?,
            _ => done(networks::run(s))?,
        }
    }
}

/// The network's theme, type and the leader's name, as the full-screen program's form (`e` on
/// the overview) changes them: Enter keeps the theme and the name, the type is chosen again.
/// Nothing else changes; a plan that follows a course of the old type keeps it and says so.
fn details(s: &mut Session) -> Go<()> {
    let lang = s.lang();
    s.here(&[network_words::CRUMB.get(lang).to_string()]);
    s.io.tell(network_words::INTRO.get(lang));
    let mut facts = s.ws.facts();
    if let Some(theme) =
        s.io.line(&start_words::keep_theme(lang, &clean_line(&facts.name)))?
    {
        facts.name = theme;
    }
    s.io.say(&t::type_now(
        lang,
        common::network_type(lang, facts.network_type),
    ));
    let choices: Vec<Choice> = NetworkType::ALL
        .iter()
        .map(|k| Choice::new(common::network_type(lang, *k)))
        .collect();
    facts.network_type = NetworkType::ALL[s.io.menu(start_words::ASK_TYPE.get(lang), &choices)?];
    let leader = clean_line(&facts.leader_name);
    if let Some(name) = s.io.line(&start_words::keep_leader(lang, &leader))? {
        facts.leader_name = name;
    }
    match s.ws.set_facts(facts, &s.ctx.content) {
        Err(FactsError::EmptyName) => s.io.tell(first_run_words::NEED_THEME.get(lang)),
        Ok(changed) => {
            if changed.changed {
                s.changed()?;
            }
            let course = changed
                .plan_course_of_other_type
                .as_deref()
                .and_then(|id| s.ctx.content.course(id))
                .map(|c| clean_line(c.name.get(lang)));
            match course {
                Some(course) => {
                    s.io.tell(&network_words::saved_plan_keeps_course(lang, &course))
                }
                None if changed.changed => s.io.tell(network_words::SAVED.get(lang)),
                None => s.io.tell(t::DETAILS_UNCHANGED.get(lang)),
            }
        }
    }
    Ok(())
}

/// The network, the leader, the plan and the next step, in sentences.
fn summary(s: &Session) -> Vec<String> {
    let lang = s.lang();
    let ws = &s.ws;
    let leader = if ws.leader_name.trim().is_empty() {
        t::NO_NAME.get(lang).to_string()
    } else {
        clean_line(&ws.leader_name)
    };
    let mut lines = vec![t::network_line(
        lang,
        &clean_line(&ws.name),
        common::network_type(lang, ws.network_type),
        common::leader_role(&s.ctx.content, lang),
        &leader,
    )];
    if let Some(p) = plan_position(ws, &s.ctx.content, s.ctx.today) {
        lines.push(timelog::position_line(s, &p.position));
    }
    lines.push(t::plan_line(lang, &plan_progress(s)));
    lines.push(t::next_step(lang, &next_step(s)));
    lines
}

/// "trin 3 af 5", "godkendt" or "ændret siden godkendelsen".
pub fn plan_progress(s: &Session) -> String {
    let lang = s.lang();
    match s.ws.plan.status {
        PlanStatus::Accepted { .. } => words::PLAN_ACCEPTED.get(lang).to_string(),
        PlanStatus::ChangedSinceAccepted { .. } => words::PLAN_CHANGED.get(lang).to_string(),
        PlanStatus::Draft => frame::step_n_of(lang, s.ws.plan.step.number(), PlanStep::ALL.len()),
    }
}

/// The one thing to do next (chosen by `guide::next`), in the overview's words.
fn next_step(s: &Session) -> String {
    let lang = s.lang();
    let role = |c: Counterpart| common::role_in_sentence(&s.ctx.content, lang, c);
    match next::next_step(&s.ws, &s.ctx.content, s.ctx.today) {
        NextStep::HandOutOverdue { counterpart, due } => {
            words::next_hand_out_overdue(lang, &role(counterpart), &long_date(due, lang))
        }
        NextStep::HandOutBy { counterpart, due } => {
            words::next_hand_out_by(lang, &role(counterpart), &long_date(due, lang))
        }
        NextStep::Reflect {
            counterpart, open, ..
        } => words::next_reflect(lang, &role(counterpart), open),
        NextStep::ProposeAgreement { counterpart, .. } => {
            words::next_agreement(lang, &role(counterpart))
        }
        NextStep::MarkAgreementReady { counterpart, .. } => {
            t::next_mark_ready(lang, &role(counterpart))
        }
        NextStep::PrepareFollowUp {
            counterpart,
            open_questions,
            carry_over,
            ..
        } => words::next_follow_up(lang, &role(counterpart), open_questions, carry_over),
        NextStep::ReviewDue {
            counterpart,
            review_on,
        } => words::next_review_due(lang, &role(counterpart), &long_date(review_on, lang)),
        NextStep::LogLastWeek {
            week,
            planned_hours,
        } => words::next_log_week(
            lang,
            &mandat::text::report::week(lang, week),
            &number(planned_hours, lang),
        ),
        NextStep::SetDate { counterpart } => words::next_set_date(lang, &role(counterpart)),
        NextStep::RecordAgreement {
            counterpart,
            meeting,
        } => t::next_record_agreement(lang, &role(counterpart), &long_date(meeting, lang)),
        NextStep::PlanBeforeMeeting {
            counterpart,
            meeting,
        } => t::next_plan_before(lang, &role(counterpart), &long_date(meeting, lang)),
        NextStep::AcceptPlan => t::NEXT_PLAN.get(lang).to_string(),
        NextStep::AllDone => words::ALL_DONE.get(lang).to_string(),
    }
}

/// A counterpart's line in the list: the person and the meeting, then how far each
/// preparation is.
fn meeting_lines(s: &Session, m: &Meeting) -> String {
    let lang = s.lang();
    let content = &s.ctx.content;
    let person = if m.person_name.trim().is_empty() {
        t::NO_NAME.get(lang).to_string()
    } else {
        clean_line(&m.person_name)
    };
    let mut first = match m.date {
        Some(d) => t::person_meeting_on(
            lang,
            &person,
            &long_date(d, lang),
            &countdown(s.ctx.today, d, lang),
        ),
        None => t::person_no_date(lang, &person),
    };
    let total = s.ws.meetings_with(m.counterpart).count();
    if total > 1 {
        let n =
            s.ws.meetings_with(m.counterpart)
                .position(|x| x.id == m.id)
                .map_or(1, |p| p + 1);
        first = t::with_number(lang, &first, &words::meeting_number(lang, n, total));
    }
    let questions: Vec<&str> =
        s.ws.questions(content, &m.id)
            .iter()
            .map(|q| q.id.as_str())
            .collect();
    let fields: Vec<&str> = content
        .agreement(m.counterpart)
        .map(|a| a.fields.iter().map(|f| f.id.as_str()).collect())
        .unwrap_or_default();
    let mut second = t::progress(
        lang,
        common::handout_step(lang, m.handout.step()),
        m.reflection.answered_count(&questions),
        questions.len(),
        common::agreement_state(lang, &m.agreement.state),
        m.agreement.proposed_count(&fields),
        fields.len(),
    );
    // The personaleleder follows the time use: the hours so far, in words and figures.
    if m.counterpart == Counterpart::Personaleleder
        && let Some(v) = plan_position(&s.ws, content, s.ctx.today).and_then(|p| p.variance)
    {
        let time = t::time_use(
            lang,
            &number(v.used_hours, lang),
            &number(v.planned_hours, lang),
            v.last_week.map_or(0, |w| w.week.week()),
        );
        second = format!("{second} {time}");
    }
    let due = due_status(
        &m.handout,
        m.date,
        s.ws.settings.handout_working_days_before,
        s.ctx.today,
        &s.ws.calendar(),
    );
    match due {
        DueStatus::Overdue { due } => {
            second = format!(
                "{second} {}",
                t::pamphlet_overdue(lang, &long_date(due, lang))
            )
        }
        DueStatus::DueSoon { due } => {
            second = format!("{second} {}", t::pamphlet_due(lang, &long_date(due, lang)))
        }
        _ => {}
    }
    format!("{first}\n{second}")
}

/// A follow-up meeting with a counterpart; it starts from the last agreement made.
fn add_meeting(s: &mut Session) -> Go<()> {
    let lang = s.lang();
    s.here(&[t::ADD_MEETING.get(lang).to_string()]);
    let choices: Vec<Choice> = Counterpart::ALL
        .iter()
        .map(|c| Choice::new(common::role(&s.ctx.content, lang, *c)))
        .collect();
    let c = Counterpart::ALL[s.io.menu(t::WHO_FOLLOW_UP.get(lang), &choices)?];
    let id = s.ws.add_meeting(c).id.clone();
    s.changed()?;
    let role = common::role_in_sentence(&s.ctx.content, lang, c);
    s.io.say(&t::meeting_added(lang, &role));
    meeting::run(s, &id)
}
