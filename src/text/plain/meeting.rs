//! One meeting in plain mode: the meeting's list, the pamphlet, the reflection questions and the
//! agreement, in sentences.

use crate::text::Lang;
use crate::text::common;

messages! {
    WHAT_TO_DO = "Hvad vil du gøre?", "What would you like to do?";
    with_note(text: &str, note: &str) = "{text}, {note}", "{text}, {note}";
    with_sentence(text: &str, sentence: &str) = "{text}. {sentence}", "{text}. {sentence}";
    role_and_person(role: &str, person: &str) = "{role}, {person}", "{role}, {person}";
    NO_NAME = "intet navn endnu", "no name yet";
    WRITTEN = "skrevet", "written";
    EMPTY = "tomt", "empty";
    UNCHANGED = "Uændret.", "Unchanged.";
    OPEN_NOW = "det er åbent nu", "it is open now";
    CHOSEN_NOW = "valgt nu", "chosen now";

    // The meeting's list.
    NO_DATE = "ingen dato endnu", "no date yet";
    answered_count(n: usize, of: usize) = "{n} af {of} besvaret", "{n} of {of} answered";
    proposals_count(n: usize, of: usize) = "{n} af {of} forslag", "{n} of {of} proposals";
    and_finished(answered: &str) = "{answered}, afsluttet", "{answered}, finished";
    agreement_line(state: &str, proposals: &str) = "{state}, {proposals}", "{state}, {proposals}";
    SAVE_DOCUMENT = "Gem mødeark eller pjece som fil", "Save the brief or the pamphlet as a file";
    OTHER_MEETING = "Et andet møde med samme samtalepart", "Another meeting with the same counterpart";
    meetings_in_all(n: usize) = "{n} møder i alt", "{n} meetings in all";
    meeting_n(n: usize) = "Møde {n}", "Meeting {n}";
    which_meeting(role: &str) =
        "Hvilket møde med din {role} vil du åbne?",
        "Which meeting with your {role} do you want to open?";
    date_and_countdown(date: &str, countdown: &str) = "{date}, {countdown}", "{date}, {countdown}";
    ask_person(role: &str) = "Navnet på din {role}:", "The name of your {role}:";
    keep_person(role: &str, name: &str) =
        "Navnet på din {role}. Tryk Enter for at beholde «{name}»:",
        "The name of your {role}. Press Enter to keep “{name}”:";
    person_set(name: &str) = "Navnet er nu «{name}».", "The name is now “{name}”.";
    ASK_DATE =
        "Mødets dato som dag-måned-år, fx 18-01-2027. Tryk Enter for at lade den stå tom:",
        "The meeting's date as day-month-year, e.g. 18-01-2027. Press Enter to leave it empty:";
    keep_date(date: &str) =
        "Mødets dato som dag-måned-år. Tryk Enter for at beholde {date}, eller skriv ingen for at fjerne datoen:",
        "The meeting's date as day-month-year. Press Enter to keep {date}, or type none to remove the date:";
    date_set(date: &str) = "Mødet er nu {date}.", "The meeting is now on {date}.";
    DATE_REMOVED = "Mødet har ikke længere en dato.", "The meeting no longer has a date.";
    TOPICS_SUGGESTED =
        "Du har ikke skrevet dine egne emner endnu, så standardforslagene står på pjecen.",
        "You have not written your own topics yet, so the standard suggestions are on the pamphlet.";
    TOPICS_HOW =
        "Skriv ét emne pr. linje. Emnerne står på pjecen, så samtaleparten kan forberede sig.",
        "Write one topic a line. The topics are printed on the pamphlet, so the counterpart can prepare.";
    TOPICS_SAVED = "Emnerne er gemt.", "The topics are saved.";
    NOTES_PRIVATE =
        "Private noter er kun til dig. De kommer kun med på mødearket, hvis du beder om det.",
        "Private notes are for you alone. They are printed on the brief only if you ask.";
    NOTES_SAVED = "Noterne er gemt.", "The notes are saved.";
    DUE_UNDATED =
        "Sæt en dato for mødet, så ved mandat, hvornår pjecen skal afleveres.",
        "Set a date for the meeting, so mandat knows when the pamphlet is due.";

    // A follow-up meeting.
    FROM_LAST_TIME = "Fra sidste møde:", "From the last meeting:";
    handed_out_earlier(date: &str) =
        "Samtaleparten fik pjecen ved et tidligere møde, {date}.",
        "The counterpart got the pamphlet at an earlier meeting, on {date}.";
    HAND_OUT_AGAIN = "Aflever pjecen igen ved dette møde", "Hand out the pamphlet again at this meeting";
    HAND_OUT_AGAIN_ON =
        "Pjecen skal afleveres igen ved dette møde.",
        "The pamphlet is to be handed out again at this meeting.";
    HAND_OUT_AGAIN_OFF =
        "Pjecen skal ikke afleveres igen; samtaleparten har den fra sidst.",
        "The pamphlet is not handed out again; the counterpart has it from last time.";
    DELETE_MEETING = "Slet dette opfølgende møde", "Delete this follow-up meeting";
    CONFIRM_DELETE =
        "Vil du slette dette opfølgende møde og alt, hvad du har skrevet til det?",
        "Delete this follow-up meeting and everything you wrote for it?";

    // The pamphlet.
    pamphlet_is(state: &str) = "Pjecen er {state}.", "The pamphlet is {state}.";
    prepared_on(date: &str) = "Forberedt {date}.", "Prepared on {date}.";
    handed_out_on(date: &str, channel: &str) =
        "Afleveret {date}, {channel}.", "Handed out on {date}, {channel}.";
    WHAT_WITH_PAMPHLET = "Hvad vil du gøre med pjecen?", "What would you like to do with the pamphlet?";
    MARK_PREPARED = "Marker som forberedt", "Mark as prepared";
    MARK_HANDED_OUT = "Marker som afleveret", "Mark as handed out";
    MARK_DISCUSSED = "Marker som drøftet på mødet", "Mark as discussed at the meeting";
    STEP_BACK = "Gå et trin tilbage", "Step back";
    READ_PAMPHLET = "Læs pjecen", "Read the pamphlet";
    SAVE_PAMPHLET = "Gem pjecen som fil", "Save the pamphlet as a file";
    pamphlet_now(state: &str) = "Pjecen er nu {state}.", "The pamphlet is now {state}.";
    ask_handed_out_on(date: &str) =
        "Hvornår blev pjecen afleveret? Skriv datoen som dag-måned-år, eller tryk Enter for {date}:",
        "When was the pamphlet handed out? Type the date as day-month-year, or press Enter for {date}:";
    ASK_CHANNEL = "Hvordan blev den afleveret?", "How was it handed out?";
    END_OF_PAMPHLET = "Slut på pjecen.", "End of the pamphlet.";

    // The reflection.
    topic_is(topic: &str) = "Emne: {topic}.", "Topic: {topic}.";
    no_answer_yet(status: &str) =
        "Der er intet svar endnu. Status: {status}.",
        "There is no answer yet. Status: {status}.";
    your_answer_is(status: &str) = "Dit svar, status {status}:", "Your answer, status {status}:";
    END_OF_ANSWER = "Slut på svaret.", "End of the answer.";
    WRITE_ANSWER = "Skriv svaret", "Write the answer";
    MARK_ANSWERED = "Marker som besvaret", "Mark as answered";
    SKIP = "Spring over", "Skip";
    BRING_UP = "Tag svaret op igen ved næste møde", "Bring the answer up again at the next meeting";
    NOT_BRING_UP = "Tag ikke svaret op igen", "Do not bring the answer up again";
    NEXT_QUESTION = "Næste spørgsmål", "Next question";
    PREVIOUS_QUESTION = "Forrige spørgsmål", "Previous question";
    OTHER_QUESTION = "Vælg et andet spørgsmål", "Choose another question";
    REVIEW = "Gennemgang af det, der mangler", "Review what is missing";
    ANSWER_SAVED = "Svaret er gemt som kladde.", "The answer is saved as a draft.";
    IS_IT_DONE =
        "Er svaret færdigt, så det kan markeres som besvaret?",
        "Is the answer done, so it can be marked as answered?";
    WHICH_QUESTION = "Hvilket spørgsmål vil du gå til?", "Which question do you want to go to?";
    answered_of(n: usize, of: usize) =
        "{n} af {of} spørgsmål er besvaret.", "{n} of {of} questions are answered.";
    ALL_ANSWERED = "Alle spørgsmål er besvaret.", "All questions are answered.";
    NOT_ANSWERED = "Ikke besvaret:", "Not answered:";
    open_question(n: usize, topic: &str, status: &str) =
        "Spørgsmål {n}, {topic}: {status}.", "Question {n}, {topic}: {status}.";
    FINISH = "Afslut refleksionen", "Finish the reflection";
    READ_ANSWERS = "Læs alle svarene", "Read all the answers";
    confirm_finish(open: usize) =
        "{open} spørgsmål er ikke besvaret. Vil du afslutte alligevel?",
        "{open} questions are not answered. Finish anyway?";
    FINISHED = "afsluttet", "finished";
    finished_line(date: &str) =
        "Refleksionen blev afsluttet {date}.", "The reflection was finished on {date}.";
    REOPEN = "Genåbn refleksionen", "Reopen the reflection";
    REOPENED = "Refleksionen er åben igen.", "The reflection is open again.";
    question_heading(n: usize, of: usize, topic: &str, status: &str) =
        "Spørgsmål {n} af {of}, {topic}: {status}.", "Question {n} of {of}, {topic}: {status}.";
    END_OF_ANSWERS = "Slut på svarene.", "End of the answers.";

    // The agreement.
    AGREEMENT_DRAFT = "Aftalen er et udkast.", "The agreement is a draft.";
    agreement_ready(date: &str) =
        "Aftalen har været klar til mødet siden {date}.", "The agreement has been ready for the meeting since {date}.";
    agreement_agreed(on: &str, review: &str) =
        "Aftalen blev indgået {on} og følges op {review}.",
        "The agreement was made on {on} and is followed up on {review}.";
    FIELD_EMPTY = "intet forslag endnu", "no proposal yet";
    FIELD_PROPOSED = "dit forslag er skrevet", "your proposal is written";
    FIELD_AGREED = "det aftalte er skrevet", "what was agreed is written";
    AGREEMENT_WHAT =
        "Vælg et felt for at skrive i det, eller hvad du vil gøre med aftalen:",
        "Choose a field to write in it, or what to do with the agreement:";
    MARK_READY = "Marker aftalen klar til mødet", "Mark the agreement ready for the meeting";
    MARK_AGREED = "Marker aftalen som indgået", "Mark the agreement as agreed";
    AGREEMENT_STEP_BACK = "Gå et trin tilbage med aftalen", "Step the agreement back";
    READ_AGREEMENT = "Læs hele aftalen", "Read the whole agreement";
    SAVE_BRIEF = "Gem mødearket som fil", "Save the brief as a file";
    READY_DONE = "Aftalen er markeret klar til mødet.", "The agreement is marked ready for the meeting.";
    WHICH_TEXT = "Hvilken tekst vil du skrive?", "Which text do you want to write?";
    TEXT_SAVED = "Teksten er gemt.", "The text is saved.";
    ask_agreed_on(date: &str) =
        "Hvornår blev aftalen indgået? Skriv datoen som dag-måned-år, eller tryk Enter for {date}:",
        "When was the agreement made? Type the date as day-month-year, or press Enter for {date}:";
    ask_review_on(date: &str) =
        "Hvornår skal aftalen følges op? Skriv datoen, eller tryk Enter for {date}:",
        "When is the agreement to be followed up? Type the date, or press Enter for {date}:";
    label_empty(label: &str) = "{label}: tomt.", "{label}: empty.";
    label_colon(label: &str) = "{label}:", "{label}:";
    END_OF_AGREEMENT = "Slut på aftalen.", "End of the agreement.";
}

/// Whether a typed word means "none" ("ingen", "none"), in either language, to remove a value.
pub fn is_none_word(typed: &str) -> bool {
    let typed = typed.trim().to_lowercase();
    Lang::ALL.iter().any(|l| typed == common::NONE.get(*l))
}
