//! Plain mode's frame: the welcome, where the leader is, the first run, a file that cannot be
//! read, a rescue copy offered on start, the list of networks, and what is said when a save
//! fails and when the conversation ends.

messages! {
    WELCOME =
        "mandat i enkel tilstand. Hvert trin bliver skrevet som tekst, og du svarer med én linje ad gangen.",
        "mandat in plain mode. Each step is written as text, and you answer one line at a time.";
    you_are_in(place: &str) = "Du er i: {place}.", "You are in: {place}.";
    GOODBYE = "Alt er gemt. Farvel.", "Everything is saved. Goodbye.";
    NOTHING_CREATED =
        "Der er ikke oprettet noget netværk. Farvel.",
        "No network was created. Goodbye.";

    // The first run.
    FIRST_RUN = "Nyt netværk", "New network";
    ASK_LEADER = "Dit navn:", "Your name:";
    keep_leader(name: &str) =
        "Dit navn. Tryk Enter for at beholde «{name}»:",
        "Your name. Press Enter to keep “{name}”:";
    ASK_THEME = "Netværkets tema:", "The network's theme:";
    keep_theme(theme: &str) =
        "Netværkets tema. Tryk Enter for at beholde «{theme}»:",
        "The network's theme. Press Enter to keep “{theme}”:";
    ASK_TYPE = "Hvilken type netværk er det?", "What type of network is it?";
    ask_start(date: &str) =
        "Hvornår er netværket planlagt til at starte? Skriv datoen som dag-måned-år, eller tryk Enter for {date}:",
        "When is the network planned to start? Type the date as day-month-year, or press Enter for {date}:";
    confirm_create(theme: &str, kind: &str, date: &str) =
        "Opret netværket «{theme}», et {kind}, med start {date}?",
        "Create the network “{theme}” ({kind}), starting {date}?";
    FIRST_FIELD =
        "Du er ved det første spørgsmål. Skriv q for at afslutte uden at oprette et netværk.",
        "You are at the first question. Type q to quit without creating a network.";
    created(name: &str) = "Netværket «{name}» er oprettet.", "The network “{name}” is created.";

    // A file that cannot be read.
    RECOVER = "Netværkets fil kan ikke læses", "The network's file cannot be read";
    backup_from(date: &str, time: &str) =
        "Gendan den nyeste sikkerhedskopi, der kan læses, fra {date} klokken {time}",
        "Restore the newest backup that can be read, from {date} at {time}";
    NEW_NETWORK = "Opret et nyt netværk", "Create a new network";
    WHAT_NOW = "Hvad vil du gøre?", "What would you like to do?";

    // A rescue copy with newer changes.
    USE_RESCUE = "Hent nødkopien ind", "Bring the rescue copy back";
    KEEP_CURRENT = "Fortsæt med den nuværende fil", "Go on with the current file";
    RESCUE_KEPT =
        "Du fortsætter med den nuværende fil. Nødkopien bliver liggende, så intet går tabt.",
        "You go on with the current file. The rescue copy stays where it is, so nothing is lost.";

    // A save that failed.
    save_failed(why: &str) =
        "Netværket kunne ikke gemmes: {why}. Intet er tabt endnu: det, du har skrevet, er stadig her i programmet.",
        "The network could not be saved: {why}. Nothing is lost yet: what you have written is still here in the program.";
    RETRY = "Prøv at gemme igen", "Try to save again";
    RESCUE = "Gem en nødkopi af hele netværket et andet sted", "Save a rescue copy of the whole network somewhere else";
    GO_ON = "Fortsæt uden at gemme nu", "Go on without saving now";
    DISCARD = "Fortsæt uden ændringerne, så de går tabt", "Go on without the changes, so they are lost";
    CONFIRM_GO_ON =
        "Dine ændringer er kun her i programmet, indtil det lykkes at gemme dem. Fortsæt alligevel?",
        "Your changes are only here in the program until they can be saved. Go on anyway?";
    CONFIRM_DISCARD =
        "Ændringerne går tabt for altid. Er du sikker?",
        "The changes will be lost for good. Are you sure?";
    rescue_failed(why: &str) =
        "Nødkopien kunne heller ikke gemmes: {why}.",
        "The rescue copy could not be saved either: {why}.";

    // The list of networks.
    NETWORKS = "Dine netværk", "Your networks";
    CHOOSE_NETWORK = "Hvilket netværk vil du åbne?", "Which network do you want to open?";
    network_detail(kind: &str, leader: &str) = "{kind}, {leader}", "{kind}, {leader}";
    open_network_detail(kind: &str, leader: &str) =
        "{kind}, {leader}. Det er åbent nu", "{kind}, {leader}. It is open now";
    CANNOT_BE_READ = "kan ikke læses", "cannot be read";
    ALREADY_OPEN = "Det netværk er allerede åbent.", "That network is already open.";
    opened(name: &str) = "Netværket «{name}» er åbnet.", "The network “{name}” is open.";
}
