//! The printing screen: what to write, in which format, where, and opening the file.

messages! {
    TITLE = "Udskriv", "Print";
    KIND = "Hvad", "What";
    FORMAT = "Format", "Format";
    PRIVATE = "Tag private noter med", "Include private notes";
    PATH = "Fil", "File";
    BRIEF = "Mødeark til mødet", "Brief for the meeting";
    PAMPHLET = "Pjece til samtaleparten", "Pamphlet for the counterpart";
    PLAN = "Arbejdsplanen uge for uge", "The week-by-week plan";
    FORMAT_XLSX = "Excel-regneark", "Excel workbook";
    WRITE_AND_OPEN = "skriv og åbn", "write and open";
    HINT_XLSX =
        "Regnearket har et overblik med diagram og en fane med ugerne; har du skrevet brugte timer ned, står de ved siden af de planlagte.",
        "The workbook has a summary with a chart and a sheet of weeks; hours you have written down as used stand beside the planned ones.";
    HINT =
        "Pjecen markeres som forberedt, når den skrives.",
        "Writing the pamphlet marks it as prepared.";
    FORMAT_TEXT = "tekst", "text";
    FORMAT_MD = "Markdown", "Markdown";
    FORMAT_HTML = "HTML til print", "HTML for print";
    written_to(path: &str) = "Skrevet til {path}", "Written to {path}";
    failed(path: &str, why: &str) = "Kunne ikke skrive {path}: {why}", "Could not write {path}: {why}";

    ABOUT_1 =
        "Vælg, hvad der skal skrives, og i hvilket format. Filen lægges i mappen Dokumenter/mandat (eller den mappe, du har valgt med --documents), medmindre du skriver en anden sti.",
        "Choose what to write and in which format. The file goes into the Documents/mandat folder (or the folder you chose with --documents) unless you type another path.";
    ABOUT_2 =
        "HTML-filen kan åbnes i en browser og udskrives på A4. Excel-regnearket er til dem, der planlægger videre i Excel.",
        "The HTML file opens in a browser and prints on A4. The Excel workbook is for those who go on planning in Excel.";
    ABOUT_3 =
        "Med o skrives filen og åbnes i det program, computeren plejer at åbne den slags filer med.",
        "With o the file is written and opened in the program the computer usually opens such files with.";
}

pub const ABOUT: &[crate::text::Msg] = &[ABOUT_1, ABOUT_2, ABOUT_3];

pub fn format_name(lang: crate::text::Lang, f: crate::export::DocFormat) -> &'static str {
    use crate::export::DocFormat;
    match f {
        DocFormat::Text => FORMAT_TEXT,
        DocFormat::Md => FORMAT_MD,
        DocFormat::Html => FORMAT_HTML,
    }
    .get(lang)
}
