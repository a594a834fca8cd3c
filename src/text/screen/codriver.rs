//! «Find din co-driver»: the introduction, the profiles, the candidates, the notes, the
//! comparison side by side and the choice. The aid's own title and texts come from the content.

use crate::text::Lang;

messages! {
    // The overview's list.
    INTRO = "Om co-driveren", "About the co-driver";
    PROFILES = "Profiler", "Profiles";
    CANDIDATES = "Kandidater", "Candidates";
    ADD = "+ Tilføj en kandidat", "+ Add a candidate";
    NO_CANDIDATES = "ingen endnu", "none yet";

    // The overview's right-hand side.
    QUESTIONS = "Spørgsmål at stille dig selv", "Questions to ask yourself";
    fitting(names: &str) = "Passer på profilen: {names}", "Fits the profile: {names}";
    NOBODY_FITS =
        "Ingen af dine kandidater er markeret til profilen endnu.",
        "None of your candidates is marked for this profile yet.";
    ADD_HINT =
        "Skriv navnet på en, du overvejer som co-driver. Du kan tilføje så mange, du vil, og fjerne dem igen.",
        "Write the name of someone you are considering as co-driver. You can add as many as you like and remove them again.";
    CHOSEN = "valgt som co-driver", "chosen as co-driver";
    notes_count(n: usize, of: usize) =
        "Noter til {n} af {of} spørgsmål", "Notes on {n} of {of} questions";
    OPEN_HINT =
        "Åbn kandidaten for at markere profiler og skrive noter – eller sammenlign kandidaterne side om side, og vælg én.",
        "Open the candidate to mark profiles and write notes – or compare the candidates side by side, and choose one.";

    // One candidate.
    GENERAL_NOTE = "Generel note", "General note";
    FITS = "passer", "fits";
    DOES_NOT_FIT = "passer ikke", "does not fit";
    candidate_of(n: usize, of: usize) = "kandidat {n} af {of}", "candidate {n} of {of}";
    question_of(n: usize, of: usize) = "spørgsmål {n} af {of}", "question {n} of {of}";
    fits_line(name: &str) = "Passer {name} på profilen?", "Does {name} fit the profile?";
    TOGGLE_HINT =
        "Tryk Enter for at skifte mellem «passer» og «passer ikke».",
        "Press Enter to switch between “fits” and “does not fit”.";
    note_about(name: &str) = "Dine noter om {name}", "Your notes on {name}";
    general_about(name: &str) = "Generelt om {name}", "About {name} in general";
    NOTE_EMPTY = "Tryk Enter for at skrive", "Press Enter to write";

    // Adding, renaming and removing.
    NEW_NAME = "Navn på kandidaten:", "The candidate's name:";
    RENAME = "Nyt navn:", "New name:";
    NAME_EMPTY =
        "Skriv et navn – eller tryk Esc for at fortryde.",
        "Write a name – or press Esc to cancel.";
    added(name: &str) = "{name} er tilføjet som kandidat", "{name} is added as a candidate";
    removed(name: &str) = "{name} er fjernet fra kandidaterne", "{name} is removed from the candidates";
    confirm_remove(name: &str) =
        "Fjern {name} og alle dine noter om personen? (j/n)",
        "Remove {name} and all your notes on them? (y/n)";
    confirm_remove_chosen(name: &str) =
        "{name} er valgt som co-driver. Fjern alligevel {name} og alle noterne? Navnet på mødet bliver stående. (j/n)",
        "{name} is chosen as co-driver. Remove {name} and all the notes anyway? The name on the meeting stays. (y/n)";

    // Choosing.
    chosen_named(name: &str) =
        "{name} er valgt som co-driver – navnet er sat på mødet",
        "{name} is chosen as co-driver – the name is set on the meeting";
    chosen_only(name: &str) = "{name} er valgt som co-driver", "{name} is chosen as co-driver";
    chosen_kept(name: &str, other: &str) =
        "{name} er valgt; mødet står stadig med {other}",
        "{name} is chosen; the meeting still names {other}";
    unchosen(name: &str) =
        "Valget af {name} er taget tilbage; navnet på mødet er ikke ændret",
        "{name} is no longer chosen; the name on the meeting is unchanged";
    PICK_A_CANDIDATE =
        "Gå til en kandidat for at vælge, fjerne eller omdøbe",
        "Go to a candidate to choose, remove or rename them";

    // Side by side.
    COMPARE = "Sammenlign", "Compare";
    COMPARE_TITLE = "Kandidaterne side om side", "The candidates side by side";
    columns(first: usize, last: usize, of: usize) =
        "kandidat {first}–{last} af {of} · ←/→ viser de andre",
        "candidates {first}–{last} of {of} · ←/→ shows the others";
    NEED_CANDIDATES =
        "Tilføj mindst én kandidat for at sammenligne.",
        "Add at least one candidate to compare.";
    EMPTY_CELL = "–", "–";

    // The line on the co-driver meeting.
    LINE_START = "ingen kandidater endnu – start her", "no candidates yet – start here";
    ONE_CANDIDATE = "1 kandidat, ingen valgt endnu", "1 candidate, none chosen yet";
    candidates_none_chosen(n: usize) =
        "{n} kandidater, ingen valgt endnu", "{n} candidates, none chosen yet";
    line_chosen(name: &str) = "valgt: {name}", "chosen: {name}";

    // Keys.
    KEY_NEW = "ny kandidat", "new candidate";
    KEY_COMPARE = "sammenlign", "compare";
    KEY_CHOOSE = "vælg", "choose";
    KEY_CHOOSE_HELP =
        "vælg kandidaten som co-driver (igen: tag valget tilbage)",
        "choose the candidate as co-driver (again: take the choice back)";
    KEY_RENAME = "ret navnet", "rename";
    KEY_REMOVE_HELP = "fjern kandidaten (spørger først)", "remove the candidate (asks first)";
    KEY_TOGGLE = "passer/passer ikke", "fits/does not";
    KEY_OTHER = "anden kandidat", "other candidate";
    KEY_NEXT_NOTE = "næste note", "next note";
    KEY_SCROLL_PANE = "rul i teksten til højre", "scroll the text on the right";

    ABOUT_1 =
        "Skriv de personer ned, du overvejer som co-driver. For hver kandidat markerer du de profiler, personen passer på, og skriver noter til spørgsmålene. Alt gemmes, mens du skriver.",
        "Write down the people you are considering as co-driver. For each, mark the profiles the person fits and write notes on the questions. Everything is saved as you type.";
    ABOUT_2 =
        "Sammenlign kandidaterne side om side, og vælg én. Har mødet med co-driveren intet navn, får det den valgtes navn.",
        "Compare the candidates side by side, and choose one. If the co-driver meeting has no name, it gets the chosen person's name.";
    ABOUT_3 =
        "«Find din co-driver» kan også gemmes som et arbejdsark til at skrive i på papir: vælg det under «Gem som fil» på mødet med co-driveren.",
        "“Find your co-driver” can also be saved as a worksheet to fill in on paper: choose it under “Save as file” on the co-driver meeting.";
}

pub const ABOUT: &[crate::text::Msg] = &[ABOUT_1, ABOUT_2, ABOUT_3];

/// The value on the co-driver meeting's line for the aid.
pub fn meeting_line(lang: Lang, candidates: usize, chosen: Option<&str>) -> String {
    match (chosen, candidates) {
        (Some(name), _) => line_chosen(lang, name),
        (None, 0) => LINE_START.get(lang).to_string(),
        (None, 1) => ONE_CANDIDATE.get(lang).to_string(),
        (None, n) => candidates_none_chosen(lang, n),
    }
}
