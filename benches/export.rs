//! Every brief format for the large workspace (120 meetings, 80 answers each): one meeting's
//! brief, the three current meetings (`summary --meeting all`), and all 120.
//! `cargo bench --bench export`.

mod common;

use common::*;
use divan::Bencher;
use mandat::export::{self, DocFormat, brief};
use mandat::vocab::Counterpart;
use mandat::vocab::Lang;

fn main() {
    divan::main();
}

const FORMATS: &[&str] = &["text", "md", "html"];

fn format(name: &str) -> DocFormat {
    match name {
        "md" => DocFormat::Md,
        "html" => DocFormat::Html,
        _ => DocFormat::Text,
    }
}

/// One brief of the personaleleder (the longest: it carries the plan), built and rendered.
#[divan::bench(args = FORMATS)]
fn one_brief(bencher: Bencher, name: &str) {
    let content = content();
    let ws = big_workspace(&content, BIG);
    let meeting = ws.meeting("personaleleder-1").expect("meeting");
    let f = format(name);
    bencher.bench(|| {
        let doc = brief::build(&ws, meeting, &content, Lang::Da, today(), false);
        export::render(&doc, f)
    });
}

/// The current meeting of each counterpart, as one document.
#[divan::bench(args = FORMATS)]
fn summary_all(bencher: Bencher, name: &str) {
    let content = content();
    let ws = big_workspace(&content, BIG);
    let f = format(name);
    bencher.bench(|| {
        let docs: Vec<_> = Counterpart::ALL
            .iter()
            .filter_map(|c| ws.current_meeting(*c, today()))
            .map(|m| brief::build(&ws, m, &content, Lang::Da, today(), false))
            .collect();
        export::render_many(&docs, f)
    });
}

/// Every one of the 120 meetings' briefs.
#[divan::bench(args = FORMATS, sample_count = 20)]
fn all_120_briefs(bencher: Bencher, name: &str) {
    let content = content();
    let ws = big_workspace(&content, BIG);
    let f = format(name);
    bencher.bench(|| {
        ws.meetings
            .iter()
            .map(|m| export::render(&brief::build(&ws, m, &content, Lang::Da, today(), true), f))
            .map(|s| s.len())
            .sum::<usize>()
    });
}
