//! After the meeting, on the command line: `mandat log` lists and records the network hours
//! used per week, `mandat report` sets them against the plan (SPEC §5). Recording writes
//! through the store under the workspace's lock, as `pamphlet` does; a file given with
//! `--file` is only ever read.

use std::path::Path;

use chrono::{NaiveDate, Utc};
use unicode_width::UnicodeWidthStr;

use mandat::export::report::{self, ReportFormat};
use mandat::model::Workspace;
use mandat::planner::Plan;
use mandat::planner::usage::{IsoWeek, LogEntry, Side, Usage, compare};
use mandat::text::format::{self, number, number_fixed, week_range};
use mandat::text::report as r;
use mandat::vocab::Lang;

use super::commands::{
    Context, Failure, Result, check_output, deliver_bytes, load_content, open_store,
    read_workspace, store_failure, workspace_id,
};

/// What `mandat log --week …` changes.
#[derive(Debug, Clone, PartialEq)]
pub enum LogChange {
    Record {
        week: IsoWeek,
        hours: f64,
        secretariat_days: Option<u8>,
        note: Option<String>,
    },
    Clear {
        week: IsoWeek,
    },
}

/// The whole line is at most this wide.
const WIDTH: usize = 80;
const GAP: &str = "  ";

/// The plan of a workspace, or one line saying its course is unknown.
fn plan_of(ws: &Workspace, content: &mandat::content::Content, lang: Lang) -> Result<Plan> {
    ws.plan_weeks(content).map_err(|_| {
        Failure::new(
            report::ReportError::UnknownCourse(ws.plan.settings.course_id.clone()).message(lang),
        )
    })
}

/// `mandat log`: the plan's weeks up to this week (or the latest logged week, if later), each
/// with planned, used, the difference and the note; a week without an entry has empty cells.
/// Then entries outside the plan, and a total line.
pub fn list_log(ctx: &Context) -> Result<()> {
    let lang = ctx.lang;
    let content = load_content(ctx)?;
    let ws = read_workspace(ctx)?;
    let plan = plan_of(&ws, &content, lang)?;
    let latest_logged = ws
        .time_log
        .iter()
        .map(|(week, _)| week.sunday())
        .filter(|sunday| {
            plan.last_monday()
                .is_some_and(|m| *sunday <= m + chrono::Duration::days(6))
        })
        .max();
    let until = latest_logged.map_or(ctx.today, |d| d.max(ctx.today));
    let usage = compare(&plan, &ws.time_log, until, ws.plan.settings.ceiling_hours);
    print!("{}", log_table(&usage, lang));
    Ok(())
}

/// The log as lines of at most 80 columns.
fn log_table(usage: &Usage, lang: Lang) -> String {
    let headers = [
        r::LOG_COL_WEEK,
        r::LOG_COL_PLANNED,
        r::LOG_COL_USED,
        r::LOG_COL_DIFFERENCE,
        r::LOG_COL_NOTE,
    ]
    .map(|m| m.get(lang).to_string());
    let mut rows: Vec<[String; 5]> = usage
        .weeks
        .iter()
        .map(|w| {
            [
                r::week(lang, w.week),
                number_fixed(w.planned_hours, lang),
                w.used_hours
                    .map(|u| number_fixed(u, lang))
                    .unwrap_or_default(),
                w.difference_hours
                    .map(|d| r::signed_fixed(lang, d))
                    .unwrap_or_default(),
                format::clean_line(&w.note),
            ]
        })
        .collect();
    rows.extend(usage.outside_plan.iter().map(|e| {
        let side = match e.side {
            Side::BeforePlan => r::BEFORE_PLAN,
            Side::AfterPlan => r::AFTER_PLAN,
        };
        [
            r::log_outside_plan(lang, &r::week(lang, e.week), side.get(lang)),
            String::new(),
            number_fixed(e.hours, lang),
            String::new(),
            format::clean_line(&e.note),
        ]
    }));
    let t = &usage.to_date;
    let total = [
        r::LOG_TOTAL.get(lang).to_string(),
        number_fixed(t.planned_hours, lang),
        number_fixed(t.used_hours, lang),
        r::signed_fixed(lang, t.difference_hours),
        r::logged_of(lang, t.logged_weeks, t.weeks),
    ];
    let mut widths = headers.clone().map(|h| h.width());
    for row in rows.iter().chain(std::iter::once(&total)) {
        for (w, cell) in widths.iter_mut().zip(row.iter()).take(4) {
            *w = (*w).max(cell.width());
        }
    }
    // The note takes what is left of the line; a long one is cut, the figures never are.
    let used: usize = widths[..4].iter().sum::<usize>() + 4 * GAP.len();
    widths[4] = WIDTH.saturating_sub(used).max(8);
    let line = |cells: &[String; 5]| {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let w = widths[i];
            let cell = if i == 4 || i == 0 {
                format::truncate(cell, w)
            } else {
                cell.clone()
            };
            let fill = " ".repeat(w.saturating_sub(cell.width()));
            if i == 0 || i == 4 {
                out.push_str(&cell);
                out.push_str(&fill);
            } else {
                out.push_str(&fill);
                out.push_str(&cell);
            }
            out.push_str(GAP);
        }
        out.trim_end().to_string()
    };
    let mut out = Vec::new();
    if usage.weeks.is_empty() && usage.outside_plan.is_empty() {
        out.push(r::LOG_NO_WEEKS.get(lang).to_string());
    } else {
        out.push(line(&headers));
        out.push(
            widths
                .iter()
                .map(|w| "-".repeat(*w))
                .collect::<Vec<_>>()
                .join(GAP),
        );
        out.extend(rows.iter().map(&line));
        out.push(line(&total));
    }
    if t.logged_weeks == 0 && usage.outside_plan.is_empty() {
        out.push(String::new());
        out.push(r::LOG_HOW.get(lang).to_string());
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// `mandat log --week … --hours …` or `--clear`: one change, saved under the lock.
pub fn change_log(ctx: &Context, change: LogChange) -> Result<()> {
    let lang = ctx.lang;
    if ctx.file.is_some() {
        return Err(Failure::usage(r::LOG_NOT_WITH_FILE.get(lang)));
    }
    let content = load_content(ctx)?;
    let store = open_store(ctx)?;
    let id = workspace_id(ctx, &store)?;
    let _lock = store.lock(&id).map_err(store_failure(lang))?;
    let mut ws = store.load(&id).map_err(store_failure(lang))?;
    let said = match change {
        LogChange::Record {
            week,
            hours,
            secretariat_days,
            note,
        } => {
            let plan = plan_of(&ws, &content, lang)?;
            let Some(row) = plan.week(week.year(), week.week()) else {
                return Err(Failure::new(outside_plan(&plan, week, lang)));
            };
            let mut entry = LogEntry::new(hours).with_note(note.unwrap_or_default());
            if let Some(days) = secretariat_days {
                entry = entry.with_secretariat_days(days);
            }
            ws.time_log
                .record(week, entry)
                .map_err(|e| Failure::usage(r::log_error(lang, &e)))?;
            let (shown, hours, planned) = (
                r::week(lang, week),
                number(hours, lang),
                number(row.network_hours, lang),
            );
            match secretariat_days {
                Some(1) => r::log_recorded_one_day(lang, &shown, &hours, &planned),
                Some(days) => r::log_recorded_days(lang, &shown, &hours, &planned, days),
                None => r::log_recorded(lang, &shown, &hours, &planned),
            }
        }
        LogChange::Clear { week } => {
            if !ws.time_log.clear(week) {
                println!("{}", r::log_nothing_to_clear(lang, &r::week(lang, week)));
                return Ok(());
            }
            r::log_cleared(lang, &r::week(lang, week))
        }
    };
    ws.updated_at = Utc::now();
    store.save(&ws).map_err(store_failure(lang))?;
    println!("{said}");
    Ok(())
}

/// "uge 40 2029 ligger uden for planen (uge 1 2027–uge 34 2027) …".
fn outside_plan(plan: &Plan, week: IsoWeek, lang: Lang) -> String {
    match (plan.first_monday(), plan.last_monday()) {
        (Some(first), Some(last)) => {
            r::week_outside_plan(lang, &r::week(lang, week), &week_range(first, last, lang))
        }
        _ => r::WEEK_PLAN_HAS_NO_WEEKS.get(lang).to_string(),
    }
}

/// `mandat report`: the plan against use, up to `--until` (today by default).
pub fn report(
    ctx: &Context,
    format: ReportFormat,
    output: Option<&Path>,
    until: Option<NaiveDate>,
    open: bool,
) -> Result<()> {
    let lang = ctx.lang;
    check_output(ctx, output, open, format == ReportFormat::Xlsx)?;
    let content = load_content(ctx)?;
    let ws = read_workspace(ctx)?;
    let bytes = report::render(&ws, &content, lang, format, until.unwrap_or(ctx.today))
        .map_err(|e| Failure::new(e.message(lang)))?;
    // In the documents folder (with --open) the report is named after the network.
    let name = crate::tui::documents::file_name(&[&ws.id, "tidsforbrug"], format.extension());
    deliver_bytes(ctx, &bytes, output, open, &name)
}
