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

/// Removes what must never reach a terminal, a printer or a file: control characters and escape
/// sequences. Newlines survive; tabs become spaces; carriage returns are dropped.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push_str("    "),
            '\u{1b}' => skip_escape(&mut chars),
            c if c.is_control() => {}
            // Bidirectional overrides can make text read differently than it is.
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {}
            c => out.push(c),
        }
    }
    out
}

fn skip_escape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.peek() {
        // CSI: ESC [ params final-byte(0x40..=0x7e)
        Some('[') => {
            chars.next();
            for c in chars.by_ref() {
                if ('\u{40}'..='\u{7e}').contains(&c) {
                    break;
                }
            }
        }
        // OSC: ESC ] ... BEL or ESC \
        Some(']') => {
            chars.next();
            while let Some(c) = chars.next() {
                if c == '\u{7}' {
                    break;
                }
                if c == '\u{1b}' {
                    if chars.peek() == Some(&'\\') {
                        chars.next();
                    }
                    break;
                }
            }
        }
        Some(_) => {
            chars.next();
        }
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_escape_sequences_are_removed_but_danish_and_emoji_stay() {
        assert_eq!(clean("rød\u{1b}[31mgrøn\u{1b}[0m"), "rødgrøn");
        assert_eq!(clean("a\u{1b}]0;title\u{7}b"), "ab");
        assert_eq!(clean("linje 1\r\nlinje 2\u{0}"), "linje 1\nlinje 2");
        assert_eq!(clean("æøå ÆØÅ 👍"), "æøå ÆØÅ 👍");
        assert_eq!(clean("a\tb"), "a    b");
        assert_eq!(clean("x\u{202e}y"), "xy");
    }
}
