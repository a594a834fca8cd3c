//! The command line's own words: what each command prints, the one `mandat: …` line it gives on
//! failure, and the usage errors. The words of `--help` are in [`help`].
//!
//! Before the content is loaded (usage errors) a counterpart is named by its command-line id
//! (`personaleleder`, `referenceleder`, `co-driver`); afterwards by the content's role name.

pub mod help;

use super::Lang;

messages! {
    // Reading the content.
    content_dir_broken(dir: &str, errors: &str, first: &str) =
        "teksterne i {dir} har {errors}, fx {first} — kør «mandat content check {dir}» for at se dem alle",
        "the texts in {dir} have {errors}, e.g. {first} — run “mandat content check {dir}” to see them all";
    built_in_content_broken(errors: &str, first: &str) =
        "programmets indbyggede tekster har {errors}, fx {first} — kør «mandat content check» for at se dem alle",
        "the built-in texts have {errors}, e.g. {first} — run “mandat content check” to see them all";
    ONE_ERROR = "1 fejl", "1 error";
    n_errors(n: usize) = "{n} fejl", "{n} errors";

    // Choosing the network.
    NO_WORKSPACE_YET =
        "der er intet netværk endnu — opret et med «mandat new --name NAVN --type velfærd», eller start «mandat»",
        "there is no network yet — create one with “mandat new --name NAME --type velfaerd”, or start “mandat”";
    several_workspaces(n: usize) =
        "der er {n} netværk; vælg et med --workspace ID (se «mandat list»)",
        "there are {n} networks; choose one with --workspace ID (see “mandat list”)";

    // Writing and printing documents.
    PRINT_NEEDS_TEXT =
        "--print udskriver tekstudgaven; udelad --format, eller gem som HTML med -o, og udskriv fra browseren",
        "--print prints the text version; leave out --format, or save HTML with -o and print it from the browser";
    NO_PRINTER =
        "der er ingen printerkommando (lp) på denne computer — gem mødearket med «-o moedeark.html --format html», og udskriv det fra browseren",
        "there is no print command (lp) on this computer — save the brief with “-o brief.html --format html” and print it from the browser";
    printer_failed(error: &str) =
        "printerkommandoen lp mislykkedes: {error}",
        "the print command lp failed: {error}";
    printer_refused(why: &str) =
        "printeren tog ikke imod udskriften: {why} — se printerens tilstand med «lpstat -p -d»",
        "the printer refused the job: {why} — check the printer with “lpstat -p -d”";
    sent_to_printer(job: &str) = "Sendt til printeren: {job}", "Sent to the printer: {job}";
    cannot_write(path: &str, error: &str) =
        "kan ikke gemme {path}: {error}", "cannot save {path}: {error}";
    wrote(path: &str) = "Gemt: {path}", "Saved: {path}";

    // The terminal program.
    FILE_NEEDS_COMMAND =
        "--file bruges sammen med en kommando (fx «mandat --file x.json summary --meeting all»); programmet i terminalen arbejder i datamappen",
        "--file goes with a command (e.g. “mandat --file x.json summary --meeting all”); the terminal program works in the data folder";

    // new
    EMPTY_NAME =
        "--name må ikke være tomt; skriv netværkets navn eller tema",
        "--name must not be empty; give the network's name or theme";
    no_course_for(network: &str) =
        "programmets tekster har intet forløb for {network}; tilføj et i courses.json",
        "the texts have no course for {network}s; add one to courses.json";

    // list
    NO_WORKSPACES =
        "Ingen netværk endnu. Start «mandat», eller opret et med «mandat new --name NAVN --type velfærd».",
        "No networks yet. Start “mandat”, or create one with “mandat new --name NAME --type velfaerd”.";
    unreadable_entry(error: &str) = "(kan ikke læses: {error})", "(cannot be read: {error})";
    COLUMN_ID = "ID", "ID";
    COLUMN_NAME = "NAVN", "NAME";
    COLUMN_TYPE = "TYPE", "TYPE";
    COLUMN_CHANGED = "SENEST ÆNDRET", "LAST CHANGED";

    // plan
    no_such_course(course: &str, known: &str) =
        "forløbet «{course}» findes ikke; vælg et af: {known}",
        "there is no course “{course}”; choose one of: {known}";

    // summary and pamphlet
    no_matching_meeting(workspace: &str, known: &str) =
        "netværket «{workspace}» har intet møde, der passer; møderne er: {known}",
        "the network “{workspace}” has no matching meeting; its meetings are: {known}";
    no_meeting_with(workspace: &str, role: &str) =
        "netværket «{workspace}» har intet møde med din {role}",
        "the network “{workspace}” has no meeting with your {role}";

    // content check and export
    BUILT_IN_CONTENT = "Programmets indbyggede tekster", "The built-in texts";
    content_in(dir: &str) = "Teksterne i {dir}", "The texts in {dir}";
    content_valid(what: &str, counts: &str) = "{what} er i orden: {counts}.", "{what} are valid: {counts}.";
    content_counts(roles: usize, pamphlets: usize, questions: usize, profiles: usize, agreements: usize, courses: usize) =
        "{roles} roller, {pamphlets} pjecer, {questions} refleksionsspørgsmål, {profiles} co-driver-profiler, {agreements} aftaleskabeloner og {courses} forløb",
        "{roles} roles, {pamphlets} pamphlets, {questions} reflection questions, {profiles} co-driver profiles, {agreements} agreement templates and {courses} courses";
    content_has_errors(errors: &str) =
        "teksterne har {errors} (se ovenfor); ret dem, og kør kontrollen igen",
        "the texts have {errors} (listed above); correct them and run the check again";
    cannot_write_content(dir: &str, error: &str) =
        "kan ikke gemme teksterne i {dir}: {error}",
        "cannot save the texts in {dir}: {error}";
    content_written(dir: &str) =
        "Teksterne er gemt i {dir}. Ret tekster og tal, kontroller dem med «mandat content check {dir}», og brug dem med --content {dir} eller MANDAT_CONTENT_DIR={dir}.",
        "The texts are saved in {dir}. Edit the texts and figures, check with “mandat content check {dir}”, and use them with --content {dir} or MANDAT_CONTENT_DIR={dir}.";

    // paths
    PATHS_DATA = "Datamappe:", "Data folder:";
    PATHS_WORKSPACES = "Netværk:", "Networks:";
    PATHS_BACKUPS = "Sikkerhedskopier:", "Backups:";
    PATHS_CONTENT = "Tekster og forløb:", "Texts and courses:";
    CONTENT_BUILT_IN = "indbygget i programmet", "built into the program";

    // restore
    RESTORE_NOT_WITH_FILE =
        "restore virker på netværk i datamappen, ikke med --file",
        "restore works on networks in the data folder, not with --file";
    ONE_ANSWER = "1 svar", "1 answer";
    n_answers(n: usize) = "{n} svar", "{n} answers";
    CANNOT_BE_READ = "kan ikke læses", "cannot be read";
    RESTORE_HOW =
        "Gendan med «mandat restore NR» eller «mandat restore latest». Den nuværende fil bliver gemt ved siden af.",
        "Restore with “mandat restore NO” or “mandat restore latest”. The current file is kept beside it.";
    NO_READABLE_BACKUP =
        "ingen af sikkerhedskopierne kan læses", "none of the backups can be read";
    not_a_backup_choice(which: &str) =
        "«{which}» er hverken et nummer fra listen eller «latest»",
        "“{which}” is neither a number from the list nor “latest”";
    no_backup_number(n: usize) =
        "der er ingen sikkerhedskopi nr. {n}; se listen med «mandat restore»",
        "there is no backup no. {n}; see the list with “mandat restore”";
    no_copies(workspace: &str) =
        "der er hverken sikkerhedskopier eller nødkopier af «{workspace}» endnu",
        "there are neither backups nor rescue copies of “{workspace}” yet";
    copies_of(workspace: &str) =
        "Sikkerhedskopier og nødkopier af «{workspace}», nyeste først:",
        "Backups and rescue copies of “{workspace}”, newest first:";
    rescue_entry(when: &str, state: &str, path: &str) =
        "{when}  nødkopi, {state}: {path}",
        "{when}  rescue copy, {state}: {path}";
    restored_rescue(workspace: &str, when: &str) =
        "«{workspace}» er hentet tilbage fra nødkopien fra {when}.",
        "“{workspace}” is brought back from the rescue copy of {when}.";
    restored(workspace: &str, when: &str) =
        "«{workspace}» er gendannet fra sikkerhedskopien fra {when}.",
        "“{workspace}” is restored from the backup of {when}.";
    kept_as(path: &str) =
        "Den fil, der var der før, ligger nu i {path}",
        "The file that was there before is now kept as {path}";

    // Values on the command line.
    not_a_date(value: &str) =
        "«{value}» er ikke en gyldig dato (skriv fx 2027-01-04 eller 04-01-2027)",
        "“{value}” is not a valid date (write e.g. 2027-01-04 or 04-01-2027)";
    not_a_number(value: &str) = "«{value}» er ikke et tal", "“{value}” is not a number";
    hours_out_of_range(value: &str, max: &str) =
        "{value} timer er ikke muligt; skriv et tal over 0 og højst {max}",
        "{value} hours is not possible; write a number above 0 and at most {max}";
    unknown_lang(value: &str) =
        "«{value}» er ikke et sprog, mandat taler; brug da (dansk) eller en (engelsk)",
        "“{value}” is not a language mandat speaks; use da (Danish) or en (English)";
    unknown_format(value: &str, choices: &str) =
        "formatet «{value}» findes ikke her; brug {choices}",
        "there is no format “{value}” here; use {choices}";
    unknown_network_type(value: &str) =
        "ukendt netværkstype «{value}» (brug velfærd, innovation eller læring)",
        "unknown network type “{value}” (use velfaerd, innovation or laering)";
    unknown_counterpart(value: &str) =
        "ukendt samtalepart «{value}» (brug personaleleder, referenceleder eller co-driver)",
        "unknown counterpart “{value}” (use personaleleder, referenceleder or co-driver)";
    NO_MEETING_GIVEN =
        "skriv personaleleder, referenceleder, co-driver, all eller et mødes id",
        "write personaleleder, referenceleder, co-driver, all or a meeting's id";
    or_list(first: &str, last: &str) = "{first} eller {last}", "{first} or {last}";

    // Usage errors: one line each.
    bad_value(arg: &str, reason: &str) = "{arg}: {reason}", "{arg}: {reason}";
    not_one_of(value: &str, arg: &str, valid: &str) =
        "«{value}» kan ikke bruges til {arg}; brug en af: {valid}",
        "“{value}” is not valid for {arg}; use one of: {valid}";
    unknown_option(arg: &str) =
        "ukendt tilvalg «{arg}» — se «mandat --help»",
        "unknown option “{arg}” — see “mandat --help”";
    unknown_option_did_you_mean(arg: &str, suggestion: &str) =
        "ukendt tilvalg «{arg}»; mente du «{suggestion}»? — se «mandat --help»",
        "unknown option “{arg}”; did you mean “{suggestion}”? — see “mandat --help”";
    unexpected(arg: &str) =
        "«{arg}» hører ikke til her — se «mandat --help»",
        "“{arg}” does not belong here — see “mandat --help”";
    unknown_command(command: &str) =
        "ukendt kommando «{command}» — se «mandat --help»",
        "unknown command “{command}” — see “mandat --help”";
    unknown_command_did_you_mean(command: &str, suggestion: &str) =
        "ukendt kommando «{command}»; mente du «{suggestion}»? — se «mandat --help»",
        "unknown command “{command}”; did you mean “{suggestion}”? — see “mandat --help”";
    missing(arg: &str) =
        "mangler {arg} — se «mandat --help»",
        "{arg} is missing — see “mandat --help”";
    missing_command(command: &str, valid: &str) =
        "«{command}» skal følges af en af: {valid} — se «{command} --help»",
        "“{command}” needs one of: {valid} — see “{command} --help”";
    conflict(arg: &str, other: &str) =
        "{arg} kan ikke bruges sammen med {other}",
        "{arg} cannot be used with {other}";
    only_once(arg: &str) = "{arg} kan kun gives én gang", "{arg} can be given only once";
    needs_value(arg: &str) =
        "{arg} skal have en værdi — se «mandat --help»",
        "{arg} needs a value — see “mandat --help”";
    NOT_UTF8 =
        "kommandolinjen har tegn, der ikke er gyldig UTF-8",
        "the command line has characters that are not valid UTF-8";
    NOT_UNDERSTOOD =
        "kommandolinjen kan ikke forstås — se «mandat --help»",
        "the command line cannot be understood — see “mandat --help”";
}

/// "1 fejl", "3 fejl" / "1 error", "3 errors".
pub fn errors(lang: Lang, n: usize) -> String {
    if n == 1 {
        ONE_ERROR.get(lang).to_string()
    } else {
        n_errors(lang, n)
    }
}

/// "1 svar", "4 svar" / "1 answer", "4 answers".
pub fn answers(lang: Lang, n: usize) -> String {
    if n == 1 {
        ONE_ANSWER.get(lang).to_string()
    } else {
        n_answers(lang, n)
    }
}

/// "text, md eller html" / "text, md or html".
pub fn choices(lang: Lang, words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => or_list(lang, &rest.join(", "), last),
    }
}
