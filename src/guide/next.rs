//! The one thing a leader should do next, across all three counterparts and the plan. The
//! dashboard shows it as a sentence; the rule lives here so it is the same everywhere.

use chrono::NaiveDate;

use crate::content::Content;
use crate::flow::agreement::AgreementState;
use crate::flow::handout::{DueStatus, due_status};
use crate::model::{Meeting, Workspace};
use crate::vocab::Counterpart;

/// How many days ahead a meeting counts as "coming up", so its preparation comes first.
pub const SOON_DAYS: i64 = 14;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    /// The meeting has no date yet.
    SetDate { counterpart: Counterpart },
    /// The workload plan is not accepted (or changed since).
    AcceptPlan,
    /// Nothing is waiting.
    AllDone,
}

/// Picks the next step: late or nearly due hand-outs first, then the preparation of the
/// nearest meeting within two weeks, then hand-outs due later, undated meetings, the plan and
/// the preparation of meetings further ahead.
pub fn next_step(ws: &Workspace, content: &Content, today: NaiveDate) -> NextStep {
    let calendar = ws.calendar();
    let current: Vec<&Meeting> = Counterpart::ALL
        .iter()
        .filter_map(|c| ws.current_meeting(*c, today))
        .collect();
    let due: Vec<(DueStatus, Counterpart)> = current
        .iter()
        .map(|m| {
            let status = due_status(
                &m.handout,
                m.date,
                ws.settings.handout_working_days_before,
                today,
                &calendar,
            );
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
    if let Some(step) = soon.iter().find_map(|m| preparation(m, content)) {
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
        .find_map(|m| preparation(m, content))
        .unwrap_or(NextStep::AllDone)
}

/// What is left to prepare for one dated meeting: reflection, then proposals, then ready.
fn preparation(m: &Meeting, content: &Content) -> Option<NextStep> {
    let meeting = m.date?;
    let counterpart = m.counterpart;
    let questions: Vec<&str> = content
        .questions(counterpart)
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    let open = m.reflection.open_questions(&questions).len();
    if open > 0 && !m.reflection.is_finished() {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::agreement::FieldText;
    use crate::flow::handout::{Channel, HandoutState};
    use crate::flow::plan::{PlanDraft, PlanStatus};
    use crate::flow::reflection::{Answer, AnswerStatus, ReflectionStep};
    use crate::planner::PlanSettings;
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

    #[test]
    fn the_nearest_meeting_s_preparation_goes_reflection_proposals_ready() {
        let c = content();
        let mut ws = workspace();
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
    fn with_every_meeting_prepared_the_plan_is_next_and_then_nothing() {
        let c = content();
        let mut ws = workspace();
        for (i, cp) in Counterpart::ALL.into_iter().enumerate() {
            let m = meeting(&mut ws, cp);
            m.date = Some(d(2, 1 + i as u32));
            fully_prepared(m, &c);
        }
        assert_eq!(next_step(&ws, &c, d(1, 12)), NextStep::AcceptPlan);
        ws.plan.status = PlanStatus::Accepted {
            accepted_on: d(1, 6),
        };
        assert_eq!(next_step(&ws, &c, d(1, 12)), NextStep::AllDone);
    }
}
