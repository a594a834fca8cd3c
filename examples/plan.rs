//! Builds a velfærdsnetværk plan through the library and prints it, the way the command line's
//! `mandat plan --course velfaerd --start 2027-01-04` does.
//!
//! Run with `cargo run --example plan` (optionally `-- 2027-08-16 30` for a start date and
//! weekly hours).

use chrono::NaiveDate;
use mandat::content::Content;
use mandat::export;
use mandat::planner::{self, PlanSettings, Vacation};
use mandat::vocab::Lang;

fn main() {
    let mut args = std::env::args().skip(1);
    let start = args
        .next()
        .and_then(|s| mandat::dates::parse_date(&s))
        .unwrap_or_else(|| NaiveDate::from_ymd_opt(2027, 1, 4).expect("valid date"));
    let hours = args.next().and_then(|s| s.parse().ok()).unwrap_or(37.0);

    let content = match Content::embedded() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("the embedded content is invalid:\n{e}");
            std::process::exit(1);
        }
    };
    let Some(course) = content.course("velfaerd") else {
        eprintln!("the content has no velfaerd course");
        std::process::exit(1);
    };

    let mut settings = PlanSettings::new(&course.id, start);
    settings.weekly_hours = hours;
    // Three weeks of summer holiday, weeks 28–30 of the start year.
    let year = start.format("%G").to_string().parse().unwrap_or(2027);
    if let (Some(first), Some(last)) = (
        NaiveDate::from_isoywd_opt(year, 28, chrono::Weekday::Mon),
        NaiveDate::from_isoywd_opt(year, 30, chrono::Weekday::Sun),
    ) {
        settings.vacations.push(Vacation { first, last });
    }

    let plan = planner::plan(course, &settings, &[]);
    print!("{}", export::plan::text(&plan, course, &content, Lang::Da));
}
