//! The one thing a leader should do next, across all three counterparts and the plan. The
//! dashboard shows it as a sentence; the rule lives here so it is the same everywhere.

use chrono::NaiveDate;

use crate::content::Content;
use crate::flow::agreement::AgreementState;
use crate::flow::handout::{DueStatus, due_status};
use crate::model::{Meeting, Workspace};
use crate::planner::usage::IsoWeek;
use crate::vocab::Counterpart;

use super::followup::{carry_over, pamphlet_handed_out_earlier};

/// How many days ahead a meeting counts as "coming up", so its preparation comes first.
pub const SOON_DAYS: i64 = 14;
/// How many days ahead an agreement's review date makes it time to set up the follow-up.
pub const REVIEW_SOON_DAYS: i64 = 14;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NextStep {
    /// The pamphlet should already have been handed out.
    HandOutOverdue {
        counterpart: Counterpart,
        due: NaiveDate,
    },
    /// Hand the pamphlet out by this day.
    HandOutBy {
        counterpart: Counterpart,
        due: NaiveDate,
    },
    /// Answer the open reflection questions before the meeting.
    Reflect {
        counterpart: Counterpart,
        open: usize,
        meeting: NaiveDate,
    },
    /// Write proposals for the agreement.
    ProposeAgreement {
        counterpart: Counterpart,
        meeting: NaiveDate,
    },
    /// The agreement has proposals but is not marked ready to bring.
    MarkAgreementReady {
        counterpart: Counterpart,
        meeting: NaiveDate,
    },
    /// Prepare a follow-up meeting coming up: its follow-up questions are not all answered,
    /// and the last meeting left `carry_over` points (see `guide::followup::carry_over`).
    PrepareFollowUp {
        counterpart: Counterpart,
        meeting: NaiveDate,
        open_questions: usize,
        carry_over: usize,
    },
    /// The last agreement with the counterpart is to be reviewed on `review_on` (within two
    /// weeks, or already passed) and no follow-up meeting is set up: add one (it is proposed
    /// on that date).
    ReviewDue {
        counterpart: Counterpart,
        review_on: NaiveDate,
    },
    /// The meeting was held, and what was agreed there is not written down yet (the agreement is
    /// not marked agreed).
    RecordAgreement {
        counterpart: Counterpart,
        meeting: NaiveDate,
    },
    /// Last week is a week of the plan with working days and has no entry in the time log.
    LogLastWeek { week: IsoWeek, planned_hours: f64 },
    /// The meeting has no date yet.
    SetDate { counterpart: Counterpart },
    /// A meeting with the personaleleder is coming up and the workload plan is not accepted
    /// (or changed since): the time balance is talked over from the plan, so finish it first.
    PlanBeforeMeeting {
        counterpart: Counterpart,
        meeting: NaiveDate,
    },
    /// The workload plan is not accepted (or changed since).
    AcceptPlan,
    /// Nothing is waiting.
    AllDone,
}

/// Picks the next step: late or nearly due hand-outs first, then the preparation of the
/// nearest meeting within two weeks, an agreement due for review, last week's hours, then
/// hand-outs due later, undated meetings, the plan and the preparation of meetings further
/// ahead. A follow-up whose counterpart already has the pamphlet has no hand-out step.
pub fn next_step(ws: &Workspace, content: &Content, today: NaiveDate) -> NextStep {
    let calendar = ws.calendar();
    let current: Vec<&Meeting> = Counterpart::ALL
        .iter()
        .filter_map(|c| ws.current_meeting(*c, today))
        .collect();
    let due: Vec<(DueStatus, Counterpart)> = current
        .iter()
        .map(|m| {
            // A meeting already held gives `DueStatus::MeetingHeld`: nothing to hand out.
            let status = if pamphlet_handed_out_earlier(ws, &m.id).is_some() {
                DueStatus::Done
            } else {
                due_status(
                    &m.handout,
                    m.date,
                    ws.settings.handout_working_days_before,
                    today,
                    &calendar,
                )
            };
            (status, m.counterpart)
        })
        .collect();
    let earliest = |pick: fn(&DueStatus) -> Option<NaiveDate>| {
        due.iter()
            .filter_map(|(st, c)| pick(st).map(|d| (d, *c)))
            .min()
    };
    if let Some((due, counterpart)) = earliest(|st| match st {
        DueStatus::Overdue { due } => Some(*due),
        _ => None,
    }) {
        return NextStep::HandOutOverdue { counterpart, due };
    }
    if let Some((due, counterpart)) = earliest(|st| match st {
        DueStatus::DueSoon { due } => Some(*due),
        _ => None,
    }) {
        return NextStep::HandOutBy { counterpart, due };
    }
    let mut upcoming: Vec<&Meeting> = current
        .iter()
        .copied()
        .filter(|m| m.date.is_some_and(|d| d >= today))
        .collect();
    upcoming.sort_by_key(|m| m.date);
    let (soon, later): (Vec<&Meeting>, Vec<&Meeting>) = upcoming
        .into_iter()
        .partition(|m| m.date.is_some_and(|d| (d - today).num_days() <= SOON_DAYS));
    if let Some(step) = soon.iter().find_map(|m| preparation(ws, m, content, today)) {
        return step;
    }
    if let Some(step) = record_agreement(ws, today) {
        return step;
    }
    if let Some(step) = review_due(ws, today) {
        return step;
    }
    if let Some(step) = log_last_week(ws, content, today) {
        return step;
    }
    if let Some((due, counterpart)) = earliest(|st| match st {
        DueStatus::Later { due } => Some(*due),
        _ => None,
    }) {
        return NextStep::HandOutBy { counterpart, due };
    }
    if let Some(m) = current.iter().find(|m| m.date.is_none()) {
        return NextStep::SetDate {
            counterpart: m.counterpart,
        };
    }
    if !ws.plan.is_accepted() {
        return NextStep::AcceptPlan;
    }
    later
        .iter()
        .find_map(|m| preparation(ws, m, content, today))
        .unwrap_or(NextStep::AllDone)
}

/// The oldest counterpart's last held meeting whose agreement is not written down as agreed.
fn record_agreement(ws: &Workspace, today: NaiveDate) -> Option<NextStep> {
    Counterpart::ALL
        .iter()
        .filter_map(|c| {
            let held = ws
                .meetings_with(*c)
                .filter(|m| m.date.is_some_and(|d| d < today))
                .max_by_key(|m| m.date)?;
            let date = held.date?;
            (!matches!(held.agreement.state, AgreementState::Agreed { .. })).then_some((date, *c))
        })
        .min()
        .map(|(meeting, counterpart)| NextStep::RecordAgreement {
            counterpart,
            meeting,
        })
}

/// What is left to prepare for one dated meeting: for the personaleleder the workload plan
/// first (the time balance, the Sekretariat weeks and the reflection on them all start from
/// it), then reflection (for a follow-up: the follow-up questions and the points carried over),
/// then proposals, then ready.
fn preparation(
    ws: &Workspace,
    m: &Meeting,
    content: &Content,
    today: NaiveDate,
) -> Option<NextStep> {
    let meeting = m.date?;
    let counterpart = m.counterpart;
    if counterpart == Counterpart::Personaleleder && !ws.plan.is_accepted() {
        return Some(NextStep::PlanBeforeMeeting {
            counterpart,
            meeting,
        });
    }
    let follow_up = ws.is_follow_up(&m.id);
    let questions: Vec<&str> = content
        .questions_for(counterpart, follow_up)
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    let open = m.reflection.open_questions(&questions).len();
    if open > 0 && !m.reflection.is_finished() {
        if follow_up {
            return Some(NextStep::PrepareFollowUp {
                counterpart,
                meeting,
                open_questions: open,
                carry_over: carry_over(ws, content, &m.id, today).len(),
            });
        }
        return Some(NextStep::Reflect {
            counterpart,
            open,
            meeting,
        });
    }
    let fields: Vec<&str> = content
        .agreement(counterpart)
        .map(|t| t.fields.iter().map(|f| f.id.as_str()).collect())
        .unwrap_or_default();
    if m.agreement.state == AgreementState::Draft {
        if !fields.is_empty() && m.agreement.proposed_count(&fields) == 0 {
            return Some(NextStep::ProposeAgreement {
                counterpart,
                meeting,
            });
        }
        return Some(NextStep::MarkAgreementReady {
            counterpart,
            meeting,
        });
    }
    None
}

/// The earliest review date within [`REVIEW_SOON_DAYS`] (or passed) of a counterpart's last
/// agreement, when no meeting has been added after the one it was made at.
fn review_due(ws: &Workspace, today: NaiveDate) -> Option<NextStep> {
    Counterpart::ALL
        .iter()
        .filter_map(|&counterpart| {
            let agreed_at = ws.last_agreed_meeting(counterpart)?;
            let is_last = ws
                .meetings_with(counterpart)
                .last()
                .is_some_and(|m| m.id == agreed_at.id);
            let review_on = ws.proposed_follow_up_date(counterpart)?;
            (is_last && (review_on - today).num_days() <= REVIEW_SOON_DAYS).then_some(
                NextStep::ReviewDue {
                    counterpart,
                    review_on,
                },
            )
        })
        .min_by_key(|step| match step {
            NextStep::ReviewDue { review_on, .. } => Some(*review_on),
            _ => None,
        })
}

/// Last week's hours, while the plan runs: last week is in the plan, has working days and has
/// no entry yet.
fn log_last_week(ws: &Workspace, content: &Content, today: NaiveDate) -> Option<NextStep> {
    let week = IsoWeek::of(today - chrono::Duration::days(7));
    if ws.time_log.get(week).is_some() {
        return None;
    }
    let plan = ws.plan_weeks(content).ok()?;
    let row = plan.week(week.year(), week.week())?;
    (row.working_days > 0).then_some(NextStep::LogLastWeek {
        week,
        planned_hours: row.network_hours,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::agreement::FieldText;
    use crate::flow::handout::{Channel, HandoutState};
    use crate::flow::plan::{PlanDraft, PlanStatus};
    use crate::flow::reflection::{Answer, AnswerStatus, ReflectionStep};
    use crate::planner::PlanSettings;
    use crate::planner::usage::LogEntry;
    use crate::vocab::NetworkType;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, m, day).unwrap()
    }

    fn content() -> Content {
        Content::embedded().expect("embedded content")
    }

    fn workspace() -> Workspace {
        Workspace::new(
            "t".into(),
            "Tema".into(),
            NetworkType::Velfaerd,
            "Mette".into(),
            PlanDraft::new(PlanSettings::new("velfaerd", d(1, 4))),
            chrono::Utc::now(),
        )
    }

    fn meeting(ws: &mut Workspace, c: Counterpart) -> &mut Meeting {
        ws.meetings.iter_mut().find(|m| m.counterpart == c).unwrap()
    }

    fn handed_out() -> HandoutState {
        HandoutState::HandedOut {
            prepared_on: None,
            handed_out_on: d(1, 5),
            channel: Channel::Email,
        }
    }

    fn fully_prepared(m: &mut Meeting, content: &Content) {
        m.handout = handed_out();
        for q in content.questions(m.counterpart) {
            m.reflection.answers.insert(
                q.id.clone(),
                Answer {
                    text: "svar".into(),
                    status: AnswerStatus::Answered,
                    cursor: None,
                },
            );
        }
        m.reflection.step = ReflectionStep::Review;
        m.agreement.fields.insert(
            "x".into(),
            FieldText {
                proposal: "forslag".into(),
                agreed: String::new(),
            },
        );
        m.agreement.state = AgreementState::Ready { ready_on: d(1, 6) };
    }

    #[test]
    fn a_new_workspace_starts_with_setting_a_date() {
        assert_eq!(
            next_step(&workspace(), &content(), d(1, 6)),
            NextStep::SetDate {
                counterpart: Counterpart::Personaleleder
            }
        );
    }

    #[test]
    fn an_overdue_hand_out_comes_before_everything() {
        let mut ws = workspace();
        meeting(&mut ws, Counterpart::Referenceleder).date = Some(d(1, 14));
        meeting(&mut ws, Counterpart::Personaleleder).date = Some(d(1, 12));
        // Today 11 January: the personaleleder's due date (5 January) has passed.
        assert_eq!(
            next_step(&ws, &content(), d(1, 11)),
            NextStep::HandOutOverdue {
                counterpart: Counterpart::Personaleleder,
                due: d(1, 5)
            }
        );
    }

    #[test]
    fn a_pamphlet_for_a_meeting_already_held_is_no_longer_asked_for() {
        let mut ws = workspace();
        meeting(&mut ws, Counterpart::Referenceleder).date = Some(d(1, 26));
        // Today 3 March: the meeting was on 26 January and its pamphlet never went out.
        let step = next_step(&ws, &content(), d(3, 3));
        assert!(
            !matches!(
                step,
                NextStep::HandOutOverdue { .. } | NextStep::HandOutBy { .. }
            ),
            "{step:?}"
        );
        // The day of the meeting itself it is still asked for.
        assert!(matches!(
            next_step(&ws, &content(), d(1, 26)),
            NextStep::HandOutOverdue {
                counterpart: Counterpart::Referenceleder,
                ..
            }
        ));
    }

    #[test]
    fn a_hand_out_due_within_days_comes_before_reflection() {
        let mut ws = workspace();
        meeting(&mut ws, Counterpart::Referenceleder).date = Some(d(1, 26));
        // Due Tuesday 19 January; today Saturday 16 January.
        assert_eq!(
            next_step(&ws, &content(), d(1, 16)),
            NextStep::HandOutBy {
                counterpart: Counterpart::Referenceleder,
                due: d(1, 19)
            }
        );
    }

    fn accept_plan(ws: &mut Workspace) {
        ws.plan.status = PlanStatus::Accepted {
            accepted_on: d(1, 6),
        };
    }

    #[test]
    fn the_nearest_meeting_s_preparation_goes_reflection_proposals_ready() {
        let c = content();
        let mut ws = workspace();
        accept_plan(&mut ws);
        let m = meeting(&mut ws, Counterpart::Personaleleder);
        m.date = Some(d(1, 18));
        m.handout = handed_out();
        let today = d(1, 12);
        assert!(matches!(
            next_step(&ws, &c, today),
            NextStep::Reflect { open: 9, .. }
        ));
        let m = meeting(&mut ws, Counterpart::Personaleleder);
        m.reflection.step = ReflectionStep::Finished { on: today };
        assert!(matches!(
            next_step(&ws, &c, today),
            NextStep::ProposeAgreement { .. }
        ));
        let m = meeting(&mut ws, Counterpart::Personaleleder);
        m.agreement.fields.insert(
            "netvaerkstimer".into(),
            FieldText {
                proposal: "10 timer".into(),
                agreed: String::new(),
            },
        );
        assert!(matches!(
            next_step(&ws, &c, today),
            NextStep::MarkAgreementReady { .. }
        ));
    }

    #[test]
    fn before_the_personaleleder_meeting_the_plan_comes_first_until_it_is_accepted() {
        let c = content();
        let mut ws = workspace();
        let m = meeting(&mut ws, Counterpart::Personaleleder);
        m.date = Some(d(1, 18));
        m.handout = handed_out();
        let today = d(1, 12);
        let plan_first = NextStep::PlanBeforeMeeting {
            counterpart: Counterpart::Personaleleder,
            meeting: d(1, 18),
        };
        assert_eq!(next_step(&ws, &c, today), plan_first);
        // Accepted, the reflection is next.
        accept_plan(&mut ws);
        assert!(matches!(
            next_step(&ws, &c, today),
            NextStep::Reflect { open: 9, .. }
        ));
        // Changed since it was accepted: the plan again.
        ws.plan.status = PlanStatus::ChangedSinceAccepted {
            accepted_on: d(1, 6),
        };
        assert_eq!(next_step(&ws, &c, today), plan_first);
        // Even with everything else for the meeting done.
        fully_prepared(meeting(&mut ws, Counterpart::Personaleleder), &c);
        assert_eq!(next_step(&ws, &c, today), plan_first);
    }

    #[test]
    fn the_plan_does_not_stand_in_front_of_the_other_counterparts_meetings() {
        let c = content();
        let mut ws = workspace();
        let m = meeting(&mut ws, Counterpart::Referenceleder);
        m.date = Some(d(1, 18));
        m.handout = handed_out();
        assert!(matches!(
            next_step(&ws, &c, d(1, 12)),
            NextStep::Reflect {
                counterpart: Counterpart::Referenceleder,
                ..
            }
        ));
    }

    #[test]
    fn a_hand_out_due_comes_before_the_plan() {
        let c = content();
        let mut ws = workspace();
        meeting(&mut ws, Counterpart::Personaleleder).date = Some(d(1, 18));
        // Due Monday 11 January (five working days before); today Friday 8 January.
        assert!(matches!(
            next_step(&ws, &c, d(1, 8)),
            NextStep::HandOutBy {
                counterpart: Counterpart::Personaleleder,
                ..
            }
        ));
    }

    #[test]
    fn a_follow_up_with_the_personaleleder_needs_the_plan_accepted_again() {
        let c = content();
        let mut ws = workspace();
        agreed_first_meeting(&mut ws, &c);
        ws.add_meeting(Counterpart::Personaleleder);
        ws.plan.status = PlanStatus::ChangedSinceAccepted {
            accepted_on: d(1, 6),
        };
        assert_eq!(
            next_step(&ws, &c, d(3, 1)),
            NextStep::PlanBeforeMeeting {
                counterpart: Counterpart::Personaleleder,
                meeting: d(3, 15),
            }
        );
    }

    #[test]
    fn with_every_meeting_prepared_the_plan_is_next_and_then_nothing() {
        let c = content();
        let mut ws = workspace();
        for (i, cp) in Counterpart::ALL.into_iter().enumerate() {
            let m = meeting(&mut ws, cp);
            m.date = Some(d(2, 1 + i as u32));
            fully_prepared(m, &c);
        }
        // Week 1 is over and not logged.
        assert!(matches!(
            next_step(&ws, &c, d(1, 12)),
            NextStep::LogLastWeek { week, .. } if week == IsoWeek::new(2027, 1).unwrap()
        ));
        ws.time_log
            .record(IsoWeek::new(2027, 1).unwrap(), LogEntry::new(6.0))
            .unwrap();
        assert_eq!(next_step(&ws, &c, d(1, 12)), NextStep::AcceptPlan);
        ws.plan.status = PlanStatus::Accepted {
            accepted_on: d(1, 6),
        };
        assert_eq!(next_step(&ws, &c, d(1, 12)), NextStep::AllDone);
    }

    #[test]
    fn nothing_to_log_before_the_plan_starts_or_in_a_week_without_working_days() {
        let c = content();
        let mut ws = workspace();
        for (i, cp) in Counterpart::ALL.into_iter().enumerate() {
            let m = meeting(&mut ws, cp);
            m.date = Some(d(2, 1 + i as u32));
            fully_prepared(m, &c);
        }
        // 6 January: last week was 2026's week 53, before the plan.
        assert_eq!(next_step(&ws, &c, d(1, 6)), NextStep::AcceptPlan);
        // A vacation covering all of week 2: nothing to log for it on 18 January, when the
        // personaleleder meeting on 1 February is two weeks away and wants the plan.
        ws.plan.settings.vacations.push(crate::planner::Vacation {
            first: d(1, 11),
            last: d(1, 15),
        });
        assert_eq!(
            next_step(&ws, &c, d(1, 18)),
            NextStep::PlanBeforeMeeting {
                counterpart: Counterpart::Personaleleder,
                meeting: d(2, 1)
            }
        );
    }

    /// The personaleleder meeting on 18 January agreed, to be reviewed on 15 March; the other
    /// two held the next days and agreed, to be reviewed in June.
    fn agreed_first_meeting(ws: &mut Workspace, c: &Content) {
        for (i, cp) in Counterpart::ALL.into_iter().enumerate() {
            let m = meeting(ws, cp);
            m.date = Some(d(1, 18 + i as u32));
            fully_prepared(m, c);
            m.agreement.state = AgreementState::Agreed {
                agreed_on: d(1, 18 + i as u32),
                review_on: d(6, 1),
            };
        }
        meeting(ws, Counterpart::Personaleleder).agreement.state = AgreementState::Agreed {
            agreed_on: d(1, 18),
            review_on: d(3, 15),
        };
        ws.plan.status = PlanStatus::Accepted {
            accepted_on: d(1, 6),
        };
        let plan = ws.plan_weeks(c).unwrap();
        for w in &plan.weeks {
            ws.time_log
                .record(IsoWeek::of(w.monday), LogEntry::new(5.0))
                .unwrap();
        }
    }

    #[test]
    fn after_a_meeting_the_next_step_is_to_write_down_what_was_agreed() {
        let c = content();
        let mut ws = workspace();
        agreed_first_meeting(&mut ws, &c);
        // The referenceleder meeting on 19 January was held, but nothing is written down.
        meeting(&mut ws, Counterpart::Referenceleder)
            .agreement
            .state = AgreementState::Ready { ready_on: d(1, 6) };
        assert_eq!(
            next_step(&ws, &c, d(1, 20)),
            NextStep::RecordAgreement {
                counterpart: Counterpart::Referenceleder,
                meeting: d(1, 19)
            }
        );
        // On the day of the meeting it is not held yet.
        assert_ne!(
            next_step(&ws, &c, d(1, 19)),
            NextStep::RecordAgreement {
                counterpart: Counterpart::Referenceleder,
                meeting: d(1, 19)
            }
        );
        // Written down, the guide moves on.
        meeting(&mut ws, Counterpart::Referenceleder)
            .agreement
            .state = AgreementState::Agreed {
            agreed_on: d(1, 19),
            review_on: d(6, 1),
        };
        assert_eq!(next_step(&ws, &c, d(2, 15)), NextStep::AllDone);
    }

    #[test]
    fn an_agreement_due_for_review_asks_for_the_follow_up_meeting() {
        let c = content();
        let mut ws = workspace();
        agreed_first_meeting(&mut ws, &c);
        // Mid-February the review is a month away: nothing yet.
        assert_eq!(next_step(&ws, &c, d(2, 15)), NextStep::AllDone);
        // Two weeks before, it is time to set up the follow-up.
        assert_eq!(
            next_step(&ws, &c, d(3, 1)),
            NextStep::ReviewDue {
                counterpart: Counterpart::Personaleleder,
                review_on: d(3, 15)
            }
        );
        // Once it is added (on the review date), its preparation is the step.
        ws.add_meeting(Counterpart::Personaleleder);
        assert!(matches!(
            next_step(&ws, &c, d(3, 1)),
            NextStep::PrepareFollowUp {
                counterpart: Counterpart::Personaleleder,
                open_questions: 6,
                ..
            }
        ));
    }

    #[test]
    fn a_follow_up_whose_counterpart_has_the_pamphlet_has_no_hand_out_step() {
        let c = content();
        let mut ws = workspace();
        agreed_first_meeting(&mut ws, &c);
        ws.add_meeting(Counterpart::Personaleleder);
        // 10 March: the hand-out for a 15 March meeting would be overdue, but the
        // personaleleder got the pamphlet in January.
        let step = next_step(&ws, &c, d(3, 10));
        assert!(matches!(step, NextStep::PrepareFollowUp { .. }), "{step:?}");
        // Asked to hand it out again, it is due.
        ws.meeting_mut("personaleleder-2").unwrap().hand_out_again = true;
        assert!(matches!(
            next_step(&ws, &c, d(3, 10)),
            NextStep::HandOutOverdue {
                counterpart: Counterpart::Personaleleder,
                ..
            }
        ));
    }
}
