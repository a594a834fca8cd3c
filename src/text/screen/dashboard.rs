//! The overview of the three counterparts and the next step.

use crate::text::Msg;

messages! {
    CRUMB = "Overblik", "Overview";
    NO_NAME = "(navn mangler)", "(no name yet)";
    NO_DATE = "Ingen dato endnu", "No date yet";
    HANDOUT = "Pjece", "Pamphlet";
    REFLECTION = "Refleksion", "Reflection";
    AGREEMENT = "Aftale", "Agreement";
    PLAN = "Arbejdsplan", "Workload plan";
    NEXT = "Næste skridt", "Next step";
    TIME = "Tid", "Time";
    time_use(used: &str, planned: &str, week: u32) =
        "brugt {used} af planlagte {planned} timer til og med uge {week}",
        "used {used} of {planned} planned hours up to week {week}";
    ALL_DONE =
        "Alt er forberedt til de kommende møder.",
        "Everything is prepared for the coming meetings.";
    leader_line(role: &str, leader: &str) = "{role}: {leader}", "{role}: {leader}";
    meeting_number(n: usize, of: usize) = "møde {n} af {of}", "meeting {n} of {of}";
    proposals_count(n: usize, of: usize) = "{n}/{of} forslag", "{n}/{of} proposals";
    answered_count(n: usize, of: usize) = "{n}/{of} besvaret", "{n}/{of} answered";
    PLAN_ACCEPTED = "godkendt", "accepted";
    PLAN_CHANGED = "ændret siden godkendelsen", "changed since accepted";
    next_hand_out_by(role: &str, date: &str) =
        "Aflever pjecen til din {role} senest {date}",
        "Hand out the pamphlet to your {role} by {date}";
    next_hand_out_overdue(role: &str, date: &str) =
        "Aflever pjecen til din {role} hurtigst muligt — den skulle have været afleveret {date}",
        "Hand out the pamphlet to your {role} as soon as you can — it was due {date}";
    pamphlet_due_short(date: &str) = "pjece senest {date}", "pamphlet by {date}";
    next_set_date(role: &str) =
        "Sæt en dato for mødet med din {role}",
        "Set a date for the meeting with your {role}";
    next_reflect(role: &str, open: usize) =
        "Besvar refleksionsspørgsmålene før mødet med din {role} ({open} mangler)",
        "Answer the reflection questions before meeting your {role} ({open} left)";
    next_agreement(role: &str) =
        "Skriv dine forslag til samarbejdsaftalen med din {role}",
        "Write your proposals for the agreement with your {role}";
    next_mark_ready(role: &str) =
        "Gør samarbejdsaftalen med din {role} færdig, og marker den klar (r)",
        "Finish the agreement with your {role} and mark it ready (r)";
    next_follow_up(role: &str, open: usize, points: usize) =
        "Forbered opfølgningen med din {role}: {open} spørgsmål at besvare og {points} punkter fra sidst",
        "Prepare the follow-up with your {role}: {open} questions to answer and {points} points from last time";
    next_review_due(role: &str, date: &str) =
        "Aftalen med din {role} skal følges op {date} – opret et opfølgende møde",
        "The agreement with your {role} is due for follow-up {date} – add a follow-up meeting";
    next_log_week(week: &str, planned: &str) =
        "Skriv dine netværkstimer for {week} ind (planlagt {planned})",
        "Log your network hours for {week} ({planned} planned)";
    next_plan(key: &str) =
        "Gør arbejdsplanen færdig, og godkend den (tryk {key})",
        "Finish the workload plan and accept it (press {key})";
    next_plan_before(role: &str, date: &str, key: &str) =
        "Gør arbejdsplanen færdig, og godkend den før mødet med din {role} {date} – I skal tale om tiden ud fra den (tryk {key})",
        "Finish and accept the workload plan before meeting your {role} on {date} – you will talk about time from it (press {key})";

    KEY_PLAN = "åbn arbejdsplanen", "open the workload plan";
    KEY_TIME_LOG =
        "tidsforbrug: registrer ugens timer og se dem mod planen",
        "time use: log the week's hours and see them against the plan";
    KEY_ADD_MEETING =
        "opret et opfølgende møde med den valgte samtalepart",
        "add a follow-up meeting with the selected counterpart";
    KEY_DETAILS = "navn og type", "name and type";
    KEY_DETAILS_HELP =
        "ret netværkets tema, netværkstypen og dit navn",
        "change the network's theme, the network type and your name";
    KEY_NETWORKS = "dine netværk: skift eller opret et nyt", "your networks: switch or create one";
    ABOUT_1 =
        "Overblikket viser dine tre samtaleparter med det næste møde, en nedtælling og hvor langt hver forberedelse er.",
        "The overview shows your three counterparts with the next meeting, a countdown and how far each preparation is.";
    ABOUT_2 =
        "Linjen «Næste skridt» siger, hvad der er vigtigst at gøre nu.",
        "The “Next step” line says what matters most right now.";
    ABOUT_3 =
        "Et opfølgende møde starter fra den sidst indgåede aftale med samme samtalepart.",
        "A follow-up meeting starts from the last agreement made with the same counterpart.";
    next_record_agreement(role: &str, date: &str) =
        "Skriv ned, hvad du og din {role} aftalte på mødet {date}, og marker aftalen som indgået",
        "Write down what you and your {role} agreed at the meeting on {date}, and mark the agreement as agreed";
}

pub const ABOUT: &[Msg] = &[ABOUT_1, ABOUT_2, ABOUT_3];
