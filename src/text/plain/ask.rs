//! How plain mode asks and what it says when an answer does not fit: the contract every list,
//! yes/no question and text follows.

use crate::text::Msg;

messages! {
    YOUR_CHOICE = "Dit valg:", "Your choice:";
    CHOOSE_HOW =
        "Skriv nummeret på et valg eller begyndelsen af dets navn, og tryk Enter.",
        "Type the number of a choice or the beginning of its name, and press Enter.";
    numbered(n: usize, name: &str) = "{n}. {name}", "{n}. {name}";
    numbered_with(n: usize, name: &str, detail: &str) = "{n}. {name}: {detail}", "{n}. {name}: {detail}";
    no_such_number(typed: &str, last: usize) =
        "Der er ikke noget valg nummer {typed}. Vælg et nummer fra 1 til {last}.",
        "There is no choice number {typed}. Choose a number from 1 to {last}.";
    fits_nothing(typed: &str, last: usize) =
        "«{typed}» passer ikke til nogen af valgene. Skriv et nummer fra 1 til {last} eller begyndelsen af et navn.",
        "“{typed}” fits none of the choices. Type a number from 1 to {last} or the beginning of a name.";
    several(typed: &str, names: &str) =
        "Flere valg begynder med «{typed}»: {names}. Skriv lidt mere af navnet, eller skriv nummeret.",
        "Several choices begin with “{typed}”: {names}. Type a little more of the name, or the number.";
    NOTHING_BEHIND =
        "Du er i overblikket, så der er intet at gå tilbage til. Skriv q for at afslutte.",
        "You are on the overview, so there is nothing to go back to. Type q to quit.";

    HELP_LIST =
        "Sådan svarer du: I en liste skriver du nummeret på et valg eller begyndelsen af dets navn og trykker Enter.",
        "How to answer: in a list, type the number of a choice or the beginning of its name and press Enter.";
    HELP_KEYS =
        "0 går et trin tilbage. q gemmer og afslutter. Et spørgsmålstegn viser denne hjælp og listen igen.",
        "0 goes back one step. q saves and quits. A question mark shows this help and the list again.";
    HELP_YES_NO =
        "Et spørgsmål med ja eller nej besvarer du med j eller n.",
        "A yes or no question is answered with y or n.";
    HELP_TEXT =
        "En længere tekst skriver du linje for linje og afslutter med en linje med kun et punktum. Trykker du Enter på den første linje, beholdes teksten, der står.",
        "A longer text is typed line by line and ended with a line holding only a full stop. Pressing Enter on the first line keeps the text that is there.";
    HELP_SAVED =
        "Alt gemmes, så snart du har svaret.",
        "Everything is saved as soon as you answer.";

    yes_no(question: &str) = "{question} (j eller n):", "{question} (y or n):";
    ANSWER_YES_NO = "Svar j for ja eller n for nej.", "Answer y for yes or n for no.";
    BAD_DATE =
        "Skriv datoen som dag, måned og år med bindestreger, fx 18-01-2027.",
        "Type the date as day, month and year with hyphens, e.g. 18-01-2027.";

    text_now(what: &str) = "{what}, som det står nu:", "{what}, as it stands:";
    text_empty(what: &str) = "{what}: der står ingen tekst endnu.", "{what}: there is no text yet.";
    END_OF_TEXT = "Slut på teksten.", "End of the text.";
    TEXT_HOW_NEW =
        "Skriv teksten linje for linje, og afslut med en linje med kun et punktum. Tryk Enter på den første linje for at lade den være tom.",
        "Type the text line by line, and end with a line holding only a full stop. Press Enter on the first line to leave it empty.";
    TEXT_HOW_CHANGE =
        "Skriv en ny tekst linje for linje, og afslut med en linje med kun et punktum. Tryk Enter på den første linje for at beholde teksten, eller skriv kun et punktum for at tømme den.",
        "Type a new text line by line, and end with a line holding only a full stop. Press Enter on the first line to keep the text, or type only a full stop to empty it.";
    TEXT_HOW_SHORT =
        "Skriv linje for linje, og afslut med en linje med kun et punktum.",
        "Type line by line, and end with a line holding only a full stop.";
    TEXT_HOW_CHANGE_SHORT =
        "Skriv en ny tekst, og afslut med en linje med kun et punktum. Enter på den første linje beholder teksten.",
        "Type a new text, and end with a line holding only a full stop. Enter on the first line keeps the text.";
    KEPT = "Teksten er uændret.", "The text is unchanged.";
}

/// The help for answering, in the order it is said.
pub const HELP: &[Msg] = &[HELP_LIST, HELP_KEYS, HELP_YES_NO, HELP_TEXT, HELP_SAVED];
