//! From a course description and the leader's calendar to a plan per ISO week (SPEC §3).

mod build;
pub mod calendar;
pub mod input;
pub mod usage;
pub mod week;

pub use build::{
    EffectivePhase, MAX_PLAN_WEEKS, UnknownCourse, effective_phases, plan, plan_for,
    round_half_hour, round_tenth,
};

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::vocab::PhaseKind;

/// Municipal full time.
pub const DEFAULT_WEEKLY_HOURS: f64 = 37.0;
/// A working day, for suggesting days at the Sekretariat.
pub const HOURS_PER_DAY: f64 = 7.4;
/// Network hours at or above this share of capacity make a Sekretariat week.
pub const DEFAULT_INTENSIVE_THRESHOLD: f64 = 0.4;

/// Days that are not public holidays but are often free by local agreement. Each is opt-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LocalDaysOff {
    /// 5 June.
    pub grundlovsdag: bool,
    /// 24 December.
    pub christmas_eve: bool,
    /// 31 December.
    pub new_years_eve: bool,
    /// 1 May.
    pub may_day: bool,
}

/// Days the leader is away, first and last day included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vacation {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

/// The leader's change to one phase of the course.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PhaseAdjustment {
    pub weeks: Option<u32>,
    pub hours_per_week: Option<f64>,
    pub intensive: Option<bool>,
}

/// The leader's own figures for one ISO week: its network hours and, if given, its days at
/// the Sekretariat (otherwise they follow from the hours as in any week).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WeekOverride {
    pub iso_year: i32,
    pub iso_week: u32,
    pub network_hours: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secretariat_days: Option<u8>,
    #[serde(default)]
    pub note: String,
}

/// Everything the leader chose for the plan; saved in the workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanSettings {
    pub course_id: String,
    pub start: NaiveDate,
    pub weekly_hours: f64,
    /// Most network hours a week agreed with the personaleleder, if any.
    #[serde(default)]
    pub ceiling_hours: Option<f64>,
    #[serde(default = "default_threshold")]
    pub intensive_threshold: f64,
    #[serde(default)]
    pub local_days_off: LocalDaysOff,
    /// Keyed by the course's phase id.
    #[serde(default)]
    pub phases: BTreeMap<String, PhaseAdjustment>,
    #[serde(default)]
    pub vacations: Vec<Vacation>,
    #[serde(default)]
    pub overrides: Vec<WeekOverride>,
}

fn default_threshold() -> f64 {
    DEFAULT_INTENSIVE_THRESHOLD
}

impl PlanSettings {
    pub fn new(course_id: impl Into<String>, start: NaiveDate) -> Self {
        PlanSettings {
            course_id: course_id.into(),
            start,
            weekly_hours: DEFAULT_WEEKLY_HOURS,
            ceiling_hours: None,
            intensive_threshold: DEFAULT_INTENSIVE_THRESHOLD,
            local_days_off: LocalDaysOff::default(),
            phases: BTreeMap::new(),
            vacations: Vec::new(),
            overrides: Vec::new(),
        }
    }
}

/// What a week of the plan is spent on. `Vacation` is a week with no working days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WeekKind {
    Phase,
    Break,
    Test,
    Vacation,
}

impl WeekKind {
    pub fn id(self) -> &'static str {
        match self {
            WeekKind::Phase => "phase",
            WeekKind::Break => "break",
            WeekKind::Test => "test",
            WeekKind::Vacation => "vacation",
        }
    }
}

impl From<PhaseKind> for WeekKind {
    fn from(kind: PhaseKind) -> Self {
        match kind {
            PhaseKind::Phase => WeekKind::Phase,
            PhaseKind::Break => WeekKind::Break,
            PhaseKind::Test => WeekKind::Test,
        }
    }
}

/// Something worth knowing about one week; rendered in the user's language by `export`/`tui`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WeekNote {
    /// A public holiday or local day off on a weekday (its Danish/English name).
    Holiday {
        date: NaiveDate,
        name_da: String,
        name_en: String,
    },
    /// The leader's vacation covers this many weekdays of the week.
    Vacation { days: u8 },
    /// Network hours were set by hand.
    Override { note: String },
    /// A meeting with a counterpart falls in this week.
    Meeting { date: NaiveDate, meeting_id: String },
    /// The first week of a phase (other than the test phase, which gets `TestStart`).
    PhaseStart,
    /// The first week of the test phase; `Plan::test_start` is its Monday.
    TestStart,
}

/// One row of the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanWeek {
    pub iso_year: i32,
    pub iso_week: u32,
    pub monday: NaiveDate,
    /// The phase this week counts towards; `None` in a week with no working days.
    pub phase_id: Option<String>,
    pub kind: WeekKind,
    pub working_days: u8,
    pub capacity_hours: f64,
    pub network_hours: f64,
    pub basis_hours: f64,
    /// Suggested days at the Sekretariat; 0 when this is not an intensive week.
    pub secretariat_days: u8,
    pub notes: Vec<WeekNote>,
}

impl PlanWeek {
    pub fn is_secretariat_week(&self) -> bool {
        self.secretariat_days > 0
    }
}

/// Something in the plan the leader should look at.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Warning {
    AboveCeiling {
        iso_year: i32,
        iso_week: u32,
        network_hours: f64,
        ceiling: f64,
    },
    HoursWithoutCapacity {
        iso_year: i32,
        iso_week: u32,
        network_hours: f64,
    },
    OverAllocated {
        iso_year: i32,
        iso_week: u32,
        network_hours: f64,
        capacity_hours: f64,
    },
    TestPhaseLate {
        /// Weeks from the plan's first week to the test's first week.
        starts_after_weeks: u32,
        expected_weeks: u32,
        iso_year: i32,
        iso_week: u32,
    },
    MeetingOnHoliday {
        date: NaiveDate,
        meeting_id: String,
        name_da: String,
        name_en: String,
    },
    MeetingOnWeekend {
        date: NaiveDate,
        meeting_id: String,
    },
    /// An override names a week outside the plan.
    OverrideOutsidePlan {
        iso_year: i32,
        iso_week: u32,
    },
    /// The adjustments name a phase the course does not have.
    UnknownPhase {
        phase_id: String,
    },
    /// The leader has vacation during the test phase: `weeks` consecutive weeks from this one,
    /// with `vacation_days` weekdays off in all.
    VacationInTestPhase {
        iso_year: i32,
        iso_week: u32,
        weeks: u32,
        vacation_days: u32,
    },
    /// The plan was cut off after this many weeks (vacations or phase lengths out of bounds).
    PlanTooLong {
        max_weeks: u32,
    },
}

impl Warning {
    /// The ISO week (year, week) the warning is about, when it is about one week of the plan:
    /// the week over the ceiling, the first week of a late test or of a vacation in the test,
    /// the week of a meeting. `None` for the plan as a whole.
    pub fn week(&self) -> Option<(i32, u32)> {
        match self {
            Warning::AboveCeiling {
                iso_year, iso_week, ..
            }
            | Warning::HoursWithoutCapacity {
                iso_year, iso_week, ..
            }
            | Warning::OverAllocated {
                iso_year, iso_week, ..
            }
            | Warning::TestPhaseLate {
                iso_year, iso_week, ..
            }
            | Warning::VacationInTestPhase {
                iso_year, iso_week, ..
            }
            | Warning::OverrideOutsidePlan { iso_year, iso_week } => Some((*iso_year, *iso_week)),
            Warning::MeetingOnHoliday { date, .. } | Warning::MeetingOnWeekend { date, .. } => {
                let iso = chrono::Datelike::iso_week(date);
                Some((iso.year(), iso.week()))
            }
            Warning::UnknownPhase { .. } | Warning::PlanTooLong { .. } => None,
        }
    }
}

/// A phase span as it lands in the calendar, for condensed views and the calendar export.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PhaseSpan {
    pub phase_id: String,
    pub kind: WeekKind,
    /// First and last week (Mondays) that count towards the phase.
    pub first_monday: NaiveDate,
    pub last_monday: NaiveDate,
    pub working_weeks: u32,
    /// The phase's planned hours in a full week (the profile's top value when it has one).
    pub hours_per_week: f64,
    pub intensive: bool,
}

/// The planner's output.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    pub course_id: String,
    pub start: NaiveDate,
    pub weekly_hours: f64,
    pub weeks: Vec<PlanWeek>,
    pub spans: Vec<PhaseSpan>,
    pub warnings: Vec<Warning>,
    /// Monday of the first test week, if the course has a test phase.
    pub test_start: Option<NaiveDate>,
}

impl Plan {
    /// The row for an ISO week, if the plan has it.
    pub fn week(&self, iso_year: i32, iso_week: u32) -> Option<&PlanWeek> {
        self.weeks
            .iter()
            .find(|w| w.iso_year == iso_year && w.iso_week == iso_week)
    }

    /// The Monday of the plan's first week.
    pub fn first_monday(&self) -> Option<NaiveDate> {
        self.weeks.first().map(|w| w.monday)
    }

    /// The Monday of the plan's last week.
    pub fn last_monday(&self) -> Option<NaiveDate> {
        self.weeks.last().map(|w| w.monday)
    }

    pub fn total_network_hours(&self) -> f64 {
        round_tenth(self.weeks.iter().map(|w| w.network_hours).sum())
    }

    pub fn total_basis_hours(&self) -> f64 {
        round_tenth(self.weeks.iter().map(|w| w.basis_hours).sum())
    }

    /// The weeks with suggested days at the Sekretariat.
    pub fn secretariat_weeks(&self) -> impl Iterator<Item = &PlanWeek> {
        self.weeks.iter().filter(|w| w.is_secretariat_week())
    }

    pub fn span(&self, phase_id: &str) -> Option<&PhaseSpan> {
        self.spans.iter().find(|s| s.phase_id == phase_id)
    }
}
