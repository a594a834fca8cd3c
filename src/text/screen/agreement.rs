//! The collaboration agreement: proposals, what was agreed, the agreed form.

messages! {
    TITLE = "Samarbejdsaftale", "Collaboration agreement";
    PROPOSAL = "Dit forslag", "Your proposal";
    AGREED = "Aftalt", "Agreed";
    EMPTY = "(tomt)", "(empty)";
    NO_TEMPLATE =
        "Der er endnu ingen skabelon til en samarbejdsaftale med denne samtalepart.",
        "There is no agreement template for this counterpart yet.";
    FORM_TITLE = "Marker aftalen som indgået", "Mark the agreement as agreed";
    FORM_ON = "Indgået den (dd-mm-åååå)", "Agreed on (dd-mm-yyyy)";
    FORM_REVIEW = "Opfølgning (dd-mm-åååå)", "Follow-up (dd-mm-yyyy)";
    STATUS_DRAFT = "Udkast", "Draft";
    ready_since(date: &str) = "Klar til mødet (siden {date})", "Ready for the meeting (since {date})";
    agreed_line(on: &str, review: &str) =
        "Indgået {on} · opfølgning {review}",
        "Agreed {on} · follow-up {review}";

    carried_from(on: &str) =
        "Dine forslag er ført videre fra aftalen, der blev indgået {on}.",
        "Your proposals are carried over from the agreement made {on}.";
    NO_EARLIER_AGREEMENT =
        "Der blev ikke indgået en aftale ved de tidligere møder, så du starter forfra.",
        "No agreement was made at the earlier meetings, so you start afresh.";
    last_agreed(on: &str, review: &str) =
        "Sidst aftalt {on} (opfølgning {review}):",
        "Last agreed {on} (follow-up {review}):";
    last_agreed_same(on: &str, review: &str) =
        "Sidst aftalt {on} (opfølgning {review}): det samme som dit forslag.",
        "Last agreed {on} (follow-up {review}): the same as your proposal.";
    last_nothing_agreed(on: &str) =
        "Aftalen fra {on} sagde intet om dette.",
        "The agreement of {on} said nothing on this.";
    LAST_CUT = "… (resten står på mødearket)", "… (the rest is on the brief)";
    CARRIED = "ført videre", "carried over";
    CHANGED = "ændret siden sidst", "changed since last time";

    ABOUT_1 =
        "Hvert felt i skabelonen har dit forslag (før mødet) og det aftalte (efter mødet).",
        "Each field of the template has your proposal (before the meeting) and what was agreed (after).";
    ABOUT_2 =
        "Marker aftalen klar til mødet, og efter mødet som indgået med dato og opfølgningsdato. Et trin tilbage er altid muligt.",
        "Mark the agreement ready for the meeting, and after the meeting as agreed with a date and a follow-up date. Stepping back is always possible.";
    ABOUT_3 =
        "Ved et opfølgende møde står det, der blev aftalt sidst, under hvert felt, og dine forslag starter fra det.",
        "At a follow-up meeting, what was agreed last time stands under each field, and your proposals start from it.";
    ABOUT_4 =
        "Markerer du aftalen som indgået før mødets dato, eller klar med de fleste felter tomme, bliver du spurgt først.",
        "If you mark the agreement agreed before the meeting's date, or ready with most fields empty, you are asked first.";
}

pub const ABOUT: &[crate::text::Msg] = &[ABOUT_1, ABOUT_2, ABOUT_3, ABOUT_4];
