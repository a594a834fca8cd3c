//! The words of following the time: the report of plan against use, the time log on the
//! command line, the chart, the warnings about time use, and what is wrong with a typed week or
//! a logged figure. The screens use the same words for the same things.

use crate::planner::usage::{Direction, IsoWeek, LogError, Position, UsageWarning};
use crate::planner::week::WeekError;

use super::Lang;
use super::format::{number, week_range};

messages! {
    // The report.
    REPORT_TITLE = "Tidsforbrug: planen mod det brugte", "Time use: the plan against what was used";
    PERIOD = "Periode", "Period";
    period_until(range: &str, date: &str) = "{range} (til og med {date})", "{range} (up to and including {date})";
    NO_PERIOD = "ingen uger endnu", "no weeks yet";
    POSITION = "Hvor i planen", "Where in the plan";
    position_in_plan(number: u32, of: u32, phase: &str) =
        "uge {number} af {of} · {phase}", "week {number} of {of} · {phase}";
    position_in_plan_off(number: u32, of: u32) =
        "uge {number} af {of} · en uge uden arbejdsdage", "week {number} of {of} · a week without working days";
    position_not_started(week: &str, weeks: u32) =
        "planen begynder {week} (om {weeks} uger)", "the plan begins {week} (in {weeks} weeks)";
    position_over(week: &str) = "planen sluttede {week}", "the plan ended {week}";
    POSITION_NO_WEEKS = "planen har ingen uger", "the plan has no weeks";
    CEILING = "Loft", "Ceiling";
    ceiling_hours(hours: &str) = "{hours} netværkstimer om ugen", "{hours} network hours a week";
    NO_CEILING = "intet loft aftalt", "no ceiling agreed";

    TO_DATE = "Til dato", "To date";
    PLANNED = "Planlagt", "Planned";
    USED = "Brugt", "Used";
    DIFFERENCE = "Forskel", "Difference";
    hours(hours: &str) = "{hours} timer", "{hours} hours";
    difference(hours: &str, per_cent: &str) = "{hours} timer ({per_cent} %)", "{hours} hours ({per_cent}%)";
    LOGGED_WEEKS = "Registrerede uger", "Weeks logged";
    logged_of(logged: u32, weeks: u32) = "{logged} af {weeks}", "{logged} of {weeks}";
    LOGGED_WEEKS_ONLY = "I registrerede uger", "In logged weeks";
    logged_weeks_only(used: &str, planned: &str) =
        "brugt {used} mod planlagt {planned} timer", "used {used} against {planned} hours planned";
    SECRETARIAT_DAYS = "Dage i sekretariatet", "Days at the secretariat";
    days_planned_used(planned: u32, used: u32) =
        "{planned} planlagt, {used} brugt", "{planned} planned, {used} used";
    WEEKS_ABOVE_CEILING = "Uger over loftet", "Weeks above the ceiling";
    WEEKS_WITHOUT_ENTRY = "Uger uden registrering", "Weeks without an entry";
    NO_WEEKS = "ingen", "none";

    USAGE_WARNINGS = "Advarsler om tidsforbruget", "Warnings about the time use";
    NO_USAGE_WARNINGS = "Ingen advarsler om tidsforbruget.", "No warnings about the time use.";
    BY_PHASE = "Pr. fase", "By phase";
    WEEKS_WITHOUT_WORKING_DAYS = "Uger uden arbejdsdage", "Weeks without working days";
    WEEK_BY_WEEK = "Uge for uge", "Week by week";
    NO_WEEKS_TO_SHOW =
        "Der er ingen uger i planen til og med denne dato endnu.",
        "The plan has no weeks up to this date yet.";

    // Table headings, short enough for 80 columns.
    COL_WEEK = "Uge", "Week";
    COL_PHASE = "Fase", "Phase";
    COL_WEEKS = "Uger", "Weeks";
    COL_PLANNED = "Plan", "Plan";
    COL_USED = "Brugt", "Used";
    COL_DIFFERENCE = "Forskel", "Diff.";
    COL_SECRETARIAT = "Sekr.", "Secr.";
    COL_LOGGED = "Registreret", "Logged";
    COL_NOTE = "Note", "Note";
    secretariat_cell(planned: u8, used: &str) = "{planned}/{used}", "{planned}/{used}";
    SECRETARIAT_CELL_NOTE =
        "Sekr. = dage i sekretariatet, planlagt/brugt (– er ikke registreret). Tomme felter: ugen er ikke registreret.",
        "Secr. = days at the secretariat, planned/used (– is not logged). Empty cells: the week has no entry.";

    OUTSIDE_PLAN = "Registreringer uden for planen", "Entries outside the plan";
    OUTSIDE_PLAN_NOTE =
        "Disse uger ligger før eller efter planen og tælles ikke med ovenfor.",
        "These weeks lie before or after the plan and are not counted above.";
    BEFORE_PLAN = "før planen", "before the plan";
    AFTER_PLAN = "efter planen", "after the plan";
    entries_after_until(n: u32) =
        "{n} registrerede uger efter rapportens dato er ikke med.",
        "{n} logged weeks after the report's date are not included.";

    // The chart.
    chart_title(range: &str) =
        "Planlagte og brugte netværkstimer pr. uge, {range}",
        "Planned and used network hours per week, {range}";
    CHART_PLANNED = "planlagt", "planned";
    CHART_USED = "brugt", "used";
    CHART_MISSING = "ikke registreret", "no entry";
    NOT_LOGGED = "ikke registreret", "not logged";
    AS_PLANNED = "som planlagt", "as planned";
    over(hours: &str) = "{hours} over", "{hours} over";
    under(hours: &str) = "{hours} under", "{hours} under";
    ceiling_legend(hours: &str) = "loft {hours} timer", "ceiling {hours} hours";

    // The warnings about time use.
    above_ceiling_run(weeks: &str, ceiling: &str) =
        "{weeks}: over loftet på {ceiling} timer flere uger i træk – tal med din personaleleder om, hvad der kan vente.",
        "{weeks}: above the ceiling of {ceiling} hours several weeks running – talk to your staff manager about what can wait.";
    weeks_without_entry_run(weeks: &str) =
        "Ingen registrering for {weeks} – skriv timerne ind, mens du kan huske dem.",
        "No entry for {weeks} – log the hours while you still remember them.";
    off_plan_above(per_cent: &str, weeks: u32, used: &str, planned: &str) =
        "Du har brugt {per_cent} % mere end planlagt i de {weeks} registrerede uger ({used} mod {planned} timer).",
        "You have used {per_cent}% more than planned in the {weeks} logged weeks ({used} against {planned} hours).";
    off_plan_below(per_cent: &str, weeks: u32, used: &str, planned: &str) =
        "Du har brugt {per_cent} % mindre end planlagt i de {weeks} registrerede uger ({used} mod {planned} timer).",
        "You have used {per_cent}% less than planned in the {weeks} logged weeks ({used} against {planned} hours).";

    // `mandat log`.
    LOG_COL_WEEK = "UGE", "WEEK";
    LOG_COL_PLANNED = "PLANLAGT", "PLANNED";
    LOG_COL_USED = "BRUGT", "USED";
    LOG_COL_DIFFERENCE = "FORSKEL", "DIFF.";
    LOG_COL_NOTE = "NOTE", "NOTE";
    LOG_TOTAL = "I alt", "Total";
    log_outside_plan(week: &str, side: &str) = "{week} ({side})", "{week} ({side})";
    LOG_NO_WEEKS =
        "Planen har ingen uger til og med i dag endnu; der er intet at registrere.",
        "The plan has no weeks up to today yet; there is nothing to log.";
    LOG_HOW =
        "Registrer en uge med «mandat log --week 2027-W12 --hours 9,5»; slet den med «--clear».",
        "Log a week with “mandat log --week 2027-W12 --hours 9.5”; remove it with “--clear”.";
    log_recorded(week: &str, hours: &str, planned: &str) =
        "Gemt for {week}: {hours} timer (planlagt {planned}).",
        "Saved for {week}: {hours} hours ({planned} planned).";
    log_recorded_one_day(week: &str, hours: &str, planned: &str) =
        "Gemt for {week}: {hours} timer (planlagt {planned}) og 1 dag i sekretariatet.",
        "Saved for {week}: {hours} hours ({planned} planned) and 1 day at the secretariat.";
    log_recorded_days(week: &str, hours: &str, planned: &str, days: u8) =
        "Gemt for {week}: {hours} timer (planlagt {planned}) og {days} dage i sekretariatet.",
        "Saved for {week}: {hours} hours ({planned} planned) and {days} days at the secretariat.";
    log_cleared(week: &str) = "Registreringen for {week} er slettet.", "The entry for {week} is removed.";
    log_nothing_to_clear(week: &str) =
        "{week} havde ingen registrering; intet er ændret.",
        "{week} had no entry; nothing was changed.";
    week_outside_plan(week: &str, plan: &str) =
        "{week} ligger uden for planen ({plan}); registrer en af planens uger",
        "{week} is outside the plan ({plan}); log one of the plan's weeks";
    WEEK_PLAN_HAS_NO_WEEKS =
        "planen har ingen uger at registrere i", "the plan has no weeks to log in";
    LOG_NOT_WITH_FILE =
        "en fil givet med --file bliver kun læst; registrer timerne i netværket i datamappen (uden --file)",
        "a file given with --file is only read; log the hours in the network in the data folder (without --file)";
    unknown_course(course: &str) =
        "planens forløb «{course}» findes ikke længere; vælg et andet forløb i arbejdsplanen",
        "the plan's course “{course}” no longer exists; choose another course in the workload plan";

    // A typed week.
    WEEK_EMPTY =
        "skriv en uge, fx 2027-W12, 12-2027 eller en dato i ugen",
        "write a week, e.g. 2027-W12, 12-2027 or a date in the week";
    week_unrecognised(value: &str) =
        "«{value}» er ikke en uge; skriv fx 2027-W12, 12-2027 eller en dato i ugen",
        "“{value}” is not a week; write e.g. 2027-W12, 12-2027 or a date in the week";
    week_missing_year(week: u32) =
        "uge {week} mangler et år; skriv fx {week}-2027",
        "week {week} has no year; write e.g. {week}-2027";
    week_no_such_date(value: &str) =
        "«{value}» er ikke en gyldig dato", "“{value}” is not a valid date";
    week_no_such_week(year: i32, week: u32, weeks: u32) =
        "{year} har ingen uge {week}; året har {weeks} uger",
        "{year} has no week {week}; the year has {weeks} weeks";
    week_year_out_of_range(year: i32) =
        "året {year} ligger uden for 1900–2999", "the year {year} is outside 1900–2999";

    // A logged figure.
    HOURS_NOT_A_NUMBER = "timetallet er ikke et tal", "the hours are not a number";
    hours_negative(hours: &str) =
        "{hours} timer er negativt; skriv 0 eller mere",
        "{hours} hours is negative; write 0 or more";
    hours_above_week(hours: &str, max: &str) =
        "{hours} timer er mere, end en uge har ({max})",
        "{hours} hours is more than a week has ({max})";
    hours_not_in_half_hours(hours: &str) =
        "{hours} timer: skriv timerne i halve timer, fx 9 eller 9,5",
        "{hours} hours: write the hours in half-hour steps, e.g. 9 or 9.5";
    days_above_week(days: u8, max: u8) =
        "{days} dage er mere, end en uge har ({max})",
        "{days} days is more than a week has ({max})";
    not_days(value: &str) =
        "«{value}» er ikke et antal dage; skriv et helt tal fra 0 til 7",
        "“{value}” is not a number of days; write a whole number from 0 to 7";
}

/// "uge 12 2027" / "week 12 2027".
pub fn week(lang: Lang, week: IsoWeek) -> String {
    week_range(week.monday(), week.monday(), lang)
}

/// Weeks as the reader names them, runs of weeks in a row joined: "uge 3–5 2027, uge 9 2027".
pub fn weeks(lang: Lang, weeks: &[IsoWeek]) -> String {
    let mut runs: Vec<(IsoWeek, IsoWeek)> = Vec::new();
    for &w in weeks {
        match runs.last_mut() {
            Some((_, last)) if last.next() == Some(w) => *last = w,
            _ => runs.push((w, w)),
        }
    }
    runs.iter()
        .map(|(a, b)| week_range(a.monday(), b.monday(), lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A difference with its sign: "+2,5", "−3", "0".
pub fn signed(lang: Lang, value: f64) -> String {
    let shown = number(value.abs(), lang);
    if shown == "0" {
        shown
    } else if value > 0.0 {
        format!("+{shown}")
    } else {
        format!("−{shown}")
    }
}

/// A difference with its sign and always one decimal, for columns: "+2,5", "−3,0", "0,0".
pub fn signed_fixed(lang: Lang, value: f64) -> String {
    let shown = super::format::number_fixed(value.abs(), lang);
    if value.abs() < 0.05 {
        super::format::number_fixed(0.0, lang)
    } else if value > 0.0 {
        format!("+{shown}")
    } else {
        format!("−{shown}")
    }
}

/// Where the report date falls in the plan; `phase` names a phase by its id.
pub fn position(lang: Lang, position: &Position, phase: impl Fn(&str) -> String) -> String {
    match position {
        Position::NoWeeks => POSITION_NO_WEEKS.get(lang).to_string(),
        Position::NotStarted {
            first_week,
            weeks_to_start,
        } => position_not_started(lang, &week(lang, *first_week), *weeks_to_start),
        Position::InPlan {
            number,
            of,
            phase_id: Some(id),
            ..
        } => position_in_plan(lang, *number, *of, &phase(id)),
        Position::InPlan { number, of, .. } => position_in_plan_off(lang, *number, *of),
        Position::Over { last_week, .. } => position_over(lang, &week(lang, *last_week)),
    }
}

/// One warning about the time use, as a sentence.
pub fn warning(lang: Lang, warning: &UsageWarning) -> String {
    match warning {
        UsageWarning::AboveCeilingWeeksRunning { weeks: w, ceiling } => {
            above_ceiling_run(lang, &weeks(lang, w), &number(*ceiling, lang))
        }
        UsageWarning::WeeksWithoutEntry { weeks: w } => {
            weeks_without_entry_run(lang, &weeks(lang, w))
        }
        UsageWarning::OffPlan {
            direction,
            per_cent,
            planned_hours,
            used_hours,
            logged_weeks,
        } => {
            let message = match direction {
                Direction::Above => off_plan_above,
                Direction::Below => off_plan_below,
            };
            message(
                lang,
                &number(*per_cent, lang),
                *logged_weeks,
                &number(*used_hours, lang),
                &number(*planned_hours, lang),
            )
        }
    }
}

/// Why a typed week is not one; `value` is what was typed (already made safe to show).
pub fn week_error(lang: Lang, value: &str, error: &WeekError) -> String {
    match error {
        WeekError::Empty => WEEK_EMPTY.get(lang).to_string(),
        WeekError::Unrecognised => week_unrecognised(lang, value),
        WeekError::MissingYear { week } => week_missing_year(lang, *week),
        WeekError::NoSuchDate => week_no_such_date(lang, value),
        WeekError::NoSuchWeek {
            year,
            week,
            weeks_in_year,
        } => week_no_such_week(lang, *year, *week, *weeks_in_year),
        WeekError::YearOutOfRange { year } => week_year_out_of_range(lang, *year),
    }
}

/// Why a week's entry was refused.
pub fn log_error(lang: Lang, error: &LogError) -> String {
    let n = |h: f64| number(h, lang);
    match error {
        LogError::HoursNotANumber => HOURS_NOT_A_NUMBER.get(lang).to_string(),
        LogError::HoursNegative { hours } => hours_negative(lang, &n(*hours)),
        LogError::HoursAboveWeek { hours, max } => hours_above_week(lang, &n(*hours), &n(*max)),
        LogError::HoursNotInHalfHours { hours } => {
            // The figure as typed, not rounded to a tenth: 9,25 must not read as 9,3.
            let typed = match lang {
                Lang::Da => hours.to_string().replace('.', ","),
                Lang::En => hours.to_string(),
            };
            hours_not_in_half_hours(lang, &typed)
        }
        LogError::SecretariatDaysAboveWeek { days, max } => days_above_week(lang, *days, *max),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(year: i32, week: u32) -> IsoWeek {
        IsoWeek::new(year, week).unwrap()
    }

    #[test]
    fn weeks_in_a_row_are_named_as_one_run() {
        let list = [w(2027, 3), w(2027, 4), w(2027, 5), w(2027, 9)];
        assert_eq!(weeks(Lang::Da, &list), "uge 3–5 2027, uge 9 2027");
        assert_eq!(weeks(Lang::En, &list[3..]), "week 9 2027");
        assert_eq!(
            weeks(Lang::Da, &[w(2026, 53), w(2027, 1)]),
            "uge 53 2026–uge 1 2027"
        );
    }

    #[test]
    fn warnings_and_errors_read_in_both_languages() {
        let off = UsageWarning::OffPlan {
            direction: Direction::Above,
            per_cent: 22.5,
            planned_hours: 40.0,
            used_hours: 49.0,
            logged_weeks: 4,
        };
        assert_eq!(
            warning(Lang::Da, &off),
            "Du har brugt 22,5 % mere end planlagt i de 4 registrerede uger (49 mod 40 timer)."
        );
        assert!(warning(Lang::En, &off).contains("22.5% more than planned"));
        assert_eq!(
            week_error(
                Lang::Da,
                "",
                &WeekError::NoSuchWeek {
                    year: 2027,
                    week: 53,
                    weeks_in_year: 52
                }
            ),
            "2027 har ingen uge 53; året har 52 uger"
        );
        assert_eq!(
            log_error(Lang::Da, &LogError::HoursNotInHalfHours { hours: 9.25 }),
            "9,25 timer: skriv timerne i halve timer, fx 9 eller 9,5"
        );
        assert_eq!(signed(Lang::Da, -2.5), "−2,5");
        assert_eq!(signed(Lang::En, 3.0), "+3");
        assert_eq!(signed(Lang::En, 0.01), "0");
    }
}

/// A week's difference in words and figures: "2 over", "1,5 under", "som planlagt", or "ikke
/// registreret" for a week without an entry — never by colour alone.
pub fn difference_in_words(lang: Lang, difference_hours: Option<f64>) -> String {
    match difference_hours {
        None => NOT_LOGGED.get(lang).to_string(),
        Some(d) if d.abs() < 0.05 => AS_PLANNED.get(lang).to_string(),
        Some(d) if d > 0.0 => over(lang, &number(d, lang)),
        Some(d) => under(lang, &number(-d, lang)),
    }
}

#[cfg(test)]
mod difference_tests {
    use super::*;

    #[test]
    fn a_difference_is_said_in_words_and_figures() {
        assert_eq!(difference_in_words(Lang::Da, None), "ikke registreret");
        assert_eq!(difference_in_words(Lang::Da, Some(0.0)), "som planlagt");
        assert_eq!(difference_in_words(Lang::Da, Some(2.5)), "2,5 over");
        assert_eq!(difference_in_words(Lang::En, Some(-1.5)), "1.5 under");
    }
}
