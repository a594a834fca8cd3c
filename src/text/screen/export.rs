//! The printing screen: what to write, in which format, where.

messages! {
    TITLE = "Udskriv", "Print";
    KIND = "Hvad", "What";
    FORMAT = "Format", "Format";
    PRIVATE = "Tag private noter med", "Include private notes";
    PATH = "Fil", "File";
    BRIEF = "Brief til mødet", "Brief for the meeting";
    PAMPHLET = "Pjece til samtaleparten", "Pamphlet for the counterpart";
    HINT =
        "Pjecen markeres som forberedt, når den skrives.",
        "Writing the pamphlet marks it as prepared.";
    FORMAT_TEXT = "tekst", "text";
    FORMAT_MD = "Markdown", "Markdown";
    FORMAT_HTML = "HTML til print", "HTML for print";
    written_to(path: &str) = "Skrevet til {path}", "Written to {path}";
    failed(path: &str, why: &str) = "Kunne ikke skrive {path}: {why}", "Could not write {path}: {why}";

    ABOUT_1 =
        "Vælg hvad der skal skrives og i hvilket format. Filen lægges i mappen exports i dine data, medmindre du skriver en anden sti.",
        "Choose what to write and in which format. The file goes into the exports folder of your data unless you type another path.";
    ABOUT_2 =
        "HTML-filen kan åbnes i en browser og udskrives på A4.",
        "The HTML file opens in a browser and prints on A4.";
}

pub const ABOUT: &[crate::text::Msg] = &[ABOUT_1, ABOUT_2];

pub fn format_name(lang: crate::text::Lang, f: crate::export::DocFormat) -> &'static str {
    use crate::export::DocFormat;
    match f {
        DocFormat::Text => FORMAT_TEXT,
        DocFormat::Md => FORMAT_MD,
        DocFormat::Html => FORMAT_HTML,
    }
    .get(lang)
}
