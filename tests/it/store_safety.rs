//! A failed save never ends in silence; nothing outside the data folder is ever touched.
//!
//! These tests try to break the store: links, pipes, sockets and devices where its files and
//! folders should be; documents written to pipes and devices; rescue copies when saves fail;
//! hand-edited files; a data folder that is a file. Each names the promise it checks.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use chrono::{DateTime, Duration as Span, TimeZone, Utc};
use mandat::flow::reflection::{Answer, AnswerStatus};
use mandat::model::Workspace;
use mandat::store::{
    FileKind, Listed, LoadNote, Store, StoreError, load_file, write_rescue_to_fallbacks,
};
use mandat::vocab::Lang;
use mandat::vocab::NetworkType;

/// Longer than any of these calls should take; reaching it means a hang, not a slow machine.
const HANG: Duration = Duration::from_secs(20);

/// The environment variable of the store's test seam (see `src/store/mod.rs`).
const FAIL_SAVES: &str = "MANDAT_TEST_FAIL_SAVES";

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 1, 11, 8, 0, 0).unwrap()
}

fn workspace(id: &str) -> Workspace {
    crate::support::workspace(id, &format!("Netværk {id}"))
}

/// The same workspace after the leader typed something, a moment later.
fn edited(ws: &Workspace, text: &str, minutes: i64) -> Workspace {
    let mut ws = ws.clone();
    ws.meetings[0].private_notes = text.to_string();
    ws.updated_at += Span::minutes(minutes);
    ws
}

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(Some(dir.path().join("data"))).unwrap();
    (dir, store)
}

/// An id no other test (or earlier run) uses, for files in the shared temporary folder.
fn unique_id(what: &str) -> String {
    let nanos = Utc::now().timestamp_subsec_nanos();
    format!("safety-{what}-{}-{nanos}", std::process::id())
}

/// Runs `f` on a thread and fails the test if it has not returned within [`HANG`]. Only a
/// hang is caught this way; what the call did is checked on what it returns.
fn without_hanging<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(HANG)
        .unwrap_or_else(|_| panic!("{what} did not return: it hangs"))
}

fn assert_not_regular(err: &StoreError, path: &Path, kind: FileKind) {
    match err {
        StoreError::NotRegular { path: p, kind: k } => {
            assert_eq!(p, path, "{err}");
            assert_eq!(*k, kind, "{err}");
        }
        other => panic!("expected {kind:?} at {}, got {other:?}", path.display()),
    }
    for lang in [Lang::Da, Lang::En] {
        let m = err.message(lang);
        assert!(m.contains(&path.display().to_string()), "{m}");
        assert!(!m.contains('\n'), "{m}");
    }
}

#[cfg(unix)]
mod unix {
    use super::*;
    use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt, symlink};

    /// Everything about a file outside the data folder that a write, chmod or rename would
    /// change.
    #[derive(Debug, PartialEq)]
    struct Untouched {
        bytes: Vec<u8>,
        mode: u32,
        inode: u64,
        modified: i64,
        modified_nanos: i64,
    }

    impl Untouched {
        fn of(path: &Path) -> Untouched {
            let meta = fs::metadata(path).unwrap();
            Untouched {
                bytes: if meta.is_file() {
                    fs::read(path).unwrap()
                } else {
                    Vec::new()
                },
                mode: meta.mode(),
                inode: meta.ino(),
                modified: meta.mtime(),
                modified_nanos: meta.mtime_nsec(),
            }
        }
    }

    /// A file outside the data folder, world-readable as a user's file may well be.
    fn outside_file(dir: &Path, bytes: &[u8]) -> PathBuf {
        let path = dir.join("outside.json");
        fs::write(&path, bytes).unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        path
    }

    fn mkfifo(path: &Path) {
        use std::os::unix::ffi::OsStrExt;
        let c = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
        // SAFETY: `c` is a valid NUL-terminated path for the duration of the call.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
    }

    /// Sets a link's own modification time (not its target's) to long ago.
    fn age_link(path: &Path) {
        use std::os::unix::ffi::OsStrExt;
        let c = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
        let old = libc::timeval {
            tv_sec: 1_000_000_000,
            tv_usec: 0,
        };
        // SAFETY: `c` is a valid path and the array holds the two times lutimes reads.
        assert_eq!(unsafe { libc::lutimes(c.as_ptr(), [old, old].as_ptr()) }, 0);
    }

    // -----------------------------------------------------------------------------------------
    // Links and pipes in the data folder

    #[test]
    fn test_a_workspace_file_linked_outside_is_never_followed_by_load_save_backup_restore_or_lock()
    {
        let (dir, store) = store();
        let ws = workspace("x");
        store.save_at(&ws, t0()).unwrap();
        store
            .save_at(&edited(&ws, "b", 5), t0() + Span::minutes(5))
            .unwrap();
        let backup = store.backups("x").unwrap().remove(0);
        let outside = outside_file(dir.path(), &fs::read(store.workspace_path("x")).unwrap());
        let before = Untouched::of(&outside);
        let path = store.workspace_path("x");
        fs::remove_file(&path).unwrap();
        symlink(&outside, &path).unwrap();

        assert_not_regular(&store.load("x").unwrap_err(), &path, FileKind::Link);
        let err = store
            .save_at(&edited(&ws, "c", 10), t0() + Span::minutes(10))
            .unwrap_err();
        assert_not_regular(&err, &path, FileKind::Link);
        let err = store.restore_at("x", &backup, t0() + Span::hours(1));
        assert_not_regular(&err.unwrap_err(), &path, FileKind::Link);
        drop(store.lock("x").unwrap());
        let listed = store.list().unwrap();
        assert!(
            matches!(
                &listed[..],
                [Listed::Broken {
                    error: StoreError::NotRegular {
                        kind: FileKind::Link,
                        ..
                    },
                    ..
                }]
            ),
            "{listed:?}"
        );
        let rescue = store.write_rescue(&ws, t0()).unwrap();
        assert_eq!(store.load_rescue(&store.rescues("x")[0]).unwrap(), ws);
        assert!(rescue.starts_with(store.data_dir()));

        assert_eq!(Untouched::of(&outside), before);
        assert!(
            fs::symlink_metadata(&path)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(
            store.backups("x").unwrap().len(),
            1,
            "no backup of the link"
        );
    }

    #[test]
    fn test_saving_over_a_link_is_refused_so_the_user_learns_it_is_there() {
        let (dir, store) = store();
        let outside = outside_file(dir.path(), b"{}");
        let path = store.workspace_path("x");
        symlink(&outside, &path).unwrap();
        let before = Untouched::of(&outside);
        let err = store.create(&workspace("x")).unwrap_err();
        assert_not_regular(&err, &path, FileKind::Link);
        assert!(err.to_string().contains("er et link"), "{err}");
        assert!(err.message(Lang::En).contains("is a link"), "{err}");
        assert_eq!(Untouched::of(&outside), before);
    }

    #[test]
    fn test_a_lock_file_that_is_a_link_is_refused_and_what_it_points_to_is_left_alone() {
        let (dir, store) = store();
        let outside = outside_file(dir.path(), b"not a lock\n");
        let before = Untouched::of(&outside);
        symlink(&outside, store.lock_path("x")).unwrap();
        let err = store.lock("x").unwrap_err();
        assert_not_regular(&err, &store.lock_path("x"), FileKind::Link);
        assert_eq!(Untouched::of(&outside), before);

        // A dangling link does not make a file where it points.
        let nowhere = dir.path().join("would-be-made");
        symlink(&nowhere, store.lock_path("y")).unwrap();
        assert!(store.lock("y").is_err());
        assert!(fs::symlink_metadata(&nowhere).is_err());
    }

    #[test]
    fn test_a_link_in_the_backups_folder_is_never_followed_nor_pruned() {
        let (dir, store) = store();
        let ws = workspace("x");
        store.save_at(&ws, t0()).unwrap();
        store
            .save_at(&edited(&ws, "a", 1), t0() + Span::minutes(1))
            .unwrap();
        let outside = outside_file(dir.path(), b"outside");
        let before = Untouched::of(&outside);
        // Named like the oldest backup, so pruning would pick it first.
        let link = store.backups_dir("x").join("20200101T000000000.json");
        symlink(&outside, &link).unwrap();
        let folder = store.backups_dir("x").join("20200102T000000000.json");
        fs::create_dir(&folder).unwrap();
        for i in 2..40 {
            store
                .save_at(&edited(&ws, &format!("{i}"), i), t0() + Span::days(i))
                .unwrap();
        }
        let listed = store.backups("x").unwrap();
        assert!(listed.iter().all(|b| b.path != link && b.path != folder));
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert!(folder.is_dir());
        assert_eq!(Untouched::of(&outside), before);
    }

    #[test]
    fn test_a_backups_folder_that_is_a_link_stops_the_save_and_nothing_is_written_there() {
        let (dir, store) = store();
        let elsewhere = dir.path().join("elsewhere");
        fs::create_dir(&elsewhere).unwrap();
        fs::set_permissions(&elsewhere, fs::Permissions::from_mode(0o755)).unwrap();
        let ws = workspace("x");
        store.save_at(&ws, t0()).unwrap();
        let saved = fs::read(store.workspace_path("x")).unwrap();
        let backups = store.data_dir().join("backups");
        symlink(&elsewhere, &backups).unwrap();
        let err = store
            .save_at(&edited(&ws, "b", 1), t0() + Span::minutes(1))
            .unwrap_err();
        assert_not_regular(&err, &backups, FileKind::Link);
        assert_eq!(fs::read(store.workspace_path("x")).unwrap(), saved);
        assert_eq!(fs::read_dir(&elsewhere).unwrap().count(), 0);
        assert_eq!(crate::support::mode(&elsewhere), 0o755);
        assert!(store.backups("x").is_err());

        // The same for the workspace's own backup folder.
        fs::remove_file(&backups).unwrap();
        fs::create_dir(&backups).unwrap();
        symlink(&elsewhere, store.backups_dir("x")).unwrap();
        let err = store
            .save_at(&edited(&ws, "c", 2), t0() + Span::minutes(2))
            .unwrap_err();
        assert_not_regular(&err, &store.backups_dir("x"), FileKind::Link);
        assert_eq!(fs::read_dir(&elsewhere).unwrap().count(), 0);
    }

    #[test]
    fn test_a_workspaces_folder_that_is_a_link_is_refused_on_opening() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        fs::create_dir(&data).unwrap();
        let elsewhere = dir.path().join("elsewhere");
        fs::create_dir(&elsewhere).unwrap();
        symlink(&elsewhere, data.join("workspaces")).unwrap();
        let err = Store::open(Some(data.clone())).unwrap_err();
        assert_not_regular(&err, &data.join("workspaces"), FileKind::Link);
        let read_only = Store::open_existing(Some(data.clone())).unwrap().unwrap();
        assert!(read_only.list().is_err());
        assert_eq!(fs::read_dir(&elsewhere).unwrap().count(), 0);
    }

    #[test]
    fn test_the_data_folder_itself_may_be_a_link_the_user_made() {
        let dir = tempfile::tempdir().unwrap();
        let synced = dir.path().join("synced");
        fs::create_dir(&synced).unwrap();
        let data = dir.path().join("data");
        symlink(&synced, &data).unwrap();
        let store = Store::open(Some(data)).unwrap();
        let ws = workspace("x");
        store.save(&ws).unwrap();
        store.set_last_used("x").unwrap();
        assert_eq!(store.load("x").unwrap(), ws);
        assert_eq!(store.last_used().as_deref(), Some("x"));
        assert!(synced.join("workspaces").join("x.json").is_file());
    }

    #[test]
    fn test_a_state_file_that_is_a_link_is_neither_read_nor_written() {
        let (dir, store) = store();
        store.save(&workspace("x")).unwrap();
        let outside = outside_file(dir.path(), br#"{"last_used": "x"}"#);
        let before = Untouched::of(&outside);
        let state = store.data_dir().join("state.json");
        symlink(&outside, &state).unwrap();
        assert_eq!(store.last_used(), None);
        let err = store.set_last_used("x").unwrap_err();
        assert_not_regular(&err, &state, FileKind::Link);
        assert_eq!(Untouched::of(&outside), before);
    }

    #[test]
    fn test_a_pipe_in_place_of_a_workspace_file_is_reported_without_hanging() {
        let (_dir, store) = store();
        let path = store.workspace_path("x");
        mkfifo(&path);
        let s = store.clone();
        let (load, save, listed) = without_hanging("reading a pipe", move || {
            (
                s.load("x").unwrap_err(),
                s.save(&workspace("x")).unwrap_err(),
                s.list().unwrap(),
            )
        });
        assert_not_regular(&load, &path, FileKind::Fifo);
        assert_not_regular(&save, &path, FileKind::Fifo);
        assert!(
            matches!(
                &listed[..],
                [Listed::Broken {
                    error: StoreError::NotRegular {
                        kind: FileKind::Fifo,
                        ..
                    },
                    ..
                }]
            ),
            "{listed:?}"
        );
        assert!(fs::symlink_metadata(&path).unwrap().file_type().is_fifo());
    }

    #[test]
    fn test_a_pipe_as_the_file_given_with_file_is_reported_without_hanging() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.json");
        mkfifo(&path);
        let p = path.clone();
        let err = without_hanging("load_file on a pipe", move || load_file(&p).unwrap_err());
        assert_not_regular(&err, &path, FileKind::Fifo);
    }

    #[test]
    fn test_only_regular_temp_files_are_swept_away() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        Store::open(Some(data.clone())).unwrap();
        let outside = outside_file(dir.path(), b"outside");
        let link = data.join("workspaces").join(".x.json.tmp-1-1");
        symlink(&outside, &link).unwrap();
        age_link(&link);
        let stale = data.join("workspaces").join(".y.json.tmp-1-1");
        fs::write(&stale, b"half").unwrap();
        fs::File::options()
            .write(true)
            .open(&stale)
            .unwrap()
            .set_modified(std::time::SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000_000))
            .unwrap();
        Store::open(Some(data)).unwrap();
        assert!(fs::symlink_metadata(&link).is_ok(), "a link is not ours");
        assert!(!stale.exists(), "a stale temp file of ours is swept");
        assert!(outside.exists());
    }

    #[test]
    fn test_a_folder_that_was_there_keeps_its_permissions() {
        let (_dir, store) = store();
        let backups = store.data_dir().join("backups");
        fs::create_dir(&backups).unwrap();
        fs::set_permissions(&backups, fs::Permissions::from_mode(0o750)).unwrap();
        let ws = workspace("x");
        store.save_at(&ws, t0()).unwrap();
        store
            .save_at(&edited(&ws, "b", 1), t0() + Span::minutes(1))
            .unwrap();
        assert_eq!(crate::support::mode(&backups), 0o750);
        assert_eq!(
            crate::support::mode(&store.backups_dir("x")),
            0o700,
            "made now"
        );
    }

    // -----------------------------------------------------------------------------------------
    // Documents written on request

    #[test]
    fn test_a_document_to_dev_null_is_written_and_dev_null_left_as_it_is() {
        let null = Path::new("/dev/null");
        let before = fs::metadata(null).unwrap();
        let written = mandat::store::write_document(null, b"brief\n").unwrap();
        assert_eq!(written, mandat::store::WrittenTo::Special(null.into()));
        assert!(!written.is_file());
        let after = fs::metadata(null).unwrap();
        assert!(after.file_type().is_char_device());
        assert_eq!(after.mode(), before.mode());
    }

    #[test]
    fn test_a_pipe_with_a_reader_gets_the_whole_document() {
        use std::io::Read;
        use std::os::unix::fs::OpenOptionsExt;
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("brief.pipe");
        mkfifo(&fifo);
        // Opened without waiting, so the reader is there before the writer looks.
        let mut reader = fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(&fifo)
            .unwrap();
        // Larger than a pipe holds, so the writer must wait for the reader.
        let document: Vec<u8> = (0..1_000_000u32).map(|i| b'a' + (i % 26) as u8).collect();
        let (bytes, path) = (document.clone(), fifo.clone());
        let writer = std::thread::spawn(move || mandat::store::write_document(&path, &bytes));
        let received = without_hanging("reading the pipe", move || {
            let mut received = Vec::new();
            let mut buf = vec![0u8; 64 * 1024];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) if writer.is_finished() => return (received, writer.join().unwrap()),
                    Ok(n) => received.extend_from_slice(&buf[..n]),
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                    Err(e) => panic!("{e}"),
                }
                std::thread::sleep(Duration::from_micros(200));
            }
        });
        let (bytes, written) = received;
        assert_eq!(written.unwrap(), mandat::store::WrittenTo::Special(fifo));
        assert!(
            bytes == document,
            "{} of {} bytes",
            bytes.len(),
            document.len()
        );
    }

    #[test]
    fn test_a_pipe_without_a_reader_fails_at_once_with_one_clear_line() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("nobody-reads");
        mkfifo(&fifo);
        let path = fifo.clone();
        let err = without_hanging("writing to a pipe nobody reads", move || {
            mandat::store::write_document(&path, b"brief").unwrap_err()
        });
        assert!(
            matches!(&err, StoreError::NoReader { path } if *path == fifo),
            "{err:?}"
        );
        for lang in [Lang::Da, Lang::En] {
            let m = err.message(lang);
            assert!(
                m.contains(&fifo.display().to_string()) && !m.contains('\n'),
                "{m}"
            );
        }
        assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
    }

    #[test]
    fn test_a_socket_someone_listens_on_gets_the_document() {
        use std::io::Read;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("brief.sock");
        let listener = std::os::unix::net::UnixListener::bind(&path).unwrap();
        let reader = std::thread::spawn(move || {
            let (mut stream, _) = listener.accept().unwrap();
            let mut bytes = Vec::new();
            stream.read_to_end(&mut bytes).unwrap();
            bytes
        });
        let p = path.clone();
        let written = without_hanging("writing to a socket", move || {
            mandat::store::write_document(&p, b"brief\n")
        });
        assert_eq!(written.unwrap(), mandat::store::WrittenTo::Special(path));
        assert_eq!(reader.join().unwrap(), b"brief\n");
    }

    #[test]
    fn test_a_document_path_that_links_to_an_outside_file_is_refused_and_the_file_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let outside = outside_file(dir.path(), b"the user's own file");
        let before = Untouched::of(&outside);
        let link = dir.path().join("brief.md");
        symlink(&outside, &link).unwrap();
        let err = mandat::store::write_document(&link, b"brief").unwrap_err();
        assert_not_regular(&err, &link, FileKind::Link);
        assert_eq!(Untouched::of(&outside), before);
        // The older name refuses too.
        assert!(mandat::store::write_private(&link, b"brief").is_err());
        assert_eq!(Untouched::of(&outside), before);
    }

    #[test]
    fn test_a_document_path_that_is_a_folder_or_a_disk_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let err = mandat::store::write_document(dir.path(), b"brief").unwrap_err();
        assert_not_regular(&err, dir.path(), FileKind::Dir);
        let disk = fs::read_dir("/dev")
            .unwrap()
            .flatten()
            .find(|e| e.file_type().is_ok_and(|t| t.is_block_device()));
        if let Some(disk) = disk {
            let err = mandat::store::write_document(&disk.path(), b"brief").unwrap_err();
            assert_not_regular(&err, &disk.path(), FileKind::Device);
        }
    }

    #[test]
    fn test_a_new_document_is_private_and_so_is_a_folder_made_for_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ny mappe").join("brief.md");
        let written = mandat::store::write_document(&path, b"brief").unwrap();
        assert_eq!(written, mandat::store::WrittenTo::File(path.clone()));
        assert!(written.is_file());
        assert_eq!(fs::read(&path).unwrap(), b"brief");
        assert_eq!(crate::support::mode(&path), 0o600);
        assert_eq!(crate::support::mode(path.parent().unwrap()), 0o700);
    }

    #[test]
    fn test_an_existing_document_is_replaced_in_place_and_keeps_its_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let path = outside_file(dir.path(), b"a much longer earlier version");
        let inode = fs::metadata(&path).unwrap().ino();
        mandat::store::write_document(&path, b"new").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert_eq!(crate::support::mode(&path), 0o644);
        assert_eq!(fs::metadata(&path).unwrap().ino(), inode);
    }

    #[test]
    fn test_an_exports_folder_that_is_a_link_is_refused() {
        let (dir, store) = store();
        let elsewhere = dir.path().join("elsewhere");
        fs::create_dir(&elsewhere).unwrap();
        symlink(&elsewhere, store.exports_dir()).unwrap();
        let path = store.exports_dir().join("brief.md");
        let err = store.write_document(&path, b"brief").unwrap_err();
        assert_not_regular(&err, &store.exports_dir(), FileKind::Link);
        assert_eq!(fs::read_dir(&elsewhere).unwrap().count(), 0);
        // Anywhere else the user points is the user's choice.
        let other = dir.path().join("brief.md");
        store.write_document(&other, b"brief").unwrap();
    }

    // -----------------------------------------------------------------------------------------
    // Rescue copies

    #[test]
    fn test_a_rescue_copy_goes_to_the_rescue_folder_when_the_workspaces_folder_is_unusable() {
        let (dir, store) = store();
        let ws = workspace("x");
        let workspaces = store.workspaces_dir();
        fs::remove_dir(&workspaces).unwrap();
        symlink(dir.path(), &workspaces).unwrap();
        let path = store.write_rescue(&ws, t0()).unwrap();
        assert_eq!(
            path,
            store
                .data_dir()
                .join("rescue")
                .join("x-20270111T080000000.json")
        );
        assert_eq!(crate::support::mode(&path), 0o600);
        assert_eq!(crate::support::mode(path.parent().unwrap()), 0o700);
        assert_eq!(load_file(&path).unwrap(), ws);
    }

    #[test]
    fn test_a_rescue_copy_goes_to_the_temporary_folder_when_the_data_folder_is_unusable() {
        let (_dir, store) = store();
        let id = unique_id("temp");
        let ws = workspace(&id);
        // A file where the rescue folder would be, and a link for the workspaces folder.
        fs::write(store.data_dir().join("rescue"), b"").unwrap();
        fs::remove_dir(store.workspaces_dir()).unwrap();
        symlink("/", store.workspaces_dir()).unwrap();
        let path = store.write_rescue(&ws, t0()).unwrap();
        let name = format!("mandat-rescue-{id}-20270111T080000000.json");
        assert_eq!(path, std::env::temp_dir().join(name));
        let read = load_file(&path);
        let listed = store.rescues(&id);
        fs::remove_file(&path).unwrap();
        assert_eq!(read.unwrap(), ws);
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].path, path);
    }
}

// ---------------------------------------------------------------------------------------------
// Rescue copies, on every platform

#[test]
fn test_a_rescue_copy_is_a_whole_workspace_file_that_reads_back_equal() {
    let (_dir, store) = store();
    let mut ws = workspace("x");
    ws.meetings[1].private_notes = "Æbler, øl og ål 🙂\nanden linje".to_string();
    store.save_at(&workspace("x"), t0()).unwrap();
    let path = store.write_rescue(&ws, t0()).unwrap();
    assert_eq!(
        path,
        store
            .workspaces_dir()
            .join("x.rescue-20270111T080000000.json")
    );
    assert_eq!(load_file(&path).unwrap(), ws);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.starts_with(&format!(
        "{{\n  \"schema_version\": {},\n  \"id\": \"x\",",
        mandat::model::SCHEMA_VERSION
    )));
    let rescues = store.rescues("x");
    assert_eq!(rescues.len(), 1);
    assert_eq!(rescues[0].taken_at, t0());
    assert_eq!(rescues[0].updated_at, Some(ws.updated_at));
    assert_eq!(store.load_rescue(&rescues[0]).unwrap(), ws);
    // Not a workspace of its own.
    let listed = store.list().unwrap();
    assert!(
        matches!(&listed[..], [Listed::Ok(s)] if s.id == "x"),
        "{listed:?}"
    );
}

#[test]
fn test_a_rescue_copy_never_overwrites_a_file() {
    let (_dir, store) = store();
    let ws = workspace("x");
    let taken = store
        .workspaces_dir()
        .join("x.rescue-20270111T080000000.json");
    fs::write(&taken, b"someone else's").unwrap();
    let first = store.write_rescue(&ws, t0()).unwrap();
    let second = store.write_rescue(&edited(&ws, "b", 1), t0()).unwrap();
    assert_eq!(fs::read(&taken).unwrap(), b"someone else's");
    assert_eq!(
        first,
        store
            .workspaces_dir()
            .join("x.rescue-20270111T080000001.json")
    );
    assert_eq!(
        second,
        store
            .workspaces_dir()
            .join("x.rescue-20270111T080000002.json")
    );
    assert_eq!(load_file(&second).unwrap(), edited(&ws, "b", 1));
}

#[test]
fn test_rescue_copies_without_a_store_go_to_the_temporary_folder() {
    let id = unique_id("nostore");
    let ws = workspace(&id);
    let path = write_rescue_to_fallbacks(None, &ws, t0()).unwrap();
    let read = load_file(&path);
    fs::remove_file(&path).unwrap();
    assert!(path.starts_with(std::env::temp_dir()), "{}", path.display());
    assert_eq!(read.unwrap(), ws);
}

#[test]
fn test_rescue_copies_in_every_place_are_listed_newest_first() {
    let (_dir, store) = store();
    let id = unique_id("list");
    let ws = workspace(&id);
    let bytes = |minutes| {
        let mut text = Vec::new();
        let path = store
            .write_rescue(&edited(&ws, "x", minutes), t0())
            .unwrap();
        text.extend(fs::read(&path).unwrap());
        fs::remove_file(path).unwrap();
        text
    };
    let beside = store
        .workspaces_dir()
        .join(format!("{id}.rescue-20270111T080000000.json"));
    fs::write(&beside, bytes(1)).unwrap();
    fs::create_dir(store.data_dir().join("rescue")).unwrap();
    let in_folder = store
        .data_dir()
        .join("rescue")
        .join(format!("{id}-20270111T090000000.json"));
    fs::write(&in_folder, bytes(2)).unwrap();
    let in_temp = std::env::temp_dir().join(format!("mandat-rescue-{id}-20270111T100000000.json"));
    fs::write(&in_temp, b"damaged").unwrap();
    // Not rescue copies: another workspace's, a stamp that is no time, a folder.
    fs::write(
        store
            .workspaces_dir()
            .join(format!("{id}-2.rescue-20270111T110000000.json")),
        bytes(3),
    )
    .unwrap();
    fs::write(
        store
            .workspaces_dir()
            .join(format!("{id}.rescue-later.json")),
        bytes(3),
    )
    .unwrap();
    fs::create_dir(
        store
            .data_dir()
            .join("rescue")
            .join(format!("{id}-20270111T120000000.json")),
    )
    .unwrap();

    let listed = store.rescues(&id);
    fs::remove_file(&in_temp).unwrap();
    let paths: Vec<&Path> = listed.iter().map(|r| r.path.as_path()).collect();
    assert_eq!(
        paths,
        [in_temp.as_path(), in_folder.as_path(), beside.as_path()]
    );
    assert_eq!(listed[0].updated_at, None, "a damaged copy has no time");
    assert_eq!(listed[1].updated_at, Some(ws.updated_at + Span::minutes(2)));
}

#[test]
fn test_the_next_start_offers_a_rescue_only_when_it_holds_later_changes() {
    let (_dir, store) = store();
    let ws = workspace("x");
    assert_eq!(store.newer_rescue("x"), None, "no rescue copies");
    store.save_at(&ws, t0()).unwrap();
    store.write_rescue(&ws, t0()).unwrap();
    assert_eq!(store.newer_rescue("x"), None, "the same as the file");
    store
        .write_rescue(&edited(&ws, "older", -5), t0() + Span::seconds(1))
        .unwrap();
    assert_eq!(store.newer_rescue("x"), None, "older than the file");

    let later = store
        .write_rescue(&edited(&ws, "later", 5), t0() + Span::seconds(2))
        .unwrap();
    // The newest copy cannot be read: the newest that can is offered.
    fs::write(
        store
            .workspaces_dir()
            .join("x.rescue-20270111T080003000.json"),
        b"{ halv",
    )
    .unwrap();
    let offered = store.newer_rescue("x").unwrap();
    assert_eq!(offered.path, later);

    // With the workspace file unreadable, the newest readable copy is offered, whatever
    // its time.
    fs::write(store.workspace_path("x"), b"").unwrap();
    assert_eq!(store.newer_rescue("x").unwrap().path, later);
    fs::remove_file(store.workspace_path("x")).unwrap();
    assert_eq!(store.newer_rescue("x").unwrap().path, later);
}

#[test]
fn test_putting_a_rescue_back_keeps_both_files() {
    let (_dir, store) = store();
    let ws = workspace("x");
    store.save_at(&ws, t0()).unwrap();
    let before = fs::read(store.workspace_path("x")).unwrap();
    let rescued = edited(&ws, "reddet", 5);
    store.write_rescue(&rescued, t0()).unwrap();
    let rescue = store.newer_rescue("x").unwrap();
    let now = t0() + Span::hours(1);
    let kept = store.restore_rescue("x", &rescue, now).unwrap().unwrap();
    assert_eq!(
        kept,
        store
            .workspaces_dir()
            .join("x.before-rescue-20270111T090000000.json")
    );
    assert_eq!(fs::read(&kept).unwrap(), before);
    assert_eq!(store.load("x").unwrap(), rescued);
    assert!(rescue.path.exists(), "the rescue copy stays");
    assert_eq!(store.newer_rescue("x"), None, "nothing newer to offer now");
    let listed = store.list().unwrap();
    assert!(
        matches!(&listed[..], [Listed::Ok(s)] if s.id == "x"),
        "{listed:?}"
    );
    // And the next save goes on from there, keeping a backup as always.
    store
        .save_at(&edited(&rescued, "videre", 6), now + Span::minutes(1))
        .unwrap();
    assert_eq!(store.backups("x").unwrap().len(), 1);
}

#[test]
fn test_a_rescue_copy_that_cannot_be_read_is_not_put_back() {
    let (_dir, store) = store();
    let ws = workspace("x");
    store.save_at(&ws, t0()).unwrap();
    let before = fs::read(store.workspace_path("x")).unwrap();
    let path = store.write_rescue(&ws, t0()).unwrap();
    fs::write(&path, b"{ halv").unwrap();
    let rescue = store.rescues("x").remove(0);
    let err = store.restore_rescue("x", &rescue, t0()).unwrap_err();
    assert!(matches!(err, StoreError::BadBackup { .. }), "{err:?}");
    assert_eq!(fs::read(store.workspace_path("x")).unwrap(), before);
}

// ---------------------------------------------------------------------------------------------
// The test seam: saves that fail on purpose

#[cfg(feature = "app")]
#[test]
fn test_saves_fail_on_request_like_a_full_disk_and_change_nothing() {
    let env = crate::support::Env::new();
    let id = env.new_workspace("Fuld disk");
    let path = env.workspace_file(&id);
    let before = fs::read(&path).unwrap();
    let args = ["pamphlet", "--for", "personaleleder"];
    let mut cmd = env.command(&args);
    cmd.env(FAIL_SAVES, "1");
    let out = crate::support::run_bounded(cmd, &args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    crate::support::assert_one_mandat_line(&stderr);
    assert!(stderr.contains("disken er fuld"), "{stderr}");
    assert!(stderr.contains(&path.display().to_string()), "{stderr}");
    assert_eq!(fs::read(&path).unwrap(), before);
    // Only exactly "1" turns it on.
    let mut cmd = env.command(&args);
    cmd.env(FAIL_SAVES, "true");
    assert!(crate::support::run_bounded(cmd, &args).status.success());
    assert_ne!(fs::read(&path).unwrap(), before);
}

#[test]
fn test_when_saves_fail_a_rescue_copy_can_still_be_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = std::process::Command::new(std::env::current_exe().unwrap());
    cmd.args([
        "store_safety::child_saves_fail_and_a_rescue_is_written",
        "--exact",
        "--ignored",
        "--test-threads=1",
    ])
    .env(FAIL_SAVES, "1")
    .env(crate::support::CHILD_DATA, dir.path());
    let out = crate::support::run_bounded(cmd, &["child"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let rescue = dir
        .path()
        .join("workspaces")
        .join("x.rescue-20270111T080000000.json");
    assert_eq!(load_file(&rescue).unwrap(), edited(&workspace("x"), "b", 1));
}

/// Run by [`test_when_saves_fail_a_rescue_copy_can_still_be_written`] in a process of its own,
/// where the seam is on (setting it here would make the other tests' saves fail too).
#[test]
#[ignore = "run in a child process by test_when_saves_fail_a_rescue_copy_can_still_be_written"]
fn child_saves_fail_and_a_rescue_is_written() {
    let Some(data) = std::env::var_os(crate::support::CHILD_DATA) else {
        return;
    };
    assert_eq!(std::env::var(FAIL_SAVES).as_deref(), Ok("1"));
    let store = Store::open(Some(PathBuf::from(data))).unwrap();
    let ws = workspace("x");
    store.create(&ws).unwrap();
    let changed = edited(&ws, "b", 1);
    let err = store.save_at(&changed, t0()).unwrap_err();
    match &err {
        StoreError::Io { source, .. } => {
            assert_eq!(source.kind(), std::io::ErrorKind::StorageFull, "{err}");
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("disken er fuld"), "{err}");
    assert_eq!(store.load("x").unwrap(), ws, "nothing was saved");
    store.write_rescue(&changed, t0()).unwrap();
    assert_eq!(
        store.newer_rescue("x").unwrap().updated_at,
        Some(changed.updated_at)
    );
}

// ---------------------------------------------------------------------------------------------
// `list` reads only what it shows

/// A workspace of about five megabytes: many meetings full of long answers.
fn large_workspace(id: &str, n: usize) -> Workspace {
    let mut ws = workspace(id);
    ws.name = format!("Stort netværk {n}");
    ws.leader_name = format!("Leder nr. {n}");
    ws.network_type = [
        NetworkType::Velfaerd,
        NetworkType::Innovation,
        NetworkType::Laering,
    ][n % 3];
    ws.updated_at = t0() + Span::hours(n as i64);
    let answer = "Vi aftalte at mødes hver anden uge, og at jeg tager referat. ".repeat(40);
    for _ in 0..9 {
        ws.add_meeting(mandat::vocab::Counterpart::Personaleleder);
    }
    for meeting in &mut ws.meetings {
        for q in 0..170 {
            meeting.reflection.answers.insert(
                format!("spørgsmål-{q}"),
                Answer {
                    text: format!("{answer}({q})"),
                    status: AnswerStatus::Answered,
                    cursor: None,
                },
            );
        }
    }
    ws
}

#[test]
fn test_list_of_ten_large_workspaces_gives_the_right_summaries() {
    let (_dir, store) = store();
    let mut expected = Vec::new();
    let base = large_workspace("stor-0", 0);
    let bytes = {
        store.save(&base).unwrap();
        fs::read(store.workspace_path("stor-0")).unwrap()
    };
    assert!(bytes.len() > 5_000_000, "{} bytes", bytes.len());
    let text = String::from_utf8(bytes).unwrap();
    for n in 0..10 {
        let id = format!("stor-{n}");
        let ws = large_workspace(&id, n);
        // The same file with this workspace's head, so ten files need only one encoding.
        let head_of = |ws: &Workspace| {
            serde_json::to_string_pretty(&serde_json::json!({
                "name": ws.name, "network_type": ws.network_type,
                "leader_name": ws.leader_name, "updated_at": ws.updated_at,
            }))
            .unwrap()
        };
        let file = text
            .replacen(&field(&text, "name"), &field(&head_of(&ws), "name"), 1)
            .replacen(
                &field(&text, "network_type"),
                &field(&head_of(&ws), "network_type"),
                1,
            )
            .replacen(
                &field(&text, "leader_name"),
                &field(&head_of(&ws), "leader_name"),
                1,
            )
            .replacen(
                &field(&text, "updated_at"),
                &field(&head_of(&ws), "updated_at"),
                1,
            );
        fs::write(store.workspace_path(&id), &file).unwrap();
        expected.push((id, ws.name, ws.network_type, ws.leader_name, ws.updated_at));
    }
    expected.reverse();
    let listed = store.list().unwrap();
    let got: Vec<_> = listed
        .iter()
        .map(|l| match l {
            Listed::Ok(s) => (
                s.id.clone(),
                s.name.clone(),
                s.network_type,
                s.leader_name.clone(),
                s.updated_at,
            ),
            Listed::Broken { path, error } => panic!("{}: {error}", path.display()),
        })
        .collect();
    assert_eq!(got, expected);
    // Each file still opens whole.
    let one = store.load("stor-7").unwrap();
    assert_eq!(one.name, "Stort netværk 7");
    assert_eq!(one.meetings.len(), base.meetings.len());
}

/// The line `"key": value` of the first `key` in pretty JSON text.
fn field(text: &str, key: &str) -> String {
    let start = text.find(&format!("\"{key}\": ")).unwrap();
    let end = start + text[start..].find('\n').unwrap_or(text.len() - start);
    text[start..end].trim_end_matches(',').to_string()
}

#[test]
fn test_list_reads_a_hand_ordered_file_in_full_and_names_what_cannot_be_read() {
    let (_dir, store) = store();
    let ws = workspace("ordnet");
    store.save(&ws).unwrap();
    // Meetings first, as an editor that sorts keys would leave it.
    let value: serde_json::Value =
        serde_json::from_slice(&fs::read(store.workspace_path("ordnet")).unwrap()).unwrap();
    let mut sorted: Vec<_> = value.as_object().unwrap().iter().collect();
    sorted.sort_by_key(|(k, _)| std::cmp::Reverse(k.as_str() == "meetings"));
    let mut text = String::from("{");
    for (i, (k, v)) in sorted.iter().enumerate() {
        if i > 0 {
            text.push(',');
        }
        text.push_str(&format!("{}: {}", serde_json::json!(k), v));
    }
    text.push('}');
    fs::write(store.workspace_path("omvendt"), &text).unwrap();
    // Cut short, a wrong value in the plan, and a file over the size cap.
    let good = fs::read_to_string(store.workspace_path("ordnet")).unwrap();
    fs::write(store.workspace_path("kort"), &good[..good.len() - 40]).unwrap();
    fs::write(
        store.workspace_path("forkert"),
        good.replace("\"weekly_hours\": 37.0", "\"weekly_hours\": \"fuld tid\""),
    )
    .unwrap();
    let huge = fs::File::create(store.workspace_path("kaempe")).unwrap();
    huge.set_len(65 * 1024 * 1024).unwrap();

    let listed = store.list().unwrap();
    let ok: Vec<&str> = listed
        .iter()
        .filter_map(|l| match l {
            Listed::Ok(s) => Some(s.id.as_str()),
            Listed::Broken { .. } => None,
        })
        .collect();
    assert_eq!(ok, ["omvendt", "ordnet"]);
    let broken: Vec<String> = listed
        .iter()
        .filter_map(|l| match l {
            Listed::Broken { error, .. } => Some(error.to_string()),
            Listed::Ok(_) => None,
        })
        .collect();
    assert_eq!(broken.len(), 3, "{broken:?}");
    assert!(broken[0].contains("weekly_hours"), "{broken:?}");
    assert!(broken[1].contains("64 MB"), "{broken:?}");
    assert!(broken[2].contains("kort.json"), "{broken:?}");
}

// ---------------------------------------------------------------------------------------------
// Hand-edited files with the same meeting id twice

#[test]
fn test_a_meeting_id_used_twice_is_renamed_on_loading_and_nothing_is_lost() {
    let (_dir, store) = store();
    let mut ws = workspace("x");
    let mut twin = ws.meetings[0].clone();
    twin.private_notes = "den anden".to_string();
    ws.meetings.push(twin);
    // What an editor would leave: the file as saved, with the twin's id changed back by hand.
    let text = serde_json::to_string_pretty(&ws).unwrap();
    fs::write(store.workspace_path("x"), text).unwrap();

    let (loaded, notes) = store.load_with_notes("x").unwrap();
    assert_eq!(loaded.meetings.len(), 4);
    assert_eq!(loaded.meetings[3].id, "personaleleder-1-2");
    assert_eq!(loaded.meetings[3].private_notes, "den anden");
    assert_eq!(
        notes,
        [LoadNote::MeetingRenamed {
            from: "personaleleder-1".into(),
            to: "personaleleder-1-2".into()
        }]
    );
    let da = notes[0].message(Lang::Da);
    let en = notes[0].message(Lang::En);
    for m in [&da, &en] {
        assert!(m.contains("personaleleder-1-2") && !m.contains('\n'), "{m}");
    }
    assert_ne!(da, en);
    assert_eq!(store.load("x").unwrap(), loaded);

    // Saved, the file has the new id and nothing more to say.
    store.save(&loaded).unwrap();
    let (again, notes) = store.load_with_notes("x").unwrap();
    assert_eq!(again, loaded);
    assert!(notes.is_empty());
    assert_eq!(
        store.backups("x").unwrap().len(),
        1,
        "the hand-edited file is kept"
    );
}

// ---------------------------------------------------------------------------------------------
// The data folder

#[test]
fn test_a_data_folder_that_is_a_file_gives_one_clear_error_in_each_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("data");
    fs::write(&file, b"not a folder").unwrap();
    for err in [
        Store::open(Some(file.clone())).unwrap_err(),
        Store::open_existing(Some(file.clone())).unwrap_err(),
    ] {
        assert!(
            matches!(&err, StoreError::NotADir { path } if *path == file),
            "{err:?}"
        );
        let da = err.message(Lang::Da);
        let en = err.message(Lang::En);
        assert!(
            da.contains(&file.display().to_string()) && da.contains("mappe"),
            "{da}"
        );
        assert!(
            en.contains(&file.display().to_string()) && en.contains("folder"),
            "{en}"
        );
        assert!(!da.contains('\n') && !en.contains('\n'));
    }
    assert_eq!(fs::read(&file).unwrap(), b"not a folder");
}

#[test]
fn test_opening_to_read_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("endnu ikke");
    assert!(
        Store::open_existing(Some(missing.clone()))
            .unwrap()
            .is_none()
    );
    assert!(!missing.exists());

    let bare = dir.path().join("tom");
    fs::create_dir(&bare).unwrap();
    let store = Store::open_existing(Some(bare.clone())).unwrap().unwrap();
    assert!(store.list().unwrap().is_empty());
    assert!(store.backups("x").unwrap().is_empty());
    assert!(store.rescues("x").is_empty());
    assert_eq!(store.last_used(), None);
    assert!(matches!(store.load("x"), Err(StoreError::NotFound { .. })));
    assert_eq!(fs::read_dir(&bare).unwrap().count(), 0, "nothing was made");
}
