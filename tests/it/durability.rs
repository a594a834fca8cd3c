//! A save killed at any moment leaves a whole version on disk (SPEC §6, "never lose a word").
//!
//! The crash test starts this test binary again as a child that saves a changing workspace in a
//! loop, kills it with SIGKILL at a random moment, and then checks that the file still reads and
//! is exactly one of the versions the child saved. Unix only: that is where SIGKILL exists.
#![cfg(unix)]

use std::fs;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant, SystemTime};

use crate::support::{CHILD_PATIENCE, child_role, spawn_child, t0, wait_for_line, workspace};
use chrono::Duration as Span;
use mandat::flow::reflection::{Answer, AnswerStatus};
use mandat::model::Workspace;
use mandat::store::{Listed, Store};

const ID: &str = "aeldre";
const ROUNDS: usize = 200;

/// The version with counter `n`. Everything in it follows from `n`, so the whole file can be
/// checked, and its size changes from one version to the next, so a half-written file could
/// never pass for a whole one.
fn version(n: u64) -> Workspace {
    let mut ws = workspace(ID, "Ældre i eget hjem");
    ws.updated_at = t0() + Span::seconds(n as i64);
    ws.meetings[0].private_notes = n.to_string();
    ws.meetings[1].private_notes = "æøå 🙂 ".repeat((n % 97) as usize * 40);
    ws.meetings[0].reflection.answers.insert(
        "pl-tid-1".to_string(),
        Answer {
            text: format!("Svar nummer {n}.\n").repeat((n % 13) as usize * 20 + 1),
            status: AnswerStatus::Draft,
            cursor: Some((n as usize % 7, 3)),
        },
    );
    ws
}

/// The counter a version carries.
fn counter(ws: &Workspace) -> u64 {
    ws.meetings
        .first()
        .and_then(|m| m.private_notes.parse().ok())
        .unwrap_or_else(|| panic!("no counter in {ws:?}"))
}

/// Run as a child by the crash test: holds the lock like an editing `mandat` does, then saves
/// version after version until it is killed.
#[test]
#[ignore = "a child process of test_a_save_killed_at_any_moment_leaves_one_whole_saved_version"]
fn child_saver() {
    let Some((role, data)) = child_role() else {
        return;
    };
    assert_eq!(role, "saver");
    let store = Store::open(Some(data)).expect("open the store");
    let _lock = store
        .lock(ID)
        .expect("a lock left by a killed child is taken over");
    let mut n = counter(&store.load(ID).expect("the file reads after a kill")) + 1;
    let mut out = std::io::stdout();
    writeln!(out, "mandat-child-ready").expect("tell the parent");
    out.flush().expect("tell the parent");
    let started = Instant::now();
    while started.elapsed() < CHILD_PATIENCE {
        store.save(&version(n)).expect("save");
        n += 1;
    }
}

/// A small xorshift generator; the seed is printed so a failure can be repeated.
struct Rng(u64);

impl Rng {
    fn new() -> Rng {
        let seed = std::env::var("MANDAT_CRASH_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                SystemTime::now()
                    .duration_since(SystemTime::UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u64)
                    .unwrap_or(1)
            })
            | 1;
        eprintln!("crash test seed: MANDAT_CRASH_SEED={seed}");
        Rng(seed)
    }

    fn between(&mut self, low: u64, high: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        low + self.0 % (high - low + 1)
    }
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Temporary files a killed save left: `.<name>.tmp-<pid>-<n>`.
fn is_leftover_temp(name: &str) -> bool {
    name.starts_with('.') && name.contains(".tmp-")
}

#[test]
fn test_a_save_killed_at_any_moment_leaves_one_whole_saved_version() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let store = Store::open(Some(data.clone())).expect("open the store");
    store.save(&version(0)).expect("first save");
    let mut rng = Rng::new();
    let mut last = 0;
    let mut kills_with_leftovers = 0;
    for round in 0..ROUNDS {
        let mut child = spawn_child("durability::child_saver", "saver", &data);
        wait_for_line(&mut child, "mandat-child-ready");
        std::thread::sleep(Duration::from_millis(rng.between(1, 30)));
        child.kill().expect("SIGKILL the child");
        child.wait().expect("reap the child");

        let ws = store
            .load(ID)
            .unwrap_or_else(|e| panic!("round {round}: the file does not read: {e}"));
        let n = counter(&ws);
        assert_eq!(
            ws,
            version(n),
            "round {round}: not a version that was saved"
        );
        assert!(n >= last, "round {round}: went back from {last} to {n}");
        last = n;

        // Only the workspace, its lock and (possibly) a temporary file of the killed save.
        let names = names_in(&store.workspaces_dir());
        for name in &names {
            assert!(
                name == "aeldre.json" || name == "aeldre.lock" || is_leftover_temp(name),
                "round {round}: unexpected file {name}"
            );
        }
        let leftovers = names.iter().filter(|n| is_leftover_temp(n)).count()
            + names_in(&store.backups_dir(ID))
                .iter()
                .filter(|n| is_leftover_temp(n))
                .count();
        if leftovers > 0 {
            kills_with_leftovers += 1;
        }
        let listed = store.list().expect("list");
        assert!(
            matches!(listed.as_slice(), [Listed::Ok(s)] if s.id == ID),
            "round {round}: a temporary file was listed as a workspace: {listed:?}"
        );

        // Every backup is a whole earlier version too.
        for backup in store.backups(ID).expect("backups") {
            let old = store
                .load_backup(&backup)
                .unwrap_or_else(|e| panic!("round {round}: a backup does not read: {e}"));
            let k = counter(&old);
            assert_eq!(
                old,
                version(k),
                "round {round}: a backup is no saved version"
            );
            // A kill between taking the backup and placing the new file leaves a backup
            // equal to the current version; never a newer one.
            assert!(
                k <= n,
                "round {round}: backup {k} is newer than the file ({n})"
            );
        }
    }
    eprintln!(
        "crash test: {ROUNDS} kills, {last} versions saved, {kills_with_leftovers} kills left a temporary file behind"
    );
    assert!(last > 0, "the child never saved; the test proved nothing");

    // Temporary files a crash left are swept away once they are an hour old, and only then.
    let an_hour_and_more_ago = SystemTime::now() - Duration::from_secs(2 * 3600);
    for folder in [store.workspaces_dir(), store.backups_dir(ID)] {
        for name in names_in(&folder) {
            if is_leftover_temp(&name) {
                let file = fs::File::options()
                    .write(true)
                    .open(folder.join(&name))
                    .expect("open leftover");
                file.set_modified(an_hour_and_more_ago)
                    .expect("age leftover");
            }
        }
    }
    let store = Store::open(Some(data)).expect("open again");
    assert!(
        !names_in(&store.workspaces_dir())
            .iter()
            .any(|n| is_leftover_temp(n)),
        "old temporary files are swept when the store opens"
    );
    store.save(&version(last + 1)).expect("save once more");
    assert!(
        !names_in(&store.backups_dir(ID))
            .iter()
            .any(|n| is_leftover_temp(n)),
        "old temporary files among the backups are swept when a backup is taken"
    );
    last += 1;
    assert_eq!(store.load(ID).expect("still reads"), version(last));
}
