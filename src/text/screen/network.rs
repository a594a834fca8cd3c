//! The network's own details, changed from the dashboard: its name, its type and the leader.

messages! {
    CRUMB = "Netværkets oplysninger", "The network's details";
    INTRO =
        "Her retter du netværkets tema, typen og dit eget navn. Dine møder, tidsforbruget og arbejdsplanen bliver, som de er.",
        "Here you change the network's theme, its type and your own name. Your meetings, the time use and the workload plan stay as they are.";
    SAVE = "Gem", "Save";
    SAVED = "Netværkets oplysninger er gemt", "The network's details are saved";
    plan_keeps_course(course: &str) =
        "Arbejdsplanen beholder forløbet «{course}» og alle dine ændringer af det. Skal den følge den nye type, vælger du et andet forløb i planens første trin.",
        "The workload plan keeps the course “{course}” and all your changes to it. To follow the new type, choose another course in the plan's first step.";
    saved_plan_keeps_course(course: &str) =
        "Gemt. Arbejdsplanen bygger stadig på «{course}» – se den efter, og vælg et andet forløb i planens første trin, hvis den skal følge den nye type.",
        "Saved. The workload plan still follows “{course}” – have a look at it, and choose another course in the plan's first step if it is to follow the new type.";
    ASK_DISCARD =
        "Du har ændret oplysningerne. Vil du lukke uden at gemme ændringerne? (j/n)",
        "You have changed the details. Close without saving the changes? (y/n)";
    KEY_SAVE = "gem", "save";
    KEY_SAVE_HELP =
        "gem oplysningerne og gå tilbage til overblikket (også Ctrl+S)",
        "save the details and go back to the overview (Ctrl+S too)";
    KEY_CLOSE = "luk", "close";
    KEY_CLOSE_HELP =
        "luk uden at gemme; har du ændret noget, bliver du spurgt først",
        "close without saving; if you changed something, you are asked first";

    ABOUT_1 =
        "Her retter du netværkets tema, netværkstypen og dit navn, som de står på overblikket, pjecerne og mødearkene.",
        "Here you change the network's theme, the network type and your name, as they appear on the overview, the pamphlets and the meeting briefs.";
    ABOUT_2 =
        "Skifter du type, beholder arbejdsplanen sit forløb og dine ændringer af det; du kan vælge forløbet for den nye type i planens første trin.",
        "If you change the type, the workload plan keeps its course and your changes to it; you can choose the new type's course in the plan's first step.";
    ABOUT_3 =
        "Lukker du uden at gemme efter at have ændret noget, bliver du spurgt først.",
        "If you close without saving after changing something, you are asked first.";
}

pub const ABOUT: &[crate::text::Msg] = &[ABOUT_1, ABOUT_2, ABOUT_3];
