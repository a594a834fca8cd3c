//! What is wrong with a content file, and where: plain data. The words, in either language,
//! are in [`crate::text::content`].

use std::fmt;
use std::path::PathBuf;

use super::RoleId;
use crate::json_error::JsonDetail;
use crate::text;
use crate::vocab::{Counterpart, Lang, NetworkType};

/// One problem in a content file. Said as `file:line:column: what is wrong`, the form editors
/// and terminals recognise, so an organisation can jump straight to the spot. Line and column
/// are 1-based; the column counts characters. A problem with a whole file (missing,
/// unreadable) points at 1:1.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ContentError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub problem: ContentProblem,
}

/// Everything that can be wrong with an organisation's content, with the values a message
/// quotes. Ids and keys are as the file has them; the catalogue escapes them when it quotes
/// them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ContentProblem {
    // The folder and its files.
    /// The folder given does not exist.
    NoSuchFolder,
    /// A file was given where the folder should be.
    NotAFolder,
    /// One of the six files is not in the folder.
    FileMissing,
    /// A folder is where a content file should be.
    FileIsAFolder,
    /// Bigger than [`super::MAX_FILE_BYTES`]; not read at all.
    TooLarge {
        max_mb: u64,
    },
    /// Bytes that are not UTF-8, at the error's position.
    NotUtf8,
    /// The operating system refuses to let us read the file.
    NoAccess,
    /// The file cannot be read, for the operating system's `reason`.
    CannotRead {
        reason: String,
    },
    /// A safety net: a file gave no value but no reason either.
    Incomplete,

    // The JSON and the shape of a file.
    /// What serde_json found wrong (syntax, a wrong type, an unknown field or value, …).
    Json(JsonDetail),
    /// serde_json accepted the text but our own scanner did not (a gap in the scanner).
    NotJson,
    /// The top level is not an object; `main` is the field the file is about ("courses").
    NotAnObject {
        main: &'static str,
    },
    /// A field at the top other than `about` and `main`.
    UnknownTopField {
        key: String,
        main: &'static str,
    },
    /// The field the file is about is missing.
    MissingMain {
        main: &'static str,
    },
    /// `about` is there but blank.
    EmptyAbout,
    /// `about` is neither a text nor `{"da": …, "en": …}`.
    AboutShape,
    /// The field `key` should hold a list.
    NotAList {
        key: &'static str,
    },
    /// The text in this language is blank.
    EmptyTranslation(Lang),

    // Ids.
    /// The item's id is blank.
    EmptyId(Item),
    /// The id has white space; `suggestion` is it with hyphens.
    IdWithSpaces {
        id: String,
        suggestion: String,
    },
    /// The id was used before, on `first_line`.
    DuplicateId {
        item: Item,
        id: String,
        first_line: usize,
    },

    // Roles.
    DuplicateRole {
        role: RoleId,
        first_line: usize,
    },
    MissingRole(RoleId),
    RoleWithoutDuties(RoleId),

    // One of each per counterpart.
    /// Two of a kind for the same counterpart; the first is on `first_line`.
    TwoForCounterpart {
        kind: PerCounterpart,
        counterpart: Counterpart,
        first_line: usize,
    },
    NoneForCounterpart {
        kind: PerCounterpart,
        counterpart: Counterpart,
    },
    QuestionSetWithoutQuestions(Counterpart),
    TemplateWithoutFields(Counterpart),
    NoProfiles,

    // Courses and phases.
    NoCourses,
    NoCourseForType(NetworkType),
    CourseWithoutPhases {
        course: String,
    },
    /// A velfærd or innovation course needs a test phase.
    CourseWithoutTestPhase {
        course: String,
        network_type: NetworkType,
    },
    /// `course` is `None` when the course's id could not be read.
    MoreThanOneTestPhase {
        course: Option<String>,
    },
    TestStartWithoutTestPhase {
        course: String,
        weeks: u32,
    },
    TestStartAtWeekZero,
    PhaseOfZeroWeeks {
        phase: String,
    },
    EmptyHoursProfile {
        phase: String,
    },
    /// A phase's hours a week, or (`week`, 1-based) one week of its hours profile.
    BadHours {
        phase: String,
        week: Option<usize>,
        hours: BadHours,
    },
}

/// A kind of item with an id of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Item {
    Question,
    Profile,
    AgreementField,
    Course,
    Phase,
}

/// A kind of item each counterpart has exactly one of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PerCounterpart {
    Pamphlet,
    QuestionSet,
    /// The optional question set for follow-up meetings (`"follow_up": true`).
    FollowUpQuestionSet,
    AgreementTemplate,
}

/// What is wrong with an hours figure. The number is kept as the file would write it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BadHours {
    NotANumber,
    Negative(String),
    MoreThanAWeek(String),
}

impl ContentError {
    pub fn new(
        file: impl Into<String>,
        (line, column): (usize, usize),
        problem: ContentProblem,
    ) -> Self {
        ContentError {
            file: file.into(),
            line,
            column,
            problem,
        }
    }

    /// A problem with the file as a whole.
    pub fn whole_file(file: impl Into<String>, problem: ContentProblem) -> Self {
        ContentError::new(file, (1, 1), problem)
    }

    /// `file:line:column: what is wrong`, on one line.
    pub fn message(&self, lang: Lang) -> String {
        text::content::content_error(lang, self)
    }
}

/// The Danish message, for logs and for callers that have no language at hand; a person's
/// screen uses [`ContentError::message`].
impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Da))
    }
}

impl std::error::Error for ContentError {}

/// Every problem found while loading content, in file order and then by position.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ContentErrors(pub Vec<ContentError>);

impl ContentErrors {
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, ContentError> {
        self.0.iter()
    }

    /// One problem a line, each `file:line:column: what is wrong`.
    pub fn message(&self, lang: Lang) -> String {
        self.0
            .iter()
            .map(|e| e.message(lang))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// The Danish lines, as [`ContentError`]'s `Display`.
impl fmt::Display for ContentErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Da))
    }
}

impl std::error::Error for ContentErrors {}

impl IntoIterator for ContentErrors {
    type Item = ContentError;
    type IntoIter = std::vec::IntoIter<ContentError>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a ContentErrors {
    type Item = &'a ContentError;
    type IntoIter = std::slice::Iter<'a, ContentError>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// Why [`super::write_embedded_to`] wrote nothing, or stopped.
#[derive(Debug)]
pub enum ExportError {
    /// One of the six files is already there; nothing was written, so an organisation's
    /// edited texts are never overwritten.
    WouldOverwrite(PathBuf),
    /// The operating system said no while writing `path`.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl ExportError {
    /// One line, naming the file.
    pub fn message(&self, lang: Lang) -> String {
        text::content::export_error(lang, self)
    }

    /// The kind of I/O error, `AlreadyExists` for a file that is already there.
    pub fn kind(&self) -> std::io::ErrorKind {
        match self {
            ExportError::WouldOverwrite(_) => std::io::ErrorKind::AlreadyExists,
            ExportError::Io { source, .. } => source.kind(),
        }
    }
}

/// The Danish line, as [`ContentError`]'s `Display`.
impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Da))
    }
}

impl std::error::Error for ExportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ExportError::WouldOverwrite(_) => None,
            ExportError::Io { source, .. } => Some(source),
        }
    }
}
