//! Meetings that build on each other: what the last meeting with a counterpart left open, and
//! whether the counterpart already has their pamphlet.
//!
//! SPEC §1.5: "the next meeting with the same counterpart starts from those agreements". A
//! follow-up meeting (any meeting after the first with the same counterpart,
//! [`Workspace::is_follow_up`]) therefore starts from *carry-over points*: agreement fields the
//! last meeting did not settle, answers the leader marked to bring up again, and — with the
//! personaleleder, with whom the leader agreed to follow the time — how the hours since then
//! went against the plan. Plain data: the brief and the screens word it through the catalogue
//! (`text::doc::carry_over`).
//!
//! The pamphlet explains the counterpart's role; they get it once. At a follow-up it is handed
//! out again only when the leader says so (`hand_out_again`), so an earlier hand-out is not an
//! open point and not a next step.

use chrono::NaiveDate;

use crate::content::Content;
use crate::model::{Meeting, Workspace};
use crate::planner::usage::{Usage, compare_since};
use crate::vocab::Counterpart;

/// One thing the last meeting with the counterpart left for this one.
#[derive(Debug, Clone, PartialEq)]
pub enum CarryOver {
    /// A field of the last meeting's agreement that has no agreed text.
    OpenAgreementField {
        counterpart: Counterpart,
        /// The meeting the field was left open at.
        meeting_id: String,
        /// The agreement template's field id (the label is in the content).
        field_id: String,
    },
    /// A reflection answer the leader marked to bring up again (`bring_up`).
    BringUp {
        counterpart: Counterpart,
        meeting_id: String,
        /// The question's id (its text is in the content; the answer in the meeting).
        question_id: String,
        /// The answer as the leader wrote it then (may be empty).
        answer: String,
    },
    /// The network hours used since the last meeting, against the plan (personaleleder only).
    TimeSinceLastMeeting {
        counterpart: Counterpart,
        variance: TimeVariance,
    },
}

impl CarryOver {
    pub fn counterpart(&self) -> Counterpart {
        match self {
            CarryOver::OpenAgreementField { counterpart, .. }
            | CarryOver::BringUp { counterpart, .. }
            | CarryOver::TimeSinceLastMeeting { counterpart, .. } => *counterpart,
        }
    }
}

/// Used hours since the last meeting against the hours planned for the weeks that have an
/// entry ("brugt 20 % over planen siden sidst"): a week not logged yet is unknown, so it is not
/// counted as planned either.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeVariance {
    /// The date of the last meeting; the weeks after its week are counted.
    pub since: NaiveDate,
    /// Weeks of the plan since then, up to the week of the meeting (or today, if earlier).
    pub weeks: u32,
    pub logged_weeks: u32,
    /// Planned hours of the logged weeks.
    pub planned_hours: f64,
    pub used_hours: f64,
    /// Used − planned.
    pub difference_hours: f64,
    /// The difference in per cent of the planned hours, to a tenth; `None` when nothing was
    /// planned in the logged weeks.
    pub difference_per_cent: Option<f64>,
}

/// What the meeting before this one with the same counterpart left open, in this order: the
/// time since then (personaleleder), the answers to bring up again, the open agreement fields.
/// Empty for a first meeting.
pub fn carry_over(
    ws: &Workspace,
    content: &Content,
    meeting_id: &str,
    today: NaiveDate,
) -> Vec<CarryOver> {
    let (Some(meeting), Some(previous)) = (ws.meeting(meeting_id), ws.previous_meeting(meeting_id))
    else {
        return Vec::new();
    };
    let counterpart = meeting.counterpart;
    let mut out = Vec::new();
    if counterpart == Counterpart::Personaleleder
        && let Some(variance) = time_variance(ws, content, meeting, today)
    {
        out.push(CarryOver::TimeSinceLastMeeting {
            counterpart,
            variance,
        });
    }
    for question_id in &previous.bring_up {
        out.push(CarryOver::BringUp {
            counterpart,
            meeting_id: previous.id.clone(),
            question_id: question_id.clone(),
            answer: previous.reflection.text(question_id).to_string(),
        });
    }
    for field_id in open_fields(previous, content) {
        out.push(CarryOver::OpenAgreementField {
            counterpart,
            meeting_id: previous.id.clone(),
            field_id,
        });
    }
    out
}

/// The template's fields (and any other field with a proposal) that have no agreed text.
fn open_fields(previous: &Meeting, content: &Content) -> Vec<String> {
    let agreement = &previous.agreement;
    let mut ids: Vec<String> = content
        .agreement(previous.counterpart)
        .map(|t| t.fields.iter().map(|f| f.id.clone()).collect())
        .unwrap_or_default();
    for (id, field) in &agreement.fields {
        if !ids.contains(id) && !field.proposal.trim().is_empty() {
            ids.push(id.clone());
        }
    }
    ids.retain(|id| agreement.agreed(id).trim().is_empty());
    ids
}

/// The last day whose week counts for a meeting: the meeting's own date, or today while the
/// meeting is still ahead (the weeks after today have nothing logged yet).
pub fn counted_until(meeting: &Meeting, today: NaiveDate) -> NaiveDate {
    meeting.date.map_or(today, |d| d.min(today))
}

/// The plan against the log for the weeks since the previous meeting with the same
/// counterpart, up to [`counted_until`]. `None` for a first meeting, when the previous meeting
/// has no date, or when the plan cannot be made.
pub fn usage_since_last_meeting(
    ws: &Workspace,
    content: &Content,
    meeting_id: &str,
    today: NaiveDate,
) -> Option<Usage> {
    let meeting = ws.meeting(meeting_id)?;
    let since = ws.previous_meeting(meeting_id)?.date?;
    let plan = ws.plan_weeks(content).ok()?;
    Some(compare_since(
        &plan,
        &ws.time_log,
        since,
        counted_until(meeting, today),
        ws.plan.settings.ceiling_hours,
    ))
}

fn time_variance(
    ws: &Workspace,
    content: &Content,
    meeting: &Meeting,
    today: NaiveDate,
) -> Option<TimeVariance> {
    let usage = usage_since_last_meeting(ws, content, &meeting.id, today)?;
    let t = &usage.to_date;
    if t.logged_weeks == 0 {
        return None;
    }
    let difference = crate::planner::round_tenth(t.used_hours - t.planned_hours_in_logged_weeks);
    Some(TimeVariance {
        since: usage.since?,
        weeks: t.weeks,
        logged_weeks: t.logged_weeks,
        planned_hours: t.planned_hours_in_logged_weeks,
        used_hours: t.used_hours,
        difference_hours: difference,
        difference_per_cent: (t.planned_hours_in_logged_weeks > 0.0).then(|| {
            crate::planner::round_tenth(difference * 100.0 / t.planned_hours_in_logged_weeks)
        }),
    })
}

/// When the counterpart got the pamphlet at an earlier meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EarlierHandOut {
    /// The earlier meeting it was handed out for.
    pub meeting_id: String,
    pub handed_out_on: NaiveDate,
}

/// Whether the counterpart already got the pamphlet at an earlier meeting with them (the
/// latest such hand-out), so this meeting need not hand it out. `None` when this meeting is to
/// hand it out again (`hand_out_again`), or the counterpart never got it.
pub fn pamphlet_handed_out_earlier(ws: &Workspace, meeting_id: &str) -> Option<EarlierHandOut> {
    if ws.meeting(meeting_id)?.hand_out_again {
        return None;
    }
    ws.earlier_meetings(meeting_id).into_iter().find_map(|m| {
        m.handout
            .handed_out_on()
            .map(|(handed_out_on, _)| EarlierHandOut {
                meeting_id: m.id.clone(),
                handed_out_on,
            })
    })
}

/// Whether handing out the pamphlet is still to do for this meeting: not handed out, and not
/// already with the counterpart from an earlier meeting.
pub fn hand_out_pending(ws: &Workspace, meeting: &Meeting) -> bool {
    !meeting.handout.is_handed_out() && pamphlet_handed_out_earlier(ws, &meeting.id).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::agreement::{AgreementState, FieldText};
    use crate::flow::handout::{Channel, HandoutState};
    use crate::flow::plan::PlanDraft;
    use crate::flow::reflection::{Answer, AnswerStatus};
    use crate::planner::PlanSettings;
    use crate::planner::usage::{IsoWeek, LogEntry};
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

    fn handed_out(on: NaiveDate) -> HandoutState {
        HandoutState::HandedOut {
            prepared_on: None,
            handed_out_on: on,
            channel: Channel::InPerson,
        }
    }

    /// A first personaleleder meeting on 18 January where only the hours were agreed, one
    /// answer marked to bring up again, and a follow-up added after it.
    fn with_follow_up() -> Workspace {
        let mut ws = workspace();
        let first = ws.meeting_mut("personaleleder-1").unwrap();
        first.date = Some(d(1, 18));
        first.handout = handed_out(d(1, 11));
        first.reflection.answers.insert(
            "pl-tid-4".into(),
            Answer {
                text: "Vi tager det op, når det sker.".into(),
                status: AnswerStatus::Answered,
                cursor: None,
            },
        );
        first.bring_up.insert("pl-tid-4".into());
        first.agreement.fields.insert(
            "netvaerkstimer".into(),
            FieldText {
                proposal: "12 timer".into(),
                agreed: "10 timer om ugen".into(),
            },
        );
        first.agreement.state = AgreementState::Agreed {
            agreed_on: d(1, 18),
            review_on: d(3, 15),
        };
        ws.add_meeting(Counterpart::Personaleleder);
        ws
    }

    #[test]
    fn a_first_meeting_carries_nothing_over() {
        let ws = with_follow_up();
        assert!(carry_over(&ws, &content(), "personaleleder-1", d(3, 1)).is_empty());
        assert!(carry_over(&ws, &content(), "ukendt", d(3, 1)).is_empty());
    }

    #[test]
    fn a_follow_up_carries_over_answers_to_raise_and_unsettled_fields() {
        let c = content();
        let ws = with_follow_up();
        let points = carry_over(&ws, &c, "personaleleder-2", d(3, 1));
        assert_eq!(
            points[0],
            CarryOver::BringUp {
                counterpart: Counterpart::Personaleleder,
                meeting_id: "personaleleder-1".into(),
                question_id: "pl-tid-4".into(),
                answer: "Vi tager det op, når det sker.".into(),
            }
        );
        let open: Vec<&str> = points
            .iter()
            .filter_map(|p| match p {
                CarryOver::OpenAgreementField { field_id, .. } => Some(field_id.as_str()),
                _ => None,
            })
            .collect();
        let template = c.agreement(Counterpart::Personaleleder).unwrap();
        assert_eq!(open.len(), template.fields.len() - 1);
        assert!(!open.contains(&"netvaerkstimer"), "it was agreed");
        assert!(
            points
                .iter()
                .all(|p| p.counterpart() == Counterpart::Personaleleder)
        );
        // Nothing logged yet: no line about the time.
        assert!(
            !points
                .iter()
                .any(|p| matches!(p, CarryOver::TimeSinceLastMeeting { .. }))
        );
    }

    #[test]
    fn the_personaleleder_hears_how_the_hours_went_since_last_time() {
        let c = content();
        let mut ws = with_follow_up();
        ws.meeting_mut("personaleleder-2").unwrap().date = Some(d(3, 15));
        let plan = ws.plan_weeks(&c).unwrap();
        // Every week after the first meeting's week (3) up to week 8 logged at 20 % above plan;
        // week 3 itself was seen at the first meeting and does not count.
        for w in &plan.weeks {
            let week = IsoWeek::of(w.monday);
            if (3..=8).contains(&week.week()) && week.year() == 2027 {
                let hours = (w.network_hours * 1.2 * 2.0).round() / 2.0;
                ws.time_log.record(week, LogEntry::new(hours)).unwrap();
            }
        }
        let planned: f64 = plan
            .weeks
            .iter()
            .filter(|w| (4..=8).contains(&IsoWeek::of(w.monday).week()))
            .map(|w| w.network_hours)
            .sum();
        let points = carry_over(&ws, &c, "personaleleder-2", d(3, 1));
        let CarryOver::TimeSinceLastMeeting { variance, .. } = &points[0] else {
            panic!("the time comes first: {points:?}");
        };
        assert_eq!(variance.since, d(1, 18));
        assert_eq!(variance.logged_weeks, 5);
        assert_eq!(variance.weeks, 6, "weeks 4 to 9 (today is in week 9)");
        assert_eq!(variance.planned_hours, crate::planner::round_tenth(planned));
        let per_cent = variance.difference_per_cent.unwrap();
        assert!((15.0..=25.0).contains(&per_cent), "{per_cent}");
        // The referenceleder's follow-up never mentions the hours.
        ws.add_meeting(Counterpart::Referenceleder);
        ws.meeting_mut("referenceleder-1").unwrap().date = Some(d(1, 20));
        assert!(
            carry_over(&ws, &c, "referenceleder-2", d(3, 1))
                .iter()
                .all(|p| !matches!(p, CarryOver::TimeSinceLastMeeting { .. }))
        );
    }

    #[test]
    fn the_pamphlet_is_handed_out_once_per_counterpart_unless_asked_again() {
        let mut ws = with_follow_up();
        assert_eq!(
            pamphlet_handed_out_earlier(&ws, "personaleleder-2"),
            Some(EarlierHandOut {
                meeting_id: "personaleleder-1".into(),
                handed_out_on: d(1, 11),
            })
        );
        assert_eq!(pamphlet_handed_out_earlier(&ws, "personaleleder-1"), None);
        let follow_up = ws.meeting("personaleleder-2").unwrap().clone();
        assert!(!hand_out_pending(&ws, &follow_up));
        ws.meeting_mut("personaleleder-2").unwrap().hand_out_again = true;
        assert_eq!(pamphlet_handed_out_earlier(&ws, "personaleleder-2"), None);
        let follow_up = ws.meeting("personaleleder-2").unwrap().clone();
        assert!(hand_out_pending(&ws, &follow_up));
        // A counterpart who never got it gets it at the follow-up.
        ws.add_meeting(Counterpart::CoDriver);
        assert_eq!(pamphlet_handed_out_earlier(&ws, "co-driver-2"), None);
    }
}
