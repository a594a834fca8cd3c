//! Random key presses through the whole terminal program (issue 5): 10,000 events a run, from
//! the demo workspace, with saves as the real loop makes them. Nothing may panic, every frame
//! draws, and the saved file always reads back. And the keys of the text fields: Ctrl+S and Tab
//! mean the same in every one (issue 12).

use std::path::Path;
use std::time::{Duration, Instant};

use super::support::*;
use crate::tui::Session;
use mandat::content::Content;
use mandat::store::Store;
use proptest::prelude::*;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

const DEMO_ID: &str = "demo-hverdagsliv";

fn key_event() -> impl Strategy<Value = Event> {
    let code = prop_oneof![
        6 => prop::sample::select(vec![
            KeyCode::Enter, KeyCode::Esc, KeyCode::Tab, KeyCode::BackTab, KeyCode::Up,
            KeyCode::Down, KeyCode::Left, KeyCode::Right, KeyCode::PageUp, KeyCode::PageDown,
            KeyCode::Home, KeyCode::End, KeyCode::Backspace, KeyCode::Delete, KeyCode::F(1),
        ]),
        // Every letter is a command somewhere (but u, which opens printing); digits and dashes
        // make dates.
        8 => prop::sample::select(
            "abdefgijklmnoprstwx+-?0123456789 æøå".chars().collect::<Vec<_>>()
        ).prop_map(KeyCode::Char),
        // Quitting is allowed now and then: the test starts the program again from the file.
        1 => Just(KeyCode::Char('q')),
    ];
    let modifiers = prop_oneof![
        20 => Just(KeyModifiers::NONE),
        2 => Just(KeyModifiers::SHIFT),
        1 => Just(KeyModifiers::CONTROL),
    ];
    let key = (code, modifiers).prop_map(|(code, modifiers)| {
        // Ctrl+C quits like q; keep Ctrl to the keys that edit (Ctrl+S, Ctrl+U, …).
        let code = match (code, modifiers) {
            (KeyCode::Char('c'), KeyModifiers::CONTROL) => KeyCode::Char('s'),
            (code, _) => code,
        };
        Event::Key(KeyEvent::new_with_kind(
            code,
            modifiers,
            KeyEventKind::Press,
        ))
    });
    let paste = "[a-zæøåÆØÅ0-9 ,.\n\t\u{1b}\\[\\]<>&\"'-]{0,200}".prop_map(Event::Paste);
    let release = Just(Event::Key(KeyEvent::new_with_kind(
        KeyCode::Char('q'),
        KeyModifiers::NONE,
        KeyEventKind::Release,
    )));
    prop_oneof![40 => key, 2 => paste, 1 => release, 1 => (0u16..300, 0u16..100).prop_map(|(w, h)| Event::Resize(w, h))]
}

fn start(dir: &Path) -> Session {
    let store = Store::open(Some(dir.to_path_buf())).expect("data dir");
    Session::start(
        store,
        Content::embedded().unwrap(),
        mandat::text::Lang::Da,
        None,
        today(),
    )
    .expect("the program starts on the saved workspace")
}

fn saved_file_reads_back(dir: &Path) {
    let store = Store::open(Some(dir.to_path_buf())).unwrap();
    // Whatever workspace the keys left open (they may have created others), all read back.
    for listed in store.list().unwrap() {
        if let mandat::store::Listed::Broken { path, error } = listed {
            panic!("{} does not read back: {}", path.display(), error);
        }
    }
    store.load(DEMO_ID).expect("the demo workspace reads back");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3, max_shrink_iters: 200, ..ProptestConfig::default() })]

    #[test]
    fn test_ten_thousand_random_events_never_panic_and_the_file_always_reads_back(
        events in prop::collection::vec(key_event(), 10_000)
    ) {
        let dir = tempfile::tempdir().unwrap();
        let workspaces = dir.path().join("workspaces");
        std::fs::create_dir_all(&workspaces).unwrap();
        let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo-velfaerd.json");
        std::fs::copy(demo, workspaces.join(format!("{DEMO_ID}.json"))).unwrap();

        // Random keys reach the export screen and edit its path: keep whatever they write inside
        // the temporary folder (relative paths land in the working folder; deleting back out of
        // a long absolute default would take hundreds of deletions in a row).
        std::env::set_current_dir(dir.path()).unwrap();
        let deep_exports = (0..8).fold(dir.path().to_path_buf(), |p, i| {
            p.join(format!("mappe-{i}-som-holder-eksporterne-langt-nede"))
        });
        let mut session = start(dir.path());
        session.app.export_dir = deep_exports.clone();
        let original = session.app.workspace.clone();
        let mut changed = false;
        let mut clock = Instant::now();
        for (i, event) in events.iter().enumerate() {
            clock += Duration::from_millis(120);
            session.handle_event(event, clock);
            session.tick(clock);
            changed |= session.app.workspace != original;
            // Wherever the keys lead, an open text field reads Ctrl+S and Tab as every other.
            if session.app.is_editing() {
                check_open_field(&session, "a field the random keys opened");
            }
            if i % 97 == 0 {
                let (w, h) = [(80, 24), (120, 40), (20, 5), (1, 1), (40, 12)][i % 5];
                draw(&session, w, h);
            }
            if !session.app.running {
                prop_assert!(!session.has_unsaved_changes(), "quitting saves");
                drop(session);
                saved_file_reads_back(dir.path());
                session = start(dir.path());
                session.app.export_dir = deep_exports.clone();
            }
        }
        session.save_now();
        prop_assert!(!session.has_unsaved_changes());
        // The walk really went into the screens and changed things, not just bounced off them.
        prop_assert!(changed, "10,000 random events changed nothing");
        drop(session);
        saved_file_reads_back(dir.path());
    }
}

// ---- Ctrl+S and Tab in every text field ------------------------------------------------------

use crate::tui::action::Action;
use crate::tui::keys::{Binding, Key};
use crate::tui::screen::ALL_KEY_TABLES;
use ratatui::crossterm::event::KeyCode::{BackTab, Down, Enter, Tab, Up};

/// What a table does with a key, if it names it.
fn action_of(table: &[Binding], key: Key) -> Option<Action> {
    table
        .iter()
        .flat_map(|b| b.keys.iter())
        .find(|(k, _)| *k == key)
        .map(|(_, a)| a.clone())
}

/// A table a text field reads its keys from: Enter makes a new line (text of several lines), or
/// Ctrl+S confirms (a one-line field or a small form).
fn edits_text(table: &[Binding]) -> bool {
    action_of(table, Key::plain(Enter)) == Some(Action::Type)
        || action_of(table, Key::ctrl('s')).is_some()
}

/// Ctrl+S keeps the text and leaves the field; Tab keeps it and goes to the next field, and
/// Shift+Tab, where a table has it, to the one before.
fn assert_text_keys(table: &[Binding], what: &str) {
    assert_eq!(
        action_of(table, Key::ctrl('s')),
        Some(Action::SaveField),
        "{what}: Ctrl+S"
    );
    assert_eq!(
        action_of(table, Key::plain(Tab)),
        Some(Action::NextField),
        "{what}: Tab"
    );
    if let Some(action) = action_of(table, Key::plain(BackTab)) {
        assert_eq!(action, Action::PrevField, "{what}: Shift+Tab");
    }
}

#[test]
fn test_ctrl_s_and_tab_mean_the_same_in_every_text_editing_key_table_of_every_screen() {
    let mut text_tables = 0;
    for (screen, tables) in ALL_KEY_TABLES {
        for (i, table) in tables.iter().enumerate() {
            if edits_text(table) {
                text_tables += 1;
                assert_text_keys(table, &format!("{screen}, table {i}"));
            }
        }
    }
    // The wizard, the plan, printing, the pamphlet's form, the reflection, the agreement's text
    // and form, the meeting's line and text, the co-driver's note and name, the time log.
    assert!(text_tables >= 12, "only {text_tables} text tables found");
}

/// Checks the keys of the field the session has open.
fn check_open_field(s: &Session, what: &str) {
    assert!(s.app.is_editing(), "{what}: no text field is open");
    let table = s.app.screen.keys(&s.app);
    assert!(
        edits_text(table),
        "{what}: the open field's table is not recognised as a text table"
    );
    assert_text_keys(table, what);
}

fn press(s: &mut Session, codes: &[KeyCode]) {
    for code in codes {
        key(s, *code);
    }
}

#[test]
fn test_every_text_field_the_program_opens_reads_ctrl_s_and_tab_alike() {
    use KeyCode::{Char, Esc};
    let dir = tempfile::tempdir().unwrap();
    let s = session(dir.path(), Content::embedded().unwrap());
    check_open_field(&s, "the first-run wizard");

    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, Enter); // the personaleleder's meeting
    for (letter, what) in [('e', "the person's name"), ('d', "the meeting date")] {
        key(&mut s, Char(letter));
        check_open_field(&s, what);
        key(&mut s, Esc);
    }
    press(&mut s, &[Down, Enter]);
    check_open_field(&s, "the topics on the pamphlet");
    press(&mut s, &[Esc, Down, Down, Down, Down, Enter]);
    check_open_field(&s, "the private notes");
    press(&mut s, &[Esc, Char('u'), Up]);
    check_open_field(&s, "the file name when printing");
    press(&mut s, &[Esc, Esc, Up, Up, Up, Up, Enter, Char('a')]);
    check_open_field(&s, "the hand-out form");
    press(&mut s, &[Esc, Esc, Down, Enter, Enter]);
    check_open_field(&s, "a reflection answer");
    press(&mut s, &[Esc, Esc, Down, Enter, Enter]);
    check_open_field(&s, "an agreement proposal");
    press(&mut s, &[Esc, KeyCode::Right, Enter]);
    check_open_field(&s, "an agreed text");
    press(&mut s, &[Esc, Char('r'), Char('i')]);
    check_open_field(&s, "the agreed form");
    press(&mut s, &[Esc, Esc, Esc]); // the dashboard

    press(&mut s, &[Char('t'), Enter, Up, Char('d')]);
    check_open_field(&s, "the time log's days at the secretariat");
    key(&mut s, Tab);
    check_open_field(&s, "the time log's note");
    press(&mut s, &[Esc, Esc]);

    press(&mut s, &[Char('p'), Enter, Enter]);
    check_open_field(&s, "the plan's start date");
    press(&mut s, &[Esc, Esc]);

    press(&mut s, &[Down, Down, Enter, Enter, Char('n')]);
    check_open_field(&s, "a co-driver candidate's name");
    type_text(&mut s, "Birgit");
    press(&mut s, &[Enter, Enter, Enter]);
    check_open_field(&s, "a note on a co-driver candidate");
}
