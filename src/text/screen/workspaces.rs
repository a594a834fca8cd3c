//! The list of the leader's networks.

messages! {
    TITLE = "Dine netværk", "Your networks";
    EMPTY = "Ingen netværk endnu.", "No networks yet.";
    CURRENT = "(åben)", "(open)";

    ABOUT_1 =
        "Her ser du alle dine netværk. Vælg et for at skifte til det, eller opret et nyt.",
        "Here are all your networks. Pick one to switch to it, or create a new one.";
}

pub const ABOUT: &[crate::text::Msg] = &[ABOUT_1];
