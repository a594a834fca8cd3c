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
        "Indgået {on} · følges op {review}",
        "Agreed {on} · review {review}";

    ABOUT_1 =
        "Hvert felt i skabelonen har dit forslag (før mødet) og det aftalte (efter mødet).",
        "Each field of the template has your proposal (before the meeting) and what was agreed (after).";
    ABOUT_2 =
        "Marker aftalen klar til mødet, og efter mødet som indgået med dato og opfølgningsdato. Et trin tilbage er altid muligt.",
        "Mark the agreement ready for the meeting, and after the meeting as agreed with a date and a review date. Stepping back is always possible.";
}

pub const ABOUT: &[crate::text::Msg] = &[ABOUT_1, ABOUT_2];
