//! Random key presses through the whole terminal program (issue 5): 10,000 events a run, from
//! the demo workspace, with saves as the real loop makes them. Nothing may panic, every frame
//! draws, and the saved file always reads back.

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
