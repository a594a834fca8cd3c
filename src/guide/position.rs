//! Where the network is in its plan, for the dashboard: "week 14 of 34 · phase", and the one
//! line the leader and the personaleleder follow the time by ("brugt 61 af planlagte 54 timer
//! til og med uge 9"). Plain data; the screen words it.

use chrono::NaiveDate;

use crate::content::Content;
use crate::model::Workspace;
use crate::planner::usage::{IsoWeek, Position, VarianceLine, compare};

/// The plan's position on a day and the time used so far.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanPosition {
    /// Week n of N and its phase (`Position::InPlan`), or before or after the plan.
    pub position: Position,
    /// Planned against used from the plan's first week up to and including `variance.last_week`:
    /// last week, or this week once it has an entry. `None` before anything is logged.
    pub variance: Option<VarianceLine>,
}

/// The plan's position on `today`, and the time used against it so far. `None` when the plan
/// cannot be made (its course is not in the content).
pub fn plan_position(ws: &Workspace, content: &Content, today: NaiveDate) -> Option<PlanPosition> {
    let plan = ws.plan_weeks(content).ok()?;
    let ceiling = ws.plan.settings.ceiling_hours;
    let position = compare(&plan, &ws.time_log, today, ceiling).position;
    // This week counts once it is logged; until then the figures end with last week, so a
    // week not over yet does not read as hours not used.
    let this_week = IsoWeek::of(today);
    let until = if ws.time_log.get(this_week).is_some() {
        today
    } else {
        today - chrono::Duration::days(7)
    };
    let usage = compare(&plan, &ws.time_log, until, ceiling);
    let variance = (usage.to_date.logged_weeks > 0).then(|| usage.variance_line());
    Some(PlanPosition { position, variance })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::plan::PlanDraft;
    use crate::planner::PlanSettings;
    use crate::planner::usage::LogEntry;
    use crate::vocab::NetworkType;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, m, day).unwrap()
    }

    fn workspace() -> Workspace {
        Workspace::new(
            "t".into(),
            "Tema".into(),
            NetworkType::Velfaerd,
            "Mette".into(),
            PlanDraft::new(PlanSettings::new("velfaerd", d(1, 4))),
            chrono::Utc::now(),
        )
    }

    #[test]
    fn the_position_names_the_week_of_the_plan_and_the_time_used_up_to_last_week() {
        let content = Content::embedded().unwrap();
        let mut ws = workspace();
        let plan = ws.plan_weeks(&content).unwrap();
        let before = plan_position(&ws, &content, d(3, 3)).unwrap();
        assert!(matches!(
            before.position,
            Position::InPlan { number: 9, of, phase_id: Some(_), .. } if of == plan.weeks.len() as u32
        ));
        assert_eq!(before.variance, None, "nothing logged yet");
        for week in 1..=8 {
            ws.time_log
                .record(IsoWeek::new(2027, week).unwrap(), LogEntry::new(8.0))
                .unwrap();
        }
        let line = plan_position(&ws, &content, d(3, 3))
            .unwrap()
            .variance
            .unwrap();
        assert_eq!(line.used_hours, 64.0);
        let week = line.last_week.unwrap();
        assert_eq!(week.week, IsoWeek::new(2027, 8).unwrap(), "up to last week");
        let planned: f64 = plan.weeks[..8].iter().map(|w| w.network_hours).sum();
        assert_eq!(line.planned_hours, crate::planner::round_tenth(planned));
        // This week logged too: it counts.
        ws.time_log
            .record(IsoWeek::new(2027, 9).unwrap(), LogEntry::new(2.0))
            .unwrap();
        let line = plan_position(&ws, &content, d(3, 3))
            .unwrap()
            .variance
            .unwrap();
        assert_eq!(line.used_hours, 66.0);
        assert_eq!(line.last_week.unwrap().week, IsoWeek::new(2027, 9).unwrap());
    }
}
