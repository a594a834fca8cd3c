//! After the meeting: the hours the network really took, set against the plan.
//!
//! The personaleleder and the leader agree how time use is followed (DOMAIN.md, time balance),
//! so the plan is not the end of the story: week by week the leader writes down the network
//! hours used, and the report, the dashboard and the follow-up brief compare them with the plan.
//! This module is that comparison and the log it reads, as plain data: no text a user reads is
//! made here, so the same figures can be worded in Danish or English, as a table, CSV or chart.
//!
//! Choices that shape the figures:
//!
//! - **A week without an entry is unknown, not zero.** Its used hours and difference are `None`.
//!   Only the running (cumulative) total counts it as 0, because a running total has to be a
//!   number; that is what the report's CSV promises too.
//! - **Figures are kept in whole tenths of an hour.** Every week's hours are rounded to a tenth
//!   (as [`round_tenth`] does) and summed as integers, so a total is exactly the sum of the rows
//!   a reader sees, however many weeks there are.
//! - **Nothing in the log is dropped or moved into the plan.** Entries for weeks before the
//!   plan starts or after it ends are listed apart; they never count as planned or as used
//!   "so far". Entries in the plan but after the report date are counted, not shown.
//! - **The log accepts only what a week can hold** when recording (half-hour steps up to 168
//!   hours, at most 7 days at the Sekretariat), but a saved log is read as it is, and a figure
//!   a hand-edited file got wrong is made safe where it is used, as the planner does with the
//!   plan's settings, rather than making the whole workspace unreadable.
//! - **Warnings point at a pattern, not a single week:** two weeks running above the ceiling,
//!   three weeks running with nothing logged, or more than 20 % off the plan once four weeks
//!   are logged. One heavy week, or a short start, is normal in a network.

use std::collections::{BTreeMap, BTreeSet, btree_map};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::calendar::monday_of;
use super::{Plan, WeekKind, round_tenth};

pub use super::week::IsoWeek;

/// No week has more hours than this.
pub const MAX_HOURS_IN_WEEK: f64 = 168.0;
/// No week has more days than this.
pub const MAX_SECRETARIAT_DAYS: u8 = 7;
/// Used hours so far more than this share off the plan warn …
pub const OFF_PLAN_PER_CENT: u32 = 20;
/// … once at least this many weeks are logged: a short start says little.
pub const OFF_PLAN_MIN_LOGGED_WEEKS: u32 = 4;
/// Weeks running above the ceiling before it warns.
pub const CEILING_RUN_WEEKS: usize = 2;
/// Weeks running without an entry before it warns.
pub const MISSING_RUN_WEEKS: usize = 3;

// ---------------------------------------------------------------------------------------------
// The log

/// What the leader recorded for one week.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogEntry {
    /// Network hours used, in half-hour steps.
    pub hours: f64,
    /// Days spent at the Sekretariat, if the leader noted them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secretariat_days: Option<u8>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl LogEntry {
    /// An entry of `hours`, with no Sekretariat days and no note.
    pub fn new(hours: f64) -> LogEntry {
        LogEntry {
            hours,
            secretariat_days: None,
            note: String::new(),
        }
    }

    pub fn with_secretariat_days(mut self, days: u8) -> LogEntry {
        self.secretariat_days = Some(days);
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> LogEntry {
        self.note = note.into();
        self
    }

    /// Whether a week can hold this entry; the first thing wrong, if not.
    pub fn check(&self) -> Result<(), LogError> {
        let hours = self.hours;
        if !hours.is_finite() {
            return Err(LogError::HoursNotANumber);
        }
        if hours < 0.0 {
            return Err(LogError::HoursNegative { hours });
        }
        if hours > MAX_HOURS_IN_WEEK {
            return Err(LogError::HoursAboveWeek {
                hours,
                max: MAX_HOURS_IN_WEEK,
            });
        }
        // Doubling is exact in binary, so this is an exact test for half-hour steps.
        if (hours * 2.0).fract() != 0.0 {
            return Err(LogError::HoursNotInHalfHours { hours });
        }
        if let Some(days) = self.secretariat_days
            && days > MAX_SECRETARIAT_DAYS
        {
            return Err(LogError::SecretariatDaysAboveWeek {
                days,
                max: MAX_SECRETARIAT_DAYS,
            });
        }
        Ok(())
    }
}

/// Why an entry was refused. Plain data: the wording is the caller's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LogError {
    /// Not a number, or infinite.
    HoursNotANumber,
    HoursNegative {
        hours: f64,
    },
    HoursAboveWeek {
        hours: f64,
        max: f64,
    },
    /// Hours are recorded in half-hour steps (9.5, not 9.3).
    HoursNotInHalfHours {
        hours: f64,
    },
    SecretariatDaysAboveWeek {
        days: u8,
        max: u8,
    },
}

/// The hours used, week by week. Saved as a JSON object keyed by week (`"2027-W12"`), earliest
/// week first.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TimeLog {
    entries: BTreeMap<IsoWeek, LogEntry>,
}

impl TimeLog {
    pub fn new() -> TimeLog {
        TimeLog::default()
    }

    /// Records `entry` for `week`, replacing an earlier entry for the same week. A refused
    /// entry leaves the log as it was. Surrounding spaces are taken off the note.
    pub fn record(&mut self, week: IsoWeek, entry: LogEntry) -> Result<(), LogError> {
        entry.check()?;
        let entry = LogEntry {
            // -0.0 is a valid 0 hours, but would be saved as "-0.0".
            hours: entry.hours + 0.0,
            secretariat_days: entry.secretariat_days,
            note: entry.note.trim().to_string(),
        };
        self.entries.insert(week, entry);
        Ok(())
    }

    /// Removes the week's entry; false if it had none.
    pub fn clear(&mut self, week: IsoWeek) -> bool {
        self.entries.remove(&week).is_some()
    }

    pub fn get(&self, week: IsoWeek) -> Option<&LogEntry> {
        self.entries.get(&week)
    }

    /// The entries, earliest week first.
    pub fn iter(&self) -> btree_map::Iter<'_, IsoWeek, LogEntry> {
        self.entries.iter()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl<'a> IntoIterator for &'a TimeLog {
    type Item = (&'a IsoWeek, &'a LogEntry);
    type IntoIter = btree_map::Iter<'a, IsoWeek, LogEntry>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

// ---------------------------------------------------------------------------------------------
// The comparison

/// One week of the plan, planned against used.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UsageWeek {
    pub week: IsoWeek,
    pub monday: NaiveDate,
    /// `None` in a week with no working days, which counts towards no phase.
    pub phase_id: Option<String>,
    pub kind: WeekKind,
    pub working_days: u8,
    /// The plan's network hours.
    pub planned_hours: f64,
    /// `None` when the week has no entry: unknown, not zero.
    pub used_hours: Option<f64>,
    /// Used − planned; `None` when the week has no entry.
    pub difference_hours: Option<f64>,
    /// Planned hours from the first week shown up to this one.
    pub cumulative_planned_hours: f64,
    /// Used hours from the first week shown up to this one; a week without an entry adds 0.
    pub cumulative_used_hours: f64,
    pub planned_secretariat_days: u8,
    pub used_secretariat_days: Option<u8>,
    pub note: String,
    /// Used hours above the ceiling agreed with the personaleleder.
    pub above_ceiling: bool,
    /// No entry for the week.
    pub missing: bool,
}

/// One phase, planned against used, over the weeks shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PhaseUsage {
    /// `None` gathers the weeks with no working days (vacation), which belong to no phase but
    /// may still have an entry; it comes last.
    pub phase_id: Option<String>,
    pub kind: WeekKind,
    pub weeks: u32,
    pub planned_hours: f64,
    /// The sum of the entries.
    pub used_hours: f64,
    pub difference_hours: f64,
    pub logged_weeks: u32,
    pub weeks_without_entry: u32,
}

/// The weeks shown, summed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ToDate {
    pub weeks: u32,
    pub planned_hours: f64,
    pub used_hours: f64,
    pub difference_hours: f64,
    /// The difference in per cent of the planned hours, to a tenth; `None` when nothing was
    /// planned.
    pub difference_per_cent: Option<f64>,
    /// Planned hours of the weeks that have an entry: what the used hours can fairly be
    /// measured against while some weeks are not logged yet.
    pub planned_hours_in_logged_weeks: f64,
    pub planned_secretariat_days: u32,
    pub used_secretariat_days: u32,
    pub logged_weeks: u32,
    /// Every week shown without an entry, vacation weeks included (the warning about missing
    /// entries passes those over).
    pub weeks_without_entry: u32,
    pub weeks_above_ceiling: u32,
}

/// Where the report date falls in the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Position {
    /// The plan has no weeks.
    NoWeeks,
    /// The plan starts after the report date's week.
    NotStarted {
        first_week: IsoWeek,
        weeks_to_start: u32,
    },
    /// Week `number` of `of` ("week 14 of 34"), counting every week of the plan.
    InPlan {
        number: u32,
        of: u32,
        /// The phase of that week; `None` in a week with no working days.
        phase_id: Option<String>,
        kind: WeekKind,
    },
    /// The plan ended before the report date's week.
    Over {
        last_week: IsoWeek,
        weeks_since_end: u32,
    },
}

/// Which side of the plan an entry outside it falls on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    BeforePlan,
    AfterPlan,
}

/// A log entry for a week the plan does not have. Shown apart; never counted as planned.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutsideEntry {
    pub week: IsoWeek,
    pub side: Side,
    pub hours: f64,
    pub secretariat_days: Option<u8>,
    pub note: String,
}

/// Above or below the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Above,
    Below,
}

/// A pattern in the time use worth raising with the personaleleder. Plain data: the wording is
/// the caller's.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum UsageWarning {
    /// Used hours above the ceiling in two or more weeks running; `weeks` names them all.
    AboveCeilingWeeksRunning { weeks: Vec<IsoWeek>, ceiling: f64 },
    /// Three or more weeks with working days running without an entry; `weeks` names them all
    /// (weeks with no working days in between are passed over, not counted).
    WeeksWithoutEntry { weeks: Vec<IsoWeek> },
    /// Used hours more than 20 % off the planned hours of the logged weeks, once at least four
    /// weeks are logged. `per_cent` is the size of the difference, to a tenth.
    OffPlan {
        direction: Direction,
        per_cent: f64,
        planned_hours: f64,
        used_hours: f64,
        logged_weeks: u32,
    },
}

/// The plan set against the log, up to a report date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Usage {
    /// The report date; the week that contains it is the last week shown.
    pub until: NaiveDate,
    /// When set, only the weeks after the week of this date are shown (time use since the
    /// last meeting), and every total and warning is over those weeks alone.
    pub since: Option<NaiveDate>,
    /// The ceiling the weeks were held against, if any.
    pub ceiling: Option<f64>,
    /// The plan's weeks up to the report date, earliest first.
    pub weeks: Vec<UsageWeek>,
    /// Per phase, in the plan's order, for the phases among the weeks shown.
    pub phases: Vec<PhaseUsage>,
    pub to_date: ToDate,
    pub position: Position,
    /// Entries for weeks the plan does not have, earliest first.
    pub outside_plan: Vec<OutsideEntry>,
    /// Entries for weeks of the plan after the report date: counted, not shown.
    pub entries_after_until: u32,
    /// Run warnings in week order, the warning about the total last.
    pub warnings: Vec<UsageWarning>,
}

/// The dashboard's one line: planned and used so far, and the latest week in it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct VarianceLine {
    pub planned_hours: f64,
    pub used_hours: f64,
    pub difference_hours: f64,
    pub difference_per_cent: Option<f64>,
    /// The latest week included in the figures.
    pub last_week: Option<VarianceWeek>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct VarianceWeek {
    pub week: IsoWeek,
    pub planned_hours: f64,
    pub used_hours: Option<f64>,
}

/// Compares the plan with the log for every week of the plan up to and including the week that
/// contains `until`. `ceiling` is the most network hours a week agreed with the personaleleder.
pub fn compare(plan: &Plan, log: &TimeLog, until: NaiveDate, ceiling: Option<f64>) -> Usage {
    let ceiling = ceiling.filter(|c| c.is_finite()).map(|c| c.max(0.0));
    let until_monday = monday_of(until);

    let weeks: Vec<UsageWeek> = plan
        .weeks
        .iter()
        .take_while(|w| w.monday <= until_monday)
        .map(|w| {
            let week = IsoWeek::of(w.monday);
            let entry = log.get(week);
            let used = entry.map(|e| usable_tenths(e.hours));
            UsageWeek {
                week,
                monday: w.monday,
                phase_id: w.phase_id.clone(),
                kind: w.kind,
                working_days: w.working_days,
                planned_hours: hours(tenths(w.network_hours)),
                used_hours: used.map(hours),
                difference_hours: None,
                cumulative_planned_hours: 0.0,
                cumulative_used_hours: 0.0,
                planned_secretariat_days: w.secretariat_days,
                used_secretariat_days: entry
                    .and_then(|e| e.secretariat_days)
                    .map(|d| d.min(MAX_SECRETARIAT_DAYS)),
                note: entry.map(|e| e.note.clone()).unwrap_or_default(),
                above_ceiling: matches!((used, ceiling), (Some(u), Some(c)) if hours(u) > c),
                missing: entry.is_none(),
            }
        })
        .collect();

    let plan_weeks: BTreeSet<IsoWeek> = plan.weeks.iter().map(|w| IsoWeek::of(w.monday)).collect();
    let first_monday = plan.first_monday().unwrap_or_else(|| monday_of(plan.start));
    let outside_plan = log
        .iter()
        .filter(|(week, _)| !plan_weeks.contains(week))
        .map(|(week, entry)| OutsideEntry {
            week: *week,
            side: if week.monday() < first_monday {
                Side::BeforePlan
            } else {
                Side::AfterPlan
            },
            hours: hours(usable_tenths(entry.hours)),
            secretariat_days: entry.secretariat_days.map(|d| d.min(MAX_SECRETARIAT_DAYS)),
            note: entry.note.clone(),
        })
        .collect();
    let entries_after_until = log
        .iter()
        .filter(|(week, _)| plan_weeks.contains(week) && week.monday() > until_monday)
        .count() as u32;

    Usage::from_weeks(
        until,
        None,
        ceiling,
        weeks,
        position(plan, until_monday),
        outside_plan,
        entries_after_until,
    )
}

/// The comparison for a follow-up meeting: the weeks after the week of `previous_meeting` up
/// to the week of `until`, with their own totals and warnings.
pub fn compare_since(
    plan: &Plan,
    log: &TimeLog,
    previous_meeting: NaiveDate,
    until: NaiveDate,
    ceiling: Option<f64>,
) -> Usage {
    compare(plan, log, until, ceiling).since(previous_meeting)
}

impl Usage {
    /// The same comparison restricted to the weeks after the week that contains
    /// `previous_meeting`: that week was the latest one the last meeting could see. Running
    /// totals, phases, totals and warnings start afresh; the position in the plan stays.
    pub fn since(&self, previous_meeting: NaiveDate) -> Usage {
        let since = match self.since {
            Some(earlier) => earlier.max(previous_meeting),
            None => previous_meeting,
        };
        let after = monday_of(since);
        let weeks = self
            .weeks
            .iter()
            .filter(|w| w.monday > after)
            .cloned()
            .collect();
        let outside_plan = self
            .outside_plan
            .iter()
            .filter(|e| e.week.monday() > after)
            .cloned()
            .collect();
        Usage::from_weeks(
            self.until,
            Some(since),
            self.ceiling,
            weeks,
            self.position.clone(),
            outside_plan,
            self.entries_after_until,
        )
    }

    /// Planned and used so far, for the dashboard.
    pub fn variance_line(&self) -> VarianceLine {
        VarianceLine {
            planned_hours: self.to_date.planned_hours,
            used_hours: self.to_date.used_hours,
            difference_hours: self.to_date.difference_hours,
            difference_per_cent: self.to_date.difference_per_cent,
            last_week: self.weeks.last().map(|w| VarianceWeek {
                week: w.week,
                planned_hours: w.planned_hours,
                used_hours: w.used_hours,
            }),
        }
    }

    /// The hours of the entries outside the plan, summed.
    pub fn outside_plan_hours(&self) -> f64 {
        hours(self.outside_plan.iter().map(|e| tenths(e.hours)).sum())
    }

    /// Fills in the running totals and differences of `weeks` and sums them up.
    fn from_weeks(
        until: NaiveDate,
        since: Option<NaiveDate>,
        ceiling: Option<f64>,
        mut weeks: Vec<UsageWeek>,
        position: Position,
        outside_plan: Vec<OutsideEntry>,
        entries_after_until: u32,
    ) -> Usage {
        let (mut planned, mut used) = (0i64, 0i64);
        for w in &mut weeks {
            planned += tenths(w.planned_hours);
            used += w.used_hours.map_or(0, tenths);
            w.cumulative_planned_hours = hours(planned);
            w.cumulative_used_hours = hours(used);
            w.difference_hours = w
                .used_hours
                .map(|u| hours(tenths(u) - tenths(w.planned_hours)));
        }
        let to_date = to_date(&weeks);
        let phases = phases(&weeks);
        let warnings = warnings(&weeks, ceiling, &to_date);
        Usage {
            until,
            since,
            ceiling,
            weeks,
            phases,
            to_date,
            position,
            outside_plan,
            entries_after_until,
            warnings,
        }
    }
}

/// Hours as whole tenths, the unit every sum is made in.
fn tenths(hours: f64) -> i64 {
    // Equal to `round_tenth(hours) * 10`; a number that is not one becomes 0.
    (hours * 10.0).round() as i64
}

fn hours(tenths: i64) -> f64 {
    tenths as f64 / 10.0
}

/// A logged figure as it can be used: a saved file may hold what `record` would refuse.
fn usable_tenths(logged: f64) -> i64 {
    if logged.is_finite() {
        tenths(logged.clamp(0.0, MAX_HOURS_IN_WEEK))
    } else {
        0
    }
}

fn per_cent(part: i64, whole: i64) -> Option<f64> {
    (whole != 0).then(|| round_tenth(part as f64 * 100.0 / whole as f64))
}

fn position(plan: &Plan, until_monday: NaiveDate) -> Position {
    let (Some(first), Some(last)) = (plan.weeks.first(), plan.weeks.last()) else {
        return Position::NoWeeks;
    };
    if until_monday < first.monday {
        return Position::NotStarted {
            first_week: IsoWeek::of(first.monday),
            weeks_to_start: (first.monday - until_monday).num_weeks() as u32,
        };
    }
    if until_monday > last.monday {
        return Position::Over {
            last_week: IsoWeek::of(last.monday),
            weeks_since_end: (until_monday - last.monday).num_weeks() as u32,
        };
    }
    // The plan's weeks follow one another, so the week is found; the last week before it
    // stands in should a plan ever have a gap.
    let index = plan
        .weeks
        .iter()
        .rposition(|w| w.monday <= until_monday)
        .unwrap_or(0);
    let week = &plan.weeks[index];
    Position::InPlan {
        number: index as u32 + 1,
        of: plan.weeks.len() as u32,
        phase_id: week.phase_id.clone(),
        kind: week.kind,
    }
}

fn to_date(weeks: &[UsageWeek]) -> ToDate {
    let planned: i64 = weeks.iter().map(|w| tenths(w.planned_hours)).sum();
    let used: i64 = weeks.iter().filter_map(|w| w.used_hours).map(tenths).sum();
    let planned_logged: i64 = weeks
        .iter()
        .filter(|w| w.used_hours.is_some())
        .map(|w| tenths(w.planned_hours))
        .sum();
    let count = |pred: fn(&UsageWeek) -> bool| weeks.iter().filter(|w| pred(w)).count() as u32;
    ToDate {
        weeks: weeks.len() as u32,
        planned_hours: hours(planned),
        used_hours: hours(used),
        difference_hours: hours(used - planned),
        difference_per_cent: per_cent(used - planned, planned),
        planned_hours_in_logged_weeks: hours(planned_logged),
        planned_secretariat_days: weeks
            .iter()
            .map(|w| u32::from(w.planned_secretariat_days))
            .sum(),
        used_secretariat_days: weeks
            .iter()
            .filter_map(|w| w.used_secretariat_days)
            .map(u32::from)
            .sum(),
        logged_weeks: count(|w| !w.missing),
        weeks_without_entry: count(|w| w.missing),
        weeks_above_ceiling: count(|w| w.above_ceiling),
    }
}

fn phases(weeks: &[UsageWeek]) -> Vec<PhaseUsage> {
    // Phases in the order their first week comes, which is the plan's order; the weeks that
    // belong to no phase last.
    let mut order: Vec<Option<&str>> = Vec::new();
    for w in weeks {
        let id = w.phase_id.as_deref();
        if id.is_some() && !order.contains(&id) {
            order.push(id);
        }
    }
    if weeks.iter().any(|w| w.phase_id.is_none()) {
        order.push(None);
    }
    order
        .into_iter()
        .map(|id| {
            let mine: Vec<&UsageWeek> = weeks
                .iter()
                .filter(|w| w.phase_id.as_deref() == id)
                .collect();
            let planned: i64 = mine.iter().map(|w| tenths(w.planned_hours)).sum();
            let used: i64 = mine.iter().filter_map(|w| w.used_hours).map(tenths).sum();
            let logged = mine.iter().filter(|w| !w.missing).count() as u32;
            PhaseUsage {
                phase_id: id.map(str::to_string),
                kind: mine.first().map_or(WeekKind::Vacation, |w| w.kind),
                weeks: mine.len() as u32,
                planned_hours: hours(planned),
                used_hours: hours(used),
                difference_hours: hours(used - planned),
                logged_weeks: logged,
                weeks_without_entry: mine.len() as u32 - logged,
            }
        })
        .collect()
}

/// Runs of at least `min` weeks for which `hit` holds, among the weeks `counts` lets through
/// (the others neither extend nor break a run).
fn runs(
    weeks: &[UsageWeek],
    counts: impl Fn(&UsageWeek) -> bool,
    hit: impl Fn(&UsageWeek) -> bool,
    min: usize,
) -> Vec<Vec<IsoWeek>> {
    let mut found = Vec::new();
    let mut run: Vec<IsoWeek> = Vec::new();
    for w in weeks.iter().filter(|w| counts(w)) {
        if hit(w) {
            run.push(w.week);
        } else if run.len() >= min {
            found.push(std::mem::take(&mut run));
        } else {
            run.clear();
        }
    }
    if run.len() >= min {
        found.push(run);
    }
    found
}

fn warnings(weeks: &[UsageWeek], ceiling: Option<f64>, to_date: &ToDate) -> Vec<UsageWarning> {
    let mut found: Vec<UsageWarning> = Vec::new();
    if let Some(ceiling) = ceiling {
        found.extend(
            runs(weeks, |_| true, |w| w.above_ceiling, CEILING_RUN_WEEKS)
                .into_iter()
                .map(|weeks| UsageWarning::AboveCeilingWeeksRunning { weeks, ceiling }),
        );
    }
    // A week with no working days has nothing to log; it does not end a run either.
    found.extend(
        runs(
            weeks,
            |w| w.working_days > 0,
            |w| w.missing,
            MISSING_RUN_WEEKS,
        )
        .into_iter()
        .map(|weeks| UsageWarning::WeeksWithoutEntry { weeks }),
    );
    found.sort_by_key(|w| match w {
        UsageWarning::AboveCeilingWeeksRunning { weeks, .. }
        | UsageWarning::WeeksWithoutEntry { weeks } => weeks.first().copied(),
        UsageWarning::OffPlan { .. } => None,
    });

    // Measured against the planned hours of the logged weeks only: a week not logged yet is
    // unknown, and counting it as 0 would warn "below plan" every Monday.
    let planned = tenths(to_date.planned_hours_in_logged_weeks);
    let used = tenths(to_date.used_hours);
    let off = used - planned;
    if to_date.logged_weeks >= OFF_PLAN_MIN_LOGGED_WEEKS
        && planned > 0
        // |off| / planned > 20 %, in whole numbers so exactly 20 % does not warn.
        && off.abs() * 100 > planned * i64::from(OFF_PLAN_PER_CENT)
    {
        found.push(UsageWarning::OffPlan {
            direction: if off > 0 {
                Direction::Above
            } else {
                Direction::Below
            },
            per_cent: per_cent(off.abs(), planned).unwrap_or_default(),
            planned_hours: hours(planned),
            used_hours: hours(used),
            logged_weeks: to_date.logged_weeks,
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(year: i32, week: u32) -> IsoWeek {
        IsoWeek::new(year, week).unwrap()
    }

    #[test]
    fn an_entry_is_refused_when_a_week_cannot_hold_it() {
        let mut log = TimeLog::new();
        let week = w(2027, 12);
        assert_eq!(
            log.record(week, LogEntry::new(f64::NAN)),
            Err(LogError::HoursNotANumber)
        );
        assert_eq!(
            log.record(week, LogEntry::new(f64::INFINITY)),
            Err(LogError::HoursNotANumber)
        );
        assert_eq!(
            log.record(week, LogEntry::new(-0.5)),
            Err(LogError::HoursNegative { hours: -0.5 })
        );
        assert_eq!(
            log.record(week, LogEntry::new(168.5)),
            Err(LogError::HoursAboveWeek {
                hours: 168.5,
                max: 168.0
            })
        );
        assert_eq!(
            log.record(week, LogEntry::new(9.3)),
            Err(LogError::HoursNotInHalfHours { hours: 9.3 })
        );
        assert_eq!(
            log.record(week, LogEntry::new(9.5).with_secretariat_days(8)),
            Err(LogError::SecretariatDaysAboveWeek { days: 8, max: 7 })
        );
        assert!(log.is_empty(), "a refused entry leaves no trace");
        for hours in [0.0, 0.5, 9.5, 37.0, 168.0] {
            assert_eq!(log.record(week, LogEntry::new(hours)), Ok(()));
        }
        assert_eq!(
            log.record(week, LogEntry::new(2.0).with_secretariat_days(7)),
            Ok(())
        );
    }

    #[test]
    fn a_new_entry_replaces_the_old_one_for_the_same_week() {
        let mut log = TimeLog::new();
        let week = w(2027, 12);
        log.record(week, LogEntry::new(9.5).with_note("første bud"))
            .unwrap();
        log.record(week, LogEntry::new(11.0)).unwrap();
        assert_eq!(log.len(), 1);
        assert_eq!(log.get(week), Some(&LogEntry::new(11.0)));
        assert!(log.clear(week));
        assert!(!log.clear(week));
        assert_eq!(log.get(week), None);
    }

    #[test]
    fn a_note_is_kept_without_surrounding_spaces_and_zero_is_plain_zero() {
        let mut log = TimeLog::new();
        log.record(
            w(2027, 1),
            LogEntry::new(-0.0).with_note("  møde med Sekretariatet \n"),
        )
        .unwrap();
        let entry = log.get(w(2027, 1)).unwrap();
        assert_eq!(entry.note, "møde med Sekretariatet");
        assert!(entry.hours.is_sign_positive());
    }

    #[test]
    fn the_log_is_saved_as_an_object_keyed_by_week_in_time_order() {
        let mut log = TimeLog::new();
        log.record(
            w(2027, 12),
            LogEntry::new(9.5).with_secretariat_days(2).with_note("…"),
        )
        .unwrap();
        log.record(w(2027, 2), LogEntry::new(4.0)).unwrap();
        log.record(w(2026, 53), LogEntry::new(0.0)).unwrap();
        let json = serde_json::to_string(&log).unwrap();
        assert_eq!(
            json,
            r#"{"2026-W53":{"hours":0.0},"2027-W02":{"hours":4.0},"2027-W12":{"hours":9.5,"secretariat_days":2,"note":"…"}}"#
        );
        assert_eq!(serde_json::from_str::<TimeLog>(&json).unwrap(), log);
        let weeks: Vec<IsoWeek> = log.iter().map(|(week, _)| *week).collect();
        assert_eq!(weeks, [w(2026, 53), w(2027, 2), w(2027, 12)]);
    }

    #[test]
    fn a_saved_log_with_a_key_that_is_not_a_week_is_refused() {
        assert!(serde_json::from_str::<TimeLog>(r#"{"2027-W53":{"hours":1.0}}"#).is_err());
        assert!(serde_json::from_str::<TimeLog>(r#"{"uge 12":{"hours":1.0}}"#).is_err());
        assert_eq!(
            serde_json::from_str::<TimeLog>("{}").unwrap(),
            TimeLog::new()
        );
    }

    #[test]
    fn a_hand_edited_figure_is_made_safe_where_it_is_used() {
        assert_eq!(usable_tenths(-4.0), 0);
        assert_eq!(usable_tenths(1000.0), 1680);
        assert_eq!(usable_tenths(9.34), 93);
        assert_eq!(usable_tenths(f64::NAN), 0);
    }

    #[test]
    fn per_cent_is_to_a_tenth_and_there_is_none_of_nothing() {
        assert_eq!(per_cent(8, 40), Some(20.0));
        assert_eq!(per_cent(1, 3), Some(33.3));
        assert_eq!(per_cent(5, 0), None);
    }
}
