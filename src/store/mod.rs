//! Where workspaces are kept and how they are saved (`docs/file-format.md`).
//!
//! ```text
//! <data dir>/                       0700
//!   state.json                      which workspace was used last
//!   workspaces/<id>.json            one workspace per file, 0600
//!   workspaces/<id>.lock            held while a mandat has the workspace open
//!   workspaces/<id>.broken-<stamp>.json   a file that was replaced by `restore`
//!   workspaces/<id>.rescue-<stamp>.json   a rescue copy, written when a save failed
//!   workspaces/<id>.before-rescue-<stamp>.json   the file `restore_rescue` replaced
//!   backups/<id>/<stamp>.json       earlier versions
//!   rescue/<id>-<stamp>.json        a rescue copy that could not go beside the workspace
//!   exports/                        documents written from the terminal program
//! ```
//!
//! Guarantees: a save is atomic and durable ([`atomic`]); a file this build cannot read is never
//! written over or removed, only reported; the version a save replaces is kept as a backup
//! ([`backup`]); one process at a time writes a workspace ([`lock`]); nothing below the data
//! folder is opened through a link or waited on as a pipe, so nothing outside the data folder
//! is ever created, truncated, chmod'ed, renamed or deleted ([`nofollow`]); when a save has
//! failed, the workspace can still be written whole somewhere else ([`rescue`]).
//!
//! `save` and `restore` do not take the lock themselves: whoever opens a workspace for editing
//! takes [`Store::lock`] first and holds it while saving.
//!
//! **Test seam, for tests only.** With the environment variable `MANDAT_TEST_FAIL_SAVES` set to
//! exactly `1`, every [`Store::save`] (and `save_at`, `save_prepared`) fails as if the disk were
//! full, before it touches anything; rescue copies, `create` and everything else still work. It
//! lets tests drive the real binary into a failed save. Nothing in mandat sets it.

mod atomic;
pub mod backup;
mod codec;
pub mod document;
pub mod error;
mod head;
pub mod lock;
mod nofollow;
pub mod paths;
pub mod rescue;

use std::collections::HashMap;
use std::fs;
use std::hash::Hasher;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

use crate::model::Workspace;
use crate::vocab::NetworkType;

pub use backup::Backup;
pub use document::{DocTarget, WrittenTo, write_document, write_document_to};
pub use error::{FileKind, IoOp, JsonDetail, LoadNote, ReadProblem, StoreError};
pub use lock::WorkspaceLock;
pub use rescue::{Rescue, write_rescue_to_fallbacks};

use atomic::{Capped, read_capped};
use codec::DecodeError;

/// The largest save file `mandat` reads. A workspace is a few hundred kilobytes at most, so
/// anything near this is not one of ours, and reading it whole could exhaust memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

const WORKSPACES_DIR: &str = "workspaces";
const BACKUPS_DIR: &str = "backups";
const EXPORTS_DIR: &str = "exports";
const STATE_FILE: &str = "state.json";
const BROKEN_MARK: &str = ".broken-";
/// Marks the file `restore_rescue` replaced: `<id>.before-rescue-<stamp>.json`.
const BEFORE_RESCUE_MARK: &str = ".before-rescue-";
/// The test seam described in the module documentation.
const FAIL_SAVES_VAR: &str = "MANDAT_TEST_FAIL_SAVES";

/// The data folder and everything in it.
#[derive(Debug, Clone)]
pub struct Store {
    data_dir: PathBuf,
    /// What this store last wrote to each workspace file, so the next save can tell the file
    /// there is still that one by streaming it, instead of reading it all into memory again.
    written: Arc<Mutex<HashMap<PathBuf, Fingerprint>>>,
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        self.data_dir == other.data_dir
    }
}

impl Eq for Store {}

/// A workspace's bytes, ready to be saved by [`Store::save_prepared`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prepared {
    id: String,
    bytes: Vec<u8>,
}

/// Length and hash of a file's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fingerprint {
    len: u64,
    hash: u64,
}

impl Fingerprint {
    fn of(bytes: &[u8]) -> Fingerprint {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        hasher.write(bytes);
        Fingerprint {
            len: bytes.len() as u64,
            hash: hasher.finish(),
        }
    }

    /// The file's fingerprint, read in pieces.
    fn of_file(path: &Path) -> io::Result<Fingerprint> {
        use std::io::Read;
        let mut file = nofollow::open_read(path)?;
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        let mut buf = vec![0u8; 64 * 1024];
        let mut len = 0u64;
        loop {
            match file.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    hasher.write(&buf[..n]);
                    len += n as u64;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(Fingerprint {
            len,
            hash: hasher.finish(),
        })
    }
}

/// What `list` shows of a workspace without opening it for editing.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkspaceSummary {
    pub id: String,
    pub name: String,
    pub network_type: NetworkType,
    pub leader_name: String,
    pub updated_at: DateTime<Utc>,
    pub path: PathBuf,
}

/// One file in `workspaces/`: a workspace, or a file that cannot be read and why.
#[derive(Debug, Clone)]
pub enum Listed {
    Ok(WorkspaceSummary),
    Broken { path: PathBuf, error: StoreError },
}

impl Listed {
    pub fn path(&self) -> &Path {
        match self {
            Listed::Ok(s) => &s.path,
            Listed::Broken { path, .. } => path,
        }
    }
}

impl Store {
    /// `Some(dir)` from `--data-dir` / `MANDAT_DATA_DIR` (resolved by the caller), else the
    /// platform's data folder for `mandat` ([`paths::default_data_dir`]). Creates the folder
    /// (0700 on unix) and `workspaces/` inside it. The data folder may be a link (the user's
    /// choice); `workspaces/` may not. A file where the data folder should be is
    /// [`StoreError::NotADir`].
    pub fn open(data_dir: Option<PathBuf>) -> Result<Store, StoreError> {
        let store = Store::at(resolve_data_dir(data_dir)?);
        atomic::ensure_private_dir(&store.data_dir)?;
        nofollow::ensure_own_dir(&store.workspaces_dir())?;
        atomic::remove_stale_temp_files(&store.data_dir);
        atomic::remove_stale_temp_files(&store.workspaces_dir());
        Ok(store)
    }

    /// For commands that only read (`paths`, `list`, `summary`, `plan`): the store at the data
    /// folder if it exists, `None` if it does not. Creates, sweeps and changes nothing. A file
    /// where the data folder should be is [`StoreError::NotADir`].
    pub fn open_existing(data_dir: Option<PathBuf>) -> Result<Option<Store>, StoreError> {
        let data_dir = resolve_data_dir(data_dir)?;
        match fs::metadata(&data_dir) {
            Ok(meta) if meta.is_dir() => Ok(Some(Store::at(data_dir))),
            Ok(_) => Err(StoreError::NotADir { path: data_dir }),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(StoreError::io(&data_dir, IoOp::ListDir, e)),
        }
    }

    /// The data folder for commands that only read: nothing is created, and a folder that is
    /// not there yet reads as one without workspaces. A path that is a file is refused.
    pub fn open_read_only(data_dir: Option<PathBuf>) -> Result<Store, StoreError> {
        let data_dir = resolve_data_dir(data_dir)?;
        match fs::metadata(&data_dir) {
            Ok(meta) if !meta.is_dir() => Err(StoreError::NotADir { path: data_dir }),
            _ => Ok(Store::at(data_dir)),
        }
    }

    fn at(data_dir: PathBuf) -> Store {
        Store {
            data_dir,
            written: Arc::default(),
        }
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn workspaces_dir(&self) -> PathBuf {
        self.data_dir.join(WORKSPACES_DIR)
    }

    /// `<data>/workspaces/<id>.json`.
    pub fn workspace_path(&self, id: &str) -> PathBuf {
        self.workspaces_dir().join(format!("{id}.json"))
    }

    /// `<data>/workspaces/<id>.lock`.
    pub fn lock_path(&self, id: &str) -> PathBuf {
        self.workspaces_dir().join(format!("{id}.lock"))
    }

    /// `<data>/backups/<id>/`.
    pub fn backups_dir(&self, id: &str) -> PathBuf {
        self.data_dir.join(BACKUPS_DIR).join(id)
    }

    fn state_path(&self) -> PathBuf {
        self.data_dir.join(STATE_FILE)
    }

    /// `<data>/exports/`, where the terminal program suggests writing documents.
    pub fn exports_dir(&self) -> PathBuf {
        self.data_dir.join(EXPORTS_DIR)
    }

    /// [`write_document`], and when the document goes into [`Store::exports_dir`], that folder
    /// is made (0700) if missing and must not be a link.
    pub fn write_document(&self, path: &Path, bytes: &[u8]) -> Result<WrittenTo, StoreError> {
        if path.parent() == Some(self.exports_dir().as_path()) {
            nofollow::ensure_own_dir(&self.exports_dir())?;
        }
        write_document(path, bytes)
    }

    /// Every `*.json` in `workspaces/`, newest `updated_at` first; files that cannot be read
    /// are listed after them, by name, with their error. Hidden files, the copies `restore`
    /// keeps (`<id>.broken-<stamp>.json`, `<id>.before-rescue-<stamp>.json`) and rescue copies
    /// (`<id>.rescue-<stamp>.json`) are not workspaces and are left out; so are folders. A link
    /// or pipe named like a workspace is listed as one that cannot be read.
    ///
    /// Reads only the head of each file, the fields shown (see [`head`]): a large workspace is
    /// not decoded to be listed. A file whose head cannot be read that way is read in full, so
    /// it is listed with exactly what is wrong; a fault deep inside a meeting is reported when
    /// the workspace is opened.
    pub fn list(&self) -> Result<Vec<Listed>, StoreError> {
        let dir = self.workspaces_dir();
        if !nofollow::own_dir_exists(&dir)? {
            return Ok(Vec::new());
        }
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(StoreError::io(&dir, IoOp::ListDir, e)),
        };
        let mut good = Vec::new();
        let mut broken = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| StoreError::io(&dir, IoOp::ListDir, e))?;
            let path = entry.path();
            let Some(id) = workspace_id_of(&path) else {
                continue;
            };
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                continue;
            }
            match self.summary(&id, path.clone()) {
                Ok(summary) => good.push(summary),
                Err(error) => broken.push(Listed::Broken { path, error }),
            }
        }
        good.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));
        broken.sort_by(|a, b| a.path().cmp(b.path()));
        Ok(good.into_iter().map(Listed::Ok).chain(broken).collect())
    }

    /// What `list` shows of the workspace in `path`: from its head when that can be read on
    /// its own, else from the whole file.
    fn summary(&self, id: &str, path: PathBuf) -> Result<WorkspaceSummary, StoreError> {
        let head = head::read(&path).map_err(|e| read_error(&path, Some(id), e))?;
        let (name, network_type, leader_name, updated_at) = match head {
            Some(h) => (h.name, h.network_type, h.leader_name, h.updated_at),
            None => {
                let ws = self.load(id)?;
                (ws.name, ws.network_type, ws.leader_name, ws.updated_at)
            }
        };
        Ok(WorkspaceSummary {
            id: id.to_string(),
            name,
            network_type,
            leader_name,
            updated_at,
            path,
        })
    }

    /// Reads, migrates and returns a workspace. The file name is its id: if the `id` inside
    /// differs (a file copied under a new name), the file name wins.
    pub fn load(&self, id: &str) -> Result<Workspace, StoreError> {
        self.load_with_notes(id).map(|(ws, _)| ws)
    }

    /// [`Store::load`], and what was put right while reading, for the caller to tell the user
    /// (two meetings with the same id, see [`LoadNote`]).
    pub fn load_with_notes(&self, id: &str) -> Result<(Workspace, Vec<LoadNote>), StoreError> {
        check_id(id)?;
        let path = self.workspace_path(id);
        let (mut ws, notes) = read_workspace(&path, Some(id))?;
        ws.id = id.to_string();
        Ok((ws, notes))
    }

    /// Saves atomically, keeping the version it replaces as a backup. Refuses, leaving
    /// everything as it was, when the file already there cannot be read by this build
    /// (including one from a newer version). Does nothing when the file already holds exactly
    /// this workspace. `updated_at` is saved as given: callers stamp it when something changes.
    pub fn save(&self, ws: &Workspace) -> Result<(), StoreError> {
        self.save_at(ws, Utc::now())
    }

    /// [`Store::save`] with the clock given, which names and prunes the backups.
    pub fn save_at(&self, ws: &Workspace, now: DateTime<Utc>) -> Result<(), StoreError> {
        let prepared = self.prepare(ws)?;
        self.save_prepared_at(prepared, now)
    }

    /// The first half of a save: the workspace's bytes, made while the caller waits. The TUI
    /// hands the result to its saver thread, so typing goes on while the rest happens.
    pub fn prepare(&self, ws: &Workspace) -> Result<Prepared, StoreError> {
        check_id(&ws.id)?;
        let path = self.workspace_path(&ws.id);
        let bytes = encode(ws, &path)?;
        Ok(Prepared {
            id: ws.id.clone(),
            bytes,
        })
    }

    /// The second half of a save: checks the file there may be replaced and the bytes read
    /// back, keeps a backup, and writes atomically.
    pub fn save_prepared(&self, prepared: Prepared) -> Result<(), StoreError> {
        self.save_prepared_at(prepared, Utc::now())
    }

    fn save_prepared_at(&self, prepared: Prepared, now: DateTime<Utc>) -> Result<(), StoreError> {
        let path = self.workspace_path(&prepared.id);
        fail_for_tests(&path)?;
        nofollow::ensure_own_dir(&self.workspaces_dir())?;
        let exists = self.check_replaceable(&path, &prepared.id)?;
        self.write_checked(&path, &prepared.id, exists, prepared.bytes, now)
    }

    /// Whether a readable file is there to replace; an error if one is there that this build
    /// cannot read (it must not be replaced). A file this store wrote itself and that is
    /// unchanged since is recognised by streaming it, without decoding it again.
    fn check_replaceable(&self, path: &Path, id: &str) -> Result<bool, StoreError> {
        let remembered = self.written.lock().ok().and_then(|w| w.get(path).copied());
        if let Some(fingerprint) = remembered
            && Fingerprint::of_file(path).ok() == Some(fingerprint)
        {
            return Ok(true);
        }
        Ok(read_replaceable(path, Some(id))?.is_some())
    }

    /// Checks the new bytes read back, keeps the file there as a backup, and writes them.
    fn write_checked(
        &self,
        path: &Path,
        id: &str,
        exists: bool,
        bytes: Vec<u8>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        check_reads_back(&bytes, path)?;
        if exists && same_content(path, &bytes) {
            self.remember(path, &bytes);
            return Ok(());
        }
        if exists {
            nofollow::ensure_own_dir(&self.data_dir.join(BACKUPS_DIR))?;
            backup::take_file(&self.backups_dir(id), path, now)?;
        }
        atomic::write_atomic(path, &bytes)?;
        self.remember(path, &bytes);
        Ok(())
    }

    fn remember(&self, path: &Path, bytes: &[u8]) {
        if let Ok(mut written) = self.written.lock() {
            written.insert(path.to_path_buf(), Fingerprint::of(bytes));
        }
    }

    /// Saves a new workspace; fails with [`StoreError::Exists`] if its id is taken.
    pub fn create(&self, ws: &Workspace) -> Result<PathBuf, StoreError> {
        check_id(&ws.id)?;
        nofollow::ensure_own_dir(&self.workspaces_dir())?;
        let path = self.workspace_path(&ws.id);
        let bytes = encode_checked(ws, &path)?;
        atomic::write_new_atomic(&path, &bytes)?;
        Ok(path)
    }

    /// A readable id from the network's name that no workspace (or old backups) uses yet:
    /// [`paths::slug`], then "-2", "-3" … on a clash.
    pub fn new_id(&self, name: &str) -> String {
        let base = paths::slug(name);
        // Anything at those names counts, a dangling link too.
        let taken = |id: &str| {
            paths::is_reserved_name(id)
                || nofollow::something_at(&self.workspace_path(id))
                || nofollow::something_at(&self.backups_dir(id))
        };
        if !taken(&base) {
            return base;
        }
        (2u32..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| !taken(id))
            .unwrap_or(base)
    }

    /// The workspace used last, if it was recorded and still exists.
    pub fn last_used(&self) -> Option<String> {
        let bytes = match read_capped(&self.state_path()) {
            Ok(Capped::Bytes(bytes)) => bytes,
            _ => return None,
        };
        let state: Value = serde_json::from_slice(&bytes).ok()?;
        let id = state.get("last_used")?.as_str()?;
        let is_file = fs::symlink_metadata(self.workspace_path(id)).is_ok_and(|m| m.is_file());
        (paths::is_valid_id(id) && is_file).then(|| id.to_string())
    }

    /// Records the workspace used last in `<data>/state.json` (other keys there are kept).
    pub fn set_last_used(&self, id: &str) -> Result<(), StoreError> {
        check_id(id)?;
        let path = self.state_path();
        let mut state = match read_capped(&path) {
            Ok(Capped::Bytes(bytes)) => match serde_json::from_slice::<Value>(&bytes) {
                Ok(Value::Object(map)) => map,
                _ => Map::new(),
            },
            _ => Map::new(),
        };
        // Every start records the workspace it opens, nearly always the same one: no write
        // (and no fsync) when the file already says so.
        if state.get("last_used").and_then(Value::as_str) == Some(id) {
            return Ok(());
        }
        state.insert("last_used".to_string(), Value::from(id));
        let mut bytes = serde_json::to_vec_pretty(&Value::Object(state))
            .map_err(|e| StoreError::io(&path, IoOp::Write, io::Error::other(e)))?;
        bytes.push(b'\n');
        atomic::write_atomic(&path, &bytes)
    }

    /// Where the leader was in the terminal program when it last closed on this workspace (the
    /// screen, the item, the field and its cursor), as the program wrote it; kept in
    /// `state.json` beside the workspace used last, never in the workspace file itself.
    pub fn position(&self, id: &str) -> Option<Value> {
        let bytes = match read_capped(&self.state_path()) {
            Ok(Capped::Bytes(bytes)) => bytes,
            _ => return None,
        };
        let state: Value = serde_json::from_slice(&bytes).ok()?;
        state.get("positions")?.get(id).cloned()
    }

    /// Records where the leader is in workspace `id` (see [`Store::position`]).
    pub fn set_position(&self, id: &str, position: &Value) -> Result<(), StoreError> {
        check_id(id)?;
        let path = self.state_path();
        let mut state = match read_capped(&path) {
            Ok(Capped::Bytes(bytes)) => match serde_json::from_slice::<Value>(&bytes) {
                Ok(Value::Object(map)) => map,
                _ => Map::new(),
            },
            _ => Map::new(),
        };
        let positions = state
            .entry("positions")
            .or_insert_with(|| Value::Object(Map::new()));
        if !positions.is_object() {
            *positions = Value::Object(Map::new());
        }
        if positions.get(id) == Some(position) {
            return Ok(());
        }
        if let Some(map) = positions.as_object_mut() {
            map.insert(id.to_string(), position.clone());
        }
        let mut bytes = serde_json::to_vec_pretty(&Value::Object(state))
            .map_err(|e| StoreError::io(&path, IoOp::Write, io::Error::other(e)))?;
        bytes.push(b'\n');
        atomic::write_atomic(&path, &bytes)
    }

    /// Takes the workspace's lock (`<id>.lock`), or fails with [`StoreError::Locked`] naming the
    /// process that has it. The lock is released when the returned guard is dropped.
    pub fn lock(&self, id: &str) -> Result<WorkspaceLock, StoreError> {
        check_id(id)?;
        nofollow::ensure_own_dir(&self.workspaces_dir())?;
        WorkspaceLock::acquire(&self.lock_path(id))
    }

    /// The workspace's backups, newest first.
    pub fn backups(&self, id: &str) -> Result<Vec<Backup>, StoreError> {
        check_id(id)?;
        if !nofollow::own_dir_exists(&self.data_dir.join(BACKUPS_DIR))? {
            return Ok(Vec::new());
        }
        backup::list(&self.backups_dir(id))
    }

    /// Reads a backup, e.g. to show what it holds before restoring it.
    pub fn load_backup(&self, backup: &Backup) -> Result<Workspace, StoreError> {
        let bytes = read_backup_bytes(&backup.path)?;
        codec::decode(&bytes).map_err(|e| backup_error(&backup.path, e))
    }

    /// The newest backup that can be read, to offer when the workspace file cannot be.
    pub fn last_good_backup(&self, id: &str) -> Result<Option<Backup>, StoreError> {
        Ok(self
            .backups(id)?
            .into_iter()
            .find(|b| self.load_backup(b).is_ok()))
    }

    /// Puts a backup back as the workspace's file. The current file, readable or not, is kept
    /// beside it as `<id>.broken-<stamp>.json`. A backup that cannot be read is refused and
    /// nothing changes.
    pub fn restore(&self, id: &str, backup: &Backup) -> Result<(), StoreError> {
        self.restore_at(id, backup, Utc::now()).map(|_| ())
    }

    /// [`Store::restore`] with the clock given; returns where the replaced file was kept, if
    /// there was one.
    pub fn restore_at(
        &self,
        id: &str,
        backup: &Backup,
        now: DateTime<Utc>,
    ) -> Result<Option<PathBuf>, StoreError> {
        check_id(id)?;
        let bytes = read_backup_bytes(&backup.path)?;
        codec::decode(&bytes).map_err(|e| backup_error(&backup.path, e))?;
        self.put_back(id, &bytes, BROKEN_MARK, now)
    }

    /// Writes `bytes` as the workspace's file, keeping the file there (if any) beside it as
    /// `<id><mark><stamp>.json`; returns where it was kept.
    fn put_back(
        &self,
        id: &str,
        bytes: &[u8],
        mark: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<PathBuf>, StoreError> {
        nofollow::ensure_own_dir(&self.workspaces_dir())?;
        let path = self.workspace_path(id);
        let kept = if nofollow::something_at(&path) {
            let kept = self.free_kept_path(id, mark, now);
            atomic::copy_atomic(&path, &kept)?;
            Some(kept)
        } else {
            None
        };
        atomic::write_atomic(&path, bytes)?;
        Ok(kept)
    }

    /// `<id><mark><stamp>.json`, one millisecond later if that name is taken.
    fn free_kept_path(&self, id: &str, mark: &str, now: DateTime<Utc>) -> PathBuf {
        let mut t = now;
        loop {
            let path = self
                .workspaces_dir()
                .join(format!("{id}{mark}{}.json", paths::stamp(t)));
            if !nofollow::something_at(&path) {
                return path;
            }
            t += chrono::Duration::milliseconds(1);
        }
    }

    /// Writes the whole workspace as a rescue copy, when a save has failed and the program
    /// must end, or when the user asks for one: beside the workspace, else in `<data>/rescue/`,
    /// else in the system's temporary folder, else in the home folder (see [`rescue`]). Always
    /// a new file; returns where it went, or the last place's error.
    pub fn write_rescue(&self, ws: &Workspace, now: DateTime<Utc>) -> Result<PathBuf, StoreError> {
        write_rescue_to_fallbacks(Some(&self.data_dir), ws, now)
    }

    /// The rescue copies of workspace `id` in all four places, newest first.
    pub fn rescues(&self, id: &str) -> Vec<Rescue> {
        if check_id(id).is_err() {
            return Vec::new();
        }
        rescue::list(Some(&self.data_dir), id)
    }

    /// Reads a rescue copy, e.g. to show what it holds before putting it back.
    pub fn load_rescue(&self, rescue: &Rescue) -> Result<Workspace, StoreError> {
        self.load_backup(&Backup {
            path: rescue.path.clone(),
            taken_at: rescue.taken_at,
        })
    }

    /// The rescue copy to offer when the program starts: the newest that can be read, holds
    /// something other than the workspace file, and was changed later than it (or the
    /// workspace file is missing or cannot be read).
    pub fn newer_rescue(&self, id: &str) -> Option<Rescue> {
        let current = self.load(id).ok();
        self.rescues(id).into_iter().find(|r| {
            let Ok(mut rescued) = self.load_rescue(r) else {
                return false;
            };
            rescued.id = id.to_string();
            match &current {
                None => true,
                Some(ws) => rescued.updated_at > ws.updated_at && rescued != *ws,
            }
        })
    }

    /// Puts a rescue copy back as the workspace's file. Nothing is lost: the file there is kept
    /// beside it as `<id>.before-rescue-<stamp>.json` (returned), and the rescue copy stays
    /// where it is. A rescue copy that cannot be read is refused and nothing changes.
    pub fn restore_rescue(
        &self,
        id: &str,
        rescue: &Rescue,
        now: DateTime<Utc>,
    ) -> Result<Option<PathBuf>, StoreError> {
        check_id(id)?;
        let bytes = read_backup_bytes(&rescue.path)?;
        codec::decode(&bytes).map_err(|e| backup_error(&rescue.path, e))?;
        self.put_back(id, &bytes, BEFORE_RESCUE_MARK, now)
    }
}

/// The data folder asked for, else the platform's.
fn resolve_data_dir(data_dir: Option<PathBuf>) -> Result<PathBuf, StoreError> {
    match data_dir {
        Some(dir) => Ok(dir),
        None => paths::default_data_dir().ok_or(StoreError::NoDataDir),
    }
}

/// The test seam described in the module documentation: a full disk, on request.
fn fail_for_tests(path: &Path) -> Result<(), StoreError> {
    if std::env::var_os(FAIL_SAVES_VAR).is_some_and(|v| v == "1") {
        #[cfg(unix)]
        let full = io::Error::from_raw_os_error(libc::ENOSPC);
        #[cfg(not(unix))]
        let full = io::Error::new(io::ErrorKind::StorageFull, "No space left on device");
        return Err(StoreError::io(path, IoOp::Write, full));
    }
    Ok(())
}

/// Writes a document the leader asked for; the older name of [`write_document`], kept for its
/// callers. `-` and `/dev/stdout` go to standard output, an existing pipe or device is written
/// as it is, a link or folder is refused. The error is the store's one line in Danish.
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_document(path, bytes)
        .map(|_| ())
        .map_err(|e| match e {
            StoreError::Io { source, .. } => io::Error::new(source.kind(), source.to_string()),
            other => io::Error::other(other.message(crate::vocab::Lang::Da)),
        })
}

/// Reads a workspace file directly (`--file`). The `id` inside is kept as it is. Like every
/// file the store reads, it must be a regular file, not a link or pipe.
pub fn load_file(path: &Path) -> Result<Workspace, StoreError> {
    load_file_with_notes(path).map(|(ws, _)| ws)
}

/// [`load_file`], and what was put right while reading (see [`LoadNote`]).
pub fn load_file_with_notes(path: &Path) -> Result<(Workspace, Vec<LoadNote>), StoreError> {
    read_workspace(path, None)
}

/// Saves a workspace to a file directly (`--file`), atomically, with the same refusal to
/// write over a file that cannot be read as [`Store::save`], but without backups.
pub fn save_file(path: &Path, ws: &Workspace) -> Result<(), StoreError> {
    let existing = read_replaceable(path, None)?;
    let bytes = encode_checked(ws, path)?;
    if existing.as_deref() == Some(bytes.as_slice()) {
        return Ok(());
    }
    atomic::write_atomic(path, &bytes)
}

fn check_id(id: &str) -> Result<(), StoreError> {
    if paths::is_valid_id(id) {
        Ok(())
    } else {
        Err(StoreError::InvalidId { id: id.to_string() })
    }
}

/// The id of a file in `workspaces/` if it is a workspace file (`<id>.json`): not a temporary
/// file, and not one of the copies kept beside workspaces.
fn workspace_id_of(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    let id = name.strip_suffix(".json")?;
    let is_copy =
        id.contains(BROKEN_MARK) || id.contains(BEFORE_RESCUE_MARK) || rescue::is_beside_name(id);
    if is_copy || atomic::is_temp_file_name(name) || !paths::is_valid_id(id) {
        return None;
    }
    Some(id.to_string())
}

/// The error for a workspace file that could not be opened.
fn read_error(path: &Path, id: Option<&str>, e: io::Error) -> StoreError {
    if e.kind() == io::ErrorKind::NotFound {
        StoreError::NotFound {
            path: path.to_path_buf(),
            id: id.map(str::to_string),
        }
    } else {
        StoreError::io(path, IoOp::Read, e)
    }
}

fn read_workspace(path: &Path, id: Option<&str>) -> Result<(Workspace, Vec<LoadNote>), StoreError> {
    let bytes = match read_capped(path) {
        Ok(Capped::Bytes(bytes)) => bytes,
        Ok(Capped::TooLarge(bytes)) => {
            return Err(StoreError::Unreadable {
                path: path.to_path_buf(),
                id: id.map(str::to_string),
                problem: ReadProblem::TooLarge { bytes },
            });
        }
        Err(e) => return Err(read_error(path, id, e)),
    };
    codec::decode_with_notes(&bytes).map_err(|e| match e {
        DecodeError::Problem(problem) => StoreError::Unreadable {
            path: path.to_path_buf(),
            id: id.map(str::to_string),
            problem,
        },
        DecodeError::Newer { found, known } => StoreError::NewerSchema {
            path: path.to_path_buf(),
            found,
            known,
        },
    })
}

/// The bytes of the file a save would replace: `None` if there is none, an error if it is
/// there but this build could not read it back (so it must not be replaced).
fn read_replaceable(path: &Path, id: Option<&str>) -> Result<Option<Vec<u8>>, StoreError> {
    let refuse = |problem| StoreError::WontOverwrite {
        path: path.to_path_buf(),
        id: id.map(str::to_string),
        problem,
    };
    let bytes = match read_capped(path) {
        Ok(Capped::Bytes(bytes)) => bytes,
        Ok(Capped::TooLarge(bytes)) => return Err(refuse(ReadProblem::TooLarge { bytes })),
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(StoreError::io(path, IoOp::Read, e)),
    };
    match codec::decode(&bytes) {
        Ok(_) => Ok(Some(bytes)),
        Err(DecodeError::Problem(problem)) => Err(refuse(problem)),
        Err(DecodeError::Newer { found, known }) => Err(StoreError::NewerSchema {
            path: path.to_path_buf(),
            found,
            known,
        }),
    }
}

/// Whether the file at `path` holds exactly `bytes`, read in pieces.
fn same_content(path: &Path, bytes: &[u8]) -> bool {
    use std::io::Read;
    let Ok(mut file) = nofollow::open_read(path) else {
        return false;
    };
    if file.metadata().map(|m| m.len()).ok() != Some(bytes.len() as u64) {
        return false;
    }
    let mut buf = vec![0u8; 64 * 1024];
    let mut offset = 0;
    loop {
        match file.read(&mut buf) {
            Ok(0) => return offset == bytes.len(),
            Ok(n) => {
                if bytes.get(offset..offset + n) != Some(&buf[..n]) {
                    return false;
                }
                offset += n;
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return false,
        }
    }
}

/// The bytes to save, checked to read back, so nothing this build cannot read is ever written.
fn encode_checked(ws: &Workspace, path: &Path) -> Result<Vec<u8>, StoreError> {
    let bytes = encode(ws, path)?;
    check_reads_back(&bytes, path)?;
    Ok(bytes)
}

/// The bytes for `ws`, in a buffer sized like the file at `path` (plus room to grow).
fn encode(ws: &Workspace, path: &Path) -> Result<Vec<u8>, StoreError> {
    let hint = fs::symlink_metadata(path)
        .map(|m| m.len() as usize)
        .map(|len| len + len / 16 + 4096)
        .unwrap_or(0);
    codec::encode_sized(ws, hint).map_err(|problem| StoreError::WouldBeUnreadable {
        path: path.to_path_buf(),
        problem,
    })
}

/// Refuses bytes this build could not read back (a NaN in the hours, say).
fn check_reads_back(bytes: &[u8], path: &Path) -> Result<(), StoreError> {
    let would_be_unreadable = |problem| StoreError::WouldBeUnreadable {
        path: path.to_path_buf(),
        problem,
    };
    match codec::decode(bytes) {
        Ok(_) => Ok(()),
        Err(DecodeError::Problem(problem)) => Err(would_be_unreadable(problem)),
        Err(DecodeError::Newer { found, known }) => Err(would_be_unreadable(ReadProblem::Migrate(
            crate::model::migrate::MigrateError::Newer { found, known },
        ))),
    }
}

fn read_backup_bytes(path: &Path) -> Result<Vec<u8>, StoreError> {
    match read_capped(path) {
        Ok(Capped::Bytes(bytes)) => Ok(bytes),
        Ok(Capped::TooLarge(bytes)) => Err(StoreError::BadBackup {
            path: path.to_path_buf(),
            problem: ReadProblem::TooLarge { bytes },
        }),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Err(StoreError::NotFound {
            path: path.to_path_buf(),
            id: None,
        }),
        Err(e) => Err(StoreError::io(path, IoOp::Read, e)),
    }
}

fn backup_error(path: &Path, e: DecodeError) -> StoreError {
    match e {
        DecodeError::Problem(problem) => StoreError::BadBackup {
            path: path.to_path_buf(),
            problem,
        },
        DecodeError::Newer { found, known } => StoreError::NewerSchema {
            path: path.to_path_buf(),
            found,
            known,
        },
    }
}
