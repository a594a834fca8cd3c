//! Saving and loading a 5 MB workspace. `cargo bench --bench store`.
//!
//! Every save changes the workspace first: the store rightly skips a save that would write
//! the same bytes.

mod common;

use common::*;
use divan::Bencher;

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn save_5mb(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut ws = big_workspace(&content(), BIG);
    let store = store_with(dir.path(), &ws);
    let size = std::fs::metadata(store.workspace_path(&ws.id))
        .map(|m| m.len())
        .unwrap_or(0);
    assert!(size >= 5_000_000, "about 5 MB: {size}");
    let mut n = 0u64;
    bencher.bench_local(|| {
        n += 1;
        if let Some(m) = ws.meetings.first_mut() {
            m.private_notes = format!("ændring nummer {n}");
        }
        store.save(&ws).expect("saves");
    });
}

/// The part of a save the terminal program does on its own thread before handing over to the
/// saver: making the bytes.
#[divan::bench(sample_count = 30, sample_size = 1)]
fn prepare_5mb(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = big_workspace(&content(), BIG);
    let store = store_with(dir.path(), &ws);
    bencher.bench_local(|| store.prepare(&ws).expect("prepares"));
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn load_5mb(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = big_workspace(&content(), BIG);
    let store = store_with(dir.path(), &ws);
    bencher.bench(|| store.load(BIG_ID).expect("loads"));
}
