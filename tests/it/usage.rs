//! Following time use against the plan (the issue "After the meeting: follow time use against
//! the plan"; SPEC §5 `log` and `report`, §8 follow-up brief), on plans built here so every
//! figure is known.

use chrono::{Duration, NaiveDate};
use mandat::content::{Course, Phase};
use mandat::planner::usage::{
    Direction, IsoWeek, LogEntry, OutsideEntry, Position, Side, TimeLog, Usage, UsageWarning,
    UsageWeek, VarianceWeek, compare, compare_since,
};
use mandat::planner::{Plan, PlanSettings, Vacation, WeekKind, plan};
use mandat::vocab::NetworkType;
use mandat::vocab::PhaseKind;
use mandat::vocab::Text;
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------
// Building blocks

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn wk(year: i32, week: u32) -> IsoWeek {
    IsoWeek::new(year, week).unwrap()
}

fn phase(id: &str, kind: PhaseKind, weeks: u32, hours: f64) -> Phase {
    Phase {
        id: id.into(),
        name: Text::new(format!("Fase {id}"), format!("Phase {id}")),
        kind,
        weeks,
        hours_per_week: hours,
        hours_profile: None,
        intensive: false,
        description: Text::default(),
    }
}

fn course(phases: Vec<Phase>) -> Course {
    Course {
        id: "prøve".into(),
        network_type: NetworkType::Velfaerd,
        name: Text::new("Prøveforløb", "Trial course"),
        summary: Text::default(),
        example_note: Text::new("Eksempeltal.", "Example figures."),
        expected_test_start_weeks: mandat::content::ExpectedTestStart::NoExpectation,
        phases,
    }
}

fn plan_of(phases: Vec<Phase>, start: NaiveDate, tweak: impl FnOnce(&mut PlanSettings)) -> Plan {
    let mut settings = PlanSettings::new("prøve", start);
    tweak(&mut settings);
    plan(&course(phases), &settings, &[])
}

/// One phase of `weeks` weeks at `hours` a week, from `start`.
fn steady(weeks: u32, hours: f64, start: NaiveDate) -> Plan {
    plan_of(
        vec![phase("a", PhaseKind::Phase, weeks, hours)],
        start,
        |_| {},
    )
}

/// A log of (week, hours).
fn log_of(entries: &[(IsoWeek, f64)]) -> TimeLog {
    let mut log = TimeLog::new();
    for (week, hours) in entries {
        log.record(*week, LogEntry::new(*hours)).unwrap();
    }
    log
}

/// Weeks 1.. of 2027 with these hours, one after another.
fn weeks_2027(hours: &[f64]) -> TimeLog {
    let entries: Vec<(IsoWeek, f64)> = hours
        .iter()
        .enumerate()
        .map(|(i, h)| (wk(2027, i as u32 + 1), *h))
        .collect();
    log_of(&entries)
}

fn row(usage: &Usage, week: IsoWeek) -> &UsageWeek {
    usage
        .weeks
        .iter()
        .find(|w| w.week == week)
        .unwrap_or_else(|| panic!("no row for {week}"))
}

fn weeks_of(usage: &Usage) -> Vec<IsoWeek> {
    usage.weeks.iter().map(|w| w.week).collect()
}

fn off_plan(usage: &Usage) -> Option<&UsageWarning> {
    usage
        .warnings
        .iter()
        .find(|w| matches!(w, UsageWarning::OffPlan { .. }))
}

fn ceiling_runs(usage: &Usage) -> Vec<Vec<IsoWeek>> {
    usage
        .warnings
        .iter()
        .filter_map(|w| match w {
            UsageWarning::AboveCeilingWeeksRunning { weeks, .. } => Some(weeks.clone()),
            _ => None,
        })
        .collect()
}

fn missing_runs(usage: &Usage) -> Vec<Vec<IsoWeek>> {
    usage
        .warnings
        .iter()
        .filter_map(|w| match w {
            UsageWarning::WeeksWithoutEntry { weeks } => Some(weeks.clone()),
            _ => None,
        })
        .collect()
}

/// 4 January 2027 is the Monday of week 1 of 2027.
const JAN_4: (i32, u32, u32) = (2027, 1, 4);

fn jan_4() -> NaiveDate {
    d(JAN_4.0, JAN_4.1, JAN_4.2)
}

// ---------------------------------------------------------------------------------------------
// Week by week

#[test]
fn test_a_week_without_an_entry_is_empty_not_zero() {
    let p = steady(6, 10.0, jan_4());
    let log = log_of(&[(wk(2027, 1), 10.0), (wk(2027, 3), 12.0)]);
    let u = compare(&p, &log, d(2027, 1, 24), None);

    let w2 = row(&u, wk(2027, 2));
    assert_eq!(w2.planned_hours, 10.0);
    assert_eq!(w2.used_hours, None);
    assert_eq!(w2.difference_hours, None);
    assert_eq!(w2.used_secretariat_days, None);
    assert!(w2.missing);
    assert_eq!(u.to_date.weeks_without_entry, 1);
    assert_eq!(u.to_date.logged_weeks, 2);
}

#[test]
fn test_a_week_without_an_entry_adds_nothing_to_the_cumulative_used_hours() {
    let p = steady(6, 10.0, jan_4());
    let log = log_of(&[(wk(2027, 1), 10.0), (wk(2027, 3), 12.0)]);
    let u = compare(&p, &log, d(2027, 1, 24), None);

    let cumulative: Vec<(f64, f64)> = u
        .weeks
        .iter()
        .map(|w| (w.cumulative_planned_hours, w.cumulative_used_hours))
        .collect();
    assert_eq!(cumulative, [(10.0, 10.0), (20.0, 10.0), (30.0, 22.0)]);
    assert_eq!(u.to_date.planned_hours, 30.0);
    assert_eq!(u.to_date.used_hours, 22.0);
    assert_eq!(u.to_date.difference_hours, -8.0);
    assert_eq!(u.to_date.difference_per_cent, Some(-26.7));
    assert_eq!(u.to_date.planned_hours_in_logged_weeks, 20.0);
}

#[test]
fn test_the_difference_is_used_minus_planned() {
    let p = steady(3, 10.0, jan_4());
    let log = weeks_2027(&[12.5, 7.0, 10.0]);
    let u = compare(&p, &log, d(2027, 1, 20), None);
    let differences: Vec<Option<f64>> = u.weeks.iter().map(|w| w.difference_hours).collect();
    assert_eq!(differences, [Some(2.5), Some(-3.0), Some(0.0)]);
    assert_eq!(u.to_date.difference_hours, -0.5);
}

#[test]
fn test_a_note_and_the_sekretariat_days_come_from_the_entry() {
    let p = steady(2, 10.0, jan_4());
    let mut log = TimeLog::new();
    log.record(
        wk(2027, 1),
        LogEntry::new(11.0)
            .with_secretariat_days(2)
            .with_note("workshop med deltagerne"),
    )
    .unwrap();
    let u = compare(&p, &log, jan_4(), None);
    let w1 = row(&u, wk(2027, 1));
    assert_eq!(w1.note, "workshop med deltagerne");
    assert_eq!(w1.used_secretariat_days, Some(2));
    assert_eq!(w1.monday, jan_4());
}

#[test]
fn test_planned_sekretariat_days_are_held_against_the_days_used() {
    let mut intensive = phase("opstart", PhaseKind::Phase, 3, 15.0);
    intensive.intensive = true;
    let p = plan_of(vec![intensive], jan_4(), |_| {});
    let mut log = TimeLog::new();
    log.record(wk(2027, 1), LogEntry::new(15.0).with_secretariat_days(2))
        .unwrap();
    log.record(wk(2027, 2), LogEntry::new(14.0)).unwrap();
    let u = compare(&p, &log, d(2027, 1, 22), None);
    // 15 hours at 7.4 a day: three days suggested each week.
    assert_eq!(row(&u, wk(2027, 1)).planned_secretariat_days, 3);
    assert_eq!(u.to_date.planned_secretariat_days, 9);
    assert_eq!(u.to_date.used_secretariat_days, 2);
    assert_eq!(row(&u, wk(2027, 2)).used_secretariat_days, None);
}

#[test]
fn test_until_in_the_middle_of_a_week_counts_that_whole_week() {
    let p = steady(6, 10.0, jan_4());
    let log = weeks_2027(&[10.0, 10.0, 10.0]);
    // Wednesday of week 2.
    let u = compare(&p, &log, d(2027, 1, 13), None);
    assert_eq!(weeks_of(&u), [wk(2027, 1), wk(2027, 2)]);
    assert_eq!(u.to_date.planned_hours, 20.0);
    assert_eq!(u.to_date.used_hours, 20.0);
    assert_eq!(u.entries_after_until, 1, "week 3 is logged but not yet due");
    // Sunday of week 2 gives the same; Monday of week 3 takes week 3 in.
    assert_eq!(weeks_of(&compare(&p, &log, d(2027, 1, 17), None)).len(), 2);
    assert_eq!(weeks_of(&compare(&p, &log, d(2027, 1, 18), None)).len(), 3);
}

#[test]
fn test_hours_are_shown_to_a_tenth_and_totals_are_the_sum_of_the_rows() {
    // 7.4 hours a week: in floating point three of them are 22.200000000000003.
    let p = steady(3, 7.4, jan_4());
    let u = compare(&p, &TimeLog::new(), d(2027, 1, 20), None);
    assert_eq!(u.to_date.planned_hours, 22.2);
    assert_eq!(u.weeks[2].cumulative_planned_hours, 22.2);
    assert_eq!(u.to_date.difference_per_cent, Some(-100.0));
}

// ---------------------------------------------------------------------------------------------
// Holidays, vacations and ISO years

#[test]
fn test_a_christmas_week_plans_fewer_hours_and_is_held_against_them() {
    // Christmas Day 2026 is a Friday (week 52) and New Year's Day 2027 a Friday (week 53 of
    // 2026): four working days each, so 10 hours become 8.
    let p = steady(4, 10.0, d(2026, 12, 14));
    let log = log_of(&[
        (wk(2026, 51), 10.0),
        (wk(2026, 52), 8.0),
        (wk(2026, 53), 9.5),
        (wk(2027, 1), 10.0),
    ]);
    let u = compare(&p, &log, d(2027, 1, 4), None);
    let planned: Vec<f64> = u.weeks.iter().map(|w| w.planned_hours).collect();
    assert_eq!(planned, [10.0, 8.0, 8.0, 10.0]);
    assert_eq!(row(&u, wk(2026, 52)).working_days, 4);
    assert_eq!(row(&u, wk(2026, 52)).difference_hours, Some(0.0));
    assert_eq!(row(&u, wk(2026, 53)).difference_hours, Some(1.5));
    assert_eq!(u.to_date.planned_hours, 36.0);
    assert_eq!(u.to_date.used_hours, 37.5);
}

#[test]
fn test_easter_holidays_scale_the_planned_hours_of_their_weeks() {
    // Easter 2027: week 12 loses skærtorsdag and langfredag, week 13 loses 2. påskedag.
    let p = steady(3, 10.0, d(2027, 3, 15));
    let log = log_of(&[
        (wk(2027, 11), 10.0),
        (wk(2027, 12), 6.0),
        (wk(2027, 13), 9.0),
    ]);
    let u = compare(&p, &log, d(2027, 3, 29), None);
    let planned: Vec<f64> = u.weeks.iter().map(|w| w.planned_hours).collect();
    assert_eq!(planned, [10.0, 6.0, 8.0]);
    assert_eq!(row(&u, wk(2027, 13)).difference_hours, Some(1.0));
}

#[test]
fn test_week_53_of_2026_is_followed_by_week_1_of_2027_starting_4_january() {
    let p = steady(3, 10.0, d(2026, 12, 28));
    let log = log_of(&[(wk(2026, 53), 8.0), (wk(2027, 1), 10.0)]);
    let u = compare(&p, &log, d(2027, 1, 5), None);
    assert_eq!(weeks_of(&u), [wk(2026, 53), wk(2027, 1)]);
    assert_eq!(u.weeks[0].monday, d(2026, 12, 28));
    assert_eq!(u.weeks[1].monday, d(2027, 1, 4));
    assert_eq!(u.weeks[0].week.year(), 2026);
    assert_eq!(u.weeks[0].week.week(), 53);
    assert_eq!(u.weeks[1].used_hours, Some(10.0));
    // 1 January 2027 names week 53 of 2026, as a user may type it.
    assert_eq!(IsoWeek::parse("01-01-2027"), Ok(wk(2026, 53)));
    assert_eq!(IsoWeek::parse("2027-W01").unwrap().monday(), d(2027, 1, 4));
}

#[test]
fn test_a_vacation_week_plans_nothing_and_belongs_to_no_phase() {
    let p = plan_of(vec![phase("a", PhaseKind::Phase, 3, 10.0)], jan_4(), |s| {
        s.vacations.push(Vacation {
            first: d(2027, 1, 11),
            last: d(2027, 1, 15),
        })
    });
    // The leader did some network work in the vacation week anyway.
    let log = weeks_2027(&[10.0, 2.0, 10.0, 11.0]);
    let u = compare(&p, &log, d(2027, 1, 25), None);

    let vacation = row(&u, wk(2027, 2));
    assert_eq!(vacation.kind, WeekKind::Vacation);
    assert_eq!(vacation.working_days, 0);
    assert_eq!(vacation.planned_hours, 0.0);
    assert_eq!(vacation.phase_id, None);
    assert_eq!(vacation.difference_hours, Some(2.0));

    assert_eq!(u.phases.len(), 2);
    assert_eq!(u.phases[0].phase_id.as_deref(), Some("a"));
    assert_eq!(u.phases[0].planned_hours, 30.0);
    assert_eq!(u.phases[0].used_hours, 31.0);
    assert_eq!(u.phases[1].phase_id, None, "the vacation weeks come last");
    assert_eq!(u.phases[1].planned_hours, 0.0);
    assert_eq!(u.phases[1].used_hours, 2.0);
    assert_eq!(u.to_date.used_hours, 33.0);
}

// ---------------------------------------------------------------------------------------------
// Phases and position

fn three_phases() -> Vec<Phase> {
    vec![
        phase("opstart", PhaseKind::Phase, 2, 10.0),
        phase("pause", PhaseKind::Break, 1, 2.0),
        phase("test", PhaseKind::Test, 2, 12.0),
    ]
}

#[test]
fn test_each_phase_sums_its_weeks_in_the_plan_order() {
    let p = plan_of(three_phases(), jan_4(), |_| {});
    let log = log_of(&[(wk(2027, 1), 9.0), (wk(2027, 2), 12.0), (wk(2027, 4), 15.0)]);
    let u = compare(&p, &log, d(2027, 2, 1), None);

    let ids: Vec<Option<&str>> = u.phases.iter().map(|ph| ph.phase_id.as_deref()).collect();
    assert_eq!(ids, [Some("opstart"), Some("pause"), Some("test")]);
    let opstart = &u.phases[0];
    assert_eq!(
        (
            opstart.planned_hours,
            opstart.used_hours,
            opstart.difference_hours
        ),
        (20.0, 21.0, 1.0)
    );
    assert_eq!((opstart.logged_weeks, opstart.weeks_without_entry), (2, 0));
    let pause = &u.phases[1];
    assert_eq!(pause.kind, WeekKind::Break);
    assert_eq!((pause.planned_hours, pause.used_hours), (2.0, 0.0));
    assert_eq!((pause.logged_weeks, pause.weeks_without_entry), (0, 1));
    let test = &u.phases[2];
    assert_eq!(test.kind, WeekKind::Test);
    assert_eq!(test.weeks, 2);
    assert_eq!((test.planned_hours, test.used_hours), (24.0, 15.0));
    assert_eq!((test.logged_weeks, test.weeks_without_entry), (1, 1));
}

#[test]
fn test_a_phase_not_yet_begun_is_not_listed() {
    let p = plan_of(three_phases(), jan_4(), |_| {});
    let u = compare(&p, &TimeLog::new(), d(2027, 1, 12), None);
    assert_eq!(u.phases.len(), 1);
    assert_eq!(u.phases[0].phase_id.as_deref(), Some("opstart"));
}

#[test]
fn test_the_position_is_the_week_of_the_plan_and_its_phase() {
    let p = plan_of(three_phases(), jan_4(), |_| {});
    let u = compare(&p, &TimeLog::new(), d(2027, 1, 21), None);
    assert_eq!(
        u.position,
        Position::InPlan {
            number: 3,
            of: 5,
            phase_id: Some("pause".into()),
            kind: WeekKind::Break,
        }
    );
}

#[test]
fn test_before_the_start_the_plan_has_not_started_and_after_the_end_it_is_over() {
    let p = steady(3, 10.0, jan_4());
    let before = compare(&p, &TimeLog::new(), d(2026, 12, 23), None);
    assert_eq!(
        before.position,
        Position::NotStarted {
            first_week: wk(2027, 1),
            weeks_to_start: 2,
        }
    );
    assert!(before.weeks.is_empty());
    assert_eq!(before.to_date.planned_hours, 0.0);
    assert_eq!(before.to_date.difference_per_cent, None);

    let after = compare(&p, &TimeLog::new(), d(2027, 2, 3), None);
    assert_eq!(
        after.position,
        Position::Over {
            last_week: wk(2027, 3),
            weeks_since_end: 2,
        }
    );
    assert_eq!(after.weeks.len(), 3);
}

#[test]
fn test_a_plan_with_no_weeks_has_no_position_and_every_entry_lies_outside_it() {
    let p = steady(0, 10.0, jan_4());
    assert!(p.weeks.is_empty());
    let log = log_of(&[(wk(2026, 50), 3.0), (wk(2027, 5), 4.0)]);
    let u = compare(&p, &log, d(2027, 3, 1), None);
    assert_eq!(u.position, Position::NoWeeks);
    let sides: Vec<Side> = u.outside_plan.iter().map(|e| e.side).collect();
    assert_eq!(sides, [Side::BeforePlan, Side::AfterPlan]);
    assert_eq!(u.to_date.used_hours, 0.0);
}

// ---------------------------------------------------------------------------------------------
// Entries outside the plan

#[test]
fn test_a_log_that_runs_past_the_plan_is_reported_apart_and_never_counted_as_planned() {
    let p = steady(3, 10.0, jan_4());
    let log = weeks_2027(&[10.0, 10.0, 10.0, 6.0, 4.5]);
    let u = compare(&p, &log, d(2027, 2, 8), None);

    assert_eq!(weeks_of(&u), [wk(2027, 1), wk(2027, 2), wk(2027, 3)]);
    assert_eq!(u.to_date.planned_hours, 30.0);
    assert_eq!(u.to_date.used_hours, 30.0);
    assert_eq!(
        u.outside_plan,
        [
            OutsideEntry {
                week: wk(2027, 4),
                side: Side::AfterPlan,
                hours: 6.0,
                secretariat_days: None,
                note: String::new(),
            },
            OutsideEntry {
                week: wk(2027, 5),
                side: Side::AfterPlan,
                hours: 4.5,
                secretariat_days: None,
                note: String::new(),
            },
        ]
    );
    assert_eq!(u.outside_plan_hours(), 10.5);
}

#[test]
fn test_a_log_that_starts_before_the_plan_is_reported_apart() {
    let p = steady(3, 10.0, jan_4());
    let log = log_of(&[
        (wk(2026, 52), 3.0),
        (wk(2026, 53), 2.5),
        (wk(2027, 1), 10.0),
    ]);
    let u = compare(&p, &log, d(2027, 1, 4), None);
    let outside: Vec<(IsoWeek, Side)> = u.outside_plan.iter().map(|e| (e.week, e.side)).collect();
    assert_eq!(
        outside,
        [
            (wk(2026, 52), Side::BeforePlan),
            (wk(2026, 53), Side::BeforePlan)
        ]
    );
    assert_eq!(u.to_date.used_hours, 10.0);
    assert_eq!(u.weeks[0].cumulative_used_hours, 10.0);
}

#[test]
fn test_entries_outside_the_plan_are_reported_even_before_the_plan_starts() {
    let p = steady(3, 10.0, jan_4());
    let log = log_of(&[(wk(2026, 51), 3.0)]);
    let u = compare(&p, &log, d(2026, 12, 16), None);
    assert!(u.weeks.is_empty());
    assert_eq!(u.outside_plan.len(), 1);
}

// ---------------------------------------------------------------------------------------------
// The ceiling

#[test]
fn test_one_week_above_the_ceiling_is_flagged_but_does_not_warn() {
    let p = steady(4, 10.0, jan_4());
    let log = weeks_2027(&[10.0, 14.0, 10.0, 14.0]);
    let u = compare(&p, &log, d(2027, 1, 25), Some(12.0));
    let flags: Vec<bool> = u.weeks.iter().map(|w| w.above_ceiling).collect();
    assert_eq!(flags, [false, true, false, true]);
    assert_eq!(u.to_date.weeks_above_ceiling, 2);
    assert!(ceiling_runs(&u).is_empty());
}

#[test]
fn test_used_hours_equal_to_the_ceiling_are_not_above_it() {
    let p = steady(2, 10.0, jan_4());
    let log = weeks_2027(&[12.0, 12.0]);
    let u = compare(&p, &log, d(2027, 1, 11), Some(12.0));
    assert_eq!(u.to_date.weeks_above_ceiling, 0);
    assert!(u.warnings.is_empty());
}

#[test]
fn test_the_ceiling_warning_comes_after_two_weeks_running_and_names_them() {
    let p = steady(4, 10.0, jan_4());
    let log = weeks_2027(&[10.0, 12.5, 13.0, 10.0]);

    let one = compare(&p, &log, d(2027, 1, 11), Some(12.0));
    assert!(
        ceiling_runs(&one).is_empty(),
        "one week above is not yet a pattern"
    );

    let two = compare(&p, &log, d(2027, 1, 18), Some(12.0));
    assert_eq!(
        two.warnings,
        [UsageWarning::AboveCeilingWeeksRunning {
            weeks: vec![wk(2027, 2), wk(2027, 3)],
            ceiling: 12.0,
        }]
    );
}

#[test]
fn test_a_run_of_three_weeks_above_the_ceiling_is_one_warning_naming_all_three() {
    let p = steady(6, 10.0, jan_4());
    let log = weeks_2027(&[13.0, 13.0, 13.0, 10.0, 13.0, 13.0]);
    let u = compare(&p, &log, d(2027, 2, 8), Some(12.0));
    assert_eq!(
        ceiling_runs(&u),
        [
            vec![wk(2027, 1), wk(2027, 2), wk(2027, 3)],
            vec![wk(2027, 5), wk(2027, 6)],
        ]
    );
}

#[test]
fn test_a_week_without_an_entry_breaks_a_run_above_the_ceiling() {
    let p = steady(3, 10.0, jan_4());
    let log = log_of(&[(wk(2027, 1), 14.0), (wk(2027, 3), 14.0)]);
    let u = compare(&p, &log, d(2027, 1, 18), Some(12.0));
    assert!(ceiling_runs(&u).is_empty());
}

#[test]
fn test_without_a_ceiling_no_week_is_above_it() {
    let p = steady(2, 10.0, jan_4());
    let log = weeks_2027(&[40.0, 40.0]);
    let u = compare(&p, &log, d(2027, 1, 11), None);
    assert_eq!(u.to_date.weeks_above_ceiling, 0);
    assert!(ceiling_runs(&u).is_empty());
    // A ceiling that is not a number is no ceiling either.
    let nan = compare(&p, &log, d(2027, 1, 11), Some(f64::NAN));
    assert_eq!(nan.ceiling, None);
    assert_eq!(nan.to_date.weeks_above_ceiling, 0);
}

// ---------------------------------------------------------------------------------------------
// More than 20 % off the plan

#[test]
fn test_exactly_twenty_per_cent_above_the_plan_does_not_warn() {
    let p = steady(4, 10.0, jan_4());
    let u = compare(&p, &weeks_2027(&[12.0; 4]), d(2027, 1, 25), None);
    assert_eq!(u.to_date.difference_per_cent, Some(20.0));
    assert_eq!(off_plan(&u), None);
}

#[test]
fn test_just_above_twenty_per_cent_warns_with_the_per_cent_and_the_direction() {
    let p = steady(4, 10.0, jan_4());
    let u = compare(
        &p,
        &weeks_2027(&[12.0, 12.0, 12.0, 12.5]),
        d(2027, 1, 25),
        None,
    );
    assert_eq!(
        off_plan(&u),
        Some(&UsageWarning::OffPlan {
            direction: Direction::Above,
            per_cent: 21.3,
            planned_hours: 40.0,
            used_hours: 48.5,
            logged_weeks: 4,
        })
    );
}

#[test]
fn test_exactly_twenty_per_cent_below_does_not_warn_and_just_below_that_does() {
    let p = steady(4, 10.0, jan_4());
    let at = compare(&p, &weeks_2027(&[8.0; 4]), d(2027, 1, 25), None);
    assert_eq!(at.to_date.difference_per_cent, Some(-20.0));
    assert_eq!(off_plan(&at), None);

    let beyond = compare(&p, &weeks_2027(&[8.0, 8.0, 8.0, 7.5]), d(2027, 1, 25), None);
    assert!(matches!(
        off_plan(&beyond),
        Some(UsageWarning::OffPlan {
            direction: Direction::Below,
            per_cent,
            ..
        }) if *per_cent == 21.3
    ));
}

#[test]
fn test_the_twenty_per_cent_warning_waits_for_four_logged_weeks() {
    let p = steady(6, 10.0, jan_4());
    let log = weeks_2027(&[20.0; 4]);
    let three = compare(&p, &log, d(2027, 1, 18), None);
    assert_eq!(three.to_date.difference_per_cent, Some(100.0));
    assert_eq!(off_plan(&three), None, "three weeks say little");
    let four = compare(&p, &log, d(2027, 1, 25), None);
    assert!(off_plan(&four).is_some());

    // Four weeks of the plan, but only three of them logged: still waiting.
    let gappy = log_of(&[
        (wk(2027, 1), 20.0),
        (wk(2027, 2), 20.0),
        (wk(2027, 4), 20.0),
    ]);
    assert_eq!(off_plan(&compare(&p, &gappy, d(2027, 1, 25), None)), None);
}

#[test]
fn test_the_twenty_per_cent_warning_compares_only_the_weeks_that_are_logged() {
    // Weeks 1–4 logged as planned; weeks 5 and 6 not logged yet. To date that is 33 % below
    // the plan, but nothing says the leader used less: the weeks are simply not written down.
    let p = steady(6, 10.0, jan_4());
    let u = compare(&p, &weeks_2027(&[10.0; 4]), d(2027, 2, 8), None);
    assert_eq!(u.to_date.difference_per_cent, Some(-33.3));
    assert_eq!(u.to_date.planned_hours_in_logged_weeks, 40.0);
    assert_eq!(off_plan(&u), None);
}

#[test]
fn test_nothing_planned_gives_no_per_cent_and_no_twenty_per_cent_warning() {
    let p = plan_of(
        vec![phase("pause", PhaseKind::Break, 5, 0.0)],
        jan_4(),
        |_| {},
    );
    let u = compare(&p, &weeks_2027(&[2.0; 5]), d(2027, 2, 1), None);
    assert_eq!(u.to_date.planned_hours, 0.0);
    assert_eq!(u.to_date.difference_per_cent, None);
    assert_eq!(off_plan(&u), None);
}

// ---------------------------------------------------------------------------------------------
// Weeks without an entry

#[test]
fn test_three_past_weeks_in_a_row_without_an_entry_warn_and_name_them() {
    let p = steady(6, 10.0, jan_4());
    let log = log_of(&[(wk(2027, 1), 10.0), (wk(2027, 5), 10.0)]);
    let u = compare(&p, &log, d(2027, 2, 1), None);
    assert_eq!(
        u.warnings,
        [UsageWarning::WeeksWithoutEntry {
            weeks: vec![wk(2027, 2), wk(2027, 3), wk(2027, 4)],
        }]
    );
}

#[test]
fn test_two_weeks_without_an_entry_do_not_warn() {
    let p = steady(6, 10.0, jan_4());
    let log = log_of(&[(wk(2027, 1), 10.0), (wk(2027, 4), 10.0)]);
    let u = compare(&p, &log, d(2027, 1, 25), None);
    assert_eq!(u.to_date.weeks_without_entry, 2);
    assert!(missing_runs(&u).is_empty());
}

#[test]
fn test_the_missing_weeks_warning_counts_only_past_weeks() {
    // Weeks 2–4 are empty, but week 4 is not yet due on the report date.
    let p = steady(6, 10.0, jan_4());
    let log = log_of(&[(wk(2027, 1), 10.0)]);
    assert!(missing_runs(&compare(&p, &log, d(2027, 1, 22), None)).is_empty());
    assert_eq!(
        missing_runs(&compare(&p, &log, d(2027, 1, 25), None)).len(),
        1
    );
}

#[test]
fn test_a_vacation_week_neither_counts_nor_breaks_a_run_of_weeks_without_entry() {
    let p = plan_of(vec![phase("a", PhaseKind::Phase, 4, 10.0)], jan_4(), |s| {
        s.vacations.push(Vacation {
            first: d(2027, 1, 18),
            last: d(2027, 1, 22),
        })
    });
    // Weeks 1 and 2 empty, week 3 vacation, week 4 empty.
    let u = compare(&p, &log_of(&[]), d(2027, 1, 25), None);
    assert_eq!(
        missing_runs(&u),
        [vec![wk(2027, 1), wk(2027, 2), wk(2027, 4)]]
    );
    assert!(row(&u, wk(2027, 3)).missing, "the week itself has no entry");

    // Two empty weeks around a vacation are still two.
    let short = compare(&p, &log_of(&[(wk(2027, 1), 10.0)]), d(2027, 1, 25), None);
    assert!(missing_runs(&short).is_empty());
}

#[test]
fn test_warnings_about_runs_come_in_week_order_and_the_total_last() {
    let p = steady(10, 10.0, jan_4());
    // Weeks 1–3 empty, 4–5 above the ceiling, 6–10 logged high.
    let log = log_of(&[
        (wk(2027, 4), 20.0),
        (wk(2027, 5), 20.0),
        (wk(2027, 6), 11.0),
        (wk(2027, 7), 11.0),
        (wk(2027, 8), 11.0),
        (wk(2027, 9), 11.0),
        (wk(2027, 10), 11.0),
    ]);
    let u = compare(&p, &log, d(2027, 3, 8), Some(15.0));
    let kinds: Vec<&str> = u
        .warnings
        .iter()
        .map(|w| match w {
            UsageWarning::AboveCeilingWeeksRunning { .. } => "ceiling",
            UsageWarning::WeeksWithoutEntry { .. } => "missing",
            UsageWarning::OffPlan { .. } => "off_plan",
        })
        .collect();
    assert_eq!(kinds, ["missing", "ceiling", "off_plan"]);
}

// ---------------------------------------------------------------------------------------------
// Since the last meeting, and the dashboard

#[test]
fn test_time_use_since_the_last_meeting_has_its_own_totals_and_warnings() {
    let p = steady(8, 10.0, jan_4());
    let log = log_of(&[
        (wk(2027, 4), 14.0),
        (wk(2027, 5), 10.0),
        (wk(2027, 6), 12.0),
    ]);
    // The last meeting was on Wednesday of week 3; the report runs to week 6.
    let all = compare(&p, &log, d(2027, 2, 10), None);
    assert_eq!(
        missing_runs(&all),
        [vec![wk(2027, 1), wk(2027, 2), wk(2027, 3)]]
    );

    let since = all.since(d(2027, 1, 20));
    assert_eq!(since.since, Some(d(2027, 1, 20)));
    assert_eq!(weeks_of(&since), [wk(2027, 4), wk(2027, 5), wk(2027, 6)]);
    assert_eq!(since.weeks[0].cumulative_planned_hours, 10.0);
    assert_eq!(since.weeks[0].cumulative_used_hours, 14.0);
    assert_eq!(since.to_date.planned_hours, 30.0);
    assert_eq!(since.to_date.used_hours, 36.0);
    assert_eq!(since.to_date.weeks_without_entry, 0);
    assert!(
        since.warnings.is_empty(),
        "the empty weeks were before the meeting"
    );
    assert_eq!(since.position, all.position);
    assert_eq!(
        compare_since(&p, &log, d(2027, 1, 20), d(2027, 2, 10), None),
        since
    );
}

#[test]
fn test_time_use_since_the_last_meeting_keeps_only_the_later_entries_outside_the_plan() {
    let p = steady(2, 10.0, jan_4());
    let log = log_of(&[(wk(2026, 50), 1.0), (wk(2027, 3), 2.0), (wk(2027, 6), 3.0)]);
    let since = compare_since(&p, &log, d(2027, 1, 19), d(2027, 2, 10), None);
    let outside: Vec<IsoWeek> = since.outside_plan.iter().map(|e| e.week).collect();
    assert_eq!(outside, [wk(2027, 6)]);
    assert!(since.weeks.is_empty());
}

#[test]
fn test_the_variance_line_carries_the_totals_and_the_latest_week() {
    let p = steady(6, 10.0, jan_4());
    let log = weeks_2027(&[10.0, 12.0]);
    let u = compare(&p, &log, d(2027, 1, 20), None);
    let line = u.variance_line();
    assert_eq!(line.planned_hours, 30.0);
    assert_eq!(line.used_hours, 22.0);
    assert_eq!(line.difference_hours, -8.0);
    assert_eq!(
        line.last_week,
        Some(VarianceWeek {
            week: wk(2027, 3),
            planned_hours: 10.0,
            used_hours: None,
        })
    );
    let before = compare(&p, &log, d(2026, 12, 1), None).variance_line();
    assert_eq!(before.last_week, None);
    assert_eq!(before.planned_hours, 0.0);
}

// ---------------------------------------------------------------------------------------------
// Properties

fn arb_phase(index: usize) -> impl Strategy<Value = Phase> {
    (
        prop_oneof![
            Just(PhaseKind::Phase),
            Just(PhaseKind::Break),
            Just(PhaseKind::Test)
        ],
        0u32..5,
        prop::sample::select(vec![0.0, 1.0, 2.5, 7.4, 10.0, 12.5, 18.5, 30.0]),
        prop::option::of(prop::collection::vec(
            prop::sample::select(vec![0.0, 3.3, 8.0, 16.0]),
            1..4,
        )),
        any::<bool>(),
    )
        .prop_map(move |(kind, weeks, hours, profile, intensive)| {
            let mut ph = phase(&format!("p{index}"), kind, weeks, hours);
            ph.hours_profile = profile;
            ph.intensive = intensive;
            ph
        })
}

fn arb_course() -> impl Strategy<Value = Course> {
    (1usize..5)
        .prop_flat_map(|n| (0..n).map(arb_phase).collect::<Vec<_>>())
        .prop_map(course)
}

fn arb_settings() -> impl Strategy<Value = PlanSettings> {
    (
        0i64..900,
        prop::sample::select(vec![37.0, 30.0, 18.5]),
        prop::collection::vec((0i64..150, 0i64..15), 0..3),
        any::<(bool, bool, bool, bool)>(),
    )
        .prop_map(|(offset, weekly, vacations, local)| {
            let start = d(2025, 11, 3) + Duration::days(offset);
            let mut s = PlanSettings::new("prøve", start);
            s.weekly_hours = weekly;
            s.vacations = vacations
                .into_iter()
                .map(|(from, len)| Vacation {
                    first: start + Duration::days(from),
                    last: start + Duration::days(from + len),
                })
                .collect();
            (
                s.local_days_off.grundlovsdag,
                s.local_days_off.christmas_eve,
                s.local_days_off.new_years_eve,
                s.local_days_off.may_day,
            ) = local;
            s
        })
}

fn arb_entry() -> impl Strategy<Value = LogEntry> {
    (
        0u32..=120,
        prop::option::of(0u8..=7),
        prop::sample::select(vec!["", "møde", "Sekretariat 🎉", "line\nbreak"]),
    )
        .prop_map(|(halves, days, note)| LogEntry {
            hours: f64::from(halves) / 2.0,
            secretariat_days: days,
            note: note.to_string(),
        })
}

/// Entries for weeks around `start`: from ten weeks before to a year and a half after.
fn arb_log(start: NaiveDate) -> impl Strategy<Value = TimeLog> {
    prop::collection::vec((-10i64..80, arb_entry()), 0..60).prop_map(move |entries| {
        let mut log = TimeLog::new();
        for (offset, entry) in entries {
            let week = IsoWeek::of(start + Duration::weeks(offset));
            log.record(week, entry).unwrap();
        }
        log
    })
}

fn arb_case() -> impl Strategy<Value = (Plan, TimeLog, NaiveDate, NaiveDate, Option<f64>)> {
    (arb_course(), arb_settings()).prop_flat_map(|(course, settings)| {
        let start = settings.start;
        let p = plan(&course, &settings, &[]);
        (
            Just(p),
            arb_log(start),
            -20i64..500,
            -20i64..500,
            prop::option::of(prop::sample::select(vec![0.0, 8.0, 12.5, 20.0])),
        )
            .prop_map(move |(p, log, until, since, ceiling)| {
                (
                    p,
                    log,
                    start + Duration::days(until),
                    start + Duration::days(since),
                    ceiling,
                )
            })
    })
}

fn tenths(hours: f64) -> i64 {
    (hours * 10.0).round() as i64
}

/// Totals are the sums of the rows and of the phases, and every entry is accounted for.
fn check_sums(u: &Usage) -> Result<(), TestCaseError> {
    let t = &u.to_date;
    let planned: i64 = u.weeks.iter().map(|w| tenths(w.planned_hours)).sum();
    let used: i64 = u
        .weeks
        .iter()
        .filter_map(|w| w.used_hours)
        .map(tenths)
        .sum();
    prop_assert_eq!(tenths(t.planned_hours), planned);
    prop_assert_eq!(tenths(t.used_hours), used);
    prop_assert_eq!(tenths(t.difference_hours), used - planned);
    prop_assert_eq!(t.weeks as usize, u.weeks.len());
    prop_assert_eq!(t.logged_weeks + t.weeks_without_entry, t.weeks);
    prop_assert_eq!(
        t.weeks_without_entry as usize,
        u.weeks.iter().filter(|w| w.used_hours.is_none()).count()
    );
    if let Some(last) = u.weeks.last() {
        prop_assert_eq!(tenths(last.cumulative_planned_hours), planned);
        prop_assert_eq!(tenths(last.cumulative_used_hours), used);
    }
    for w in &u.weeks {
        prop_assert_eq!(w.missing, w.used_hours.is_none());
        prop_assert_eq!(
            w.difference_hours.map(tenths),
            w.used_hours
                .map(|used| tenths(used) - tenths(w.planned_hours))
        );
    }
    let phase_planned: i64 = u.phases.iter().map(|ph| tenths(ph.planned_hours)).sum();
    let phase_used: i64 = u.phases.iter().map(|ph| tenths(ph.used_hours)).sum();
    prop_assert_eq!(phase_planned, planned);
    prop_assert_eq!(phase_used, used);
    prop_assert_eq!(u.phases.iter().map(|ph| ph.weeks).sum::<u32>(), t.weeks);
    prop_assert_eq!(
        u.phases.iter().map(|ph| ph.logged_weeks).sum::<u32>(),
        t.logged_weeks
    );
    prop_assert_eq!(
        u.phases
            .iter()
            .map(|ph| ph.weeks_without_entry)
            .sum::<u32>(),
        t.weeks_without_entry
    );
    prop_assert_eq!(
        u.weeks
            .iter()
            .map(|w| u32::from(w.planned_secretariat_days))
            .sum::<u32>(),
        t.planned_secretariat_days
    );
    prop_assert_eq!(
        u.weeks
            .iter()
            .filter_map(|w| w.used_secretariat_days)
            .map(u32::from)
            .sum::<u32>(),
        t.used_secretariat_days
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn test_to_date_totals_equal_the_sum_of_the_weeks_and_of_the_phases(
        (p, log, until, since, ceiling) in arb_case(),
    ) {
        let u = compare(&p, &log, until, ceiling);
        check_sums(&u)?;
        // Every entry is shown, listed outside the plan, or counted as after the report date.
        prop_assert_eq!(
            u.to_date.logged_weeks as usize + u.outside_plan.len() + u.entries_after_until as usize,
            log.len()
        );
        // Every week of the plan up to the report date, and no other.
        let until_monday = IsoWeek::of(until).monday();
        let due = p.weeks.iter().filter(|w| w.monday <= until_monday).count();
        prop_assert_eq!(u.weeks.len(), due);

        let later = u.since(since);
        check_sums(&later)?;
        let after = IsoWeek::of(since).monday();
        prop_assert!(later.weeks.iter().all(|w| w.monday > after));
        prop_assert_eq!(
            later.weeks.len(),
            u.weeks.iter().filter(|w| w.monday > after).count()
        );
    }

    #[test]
    fn test_recording_then_clearing_a_week_leaves_the_log_as_before(
        log in arb_log(d(2027, 1, 4)),
        offset in -20i64..100,
        entry in arb_entry(),
    ) {
        let week = IsoWeek::of(d(2027, 1, 4) + Duration::weeks(offset));
        let mut changed = log.clone();
        changed.clear(week);
        let before = changed.clone();
        prop_assert_eq!(changed.record(week, entry.clone()), Ok(()));
        prop_assert_eq!(changed.get(week).map(|e| e.hours), Some(entry.hours));
        prop_assert!(changed.clear(week));
        prop_assert_eq!(&changed, &before);
    }

    #[test]
    fn test_a_refused_entry_leaves_the_log_as_before(
        log in arb_log(d(2027, 1, 4)),
        offset in -20i64..100,
        hours in prop_oneof![
            Just(f64::NAN),
            Just(f64::INFINITY),
            -1000.0f64..-0.01,
            168.01f64..1e9,
            (0u32..300).prop_map(|h| f64::from(h) + 0.3),
        ],
    ) {
        let week = IsoWeek::of(d(2027, 1, 4) + Duration::weeks(offset));
        let mut changed = log.clone();
        prop_assert!(changed.record(week, LogEntry::new(hours)).is_err());
        prop_assert_eq!(&changed, &log);
    }

    #[test]
    fn test_a_time_log_survives_a_json_round_trip_exactly(log in arb_log(d(2026, 11, 2))) {
        let json = serde_json::to_string_pretty(&log).unwrap();
        let back: TimeLog = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&back, &log);
        prop_assert_eq!(serde_json::to_string_pretty(&back).unwrap(), json);
    }

    #[test]
    fn test_every_typed_form_of_a_week_names_that_week(offset in 0i64..40_000, day in 0i64..7) {
        let monday = d(1900, 1, 1) + Duration::weeks(offset);
        let week = IsoWeek::of(monday);
        prop_assume!((1900..=2999).contains(&week.year()));
        let date = monday + Duration::days(day);
        let forms = [
            week.to_string(),
            week.to_string().to_lowercase(),
            format!("{}-{}", week.week(), week.year()),
            format!("uge {} {}", week.week(), week.year()),
            format!("week {} {}", week.week(), week.year()),
            date.format("%Y-%m-%d").to_string(),
            date.format("%d-%m-%Y").to_string(),
            date.format("%d.%m.%Y").to_string(),
            date.format("%d/%m/%Y").to_string(),
        ];
        for form in forms {
            prop_assert_eq!(IsoWeek::parse(&form), Ok(week), "{}", form);
        }
        prop_assert_eq!(week.monday(), monday);
    }
}
