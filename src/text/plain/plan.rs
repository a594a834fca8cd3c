//! The workload plan and the time log in plain mode.

messages! {
    WHAT_TO_DO = "Hvad vil du gøre?", "What would you like to do?";
    WHAT_TO_CHANGE = "Hvad vil du ændre?", "What would you like to change?";
    step_place(step: &str, n_of: &str) = "{step}, {n_of}", "{step}, {n_of}";
    accepted_on(date: &str) = "Planen blev godkendt {date}.", "The plan was accepted on {date}.";
    changed_since(date: &str) =
        "Planen er ændret, siden den blev godkendt {date}. Godkend den igen i gennemgangen.",
        "The plan has changed since it was accepted on {date}. Accept it again in the review.";
    NEXT_STEP = "Næste trin", "Next step";
    PREVIOUS_STEP = "Forrige trin", "Previous step";
    and(text: &str, more: &str) = "{text}, {more}", "{text}, {more}";

    // The course.
    course_now(name: &str) = "Planen bygger nu på forløbet {name}.", "The plan is now built on the course {name}.";
    chosen(kind: &str) = "{kind}, valgt nu", "{kind}, chosen now";
    WHICH_COURSE = "Hvilket forløb skal planen bygge på?", "Which course should the plan be built on?";

    // Start and hours.
    START = "Startdato", "Start date";
    hours(hours: &str) = "{hours} timer", "{hours} hours";
    CEILING = "Loft for netværkstimer om ugen", "Ceiling on network hours a week";
    NO_CEILING = "intet loft", "no ceiling";
    DAY_OFF = "fri", "a day off";
    NOT_DAY_OFF = "ikke fri", "not a day off";
    day_now(day: &str, state: &str) = "{day} er nu {state}.", "{day} is now {state}.";
    ask_start(date: &str) =
        "Planens startdato som dag-måned-år. Tryk Enter for at beholde {date}:",
        "The plan's start date as day-month-year. Press Enter to keep {date}:";
    ask_weekly_hours(hours: &str) =
        "Din arbejdstid pr. uge i timer. Tryk Enter for at beholde {hours}:",
        "Your working hours a week. Press Enter to keep {hours}:";
    ASK_CEILING =
        "Det højeste antal netværkstimer om ugen, du har aftalt med din personaleleder. Skriv ingen for intet loft, eller tryk Enter for at beholde det:",
        "The most network hours a week you agreed with your staff manager. Type none for no ceiling, or press Enter to keep it:";

    // The phases.
    WHICH_PHASE = "Hvilken fase vil du tilpasse?", "Which phase do you want to adjust?";
    phase_detail(kind: &str, weeks: &str, hours: &str) =
        "{kind}, {weeks}, {hours} timer om ugen",
        "{kind}, {weeks}, {hours} hours a week";
    ONE_WEEK = "1 uge", "1 week";
    weeks_many(n: u32) = "{n} uger", "{n} weeks";
    ONE_DAY_AT_SECRETARIAT = "1 dag i sekretariatet", "1 day at the secretariat";
    HOURS_A_WEEK = "Timer om ugen", "Hours a week";
    VACATIONS = "Ferie:", "Vacation:";
    OVERRIDES = "Uger med egne timer:", "Weeks with your own hours:";
    ACCEPTED = "Planen er godkendt.", "The plan is accepted.";
    LOG_FIRST = "Registrer ugens timer først.", "Log the week's hours first.";
    to_date(week: u32, used: &str, planned: &str, difference: &str) =
        "Til og med uge {week} er der brugt {used} af de planlagte {planned} timer, {difference}.",
        "Up to week {week}, {used} of the {planned} planned hours are used, {difference}.";
    logged(week: u32, hours: &str) =
        "Uge {week}: {hours} timer er registreret.", "Week {week}: {hours} hours are logged.";
    SECRETARIAT_WEEKS = "uger i sekretariatet", "weeks at the secretariat";
    ADJUSTED = "rettet manuelt", "changed manually";
    SECRETARIAT_TOGGLE =
        "Uger i Sekretariatet for Netværksstrukturen",
        "Weeks at the Secretariat for the Network Structure";
    RESET_PHASE = "Brug forløbets egne tal igen", "Use the course's own figures again";
    ask_weeks(weeks: u32) =
        "Hvor mange arbejdsuger skal fasen vare? Tryk Enter for at beholde {weeks}:",
        "How many working weeks should the phase last? Press Enter to keep {weeks}:";
    ask_phase_hours(hours: &str) =
        "Netværkstimer om ugen i fasen. Tryk Enter for at beholde {hours}:",
        "Network hours a week in the phase. Press Enter to keep {hours}:";
    PHASE_SAVED = "Fasen er gemt.", "The phase is saved.";

    // Vacation and weeks set by hand.
    NONE_YET = "Ingen endnu.", "None yet.";
    ADD_VACATION = "Tilføj ferie", "Add a vacation";
    ADD_OVERRIDE = "Tilføj en uge med egne timer", "Add a week with your own hours";
    REMOVE = "Fjern ferie eller en uge", "Remove a vacation or a week";
    WHICH_REMOVE = "Hvad vil du fjerne?", "What do you want to remove?";
    vacation_line(first: &str, last: &str) = "Ferie fra {first} til {last}", "Vacation from {first} to {last}";
    override_line(week: u32, year: i32, hours: &str) =
        "Uge {week} {year}: {hours} netværkstimer", "Week {week} {year}: {hours} network hours";
    VACATION_ADDED = "Ferien er tilføjet.", "The vacation is added.";
    OVERRIDE_ADDED = "Ugen er tilføjet.", "The week is added.";
    REMOVED = "Det er fjernet.", "It is removed.";

    // The review.
    span(weeks: usize, first: &str, last: &str) =
        "Planen har {weeks} uger, fra {first} til {last}.",
        "The plan has {weeks} weeks, from {first} to {last}.";
    totals(network: &str, average: &str, basis: &str) =
        "I alt {network} netværkstimer, i gennemsnit {average} om ugen i uger med arbejdsdage, og {basis} basistimer.",
        "In all {network} network hours, on average {average} a week in weeks with working days, and {basis} basis hours.";
    secretariat_weeks(n: usize) =
        "Uger med dage i sekretariatet: {n}.", "Weeks with days at the secretariat: {n}.";
    test_starts(date: &str, week: u32) =
        "Testfasen begynder {date}, uge {week}.", "The test phase begins on {date}, week {week}.";
    warnings_heading(n: usize) = "Advarsler: {n}.", "Warnings: {n}.";
    ACCEPT = "Godkend planen", "Accept the plan";
    READ_WEEKS = "Læs planen uge for uge", "Read the plan week by week";
    SAVE_PLAN = "Gem planen som fil", "Save the plan as a file";
    week_line(week: u32, monday: &str, phase: &str, network: &str, basis: &str) =
        "Uge {week}, fra {monday}: {phase}, {network} netværkstimer og {basis} basistimer",
        "Week {week}, from {monday}: {phase}, {network} network hours and {basis} basis hours";
    secretariat_days_many(days: u8) = "{days} dage i sekretariatet", "{days} days at the secretariat";
    with_notes(line: &str, notes: &str) = "{line}. {notes}.", "{line}. {notes}.";
    END_OF_WEEKS = "Slut på planen.", "End of the plan.";

    // The time log.
    position(week: u32, of: u32, phase: &str) =
        "Netværket er i uge {week} af {of} i planen, i fasen {phase}.",
        "The network is in week {week} of {of} of the plan, in the phase {phase}.";
    position_off(week: u32, of: u32) =
        "Netværket er i uge {week} af {of} i planen, en uge uden arbejdsdage.",
        "The network is in week {week} of {of} of the plan, a week without working days.";
    sentence(text: &str) = "{text}.", "{text}.";
    NOTHING_YET_LOGGED =
        "Ingen uger er registreret endnu.", "No weeks are logged yet.";
    WHICH_WEEK =
        "Vælg en uge for at registrere timerne. Den nyeste uge står først.",
        "Choose a week to log its hours. The newest week comes first.";
    week_name(week: u32) = "Uge {week}", "Week {week}";
    week_name_year(week: u32, year: i32) = "Uge {week} {year}", "Week {week} {year}";
    week_detail(monday: &str, planned: &str, used: &str, difference: &str) =
        "fra {monday}, planlagt {planned}, brugt: {used}, {difference}",
        "from {monday}, planned {planned}, used: {used}, {difference}";
    week_detail_open(monday: &str, planned: &str) =
        "fra {monday}, planlagt {planned}, intet registreret",
        "from {monday}, planned {planned}, nothing logged";
    week_state_open(week: u32, planned: &str) =
        "Uge {week}: planlagt {planned} timer, intet registreret endnu.",
        "Week {week}: planned {planned} hours, nothing logged yet.";
    week_state(week: u32, planned: &str, used: &str, difference: &str) =
        "Uge {week}: planlagt {planned} timer, brugt {used}, {difference}.",
        "Week {week}: planned {planned} hours, used {used}, {difference}.";
    LOG_HOURS = "Registrer timer", "Log hours";
    suggested(hours: &str) = "forslag {hours} timer", "suggested {hours} hours";
    logged_now(hours: &str) = "nu {hours} timer", "now {hours} hours";
    DAYS = "Dage i sekretariatet", "Days at the secretariat";
    NOTE = "Bemærkning", "Note";
    CLEAR = "Ryd ugen", "Clear the week";
    ask_hours(week: u32, hours: &str) =
        "Hvor mange netværkstimer brugte du i uge {week}? Tryk Enter for {hours}:",
        "How many network hours did you use in week {week}? Press Enter for {hours}:";
    ask_days(current: &str) =
        "Hvor mange dage var du i sekretariatet? Skriv et tal fra 0 til 7, eller tryk Enter for at beholde {current}:",
        "How many days were you at the secretariat? Type a number from 0 to 7, or press Enter to keep {current}:";
    days_saved(days: &str) = "Dage i sekretariatet: {days}.", "Days at the secretariat: {days}.";
    NOTE_SAVED = "Bemærkningen er gemt.", "The note is saved.";
    week_not_logged(week: u32) =
        "Uge {week} har ingen registrering.", "Week {week} has no entry.";
}

/// "1 uge", "3 uger".
pub fn weeks(lang: crate::text::Lang, n: u32) -> String {
    if n == 1 {
        ONE_WEEK.get(lang).to_string()
    } else {
        weeks_many(lang, n)
    }
}

/// "1 dag i sekretariatet", "2 dage i sekretariatet".
pub fn secretariat_days(lang: crate::text::Lang, n: u8) -> String {
    if n == 1 {
        ONE_DAY_AT_SECRETARIAT.get(lang).to_string()
    } else {
        secretariat_days_many(lang, n)
    }
}
