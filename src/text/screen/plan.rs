//! The workload plan's five steps.

messages! {
    DAYS_OFF =
        "Fridage efter lokal aftale (ikke helligdage) – Enter slår til og fra",
        "Days off by local agreement (not public holidays) – Enter turns on and off";
    MAY_DAY = "1. maj", "1 May";
    GRUNDLOVSDAG = "Grundlovsdag (5. juni)", "Constitution Day (5 June)";
    CHRISTMAS_EVE = "Juleaftensdag (24. december)", "Christmas Eve (24 December)";
    NEW_YEARS_EVE = "Nytårsaftensdag (31. december)", "New Year's Eve (31 December)";
    NO_COURSE = "Forløbet findes ikke i indholdet", "The course is not in the content";
    START = "Startdato (dd-mm-åååå)", "Start date (dd-mm-yyyy)";
    CEILING =
        "Loft for netværkstimer (tomt = intet loft)",
        "Ceiling on network hours (empty = none)";
    HOURS_WEEK = "Timer/uge", "Hours/week";
    KIND = "Slags", "Kind";
    VACATIONS = "Ferie", "Vacation";
    OVERRIDES = "Uger sat i hånden", "Weeks set by hand";
    VACATION_PROMPT =
        "Ferie: «uge 28-30 2027» eller «01-07-2027 til 21-07-2027»",
        "Vacation: “week 28-30 2027” or “01-07-2027 to 21-07-2027”";
    OVERRIDE_PROMPT =
        "Uge, år, timer og note: «uge 12 2027 10 konference»",
        "Week, year, hours and note: “week 12 2027 10 conference”";
    BAD_VACATION =
        "Skriv ferien som «uge 28-30 2027» eller «01-07-2027 til 21-07-2027»",
        "Type the vacation as “week 28-30 2027” or “01-07-2027 to 21-07-2027”";
    BAD_OVERRIDE =
        "Skriv som «uge 12 2027 10» (uge, år, timer) og evt. en note",
        "Type it as “week 12 2027 10” (week, year, hours) and maybe a note";
    BAD_HOURS = "Skriv et antal timer, fx 7,5", "Type a number of hours, e.g. 7.5";
    BAD_WEEKS =
        "Skriv et helt antal uger, fx 4",
        "Type a whole number of weeks, e.g. 4";
    DATES = "Datoer", "Dates";
    SECR = "Sekr.", "Secr.";
    NOTES = "Noter", "Notes";
    CHART =
        "Søjlen: █ netværkstimer  ░ basistimer",
        "Bar: █ network hours  ░ basis hours";
    NO_WARNINGS = "Ingen advarsler.", "No warnings.";
    ACCEPTED = "Planen er godkendt", "The plan is accepted";
    TOGGLE_SECRETARIAT = "Sekretariat til og fra", "Secretariat on or off";
    STEP_COURSE = "Vælg forløb", "Choose course";
    STEP_BASICS = "Start og timer", "Start and hours";
    STEP_PHASES = "Faser", "Phases";
    STEP_ADJUSTMENTS = "Ferie og særlige uger", "Vacation and special weeks";
    STEP_REVIEW = "Gennemgang", "Review";
    accepted_on(date: &str) = "Godkendt {date}", "Accepted {date}";
    changed_since(date: &str) =
        "Ændret siden godkendelsen {date} — godkend igen i gennemgangen",
        "Changed since it was accepted {date} — accept again in the review";
    date_range(first: &str, last: &str) = "{first} – {last}", "{first} – {last}";
    week_span(first: &str, last: u32) = "{first}–{last}", "{first}–{last}";
    override_line(week: &str, hours: &str) = "{week}: {hours} timer", "{week}: {hours} hours";
    week_dates_one_month(first: u32, last: u32, month: &str) =
        "{first}.–{last}. {month}", "{first}–{last} {month}";
    week_dates_two_months(first: u32, first_month: &str, last: u32, last_month: &str) =
        "{first}. {first_month}–{last}. {last_month}", "{first} {first_month}–{last} {last_month}";

    ABOUT_1 =
        "Planen bygges i fem trin: forløb, start og timer, faser, ferie og særlige uger, gennemgang.",
        "The plan is built in five steps: course, start and hours, phases, vacation and special weeks, review.";
    ABOUT_2 =
        "Tallene i forløbet er eksempler, som du tilpasser: fasernes længde, timer om ugen og hvornår du sidder i Sekretariatet.",
        "The course figures are examples to adjust: the phases' length, hours a week and when you work at the Secretariat.";
    ABOUT_3 =
        "Gennemgangen viser planen uge for uge med søjler og advarsler. Godkend planen, når den passer.",
        "The review shows the plan week by week with bars and warnings. Accept the plan when it fits.";
}

pub const ABOUT: &[crate::text::Msg] = &[ABOUT_1, ABOUT_2, ABOUT_3];

/// The five steps' names, in order.
pub fn step_name(lang: crate::text::Lang, step: crate::flow::plan::PlanStep) -> &'static str {
    use crate::flow::plan::PlanStep;
    match step {
        PlanStep::ChooseCourse => STEP_COURSE,
        PlanStep::Basics => STEP_BASICS,
        PlanStep::Phases => STEP_PHASES,
        PlanStep::Adjustments => STEP_ADJUSTMENTS,
        PlanStep::Review => STEP_REVIEW,
    }
    .get(lang)
}
