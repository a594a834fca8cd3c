//! Building the workload plan: choose course → start and hours → phases → vacations and
//! overrides → review → accepted. Changing anything after acceptance marks the plan
//! `changed_since_accepted` until it is accepted again.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::content::Course;
use crate::planner::{LocalDaysOff, PhaseAdjustment, PlanSettings, Vacation, WeekOverride};

/// Most hours a week the planner accepts; beyond this a figure is surely a typo.
pub const MAX_WEEKLY_HOURS: f64 = 80.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanStep {
    #[default]
    ChooseCourse,
    Basics,
    Phases,
    Adjustments,
    Review,
}

impl PlanStep {
    pub const ALL: [PlanStep; 5] = [
        PlanStep::ChooseCourse,
        PlanStep::Basics,
        PlanStep::Phases,
        PlanStep::Adjustments,
        PlanStep::Review,
    ];

    /// 1-based, for "trin n af 5".
    pub fn number(self) -> usize {
        PlanStep::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    fn next(self) -> Option<PlanStep> {
        PlanStep::ALL.get(self.number()).copied()
    }

    fn previous(self) -> Option<PlanStep> {
        self.number().checked_sub(2).map(|i| PlanStep::ALL[i])
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum PlanStatus {
    #[default]
    Draft,
    Accepted {
        accepted_on: NaiveDate,
    },
    ChangedSinceAccepted {
        accepted_on: NaiveDate,
    },
}

impl PlanStatus {
    pub fn id(&self) -> &'static str {
        match self {
            PlanStatus::Draft => "draft",
            PlanStatus::Accepted { .. } => "accepted",
            PlanStatus::ChangedSinceAccepted { .. } => "changed_since_accepted",
        }
    }
}

/// The plan part of a workspace: the leader's settings, the step they are on and the status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanDraft {
    #[serde(flatten)]
    pub settings: PlanSettings,
    #[serde(default)]
    pub step: PlanStep,
    #[serde(default)]
    pub status: PlanStatus,
}

impl PlanDraft {
    pub fn new(settings: PlanSettings) -> Self {
        PlanDraft {
            settings,
            step: PlanStep::default(),
            status: PlanStatus::default(),
        }
    }

    pub fn is_accepted(&self) -> bool {
        matches!(self.status, PlanStatus::Accepted { .. })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum PlanEvent {
    ChooseCourse(String),
    SetStart(NaiveDate),
    SetWeeklyHours(f64),
    SetCeiling(Option<f64>),
    SetLocalDaysOff(LocalDaysOff),
    AdjustPhase {
        phase_id: String,
        adjustment: PhaseAdjustment,
    },
    AddVacation(Vacation),
    RemoveVacation(usize),
    SetOverride(WeekOverride),
    RemoveOverride {
        iso_year: i32,
        iso_week: u32,
    },
    Next,
    Back,
    GoTo(PlanStep),
    Accept {
        on: NaiveDate,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum PlanError {
    /// The start lies outside the years the program works with (1900–2999).
    StartOutOfRange(NaiveDate),
    UnknownCourse(String),
    UnknownPhase(String),
    InvalidHours(f64),
    ZeroWeeks,
    VacationBackwards {
        first: NaiveDate,
        last: NaiveDate,
    },
    NoSuchVacation(usize),
    NoSuchWeek {
        year: i32,
        week: u32,
    },
    NoSuchOverride {
        year: i32,
        week: u32,
    },
    /// More days at the Sekretariat than a week has working days.
    TooManySecretariatDays(u8),
    AtFirstStep,
    AtLastStep,
    NotInReview,
    AlreadyAccepted,
}

fn check_hours(h: f64) -> Result<f64, PlanError> {
    if h.is_finite() && (0.0..=MAX_WEEKLY_HOURS).contains(&h) {
        Ok(h)
    } else {
        Err(PlanError::InvalidHours(h))
    }
}

impl PlanDraft {
    /// Applies an event. `courses` are the courses the content offers.
    pub fn apply(&self, event: PlanEvent, courses: &[Course]) -> Result<PlanDraft, PlanError> {
        let mut next = self.clone();
        let s = &mut next.settings;
        let changes_settings = !matches!(
            event,
            PlanEvent::Next | PlanEvent::Back | PlanEvent::GoTo(_) | PlanEvent::Accept { .. }
        );
        match event {
            PlanEvent::ChooseCourse(id) => {
                if !courses.iter().any(|c| c.id == id) {
                    return Err(PlanError::UnknownCourse(id));
                }
                if s.course_id != id {
                    // Phase adjustments belong to the old course's phases.
                    s.phases.clear();
                    s.course_id = id;
                }
            }
            PlanEvent::SetStart(date) => {
                if !crate::dates::in_range(date) {
                    return Err(PlanError::StartOutOfRange(date));
                }
                s.start = date;
            }
            PlanEvent::SetWeeklyHours(h) => {
                if check_hours(h)? == 0.0 {
                    return Err(PlanError::InvalidHours(h));
                }
                s.weekly_hours = h;
            }
            PlanEvent::SetCeiling(ceiling) => {
                if let Some(h) = ceiling {
                    check_hours(h)?;
                }
                s.ceiling_hours = ceiling;
            }
            PlanEvent::SetLocalDaysOff(days) => s.local_days_off = days,
            PlanEvent::AdjustPhase {
                phase_id,
                adjustment,
            } => {
                let course = courses
                    .iter()
                    .find(|c| c.id == s.course_id)
                    .ok_or_else(|| PlanError::UnknownCourse(s.course_id.clone()))?;
                if !course.phases.iter().any(|p| p.id == phase_id) {
                    return Err(PlanError::UnknownPhase(phase_id));
                }
                if adjustment.weeks == Some(0) {
                    return Err(PlanError::ZeroWeeks);
                }
                if let Some(h) = adjustment.hours_per_week {
                    check_hours(h)?;
                }
                if adjustment == PhaseAdjustment::default() {
                    s.phases.remove(&phase_id);
                } else {
                    s.phases.insert(phase_id, adjustment);
                }
            }
            PlanEvent::AddVacation(v) => {
                if v.last < v.first {
                    return Err(PlanError::VacationBackwards {
                        first: v.first,
                        last: v.last,
                    });
                }
                s.vacations.push(v);
                s.vacations.sort_by_key(|v| v.first);
            }
            PlanEvent::RemoveVacation(i) => {
                if i >= s.vacations.len() {
                    return Err(PlanError::NoSuchVacation(i + 1));
                }
                s.vacations.remove(i);
            }
            PlanEvent::SetOverride(o) => {
                if NaiveDate::from_isoywd_opt(o.iso_year, o.iso_week, chrono::Weekday::Mon)
                    .is_none()
                {
                    return Err(PlanError::NoSuchWeek {
                        year: o.iso_year,
                        week: o.iso_week,
                    });
                }
                check_hours(o.network_hours)?;
                if let Some(days) = o.secretariat_days
                    && days > crate::planner::input::MAX_SECRETARIAT_DAYS
                {
                    return Err(PlanError::TooManySecretariatDays(days));
                }
                s.overrides
                    .retain(|x| (x.iso_year, x.iso_week) != (o.iso_year, o.iso_week));
                s.overrides.push(o);
                s.overrides.sort_by_key(|x| (x.iso_year, x.iso_week));
            }
            PlanEvent::RemoveOverride { iso_year, iso_week } => {
                let before = s.overrides.len();
                s.overrides
                    .retain(|x| (x.iso_year, x.iso_week) != (iso_year, iso_week));
                if s.overrides.len() == before {
                    return Err(PlanError::NoSuchOverride {
                        year: iso_year,
                        week: iso_week,
                    });
                }
            }
            PlanEvent::Next => {
                next.step = self.step.next().ok_or(PlanError::AtLastStep)?;
            }
            PlanEvent::Back => {
                next.step = self.step.previous().ok_or(PlanError::AtFirstStep)?;
            }
            PlanEvent::GoTo(step) => next.step = step,
            PlanEvent::Accept { on } => {
                if self.step != PlanStep::Review {
                    return Err(PlanError::NotInReview);
                }
                if self.is_accepted() {
                    return Err(PlanError::AlreadyAccepted);
                }
                next.status = PlanStatus::Accepted { accepted_on: on };
            }
        }
        if changes_settings && next.settings != self.settings {
            next.status = match self.status {
                PlanStatus::Accepted { accepted_on }
                | PlanStatus::ChangedSinceAccepted { accepted_on } => {
                    PlanStatus::ChangedSinceAccepted { accepted_on }
                }
                PlanStatus::Draft => PlanStatus::Draft,
            };
        }
        Ok(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Phase;
    use crate::vocab::NetworkType;
    use crate::vocab::PhaseKind;
    use crate::vocab::Text;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, m, day).unwrap()
    }

    fn course(id: &str) -> Course {
        Course {
            id: id.into(),
            network_type: NetworkType::Velfaerd,
            name: Text::new(id, id),
            summary: Text::default(),
            example_note: Text::default(),
            expected_test_start_weeks: crate::content::ExpectedTestStart::Weeks(26),
            phases: vec![Phase {
                id: "opstart".into(),
                name: Text::new("Opstart", "Start"),
                kind: PhaseKind::Phase,
                weeks: 4,
                hours_per_week: 8.0,
                hours_profile: None,
                intensive: false,
                description: Text::default(),
            }],
        }
    }

    fn courses() -> Vec<Course> {
        vec![course("velfaerd"), course("laering")]
    }

    fn draft() -> PlanDraft {
        PlanDraft::new(PlanSettings::new("velfaerd", d(1, 4)))
    }

    fn at(step: PlanStep) -> PlanDraft {
        PlanDraft { step, ..draft() }
    }

    fn accepted() -> PlanDraft {
        at(PlanStep::Review)
            .apply(PlanEvent::Accept { on: d(1, 10) }, &courses())
            .unwrap()
    }

    fn apply(p: &PlanDraft, e: PlanEvent) -> Result<PlanDraft, PlanError> {
        p.apply(e, &courses())
    }

    #[test]
    fn next_and_back_walk_the_five_steps() {
        let mut p = draft();
        for step in &PlanStep::ALL[1..] {
            p = apply(&p, PlanEvent::Next).unwrap();
            assert_eq!(p.step, *step);
        }
        assert_eq!(apply(&p, PlanEvent::Next), Err(PlanError::AtLastStep));
        for step in PlanStep::ALL[..4].iter().rev() {
            p = apply(&p, PlanEvent::Back).unwrap();
            assert_eq!(p.step, *step);
        }
        assert_eq!(apply(&p, PlanEvent::Back), Err(PlanError::AtFirstStep));
    }

    #[test]
    fn only_the_review_step_can_accept() {
        for step in &PlanStep::ALL[..4] {
            assert_eq!(
                apply(&at(*step), PlanEvent::Accept { on: d(1, 10) }),
                Err(PlanError::NotInReview)
            );
        }
        assert_eq!(
            accepted().status,
            PlanStatus::Accepted {
                accepted_on: d(1, 10)
            }
        );
        assert_eq!(
            apply(&accepted(), PlanEvent::Accept { on: d(1, 11) }),
            Err(PlanError::AlreadyAccepted)
        );
    }

    #[test]
    fn every_setting_change_after_acceptance_marks_the_plan_changed() {
        let changes = [
            PlanEvent::ChooseCourse("laering".into()),
            PlanEvent::SetStart(d(2, 1)),
            PlanEvent::SetWeeklyHours(30.0),
            PlanEvent::SetCeiling(Some(15.0)),
            PlanEvent::SetLocalDaysOff(LocalDaysOff {
                grundlovsdag: true,
                ..LocalDaysOff::default()
            }),
            PlanEvent::AdjustPhase {
                phase_id: "opstart".into(),
                adjustment: PhaseAdjustment {
                    weeks: Some(6),
                    ..PhaseAdjustment::default()
                },
            },
            PlanEvent::AddVacation(Vacation {
                first: d(7, 12),
                last: d(7, 30),
            }),
            PlanEvent::SetOverride(WeekOverride {
                iso_year: 2027,
                iso_week: 10,
                network_hours: 20.0,
                secretariat_days: None,
                note: "Workshop".into(),
            }),
        ];
        for e in changes {
            let p = apply(&accepted(), e.clone()).unwrap();
            assert_eq!(
                p.status,
                PlanStatus::ChangedSinceAccepted {
                    accepted_on: d(1, 10)
                },
                "{e:?}"
            );
            // Accepting again from the review clears the mark.
            let again = apply(
                &apply(&p, PlanEvent::GoTo(PlanStep::Review)).unwrap(),
                PlanEvent::Accept { on: d(1, 12) },
            )
            .unwrap();
            assert_eq!(
                again.status,
                PlanStatus::Accepted {
                    accepted_on: d(1, 12)
                }
            );
        }
    }

    #[test]
    fn moving_between_steps_or_setting_the_same_value_keeps_acceptance() {
        let p = apply(&accepted(), PlanEvent::GoTo(PlanStep::Basics)).unwrap();
        assert!(p.is_accepted());
        let p = apply(&p, PlanEvent::SetStart(d(1, 4))).unwrap();
        assert!(p.is_accepted());
    }

    #[test]
    fn invalid_values_are_rejected_with_the_value() {
        let p = at(PlanStep::Basics);
        assert_eq!(
            apply(&p, PlanEvent::SetWeeklyHours(-5.0)),
            Err(PlanError::InvalidHours(-5.0))
        );
        assert_eq!(
            apply(&p, PlanEvent::SetWeeklyHours(0.0)),
            Err(PlanError::InvalidHours(0.0))
        );
        assert!(matches!(
            apply(&p, PlanEvent::SetWeeklyHours(f64::NAN)),
            Err(PlanError::InvalidHours(_))
        ));
        assert_eq!(
            apply(&p, PlanEvent::SetCeiling(Some(200.0))),
            Err(PlanError::InvalidHours(200.0))
        );
        assert_eq!(
            apply(&p, PlanEvent::ChooseCourse("nope".into())),
            Err(PlanError::UnknownCourse("nope".into()))
        );
        assert_eq!(
            apply(
                &p,
                PlanEvent::AdjustPhase {
                    phase_id: "nope".into(),
                    adjustment: PhaseAdjustment::default()
                }
            ),
            Err(PlanError::UnknownPhase("nope".into()))
        );
        assert_eq!(
            apply(
                &p,
                PlanEvent::AdjustPhase {
                    phase_id: "opstart".into(),
                    adjustment: PhaseAdjustment {
                        weeks: Some(0),
                        ..PhaseAdjustment::default()
                    }
                }
            ),
            Err(PlanError::ZeroWeeks)
        );
        assert_eq!(
            apply(
                &p,
                PlanEvent::AddVacation(Vacation {
                    first: d(7, 30),
                    last: d(7, 12)
                })
            ),
            Err(PlanError::VacationBackwards {
                first: d(7, 30),
                last: d(7, 12)
            })
        );
        assert_eq!(
            apply(&p, PlanEvent::RemoveVacation(0)),
            Err(PlanError::NoSuchVacation(1))
        );
        assert_eq!(
            apply(
                &p,
                PlanEvent::SetOverride(WeekOverride {
                    iso_year: 2027,
                    iso_week: 53,
                    network_hours: 5.0,
                    secretariat_days: None,
                    note: String::new()
                })
            ),
            Err(PlanError::NoSuchWeek {
                year: 2027,
                week: 53
            })
        );
        assert_eq!(
            apply(
                &p,
                PlanEvent::RemoveOverride {
                    iso_year: 2027,
                    iso_week: 5
                }
            ),
            Err(PlanError::NoSuchOverride {
                year: 2027,
                week: 5
            })
        );
    }

    #[test]
    fn choosing_another_course_drops_the_old_phase_adjustments() {
        let p = apply(
            &draft(),
            PlanEvent::AdjustPhase {
                phase_id: "opstart".into(),
                adjustment: PhaseAdjustment {
                    hours_per_week: Some(12.0),
                    ..PhaseAdjustment::default()
                },
            },
        )
        .unwrap();
        assert_eq!(p.settings.phases.len(), 1);
        let p = apply(&p, PlanEvent::ChooseCourse("laering".into())).unwrap();
        assert!(p.settings.phases.is_empty());
    }

    #[test]
    fn an_override_replaces_an_earlier_one_for_the_same_week() {
        let o = |h: f64| {
            PlanEvent::SetOverride(WeekOverride {
                iso_year: 2027,
                iso_week: 10,
                network_hours: h,
                secretariat_days: None,
                note: String::new(),
            })
        };
        let p = apply(&apply(&draft(), o(5.0)).unwrap(), o(9.0)).unwrap();
        assert_eq!(p.settings.overrides.len(), 1);
        assert_eq!(p.settings.overrides[0].network_hours, 9.0);
        let p = apply(
            &p,
            PlanEvent::RemoveOverride {
                iso_year: 2027,
                iso_week: 10,
            },
        )
        .unwrap();
        assert!(p.settings.overrides.is_empty());
    }

    #[test]
    fn a_week_s_own_sekretariat_days_are_at_most_five() {
        let o = |days: u8| {
            PlanEvent::SetOverride(WeekOverride {
                iso_year: 2027,
                iso_week: 10,
                network_hours: 20.0,
                secretariat_days: Some(days),
                note: String::new(),
            })
        };
        let p = apply(&draft(), o(5)).unwrap();
        assert_eq!(p.settings.overrides[0].secretariat_days, Some(5));
        assert_eq!(
            apply(&draft(), o(6)),
            Err(PlanError::TooManySecretariatDays(6))
        );
    }

    #[test]
    fn the_saved_shape_keeps_settings_at_the_top_of_plan() {
        let json = serde_json::to_value(accepted()).unwrap();
        assert_eq!(json["course_id"], "velfaerd");
        assert_eq!(json["start"], "2027-01-04");
        assert_eq!(json["weekly_hours"], 37.0);
        assert_eq!(json["step"], "review");
        assert_eq!(json["status"]["state"], "accepted");
        let back: PlanDraft = serde_json::from_value(json).unwrap();
        assert_eq!(back, accepted());
    }
}
