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
    /// Planned against used hours, week by week: a bar chart.
    Chart(Chart),
}

/// A chart of planned and used hours per week. Every word and figure in it is written by the
/// caller in the reader's language; the renderers only draw: an inline SVG in HTML (patterns
/// and labels, never colour alone), a bar per week with the figures in text and Markdown.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// What the chart shows, in one sentence: the SVG's title and label for a screen reader.
    pub title: String,
    /// The heading over the weeks, where a table names them ("Uge").
    pub week_heading: String,
    /// The legend's words for the two bars.
    pub planned_label: String,
    pub used_label: String,
    /// The legend's words for a week without an entry.
    pub missing_label: String,
    /// A line at the agreed ceiling, with its legend text ("loft 15 timer").
    pub ceiling: Option<(f64, String)>,
    pub weeks: Vec<ChartWeek>,
    /// Whether HTML writes the figures under the drawing as a compact table (text and
    /// Markdown always write them beside the bars). Off when the document has a week table of
    /// its own.
    pub with_figures: bool,
    /// The row labels of that table: planned, used.
    pub figure_rows: [String; 2],
}

/// One week of a [`Chart`].
#[derive(Debug, Clone, PartialEq)]
pub struct ChartWeek {
    /// The week as the reader names it ("uge 14").
    pub label: String,
    /// A shorter label for under a narrow bar ("14").
    pub short_label: String,
    pub planned: f64,
    /// `None` for a week without an entry: drawn as no bar, not as a zero.
    pub used: Option<f64>,
    /// The figures as written out ("12,5"; "–" or "ikke registreret" when unknown).
    pub planned_text: String,
    pub used_text: String,
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

impl Chart {
    /// The largest figure the chart must hold (bars and ceiling); at least 1.
    pub fn top(&self) -> f64 {
        self.weeks
            .iter()
            .flat_map(|w| [w.planned, w.used.unwrap_or(0.0)])
            .chain(self.ceiling.iter().map(|(c, _)| *c))
            .filter(|v| v.is_finite())
            .fold(1.0, f64::max)
    }

    /// Whether some week has no entry.
    pub fn has_missing(&self) -> bool {
        self.weeks.iter().any(|w| w.used.is_none())
    }
}

/// How many of `cells` a bar of `value` fills on a scale up to `top`; a bar above zero always
/// shows at least one cell, so a small figure is not read as none.
pub fn bar_cells(value: f64, top: f64, cells: usize) -> usize {
    if !value.is_finite() || value <= 0.0 || top <= 0.0 {
        return 0;
    }
    (((value / top) * cells as f64).round() as usize).clamp(1, cells)
}
