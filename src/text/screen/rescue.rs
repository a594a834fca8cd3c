//! The screen a start opens when a rescue copy holds changes the workspace file does not.

messages! {
    TITLE = "Der er en nødkopi med nyere ændringer", "There is a rescue copy with newer changes";
    EXPLAIN =
        "Sidst mandat blev lukket, kunne netværket ikke gemmes, så det, du havde skrevet, blev gemt i en nødkopi.",
        "When mandat was last closed, the network could not be saved, so what you had written went into a rescue copy.";
    where_when(path: &str, when: &str) = "Nødkopien: {path} (fra {when})", "The rescue copy: {path} (from {when})";
    OFFER =
        "Tryk Enter for at hente den ind. Den nuværende fil gemmes ved siden af, og nødkopien bliver liggende, så intet går tabt.",
        "Press Enter to bring it back. The current file is kept beside it, and the rescue copy stays where it is, so nothing is lost.";
    KEEP =
        "Tryk n for at fortsætte med den nuværende fil. Nødkopien bliver liggende, så intet går tabt.",
        "Press n to go on with the current file. The rescue copy stays where it is, so nothing is lost.";
    used(kept: &str) =
        "Nødkopien er hentet ind. Den tidligere fil ligger i {kept}",
        "The rescue copy is back. The earlier file is kept as {kept}";

    ABOUT_1 =
        "Når et netværk ikke kan gemmes, og mandat skal lukke, bliver det hele gemt i en nødkopi. Her kan du hente den ind.",
        "When a network cannot be saved and mandat has to close, all of it is written to a rescue copy. Here you can bring it back.";
}

pub const ABOUT: &[crate::text::Msg] = &[ABOUT_1];
