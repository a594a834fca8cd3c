//! The frame around every screen: the window-too-small notice, the help box, and the messages
//! on the status line that any screen can show.

use crate::text::Msg;

messages! {
    APP_NAME = "mandat", "mandat";
    TOO_SMALL =
        "Vinduet er for lille — gør det mindst 40×12",
        "The window is too small — make it at least 40×12";
    HELP_TITLE = "Hjælp", "Help";
    HELP_KEYS = "Taster", "Keys";
    HELP_EVERYWHERE = "Overalt", "Everywhere";
    HELP_CLOSE = "Esc eller ? lukker hjælpen", "Esc or ? closes the help";
    MEETING_ADDED = "Et nyt møde er oprettet", "A new meeting was added";
    step_n_of(n: usize, of: usize) = "trin {n} af {of}", "step {n} of {of}";
    save_failed(why: &str) =
        "Kunne ikke gemme: {why} — prøver igen",
        "Could not save: {why} — trying again";
    terminal_failed(why: &str) =
        "terminalen svarer ikke ({why}); dit arbejde er gemt",
        "the terminal stopped responding ({why}); your work is saved";
    INTERNAL_ERROR =
        "mandat stoppede på grund af en intern fejl; dit arbejde er gemt",
        "mandat stopped on an internal error; your work is saved";
    ALWAYS_SAVED =
        "Alt gemmes automatisk, mens du arbejder, og igen når du afslutter.",
        "Everything is saved automatically as you work, and again when you quit.";
    TEXT_FIELDS =
        "I tekstfelter er bogstaverne tekst; bogstavtasterne virker, når du ikke skriver.",
        "In text fields letters are text; the letter keys work when you are not typing.";
}

/// What the help says on every screen, after the screen's own sentences.
pub const ALWAYS: &[Msg] = &[ALWAYS_SAVED, TEXT_FIELDS];
