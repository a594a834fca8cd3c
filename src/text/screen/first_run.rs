//! The first-run wizard: the leader, the network and the start date.

messages! {
    TITLE = "Velkommen til mandat", "Welcome to mandat";
    INTRO =
        "Her forbereder du dine tre samtaler om dit mandat som netværksleder. Start med at fortælle lidt om netværket. Du kan altid ændre det senere.",
        "Here you prepare the three conversations about your mandate as network leader. Start by telling a little about the network. You can always change it later.";
    LEADER = "Dit navn", "Your name";
    THEME = "Netværkets tema", "The network's theme";
    TYPE = "Netværkstype", "Network type";
    START = "Planlagt start (dd-mm-åååå)", "Planned start (dd-mm-yyyy)";
    CREATE = "Opret", "Create";
    TYPE_HINT = "←/→ skifter type", "←/→ changes the type";
    NEED_LEADER = "Skriv dit navn", "Type your name";
    NEED_THEME = "Skriv netværkets tema", "Type the network's theme";
    BAD_DATE =
        "Datoen skal skrives som dd-mm-åååå, fx 04-01-2027",
        "Type the date as dd-mm-yyyy, e.g. 04-01-2027";
    NO_COURSE =
        "Der er endnu intet forløb til denne netværkstype; vælg en anden type",
        "There is no course for this network type yet; choose another type";
    CRUMB = "Nyt netværk", "New network";
    ASK_DISCARD =
        "Du har skrevet noget. Vil du lukke uden at oprette netværket? (j/n)",
        "You have typed something. Close without creating the network? (y/n)";

    ABOUT_1 =
        "Udfyld felterne ét ad gangen: dit navn, netværkets tema, netværkstypen og den planlagte start.",
        "Fill in the fields one at a time: your name, the network's theme, the network type and the planned start.";
    ABOUT_2 =
        "Netværkstypen bestemmer, hvilket forløb arbejdsplanen starter fra.",
        "The network type decides which course the workload plan starts from.";
    ABOUT_3 =
        "Datoen skrives som dd-mm-åååå. Vælg «Opret», når du er klar; alt kan ændres senere.",
        "Type the date as dd-mm-yyyy. Choose “Create” when you are ready; everything can be changed later.";
}

pub const ABOUT: &[crate::text::Msg] = &[ABOUT_1, ABOUT_2, ABOUT_3];
