//! Opening what lies inside the data folder without ever following a link or waiting on a pipe.
//!
//! Everything below the data folder (`workspaces/`, its files, `state.json`, `backups/`, the
//! rescue and export folders) must be a regular file or a folder of mandat's own. A link there
//! could make a save truncate, chmod or replace a file anywhere the user may write; a named pipe
//! could make the program hang on opening it. So:
//!
//! - a file is looked at with `symlink_metadata` first (so a device is never even opened), then
//!   opened with `O_NOFOLLOW | O_NONBLOCK` on unix (a link that appears in the meantime is refused,
//!   and opening a pipe never waits for its other end), and then the *opened handle* is asked what
//!   it is: only a regular file is used. Other platforms have the first check only;
//! - a folder is looked at with `symlink_metadata` before use and created 0700 when missing;
//!   only a folder just created is chmod'ed, through a handle opened on it, never by its path;
//! - the data folder itself is the user's choice and may well be a link (into a synced folder,
//!   say): it is followed. Everything beneath it is checked.
//!
//! What is refused travels as an `io::Error` carrying a [`FileKind`], so it passes through the
//! same plumbing as the operating system's errors; [`StoreError::io`] turns it back into
//! [`StoreError::NotRegular`] naming the path.
//!
//! Not covered: another process of the same user swapping a folder for a link between the check
//! and the use. Such a process can change the data anyway; these checks are against mistakes and
//! tools (sync clients, editors, a backup restored as links), not against that.

use std::fmt;
use std::fs::{self, DirEntry, File, OpenOptions};
use std::io;
use std::path::Path;

use super::error::{FileKind, IoOp, StoreError};

/// Owner read/write only.
#[cfg(unix)]
const FILE_MODE: u32 = 0o600;
/// Owner only.
#[cfg(unix)]
const DIR_MODE: u32 = 0o700;

/// A refusal, inside an `io::Error`.
#[derive(Debug)]
struct Refused(FileKind);

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a regular file ({:?})", self.0)
    }
}

impl std::error::Error for Refused {}

/// The error that says `kind` was found where a regular file must be.
pub(crate) fn refused(kind: FileKind) -> io::Error {
    io::Error::other(Refused(kind))
}

/// The kind carried by an error made by [`refused`].
pub(crate) fn refused_kind(err: &io::Error) -> Option<FileKind> {
    err.get_ref()?.downcast_ref::<Refused>().map(|r| r.0)
}

/// `None` for a regular file, else what it is instead.
pub(crate) fn kind_of(file_type: fs::FileType) -> Option<FileKind> {
    if file_type.is_file() {
        return None;
    }
    if file_type.is_symlink() {
        return Some(FileKind::Link);
    }
    if file_type.is_dir() {
        return Some(FileKind::Dir);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return Some(FileKind::Fifo);
        }
        if file_type.is_socket() {
            return Some(FileKind::Socket);
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return Some(FileKind::Device);
        }
    }
    Some(FileKind::Other)
}

/// Whether a folder entry is a regular file, by the entry itself (a link is not followed).
pub(crate) fn is_regular_entry(entry: &DirEntry) -> bool {
    entry.file_type().is_ok_and(|t| t.is_file())
}

/// Whether something (a regular file or not, even a dangling link) is at `path`.
pub(crate) fn something_at(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok()
}

/// Fails unless `path` is missing (`NotFound`) or a regular file, without following a link.
fn check_regular(path: &Path) -> io::Result<()> {
    match kind_of(fs::symlink_metadata(path)?.file_type()) {
        None => Ok(()),
        Some(kind) => Err(refused(kind)),
    }
}

/// Fine when nothing is at `path` or a regular file is: what a rename may replace. A rename over
/// a link would replace the link, not what it points to; it is refused anyway, so the user
/// learns the link is there instead of finding it silently gone.
pub(crate) fn check_replaceable(path: &Path) -> io::Result<()> {
    match check_regular(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

/// `O_NOFOLLOW | O_NONBLOCK` on unix; nothing elsewhere (the `symlink_metadata` look before
/// opening is all there is there).
pub(crate) fn no_follow(options: &mut OpenOptions) -> &mut OpenOptions {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    options
}

/// An error from opening `path`, said as a refusal when what is there now is no regular file
/// (a link that appeared after the first look gives `ELOOP` from `O_NOFOLLOW`, say).
pub(crate) fn explain_open_error(path: &Path, err: io::Error) -> io::Error {
    if err.kind() == io::ErrorKind::NotFound || refused_kind(&err).is_some() {
        return err;
    }
    match fs::symlink_metadata(path).map(|m| kind_of(m.file_type())) {
        Ok(Some(kind)) => refused(kind),
        _ => err,
    }
}

/// Fails unless the opened handle is a regular file.
fn check_handle(file: &File) -> io::Result<()> {
    match kind_of(file.metadata()?.file_type()) {
        None => Ok(()),
        Some(kind) => Err(refused(kind)),
    }
}

/// Opens an existing regular file with `options`; anything else is refused unopened where
/// possible, and never used.
pub(crate) fn open_existing(path: &Path, options: &mut OpenOptions) -> io::Result<File> {
    check_regular(path)?;
    let file = no_follow(options)
        .open(path)
        .map_err(|e| explain_open_error(path, e))?;
    check_handle(&file)?;
    Ok(file)
}

/// Opens a regular file for reading.
pub(crate) fn open_read(path: &Path) -> io::Result<File> {
    open_existing(path, OpenOptions::new().read(true))
}

/// Creates a new file, owner-only, failing with `AlreadyExists` if anything (a dangling link
/// too) is at `path`; so it never writes through a link or over someone else's file.
pub(crate) fn create_new_private(path: &Path, read: bool) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(read).write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(FILE_MODE);
    }
    let file = no_follow(&mut options).open(path)?;
    // The mode given at creation is filtered by the umask; this file is ours, set it outright.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(fs::Permissions::from_mode(FILE_MODE))?;
    }
    Ok(file)
}

/// Opens `path` for reading and writing, creating it owner-only when missing. An existing file
/// keeps its permissions: mandat chmods only what it has just made.
pub(crate) fn open_or_create_private(path: &Path) -> io::Result<File> {
    let mut last = io::Error::from(io::ErrorKind::NotFound);
    // A file removed or made between the two tries: try again, a few times.
    for _ in 0..3 {
        match create_new_private(path, true) {
            Ok(file) => return Ok(file),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(explain_open_error(path, e)),
        }
        match open_existing(path, OpenOptions::new().read(true).write(true)) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => last = e,
            other => return other,
        }
    }
    Err(last)
}

/// Turns off `O_NONBLOCK` on a handle opened with [`no_follow`], so that writing to a full pipe
/// waits for the reader instead of failing with "try again".
#[cfg(unix)]
pub(crate) fn clear_nonblocking(file: &File) -> io::Result<()> {
    use std::os::fd::AsRawFd;
    let fd = file.as_raw_fd();
    // SAFETY: `fd` is open for as long as `file` lives; F_GETFL and F_SETFL only read and set
    // the descriptor's status flags.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: as above.
    if unsafe { libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// The data folder: the user's choice, followed if it is a link, created (with its parents)
/// when missing. Something there that is no folder is [`StoreError::NotADir`].
pub(crate) fn ensure_user_dir(dir: &Path) -> Result<(), StoreError> {
    match fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => return Ok(()),
        Ok(_) => return Err(not_a_dir(dir)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(StoreError::io(dir, IoOp::CreateDir, e)),
    }
    if let Some(parent) = dir.parent()
        && !parent.as_os_str().is_empty()
    {
        fs::create_dir_all(parent).map_err(|e| StoreError::io(parent, IoOp::CreateDir, e))?;
    }
    match create_private_dir(dir) {
        Ok(()) => Ok(()),
        // Someone else made it in the meantime; that is fine if it is a folder.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists && dir.is_dir() => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(not_a_dir(dir)),
        Err(e) => Err(StoreError::io(dir, IoOp::CreateDir, e)),
    }
}

/// A folder of mandat's own inside the data folder: never a link; created 0700 when missing
/// (its parent must be there already).
pub(crate) fn ensure_own_dir(dir: &Path) -> Result<(), StoreError> {
    if own_dir_exists(dir)? {
        return Ok(());
    }
    match create_private_dir(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => own_dir_exists(dir).map(|_| ()),
        Err(e) => Err(StoreError::io(dir, IoOp::CreateDir, e)),
    }
}

/// Whether a folder of mandat's own is there: `false` when missing, an error when a link or
/// anything else is in its place. Creates nothing.
pub(crate) fn own_dir_exists(dir: &Path) -> Result<bool, StoreError> {
    match fs::symlink_metadata(dir) {
        Ok(meta) if meta.is_dir() => Ok(true),
        Ok(meta) if meta.file_type().is_symlink() => Err(StoreError::NotRegular {
            path: dir.to_path_buf(),
            kind: FileKind::Link,
        }),
        Ok(_) => Err(not_a_dir(dir)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(StoreError::io(dir, IoOp::ListDir, e)),
    }
}

fn not_a_dir(dir: &Path) -> StoreError {
    StoreError::NotADir {
        path: dir.to_path_buf(),
    }
}

/// Makes one folder, owner-only. Fails with `AlreadyExists` if anything is there.
fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(DIR_MODE);
    }
    builder.create(dir)?;
    // The mode given at creation is filtered by the umask; set it outright, on the folder just
    // made (opened without following a link), never on whatever the path names by now.
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        let private = fs::Permissions::from_mode(DIR_MODE);
        let handle = OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NOFOLLOW | libc::O_DIRECTORY | libc::O_NONBLOCK)
            .open(dir);
        match handle {
            Ok(handle) => handle.set_permissions(private)?,
            // A umask that takes the owner's own read bit leaves a folder that cannot be
            // opened; set it by its path then, after checking it is still the folder made.
            Err(e) if e.kind() == io::ErrorKind::PermissionDenied => {
                if !fs::symlink_metadata(dir)?.is_dir() {
                    return Err(e);
                }
                fs::set_permissions(dir, private)?;
            }
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Flushes a folder's entries (a rename) to the disk. Best effort: by now the new file is in
/// place, and some file systems cannot flush a folder; failing the save then would be wrong.
/// `O_DIRECTORY` makes sure nothing but a folder is opened; the data folder may be a link.
pub(crate) fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        if let Ok(d) = OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_DIRECTORY | libc::O_NONBLOCK)
            .open(dir)
        {
            let _ = d.sync_all();
        }
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn a_link_is_refused_as_a_link_and_its_target_is_not_opened() {
        let dir = tempfile::tempdir().unwrap();
        let outside = dir.path().join("outside.json");
        fs::write(&outside, b"outside").unwrap();
        let link = dir.path().join("x.json");
        symlink(&outside, &link).unwrap();
        let err = open_read(&link).unwrap_err();
        assert_eq!(refused_kind(&err), Some(FileKind::Link));
        let err = open_or_create_private(&link).unwrap_err();
        assert_eq!(refused_kind(&err), Some(FileKind::Link));
        assert_eq!(fs::read(&outside).unwrap(), b"outside");
    }

    #[test]
    fn a_dangling_link_is_not_created_through() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("would-be-made.json");
        let link = dir.path().join("x.lock");
        symlink(&target, &link).unwrap();
        assert!(open_or_create_private(&link).is_err());
        assert!(!target.exists());
    }

    #[test]
    fn an_own_folder_that_is_a_link_is_refused_and_not_chmodded() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = dir.path().join("elsewhere");
        fs::create_dir(&elsewhere).unwrap();
        fs::set_permissions(&elsewhere, fs::Permissions::from_mode(0o755)).unwrap();
        let link = dir.path().join("backups");
        symlink(&elsewhere, &link).unwrap();
        let err = ensure_own_dir(&link).unwrap_err();
        assert!(
            matches!(
                err,
                StoreError::NotRegular {
                    kind: FileKind::Link,
                    ..
                }
            ),
            "{err:?}"
        );
        let mode = fs::metadata(&elsewhere).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o755);
    }

    #[test]
    fn the_data_folder_may_be_a_link_the_user_made() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("synced");
        fs::create_dir(&real).unwrap();
        let link = dir.path().join("data");
        symlink(&real, &link).unwrap();
        ensure_user_dir(&link).unwrap();
    }

    #[test]
    fn an_existing_file_keeps_its_permissions_when_opened() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.lock");
        fs::write(&path, b"").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        open_or_create_private(&path).unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }
}
