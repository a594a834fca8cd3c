//! The planner (SPEC §3) and the plan's text, CSV and JSON (SPEC §5), on courses built here so
//! the figures are known.

use chrono::{Datelike, Duration, NaiveDate};
use mandat::content::{Course, Phase};
use mandat::export::plan::CSV_HEADER;

/// The built-in content, which names the roles in plan notes and warnings.
fn built_in() -> &'static mandat::content::Content {
    static CONTENT: std::sync::OnceLock<mandat::content::Content> = std::sync::OnceLock::new();
    CONTENT.get_or_init(|| mandat::content::Content::embedded().expect("built-in content"))
}

fn to_text(p: &mandat::planner::Plan, c: &mandat::content::Course, lang: Lang) -> String {
    mandat::export::plan::text(p, c, built_in(), lang)
}

fn to_csv(p: &mandat::planner::Plan, c: &mandat::content::Course, lang: Lang) -> String {
    mandat::export::plan::csv(p, c, built_in(), lang)
}

fn to_json(p: &mandat::planner::Plan, c: &mandat::content::Course, lang: Lang) -> String {
    mandat::export::plan::json(p, c, built_in(), lang)
}

fn note_text(n: &mandat::planner::WeekNote, lang: Lang) -> String {
    mandat::text::plan::note(lang, built_in(), n)
}

fn warning_text(w: &mandat::planner::Warning, lang: Lang) -> String {
    mandat::text::plan::warning(lang, built_in(), w)
}
use mandat::planner::{
    LocalDaysOff, MAX_PLAN_WEEKS, PhaseAdjustment, Plan, PlanSettings, PlanWeek, Vacation, Warning,
    WeekKind, WeekNote, WeekOverride, plan,
};
use mandat::vocab::NetworkType;
use mandat::vocab::PhaseKind;
use mandat::vocab::{Lang, Text};
use unicode_width::UnicodeWidthStr;

// ---------------------------------------------------------------------------------------------
// Building blocks

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
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
        example_note: Text::new(
            "Tallene er eksempler, som organisationen tilpasser.",
            "The figures are examples for the organisation to adjust.",
        ),
        expected_test_start_weeks: mandat::content::ExpectedTestStart::Weeks(26),
        phases,
    }
}

/// One phase of `weeks` weeks at `hours` a week.
fn one_phase(weeks: u32, hours: f64) -> Course {
    course(vec![phase("a", PhaseKind::Phase, weeks, hours)])
}

fn settings(start: NaiveDate) -> PlanSettings {
    PlanSettings::new("prøve", start)
}

fn no_meetings() -> Vec<(String, NaiveDate)> {
    Vec::new()
}

fn week(p: &Plan, iso_year: i32, iso_week: u32) -> &PlanWeek {
    p.week(iso_year, iso_week)
        .unwrap_or_else(|| panic!("the plan has no week {iso_week} {iso_year}"))
}

fn iso(p: &Plan) -> Vec<(i32, u32)> {
    p.weeks.iter().map(|w| (w.iso_year, w.iso_week)).collect()
}

fn has_warning(p: &Plan, pred: impl Fn(&Warning) -> bool) -> bool {
    p.warnings.iter().any(pred)
}

fn holiday_names(w: &PlanWeek) -> Vec<&str> {
    w.notes
        .iter()
        .filter_map(|n| match n {
            WeekNote::Holiday { name_da, .. } => Some(name_da.as_str()),
            _ => None,
        })
        .collect()
}

/// A course shaped like a welfare network: phases, a break, the test and an evaluation.
fn welfare_like() -> Course {
    let mut test = phase("test", PhaseKind::Test, 8, 12.0);
    test.hours_profile = Some(vec![16.0, 10.0, 8.0, 8.0, 8.0, 8.0, 10.0, 14.0]);
    let mut opstart = phase("opstart", PhaseKind::Phase, 4, 8.0);
    opstart.intensive = true;
    course(vec![
        opstart,
        phase("design", PhaseKind::Phase, 5, 6.0),
        phase("pause1", PhaseKind::Break, 2, 1.0),
        phase("opdagelse", PhaseKind::Phase, 8, 7.0),
        phase("ide", PhaseKind::Phase, 4, 8.0),
        test,
        phase("evaluering", PhaseKind::Phase, 3, 5.0),
    ])
}

// ---------------------------------------------------------------------------------------------
// Weeks and working days

#[test]
fn the_plan_starts_on_the_monday_of_the_start_week() {
    // Wednesday 6 January 2027 lies in week 1, which starts Monday 4 January.
    let p = plan(&one_phase(3, 5.0), &settings(d(2027, 1, 6)), &no_meetings());
    assert_eq!(p.first_monday(), Some(d(2027, 1, 4)));
    assert_eq!(p.start, d(2027, 1, 6));
    assert_eq!(iso(&p), vec![(2027, 1), (2027, 2), (2027, 3)]);
}

#[test]
fn there_is_one_row_per_iso_week_until_the_last_phase_is_done() {
    let c = welfare_like();
    let p = plan(&c, &settings(d(2027, 8, 2)), &no_meetings());
    let total: u32 = c.phases.iter().map(|ph| ph.weeks).sum();
    // No week from August 2027 on is entirely free, so every week counts.
    assert_eq!(p.weeks.len(), total as usize);
    for pair in p.weeks.windows(2) {
        assert_eq!(pair[1].monday - pair[0].monday, Duration::weeks(1));
    }
    for w in &p.weeks {
        let i = w.monday.iso_week();
        assert_eq!((w.iso_year, w.iso_week), (i.year(), i.week()));
        assert_eq!(w.monday.weekday(), chrono::Weekday::Mon);
    }
    let last = p.weeks.last().unwrap();
    assert_eq!(last.phase_id.as_deref(), Some("evaluering"));
}

#[test]
fn capacity_is_weekly_hours_times_working_days_over_five() {
    // Easter 2027: week 12 has skærtorsdag and langfredag, week 13 has 2. påskedag.
    let p = plan(
        &one_phase(4, 7.0),
        &settings(d(2027, 3, 15)),
        &no_meetings(),
    );
    assert_eq!(week(&p, 2027, 11).working_days, 5);
    assert_eq!(week(&p, 2027, 11).capacity_hours, 37.0);
    assert_eq!(week(&p, 2027, 12).working_days, 3);
    assert_eq!(week(&p, 2027, 12).capacity_hours, 22.2);
    assert_eq!(week(&p, 2027, 13).working_days, 4);
    assert_eq!(week(&p, 2027, 13).capacity_hours, 29.6);
    let mut s = settings(d(2027, 3, 15));
    s.weekly_hours = 30.0;
    let p = plan(&one_phase(4, 7.0), &s, &no_meetings());
    assert_eq!(week(&p, 2027, 12).capacity_hours, 18.0);
    assert_eq!(p.weekly_hours, 30.0);
}

#[test]
fn phase_hours_scale_by_working_days_in_easter_week_to_the_nearest_half_hour() {
    let p = plan(
        &one_phase(4, 7.0),
        &settings(d(2027, 3, 15)),
        &no_meetings(),
    );
    // 7 × 3/5 = 4.2 → 4.0; 7 × 4/5 = 5.6 → 5.5; full weeks keep 7.
    assert_eq!(week(&p, 2027, 11).network_hours, 7.0);
    assert_eq!(week(&p, 2027, 12).network_hours, 4.0);
    assert_eq!(week(&p, 2027, 13).network_hours, 5.5);
    assert_eq!(week(&p, 2027, 14).network_hours, 7.0);
    assert_eq!(week(&p, 2027, 12).basis_hours, 18.2);
    assert_eq!(week(&p, 2027, 13).basis_hours, 24.1);
    assert_eq!(
        holiday_names(week(&p, 2027, 12)),
        ["Skærtorsdag", "Langfredag"],
        "Påskedag is a Sunday and gets no note"
    );
    assert_eq!(holiday_names(week(&p, 2027, 13)), ["2. påskedag"]);
}

#[test]
fn ascension_and_whit_monday_weeks_scale_too() {
    // Kristi himmelfartsdag is Thursday 6 May 2027 (week 18); 2. pinsedag Monday 17 May (week 20).
    let p = plan(&one_phase(4, 9.0), &settings(d(2027, 5, 3)), &no_meetings());
    assert_eq!(week(&p, 2027, 18).working_days, 4);
    assert_eq!(week(&p, 2027, 18).network_hours, 7.0, "9 × 4/5 = 7.2 → 7.0");
    assert_eq!(week(&p, 2027, 19).network_hours, 9.0);
    assert_eq!(week(&p, 2027, 20).working_days, 4);
    assert_eq!(holiday_names(week(&p, 2027, 18)), ["Kristi himmelfartsdag"]);
    assert_eq!(holiday_names(week(&p, 2027, 20)), ["2. pinsedag"]);
    // Halves round up: 10.625 h × 4/5 = 8.5 exactly, 3.125 × 4/5 = 2.5.
    let p = plan(
        &one_phase(1, 3.125),
        &settings(d(2027, 5, 3)),
        &no_meetings(),
    );
    assert_eq!(week(&p, 2027, 18).network_hours, 2.5);
}

#[test]
fn store_bededag_takes_a_day_in_2023_but_not_in_2024() {
    // Store bededag 2023 was Friday 5 May (week 18); in 2024 it would have been Friday 26 April.
    let p = plan(
        &one_phase(1, 10.0),
        &settings(d(2023, 5, 1)),
        &no_meetings(),
    );
    assert_eq!(p.weeks[0].working_days, 4);
    assert_eq!(holiday_names(&p.weeks[0]), ["Store bededag"]);
    let p = plan(
        &one_phase(1, 10.0),
        &settings(d(2024, 4, 22)),
        &no_meetings(),
    );
    assert_eq!(p.weeks[0].working_days, 5);
    assert!(holiday_names(&p.weeks[0]).is_empty());
}

#[test]
fn grundlovsdag_on_a_weekday_counts_only_when_chosen() {
    // 5 June 2026 is a Friday (week 23).
    let off = LocalDaysOff {
        grundlovsdag: true,
        ..LocalDaysOff::default()
    };
    let p = plan(
        &one_phase(1, 10.0),
        &settings(d(2026, 6, 1)),
        &no_meetings(),
    );
    assert_eq!(p.weeks[0].working_days, 5);
    assert!(holiday_names(&p.weeks[0]).is_empty());
    let mut s = settings(d(2026, 6, 1));
    s.local_days_off = off;
    let p = plan(&one_phase(1, 10.0), &s, &no_meetings());
    assert_eq!(p.weeks[0].working_days, 4);
    assert_eq!(p.weeks[0].capacity_hours, 29.6);
    assert_eq!(p.weeks[0].network_hours, 8.0);
    assert_eq!(holiday_names(&p.weeks[0]), ["Grundlovsdag"]);
    // 5 June 2027 is a Saturday: choosing it changes nothing.
    let mut s = settings(d(2027, 5, 31));
    s.local_days_off = off;
    let p = plan(&one_phase(1, 10.0), &s, &no_meetings());
    assert_eq!(p.weeks[0].working_days, 5);
    assert!(holiday_names(&p.weeks[0]).is_empty());
}

#[test]
fn the_other_local_days_off_are_opt_in_too() {
    // 2025: 1 May is a Thursday; 24 and 31 December are Wednesdays.
    let all = LocalDaysOff {
        grundlovsdag: true,
        christmas_eve: true,
        new_years_eve: true,
        may_day: true,
    };
    let mut s = settings(d(2025, 4, 28));
    let p = plan(&one_phase(1, 5.0), &s, &no_meetings());
    assert_eq!(p.weeks[0].working_days, 5);
    s.local_days_off = all;
    let p = plan(&one_phase(1, 5.0), &s, &no_meetings());
    assert_eq!(p.weeks[0].working_days, 4);
    let mut s = settings(d(2025, 12, 22));
    let p = plan(&one_phase(2, 5.0), &s, &no_meetings());
    // 25 and 26 December, then 1 January.
    assert_eq!(p.weeks[0].working_days, 3);
    assert_eq!(p.weeks[1].working_days, 4);
    s.local_days_off = all;
    let p = plan(&one_phase(2, 5.0), &s, &no_meetings());
    assert_eq!(p.weeks[0].working_days, 2);
    assert_eq!(p.weeks[1].working_days, 3);
}

// ---------------------------------------------------------------------------------------------
// ISO weeks around the new year

#[test]
fn iso_week_53_of_2020_and_2026_appear_in_the_plan() {
    let p = plan(
        &one_phase(3, 5.0),
        &settings(d(2020, 12, 21)),
        &no_meetings(),
    );
    assert_eq!(iso(&p), vec![(2020, 52), (2020, 53), (2021, 1)]);
    assert_eq!(week(&p, 2020, 53).monday, d(2020, 12, 28));
    // 1 January 2027 is a Friday in week 53 of 2026.
    let p = plan(&one_phase(3, 5.0), &settings(d(2027, 1, 1)), &no_meetings());
    assert_eq!(iso(&p), vec![(2026, 53), (2027, 1), (2027, 2)]);
    assert_eq!(p.weeks[0].monday, d(2026, 12, 28));
    assert_eq!(holiday_names(&p.weeks[0]), ["Nytårsdag"]);
    assert_eq!(p.weeks[0].working_days, 4);
}

#[test]
fn a_plan_from_week_51_crosses_the_new_year_with_christmas_and_a_free_week() {
    let c = course(vec![
        phase("a", PhaseKind::Phase, 2, 10.0),
        phase("b", PhaseKind::Phase, 2, 10.0),
    ]);
    let mut s = settings(d(2026, 12, 16));
    s.local_days_off.christmas_eve = true;
    // Vacation Monday 28 – Thursday 31 December; Friday 1 January is nytårsdag.
    s.vacations.push(Vacation {
        first: d(2026, 12, 28),
        last: d(2026, 12, 31),
    });
    let p = plan(&c, &s, &no_meetings());
    assert_eq!(
        iso(&p),
        vec![(2026, 51), (2026, 52), (2026, 53), (2027, 1), (2027, 2)]
    );
    let w51 = week(&p, 2026, 51);
    assert_eq!((w51.working_days, w51.capacity_hours), (5, 37.0));
    // Christmas Eve (chosen) and Christmas Day are Thursday and Friday.
    let w52 = week(&p, 2026, 52);
    assert_eq!((w52.working_days, w52.capacity_hours), (3, 22.2));
    assert_eq!(w52.network_hours, 6.0);
    assert_eq!(holiday_names(w52), ["Juleaftensdag", "Juledag"]);
    // Week 53 has no working days: it is free and does not count towards phase b.
    let w53 = week(&p, 2026, 53);
    assert_eq!(w53.working_days, 0);
    assert_eq!(w53.kind, WeekKind::Vacation);
    assert_eq!(w53.phase_id, None);
    assert_eq!(w53.network_hours, 0.0);
    assert_eq!(w53.capacity_hours, 0.0);
    assert!(w53.notes.contains(&WeekNote::Vacation { days: 4 }));
    assert_eq!(holiday_names(w53), ["Nytårsdag"]);
    assert_eq!(week(&p, 2027, 1).phase_id.as_deref(), Some("b"));
    assert!(week(&p, 2027, 1).notes.contains(&WeekNote::PhaseStart));
    assert_eq!(week(&p, 2027, 2).phase_id.as_deref(), Some("b"));
    let b = p.span("b").unwrap();
    assert_eq!(
        (b.first_monday, b.last_monday),
        (d(2027, 1, 4), d(2027, 1, 11))
    );
}

#[test]
fn a_summer_vacation_in_weeks_28_to_30_pushes_later_phases_three_weeks() {
    let c = welfare_like();
    let start = d(2027, 3, 1);
    let before = plan(&c, &settings(start), &no_meetings());
    let mut s = settings(start);
    // Week 28 of 2027 starts Monday 12 July; week 30 ends Friday 30 July.
    s.vacations.push(Vacation {
        first: d(2027, 7, 12),
        last: d(2027, 7, 30),
    });
    let after = plan(&c, &s, &no_meetings());
    for n in 28..=30 {
        let w = week(&after, 2027, n);
        assert_eq!(w.kind, WeekKind::Vacation, "week {n}");
        assert_eq!((w.working_days, w.network_hours), (0, 0.0));
        assert!(w.notes.contains(&WeekNote::Vacation { days: 5 }));
    }
    assert_eq!(after.weeks.len(), before.weeks.len() + 3);
    let vacation_start = d(2027, 7, 12);
    for (a, b) in before.spans.iter().zip(&after.spans) {
        assert_eq!(a.phase_id, b.phase_id);
        assert_eq!(a.working_weeks, b.working_weeks);
        if a.first_monday >= vacation_start {
            assert_eq!(
                b.first_monday - a.first_monday,
                Duration::weeks(3),
                "{}",
                a.phase_id
            );
        } else {
            assert_eq!(a.first_monday, b.first_monday, "{}", a.phase_id);
        }
        if a.last_monday >= vacation_start {
            assert_eq!(
                b.last_monday - a.last_monday,
                Duration::weeks(3),
                "{}",
                a.phase_id
            );
        }
    }
    assert_eq!(
        after.test_start.unwrap() - before.test_start.unwrap(),
        Duration::weeks(3)
    );
}

#[test]
fn vacation_for_part_of_a_week_scales_the_phase() {
    let mut s = settings(d(2027, 9, 6));
    s.vacations.push(Vacation {
        first: d(2027, 9, 8),
        last: d(2027, 9, 10),
    });
    let p = plan(&one_phase(2, 10.0), &s, &no_meetings());
    let w = &p.weeks[0];
    assert_eq!(w.working_days, 2);
    assert_eq!(w.capacity_hours, 14.8);
    assert_eq!(w.network_hours, 4.0);
    assert!(w.notes.contains(&WeekNote::Vacation { days: 3 }));
    assert_eq!(p.weeks.len(), 2);
}

// ---------------------------------------------------------------------------------------------
// Phases, profiles, adjustments and overrides

#[test]
fn a_profile_gives_each_week_its_own_hours() {
    let mut test = phase("t", PhaseKind::Test, 4, 9.0);
    test.hours_profile = Some(vec![14.0, 6.0, 6.0, 12.0]);
    let p = plan(
        &course(vec![test.clone()]),
        &settings(d(2027, 9, 6)),
        &no_meetings(),
    );
    let hours: Vec<f64> = p.weeks.iter().map(|w| w.network_hours).collect();
    assert_eq!(hours, [14.0, 6.0, 6.0, 12.0]);
    assert_eq!(
        p.spans[0].hours_per_week, 14.0,
        "a span shows the heaviest week"
    );
    // Stretched to 6 weeks the first and last weeks stay heavy.
    let mut s = settings(d(2027, 9, 6));
    s.phases.insert(
        "t".into(),
        PhaseAdjustment {
            weeks: Some(6),
            ..PhaseAdjustment::default()
        },
    );
    let p = plan(&course(vec![test.clone()]), &s, &no_meetings());
    let hours: Vec<f64> = p.weeks.iter().map(|w| w.network_hours).collect();
    assert_eq!(hours.len(), 6);
    assert_eq!((hours[0], hours[5]), (14.0, 12.0));
    assert!(hours[1..5].iter().all(|h| [6.0, 12.0, 14.0].contains(h)));
}

#[test]
fn adjusted_hours_per_week_replace_the_profile() {
    let mut test = phase("t", PhaseKind::Test, 4, 9.0);
    test.hours_profile = Some(vec![14.0, 6.0, 6.0, 12.0]);
    let mut s = settings(d(2027, 9, 6));
    s.phases.insert(
        "t".into(),
        PhaseAdjustment {
            hours_per_week: Some(5.0),
            ..PhaseAdjustment::default()
        },
    );
    let p = plan(&course(vec![test]), &s, &no_meetings());
    assert!(p.weeks.iter().all(|w| w.network_hours == 5.0));
    assert_eq!(p.spans[0].hours_per_week, 5.0);
}

#[test]
fn adjustments_override_the_course_weeks_hours_and_intensive_flag() {
    let c = course(vec![
        phase("a", PhaseKind::Phase, 3, 4.0),
        phase("b", PhaseKind::Phase, 2, 4.0),
    ]);
    let mut s = settings(d(2027, 9, 6));
    s.phases.insert(
        "a".into(),
        PhaseAdjustment {
            weeks: Some(5),
            hours_per_week: Some(6.5),
            intensive: Some(true),
        },
    );
    let p = plan(&c, &s, &no_meetings());
    assert_eq!(p.weeks.len(), 7);
    let a = p.span("a").unwrap();
    assert_eq!(
        (a.working_weeks, a.hours_per_week, a.intensive),
        (5, 6.5, true)
    );
    assert!(p.weeks[..5].iter().all(|w| w.network_hours == 6.5));
    assert!(p.weeks[..5].iter().all(|w| w.secretariat_days == 1));
    assert!(p.weeks[5..].iter().all(|w| w.secretariat_days == 0));
    // An intensive phase can be switched off.
    let mut c2 = c.clone();
    c2.phases[0].intensive = true;
    let mut s2 = settings(d(2027, 9, 6));
    s2.phases.insert(
        "a".into(),
        PhaseAdjustment {
            intensive: Some(false),
            ..PhaseAdjustment::default()
        },
    );
    let p = plan(&c2, &s2, &no_meetings());
    assert!(p.weeks.iter().all(|w| w.secretariat_days == 0));
    assert!(!p.span("a").unwrap().intensive);
}

#[test]
fn breaks_and_the_test_phase_are_marked_by_kind() {
    let p = plan(&welfare_like(), &settings(d(2027, 8, 2)), &no_meetings());
    let kinds = |id: &str| -> Vec<WeekKind> {
        p.weeks
            .iter()
            .filter(|w| w.phase_id.as_deref() == Some(id))
            .map(|w| w.kind)
            .collect()
    };
    assert_eq!(kinds("pause1"), [WeekKind::Break; 2]);
    assert_eq!(kinds("test"), [WeekKind::Test; 8]);
    assert_eq!(kinds("design"), [WeekKind::Phase; 5]);
    assert_eq!(p.span("pause1").unwrap().kind, WeekKind::Break);
    assert_eq!(p.span("test").unwrap().kind, WeekKind::Test);
}

#[test]
fn the_first_week_of_each_phase_and_of_the_test_get_notes() {
    let p = plan(&welfare_like(), &settings(d(2027, 8, 2)), &no_meetings());
    for span in &p.spans {
        let first = p
            .weeks
            .iter()
            .find(|w| w.monday == span.first_monday)
            .unwrap();
        let expected = if span.kind == WeekKind::Test {
            WeekNote::TestStart
        } else {
            WeekNote::PhaseStart
        };
        assert!(first.notes.contains(&expected), "{}", span.phase_id);
    }
    let starts = p
        .weeks
        .iter()
        .filter(|w| w.notes.contains(&WeekNote::PhaseStart))
        .count();
    assert_eq!(starts, 6);
    let test_week = p
        .weeks
        .iter()
        .find(|w| w.notes.contains(&WeekNote::TestStart))
        .unwrap();
    assert_eq!(p.test_start, Some(test_week.monday));
}

#[test]
fn spans_record_each_phase_as_it_landed() {
    let c = welfare_like();
    let p = plan(&c, &settings(d(2027, 8, 2)), &no_meetings());
    assert_eq!(p.spans.len(), c.phases.len());
    let mut next = d(2027, 8, 2);
    for (span, ph) in p.spans.iter().zip(&c.phases) {
        assert_eq!(span.phase_id, ph.id);
        assert_eq!(span.working_weeks, ph.weeks);
        assert_eq!(span.first_monday, next);
        assert_eq!(
            span.last_monday,
            span.first_monday + Duration::weeks(i64::from(ph.weeks) - 1)
        );
        next = span.last_monday + Duration::weeks(1);
    }
    assert!(p.span("opstart").unwrap().intensive);
    assert_eq!(p.span("test").unwrap().hours_per_week, 16.0);
}

#[test]
fn an_override_replaces_the_week_s_hours_and_leaves_a_note() {
    let mut s = settings(d(2027, 9, 6));
    s.overrides.push(WeekOverride {
        iso_year: 2027,
        iso_week: 37,
        network_hours: 20.0,
        secretariat_days: None,
        note: "Workshop, dag 1".into(),
    });
    let p = plan(&one_phase(3, 5.0), &s, &no_meetings());
    let w = week(&p, 2027, 37);
    assert_eq!(w.network_hours, 20.0);
    assert_eq!(w.basis_hours, 17.0);
    assert!(w.notes.contains(&WeekNote::Override {
        note: "Workshop, dag 1".into()
    }));
    assert_eq!(
        w.phase_id.as_deref(),
        Some("a"),
        "the week still counts for the phase"
    );
    assert_eq!(p.weeks.len(), 3);
    assert_eq!(week(&p, 2027, 36).network_hours, 5.0);
}

fn override_week(week: u32, hours: f64, days: Option<u8>) -> WeekOverride {
    WeekOverride {
        iso_year: 2027,
        iso_week: week,
        network_hours: hours,
        secretariat_days: days,
        note: String::new(),
    }
}

#[test]
fn a_week_s_own_sekretariat_days_replace_the_suggestion() {
    // 10 hours in a 37-hour week is below the 40 % threshold: no Sekretariat days of itself.
    let mut s = settings(d(2027, 1, 4));
    s.overrides.push(override_week(2, 10.0, Some(3)));
    let p = plan(&one_phase(4, 5.0), &s, &no_meetings());
    assert_eq!(week(&p, 2027, 2).secretariat_days, 3);
    assert!(week(&p, 2027, 2).is_secretariat_week());
}

#[test]
fn no_own_sekretariat_days_means_they_follow_from_the_hours() {
    let mut s = settings(d(2027, 1, 4));
    // 20 hours of 37 is over 40 %: 20 / 7.4 rounded up is 3 days.
    s.overrides.push(override_week(2, 20.0, None));
    let p = plan(&one_phase(4, 5.0), &s, &no_meetings());
    assert_eq!(week(&p, 2027, 2).secretariat_days, 3);
}

#[test]
fn zero_own_sekretariat_days_clear_an_intensive_week() {
    let mut c = one_phase(4, 20.0);
    c.phases[0].intensive = true;
    let mut s = settings(d(2027, 1, 4));
    s.overrides.push(override_week(2, 20.0, Some(0)));
    let p = plan(&c, &s, &no_meetings());
    assert_eq!(week(&p, 2027, 1).secretariat_days, 3);
    assert_eq!(week(&p, 2027, 2).secretariat_days, 0);
}

#[test]
fn own_sekretariat_days_are_never_more_than_the_week_s_working_days() {
    // Week 12 of 2027 has Maundy Thursday and Good Friday: three working days.
    let mut s = settings(d(2027, 3, 22));
    s.overrides.push(override_week(12, 12.0, Some(5)));
    let p = plan(&one_phase(4, 5.0), &s, &no_meetings());
    assert_eq!(week(&p, 2027, 12).working_days, 3);
    assert_eq!(week(&p, 2027, 12).secretariat_days, 3);
    // And none in a week without working days.
    let mut s = settings(d(2027, 1, 4));
    s.vacations.push(Vacation {
        first: d(2027, 1, 11),
        last: d(2027, 1, 15),
    });
    s.overrides.push(override_week(2, 0.0, Some(2)));
    let p = plan(&one_phase(4, 5.0), &s, &no_meetings());
    assert_eq!(week(&p, 2027, 2).secretariat_days, 0);
}

#[test]
fn an_override_in_a_free_week_warns_about_hours_without_capacity() {
    let mut s = settings(d(2027, 9, 6));
    s.vacations.push(Vacation {
        first: d(2027, 9, 13),
        last: d(2027, 9, 17),
    });
    s.overrides.push(WeekOverride {
        iso_year: 2027,
        iso_week: 37,
        network_hours: 3.0,
        secretariat_days: None,
        note: String::new(),
    });
    let p = plan(&one_phase(2, 5.0), &s, &no_meetings());
    let w = week(&p, 2027, 37);
    assert_eq!(
        (w.kind, w.network_hours, w.basis_hours),
        (WeekKind::Vacation, 3.0, 0.0)
    );
    assert_eq!(w.secretariat_days, 0);
    assert!(has_warning(&p, |x| *x
        == Warning::HoursWithoutCapacity {
            iso_year: 2027,
            iso_week: 37,
            network_hours: 3.0
        }));
    assert!(!has_warning(&p, |x| matches!(
        x,
        Warning::OverAllocated { .. }
    )));
}

#[test]
fn an_override_outside_the_plan_is_reported() {
    let mut s = settings(d(2027, 9, 6));
    for (y, n) in [(2027, 30), (2030, 1), (2027, 53)] {
        s.overrides.push(WeekOverride {
            iso_year: y,
            iso_week: n,
            network_hours: 3.0,
            secretariat_days: None,
            note: String::new(),
        });
    }
    let p = plan(&one_phase(2, 5.0), &s, &no_meetings());
    let outside: Vec<(i32, u32)> = p
        .warnings
        .iter()
        .filter_map(|w| match w {
            Warning::OverrideOutsidePlan { iso_year, iso_week } => Some((*iso_year, *iso_week)),
            _ => None,
        })
        .collect();
    assert_eq!(outside, [(2027, 30), (2027, 53), (2030, 1)]);
}

#[test]
fn an_adjustment_for_an_unknown_phase_is_reported() {
    let mut s = settings(d(2027, 9, 6));
    s.phases
        .insert("findes-ikke".into(), PhaseAdjustment::default());
    let p = plan(&one_phase(2, 5.0), &s, &no_meetings());
    assert!(has_warning(&p, |w| *w
        == Warning::UnknownPhase {
            phase_id: "findes-ikke".into()
        }));
}

// ---------------------------------------------------------------------------------------------
// Intensive weeks, basis and warnings

#[test]
fn a_week_at_the_intensive_threshold_is_a_secretariat_week() {
    // 40 % of 37 hours is 14.8 hours.
    let at = plan(
        &one_phase(1, 14.8),
        &settings(d(2027, 9, 6)),
        &no_meetings(),
    );
    assert_eq!(at.weeks[0].secretariat_days, 2, "14.8 / 7.4 = 2 days");
    assert!(at.weeks[0].is_secretariat_week());
    let below = plan(
        &one_phase(1, 14.5),
        &settings(d(2027, 9, 6)),
        &no_meetings(),
    );
    assert_eq!(below.weeks[0].secretariat_days, 0);
    let three = plan(
        &one_phase(1, 15.0),
        &settings(d(2027, 9, 6)),
        &no_meetings(),
    );
    assert_eq!(
        three.weeks[0].secretariat_days, 3,
        "15 / 7.4 rounds up to 3"
    );
    let mut s = settings(d(2027, 9, 6));
    s.intensive_threshold = 0.5;
    let p = plan(&one_phase(1, 15.0), &s, &no_meetings());
    assert_eq!(p.weeks[0].secretariat_days, 0);
    assert_eq!(p.secretariat_weeks().count(), 0);
}

#[test]
fn secretariat_days_are_at_least_one_and_at_most_the_working_days() {
    let mut c = one_phase(3, 2.0);
    c.phases[0].intensive = true;
    let p = plan(&c, &settings(d(2027, 9, 6)), &no_meetings());
    assert!(p.weeks.iter().all(|w| w.secretariat_days == 1));
    // Easter week 2027 has three working days; 30 hours would be five days.
    let p = plan(
        &one_phase(2, 50.0),
        &settings(d(2027, 3, 22)),
        &no_meetings(),
    );
    assert_eq!(p.weeks[0].working_days, 3);
    assert_eq!(p.weeks[0].secretariat_days, 3);
    assert_eq!(p.weeks[1].secretariat_days, 4);
}

#[test]
fn a_week_without_network_hours_is_not_a_secretariat_week() {
    let mut c = one_phase(2, 8.0);
    c.phases[0].intensive = true;
    let mut s = settings(d(2027, 9, 6));
    s.overrides.push(WeekOverride {
        iso_year: 2027,
        iso_week: 37,
        network_hours: 0.0,
        secretariat_days: None,
        note: String::new(),
    });
    let p = plan(&c, &s, &no_meetings());
    assert_eq!(week(&p, 2027, 36).secretariat_days, 2);
    assert_eq!(week(&p, 2027, 37).secretariat_days, 0);
}

#[test]
fn basis_is_never_negative_and_over_allocation_warns() {
    let p = plan(
        &one_phase(2, 45.0),
        &settings(d(2027, 9, 6)),
        &no_meetings(),
    );
    for w in &p.weeks {
        assert_eq!(w.basis_hours, 0.0);
        assert!(w.basis_hours >= 0.0);
    }
    assert!(has_warning(&p, |w| *w
        == Warning::OverAllocated {
            iso_year: 2027,
            iso_week: 36,
            network_hours: 45.0,
            capacity_hours: 37.0
        }));
    let ok = plan(
        &one_phase(2, 10.0),
        &settings(d(2027, 9, 6)),
        &no_meetings(),
    );
    assert!(ok.weeks.iter().all(|w| w.basis_hours == 27.0));
    assert!(ok.warnings.is_empty());
}

#[test]
fn hours_above_the_agreed_ceiling_warn() {
    let mut s = settings(d(2027, 9, 6));
    s.ceiling_hours = Some(15.0);
    s.overrides.push(WeekOverride {
        iso_year: 2027,
        iso_week: 37,
        network_hours: 18.5,
        secretariat_days: None,
        note: String::new(),
    });
    let p = plan(&one_phase(2, 15.0), &s, &no_meetings());
    let above: Vec<&Warning> = p
        .warnings
        .iter()
        .filter(|w| matches!(w, Warning::AboveCeiling { .. }))
        .collect();
    assert_eq!(
        above,
        [&Warning::AboveCeiling {
            iso_year: 2027,
            iso_week: 37,
            network_hours: 18.5,
            ceiling: 15.0
        }],
        "exactly at the ceiling is fine"
    );
}

#[test]
fn a_late_test_phase_warns_and_an_early_one_does_not() {
    let c = |before: u32| {
        course(vec![
            phase("a", PhaseKind::Phase, before, 5.0),
            phase("t", PhaseKind::Test, 8, 10.0),
        ])
    };
    let start = d(2027, 8, 2);
    let on_time = plan(&c(26), &settings(start), &no_meetings());
    assert_eq!(on_time.test_start, Some(start + Duration::weeks(26)));
    assert!(!has_warning(&on_time, |w| matches!(
        w,
        Warning::TestPhaseLate { .. }
    )));
    let late = plan(&c(27), &settings(start), &no_meetings());
    let test_start = start + Duration::weeks(27);
    assert_eq!(late.test_start, Some(test_start));
    let iso = test_start.iso_week();
    assert!(has_warning(&late, |w| *w
        == Warning::TestPhaseLate {
            starts_after_weeks: 27,
            expected_weeks: 26,
            iso_year: iso.year(),
            iso_week: iso.week()
        }));
    // Without an expectation there is nothing to be late for.
    let mut free = c(40);
    free.expected_test_start_weeks = mandat::content::ExpectedTestStart::NoExpectation;
    let p = plan(&free, &settings(start), &no_meetings());
    assert!(!has_warning(&p, |w| matches!(
        w,
        Warning::TestPhaseLate { .. }
    )));
    // A course without a test phase has no test start.
    let p = plan(&one_phase(3, 5.0), &settings(start), &no_meetings());
    assert_eq!(p.test_start, None);
}

#[test]
fn vacation_weeks_count_towards_the_test_phase_being_late() {
    let c = course(vec![
        phase("a", PhaseKind::Phase, 24, 5.0),
        phase("t", PhaseKind::Test, 8, 10.0),
    ]);
    let mut s = settings(d(2027, 1, 4));
    let p = plan(&c, &s, &no_meetings());
    assert!(!has_warning(&p, |w| matches!(
        w,
        Warning::TestPhaseLate { .. }
    )));
    s.vacations.push(Vacation {
        first: d(2027, 3, 1),
        last: d(2027, 3, 19),
    });
    let p = plan(&c, &s, &no_meetings());
    assert!(has_warning(&p, |w| matches!(
        w,
        Warning::TestPhaseLate {
            starts_after_weeks: 27,
            ..
        }
    )));
}

/// A course of `network_type` with `before` working weeks and then an 8-week test phase;
/// `expected` as its file would say it.
fn test_course(
    network_type: NetworkType,
    before: u32,
    expected: mandat::content::ExpectedTestStart,
) -> Course {
    let mut c = course(vec![
        phase("a", PhaseKind::Phase, before, 5.0),
        phase("t", PhaseKind::Test, 8, 10.0),
        phase("e", PhaseKind::Phase, 2, 5.0),
    ]);
    c.network_type = network_type;
    c.expected_test_start_weeks = expected;
    c
}

fn late_test(p: &Plan) -> Option<(u32, u32)> {
    p.warnings.iter().find_map(|w| match w {
        Warning::TestPhaseLate {
            starts_after_weeks,
            expected_weeks,
            ..
        } => Some((*starts_after_weeks, *expected_weeks)),
        _ => None,
    })
}

#[test]
fn a_test_starting_after_half_a_year_warns_for_every_network_type_when_the_course_is_silent() {
    use mandat::content::ExpectedTestStart::HalfAYear;
    let start = d(2027, 8, 2);
    for network_type in NetworkType::ALL {
        let on_time = plan(
            &test_course(network_type, 26, HalfAYear),
            &settings(start),
            &no_meetings(),
        );
        assert_eq!(
            late_test(&on_time),
            None,
            "{network_type:?}: week 26 is on time"
        );
        let late = plan(
            &test_course(network_type, 27, HalfAYear),
            &settings(start),
            &no_meetings(),
        );
        assert_eq!(late_test(&late), Some((27, 26)), "{network_type:?}");
    }
}

#[test]
fn a_course_s_own_test_start_replaces_the_half_year() {
    use mandat::content::ExpectedTestStart::Weeks;
    let start = d(2027, 1, 4);
    let c = |before, weeks| test_course(NetworkType::Innovation, before, Weeks(weeks));
    assert_eq!(
        late_test(&plan(&c(30, 30), &settings(start), &no_meetings())),
        None
    );
    assert_eq!(
        late_test(&plan(&c(31, 30), &settings(start), &no_meetings())),
        Some((31, 30))
    );
    // A stricter course warns earlier than the half year.
    assert_eq!(
        late_test(&plan(&c(20, 16), &settings(start), &no_meetings())),
        Some((20, 16))
    );
}

#[test]
fn a_course_that_expects_no_particular_test_start_never_warns_about_it() {
    use mandat::content::ExpectedTestStart::NoExpectation;
    let c = test_course(NetworkType::Laering, 60, NoExpectation);
    let p = plan(&c, &settings(d(2027, 1, 4)), &no_meetings());
    assert!(p.test_start.is_some());
    assert_eq!(late_test(&p), None);
}

#[test]
fn a_course_without_a_test_phase_never_warns_about_a_late_test() {
    let c = course(vec![phase("a", PhaseKind::Phase, 60, 5.0)]);
    let p = plan(&c, &settings(d(2027, 1, 4)), &no_meetings());
    assert_eq!(p.test_start, None);
    assert_eq!(late_test(&p), None);
}

#[test]
fn the_expected_test_start_reads_from_the_course_file_as_half_a_year_a_figure_or_none() {
    use mandat::content::ExpectedTestStart;
    let read = |field: &str| -> ExpectedTestStart {
        let json = format!(
            r#"{{"id": "k", "network_type": "innovation", "name": {{"da": "K", "en": "K"}},
            "summary": {{"da": "s", "en": "s"}}, "example_note": {{"da": "e", "en": "e"}},
            {field} "phases": []}}"#
        );
        serde_json::from_str::<Course>(&json)
            .unwrap()
            .expected_test_start_weeks
    };
    assert_eq!(read(""), ExpectedTestStart::HalfAYear);
    assert_eq!(read(""), ExpectedTestStart::default());
    assert_eq!(read(""), ExpectedTestStart::HalfAYear);
    assert_eq!(ExpectedTestStart::HalfAYear.weeks(), Some(26));
    assert_eq!(
        read(r#""expected_test_start_weeks": 20,"#),
        ExpectedTestStart::Weeks(20)
    );
    assert_eq!(
        read(r#""expected_test_start_weeks": null,"#),
        ExpectedTestStart::NoExpectation
    );
    assert_eq!(ExpectedTestStart::NoExpectation.weeks(), None);
    // Written back, each reads the same again; the default is left out of the file.
    for expected in [
        ExpectedTestStart::HalfAYear,
        ExpectedTestStart::Weeks(20),
        ExpectedTestStart::NoExpectation,
    ] {
        let mut c = test_course(NetworkType::Innovation, 3, expected);
        c.id = "k".into();
        let json = serde_json::to_value(&c).unwrap();
        assert_eq!(
            json.get("expected_test_start_weeks").is_some(),
            expected != ExpectedTestStart::HalfAYear
        );
        let back: Course = serde_json::from_value(json).unwrap();
        assert_eq!(back.expected_test_start_weeks, expected);
    }
}

fn vacations_in_test(p: &Plan) -> Vec<(u32, u32, u32)> {
    p.warnings
        .iter()
        .filter_map(|w| match w {
            Warning::VacationInTestPhase {
                iso_week,
                weeks,
                vacation_days,
                ..
            } => Some((*iso_week, *weeks, *vacation_days)),
            _ => None,
        })
        .collect()
}

/// Four weeks of phase, then the test in weeks 5–8 of 2027 (1 February – 26 February), then
/// two weeks of evaluation.
fn short_test() -> Course {
    course(vec![
        phase("a", PhaseKind::Phase, 4, 5.0),
        phase("t", PhaseKind::Test, 4, 10.0),
        phase("e", PhaseKind::Phase, 2, 5.0),
    ])
}

fn with_vacation(first: NaiveDate, last: NaiveDate) -> PlanSettings {
    let mut s = settings(d(2027, 1, 4));
    s.vacations.push(Vacation { first, last });
    s
}

#[test]
fn a_day_of_vacation_in_the_test_phase_warns() {
    // Wednesday 10 February, week 6.
    let p = plan(
        &short_test(),
        &with_vacation(d(2027, 2, 10), d(2027, 2, 10)),
        &no_meetings(),
    );
    assert_eq!(vacations_in_test(&p), vec![(6, 1, 1)]);
    let text = warning_text(
        p.warnings
            .iter()
            .find(|w| matches!(w, Warning::VacationInTestPhase { .. }))
            .unwrap(),
        Lang::Da,
    );
    assert!(
        text.contains("uge 6 2027") && text.contains("1 feriedag"),
        "{text}"
    );
}

#[test]
fn vacation_on_the_test_s_first_and_last_days_warns() {
    let first = plan(
        &short_test(),
        &with_vacation(d(2027, 2, 1), d(2027, 2, 1)),
        &no_meetings(),
    );
    assert_eq!(vacations_in_test(&first), vec![(5, 1, 1)]);
    let last = plan(
        &short_test(),
        &with_vacation(d(2027, 2, 26), d(2027, 2, 26)),
        &no_meetings(),
    );
    assert_eq!(vacations_in_test(&last), vec![(8, 1, 1)]);
}

#[test]
fn a_whole_week_away_in_the_test_pauses_it_and_warns_once_for_the_stretch() {
    // Weeks 6 and 7 away: the test runs weeks 5, 8, 9 and 10 and the stretch is one warning.
    let p = plan(
        &short_test(),
        &with_vacation(d(2027, 2, 8), d(2027, 2, 19)),
        &no_meetings(),
    );
    let span = p.span("t").unwrap();
    assert_eq!(span.first_monday, d(2027, 2, 1));
    assert_eq!(span.last_monday, d(2027, 3, 8));
    assert_eq!(vacations_in_test(&p), vec![(6, 2, 10)]);
    let en = warning_text(
        p.warnings
            .iter()
            .find(|w| matches!(w, Warning::VacationInTestPhase { .. }))
            .unwrap(),
        Lang::En,
    );
    assert!(
        en.contains("week 6–7 2027") && en.contains("10 vacation days"),
        "{en}"
    );
}

#[test]
fn two_separate_vacations_in_the_test_warn_twice() {
    let mut s = with_vacation(d(2027, 2, 2), d(2027, 2, 3));
    s.vacations.push(Vacation {
        first: d(2027, 2, 22),
        last: d(2027, 2, 22),
    });
    let p = plan(&short_test(), &s, &no_meetings());
    assert_eq!(vacations_in_test(&p), vec![(5, 1, 2), (8, 1, 1)]);
}

#[test]
fn vacation_just_before_or_after_the_test_or_in_another_phase_does_not_warn() {
    for (first, last) in [
        // The Friday before the test.
        (d(2027, 1, 29), d(2027, 1, 29)),
        // The whole week before: the test moves a week but has no vacation in it.
        (d(2027, 1, 25), d(2027, 1, 29)),
        // The Monday after.
        (d(2027, 3, 1), d(2027, 3, 1)),
        // Early in the course.
        (d(2027, 1, 6), d(2027, 1, 8)),
    ] {
        let p = plan(&short_test(), &with_vacation(first, last), &no_meetings());
        assert_eq!(vacations_in_test(&p), vec![], "{first}–{last}");
    }
}

#[test]
fn a_vacation_on_a_weekend_or_a_holiday_in_the_test_takes_no_day_and_does_not_warn() {
    // Saturday and Sunday 6–7 February.
    let p = plan(
        &short_test(),
        &with_vacation(d(2027, 2, 6), d(2027, 2, 7)),
        &no_meetings(),
    );
    assert_eq!(vacations_in_test(&p), vec![]);
    // A test from week 12 of 2027, over Easter: a vacation on Good Friday alone.
    let mut s = settings(d(2027, 2, 22));
    s.vacations.push(Vacation {
        first: d(2027, 3, 26),
        last: d(2027, 3, 26),
    });
    let p = plan(&short_test(), &s, &no_meetings());
    assert_eq!(week(&p, 2027, 12).kind, WeekKind::Test);
    assert_eq!(vacations_in_test(&p), vec![]);
}

#[test]
fn a_course_without_a_test_phase_has_no_vacation_in_it() {
    let mut s = settings(d(2027, 1, 4));
    s.vacations.push(Vacation {
        first: d(2027, 1, 11),
        last: d(2027, 1, 15),
    });
    let p = plan(&one_phase(6, 5.0), &s, &no_meetings());
    assert_eq!(vacations_in_test(&p), vec![]);
}

#[test]
fn a_warning_names_the_week_it_is_about_or_none_for_the_whole_plan() {
    let week = |w: Warning| w.week();
    assert_eq!(
        week(Warning::AboveCeiling {
            iso_year: 2027,
            iso_week: 10,
            network_hours: 16.0,
            ceiling: 15.0
        }),
        Some((2027, 10))
    );
    assert_eq!(
        week(Warning::VacationInTestPhase {
            iso_year: 2027,
            iso_week: 28,
            weeks: 3,
            vacation_days: 15
        }),
        Some((2027, 28))
    );
    // A meeting on New Year's Day 2027 is in week 53 of 2026.
    assert_eq!(
        week(Warning::MeetingOnHoliday {
            date: d(2027, 1, 1),
            meeting_id: "personaleleder-1".into(),
            name_da: "Nytårsdag".into(),
            name_en: "New Year's Day".into()
        }),
        Some((2026, 53))
    );
    assert_eq!(week(Warning::PlanTooLong { max_weeks: 522 }), None);
    assert_eq!(
        week(Warning::UnknownPhase {
            phase_id: "x".into()
        }),
        None
    );
}

#[test]
fn meetings_on_holidays_and_weekends_warn_and_meetings_get_a_note() {
    let mut s = settings(d(2027, 5, 3));
    s.local_days_off.grundlovsdag = true;
    let meetings = vec![
        ("personaleleder-1".to_string(), d(2027, 5, 6)),
        ("co-driver-1".to_string(), d(2027, 5, 15)),
        ("referenceleder-1".to_string(), d(2027, 5, 11)),
        ("referenceleder-2".to_string(), d(2029, 6, 5)),
    ];
    let p = plan(&one_phase(3, 5.0), &s, &meetings);
    assert!(has_warning(&p, |w| *w
        == Warning::MeetingOnHoliday {
            date: d(2027, 5, 6),
            meeting_id: "personaleleder-1".into(),
            name_da: "Kristi himmelfartsdag".into(),
            name_en: "Ascension Day".into()
        }));
    assert!(has_warning(&p, |w| *w
        == Warning::MeetingOnWeekend {
            date: d(2027, 5, 15),
            meeting_id: "co-driver-1".into()
        }));
    // A chosen local day off counts as a holiday, even outside the plan.
    assert!(has_warning(&p, |w| matches!(
        w,
        Warning::MeetingOnHoliday { name_da, meeting_id, .. }
            if name_da == "Grundlovsdag" && meeting_id == "referenceleder-2"
    )));
    assert!(!has_warning(&p, |w| matches!(
        w,
        Warning::MeetingOnHoliday { meeting_id, .. } | Warning::MeetingOnWeekend { meeting_id, .. }
            if meeting_id == "referenceleder-1"
    )));
    let note = WeekNote::Meeting {
        date: d(2027, 5, 11),
        meeting_id: "referenceleder-1".into(),
    };
    assert!(week(&p, 2027, 19).notes.contains(&note));
    assert!(week(&p, 2027, 19).notes.contains(&WeekNote::Meeting {
        date: d(2027, 5, 15),
        meeting_id: "co-driver-1".into(),
    }));
    let meeting_notes = p
        .weeks
        .iter()
        .flat_map(|w| &w.notes)
        .filter(|n| matches!(n, WeekNote::Meeting { .. }))
        .count();
    assert_eq!(meeting_notes, 3, "the meeting in 2029 is outside the plan");
}

#[test]
fn every_kind_of_warning_can_be_raised() {
    let mut c = course(vec![
        phase("a", PhaseKind::Phase, 27, 10.0),
        phase("t", PhaseKind::Test, 2, 40.0),
    ]);
    c.phases[0].intensive = true;
    let mut s = settings(d(2027, 1, 4));
    s.ceiling_hours = Some(20.0);
    s.phases.insert("ukendt".into(), PhaseAdjustment::default());
    s.vacations.push(Vacation {
        first: d(2027, 2, 1),
        last: d(2027, 2, 5),
    });
    s.overrides.extend([
        WeekOverride {
            iso_year: 2027,
            iso_week: 5,
            network_hours: 4.0,
            secretariat_days: None,
            note: String::new(),
        },
        WeekOverride {
            iso_year: 2031,
            iso_week: 5,
            network_hours: 4.0,
            secretariat_days: None,
            note: String::new(),
        },
    ]);
    // Tuesday of the test's first week (week 29: phase a skips the free week 5).
    s.vacations.push(Vacation {
        first: d(2027, 7, 20),
        last: d(2027, 7, 20),
    });
    let meetings = vec![
        ("personaleleder-1".to_string(), d(2027, 3, 26)),
        ("co-driver-1".to_string(), d(2027, 3, 27)),
    ];
    let p = plan(&c, &s, &meetings);
    let mut kinds: Vec<String> = p
        .warnings
        .iter()
        .map(|w| {
            serde_json::to_value(w).unwrap()["kind"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    kinds.sort();
    kinds.dedup();
    assert_eq!(
        kinds,
        [
            "above_ceiling",
            "hours_without_capacity",
            "meeting_on_holiday",
            "meeting_on_weekend",
            "over_allocated",
            "override_outside_plan",
            "test_phase_late",
            "unknown_phase",
            "vacation_in_test_phase"
        ]
    );
    // The last kind: a plan cut off at its limit.
    let mut s = settings(d(2027, 1, 4));
    s.vacations.push(Vacation {
        first: d(2027, 1, 1),
        last: d(2047, 1, 1),
    });
    let p = plan(&one_phase(2, 5.0), &s, &no_meetings());
    assert_eq!(p.weeks.len(), MAX_PLAN_WEEKS);
    assert!(p.weeks.iter().all(|w| w.kind == WeekKind::Vacation));
    assert!(has_warning(&p, |w| *w
        == Warning::PlanTooLong {
            max_weeks: MAX_PLAN_WEEKS as u32
        }));
}

// ---------------------------------------------------------------------------------------------
// Input that makes no sense never hangs or panics

#[test]
fn pathological_input_is_handled_safely() {
    let mut c = course(vec![
        phase("zero", PhaseKind::Phase, 0, 5.0),
        phase("nan", PhaseKind::Phase, 2, f64::NAN),
        phase("neg", PhaseKind::Phase, 1, -8.0),
        phase("inf", PhaseKind::Phase, 1, f64::INFINITY),
        phase("big", PhaseKind::Phase, 1, 1e12),
        phase("huge", PhaseKind::Phase, u32::MAX, 5.0),
    ]);
    c.phases[1].hours_profile = Some(vec![f64::NAN, 3.0]);
    let mut s = settings(d(2027, 1, 4));
    s.weekly_hours = f64::NAN;
    s.intensive_threshold = f64::NAN;
    s.ceiling_hours = Some(f64::NAN);
    s.overrides.push(WeekOverride {
        iso_year: 2027,
        iso_week: 2,
        network_hours: f64::NEG_INFINITY,
        secretariat_days: None,
        note: "\u{0}".into(),
    });
    let p = plan(&c, &s, &no_meetings());
    assert_eq!(p.weekly_hours, 37.0);
    assert_eq!(p.weeks.len(), MAX_PLAN_WEEKS);
    assert!(
        p.span("zero").is_none(),
        "a phase of 0 weeks takes no weeks"
    );
    for w in &p.weeks {
        for h in [w.capacity_hours, w.network_hours, w.basis_hours] {
            assert!(h.is_finite() && h >= 0.0, "{w:?}");
        }
    }
    assert_eq!(p.weeks[0].network_hours, 0.0);
    assert_eq!(
        p.weeks[1].network_hours, 0.0,
        "an override of -∞ counts as 0"
    );
    assert_eq!(p.weeks[3].network_hours, 0.0, "∞ is not a number of hours");
    assert_eq!(
        p.weeks[4].network_hours, 168.0,
        "capped at the hours of a week"
    );
    // The end of the calendar.
    let p = plan(
        &one_phase(5, 5.0),
        &settings(NaiveDate::MAX),
        &no_meetings(),
    );
    assert!(p.weeks.len() <= 5);
    let p = plan(
        &one_phase(5, 5.0),
        &settings(NaiveDate::MIN),
        &no_meetings(),
    );
    assert!(p.weeks.len() <= 5);
    // Nothing to plan.
    let p = plan(
        &course(Vec::new()),
        &settings(d(2027, 1, 4)),
        &no_meetings(),
    );
    assert!(p.weeks.is_empty() && p.spans.is_empty() && p.test_start.is_none());
    for lang in [Lang::Da, Lang::En] {
        let c = course(Vec::new());
        assert!(to_text(&p, &c, lang).contains('\n'));
        assert_eq!(to_csv(&p, &c, lang), format!("{CSV_HEADER}\n"));
        assert!(serde_json::from_str::<serde_json::Value>(&to_json(&p, &c, lang)).is_ok());
    }
}

#[test]
fn a_backwards_vacation_takes_no_days() {
    let mut s = settings(d(2027, 9, 6));
    s.vacations.push(Vacation {
        first: d(2027, 9, 10),
        last: d(2027, 9, 6),
    });
    let p = plan(&one_phase(1, 5.0), &s, &no_meetings());
    assert_eq!(p.weeks[0].working_days, 5);
}

#[test]
fn plan_for_looks_the_course_up_and_names_a_missing_one() {
    use mandat::content::{CodriverAid, Content, ContentSource};
    let content = Content {
        source: ContentSource::Embedded,
        roles: Vec::new(),
        pamphlets: Vec::new(),
        question_sets: Vec::new(),
        codriver_aid: CodriverAid {
            title: Text::default(),
            intro: Text::default(),
            profiles: Vec::new(),
            development_path: Text::default(),
        },
        agreements: Vec::new(),
        courses: vec![one_phase(2, 5.0)],
    };
    let p = mandat::planner::plan_for(&content, &settings(d(2027, 9, 6)), &no_meetings()).unwrap();
    assert_eq!(p.weeks.len(), 2);
    assert_eq!(p.course_id, "prøve");
    let err = mandat::planner::plan_for(
        &content,
        &PlanSettings::new("mangler", d(2027, 9, 6)),
        &no_meetings(),
    )
    .unwrap_err();
    assert_eq!(err.0, "mangler");
}

// ---------------------------------------------------------------------------------------------
// The plan as CSV, JSON and text

fn sample() -> (Course, Plan) {
    let mut c = welfare_like();
    c.phases[1].name = Text::new("Design, \"netværk\"", "Design, \"network\"");
    let mut s = settings(d(2026, 12, 14));
    s.ceiling_hours = Some(14.0);
    s.local_days_off.christmas_eve = true;
    s.vacations.push(Vacation {
        first: d(2027, 7, 12),
        last: d(2027, 7, 30),
    });
    s.overrides.push(WeekOverride {
        iso_year: 2027,
        iso_week: 3,
        network_hours: 18.5,
        secretariat_days: None,
        note: "Opstartsdag,\nmed \"alle\"\u{7}".into(),
    });
    let meetings = vec![
        ("personaleleder-1".to_string(), d(2027, 1, 6)),
        ("co-driver-1".to_string(), d(2027, 3, 25)),
    ];
    let p = plan(&c, &s, &meetings);
    (c, p)
}

/// Splits a CSV line into fields, honouring RFC 4180 quotes.
fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().unwrap().push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(String::new()),
            (c, _) => fields.last_mut().unwrap().push(c),
        }
    }
    assert!(!quoted, "unbalanced quotes in {line}");
    fields
}

#[test]
fn the_csv_has_the_exact_header_and_twelve_columns_per_week() {
    let (c, p) = sample();
    let csv = to_csv(&p, &c, Lang::Da);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "iso_year,iso_week,monday,phase_id,phase_name,kind,working_days,capacity_hours,\
             network_hours,basis_hours,secretariat_days,notes"
        )
    );
    let rows: Vec<Vec<String>> = lines.map(csv_fields).collect();
    assert_eq!(rows.len(), p.weeks.len());
    for (row, w) in rows.iter().zip(&p.weeks) {
        assert_eq!(row.len(), 12, "{row:?}");
        assert_eq!(row[0], w.iso_year.to_string());
        assert_eq!(row[1], w.iso_week.to_string());
        assert_eq!(row[2], w.monday.format("%Y-%m-%d").to_string());
        assert!(["phase", "break", "test", "vacation"].contains(&row[5].as_str()));
        for h in &row[7..10] {
            let (whole, decimals) = h.split_once('.').expect("a decimal point");
            assert!(whole.parse::<u32>().is_ok() && decimals.len() == 1, "{h}");
        }
    }
    let first = &rows[0];
    assert_eq!(first[..3], ["2026", "51", "2026-12-14"]);
    assert_eq!(first[3], "opstart");
    assert_eq!(first[4], "Fase opstart");
    assert_eq!(first[7..10], ["37.0", "8.0", "29.0"]);
    let w52 = &rows[1];
    assert_eq!(w52[6], "3");
    assert_eq!(w52[7], "22.2");
    assert_eq!(w52[11], "juleaftensdag; juledag");
}

#[test]
fn csv_fields_with_commas_quotes_and_line_breaks_are_quoted_and_cleaned() {
    let (c, p) = sample();
    let csv = to_csv(&p, &c, Lang::Da);
    assert_eq!(
        csv.lines().count(),
        p.weeks.len() + 1,
        "no line breaks inside fields"
    );
    assert!(!csv.contains('\u{7}'));
    assert!(csv.contains("\"Design, \"\"netværk\"\"\""));
    let w3 = csv
        .lines()
        .find(|l| l.starts_with("2027,3,"))
        .map(csv_fields)
        .unwrap();
    assert_eq!(w3[8], "18.5");
    assert_eq!(w3[11], "egne timer: Opstartsdag, med \"alle\"");
    let en = to_csv(&p, &c, Lang::En);
    assert!(en.contains("\"Design, \"\"network\"\"\""));
    assert!(en.contains("Christmas Eve; Christmas Day"));
}

#[test]
fn the_csv_marks_free_weeks_as_vacation_with_no_phase() {
    let (c, p) = sample();
    let csv = to_csv(&p, &c, Lang::En);
    let w29 = csv
        .lines()
        .find(|l| l.starts_with("2027,29,"))
        .map(csv_fields)
        .unwrap();
    assert_eq!(w29[3..7], ["", "", "vacation", "0"]);
    assert_eq!(w29[11], "vacation all week");
}

#[test]
fn the_json_has_weeks_spans_and_warnings_with_texts() {
    let (c, p) = sample();
    let v: serde_json::Value = serde_json::from_str(&to_json(&p, &c, Lang::Da)).unwrap();
    assert_eq!(v["format"], "mandat-plan");
    assert_eq!(v["format_version"], 1);
    assert_eq!(v["lang"], "da");
    assert_eq!(v["course"]["id"], "prøve");
    assert_eq!(v["course"]["name"], "Prøveforløb");
    assert_eq!(v["start"], "2026-12-14");
    assert_eq!(v["first_monday"], "2026-12-14");
    assert_eq!(v["weekly_hours"], 37.0);
    assert_eq!(v["test_start"], p.test_start.unwrap().to_string());
    let weeks = v["weeks"].as_array().unwrap();
    assert_eq!(weeks.len(), p.weeks.len());
    assert_eq!(weeks[0]["phase_name"], "Fase opstart");
    assert_eq!(weeks[0]["kind"], "phase");
    assert_eq!(weeks[0]["notes"][0]["kind"], "phase_start");
    assert_eq!(weeks[0]["notes"][0]["text"], "ny fase");
    let free = weeks.iter().find(|w| w["kind"] == "vacation").unwrap();
    assert!(free["phase_id"].is_null() && free["phase_name"].is_null());
    let spans = v["spans"].as_array().unwrap();
    assert_eq!(spans.len(), c.phases.len());
    assert_eq!(spans[1]["phase_name"], "Design, \"netværk\"");
    assert_eq!(spans[0]["first_week"]["iso_week"], 51);
    let warnings = v["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), p.warnings.len());
    assert!(
        warnings
            .iter()
            .all(|w| w["text"].as_str().is_some_and(|t| !t.is_empty()))
    );
    assert!(warnings.iter().any(|w| w["kind"] == "above_ceiling"
        && w["text"] == "Uge 3 2027: 18,5 netværkstimer er over loftet på 14 timer."));
    let en: serde_json::Value = serde_json::from_str(&to_json(&p, &c, Lang::En)).unwrap();
    assert_eq!(en["weeks"][0]["phase_name"], "Phase opstart");
    assert_eq!(en["lang"], "en");
}

#[test]
fn the_text_plan_never_cuts_a_figure_even_in_a_long_heavy_plan() {
    // Two years at 30 hours a week in a 40-hour week: totals over a thousand hours, and a
    // phase and notes long enough to squeeze the text columns.
    let mut c = course(vec![
        phase("lang", PhaseKind::Phase, 100, 30.0),
        phase("t", PhaseKind::Test, 8, 35.5),
    ]);
    c.phases[0].name = Text::new(
        "Opstart, netværksdesign og fokusering med mange deltagere",
        "Start-up, network design and focusing with many participants",
    );
    let mut s = settings(d(2027, 1, 4));
    s.weekly_hours = 40.0;
    let p = plan(&c, &s, &no_meetings());
    assert!(p.total_network_hours() > 1000.0);
    for lang in [Lang::Da, Lang::En] {
        let text = to_text(&p, &c, lang);
        let total = mandat::text::format::number_fixed(p.total_network_hours(), lang);
        let basis = mandat::text::format::number_fixed(p.total_basis_hours(), lang);
        let total_row = text
            .lines()
            .find(|l| l.contains(&total) && l.contains(&basis))
            .unwrap_or_else(|| panic!("the totals {total} and {basis} whole: {text}"));
        assert!(!total_row.contains('…'), "{total_row}");
        for w in &p.weeks {
            let hours = mandat::text::format::number_fixed(w.network_hours, lang);
            assert!(text.contains(&hours), "{hours}");
        }
        for line in text.lines() {
            assert!(line.width() <= 80, "{} columns: {line}", line.width());
        }
    }
}

#[test]
fn every_line_of_the_text_plan_fits_80_columns() {
    let (mut c, p) = sample();
    c.name = Text::new(
        "Et forløb med et meget langt navn, der slet ikke kan stå på én linje sammen med resten af overskriften",
        "A course with a very long name that cannot fit on one line together with the rest of the heading",
    );
    c.phases[0].name = Text::new("Opstart og afklaring af temaet i netværket", "Start");
    for lang in [Lang::Da, Lang::En] {
        let text = to_text(&p, &c, lang);
        for line in text.lines() {
            assert!(line.width() <= 80, "{} columns: {line}", line.width());
        }
        assert!(text.lines().count() > p.weeks.len());
    }
}

#[test]
fn the_text_plan_reads_in_danish_by_default_and_in_english_on_request() {
    let (c, p) = sample();
    let da = to_text(&p, &c, Lang::default());
    assert!(da.starts_with("Arbejdsplan: Prøveforløb\n"));
    assert!(da.contains("Start mandag 14. december 2026, uge 51. 37 timer om ugen."));
    assert!(da.contains("Tallene er eksempler"));
    for header in [
        "Uge", "Dato", "Fase", "Dage", "Netværk", "Basis", "Sekr.", "Noter",
    ] {
        assert!(da.contains(header), "{header}");
    }
    assert!(da.contains("14.–18. dec"));
    assert!(da.contains("4.–8. jan"));
    assert!(da.contains("Netværkstimer i alt:"));
    assert!(da.contains("\nAdvarsler\n"));
    assert!(da.contains("- Uge 3 2027: 18,5 netværkstimer er over loftet på 14 timer."));
    assert!(
        da.contains("22,2") || da.contains("29,0"),
        "Danish decimal comma"
    );
    let en = to_text(&p, &c, Lang::En);
    assert!(en.starts_with("Workload plan: Trial course\n"));
    assert!(en.contains("Starts Monday 14 December 2026, week 51. 37 hours a week."));
    for header in [
        "Week", "Dates", "Phase", "Days", "Network", "Basis", "Secr.", "Notes",
    ] {
        assert!(en.contains(header), "{header}");
    }
    assert!(en.contains("4–8 Jan"));
    assert!(en.contains("Network hours in all:"));
    assert!(en.contains("\nWarnings\n"));
    assert!(en.contains("- Week 3 2027: 18.5 network hours is above the ceiling of 14 hours."));
}

#[test]
fn long_notes_are_cut_with_an_ellipsis() {
    let mut s = settings(d(2027, 9, 6));
    s.overrides.push(WeekOverride {
        iso_year: 2027,
        iso_week: 36,
        network_hours: 6.0,
        secretariat_days: None,
        note: "en meget lang forklaring på, hvorfor timerne er sat i hånden denne uge".into(),
    });
    let c = one_phase(1, 5.0);
    let text = to_text(&plan(&c, &s, &no_meetings()), &c, Lang::Da);
    let row = text
        .lines()
        .find(|l| l.trim_start().starts_with("36 "))
        .unwrap();
    assert!(row.ends_with('…'), "{row}");
    assert!(row.width() <= 80);
}

#[test]
fn a_plan_without_warnings_says_so() {
    let c = one_phase(2, 5.0);
    let p = plan(&c, &settings(d(2027, 9, 6)), &no_meetings());
    assert!(to_text(&p, &c, Lang::Da).contains("Ingen advarsler."));
    assert!(to_text(&p, &c, Lang::En).contains("No warnings."));
}

#[test]
fn warnings_read_as_sentences_in_both_languages() {
    let cases = [
        (
            Warning::AboveCeiling {
                iso_year: 2027,
                iso_week: 12,
                network_hours: 18.5,
                ceiling: 15.0,
            },
            "Uge 12 2027: 18,5 netværkstimer er over loftet på 15 timer.",
            "Week 12 2027: 18.5 network hours is above the ceiling of 15 hours.",
        ),
        (
            Warning::HoursWithoutCapacity {
                iso_year: 2027,
                iso_week: 29,
                network_hours: 6.0,
            },
            "Uge 29 2027: 6 netværkstimer i en uge uden arbejdsdage.",
            "Week 29 2027: 6 network hours in a week with no working days.",
        ),
        (
            Warning::MeetingOnHoliday {
                date: d(2027, 5, 6),
                meeting_id: "personaleleder-1".into(),
                name_da: "Kristi himmelfartsdag".into(),
                name_en: "Ascension Day".into(),
            },
            "Mødet med din personaleleder torsdag 6. maj 2027 ligger på en fridag: \
             Kristi himmelfartsdag.",
            "The meeting with your staff manager on Thursday 6 May 2027 falls on a day off: \
             Ascension Day.",
        ),
        (
            Warning::MeetingOnWeekend {
                date: d(2027, 5, 15),
                meeting_id: "co-driver-2".into(),
            },
            "Mødet med din co-driver lørdag 15. maj 2027 ligger i en weekend.",
            "The meeting with your co-driver on Saturday 15 May 2027 falls on a weekend.",
        ),
    ];
    for (w, da, en) in cases {
        assert_eq!(warning_text(&w, Lang::Da), da);
        assert_eq!(warning_text(&w, Lang::En), en);
    }
    let others = [
        Warning::OverAllocated {
            iso_year: 2027,
            iso_week: 12,
            network_hours: 30.0,
            capacity_hours: 22.2,
        },
        Warning::TestPhaseLate {
            starts_after_weeks: 30,
            expected_weeks: 26,
            iso_year: 2027,
            iso_week: 31,
        },
        Warning::OverrideOutsidePlan {
            iso_year: 2030,
            iso_week: 1,
        },
        Warning::UnknownPhase {
            phase_id: "x".into(),
        },
        Warning::PlanTooLong { max_weeks: 522 },
    ];
    for w in others {
        let da = warning_text(&w, Lang::Da);
        let en = warning_text(&w, Lang::En);
        assert!(da.ends_with('.') && en.ends_with('.'));
        assert_ne!(da, en);
        assert!(!da.contains(".5") && !da.contains(".2"), "{da}");
    }
    assert!(
        warning_text(
            &Warning::OverAllocated {
                iso_year: 2027,
                iso_week: 12,
                network_hours: 30.0,
                capacity_hours: 22.2,
            },
            Lang::Da
        )
        .contains("22,2")
    );
}

#[test]
fn notes_read_as_short_phrases() {
    let cases = [
        (WeekNote::PhaseStart, "ny fase", "new phase"),
        (WeekNote::TestStart, "testen begynder", "test begins"),
        (
            WeekNote::Vacation { days: 1 },
            "1 feriedag",
            "1 vacation day",
        ),
        (
            WeekNote::Vacation { days: 3 },
            "3 feriedage",
            "3 vacation days",
        ),
        (
            WeekNote::Vacation { days: 5 },
            "ferie hele ugen",
            "vacation all week",
        ),
        (
            WeekNote::Override {
                note: String::new(),
            },
            "egne timer",
            "own hours",
        ),
        (
            WeekNote::Holiday {
                date: d(2027, 3, 29),
                name_da: "2. påskedag".into(),
                name_en: "Easter Monday".into(),
            },
            "2. påskedag",
            "Easter Monday",
        ),
        (
            WeekNote::Meeting {
                date: d(2027, 2, 2),
                meeting_id: "referenceleder-1".into(),
            },
            "møde med din referenceleder tirsdag",
            "meeting with your reference leader on Tuesday",
        ),
        (
            WeekNote::Meeting {
                date: d(2027, 2, 2),
                meeting_id: "ekstra".into(),
            },
            "møde «ekstra» tirsdag",
            "meeting “ekstra” on Tuesday",
        ),
    ];
    for (note, da, en) in cases {
        assert_eq!(note_text(&note, Lang::Da), da);
        assert_eq!(note_text(&note, Lang::En), en);
    }
}

#[test]
fn a_plan_starting_in_a_free_week_begins_with_that_week() {
    let mut s = settings(d(2027, 9, 6));
    s.vacations.push(Vacation {
        first: d(2027, 9, 6),
        last: d(2027, 9, 10),
    });
    let p = plan(&one_phase(2, 5.0), &s, &no_meetings());
    assert_eq!(p.weeks.len(), 3);
    assert_eq!(p.weeks[0].kind, WeekKind::Vacation);
    assert_eq!(p.span("a").unwrap().first_monday, d(2027, 9, 13));
    assert!(p.weeks[1].notes.contains(&WeekNote::PhaseStart));
}

// ---------------------------------------------------------------------------------------------
// The course shipped with mandat

#[test]
fn the_embedded_welfare_course_reaches_its_test_phase_within_half_a_year() {
    let content = mandat::content::Content::embedded().expect("the embedded content loads");
    let s = PlanSettings::new("velfaerd", d(2027, 1, 4));
    let p = mandat::planner::plan_for(&content, &s, &no_meetings()).unwrap();
    let test_start = p.test_start.expect("the welfare course has a test phase");
    assert!(
        test_start - d(2027, 1, 4) <= Duration::weeks(26),
        "the test starts {test_start}"
    );
    assert!(!has_warning(&p, |w| matches!(
        w,
        Warning::TestPhaseLate { .. }
    )));
    for lang in [Lang::Da, Lang::En] {
        let course = content.course("velfaerd").unwrap();
        for line in to_text(&p, course, lang).lines() {
            assert!(line.width() <= 80, "{line}");
        }
    }
}
