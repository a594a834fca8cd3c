//! The printing screen: what to write, in which format, where, and opening the file.

messages! {
    TITLE = "Gem som fil", "Save as file";
    KIND = "Hvad", "What";
    FORMAT = "Format", "Format";
    PRIVATE = "Tag private noter med", "Include private notes";
    PATH = "Fil", "File";
    BRIEF = "Mødeark til mødet", "Brief for the meeting";
    PAMPHLET = "Pjece til samtaleparten", "Pamphlet for the counterpart";
    PLAN = "Arbejdsplanen uge for uge", "The week-by-week plan";
    WORKSHEET = "Arbejdsark: Find din co-driver", "Worksheet: Find your co-driver";
    FORMAT_XLSX = "Excel-regneark", "Excel workbook";
    WRITE_AND_OPEN = "gem og åbn", "save and open";
    HINT_XLSX =
        "Regnearket har et overblik med diagram og en fane med ugerne. Har du registreret dine timer, står de ved siden af de planlagte.",
        "The workbook has a summary with a chart and a sheet of weeks. If you have logged your hours, they stand beside the planned ones.";
    HINT =
        "Pjecen bliver markeret som forberedt, når den gemmes.",
        "Saving the pamphlet marks it as prepared.";
    FORMAT_TEXT = "tekst", "text";
    FORMAT_MD = "Markdown", "Markdown";
    FORMAT_HTML = "HTML til print", "HTML for print";
    written_to(path: &str) = "Gemt: {path}", "Saved: {path}";
    failed(path: &str, why: &str) = "Kunne ikke gemme {path}: {why}", "Could not save {path}: {why}";

    ABOUT_1 =
        "Vælg, hvad der skal gemmes, og i hvilket format. Filen lægges i mappen Dokumenter/mandat (eller den mappe, der er valgt til dine dokumenter), medmindre du skriver en anden sti.",
        "Choose what to save and in which format. The file goes into the Documents/mandat folder (or the folder chosen for your documents) unless you type another path.";
    ABOUT_2 =
        "HTML-filen kan åbnes i en browser og udskrives på A4. Excel-regnearket er til dem, der planlægger videre i Excel.",
        "The HTML file opens in a browser and prints on A4. The Excel workbook is for those who go on planning in Excel.";
    ABOUT_3 =
        "Med o bliver filen gemt og åbnet i det program, computeren plejer at åbne den slags filer med.",
        "With o the file is saved and opened in the program the computer usually opens such files with.";
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
