//! The save-file store (SPEC §6): atomic saves, backups, refusing to overwrite what cannot be
//! read, restore, the one-writer lock, ids and migrations.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use mandat::flow::plan::PlanDraft;
use mandat::flow::reflection::{Answer, AnswerStatus};
use mandat::model::{SCHEMA_VERSION, Workspace};
use mandat::planner::PlanSettings;
use mandat::store::backup::{CHECKPOINT_GAP, KEEP_DAYS, KEEP_LATEST};
use mandat::store::{Listed, ReadProblem, Store, StoreError, load_file, save_file};
use mandat::vocab::Lang;
use mandat::vocab::NetworkType;
use tempfile::TempDir;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 1, 11, 8, 0, 0).unwrap()
}

fn workspace(id: &str, name: &str) -> Workspace {
    let start = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
    Workspace::new(
        id.to_string(),
        name.to_string(),
        NetworkType::Velfaerd,
        "Mette Sørensen".to_string(),
        PlanDraft::new(PlanSettings::new("velfaerd", start)),
        t0(),
    )
}

/// The same workspace with one answer changed, as after a keystroke.
fn edited(ws: &Workspace, text: &str) -> Workspace {
    let mut ws = ws.clone();
    ws.meetings[0].reflection.answers.insert(
        "pl-tid-1".to_string(),
        Answer {
            text: text.to_string(),
            status: AnswerStatus::Draft,
            cursor: None,
        },
    );
    ws
}

fn store() -> (TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(Some(dir.path().join("data"))).unwrap();
    (dir, store)
}

fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

// ---------------------------------------------------------------------------------------------
// Saving and loading

#[test]
fn test_open_creates_the_data_folder_and_workspaces_inside_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("nested").join("data");
    let store = Store::open(Some(data.clone())).unwrap();
    assert_eq!(store.data_dir(), data);
    assert!(store.workspaces_dir().is_dir());
    assert_eq!(
        store.workspace_path("x"),
        data.join("workspaces").join("x.json")
    );
}

#[test]
fn test_a_saved_workspace_loads_back_unchanged() {
    let (_dir, store) = store();
    let ws = edited(
        &workspace("aeldre", "Ældre i eget hjem"),
        "Æbler, øl og ål 🙂\nanden linje «citat»",
    );
    store.save(&ws).unwrap();
    assert_eq!(store.load("aeldre").unwrap(), ws);
}

#[test]
fn test_the_file_is_pretty_json_with_a_trailing_newline() {
    let (_dir, store) = store();
    store.save(&workspace("x", "X")).unwrap();
    let text = fs::read_to_string(store.workspace_path("x")).unwrap();
    assert!(text.starts_with(&format!(
        "{{\n  \"schema_version\": {},\n  \"id\": \"x\",\n  \"name\": \"X\",\n",
        mandat::model::SCHEMA_VERSION
    )));
    assert!(text.ends_with("}\n") && !text.ends_with("}\n\n"));
}

#[test]
fn test_a_save_leaves_no_temporary_files() {
    let (_dir, store) = store();
    let ws = workspace("x", "X");
    for i in 0..5 {
        store
            .save_at(&edited(&ws, &format!("v{i}")), t0() + Duration::seconds(i))
            .unwrap();
    }
    assert_eq!(file_names(&store.workspaces_dir()), vec!["x.json"]);
    for name in file_names(&store.backups_dir("x")) {
        assert!(name.ends_with(".json") && !name.starts_with('.'), "{name}");
    }
}

#[cfg(unix)]
#[test]
fn test_files_are_owner_only_and_folders_too() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, store) = store();
    let ws = workspace("x", "X");
    store.save_at(&ws, t0()).unwrap();
    store
        .save_at(&edited(&ws, "b"), t0() + Duration::minutes(5))
        .unwrap();
    store.set_last_used("x").unwrap();
    let _lock = store.lock("x").unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    for folder in [
        store.data_dir().to_path_buf(),
        store.workspaces_dir(),
        store.data_dir().join("backups"),
        store.backups_dir("x"),
    ] {
        assert_eq!(mode(&folder), 0o700, "{}", folder.display());
    }
    let backup = store.backups("x").unwrap().remove(0).path;
    for file in [
        store.workspace_path("x"),
        store.data_dir().join("state.json"),
        store.lock_path("x"),
        backup,
    ] {
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
}

#[test]
fn test_saving_the_same_workspace_again_changes_nothing() {
    let (_dir, store) = store();
    let ws = workspace("x", "X");
    store.save_at(&ws, t0()).unwrap();
    store.save_at(&ws, t0() + Duration::minutes(10)).unwrap();
    assert!(store.backups("x").unwrap().is_empty());
}

#[test]
fn test_save_stamps_the_current_schema_version() {
    let (_dir, store) = store();
    let mut ws = workspace("x", "X");
    ws.schema_version = 0;
    store.save(&ws).unwrap();
    assert_eq!(store.load("x").unwrap().schema_version, SCHEMA_VERSION);
}

#[test]
fn test_create_refuses_an_id_that_exists() {
    let (_dir, store) = store();
    let path = store.create(&workspace("x", "Første")).unwrap();
    assert_eq!(path, store.workspace_path("x"));
    let before = fs::read(&path).unwrap();
    let err = store.create(&workspace("x", "Anden")).unwrap_err();
    assert!(matches!(err, StoreError::Exists { .. }), "{err}");
    assert!(err.to_string().contains(&path.display().to_string()));
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn test_a_missing_workspace_is_not_found_and_points_to_list() {
    let (_dir, store) = store();
    let err = store.load("findes-ikke").unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }));
    assert!(err.to_string().contains("mandat list"), "{err}");
}

#[test]
fn test_ids_that_could_leave_the_folder_are_refused() {
    let (_dir, store) = store();
    for id in ["../x", "a/b", "", ".skjult"] {
        assert!(matches!(store.load(id), Err(StoreError::InvalidId { .. })));
        assert!(matches!(
            store.save(&workspace(id, "X")),
            Err(StoreError::InvalidId { .. })
        ));
    }
}

#[test]
fn test_the_file_name_is_the_id_of_a_copied_file() {
    let (_dir, store) = store();
    store.save(&workspace("x", "X")).unwrap();
    fs::copy(store.workspace_path("x"), store.workspace_path("kopi")).unwrap();
    assert_eq!(store.load("kopi").unwrap().id, "kopi");
}

#[test]
fn test_a_workspace_that_would_not_read_back_is_not_written() {
    let (_dir, store) = store();
    let ws = workspace("x", "X");
    store.save(&ws).unwrap();
    let before = fs::read(store.workspace_path("x")).unwrap();
    let mut bad = ws.clone();
    // JSON has no NaN; serde writes null, which would not load again.
    bad.plan.settings.weekly_hours = f64::NAN;
    let err = store.save(&bad).unwrap_err();
    assert!(matches!(err, StoreError::WouldBeUnreadable { .. }), "{err}");
    assert_eq!(fs::read(store.workspace_path("x")).unwrap(), before);
}

// ---------------------------------------------------------------------------------------------
// Backups

#[test]
fn test_the_version_a_save_replaces_is_kept_as_a_backup() {
    let (_dir, store) = store();
    let ws = workspace("x", "X");
    store.save_at(&ws, t0()).unwrap();
    let first = fs::read(store.workspace_path("x")).unwrap();
    store
        .save_at(&edited(&ws, "ny tekst"), t0() + Duration::seconds(1))
        .unwrap();
    let backups = store.backups("x").unwrap();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].taken_at, t0() + Duration::seconds(1));
    assert_eq!(
        backups[0].path,
        store.backups_dir("x").join("20270111T080001000.json")
    );
    assert_eq!(fs::read(&backups[0].path).unwrap(), first);
    assert_eq!(store.load_backup(&backups[0]).unwrap(), ws);
}

#[test]
fn test_typing_for_ten_minutes_keeps_the_version_before_and_checkpoints_two_minutes_apart() {
    let (_dir, store) = store();
    let ws = workspace("x", "X");
    let seconds = 600;
    for s in 0..=seconds {
        store
            .save_at(&edited(&ws, &format!("{s}")), t0() + Duration::seconds(s))
            .unwrap();
    }
    let backups = store.backups("x").unwrap();
    // The newest backup is the version just before the current one.
    let previous = store.load_backup(&backups[0]).unwrap();
    assert_eq!(previous, edited(&ws, &format!("{}", seconds - 1)));
    // The others are checkpoints at least two minutes apart.
    for pair in backups[1..].windows(2) {
        assert!(
            pair[0].taken_at - pair[1].taken_at >= CHECKPOINT_GAP,
            "{pair:?}"
        );
    }
    assert!(
        (5..=7).contains(&backups.len()),
        "{} backups",
        backups.len()
    );
}

#[test]
fn test_pruning_keeps_the_last_ten_and_the_newest_of_each_of_the_last_fourteen_days() {
    let (_dir, store) = store();
    let ws = workspace("x", "X");
    // One working session a day for 30 days: six saves ten minutes apart.
    let mut n = 0;
    let mut now = t0();
    for day in 0..30 {
        for save in 0..6 {
            now = t0() + Duration::days(day) + Duration::minutes(save * 10);
            store.save_at(&edited(&ws, &format!("{n}")), now).unwrap();
            n += 1;
        }
    }
    let backups = store.backups("x").unwrap();
    let times: Vec<_> = backups.iter().map(|b| b.taken_at).collect();
    // The newest ten are all from the last two sessions.
    let last_day = now.date_naive();
    assert!(
        times[..KEEP_LATEST]
            .iter()
            .all(|t| (last_day - t.date_naive()).num_days() <= 1)
    );
    // Beyond them: exactly one per day, each its day's last save, none older than 14 days.
    let older = &times[KEEP_LATEST..];
    for t in older {
        assert!(now - *t < Duration::days(KEEP_DAYS), "{t}");
        assert_eq!(t.time(), (t0() + Duration::minutes(50)).time(), "{t}");
    }
    let mut days: Vec<_> = older.iter().map(|t| t.date_naive()).collect();
    days.dedup();
    assert_eq!(days.len(), older.len());
    // 14 days back from the last session, minus the last day and the one before it
    // (already among the newest ten).
    assert_eq!(older.len(), KEEP_DAYS as usize - 2);
}

// ---------------------------------------------------------------------------------------------
// Files that cannot be read

/// Each kind of unreadable file, and what the error must say about it.
fn unreadable_files() -> Vec<(&'static str, Vec<u8>)> {
    let good = fs::read(fixture("workspace-v1.json")).unwrap();
    let good_text = String::from_utf8(good.clone()).unwrap();
    let mut not_utf8 = good.clone();
    let at = good_text.find("Mette").unwrap();
    not_utf8[at] = 0xff;
    vec![
        ("garbage", b"Det her er ikke JSON\n".to_vec()),
        ("truncated", good[..good.len() / 3].to_vec()),
        ("empty", Vec::new()),
        (
            "wrong types",
            good_text
                .replace("\"weekly_hours\": 37.0", "\"weekly_hours\": \"fuld tid\"")
                .into_bytes(),
        ),
        ("invalid utf-8", not_utf8),
        (
            "newer schema",
            good_text
                .replace("\"schema_version\": 1,", "\"schema_version\": 99,")
                .into_bytes(),
        ),
    ]
}

#[test]
fn test_each_kind_of_unreadable_file_gives_a_clear_error_naming_the_file() {
    let (_dir, store) = store();
    let path = store.workspace_path("x");
    for (kind, bytes) in unreadable_files() {
        fs::write(&path, &bytes).unwrap();
        let err = store.load("x").unwrap_err();
        let da = err.to_string();
        let en = err.message(Lang::En);
        assert!(da.contains(&path.display().to_string()), "{kind}: {da}");
        assert!(en.contains(&path.display().to_string()), "{kind}: {en}");
        assert!(!da.contains('\n'), "{kind}: {da}");
        match kind {
            "newer schema" => {
                assert!(
                    matches!(
                        err,
                        StoreError::NewerSchema {
                            found: 99,
                            known: mandat::model::SCHEMA_VERSION,
                            ..
                        }
                    ),
                    "{err:?}"
                );
                assert!(da.contains(&format!(
                    "nyere udgave af mandat (filformat 99; denne udgave kender {})",
                    mandat::model::SCHEMA_VERSION
                )));
                assert!(da.contains("opdater mandat; filen er ikke ændret"), "{da}");
            }
            _ => {
                let StoreError::Unreadable { problem, .. } = &err else {
                    panic!("{kind}: {err:?}");
                };
                let expected = match kind {
                    "garbage" => matches!(problem, ReadProblem::Json { line: 1, .. }),
                    "truncated" => matches!(problem, ReadProblem::Truncated { .. }),
                    "empty" => *problem == ReadProblem::Empty,
                    "wrong types" => matches!(problem, ReadProblem::Json { line, .. } if *line > 1),
                    "invalid utf-8" => matches!(problem, ReadProblem::NotUtf8 { .. }),
                    _ => unreachable!(),
                };
                assert!(expected, "{kind}: {problem:?}");
                assert!(da.contains("filen er ikke ændret"), "{da}");
                assert!(da.contains("mandat --workspace x restore"), "{da}");
            }
        }
    }
}

#[test]
fn test_a_wrong_type_is_reported_with_line_column_and_what_was_expected() {
    let (_dir, store) = store();
    let (_, bytes) = unreadable_files().remove(3);
    fs::write(store.workspace_path("x"), bytes).unwrap();
    let message = store.load("x").unwrap_err().to_string();
    assert!(
        message.contains("linje 15, kolonne 21: feltet «weekly_hours»: forventede et tal, men fandt teksten «fuld tid»"),
        "{message}"
    );
}

#[test]
fn test_save_never_overwrites_a_file_it_cannot_read() {
    let (_dir, store) = store();
    let path = store.workspace_path("x");
    for (kind, bytes) in unreadable_files() {
        fs::write(&path, &bytes).unwrap();
        let err = store.save(&workspace("x", "X")).unwrap_err();
        match kind {
            "newer schema" => assert!(matches!(err, StoreError::NewerSchema { .. }), "{err:?}"),
            _ => {
                assert!(
                    matches!(err, StoreError::WontOverwrite { .. }),
                    "{kind}: {err:?}"
                );
                assert!(err.to_string().contains(&path.display().to_string()));
            }
        }
        assert_eq!(fs::read(&path).unwrap(), bytes, "{kind}: bytes changed");
        assert!(store.backups("x").unwrap().is_empty(), "{kind}");
        assert_eq!(
            file_names(&store.workspaces_dir()),
            vec!["x.json"],
            "{kind}"
        );
    }
}

#[test]
fn test_a_file_over_64_mb_is_refused_unread_and_left_alone() {
    let (_dir, store) = store();
    let path = store.workspace_path("x");
    let file = fs::File::create(&path).unwrap();
    file.set_len(65 * 1024 * 1024).unwrap();
    drop(file);
    let err = store.load("x").unwrap_err();
    assert!(err.to_string().contains("64 MB"), "{err}");
    assert!(matches!(
        store.save(&workspace("x", "X")),
        Err(StoreError::WontOverwrite { .. })
    ));
    assert_eq!(fs::metadata(&path).unwrap().len(), 65 * 1024 * 1024);
}

#[test]
fn test_save_file_also_refuses_to_overwrite_an_unreadable_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mit.json");
    fs::write(&path, b"{ halv").unwrap();
    let err = save_file(&path, &workspace("x", "X")).unwrap_err();
    assert!(matches!(err, StoreError::WontOverwrite { id: None, .. }));
    assert_eq!(fs::read(&path).unwrap(), b"{ halv");
    let err = load_file(&path).unwrap_err();
    assert!(err.to_string().contains("ret filen"), "{err}");
}

#[test]
fn test_load_file_and_save_file_work_on_any_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("netvaerk.json");
    let ws = workspace("andet-id", "X");
    save_file(&path, &ws).unwrap();
    assert_eq!(load_file(&path).unwrap(), ws);
    assert_eq!(file_names(dir.path()), vec!["netvaerk.json"]);
}

// ---------------------------------------------------------------------------------------------
// Restore

#[test]
fn test_restore_puts_a_backup_back_and_keeps_the_broken_file_beside_it() {
    let (_dir, store) = store();
    let ws = workspace("x", "X");
    store.save_at(&ws, t0()).unwrap();
    store
        .save_at(&edited(&ws, "senere"), t0() + Duration::minutes(5))
        .unwrap();
    let path = store.workspace_path("x");
    fs::write(&path, b"{\"schema_version\": 1, \"id\": ").unwrap();
    let backup = store.backups("x").unwrap().remove(0);
    let now = t0() + Duration::hours(1);
    let kept = store.restore_at("x", &backup, now).unwrap().unwrap();
    assert_eq!(store.load("x").unwrap(), ws);
    assert_eq!(
        kept,
        store
            .workspaces_dir()
            .join("x.broken-20270111T090000000.json")
    );
    assert_eq!(
        fs::read(&kept).unwrap(),
        b"{\"schema_version\": 1, \"id\": "
    );
    // The kept copy is not a workspace of its own.
    let listed = store.list().unwrap();
    assert_eq!(listed.len(), 1);
    assert!(matches!(&listed[0], Listed::Ok(s) if s.id == "x"));
}

#[test]
fn test_the_last_good_backup_skips_backups_that_cannot_be_read() {
    let (_dir, store) = store();
    let ws = workspace("x", "X");
    assert_eq!(store.last_good_backup("x").unwrap(), None);
    store.save_at(&ws, t0()).unwrap();
    store
        .save_at(&edited(&ws, "b"), t0() + Duration::minutes(5))
        .unwrap();
    store
        .save_at(&edited(&ws, "c"), t0() + Duration::minutes(10))
        .unwrap();
    let backups = store.backups("x").unwrap();
    assert_eq!(backups.len(), 2);
    fs::write(&backups[0].path, b"").unwrap();
    assert_eq!(
        store.last_good_backup("x").unwrap(),
        Some(backups[1].clone())
    );
}

#[test]
fn test_restore_refuses_a_backup_it_cannot_read_and_changes_nothing() {
    let (_dir, store) = store();
    let ws = workspace("x", "X");
    store.save_at(&ws, t0()).unwrap();
    store
        .save_at(&edited(&ws, "b"), t0() + Duration::minutes(5))
        .unwrap();
    let backup = store.backups("x").unwrap().remove(0);
    fs::write(&backup.path, b"garbage").unwrap();
    let current = fs::read(store.workspace_path("x")).unwrap();
    let err = store.restore("x", &backup).unwrap_err();
    assert!(matches!(err, StoreError::BadBackup { .. }), "{err:?}");
    assert_eq!(fs::read(store.workspace_path("x")).unwrap(), current);
    assert_eq!(file_names(&store.workspaces_dir()), vec!["x.json"]);
}

// ---------------------------------------------------------------------------------------------
// The lock

#[test]
fn test_a_second_lock_on_the_same_workspace_is_refused_naming_our_process() {
    let (_dir, store) = store();
    let first = store.lock("x").unwrap();
    let err = store.lock("x").unwrap_err();
    match &err {
        StoreError::Locked { path, pid } => {
            assert_eq!(path, &store.lock_path("x"));
            if cfg!(unix) {
                assert_eq!(*pid, Some(std::process::id()));
            }
        }
        other => panic!("{other:?}"),
    }
    if cfg!(unix) {
        assert!(
            err.to_string()
                .contains(&format!("proces {}", std::process::id()))
        );
    }
    // Another workspace is not affected.
    let _other = store.lock("y").unwrap();
    drop(first);
    let _again = store.lock("x").unwrap();
}

#[test]
fn test_a_lock_file_left_by_a_dead_process_is_taken_over() {
    let (_dir, store) = store();
    fs::write(store.lock_path("x"), "4000000\n").unwrap();
    let lock = store.lock("x").unwrap();
    assert_eq!(lock.path(), store.lock_path("x"));
    let pid = fs::read_to_string(store.lock_path("x")).unwrap();
    assert_eq!(pid.trim(), std::process::id().to_string());
}

// ---------------------------------------------------------------------------------------------
// Ids, listing and the last used workspace

#[test]
fn test_new_ids_are_readable_slugs_numbered_on_clashes() {
    let (_dir, store) = store();
    assert_eq!(store.new_id("Ældre i eget hjem"), "aeldre-i-eget-hjem");
    assert_eq!(
        store.new_id("Børn og unge på Ærø"),
        "boern-og-unge-paa-aeroe"
    );
    assert_eq!(store.new_id("   "), "netvaerk");
    for expected in [
        "aeldre-i-eget-hjem",
        "aeldre-i-eget-hjem-2",
        "aeldre-i-eget-hjem-3",
    ] {
        let id = store.new_id("Ældre i eget hjem");
        assert_eq!(id, expected);
        store.create(&workspace(&id, "Ældre i eget hjem")).unwrap();
    }
}

#[test]
fn test_an_id_whose_backups_remain_is_not_reused() {
    let (_dir, store) = store();
    fs::create_dir_all(store.backups_dir("trivsel")).unwrap();
    assert_eq!(store.new_id("Trivsel"), "trivsel-2");
}

#[test]
fn test_list_shows_newest_first_and_unreadable_files_with_their_error() {
    let (_dir, store) = store();
    let mut old = workspace("gammel", "Gammel");
    old.updated_at = t0();
    let mut new = workspace("ny", "Ny");
    new.updated_at = t0() + Duration::days(3);
    store.save(&old).unwrap();
    store.save(&new).unwrap();
    fs::write(store.workspace_path("ødelagt"), b"[").unwrap();
    fs::write(store.workspaces_dir().join("noter.txt"), b"x").unwrap();
    fs::write(store.workspaces_dir().join(".skjult.json"), b"x").unwrap();
    let _lock = store.lock("ny").unwrap();
    let listed = store.list().unwrap();
    let ids: Vec<String> = listed
        .iter()
        .map(|l| match l {
            Listed::Ok(s) => s.id.clone(),
            Listed::Broken { path, .. } => format!("broken:{}", path.display()),
        })
        .collect();
    assert_eq!(
        ids,
        vec![
            "ny".to_string(),
            "gammel".to_string(),
            format!("broken:{}", store.workspace_path("ødelagt").display())
        ]
    );
    let Listed::Ok(summary) = &listed[0] else {
        unreachable!()
    };
    assert_eq!(summary.name, "Ny");
    assert_eq!(summary.leader_name, "Mette Sørensen");
    assert_eq!(summary.network_type, NetworkType::Velfaerd);
    assert_eq!(summary.path, store.workspace_path("ny"));
    let Listed::Broken { error, .. } = &listed[2] else {
        unreachable!()
    };
    assert!(matches!(error, StoreError::Unreadable { .. }));
}

#[test]
fn test_the_last_used_workspace_is_remembered() {
    let (_dir, store) = store();
    assert_eq!(store.last_used(), None);
    store.save(&workspace("x", "X")).unwrap();
    store.set_last_used("x").unwrap();
    assert_eq!(store.last_used(), Some("x".to_string()));
    // Reopening the same folder sees it too.
    let again = Store::open(Some(store.data_dir().to_path_buf())).unwrap();
    assert_eq!(again.last_used(), Some("x".to_string()));
    fs::remove_file(store.workspace_path("x")).unwrap();
    assert_eq!(store.last_used(), None);
}

#[test]
fn test_a_broken_state_file_only_forgets_the_last_used_workspace() {
    let (_dir, store) = store();
    store.save(&workspace("x", "X")).unwrap();
    fs::write(store.data_dir().join("state.json"), b"\xff\xfe").unwrap();
    assert_eq!(store.last_used(), None);
    store.set_last_used("x").unwrap();
    assert_eq!(store.last_used(), Some("x".to_string()));
}

// ---------------------------------------------------------------------------------------------
// Migrations: one fixture per version

#[test]
fn test_version_0_and_version_1_fixtures_load_to_the_same_workspace() {
    let v0 = load_file(&fixture("workspace-v0.json")).unwrap();
    let v1 = load_file(&fixture("workspace-v1.json")).unwrap();
    assert_eq!(v0, v1);
    assert_eq!(v1.name, "Ældre i eget hjem");
    assert_eq!(v1.settings.handout_working_days_before, 7);
    assert_eq!(v1.meetings.len(), 3);
}

#[test]
fn test_a_version_1_file_loads_as_the_version_2_fixture_without_its_new_parts() {
    let v1 = load_file(&fixture("workspace-v1.json")).unwrap();
    let mut v2 = load_file(&fixture("workspace-v2.json")).unwrap();
    assert_eq!(v2.time_log.len(), 2);
    assert_eq!(
        v2.codriver_aid.chosen_candidate().map(|c| c.name.as_str()),
        Some("Ahmed Yilmaz")
    );
    assert!(v2.meetings[0].bring_up.contains("pl-tid-1"));
    // Version 1 had none of these; everything else is the same workspace.
    v2.time_log = Default::default();
    v2.codriver_aid = Default::default();
    v2.meetings[0].bring_up.clear();
    assert_eq!(v1, v2);
}

#[test]
fn test_the_version_2_fixture_is_exactly_what_save_writes() {
    let dir = tempfile::tempdir().unwrap();
    let ws = load_file(&fixture("workspace-v2.json")).unwrap();
    let out = dir.path().join("out.json");
    save_file(&out, &ws).unwrap();
    assert_eq!(
        fs::read_to_string(&out).unwrap(),
        fs::read_to_string(fixture("workspace-v2.json")).unwrap()
    );
}

#[test]
fn test_saving_a_migrated_workspace_writes_the_current_version_and_keeps_the_old_file() {
    let (_dir, store) = store();
    let v0_bytes = fs::read(fixture("workspace-v0.json")).unwrap();
    fs::write(store.workspace_path("aeldre"), &v0_bytes).unwrap();
    let ws = store.load("aeldre").unwrap();
    store.save_at(&ws, t0()).unwrap();
    let saved = fs::read_to_string(store.workspace_path("aeldre")).unwrap();
    assert!(saved.starts_with(&format!(
        "{{\n  \"schema_version\": {},",
        mandat::model::SCHEMA_VERSION
    )));
    let backups = store.backups("aeldre").unwrap();
    assert_eq!(fs::read(&backups[0].path).unwrap(), v0_bytes);
}

#[test]
fn test_a_file_changed_behind_the_store_s_back_after_its_own_save_is_checked_again() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(Some(dir.path().to_path_buf())).unwrap();
    let ws = workspace("tema", "Tema");
    store.create(&ws).unwrap();
    store.save(&edited(&ws, "første")).unwrap();
    // Someone damages the file the store itself wrote a moment ago.
    let path = store.workspace_path("tema");
    fs::write(&path, "{ \"schema_version\": 1, \"id\": ").unwrap();
    let err = store.save(&edited(&ws, "anden")).unwrap_err();
    assert!(matches!(err, StoreError::WontOverwrite { .. }), "{err}");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        "{ \"schema_version\": 1, \"id\": "
    );
}

#[test]
fn test_each_save_keeps_the_version_before_as_a_backup() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(Some(dir.path().to_path_buf())).unwrap();
    let ws = workspace("tema", "Tema");
    store.create(&ws).unwrap();
    store.save(&edited(&ws, "første")).unwrap();
    store.save(&edited(&ws, "anden")).unwrap();
    let loaded = store.load("tema").unwrap();
    assert_eq!(
        loaded.meetings[0].reflection.answers["pl-tid-1"].text,
        "anden"
    );
    let backups = store.backups("tema").unwrap();
    let newest = store.load_backup(&backups[0]).unwrap();
    assert_eq!(
        newest.meetings[0].reflection.answers["pl-tid-1"].text,
        "første"
    );
}
