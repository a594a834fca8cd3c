//! The workload plan's five steps.

messages! {
    DAYS_OFF =
        "Fridage efter lokal aftale (ikke helligdage) – Enter slår til og fra",
        "Days off by local agreement (not public holidays) – Enter turns on and off";
    MAY_DAY = "1. maj", "1 May";
    GRUNDLOVSDAG = "Grundlovsdag (5. juni)", "Constitution Day (5 June)";
    CHRISTMAS_EVE = "Juleaftensdag (24. december)", "Christmas Eve (24 December)";
    NEW_YEARS_EVE = "Nytårsaftensdag (31. december)", "New Year's Eve (31 December)";
    NO_COURSE =
        "Planens forløb findes ikke længere – vælg et forløb i første trin",
        "The plan's course no longer exists – choose a course in the first step";
    START = "Startdato (dd-mm-åååå)", "Start date (dd-mm-yyyy)";
    CEILING =
        "Loft for netværkstimer (tomt = intet loft)",
        "Ceiling on network hours (empty = none)";
    HOURS_WEEK = "Timer/uge", "Hours/week";
    KIND = "Slags", "Kind";
    VACATIONS = "Ferie", "Vacation";
    OVERRIDES = "Uger med egne timer", "Weeks with hours of their own";
    VACATION_PROMPT =
        "Ferie: «uge 28-30 2027» eller «01-07-2027 til 21-07-2027»",
        "Vacation: “week 28-30 2027” or “01-07-2027 to 21-07-2027”";
    BAD_VACATION =
        "Skriv ferien som «uge 28-30 2027» eller «01-07-2027 til 21-07-2027»",
        "Type the vacation as “week 28-30 2027” or “01-07-2027 to 21-07-2027”";
    VACATION_TO = "til", "to";
    WEEK_FORM = "Egne timer for en uge", "A week's own hours";
    FORM_WEEK = "Uge", "Week";
    FORM_WEEK_HINT =
        "fx 12, uge 12 2027 eller en dato i ugen",
        "e.g. 12, week 12 2027 or a date in the week";
    FORM_HOURS = "Netværkstimer", "Network hours";
    FORM_HOURS_HINT = "fx 7,5", "e.g. 7.5";
    FORM_DAYS = "Dage i sekretariatet", "Days at the secretariat";
    FORM_DAYS_HINT =
        "0–5; tomt felt: regnes ud fra timerne",
        "0–5; empty: worked out from the hours";
    FORM_NOTE = "Note", "Note";
    FORM_NOTE_HINT = "fx konference i Aarhus", "e.g. conference in Aarhus";
    BAD_DAYS =
        "Skriv et helt antal dage fra 0 til 5, eller lad feltet stå tomt",
        "Type a whole number of days from 0 to 5, or leave the field empty";
    override_saved(week: &str) =
        "{week} har nu dine egne timer", "{week} now has your own hours";
    override_days(days: u8) = "{days} dage i sekretariatet", "{days} days at the secretariat";
    removed_vacation(dates: &str, key: &str) =
        "Ferien {dates} er fjernet – tryk {key} for at fortryde",
        "The vacation {dates} is removed – press {key} to undo";
    removed_override(week: &str, key: &str) =
        "De egne timer for {week} er fjernet – tryk {key} for at fortryde",
        "The own hours for {week} are removed – press {key} to undo";
    PUT_BACK = "Sat ind igen", "Put back";
    KEY_UNDO = "fortryd", "undo";
    KEY_UNDO_HELP =
        "sæt det, du sidst fjernede, ind igen (så længe du er på dette trin)",
        "put back what you last removed (as long as you stay on this step)";
    KEY_SAVE = "gem", "save";
    KEY_SAVE_HELP =
        "gem ugens tal (også Ctrl+S); Tab går til næste felt",
        "save the week's figures (Ctrl+S too); Tab goes to the next field";
    KEY_EDIT_ROW =
        "ret den valgte ferie eller uge",
        "change the selected vacation or week";
    KEY_WEEK = "vælg uge", "choose week";
    KEY_WEEK_HELP =
        "vælg en uge; dens noter og advarsler står i fuld længde under tabellen",
        "choose a week; its notes and warnings are shown in full below the table";
    BAD_HOURS = "Skriv et antal timer, fx 7,5", "Type a number of hours, e.g. 7.5";
    BAD_WEEKS =
        "Skriv et helt antal uger, fx 4",
        "Type a whole number of weeks, e.g. 4";
    DATES = "Datoer", "Dates";
    SECR = "Sekr.", "Secr.";
    NOTES = "Noter", "Notes";
    CHART =
        "Søjlen: █ netværkstimer  ░ basistimer (tid til dine faste opgaver)",
        "Bar: █ network hours  ░ basis hours (time for your everyday job)";
    MARK_OWN = "* egne timer", "* own hours";
    MARK_WARNING = "! advarsel om ugen", "! a warning about the week";
    MARK_PROFILE =
        "~ timerne skifter fra uge til uge; den travleste uge står her",
        "~ the hours change from week to week; the busiest week is shown";
    mark_adjusted(key: &str) =
        "* rettet manuelt ({key} nulstiller)", "* changed manually ({key} resets)";
    NO_NOTES = "Ingen noter.", "No notes.";
    week_notes(week: &str, dates: &str, notes: &str) =
        "{week} ({dates}): {notes}", "{week} ({dates}): {notes}";
    WARNING_MARKED =
        "1 advarsel. Ugen er mærket med ! i tabellen; vælg den for at læse advarslen.",
        "1 warning. Its week is marked ! in the table; choose it to read the warning.";
    warnings_marked(n: usize) =
        "{n} advarsler. Ugerne er mærket med ! i tabellen; vælg en uge for at læse dens advarsler.",
        "{n} warnings. Their weeks are marked ! in the table; choose a week to read its warnings.";
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
    override_line(week: &str, hours: &str) = "{week}: {hours} timer", "{week}: {hours} hours";
    week_dates_one_month(first: u32, last: u32, month: &str) =
        "{first}.–{last}. {month}", "{first}–{last} {month}";
    week_dates_two_months(first: u32, first_month: &str, last: u32, last_month: &str) =
        "{first}. {first_month}–{last}. {last_month}", "{first} {first_month}–{last} {last_month}";

    ABOUT_1 =
        "Planen bygges i fem trin: forløb, start og timer, faser, ferie og særlige uger, gennemgang.",
        "The plan is built in five steps: course, start and hours, phases, vacation and special weeks, review.";
    ABOUT_2 =
        "Tallene i forløbet er eksempler, som du tilpasser: fasernes længde, timer om ugen og hvornår du sidder i sekretariatet.",
        "The course figures are examples to adjust: the phases' length, hours a week and when you are at the secretariat.";
    ABOUT_3 =
        "Gennemgangen viser de samme tal som den udskrevne plan og planen uge for uge med søjler og advarsler. Godkend planen, når den passer.",
        "The review shows the same figures as the printed plan, and the plan week by week with bars and warnings. Accept the plan when it fits.";
    ABOUT_4 =
        "Basistimer er den tid, der er tilbage til dine faste opgaver, når netværkstimerne er trukket fra.",
        "Basis hours are the time left for your everyday job (your “basis” work) once the network hours are taken out.";
    ABOUT_5 =
        "Fjerner du en ferie eller en uge med egne timer ved en fejl, kan du sætte den ind igen, så længe du er på trinnet.",
        "If you remove a vacation or a week's own hours by mistake, you can put it back as long as you stay on the step.";
}

pub const ABOUT: &[crate::text::Msg] = &[ABOUT_1, ABOUT_2, ABOUT_3, ABOUT_4, ABOUT_5];

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
