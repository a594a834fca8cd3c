//! The saved workspace: one network, its three counterparts' meetings and its plan.
//!
//! These types are the save file (`docs/file-format.md`). Every field a user can fill lives here;
//! the rules for changing them live in `flow/`.

pub mod codriver;
pub mod migrate;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use crate::flow::agreement::Agreement;
use crate::flow::handout::HandoutState;
use crate::flow::plan::PlanDraft;
use crate::flow::reflection::Reflection;
use crate::planner::usage::TimeLog;
use crate::vocab::{Counterpart, NetworkType};

pub use codriver::CodriverAid;

/// The save-file version this build writes. Older files are migrated step by step
/// (`model::migrate`); newer ones are refused read-only.
pub const SCHEMA_VERSION: u32 = 2;

/// Workspace-wide preferences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// How many working days before a meeting the pamphlet should be handed out.
    pub handout_working_days_before: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            handout_working_days_before: 5,
        }
    }
}

/// One network: what the leader prepares for it, saved as one JSON file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    pub schema_version: u32,
    pub id: String,
    /// The network's theme, as the leader calls it.
    pub name: String,
    pub network_type: NetworkType,
    pub leader_name: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[serde(default)]
    pub settings: Settings,
    pub plan: PlanDraft,
    pub meetings: Vec<Meeting>,
    /// The network hours really used, per ISO week (version 2).
    #[serde(default)]
    pub time_log: TimeLog,
    /// The leader's notes while finding a co-driver (version 2).
    #[serde(default)]
    pub codriver_aid: CodriverAid,
}

/// One meeting with one counterpart, and everything prepared for it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Meeting {
    pub id: String,
    pub counterpart: Counterpart,
    #[serde(default)]
    pub person_name: String,
    #[serde(default)]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub handout: HandoutState,
    /// Topics the leader wants to raise; printed on the pamphlet.
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default, flatten)]
    pub reflection: Reflection,
    #[serde(default)]
    pub agreement: Agreement,
    /// Never printed unless the leader asks for it.
    #[serde(default)]
    pub private_notes: String,
    /// Reflection questions whose answers the leader wants to bring up again at the next
    /// meeting with the same counterpart (version 2).
    #[serde(default)]
    pub bring_up: BTreeSet<String>,
    /// The pamphlet is handed out once per counterpart; a follow-up meeting hands it out again
    /// only when the leader chooses so (version 2).
    #[serde(default)]
    pub hand_out_again: bool,
}

impl Workspace {
    /// A new workspace with one undated meeting per counterpart.
    pub fn new(
        id: String,
        name: String,
        network_type: NetworkType,
        leader_name: String,
        plan: PlanDraft,
        now: DateTime<Utc>,
    ) -> Self {
        let meetings = Counterpart::ALL
            .iter()
            .map(|&c| Meeting {
                id: format!("{}-1", c.id()),
                counterpart: c,
                ..Meeting::default()
            })
            .collect();
        Workspace {
            schema_version: SCHEMA_VERSION,
            id,
            name,
            network_type,
            leader_name,
            created_at: now,
            updated_at: now,
            settings: Settings::default(),
            plan,
            meetings,
            time_log: TimeLog::default(),
            codriver_aid: CodriverAid::default(),
        }
    }

    pub fn meeting(&self, id: &str) -> Option<&Meeting> {
        self.meetings.iter().find(|m| m.id == id)
    }

    pub fn meeting_mut(&mut self, id: &str) -> Option<&mut Meeting> {
        self.meetings.iter_mut().find(|m| m.id == id)
    }

    /// The meetings with one counterpart, in the order they were added.
    pub fn meetings_with(&self, counterpart: Counterpart) -> impl Iterator<Item = &Meeting> {
        self.meetings
            .iter()
            .filter(move |m| m.counterpart == counterpart)
    }

    /// The counterpart's next meeting on or after `today`, or else the latest one (dated or not).
    pub fn current_meeting(&self, counterpart: Counterpart, today: NaiveDate) -> Option<&Meeting> {
        let upcoming = self
            .meetings_with(counterpart)
            .filter(|m| m.date.is_some_and(|d| d >= today))
            .min_by_key(|m| m.date);
        upcoming.or_else(|| {
            self.meetings_with(counterpart)
                .find(|m| m.date.is_none())
                .or_else(|| self.meetings_with(counterpart).max_by_key(|m| m.date))
        })
    }

    /// Adds a follow-up meeting with a counterpart. Its agreement starts from the last agreed
    /// agreement with the same counterpart, and the person's name carries over.
    pub fn add_meeting(&mut self, counterpart: Counterpart) -> &Meeting {
        let n = self.meetings_with(counterpart).count() + 1;
        let mut id = format!("{}-{n}", counterpart.id());
        let mut k = n;
        while self.meeting(&id).is_some() {
            k += 1;
            id = format!("{}-{k}", counterpart.id());
        }
        let previous = self.meetings_with(counterpart).last();
        let person_name = previous.map(|m| m.person_name.clone()).unwrap_or_default();
        let last_agreed = self
            .meetings_with(counterpart)
            .filter(|m| m.agreement.is_agreed())
            .last();
        let agreement = last_agreed
            .map(|m| m.agreement.carried_forward())
            .unwrap_or_default();
        self.meetings.push(Meeting {
            id,
            counterpart,
            person_name,
            agreement,
            ..Meeting::default()
        });
        self.meetings.last().expect("just pushed")
    }

    /// The leader's working calendar: public holidays, the chosen local days off and vacations.
    pub fn calendar(&self) -> crate::planner::calendar::Calendar {
        crate::planner::calendar::Calendar::new(
            self.plan.settings.local_days_off,
            self.plan.settings.vacations.clone(),
        )
    }

    /// The network's week-by-week plan, with its dated meetings as notes and holiday checks.
    pub fn plan_weeks(
        &self,
        content: &crate::content::Content,
    ) -> Result<crate::planner::Plan, crate::planner::UnknownCourse> {
        crate::planner::plan_for(content, &self.plan.settings, &self.dated_meetings())
    }

    /// The dated meetings as the planner takes them: (meeting id, date).
    pub fn dated_meetings(&self) -> Vec<(String, NaiveDate)> {
        self.meetings
            .iter()
            .filter_map(|m| Some((m.id.clone(), m.date?)))
            .collect()
    }

    /// Meeting dates, for the planner's holiday check and the calendar export.
    pub fn meeting_dates(&self) -> Vec<NaiveDate> {
        self.meetings.iter().filter_map(|m| m.date).collect()
    }
}

/// Answers keyed by question id, as saved.
pub type Answers = BTreeMap<String, crate::flow::reflection::Answer>;
