//! Recovery, the lock and privacy as a user meets them: the real binary, a throw-away data
//! folder and a pinned date (issue "Never lose a word", points 2, 4 and 6).

use std::fs;
use std::path::{Path, PathBuf};

use crate::support::{Env, assert_one_mandat_line};
use mandat::store::Store;

/// The workspace file as `mandat new` wrote it, and each way it can become unreadable.
fn unreadable_versions(good: &[u8]) -> Vec<(&'static str, Vec<u8>)> {
    let text = String::from_utf8(good.to_vec()).expect("utf-8");
    let version = format!("\"schema_version\": {}", mandat::model::SCHEMA_VERSION);
    let mut not_utf8 = good.to_vec();
    let at = text.find("\"name\"").expect("a name") + 9;
    not_utf8.insert(at, 0xff);
    vec![
        (
            "garbage",
            b"Det her er ikke JSON, men en indkobsliste\n".to_vec(),
        ),
        ("binary garbage", vec![0, 159, 146, 150, 0, 255, 1, 2]),
        ("truncated", good[..good.len() / 2].to_vec()),
        ("empty", Vec::new()),
        ("blank", b" \n\n\t".to_vec()),
        (
            "wrong types",
            text.replace("\"weekly_hours\": 37.0", "\"weekly_hours\": \"fuld tid\"")
                .into_bytes(),
        ),
        ("a list, not an object", b"[1, 2, 3]\n".to_vec()),
        (
            "schema_version as text",
            text.replace(&version, "\"schema_version\": \"1\"")
                .into_bytes(),
        ),
        ("invalid utf-8", not_utf8),
        (
            "newer schema_version",
            text.replace(&version, "\"schema_version\": 99")
                .into_bytes(),
        ),
    ]
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

/// The commands that read the workspace; `pamphlet` also writes it.
const READING_AND_WRITING: [&[&str]; 5] = [
    &["summary", "--meeting", "all"],
    &["summary", "--meeting", "co-driver", "--format", "html"],
    &["pamphlet", "--for", "personaleleder"],
    &["plan", "--format", "csv"],
    &["--lang", "en", "pamphlet", "--for", "referenceleder"],
];

#[test]
fn test_an_unreadable_workspace_stops_every_command_with_one_line_and_is_never_changed() {
    let env = Env::new();
    let id = env.new_workspace("Ældre i eget hjem");
    let path = env.workspace_file(&id);
    let good = fs::read(&path).expect("the new workspace");
    for (kind, bytes) in unreadable_versions(&good) {
        fs::write(&path, &bytes).expect("break the file");
        for args in READING_AND_WRITING {
            let err = env.fails(args);
            assert!(
                err.contains(&path.display().to_string()),
                "{kind}, {args:?}: does not name the file: {err}"
            );
            let english = args.contains(&"en");
            let says_unchanged = if english {
                "has not been changed"
            } else {
                "er ikke ændret"
            };
            assert!(err.contains(says_unchanged), "{kind}, {args:?}: {err}");
            if kind == "newer schema_version" {
                let update = if english {
                    "update mandat"
                } else {
                    "opdater mandat"
                };
                assert!(err.contains(update), "{kind}: {err}");
            } else {
                assert!(
                    err.contains(&format!("mandat --workspace {id} restore")),
                    "{kind}, {args:?}: does not point to the backups: {err}"
                );
            }
            assert_eq!(
                fs::read(&path).expect("still there"),
                bytes,
                "{kind}, {args:?}"
            );
        }
        // Nothing was written beside it: no backup of a file that cannot be read, no temp file.
        let names = names_in(&env.data().join("workspaces"));
        assert!(
            names
                .iter()
                .all(|n| n == &format!("{id}.json") || n == &format!("{id}.lock")),
            "{kind}: {names:?}"
        );
        assert!(
            names_in(&env.data().join("backups").join(&id)).is_empty(),
            "{kind}"
        );
        // Listing still works, and says which file cannot be read.
        let list = env.ok(&["list"]);
        assert!(
            list.contains(&id) && list.contains("kan ikke læses"),
            "{kind}: {list}"
        );
        env.ok(&["paths"]);
    }
}

#[test]
fn test_a_file_given_with_file_that_cannot_be_read_is_named_and_left_alone() {
    let env = Env::new();
    let id = env.new_workspace("Læring");
    let good = fs::read(env.workspace_file(&id)).expect("the new workspace");
    let file = env.dir.path().join("kopi af netværk.json");
    for (kind, bytes) in unreadable_versions(&good) {
        fs::write(&file, &bytes).expect("write");
        let file_arg = file.display().to_string();
        for args in [
            &["--file", &file_arg, "summary", "--meeting", "all"][..],
            &["--file", &file_arg, "pamphlet", "--for", "co-driver"][..],
            &["--file", &file_arg, "plan"][..],
        ] {
            let err = env.fails(args);
            assert!(err.contains(&file_arg), "{kind}: {err}");
            assert_eq!(fs::read(&file).expect("still there"), bytes, "{kind}");
        }
    }
}

/// A workspace with two backups: the version `new` wrote, and the one after the first
/// pamphlet was made.
fn workspace_with_backups(env: &Env) -> String {
    let id = env.new_workspace("Trivsel");
    env.ok(&["pamphlet", "--for", "personaleleder"]);
    env.ok(&["pamphlet", "--for", "referenceleder"]);
    id
}

fn backups(env: &Env, id: &str) -> Vec<PathBuf> {
    let dir = env.data().join("backups").join(id);
    let mut files: Vec<PathBuf> = names_in(&dir).iter().map(|n| dir.join(n)).collect();
    files.reverse();
    files
}

#[test]
fn test_restore_lists_the_backups_and_puts_the_latest_back_keeping_the_broken_file_beside_it() {
    let env = Env::new();
    let id = workspace_with_backups(&env);
    let path = env.workspace_file(&id);
    let saved = backups(&env, &id);
    assert_eq!(saved.len(), 2, "one backup per save");
    let newest = fs::read(&saved[0]).expect("backup");
    let broken = b"{\"schema_version\": 1, \"name\": \"halv".to_vec();
    fs::write(&path, &broken).expect("break the file");

    let listing = env.ok(&["--workspace", &id, "restore"]);
    assert!(listing.contains(&format!("«{id}»")), "{listing}");
    assert!(
        listing.contains("   1  ") && listing.contains("   2  "),
        "{listing}"
    );
    assert!(listing.contains("mandat restore latest"), "{listing}");
    assert_eq!(
        fs::read(&path).expect("file"),
        broken,
        "listing changes nothing"
    );

    let done = env.ok(&["--workspace", &id, "restore", "latest"]);
    assert_eq!(fs::read(&path).expect("restored"), newest);
    let kept: Vec<String> = names_in(&env.data().join("workspaces"))
        .into_iter()
        .filter(|n| n.starts_with(&format!("{id}.broken-")) && n.ends_with(".json"))
        .collect();
    assert_eq!(kept.len(), 1, "the broken file is kept beside it");
    let kept_path = env.data().join("workspaces").join(&kept[0]);
    assert!(done.contains(&kept_path.display().to_string()), "{done}");
    assert_eq!(
        fs::read(&kept_path).expect("kept"),
        broken,
        "kept byte for byte"
    );

    // The kept file is no workspace of its own, and everything works again.
    let list = env.ok(&["list"]);
    assert!(!list.contains("broken"), "{list}");
    assert!(!list.contains("kan ikke læses"), "{list}");
    env.ok(&["summary", "--meeting", "all"]);
}

#[test]
fn test_restore_by_number_puts_that_backup_back() {
    let env = Env::new();
    let id = workspace_with_backups(&env);
    let path = env.workspace_file(&id);
    let oldest = fs::read(&backups(&env, &id)[1]).expect("backup");
    let current = fs::read(&path).expect("file");
    env.ok(&["--workspace", &id, "restore", "2"]);
    assert_eq!(fs::read(&path).expect("restored"), oldest);
    let kept = names_in(&env.data().join("workspaces"))
        .into_iter()
        .find(|n| n.contains(".broken-"))
        .expect("the replaced file is kept even when it was readable");
    assert_eq!(
        fs::read(env.data().join("workspaces").join(kept)).expect("kept"),
        current
    );
}

#[test]
fn test_restore_refuses_what_it_cannot_do_and_changes_nothing() {
    let env = Env::new();
    let lonely = env.new_workspace("Uden kopier");
    let err = env.fails(&["--workspace", &lonely, "restore"]);
    assert!(
        err.contains("hverken sikkerhedskopier eller nødkopier"),
        "{err}"
    );

    let id = workspace_with_backups(&env);
    let path = env.workspace_file(&id);
    let before = fs::read(&path).expect("file");
    let err = env.fails(&["--workspace", &id, "restore", "99"]);
    assert!(err.contains("99"), "{err}");
    let out = env.run(&["--workspace", &id, "restore", "nyeste-ish"]);
    assert_eq!(out.status.code(), Some(2), "a usage error");
    assert_one_mandat_line(&String::from_utf8_lossy(&out.stderr));

    for backup in backups(&env, &id) {
        fs::write(&backup, b"ikke json").expect("break the backup");
    }
    let err = env.fails(&["--workspace", &id, "restore", "latest"]);
    assert!(err.contains("ingen af sikkerhedskopierne"), "{err}");
    let err = env.fails(&["--workspace", &id, "restore", "1"]);
    assert!(err.contains("kan ikke gendanne"), "{err}");
    assert_eq!(fs::read(&path).expect("file"), before);
    assert!(
        !names_in(&env.data().join("workspaces"))
            .iter()
            .any(|n| n.contains(".broken-")),
        "nothing was replaced, so nothing was kept"
    );
}

// ---------------------------------------------------------------------------------------------
// One writer at a time

#[test]
fn test_a_second_writer_is_refused_with_the_process_that_holds_the_lock() {
    let env = Env::new();
    let id = workspace_with_backups(&env);
    let path = env.workspace_file(&id);
    let before = fs::read(&path).expect("file");
    let store = Store::open(Some(env.data())).expect("open");
    let lock = store.lock(&id).expect("take the lock");
    for args in [
        &["pamphlet", "--for", "personaleleder"][..],
        &["--workspace", &id, "restore", "latest"][..],
    ] {
        let err = env.fails(args);
        if cfg!(unix) {
            assert!(
                err.contains(&format!("proces {}", std::process::id())),
                "{args:?}: does not name the holder: {err}"
            );
        }
        assert!(err.contains(&format!("{id}.lock")), "{err}");
    }
    let err = env.fails(&["--lang", "en", "pamphlet", "--for", "co-driver"]);
    assert!(
        err.contains("already open in mandat in another window"),
        "{err}"
    );
    assert_eq!(fs::read(&path).expect("file"), before, "nothing written");
    // Reading is not writing: the brief can still be printed.
    env.ok(&["summary", "--meeting", "all"]);

    drop(lock);
    env.ok(&["pamphlet", "--for", "co-driver"]);
    assert_ne!(fs::read(&path).expect("file"), before, "now it is recorded");
}

/// Run as a child by the lock test: holds the workspace's lock until it is killed.
#[test]
#[ignore = "a child process of test_a_lock_held_by_a_live_process_is_refused_and_taken_over_when_it_dies"]
fn child_lock_holder() {
    let Some((role, data)) = crate::support::child_role() else {
        return;
    };
    let id = role.strip_prefix("lock:").expect("lock:<id>");
    let store = Store::open(Some(data)).expect("open");
    let _lock = store.lock(id).expect("take the lock");
    println!("mandat-child-locked {}", std::process::id());
    std::thread::sleep(crate::support::CHILD_PATIENCE);
}

#[cfg(unix)]
#[test]
fn test_a_lock_held_by_a_live_process_is_refused_and_taken_over_when_it_dies() {
    let env = Env::new();
    let id = env.new_workspace("Delt");
    let path = env.workspace_file(&id);
    let before = fs::read(&path).expect("file");
    let mut child = crate::support::spawn_child(
        "recovery_cli::child_lock_holder",
        &format!("lock:{id}"),
        &env.data(),
    );
    let pid = crate::support::wait_for_line(&mut child, "mandat-child-locked");
    assert_eq!(pid, child.id().to_string());

    let err = env.fails(&["pamphlet", "--for", "co-driver"]);
    assert!(err.contains(&format!("proces {pid}")), "{err}");
    assert_eq!(fs::read(&path).expect("file"), before);

    child.kill().expect("SIGKILL the holder");
    child.wait().expect("reap it");
    let lock_file = env.data().join("workspaces").join(format!("{id}.lock"));
    assert_eq!(
        fs::read_to_string(&lock_file)
            .expect("the lock file is left behind")
            .trim(),
        pid,
        "a killed process cleans nothing up"
    );
    env.ok(&["pamphlet", "--for", "co-driver"]);
    assert_ne!(
        fs::read(&path).expect("file"),
        before,
        "the lock was taken over"
    );
}

#[test]
fn test_a_stale_lock_file_from_a_dead_process_is_taken_over() {
    let env = Env::new();
    let id = env.new_workspace("Efterladt");
    let lock_file = env.data().join("workspaces").join(format!("{id}.lock"));
    fs::write(&lock_file, "4000000\n").expect("a lock file from long ago");
    env.ok(&["pamphlet", "--for", "referenceleder"]);
    let json: serde_json::Value =
        serde_json::from_slice(&fs::read(env.workspace_file(&id)).expect("file")).expect("json");
    let prepared = json["meetings"]
        .as_array()
        .expect("meetings")
        .iter()
        .any(|m| m["counterpart"] == "referenceleder" && m["handout"]["state"] == "prepared");
    assert!(prepared, "the pamphlet was recorded: {json}");
}

// ---------------------------------------------------------------------------------------------
// Privacy

/// Runs the binary with umask 000, the most permissive there is, so only the program's own
/// care keeps the files private.
#[cfg(unix)]
fn run_with_open_umask(env: &Env, args: &[&str]) -> std::process::Output {
    let mut cmd = std::process::Command::new("sh");
    cmd.args([
        "-c",
        "umask 000; exec \"$0\" \"$@\"",
        env!("CARGO_BIN_EXE_mandat"),
    ])
    .args(args);
    env.configure(&mut cmd);
    crate::support::run_bounded(cmd, args)
}

#[cfg(unix)]
#[test]
fn test_every_file_is_the_owners_alone_and_every_folder_too_even_with_an_open_umask() {
    let env = Env::new();
    let ok = |args: &[&str]| {
        let out = run_with_open_umask(&env, args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    let id = ok(&["new", "--name", "Privat", "--type", "laering"]);
    ok(&["pamphlet", "--for", "personaleleder"]);
    ok(&["pamphlet", "--for", "co-driver"]);
    fs::write(env.workspace_file(&id), "ødelagt").expect("break it");
    ok(&["restore", "latest"]);

    let all = crate::support::walk(&env.data());
    let kinds: Vec<String> = all
        .iter()
        .filter_map(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .collect();
    assert!(kinds.iter().any(|n| n.contains(".broken-")), "{kinds:?}");
    assert!(kinds.iter().any(|n| n.ends_with(".lock")), "{kinds:?}");
    assert!(kinds.iter().any(|n| n == "state.json"), "{kinds:?}");
    assert!(all.len() >= 9, "{kinds:?}");
    assert_eq!(crate::support::mode(&env.data()), 0o700);
    for path in all {
        let expected = if path.is_dir() { 0o700 } else { 0o600 };
        assert_eq!(
            crate::support::mode(&path),
            expected,
            "{} is {:o}",
            path.display(),
            crate::support::mode(&path)
        );
    }
}

#[test]
fn test_the_html_brief_fetches_nothing_from_anywhere() {
    let env = Env::new();
    env.new_workspace("Selvstændig");
    for args in [
        &["summary", "--meeting", "all", "--format", "html"][..],
        &["pamphlet", "--for", "co-driver", "--format", "html"][..],
    ] {
        let html = env.ok(args).to_lowercase();
        assert!(
            html.contains("<style"),
            "{args:?}: the look is carried inside the file"
        );
        for outside in [
            "src=\"http",
            "src=\"//",
            "href=\"http",
            "href=\"//",
            "url(http",
            "url(//",
            "url(\"http",
            "url('http",
            "@import",
            "<link",
            "<script",
            "<iframe",
        ] {
            let found = html.find(outside);
            assert!(found.is_none(), "{args:?} loads something: {outside}");
        }
    }
}

#[test]
fn test_a_workspace_id_that_would_leave_the_data_folder_is_refused() {
    let env = Env::new();
    env.new_workspace("Indenfor");
    let outside = env.dir.path().join("udenfor.json");
    fs::write(&outside, b"min egen fil").expect("a file outside the data folder");
    for id in ["../udenfor", "..", "a/b", "con", ".skjult"] {
        for args in [
            &["--workspace", id, "summary", "--meeting", "all"][..],
            &["--workspace", id, "pamphlet", "--for", "co-driver"][..],
            &["--workspace", id, "restore", "latest"][..],
        ] {
            env.fails(args);
        }
    }
    assert_eq!(fs::read(&outside).expect("untouched"), b"min egen fil");
    assert_eq!(names_in(env.dir.path()), ["data", "udenfor.json"]);
}

/// A rescue copy, as the program writes one when a save fails on the way out: a whole
/// workspace file in the data folder's `rescue/` with later words than the saved file.
fn workspace_with_a_rescue(env: &Env) -> (String, PathBuf) {
    let id = env.new_workspace("Med redning");
    let store = Store::open(Some(env.data())).expect("store");
    let mut ws = store.load(&id).expect("saved");
    ws.meetings[0].private_notes = "ord fra redningskopien".into();
    let rescue = store
        .write_rescue(&ws, chrono::Utc::now())
        .expect("rescue copy");
    (id, rescue)
}

#[test]
fn test_restore_lists_rescue_copies_after_the_backups_and_puts_one_back_keeping_the_file_it_replaces()
 {
    let env = Env::new();
    let (id, rescue) = workspace_with_a_rescue(&env);
    let before = fs::read(env.workspace_file(&id)).expect("saved file");
    let listing = env.ok(&["--workspace", &id, "restore"]);
    assert!(
        listing.contains(&rescue.display().to_string()),
        "the rescue copy is named with its place: {listing}"
    );
    let number = listing
        .lines()
        .find(|l| l.contains(&rescue.display().to_string()))
        .and_then(|l| l.split_whitespace().next())
        .expect("a numbered line")
        .to_string();
    let done = env.ok(&["--workspace", &id, "restore", &number]);
    assert!(done.contains(&id), "{done}");
    let restored = env.workspace_json(&id);
    assert_eq!(
        restored["meetings"][0]["private_notes"], "ord fra redningskopien",
        "the rescued words are back"
    );
    let kept: Vec<String> = names_in(&env.data().join("workspaces"))
        .into_iter()
        .filter(|n| n.starts_with(&format!("{id}.before-rescue-")))
        .collect();
    assert_eq!(kept.len(), 1, "the file it replaced is kept: {kept:?}");
    assert_eq!(
        fs::read(env.data().join("workspaces").join(&kept[0])).expect("kept"),
        before
    );
    assert!(
        rescue.exists(),
        "the rescue copy itself is left where it was"
    );
}

#[test]
fn test_commands_that_only_read_create_nothing_in_an_empty_data_folder() {
    let env = Env::new();
    for args in [
        &["list"][..],
        &["paths"],
        &["plan"],
        &["summary", "--meeting", "all"],
        &["log"],
        &["report"],
        &["restore"],
        &["plan", "--course", "velfaerd", "--start", "2027-01-04"],
    ] {
        let _ = env.run(args);
        assert!(
            !env.data().exists(),
            "mandat {args:?} made the data folder {}",
            env.data().display()
        );
    }
}

#[test]
fn test_empty_mandat_variables_count_as_not_set() {
    let env = Env::new();
    let home = env.dir.path().join("home");
    fs::create_dir_all(&home).unwrap();
    let mut cmd = env.command(&["paths"]);
    cmd.env("MANDAT_DATA_DIR", "")
        .env("MANDAT_LANG", "")
        .env("MANDAT_CONTENT_DIR", "")
        .env("MANDAT_DOCUMENTS_DIR", "")
        .env("HOME", &home)
        .env("XDG_DATA_HOME", home.join(".local/share"));
    let out = crate::support::run_bounded(cmd, &["paths"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains(&home.join(".local/share/mandat").display().to_string()),
        "the system's data folder, not the current folder: {stdout}"
    );
}
