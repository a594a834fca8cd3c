//! The brief a leader prints and brings to a meeting (SPEC §8).

use chrono::NaiveDate;

use super::doc::{Block, Doc};
use super::{DocFormat, ExportError, report};
use crate::content::Content;
use crate::flow::agreement::AgreementState;
use crate::flow::handout::{DueStatus, HandoutState, due_status};
use crate::flow::reflection::AnswerStatus;
use crate::guide::followup::{self, carry_over, pamphlet_handed_out_earlier};
use crate::model::{Meeting, Workspace};
use crate::planner::{Plan, WeekKind};
use crate::text::format::{
    compact_date, countdown, date_in_sentence, date_with_weekday, long_date, number, week_range,
};
use crate::text::{common, doc as words, plan as plan_words};
use crate::vocab::Counterpart;
use crate::vocab::Lang;

/// Lines left for handwriting under each agreement field.
const RULED_LINES: usize = 2;

/// Renders the brief for one meeting.
pub fn render(
    ws: &Workspace,
    meeting_id: &str,
    content: &Content,
    lang: Lang,
    format: DocFormat,
    today: NaiveDate,
    include_private: bool,
) -> Result<String, ExportError> {
    let meeting = ws
        .meeting(meeting_id)
        .ok_or_else(|| ExportError::NoSuchMeeting(meeting_id.to_string()))?;
    let doc = build(ws, meeting, content, lang, today, include_private);
    Ok(super::render(&doc, format))
}

pub fn build(
    ws: &Workspace,
    meeting: &Meeting,
    content: &Content,
    lang: Lang,
    today: NaiveDate,
    include_private: bool,
) -> Doc {
    let c = meeting.counterpart;
    let mut doc = Doc {
        title: words::brief_title(lang, &common::role_in_sentence(content, lang, c)),
        subtitle: Some(format!(
            "{} · {}",
            ws.name,
            common::network_type(lang, ws.network_type)
        )),
        lang: lang.code(),
        blocks: Vec::new(),
    };
    doc.push(Block::Facts(header_facts(
        ws, meeting, content, lang, today,
    )));
    super::codriver::push_brief_section(&mut doc, ws, meeting, content, lang);

    doc.push(Block::Heading(words::HANDOUT.get(lang).into()));
    doc.push(Block::Para(handout_status(ws, meeting, lang, today)));

    let follow_up = ws.is_follow_up(&meeting.id);
    push_reflections(&mut doc, meeting, content, lang, follow_up);
    push_agreement(&mut doc, ws, meeting, content, lang);

    let plan = ws.plan_weeks(content).ok();
    if follow_up && c == Counterpart::Personaleleder {
        push_time_since_last(&mut doc, ws, meeting, content, lang, today);
    }
    match (c, &plan) {
        (Counterpart::Personaleleder, Some(plan)) => {
            let ahead_of = follow_up.then(|| meeting.date.unwrap_or(today));
            push_plan(&mut doc, ws, plan, content, lang, ahead_of)
        }
        (Counterpart::Referenceleder, Some(plan)) => push_milestones(&mut doc, plan, content, lang),
        _ => {}
    }

    doc.push(Block::Heading(words::OPEN_POINTS.get(lang).into()));
    let mut open = words::carry_over(lang, content, &carry_over(ws, content, &meeting.id, today));
    open.extend(open_points(ws, meeting, content, plan.as_ref(), lang));
    if open.is_empty() {
        doc.push(Block::Para(words::NO_OPEN_POINTS.get(lang).into()));
    } else {
        doc.push(Block::Bullets(open));
    }

    if include_private && !meeting.private_notes.trim().is_empty() {
        doc.push(Block::Heading(common::PRIVATE_NOTES.get(lang).into()));
        doc.push(Block::Para(meeting.private_notes.clone()));
    }
    doc
}

fn header_facts(
    ws: &Workspace,
    meeting: &Meeting,
    content: &Content,
    lang: Lang,
    today: NaiveDate,
) -> Vec<(String, String)> {
    let person = if meeting.person_name.trim().is_empty() {
        words::NAME_MISSING.get(lang).to_string()
    } else {
        meeting.person_name.clone()
    };
    let date = match meeting.date {
        Some(d) => format!("{} ({})", long_date(d, lang), countdown(today, d, lang)),
        None => words::NOT_DATED.get(lang).into(),
    };
    let counterpart = common::role_in_sentence(content, lang, meeting.counterpart);
    let mut facts = vec![
        (
            common::NETWORK.get(lang).into(),
            format!(
                "{} ({})",
                ws.name,
                common::network_type(lang, ws.network_type)
            ),
        ),
        (
            common::leader_role(content, lang).into(),
            ws.leader_name.clone(),
        ),
        (
            words::COUNTERPART.get(lang).into(),
            words::person_and_role(lang, &person, &counterpart),
        ),
        (words::MEETING_DATE.get(lang).into(), date),
    ];
    if let Some(previous) = ws.previous_meeting(&meeting.id) {
        facts.push((
            words::FOLLOW_UP.get(lang).into(),
            match previous.date {
                Some(d) => words::follow_up_of(lang, &compact_date(d, lang)),
                None => words::FOLLOW_UP_OF_UNDATED.get(lang).into(),
            },
        ));
    }
    facts.push((words::MADE.get(lang).into(), date_with_weekday(today, lang)));
    facts
}

/// One sentence on where the pamphlet is: prepared, handed out (when, how) or due.
pub fn handout_status(ws: &Workspace, meeting: &Meeting, lang: Lang, today: NaiveDate) -> String {
    // The counterpart keeps the pamphlet from an earlier meeting; this one needs no hand-out.
    if !meeting.handout.is_handed_out()
        && let Some(earlier) = pamphlet_handed_out_earlier(ws, &meeting.id)
    {
        return words::handout_given_earlier(lang, &compact_date(earlier.handed_out_on, lang));
    }
    let mut out = match &meeting.handout {
        HandoutState::NotPrepared => words::HANDOUT_NOT_MADE.get(lang).to_string(),
        HandoutState::Prepared { prepared_on } => {
            words::handout_made(lang, &compact_date(*prepared_on, lang))
        }
        HandoutState::HandedOut {
            handed_out_on,
            channel,
            ..
        }
        | HandoutState::Discussed {
            handed_out_on,
            channel,
            ..
        } => {
            let mut line = words::handout_handed_over(
                lang,
                &date_in_sentence(*handed_out_on, lang),
                words::handed_over_by(lang, *channel),
            );
            if matches!(meeting.handout, HandoutState::Discussed { .. }) {
                line.push(' ');
                line.push_str(words::HANDOUT_DISCUSSED.get(lang));
            }
            line
        }
    };
    if let Some(due) = due_line(ws, meeting, lang, today) {
        out.push(' ');
        out.push_str(&due);
    }
    out
}

/// When the pamphlet must be handed over, while it still has not been.
fn due_line(ws: &Workspace, meeting: &Meeting, lang: Lang, today: NaiveDate) -> Option<String> {
    let due = due_status(
        &meeting.handout,
        meeting.date,
        ws.settings.handout_working_days_before,
        today,
        &ws.calendar(),
    );
    match due {
        DueStatus::Later { due } | DueStatus::DueSoon { due } => {
            Some(words::handout_due(lang, &long_date(due, lang)))
        }
        DueStatus::Overdue { due } => Some(words::handout_overdue(lang, &long_date(due, lang))),
        DueStatus::Undated | DueStatus::Done | DueStatus::MeetingHeld => None,
    }
}

fn status_word(status: AnswerStatus, lang: Lang) -> &'static str {
    match status {
        AnswerStatus::Empty => words::NOT_ANSWERED.get(lang),
        AnswerStatus::Draft => common::ANSWER_DRAFT.get(lang),
        AnswerStatus::Answered => "",
        AnswerStatus::Skipped => common::ANSWER_SKIPPED.get(lang),
    }
}

fn push_reflections(
    doc: &mut Doc,
    meeting: &Meeting,
    content: &Content,
    lang: Lang,
    follow_up: bool,
) {
    let heading = if follow_up {
        words::FOLLOW_UP_REFLECTIONS
    } else {
        words::REFLECTIONS
    };
    doc.push(Block::Heading(heading.get(lang).into()));
    let questions = content.questions_for(meeting.counterpart, follow_up);
    for (i, q) in questions.iter().enumerate() {
        let status = meeting.reflection.status(&q.id);
        let text = meeting.reflection.text(&q.id);
        let mut question = format!("{}. {}", i + 1, q.text.get(lang));
        if status == AnswerStatus::Draft {
            question.push_str(&format!(" ({})", common::ANSWER_DRAFT.get(lang)));
        }
        doc.push(Block::Answer {
            question,
            answer: (!text.trim().is_empty()).then(|| text.to_string()),
            status: status_word(status, lang).into(),
        });
    }
    let known: Vec<&str> = questions.iter().map(|q| q.id.as_str()).collect();
    let orphans: Vec<_> = meeting
        .reflection
        .answers
        .iter()
        .filter(|(id, a)| !known.contains(&id.as_str()) && !a.text.trim().is_empty())
        .collect();
    if !orphans.is_empty() {
        doc.push(Block::Subheading(words::ORPHAN_ANSWERS.get(lang).into()));
        for (id, a) in orphans {
            doc.push(Block::Answer {
                question: words::orphan_question(lang, id),
                answer: Some(a.text.clone()),
                status: status_word(a.status, lang).into(),
            });
        }
    }
}

fn push_agreement(doc: &mut Doc, ws: &Workspace, meeting: &Meeting, content: &Content, lang: Lang) {
    let agreement = &meeting.agreement;
    // At a follow-up, what was agreed last time stands under each topic, beside the proposal.
    let last = ws
        .is_follow_up(&meeting.id)
        .then(|| ws.previous_agreement(&meeting.id))
        .map(|m| m.map(|m| &m.agreement));
    let template = content.agreement(meeting.counterpart);
    let title = template
        .map(|t| t.title.get(lang).to_string())
        .unwrap_or_else(|| common::AGREEMENT.get(lang).into());
    doc.push(Block::Heading(title));
    if let Some(t) = template {
        doc.push(Block::Note(t.intro.get(lang).into()));
    }
    let state_line = match agreement.state {
        AgreementState::Draft => words::AGREEMENT_IS_DRAFT.get(lang).to_string(),
        AgreementState::Ready { ready_on } => {
            words::agreement_ready(lang, &compact_date(ready_on, lang))
        }
        AgreementState::Agreed {
            agreed_on,
            review_on,
        } => words::agreement_agreed(
            lang,
            &compact_date(agreed_on, lang),
            &long_date(review_on, lang),
        ),
    };
    match last {
        Some(Some(previous)) => {
            if let AgreementState::Agreed {
                agreed_on,
                review_on,
            } = previous.state
            {
                doc.push(Block::Para(words::last_agreement(
                    lang,
                    &compact_date(agreed_on, lang),
                    &compact_date(review_on, lang),
                )));
            }
        }
        Some(None) => doc.push(Block::Para(words::NO_EARLIER_AGREEMENT.get(lang).into())),
        None => {}
    }
    doc.push(Block::Para(state_line));
    let hint_for = |template_hint: String, id: &str| match last {
        Some(Some(previous)) => {
            let agreed = previous.agreed(id).trim();
            if agreed.is_empty() {
                words::NOTHING_AGREED_LAST_TIME.get(lang).to_string()
            } else if agreed == agreement.proposal(id).trim() {
                // The proposal carried over unchanged: said once, not twice.
                words::AGREED_LAST_TIME_UNCHANGED.get(lang).to_string()
            } else {
                words::agreed_last_time(lang, agreed)
            }
        }
        _ => template_hint,
    };
    let field_block = |label: String, hint: String, id: &str| Block::Field {
        label,
        hint: hint_for(hint, id),
        proposal: Some(agreement.proposal(id).to_string()),
        agreed: Some(agreement.agreed(id).to_string()),
        ruled_lines: RULED_LINES,
        proposal_label: words::PROPOSAL.get(lang).into(),
        agreed_label: words::AGREED.get(lang).into(),
    };
    let fields = template.map(|t| t.fields.as_slice()).unwrap_or(&[]);
    for f in fields {
        doc.push(field_block(
            f.label.get(lang).into(),
            f.hint.get(lang).into(),
            &f.id,
        ));
    }
    let orphans: Vec<&String> = agreement
        .fields
        .iter()
        .filter(|(id, t)| {
            let known = fields.iter().any(|f| &f.id == *id);
            let blank = t.proposal.trim().is_empty() && t.agreed.trim().is_empty();
            !known && !blank
        })
        .map(|(id, _)| id)
        .collect();
    if !orphans.is_empty() {
        doc.push(Block::Subheading(words::ORPHAN_FIELDS.get(lang).into()));
        for id in orphans {
            doc.push(field_block(
                words::orphan_field(lang, id),
                String::new(),
                id,
            ));
        }
    }
    if !agreement.is_agreed() {
        doc.push(Block::WriteIn {
            label: words::AGREED_ON.get(lang).into(),
            lines: 1,
        });
        doc.push(Block::WriteIn {
            label: words::REVIEW_ON.get(lang).into(),
            lines: 1,
        });
    }
}

/// The plan condensed to phases. At a follow-up (`ahead_of` the meeting's day) the phases that
/// ended before the meeting's week are left out: the time section covers them.
fn push_plan(
    doc: &mut Doc,
    ws: &Workspace,
    plan: &Plan,
    content: &Content,
    lang: Lang,
    ahead_of: Option<NaiveDate>,
) {
    let from = ahead_of.map(crate::planner::usage::IsoWeek::of);
    let shown =
        |span: &&crate::planner::PhaseSpan| from.is_none_or(|w| span.last_monday >= w.monday());
    let Some(course) = content.course(&plan.course_id) else {
        return;
    };
    doc.push(Block::Heading(common::PLAN.get(lang).into()));
    doc.push(Block::Facts(vec![
        (words::COURSE.get(lang).into(), course.name.get(lang).into()),
        (words::START.get(lang).into(), long_date(plan.start, lang)),
        (
            common::WEEKLY_HOURS.get(lang).into(),
            number(plan.weekly_hours, lang),
        ),
        (
            common::STATUS.get(lang).into(),
            plan_words::status(lang, &ws.plan.status),
        ),
    ]));
    let rows: Vec<Vec<String>> = plan
        .spans
        .iter()
        .filter(shown)
        .map(|span| {
            let name = course
                .phases
                .iter()
                .find(|p| p.id == span.phase_id)
                .map(|p| p.name.get(lang).to_string())
                .unwrap_or_else(|| span.phase_id.clone());
            vec![
                name,
                week_range(span.first_monday, span.last_monday, lang),
                number(span.hours_per_week, lang),
                if span.intensive {
                    common::YES.get(lang).into()
                } else {
                    String::new()
                },
            ]
        })
        .collect();
    doc.push(Block::Table {
        headers: vec![
            common::PHASE.get(lang).into(),
            common::WEEKS.get(lang).into(),
            words::HOURS_PER_WEEK.get(lang).into(),
            common::SECRETARIAT.get(lang).into(),
        ],
        rows,
        numeric: vec![2],
    });
    if let Some(week) = from
        && plan.spans.iter().any(|s| !shown(&s))
    {
        doc.push(Block::Note(words::plan_ahead_note(
            lang,
            &week_range(week.monday(), week.monday(), lang),
        )));
    }
    doc.push(Block::Note(course.example_note.get(lang).into()));

    doc.push(Block::Subheading(words::SECRETARIAT_WEEKS.get(lang).into()));
    let secretariat: Vec<_> = plan
        .weeks
        .iter()
        .filter(|w| w.is_secretariat_week())
        .collect();
    if secretariat.is_empty() {
        doc.push(Block::Para(words::NO_SECRETARIAT_WEEKS.get(lang).into()));
    } else {
        let days: u32 = secretariat.iter().map(|w| w.secretariat_days as u32).sum();
        let weeks: Vec<String> =
            group_weeks(&secretariat.iter().map(|w| w.monday).collect::<Vec<_>>())
                .into_iter()
                .map(|(a, b)| week_range(a, b, lang))
                .collect();
        doc.push(Block::Para(words::secretariat_weeks(
            lang,
            &weeks.join(", "),
            days,
        )));
    }
    doc.push(Block::Subheading(common::WARNINGS.get(lang).into()));
    if plan.warnings.is_empty() {
        doc.push(Block::Para(words::NO_WARNINGS.get(lang).into()));
    } else {
        doc.push(Block::Bullets(
            plan.warnings
                .iter()
                .map(|w| plan_words::warning(lang, content, w))
                .collect(),
        ));
    }
}

/// Groups Mondays into runs of consecutive weeks.
fn group_weeks(mondays: &[NaiveDate]) -> Vec<(NaiveDate, NaiveDate)> {
    let mut runs: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    for &m in mondays {
        match runs.last_mut() {
            Some((_, last)) if (m - *last).num_days() == 7 => *last = m,
            _ => runs.push((m, m)),
        }
    }
    runs
}

fn push_milestones(doc: &mut Doc, plan: &Plan, content: &Content, lang: Lang) {
    doc.push(Block::Heading(words::MILESTONES.get(lang).into()));
    let mut facts = Vec::new();
    match plan.test_start {
        Some(start) => {
            facts.push((words::TEST_START.get(lang).into(), long_date(start, lang)));
            let funding_by = start - chrono::Duration::days(7);
            facts.push((
                words::FUNDING.get(lang).into(),
                words::funding_by(lang, &week_range(funding_by, funding_by, lang)),
            ));
        }
        None => facts.push((
            words::TEST_START.get(lang).into(),
            words::NO_TEST_PHASE.get(lang).into(),
        )),
    }
    // The evaluation meeting is held at the start of the phase after the test.
    let after_test = plan
        .spans
        .iter()
        .skip_while(|s| s.kind != WeekKind::Test)
        .find(|s| s.kind == WeekKind::Phase);
    if let Some(span) = after_test {
        let name = content
            .course(&plan.course_id)
            .and_then(|c| c.phases.iter().find(|p| p.id == span.phase_id))
            .map(|p| p.name.get(lang).to_string())
            .unwrap_or_default();
        facts.push((
            words::EVALUATION.get(lang).into(),
            format!(
                "{} ({name})",
                week_range(span.first_monday, span.first_monday, lang)
            ),
        ));
    }
    if let Some(last) = plan.weeks.last() {
        facts.push((
            words::COURSE_END.get(lang).into(),
            week_range(last.monday, last.monday, lang),
        ));
    }
    doc.push(Block::Facts(facts));
    let late: Vec<String> = plan
        .warnings
        .iter()
        .filter(|w| matches!(w, crate::planner::Warning::TestPhaseLate { .. }))
        .map(|w| plan_words::warning(lang, content, w))
        .collect();
    if !late.is_empty() {
        doc.push(Block::Bullets(late));
    }
}

/// What is still not done for this meeting, in plain sentences.
pub fn open_points(
    ws: &Workspace,
    meeting: &Meeting,
    content: &Content,
    plan: Option<&Plan>,
    lang: Lang,
) -> Vec<String> {
    let mut out = Vec::new();
    if meeting.date.is_none() {
        out.push(words::OPEN_NO_DATE.get(lang).into());
    }
    if followup::hand_out_pending(ws, meeting) {
        out.push(words::OPEN_HANDOUT.get(lang).into());
    }
    let ids: Vec<&str> = content
        .questions_for(meeting.counterpart, ws.is_follow_up(&meeting.id))
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    let open = meeting.reflection.open_questions(&ids);
    if !open.is_empty() {
        let numbers: Vec<String> = open.iter().map(|i| (i + 1).to_string()).collect();
        out.push(words::open_questions(
            lang,
            open.len(),
            ids.len(),
            &numbers.join(", "),
        ));
    }
    if let Some(t) = content.agreement(meeting.counterpart) {
        let missing: Vec<&str> = t
            .fields
            .iter()
            .filter(|f| meeting.agreement.proposal(&f.id).trim().is_empty())
            .map(|f| f.label.get(lang))
            .collect();
        if !missing.is_empty() && !meeting.agreement.is_agreed() {
            out.push(words::open_proposals(lang, &missing.join(", ")));
        }
        if matches!(meeting.agreement.state, AgreementState::Draft) {
            out.push(words::OPEN_AGREEMENT_NOT_READY.get(lang).into());
        }
    }
    if meeting.counterpart == Counterpart::Personaleleder {
        if !ws.plan.is_accepted() {
            out.push(words::OPEN_PLAN_NOT_ACCEPTED.get(lang).into());
        }
        match plan.map(|p| p.warnings.len()) {
            None | Some(0) => {}
            Some(1) => out.push(words::OPEN_ONE_WARNING.get(lang).into()),
            Some(n) => out.push(words::open_warnings(lang, n)),
        }
    }
    out
}

/// *Tidsforbrug siden sidst*: the weeks since the last meeting, planned against used, with
/// totals, warnings, a chart and the figures week by week.
fn push_time_since_last(
    doc: &mut Doc,
    ws: &Workspace,
    meeting: &Meeting,
    content: &Content,
    lang: Lang,
    today: NaiveDate,
) {
    doc.push(Block::Heading(words::TIME_SINCE_LAST.get(lang).into()));
    let previous_date = ws.previous_meeting(&meeting.id).and_then(|m| m.date);
    let (Some(since), Some(usage)) = (
        previous_date,
        followup::usage_since_last_meeting(ws, content, &meeting.id, today),
    ) else {
        doc.push(Block::Para(words::NO_DATE_NO_TIME.get(lang).into()));
        return;
    };
    let (Some(first), Some(last)) = (usage.weeks.first(), usage.weeks.last()) else {
        doc.push(Block::Para(words::NO_WEEKS_SINCE.get(lang).into()));
        return;
    };
    doc.push(Block::Para(words::time_since(
        lang,
        &week_range(first.monday, last.monday, lang),
        &compact_date(since, lang),
    )));
    // The logged weeks alone are in the first open point; the totals need not say it twice.
    let only_logged = crate::text::report::LOGGED_WEEKS_ONLY.get(lang);
    let mut totals = report::totals(&usage, lang);
    totals.retain(|(label, _)| label != only_logged);
    doc.push(Block::Facts(totals));
    report::push_warnings(doc, &usage, lang);
    // The chart writes each week's figures: beside the bars in text, under them in HTML.
    doc.push(Block::Chart(report::chart(&usage, lang, true)));
}
