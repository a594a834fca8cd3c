//! Documents for people: briefs, pamphlets and plans in text, Markdown, HTML, CSV, JSON and ICS.
//! The command line and the TUI both call these functions, so a file looks the same wherever it
//! was made.

pub mod brief;
pub mod codriver;
pub mod doc;
pub mod html;
pub mod ics;
pub mod markdown;
pub mod pamphlet;
pub mod plan;
pub mod report;
pub mod text;
pub mod xlsx;

use crate::vocab::Lang;

/// The formats of a printable document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DocFormat {
    /// Plain text, at most 80 columns.
    #[default]
    Text,
    /// Markdown.
    Md,
    /// Self-contained HTML for A4 print.
    Html,
}

impl DocFormat {
    pub const ALL: [DocFormat; 3] = [DocFormat::Text, DocFormat::Md, DocFormat::Html];

    /// The file extension for a saved document.
    pub fn extension(self) -> &'static str {
        match self {
            DocFormat::Text => "txt",
            DocFormat::Md => "md",
            DocFormat::Html => "html",
        }
    }
}

/// Renders a document in a format.
pub fn render(doc: &doc::Doc, format: DocFormat) -> String {
    match format {
        DocFormat::Text => text::render(doc),
        DocFormat::Md => markdown::render(doc),
        DocFormat::Html => html::render(doc),
    }
}

/// Renders several documents as one: text and Markdown one after the other, HTML as one page
/// per document when printed.
pub fn render_many(docs: &[doc::Doc], format: DocFormat) -> String {
    match (format, docs) {
        (_, [one]) => render(one, format),
        (DocFormat::Html, _) => html::render_many(docs),
        (DocFormat::Text, _) => docs
            .iter()
            .map(text::render)
            .collect::<Vec<_>>()
            .join(&format!("\n{}\n\n", "=".repeat(text::WIDTH))),
        (DocFormat::Md, _) => docs
            .iter()
            .map(markdown::render)
            .collect::<Vec<_>>()
            .join("\n---\n\n"),
    }
}

/// Why a brief or pamphlet could not be made. Plain data: the words are
/// [`crate::text::doc::export_error`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    /// The workspace has no meeting with this id.
    NoSuchMeeting(String),
    /// The content has no pamphlet for this counterpart (its id).
    NoPamphlet(String),
}

impl ExportError {
    /// The error in the reader's language, from the catalogue.
    pub fn message(&self, lang: Lang) -> String {
        crate::text::doc::export_error(lang, self)
    }
}
