//! Every text the terminal program shows, Danish and English side by side. Domain texts
//! (questions, pamphlets, agreement fields, courses) come from `content/`; these are the words of
//! the screens themselves.

use chrono::NaiveDate;

use mandat::dates;
use mandat::flow::agreement::AgreementError;
use mandat::flow::handout::{Channel, HandoutError};
use mandat::flow::plan::{PlanError, PlanStep};
use mandat::flow::reflection::{AnswerStatus, ReflectionError};
use mandat::vocab::Counterpart;
use mandat::vocab::Lang;

/// A text in both languages (the library's [`mandat::i18n::L`]).
pub use mandat::i18n::L as T;

// ---- Frame -----------------------------------------------------------------------------------
pub const APP_NAME: T = T("mandat", "mandat");
pub const TOO_SMALL: T = T(
    "Vinduet er for lille — gør det mindst 40×12",
    "The window is too small — make it at least 40×12",
);
pub const STEP_OF: T = T("trin", "step");
pub const OF: T = T("af", "of");
pub const HELP_TITLE: T = T("Hjælp", "Help");
pub const HELP_CLOSE: T = T("Esc eller ? lukker hjælpen", "Esc or ? closes the help");

// ---- Key hints -------------------------------------------------------------------------------
pub const K_BACK: T = T("tilbage", "back");
pub const K_HELP: T = T("hjælp", "help");
pub const K_QUIT: T = T("afslut", "quit");
pub const K_MOVE: T = T("flyt", "move");
pub const K_OPEN: T = T("åbn", "open");
pub const K_CHOOSE: T = T("vælg", "choose");
pub const K_NEXT_FIELD: T = T("næste felt", "next field");
pub const K_CONFIRM: T = T("bekræft", "confirm");
pub const K_CANCEL: T = T("fortryd", "cancel");
pub const K_SCROLL: T = T("rul", "scroll");
pub const K_LEAVE_TEXT: T = T("luk feltet", "leave the field");
pub const K_NEWLINE: T = T("ny linje", "new line");

// ---- First run -------------------------------------------------------------------------------
pub const FR_TITLE: T = T("Velkommen til mandat", "Welcome to mandat");
pub const FR_INTRO: T = T(
    "Her forbereder du dine tre samtaler om dit mandat som netværksleder. Start med at fortælle lidt om netværket. Du kan altid ændre det senere.",
    "Here you prepare the three conversations about your mandate as network leader. Start by telling a little about the network. You can change it later.",
);
pub const FR_LEADER: T = T("Dit navn", "Your name");
pub const FR_THEME: T = T("Netværkets tema", "The network's theme");
pub const FR_TYPE: T = T("Netværkstype", "Network type");
pub const FR_START: T = T("Planlagt start (dd-mm-åååå)", "Planned start (dd-mm-yyyy)");
pub const FR_CREATE: T = T("Opret", "Create");
pub const FR_TYPE_HINT: T = T("←/→ skifter type", "←/→ changes the type");
pub const FR_NEED_LEADER: T = T("Skriv dit navn", "Type your name");
pub const FR_NEED_THEME: T = T("Skriv netværkets tema", "Type the network's theme");
pub const FR_BAD_DATE: T = T(
    "Datoen skal skrives som dd-mm-åååå, fx 04-01-2027",
    "Type the date as dd-mm-yyyy, e.g. 04-01-2027",
);
pub const FR_NO_COURSE: T = T(
    "Indholdet har intet forløb for denne netværkstype",
    "The content has no course for this network type",
);
pub const FR_CRUMB: T = T("Nyt netværk", "New network");

// ---- Dashboard -------------------------------------------------------------------------------
pub const DASH_CRUMB: T = T("Overblik", "Overview");
pub const DASH_NO_NAME: T = T("(navn mangler)", "(no name yet)");
pub const DASH_NO_DATE: T = T("Ingen dato endnu", "No date yet");
pub const DASH_HANDOUT: T = T("Pjece", "Pamphlet");
pub const DASH_REFLECTION: T = T("Refleksion", "Reflection");
pub const DASH_AGREEMENT: T = T("Aftale", "Agreement");
pub const DASH_PLAN: T = T("Arbejdsplan", "Workload plan");
pub const DASH_NEXT: T = T("Næste skridt", "Next step");
pub const DASH_ALL_DONE: T = T(
    "Alt er forberedt til de kommende møder.",
    "Everything is prepared for the coming meetings.",
);
pub const K_PLAN: T = T("plan", "plan");
pub const K_WORKSPACES: T = T("netværk", "networks");
pub const K_ADD_MEETING: T = T("nyt møde", "new meeting");
pub const MEETING_ADDED: T = T("Et nyt møde er oprettet", "A new meeting was added");

pub fn leader_line(lang: Lang, leader: &str) -> String {
    let leader = if leader.trim().is_empty() {
        DASH_NO_NAME.get(lang)
    } else {
        leader
    };
    match lang {
        Lang::Da => format!("Netværksleder: {leader}"),
        Lang::En => format!("Network leader: {leader}"),
    }
}

/// "velfærd", "innovation", "læring": short enough for a choice on one line.
pub fn network_type_short(lang: Lang, t: mandat::vocab::NetworkType) -> &'static str {
    use mandat::vocab::NetworkType as N;
    match t {
        N::Velfaerd => lang.pick("velfærd", "welfare"),
        N::Innovation => lang.pick("innovation", "innovation"),
        N::Laering => lang.pick("læring", "learning"),
    }
}

pub fn meeting_number(lang: Lang, n: usize, of: usize) -> String {
    match lang {
        Lang::Da => format!("møde {n} af {of}"),
        Lang::En => format!("meeting {n} of {of}"),
    }
}

pub fn handout_state(lang: Lang, step: u8) -> &'static str {
    match step {
        0 => lang.pick("ikke forberedt", "not prepared"),
        1 => lang.pick("forberedt", "prepared"),
        2 => lang.pick("afleveret", "handed out"),
        _ => lang.pick("drøftet", "discussed"),
    }
}

pub fn agreement_state(lang: Lang, id: &str) -> &'static str {
    match id {
        "ready" => lang.pick("klar", "ready"),
        "agreed" => lang.pick("indgået", "agreed"),
        _ => lang.pick("udkast", "draft"),
    }
}

pub fn proposals_count(lang: Lang, n: usize, of: usize) -> String {
    match lang {
        Lang::Da => format!("{n}/{of} forslag"),
        Lang::En => format!("{n}/{of} proposals"),
    }
}

pub fn answered_count(lang: Lang, n: usize, of: usize) -> String {
    match lang {
        Lang::Da => format!("{n}/{of} besvaret"),
        Lang::En => format!("{n}/{of} answered"),
    }
}

pub fn plan_progress(lang: Lang, step: PlanStep, status_id: &str) -> String {
    match (lang, status_id) {
        (Lang::Da, "accepted") => "godkendt".into(),
        (Lang::En, "accepted") => "accepted".into(),
        (Lang::Da, "changed_since_accepted") => "ændret siden godkendelsen".into(),
        (Lang::En, "changed_since_accepted") => "changed since accepted".into(),
        (Lang::Da, _) => format!("trin {} af {}", step.number(), PlanStep::ALL.len()),
        (Lang::En, _) => format!("step {} of {}", step.number(), PlanStep::ALL.len()),
    }
}

/// "referencelederpjecen" / "the reference leader's pamphlet".
pub fn pamphlet_of(lang: Lang, c: Counterpart) -> String {
    match lang {
        // A hyphenated foreign word keeps its hyphen in a compound: "co-driver-pjecen".
        Lang::Da if c.name_lower(lang).contains('-') => format!("{}-pjecen", c.name_lower(lang)),
        Lang::Da => format!("{}pjecen", c.name_lower(lang)),
        Lang::En => format!("the {}'s pamphlet", c.name_lower(lang)),
    }
}

pub fn next_hand_out_by(lang: Lang, c: Counterpart, due: NaiveDate) -> String {
    let date = dates::short_date(due, lang);
    match lang {
        Lang::Da => format!("Aflever {} senest {date}", pamphlet_of(lang, c)),
        Lang::En => format!("Hand out {} by {date}", pamphlet_of(lang, c)),
    }
}

pub fn next_hand_out_overdue(lang: Lang, c: Counterpart, due: NaiveDate) -> String {
    let date = dates::short_date(due, lang);
    match lang {
        Lang::Da => format!(
            "Aflever {} hurtigst muligt — den skulle være afleveret {date}",
            pamphlet_of(lang, c)
        ),
        Lang::En => format!(
            "Hand out {} as soon as you can — it was due {date}",
            pamphlet_of(lang, c)
        ),
    }
}

/// "pjece senest 21. jan" / "pamphlet by 21 Jan", for the dashboard's meeting line.
pub fn pamphlet_due_short(lang: Lang, due: NaiveDate) -> String {
    use chrono::Datelike;
    let month: String = dates::month_name(due.month(), lang)
        .chars()
        .take(3)
        .collect();
    match lang {
        Lang::Da => format!("pjece senest {}. {month}", due.day()),
        Lang::En => format!("pamphlet by {} {month}", due.day()),
    }
}

pub fn next_set_date(lang: Lang, c: Counterpart) -> String {
    match lang {
        Lang::Da => format!("Sæt en dato for mødet med din {}", c.name_lower(lang)),
        Lang::En => format!(
            "Set a date for the meeting with your {}",
            c.name_lower(lang)
        ),
    }
}

pub fn next_reflect(lang: Lang, c: Counterpart, open: usize) -> String {
    match lang {
        Lang::Da => format!(
            "Besvar refleksionsspørgsmålene før mødet med din {} ({open} mangler)",
            c.name_lower(lang)
        ),
        Lang::En => format!(
            "Answer the reflection questions before meeting your {} ({open} left)",
            c.name_lower(lang)
        ),
    }
}

pub fn next_agreement(lang: Lang, c: Counterpart) -> String {
    match lang {
        Lang::Da => format!(
            "Skriv dine forslag til samarbejdsaftalen med din {}",
            c.name_lower(lang)
        ),
        Lang::En => format!(
            "Write your proposals for the agreement with your {}",
            c.name_lower(lang)
        ),
    }
}

pub fn next_mark_ready(lang: Lang, c: Counterpart) -> String {
    match lang {
        Lang::Da => format!(
            "Gør samarbejdsaftalen med din {} færdig, og marker den klar (r)",
            c.name_lower(lang)
        ),
        Lang::En => format!(
            "Finish the agreement with your {} and mark it ready (r)",
            c.name_lower(lang)
        ),
    }
}

pub fn next_plan(lang: Lang) -> &'static str {
    lang.pick(
        "Gør arbejdsplanen færdig og godkend den (tryk p)",
        "Finish the workload plan and accept it (press p)",
    )
}

// ---- Local days off (plan, step 2) ----------------------------------------------------------
pub const P_DAYS_OFF: T = T(
    "Fridage efter lokal aftale (ikke helligdage) – Enter slår til og fra",
    "Days off by local agreement (not public holidays) – Enter turns on and off",
);
pub const P_MAY_DAY: T = T("1. maj", "1 May");
pub const P_GRUNDLOVSDAG: T = T("Grundlovsdag (5. juni)", "Constitution Day (5 June)");
pub const P_CHRISTMAS_EVE: T = T(
    "Juleaftensdag (24. december)",
    "Christmas Eve (24 December)",
);
pub const P_NEW_YEARS_EVE: T = T(
    "Nytårsaftensdag (31. december)",
    "New Year's Eve (31 December)",
);

// ---- Recover ---------------------------------------------------------------------------------
pub const RC_TITLE: T = T(
    "Netværkets fil kan ikke læses",
    "The network's file cannot be read",
);
pub const RC_UNCHANGED: T = T(
    "Filen er ikke ændret, og mandat ændrer den heller ikke.",
    "The file has not been changed, and mandat will not change it.",
);
pub const RC_KEEPS: T = T(
    "Filen, der ikke kan læses, bliver liggende ved siden af under et nyt navn, så intet går tabt.",
    "The file that cannot be read stays beside it under a new name, so nothing is lost.",
);
pub const RC_NO_BACKUP: T = T(
    "Der er ingen sikkerhedskopi, der kan læses. Tryk n for at oprette et nyt netværk, eller q for at afslutte og rette filen.",
    "There is no backup that can be read. Press n to create a new network, or q to quit and repair the file.",
);
pub const K_RESTORE: T = T("gendan sikkerhedskopien", "restore the backup");

pub fn rc_offer(lang: Lang, day: NaiveDate, time: &str) -> String {
    match lang {
        Lang::Da => format!(
            "Den nyeste sikkerhedskopi, der kan læses, er fra {} kl. {time}. Tryk Enter for at gendanne den.",
            dates::date_with_weekday(day, lang)
        ),
        Lang::En => format!(
            "The newest backup that can be read is from {} at {time}. Press Enter to restore it.",
            dates::date_with_weekday(day, lang)
        ),
    }
}

pub fn restored(lang: Lang, kept: &str) -> String {
    match lang {
        Lang::Da => format!("Sikkerhedskopien er gendannet. Den gamle fil ligger i {kept}"),
        Lang::En => format!("The backup is restored. The old file is kept as {kept}"),
    }
}

// ---- Workspaces ------------------------------------------------------------------------------
pub const WS_TITLE: T = T("Dine netværk", "Your networks");
pub const WS_EMPTY: T = T("Ingen netværk endnu.", "No networks yet.");
pub const WS_CURRENT: T = T("(åben)", "(open)");
pub const K_NEW: T = T("nyt netværk", "new network");

// ---- Meeting ---------------------------------------------------------------------------------
pub const M_PERSON: T = T("Navn", "Name");
pub const M_DATE: T = T("Dato", "Date");
pub const M_HANDOUT: T = T("Pjece til samtaleparten", "Pamphlet for the counterpart");
pub const M_REFLECTION: T = T("Refleksionsspørgsmål", "Reflection questions");
pub const M_AGREEMENT: T = T("Samarbejdsaftale", "Collaboration agreement");
pub const M_NOTES: T = T(
    "Private noter (udskrives kun, hvis du beder om det)",
    "Private notes (printed only if you ask)",
);
pub const M_NOTES_SHORT: T = T("Private noter", "Private notes");
pub const M_TOPICS_SHORT: T = T("Emner på pjecen", "Topics on the pamphlet");
pub const M_TOPICS: T = T(
    "Emner, du vil drøfte — ét pr. linje; de står på pjecen",
    "Topics you want to discuss — one a line; they are printed on the pamphlet",
);
pub const M_TOPICS_SUGGESTED: T = T("forslagene fra indholdet", "the content's suggestions");

pub fn topics_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Da, 1) => "1 emne".into(),
        (Lang::Da, n) => format!("{n} emner"),
        (Lang::En, 1) => "1 topic".into(),
        (Lang::En, n) => format!("{n} topics"),
    }
}
pub const M_NOTES_EMPTY: T = T("ingen", "none");
pub const M_EXPORT: T = T("Udskriv brief eller pjece", "Print the brief or pamphlet");
pub const M_DATE_HINT: T = T(
    "dd-mm-åååå, tomt felt fjerner datoen",
    "dd-mm-yyyy, empty removes the date",
);
pub const M_EDIT: T = T("ret", "edit");
pub const K_PREV_NEXT_MEETING: T = T("andet møde", "other meeting");
pub const M_HOLIDAY: T = T(
    "Bemærk: datoen er en helligdag",
    "Note: the date is a public holiday",
);
pub const M_WEEKEND: T = T(
    "Bemærk: datoen er en weekenddag",
    "Note: the date is on a weekend",
);

pub fn meeting_title(lang: Lang, c: Counterpart, person: &str) -> String {
    if person.trim().is_empty() {
        c.name(lang).to_string()
    } else {
        format!("{} — {person}", c.name(lang))
    }
}

// ---- Handout ---------------------------------------------------------------------------------
pub const H_TITLE: T = T("Pjece", "Pamphlet");
pub const H_STATUS: T = T("Status", "Status");
pub const H_DUE: T = T("Skal afleveres senest", "Hand out by");
pub const H_PREPARED_ON: T = T("Forberedt", "Prepared");
pub const H_HANDED_OUT_ON: T = T("Afleveret", "Handed out");
pub const H_PREVIEW: T = T("Forhåndsvisning", "Preview");
pub const H_NO_DATE: T = T("sæt en mødedato først", "set a meeting date first");
pub const H_DUE_SOON: T = T("snart", "soon");
pub const H_OVERDUE: T = T("for sent", "overdue");
pub const H_FORM_TITLE: T = T("Marker som afleveret", "Mark as handed out");
pub const H_FORM_DATE: T = T("Afleveret den (dd-mm-åååå)", "Handed out on (dd-mm-yyyy)");
pub const H_FORM_CHANNEL: T = T("Hvordan", "How");
pub const K_PREPARED: T = T("forberedt", "prepared");
pub const K_HANDED_OUT: T = T("afleveret", "handed out");
pub const K_DISCUSSED: T = T("drøftet", "discussed");
pub const K_STEP_BACK: T = T("et trin tilbage", "step back");
pub const K_EXPORT: T = T("udskriv", "print");

pub fn channel(lang: Lang, c: Channel) -> &'static str {
    match c {
        Channel::InPerson => lang.pick("personligt", "in person"),
        Channel::Email => lang.pick("e-mail", "e-mail"),
        Channel::InternalMail => lang.pick("intern post", "internal mail"),
    }
}

// ---- Reflection ------------------------------------------------------------------------------
pub const R_TITLE: T = T("Refleksion", "Reflection");
pub const R_QUESTIONS: T = T("Spørgsmål", "Questions");
pub const R_ANSWER: T = T("Dit svar", "Your answer");
pub const R_PLACEHOLDER: T = T("Tryk Enter for at skrive", "Press Enter to write");
pub const R_REVIEW: T = T("Gennemgang", "Review");
pub const R_ALL_ANSWERED: T = T(
    "Alle spørgsmål er besvaret. Tryk a for at afslutte.",
    "All questions are answered. Press a to finish.",
);
pub const R_OPEN_LIST: T = T("Ikke besvaret:", "Not answered:");
pub const R_FINISHED: T = T("Refleksionen er afsluttet", "The reflection is finished");
pub const R_NO_QUESTIONS: T = T(
    "Der er ingen refleksionsspørgsmål til denne samtalepart i indholdet.",
    "The content has no reflection questions for this counterpart.",
);
pub const K_WRITE: T = T("skriv", "write");
pub const K_ANSWERED: T = T("besvaret", "answered");
pub const K_SKIP: T = T("spring over", "skip");
pub const K_REVIEW: T = T("gennemgang", "review");
pub const K_FINISH: T = T("afslut", "finish");
pub const K_REOPEN: T = T("genåbn", "reopen");
pub const K_YES: T = T("ja", "yes");
pub const K_NO: T = T("nej", "no");
pub const K_NEXT_Q: T = T("næste", "next");
pub const K_ANSWERED_NEXT: T = T("besvaret, næste", "answered, next");

pub fn question_of(lang: Lang, n: usize, of: usize) -> String {
    match lang {
        Lang::Da => format!("spørgsmål {n} af {of}"),
        Lang::En => format!("question {n} of {of}"),
    }
}

pub fn confirm_finish(lang: Lang, open: usize) -> String {
    match lang {
        Lang::Da => format!("{open} spørgsmål er ikke besvaret. Afslut alligevel? (j/n)"),
        Lang::En => format!("{open} questions are not answered. Finish anyway? (y/n)"),
    }
}

pub fn finished_on(lang: Lang, on: NaiveDate) -> String {
    match lang {
        Lang::Da => format!("Afsluttet {}", dates::compact_date(on, lang)),
        Lang::En => format!("Finished {}", dates::compact_date(on, lang)),
    }
}

pub fn answer_status(lang: Lang, s: AnswerStatus) -> &'static str {
    match s {
        AnswerStatus::Empty => lang.pick("tomt", "empty"),
        AnswerStatus::Draft => lang.pick("kladde", "draft"),
        AnswerStatus::Answered => lang.pick("besvaret", "answered"),
        AnswerStatus::Skipped => lang.pick("sprunget over", "skipped"),
    }
}

/// One column mark per status, readable without colour.
pub fn answer_mark(s: AnswerStatus) -> &'static str {
    match s {
        AnswerStatus::Empty => "·",
        AnswerStatus::Draft => "✎",
        AnswerStatus::Answered => "✓",
        AnswerStatus::Skipped => "–",
    }
}

// ---- Agreement -------------------------------------------------------------------------------
pub const A_TITLE: T = T("Samarbejdsaftale", "Collaboration agreement");
pub const A_PROPOSAL: T = T("Dit forslag", "Your proposal");
pub const A_AGREED: T = T("Aftalt", "Agreed");
pub const A_EMPTY: T = T("(tomt)", "(empty)");
pub const A_NO_TEMPLATE: T = T(
    "Der er ingen aftaleskabelon til denne samtalepart i indholdet.",
    "The content has no agreement template for this counterpart.",
);
pub const A_FORM_TITLE: T = T("Marker aftalen som indgået", "Mark the agreement as agreed");
pub const A_FORM_ON: T = T("Indgået den (dd-mm-åååå)", "Agreed on (dd-mm-yyyy)");
pub const A_FORM_REVIEW: T = T("Følges op den (dd-mm-åååå)", "Review on (dd-mm-yyyy)");
pub const K_READY: T = T("klar", "ready");
pub const K_AGREED: T = T("indgået", "agreed");

pub fn agreement_status_line(
    lang: Lang,
    state: &mandat::flow::agreement::AgreementState,
) -> String {
    use mandat::flow::agreement::AgreementState as S;
    match state {
        S::Draft => lang.pick("Udkast", "Draft").to_string(),
        S::Ready { ready_on } => match lang {
            Lang::Da => format!(
                "Klar til mødet (siden {})",
                dates::compact_date(*ready_on, lang)
            ),
            Lang::En => format!(
                "Ready for the meeting (since {})",
                dates::compact_date(*ready_on, lang)
            ),
        },
        S::Agreed {
            agreed_on,
            review_on,
        } => match lang {
            Lang::Da => format!(
                "Indgået {} · følges op {}",
                dates::compact_date(*agreed_on, lang),
                dates::compact_date(*review_on, lang)
            ),
            Lang::En => format!(
                "Agreed {} · review {}",
                dates::compact_date(*agreed_on, lang),
                dates::compact_date(*review_on, lang)
            ),
        },
    }
}

// ---- Plan ------------------------------------------------------------------------------------
pub const P_TITLE: T = T("Arbejdsplan", "Workload plan");
pub const P_NO_COURSE: T = T(
    "Forløbet findes ikke i indholdet",
    "The course is not in the content",
);
pub const P_START: T = T("Startdato (dd-mm-åååå)", "Start date (dd-mm-yyyy)");
pub const P_HOURS: T = T("Timer om ugen", "Hours a week");
pub const P_CEILING: T = T(
    "Loft for netværkstimer (tomt = intet loft)",
    "Ceiling on network hours (empty = none)",
);
pub const P_PHASE: T = T("Fase", "Phase");
pub const P_WEEKS: T = T("Uger", "Weeks");
pub const P_HOURS_WEEK: T = T("Timer/uge", "Hours/week");
pub const P_INTENSIVE: T = T("Sekretariat", "Secretariat");
pub const P_KIND: T = T("Slags", "Kind");
pub const P_VACATIONS: T = T("Ferie", "Vacation");
pub const P_OVERRIDES: T = T("Uger sat i hånden", "Weeks set by hand");
pub const P_NONE: T = T("ingen", "none");
pub const P_VACATION_PROMPT: T = T(
    "Ferie: «uge 28-30 2027» eller «01-07-2027 til 21-07-2027»",
    "Vacation: «week 28-30 2027» or «01-07-2027 to 21-07-2027»",
);
pub const P_OVERRIDE_PROMPT: T = T(
    "Uge, år, timer og note: «uge 12 2027 10 konference»",
    "Week, year, hours and note: «week 12 2027 10 conference»",
);
pub const P_BAD_VACATION: T = T(
    "Skriv ferien som «uge 28-30 2027» eller «01-07-2027 til 21-07-2027»",
    "Type the vacation as «week 28-30 2027» or «01-07-2027 to 21-07-2027»",
);
pub const P_BAD_OVERRIDE: T = T(
    "Skriv som «uge 12 2027 10» (uge, år, timer) og evt. en note",
    "Type it as «week 12 2027 10» (week, year, hours) and maybe a note",
);
pub const P_BAD_HOURS: T = T(
    "Skriv et antal timer, fx 7,5",
    "Type a number of hours, e.g. 7.5",
);
pub const P_BAD_WEEKS: T = T(
    "Skriv et helt antal uger, fx 4",
    "Type a whole number of weeks, e.g. 4",
);
pub const P_WEEK: T = T("Uge", "Week");
pub const P_DATES: T = T("Datoer", "Dates");
pub const P_NETWORK: T = T("Netværk", "Network");
pub const P_BASIS: T = T("Basis", "Basis");
pub const P_SECR: T = T("Sekr.", "Secr.");
pub const P_NOTES: T = T("Noter", "Notes");
pub const P_CHART: T = T(
    "Søjlen: █ netværkstimer  ░ basistimer",
    "Bar: █ network hours  ░ basis hours",
);
pub const P_WARNINGS: T = T("Advarsler", "Warnings");
pub const P_NO_WARNINGS: T = T("Ingen advarsler.", "No warnings.");
pub const P_ACCEPTED: T = T("Planen er godkendt", "The plan is accepted");
pub const K_NEXT_STEP: T = T("næste trin", "next step");
pub const K_PREV_STEP: T = T("forrige trin", "previous step");
pub const K_ADJUST: T = T("juster", "adjust");
pub const K_RESET: T = T("nulstil", "reset");
pub const K_ADD_VACATION: T = T("ferie", "vacation");
pub const K_ADD_OVERRIDE: T = T("uge i hånden", "set a week");
pub const K_REMOVE: T = T("fjern", "remove");
pub const K_ACCEPT: T = T("godkend", "accept");
pub const K_COLUMN: T = T("kolonne", "column");

pub fn plan_step_name(lang: Lang, step: PlanStep) -> &'static str {
    match step {
        PlanStep::ChooseCourse => lang.pick("Vælg forløb", "Choose course"),
        PlanStep::Basics => lang.pick("Start og timer", "Start and hours"),
        PlanStep::Phases => lang.pick("Faser", "Phases"),
        PlanStep::Adjustments => lang.pick("Ferie og særlige uger", "Vacation and special weeks"),
        PlanStep::Review => lang.pick("Gennemgang", "Review"),
    }
}

pub fn step_n_of(lang: Lang, n: usize, of: usize) -> String {
    format!("{} {n} {} {of}", STEP_OF.get(lang), OF.get(lang))
}

pub fn phase_kind(lang: Lang, kind: mandat::vocab::PhaseKind) -> &'static str {
    use mandat::vocab::PhaseKind as K;
    match kind {
        K::Phase => lang.pick("fase", "phase"),
        K::Break => lang.pick("pause", "break"),
        K::Test => lang.pick("test", "test"),
    }
}

pub fn vacation_weeks_label(lang: Lang, first: NaiveDate, last: NaiveDate) -> String {
    format!(
        "{} – {}",
        dates::compact_date(first, lang),
        dates::compact_date(last, lang)
    )
}

pub fn plan_accepted_on(lang: Lang, on: NaiveDate) -> String {
    match lang {
        Lang::Da => format!("Godkendt {}", dates::compact_date(on, lang)),
        Lang::En => format!("Accepted {}", dates::compact_date(on, lang)),
    }
}

pub fn plan_changed_since(lang: Lang, on: NaiveDate) -> String {
    match lang {
        Lang::Da => format!(
            "Ændret siden godkendelsen {} — godkend igen i gennemgangen",
            dates::compact_date(on, lang)
        ),
        Lang::En => format!(
            "Changed since it was accepted {} — accept again in the review",
            dates::compact_date(on, lang)
        ),
    }
}

// ---- Export ----------------------------------------------------------------------------------
pub const E_TITLE: T = T("Udskriv", "Print");
pub const E_KIND: T = T("Hvad", "What");
pub const E_FORMAT: T = T("Format", "Format");
pub const E_PRIVATE: T = T("Tag private noter med", "Include private notes");
pub const E_PATH: T = T("Fil", "File");
pub const E_BRIEF: T = T("Brief til mødet", "Brief for the meeting");
pub const E_PAMPHLET: T = T("Pjece til samtaleparten", "Pamphlet for the counterpart");
pub const E_YES: T = T("ja", "yes");
pub const E_NO: T = T("nej", "no");
pub const E_HINT: T = T(
    "Pjecen markeres som forberedt, når den skrives.",
    "Writing the pamphlet marks it as prepared.",
);
pub const K_WRITE_FILE: T = T("skriv filen", "write the file");

pub fn export_format(lang: Lang, f: mandat::export::DocFormat) -> &'static str {
    use mandat::export::DocFormat as F;
    match f {
        F::Text => lang.pick("tekst", "text"),
        F::Md => lang.pick("Markdown", "Markdown"),
        F::Html => lang.pick("HTML til print", "HTML for print"),
    }
}

pub fn written_to(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Da => format!("Skrevet til {path}"),
        Lang::En => format!("Written to {path}"),
    }
}

pub fn export_failed(lang: Lang, path: &str, why: &str) -> String {
    match lang {
        Lang::Da => format!("Kunne ikke skrive {path}: {why}"),
        Lang::En => format!("Could not write {path}: {why}"),
    }
}

pub fn save_failed(lang: Lang, why: &str) -> String {
    match lang {
        Lang::Da => format!("Kunne ikke gemme: {why} — prøver igen"),
        Lang::En => format!("Could not save: {why} — trying again"),
    }
}

// ---- Flow errors -----------------------------------------------------------------------------

pub fn handout_error(lang: Lang, e: &HandoutError) -> String {
    let d = |date: &NaiveDate| dates::compact_date(*date, lang);
    match lang {
        Lang::Da => match e {
            HandoutError::HandedOutInFuture { on, .. } => format!(
                "Pjecen kan ikke være afleveret {}, for det er i fremtiden",
                d(on)
            ),
            HandoutError::HandedOutAfterMeeting { on, meeting } => format!(
                "Pjecen kan ikke være afleveret {}, efter mødet {}",
                d(on),
                d(meeting)
            ),
            _ => capitalise(&e.to_string()),
        },
        Lang::En => match e {
            HandoutError::HandedOutInFuture { on, .. } => format!(
                "The pamphlet cannot have been handed out {}, which is in the future",
                dates::compact_date(*on, lang)
            ),
            HandoutError::HandedOutAfterMeeting { on, meeting } => format!(
                "The pamphlet cannot have been handed out {}, after the meeting {}",
                dates::compact_date(*on, lang),
                dates::compact_date(*meeting, lang)
            ),
            HandoutError::NotHandedOut => {
                "The pamphlet must be handed out before it can be marked discussed".into()
            }
            HandoutError::AlreadyThere(_) => "The pamphlet is already past that step".into(),
            HandoutError::NothingToUndo => "There is no step to go back to".into(),
        },
    }
}

pub fn reflection_error(lang: Lang, e: &ReflectionError) -> String {
    match lang {
        Lang::Da => capitalise(&e.to_string()),
        Lang::En => match e {
            ReflectionError::NoQuestions => "There are no questions in this set".into(),
            ReflectionError::NoSuchQuestion(n) => format!("There is no question {n}"),
            ReflectionError::AtFirst => "This is the first question".into(),
            ReflectionError::EmptyAnswer => {
                "An empty answer cannot be marked answered; write something or skip it".into()
            }
            ReflectionError::NeedsConfirmation { open } => {
                format!("{open} questions are not answered; confirm to finish anyway")
            }
            ReflectionError::NotInReview => "Finish from the review".into(),
            ReflectionError::Finished => {
                "The reflection is finished; reopen it to change answers".into()
            }
            ReflectionError::NotFinished => "The reflection is not finished".into(),
        },
    }
}

pub fn agreement_error(lang: Lang, e: &AgreementError) -> String {
    let d = |date: &NaiveDate| dates::compact_date(*date, lang);
    match lang {
        Lang::Da => match e {
            AgreementError::AgreedInFuture { on } => format!(
                "Aftalen kan ikke være indgået {}, for det er i fremtiden",
                d(on)
            ),
            AgreementError::ReviewNotAfterAgreement { on, review_on } => format!(
                "Opfølgningsdatoen {} skal ligge efter aftaledatoen {}",
                d(review_on),
                d(on)
            ),
            _ => capitalise(&e.to_string()),
        },
        Lang::En => match e {
            AgreementError::UnknownField(f) => format!("The template has no field «{f}»"),
            AgreementError::Locked => {
                "The agreement is made; step back to change your proposals".into()
            }
            AgreementError::NothingProposed => {
                "Write at least one proposal before marking the agreement ready".into()
            }
            AgreementError::AlreadyThere(_) => "The agreement is already at that step".into(),
            AgreementError::NotReady => "Mark the agreement ready before marking it agreed".into(),
            AgreementError::AgreedInFuture { on } => format!(
                "The agreement cannot have been made {}, which is in the future",
                dates::compact_date(*on, lang)
            ),
            AgreementError::ReviewNotAfterAgreement { on, review_on } => format!(
                "The review date {} must be after the agreement date {}",
                dates::compact_date(*review_on, lang),
                dates::compact_date(*on, lang)
            ),
            AgreementError::NothingToUndo => "There is no step to go back to".into(),
        },
    }
}

pub fn plan_error(lang: Lang, e: &PlanError) -> String {
    match lang {
        Lang::Da => match e {
            PlanError::VacationBackwards { first, last } => format!(
                "Ferien slutter {}, før den begynder {}",
                dates::compact_date(*last, lang),
                dates::compact_date(*first, lang)
            ),
            PlanError::InvalidHours(h) => format!(
                "{} timer er ikke et muligt antal (0 til {})",
                mandat::i18n::number(*h, lang),
                mandat::flow::plan::MAX_WEEKLY_HOURS
            ),
            _ => capitalise(&e.to_string()),
        },
        Lang::En => match e {
            PlanError::UnknownCourse(c) => format!("The course «{c}» is not in the content"),
            PlanError::UnknownPhase(p) => format!("The course has no phase «{p}»"),
            PlanError::InvalidHours(h) => format!(
                "{h} hours is not a possible number of hours (0 to {})",
                mandat::flow::plan::MAX_WEEKLY_HOURS
            ),
            PlanError::ZeroWeeks => "A phase must last at least one week".into(),
            PlanError::VacationBackwards { .. } => "The vacation ends before it begins".into(),
            PlanError::NoSuchVacation(n) => format!("There is no vacation number {n}"),
            PlanError::NoSuchWeek { year, week } => format!("There is no week {week} in {year}"),
            PlanError::NoSuchOverride { year, week } => {
                format!("Week {week} {year} is not set by hand")
            }
            PlanError::AtFirstStep => "This is the first step".into(),
            PlanError::AtLastStep => "This is the last step; accept the plan".into(),
            PlanError::NotInReview => "Accept the plan from the review".into(),
            PlanError::AlreadyAccepted => "The plan is already accepted".into(),
        },
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

// ---- Help ------------------------------------------------------------------------------------

pub const HELP_ALWAYS: &[T] = &[
    T(
        "Esc går et niveau tilbage. q afslutter fra enhver skærm, hvor du ikke skriver.",
        "Esc goes back one level. q quits from any screen where you are not typing.",
    ),
    T(
        "Alt gemmes automatisk, mens du arbejder. Ctrl+C afslutter også og gemmer først.",
        "Everything is saved automatically as you work. Ctrl+C also quits, saving first.",
    ),
    T(
        "I tekstfelter giver Enter en ny linje; Esc, Ctrl+S eller Tab forlader feltet.",
        "In text fields Enter starts a new line; Esc, Ctrl+S or Tab leaves the field.",
    ),
];

pub const HELP_FIRST_RUN: &[T] = &[
    T(
        "Udfyld felterne ét ad gangen. Tab eller Enter går til næste felt.",
        "Fill in the fields one at a time. Tab or Enter moves to the next field.",
    ),
    T(
        "Netværkstypen vælger du med ← og →. Den bestemmer, hvilket forløb planen starter fra.",
        "Choose the network type with ← and →. It decides which course the plan starts from.",
    ),
    T(
        "Datoen skrives som dd-mm-åååå. Tryk Enter på «Opret», når du er klar.",
        "Type the date as dd-mm-yyyy. Press Enter on «Create» when you are ready.",
    ),
];

pub const HELP_DASHBOARD: &[T] = &[
    T(
        "Overblikket viser dine tre samtaleparter med det næste møde, en nedtælling og hvor langt hver forberedelse er.",
        "The overview shows your three counterparts with the next meeting, a countdown and how far each preparation is.",
    ),
    T(
        "Linjen «Næste skridt» siger, hvad der er vigtigst at gøre nu.",
        "The «Next step» line says what matters most right now.",
    ),
    T(
        "↑/↓ vælger en samtalepart, Enter åbner mødet.",
        "↑/↓ picks a counterpart, Enter opens the meeting.",
    ),
    T(
        "p åbner arbejdsplanen, m opretter et opfølgende møde, n viser dine netværk.",
        "p opens the workload plan, m adds a follow-up meeting, n lists your networks.",
    ),
];

pub const HELP_RECOVER: &[T] = &[
    T(
        "Netværkets fil kan ikke læses – måske blev den rettet i hånden, eller disken svigtede. mandat ændrer den ikke.",
        "The network's file cannot be read – perhaps it was edited by hand, or the disk failed. mandat does not change it.",
    ),
    T(
        "Enter gendanner den nyeste sikkerhedskopi, der kan læses. Den ulæselige fil gemmes ved siden af under et nyt navn.",
        "Enter restores the newest backup that can be read. The unreadable file is kept beside it under a new name.",
    ),
    T(
        "n opretter et nyt netværk i stedet; q afslutter. Fra kommandolinjen viser «mandat restore» alle sikkerhedskopierne.",
        "n creates a new network instead; q quits. On the command line, «mandat restore» lists all the backups.",
    ),
];

pub const HELP_WORKSPACES: &[T] = &[
    T(
        "Her ser du alle dine netværk. Enter skifter til det valgte.",
        "Here are all your networks. Enter switches to the selected one.",
    ),
    T("n opretter et nyt netværk.", "n creates a new network."),
];

pub const HELP_MEETING: &[T] = &[
    T(
        "Et møde har et navn, en dato og tre forberedelser: pjecen, refleksionen og samarbejdsaftalen.",
        "A meeting has a name, a date and three preparations: the pamphlet, the reflection and the agreement.",
    ),
    T(
        "Vælg en linje med ↑/↓ og tryk Enter. Navn og dato rettes direkte på linjen.",
        "Pick a line with ↑/↓ and press Enter. Name and date are edited on the line.",
    ),
    T(
        "«Emner på pjecen» er det, du vil drøfte – ét emne pr. linje. Indtil du skriver dine egne, står indholdets forslag på pjecen. Private noter kommer kun med på briefen, hvis du beder om det.",
        "«Topics on the pamphlet» is what you want to discuss – one topic a line. Until you write your own, the content's suggestions are printed. Private notes are only printed on the brief when you ask for them.",
    ),
    T(
        "←/→ skifter mellem møderne med samme samtalepart, m opretter et nyt. Et nyt møde starter fra den sidst indgåede aftale.",
        "←/→ switches between meetings with the same counterpart, m adds one. A new meeting starts from the last agreement made.",
    ),
];

pub const HELP_HANDOUT: &[T] = &[
    T(
        "Pjecen skal afleveres nogle arbejdsdage før mødet, så samtaleparten kan nå at tænke over sin rolle.",
        "The pamphlet should be handed out some working days before the meeting, so the counterpart can think about their role.",
    ),
    T(
        "f markerer pjecen som forberedt, a som afleveret (dato og hvordan), d som drøftet efter mødet.",
        "f marks it prepared, a handed out (date and how), d discussed after the meeting.",
    ),
    T(
        "t går et trin tilbage, hvis du kom til at markere forkert. u skriver pjecen til en fil.",
        "t steps back if you ticked by mistake. u writes the pamphlet to a file.",
    ),
    T(
        "↑/↓ og PgUp/PgDn ruller i forhåndsvisningen.",
        "↑/↓ and PgUp/PgDn scroll the preview.",
    ),
];

pub const HELP_REFLECTION: &[T] = &[
    T(
        "Spørgsmålene hjælper dig med at forberede samtalen. Dine svar er kun til dig.",
        "The questions help you prepare the conversation. Your answers are for you.",
    ),
    T(
        "Enter åbner svarfeltet. Ctrl+S markerer svaret som besvaret og går videre; Tab går videre uden at markere; Esc lukker feltet.",
        "Enter opens the answer field. Ctrl+S marks it answered and moves on; Tab moves on without marking; Esc leaves the field.",
    ),
    T(
        "b markerer som besvaret, s springer over, g åbner gennemgangen af det, der mangler.",
        "b marks answered, s skips, g opens the review of what is missing.",
    ),
    T(
        "Mærkerne: · tomt, ✎ kladde, ✓ besvaret, – sprunget over.",
        "Marks: · empty, ✎ draft, ✓ answered, – skipped.",
    ),
];

pub const HELP_AGREEMENT: &[T] = &[
    T(
        "Hvert felt i skabelonen har dit forslag (før mødet) og det aftalte (efter mødet).",
        "Each field of the template has your proposal (before the meeting) and what was agreed (after).",
    ),
    T(
        "↑/↓ vælger felt, ←/→ skifter mellem forslag og aftalt, Enter retter teksten.",
        "↑/↓ picks a field, ←/→ switches between proposal and agreed, Enter edits the text.",
    ),
    T(
        "r markerer aftalen klar til mødet, i markerer den indgået med dato og opfølgningsdato, t går et trin tilbage.",
        "r marks it ready for the meeting, i marks it agreed with a date and a review date, t steps back.",
    ),
];

pub const HELP_PLAN: &[T] = &[
    T(
        "Planen bygges i fem trin: forløb, start og timer, faser, ferie og særlige uger, gennemgang.",
        "The plan is built in five steps: course, start and hours, phases, vacation and special weeks, review.",
    ),
    T(
        "n går til næste trin, b til forrige. Tallene i forløbet er eksempler, som du tilpasser.",
        "n goes to the next step, b to the previous one. The course figures are examples to adjust.",
    ),
    T(
        "I faserne: ←/→ vælger kolonne, +/- justerer, Enter skriver et tal, i skifter Sekretariat, r nulstiller.",
        "In the phases: ←/→ picks a column, +/- adjusts, Enter types a number, i toggles Secretariat, r resets.",
    ),
    T(
        "I gennemgangen: ↑/↓ ruller ugerne, g godkender planen.",
        "In the review: ↑/↓ scrolls the weeks, g accepts the plan.",
    ),
];

pub const HELP_EXPORT: &[T] = &[
    T(
        "Vælg hvad der skal skrives og i hvilket format. Filen lægges i mappen exports i dine data, medmindre du skriver en anden sti.",
        "Choose what to write and in which format. The file goes into the exports folder of your data unless you type another path.",
    ),
    T(
        "HTML-filen kan åbnes i en browser og udskrives på A4.",
        "The HTML file opens in a browser and prints on A4.",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flow_errors_show_dates_the_danish_way() {
        let e = HandoutError::HandedOutInFuture {
            on: NaiveDate::from_ymd_opt(2027, 1, 25).unwrap(),
            today: NaiveDate::from_ymd_opt(2027, 1, 20).unwrap(),
        };
        assert_eq!(
            handout_error(Lang::Da, &e),
            "Pjecen kan ikke være afleveret 25. jan 2027, for det er i fremtiden"
        );
        assert!(handout_error(Lang::En, &e).contains("25 Jan 2027"));
        assert_eq!(
            reflection_error(Lang::Da, &ReflectionError::AtFirst),
            "Det er det første spørgsmål"
        );
    }

    #[test]
    fn the_pamphlet_is_named_in_one_word() {
        assert_eq!(
            pamphlet_of(Lang::Da, Counterpart::Referenceleder),
            "referencelederpjecen"
        );
        assert_eq!(
            pamphlet_of(Lang::Da, Counterpart::CoDriver),
            "co-driver-pjecen"
        );
    }
}
