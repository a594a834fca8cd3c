//! The six content files as they are written on disk, and the copies built into the binary.

use serde::{Deserialize, Serialize};

use super::{AgreementTemplate, CodriverAid, Course, Pamphlet, QuestionSet, Role};
use crate::vocab::{Lang, Text};

/// The file names an organisation's content folder must hold, in the order they are checked.
pub const FILE_NAMES: [&str; 6] = [
    "roles.json",
    "pamphlets.json",
    "questions.json",
    "codriver.json",
    "agreements.json",
    "courses.json",
];

/// The shipped content, embedded at build time so `mandat` works with no files beside it.
pub const EMBEDDED: [(&str, &str); 6] = [
    ("roles.json", include_str!("../../content/roles.json")),
    (
        "pamphlets.json",
        include_str!("../../content/pamphlets.json"),
    ),
    (
        "questions.json",
        include_str!("../../content/questions.json"),
    ),
    ("codriver.json", include_str!("../../content/codriver.json")),
    (
        "agreements.json",
        include_str!("../../content/agreements.json"),
    ),
    ("courses.json", include_str!("../../content/courses.json")),
];

/// A note at the top of a file, for whoever edits it: typically that the texts and figures are
/// examples an organisation replaces. Either a text in both languages or one plain string.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum About {
    Text(Text),
    Plain(String),
}

impl About {
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            About::Text(t) => t.get(lang),
            About::Plain(s) => s,
        }
    }
}

/// `roles.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RolesFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<About>,
    pub roles: Vec<Role>,
}

/// `pamphlets.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PamphletsFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<About>,
    pub pamphlets: Vec<Pamphlet>,
}

/// `questions.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionsFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<About>,
    pub question_sets: Vec<QuestionSet>,
}

/// `codriver.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodriverFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<About>,
    pub codriver_aid: CodriverAid,
}

/// `agreements.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgreementsFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<About>,
    pub agreements: Vec<AgreementTemplate>,
}

/// `courses.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoursesFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<About>,
    pub courses: Vec<Course>,
}
