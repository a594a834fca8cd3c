//! The brief a leader prints and brings to a meeting (SPEC §8).

use chrono::NaiveDate;

use super::doc::{Block, Doc};
use super::strings as s;
use super::{DocFormat, ExportError};
use crate::content::Content;
use crate::dates;
use crate::flow::agreement::AgreementState;
use crate::flow::handout::{Channel, DueStatus, HandoutState, due_status};
use crate::flow::reflection::AnswerStatus;
use crate::i18n::number;
use crate::model::{Meeting, Workspace};
use crate::planner::{Plan, WeekKind};
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
        title: match lang {
            Lang::Da => format!("Brief: møde med din {}", c.name_lower(lang)),
            Lang::En => format!("Brief: meeting with your {}", c.name_lower(lang)),
        },
        subtitle: Some(format!("{} · {}", ws.name, ws.network_type.name(lang))),
        lang: lang.code(),
        blocks: Vec::new(),
    };
    doc.push(Block::Facts(header_facts(ws, meeting, lang, today)));

    doc.push(Block::Heading(s::HANDOUT.get(lang).into()));
    doc.push(Block::Para(handout_status(ws, meeting, lang, today)));

    push_reflections(&mut doc, meeting, content, lang);
    push_agreement(&mut doc, meeting, content, lang);

    let plan = ws.plan_weeks(content).ok();
    match (c, &plan) {
        (Counterpart::Personaleleder, Some(plan)) => push_plan(&mut doc, ws, plan, content, lang),
        (Counterpart::Referenceleder, Some(plan)) => push_milestones(&mut doc, plan, content, lang),
        _ => {}
    }

    doc.push(Block::Heading(s::OPEN_POINTS.get(lang).into()));
    let open = open_points(ws, meeting, content, plan.as_ref(), lang);
    if open.is_empty() {
        doc.push(Block::Para(s::NO_OPEN_POINTS.get(lang).into()));
    } else {
        doc.push(Block::Bullets(open));
    }

    if include_private && !meeting.private_notes.trim().is_empty() {
        doc.push(Block::Heading(s::PRIVATE_NOTES.get(lang).into()));
        doc.push(Block::Para(meeting.private_notes.clone()));
    }
    doc
}

fn header_facts(
    ws: &Workspace,
    meeting: &Meeting,
    lang: Lang,
    today: NaiveDate,
) -> Vec<(String, String)> {
    let person = if meeting.person_name.trim().is_empty() {
        s::NAME_MISSING.get(lang).to_string()
    } else {
        meeting.person_name.clone()
    };
    let date = match meeting.date {
        Some(d) => format!(
            "{} ({})",
            dates::long_date(d, lang),
            dates::countdown(today, d, lang)
        ),
        None => s::NOT_DATED.get(lang).into(),
    };
    vec![
        (
            s::NETWORK.get(lang).into(),
            format!("{} ({})", ws.name, ws.network_type.name(lang)),
        ),
        (s::LEADER.get(lang).into(), ws.leader_name.clone()),
        (
            s::COUNTERPART.get(lang).into(),
            format!("{}: {person}", meeting.counterpart.name(lang)),
        ),
        (s::MEETING_DATE.get(lang).into(), date),
        (
            s::PRINTED.get(lang).into(),
            dates::date_with_weekday(today, lang),
        ),
    ]
}

pub fn channel_name(channel: Channel, lang: Lang) -> &'static str {
    match channel {
        Channel::InPerson => lang.pick("personligt", "in person"),
        Channel::Email => lang.pick("på e-mail", "by e-mail"),
        Channel::InternalMail => lang.pick("med intern post", "by internal mail"),
    }
}

/// One sentence on where the pamphlet is: prepared, handed out (when, how) or due.
pub fn handout_status(ws: &Workspace, meeting: &Meeting, lang: Lang, today: NaiveDate) -> String {
    let cal = ws.calendar();
    let pamphlet = lang.pick("Pjecen", "The pamphlet");
    let mut out = match &meeting.handout {
        HandoutState::NotPrepared => lang
            .pick(
                "Pjecen er ikke lavet endnu.",
                "The pamphlet has not been made yet.",
            )
            .to_string(),
        HandoutState::Prepared { prepared_on } => match lang {
            Lang::Da => format!(
                "Pjecen blev lavet {}, men er ikke afleveret endnu.",
                dates::compact_date(*prepared_on, lang)
            ),
            Lang::En => format!(
                "The pamphlet was made on {} but has not been handed over yet.",
                dates::compact_date(*prepared_on, lang)
            ),
        },
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
            let verb = lang.pick("blev afleveret", "was handed over");
            let mut line = format!(
                "{pamphlet} {verb} {} {}.",
                dates::date_with_weekday(*handed_out_on, lang),
                channel_name(*channel, lang)
            );
            if matches!(meeting.handout, HandoutState::Discussed { .. }) {
                line.push(' ');
                line.push_str(lang.pick(
                    "Den er drøftet på mødet.",
                    "It was discussed at the meeting.",
                ));
            }
            line
        }
    };
    let due = due_status(
        &meeting.handout,
        meeting.date,
        ws.settings.handout_working_days_before,
        today,
        &cal,
    );
    let due_line = match due {
        DueStatus::Later { due } | DueStatus::DueSoon { due } => Some(match lang {
            Lang::Da => format!("Den skal afleveres senest {}.", dates::long_date(due, lang)),
            Lang::En => format!(
                "It should be handed over by {}.",
                dates::long_date(due, lang)
            ),
        }),
        DueStatus::Overdue { due } => Some(match lang {
            Lang::Da => format!(
                "Den skulle have været afleveret senest {} – aflever den hurtigst muligt.",
                dates::long_date(due, lang)
            ),
            Lang::En => format!(
                "It should have been handed over by {} – hand it over as soon as you can.",
                dates::long_date(due, lang)
            ),
        }),
        DueStatus::Undated | DueStatus::Done => None,
    };
    if let Some(l) = due_line {
        out.push(' ');
        out.push_str(&l);
    }
    out
}

fn status_word(status: AnswerStatus, lang: Lang) -> &'static str {
    match status {
        AnswerStatus::Empty => s::NOT_ANSWERED.get(lang),
        AnswerStatus::Draft => s::DRAFT.get(lang),
        AnswerStatus::Answered => "",
        AnswerStatus::Skipped => s::SKIPPED.get(lang),
    }
}

fn push_reflections(doc: &mut Doc, meeting: &Meeting, content: &Content, lang: Lang) {
    doc.push(Block::Heading(s::REFLECTIONS.get(lang).into()));
    let questions = content.questions(meeting.counterpart);
    for (i, q) in questions.iter().enumerate() {
        let status = meeting.reflection.status(&q.id);
        let text = meeting.reflection.text(&q.id);
        let mut question = format!("{}. {}", i + 1, q.text.get(lang));
        if status == AnswerStatus::Draft {
            question.push_str(&format!(" ({})", s::DRAFT.get(lang)));
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
        doc.push(Block::Subheading(s::ORPHAN_ANSWERS.get(lang).into()));
        for (id, a) in orphans {
            doc.push(Block::Answer {
                question: format!("{} «{id}»", s::ORPHAN_QUESTION.get(lang)),
                answer: Some(a.text.clone()),
                status: status_word(a.status, lang).into(),
            });
        }
    }
}

fn push_agreement(doc: &mut Doc, meeting: &Meeting, content: &Content, lang: Lang) {
    let agreement = &meeting.agreement;
    let template = content.agreement(meeting.counterpart);
    let title = template
        .map(|t| t.title.get(lang).to_string())
        .unwrap_or_else(|| s::AGREEMENT.get(lang).into());
    doc.push(Block::Heading(title));
    if let Some(t) = template {
        doc.push(Block::Note(t.intro.get(lang).into()));
    }
    let state_line = match agreement.state {
        AgreementState::Draft => lang
            .pick(
                "Status: kladde – ikke markeret klar endnu.",
                "Status: draft – not marked ready yet.",
            )
            .to_string(),
        AgreementState::Ready { ready_on } => match lang {
            Lang::Da => format!(
                "Status: klar til mødet (markeret {}).",
                dates::compact_date(ready_on, lang)
            ),
            Lang::En => format!(
                "Status: ready for the meeting (marked {}).",
                dates::compact_date(ready_on, lang)
            ),
        },
        AgreementState::Agreed {
            agreed_on,
            review_on,
        } => match lang {
            Lang::Da => format!(
                "Status: indgået {}; følges op {}.",
                dates::compact_date(agreed_on, lang),
                dates::long_date(review_on, lang)
            ),
            Lang::En => format!(
                "Status: agreed on {}; to be reviewed {}.",
                dates::compact_date(agreed_on, lang),
                dates::long_date(review_on, lang)
            ),
        },
    };
    doc.push(Block::Para(state_line));
    let field_block = |label: String, hint: String, id: &str| Block::Field {
        label,
        hint,
        proposal: Some(agreement.proposal(id).to_string()),
        agreed: Some(agreement.agreed(id).to_string()),
        ruled_lines: RULED_LINES,
        proposal_label: s::PROPOSAL.get(lang).into(),
        agreed_label: s::AGREED.get(lang).into(),
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
        doc.push(Block::Subheading(s::ORPHAN_FIELDS.get(lang).into()));
        for id in orphans {
            doc.push(field_block(format!("«{id}»"), String::new(), id));
        }
    }
    if !agreement.is_agreed() {
        doc.push(Block::WriteIn {
            label: s::AGREED_ON.get(lang).into(),
            lines: 1,
        });
        doc.push(Block::WriteIn {
            label: s::REVIEW_ON.get(lang).into(),
            lines: 1,
        });
    }
}

fn plan_status(ws: &Workspace, lang: Lang) -> String {
    use crate::flow::plan::PlanStatus;
    match ws.plan.status {
        PlanStatus::Draft => lang
            .pick("kladde – ikke godkendt", "draft – not accepted")
            .into(),
        PlanStatus::Accepted { accepted_on } => match lang {
            Lang::Da => format!("godkendt {}", dates::compact_date(accepted_on, lang)),
            Lang::En => format!("accepted {}", dates::compact_date(accepted_on, lang)),
        },
        PlanStatus::ChangedSinceAccepted { accepted_on } => match lang {
            Lang::Da => format!(
                "ændret siden godkendelsen {}",
                dates::compact_date(accepted_on, lang)
            ),
            Lang::En => format!(
                "changed since it was accepted on {}",
                dates::compact_date(accepted_on, lang)
            ),
        },
    }
}

fn push_plan(doc: &mut Doc, ws: &Workspace, plan: &Plan, content: &Content, lang: Lang) {
    let Some(course) = content.course(&plan.course_id) else {
        return;
    };
    doc.push(Block::Heading(s::PLAN.get(lang).into()));
    doc.push(Block::Facts(vec![
        (s::COURSE.get(lang).into(), course.name.get(lang).into()),
        (
            s::START.get(lang).into(),
            dates::long_date(plan.start, lang),
        ),
        (
            s::WEEKLY_HOURS.get(lang).into(),
            number(plan.weekly_hours, lang),
        ),
        (s::PLAN_STATUS.get(lang).into(), plan_status(ws, lang)),
    ]));
    let rows: Vec<Vec<String>> = plan
        .spans
        .iter()
        .map(|span| {
            let name = course
                .phases
                .iter()
                .find(|p| p.id == span.phase_id)
                .map(|p| p.name.get(lang).to_string())
                .unwrap_or_else(|| span.phase_id.clone());
            vec![
                name,
                dates::week_range(span.first_monday, span.last_monday, lang),
                number(span.hours_per_week, lang),
                if span.intensive {
                    s::YES.get(lang).into()
                } else {
                    String::new()
                },
            ]
        })
        .collect();
    doc.push(Block::Table {
        headers: vec![
            s::PHASE.get(lang).into(),
            s::WEEKS.get(lang).into(),
            s::HOURS_PER_WEEK.get(lang).into(),
            s::AT_SECRETARIAT.get(lang).into(),
        ],
        rows,
        numeric: vec![2],
    });
    doc.push(Block::Note(course.example_note.get(lang).into()));

    doc.push(Block::Subheading(s::SECRETARIAT_WEEKS.get(lang).into()));
    let secretariat: Vec<_> = plan
        .weeks
        .iter()
        .filter(|w| w.is_secretariat_week())
        .collect();
    if secretariat.is_empty() {
        doc.push(Block::Para(s::NO_SECRETARIAT_WEEKS.get(lang).into()));
    } else {
        let days: u32 = secretariat.iter().map(|w| w.secretariat_days as u32).sum();
        let weeks: Vec<String> =
            group_weeks(&secretariat.iter().map(|w| w.monday).collect::<Vec<_>>())
                .into_iter()
                .map(|(a, b)| dates::week_range(a, b, lang))
                .collect();
        doc.push(Block::Para(match lang {
            Lang::Da => format!("{} – i alt cirka {days} dage.", weeks.join(", ")),
            Lang::En => format!("{} – about {days} days in all.", weeks.join(", ")),
        }));
    }
    doc.push(Block::Subheading(s::WARNINGS.get(lang).into()));
    if plan.warnings.is_empty() {
        doc.push(Block::Para(s::NO_WARNINGS.get(lang).into()));
    } else {
        doc.push(Block::Bullets(
            plan.warnings
                .iter()
                .map(|w| super::plan::warning_text(w, lang))
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
    doc.push(Block::Heading(s::MILESTONES.get(lang).into()));
    let mut facts = Vec::new();
    match plan.test_start {
        Some(start) => {
            facts.push((
                s::TEST_START.get(lang).into(),
                dates::long_date(start, lang),
            ));
            let funding_by = start - chrono::Duration::days(7);
            facts.push((
                s::FUNDING.get(lang).into(),
                match lang {
                    Lang::Da => format!(
                        "skal være på plads senest {}",
                        dates::week_range(funding_by, funding_by, lang)
                    ),
                    Lang::En => format!(
                        "must be in place by {}",
                        dates::week_range(funding_by, funding_by, lang)
                    ),
                },
            ));
        }
        None => facts.push((
            s::TEST_START.get(lang).into(),
            s::NO_TEST_PHASE.get(lang).into(),
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
            s::EVALUATION.get(lang).into(),
            format!(
                "{} ({name})",
                dates::week_range(span.first_monday, span.first_monday, lang)
            ),
        ));
    }
    if let Some(last) = plan.weeks.last() {
        facts.push((
            s::COURSE_END.get(lang).into(),
            dates::week_range(last.monday, last.monday, lang),
        ));
    }
    doc.push(Block::Facts(facts));
    let late: Vec<String> = plan
        .warnings
        .iter()
        .filter(|w| matches!(w, crate::planner::Warning::TestPhaseLate { .. }))
        .map(|w| super::plan::warning_text(w, lang))
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
        out.push(
            lang.pick(
                "Mødet har ingen dato endnu.",
                "The meeting has no date yet.",
            )
            .into(),
        );
    }
    if !meeting.handout.is_handed_out() {
        out.push(
            lang.pick(
                "Pjecen er ikke afleveret.",
                "The pamphlet has not been handed over.",
            )
            .into(),
        );
    }
    let ids: Vec<&str> = content
        .questions(meeting.counterpart)
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    let open = meeting.reflection.open_questions(&ids);
    if !open.is_empty() {
        let numbers: Vec<String> = open.iter().map(|i| (i + 1).to_string()).collect();
        out.push(match lang {
            Lang::Da => format!(
                "{} af {} refleksionsspørgsmål er ikke besvaret (nr. {}).",
                open.len(),
                ids.len(),
                numbers.join(", ")
            ),
            Lang::En => format!(
                "{} of {} reflection questions are not answered (no. {}).",
                open.len(),
                ids.len(),
                numbers.join(", ")
            ),
        });
    }
    if let Some(t) = content.agreement(meeting.counterpart) {
        let missing: Vec<&str> = t
            .fields
            .iter()
            .filter(|f| meeting.agreement.proposal(&f.id).trim().is_empty())
            .map(|f| f.label.get(lang))
            .collect();
        if !missing.is_empty() && !meeting.agreement.is_agreed() {
            out.push(match lang {
                Lang::Da => format!("Ingen forslag endnu til: {}.", missing.join(", ")),
                Lang::En => format!("No proposal yet for: {}.", missing.join(", ")),
            });
        }
        if matches!(meeting.agreement.state, AgreementState::Draft) {
            out.push(
                lang.pick(
                    "Samarbejdsaftalen er ikke markeret klar.",
                    "The collaboration agreement is not marked ready.",
                )
                .into(),
            );
        }
    }
    if meeting.counterpart == Counterpart::Personaleleder {
        if !ws.plan.is_accepted() {
            out.push(
                lang.pick(
                    "Arbejdsplanen er ikke godkendt.",
                    "The workload plan is not accepted.",
                )
                .into(),
            );
        }
        if let Some(p) = plan
            && !p.warnings.is_empty()
        {
            let n = p.warnings.len();
            out.push(match (lang, n) {
                (Lang::Da, 1) => "Arbejdsplanen har 1 advarsel – se ovenfor.".into(),
                (Lang::Da, n) => format!("Arbejdsplanen har {n} advarsler – se ovenfor."),
                (Lang::En, 1) => "The workload plan has 1 warning – see above.".into(),
                (Lang::En, n) => format!("The workload plan has {n} warnings – see above."),
            });
        }
    }
    out
}
