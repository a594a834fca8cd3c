//! The leader's notes while finding a co-driver: the people they are thinking of, which of the
//! content's four profiles each fits, notes per question, and the one they chose. Plain data,
//! saved in the workspace; the choice becomes the co-driver meeting's person.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

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
}
