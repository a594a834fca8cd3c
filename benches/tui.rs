//! The terminal program at 200×60: drawing each screen, and a key press plus the frame after it
//! in the reflection editor holding a 20,000-character answer.
//!
//! `cargo bench --bench tui`. Percentiles (the budget is on p99) come from
//! `cargo bench --bench latency`.

mod common;
#[path = "common/tui.rs"]
mod sessions;
// The terminal program lives in the binary; the benchmark compiles its source in.
#[path = "../src/signals.rs"]
#[allow(dead_code)]
mod signals;
#[path = "../src/tui/mod.rs"]
#[allow(dead_code, unused_imports)]
mod tui;

use common::*;
use divan::Bencher;
use sessions::*;

fn main() {
    divan::main();
}

const SCREEN_NAMES: &[&str] = &[
    "first_run",
    "dashboard",
    "help",
    "workspaces",
    "meeting",
    "handout",
    "reflection",
    "reflection_editor",
    "agreement",
    "export",
    "plan_review",
];

fn bench_screen(bencher: Bencher, ws: &mandat::model::Workspace, screen: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = session_at(dir.path(), ws, content(), screen);
    let mut terminal = terminal();
    bencher.bench_local(|| draw(&mut terminal, &session));
}

/// Each screen of the demo workspace, a typical network a few weeks in.
#[divan::bench(args = SCREEN_NAMES)]
fn render_demo_workspace(bencher: Bencher, screen: &str) {
    bench_screen(bencher, &demo_workspace(), screen);
}

/// Each screen of the large workspace (120 meetings, 80 answers each).
#[divan::bench(args = SCREEN_NAMES)]
fn render_big_workspace(bencher: Bencher, screen: &str) {
    let ws = big_workspace(&content(), BIG);
    bench_screen(bencher, &ws, screen);
}

/// One key (a letter, or the backspace that takes it away again) and the frame drawn after it.
#[divan::bench]
fn key_and_render_20k_answer(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut session = long_answer_session(dir.path(), content());
    let mut terminal = terminal();
    draw(&mut terminal, &session);
    let mut i = 0;
    bencher.bench_local(|| {
        key(&mut session, typing_key(i));
        i += 1;
        draw(&mut terminal, &session);
    });
}

/// The same in a meeting of the large workspace, where every change also refreshes the copy
/// of the whole workspace kept for the panic hook.
#[divan::bench]
fn key_and_render_big_workspace(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = big_workspace(&content(), BIG);
    let mut session = session_at(dir.path(), &ws, content(), "reflection_editor");
    let mut terminal = terminal();
    draw(&mut terminal, &session);
    let mut i = 0;
    bencher.bench_local(|| {
        key(&mut session, typing_key(i));
        i += 1;
        draw(&mut terminal, &session);
    });
}

/// The key press alone (no frame) in the 20,000-character answer, to tell the two apart.
#[divan::bench]
fn key_only_20k_answer(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut session = long_answer_session(dir.path(), content());
    let mut i = 0;
    bencher.bench_local(|| {
        key(&mut session, typing_key(i));
        i += 1;
    });
}

/// The frame alone with the editor open on the 20,000-character answer.
#[divan::bench]
fn render_only_20k_answer(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = long_answer_session(dir.path(), content());
    let mut terminal = terminal();
    bencher.bench_local(|| draw(&mut terminal, &session));
}
