//! The pamphlet screen: status, due date, preview and the hand-out form.

messages! {
    TITLE = "Pjece", "Pamphlet";
    STATUS = "Status", "Status";
    DUE = "Skal afleveres senest", "Hand out by";
    PREPARED_ON = "Forberedt", "Prepared";
    HANDED_OUT_ON = "Afleveret", "Handed out";
    PREVIEW = "Forhåndsvisning", "Preview";
    NO_DATE = "sæt en mødedato først", "set a meeting date first";
    DUE_SOON = "snart", "soon";
    OVERDUE = "for sent", "overdue";
    FORM_TITLE = "Marker som afleveret", "Mark as handed out";
    FORM_DATE = "Afleveret den (dd-mm-åååå)", "Handed out on (dd-mm-yyyy)";
    FORM_CHANNEL = "Hvordan", "How";

    ABOUT_1 =
        "Pjecen skal afleveres nogle arbejdsdage før mødet, så samtaleparten kan nå at tænke over sin rolle.",
        "The pamphlet should be handed out some working days before the meeting, so the counterpart can think about their role.";
    ABOUT_2 =
        "Marker pjecen som forberedt, som afleveret (med dato og hvordan) og som drøftet efter mødet. Kom du til at markere forkert, går du et trin tilbage.",
        "Mark the pamphlet prepared, handed out (with the date and how) and discussed after the meeting. If you ticked by mistake, step back.";
}

pub const ABOUT: &[crate::text::Msg] = &[ABOUT_1, ABOUT_2];
