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

    EARLIER_STATUS = "afleveret til et tidligere møde", "handed out for an earlier meeting";
    NOT_AGAIN_NEEDED =
        "Samtaleparten har pjecen i forvejen, så den skal ikke afleveres igen til dette møde – medmindre du vælger det.",
        "The counterpart already has the pamphlet, so it need not be handed out again for this meeting – unless you choose to.";
    due_if_again(date: &str) =
        "Afleverer du den igen, så senest {date}.",
        "If you hand it out again, do so by {date}.";
    overdue_if_again(date: &str) =
        "Afleverer du den igen, er det efter fristen ({date}).",
        "If you hand it out again, it is past the deadline ({date}).";
    new_topics(topics: &str) =
        "Nyt på pjecen siden sidst: {topics}.",
        "New on the pamphlet since last time: {topics}.";
    SAME_TOPICS =
        "Emnerne på pjecen er de samme som sidst.",
        "The topics on the pamphlet are the same as last time.";
    again_line(date: &str) =
        "Pjecen afleveres igen til dette møde (sidst afleveret {date}).",
        "The pamphlet is handed out again for this meeting (last handed out {date}).";

    ABOUT_1 =
        "Pjecen skal afleveres nogle arbejdsdage før mødet, så samtaleparten kan nå at tænke over sin rolle.",
        "The pamphlet should be handed out some working days before the meeting, so the counterpart can think about their role.";
    ABOUT_2 =
        "Marker pjecen som forberedt, som afleveret (med dato og hvordan) og som drøftet efter mødet. Kom du til at markere forkert, går du et trin tilbage.",
        "Mark the pamphlet prepared, handed out (with the date and how) and discussed after the meeting. If you marked it by mistake, step back.";
    ABOUT_3 =
        "Ved et opfølgende møde har samtaleparten normalt pjecen fra et tidligere møde. Skærmen viser, hvad der er nyt på pjecen siden sidst. Du kan vælge at aflevere den igen; så følger du den her som første gang.",
        "At a follow-up meeting the counterpart usually has the pamphlet from an earlier meeting. The screen shows what is new on the pamphlet since last time. You can choose to hand it out again; then you follow it here as the first time.";
    MEETING_HELD =
        "Mødet er holdt, så der er ikke længere en frist for pjecen.",
        "The meeting has been held, so the pamphlet no longer has a deadline.";
}

pub const ABOUT: &[crate::text::Msg] = &[ABOUT_1, ABOUT_2, ABOUT_3];
