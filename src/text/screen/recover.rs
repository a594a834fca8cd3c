//! The recovery screen for a workspace file that cannot be read.

messages! {
    TITLE = "Netværkets fil kan ikke læses", "The network's file cannot be read";
    UNCHANGED =
        "Filen er ikke ændret, og mandat ændrer den heller ikke.",
        "The file has not been changed, and mandat will not change it.";
    KEEPS =
        "Filen, der ikke kan læses, bliver liggende ved siden af under et nyt navn, så intet går tabt.",
        "The file that cannot be read stays beside it under a new name, so nothing is lost.";
    NO_BACKUP =
        "Der er ingen sikkerhedskopi, der kan læses. Tryk n for at oprette et nyt netværk, eller q for at afslutte og rette filen.",
        "There is no backup that can be read. Press n to create a new network, or q to quit and repair the file.";
    offer(date: &str, time: &str) =
        "Den nyeste sikkerhedskopi, der kan læses, er fra {date} kl. {time}. Tryk Enter for at gendanne den.",
        "The newest backup that can be read is from {date} at {time}. Press Enter to restore it.";
    restored(kept: &str) =
        "Sikkerhedskopien er gendannet. Den gamle fil ligger i {kept}",
        "The backup is restored. The old file is kept as {kept}";

    ABOUT_1 =
        "Netværkets fil kan ikke læses – måske blev den ændret uden om mandat, eller disken svigtede. mandat ændrer den ikke.",
        "The network's file cannot be read – perhaps it was changed outside mandat, or the disk failed. mandat does not change it.";
    ABOUT_2 =
        "Du kan gendanne den nyeste sikkerhedskopi, der kan læses; den ulæselige fil gemmes ved siden af under et nyt navn. Eller du kan oprette et nyt netværk i stedet.",
        "You can restore the newest backup that can be read; the unreadable file is kept beside it under a new name. Or you can create a new network instead.";
    ABOUT_3 =
        "Fra kommandolinjen viser «mandat restore» alle sikkerhedskopierne.",
        "On the command line, “mandat restore” lists all the backups.";
}

pub const ABOUT: &[crate::text::Msg] = &[ABOUT_1, ABOUT_2, ABOUT_3];
