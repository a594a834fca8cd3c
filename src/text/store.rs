//! What can go wrong with the save files, as one line that names the file and says what to
//! do. The store returns plain data (`StoreError`, `LoadNote`); these functions word it.

use std::io;
use std::path::Path;

use crate::store::{FileKind, IoOp, LoadNote, StoreError};

use super::Lang;
use super::error::from_file;

messages! {
    NO_DATA_DIR =
        "kan ikke finde en mappe til dine data (ingen hjemmemappe) — angiv en med --data-dir eller MANDAT_DATA_DIR",
        "cannot find a folder for your data (no home folder) — give one with --data-dir or MANDAT_DATA_DIR";
    io_failed(verb: &str, path: &str, why: &str, hint: &str) =
        "{verb} {path}: {why} — {hint}",
        "{verb} {path}: {why} — {hint}";
    no_such_workspace(id: &str, path: &str) =
        "der er intet netværk «{id}» ({path}) — se dem alle med «mandat list»",
        "there is no network “{id}” ({path}) — see them all with “mandat list”";
    no_such_file(path: &str) =
        "{path} findes ikke — tjek stien",
        "{path} does not exist — check the path";
    unreadable(path: &str, problem: &str, hint: &str) =
        "kan ikke læse {path}: {problem} — filen er ikke ændret; {hint}",
        "cannot read {path}: {problem} — the file has not been changed; {hint}";
    newer_schema(path: &str, found: u64, known: u32) =
        "{path} er skrevet af en nyere udgave af mandat (filformat {found}; denne udgave kender {known}) — opdater mandat; filen er ikke ændret",
        "{path} was written by a newer version of mandat (file format {found}; this version knows {known}) — update mandat; the file has not been changed";
    wont_overwrite(path: &str, problem: &str, hint: &str) =
        "gemmer ikke oven i {path}, for filen, der ligger der, kan ikke læses: {problem} — den er ikke ændret, og dine seneste ændringer er ikke gemt; flyt filen væk, eller {hint}",
        "not saving over {path}, because the file there cannot be read: {problem} — it has not been changed, and your latest changes are not saved; move the file away, or {hint}";
    would_be_unreadable(path: &str, problem: &str) =
        "gemte ikke {path}: det, der skulle gemmes, kunne ikke læses igen ({problem}) — filen er ikke ændret; det er en fejl i mandat, så meld den gerne",
        "did not save {path}: what was to be saved would not read back ({problem}) — the file has not been changed; this is a bug in mandat, please report it";
    exists(path: &str) =
        "{path} findes allerede — vælg et andet navn; den eksisterende fil er ikke ændret",
        "{path} already exists — choose another name; the existing file has not been changed";
    locked_by(pid: u32, path: &str) =
        "netværket er allerede åbent i mandat i et andet vindue (proces {pid}; låsen er {path}) — skift til det vindue, eller luk mandat der, og prøv igen",
        "the network is already open in mandat in another window (process {pid}; the lock is {path}) — switch to that window, or close mandat there and try again";
    locked(path: &str) =
        "netværket er allerede åbent i mandat i et andet vindue (låsen er {path}) — skift til det vindue, eller luk mandat der, og prøv igen",
        "the network is already open in mandat in another window (the lock is {path}) — switch to that window, or close mandat there and try again";
    invalid_id(id: &str) =
        "«{id}» kan ikke bruges som id for et netværk — brug bogstaver, tal og bindestreger (se dem alle med «mandat list»)",
        "“{id}” cannot be used as a network id — use letters, digits and hyphens (see them all with “mandat list”)";
    bad_backup(path: &str, problem: &str) =
        "kan ikke gendanne fra {path}: {problem} — vælg en anden sikkerhedskopi; intet er ændret",
        "cannot restore from {path}: {problem} — choose another backup; nothing has been changed";
    is_link(path: &str) =
        "{path} er et link, ikke en almindelig fil eller mappe — mandat følger ikke links og har ikke rørt det, linket peger på; flyt linket væk",
        "{path} is a link, not a regular file or folder — mandat does not follow links and has not touched what it points to; move the link away";
    not_regular(path: &str, what: &str) =
        "{path} er {what}, ikke en almindelig fil — mandat har ikke rørt den; flyt den væk, eller vælg et andet navn",
        "{path} is {what}, not a regular file — mandat has not touched it; move it away, or choose another name";
    KIND_FIFO = "en navngivet pipe", "a named pipe";
    KIND_SOCKET = "en socket", "a socket";
    KIND_DEVICE = "en enhed", "a device";
    KIND_DIR = "en mappe", "a folder";
    KIND_OTHER = "en særlig fil", "a special file";
    not_a_dir(path: &str) =
        "{path} skal være en mappe, men er en fil — flyt filen væk, eller vælg en anden datamappe med --data-dir; intet er ændret",
        "{path} must be a folder, but it is a file — move the file away, or choose another data folder with --data-dir; nothing has been changed";
    no_reader(path: &str) =
        "intet program læser fra {path} (en navngivet pipe) — start det program, der skal læse, og prøv igen",
        "no program is reading from {path} (a named pipe) — start the program that is to read it, and try again";
    see_backups(id: &str) =
        "se sikkerhedskopierne med «mandat --workspace {id} restore»",
        "see the backups with “mandat --workspace {id} restore”";
    FIX_OR_BACKUP = "ret filen, eller brug en sikkerhedskopi af den", "fix the file, or use a backup of it";
    meeting_renamed(from: &str, to: &str) =
        "to møder havde samme id «{from}»; det sidste hedder nu «{to}», så begge er bevaret — filen gemmes sådan næste gang",
        "two meetings had the same id “{from}”; the later one is now “{to}”, so both are kept — the file is saved that way next time";

    VERB_READ = "kan ikke læse", "cannot read";
    VERB_WRITE = "kan ikke gemme", "cannot save";
    VERB_CREATE_DIR = "kan ikke oprette mappen", "cannot create the folder";
    VERB_LIST_DIR = "kan ikke se, hvad der ligger i", "cannot list";
    VERB_REMOVE = "kan ikke slette", "cannot delete";
    VERB_LOCK = "kan ikke låse", "cannot lock";
    VERB_WRITE_DOCUMENT = "kan ikke gemme", "cannot save";
    VERB_WRITE_RESCUE = "kan ikke gemme nødkopien", "cannot save the rescue copy";
    HINT_ACCESS =
        "tjek, at du har adgang til den; intet er ændret",
        "check that you have access to it; nothing has been changed";
    HINT_ROOM =
        "tjek, at der er plads på disken, og at du må skrive i mappen; den gemte fil er ikke ændret",
        "check that the disk has room and that you may write in the folder; the saved file has not been changed";
    HINT_PATH =
        "tjek stien, at der er plads på disken, og at du må skrive der",
        "check the path, that the disk has room and that you may write there";

    OS_PERMISSION = "adgang nægtet", "permission denied";
    OS_NOT_FOUND = "findes ikke", "does not exist";
    OS_FULL = "disken er fuld", "the disk is full";
    OS_QUOTA = "din diskkvote er opbrugt", "your disk quota is used up";
    OS_READ_ONLY = "drevet er skrivebeskyttet", "the drive is read-only";
    OS_IS_DIR = "det er en mappe, ikke en fil", "it is a folder, not a file";
    OS_NOT_DIR = "en del af stien er en fil, ikke en mappe", "part of the path is a file, not a folder";
}

fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// One line naming the file and what to do.
pub fn store_error(lang: Lang, e: &StoreError) -> String {
    match e {
        StoreError::NoDataDir => NO_DATA_DIR.get(lang).to_string(),
        StoreError::Io { path, op, source } => {
            let (verb, hint) = verb_and_hint(*op);
            io_failed(
                lang,
                verb.get(lang),
                &shown(path),
                &os_reason(lang, source),
                hint.get(lang),
            )
        }
        StoreError::NotFound { path, id: Some(id) } => {
            no_such_workspace(lang, &from_file(id), &shown(path))
        }
        StoreError::NotFound { path, id: None } => no_such_file(lang, &shown(path)),
        StoreError::Unreadable { path, id, problem } => unreadable(
            lang,
            &shown(path),
            &problem.message(lang),
            &recovery_hint(lang, id.as_deref()),
        ),
        StoreError::NewerSchema { path, found, known } => {
            newer_schema(lang, &shown(path), *found, *known)
        }
        StoreError::WontOverwrite { path, id, problem } => wont_overwrite(
            lang,
            &shown(path),
            &problem.message(lang),
            &recovery_hint(lang, id.as_deref()),
        ),
        StoreError::WouldBeUnreadable { path, problem } => {
            would_be_unreadable(lang, &shown(path), &problem.message(lang))
        }
        StoreError::Exists { path } => exists(lang, &shown(path)),
        StoreError::Locked {
            path,
            pid: Some(pid),
        } => locked_by(lang, *pid, &shown(path)),
        StoreError::Locked { path, pid: None } => locked(lang, &shown(path)),
        StoreError::InvalidId { id } => invalid_id(lang, &from_file(id)),
        StoreError::BadBackup { path, problem } => {
            bad_backup(lang, &shown(path), &problem.message(lang))
        }
        StoreError::NotRegular {
            path,
            kind: FileKind::Link,
        } => is_link(lang, &shown(path)),
        StoreError::NotRegular { path, kind } => {
            let what = match kind {
                FileKind::Fifo => KIND_FIFO,
                FileKind::Socket => KIND_SOCKET,
                FileKind::Device => KIND_DEVICE,
                FileKind::Dir => KIND_DIR,
                FileKind::Link | FileKind::Other => KIND_OTHER,
            };
            not_regular(lang, &shown(path), what.get(lang))
        }
        StoreError::NotADir { path } => not_a_dir(lang, &shown(path)),
        StoreError::NoReader { path } => no_reader(lang, &shown(path)),
    }
}

pub fn load_note(lang: Lang, note: &LoadNote) -> String {
    match note {
        LoadNote::MeetingRenamed { from, to } => {
            meeting_renamed(lang, &from_file(from), &from_file(to))
        }
    }
}

fn recovery_hint(lang: Lang, id: Option<&str>) -> String {
    match id {
        Some(id) => see_backups(lang, &from_file(id)),
        None => FIX_OR_BACKUP.get(lang).to_string(),
    }
}

fn verb_and_hint(op: IoOp) -> (super::Msg, super::Msg) {
    let verb = match op {
        IoOp::Read => VERB_READ,
        IoOp::Write => VERB_WRITE,
        IoOp::CreateDir => VERB_CREATE_DIR,
        IoOp::ListDir => VERB_LIST_DIR,
        IoOp::Remove => VERB_REMOVE,
        IoOp::Lock => VERB_LOCK,
        IoOp::WriteDocument => VERB_WRITE_DOCUMENT,
        IoOp::WriteRescue => VERB_WRITE_RESCUE,
    };
    let hint = match op {
        IoOp::Read | IoOp::ListDir => HINT_ACCESS,
        IoOp::Write | IoOp::Remove | IoOp::CreateDir | IoOp::Lock => HINT_ROOM,
        IoOp::WriteDocument | IoOp::WriteRescue => HINT_PATH,
    };
    (verb, hint)
}

/// The operating system's reason in the user's language when we know it, else its own words.
pub fn os_reason(lang: Lang, err: &io::Error) -> String {
    use io::ErrorKind as K;
    let known = match err.kind() {
        K::PermissionDenied => Some(OS_PERMISSION),
        K::NotFound => Some(OS_NOT_FOUND),
        K::StorageFull => Some(OS_FULL),
        K::QuotaExceeded => Some(OS_QUOTA),
        K::ReadOnlyFilesystem => Some(OS_READ_ONLY),
        K::IsADirectory => Some(OS_IS_DIR),
        K::NotADirectory => Some(OS_NOT_DIR),
        _ => None,
    };
    match known {
        Some(m) => m.get(lang).to_string(),
        None => err.to_string(),
    }
}
