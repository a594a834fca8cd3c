//! The words of the co-driver finding aid wherever it is printed: the worksheet
//! (`mandat codriver`), the short section on the co-driver's brief, and the command's own help.
//! The aid's title, introduction, profiles and questions come from the content
//! (`codriver.json`); the screen's words are in [`super::screen::codriver`].

use crate::content::CodriverAid;
use crate::model::codriver::Candidate;

use super::Lang;

messages! {
    // The worksheet.
    EXAMPLE_NOTE =
        "Profilerne og spørgsmålene er eksempler, som jeres organisation kan tilpasse.",
        "The profiles and questions are examples your organisation can adapt.";
    PROFILES = "Profilerne", "The profiles";
    HOW_TO_USE =
        "Tænk på en eller flere bestemte personer, mens du læser spørgsmålene, og skriv dine tanker ned.",
        "Think of one or more particular people as you read the questions, and write your thoughts down.";
    THOUGHTS = "Mine tanker og navne", "My thoughts and names";
    CANDIDATES = "Dine kandidater", "Your candidates";
    NO_CANDIDATES =
        "Du har ikke skrevet nogen kandidater ned i mandat endnu.",
        "You have not written any candidates down in mandat yet.";
    NAMES = "Navne, jeg overvejer", "Names I am considering";
    FITS = "Passer på", "Fits";
    NO_PROFILES_MARKED = "ingen profiler markeret endnu", "no profiles marked yet";
    GENERAL_NOTE = "Generelt om personen", "About the person in general";
    orphan_note(key: &str) =
        "Et spørgsmål, der ikke længere er med i hjælpen: «{key}»",
        "A question no longer in the aid: “{key}”";
    chosen_heading(name: &str) = "{name} (valgt som co-driver)", "{name} (chosen as co-driver)";
    CHOICE = "Dit valg", "Your choice";
    chosen(name: &str) = "Du har valgt {name} som co-driver.", "You have chosen {name} as co-driver.";
    chosen_fits(name: &str, profiles: &str) =
        "Du har valgt {name} som co-driver. {name} passer på: {profiles}.",
        "You have chosen {name} as co-driver. {name} fits: {profiles}.";
    NOT_CHOSEN = "Du har ikke valgt endnu.", "You have not chosen yet.";
    MY_CODRIVER = "Min co-driver bliver", "My co-driver will be";
    DEVELOPMENT = "Vejen til selv at lede netværk", "The path to leading networks";
    TALKED_ABOUT_IT = "Vi har talt om det den", "We talked about it on";

    // The section on the co-driver's brief.
    BRIEF_HEADING = "Valget af co-driver", "Choosing the co-driver";
    CHOSEN = "Valgt", "Chosen";
    ALSO_CONSIDERED = "Også overvejet", "Also considered";
    CONSIDERING =
        "Du har ikke valgt endnu. Du overvejer:",
        "You have not chosen yet. You are considering:";
    candidate_fits(name: &str, profiles: &str) = "{name} – {profiles}", "{name} – {profiles}";
    use_the_aid(aid: &str) =
        "Du har ikke skrevet nogen kandidater ned endnu. Brug «{aid}» på mødet med co-driveren i mandat.",
        "You have not written any candidates down yet. Use “{aid}” on the co-driver meeting in mandat.";

    // The command line.
    COMMAND = "«Find din co-driver» som arbejdsark: profilerne, spørgsmålene, dine kandidater og dit valg",
        "“Find your co-driver” as a worksheet: the profiles, the questions, your candidates and your choice";
    USAGE = "mandat codriver [TILVALG]", "mandat codriver [OPTIONS]";
}

/// The names of the profiles a candidate fits, in the content's order, joined for a sentence
/// ("Fagperson inden for temaet; En, der supplerer dig"). Semicolons, since a profile's name
/// may hold a comma.
pub fn fitted_profiles(aid: &CodriverAid, candidate: &Candidate, lang: Lang) -> String {
    let names: Vec<&str> = aid
        .profiles
        .iter()
        .filter(|p| candidate.fits(&p.id))
        .map(|p| p.name.get(lang))
        .collect();
    if names.is_empty() {
        NO_PROFILES_MARKED.get(lang).to_string()
    } else {
        names.join("; ")
    }
}
