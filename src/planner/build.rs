//! Laying a course out over the leader's calendar, week by week (SPEC §3).
//!
//! Hours are `f64`. Capacity is kept to a tenth of an hour (a 37-hour week gives 7.4 h a day);
//! network hours that are scaled for days off are rounded to the nearest half hour; basis hours
//! are what is left, to a tenth. Everything a user or a file controls is made safe first: hours
//! that are not numbers count as 0 (weekly hours as the 37-hour norm), and the plan never runs
//! longer than [`MAX_PLAN_WEEKS`].

use chrono::{Datelike, Duration, NaiveDate};

use super::calendar::{Calendar, monday_of};
use super::{
    DEFAULT_INTENSIVE_THRESHOLD, DEFAULT_WEEKLY_HOURS, HOURS_PER_DAY, PhaseSpan, Plan,
    PlanSettings, PlanWeek, Warning, WeekKind, WeekNote, WeekOverride,
};
use crate::content::{Content, Course, Phase};
use crate::vocab::PhaseKind;

/// The longest plan the planner builds: ten years of weeks. A vacation covering years or a
/// phase of a million weeks stops here (with [`Warning::PlanTooLong`]) instead of running on.
pub const MAX_PLAN_WEEKS: usize = 522;

/// No week has more hours than this; larger figures are treated as this.
const MAX_HOURS_IN_WEEK: f64 = 168.0;

/// The plan's course is not in the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCourse(pub String);

/// The plan for the course named in `settings`, looked up in `content`.
pub fn plan_for(
    content: &Content,
    settings: &PlanSettings,
    meetings: &[(String, NaiveDate)],
) -> Result<Plan, UnknownCourse> {
    let course = content
        .course(&settings.course_id)
        .ok_or_else(|| UnknownCourse(settings.course_id.clone()))?;
    Ok(plan(course, settings, meetings))
}

/// Rounds to the nearest half hour.
pub fn round_half_hour(hours: f64) -> f64 {
    (hours * 2.0).round() / 2.0
}

/// Rounds to a tenth of an hour, the precision hours are shown with.
pub fn round_tenth(hours: f64) -> f64 {
    (hours * 10.0).round() / 10.0
}

/// Hours from a user or a file, made usable: not a number → `fallback`, otherwise 0..=168.
fn safe_hours(hours: f64, fallback: f64) -> f64 {
    if hours.is_finite() {
        hours.clamp(0.0, MAX_HOURS_IN_WEEK)
    } else {
        fallback
    }
}

/// A phase of the course with the leader's adjustments applied: what the plan is built from,
/// and what the plan's phase step shows.
#[derive(Debug, Clone, PartialEq)]
pub struct EffectivePhase<'a> {
    pub phase: &'a Phase,
    /// Working weeks, the leader's figure or the course's.
    pub weeks: u32,
    /// Hours a week the leader set for every week of the phase, replacing the course's figure
    /// or profile.
    pub flat_hours: Option<f64>,
    pub intensive: bool,
    /// Whether the leader changed anything about the phase.
    pub adjusted: bool,
}

impl EffectivePhase<'_> {
    /// Planned hours for the `index`-th working week, before scaling for days off.
    fn full_week_hours(&self, index: u32) -> f64 {
        safe_hours(
            self.phase.hours_in_week(index, self.weeks, self.flat_hours),
            0.0,
        )
    }

    /// The heaviest planned week: the leader's flat figure, or the course's top value.
    pub fn peak_hours(&self) -> f64 {
        match self.flat_hours {
            Some(h) => h,
            None => safe_hours(self.phase.peak_hours(), 0.0),
        }
    }

    /// True when the hours follow the course's week-by-week profile (shown with a `~`).
    pub fn follows_profile(&self) -> bool {
        self.flat_hours.is_none() && self.phase.hours_profile.is_some()
    }
}

/// The course's phases with the leader's adjustments, in course order.
pub fn effective_phases<'a>(
    course: &'a Course,
    settings: &PlanSettings,
) -> Vec<EffectivePhase<'a>> {
    course
        .phases
        .iter()
        .map(|phase| {
            let adjustment = settings.phases.get(&phase.id);
            EffectivePhase {
                phase,
                weeks: adjustment.and_then(|a| a.weeks).unwrap_or(phase.weeks),
                flat_hours: adjustment
                    .and_then(|a| a.hours_per_week)
                    .map(|h| safe_hours(h, 0.0)),
                intensive: adjustment
                    .and_then(|a| a.intensive)
                    .unwrap_or(phase.intensive),
                adjusted: adjustment.is_some(),
            }
        })
        .collect()
}

/// Where the walk through the phases has got to.
struct Cursor {
    phase: usize,
    week_in_phase: u32,
}

impl Cursor {
    /// Skips phases that have no weeks left (including phases set to 0 weeks).
    fn settle(&mut self, phases: &[EffectivePhase]) {
        while self.phase < phases.len() && self.week_in_phase >= phases[self.phase].weeks {
            self.phase += 1;
            self.week_in_phase = 0;
        }
    }
}

/// Builds the week-by-week plan for `course` with the leader's `settings`. `meetings` are
/// (meeting id, date) pairs: they become notes in their weeks and are checked for holidays.
pub fn plan(course: &Course, settings: &PlanSettings, meetings: &[(String, NaiveDate)]) -> Plan {
    let weekly_hours = safe_hours(settings.weekly_hours, DEFAULT_WEEKLY_HOURS);
    let threshold = if settings.intensive_threshold.is_finite() {
        settings.intensive_threshold.max(0.0)
    } else {
        DEFAULT_INTENSIVE_THRESHOLD
    };
    let ceiling = settings
        .ceiling_hours
        .filter(|c| c.is_finite())
        .map(|c| c.max(0.0));
    let calendar = Calendar::new(settings.local_days_off, settings.vacations.clone());
    let phases = effective_phases(course, settings);
    let first_monday = monday_of(settings.start);
    // Each meeting's Monday once, not once per week of the plan.
    let meeting_mondays: Vec<NaiveDate> = meetings.iter().map(|(_, d)| monday_of(*d)).collect();

    let mut warnings: Vec<Warning> = settings
        .phases
        .keys()
        .filter(|id| !course.phases.iter().any(|p| &p.id == *id))
        .map(|id| Warning::UnknownPhase {
            phase_id: id.clone(),
        })
        .collect();

    let mut weeks: Vec<PlanWeek> = Vec::new();
    let mut spans: Vec<PhaseSpan> = Vec::new();
    let mut test_start = None;
    let mut cursor = Cursor {
        phase: 0,
        week_in_phase: 0,
    };
    cursor.settle(&phases);
    let mut monday = Some(first_monday);

    while let Some(this_monday) = monday
        && cursor.phase < phases.len()
    {
        // Every date the program writes has a four-digit year: a plan stops at the end of
        // 2999 as it stops at ten years.
        if weeks.len() >= MAX_PLAN_WEEKS || this_monday.year() > crate::dates::LAST_YEAR {
            warnings.push(Warning::PlanTooLong {
                max_weeks: weeks.len() as u32,
            });
            break;
        }
        let iso = this_monday.iso_week();
        let working_days = calendar.working_days_in_week(this_monday);
        let capacity = round_tenth(weekly_hours * f64::from(working_days) / 5.0);
        let mut notes = Vec::new();

        let (phase_id, kind, mut network, intensive_phase) = if working_days == 0 {
            (None, WeekKind::Vacation, 0.0, false)
        } else {
            let planned = &phases[cursor.phase];
            let phase = planned.phase;
            if cursor.week_in_phase == 0 {
                notes.push(if phase.kind == PhaseKind::Test && test_start.is_none() {
                    test_start = Some(this_monday);
                    WeekNote::TestStart
                } else {
                    WeekNote::PhaseStart
                });
                spans.push(PhaseSpan {
                    phase_id: phase.id.clone(),
                    kind: phase.kind.into(),
                    first_monday: this_monday,
                    last_monday: this_monday,
                    working_weeks: 0,
                    hours_per_week: planned.peak_hours(),
                    intensive: planned.intensive,
                });
            }
            if let Some(span) = spans.last_mut() {
                span.last_monday = this_monday;
                span.working_weeks += 1;
            }
            let full = planned.full_week_hours(cursor.week_in_phase);
            let hours = if working_days < 5 {
                round_half_hour(full * f64::from(working_days) / 5.0)
            } else {
                full
            };
            cursor.week_in_phase += 1;
            cursor.settle(&phases);
            (
                Some(phase.id.clone()),
                phase.kind.into(),
                hours,
                planned.intensive,
            )
        };

        notes.extend(calendar.holidays_in_week(this_monday).into_iter().map(|h| {
            WeekNote::Holiday {
                date: h.date,
                name_da: h.name.da,
                name_en: h.name.en,
            }
        }));
        let vacation_days = calendar.vacation_days_in_week(this_monday);
        if vacation_days > 0 {
            notes.push(WeekNote::Vacation {
                days: vacation_days,
            });
        }
        let mut week_meetings: Vec<&(String, NaiveDate)> = meetings
            .iter()
            .zip(&meeting_mondays)
            .filter(|(_, m)| **m == this_monday)
            .map(|(meeting, _)| meeting)
            .collect();
        week_meetings.sort_by_key(|(_, date)| *date);
        notes.extend(
            week_meetings
                .into_iter()
                .map(|(id, date)| WeekNote::Meeting {
                    date: *date,
                    meeting_id: id.clone(),
                }),
        );
        let week_override = override_for(&settings.overrides, iso.year(), iso.week());
        if let Some(o) = week_override {
            network = safe_hours(o.network_hours, 0.0);
            notes.push(WeekNote::Override {
                note: o.note.clone(),
            });
        }

        let intensive = network > 0.0
            && working_days > 0
            && (intensive_phase || network >= threshold * capacity);
        let secretariat_days = match week_override.and_then(|o| o.secretariat_days) {
            // The leader's own figure, but never more days than the week has.
            Some(days) => days.min(working_days),
            None if intensive => {
                let days = (network / HOURS_PER_DAY - 1e-9).ceil().max(1.0);
                days.min(f64::from(working_days)) as u8
            }
            None => 0,
        };

        if network > 0.0 && capacity <= 0.0 {
            warnings.push(Warning::HoursWithoutCapacity {
                iso_year: iso.year(),
                iso_week: iso.week(),
                network_hours: network,
            });
        } else if network > capacity {
            warnings.push(Warning::OverAllocated {
                iso_year: iso.year(),
                iso_week: iso.week(),
                network_hours: network,
                capacity_hours: capacity,
            });
        }
        if let Some(ceiling) = ceiling
            && network > ceiling
        {
            warnings.push(Warning::AboveCeiling {
                iso_year: iso.year(),
                iso_week: iso.week(),
                network_hours: network,
                ceiling,
            });
        }

        weeks.push(PlanWeek {
            iso_year: iso.year(),
            iso_week: iso.week(),
            monday: this_monday,
            phase_id,
            kind,
            working_days,
            capacity_hours: capacity,
            network_hours: network,
            basis_hours: round_tenth((capacity - network).max(0.0)),
            secretariat_days,
            notes,
        });
        monday = this_monday.checked_add_signed(Duration::weeks(1));
    }

    if let (Some(expected), Some(start)) = (course.expected_test_start_weeks.weeks(), test_start) {
        let after = (start - first_monday).num_weeks().max(0) as u32;
        if after > expected {
            let iso = start.iso_week();
            warnings.push(Warning::TestPhaseLate {
                starts_after_weeks: after,
                expected_weeks: expected,
                iso_year: iso.year(),
                iso_week: iso.week(),
            });
        }
    }

    warnings.extend(vacations_in_test_phase(&weeks, &spans));

    let mut sorted_meetings: Vec<&(String, NaiveDate)> = meetings.iter().collect();
    sorted_meetings.sort_by_key(|(_, date)| *date);
    for (id, date) in sorted_meetings {
        if let Some(h) = calendar.holiday(*date) {
            warnings.push(Warning::MeetingOnHoliday {
                date: *date,
                meeting_id: id.clone(),
                name_da: h.name.da,
                name_en: h.name.en,
            });
        } else if Calendar::is_weekend(*date) {
            warnings.push(Warning::MeetingOnWeekend {
                date: *date,
                meeting_id: id.clone(),
            });
        }
    }

    let in_plan = |o: &WeekOverride| {
        weeks
            .iter()
            .any(|w| (w.iso_year, w.iso_week) == (o.iso_year, o.iso_week))
    };
    let mut outside: Vec<(i32, u32)> = settings
        .overrides
        .iter()
        .filter(|o| !in_plan(o))
        .map(|o| (o.iso_year, o.iso_week))
        .collect();
    outside.sort_unstable();
    outside.dedup();
    warnings.extend(
        outside
            .into_iter()
            .map(|(iso_year, iso_week)| Warning::OverrideOutsidePlan { iso_year, iso_week }),
    );

    Plan {
        course_id: course.id.clone(),
        start: settings.start,
        weekly_hours,
        weeks,
        spans,
        warnings,
        test_start,
    }
}

/// One warning per stretch of consecutive weeks, from the test phase's first week to its last,
/// in which the leader has vacation: a test needs its leader, above all at its start and when
/// it is analysed, so the leader should see the clash while the vacation can still be moved.
fn vacations_in_test_phase(weeks: &[PlanWeek], spans: &[PhaseSpan]) -> Vec<Warning> {
    let in_test = |monday: NaiveDate| {
        spans
            .iter()
            .any(|s| s.kind == WeekKind::Test && (s.first_monday..=s.last_monday).contains(&monday))
    };
    let vacation_days = |w: &PlanWeek| -> u32 {
        w.notes
            .iter()
            .map(|n| match n {
                WeekNote::Vacation { days } => u32::from(*days),
                _ => 0,
            })
            .sum()
    };
    let mut warnings = Vec::new();
    let mut run: Option<(NaiveDate, u32, u32)> = None;
    let close = |run: &mut Option<(NaiveDate, u32, u32)>, warnings: &mut Vec<Warning>| {
        if let Some((first, weeks, days)) = run.take() {
            let iso = first.iso_week();
            warnings.push(Warning::VacationInTestPhase {
                iso_year: iso.year(),
                iso_week: iso.week(),
                weeks,
                vacation_days: days,
            });
        }
    };
    for w in weeks {
        let days = vacation_days(w);
        if days > 0 && in_test(w.monday) {
            match &mut run {
                Some((_, weeks, total)) => {
                    *weeks += 1;
                    *total += days;
                }
                None => run = Some((w.monday, 1, days)),
            }
        } else {
            close(&mut run, &mut warnings);
        }
    }
    close(&mut run, &mut warnings);
    warnings
}

/// The override for a week; the last one wins if a file names the same week twice.
fn override_for(overrides: &[WeekOverride], iso_year: i32, iso_week: u32) -> Option<&WeekOverride> {
    overrides
        .iter()
        .rev()
        .find(|o| o.iso_year == iso_year && o.iso_week == iso_week)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_hours_round_to_the_nearest_half() {
        assert_eq!(round_half_hour(4.2), 4.0);
        assert_eq!(round_half_hour(5.6), 5.5);
        assert_eq!(round_half_hour(5.75), 6.0);
        assert_eq!(round_half_hour(7.25), 7.5);
        assert_eq!(round_tenth(22.200000000000003), 22.2);
    }

    #[test]
    fn hours_from_outside_are_made_safe() {
        assert_eq!(safe_hours(f64::NAN, 37.0), 37.0);
        assert_eq!(safe_hours(f64::INFINITY, 0.0), 0.0);
        assert_eq!(safe_hours(-3.0, 0.0), 0.0);
        assert_eq!(safe_hours(1e9, 0.0), MAX_HOURS_IN_WEEK);
        assert_eq!(safe_hours(12.5, 0.0), 12.5);
    }
}
