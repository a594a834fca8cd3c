//! The words of `mandat --help` and every command's `--help`, including the ones clap would
//! otherwise write in English: the headings, the usage line and the help and version flags.

use super::Lang;

messages! {
    // Clap's own words.
    USAGE = "Brug", "Usage";
    COMMANDS = "Kommandoer", "Commands";
    ARGUMENTS = "Argumenter", "Arguments";
    OPTIONS = "Tilvalg", "Options";
    HELP = "Vis denne hjælp", "Print help";
    VERSION = "Vis programmets version", "Print version";

    // The placeholders for values.
    VALUE_DIR = "MAPPE", "DIR";
    VALUE_FILE = "FIL", "FILE";
    VALUE_NAME = "NAVN", "NAME";
    VALUE_DATE = "DATO", "DATE";
    VALUE_HOURS = "TIMER", "HOURS";
    VALUE_MEETING = "MØDE", "MEETING";
    VALUE_COUNTERPART = "SAMTALEPART", "COUNTERPART";
    VALUE_NUMBER = "NR", "NO";
    VALUE_LANG = "SPROG", "LANG";
    VALUE_WEEK = "UGE", "WEEK";
    VALUE_DAYS = "DAGE", "DAYS";
    VALUE_TEXT = "TEKST", "TEXT";

    // mandat
    ABOUT =
        "Forbered dine tre mandatsamtaler som netværksleder: pjecer, refleksionsspørgsmål, samarbejdsaftaler og en arbejdsplan uge for uge. Uden kommando åbnes programmet i terminalen.",
        "Prepare your three mandate meetings as a network leader: pamphlets, reflection questions, collaboration agreements and a week-by-week workload plan. Without a command the program opens in the terminal.";
    USAGE_MANDAT = "mandat [TILVALG] [KOMMANDO]", "mandat [OPTIONS] [COMMAND]";
    DATA_DIR =
        "Mappe til dine data (standard: systemets datamappe for mandat; også MANDAT_DATA_DIR)",
        "Folder for your data (default: the system's data folder for mandat; also MANDAT_DATA_DIR)";
    CONTENT_DIR =
        "Mappe med organisationens egne tekster og forløb i stedet for programmets (også MANDAT_CONTENT_DIR)",
        "Folder with the organisation's own texts and courses instead of the built-in ones (also MANDAT_CONTENT_DIR)";
    LANG =
        "Sprog: da (dansk, standard) eller en (engelsk); også MANDAT_LANG",
        "Language: da (Danish, the default) or en (English); also MANDAT_LANG";
    WORKSPACE =
        "Netværkets id (se «mandat list»); standard er det senest brugte",
        "The network's id (see “mandat list”); the default is the one used last";
    FILE =
        "Læs et netværk direkte fra en JSON-fil (filen bliver aldrig ændret)",
        "Read a network straight from a JSON file (the file is never changed)";

    // Shared by the commands that write a document.
    OUTPUT =
        "Gem i en fil i stedet for at vise det på skærmen (- er skærmen)",
        "Save to a file instead of showing it on the screen (- is the screen)";
    PRINT =
        "Send tekstudgaven direkte til standardprinteren (med lp)",
        "Send the text version straight to the default printer (with lp)";
    formats(choices: &str, default: &str) =
        "Format: {choices} (standard {default})", "Format: {choices} (default {default})";

    // new
    NEW = "Opret et nyt netværk, og vis dets id",
        "Create a new network and print its id";
    USAGE_NEW = "mandat new --name NAVN --type TYPE [TILVALG]",
        "mandat new --name NAME --type TYPE [OPTIONS]";
    NEW_NAME = "Netværkets navn eller tema", "The network's name or theme";
    NEW_TYPE = "Netværkstype", "Type of network";
    NEW_START = "Planlagt startdato (ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ); standard er i dag",
        "Planned start date (YYYY-MM-DD or DD-MM-YYYY); the default is today";
    NEW_LEADER = "Dit navn som netværksleder", "Your name as network leader";

    // list
    LIST = "Vis dine netværk (id, navn, type, senest ændret)",
        "List your networks (id, name, type, last changed)";
    USAGE_LIST = "mandat list [TILVALG]", "mandat list [OPTIONS]";

    // plan
    PLAN = "Arbejdsplanen uge for uge – for netværket eller direkte fra et forløb",
        "The week-by-week workload plan – for the network or straight from a course";
    USAGE_PLAN = "mandat plan [--course ID --start DATO [--hours TIMER]] [TILVALG]",
        "mandat plan [--course ID --start DATE [--hours HOURS]] [OPTIONS]";
    PLAN_COURSE = "Brug et forløb direkte uden et netværk (forløbets id, fx innovation)",
        "Use a course directly without a network (the course's id, e.g. innovation)";
    PLAN_START = "Startdato for planen fra --course", "Start date of the plan from --course";
    PLAN_HOURS = "Arbejdstid pr. uge for planen fra --course (standard 37 timer)",
        "Working hours a week for the plan from --course (default 37)";

    // summary
    SUMMARY = "Mødearket til et møde, klar til at udskrive og tage med",
        "The brief for a meeting, ready to print and bring along";
    USAGE_SUMMARY = "mandat summary --meeting MØDE [TILVALG]",
        "mandat summary --meeting MEETING [OPTIONS]";
    SUMMARY_MEETING =
        "personaleleder, referenceleder, co-driver (det næste møde med dem), all eller et mødes id",
        "personaleleder, referenceleder, co-driver (the next meeting with them), all or a meeting's id";
    SUMMARY_PRIVATE = "Tag dine private noter med", "Include your private notes";

    // pamphlet
    PAMPHLET = "Den personlige pjece til en samtalepart",
        "The personal pamphlet for a counterpart";
    USAGE_PAMPHLET = "mandat pamphlet --for SAMTALEPART [TILVALG]",
        "mandat pamphlet --for COUNTERPART [OPTIONS]";
    PAMPHLET_FOR = "personaleleder, referenceleder eller co-driver",
        "personaleleder, referenceleder or co-driver";

    // log
    LOG = "Vis dine registrerede netværkstimer mod planen, eller registrer en uge",
        "Show your logged network hours against the plan, or log a week";
    USAGE_LOG = "mandat log [--week UGE (--hours TIMER [--sekretariat DAGE] [--note TEKST] | --clear)] [TILVALG]",
        "mandat log [--week WEEK (--hours HOURS [--sekretariat DAYS] [--note TEXT] | --clear)] [OPTIONS]";
    LOG_WEEK = "Ugen, fx 2027-W12, 12-2027 eller en dato i ugen",
        "The week, e.g. 2027-W12, 12-2027 or a date in the week";
    LOG_HOURS = "Netværkstimer brugt i ugen, i halve timer (fx 9,5); erstatter en tidligere registrering",
        "Network hours used in the week, in half-hour steps (e.g. 9.5); replaces an earlier entry";
    LOG_SECRETARIAT = "Dage i Sekretariatet for Netværksstrukturen i ugen (0–7)",
        "Days at the Secretariat for the Network Structure in the week (0–7)";
    LOG_NOTE = "En kort note til ugen", "A short note for the week";
    LOG_CLEAR = "Slet ugens registrering", "Remove the week's entry";

    // report
    REPORT = "Planen mod det brugte: uge for uge, pr. fase og til dato",
        "The plan against what was used: week by week, by phase and to date";
    USAGE_REPORT = "mandat report [--format FORMAT] [-o FIL] [--until DATO] [TILVALG]",
        "mandat report [--format FORMAT] [-o FILE] [--until DATE] [OPTIONS]";
    REPORT_UNTIL = "Rapporten går til og med ugen med denne dato (standard er i dag)",
        "The report runs up to and including the week of this date (the default is today)";

    // content
    CONTENT = "Programmets tekster og forløb: kontroller dem, eller hent en kopi at tilpasse",
        "The texts and courses: check them, or get a copy to adapt";
    USAGE_CONTENT = "mandat content KOMMANDO [TILVALG]", "mandat content COMMAND [OPTIONS]";
    CHECK = "Kontroller tekster og forløb (en mappe, --content eller de indbyggede)",
        "Check texts and courses (a folder, --content or the built-in ones)";
    USAGE_CHECK = "mandat content check [MAPPE] [TILVALG]",
        "mandat content check [DIR] [OPTIONS]";
    CHECK_DIR = "Mappen med teksterne", "The folder with the texts";
    EXPORT = "Gem programmets tekster og forløb i en mappe, som organisationen kan rette i",
        "Save the built-in texts and courses in a folder the organisation can edit";
    USAGE_EXPORT = "mandat content export MAPPE [TILVALG]",
        "mandat content export DIR [OPTIONS]";
    EXPORT_DIR = "Mappen, teksterne gemmes i", "The folder to save the texts in";

    // paths
    PATHS = "Vis, hvor datamappen og netværkenes filer ligger, og hvor teksterne kommer fra",
        "Show the data folder, the networks' files and where the texts come from";
    USAGE_PATHS = "mandat paths [TILVALG]", "mandat paths [OPTIONS]";

    // restore
    RESTORE = "Vis netværkets sikkerhedskopier og nødkopier, eller gendan en af dem",
        "List the network's backups and rescue copies, or restore one of them";
    USAGE_RESTORE = "mandat restore [NR|latest] [TILVALG]",
        "mandat restore [NO|latest] [OPTIONS]";
    RESTORE_WHICH = "Nummeret fra listen, eller «latest» for den nyeste, der kan læses",
        "The number from the list, or “latest” for the newest one that can be read";
}

/// The help text of a format option: the formats and the default, said in the language.
pub fn format_help(lang: Lang, list: &[&str], default: &str) -> String {
    formats(lang, &super::choices(lang, list), default)
}
