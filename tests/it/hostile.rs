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
            let pointer = &objects[at(i, objects.len())];
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
                    let line = e.to_string();
                    prop_assert!(!line.contains('\n'), "more than one line: {}", line);
                    let bad = forbidden_chars(&line);
                    prop_assert!(bad.is_empty(), "{:?} reach the terminal: {:?}", bad, line);
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

// ---------------------------------------------------------------------------------------------
// Hostile text through the real binary

/// Everything a paste or a mischievous file can put in a text field: screen-clearing and
/// title-setting escape sequences, an 8-bit CSI, NUL, backspace, DEL, a carriage return,
/// bidirectional overrides and isolates, markup, quotes, ampersands, an emoji family.
const NASTY: &str = "Før\u{1b}[2J\u{1b}]0;hacked\u{7}efter \u{0}nul \u{8}bs \u{7f}del \u{9b}31m \
                     rå\rretur \u{202e}tfel\u{202c} \u{2066}isoleret\u{2069} \
                     <script>alert('x')</script> <img src=x onerror=alert(1)> \
                     \"citat\" 'enkelt' R&D &amp; 👩‍👩‍👧‍👦🙂 æøå";

/// A single word longer than any line.
fn long_word() -> String {
    "Netværksledelsesudviklingsforløb".repeat(320)
}

fn nasty(label: &str) -> String {
    format!("{label}: {NASTY} {}", long_word())
}

/// A workspace with hostile text in every field a user can fill, dated so every brief has a
/// meeting ahead.
fn hostile_workspace(id: &str) -> mandat::model::Workspace {
    use mandat::flow::agreement::{AgreementState, FieldText};
    use mandat::flow::handout::{Channel, HandoutState};
    use mandat::flow::reflection::{Answer, AnswerStatus};
    use mandat::planner::WeekOverride;
    let content = Content::embedded().expect("built-in content");
    let mut ws = crate::support::workspace(id, &nasty("Navn"));
    ws.leader_name = nasty("Leder");
    ws.plan.settings.overrides.push(WeekOverride {
        iso_year: 2027,
        iso_week: 10,
        network_hours: 20.0,
        note: nasty("Note"),
    });
    for (i, m) in ws.meetings.iter_mut().enumerate() {
        m.person_name = nasty("Person");
        m.date = Some(crate::support::date(2027, 1, 20 + i as u32));
        m.topics = vec![nasty("Emne"), long_word()];
        m.handout = HandoutState::HandedOut {
            prepared_on: Some(crate::support::date(2027, 1, 5)),
            handed_out_on: crate::support::date(2027, 1, 6),
            channel: Channel::Email,
        };
        for q in content.questions(m.counterpart) {
            m.reflection.answers.insert(
                q.id.clone(),
                Answer {
                    text: format!("{}\nanden linje {NASTY}\n\n{}", nasty("Svar"), long_word()),
                    status: AnswerStatus::Answered,
                    cursor: None,
                },
            );
        }
        if let Some(template) = content.agreement(m.counterpart) {
            for f in &template.fields {
                m.agreement.fields.insert(
                    f.id.clone(),
                    FieldText {
                        proposal: nasty("Forslag"),
                        agreed: nasty("Aftalt"),
                    },
                );
            }
        }
        m.agreement.state = AgreementState::Ready {
            ready_on: crate::support::date(2027, 1, 10),
        };
        m.private_notes = format!("HEMMELIG-NOTE {NASTY}");
    }
    ws
}

fn env_with(ws: &mandat::model::Workspace) -> crate::support::Env {
    let env = crate::support::Env::new();
    let store = mandat::store::Store::open(Some(env.data())).expect("open the store");
    store.save(ws).expect("save");
    store.set_last_used(&ws.id).expect("last used");
    env
}

fn assert_fits_80_columns(what: &str, text: &str) {
    use unicode_width::UnicodeWidthStr;
    for line in text.lines() {
        assert!(
            line.width() <= 80,
            "{what}: a line of {} columns: {line:?}",
            line.width()
        );
    }
}

fn assert_safe_html(what: &str, html: &str) {
    crate::support::assert_clean_text(what, html);
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "{what}: raw <script");
    assert!(!lower.contains("<img"), "{what}: raw <img");
    assert!(!html.contains("R&D"), "{what}: a raw &");
    assert!(!html.contains("\"citat\""), "{what}: raw quotes");
    assert!(
        html.contains("R&amp;D"),
        "{what}: the text is there, escaped"
    );
}

#[test]
fn test_escape_sequences_and_markup_in_user_text_never_reach_the_output() {
    let ws = hostile_workspace("fjendtlig");
    let env = env_with(&ws);
    for lang in ["da", "en"] {
        for what in ["personaleleder", "referenceleder", "co-driver", "all"] {
            let text = env.ok(&["--lang", lang, "summary", "--meeting", what]);
            let label = format!("summary {what} text {lang}");
            crate::support::assert_clean_text(&label, &text);
            assert_fits_80_columns(&label, &text);
            assert!(
                !text.contains("HEMMELIG-NOTE"),
                "{label}: private notes printed"
            );
            assert!(text.contains("R&D"), "{label}: the user's text is there");

            let md = env.ok(&[
                "--lang",
                lang,
                "summary",
                "--meeting",
                what,
                "--format",
                "md",
            ]);
            crate::support::assert_clean_text(&format!("summary {what} md {lang}"), &md);
            assert!(!md.contains("HEMMELIG-NOTE"));

            let html = env.ok(&[
                "--lang",
                lang,
                "summary",
                "--meeting",
                what,
                "--format",
                "html",
            ]);
            assert_safe_html(&format!("summary {what} html {lang}"), &html);
            assert!(!html.contains("HEMMELIG-NOTE"));
        }
        for who in ["personaleleder", "referenceleder", "co-driver"] {
            let label = format!("pamphlet {who} {lang}");
            let text = env.ok(&["--lang", lang, "pamphlet", "--for", who]);
            crate::support::assert_clean_text(&label, &text);
            assert_fits_80_columns(&label, &text);
            let md = env.ok(&["--lang", lang, "pamphlet", "--for", who, "--format", "md"]);
            crate::support::assert_clean_text(&label, &md);
            let html = env.ok(&["--lang", lang, "pamphlet", "--for", who, "--format", "html"]);
            assert_safe_html(&label, &html);
            assert!(!format!("{text}{md}{html}").contains("HEMMELIG-NOTE"));
        }
        let plan = env.ok(&["--lang", lang, "plan"]);
        crate::support::assert_clean_text(&format!("plan {lang}"), &plan);
        for format in ["csv", "ics"] {
            let out = env.ok(&["--lang", lang, "plan", "--format", format]);
            let out = out.replace("\r\n", "\n");
            crate::support::assert_clean_text(&format!("plan {format} {lang}"), &out);
        }
        // JSON is data for other programs: the user's note is kept, with the C0 controls
        // (escape, NUL, bell, carriage return …) written as JSON escapes, never raw.
        let json = env.ok(&["--lang", lang, "plan", "--format", "json"]);
        let raw_c0: Vec<char> = json.chars().filter(|&c| c < ' ' && c != '\n').collect();
        assert!(raw_c0.is_empty(), "plan json {lang}: raw {raw_c0:?}");
        let value: Value = serde_json::from_str(&json).expect("plan json is JSON");
        assert!(value.to_string().contains("R&D"), "the note is kept");
        let list = env.ok(&["--lang", lang, "list"]);
        crate::support::assert_clean_text(&format!("list {lang}"), &list);
    }
}

#[test]
fn test_private_notes_are_printed_only_when_asked_and_then_cleaned_too() {
    let ws = hostile_workspace("privat");
    let env = env_with(&ws);
    for format in ["text", "md", "html"] {
        let without = env.ok(&["summary", "--meeting", "all", "--format", format]);
        assert!(!without.contains("HEMMELIG-NOTE"), "{format}");
        let with = env.ok(&[
            "summary",
            "--meeting",
            "all",
            "--format",
            format,
            "--include-private",
        ]);
        assert!(
            with.contains("HEMMELIG-NOTE"),
            "{format}: asked for, so printed"
        );
        crate::support::assert_clean_text(&format!("private {format}"), &with);
        if format == "html" {
            assert_safe_html("private html", &with);
        }
    }
}

#[test]
fn test_a_one_megabyte_answer_is_printed_without_trouble() {
    use mandat::flow::reflection::{Answer, AnswerStatus};
    let mut ws = crate::support::workspace("stor-tekst", "Stor tekst");
    let content = Content::embedded().expect("built-in content");
    let questions = content.questions(mandat::vocab::Counterpart::Personaleleder);
    let words = "Et ord og et andet ord, æøå og 🙂 — ".repeat(1024 * 1024 / 40);
    let one_word = "x".repeat(1024 * 1024);
    let lines = "kort linje\n".repeat(1024 * 1024 / 11);
    for (q, text) in questions.iter().zip([words, one_word, lines]) {
        ws.meetings[0].reflection.answers.insert(
            q.id.clone(),
            Answer {
                text,
                status: AnswerStatus::Answered,
                cursor: None,
            },
        );
    }
    ws.meetings[0].date = Some(crate::support::date(2027, 1, 20));
    let env = env_with(&ws);
    let text = env.ok(&["summary", "--meeting", "personaleleder"]);
    assert!(text.len() > 3 * 1024 * 1024, "all of it is printed");
    assert_fits_80_columns("1 MB answer", &text);
    let html = env.ok(&["summary", "--meeting", "personaleleder", "--format", "html"]);
    assert!(html.len() > 3 * 1024 * 1024);
    env.ok(&["pamphlet", "--for", "personaleleder"]);
}

#[test]
fn test_a_fifty_megabyte_save_file_is_read_or_refused_clearly() {
    use mandat::flow::reflection::{Answer, AnswerStatus};
    use mandat::vocab::Counterpart;
    let content = Content::embedded().expect("built-in content");
    let mut ws = crate::support::workspace("kaempe", "Kæmpe");
    let page = "Et langt svar, der fylder godt op i filen. ".repeat(1000);
    for n in 0..120u32 {
        let counterpart = Counterpart::ALL[n as usize % 3];
        let meeting = ws.add_meeting(counterpart).id.clone();
        let m = ws.meeting_mut(&meeting).expect("just added");
        m.date = Some(crate::support::date(2026, 1, 5) + chrono::Days::new(u64::from(n) * 3));
        for q in content.questions(counterpart) {
            m.reflection.answers.insert(
                q.id.clone(),
                Answer {
                    text: page.clone(),
                    status: AnswerStatus::Answered,
                    cursor: None,
                },
            );
        }
    }
    let env = crate::support::Env::new();
    let store = mandat::store::Store::open(Some(env.data())).expect("open the store");
    store.save(&ws).expect("save");
    let size = fs::metadata(store.workspace_path("kaempe"))
        .expect("saved")
        .len();
    assert!(size > 40 * 1024 * 1024, "only {size} bytes");

    let out = env.run(&["--workspace", "kaempe", "summary", "--meeting", "all"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.status.success() {
        assert!(String::from_utf8_lossy(&out.stdout).contains("Kæmpe"));
    } else {
        crate::support::assert_one_mandat_line(&stderr);
        assert!(stderr.contains("kaempe.json"), "{stderr}");
    }
    let list = env.ok(&["list"]);
    assert!(list.contains("kaempe"), "{list}");
}

#[test]
fn test_a_save_file_over_the_limit_is_refused_in_one_line_and_left_alone() {
    let env = crate::support::Env::new();
    let id = env.new_workspace("Enorm");
    let path = env.workspace_file(&id);
    let file = fs::File::options().write(true).open(&path).expect("open");
    file.set_len(mandat::store::MAX_FILE_BYTES + 1)
        .expect("grow");
    drop(file);
    for args in [
        &["summary", "--meeting", "all"][..],
        &["pamphlet", "--for", "co-driver"][..],
        &["plan"][..],
    ] {
        let err = env.fails(args);
        assert!(err.contains(&path.display().to_string()), "{err}");
        assert!(err.contains("64 MB"), "{err}");
    }
    assert_eq!(
        fs::metadata(&path).expect("still there").len(),
        mandat::store::MAX_FILE_BYTES + 1
    );
}

#[test]
fn test_a_content_file_that_is_not_utf8_is_named_with_its_line() {
    let env = crate::support::Env::new();
    let dir = env.dir.path().join("indhold");
    write_embedded_to(&dir).expect("export");
    let file = dir.join("questions.json");
    let mut bytes = fs::read(&file).expect("read");
    let at = bytes.iter().position(|&b| b == b'\n').expect("a line") + 3;
    bytes.insert(at, 0xff);
    fs::write(&file, &bytes).expect("write");
    let dir_arg = dir.display().to_string();
    let out = env.run(&["content", "check", &dir_arg]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("questions.json:2:"), "{stderr}");
    assert!(stderr.contains("UTF-8"), "{stderr}");
    let err = env.fails(&[
        "--content",
        &dir_arg,
        "plan",
        "--course",
        "velfaerd",
        "--start",
        "2027-01-04",
    ]);
    assert!(err.contains("questions.json"), "{err}");
}
