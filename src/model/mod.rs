//! The saved workspace: one network, its three counterparts' meetings and its plan.
//!
//! These types are the save file (`docs/file-format.md`). Every field a user can fill lives here;
//! the rules for changing them live in `flow/`.

pub mod migrate;

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::flow::agreement::Agreement;
use crate::flow::handout::HandoutState;
use crate::flow::plan::PlanDraft;
use crate::flow::reflection::Reflection;
use crate::i18n::Lang;

/// The save-file version this build writes. Older files are migrated step by step
/// (`model::migrate`); newer ones are refused read-only.
pub const SCHEMA_VERSION: u32 = 1;

/// One of the three people who give the network leader their mandate.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub enum Counterpart {
    #[default]
    #[serde(rename = "personaleleder")]
    Personaleleder,
    #[serde(rename = "referenceleder")]
    Referenceleder,
    #[serde(rename = "co-driver")]
    CoDriver,
}

impl Counterpart {
    pub const ALL: [Counterpart; 3] = [
        Counterpart::Personaleleder,
        Counterpart::Referenceleder,
        Counterpart::CoDriver,
    ];

    /// The id used on the command line, in the save file and in content files.
    pub fn id(self) -> &'static str {
        match self {
            Counterpart::Personaleleder => "personaleleder",
            Counterpart::Referenceleder => "referenceleder",
            Counterpart::CoDriver => "co-driver",
        }
    }

    /// The role's name as a heading ("Personaleleder" / "Staff manager").
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Counterpart::Personaleleder => lang.pick("Personaleleder", "Staff manager"),
            Counterpart::Referenceleder => lang.pick("Referenceleder", "Reference leader"),
            Counterpart::CoDriver => lang.pick("Co-driver", "Co-driver"),
        }
    }

    /// The role's name inside a sentence ("din personaleleder" → "personaleleder").
    pub fn name_lower(self, lang: Lang) -> &'static str {
        match self {
            Counterpart::Personaleleder => lang.pick("personaleleder", "staff manager"),
            Counterpart::Referenceleder => lang.pick("referenceleder", "reference leader"),
            Counterpart::CoDriver => lang.pick("co-driver", "co-driver"),
        }
    }
}

impl fmt::Display for Counterpart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for Counterpart {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_lowercase().as_str() {
            "personaleleder" => Ok(Counterpart::Personaleleder),
            "referenceleder" => Ok(Counterpart::Referenceleder),
            "co-driver" | "codriver" => Ok(Counterpart::CoDriver),
            other => Err(format!(
                "ukendt samtalepart «{other}» (brug personaleleder, referenceleder eller co-driver)"
            )),
        }
    }
}

/// The three kinds of network in the network-based organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NetworkType {
    Velfaerd,
    Innovation,
    Laering,
}

impl NetworkType {
    pub const ALL: [NetworkType; 3] = [
        NetworkType::Velfaerd,
        NetworkType::Innovation,
        NetworkType::Laering,
    ];

    pub fn id(self) -> &'static str {
        match self {
            NetworkType::Velfaerd => "velfaerd",
            NetworkType::Innovation => "innovation",
            NetworkType::Laering => "laering",
        }
    }

    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            NetworkType::Velfaerd => lang.pick("velfærdsnetværk", "welfare network"),
            NetworkType::Innovation => lang.pick("innovationsnetværk", "innovation network"),
            NetworkType::Laering => lang.pick("læringsnetværk", "learning network"),
        }
    }
}

impl fmt::Display for NetworkType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for NetworkType {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_lowercase().as_str() {
            "velfaerd" | "velfærd" | "velfaerdsnetvaerk" | "velfærdsnetværk" => {
                Ok(NetworkType::Velfaerd)
            }
            "innovation" | "innovationsnetvaerk" | "innovationsnetværk" => {
                Ok(NetworkType::Innovation)
            }
            "laering" | "læring" | "laeringsnetvaerk" | "læringsnetværk" => {
                Ok(NetworkType::Laering)
            }
            other => Err(format!(
                "ukendt netværkstype «{other}» (brug velfaerd, innovation eller laering)"
            )),
        }
    }
}

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

    /// Meeting dates, for the planner's holiday check and the calendar export.
    pub fn meeting_dates(&self) -> Vec<NaiveDate> {
        self.meetings.iter().filter_map(|m| m.date).collect()
    }
}

/// Answers keyed by question id, as saved.
pub type Answers = BTreeMap<String, crate::flow::reflection::Answer>;
