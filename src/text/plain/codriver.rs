//! «Find din co-driver» in plain mode. The aid's own title, texts and profiles come from the
//! content; the words shared with the full-screen program from `text::screen::codriver`.

messages! {
    WHAT_TO_DO = "Hvad vil du gøre?", "What would you like to do?";
    state(state: &str) = "{state}.", "{state}.";
    and(text: &str, more: &str) = "{text}, {more}", "{text}, {more}";
    ABOUT = "Om co-driveren", "About the co-driver";
    PROFILES = "De fire profiler", "The four profiles";
    ADD = "Tilføj en kandidat", "Add a candidate";
    COMPARE = "Sammenlign kandidaterne", "Compare the candidates";
    FITS_NONE = "passer ikke på nogen profil endnu", "fits no profile yet";
    fits(names: &str) = "passer på {names}", "fits {names}";
    notes_many(n: usize) = "noter til {n} spørgsmål", "notes on {n} questions";
    NO_NOTES = "ingen noter", "no notes";
    fits_profile(name: &str) = "Passer {name} på profilen", "Does {name} fit the profile";
    profile(name: &str) = "Profilen {name}", "The profile {name}";
    question_line(n: usize, question: &str) = "Spørgsmål {n}: {question}", "Question {n}: {question}";
    END_OF_PROFILES = "Slut på profilerne.", "End of the profiles.";
    NAME_EMPTY = "Skriv et navn, eller 0 for at gå tilbage.", "Type a name, or 0 to go back.";
    NO_NOTE = "ingen note", "no note";
    CHOOSE = "Vælg som co-driver", "Choose as co-driver";
    UNCHOOSE = "Tag valget som co-driver tilbage", "Take back the choice as co-driver";
    RENAME = "Ret navnet", "Change the name";
    REMOVE = "Fjern kandidaten", "Remove the candidate";
    confirm_remove(name: &str) =
        "Vil du fjerne {name} og alle dine noter om personen?",
        "Remove {name} and all your notes on them?";
    confirm_remove_chosen(name: &str) =
        "{name} er valgt som co-driver. Vil du alligevel fjerne {name} og alle noterne? Navnet på mødet bliver stående.",
        "{name} is chosen as co-driver. Remove {name} and all the notes anyway? The name on the meeting stays.";
    question_n(n: usize) = "Spørgsmål {n}", "Question {n}";
    question_detail(question: &str, note: &str) = "{question} Note: {note}.", "{question} Note: {note}.";
    fits_now(name: &str, state: &str) = "{name}: {state}.", "{name}: {state}.";
    NOTE_SAVED = "Noten er gemt.", "The note is saved.";
    ask_rename(name: &str) =
        "Nyt navn. Tryk Enter for at beholde «{name}»:",
        "New name. Press Enter to keep “{name}”:";
    renamed(name: &str) = "Kandidaten hedder nu {name}.", "The candidate is now called {name}.";
    NOBODY = "ingen", "nobody";
    and_last(list: &str, last: &str) = "{list} og {last}", "{list} and {last}";
    compare_profile(profile: &str, fit: &str, not: &str) =
        "Profilen {profile}. Passer: {fit}. Passer ikke: {not}.",
        "The profile {profile}. Fit: {fit}. Do not fit: {not}.";
    note_by(name: &str, note: &str) = "{name}: {note}", "{name}: {note}";
    END_OF_COMPARISON = "Slut på sammenligningen.", "End of the comparison.";
}

/// "ingen noter", "noter til 3 spørgsmål".
pub fn notes_n(lang: crate::text::Lang, n: usize) -> String {
    if n == 0 {
        NO_NOTES.get(lang).to_string()
    } else {
        notes_many(lang, n)
    }
}
