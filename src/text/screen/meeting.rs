//! One meeting: who, when and the way into its preparation.

messages! {
    PERSON = "Navn", "Name";
    DATE = "Dato", "Date";
    HANDOUT = "Pjece til samtaleparten", "Pamphlet for the counterpart";
    REFLECTION = "Refleksionsspørgsmål", "Reflection questions";
    AGREEMENT = "Samarbejdsaftale", "Collaboration agreement";
    NOTES =
        "Private noter (kommer kun med på mødearket, hvis du beder om det)",
        "Private notes (on the brief only if you ask)";
    NOTES_SHORT = "Private noter", "Private notes";
    TOPICS_SHORT = "Emner på pjecen", "Topics on the pamphlet";
    TOPICS =
        "Emner, du vil drøfte — ét pr. linje; de står på pjecen",
        "Topics you want to discuss — one a line; they are printed on the pamphlet";
    TOPICS_SUGGESTED = "standardforslagene", "the standard suggestions";
    NOTES_EMPTY = "ingen", "none";
    EXPORT = "Gem som fil", "Save as file";
    EXPORT_WHAT = "mødeark, pjece og andet til papir", "the brief, the pamphlet and more for paper";
    DATE_HINT =
        "dd-mm-åååå, tomt felt fjerner datoen",
        "dd-mm-yyyy, empty removes the date";
    EDIT_NAME = "ret navnet", "edit the name";
    EDIT_DATE = "ret datoen", "edit the date";
    HOLIDAY = "Bemærk: datoen er en helligdag", "Note: the date is a public holiday";
    WEEKEND = "Bemærk: datoen er en weekenddag", "Note: the date is on a weekend";
    FROM_LAST_TIME = "Fra sidste møde", "From the last meeting";
    handed_out_earlier(on: &str) =
        "afleveret før, {on}; ikke igen",
        "handed out before, {on}; not again";
    KEY_DELETE = "slet dette opfølgende møde", "delete this follow-up meeting";
    KEY_HAND_OUT_AGAIN =
        "aflever pjecen igen ved dette møde (eller ikke)",
        "hand the pamphlet out again at this meeting (or not)";
    CONFIRM_DELETE =
        "Slet dette opfølgende møde og alt, hvad du har skrevet til det? (j/n)",
        "Delete this follow-up meeting and all you wrote for it? (y/n)";
    MEETING_DELETED = "Mødet er slettet", "The meeting is deleted";
    FIRST_MEETING_STAYS =
        "Det første møde med en samtalepart kan ikke slettes; ret dato og navn i stedet",
        "The first meeting with a counterpart cannot be deleted; change its date and name instead";
    TOPICS_ONE = "1 emne", "1 topic";
    topics_many(n: usize) = "{n} emner", "{n} topics";
    title(role: &str, person: &str) = "{role} — {person}", "{role} — {person}";
    numbered(title: &str, number: &str) = "{title} ({number})", "{title} ({number})";

    ABOUT_1 =
        "Et møde har et navn, en dato og tre forberedelser: pjecen, refleksionen og samarbejdsaftalen.",
        "A meeting has a name, a date and three preparations: the pamphlet, the reflection and the agreement.";
    ABOUT_2 =
        "Navn og dato rettes direkte på linjen. «Emner på pjecen» er det, du vil drøfte – ét emne pr. linje; indtil du skriver dine egne, står standardforslagene på pjecen.",
        "Name and date are edited on the line. “Topics on the pamphlet” is what you want to discuss – one topic a line; until you write your own, the standard suggestions are printed.";
    ABOUT_3 =
        "Private noter kommer kun med på mødearket, hvis du beder om det. Et nyt møde starter fra den sidst indgåede aftale.",
        "Private notes are only printed on the brief when you ask for them. A new meeting starts from the last agreement made.";
}

pub const ABOUT: &[crate::text::Msg] = &[ABOUT_1, ABOUT_2, ABOUT_3];

/// "1 emne", "3 emner".
pub fn topics_count(lang: crate::text::Lang, n: usize) -> String {
    if n == 1 {
        TOPICS_ONE.get(lang).to_string()
    } else {
        topics_many(lang, n)
    }
}
