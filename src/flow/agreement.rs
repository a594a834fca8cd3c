//! The collaboration agreement (*samarbejdsaftale*) draft for a meeting.
//!
//! `draft` → `ready` (brought to the meeting) → `agreed` (with the date and a review date).
//! One step back is always possible.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One template field: the leader's proposal and what was agreed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct FieldText {
    #[serde(default)]
    pub proposal: String,
    #[serde(default)]
    pub agreed: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum AgreementState {
    #[default]
    Draft,
    Ready {
        ready_on: NaiveDate,
    },
    Agreed {
        agreed_on: NaiveDate,
        review_on: NaiveDate,
    },
}

impl AgreementState {
    pub fn id(&self) -> &'static str {
        match self {
            AgreementState::Draft => "draft",
            AgreementState::Ready { .. } => "ready",
            AgreementState::Agreed { .. } => "agreed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Agreement {
    #[serde(flatten)]
    pub state: AgreementState,
    /// Keyed by the template's field id.
    #[serde(default)]
    pub fields: BTreeMap<String, FieldText>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AgreementEvent {
    EditProposal { field: String, text: String },
    EditAgreed { field: String, text: String },
    MarkReady { on: NaiveDate },
    MarkAgreed { on: NaiveDate, review_on: NaiveDate },
    StepBack,
}

/// A step of the agreement, named in errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgreementStep {
    Ready,
    Agreed,
}

/// Why an agreement event was refused. Plain data: the text catalogue words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AgreementError {
    UnknownField(String),
    Locked,
    NothingProposed,
    /// The agreement is already at the step asked for.
    AlreadyThere(AgreementStep),
    NotReady,
    AgreedInFuture {
        on: NaiveDate,
    },
    ReviewNotAfterAgreement {
        on: NaiveDate,
        review_on: NaiveDate,
    },
    NothingToUndo,
}

impl Agreement {
    pub fn is_agreed(&self) -> bool {
        matches!(self.state, AgreementState::Agreed { .. })
    }

    pub fn proposal(&self, field: &str) -> &str {
        self.fields
            .get(field)
            .map(|f| f.proposal.as_str())
            .unwrap_or("")
    }

    pub fn agreed(&self, field: &str) -> &str {
        self.fields
            .get(field)
            .map(|f| f.agreed.as_str())
            .unwrap_or("")
    }

    /// How many of the template's fields have a proposal.
    pub fn proposed_count(&self, field_ids: &[&str]) -> usize {
        field_ids
            .iter()
            .filter(|id| !self.proposal(id).trim().is_empty())
            .count()
    }

    /// The starting point for the next meeting with the same counterpart: what was agreed
    /// becomes the new proposal.
    pub fn carried_forward(&self) -> Agreement {
        let fields = self
            .fields
            .iter()
            .map(|(id, f)| {
                let proposal = if f.agreed.trim().is_empty() {
                    f.proposal.clone()
                } else {
                    f.agreed.clone()
                };
                (
                    id.clone(),
                    FieldText {
                        proposal,
                        agreed: String::new(),
                    },
                )
            })
            .collect();
        Agreement {
            state: AgreementState::Draft,
            fields,
        }
    }

    /// Applies an event. `field_ids` are the template's field ids; `today` bounds dates.
    pub fn apply(
        &self,
        event: AgreementEvent,
        field_ids: &[&str],
        today: NaiveDate,
    ) -> Result<Agreement, AgreementError> {
        let mut next = self.clone();
        match event {
            AgreementEvent::EditProposal { field, text } => {
                check_field(&field, field_ids)?;
                if self.is_agreed() {
                    return Err(AgreementError::Locked);
                }
                next.fields.entry(field).or_default().proposal = text;
            }
            AgreementEvent::EditAgreed { field, text } => {
                check_field(&field, field_ids)?;
                next.fields.entry(field).or_default().agreed = text;
            }
            AgreementEvent::MarkReady { on } => match self.state {
                AgreementState::Draft => {
                    if self.proposed_count(field_ids) == 0 {
                        return Err(AgreementError::NothingProposed);
                    }
                    next.state = AgreementState::Ready { ready_on: on };
                }
                AgreementState::Ready { .. } => {
                    return Err(AgreementError::AlreadyThere(AgreementStep::Ready));
                }
                AgreementState::Agreed { .. } => {
                    return Err(AgreementError::AlreadyThere(AgreementStep::Agreed));
                }
            },
            AgreementEvent::MarkAgreed { on, review_on } => match self.state {
                AgreementState::Draft => return Err(AgreementError::NotReady),
                AgreementState::Agreed { .. } => {
                    return Err(AgreementError::AlreadyThere(AgreementStep::Agreed));
                }
                AgreementState::Ready { .. } => {
                    if on > today {
                        return Err(AgreementError::AgreedInFuture { on });
                    }
                    if review_on <= on {
                        return Err(AgreementError::ReviewNotAfterAgreement { on, review_on });
                    }
                    next.state = AgreementState::Agreed {
                        agreed_on: on,
                        review_on,
                    };
                }
            },
            AgreementEvent::StepBack => {
                next.state = match self.state {
                    AgreementState::Draft => return Err(AgreementError::NothingToUndo),
                    AgreementState::Ready { .. } => AgreementState::Draft,
                    // Back to ready: the date it was made ready is not kept, so use the
                    // agreement date, the last moment it was certainly ready.
                    AgreementState::Agreed { agreed_on, .. } => AgreementState::Ready {
                        ready_on: agreed_on,
                    },
                };
            }
        }
        Ok(next)
    }
}

/// Something the leader is asked about before an event is applied: allowed, but more likely a
/// slip than meant. Plain data: the text catalogue words the question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgreementWarning {
    /// Marked agreed on a day before the meeting the agreement is for.
    BeforeMeeting { meeting_on: NaiveDate },
    /// Marked ready to bring while most of the template's fields have no proposal.
    FewProposals { proposed: usize, fields: usize },
}

/// A follow-up's proposal for one field, set against the agreement it was carried over from
/// ([`Agreement::carried_forward`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carried {
    /// Still the text carried over: what was agreed, or the old proposal if nothing was.
    AsCarried,
    /// The leader has rewritten it since.
    Changed,
    /// Nothing was carried over and nothing is written.
    Empty,
}

impl Agreement {
    /// The warnings that apply to an event this agreement would accept; the screen asks before
    /// it applies the event. An event [`Agreement::apply`] refuses has none: its error is told
    /// instead. `meeting_on` is the date of the meeting the agreement is for, if set.
    pub fn warnings(
        &self,
        event: &AgreementEvent,
        field_ids: &[&str],
        meeting_on: Option<NaiveDate>,
        today: NaiveDate,
    ) -> Vec<AgreementWarning> {
        if self.apply(event.clone(), field_ids, today).is_err() {
            return Vec::new();
        }
        let mut out = Vec::new();
        match event {
            AgreementEvent::MarkAgreed { on, .. } => {
                if let Some(meeting_on) = meeting_on
                    && *on < meeting_on
                {
                    out.push(AgreementWarning::BeforeMeeting { meeting_on });
                }
            }
            AgreementEvent::MarkReady { .. } => {
                let proposed = self.proposed_count(field_ids);
                let fields = field_ids.len();
                // "Most" is more than half: half the fields proposed is a fair draft.
                if proposed * 2 < fields {
                    out.push(AgreementWarning::FewProposals { proposed, fields });
                }
            }
            _ => {}
        }
        out
    }

    /// How this (follow-up) agreement's proposal for `field` stands against `last`, the
    /// agreement it was carried over from.
    pub fn carried(&self, last: &Agreement, field: &str) -> Carried {
        let now = self.proposal(field).trim();
        let carried = last.carried_forward();
        let then = carried.proposal(field).trim();
        match (now.is_empty(), now == then) {
            (true, true) => Carried::Empty,
            (_, true) => Carried::AsCarried,
            (_, false) => Carried::Changed,
        }
    }
}

fn check_field(field: &str, field_ids: &[&str]) -> Result<(), AgreementError> {
    if field_ids.contains(&field) {
        Ok(())
    } else {
        Err(AgreementError::UnknownField(field.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: [&str; 2] = ["tid", "opfoelgning"];

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, m, day).unwrap()
    }

    fn today() -> NaiveDate {
        d(2, 1)
    }

    fn apply(a: &Agreement, e: AgreementEvent) -> Result<Agreement, AgreementError> {
        a.apply(e, &FIELDS, today())
    }

    fn proposal(text: &str) -> AgreementEvent {
        AgreementEvent::EditProposal {
            field: "tid".into(),
            text: text.into(),
        }
    }

    fn agreed_text(text: &str) -> AgreementEvent {
        AgreementEvent::EditAgreed {
            field: "tid".into(),
            text: text.into(),
        }
    }

    fn draft() -> Agreement {
        apply(&Agreement::default(), proposal("8 timer om ugen")).unwrap()
    }

    fn ready() -> Agreement {
        apply(&draft(), AgreementEvent::MarkReady { on: d(1, 20) }).unwrap()
    }

    fn agreed() -> Agreement {
        apply(
            &ready(),
            AgreementEvent::MarkAgreed {
                on: d(1, 25),
                review_on: d(4, 25),
            },
        )
        .unwrap()
    }

    #[test]
    fn every_state_and_event_pair_has_the_specified_outcome() {
        let events = [
            proposal("ny"),
            agreed_text("aftalt"),
            AgreementEvent::MarkReady { on: d(1, 30) },
            AgreementEvent::MarkAgreed {
                on: d(1, 30),
                review_on: d(3, 1),
            },
            AgreementEvent::StepBack,
        ];
        // proposal, agreed text, ready, agreed, back
        let expected: [[Option<&str>; 5]; 3] = [
            [Some("draft"), Some("draft"), Some("ready"), None, None],
            [
                Some("ready"),
                Some("ready"),
                None,
                Some("agreed"),
                Some("draft"),
            ],
            [None, Some("agreed"), None, None, Some("ready")],
        ];
        for (si, state) in [draft(), ready(), agreed()].iter().enumerate() {
            for (ei, e) in events.iter().enumerate() {
                let got = apply(state, e.clone());
                assert_eq!(
                    got.as_ref().ok().map(|a| a.state.id()),
                    expected[si][ei],
                    "{} + {e:?} gave {got:?}",
                    state.state.id()
                );
            }
        }
    }

    #[test]
    fn an_empty_draft_cannot_be_marked_ready() {
        assert_eq!(
            apply(
                &Agreement::default(),
                AgreementEvent::MarkReady { on: d(1, 20) }
            ),
            Err(AgreementError::NothingProposed)
        );
        let blank = apply(&Agreement::default(), proposal("  \n ")).unwrap();
        assert_eq!(
            apply(&blank, AgreementEvent::MarkReady { on: d(1, 20) }),
            Err(AgreementError::NothingProposed)
        );
    }

    #[test]
    fn an_unknown_field_is_rejected() {
        let e = AgreementEvent::EditProposal {
            field: "nope".into(),
            text: "x".into(),
        };
        assert_eq!(
            apply(&draft(), e),
            Err(AgreementError::UnknownField("nope".into()))
        );
    }

    #[test]
    fn agreement_dates_are_checked() {
        assert_eq!(
            apply(
                &ready(),
                AgreementEvent::MarkAgreed {
                    on: d(2, 2),
                    review_on: d(5, 1)
                }
            ),
            Err(AgreementError::AgreedInFuture { on: d(2, 2) })
        );
        assert_eq!(
            apply(
                &ready(),
                AgreementEvent::MarkAgreed {
                    on: d(1, 25),
                    review_on: d(1, 25)
                }
            ),
            Err(AgreementError::ReviewNotAfterAgreement {
                on: d(1, 25),
                review_on: d(1, 25)
            })
        );
    }

    #[test]
    fn the_next_meeting_starts_from_what_was_agreed() {
        let a = apply(&agreed(), agreed_text("6 timer, opfølgning hver måned")).unwrap();
        let next = a.carried_forward();
        assert_eq!(next.state, AgreementState::Draft);
        assert_eq!(next.proposal("tid"), "6 timer, opfølgning hver måned");
        assert_eq!(next.agreed("tid"), "");
    }

    #[test]
    fn a_field_with_nothing_agreed_carries_its_proposal() {
        let next = agreed().carried_forward();
        assert_eq!(next.proposal("tid"), "8 timer om ugen");
    }

    /// An agreement of `fields` fields with the first `proposed` of them proposed.
    fn with_proposals(proposed: usize) -> Agreement {
        let mut a = Agreement::default();
        for id in FOUR.iter().take(proposed) {
            a.fields.entry(id.to_string()).or_default().proposal = "forslag".into();
        }
        a
    }

    const FOUR: [&str; 4] = ["tid", "opfoelgning", "sekretariat", "kompetencer"];

    fn ready_warning(a: &Agreement, fields: &[&str]) -> Vec<AgreementWarning> {
        a.warnings(
            &AgreementEvent::MarkReady { on: d(1, 20) },
            fields,
            Some(d(1, 28)),
            today(),
        )
    }

    #[test]
    fn marking_ready_with_most_proposals_empty_asks_first() {
        // Of four fields: none is refused (no question), one is most empty, two is half.
        assert_eq!(ready_warning(&with_proposals(0), &FOUR), []);
        assert_eq!(
            ready_warning(&with_proposals(1), &FOUR),
            [AgreementWarning::FewProposals {
                proposed: 1,
                fields: 4
            }]
        );
        assert_eq!(ready_warning(&with_proposals(2), &FOUR), []);
        assert_eq!(ready_warning(&with_proposals(3), &FOUR), []);
        assert_eq!(ready_warning(&with_proposals(4), &FOUR), []);
        // Of three fields, one proposal leaves most empty; of one field, one is all.
        assert_eq!(
            ready_warning(&with_proposals(1), &FOUR[..3]),
            [AgreementWarning::FewProposals {
                proposed: 1,
                fields: 3
            }]
        );
        assert_eq!(ready_warning(&with_proposals(1), &FOUR[..1]), []);
    }

    #[test]
    fn a_blank_proposal_counts_as_empty_when_asking() {
        let mut a = with_proposals(1);
        a.fields.entry("opfoelgning".into()).or_default().proposal = " \n ".into();
        assert_eq!(
            ready_warning(&a, &FOUR),
            [AgreementWarning::FewProposals {
                proposed: 1,
                fields: 4
            }]
        );
    }

    #[test]
    fn an_agreement_already_ready_or_agreed_is_not_asked_about_again() {
        assert_eq!(ready_warning(&ready(), &FIELDS), []);
        assert_eq!(ready_warning(&agreed(), &FIELDS), []);
    }

    fn agreed_on(
        a: &Agreement,
        on: NaiveDate,
        meeting_on: Option<NaiveDate>,
    ) -> Vec<AgreementWarning> {
        a.warnings(
            &AgreementEvent::MarkAgreed {
                on,
                review_on: d(5, 1),
            },
            &FIELDS,
            meeting_on,
            today(),
        )
    }

    #[test]
    fn marking_agreed_before_the_meeting_date_asks_first() {
        let before = [AgreementWarning::BeforeMeeting {
            meeting_on: d(1, 28),
        }];
        assert_eq!(agreed_on(&ready(), d(1, 27), Some(d(1, 28))), before);
        assert_eq!(agreed_on(&ready(), d(1, 2), Some(d(1, 28))), before);
        // On the meeting day, or after it, is what is expected.
        assert_eq!(agreed_on(&ready(), d(1, 28), Some(d(1, 28))), []);
        assert_eq!(agreed_on(&ready(), d(1, 30), Some(d(1, 28))), []);
        // A meeting without a date has nothing to compare with.
        assert_eq!(agreed_on(&ready(), d(1, 2), None), []);
    }

    #[test]
    fn an_event_that_is_refused_is_not_asked_about() {
        // A draft cannot be agreed; a date after today is refused; the errors say why.
        assert_eq!(agreed_on(&draft(), d(1, 2), Some(d(1, 28))), []);
        assert_eq!(agreed_on(&ready(), d(2, 2), Some(d(3, 1))), []);
        assert_eq!(agreed_on(&agreed(), d(1, 2), Some(d(1, 28))), []);
    }

    #[test]
    fn editing_and_stepping_back_are_never_asked_about() {
        for event in [proposal("x"), agreed_text("y"), AgreementEvent::StepBack] {
            for a in [draft(), ready(), agreed()] {
                assert_eq!(a.warnings(&event, &FIELDS, Some(d(12, 1)), today()), []);
            }
        }
    }

    #[test]
    fn a_follow_up_proposal_is_carried_over_changed_or_empty() {
        let last = apply(&agreed(), agreed_text("6 timer om ugen")).unwrap();
        let mut next = last.carried_forward();
        assert_eq!(next.carried(&last, "tid"), Carried::AsCarried);
        assert_eq!(next.carried(&last, "opfoelgning"), Carried::Empty);
        next.fields.get_mut("tid").unwrap().proposal = "6 timer om ugen ".into();
        assert_eq!(
            next.carried(&last, "tid"),
            Carried::AsCarried,
            "spaces do not count"
        );
        next.fields.get_mut("tid").unwrap().proposal = "4 timer om ugen".into();
        assert_eq!(next.carried(&last, "tid"), Carried::Changed);
        next.fields.get_mut("tid").unwrap().proposal = String::new();
        assert_eq!(
            next.carried(&last, "tid"),
            Carried::Changed,
            "emptied is a change"
        );
        next.fields
            .entry("opfoelgning".into())
            .or_default()
            .proposal = "Hver måned".into();
        assert_eq!(next.carried(&last, "opfoelgning"), Carried::Changed);
        // Nothing agreed for a field: its old proposal is what was carried.
        let unagreed = agreed();
        let next = unagreed.carried_forward();
        assert_eq!(next.carried(&unagreed, "tid"), Carried::AsCarried);
    }

    #[test]
    fn the_saved_shape_has_state_dates_and_fields() {
        let json = serde_json::to_value(agreed()).unwrap();
        assert_eq!(json["state"], "agreed");
        assert_eq!(json["agreed_on"], "2027-01-25");
        assert_eq!(json["review_on"], "2027-04-25");
        assert_eq!(json["fields"]["tid"]["proposal"], "8 timer om ugen");
        let back: Agreement = serde_json::from_value(json).unwrap();
        assert_eq!(back, agreed());
    }
}
