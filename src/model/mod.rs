//! The saved workspace: one network, its three counterparts' meetings and its plan.
//!
//! These types are the save file (`docs/file-format.md`). Every field a user can fill lives here;
//! the rules for changing them live in `flow/`.

pub mod codriver;
pub mod migrate;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use crate::flow::agreement::{Agreement, AgreementState};
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

/// What the leader tells about the network itself: its name (the theme), its type and the
/// leader's own name. Set when the network is made, changed from the dashboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkFacts {
    pub name: String,
    pub network_type: NetworkType,
    pub leader_name: String,
}

/// Why the network's facts were left as they were.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactsError {
    /// The name is empty or only blanks.
    EmptyName,
}

/// What a change of the network's facts means for the rest of the workspace.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FactsChanged {
    /// Anything was different from before.
    pub changed: bool,
    /// The type changed, and the plan is built on a course for another type. The plan keeps
    /// its course and everything adjusted in it (a new course would drop the phase changes);
    /// the leader is told, and may choose the new type's course in the plan's first step.
    pub plan_course_of_other_type: Option<String>,
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

impl Meeting {
    /// Marks the answer to a reflection question to be brought up again at the next meeting
    /// with the same counterpart, or takes the mark off; returns whether it is marked now.
    pub fn toggle_bring_up(&mut self, question_id: &str) -> bool {
        if self.bring_up.remove(question_id) {
            false
        } else {
            self.bring_up.insert(question_id.to_string());
            true
        }
    }
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

    /// The meeting before this one with the same counterpart, in the order the meetings were
    /// added (which is the order they are held in: a follow-up is added after the meeting it
    /// follows). `None` for a first meeting or an unknown id.
    pub fn previous_meeting(&self, meeting_id: &str) -> Option<&Meeting> {
        let meeting = self.meeting(meeting_id)?;
        self.meetings_with(meeting.counterpart)
            .take_while(|m| m.id != meeting_id)
            .last()
    }

    /// Whether a meeting is a follow-up: any meeting after the first with the same counterpart.
    /// A follow-up asks the follow-up questions and builds on the last meeting.
    pub fn is_follow_up(&self, meeting_id: &str) -> bool {
        self.previous_meeting(meeting_id).is_some()
    }

    /// The reflection questions a meeting asks: the follow-up set for a follow-up meeting (when
    /// the content has one), else the first meeting's.
    pub fn questions<'c>(
        &self,
        content: &'c crate::content::Content,
        meeting_id: &str,
    ) -> &'c [crate::content::Question] {
        match self.meeting(meeting_id) {
            Some(m) => content.questions_for(m.counterpart, self.is_follow_up(meeting_id)),
            None => &[],
        }
    }

    /// The meetings with the same counterpart before this one, latest first.
    pub fn earlier_meetings(&self, meeting_id: &str) -> Vec<&Meeting> {
        let Some(meeting) = self.meeting(meeting_id) else {
            return Vec::new();
        };
        let mut earlier: Vec<&Meeting> = self
            .meetings_with(meeting.counterpart)
            .take_while(|m| m.id != meeting_id)
            .collect();
        earlier.reverse();
        earlier
    }

    /// The last meeting with a counterpart whose agreement was made (marked agreed).
    pub fn last_agreed_meeting(&self, counterpart: Counterpart) -> Option<&Meeting> {
        self.meetings_with(counterpart)
            .filter(|m| m.agreement.is_agreed())
            .last()
    }

    /// The agreement a follow-up builds on: the meeting before this one, with the same
    /// counterpart, whose agreement was made (marked agreed) last. `None` for a first meeting,
    /// or when nothing was agreed before it.
    pub fn previous_agreement(&self, meeting_id: &str) -> Option<&Meeting> {
        self.earlier_meetings(meeting_id)
            .into_iter()
            .find(|m| m.agreement.is_agreed())
    }

    /// The last time the counterpart was handed the pamphlet before this meeting: the earlier
    /// meeting it was handed out for. Whether this meeting hands it out again is its own
    /// choice (`hand_out_again`); this only says what happened before.
    pub fn earlier_hand_out(&self, meeting_id: &str) -> Option<&Meeting> {
        self.earlier_meetings(meeting_id)
            .into_iter()
            .find(|m| m.handout.is_handed_out())
    }

    /// The date a new follow-up meeting with the counterpart is proposed on: the review date
    /// of the last agreement made with them. `None` when nothing has been agreed yet.
    pub fn proposed_follow_up_date(&self, counterpart: Counterpart) -> Option<NaiveDate> {
        match self.last_agreed_meeting(counterpart)?.agreement.state {
            AgreementState::Agreed { review_on, .. } => Some(review_on),
            _ => None,
        }
    }

    /// Adds a follow-up meeting with a counterpart. Its agreement starts from the last agreed
    /// agreement with the same counterpart, the person's name carries over, and its date is
    /// proposed on that agreement's review date (the leader can change it).
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
        let agreement = self
            .last_agreed_meeting(counterpart)
            .map(|m| m.agreement.carried_forward())
            .unwrap_or_default();
        let date = self.proposed_follow_up_date(counterpart);
        self.meetings.push(Meeting {
            id,
            counterpart,
            person_name,
            date,
            agreement,
            ..Meeting::default()
        });
        self.meetings.last().expect("just pushed")
    }

    /// The network's name, type and leader, as the dashboard's form shows them.
    pub fn facts(&self) -> NetworkFacts {
        NetworkFacts {
            name: self.name.clone(),
            network_type: self.network_type,
            leader_name: self.leader_name.clone(),
        }
    }

    /// Changes the network's name, type and leader (blanks around them are dropped). Nothing
    /// else changes: the meetings, the answers, the agreements, the time log and the plan stay
    /// as they are, the plan with its course too (see [`FactsChanged`]).
    pub fn set_facts(
        &mut self,
        facts: NetworkFacts,
        content: &crate::content::Content,
    ) -> Result<FactsChanged, FactsError> {
        let name = facts.name.trim();
        if name.is_empty() {
            return Err(FactsError::EmptyName);
        }
        let new = NetworkFacts {
            name: name.to_string(),
            network_type: facts.network_type,
            leader_name: facts.leader_name.trim().to_string(),
        };
        let type_changed = new.network_type != self.network_type;
        let changed = new != self.facts();
        self.name = new.name;
        self.network_type = new.network_type;
        self.leader_name = new.leader_name;
        let plan_course_of_other_type = content
            .course(&self.plan.settings.course_id)
            .filter(|c| type_changed && c.network_type != self.network_type)
            .map(|c| c.id.clone());
        Ok(FactsChanged {
            changed,
            plan_course_of_other_type,
        })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::agreement::FieldText;
    use crate::planner::PlanSettings;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, m, day).unwrap()
    }

    fn workspace() -> Workspace {
        Workspace::new(
            "t".into(),
            "Tema".into(),
            NetworkType::Velfaerd,
            "Mette".into(),
            PlanDraft::new(PlanSettings::new("velfaerd", d(1, 4))),
            DateTime::<Utc>::default(),
        )
    }

    fn agree(m: &mut Meeting, on: NaiveDate, review_on: NaiveDate) {
        m.agreement.fields.insert(
            "netvaerkstimer".into(),
            FieldText {
                proposal: "12 timer".into(),
                agreed: "10 timer".into(),
            },
        );
        m.agreement.state = AgreementState::Agreed {
            agreed_on: on,
            review_on,
        };
    }

    #[test]
    fn a_follow_up_is_proposed_on_the_last_agreement_s_review_date() {
        let mut ws = workspace();
        let first = ws.meeting_mut("personaleleder-1").unwrap();
        first.person_name = "Jonas".into();
        agree(first, d(1, 18), d(3, 15));
        let follow_up = ws.add_meeting(Counterpart::Personaleleder).clone();
        assert_eq!(follow_up.id, "personaleleder-2");
        assert_eq!(follow_up.date, Some(d(3, 15)));
        assert_eq!(follow_up.person_name, "Jonas");
        assert_eq!(follow_up.agreement.proposal("netvaerkstimer"), "10 timer");
        // Nothing agreed with the referenceleder yet: no date to propose.
        assert_eq!(ws.add_meeting(Counterpart::Referenceleder).date, None);
    }

    fn content() -> crate::content::Content {
        crate::content::Content::embedded().expect("embedded content")
    }

    fn facts(name: &str, network_type: NetworkType, leader: &str) -> NetworkFacts {
        NetworkFacts {
            name: name.into(),
            network_type,
            leader_name: leader.into(),
        }
    }

    #[test]
    fn the_network_s_name_and_leader_change_and_blanks_around_them_go() {
        let mut ws = workspace();
        let changed = ws
            .set_facts(
                facts("  Ældre i bevægelse ", NetworkType::Velfaerd, " Søren Ærø "),
                &content(),
            )
            .unwrap();
        assert!(changed.changed);
        assert_eq!(changed.plan_course_of_other_type, None);
        assert_eq!(ws.name, "Ældre i bevægelse");
        assert_eq!(ws.leader_name, "Søren Ærø");
        // The same again changes nothing.
        let again = ws.set_facts(ws.facts(), &content()).unwrap();
        assert!(!again.changed);
    }

    #[test]
    fn a_network_needs_a_name() {
        let mut ws = workspace();
        let before = ws.clone();
        assert_eq!(
            ws.set_facts(facts("  ", NetworkType::Laering, "Ny"), &content()),
            Err(FactsError::EmptyName)
        );
        assert_eq!(ws, before);
    }

    #[test]
    fn changing_the_type_keeps_everything_written_and_the_plan_s_course() {
        let mut ws = workspace();
        let m = ws.meeting_mut("personaleleder-1").unwrap();
        m.person_name = "Jonas".into();
        agree(m, d(1, 18), d(3, 15));
        ws.plan.settings.phases.insert(
            "opstart".into(),
            crate::planner::PhaseAdjustment {
                weeks: Some(6),
                ..Default::default()
            },
        );
        let before = ws.clone();
        let changed = ws
            .set_facts(facts("Tema", NetworkType::Innovation, "Mette"), &content())
            .unwrap();
        assert!(changed.changed);
        assert_eq!(
            changed.plan_course_of_other_type.as_deref(),
            Some("velfaerd")
        );
        assert_eq!(ws.network_type, NetworkType::Innovation);
        assert_eq!(ws.plan, before.plan);
        assert_eq!(ws.meetings, before.meetings);
        assert_eq!(ws.time_log, before.time_log);
        assert_eq!(ws.codriver_aid, before.codriver_aid);
        // Back to the plan's own type: nothing to point out.
        let back = ws
            .set_facts(facts("Tema", NetworkType::Velfaerd, "Mette"), &content())
            .unwrap();
        assert_eq!(back.plan_course_of_other_type, None);
    }

    #[test]
    fn a_plan_already_on_the_new_type_s_course_needs_no_look() {
        let mut ws = workspace();
        ws.plan.settings.course_id = "laering".into();
        let changed = ws
            .set_facts(facts("Tema", NetworkType::Laering, "Mette"), &content())
            .unwrap();
        assert_eq!(changed.plan_course_of_other_type, None);
    }

    #[test]
    fn an_answer_is_marked_to_bring_up_again_and_unmarked() {
        let mut m = Meeting::default();
        assert!(m.toggle_bring_up("pl-tid-1"));
        assert!(m.toggle_bring_up("pl-tid-2"));
        assert_eq!(
            m.bring_up.iter().map(String::as_str).collect::<Vec<_>>(),
            ["pl-tid-1", "pl-tid-2"]
        );
        assert!(!m.toggle_bring_up("pl-tid-1"));
        assert_eq!(m.bring_up.len(), 1);
        assert!(m.bring_up.contains("pl-tid-2"));
    }

    #[test]
    fn a_follow_up_builds_on_the_last_agreement_made_before_it() {
        let mut ws = workspace();
        assert!(ws.previous_agreement("personaleleder-1").is_none());
        agree(
            ws.meeting_mut("personaleleder-1").unwrap(),
            d(1, 18),
            d(3, 15),
        );
        ws.add_meeting(Counterpart::Personaleleder);
        ws.add_meeting(Counterpart::Personaleleder);
        let previous = |ws: &Workspace, id: &str| ws.previous_agreement(id).map(|m| m.id.clone());
        // Meeting 2 was not agreed: meeting 3 still builds on meeting 1.
        assert_eq!(
            previous(&ws, "personaleleder-2").as_deref(),
            Some("personaleleder-1")
        );
        assert_eq!(
            previous(&ws, "personaleleder-3").as_deref(),
            Some("personaleleder-1")
        );
        agree(
            ws.meeting_mut("personaleleder-2").unwrap(),
            d(3, 15),
            d(6, 1),
        );
        assert_eq!(
            previous(&ws, "personaleleder-3").as_deref(),
            Some("personaleleder-2")
        );
        assert!(ws.previous_agreement("referenceleder-1").is_none());
    }

    #[test]
    fn the_earlier_hand_out_is_the_latest_before_this_meeting() {
        use crate::flow::handout::{Channel, HandoutState};
        let handed_out = |on| HandoutState::HandedOut {
            prepared_on: None,
            handed_out_on: on,
            channel: Channel::InPerson,
        };
        let mut ws = workspace();
        ws.add_meeting(Counterpart::Personaleleder);
        ws.add_meeting(Counterpart::Personaleleder);
        assert!(ws.earlier_hand_out("personaleleder-3").is_none());
        ws.meeting_mut("personaleleder-1").unwrap().handout = handed_out(d(1, 11));
        let earlier = |ws: &Workspace, id: &str| ws.earlier_hand_out(id).map(|m| m.id.clone());
        assert_eq!(
            earlier(&ws, "personaleleder-3").as_deref(),
            Some("personaleleder-1")
        );
        ws.meeting_mut("personaleleder-2").unwrap().handout = handed_out(d(3, 8));
        assert_eq!(
            earlier(&ws, "personaleleder-3").as_deref(),
            Some("personaleleder-2")
        );
        // It does not matter whether this meeting hands it out again.
        ws.meeting_mut("personaleleder-3").unwrap().hand_out_again = true;
        assert_eq!(
            earlier(&ws, "personaleleder-3").as_deref(),
            Some("personaleleder-2")
        );
        assert!(ws.earlier_hand_out("personaleleder-1").is_none());
    }

    #[test]
    fn the_previous_meeting_is_the_one_before_with_the_same_counterpart() {
        let mut ws = workspace();
        ws.add_meeting(Counterpart::CoDriver);
        ws.add_meeting(Counterpart::Personaleleder);
        ws.add_meeting(Counterpart::Personaleleder);
        let previous = |id: &str| ws.previous_meeting(id).map(|m| m.id.as_str());
        assert_eq!(previous("personaleleder-1"), None);
        assert_eq!(previous("personaleleder-2"), Some("personaleleder-1"));
        assert_eq!(previous("personaleleder-3"), Some("personaleleder-2"));
        assert_eq!(previous("co-driver-2"), Some("co-driver-1"));
        assert_eq!(previous("ukendt"), None);
        assert!(!ws.is_follow_up("referenceleder-1"));
        assert!(ws.is_follow_up("personaleleder-3"));
        let earlier: Vec<&str> = ws
            .earlier_meetings("personaleleder-3")
            .iter()
            .map(|m| m.id.as_str())
            .collect();
        assert_eq!(earlier, ["personaleleder-2", "personaleleder-1"]);
    }
}
