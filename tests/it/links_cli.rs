//! Nothing outside the data folder is ever touched, and nothing that is not a regular file is
//! written through: links, pipes and devices where mandat's files should be, through the real
//! binary and every command (issue "A failed save never ends in silence; nothing outside the
//! data folder is ever touched"). Unix only: links and pipes are made with its calls.
#![cfg(unix)]

use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};

use crate::support::{Env, assert_one_mandat_line};

/// Every command a leader might run on a workspace, the writing ones included.
const COMMANDS: &[&[&str]] = &[
    &["list"],
    &["paths"],
    &["summary", "--meeting", "all"],
    &["plan", "--format", "csv"],
    &["pamphlet", "--for", "personaleleder"],
    &["restore"],
    &["restore", "latest"],
];

/// A file outside the data folder, with known bytes.
fn outside(env: &Env, name: &str) -> PathBuf {
    let path = env.dir.path().join(name);
    fs::write(&path, b"{\"outside\": \"do not touch\"}\n").unwrap();
    path
}

/// Runs a command; it must either succeed or fail with one `mandat:` line, and never hang.
fn run_cleanly(env: &Env, args: &[&str]) -> String {
    let out = env.run(args);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    if !out.status.success() {
        assert_one_mandat_line(&stderr);
    }
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    stderr
}

fn unchanged(path: &Path) {
    assert_eq!(
        fs::read(path).unwrap(),
        b"{\"outside\": \"do not touch\"}\n",
        "{} was changed",
        path.display()
    );
}

#[test]
fn test_a_workspace_file_that_is_a_link_outside_is_never_followed_by_any_command() {
    let env = Env::new();
    let id = env.new_workspace("Linket");
    let target = outside(&env, "outside.json");
    let file = env.workspace_file(&id);
    fs::remove_file(&file).unwrap();
    symlink(&target, &file).unwrap();
    for args in COMMANDS {
        let mut full = vec!["--workspace", id.as_str()];
        full.extend_from_slice(args);
        run_cleanly(&env, &full);
        unchanged(&target);
        assert!(
            fs::symlink_metadata(&file).unwrap().is_symlink(),
            "{args:?}"
        );
    }
    let err = run_cleanly(&env, &["--workspace", &id, "summary", "--meeting", "all"]);
    assert!(err.contains("link"), "says what is wrong: {err}");
}

#[test]
fn test_a_backups_folder_and_state_file_that_are_links_outside_are_left_alone() {
    let env = Env::new();
    let id = env.new_workspace("Kopier");
    let elsewhere = env.dir.path().join("elsewhere");
    fs::create_dir(&elsewhere).unwrap();
    let backups = env.data().join("backups");
    let _ = fs::remove_dir_all(&backups);
    symlink(&elsewhere, &backups).unwrap();
    let state = env.data().join("state.json");
    let target = outside(&env, "state-outside.json");
    fs::remove_file(&state).unwrap();
    symlink(&target, &state).unwrap();
    for args in COMMANDS {
        let mut full = vec!["--workspace", id.as_str()];
        full.extend_from_slice(args);
        run_cleanly(&env, &full);
    }
    run_cleanly(&env, &["new", "--name", "Endnu et", "--type", "laering"]);
    assert_eq!(
        fs::read_dir(&elsewhere).unwrap().count(),
        0,
        "nothing written outside"
    );
    unchanged(&target);
}

#[test]
fn test_a_workspace_file_that_is_a_pipe_gives_one_line_and_never_hangs() {
    let env = Env::new();
    let id = env.new_workspace("Rør");
    let file = env.workspace_file(&id);
    fs::remove_file(&file).unwrap();
    let status = std::process::Command::new("mkfifo")
        .arg(&file)
        .status()
        .unwrap();
    assert!(status.success());
    for args in COMMANDS {
        let mut full = vec!["--workspace", id.as_str()];
        full.extend_from_slice(args);
        // `run` fails the test if the command does not end (see support::HANG).
        run_cleanly(&env, &full);
    }
}

#[test]
fn test_documents_go_to_a_device_a_pipe_or_standard_output() {
    let env = Env::new();
    env.new_workspace("Dokumenter");
    // A device: written to, not replaced or chmod'ed.
    let out = env.ok(&["plan", "--format", "csv", "-o", "/dev/null"]);
    assert!(!out.contains("iso_year"));
    // Standard output: the document and nothing else on it.
    let out = env.ok(&["plan", "--format", "csv", "-o", "-"]);
    assert!(out.starts_with("iso_year,"), "{out}");
    assert!(
        !out.contains("Skrev"),
        "no message inside the document: {out}"
    );
    // A named pipe with a reader gets the whole document.
    let fifo = env.dir.path().join("plan.pipe");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read_to_string(fifo).unwrap())
    };
    env.ok(&["plan", "--format", "csv", "-o", fifo.to_str().unwrap()]);
    assert!(reader.join().unwrap().starts_with("iso_year,"));
    // A link to a file outside is refused, and the file stays as it was.
    let target = outside(&env, "plan-outside.csv");
    let link = env.dir.path().join("plan-link.csv");
    symlink(&target, &link).unwrap();
    let err = env.fails(&["plan", "--format", "csv", "-o", link.to_str().unwrap()]);
    assert!(err.contains("link"), "{err}");
    unchanged(&target);
}
