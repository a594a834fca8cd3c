//! The reflection questions, the answer field and the review.

messages! {
    TITLE = "Refleksion", "Reflection";
    QUESTIONS = "Spørgsmål", "Questions";
    ANSWER = "Dit svar", "Your answer";
    PLACEHOLDER = "Tryk Enter for at skrive", "Press Enter to write";
    REVIEW = "Gennemgang", "Review";
    ALL_ANSWERED =
        "Alle spørgsmål er besvaret. Tryk a, når du er færdig.",
        "All questions are answered. Press a when you are done.";
    OPEN_LIST = "Ikke besvaret:", "Not answered:";
    FINISHED = "Refleksionen er afsluttet", "The reflection is finished";
    NO_QUESTIONS =
        "Der er endnu ingen refleksionsspørgsmål til denne samtalepart.",
        "There are no reflection questions for this counterpart yet.";
    NEXT_PREVIOUS = "næste/forrige spørgsmål", "next/previous question";
    PREVIOUS = "forrige spørgsmål", "previous question";
    FIRST_QUESTION = "første spørgsmål", "first question";
    question_of(n: usize, of: usize) = "spørgsmål {n} af {of}", "question {n} of {of}";
    confirm_finish(open: usize) =
        "{open} spørgsmål er ikke besvaret. Afslut alligevel? (j/n)",
        "{open} questions are not answered. Finish anyway? (y/n)";
    finished_on(date: &str) = "Afsluttet {date}", "Finished {date}";

    ABOUT_1 =
        "Spørgsmålene hjælper dig med at forberede samtalen. Dine svar er kun til dig.",
        "The questions help you prepare the conversation. Your answers are for you.";
    ABOUT_2 =
        "Skriv et svar, marker det som besvaret eller spring spørgsmålet over. Gennemgangen viser det, der mangler, før du afslutter.",
        "Write an answer, mark it answered or skip the question. The review shows what is missing before you finish.";
    ABOUT_3 =
        "Mærkerne: · tomt, ✎ kladde, ✓ besvaret, – sprunget over, ↻ tages op igen.",
        "Marks: · empty, ✎ draft, ✓ answered, – skipped, ↻ to bring up again.";
    ABOUT_4 =
        "Et svar, du vil tage op igen, står under «Fra sidste møde» ved det næste møde med samme samtalepart og på mødearket.",
        "An answer you want to bring up again is listed under “From the last meeting” at the next meeting with the same counterpart, and on its brief.";
    BRING_UP_TITLE = "tages op igen", "to bring up again";
    BRING_UP_ON =
        "Svaret tages op igen ved næste møde",
        "The answer will be brought up again at the next meeting";
    BRING_UP_OFF =
        "Svaret tages ikke op igen",
        "The answer will not be brought up again";
}

pub const ABOUT: &[crate::text::Msg] = &[ABOUT_1, ABOUT_2, ABOUT_3, ABOUT_4];
