//! Writes the large workspace the benchmarks use — 120 meetings with 80 reflection answers
//! each, about 5 MB — as a save file, for measuring the whole program on it
//! (`scripts/measure-process.sh` does that).
//!
//! Run with `cargo run --release --example big_workspace -- big.json`.

#[path = "../benches/common/mod.rs"]
mod common;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let path = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("big.json"));
    let content = common::content();
    let ws = common::big_workspace(&content, common::BIG);
    if let Err(e) = mandat::store::save_file(&path, &ws) {
        eprintln!("big_workspace: {}", e.message(mandat::text::Lang::En));
        return ExitCode::FAILURE;
    }
    let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    let answers: usize = ws.meetings.iter().map(|m| m.reflection.answers.len()).sum();
    println!(
        "{}: {} meetings, {answers} answers, {bytes} bytes",
        path.display(),
        ws.meetings.len()
    );
    ExitCode::SUCCESS
}
