//! Handing the counterpart their pamphlet before the meeting.
//!
//! `not_prepared` → `prepared` → `handed_out` → `discussed`, and one step back from any state.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::planner::calendar::{Calendar, subtract_working_days};

/// How the pamphlet reached the counterpart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    InPerson,
    Email,
    InternalMail,
}

impl Channel {
    pub const ALL: [Channel; 3] = [Channel::InPerson, Channel::Email, Channel::InternalMail];

    pub fn id(self) -> &'static str {
        match self {
            Channel::InPerson => "in_person",
            Channel::Email => "email",
            Channel::InternalMail => "internal_mail",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum HandoutState {
    #[default]
    NotPrepared,
    Prepared {
        prepared_on: NaiveDate,
    },
    HandedOut {
        prepared_on: Option<NaiveDate>,
        handed_out_on: NaiveDate,
        channel: Channel,
    },
    Discussed {
        prepared_on: Option<NaiveDate>,
        handed_out_on: NaiveDate,
        channel: Channel,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandoutEvent {
    /// The personalised pamphlet was generated or printed.
    Prepare {
        on: NaiveDate,
    },
    HandOut {
        on: NaiveDate,
        channel: Channel,
    },
    MarkDiscussed,
    /// Undo the last step (a mistaken tick).
    StepBack,
}

/// What the transition needs to know about the world.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HandoutContext {
    pub today: NaiveDate,
    pub meeting_date: Option<NaiveDate>,
}

/// A step of the hand-out, named in errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandoutStep {
    HandedOut,
    Discussed,
}

/// Why a hand-out event was refused. Plain data: the text catalogue words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandoutError {
    HandedOutInFuture {
        on: NaiveDate,
        today: NaiveDate,
    },
    HandedOutAfterMeeting {
        on: NaiveDate,
        meeting: NaiveDate,
    },
    NotHandedOut,
    /// The pamphlet is already at or past the step asked for.
    AlreadyThere(HandoutStep),
    NothingToUndo,
}

impl HandoutState {
    pub fn id(&self) -> &'static str {
        match self {
            HandoutState::NotPrepared => "not_prepared",
            HandoutState::Prepared { .. } => "prepared",
            HandoutState::HandedOut { .. } => "handed_out",
            HandoutState::Discussed { .. } => "discussed",
        }
    }

    /// 0 to 3: how far along the flow is, for progress gauges.
    pub fn step(&self) -> u8 {
        match self {
            HandoutState::NotPrepared => 0,
            HandoutState::Prepared { .. } => 1,
            HandoutState::HandedOut { .. } => 2,
            HandoutState::Discussed { .. } => 3,
        }
    }

    pub fn is_handed_out(&self) -> bool {
        self.step() >= 2
    }

    pub fn handed_out_on(&self) -> Option<(NaiveDate, Channel)> {
        match self {
            HandoutState::HandedOut {
                handed_out_on,
                channel,
                ..
            }
            | HandoutState::Discussed {
                handed_out_on,
                channel,
                ..
            } => Some((*handed_out_on, *channel)),
            _ => None,
        }
    }

    pub fn prepared_on(&self) -> Option<NaiveDate> {
        match self {
            HandoutState::NotPrepared => None,
            HandoutState::Prepared { prepared_on } => Some(*prepared_on),
            HandoutState::HandedOut { prepared_on, .. }
            | HandoutState::Discussed { prepared_on, .. } => *prepared_on,
        }
    }

    pub fn apply(&self, event: HandoutEvent, ctx: HandoutContext) -> Result<Self, HandoutError> {
        use HandoutState as S;
        match (self, event) {
            (S::NotPrepared, HandoutEvent::Prepare { on }) => Ok(S::Prepared { prepared_on: on }),
            // Printing it again only refreshes the date.
            (S::Prepared { .. }, HandoutEvent::Prepare { on }) => {
                Ok(S::Prepared { prepared_on: on })
            }
            (S::HandedOut { .. } | S::Discussed { .. }, HandoutEvent::Prepare { .. }) => {
                Err(HandoutError::AlreadyThere(HandoutStep::HandedOut))
            }
            (S::NotPrepared | S::Prepared { .. }, HandoutEvent::HandOut { on, channel }) => {
                check_hand_out_date(on, ctx)?;
                Ok(S::HandedOut {
                    prepared_on: self.prepared_on(),
                    handed_out_on: on,
                    channel,
                })
            }
            // Correcting the date or channel of a hand-out is allowed.
            (S::HandedOut { prepared_on, .. }, HandoutEvent::HandOut { on, channel }) => {
                check_hand_out_date(on, ctx)?;
                Ok(S::HandedOut {
                    prepared_on: *prepared_on,
                    handed_out_on: on,
                    channel,
                })
            }
            (S::Discussed { .. }, HandoutEvent::HandOut { .. }) => {
                Err(HandoutError::AlreadyThere(HandoutStep::Discussed))
            }
            (S::NotPrepared | S::Prepared { .. }, HandoutEvent::MarkDiscussed) => {
                Err(HandoutError::NotHandedOut)
            }
            (
                S::HandedOut {
                    prepared_on,
                    handed_out_on,
                    channel,
                },
                HandoutEvent::MarkDiscussed,
            ) => Ok(S::Discussed {
                prepared_on: *prepared_on,
                handed_out_on: *handed_out_on,
                channel: *channel,
            }),
            (S::Discussed { .. }, HandoutEvent::MarkDiscussed) => {
                Err(HandoutError::AlreadyThere(HandoutStep::Discussed))
            }
            (S::NotPrepared, HandoutEvent::StepBack) => Err(HandoutError::NothingToUndo),
            (S::Prepared { .. }, HandoutEvent::StepBack) => Ok(S::NotPrepared),
            (S::HandedOut { prepared_on, .. }, HandoutEvent::StepBack) => Ok(match prepared_on {
                Some(d) => S::Prepared { prepared_on: *d },
                None => S::NotPrepared,
            }),
            (
                S::Discussed {
                    prepared_on,
                    handed_out_on,
                    channel,
                },
                HandoutEvent::StepBack,
            ) => Ok(S::HandedOut {
                prepared_on: *prepared_on,
                handed_out_on: *handed_out_on,
                channel: *channel,
            }),
        }
    }
}

fn check_hand_out_date(on: NaiveDate, ctx: HandoutContext) -> Result<(), HandoutError> {
    if on > ctx.today {
        return Err(HandoutError::HandedOutInFuture {
            on,
            today: ctx.today,
        });
    }
    if let Some(meeting) = ctx.meeting_date
        && on > meeting
    {
        return Err(HandoutError::HandedOutAfterMeeting { on, meeting });
    }
    Ok(())
}

/// Whether the hand-out is on time, for the dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueStatus {
    /// No meeting date yet, so no due date.
    Undated,
    /// Handed out (or further): nothing to do.
    Done,
    /// Due later than the "soon" window.
    Later { due: NaiveDate },
    /// Due within the next few days (or today).
    DueSoon { due: NaiveDate },
    /// The due date has passed and it is not handed out.
    Overdue { due: NaiveDate },
    /// The meeting has been held without the pamphlet handed out: there is nothing left to
    /// remind about (a pamphlet is read before its meeting).
    MeetingHeld,
}

/// Days before the due date that count as "due soon".
pub const DUE_SOON_DAYS: i64 = 3;

/// The date the pamphlet should be handed out by: `working_days_before` working days before the
/// meeting.
pub fn due_date(meeting: NaiveDate, working_days_before: u32, calendar: &Calendar) -> NaiveDate {
    subtract_working_days(meeting, working_days_before, calendar)
}

pub fn due_status(
    state: &HandoutState,
    meeting_date: Option<NaiveDate>,
    working_days_before: u32,
    today: NaiveDate,
    calendar: &Calendar,
) -> DueStatus {
    if state.is_handed_out() {
        return DueStatus::Done;
    }
    let Some(meeting) = meeting_date else {
        return DueStatus::Undated;
    };
    if today > meeting {
        return DueStatus::MeetingHeld;
    }
    let due = due_date(meeting, working_days_before, calendar);
    if today > due {
        DueStatus::Overdue { due }
    } else if (due - today).num_days() <= DUE_SOON_DAYS {
        DueStatus::DueSoon { due }
    } else {
        DueStatus::Later { due }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn ctx() -> HandoutContext {
        HandoutContext {
            today: d(2027, 1, 20),
            meeting_date: Some(d(2027, 1, 25)),
        }
    }

    fn prepared() -> HandoutState {
        HandoutState::Prepared {
            prepared_on: d(2027, 1, 18),
        }
    }

    fn handed_out() -> HandoutState {
        HandoutState::HandedOut {
            prepared_on: Some(d(2027, 1, 18)),
            handed_out_on: d(2027, 1, 19),
            channel: Channel::Email,
        }
    }

    fn discussed() -> HandoutState {
        HandoutState::Discussed {
            prepared_on: Some(d(2027, 1, 18)),
            handed_out_on: d(2027, 1, 19),
            channel: Channel::Email,
        }
    }

    fn all_states() -> Vec<HandoutState> {
        vec![
            HandoutState::NotPrepared,
            prepared(),
            handed_out(),
            discussed(),
        ]
    }

    fn all_events() -> Vec<HandoutEvent> {
        vec![
            HandoutEvent::Prepare { on: d(2027, 1, 20) },
            HandoutEvent::HandOut {
                on: d(2027, 1, 20),
                channel: Channel::InPerson,
            },
            HandoutEvent::MarkDiscussed,
            HandoutEvent::StepBack,
        ]
    }

    #[test]
    fn a_meeting_already_held_has_no_deadline_left() {
        let cal = Calendar::new(Default::default(), Vec::new());
        let meeting = Some(d(2027, 1, 25));
        let state = HandoutState::NotPrepared;
        // The day of the meeting the pamphlet is late; the day after, the meeting is held.
        assert!(matches!(
            due_status(&state, meeting, 5, d(2027, 1, 25), &cal),
            DueStatus::Overdue { .. }
        ));
        assert_eq!(
            due_status(&state, meeting, 5, d(2027, 1, 26), &cal),
            DueStatus::MeetingHeld
        );
    }

    #[test]
    fn every_state_and_event_pair_has_the_specified_outcome() {
        // (from, event index) -> Some(target state id) or None for rejected.
        let expected: [[Option<&str>; 4]; 4] = [
            // Prepare, HandOut, MarkDiscussed, StepBack
            [Some("prepared"), Some("handed_out"), None, None], // not_prepared
            [
                Some("prepared"),
                Some("handed_out"),
                None,
                Some("not_prepared"),
            ], // prepared
            [
                None,
                Some("handed_out"),
                Some("discussed"),
                Some("prepared"),
            ], // handed_out
            [None, None, None, Some("handed_out")],             // discussed
        ];
        for (si, state) in all_states().iter().enumerate() {
            for (ei, event) in all_events().into_iter().enumerate() {
                let outcome = state.apply(event, ctx());
                assert_eq!(
                    outcome.as_ref().ok().map(|s| s.id()),
                    expected[si][ei],
                    "{} + {:?} gave {:?}",
                    state.id(),
                    event,
                    outcome
                );
            }
        }
    }

    #[test]
    fn handing_out_keeps_the_preparation_date() {
        let next = prepared()
            .apply(
                HandoutEvent::HandOut {
                    on: d(2027, 1, 19),
                    channel: Channel::InternalMail,
                },
                ctx(),
            )
            .unwrap();
        assert_eq!(next.prepared_on(), Some(d(2027, 1, 18)));
        assert_eq!(
            next.handed_out_on(),
            Some((d(2027, 1, 19), Channel::InternalMail))
        );
    }

    #[test]
    fn a_hand_out_date_in_the_future_is_rejected() {
        let err = prepared()
            .apply(
                HandoutEvent::HandOut {
                    on: d(2027, 1, 21),
                    channel: Channel::Email,
                },
                ctx(),
            )
            .unwrap_err();
        assert!(matches!(err, HandoutError::HandedOutInFuture { .. }));
    }

    #[test]
    fn a_hand_out_date_after_the_meeting_is_rejected() {
        let late = HandoutContext {
            today: d(2027, 2, 1),
            meeting_date: Some(d(2027, 1, 25)),
        };
        let err = prepared()
            .apply(
                HandoutEvent::HandOut {
                    on: d(2027, 1, 26),
                    channel: Channel::Email,
                },
                late,
            )
            .unwrap_err();
        assert!(matches!(err, HandoutError::HandedOutAfterMeeting { .. }));
    }

    #[test]
    fn stepping_back_from_a_hand_out_without_preparation_returns_to_not_prepared() {
        let state = HandoutState::NotPrepared
            .apply(
                HandoutEvent::HandOut {
                    on: d(2027, 1, 20),
                    channel: Channel::InPerson,
                },
                ctx(),
            )
            .unwrap();
        assert_eq!(
            state.apply(HandoutEvent::StepBack, ctx()).unwrap(),
            HandoutState::NotPrepared
        );
    }

    #[test]
    fn the_saved_shape_names_the_state() {
        let json = serde_json::to_value(handed_out()).unwrap();
        assert_eq!(json["state"], "handed_out");
        assert_eq!(json["channel"], "email");
        assert_eq!(json["handed_out_on"], "2027-01-19");
    }

    #[test]
    fn due_five_working_days_before_the_meeting() {
        let cal = Calendar::default();
        // Monday 25 January 2027 → Monday 18 January.
        assert_eq!(due_date(d(2027, 1, 25), 5, &cal), d(2027, 1, 18));
        // Easter 2027: Thursday 25 March to Monday 29 March are holidays.
        // Meeting Wednesday 31 March: 30, 26(no: Good Friday), … → Tue 30, Wed 24, Tue 23, Mon 22, Fri 19.
        assert_eq!(due_date(d(2027, 3, 31), 5, &cal), d(2027, 3, 19));
    }

    #[test]
    fn due_status_moves_from_later_to_soon_to_overdue() {
        let cal = Calendar::default();
        let meeting = Some(d(2027, 1, 25)); // due Monday 18 January
        let st = HandoutState::NotPrepared;
        assert_eq!(
            due_status(&st, meeting, 5, d(2027, 1, 10), &cal),
            DueStatus::Later {
                due: d(2027, 1, 18)
            }
        );
        assert_eq!(
            due_status(&st, meeting, 5, d(2027, 1, 15), &cal),
            DueStatus::DueSoon {
                due: d(2027, 1, 18)
            }
        );
        assert_eq!(
            due_status(&st, meeting, 5, d(2027, 1, 19), &cal),
            DueStatus::Overdue {
                due: d(2027, 1, 18)
            }
        );
        assert_eq!(
            due_status(&handed_out(), meeting, 5, d(2027, 1, 19), &cal),
            DueStatus::Done
        );
        assert_eq!(
            due_status(&st, None, 5, d(2027, 1, 19), &cal),
            DueStatus::Undated
        );
    }
}
