//! Hostile input (issue "Never lose a word", point 5): bytes that are not what they should be,
//! escape sequences and markup in user text, enormous answers and save files. Nothing panics
//! or hangs; every problem is one clear line; nothing from a file reaches the terminal raw.

use std::fs;
use std::path::{Path, PathBuf};

use crate::support::forbidden_chars;
use mandat::content::{Content, FILE_NAMES, write_embedded_to};
use mandat::store::{StoreError, load_file, save_file};
use mandat::vocab::Lang;
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

// ---------------------------------------------------------------------------------------------
// Random damage to a file

/// One way a file gets damaged: by a disk, a mail program, an editor or a person.
#[derive(Debug, Clone)]
enum Damage {
    Cut(Index),
    Delete(Index, usize),
    Insert(Index, Vec<u8>),
    Flip(Index, u8),
    /// A value anywhere in the JSON replaced by a value of any type.
    Value(Index, Value),
    /// A key anywhere in the JSON renamed.
    Key(Index, String),
}

/// JSON values that trip up readers: wrong types, extremes, escapes, markup.
fn nasty_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        Just(Value::from(u64::MAX)),
        any::<f64>().prop_map(Value::from),
        Just(Value::from(1e308)),
        Just(Value::from(-0.0)),
        Just(Value::from("")),
        Just(Value::from("\u{1b}[2J\u{1b}]0;x\u{7}")),
        Just(Value::from("\u{202e}tfel-ot-thgir\u{202c}")),
        Just(Value::from("<script>alert(1)</script>")),
        Just(Value::from("2027-13-45")),
        Just(Value::from("velfaerd")),
        Just(Value::from("x".repeat(5000))),
        any::<String>().prop_map(Value::from),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..3).prop_map(Value::from),
            proptest::collection::btree_map("[a-z_]{1,8}", inner, 0..3)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        1 => any::<Index>().prop_map(Damage::Cut),
        1 => (any::<Index>(), 1usize..64).prop_map(|(i, n)| Damage::Delete(i, n)),
        1 => (any::<Index>(), proptest::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(i, b)| Damage::Insert(i, b)),
        1 => (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Damage::Flip(i, b)),
        3 => (any::<Index>(), nasty_value()).prop_map(|(i, v)| Damage::Value(i, v)),
        1 => (any::<Index>(), prop_oneof![Just("schema_version".to_string()), "[a-z_]{1,12}", "\\PC{1,6}"])
            .prop_map(|(i, k)| Damage::Key(i, k)),
    ]
}

/// Every JSON pointer in a value, the root included.
fn pointers(value: &Value, here: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let key = k.replace('~', "~0").replace('/', "~1");
                pointers(v, format!("{here}/{key}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                pointers(v, format!("{here}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(here);
}

fn apply_damage(bytes: &mut Vec<u8>, damage: &Damage) {
    let at = |i: &Index, len: usize| if len == 0 { 0 } else { i.index(len) };
    match damage {
        Damage::Cut(i) => {
            let n = at(i, bytes.len());
            bytes.truncate(n);
        }
        Damage::Delete(i, n) => {
            let start = at(i, bytes.len());
            let end = (start + n).min(bytes.len());
            bytes.drain(start..end);
        }
        Damage::Insert(i, new) => {
            let start = at(i, bytes.len() + 1);
            bytes.splice(start..start, new.iter().copied());
        }
        Damage::Flip(i, b) => {
            if !bytes.is_empty() {
                let n = at(i, bytes.len());
                bytes[n] = *b;
            }
        }
        Damage::Value(i, new) => {
            let Ok(mut value) = serde_json::from_slice::<Value>(bytes) else {
                return;
            };
            let mut all = Vec::new();
            pointers(&value, String::new(), &mut all);
            let pointer = &all[at(i, all.len())];
            if let Some(slot) = value.pointer_mut(pointer) {
                *slot = new.clone();
            }
            *bytes = serde_json::to_vec_pretty(&value).unwrap_or_default();
        }
        Damage::Key(i, new) => {
            let Ok(mut value) = serde_json::from_slice::<Value>(bytes) else {
                return;
            };
            let mut objects = Vec::new();
            pointers(&value, String::new(), &mut objects);
            objects.retain(|p| value.pointer(p).is_some_and(Value::is_object));
            // An earlier damage may have replaced the whole file by a value with no object in it.
            let Some(pointer) = objects.get(at(i, objects.len())) else {
                return;
            };
            if let Some(Value::Object(map)) = value.pointer_mut(pointer)
                && !map.is_empty()
            {
                let key = map
                    .keys()
                    .nth(at(i, map.len()))
                    .cloned()
                    .unwrap_or_default();
                if let Some(v) = map.remove(&key) {
                    map.insert(new.clone(), v);
                }
            }
            *bytes = serde_json::to_vec_pretty(&value).unwrap_or_default();
        }
    }
}

/// A message about a file: one line, naming it, with nothing from the file that could steer
/// a terminal.
fn assert_clear_message(message: &str, file: &Path) {
    assert!(
        message.contains(&file.display().to_string()),
        "does not name {}: {message}",
        file.display()
    );
    assert!(!message.contains('\n'), "more than one line: {message}");
    let bad = forbidden_chars(message);
    assert!(bad.is_empty(), "{bad:?} reach the terminal: {message:?}");
}

// ---------------------------------------------------------------------------------------------
// The save-file loader

/// Loads `bytes` as a save file: either a workspace that saves and reads back unchanged, or
/// a clear error, and the file is never touched.
fn check_save_file(bytes: &[u8]) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("arbejdsomraade.json");
    fs::write(&path, bytes).expect("write");
    match load_file(&path) {
        Ok(ws) => {
            let again = dir.path().join("igen.json");
            save_file(&again, &ws).expect("a workspace that was read can be saved");
            prop_assert_eq!(load_file(&again).expect("and read back"), ws);
        }
        Err(err) => {
            prop_assert!(
                matches!(
                    err,
                    StoreError::Unreadable { .. } | StoreError::NewerSchema { .. }
                ),
                "{:?}",
                err
            );
            for lang in [Lang::Da, Lang::En] {
                assert_clear_message(&err.message(lang), &path);
            }
            // Saving over it is refused, and the bytes stay as they were.
            let refused = save_file(&path, &crate::support::workspace("x", "X"));
            prop_assert!(refused.is_err(), "saved over a file it could not read");
            if let Err(e) = refused {
                assert_clear_message(&e.message(Lang::Da), &path);
            }
        }
    }
    prop_assert_eq!(fs::read(&path).expect("read"), bytes, "the file changed");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn test_any_bytes_as_a_save_file_give_a_workspace_or_one_clear_line(
        bytes in proptest::collection::vec(any::<u8>(), 0..600),
    ) {
        check_save_file(&bytes)?;
    }

    #[test]
    fn test_a_damaged_save_file_gives_a_workspace_or_one_clear_line(
        damages in proptest::collection::vec(damage(), 1..4),
    ) {
        let mut bytes = fs::read(fixture("workspace-v1.json")).expect("fixture");
        for d in &damages {
            apply_damage(&mut bytes, d);
        }
        check_save_file(&bytes)?;
    }

    #[test]
    fn test_a_damaged_old_save_file_gives_a_workspace_or_one_clear_line(
        damages in proptest::collection::vec(damage(), 1..3),
    ) {
        let mut bytes = fs::read(fixture("workspace-v0.json")).expect("fixture");
        for d in &damages {
            apply_damage(&mut bytes, d);
        }
        check_save_file(&bytes)?;
    }
}

// ---------------------------------------------------------------------------------------------
// The content loader

/// A content folder with the shipped files, reused by every case of a property.
struct ContentDir {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl ContentDir {
    fn new() -> ContentDir {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("indhold");
        write_embedded_to(&path).expect("export the content");
        ContentDir { _dir: dir, path }
    }

    /// Loads the folder with `file` replaced by `bytes`, then puts the shipped file back.
    fn check_with(&self, file: &str, bytes: &[u8]) -> Result<(), TestCaseError> {
        let target = self.path.join(file);
        let original = fs::read(&target).expect("read");
        fs::write(&target, bytes).expect("write");
        let result = Content::from_dir(&self.path);
        fs::write(&target, &original).expect("restore");
        match result {
            Ok(content) => {
                prop_assert!(!content.courses.is_empty() || file == "courses.json");
            }
            Err(errors) => {
                prop_assert!(!errors.is_empty(), "an error without a reason");
                for e in &errors {
                    prop_assert!(
                        FILE_NAMES.iter().any(|n| e.file.ends_with(n)),
                        "an error about no file: {}",
                        e
                    );
                    prop_assert!(e.line >= 1 && e.column >= 1, "no position: {}", e);
                    for lang in [Lang::Da, Lang::En] {
                        let line = e.message(lang);
                        let prefix = format!("{}:{}:{}: ", e.file, e.line, e.column);
                        prop_assert!(line.starts_with(&prefix), "no position: {}", line);
                        prop_assert!(!line.contains('\n'), "more than one line: {}", line);
                        let bad = forbidden_chars(&line);
                        prop_assert!(bad.is_empty(), "{:?} reach the terminal: {:?}", bad, line);
                    }
                }
            }
        }
        Ok(())
    }
}

fn content_file() -> impl Strategy<Value = &'static str> {
    proptest::sample::select(FILE_NAMES.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    #[test]
    fn test_any_bytes_as_a_content_file_give_content_or_file_line_column_errors(
        file in content_file(),
        bytes in proptest::collection::vec(any::<u8>(), 0..400),
    ) {
        thread_local!(static DIR: ContentDir = ContentDir::new());
        DIR.with(|dir| dir.check_with(file, &bytes))?;
    }

    #[test]
    fn test_a_damaged_content_file_gives_content_or_file_line_column_errors(
        file in content_file(),
        damages in proptest::collection::vec(damage(), 1..4),
    ) {
        thread_local!(static DIR: ContentDir = ContentDir::new());
        DIR.with(|dir| {
            let mut bytes = fs::read(dir.path.join(file)).expect("read");
            for d in &damages {
                apply_damage(&mut bytes, d);
            }
            dir.check_with(file, &bytes)
        })?;
    }
}

/// Every id, reference and choice in the shipped content (string values that are not a text
/// shown to the user), with its JSON pointer.
fn ids_and_choices(value: &Value, here: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                if k == "da" || k == "en" || k == "about" {
                    continue;
                }
                ids_and_choices(v, format!("{here}/{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                ids_and_choices(v, format!("{here}/{i}"), out);
            }
        }
        Value::String(_) => out.push(here),
        _ => {}
    }
}

/// Not random: every id and choice in every content file, one at a time, replaced by text
/// that would clear the screen and reverse the line if it reached the terminal; and an
/// unknown key with such a name in every object of the first entries.
#[test]
fn test_escape_sequences_in_content_ids_never_reach_an_error_message() {
    let dir = ContentDir::new();
    let hostile = "\u{1b}[2J\u{1b}]0;x\u{7}\u{202e}id";
    let mut checked = 0;
    for file in FILE_NAMES {
        let text = fs::read_to_string(dir.path.join(file)).expect("read");
        let value: Value = serde_json::from_str(&text).expect("json");
        let mut targets = Vec::new();
        ids_and_choices(&value, String::new(), &mut targets);
        for pointer in targets {
            let mut broken = value.clone();
            if let Some(slot) = broken.pointer_mut(&pointer) {
                *slot = Value::from(hostile);
            }
            let bytes = serde_json::to_vec_pretty(&broken).expect("json");
            dir.check_with(file, &bytes)
                .unwrap_or_else(|e| panic!("{file}{pointer}: {e}"));
            checked += 1;
        }
        let mut objects = Vec::new();
        pointers(&value, String::new(), &mut objects);
        objects.retain(|p| value.pointer(p).is_some_and(Value::is_object));
        for pointer in objects.iter().take(12) {
            let mut broken = value.clone();
            if let Some(Value::Object(map)) = broken.pointer_mut(pointer) {
                map.insert(hostile.to_string(), Value::from(1));
            }
            let bytes = serde_json::to_vec_pretty(&broken).expect("json");
            dir.check_with(file, &bytes)
                .unwrap_or_else(|e| panic!("{file}{pointer} key: {e}"));
            checked += 1;
        }
    }
    assert!(checked > 50, "only {checked} places checked");
}
