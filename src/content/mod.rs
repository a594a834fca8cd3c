//! Domain texts and course figures (SPEC §4): embedded at build time, replaceable by an
//! organisation's own folder, validated with `file:line:column` errors.

mod error;
mod files;
mod load;
pub mod locate;
mod validate;

pub use error::{
    BadHours, ContentError, ContentErrors, ContentProblem, ExportError, Item, PerCounterpart,
};
pub use files::{
    About, AgreementsFile, CodriverFile, CoursesFile, EMBEDDED, FILE_NAMES, PamphletsFile,
    QuestionsFile, RolesFile,
};
pub use load::{MAX_FILE_BYTES, write_embedded_to};

use serde::{Deserialize, Serialize};

use crate::vocab::Text;
use crate::vocab::{Counterpart, NetworkType, PhaseKind};

/// The four roles in the mandate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RoleId {
    #[serde(rename = "netvaerksleder")]
    Netvaerksleder,
    #[serde(rename = "personaleleder")]
    Personaleleder,
    #[serde(rename = "referenceleder")]
    Referenceleder,
    #[serde(rename = "co-driver")]
    CoDriver,
}

impl RoleId {
    pub const ALL: [RoleId; 4] = [
        RoleId::Netvaerksleder,
        RoleId::Personaleleder,
        RoleId::Referenceleder,
        RoleId::CoDriver,
    ];

    /// The id used in `roles.json`.
    pub fn id(self) -> &'static str {
        match self {
            RoleId::Netvaerksleder => "netvaerksleder",
            RoleId::Personaleleder => "personaleleder",
            RoleId::Referenceleder => "referenceleder",
            RoleId::CoDriver => "co-driver",
        }
    }
}

impl From<Counterpart> for RoleId {
    fn from(c: Counterpart) -> Self {
        match c {
            Counterpart::Personaleleder => RoleId::Personaleleder,
            Counterpart::Referenceleder => RoleId::Referenceleder,
            Counterpart::CoDriver => RoleId::CoDriver,
        }
    }
}

/// `roles.json`: who does what.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: RoleId,
    pub name: Text,
    /// One or two sentences on what the role is for.
    pub summary: Text,
    pub duties: Vec<Text>,
}

/// `pamphlets.json`: the handout a counterpart gets before the meeting. The role's duties come
/// from `roles.json`; the leader's name, network and meeting date from the workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pamphlet {
    pub counterpart: Counterpart,
    pub title: Text,
    /// Opening paragraph addressed to the counterpart.
    pub intro: Text,
    /// Why the meeting matters, in a paragraph.
    pub purpose: Text,
    /// Topics suggested for the meeting; the leader can replace them per meeting.
    pub suggested_topics: Vec<Text>,
    /// Questions the counterpart may think about beforehand.
    pub questions: Vec<Text>,
    /// Closing line.
    pub closing: Text,
}

/// `questions.json`: the reflection questions the leader answers before a meeting.
///
/// Each counterpart has one set for the first meeting and may have one more, marked
/// `"follow_up": true`, for every meeting after the first: by then the questions are about how
/// it went, not how to begin. Without a follow-up set a follow-up meeting asks the first set again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionSet {
    pub counterpart: Counterpart,
    /// The set for follow-up meetings rather than the first one.
    #[serde(default, skip_serializing_if = "is_false")]
    pub follow_up: bool,
    pub intro: Text,
    pub questions: Vec<Question>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable id; answers in save files are keyed by it. Unique across all sets.
    pub id: String,
    /// Short topic heading, e.g. "Tidsbalance".
    pub topic: Text,
    pub text: Text,
    /// A hint on how to think about the question.
    #[serde(default)]
    pub help: Option<Text>,
}

/// `codriver.json`: the aid for finding a co-driver.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodriverAid {
    pub title: Text,
    pub intro: Text,
    pub profiles: Vec<CodriverProfile>,
    /// Being co-driver is a path to leading networks oneself; a paragraph on that.
    pub development_path: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodriverProfile {
    pub id: String,
    pub name: Text,
    pub description: Text,
    /// Questions to ask oneself about a candidate of this profile.
    pub questions: Vec<Text>,
}

/// `agreements.json`: the collaboration agreement template per counterpart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgreementTemplate {
    pub counterpart: Counterpart,
    pub title: Text,
    pub intro: Text,
    pub fields: Vec<AgreementField>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgreementField {
    /// Stable id, unique within the template; saved agreements are keyed by it.
    pub id: String,
    pub label: Text,
    pub hint: Text,
}

/// `courses.json`: a course description (*forløbsbeskrivelse*) with example figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Course {
    pub id: String,
    pub network_type: NetworkType,
    pub name: Text,
    pub summary: Text,
    /// Says plainly that the figures are examples to adjust.
    pub example_note: Text,
    /// By when the test phase is expected to have begun. Left out of the file: about half a
    /// year, for every network type; a number of weeks: the course's own figure; `null`: no
    /// expectation, so the plan never warns about a late test.
    #[serde(default, skip_serializing_if = "ExpectedTestStart::is_default")]
    pub expected_test_start_weeks: ExpectedTestStart,
    pub phases: Vec<Phase>,
}

/// The guidance expects every network to be testing after about half a year: 26 weeks.
pub const DEFAULT_TEST_START_WEEKS: u32 = 26;

/// By when a course expects its test phase to have begun, in weeks from the plan's first week
/// (`expected_test_start_weeks` in `courses.json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExpectedTestStart {
    /// The course says nothing: about half a year ([`DEFAULT_TEST_START_WEEKS`]), whatever the
    /// network type.
    #[default]
    HalfAYear,
    /// The course's own figure.
    Weeks(u32),
    /// `null` in the file: the organisation expects no particular start, and a late test is
    /// not warned about.
    NoExpectation,
}

impl ExpectedTestStart {
    /// The weeks the plan's test start is measured against, if any.
    pub fn weeks(self) -> Option<u32> {
        match self {
            ExpectedTestStart::HalfAYear => Some(DEFAULT_TEST_START_WEEKS),
            ExpectedTestStart::Weeks(n) => Some(n),
            ExpectedTestStart::NoExpectation => None,
        }
    }

    fn is_default(&self) -> bool {
        *self == ExpectedTestStart::HalfAYear
    }
}

impl Serialize for ExpectedTestStart {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            ExpectedTestStart::Weeks(n) => serializer.serialize_u32(*n),
            // Left out of the file when it is the default (see the field).
            ExpectedTestStart::HalfAYear => serializer.serialize_u32(DEFAULT_TEST_START_WEEKS),
            ExpectedTestStart::NoExpectation => serializer.serialize_none(),
        }
    }
}

impl<'de> Deserialize<'de> for ExpectedTestStart {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match Option::<u32>::deserialize(deserializer)? {
            Some(n) => ExpectedTestStart::Weeks(n),
            None => ExpectedTestStart::NoExpectation,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    /// Unique within the course.
    pub id: String,
    pub name: Text,
    pub kind: PhaseKind,
    /// Length in working weeks.
    pub weeks: u32,
    /// Network hours in a full working week.
    pub hours_per_week: f64,
    /// Optional hours per week, first to last; overrides `hours_per_week` when present.
    #[serde(default)]
    pub hours_profile: Option<Vec<f64>>,
    /// The leader is expected at the Sekretariat during this phase.
    #[serde(default)]
    pub intensive: bool,
    pub description: Text,
}

impl Phase {
    /// The hours planned for the `index`-th working week of a phase that lasts `weeks`.
    /// A profile of another length is stretched or squeezed proportionally, so its first and
    /// last values stay on the first and last weeks.
    pub fn hours_in_week(&self, index: u32, weeks: u32, flat_override: Option<f64>) -> f64 {
        if let Some(hours) = flat_override {
            return hours;
        }
        match &self.hours_profile {
            Some(profile) if !profile.is_empty() => {
                let n = profile.len();
                let i = if weeks <= 1 || n == 1 {
                    0
                } else if weeks as usize == n {
                    index as usize
                } else {
                    let pos = index as f64 * (n - 1) as f64 / (weeks - 1) as f64;
                    pos.round() as usize
                };
                profile[i.min(n - 1)]
            }
            _ => self.hours_per_week,
        }
    }

    /// The heaviest planned week, for condensed views.
    pub fn peak_hours(&self) -> f64 {
        match &self.hours_profile {
            Some(p) if !p.is_empty() => p.iter().copied().fold(0.0, f64::max),
            _ => self.hours_per_week,
        }
    }
}

/// Where the content came from, for `mandat paths` and error messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentSource {
    Embedded,
    Dir(std::path::PathBuf),
}

/// All content, loaded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub source: ContentSource,
    pub roles: Vec<Role>,
    pub pamphlets: Vec<Pamphlet>,
    pub question_sets: Vec<QuestionSet>,
    pub codriver_aid: CodriverAid,
    pub agreements: Vec<AgreementTemplate>,
    pub courses: Vec<Course>,
}

impl Content {
    pub fn role(&self, id: RoleId) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    pub fn pamphlet(&self, c: Counterpart) -> Option<&Pamphlet> {
        self.pamphlets.iter().find(|p| p.counterpart == c)
    }

    /// The first meeting's questions for a counterpart.
    pub fn questions(&self, c: Counterpart) -> &[Question] {
        self.questions_for(c, false)
    }

    /// The first meeting's question set for a counterpart.
    pub fn question_set(&self, c: Counterpart) -> Option<&QuestionSet> {
        self.question_set_for(c, false)
    }

    /// The questions a meeting asks: a follow-up meeting (`follow_up`, see
    /// [`crate::model::Workspace::is_follow_up`]) asks the counterpart's follow-up set, or the
    /// first set again when the content has no follow-up set for the counterpart.
    pub fn questions_for(&self, c: Counterpart, follow_up: bool) -> &[Question] {
        self.question_set_for(c, follow_up)
            .map(|s| s.questions.as_slice())
            .unwrap_or(&[])
    }

    /// The question set a meeting uses, as [`Content::questions_for`] chooses it.
    pub fn question_set_for(&self, c: Counterpart, follow_up: bool) -> Option<&QuestionSet> {
        let set = |f: bool| {
            self.question_sets
                .iter()
                .find(|s| s.counterpart == c && s.follow_up == f)
        };
        if follow_up {
            set(true).or_else(|| set(false))
        } else {
            set(false)
        }
    }

    /// Whether the content has a set of its own for follow-up meetings with the counterpart.
    pub fn has_follow_up_questions(&self, c: Counterpart) -> bool {
        self.question_sets
            .iter()
            .any(|s| s.counterpart == c && s.follow_up)
    }

    /// A question from any set, by its id (ids are unique across all sets).
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.question_sets
            .iter()
            .flat_map(|s| s.questions.iter())
            .find(|q| q.id == id)
    }

    pub fn agreement(&self, c: Counterpart) -> Option<&AgreementTemplate> {
        self.agreements.iter().find(|a| a.counterpart == c)
    }

    pub fn course(&self, id: &str) -> Option<&Course> {
        self.courses.iter().find(|c| c.id == id)
    }

    /// The course a new workspace of this type starts from.
    pub fn default_course(&self, t: NetworkType) -> Option<&Course> {
        self.courses
            .iter()
            .find(|c| c.network_type == t && c.id == t.id())
            .or_else(|| self.courses.iter().find(|c| c.network_type == t))
    }
}
