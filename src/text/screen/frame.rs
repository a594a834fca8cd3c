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
    HELP_CLOSE = "Esc eller ? lukker hjælpen", "Esc or ? closes the help";
    HELP_MORE_BELOW = "mere ↓", "more ↓";
    HELP_MORE_ABOVE = "↑ mere", "↑ more";
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
    UNSAVED_TITLE = "Dine seneste ændringer er ikke gemt", "Your latest changes are not saved";
    UNSAVED_INTRO =
        "mandat kan ikke gemme netværket lige nu. Intet er tabt endnu: det, du har skrevet, er stadig her i programmet.",
        "mandat cannot save the network right now. Nothing is lost yet: what you have written is still here in the program.";
    UNSAVED_CHOOSE = "Hvad vil du gøre?", "What would you like to do?";
    UNSAVED_RETRY = "prøv at gemme igen (fx når der er plads på disken igen)", "try to save again (e.g. once the disk has room again)";
    UNSAVED_RESCUE = "gem en nødkopi af hele netværket et andet sted", "save a rescue copy of the whole network somewhere else";
    UNSAVED_DISCARD = "fortsæt uden ændringerne (de går tabt)", "go on without the changes (they will be lost)";
    UNSAVED_CONFIRM =
        "Tryk x igen for at kassere ændringerne for altid, eller Esc for at fortryde.",
        "Press x again to throw the changes away for good, or Esc to cancel.";
    rescued_to(path: &str) =
        "Ændringerne er gemt i en nødkopi: {path}",
        "The changes are saved in a rescue copy: {path}";
    rescue_failed(why: &str) =
        "kunne heller ikke gemme en nødkopi: {why}",
        "could not save a rescue copy either: {why}";
    exit_rescued(why: &str, path: &str) =
        "kunne ikke gemme ({why}); alt, du har skrevet, er gemt i nødkopien {path} — start mandat igen for at hente det ind",
        "could not save ({why}); everything you wrote is in the rescue copy {path} — start mandat again to bring it back";
    exit_rescued_by_choice(path: &str) =
        "Dine ændringer ligger i nødkopien {path}. Start mandat igen for at hente dem ind.",
        "Your changes are in the rescue copy {path}. Start mandat again to bring them back.";
    exit_lost(why: &str) =
        "dine seneste ændringer kunne hverken gemmes i netværket eller i en nødkopi: {why}",
        "your latest changes could be saved neither in the network nor in a rescue copy: {why}";
    ALWAYS_SAVED =
        "Alt gemmes automatisk, mens du arbejder, og igen, når du afslutter.",
        "Everything is saved automatically as you work, and again when you quit.";
    TEXT_FIELDS =
        "I tekstfelter er bogstaverne tekst; bogstavtasterne virker, når du ikke skriver.",
        "In text fields letters are text; the letter keys work when you are not typing.";
}

/// What the help says on every screen, after the screen's own sentences.
pub const ALWAYS: &[Msg] = &[ALWAYS_SAVED, TEXT_FIELDS];
