//! Documents for people: briefs, pamphlets and plans in text, Markdown, HTML, CSV, JSON and ICS.
//! The command line and the TUI both call these functions, so a file looks the same wherever it
//! was made.

pub mod brief;
pub mod doc;
pub mod html;
pub mod ics;
pub mod markdown;
pub mod pamphlet;
pub mod plan;
pub mod strings;
pub mod text;

use thiserror::Error;

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

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ExportError {
    #[error("mødet «{0}» findes ikke i arbejdsområdet")]
    NoSuchMeeting(String),
    #[error("indholdet har ingen pjece til {0}")]
    NoPamphlet(String),
}

impl ExportError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (_, Lang::Da) => self.to_string(),
            (ExportError::NoSuchMeeting(id), Lang::En) => {
                format!("the workspace has no meeting «{id}»")
            }
            (ExportError::NoPamphlet(c), Lang::En) => {
                format!("the content has no pamphlet for {c}")
            }
        }
    }
}
