//! A document (a pamphlet, an agreement) as lines to be heard rather than seen: no underlines,
//! no rules, no columns. Headings, paragraphs and list items are lines of their own, a table
//! row is one sentence with each figure after its heading, and the lines left for handwriting
//! are left out.

use mandat::export::doc::{Block, Doc};
use mandat::text::format::clean;

/// The document's lines, in reading order.
pub fn lines(doc: &Doc) -> Vec<String> {
    let mut out = vec![doc.title.clone()];
    out.extend(doc.subtitle.clone());
    for block in &doc.blocks {
        match block {
            Block::Heading(h) | Block::Subheading(h) => {
                out.push(String::new());
                out.push(h.clone());
            }
            Block::Para(p) | Block::Note(p) => out.push(p.clone()),
            Block::Facts(facts) => out.extend(
                facts
                    .iter()
                    .filter(|(_, v)| !v.trim().is_empty())
                    .map(|(k, v)| labelled(k, v)),
            ),
            Block::Bullets(items) => out.extend(items.iter().cloned()),
            Block::Answer {
                question,
                answer,
                status,
            } => {
                out.push(labelled(question, status));
                out.extend(answer.clone());
            }
            Block::Field {
                label,
                hint,
                proposal,
                agreed,
                proposal_label,
                agreed_label,
                ..
            } => {
                out.push(label.clone());
                if !hint.trim().is_empty() {
                    out.push(hint.clone());
                }
                if let Some(p) = proposal {
                    out.push(labelled(proposal_label, p));
                }
                if let Some(a) = agreed {
                    out.push(labelled(agreed_label, a));
                }
            }
            Block::WriteIn { .. } => {}
            // The chart's own sentence, then its figures week by week: what the bars show.
            Block::Chart(chart) => {
                out.push(chart.title.clone());
                out.extend(chart.weeks.iter().map(|w| {
                    format!(
                        "{}: {}, {}",
                        w.label,
                        labelled(&chart.planned_label, &w.planned_text),
                        labelled(&chart.used_label, &w.used_text)
                    )
                }));
            }
            Block::Table { headers, rows, .. } => {
                for row in rows {
                    let cells: Vec<String> = row
                        .iter()
                        .enumerate()
                        .filter(|(_, cell)| !cell.trim().is_empty())
                        .map(|(i, cell)| match headers.get(i) {
                            Some(h) if !h.trim().is_empty() => labelled(h, cell),
                            _ => cell.clone(),
                        })
                        .collect();
                    if !cells.is_empty() {
                        out.push(cells.join(", "));
                    }
                }
            }
        }
    }
    out.into_iter().map(|l| clean(&l)).collect()
}

/// "Label: value", the label's own colon not doubled.
fn labelled(label: &str, value: &str) -> String {
    let label = label.trim().trim_end_matches(':');
    format!("{label}: {}", value.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_is_heard_row_by_row_with_each_figure_after_its_heading() {
        let doc = Doc {
            title: "Plan".into(),
            subtitle: None,
            lang: "da",
            blocks: vec![
                Block::Heading("Uger".into()),
                Block::Table {
                    headers: vec!["Uge".into(), "Netværk".into(), "Noter".into()],
                    rows: vec![vec!["3".into(), "8,0".into(), String::new()]],
                    numeric: vec![0, 1],
                },
                Block::WriteIn {
                    label: "Aftalt".into(),
                    lines: 3,
                },
                Block::Facts(vec![("Til:".into(), "Lars\u{1b}[1m".into())]),
            ],
        };
        assert_eq!(
            lines(&doc),
            ["Plan", "", "Uger", "Uge: 3, Netværk: 8,0", "Til: Lars"]
        );
    }
}
