//! Time use against the plan: why a logged week was refused, the warnings about the time use,
//! and how a difference between planned and used hours is said — in words and figures, never by
//! colour alone. The time screen, the report and the follow-up brief share these words.

use crate::planner::usage::{Direction, LogError, UsageWarning};
use crate::planner::week::IsoWeek;

use super::Lang;
use super::format::number;

messages! {
    HOURS_NOT_A_NUMBER = "Skriv et antal timer, fx 7,5", "Type a number of hours, e.g. 7.5";
    hours_negative(hours: &str) =
        "{hours} timer er ikke muligt; skriv 0 eller mere",
        "{hours} hours is not possible; type 0 or more";
    hours_above_week(hours: &str, max: &str) =
        "{hours} timer er mere end en uge har ({max})",
        "{hours} hours is more than a week holds ({max})";
    hours_not_in_half_hours(hours: &str) =
        "Timer registreres i halve timer: {hours} går ikke, skriv fx 9 eller 9,5",
        "Hours are logged in half hours: {hours} will not do; type e.g. 9 or 9.5";
    days_above_week(days: u8, max: u8) =
        "{days} dage i sekretariatet er flere end ugens {max}",
        "{days} days at the secretariat is more than the week's {max}";

    above_ceiling_running(weeks: &str, ceiling: &str) =
        "Over loftet på {ceiling} timer flere uger i træk: {weeks}",
        "Above the ceiling of {ceiling} hours several weeks running: {weeks}";
    weeks_without_entry(weeks: &str) =
        "Ingen timer registreret i {weeks}",
        "No hours logged in {weeks}";
    off_plan_above(per_cent: &str, used: &str, planned: &str, logged: u32) =
        "Brugt {per_cent} % mere end planlagt: {used} mod {planned} timer over {logged} registrerede uger",
        "Used {per_cent} % more than planned: {used} against {planned} hours over {logged} logged weeks";
    off_plan_below(per_cent: &str, used: &str, planned: &str, logged: u32) =
        "Brugt {per_cent} % mindre end planlagt: {used} mod {planned} timer over {logged} registrerede uger",
        "Used {per_cent} % less than planned: {used} against {planned} hours over {logged} logged weeks";

    NOT_LOGGED = "ikke registreret", "not logged";
    AS_PLANNED = "som planlagt", "as planned";
    over(hours: &str) = "{hours} over", "{hours} over";
    under(hours: &str) = "{hours} under", "{hours} under";
    week_short(week: u32, year: i32) = "uge {week} {year}", "week {week} {year}";
    and_more(list: &str, last: &str) = "{list} og {last}", "{list} and {last}";
}

/// Why a week's hours or days were refused.
pub fn log_error(lang: Lang, e: &LogError) -> String {
    match e {
        LogError::HoursNotANumber => HOURS_NOT_A_NUMBER.get(lang).to_string(),
        LogError::HoursNegative { hours } => hours_negative(lang, &number(*hours, lang)),
        LogError::HoursAboveWeek { hours, max } => {
            hours_above_week(lang, &number(*hours, lang), &number(*max, lang))
        }
        LogError::HoursNotInHalfHours { hours } => {
            hours_not_in_half_hours(lang, &super::format::number_fixed(*hours, lang))
        }
        LogError::SecretariatDaysAboveWeek { days, max } => days_above_week(lang, *days, *max),
    }
}

/// "uge 12–14 2027 og uge 20 2027": runs of weeks that follow each other in one year are
/// written as a span.
pub fn weeks(lang: Lang, weeks: &[IsoWeek]) -> String {
    let mut runs: Vec<(IsoWeek, IsoWeek)> = Vec::new();
    for w in weeks {
        match runs.last_mut() {
            Some((_, last)) if last.next() == Some(*w) && last.year() == w.year() => *last = *w,
            _ => runs.push((*w, *w)),
        }
    }
    let names: Vec<String> = runs
        .iter()
        .map(|(a, b)| {
            if a == b {
                week_short(lang, a.week(), a.year())
            } else {
                super::format::weeks_in_year(lang, a.week(), b.week(), a.year())
            }
        })
        .collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => and_more(lang, &rest.join(", "), last),
    }
}

/// A warning about the time use, as one sentence.
pub fn warning(lang: Lang, w: &UsageWarning) -> String {
    match w {
        UsageWarning::AboveCeilingWeeksRunning { weeks: w, ceiling } => {
            above_ceiling_running(lang, &weeks(lang, w), &number(*ceiling, lang))
        }
        UsageWarning::WeeksWithoutEntry { weeks: w } => weeks_without_entry(lang, &weeks(lang, w)),
        UsageWarning::OffPlan {
            direction,
            per_cent,
            planned_hours,
            used_hours,
            logged_weeks,
        } => {
            let (p, used, planned) = (
                number(*per_cent, lang),
                number(*used_hours, lang),
                number(*planned_hours, lang),
            );
            match direction {
                Direction::Above => off_plan_above(lang, &p, &used, &planned, *logged_weeks),
                Direction::Below => off_plan_below(lang, &p, &used, &planned, *logged_weeks),
            }
        }
    }
}

/// A week's difference in words and figures: "2 over", "1,5 under", "som planlagt", or "ikke
/// registreret" for a week without an entry.
pub fn difference(lang: Lang, difference_hours: Option<f64>) -> String {
    match difference_hours {
        None => NOT_LOGGED.get(lang).to_string(),
        Some(d) if d.abs() < 0.05 => AS_PLANNED.get(lang).to_string(),
        Some(d) if d > 0.0 => over(lang, &number(d, lang)),
        Some(d) => under(lang, &number(-d, lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_difference_is_said_in_words_and_figures() {
        assert_eq!(difference(Lang::Da, None), "ikke registreret");
        assert_eq!(difference(Lang::Da, Some(0.0)), "som planlagt");
        assert_eq!(difference(Lang::Da, Some(2.5)), "2,5 over");
        assert_eq!(difference(Lang::En, Some(-1.5)), "1.5 under");
    }

    #[test]
    fn week_lists_read_as_a_sentence() {
        let w = |n| IsoWeek::new(2027, n).unwrap();
        assert_eq!(weeks(Lang::Da, &[w(12)]), "uge 12 2027");
        assert_eq!(
            weeks(Lang::Da, &[w(12), w(13), w(14), w(20), w(30)]),
            "uge 12–14 2027, uge 20 2027 og uge 30 2027"
        );
    }
}
