//! Writing files so that a crash, a full disk or a power cut leaves either the old file or the
//! new one, never half of each; and making files and folders private to their owner.
//!
//! A write goes to a temporary file in the same folder (`.<name>.tmp-<pid>-<n>`), is flushed to
//! the disk, renamed over the target, and then the folder itself is flushed (unix), so the
//! rename survives a power cut too.

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use super::MAX_FILE_BYTES;
use super::error::{FileKind, IoOp, StoreError};
use super::nofollow;

/// Marks our temporary files; see [`is_temp_file_name`].
const TEMP_MARK: &str = ".tmp-";

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// Creates `dir` (and its parents) if it is missing; the folder itself is made owner-only.
/// An existing folder is left as it is: it may be one the user chose and shares on purpose.
/// This is for the data folder, which may be a link; folders inside it take
/// [`nofollow::ensure_own_dir`].
pub(crate) fn ensure_private_dir(dir: &Path) -> Result<(), StoreError> {
    nofollow::ensure_user_dir(dir)
}

/// Replaces (or creates) `target` with `bytes`, atomically and durably; the file is 0600.
pub(crate) fn write_atomic(target: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    check_replaceable(target)?;
    let temp = write_temp(target, |file| file.write_all(bytes))?;
    finish(target, &temp, rename_over(&temp, target))
}

/// Like [`write_atomic`], but fails with [`StoreError::Exists`] if `target` exists, without
/// a moment in which another writer could slip in between the check and the write.
pub(crate) fn write_new_atomic(target: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    match fs::symlink_metadata(target) {
        Ok(meta) if meta.file_type().is_symlink() => {
            return Err(StoreError::NotRegular {
                path: target.to_path_buf(),
                kind: FileKind::Link,
            });
        }
        Ok(_) => {
            return Err(StoreError::Exists {
                path: target.to_path_buf(),
            });
        }
        Err(_) => {}
    }
    let temp = write_temp(target, |file| file.write_all(bytes))?;
    // A hard link never replaces an existing file. Some file systems (FAT on a USB stick) have
    // no hard links; there the check above has to do.
    let placed = match fs::hard_link(&temp, target) {
        Ok(()) => {
            let _ = fs::remove_file(&temp);
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            let _ = fs::remove_file(&temp);
            return Err(StoreError::Exists {
                path: target.to_path_buf(),
            });
        }
        Err(_) if !nofollow::something_at(target) => rename_over(&temp, target),
        Err(_) => {
            let _ = fs::remove_file(&temp);
            return Err(StoreError::Exists {
                path: target.to_path_buf(),
            });
        }
    };
    finish(target, &temp, placed)
}

/// Copies `from` to `to` the same careful way, without holding the whole file in memory.
pub(crate) fn copy_atomic(from: &Path, to: &Path) -> Result<(), StoreError> {
    check_replaceable(to)?;
    let mut source = nofollow::open_read(from).map_err(|e| StoreError::io(from, IoOp::Read, e))?;
    let temp = write_temp(to, |file| io::copy(&mut source, file).map(|_| ()))?;
    finish(to, &temp, rename_over(&temp, to))
}

/// Refuses early, before a temporary file is written, what [`rename_over`] would refuse.
fn check_replaceable(target: &Path) -> Result<(), StoreError> {
    nofollow::check_replaceable(target).map_err(|e| StoreError::io(target, IoOp::Write, e))
}

/// Reads a whole file, refusing (without reading it) one larger than [`MAX_FILE_BYTES`].
pub(crate) enum Capped {
    Bytes(Vec<u8>),
    TooLarge(u64),
}

/// The file is opened without following a link and without waiting on a pipe; anything but a
/// regular file is refused (see [`nofollow`]).
pub(crate) fn read_capped(path: &Path) -> io::Result<Capped> {
    let file = nofollow::open_read(path)?;
    let len = file.metadata()?.len();
    if len > MAX_FILE_BYTES {
        return Ok(Capped::TooLarge(len));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    // The file may grow while we read it; never read more than the cap.
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Ok(Capped::TooLarge(bytes.len() as u64));
    }
    Ok(Capped::Bytes(bytes))
}

/// Whether a file name is one of our temporary files (`.<name>.tmp-<pid>-<n>`).
pub(crate) fn is_temp_file_name(name: &str) -> bool {
    name.starts_with('.') && name.contains(TEMP_MARK)
}

/// Removes temporary files a crashed `mandat` left in `dir`, if they are older than an hour
/// (a younger one may belong to a save in progress in another process). Only regular files
/// are removed: a link or folder named like one was not made by mandat.
pub(crate) fn remove_stale_temp_files(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let cutoff = SystemTime::now().checked_sub(Duration::from_secs(3600));
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !is_temp_file_name(name) || !nofollow::is_regular_entry(&entry) {
            continue;
        }
        let old = match (entry.metadata().and_then(|m| m.modified()), cutoff) {
            (Ok(modified), Some(cutoff)) => modified < cutoff,
            _ => false,
        };
        if old {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Creates a fresh temporary file beside `target`, fills it with `fill` and flushes it to the
/// disk. On any failure the temporary file is removed.
fn write_temp(
    target: &Path,
    fill: impl FnOnce(&mut File) -> io::Result<()>,
) -> Result<PathBuf, StoreError> {
    let (temp, mut file) = create_temp(target)?;
    let written = fill(&mut file).and_then(|()| file.sync_all());
    drop(file);
    match written {
        Ok(()) => Ok(temp),
        Err(e) => {
            let _ = fs::remove_file(&temp);
            Err(StoreError::io(target, IoOp::Write, e))
        }
    }
}

fn create_temp(target: &Path) -> Result<(PathBuf, File), StoreError> {
    let dir = parent_dir(target);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let pid = std::process::id();
    let mut last_error = None;
    // A name can be taken by a temp file left by an earlier process with the same pid.
    for _ in 0..100 {
        let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
        let temp = dir.join(format!(".{name}{TEMP_MARK}{pid}-{n}"));
        match nofollow::create_new_private(&temp, false) {
            Ok(file) => return Ok((temp, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last_error = Some(e),
            Err(e) => return Err(StoreError::io(target, IoOp::Write, e)),
        }
    }
    let e = last_error.unwrap_or_else(|| io::Error::from(io::ErrorKind::AlreadyExists));
    Err(StoreError::io(target, IoOp::Write, e))
}

/// Removes the temporary file if placing it failed, and makes a successful placement durable.
fn finish(target: &Path, temp: &Path, placed: io::Result<()>) -> Result<(), StoreError> {
    match placed {
        Ok(()) => {
            nofollow::sync_dir(parent_dir(target));
            Ok(())
        }
        Err(e) => {
            let _ = fs::remove_file(temp);
            Err(StoreError::io(target, IoOp::Write, e))
        }
    }
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Renames the temporary file over `target`, unless something other than a regular file is
/// there (see [`nofollow::check_replaceable`]).
fn rename_over(temp: &Path, target: &Path) -> io::Result<()> {
    nofollow::check_replaceable(target)?;
    #[cfg(windows)]
    {
        // A virus scanner or indexer may hold the old file open for a moment.
        let mut tries = 0;
        loop {
            match fs::rename(temp, target) {
                Err(e) if e.kind() == io::ErrorKind::PermissionDenied && tries < 10 => {
                    tries += 1;
                    std::thread::sleep(Duration::from_millis(20));
                }
                other => return other,
            }
        }
    }
    #[cfg(not(windows))]
    {
        fs::rename(temp, target)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_atomic_write_replaces_the_file_and_leaves_no_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("x.json");
        write_atomic(&target, b"one").unwrap();
        write_atomic(&target, b"two").unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("x.json")]);
    }

    #[test]
    fn a_new_file_is_not_written_over_an_existing_one() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("x.json");
        write_new_atomic(&target, b"first").unwrap();
        let err = write_new_atomic(&target, b"second").unwrap_err();
        assert!(matches!(err, StoreError::Exists { .. }), "{err}");
        assert_eq!(fs::read(&target).unwrap(), b"first");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_write_names_the_target() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("missing-folder").join("x.json");
        let err = write_atomic(&target, b"x").unwrap_err();
        assert_eq!(err.path(), Some(target.as_path()));
    }

    #[test]
    fn temp_file_names_are_recognised() {
        assert!(is_temp_file_name(".x.json.tmp-12-0"));
        assert!(!is_temp_file_name("x.json"));
        assert!(!is_temp_file_name(".hidden"));
    }

    #[test]
    fn a_young_temp_file_is_not_swept_away() {
        let dir = tempfile::tempdir().unwrap();
        let temp = dir.path().join(".x.json.tmp-1-1");
        fs::write(&temp, b"x").unwrap();
        remove_stale_temp_files(dir.path());
        assert!(temp.exists());
    }

    #[test]
    fn reading_refuses_files_over_the_cap() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.json");
        let file = File::create(&path).unwrap();
        file.set_len(MAX_FILE_BYTES + 1).unwrap();
        assert!(matches!(read_capped(&path).unwrap(), Capped::TooLarge(_)));
    }

    #[cfg(unix)]
    #[test]
    fn written_files_and_created_folders_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("a").join("b");
        ensure_private_dir(&folder).unwrap();
        let target = folder.join("x.json");
        write_atomic(&target, b"x").unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&folder), 0o700);
        assert_eq!(mode(&target), 0o600);
    }
}
