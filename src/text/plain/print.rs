//! Saving a document as a file in plain mode.

messages! {
    TITLE = "Gem som fil", "Save as a file";
    WHICH_DOCUMENT = "Hvilket dokument vil du gemme som fil?", "Which document do you want to save as a file?";
    BRIEF = "Mødearket til mødet", "The brief for the meeting";
    PAMPHLET = "Pjecen til samtaleparten", "The pamphlet for the counterpart";
    worksheet(title: &str) = "Arbejdsarket {title}", "The worksheet {title}";
    PLAN = "Arbejdsplanen", "The workload plan";
    WHICH_MEETING = "Til hvilket møde?", "For which meeting?";
    WHICH_FORMAT = "I hvilket format?", "In which format?";
    INCLUDE_PRIVATE =
        "Skal dine private noter med på mødearket?",
        "Should your private notes be on the brief?";
    ask_path(name: &str) =
        "Hvor skal filen gemmes? Tryk Enter for at gemme den som {name} i din mappe til dokumenter, eller skriv en anden sti:",
        "Where should the file go? Press Enter to save it as {name} in your documents folder, or type another path:";
    saved_as(path: &str) = "Gemt som fil: {path}", "Saved as a file: {path}";
    WRITTEN = "Dokumentet er gemt.", "The document is saved.";
    failed(path: &str, why: &str) =
        "{path} kunne ikke gemmes: {why}. Prøv en anden sti, eller skriv 0 for at gå tilbage.",
        "{path} could not be saved: {why}. Try another path, or type 0 to go back.";
    OPEN_IT =
        "Vil du åbne filen i det program, computeren plejer at bruge til den?",
        "Open the file in the program the computer usually uses for it?";
    OPENED = "Filen er åbnet.", "The file is open.";
    PAMPHLET_PREPARED =
        "Pjecen er markeret som forberedt i dag.",
        "The pamphlet is marked as prepared today.";
    STEM_BRIEF = "moedeark", "brief";
    STEM_PAMPHLET = "pjece", "pamphlet";
    STEM_WORKSHEET = "co-driver", "co-driver";
    STEM_PLAN = "arbejdsplan", "plan";
}
