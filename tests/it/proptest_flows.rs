//! The four preparation flows (SPEC §2) under random event sequences: they never panic, a
//! rejected event leaves the state as it was, the rules of each flow hold in every state that
//! can be reached, and every reachable state survives the save file unchanged.

use std::collections::BTreeSet;

use chrono::{Days, NaiveDate};
use mandat::content::{Content, Course};
use mandat::flow::agreement::{Agreement, AgreementEvent, AgreementState, FieldText};
use mandat::flow::handout::{Channel, HandoutContext, HandoutEvent, HandoutState};
use mandat::flow::plan::{MAX_WEEKLY_HOURS, PlanDraft, PlanEvent, PlanStatus, PlanStep};
use mandat::flow::reflection::{Answer, AnswerStatus, Reflection, ReflectionEvent, ReflectionStep};
use mandat::model::{Meeting, Workspace};
use mandat::planner::{
    self, LocalDaysOff, MAX_PLAN_WEEKS, PhaseAdjustment, PlanSettings, Vacation, WeekOverride,
};
use mandat::vocab::Counterpart;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fmt::Debug;
use std::sync::OnceLock;

// ---------------------------------------------------------------------------------------------
// Shared strategies

fn day(offset: u64) -> NaiveDate {
    crate::support::date(2027, 1, 1) + Days::new(offset)
}

/// Dates within a few months, so that "before", "after" and "same day" all come up often.
fn near_date() -> impl Strategy<Value = NaiveDate> {
    (0u64..120).prop_map(day)
}

/// Mostly near dates, sometimes the ends of the calendar.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        8 => near_date(),
        1 => Just(NaiveDate::MIN),
        1 => Just(NaiveDate::MAX),
        1 => any::<i32>().prop_filter_map("a date", NaiveDate::from_num_days_from_ce_opt),
    ]
}

/// Text as a user might type or paste it: blank, Danish, emoji, or any Unicode at all.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just(" \n\t ".to_string()),
        Just("Æblegrød på ø — 👍\nanden linje".to_string()),
        "\\PC{0,24}",
        any::<String>(),
    ]
}

/// Hours, including every kind of number a hand-edited file or a slip of the finger gives.
fn any_hours() -> impl Strategy<Value = f64> {
    prop_oneof![
        6 => (0u32..=200).prop_map(|h| f64::from(h) / 2.0),
        2 => 0.0f64..100.0,
        1 => Just(f64::NAN),
        1 => Just(f64::INFINITY),
        1 => Just(f64::NEG_INFINITY),
        1 => Just(-1.0),
        1 => Just(f64::MAX),
        1 => Just(f64::MIN_POSITIVE),
    ]
}

/// The state survives JSON, as the save file holds it.
fn assert_round_trips<T>(value: &T)
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    let text = serde_json::to_string_pretty(value).expect("serialise");
    let back: T = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{value:?} does not read back: {e}\n{text}"));
    assert_eq!(&back, value, "changed by a save and load:\n{text}");
}

/// A rejection is said in one line.
/// A refused event is worded by the catalogue in one non-empty line, in both languages.
fn assert_one_line_message(word: impl Fn(mandat::text::Lang) -> String) {
    for lang in mandat::text::Lang::ALL {
        let message = word(lang);
        assert!(!message.trim().is_empty());
        assert!(!message.contains('\n'), "{message}");
    }
}

// ---------------------------------------------------------------------------------------------
// Handout

fn channel() -> impl Strategy<Value = Channel> {
    select(Channel::ALL.to_vec())
}

fn handout_event() -> impl Strategy<Value = HandoutEvent> {
    prop_oneof![
        near_date().prop_map(|on| HandoutEvent::Prepare { on }),
        (near_date(), channel()).prop_map(|(on, channel)| HandoutEvent::HandOut { on, channel }),
        Just(HandoutEvent::MarkDiscussed),
        Just(HandoutEvent::StepBack),
    ]
}

fn any_handout_state() -> impl Strategy<Value = HandoutState> {
    let dates = (
        proptest::option::of(any_date()),
        any_date(),
        channel(),
        any_date(),
    );
    (0u8..4, dates).prop_map(
        |(step, (prepared_on, handed_out_on, channel, other))| match step {
            0 => HandoutState::NotPrepared,
            1 => HandoutState::Prepared { prepared_on: other },
            2 => HandoutState::HandedOut {
                prepared_on,
                handed_out_on,
                channel,
            },
            _ => HandoutState::Discussed {
                prepared_on,
                handed_out_on,
                channel,
            },
        },
    )
}

fn handout_context() -> impl Strategy<Value = HandoutContext> {
    (near_date(), proptest::option::of(near_date())).prop_map(|(today, meeting_date)| {
        HandoutContext {
            today,
            meeting_date,
        }
    })
}

proptest! {
    #[test]
    fn test_handout_never_panics_and_a_rejected_event_changes_nothing(
        start in any_handout_state(),
        steps in proptest::collection::vec((handout_event(), handout_context()), 0..40),
    ) {
        let mut state = start;
        for (event, ctx) in steps {
            let before = state.clone();
            match state.apply(event, ctx) {
                Ok(next) => state = next,
                Err(e) => {
                    assert_one_line_message(|l| mandat::text::flow::handout_error(l, &e));
                    prop_assert_eq!(&state, &before);
                }
            }
            assert_round_trips(&state);
        }
    }

    /// Starting from nothing, with the clock moving forward and a fixed meeting date.
    #[test]
    fn test_a_handout_is_never_handed_out_after_the_meeting_or_in_the_future(
        meeting_date in proptest::option::of(near_date()),
        steps in proptest::collection::vec((handout_event(), 0u64..4), 0..40),
    ) {
        let mut state = HandoutState::NotPrepared;
        let mut today = day(0);
        for (event, days_pass) in steps {
            today = today + Days::new(days_pass);
            let ctx = HandoutContext { today, meeting_date };
            let before = state.clone();
            let Ok(next) = state.apply(event, ctx) else {
                continue;
            };
            if let Some((on, _)) = next.handed_out_on() {
                prop_assert!(on <= today, "handed out {on}, in the future of {today}");
                if let Some(meeting) = meeting_date {
                    prop_assert!(on <= meeting, "handed out {on}, after the meeting {meeting}");
                }
            }
            // Discussed only after it was handed out.
            if next.id() == "discussed" {
                let was_handed_out = before.is_handed_out();
                prop_assert!(was_handed_out, "discussed from {}", before.id());
            }
            // Handing out keeps the date it was prepared.
            if let (HandoutEvent::HandOut { .. }, Some(prepared)) = (event, before.prepared_on()) {
                prop_assert_eq!(next.prepared_on(), Some(prepared));
            }
            state = next;
        }
    }

    /// A mistaken tick can always be undone, and undone exactly.
    #[test]
    fn test_one_step_back_is_always_possible(
        start in any_handout_state(),
        ctx in handout_context(),
    ) {
        match start.apply(HandoutEvent::StepBack, ctx) {
            Ok(back) => {
                prop_assert!(back.step() < start.step());
                prop_assert_eq!(back.prepared_on(), if back.step() == 0 { None } else { start.prepared_on() });
                if let HandoutState::Discussed { .. } = start {
                    prop_assert_eq!(back.handed_out_on(), start.handed_out_on());
                    prop_assert_eq!(back.apply(HandoutEvent::MarkDiscussed, ctx), Ok(start));
                }
            }
            Err(e) => {
                assert_one_line_message(|l| mandat::text::flow::handout_error(l, &e));
                prop_assert_eq!(start, HandoutState::NotPrepared);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Reflection

fn question_pool() -> Vec<String> {
    (0..8).map(|i| format!("q{i}")).collect()
}

fn reflection_event() -> impl Strategy<Value = ReflectionEvent> {
    prop_oneof![
        4 => (any_text(), proptest::option::of((0usize..50, 0usize..50)))
            .prop_map(|(text, cursor)| ReflectionEvent::Edit { text, cursor }),
        2 => Just(ReflectionEvent::MarkAnswered),
        1 => Just(ReflectionEvent::Skip),
        2 => Just(ReflectionEvent::Next),
        1 => Just(ReflectionEvent::Previous),
        1 => (0usize..10).prop_map(ReflectionEvent::Jump),
        1 => Just(ReflectionEvent::OpenReview),
        2 => (near_date(), any::<bool>())
            .prop_map(|(on, confirmed)| ReflectionEvent::Finish { on, confirmed }),
        1 => Just(ReflectionEvent::Reopen),
    ]
}

fn any_reflection_step() -> impl Strategy<Value = ReflectionStep> {
    prop_oneof![
        any::<usize>().prop_map(|index| ReflectionStep::Question { index }),
        (0usize..10).prop_map(|index| ReflectionStep::Question { index }),
        Just(ReflectionStep::Review),
        any_date().prop_map(|on| ReflectionStep::Finished { on }),
    ]
}

fn answer_status() -> impl Strategy<Value = AnswerStatus> {
    select(vec![
        AnswerStatus::Empty,
        AnswerStatus::Draft,
        AnswerStatus::Answered,
        AnswerStatus::Skipped,
    ])
}

/// Any saved reflection, even one whose answers and position do not fit the question set.
fn any_reflection() -> impl Strategy<Value = Reflection> {
    let answer = (
        any_text(),
        answer_status(),
        proptest::option::of((any::<usize>(), any::<usize>())),
    )
        .prop_map(|(text, status, cursor)| Answer {
            text,
            status,
            cursor,
        });
    (
        proptest::collection::btree_map("q[0-9]{1,2}", answer, 0..5),
        any_reflection_step(),
    )
        .prop_map(|(answers, step)| Reflection { answers, step })
}

/// In a reflection that started empty, an answer's status always matches its text.
fn check_answers_match_their_status(r: &Reflection) -> Result<(), TestCaseError> {
    for (id, a) in &r.answers {
        let blank = a.text.trim().is_empty();
        match a.status {
            AnswerStatus::Draft | AnswerStatus::Answered => {
                prop_assert!(!blank, "{id} is {:?} with no text", a.status)
            }
            AnswerStatus::Empty => prop_assert!(blank, "{id} is empty but has text"),
            AnswerStatus::Skipped => {}
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn test_reflection_never_panics_and_a_rejected_event_changes_nothing(
        start in any_reflection(),
        ids in subsequence(question_pool(), 0..=6),
        events in proptest::collection::vec(reflection_event(), 0..40),
    ) {
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let mut state = start;
        for event in events {
            let before = state.clone();
            match state.apply(event, &ids) {
                Ok(next) => state = next,
                Err(e) => {
                    assert_one_line_message(|l| mandat::text::flow::reflection_error(l, &e));
                    prop_assert_eq!(&state, &before);
                }
            }
        }
    }

    #[test]
    fn test_a_reflection_is_finished_only_from_the_review_and_open_questions_need_confirming(
        ids in subsequence(question_pool(), 1..=6),
        events in proptest::collection::vec(reflection_event(), 0..60),
    ) {
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let mut state = Reflection::default();
        for event in events {
            let Ok(next) = state.apply(event.clone(), &ids) else {
                continue;
            };
            if next.is_finished() && !state.is_finished() {
                prop_assert_eq!(state.step, ReflectionStep::Review, "finished from {:?}", state.step);
                if let ReflectionEvent::Finish { confirmed: false, .. } = event {
                    prop_assert!(state.open_questions(&ids).is_empty(), "finished with open questions, unconfirmed");
                }
            }
            if state.is_finished() {
                prop_assert!(matches!(event, ReflectionEvent::Reopen), "{:?} changed a finished reflection", event);
            }
            if let ReflectionStep::Question { index } = next.step {
                prop_assert!(index < ids.len(), "on question {index} of {}", ids.len());
            }
            for id in next.answers.keys() {
                prop_assert!(ids.contains(&id.as_str()), "an answer to {id}, which is not in the set");
            }
            check_answers_match_their_status(&next)?;
            state = next;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Agreement

fn field_pool() -> Vec<String> {
    ["tid", "opfoelgning", "sekretariat", "kompetence"]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

fn agreement_event() -> impl Strategy<Value = AgreementEvent> {
    let field = prop_oneof![9 => select(field_pool()), 1 => Just("ukendt-felt".to_string())];
    prop_oneof![
        3 => (field.clone(), any_text())
            .prop_map(|(field, text)| AgreementEvent::EditProposal { field, text }),
        2 => (field, any_text()).prop_map(|(field, text)| AgreementEvent::EditAgreed { field, text }),
        2 => near_date().prop_map(|on| AgreementEvent::MarkReady { on }),
        2 => (near_date(), near_date())
            .prop_map(|(on, review_on)| AgreementEvent::MarkAgreed { on, review_on }),
        1 => Just(AgreementEvent::StepBack),
    ]
}

fn any_agreement() -> impl Strategy<Value = Agreement> {
    let state = prop_oneof![
        Just(AgreementState::Draft),
        any_date().prop_map(|ready_on| AgreementState::Ready { ready_on }),
        (any_date(), any_date()).prop_map(|(agreed_on, review_on)| AgreementState::Agreed {
            agreed_on,
            review_on
        }),
    ];
    let field =
        (any_text(), any_text()).prop_map(|(proposal, agreed)| FieldText { proposal, agreed });
    (
        state,
        proptest::collection::btree_map("[a-z]{1,12}", field, 0..4),
    )
        .prop_map(|(state, fields)| Agreement { state, fields })
}

proptest! {
    #[test]
    fn test_agreement_never_panics_and_a_rejected_event_changes_nothing(
        start in any_agreement(),
        ids in subsequence(field_pool(), 0..=4),
        today in any_date(),
        events in proptest::collection::vec(agreement_event(), 0..40),
    ) {
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let mut state = start;
        for event in events {
            let before = state.clone();
            match state.apply(event, &ids, today) {
                Ok(next) => state = next,
                Err(e) => {
                    assert_one_line_message(|l| mandat::text::flow::agreement_error(l, &e));
                    prop_assert_eq!(&state, &before);
                }
            }
            let next = state.carried_forward();
            prop_assert_eq!(next.state, AgreementState::Draft);
            prop_assert!(next.fields.values().all(|f| f.agreed.is_empty()));
        }
    }

    #[test]
    fn test_an_agreement_is_agreed_only_when_ready_and_with_a_review_date_after_the_agreed_date(
        ids in subsequence(field_pool(), 1..=4),
        today in near_date(),
        events in proptest::collection::vec(agreement_event(), 0..60),
    ) {
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let mut state = Agreement::default();
        for event in events {
            let Ok(next) = state.apply(event, &ids, today) else {
                continue;
            };
            if let AgreementState::Agreed { agreed_on, review_on } = next.state {
                prop_assert!(review_on > agreed_on, "review {review_on} not after {agreed_on}");
                prop_assert!(agreed_on <= today, "agreed {agreed_on}, in the future of {today}");
                prop_assert!(state.state.id() != "draft", "agreed straight from the draft");
            }
            if next.state.id() == "ready" && state.state.id() == "draft" {
                prop_assert!(state.proposed_count(&ids) > 0, "ready with nothing proposed");
            }
            if state.is_agreed() && next.is_agreed() {
                for id in &ids {
                    prop_assert_eq!(next.proposal(id), state.proposal(id), "a proposal changed after agreeing");
                }
            }
            for id in next.fields.keys() {
                prop_assert!(ids.contains(&id.as_str()), "a field {id} the template does not have");
            }
            assert_round_trips(&next);
            state = next;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Plan

fn courses() -> &'static [Course] {
    static COURSES: OnceLock<Vec<Course>> = OnceLock::new();
    COURSES.get_or_init(|| {
        Content::embedded()
            .expect("the built-in content is valid")
            .courses
    })
}

fn course_ids() -> Vec<String> {
    let mut ids: Vec<String> = courses().iter().map(|c| c.id.clone()).collect();
    ids.push("ukendt-forloeb".to_string());
    ids
}

fn phase_ids() -> Vec<String> {
    let mut ids: BTreeSet<String> = courses()
        .iter()
        .flat_map(|c| c.phases.iter().map(|p| p.id.clone()))
        .collect();
    ids.insert("ukendt-fase".to_string());
    ids.into_iter().collect()
}

fn plan_step() -> impl Strategy<Value = PlanStep> {
    select(PlanStep::ALL.to_vec())
}

fn plan_event() -> impl Strategy<Value = PlanEvent> {
    let adjustment = (
        proptest::option::of(prop_oneof![0u32..60, Just(u32::MAX)]),
        proptest::option::of(any_hours()),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(|(weeks, hours_per_week, intensive)| PhaseAdjustment {
            weeks,
            hours_per_week,
            intensive,
        });
    let days_off = any::<[bool; 4]>().prop_map(|[a, b, c, d]| LocalDaysOff {
        grundlovsdag: a,
        christmas_eve: b,
        new_years_eve: c,
        may_day: d,
    });
    let week = (
        prop_oneof![9 => 2026i32..2029, 1 => any::<i32>()],
        prop_oneof![9 => 1u32..=53, 1 => any::<u32>()],
    );
    prop_oneof![
        2 => select(course_ids()).prop_map(PlanEvent::ChooseCourse),
        2 => any_date().prop_map(PlanEvent::SetStart),
        2 => any_hours().prop_map(PlanEvent::SetWeeklyHours),
        1 => proptest::option::of(any_hours()).prop_map(PlanEvent::SetCeiling),
        1 => days_off.prop_map(PlanEvent::SetLocalDaysOff),
        2 => (select(phase_ids()), adjustment)
            .prop_map(|(phase_id, adjustment)| PlanEvent::AdjustPhase { phase_id, adjustment }),
        1 => (near_date(), near_date())
            .prop_map(|(first, last)| PlanEvent::AddVacation(Vacation { first, last })),
        1 => (0usize..4).prop_map(PlanEvent::RemoveVacation),
        1 => (week.clone(), any_hours(), any_text()).prop_map(|((iso_year, iso_week), network_hours, note)| {
            PlanEvent::SetOverride(WeekOverride { iso_year, iso_week, network_hours, secretariat_days: None, note })
        }),
        1 => week.prop_map(|(iso_year, iso_week)| PlanEvent::RemoveOverride { iso_year, iso_week }),
        3 => Just(PlanEvent::Next),
        2 => Just(PlanEvent::Back),
        2 => plan_step().prop_map(PlanEvent::GoTo),
        3 => near_date().prop_map(|on| PlanEvent::Accept { on }),
    ]
}

fn start_plan() -> impl Strategy<Value = PlanDraft> {
    (
        select(courses().iter().map(|c| c.id.clone()).collect::<Vec<_>>()),
        near_date(),
    )
        .prop_map(|(course, start)| PlanDraft::new(PlanSettings::new(course, start)))
}

fn is_navigation(event: &PlanEvent) -> bool {
    matches!(
        event,
        PlanEvent::Next | PlanEvent::Back | PlanEvent::GoTo(_) | PlanEvent::Accept { .. }
    )
}

fn valid_hours(h: f64) -> bool {
    h.is_finite() && (0.0..=MAX_WEEKLY_HOURS).contains(&h)
}

/// What every plan reached from a valid start keeps true.
fn check_plan_settings(p: &PlanDraft) -> Result<(), TestCaseError> {
    let s = &p.settings;
    let course = courses().iter().find(|c| c.id == s.course_id);
    prop_assert!(course.is_some(), "an unknown course {}", s.course_id);
    prop_assert!(
        valid_hours(s.weekly_hours) && s.weekly_hours > 0.0,
        "weekly hours {}",
        s.weekly_hours
    );
    if let Some(c) = s.ceiling_hours {
        prop_assert!(valid_hours(c), "ceiling {c}");
    }
    for (phase, adj) in &s.phases {
        prop_assert!(
            course.is_some_and(|c| c.phases.iter().any(|p| &p.id == phase)),
            "an adjustment of {phase}, not in {}",
            s.course_id
        );
        prop_assert!(adj.weeks != Some(0));
        prop_assert!(adj.hours_per_week.is_none_or(valid_hours));
    }
    prop_assert!(s.vacations.iter().all(|v| v.first <= v.last));
    prop_assert!(s.vacations.windows(2).all(|w| w[0].first <= w[1].first));
    prop_assert!(s.overrides.iter().all(|o| valid_hours(o.network_hours)));
    prop_assert!(
        s.overrides
            .windows(2)
            .all(|w| (w[0].iso_year, w[0].iso_week) < (w[1].iso_year, w[1].iso_week)),
        "overrides sorted, one per week"
    );
    Ok(())
}

proptest! {
    #[test]
    fn test_plan_accepted_only_from_review_and_any_change_after_marks_it_changed(
        start in start_plan(),
        events in proptest::collection::vec(plan_event(), 0..50),
    ) {
        let mut state = start;
        for event in events {
            let before = state.clone();
            let next = match state.apply(event.clone(), courses()) {
                Ok(next) => next,
                Err(e) => {
                    assert_one_line_message(|l| mandat::text::flow::plan_error(l, &e));
                    prop_assert_eq!(&state, &before);
                    continue;
                }
            };
            match event {
                PlanEvent::Accept { on } => {
                    prop_assert_eq!(state.step, PlanStep::Review, "accepted outside the review");
                    prop_assert!(!state.is_accepted());
                    prop_assert_eq!(next.status, PlanStatus::Accepted { accepted_on: on });
                    prop_assert_eq!(&next.settings, &state.settings);
                }
                ref e if is_navigation(e) => {
                    prop_assert_eq!(&next.settings, &state.settings, "{:?} changed a setting", e);
                    prop_assert_eq!(next.status, state.status, "{:?} changed the status", e);
                }
                _ => {
                    prop_assert_eq!(next.step, state.step, "a setting moved the step");
                    let expected = match state.status {
                        PlanStatus::Accepted { accepted_on } | PlanStatus::ChangedSinceAccepted { accepted_on }
                            if next.settings != state.settings =>
                        {
                            PlanStatus::ChangedSinceAccepted { accepted_on }
                        }
                        unchanged => unchanged,
                    };
                    prop_assert_eq!(next.status, expected);
                }
            }
            check_plan_settings(&next)?;
            assert_round_trips(&next);
            state = next;
        }
        // The planner lays out whatever the flow allows, within its bounds.
        let course = courses().iter().find(|c| c.id == state.settings.course_id).expect("known course");
        let plan = planner::plan(course, &state.settings, &[]);
        prop_assert!(plan.weeks.len() <= MAX_PLAN_WEEKS);
        for w in &plan.weeks {
            prop_assert!(w.network_hours.is_finite() && w.basis_hours.is_finite() && w.basis_hours >= 0.0);
        }
    }

    /// A hand-edited file can hold any settings at all; the planner must still not panic.
    #[test]
    fn test_the_planner_never_panics_on_any_saved_settings(
        course in select(courses().to_vec()),
        start in any_date(),
        weekly_hours in any_hours(),
        ceiling_hours in proptest::option::of(any_hours()),
        intensive_threshold in any_hours(),
        vacations in proptest::collection::vec((any_date(), any_date()), 0..3),
        overrides in proptest::collection::vec((any::<i32>(), any::<u32>(), any_hours()), 0..3),
        weeks in proptest::option::of(prop_oneof![0u32..60, Just(u32::MAX)]),
        hours_per_week in proptest::option::of(any_hours()),
    ) {
        let mut s = PlanSettings::new(course.id.clone(), start);
        s.weekly_hours = weekly_hours;
        s.ceiling_hours = ceiling_hours;
        s.intensive_threshold = intensive_threshold;
        s.vacations = vacations.into_iter().map(|(first, last)| Vacation { first, last }).collect();
        s.overrides = overrides
            .into_iter()
            .map(|(iso_year, iso_week, network_hours)| WeekOverride { iso_year, iso_week, network_hours, secretariat_days: None, note: String::new() })
            .collect();
        if let Some(phase) = course.phases.first() {
            s.phases.insert(phase.id.clone(), PhaseAdjustment { weeks, hours_per_week, intensive: None });
        }
        let plan = planner::plan(&course, &s, &[("personaleleder-1".to_string(), start)]);
        prop_assert!(plan.weeks.len() <= MAX_PLAN_WEEKS);
    }
}

// ---------------------------------------------------------------------------------------------
// The whole save file

/// A workspace holding states reached by random events in every flow.
fn reached_workspace() -> impl Strategy<Value = Workspace> {
    let handouts = proptest::collection::vec((handout_event(), handout_context()), 0..12);
    let reflections = proptest::collection::vec(reflection_event(), 0..20);
    let agreements = proptest::collection::vec(agreement_event(), 0..20);
    let plans = (start_plan(), proptest::collection::vec(plan_event(), 0..20));
    (
        handouts,
        reflections,
        agreements,
        plans,
        any_text(),
        any_text(),
    )
        .prop_map(
            |(handouts, reflections, agreements, (plan, plan_events), notes, name)| {
                let questions = ["pl-tid-1", "pl-tid-2", "pl-sek-1"];
                let fields = ["netvaerkstimer", "opfoelgning"];
                let mut handout = HandoutState::NotPrepared;
                for (e, ctx) in handouts {
                    handout = handout.apply(e, ctx).unwrap_or(handout);
                }
                let mut reflection = Reflection::default();
                for e in reflections {
                    reflection = reflection.apply(e, &questions).unwrap_or(reflection);
                }
                let mut agreement = Agreement::default();
                for e in agreements {
                    agreement = agreement.apply(e, &fields, day(60)).unwrap_or(agreement);
                }
                let mut plan = plan;
                for e in plan_events {
                    plan = plan.apply(e, courses()).unwrap_or(plan);
                }
                let mut ws = crate::support::workspace("tilfaeldig", &name);
                ws.plan = plan;
                let meeting = Meeting {
                    id: "personaleleder-2".to_string(),
                    counterpart: Counterpart::Personaleleder,
                    person_name: name,
                    date: Some(day(30)),
                    handout,
                    topics: vec![notes.clone()],
                    reflection,
                    agreement,
                    private_notes: notes,
                    bring_up: ["pl-tid-1".to_string()].into_iter().collect(),
                    hand_out_again: true,
                };
                ws.meetings.push(meeting);
                ws
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Through the store itself: the atomic save and the checked load give back the same
    /// workspace, and saving it again changes nothing on disk.
    #[test]
    fn test_every_reachable_state_survives_a_save_and_a_load(ws in reached_workspace()) {
        assert_round_trips(&ws);
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("tilfaeldig.json");
        mandat::store::save_file(&path, &ws).expect("save");
        let bytes = std::fs::read(&path).expect("read");
        let back = mandat::store::load_file(&path).expect("load");
        prop_assert_eq!(&back, &ws);
        mandat::store::save_file(&path, &back).expect("save again");
        prop_assert_eq!(std::fs::read(&path).expect("read"), bytes);
    }
}
