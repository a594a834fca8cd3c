//! A small document model shared by every printable output. The brief and the pamphlet are
//! built once as a [`Doc`]; `text`, `markdown` and `html` only decide how it looks.

/// One block of a printable document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A section heading.
    Heading(String),
    /// A heading inside a section.
    Subheading(String),
    Para(String),
    /// Small print, e.g. "figures are examples".
    Note(String),
    /// Aligned label–value pairs.
    Facts(Vec<(String, String)>),
    Bullets(Vec<String>),
    /// A question with the leader's answer. `answer` is `None` when there is nothing written.
    Answer {
        question: String,
        answer: Option<String>,
        status: String,
    },
    /// A labelled field with what is proposed and room to write by hand.
    Field {
        label: String,
        hint: String,
        proposal: Option<String>,
        agreed: Option<String>,
        /// Ruled lines to leave for handwriting when nothing is agreed yet.
        ruled_lines: usize,
        proposal_label: String,
        agreed_label: String,
    },
    /// Ruled lines for handwriting, with a label ("Opfølgningsdato: ______").
    WriteIn {
        label: String,
        lines: usize,
    },
    Table {
        headers: Vec<String>,
        rows: Vec<Vec<String>>,
        /// Columns whose figures align right.
        numeric: Vec<usize>,
    },
}

/// A printable document: a title, an optional subtitle and blocks.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Doc {
    pub title: String,
    pub subtitle: Option<String>,
    /// The document's language code for HTML (`da`/`en`).
    pub lang: &'static str,
    pub blocks: Vec<Block>,
}

impl Doc {
    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }
}

/// The one sanitiser, re-exported because the command line still reaches it here; new code
/// imports [`crate::text::format::clean`].
pub use crate::text::format::clean;
