//! Where workspaces are kept and how they are saved (`docs/file-format.md`).
//!
//! ```text
//! <data dir>/                       0700
//!   state.json                      which workspace was used last
//!   workspaces/<id>.json            one workspace per file, 0600
//!   workspaces/<id>.lock            held while a mandat has the workspace open
//!   workspaces/<id>.broken-<stamp>.json   a file that was replaced by `restore`
//!   backups/<id>/<stamp>.json       earlier versions
//! ```
//!
//! Guarantees: a save is atomic and durable ([`atomic`]); a file this build cannot read is never
//! written over or removed, only reported; the version a save replaces is kept as a backup
//! ([`backup`]); one process at a time writes a workspace ([`lock`]).
//!
//! `save` and `restore` do not take the lock themselves: whoever opens a workspace for editing
//! takes [`Store::lock`] first and holds it while saving.

mod atomic;
pub mod backup;
mod codec;
pub mod error;
pub mod lock;
pub mod paths;

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
pub use error::{IoOp, JsonDetail, ReadProblem, StoreError};
pub use lock::WorkspaceLock;

use atomic::{Capped, read_capped};
use codec::DecodeError;

/// The largest save file `mandat` reads. A workspace is a few hundred kilobytes at most, so
/// anything near this is not one of ours, and reading it whole could exhaust memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

const WORKSPACES_DIR: &str = "workspaces";
const BACKUPS_DIR: &str = "backups";
const STATE_FILE: &str = "state.json";
const BROKEN_MARK: &str = ".broken-";

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
        let mut file = fs::File::open(path)?;
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
    /// (0700 on unix) and `workspaces/` inside it.
    pub fn open(data_dir: Option<PathBuf>) -> Result<Store, StoreError> {
        let data_dir = match data_dir {
            Some(dir) => dir,
            None => paths::default_data_dir().ok_or(StoreError::NoDataDir)?,
        };
        let store = Store {
            data_dir,
            written: Arc::default(),
        };
        atomic::ensure_private_dir(&store.data_dir)?;
        atomic::ensure_private_dir(&store.workspaces_dir())?;
        atomic::remove_stale_temp_files(&store.data_dir);
        atomic::remove_stale_temp_files(&store.workspaces_dir());
        Ok(store)
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

    /// Every `*.json` in `workspaces/`, newest `updated_at` first; files that cannot be read
    /// are listed after them, by name, with their error. Hidden files and the copies
    /// `restore` keeps (`<id>.broken-<stamp>.json`) are not workspaces and are left out.
    pub fn list(&self) -> Result<Vec<Listed>, StoreError> {
        let dir = self.workspaces_dir();
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
            if path.is_dir() {
                continue;
            }
            match self.load(&id) {
                Ok(ws) => good.push(WorkspaceSummary {
                    id,
                    name: ws.name,
                    network_type: ws.network_type,
                    leader_name: ws.leader_name,
                    updated_at: ws.updated_at,
                    path,
                }),
                Err(error) => broken.push(Listed::Broken { path, error }),
            }
        }
        good.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));
        broken.sort_by(|a, b| a.path().cmp(b.path()));
        Ok(good.into_iter().map(Listed::Ok).chain(broken).collect())
    }

    /// Reads, migrates and returns a workspace. The file name is its id: if the `id` inside
    /// differs (a file copied under a new name), the file name wins.
    pub fn load(&self, id: &str) -> Result<Workspace, StoreError> {
        check_id(id)?;
        let path = self.workspace_path(id);
        let mut ws = read_workspace(&path, Some(id))?;
        ws.id = id.to_string();
        Ok(ws)
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
        atomic::ensure_private_dir(&self.workspaces_dir())?;
        let path = self.workspace_path(&prepared.id);
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
            atomic::ensure_private_dir(&self.data_dir.join(BACKUPS_DIR))?;
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
        atomic::ensure_private_dir(&self.workspaces_dir())?;
        let path = self.workspace_path(&ws.id);
        let bytes = encode_checked(ws, &path)?;
        atomic::write_new_atomic(&path, &bytes)?;
        Ok(path)
    }

    /// A readable id from the network's name that no workspace (or old backups) uses yet:
    /// [`paths::slug`], then "-2", "-3" … on a clash.
    pub fn new_id(&self, name: &str) -> String {
        let base = paths::slug(name);
        let taken = |id: &str| {
            paths::is_reserved_name(id)
                || self.workspace_path(id).exists()
                || self.backups_dir(id).exists()
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
        (paths::is_valid_id(id) && self.workspace_path(id).is_file()).then(|| id.to_string())
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

    /// Takes the workspace's lock (`<id>.lock`), or fails with [`StoreError::Locked`] naming the
    /// process that has it. The lock is released when the returned guard is dropped.
    pub fn lock(&self, id: &str) -> Result<WorkspaceLock, StoreError> {
        check_id(id)?;
        atomic::ensure_private_dir(&self.workspaces_dir())?;
        WorkspaceLock::acquire(&self.lock_path(id))
    }

    /// The workspace's backups, newest first.
    pub fn backups(&self, id: &str) -> Result<Vec<Backup>, StoreError> {
        check_id(id)?;
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
        atomic::ensure_private_dir(&self.workspaces_dir())?;
        let path = self.workspace_path(id);
        let kept = if path.exists() {
            let kept = self.free_broken_path(id, now);
            atomic::copy_atomic(&path, &kept)?;
            Some(kept)
        } else {
            None
        };
        atomic::write_atomic(&path, &bytes)?;
        Ok(kept)
    }

    /// `<id>.broken-<stamp>.json`, one millisecond later if that name is taken.
    fn free_broken_path(&self, id: &str, now: DateTime<Utc>) -> PathBuf {
        let mut t = now;
        loop {
            let path = self
                .workspaces_dir()
                .join(format!("{id}{BROKEN_MARK}{}.json", paths::stamp(t)));
            if !path.exists() {
                return path;
            }
            t += chrono::Duration::milliseconds(1);
        }
    }
}

/// Reads a workspace file directly (`--file`). The `id` inside is kept as it is.
/// Writes a document the leader asked for (a brief, a pamphlet, a plan): readable by the owner
/// only, creating its folder (0700) when missing. A brief can hold private reflections, so
/// nobody else on the machine should read it by default.
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write;
    if let Some(dir) = path.parent()
        && !dir.as_os_str().is_empty()
        && !dir.exists()
    {
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        builder.create(dir)?;
    }
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

pub fn load_file(path: &Path) -> Result<Workspace, StoreError> {
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

/// The id of a file in `workspaces/` if it is a workspace file (`<id>.json`).
fn workspace_id_of(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    let id = name.strip_suffix(".json")?;
    if id.contains(BROKEN_MARK) || atomic::is_temp_file_name(name) || !paths::is_valid_id(id) {
        return None;
    }
    Some(id.to_string())
}

fn read_workspace(path: &Path, id: Option<&str>) -> Result<Workspace, StoreError> {
    let bytes = match read_capped(path) {
        Ok(Capped::Bytes(bytes)) => bytes,
        Ok(Capped::TooLarge(bytes)) => {
            return Err(StoreError::Unreadable {
                path: path.to_path_buf(),
                id: id.map(str::to_string),
                problem: ReadProblem::TooLarge { bytes },
            });
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(StoreError::NotFound {
                path: path.to_path_buf(),
                id: id.map(str::to_string),
            });
        }
        Err(e) => return Err(StoreError::io(path, IoOp::Read, e)),
    };
    codec::decode(&bytes).map_err(|e| match e {
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
    let Ok(mut file) = fs::File::open(path) else {
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
    let hint = fs::metadata(path)
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
