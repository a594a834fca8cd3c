//! Sessions of the terminal program for the benchmarks that include its source: the program
//! lives in the binary, so `benches/tui.rs` and `benches/latency.rs` compile `src/tui` into
//! themselves (`#[path]`), and these helpers drive it.
#![allow(dead_code)]

use std::path::Path;
use std::time::Instant;

use mandat::content::Content;
use mandat::model::Workspace;
use mandat::store::Store;
use mandat::vocab::Lang;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::common::*;
use crate::tui::Session;

pub fn session_on(dir: &Path, ws: &Workspace, content: Content) -> Session {
    let store = store_with(dir, ws);
    Session::start(store, content, Lang::Da, None, today()).expect("session starts")
}

pub fn key(session: &mut Session, code: KeyCode) {
    let event = Event::Key(KeyEvent::new_with_kind(
        code,
        KeyModifiers::NONE,
        KeyEventKind::Press,
    ));
    session.handle_event(&event, Instant::now());
}

pub fn keys(session: &mut Session, codes: &[KeyCode]) {
    for code in codes {
        key(session, *code);
    }
}

pub fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("test terminal")
}

/// One frame, the way the terminal loop draws it.
pub fn draw(terminal: &mut Terminal<TestBackend>, session: &Session) {
    terminal
        .draw(|frame| frame.render_widget(&session.app, frame.area()))
        .expect("draws");
}

pub fn screen_text(session: &Session) -> String {
    let mut t = terminal();
    draw(&mut t, session);
    t.backend().to_string()
}

/// The screens measured, and the keys from the dashboard (personaleleder selected) to each.
pub const SCREENS: &[(&str, &[KeyCode])] = &[
    ("dashboard", &[]),
    ("help", &[KeyCode::Char('?')]),
    ("workspaces", &[KeyCode::Char('w')]),
    ("meeting", &[KeyCode::Enter]),
    ("handout", &[KeyCode::Enter, KeyCode::Enter]),
    (
        "reflection",
        &[KeyCode::Enter, KeyCode::Down, KeyCode::Enter],
    ),
    (
        "reflection_editor",
        &[
            KeyCode::Enter,
            KeyCode::Down,
            KeyCode::Enter,
            KeyCode::Enter,
        ],
    ),
    (
        "agreement",
        &[KeyCode::Enter, KeyCode::Down, KeyCode::Down, KeyCode::Enter],
    ),
    ("export", &[KeyCode::Enter, KeyCode::Char('u')]),
    ("plan_review", &[KeyCode::Char('p')]),
];

/// Words each screen shows, to check the keys really led there.
pub fn screen_marker(name: &str) -> &'static str {
    match name {
        "dashboard" => "Næste skridt",
        "help" => "Hjælp",
        "workspaces" => "Dine netværk",
        "meeting" => "Pjece",
        "handout" => "Pjece",
        "reflection" | "reflection_editor" => "Refleksion",
        "agreement" => "Samarbejdsaftale",
        "export" => "Udskriv",
        "plan_review" => "Gennemgang",
        "first_run" => "Velkommen til mandat",
        _ => "",
    }
}

/// A session on `ws` showing the named screen (`first_run` needs no workspace).
pub fn session_at(dir: &Path, ws: &Workspace, content: Content, screen: &str) -> Session {
    if screen == "first_run" {
        let store = Store::open(Some(dir.to_path_buf())).expect("data dir");
        return Session::start(store, content, Lang::Da, None, today()).expect("session starts");
    }
    let mut session = session_on(dir, ws, content);
    let path = SCREENS
        .iter()
        .find(|(name, _)| *name == screen)
        .map(|(_, keys)| *keys)
        .unwrap_or_else(|| panic!("no screen called {screen}"));
    keys(&mut session, path);
    let text = screen_text(&session);
    assert!(
        text.contains(screen_marker(screen)),
        "expected the {screen} screen:\n{text}"
    );
    session
}

/// The demo workspace with a 20,000-character answer to the personaleleder's first question.
/// A session with the reflection editor open on the 20,000-character answer, cursor at its end.
pub fn long_answer_session(dir: &Path, content: Content) -> Session {
    let ws = workspace_with_long_answer(&content);
    let session = session_at(dir, &ws, content, "reflection_editor");
    let answer_len = session
        .app
        .workspace
        .as_ref()
        .and_then(|w| w.meeting("personaleleder-1"))
        .map(|m| {
            m.reflection
                .answers
                .values()
                .map(|a| a.text.chars().count())
                .max()
                .unwrap_or(0)
        })
        .unwrap_or(0);
    assert!(answer_len >= 20_000, "the long answer is in place");
    session
}

/// Iteration `i` of the typing benchmark: a letter, then a backspace, so the text keeps its
/// length however many iterations run.
pub fn typing_key(i: usize) -> KeyCode {
    if i.is_multiple_of(2) {
        KeyCode::Char('æ')
    } else {
        KeyCode::Backspace
    }
}
