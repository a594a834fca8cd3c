//! Where documents go and how they are opened: the Documents folder, `--open`, the print
//! screen's open key, and the workbook that a terminal cannot show.

messages! {
    // Opening a written file in the system's default program.
    no_default_program(path: &str) =
        "filen er gemt i {path}, men her er intet program, der kan åbne den — åbn den selv, eller flyt den til en computer med skrivebord",
        "the file is saved in {path}, but there is no program here that can open it — open it yourself, or move it to a computer with a desktop";
    could_not_open(path: &str, why: &str) =
        "filen er gemt i {path}, men kunne ikke åbnes: {why}",
        "the file is saved in {path}, but could not be opened: {why}";
    opening(path: &str) = "Åbner {path}", "Opening {path}";
    OPEN_NEEDS_FILE =
        "--open åbner en fil; brug det med -o FIL eller uden -o (så lægges filen i mappen Dokumenter/mandat), ikke med -o -",
        "--open opens a file; use it with -o FILE or without -o (then the file goes into the Documents/mandat folder), not with -o -";

    // A workbook is binary.
    XLSX_NOT_TO_TERMINAL =
        "et regneark kan ikke vises i terminalen; gem det i en fil med «-o plan.xlsx», eller åbn det med --open",
        "a workbook cannot be shown in the terminal; save it to a file with “-o plan.xlsx”, or open it with --open";

    // --help.
    HELP_OPEN =
        "Åbn filen i systemets standardprogram, når den er gemt (uden -o lægges den i mappen Dokumenter/mandat)",
        "Open the file in the system's default program once it is written (without -o it goes into the Documents/mandat folder)";
    HELP_DOCUMENTS =
        "Mappe til dokumenter, der gemmes fra programmet eller med --open (standard: Dokumenter/mandat; også MANDAT_DOCUMENTS_DIR)",
        "Folder for documents written from the program or with --open (default: Documents/mandat; also MANDAT_DOCUMENTS_DIR)";
}
