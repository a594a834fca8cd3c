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
}

impl StoreError {
    pub(crate) fn io(path: &Path, op: IoOp, source: io::Error) -> StoreError {
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
            | StoreError::BadBackup { path, .. } => Some(path),
        }
    }

    /// True when the file is there but cannot be used, so the user should be offered a backup.
    pub fn is_unreadable_file(&self) -> bool {
        matches!(
            self,
            StoreError::Unreadable { .. } | StoreError::WontOverwrite { .. }
        )
    }

    /// One line naming the file and what to do.
    pub fn message(&self, lang: Lang) -> String {
        let da = lang == Lang::Da;
        match self {
            StoreError::NoDataDir => lang
                .pick(
                    "kan ikke finde en mappe til dine data (ingen hjemmemappe) — angiv en med \
                     --data-dir eller MANDAT_DATA_DIR",
                    "cannot find a folder for your data (no home folder) — give one with \
                     --data-dir or MANDAT_DATA_DIR",
                )
                .to_string(),
            StoreError::Io { path, op, source } => {
                let path = path.display();
                let why = io_reason(source, lang);
                let (verb, hint) = io_verb_and_hint(*op, lang);
                format!("{verb} {path}: {why} — {hint}")
            }
            StoreError::NotFound { path, id: Some(id) } => {
                let path = path.display();
                if da {
                    format!(
                        "der er intet arbejdsområde «{id}» ({path}) — se dem alle med «mandat list»"
                    )
                } else {
                    format!(
                        "there is no workspace “{id}” ({path}) — see them all with “mandat list”"
                    )
                }
            }
            StoreError::NotFound { path, id: None } => {
                let path = path.display();
                if da {
                    format!("{path} findes ikke — tjek stien")
                } else {
                    format!("{path} does not exist — check the path")
                }
            }
            StoreError::Unreadable { path, id, problem } => {
                let path = path.display();
                let problem = problem.message(lang);
                let hint = recovery_hint(id.as_deref(), lang);
                if da {
                    format!("kan ikke læse {path}: {problem} — filen er ikke ændret; {hint}")
                } else {
                    format!("cannot read {path}: {problem} — the file has not been changed; {hint}")
                }
            }
            StoreError::NewerSchema { path, found, known } => {
                let path = path.display();
                if da {
                    format!(
                        "{path} er skrevet af en nyere udgave af mandat (filformat {found}; \
                         denne udgave kender {known}) — opdater mandat; filen er ikke ændret"
                    )
                } else {
                    format!(
                        "{path} was written by a newer version of mandat (file format {found}; \
                         this version knows {known}) — update mandat; the file has not been changed"
                    )
                }
            }
            StoreError::WontOverwrite { path, id, problem } => {
                let path = path.display();
                let problem = problem.message(lang);
                let hint = recovery_hint(id.as_deref(), lang);
                if da {
                    format!(
                        "gemmer ikke oven i {path}, for filen, der ligger der, kan ikke læses: \
                         {problem} — den er ikke ændret, og dine seneste ændringer er ikke gemt; \
                         flyt filen væk, eller {hint}"
                    )
                } else {
                    format!(
                        "not saving over {path}, because the file there cannot be read: \
                         {problem} — it has not been changed, and your latest changes are not \
                         saved; move the file away, or {hint}"
                    )
                }
            }
            StoreError::WouldBeUnreadable { path, problem } => {
                let path = path.display();
                let problem = problem.message(lang);
                if da {
                    format!(
                        "gemte ikke {path}: det, der skulle gemmes, kunne ikke læses igen \
                         ({problem}) — filen er ikke ændret; det er en fejl i mandat, så meld \
                         den gerne"
                    )
                } else {
                    format!(
                        "did not save {path}: what was to be saved would not read back \
                         ({problem}) — the file has not been changed; this is a bug in mandat, \
                         please report it"
                    )
                }
            }
            StoreError::Exists { path } => {
                let path = path.display();
                if da {
                    format!(
                        "{path} findes allerede — vælg et andet navn; den eksisterende fil er \
                         ikke ændret"
                    )
                } else {
                    format!(
                        "{path} already exists — choose another name; the existing file has not \
                         been changed"
                    )
                }
            }
            StoreError::Locked { path, pid } => {
                let path = path.display();
                match (pid, da) {
                    (Some(pid), true) => format!(
                        "arbejdsområdet er allerede åbent i en anden mandat (proces {pid}; \
                         låsen er {path}) — skift til den, eller luk den og prøv igen"
                    ),
                    (None, true) => format!(
                        "arbejdsområdet er allerede åbent i en anden mandat (låsen er {path}) — \
                         skift til den, eller luk den og prøv igen"
                    ),
                    (Some(pid), false) => format!(
                        "the workspace is already open in another mandat (process {pid}; the \
                         lock is {path}) — switch to it, or close it and try again"
                    ),
                    (None, false) => format!(
                        "the workspace is already open in another mandat (the lock is {path}) — \
                         switch to it, or close it and try again"
                    ),
                }
            }
            StoreError::InvalidId { id } => {
                if da {
                    format!(
                        "«{id}» kan ikke bruges som navn på et arbejdsområde — brug bogstaver, \
                         tal og bindestreger (se dem alle med «mandat list»)"
                    )
                } else {
                    format!(
                        "“{id}” cannot be used as a workspace name — use letters, digits and \
                         hyphens (see them all with “mandat list”)"
                    )
                }
            }
            StoreError::BadBackup { path, problem } => {
                let path = path.display();
                let problem = problem.message(lang);
                if da {
                    format!(
                        "kan ikke gendanne fra {path}: {problem} — vælg en anden \
                         sikkerhedskopi; intet er ændret"
                    )
                } else {
                    format!(
                        "cannot restore from {path}: {problem} — choose another backup; nothing \
                         has been changed"
                    )
                }
            }
        }
    }
}

fn recovery_hint(id: Option<&str>, lang: Lang) -> String {
    match (id, lang) {
        (Some(id), Lang::Da) => {
            format!("se sikkerhedskopierne med «mandat --workspace {id} restore»")
        }
        (Some(id), Lang::En) => format!("see the backups with «mandat --workspace {id} restore»"),
        (None, Lang::Da) => "ret filen, eller brug en sikkerhedskopi af den".to_string(),
        (None, Lang::En) => "fix the file, or use a backup of it".to_string(),
    }
}

fn io_verb_and_hint(op: IoOp, lang: Lang) -> (&'static str, &'static str) {
    let (verb_da, verb_en) = match op {
        IoOp::Read => ("kan ikke læse", "cannot read"),
        IoOp::Write => ("kan ikke gemme", "cannot save"),
        IoOp::CreateDir => ("kan ikke oprette mappen", "cannot create the folder"),
        IoOp::ListDir => ("kan ikke se indholdet af", "cannot list"),
        IoOp::Remove => ("kan ikke slette", "cannot delete"),
        IoOp::Lock => ("kan ikke låse", "cannot lock"),
    };
    let (hint_da, hint_en) = match op {
        IoOp::Read | IoOp::ListDir => (
            "tjek at du har adgang til den; intet er ændret",
            "check that you have access to it; nothing has been changed",
        ),
        IoOp::Write | IoOp::Remove | IoOp::CreateDir | IoOp::Lock => (
            "tjek at der er plads på disken, og at du må skrive i mappen; den gemte fil er ikke \
             ændret",
            "check that the disk has room and that you may write in the folder; the saved file \
             has not been changed",
        ),
    };
    (lang.pick(verb_da, verb_en), lang.pick(hint_da, hint_en))
}

/// The operating system's reason in the user's language when we know it, else its own words.
fn io_reason(err: &io::Error, lang: Lang) -> String {
    use io::ErrorKind as K;
    let known = match err.kind() {
        K::PermissionDenied => Some(("adgang nægtet", "permission denied")),
        K::NotFound => Some(("findes ikke", "does not exist")),
        K::StorageFull => Some(("disken er fuld", "the disk is full")),
        K::QuotaExceeded => Some(("din diskkvote er opbrugt", "your disk quota is used up")),
        K::ReadOnlyFilesystem => Some(("drevet er skrivebeskyttet", "the drive is read-only")),
        K::IsADirectory => Some(("det er en mappe, ikke en fil", "it is a folder, not a file")),
        K::NotADirectory => Some((
            "en del af stien er en fil, ikke en mappe",
            "part of the path is a file, not a folder",
        )),
        _ => None,
    };
    match known {
        Some((da, en)) => lang.pick(da, en).to_string(),
        None => err.to_string(),
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
