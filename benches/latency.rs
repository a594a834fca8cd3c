//! Percentiles for the budgets that are about the slowest frames rather than the average:
//! drawing each screen at 200×60 (p99 under 1 ms), a key press plus its frame in the reflection
//! editor with a 20,000-character answer (under 2 ms) and planning five years (under 1 ms).
//!
//! `cargo bench --bench latency` prints one Markdown table; `BENCHMARKS.md` quotes it.
//! Each case is warmed up, then timed one call at a time.
//!
//! The machine is shared (two cores, other builds running), and a run that loses the CPU to
//! another program measures that program. So each case is timed in rounds until a round is
//! quiet — the scheduler took the CPU away in at most 1 % of its runs (the thread's
//! involuntary context switches, which the timings do not influence) — and that round is
//! reported; after `ROUNDS` rounds without a quiet one, the quietest is reported and marked.

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

use std::hint::black_box;
use std::time::{Duration, Instant};

use common::*;
use mandat::model::Workspace;
use sessions::*;

const WARM_UP: usize = 50;
const RUNS: usize = 2_000;
const ROUNDS: usize = 6;

struct Stats {
    median: Duration,
    p99: Duration,
    max: Duration,
    /// Times the scheduler took the CPU away during the timed runs (other programs on the
    /// machine); when this is more than 1 % of the runs, the p99 measures them, not us.
    preempted: Option<u64>,
}

/// Involuntary context switches of this thread so far (Linux; `None` elsewhere).
fn preemptions() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/thread-self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("nonvoluntary_ctxt_switches:"))?
        .trim()
        .parse()
        .ok()
}

fn measure(mut f: impl FnMut()) -> Stats {
    for _ in 0..WARM_UP {
        f();
    }
    let before = preemptions();
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    let preempted = before.zip(preemptions()).map(|(b, a)| a.saturating_sub(b));
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    Stats {
        median: at(0.5),
        p99: at(0.99),
        max: times[times.len() - 1],
        preempted,
    }
}

/// Rounds of `measure` until one is quiet; returns it and how many rounds it took.
fn measure_quiet(mut f: impl FnMut()) -> (Stats, usize) {
    let quiet = (RUNS / 100) as u64;
    let mut best: Option<Stats> = None;
    for round in 1..=ROUNDS {
        let stats = measure(&mut f);
        let preempted = stats.preempted.unwrap_or(0);
        if stats.preempted.is_none() || preempted <= quiet {
            return (stats, round);
        }
        if best
            .as_ref()
            .is_none_or(|b| preempted < b.preempted.unwrap_or(u64::MAX))
        {
            best = Some(stats);
        }
    }
    (best.expect("at least one round"), ROUNDS)
}

fn us(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1e6)
}

fn row(case: &str, budget: Duration, (s, rounds): &(Stats, usize)) {
    let quiet = s.preempted.is_none_or(|n| n <= (RUNS / 100) as u64);
    // A slow p99 over a fast median in a round that lost the CPU often says more about the
    // machine than about the code.
    let verdict = if s.p99 < budget {
        "ok"
    } else if !quiet && s.median < budget {
        "MISSED (machine busy)"
    } else {
        "MISSED"
    };
    let preempted = s
        .preempted
        .map(|n| n.to_string())
        .unwrap_or_else(|| "?".into());
    println!(
        "| {case} | {} | {} | {} | {preempted} | {rounds} | < {} | {verdict} |",
        us(s.median),
        us(s.p99),
        us(s.max),
        us(budget)
    );
}

fn screens(label: &str, ws: &Workspace) {
    for name in std::iter::once("first_run").chain(SCREENS.iter().map(|(n, _)| *n)) {
        let dir = tempfile::tempdir().expect("temp dir");
        let session = session_at(dir.path(), ws, content(), name);
        let mut terminal = terminal();
        let stats = measure_quiet(|| draw(&mut terminal, &session));
        row(
            &format!("render {name} ({label})"),
            Duration::from_millis(1),
            &stats,
        );
    }
}

fn typing(label: &str, mut session: tui::Session) {
    let mut terminal = terminal();
    draw(&mut terminal, &session);
    let mut i = 0;
    let stats = measure_quiet(|| {
        key(&mut session, typing_key(i));
        i += 1;
        draw(&mut terminal, &session);
    });
    row(
        &format!("key + render, {label}"),
        Duration::from_millis(2),
        &stats,
    );
}

fn main() {
    let content = content();
    let big = big_workspace(&content, BIG);
    println!("{RUNS} timed runs per case, after {WARM_UP} to warm up.");
    println!();
    println!("| case | median µs | p99 µs | max µs | preempted | round | budget µs | |");
    println!("|---|---:|---:|---:|---:|---:|---:|---|");

    screens("demo workspace", &demo_workspace());
    screens("120 meetings", &big);

    let dir = tempfile::tempdir().expect("temp dir");
    typing(
        "20,000-character answer",
        long_answer_session(dir.path(), content.clone()),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    typing(
        "answer in the 5 MB workspace",
        session_at(dir.path(), &big, content.clone(), "reflection_editor"),
    );

    // Where the time of the slow cases goes.
    let dir = tempfile::tempdir().expect("temp dir");
    let mut session = long_answer_session(dir.path(), content.clone());
    let mut i = 0;
    let stats = measure_quiet(|| {
        key(&mut session, typing_key(i));
        i += 1;
    });
    row(
        "(the key alone, 20,000-character answer)",
        Duration::from_millis(2),
        &stats,
    );
    let mut terminal = terminal();
    let stats = measure_quiet(|| draw(&mut terminal, &session));
    row(
        "(the frame alone, 20,000-character answer)",
        Duration::from_millis(1),
        &stats,
    );

    let course = five_year_course();
    let settings = five_year_settings();
    let meetings = five_year_meetings();
    let stats = measure_quiet(|| {
        black_box(mandat::planner::plan(&course, &settings, &meetings));
    });
    row(
        "plan a five-year course (260 weeks)",
        Duration::from_millis(1),
        &stats,
    );
}
