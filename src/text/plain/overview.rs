//! The overview in plain mode: the network, the plan, the next step and the three counterparts,
//! in sentences.

messages! {
    WHAT_TO_DO = "Hvad vil du gøre?", "What would you like to do?";
    NO_NAME = "intet navn endnu", "no name yet";
    network_line(name: &str, kind: &str, role: &str, leader: &str) =
        "{name}, {kind}. {role}: {leader}.",
        "{name}, {kind}. {role}: {leader}.";
    plan_line(progress: &str) = "Arbejdsplanen: {progress}.", "The workload plan: {progress}.";
    next_step(step: &str) = "Næste skridt: {step}.", "Next step: {step}.";
    next_mark_ready(role: &str) =
        "Gør samarbejdsaftalen med din {role} færdig, og marker den klar til mødet",
        "Finish the agreement with your {role} and mark it ready for the meeting";
    NEXT_PLAN =
        "Gør arbejdsplanen færdig, og godkend den",
        "Finish the workload plan and accept it";
    next_plan_before(role: &str, date: &str) =
        "Gør arbejdsplanen færdig, og godkend den før mødet med din {role} {date}, for I skal tale om tiden ud fra den",
        "Finish and accept the workload plan before meeting your {role} on {date}, since you will talk about time from it";
    person_meeting_on(person: &str, date: &str, countdown: &str) =
        "{person}. Mødet er {date}, {countdown}.",
        "{person}. The meeting is on {date}, {countdown}.";
    person_no_date(person: &str) =
        "{person}. Mødet har ingen dato endnu.",
        "{person}. The meeting has no date yet.";
    with_number(text: &str, number: &str) = "{text} Det er {number}.", "{text} It is {number}.";
    progress(handout: &str, answered: usize, questions: usize, agreement: &str, proposals: usize, fields: usize) =
        "Pjecen: {handout}. Refleksion: {answered} af {questions} besvaret. Aftalen: {agreement}, {proposals} af {fields} forslag.",
        "Pamphlet: {handout}. Reflection: {answered} of {questions} answered. Agreement: {agreement}, {proposals} of {fields} proposals.";
    pamphlet_overdue(date: &str) =
        "Pjecen skulle have været afleveret {date}.",
        "The pamphlet should have been handed out on {date}.";
    pamphlet_due(date: &str) =
        "Pjecen skal afleveres senest {date}.",
        "The pamphlet is to be handed out by {date}.";
    time_use(used: &str, planned: &str, week: u32) =
        "Tidsforbrug: brugt {used} af planlagte {planned} timer til og med uge {week}.",
        "Time use: {used} of {planned} planned hours used up to week {week}.";
    PLAN = "Arbejdsplanen", "The workload plan";
    TIME_LOG = "Tidsforbrug", "Time use";
    ADD_MEETING = "Nyt opfølgende møde", "New follow-up meeting";
    SAVE_DOCUMENT = "Gem et dokument som fil", "Save a document as a file";
    NETWORKS = "Dine netværk", "Your networks";
    DETAILS = "Netværkets tema, type og dit navn", "The network's theme, type and your name";
    type_now(kind: &str) = "Typen er nu {kind}.", "The type is now {kind}.";
    DETAILS_UNCHANGED = "Intet er ændret.", "Nothing has changed.";
    WHO_FOLLOW_UP = "Med hvem skal det nye møde være?", "Who is the new meeting with?";
    meeting_added(role: &str) =
        "Et nyt møde med din {role} er oprettet. Aftalen starter fra den sidst indgåede aftale.",
        "A new meeting with your {role} is added. Its agreement starts from the last one made.";
    next_record_agreement(role: &str, date: &str) =
        "Skriv ned, hvad du og din {role} aftalte på mødet {date}, og marker aftalen som indgået",
        "Write down what you and your {role} agreed at the meeting on {date}, and mark the agreement as agreed";
}
