//! One writer per workspace: `<id>.lock` beside the save file, locked by the operating system
//! for as long as a `mandat` has the workspace open, and holding that process's id so a second
//! `mandat` can say which process has it.
//!
//! Only the operating system's lock counts, never the file's existence: a lock file left by a
//! process that died is simply taken over, because the system released its lock when it died.
//! The file is not deleted on release; deleting it would let two processes lock two different
//! files of the same name.

use std::fs::{File, TryLockError};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::error::{IoOp, StoreError};
use super::nofollow;

/// Held while a workspace is open for writing; dropping it releases the lock.
#[derive(Debug)]
pub struct WorkspaceLock {
    file: File,
    path: PathBuf,
}

impl WorkspaceLock {
    /// Takes the lock at `path`, or reports who holds it. A link, pipe or anything else that
    /// is no regular file at `path` is refused, never opened through or written.
    pub(crate) fn acquire(path: &Path) -> Result<WorkspaceLock, StoreError> {
        let mut file = nofollow::open_or_create_private(path)
            .map_err(|e| StoreError::io(path, IoOp::Lock, e))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                return Err(StoreError::Locked {
                    path: path.to_path_buf(),
                    pid: read_pid(&mut file),
                });
            }
            // Some network drives have no locks. Refusing to open the workspace at all would
            // leave the user stranded, so the pid in the file is all the protection there is.
            Err(TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => {}
            Err(TryLockError::Error(e)) => return Err(StoreError::io(path, IoOp::Lock, e)),
        }
        write_pid(&mut file).map_err(|e| StoreError::io(path, IoOp::Lock, e))?;
        Ok(WorkspaceLock {
            file,
            path: path.to_path_buf(),
        })
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for WorkspaceLock {
    fn drop(&mut self) {
        // Emptied so a stale pid is never shown; the lock itself also ends when the file closes.
        let _ = self.file.set_len(0);
        let _ = self.file.unlock();
    }
}

fn write_pid(file: &mut File) -> io::Result<()> {
    file.set_len(0)?;
    file.seek(SeekFrom::Start(0))?;
    writeln!(file, "{}", std::process::id())?;
    file.flush()
}

/// The holder's pid, if the file says. On Windows a locked file cannot be read by others, so
/// this is `None` there.
fn read_pid(file: &mut File) -> Option<u32> {
    let mut text = String::new();
    file.seek(SeekFrom::Start(0)).ok()?;
    file.take(64).read_to_string(&mut text).ok()?;
    text.trim().parse().ok()
}
