//! What can go wrong with the save files, as one readable line in Danish or English that names
//! the file and says what to do.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use thiserror::Error;

use crate::model::migrate::MigrateError;
use crate::vocab::Lang;

use super::MAX_FILE_BYTES;

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

/// What is wrong inside the JSON, kept structured so it can be said in either language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonDetail {
    /// A syntax error, by serde_json's (English) description, e.g. "expected `,` or `}`".
    Syntax(String),
    /// `found` and `expected` as serde describes them ("string \"x\"", "f64").
    WrongType {
        found: String,
        expected: String,
    },
    InvalidValue {
        found: String,
        expected: String,
    },
    MissingField(String),
    DuplicateField(String),
    /// A value that is not one of the allowed words; `expected` is serde's list ("`a` or `b`").
    UnknownVariant {
        value: String,
        expected: String,
    },
    /// A date or time that cannot be read.
    BadDate,
    /// Anything else, in serde's words.
    Other(String),
}

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
            StoreError::NotRegular { path, kind } => not_regular_message(path, *kind, lang),
            StoreError::NotADir { path } => {
                let path = path.display();
                if da {
                    format!(
                        "{path} skal være en mappe, men er en fil — flyt filen væk, eller vælg en \
                         anden datamappe med --data-dir; intet er ændret"
                    )
                } else {
                    format!(
                        "{path} must be a folder, but it is a file — move the file away, or \
                         choose another data folder with --data-dir; nothing has been changed"
                    )
                }
            }
            StoreError::NoReader { path } => {
                let path = path.display();
                if da {
                    format!(
                        "intet program læser fra {path} (en navngivet pipe) — start det program, \
                         der skal læse, og prøv igen"
                    )
                } else {
                    format!(
                        "no program is reading from {path} (a named pipe) — start the program \
                         that is to read it, and try again"
                    )
                }
            }
        }
    }
}

fn not_regular_message(path: &Path, kind: FileKind, lang: Lang) -> String {
    let path = path.display();
    if kind == FileKind::Link {
        return match lang {
            Lang::Da => format!(
                "{path} er et link, ikke en almindelig fil eller mappe — mandat følger ikke \
                 links og har ikke rørt det, linket peger på; flyt linket væk"
            ),
            Lang::En => format!(
                "{path} is a link, not a regular file or folder — mandat does not follow links \
                 and has not touched what it points to; move the link away"
            ),
        };
    }
    let (what_da, what_en) = match kind {
        FileKind::Fifo => ("en navngivet pipe", "a named pipe"),
        FileKind::Socket => ("en socket", "a socket"),
        FileKind::Device => ("en enhed", "a device"),
        FileKind::Dir => ("en mappe", "a folder"),
        FileKind::Link | FileKind::Other => ("en særlig fil", "a special file"),
    };
    match lang {
        Lang::Da => format!(
            "{path} er {what_da}, ikke en almindelig fil — mandat har ikke rørt den; flyt den \
             væk, eller vælg et andet navn"
        ),
        Lang::En => format!(
            "{path} is {what_en}, not a regular file — mandat has not touched it; move it away, \
             or choose another name"
        ),
    }
}

impl LoadNote {
    /// One line for the user, saying what was put right and that nothing was lost.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LoadNote::MeetingRenamed { from, to } => {
                let (from, to) = (quoted(from), quoted(to));
                match lang {
                    Lang::Da => format!(
                        "to møder havde samme id «{from}»; det sidste hedder nu «{to}», så begge \
                         er bevaret — filen gemmes sådan næste gang"
                    ),
                    Lang::En => format!(
                        "two meetings had the same id “{from}”; the later one is now “{to}”, so \
                         both are kept — the file is saved that way next time"
                    ),
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
        IoOp::WriteDocument => ("kan ikke skrive", "cannot write"),
        IoOp::WriteRescue => ("kan ikke skrive nødkopien", "cannot write the rescue copy"),
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
        IoOp::WriteDocument | IoOp::WriteRescue => (
            "tjek stien, at der er plads på disken, og at du må skrive der",
            "check the path, that the disk has room and that you may write there",
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
    /// The problem, with its position when known, in one phrase.
    pub fn message(&self, lang: Lang) -> String {
        let da = lang == Lang::Da;
        match self {
            ReadProblem::Empty => lang.pick("filen er tom", "the file is empty").to_string(),
            ReadProblem::TooLarge { bytes } => {
                let mb = bytes.div_ceil(1024 * 1024);
                let max = MAX_FILE_BYTES / (1024 * 1024);
                if da {
                    format!(
                        "filen fylder {mb} MB, og en arbejdsfil kan højst fylde {max} MB — det \
                         er nok ikke en fil fra mandat"
                    )
                } else {
                    format!(
                        "the file is {mb} MB, and a workspace file can be at most {max} MB — it \
                         is probably not a mandat file"
                    )
                }
            }
            ReadProblem::NotUtf8 { line, column } => {
                let at = position(*line, *column, lang);
                if da {
                    format!("{at}tegn, der ikke er UTF-8 (filen er gemt med et andet tegnsæt)")
                } else {
                    format!("{at}characters that are not UTF-8 (the file uses another encoding)")
                }
            }
            ReadProblem::Truncated { line, column } => {
                let at = position(*line, *column, lang);
                if da {
                    format!("{at}filen slutter midt i det hele — den er nok blevet afkortet")
                } else {
                    format!("{at}the file stops in the middle — it was probably cut short")
                }
            }
            ReadProblem::Json {
                line,
                column,
                field,
                detail,
            } => {
                let at = position(*line, *column, lang);
                let detail = detail.message(lang);
                match (field.as_deref().map(quoted), lang) {
                    (Some(f), Lang::Da) => format!("{at}feltet «{f}»: {detail}"),
                    (Some(f), Lang::En) => format!("{at}the field “{f}”: {detail}"),
                    (None, _) => format!("{at}{detail}"),
                }
            }
            // The migration quotes values from the file as they are; they must not steer the
            // terminal either.
            ReadProblem::Migrate(err) => defanged(&err.message(lang)),
        }
    }
}

/// "linje 3, kolonne 7: " or nothing when the position is unknown.
fn position(line: usize, column: usize, lang: Lang) -> String {
    if line == 0 {
        return String::new();
    }
    let column = column.max(1);
    match lang {
        Lang::Da => format!("linje {line}, kolonne {column}: "),
        Lang::En => format!("line {line}, column {column}: "),
    }
}

impl JsonDetail {
    pub fn message(&self, lang: Lang) -> String {
        let da = lang == Lang::Da;
        match self {
            JsonDetail::Syntax(code) => syntax_message(code, lang),
            JsonDetail::WrongType { found, expected } => {
                let expected = expected_name(expected, lang);
                let found = found_name(found, lang);
                if da {
                    format!("forventede {expected}, men fandt {found}")
                } else {
                    format!("expected {expected}, but found {found}")
                }
            }
            JsonDetail::InvalidValue { found, expected } => {
                let expected = expected_name(expected, lang);
                let found = found_name(found, lang);
                if da {
                    format!("{found} kan ikke bruges her; forventede {expected}")
                } else {
                    format!("{found} cannot be used here; expected {expected}")
                }
            }
            JsonDetail::MissingField(field) => {
                if da {
                    format!("feltet «{field}» mangler")
                } else {
                    format!("the field “{field}” is missing")
                }
            }
            JsonDetail::DuplicateField(field) => {
                if da {
                    format!("feltet «{field}» står der to gange")
                } else {
                    format!("the field “{field}” appears twice")
                }
            }
            JsonDetail::UnknownVariant { value, expected } => {
                let value = quoted(value);
                let allowed = expected.replace('`', "").replace(" or ", ", ");
                if da {
                    format!("ukendt værdi «{value}» (mulige: {allowed})")
                } else {
                    format!("unknown value “{value}” (possible: {allowed})")
                }
            }
            JsonDetail::BadDate => lang
                .pick(
                    "en dato eller et tidspunkt, der ikke kan læses (datoer skrives ÅÅÅÅ-MM-DD)",
                    "a date or time that cannot be read (dates are written YYYY-MM-DD)",
                )
                .to_string(),
            JsonDetail::Other(text) => quoted(text),
        }
    }
}

/// Longest piece of a file quoted in a message; a whole pasted page helps nobody there.
const MAX_QUOTED_CHARS: usize = 60;

/// Text from a file, made safe to quote in a one-line message: control characters and the
/// invisible ones that steer a terminal or reorder text (escape sequences, bidirectional
/// overrides) are written as `\u{…}`, and a long text is cut short with "…".
fn quoted(text: &str) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i == MAX_QUOTED_CHARS {
            out.push('…');
            break;
        }
        push_visible(&mut out, c);
    }
    out
}

/// A whole message made elsewhere (the migration's) that may quote the file: the same escaping
/// as [`quoted`], without cutting it short.
fn defanged(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_visible(&mut out, c);
    }
    out
}

fn push_visible(out: &mut String, c: char) {
    let steers = c.is_control()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}');
    if steers {
        out.push_str(&format!("\\u{{{:x}}}", c as u32));
    } else {
        out.push(c);
    }
}

fn syntax_message(code: &str, lang: Lang) -> String {
    let known = match code {
        "expected value" => Some(("forventede en værdi", "expected a value")),
        "expected `:`" => Some(("forventede «:»", "expected “:”")),
        "expected `,` or `}`" => Some(("forventede «,» eller «}»", "expected “,” or “}”")),
        "expected `,` or `]`" => Some(("forventede «,» eller «]»", "expected “,” or “]”")),
        "expected ident" => Some((
            "forventede true, false eller null",
            "expected true, false or null",
        )),
        "expected `\"`" => Some(("forventede «\"»", "expected “\"”")),
        "trailing comma" => Some(("et komma for meget", "one comma too many")),
        "trailing characters" => Some((
            "der står mere efter slutningen af filens objekt",
            "there is more after the end of the file's object",
        )),
        "key must be a string" => Some((
            "et feltnavn skal stå i anførselstegn",
            "a field name must be in double quotes",
        )),
        "invalid number" => Some(("et ugyldigt tal", "an invalid number")),
        "number out of range" => Some(("et tal, der er for stort", "a number that is too large")),
        "invalid escape" | "unexpected end of hex escape" | "invalid unicode code point" => Some((
            "en ugyldig \\-kode i en tekst",
            "an invalid \\ escape in a text",
        )),
        "recursion limit exceeded" => Some(("for dybt indlejret", "nested too deeply")),
        _ if code.starts_with("control character") => Some((
            "et linjeskift eller styretegn midt i en tekst (skriv \\n)",
            "a line break or control character inside a text (write \\n)",
        )),
        _ if code.starts_with("lone leading surrogate") => Some((
            "en ugyldig \\u-kode i en tekst",
            "an invalid \\u escape in a text",
        )),
        _ => None,
    };
    match known {
        Some((da, en)) => lang.pick(da, en).to_string(),
        None => match lang {
            Lang::Da => format!("ugyldig JSON ({code})"),
            Lang::En => format!("invalid JSON ({code})"),
        },
    }
}

/// serde's name for what it expected ("f64", "a string", "struct Meeting") in plain words.
fn expected_name(expected: &str, lang: Lang) -> String {
    let e = expected.trim();
    let (da, en) = if e == "f64" || e == "f32" {
        ("et tal", "a number")
    } else if is_integer_type(e) {
        ("et helt tal", "a whole number")
    } else if e == "a string" || e == "string" || e == "a character" {
        ("en tekst", "a text")
    } else if e == "a boolean" {
        ("true eller false", "true or false")
    } else if e == "a sequence" {
        ("en liste ([ … ])", "a list ([ … ])")
    } else if e.starts_with("a tuple of size") {
        ("et par af tal ([a, b])", "a pair of numbers ([a, b])")
    } else if e.starts_with("struct ")
        || e.starts_with("a map")
        || e.starts_with("internally tagged enum")
        || e.starts_with("enum ")
    {
        ("et objekt ({ … })", "an object ({ … })")
    } else if e.contains("date and time") {
        (
            "et tidspunkt (som 2027-01-04T09:30:00Z)",
            "a time (like 2027-01-04T09:30:00Z)",
        )
    } else if e.contains("date") {
        ("en dato (ÅÅÅÅ-MM-DD)", "a date (YYYY-MM-DD)")
    } else {
        return e.to_string();
    };
    lang.pick(da, en).to_string()
}

fn is_integer_type(e: &str) -> bool {
    matches!(
        e,
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize"
    )
}

/// serde's description of what it found ("string \"x\"", "integer `5`", "null") in plain words.
fn found_name(found: &str, lang: Lang) -> String {
    let f = found.trim();
    let da = lang == Lang::Da;
    if let Some(text) = f.strip_prefix("string ") {
        let text = quoted(text.trim_matches('"'));
        return if da {
            format!("teksten «{text}»")
        } else {
            format!("the text “{text}”")
        };
    }
    for prefix in ["integer ", "floating point "] {
        if let Some(n) = f.strip_prefix(prefix) {
            let n = n.trim_matches('`');
            return if da {
                format!("tallet {n}")
            } else {
                format!("the number {n}")
            };
        }
    }
    if let Some(b) = f.strip_prefix("boolean ") {
        return b.trim_matches('`').to_string();
    }
    let (d, e) = match f {
        "null" | "unit value" | "Option value" => ("null", "null"),
        "sequence" => ("en liste", "a list"),
        "map" => ("et objekt", "an object"),
        _ => return quoted(f),
    };
    lang.pick(d, e).to_string()
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
            "ukendt værdi «velfærd» (mulige: velfaerd, innovation, laering)"
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
