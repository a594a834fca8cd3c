//! What can go wrong with the save files, as one readable line in Danish or English that names
//! the file and says what to do.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use thiserror::Error;

use crate::model::migrate::MigrateError;
use crate::vocab::Lang;

/// Why a save file (or a backup) could not be read. Never names the file: [`StoreError`] does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadProblem {
    /// Zero bytes, or only blanks.
    Empty,
    /// Bigger than [`MAX_FILE_BYTES`]; not read at all.
    TooLarge { bytes: u64 },
    /// Bytes that are not UTF-8, at this position (1-based).
    NotUtf8 { line: usize, column: usize },
    /// The JSON stops in the middle: the file was cut short.
    Truncated { line: usize, column: usize },
    /// The JSON is malformed, or a field has the wrong shape. `line` is 0 when unknown;
    /// `field` is the name of the field whose value is wrong, when it could be found.
    Json {
        line: usize,
        column: usize,
        field: Option<String>,
        /// Boxed to keep errors small; they travel in every `Result`.
        detail: Box<JsonDetail>,
    },
    /// The raw JSON could not be brought up to this version (not a newer version: that is
    /// [`StoreError::NewerSchema`]).
    Migrate(MigrateError),
}

/// What is wrong inside the JSON: the one classification of serde's errors, shared with the
/// content check.
pub use crate::json_error::JsonDetail;

/// What the store was doing when the operating system said no.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoOp {
    Read,
    Write,
    CreateDir,
    ListDir,
    Remove,
    Lock,
    /// Writing a document the user asked for (`-o FILE`, an export from the TUI).
    WriteDocument,
    /// Writing a rescue copy after a save failed.
    WriteRescue,
}

/// What was found where mandat expects a regular file (or a folder of its own): anything it
/// will not open, write through or delete.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A symbolic link (or, on Windows, another reparse point that redirects).
    Link,
    /// A named pipe.
    Fifo,
    Socket,
    /// A character or block device.
    Device,
    /// A folder where a file should be.
    Dir,
    Other,
}

/// Something the store put right while reading a file, which the user should hear about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadNote {
    /// Two meetings had the same id (a hand-edited file); the later one was given a new id, so
    /// both are kept. The file itself changes only when the workspace is saved next.
    MeetingRenamed { from: String, to: String },
}

/// Everything the store can fail with. `Display` is the Danish line; [`StoreError::message`]
/// gives either language.
#[derive(Debug, Clone, Error)]
#[error("{}", self.message(Lang::Da))]
pub enum StoreError {
    /// No data folder was given and the platform has none (no home folder).
    NoDataDir,
    Io {
        path: PathBuf,
        op: IoOp,
        #[source]
        source: Arc<io::Error>,
    },
    /// There is no such workspace (`id`) or file (`id` is `None`).
    NotFound { path: PathBuf, id: Option<String> },
    /// The file is there but cannot be read; it has not been touched. `id` is the workspace's
    /// id when it lives in the store, so the message can point at its backups.
    Unreadable {
        path: PathBuf,
        id: Option<String>,
        problem: ReadProblem,
    },
    /// The file was written by a newer `mandat`; it is left exactly as it is.
    NewerSchema {
        path: PathBuf,
        found: u64,
        known: u32,
    },
    /// `save` found a file it cannot read where it was to write, and left it alone.
    WontOverwrite {
        path: PathBuf,
        id: Option<String>,
        problem: ReadProblem,
    },
    /// What was about to be saved would not read back; nothing was written. A bug in mandat.
    WouldBeUnreadable { path: PathBuf, problem: ReadProblem },
    /// `create` found a workspace with that id already.
    Exists { path: PathBuf },
    /// Another process (or another handle in this one) holds the workspace's lock.
    Locked { path: PathBuf, pid: Option<u32> },
    /// Not usable as a file name for a workspace.
    InvalidId { id: String },
    /// The backup chosen for `restore` cannot be read; nothing was changed.
    BadBackup { path: PathBuf, problem: ReadProblem },
    /// A link, pipe, device or folder where mandat expects a regular file (or a link where it
    /// expects a folder of its own). It was not opened, and what a link points to was not
    /// touched.
    NotRegular { path: PathBuf, kind: FileKind },
    /// Something other than a folder where a folder must be (the data folder, say, given as a
    /// file's path).
    NotADir { path: PathBuf },
    /// A named pipe with no program reading from it; writing would wait for ever.
    NoReader { path: PathBuf },
}

impl StoreError {
    /// The error for `path` when the operating system (or one of the store's own checks, which
    /// travel inside an `io::Error`; see [`super::nofollow`]) said no.
    pub(crate) fn io(path: &Path, op: IoOp, source: io::Error) -> StoreError {
        if let Some(kind) = super::nofollow::refused_kind(&source) {
            return StoreError::NotRegular {
                path: path.to_path_buf(),
                kind,
            };
        }
        StoreError::Io {
            path: path.to_path_buf(),
            op,
            source: Arc::new(source),
        }
    }

    /// The file the error is about, if any.
    pub fn path(&self) -> Option<&Path> {
        match self {
            StoreError::NoDataDir | StoreError::InvalidId { .. } => None,
            StoreError::Io { path, .. }
            | StoreError::NotFound { path, .. }
            | StoreError::Unreadable { path, .. }
            | StoreError::NewerSchema { path, .. }
            | StoreError::WontOverwrite { path, .. }
            | StoreError::WouldBeUnreadable { path, .. }
            | StoreError::Exists { path }
            | StoreError::Locked { path, .. }
            | StoreError::BadBackup { path, .. }
            | StoreError::NotRegular { path, .. }
            | StoreError::NotADir { path }
            | StoreError::NoReader { path } => Some(path),
        }
    }

    /// True when the file is there but cannot be used, so the user should be offered a backup.
    pub fn is_unreadable_file(&self) -> bool {
        matches!(
            self,
            StoreError::Unreadable { .. } | StoreError::WontOverwrite { .. }
        )
    }

    /// One line naming the file and what to do (worded by the text catalogue).
    pub fn message(&self, lang: Lang) -> String {
        crate::text::store::store_error(lang, self)
    }
}

impl LoadNote {
    /// One line for the user, saying what was put right and that nothing was lost.
    pub fn message(&self, lang: Lang) -> String {
        crate::text::store::load_note(lang, self)
    }
}

impl ReadProblem {
    /// The problem, with its position when known, in one phrase (the words are in the text
    /// catalogue, shared with the content check).
    pub fn message(&self, lang: Lang) -> String {
        crate::text::error::read_problem(lang, self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrong_type_reads_like_a_sentence() {
        let p = ReadProblem::Json {
            line: 3,
            column: 7,
            field: None,
            detail: Box::new(JsonDetail::WrongType {
                found: "string \"mange\"".into(),
                expected: "f64".into(),
            }),
        };
        assert_eq!(
            p.message(Lang::Da),
            "linje 3, kolonne 7: forventede et tal, men fandt teksten «mange»"
        );
        assert_eq!(
            p.message(Lang::En),
            "line 3, column 7: expected a number, but found the text “mange”"
        );
    }

    #[test]
    fn a_value_from_the_file_is_quoted_without_escape_codes_and_cut_short() {
        let d = JsonDetail::UnknownVariant {
            value: format!("\u{1b}[2J\u{202e}{}", "x".repeat(500)),
            expected: "`velfaerd`".into(),
        };
        let m = d.message(Lang::Da);
        assert!(m.starts_with("ukendt værdi «\\u{1b}[2J\\u{202e}xxx"), "{m}");
        assert!(m.contains("x…»"), "{m}");
        assert!(m.chars().count() < 120, "{m}");
    }

    #[test]
    fn a_bidi_override_in_the_schema_version_does_not_reach_the_message() {
        let p = ReadProblem::Migrate(MigrateError::BadVersion(
            "\"\u{202e}tfel\u{202c}\"".to_string(),
        ));
        for lang in [Lang::Da, Lang::En] {
            let m = p.message(lang);
            assert!(!m.contains('\u{202e}') && m.contains("\\u{202e}"), "{m}");
        }
    }

    #[test]
    fn an_unknown_value_lists_the_possible_ones() {
        let d = JsonDetail::UnknownVariant {
            value: "velfærd".into(),
            expected: "`velfaerd`, `innovation` or `laering`".into(),
        };
        assert_eq!(
            d.message(Lang::Da),
            "ukendt værdi «velfærd»; brug en af «velfaerd», «innovation» eller «laering»"
        );
    }

    #[test]
    fn the_unreadable_message_names_the_file_and_the_way_back() {
        let e = StoreError::Unreadable {
            path: PathBuf::from("/d/workspaces/x.json"),
            id: Some("x".into()),
            problem: ReadProblem::Empty,
        };
        assert_eq!(
            e.to_string(),
            "kan ikke læse /d/workspaces/x.json: filen er tom — filen er ikke ændret; se \
             sikkerhedskopierne med «mandat --workspace x restore»"
        );
        assert!(
            e.message(Lang::En)
                .starts_with("cannot read /d/workspaces/x.json")
        );
    }

    #[test]
    fn the_newer_schema_message_says_to_update() {
        let e = StoreError::NewerSchema {
            path: PathBuf::from("/d/x.json"),
            found: 2,
            known: 1,
        };
        assert_eq!(
            e.to_string(),
            "/d/x.json er skrevet af en nyere udgave af mandat (filformat 2; denne udgave kender \
             1) — opdater mandat; filen er ikke ændret"
        );
    }

    #[test]
    fn every_message_is_one_line_in_both_languages() {
        let path = PathBuf::from("/d/x.json");
        let problem = ReadProblem::TooLarge {
            bytes: 100 * 1024 * 1024,
        };
        let errors = [
            StoreError::NoDataDir,
            StoreError::io(&path, IoOp::Write, io::Error::other("boom")),
            StoreError::NotFound {
                path: path.clone(),
                id: Some("x".into()),
            },
            StoreError::NotFound {
                path: path.clone(),
                id: None,
            },
            StoreError::WontOverwrite {
                path: path.clone(),
                id: Some("x".into()),
                problem: problem.clone(),
            },
            StoreError::WouldBeUnreadable {
                path: path.clone(),
                problem: problem.clone(),
            },
            StoreError::Exists { path: path.clone() },
            StoreError::Locked {
                path: path.clone(),
                pid: Some(42),
            },
            StoreError::Locked {
                path: path.clone(),
                pid: None,
            },
            StoreError::InvalidId { id: "../x".into() },
            StoreError::BadBackup {
                path: path.clone(),
                problem,
            },
        ];
        for e in &errors {
            for lang in [Lang::Da, Lang::En] {
                let m = e.message(lang);
                assert!(!m.contains('\n'), "{m}");
                assert!(m.len() > 20, "{m}");
            }
            assert_ne!(e.message(Lang::Da), e.message(Lang::En));
        }
    }

    #[test]
    fn every_message_about_links_pipes_and_folders_is_one_line_naming_the_path() {
        let path = PathBuf::from("/d/x.json");
        let mut errors = vec![
            StoreError::NotADir { path: path.clone() },
            StoreError::NoReader { path: path.clone() },
            StoreError::io(&path, IoOp::WriteDocument, io::Error::other("boom")),
            StoreError::io(&path, IoOp::WriteRescue, io::Error::other("boom")),
        ];
        errors.extend(
            [
                FileKind::Link,
                FileKind::Fifo,
                FileKind::Socket,
                FileKind::Device,
                FileKind::Dir,
                FileKind::Other,
            ]
            .map(|kind| StoreError::NotRegular {
                path: path.clone(),
                kind,
            }),
        );
        for e in &errors {
            for lang in [Lang::Da, Lang::En] {
                let m = e.message(lang);
                assert!(!m.contains('\n'), "{m}");
                assert!(m.len() > 20, "{m}");
                assert!(m.contains("/d/x.json"), "{m}");
            }
            assert_ne!(e.message(Lang::Da), e.message(Lang::En));
        }
    }

    #[test]
    fn a_link_is_named_as_a_link_that_was_not_followed() {
        let e = StoreError::NotRegular {
            path: PathBuf::from("/d/workspaces/x.json"),
            kind: FileKind::Link,
        };
        assert_eq!(
            e.to_string(),
            "/d/workspaces/x.json er et link, ikke en almindelig fil eller mappe — mandat \
             følger ikke links og har ikke rørt det, linket peger på; flyt linket væk"
        );
        let fifo = StoreError::NotRegular {
            path: PathBuf::from("/d/x.json"),
            kind: FileKind::Fifo,
        };
        assert!(
            fifo.message(Lang::En)
                .starts_with("/d/x.json is a named pipe, not a regular file")
        );
    }

    #[test]
    fn a_renamed_meeting_is_told_in_both_languages_without_escape_codes() {
        let note = LoadNote::MeetingRenamed {
            from: "a\u{1b}[2J".into(),
            to: "a\u{1b}[2J-2".into(),
        };
        for lang in [Lang::Da, Lang::En] {
            let m = note.message(lang);
            assert!(!m.contains('\u{1b}') && !m.contains('\n'), "{m}");
            assert!(m.contains("-2"), "{m}");
        }
    }

    #[test]
    fn io_errors_are_explained_in_the_users_language() {
        let e = StoreError::io(
            Path::new("/d/x.json"),
            IoOp::Write,
            io::Error::from(io::ErrorKind::PermissionDenied),
        );
        assert!(
            e.to_string()
                .starts_with("kan ikke gemme /d/x.json: adgang nægtet — ")
        );
        assert!(
            e.message(Lang::En)
                .starts_with("cannot save /d/x.json: permission denied — ")
        );
    }
}
