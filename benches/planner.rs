//! Planning a five-year course (about 260 working weeks) with vacations, overrides, local days
//! off and 130 meeting dates. `cargo bench --bench planner`.

mod common;

use common::*;
use divan::Bencher;

fn main() {
    divan::main();
}

#[divan::bench]
fn plan_five_year_course(bencher: Bencher) {
    let course = five_year_course();
    let weeks: u32 = course.phases.iter().map(|p| p.weeks).sum();
    assert!((250..=270).contains(&weeks), "about five years: {weeks}");
    let settings = five_year_settings();
    let meetings = five_year_meetings();
    bencher.bench(|| mandat::planner::plan(&course, &settings, &meetings));
}

/// The large workspace's own plan (the shipped velfærd course), as the brief and the plan
/// screen compute it.
#[divan::bench]
fn workspace_plan_big(bencher: Bencher) {
    let content = content();
    let ws = big_workspace(&content, BIG);
    bencher.bench(|| ws.plan_weeks(&content));
}
