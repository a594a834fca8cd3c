//! Markdown: for mailing to oneself, pasting into a wiki, or reading on screen.

use super::doc::{Block, Chart, Doc, bar_cells};
use crate::text::format::clean;

pub fn render(doc: &Doc) -> String {
    let mut out = String::new();
    out.push_str(&format!("# {}\n", inline(&doc.title)));
    if let Some(sub) = &doc.subtitle {
        out.push_str(&format!("\n*{}*\n", inline(sub)));
    }
    for block in &doc.blocks {
        out.push('\n');
        render_block(block, &mut out);
    }
    out
}

/// Escapes text so Markdown shows it as written: inline markup everywhere, block markup at the
/// start of lines. Line breaks inside a paragraph become hard breaks.
pub fn escape(text: &str) -> String {
    let text = clean(text);
    let lines: Vec<String> = text.split('\n').map(escape_line).collect();
    lines.join("  \n")
}

fn inline(text: &str) -> String {
    escape(&clean(text).replace('\n', " "))
}

fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let trimmed = line.trim_start();
    let lead = &line[..line.len() - trimmed.len()];
    // Leading spaces would turn the line into a code block.
    out.push_str(&"&nbsp;".repeat(lead.chars().count().min(8)));
    let mut chars = trimmed.chars().peekable();
    // Block markers only matter at the start of a line.
    if let Some(&c) = chars.peek()
        && matches!(c, '#' | '>' | '+' | '-' | '=' | '|')
    {
        out.push('\\');
    }
    let digits: String = trimmed.chars().take_while(|c| c.is_ascii_digit()).collect();
    let mut rest = trimmed;
    if !digits.is_empty() && trimmed[digits.len()..].starts_with(['.', ')']) {
        out.push_str(&digits);
        out.push('\\');
        rest = &trimmed[digits.len()..];
    }
    for c in rest.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '!' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn render_block(block: &Block, out: &mut String) {
    match block {
        Block::Heading(h) => out.push_str(&format!("## {}\n", inline(h))),
        Block::Subheading(h) => out.push_str(&format!("### {}\n", inline(h))),
        Block::Para(p) => out.push_str(&format!("{}\n", escape(p))),
        Block::Note(p) => out.push_str(&format!("*{}*\n", inline(p))),
        Block::Facts(pairs) => {
            for (label, value) in pairs {
                out.push_str(&format!("- **{}:** {}\n", inline(label), escape(value)));
            }
        }
        Block::Bullets(items) => {
            for item in items {
                out.push_str(&format!("- {}\n", escape(item)));
            }
        }
        Block::Answer {
            question,
            answer,
            status,
        } => {
            out.push_str(&format!("**{}**\n\n", inline(question)));
            match answer {
                Some(a) if !a.trim().is_empty() => {
                    for line in escape(a).split("  \n") {
                        out.push_str(&format!("> {line}  \n"));
                    }
                }
                _ => out.push_str(&format!("*({})*\n", inline(status))),
            }
        }
        Block::Field {
            label,
            hint,
            proposal,
            agreed,
            ruled_lines: _,
            proposal_label,
            agreed_label,
        } => {
            out.push_str(&format!("### {}\n\n", inline(label)));
            if !hint.trim().is_empty() {
                out.push_str(&format!("*{}*\n\n", inline(hint)));
            }
            let proposal = proposal
                .as_deref()
                .filter(|p| !p.trim().is_empty())
                .map(escape)
                .unwrap_or_else(|| "—".into());
            out.push_str(&format!("**{}:** {proposal}\n\n", inline(proposal_label)));
            let agreed = agreed
                .as_deref()
                .filter(|a| !a.trim().is_empty())
                .map(escape)
                .unwrap_or_else(|| {
                    "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_".into()
                });
            out.push_str(&format!("**{}:** {agreed}\n", inline(agreed_label)));
        }
        Block::WriteIn { label, .. } => {
            out.push_str(&format!(
                "**{}:** \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\n",
                inline(label)
            ));
        }
        Block::Table {
            headers,
            rows,
            numeric,
        } => {
            let cell = |s: &str| inline(s);
            out.push_str(&format!(
                "| {} |\n",
                headers
                    .iter()
                    .map(|h| cell(h))
                    .collect::<Vec<_>>()
                    .join(" | ")
            ));
            let aligns: Vec<&str> = (0..headers.len())
                .map(|i| if numeric.contains(&i) { "---:" } else { "---" })
                .collect();
            out.push_str(&format!("| {} |\n", aligns.join(" | ")));
            for r in rows {
                let cells: Vec<String> = (0..headers.len())
                    .map(|i| cell(r.get(i).map(String::as_str).unwrap_or("")))
                    .collect();
                out.push_str(&format!("| {} |\n", cells.join(" | ")));
            }
        }
        Block::Chart(chart) => render_chart(chart, out),
    }
}

/// Bars in Markdown cells: as many block characters as the text chart, the figure after them.
const CHART_CELLS: usize = 20;

/// The chart as a table, one row per week, each bar with its figure written out.
fn render_chart(chart: &Chart, out: &mut String) {
    use super::text::{PLANNED_BAR, USED_BAR};
    out.push_str(&format!("**{}**\n\n", inline(&chart.title)));
    let top = chart.top();
    let bar = |value: f64, c: char| -> String {
        std::iter::repeat_n(c, bar_cells(value, top, CHART_CELLS)).collect()
    };
    out.push_str(&format!(
        "| {} | {PLANNED_BAR} {} | {USED_BAR} {} |\n| --- | --- | --- |\n",
        inline(&chart.week_heading),
        inline(&chart.planned_label),
        inline(&chart.used_label)
    ));
    for w in &chart.weeks {
        let used = match w.used {
            Some(u) => format!("{} {}", bar(u, USED_BAR), inline(&w.used_text)),
            None => format!("*{}*", inline(&w.used_text)),
        };
        out.push_str(&format!(
            "| {} | {} {} | {} |\n",
            inline(&w.label),
            bar(w.planned, PLANNED_BAR),
            inline(&w.planned_text),
            used.trim_start()
        ));
    }
    if let Some((_, label)) = &chart.ceiling {
        out.push_str(&format!("\n*{}*\n", inline(label)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_user_text_is_shown_literally() {
        assert_eq!(escape("*fed* og _kursiv_"), "\\*fed\\* og \\_kursiv\\_");
        assert_eq!(escape("# ikke en overskrift"), "\\# ikke en overskrift");
        assert_eq!(escape("1. ikke en liste"), "1\\. ikke en liste");
        assert_eq!(escape("<script>"), "\\<script\\>");
        assert_eq!(escape("a | b"), "a \\| b");
    }

    #[test]
    fn line_breaks_in_answers_are_kept() {
        assert_eq!(escape("første\nanden"), "første  \nanden");
    }
}
