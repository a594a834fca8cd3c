//! Rescue copies: the whole workspace, written somewhere else when a save has failed and the
//! program must end (SIGTERM, a closed window, a panic) or the user asks for one.
//!
//! A rescue copy is a complete save file in the normal format, made by the same encoder as a
//! save, so it can be opened, diffed or put back like any other. The places are tried in this
//! order, and the first that works is used:
//!
//! 1. beside the workspace: `<data>/workspaces/<id>.rescue-<stamp>.json`
//! 2. `<data>/rescue/<id>-<stamp>.json`
//! 3. the system's temporary folder: `mandat-rescue-<id>-<stamp>.json`
//! 4. the user's home folder: `mandat-rescue-<id>-<stamp>.json`
//!
//! Each attempt makes a *new* file (never one that is there, never through a link), readable by
//! the owner only, flushed to the disk. `<stamp>` is the UTC time ([`paths::stamp`]); if that
//! name is taken, the next millisecond is tried.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, Utc};

use crate::model::Workspace;

use super::error::{IoOp, StoreError};
use super::{WORKSPACES_DIR, codec, head, nofollow, paths};

/// The folder in the data folder for rescue copies that could not be written beside the
/// workspace.
pub(crate) const RESCUE_DIR: &str = "rescue";
/// Marks a rescue copy beside the workspace: `<id>.rescue-<stamp>.json`.
pub(crate) const BESIDE_MARK: &str = ".rescue-";
/// Begins the name of a rescue copy in the temporary or home folder.
const LOOSE_PREFIX: &str = "mandat-rescue-";
/// How many milliseconds on a clash before giving up on a place.
const NAME_TRIES: i64 = 50;

/// One rescue copy of a workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rescue {
    pub path: PathBuf,
    /// When it was written (UTC, from its name).
    pub taken_at: DateTime<Utc>,
    /// The workspace's own `updated_at`, read from inside the file; `None` if that cannot be
    /// read quickly (a damaged file, say).
    pub updated_at: Option<DateTime<Utc>>,
}

/// Where rescue copies of workspace `id` go and are looked for, in the order they are tried,
/// with the file name each place uses for a given stamp.
struct Place {
    dir: PathBuf,
    /// Whether the folder is one of mandat's own inside the data folder (made when missing,
    /// never a link), rather than the user's temporary or home folder.
    own: bool,
    prefix: String,
}

impl Place {
    fn file_name(&self, stamp: &str) -> String {
        format!("{}{stamp}.json", self.prefix)
    }

    /// The time in a file name of this place, if it is one.
    fn stamp_of(&self, name: &str) -> Option<DateTime<Utc>> {
        let stamp = name.strip_prefix(&self.prefix)?.strip_suffix(".json")?;
        paths::parse_stamp(stamp)
    }
}

fn places(data_dir: Option<&Path>, id: &str) -> Vec<Place> {
    let mut places = Vec::new();
    if let Some(data) = data_dir {
        places.push(Place {
            dir: data.join(WORKSPACES_DIR),
            own: true,
            prefix: format!("{id}{BESIDE_MARK}"),
        });
        places.push(Place {
            dir: data.join(RESCUE_DIR),
            own: true,
            prefix: format!("{id}-"),
        });
    }
    let loose = format!("{LOOSE_PREFIX}{id}-");
    places.push(Place {
        dir: std::env::temp_dir(),
        own: false,
        prefix: loose.clone(),
    });
    if let Some(home) = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf()) {
        places.push(Place {
            dir: home,
            own: false,
            prefix: loose,
        });
    }
    places
}

/// A name safe in a file name: the id itself when it is a valid one (it always is for a
/// workspace from the store), else its slug, so a rescue is never refused for its name.
fn safe_id(id: &str) -> String {
    if paths::is_valid_id(id) {
        id.to_string()
    } else {
        paths::slug(id)
    }
}

/// Writes a rescue copy of `ws` in the first place that takes it (see the module
/// documentation); `data_dir` is `None` when there is no data folder to use. Returns where it
/// went, or the last place's error.
pub fn write_rescue_to_fallbacks(
    data_dir: Option<&Path>,
    ws: &Workspace,
    now: DateTime<Utc>,
) -> Result<PathBuf, StoreError> {
    let id = safe_id(&ws.id);
    // Written even if it would not read back (a NaN in the hours): when the program is ending
    // and the save has failed, some bytes to mend by hand beat none.
    let bytes = codec::encode_sized(ws, 0)
        .unwrap_or_else(|_| serde_json::to_vec_pretty(ws).unwrap_or_default());
    let mut last = StoreError::NoDataDir;
    for place in places(data_dir, &id) {
        match write_in(&place, &bytes, now) {
            Ok(path) => return Ok(path),
            Err(e) => last = e,
        }
    }
    Err(last)
}

/// Writes `bytes` as a new file in `place`.
fn write_in(place: &Place, bytes: &[u8], now: DateTime<Utc>) -> Result<PathBuf, StoreError> {
    if place.own {
        nofollow::ensure_own_dir(&place.dir)?;
    }
    let mut last = None;
    for ms in 0..NAME_TRIES {
        let stamp = paths::stamp(now + Duration::milliseconds(ms));
        let path = place.dir.join(place.file_name(&stamp));
        match write_new(&path, bytes) {
            Ok(()) => {
                nofollow::sync_dir(&place.dir);
                return Ok(path);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some((path, e)),
            Err(e) => return Err(StoreError::io(&path, IoOp::WriteRescue, e)),
        }
    }
    let (path, e) = last.unwrap_or_else(|| {
        (
            place.dir.clone(),
            io::Error::from(io::ErrorKind::AlreadyExists),
        )
    });
    Err(StoreError::io(&path, IoOp::WriteRescue, e))
}

/// Creates `path` (never an existing file, never through a link), fills and flushes it; on a
/// failure the half-written file is removed again.
fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file: File = nofollow::create_new_private(path, false)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    if written.is_err() {
        drop(file);
        let _ = fs::remove_file(path);
    }
    written
}

/// The rescue copies of workspace `id` in every place, newest first. Only regular files named
/// like a rescue copy are listed; in the temporary and home folders, only the user's own.
pub(crate) fn list(data_dir: Option<&Path>, id: &str) -> Vec<Rescue> {
    let mut found: Vec<Rescue> = Vec::new();
    for place in places(data_dir, id) {
        if place.own && !matches!(nofollow::own_dir_exists(&place.dir), Ok(true)) {
            continue;
        }
        let Ok(entries) = fs::read_dir(&place.dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(taken_at) = name.to_str().and_then(|n| place.stamp_of(n)) else {
                continue;
            };
            if !nofollow::is_regular_entry(&entry) || (!place.own && !is_own_file(&entry)) {
                continue;
            }
            let path = entry.path();
            if found.iter().any(|r| r.path == path) {
                continue;
            }
            let updated_at = head::read(&path).ok().flatten().map(|h| h.updated_at);
            found.push(Rescue {
                path,
                taken_at,
                updated_at,
            });
        }
    }
    found.sort_by(|a, b| b.taken_at.cmp(&a.taken_at).then(a.path.cmp(&b.path)));
    found
}

/// Whether a file in a shared folder (the temporary folder) belongs to this user: another
/// user could leave a file named like a rescue copy there, to be offered as ours.
fn is_own_file(entry: &fs::DirEntry) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // SAFETY: geteuid has no preconditions and cannot fail.
        let me = unsafe { libc::geteuid() };
        entry.metadata().is_ok_and(|m| m.uid() == me)
    }
    #[cfg(not(unix))]
    {
        let _ = entry;
        true
    }
}

/// Whether a file name in `workspaces/` is a rescue copy (`<id>.rescue-<stamp>.json`).
pub(crate) fn is_beside_name(stem: &str) -> bool {
    stem.rsplit_once(BESIDE_MARK)
        .is_some_and(|(_, stamp)| paths::parse_stamp(stamp).is_some())
}
