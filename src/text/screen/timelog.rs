//! The time screen (*Tidsforbrug*): the hours the network really took, week by week, against
//! the plan.

messages! {
    TITLE = "Tidsforbrug", "Time use";
    position(week: usize, of: usize, phase: &str) =
        "uge {week} af {of} · {phase}", "week {week} of {of} · {phase}";
    NOT_STARTED = "Planen er ikke begyndt endnu", "The plan has not started yet";
    starts_in(week: u32, year: i32) =
        "Planen begynder i uge {week} {year}; der er intet at registrere endnu.",
        "The plan begins in week {week} {year}; there is nothing to log yet.";
    PLAN_OVER = "Planen er slut", "The plan is over";
    NO_PLAN =
        "Arbejdsplanen kan ikke laves, fordi dens forløb ikke findes længere. Vælg et forløb i arbejdsplanens første trin.",
        "The workload plan cannot be made, because its course no longer exists. Choose a course in the plan's first step.";
    to_date(week: u32, used: &str, planned: &str, difference: &str) =
        "Til og med uge {week}: brugt {used} af planlagte {planned} timer ({difference})",
        "Up to week {week}: used {used} of {planned} planned hours ({difference})";
    per_cent(difference: &str, per_cent: &str) = "{difference}, {per_cent} %", "{difference}, {per_cent} %";
    secretariat_to_date(used: u32, planned: u32) =
        "Dage i sekretariatet: {used} af planlagte {planned}",
        "Days at the secretariat: {used} of {planned} planned";
    planned_in_logged_weeks(weeks: u32, planned: &str, used: &str) =
        "Kun de {weeks} uger, du har registreret: brugt {used} af planlagte {planned} timer",
        "Only the {weeks} weeks you have logged: used {used} of {planned} planned hours";
    COLUMN_WEEK = "Uge", "Week";
    COLUMN_DATES = "Datoer", "Dates";
    COLUMN_PLANNED = "Planlagt", "Planned";
    COLUMN_USED = "Brugt", "Used";
    COLUMN_DIFFERENCE = "Forskel", "Difference";
    CHART = "█ brugt  ▓ over planen  ░ planlagt", "█ used  ▓ over the plan  ░ planned";
    NOTHING_LOGGED =
        "Ingen uger er registreret endnu. Tryk Enter for at tage imod ugens forslag.",
        "No weeks are logged yet. Press Enter to take the week's suggestion.";
    suggestion(hours: &str) = "forslag {hours}", "suggested {hours}";
    secretariat_days(days: u8) = "{days} d. i sekr.", "{days} d. at secr.";
    ONE_SECRETARIAT_DAY = "1 dag i sekretariatet", "1 day at the secretariat";
    secretariat_days_long(days: u8) = "{days} dage i sekretariatet", "{days} days at the secretariat";
    week_detail(week: u32, detail: &str) = "Uge {week}: {detail}", "Week {week}: {detail}";
    NO_WARNINGS = "Ingen advarsler om tidsforbruget.", "No warnings about the time use.";
    logged(week: u32, hours: &str) = "Uge {week}: {hours} timer registreret", "Week {week}: {hours} hours logged";
    cleared(week: u32) = "Uge {week}: registreringen er fjernet", "Week {week}: the entry is removed";
    DAYS_PROMPT = "Dage i sekretariatet denne uge (tomt = ingen)", "Days at the secretariat this week (empty = none)";
    NOTE_PROMPT = "Bemærkning til ugen", "A note on the week";
    BAD_DAYS = "Skriv et helt antal dage fra 0 til 7", "Type a whole number of days from 0 to 7";
    LOG_FIRST = "Registrer ugens timer først", "Log the week's hours first";

    KEY_SAVE = "gem", "save";
    KEY_SAVE_HELP =
        "gem det skrevne tal, eller tag imod forslaget (ugens planlagte timer), og gå til ugen før",
        "save the number typed, or take the suggestion (the week's planned hours), and go to the week before";
    KEY_TYPE = "skriv timer", "type hours";
    KEY_DAYS = "dage i sekr.", "days at secr.";
    KEY_NOTE = "bemærkning", "note";
    KEY_CLEAR = "ryd ugen", "clear the week";

    ABOUT_1 =
        "Her registrerer du de timer, netværket faktisk har taget, uge for uge, og ser dem mod planen.",
        "Here you log the hours the network really took, week by week, and see them against the plan.";
    ABOUT_2 =
        "Ugens planlagte timer står som forslag: tryk Enter for at tage imod det, eller skriv et andet tal først. Derefter går du videre til ugen før, så en måned er registreret på få sekunder.",
        "The week's planned hours stand as a suggestion: press Enter to take it, or type another number first. Then you move on to the week before, so a month is logged in seconds.";
    ABOUT_3 =
        "En uge uden registrering står tom, ikke som nul. Forskellen står i ord og tal, og advarslerne siger, når tidsforbruget løber fra planen.",
        "A week without an entry stays empty, not zero. The difference is written in words and figures, and the warnings say when the time use drifts from the plan.";
}

pub const ABOUT: &[crate::text::Msg] = &[ABOUT_1, ABOUT_2, ABOUT_3];
