//! The leader's notes while finding a co-driver: the people they are thinking of, which of the
//! content's four profiles each fits, notes per question, and the one they chose. Plain data,
//! saved in the workspace; the choice becomes the co-driver meeting's person.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::vocab::Counterpart;

/// The co-driver finding aid as the leader filled it in.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CodriverAid {
    pub candidates: Vec<Candidate>,
    /// The `id` of the chosen candidate, if one is chosen.
    pub chosen: Option<String>,
}

/// One person the leader is considering as co-driver.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Candidate {
    /// Stable within the workspace (`k1`, `k2`, …), so notes and the choice survive renaming.
    pub id: String,
    pub name: String,
    /// Ids of the content's co-driver profiles this person fits.
    pub profiles: Vec<String>,
    /// Notes per question of the aid, keyed `<profile id>/<question number from 1>`.
    pub notes: BTreeMap<String, String>,
    /// Anything else about the person.
    pub note: String,
}

impl CodriverAid {
    pub fn is_empty(&self) -> bool {
        self.candidates.is_empty() && self.chosen.is_none()
    }

    pub fn candidate(&self, id: &str) -> Option<&Candidate> {
        self.candidates.iter().find(|c| c.id == id)
    }

    pub fn candidate_mut(&mut self, id: &str) -> Option<&mut Candidate> {
        self.candidates.iter_mut().find(|c| c.id == id)
    }

    /// The chosen candidate, if the choice names one that is still there.
    pub fn chosen_candidate(&self) -> Option<&Candidate> {
        self.chosen.as_deref().and_then(|id| self.candidate(id))
    }

    /// Adds a candidate with a fresh id and returns it.
    pub fn add(&mut self, name: &str) -> &mut Candidate {
        let mut n = self.candidates.len() + 1;
        while self.candidate(&format!("k{n}")).is_some() {
            n += 1;
        }
        self.candidates.push(Candidate {
            id: format!("k{n}"),
            name: name.trim().to_string(),
            ..Candidate::default()
        });
        let last = self.candidates.len() - 1;
        &mut self.candidates[last]
    }

    /// Removes a candidate (and the choice, if it was this one).
    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.candidates.len();
        self.candidates.retain(|c| c.id != id);
        if self.chosen.as_deref() == Some(id) {
            self.chosen = None;
        }
        self.candidates.len() != before
    }
}

impl Candidate {
    /// Whether the leader said this person fits the profile.
    pub fn fits(&self, profile_id: &str) -> bool {
        self.profiles.iter().any(|p| p == profile_id)
    }

    /// Says the person fits the profile, or no longer does; returns whether they fit now.
    pub fn toggle_profile(&mut self, profile_id: &str) -> bool {
        if self.fits(profile_id) {
            self.profiles.retain(|p| p != profile_id);
            false
        } else {
            self.profiles.push(profile_id.to_string());
            true
        }
    }

    /// The note on a profile's question (numbered from 1), or "" when there is none.
    pub fn note(&self, profile_id: &str, question_number: usize) -> &str {
        self.notes
            .get(&note_key(profile_id, question_number))
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Writes the note on a profile's question; an empty note is removed, so the file keeps only
    /// what was written.
    pub fn set_note(&mut self, profile_id: &str, question_number: usize, text: &str) {
        let key = note_key(profile_id, question_number);
        if text.trim().is_empty() {
            self.notes.remove(&key);
        } else {
            self.notes.insert(key, text.to_string());
        }
    }

    /// How many questions have a note.
    pub fn note_count(&self) -> usize {
        self.notes.values().filter(|n| !n.trim().is_empty()).count()
    }
}

/// What choosing a co-driver did to the co-driver meetings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chosen {
    /// The chosen person's name.
    pub name: String,
    /// The meetings that had no name and now carry the chosen person's.
    pub named: Vec<String>,
    /// The meetings that already name someone else, with that name; they are left as they are.
    pub kept: Vec<(String, String)>,
}

impl super::Workspace {
    /// Chooses a candidate as co-driver: the choice is saved in the aid, and every co-driver
    /// meeting without a person gets the candidate's name. A meeting that already names someone
    /// is never changed (it may be a meeting held with someone else). `None` when there is no
    /// such candidate.
    pub fn choose_codriver(&mut self, candidate_id: &str) -> Option<Chosen> {
        let name = self.codriver_aid.candidate(candidate_id)?.name.clone();
        self.codriver_aid.chosen = Some(candidate_id.to_string());
        let mut named = Vec::new();
        let mut kept = Vec::new();
        for m in self
            .meetings
            .iter_mut()
            .filter(|m| m.counterpart == Counterpart::CoDriver)
        {
            let current = m.person_name.trim();
            if current.is_empty() {
                m.person_name = name.clone();
                named.push(m.id.clone());
            } else if current != name.trim() {
                kept.push((m.id.clone(), m.person_name.clone()));
            }
        }
        Some(Chosen { name, named, kept })
    }

    /// Takes the choice back. The meetings keep the name they were given; the leader changes it
    /// on the meeting if it should be someone else.
    pub fn unchoose_codriver(&mut self) {
        self.codriver_aid.chosen = None;
    }

    /// Renames a candidate. When it is the chosen co-driver, the co-driver meetings that carry
    /// the old name follow the new one.
    pub fn rename_codriver_candidate(&mut self, candidate_id: &str, name: &str) -> bool {
        let name = name.trim();
        let chosen = self.codriver_aid.chosen.as_deref() == Some(candidate_id);
        let Some(candidate) = self.codriver_aid.candidate_mut(candidate_id) else {
            return false;
        };
        if name.is_empty() || candidate.name == name {
            return false;
        }
        let old = std::mem::replace(&mut candidate.name, name.to_string());
        if chosen {
            for m in self
                .meetings
                .iter_mut()
                .filter(|m| m.counterpart == Counterpart::CoDriver && m.person_name.trim() == old)
            {
                m.person_name = name.to_string();
            }
        }
        true
    }
}

/// The key a note on a profile's question is saved under.
pub fn note_key(profile_id: &str, question_number: usize) -> String {
    format!("{profile_id}/{question_number}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_get_stable_ids_and_removing_the_chosen_one_clears_the_choice() {
        let mut aid = CodriverAid::default();
        aid.add(" Ahmed ");
        aid.add("Birgit");
        assert_eq!(aid.candidates[0].id, "k1");
        assert_eq!(aid.candidates[0].name, "Ahmed");
        aid.chosen = Some("k2".into());
        assert!(aid.remove("k1"));
        aid.add("Carl");
        assert_eq!(aid.candidates[1].id, "k3", "an id is never given twice");
        assert_eq!(
            aid.chosen_candidate().map(|c| c.name.as_str()),
            Some("Birgit")
        );
        assert!(aid.remove("k2"));
        assert_eq!(aid.chosen, None);
    }

    #[test]
    fn a_profile_is_toggled_and_an_emptied_note_leaves_no_trace() {
        let mut aid = CodriverAid::default();
        let c = aid.add("Birgit");
        assert!(c.toggle_profile("fagfaglig"));
        assert!(c.fits("fagfaglig"));
        assert!(!c.toggle_profile("fagfaglig"));
        assert!(c.profiles.is_empty());
        c.set_note(
            "strategisk",
            2,
            "Kender alle i forvaltningen\nog dem i basis",
        );
        assert_eq!(
            c.note("strategisk", 2),
            "Kender alle i forvaltningen\nog dem i basis"
        );
        assert_eq!(c.note_count(), 1);
        c.set_note("strategisk", 2, "  ");
        assert!(c.notes.is_empty());
    }

    fn workspace() -> super::super::Workspace {
        use crate::flow::plan::PlanDraft;
        use crate::planner::PlanSettings;
        use crate::vocab::NetworkType;
        use chrono::{NaiveDate, TimeZone, Utc};
        let start = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
        super::super::Workspace::new(
            "n".into(),
            "Netværk".into(),
            NetworkType::Velfaerd,
            "Søren".into(),
            PlanDraft::new(PlanSettings::new("velfaerd", start)),
            Utc.with_ymd_and_hms(2027, 1, 4, 9, 0, 0).unwrap(),
        )
    }

    #[test]
    fn choosing_names_the_co_driver_meetings_without_a_person_and_leaves_named_ones() {
        let mut ws = workspace();
        ws.add_meeting(Counterpart::CoDriver);
        ws.meeting_mut("co-driver-2").unwrap().person_name = "Carl".into();
        let id = ws.codriver_aid.add("Birgit Ørum").id.clone();
        let chosen = ws.choose_codriver(&id).unwrap();
        assert_eq!(chosen.name, "Birgit Ørum");
        assert_eq!(chosen.named, vec!["co-driver-1".to_string()]);
        assert_eq!(
            chosen.kept,
            vec![("co-driver-2".to_string(), "Carl".to_string())]
        );
        assert_eq!(
            ws.meeting("co-driver-1").unwrap().person_name,
            "Birgit Ørum"
        );
        assert_eq!(ws.meeting("personaleleder-1").unwrap().person_name, "");
        assert_eq!(ws.codriver_aid.chosen.as_deref(), Some(id.as_str()));
        assert!(ws.choose_codriver("k99").is_none());
    }

    #[test]
    fn renaming_the_chosen_co_driver_renames_the_meetings_that_carry_the_old_name() {
        let mut ws = workspace();
        let id = ws.codriver_aid.add("Birgit").id.clone();
        ws.choose_codriver(&id);
        assert!(ws.rename_codriver_candidate(&id, "Birgit Ørum"));
        assert_eq!(
            ws.meeting("co-driver-1").unwrap().person_name,
            "Birgit Ørum"
        );
        assert!(
            !ws.rename_codriver_candidate(&id, "  "),
            "a name is never emptied"
        );
        ws.unchoose_codriver();
        assert!(ws.rename_codriver_candidate(&id, "B. Ørum"));
        assert_eq!(
            ws.meeting("co-driver-1").unwrap().person_name,
            "Birgit Ørum",
            "once the choice is taken back, the meeting keeps its name"
        );
    }
}
