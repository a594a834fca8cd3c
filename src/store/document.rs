//! Documents the user asks for: a brief, a pamphlet, a plan, written with `-o FILE` or from the
//! terminal program.
//!
//! - `-` is standard output, and so are `/dev/stdout` and `/dev/fd/1`; `/dev/stderr` and
//!   `/dev/fd/2` are standard error. These are written to the streams directly.
//! - An existing named pipe, character device (`/dev/null`, a terminal) or socket is written
//!   to as it is: never truncated, never chmod'ed. A pipe is opened without waiting, so one that
//!   no program reads fails at once with [`StoreError::NoReader`] instead of hanging; then it is
//!   made blocking again, so a full pipe waits for its reader rather than failing.
//! - A regular file is created (0600, and its folder 0700 when that is made too) or replaced in
//!   place, as before. A brief can hold private reflections, so nobody else on the machine
//!   should read a new one by default.
//! - A link is refused ([`StoreError::NotRegular`]) and what it points to is left alone; so is a
//!   folder, and a block device (a disk).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::error::{FileKind, IoOp, StoreError};
use super::nofollow;

/// Where a document is to go, as read from `-o`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocTarget {
    Stdout,
    Stderr,
    /// A path: a file to create or replace, or an existing pipe, device or socket.
    Path(PathBuf),
}

impl DocTarget {
    /// `-`, `/dev/stdout` and `/dev/fd/1` are standard output; `/dev/stderr` and `/dev/fd/2`
    /// standard error; anything else is a path.
    pub fn from_arg(path: &Path) -> DocTarget {
        match path.to_str() {
            Some("-" | "/dev/stdout" | "/dev/fd/1") => DocTarget::Stdout,
            Some("/dev/stderr" | "/dev/fd/2") => DocTarget::Stderr,
            _ => DocTarget::Path(path.to_path_buf()),
        }
    }
}

/// Where a document went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WrittenTo {
    Stdout,
    Stderr,
    /// A regular file, created or replaced.
    File(PathBuf),
    /// An existing pipe, device or socket.
    Special(PathBuf),
}

impl WrittenTo {
    /// Whether the document went into a file the user may want told about ("Wrote …"); a
    /// message on standard output after a document written there would end up inside it.
    pub fn is_file(&self) -> bool {
        matches!(self, WrittenTo::File(_))
    }
}

/// Writes `bytes` where `path` says (see the module documentation).
pub fn write_document(path: &Path, bytes: &[u8]) -> Result<WrittenTo, StoreError> {
    write_document_to(&DocTarget::from_arg(path), bytes)
}

/// [`write_document`] for a target already read.
pub fn write_document_to(target: &DocTarget, bytes: &[u8]) -> Result<WrittenTo, StoreError> {
    match target {
        DocTarget::Stdout => {
            write_stream(io::stdout().lock(), bytes, Path::new("-")).map(|()| WrittenTo::Stdout)
        }
        DocTarget::Stderr => write_stream(io::stderr().lock(), bytes, Path::new("/dev/stderr"))
            .map(|()| WrittenTo::Stderr),
        DocTarget::Path(path) => write_path(path, bytes),
    }
}

/// A reader that has gone away (`mandat plan -o - | head`) took what it wanted; that is no
/// error worth reporting.
fn write_stream(mut out: impl Write, bytes: &[u8], name: &Path) -> Result<(), StoreError> {
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(StoreError::io(name, IoOp::WriteDocument, e))
        }
        _ => Ok(()),
    }
}

fn write_path(path: &Path, bytes: &[u8]) -> Result<WrittenTo, StoreError> {
    let fail = |e| StoreError::io(path, IoOp::WriteDocument, e);
    // A file made by another program between the look and the creation is looked at again.
    for _ in 0..3 {
        match fs::symlink_metadata(path) {
            Ok(meta) => return write_existing(path, meta.file_type(), bytes),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(fail(e)),
        }
        match create(path, bytes) {
            Ok(()) => return Ok(WrittenTo::File(path.to_path_buf())),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(fail(e)),
        }
    }
    Err(fail(io::Error::from(io::ErrorKind::AlreadyExists)))
}

/// Writes to what is at `path` already, as its kind allows.
fn write_existing(
    path: &Path,
    file_type: fs::FileType,
    bytes: &[u8],
) -> Result<WrittenTo, StoreError> {
    let fail = |e| StoreError::io(path, IoOp::WriteDocument, e);
    let special = || WrittenTo::Special(path.to_path_buf());
    match Existing::of(file_type) {
        Existing::RegularFile => replace(path, bytes)
            .map(|()| WrittenTo::File(path.to_path_buf()))
            .map_err(fail),
        Existing::PipeOrCharDevice => write_special(path, bytes).map(|()| special()),
        #[cfg(unix)]
        Existing::Socket => write_socket(path, bytes).map(|()| special()).map_err(fail),
        Existing::Refused(kind) => Err(StoreError::NotRegular {
            path: path.to_path_buf(),
            kind,
        }),
    }
}

/// What is at a document's path, by how it is written to.
enum Existing {
    RegularFile,
    PipeOrCharDevice,
    #[cfg(unix)]
    Socket,
    /// A link, folder, block device (a disk) or anything else: not written to.
    Refused(FileKind),
}

impl Existing {
    fn of(file_type: fs::FileType) -> Existing {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if file_type.is_fifo() || file_type.is_char_device() {
                return Existing::PipeOrCharDevice;
            }
            if file_type.is_socket() {
                return Existing::Socket;
            }
        }
        match nofollow::kind_of(file_type) {
            None => Existing::RegularFile,
            Some(kind) => Existing::Refused(kind),
        }
    }
}

/// A new file, owner-only, its folder made owner-only when missing.
fn create(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Some(dir) = path.parent()
        && !dir.as_os_str().is_empty()
        && !nofollow::something_at(dir)
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
    let file = nofollow::create_new_private(path, false)?;
    fill(file, bytes)
}

/// An existing regular file, emptied and filled in place: it keeps its permissions and any
/// other names (hard links) it has, as before. Opened without following a link, and checked
/// to be a regular file before it is emptied.
fn replace(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let file = nofollow::open_existing(path, OpenOptions::new().write(true))?;
    file.set_len(0)?;
    fill(file, bytes)
}

fn fill(mut file: File, bytes: &[u8]) -> io::Result<()> {
    file.write_all(bytes)?;
    file.sync_all()
}

/// A pipe or character device: opened without creating, truncating or following a link, and
/// without waiting for a pipe's reader.
fn write_special(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let mut options = OpenOptions::new();
    options.write(true);
    let mut file = match nofollow::no_follow(&mut options).open(path) {
        Ok(file) => file,
        Err(e) if is_no_reader(path, &e) => {
            return Err(StoreError::NoReader {
                path: path.to_path_buf(),
            });
        }
        Err(e) => {
            let e = nofollow::explain_open_error(path, e);
            return Err(StoreError::io(path, IoOp::WriteDocument, e));
        }
    };
    let fail = |e| StoreError::io(path, IoOp::WriteDocument, e);
    match file.metadata().map(|m| Existing::of(m.file_type())) {
        Ok(Existing::PipeOrCharDevice) => {}
        Ok(Existing::Refused(kind)) => {
            return Err(StoreError::NotRegular {
                path: path.to_path_buf(),
                kind,
            });
        }
        // Replaced by a regular file or a socket since the first look: leave it alone.
        Ok(_) => return Err(fail(io::Error::from(io::ErrorKind::AlreadyExists))),
        Err(e) => return Err(fail(e)),
    }
    #[cfg(unix)]
    nofollow::clear_nonblocking(&file).map_err(fail)?;
    match file.write_all(bytes).and_then(|()| file.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(fail(e)),
        _ => Ok(()),
    }
}

/// `ENXIO` on a pipe: opened for writing, without waiting, while no program has it open for
/// reading. (On a device it means there is no such device; that is said as it is.)
fn is_no_reader(path: &Path, err: &io::Error) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        err.raw_os_error() == Some(libc::ENXIO)
            && fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_fifo())
    }
    #[cfg(not(unix))]
    {
        let _ = (path, err);
        false
    }
}

/// A unix socket someone listens on (`nc -lU`, say).
#[cfg(unix)]
fn write_socket(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut stream = std::os::unix::net::UnixStream::connect(path)?;
    stream.write_all(bytes)?;
    stream.shutdown(std::net::Shutdown::Write)
}
