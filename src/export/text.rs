//! Plain text for the terminal and a plain printer queue: at most 80 columns, wrapped on word
//! boundaries, no control characters.

use unicode_width::UnicodeWidthStr;

use super::doc::{Block, Chart, Doc, bar_cells};
use crate::text::format::clean;
/// The one way to shorten a line, re-exported because the command line still reaches it here;
/// new code imports [`crate::text::format::truncate`].
pub use crate::text::format::truncate;

/// Every line of a text document fits in this many columns.
pub const WIDTH: usize = 80;

pub fn render(doc: &Doc) -> String {
    let mut out = Vec::<String>::new();
    let title = clean(&doc.title);
    out.extend(wrap(&title, WIDTH, "", ""));
    out.push(rule('=', width_of_block(&out)));
    if let Some(sub) = &doc.subtitle {
        out.extend(wrap(&clean(sub), WIDTH, "", ""));
    }
    for block in &doc.blocks {
        out.push(String::new());
        render_block(block, &mut out);
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
}

fn width_of_block(lines: &[String]) -> usize {
    lines
        .iter()
        .map(|l| l.width())
        .max()
        .unwrap_or(0)
        .min(WIDTH)
}

fn rule(c: char, width: usize) -> String {
    std::iter::repeat_n(c, width.max(3)).collect()
}

/// Wraps text (which may hold several paragraphs) to `width` columns.
fn wrap(text: &str, width: usize, first_indent: &str, indent: &str) -> Vec<String> {
    let mut lines = Vec::new();
    for (i, paragraph) in text.split('\n').enumerate() {
        let first = if i == 0 { first_indent } else { indent };
        if paragraph.trim().is_empty() {
            lines.push(String::new());
            continue;
        }
        let options = textwrap::Options::new(width)
            .initial_indent(first)
            .subsequent_indent(indent)
            .break_words(true);
        lines.extend(
            textwrap::wrap(paragraph.trim_end(), options)
                .into_iter()
                .map(|l| l.trim_end().to_string()),
        );
    }
    lines
}

fn write_in_line(label: &str, indent: &str) -> String {
    let used = indent.width() + label.width() + 1;
    let blanks = WIDTH.saturating_sub(used + 2).max(10);
    format!("{indent}{label} {}", "_".repeat(blanks))
}

fn render_block(block: &Block, out: &mut Vec<String>) {
    match block {
        Block::Heading(h) => {
            let lines = wrap(&clean(h).to_uppercase(), WIDTH, "", "");
            let w = width_of_block(&lines);
            out.extend(lines);
            out.push(rule('-', w));
        }
        Block::Subheading(h) => out.extend(wrap(&clean(h), WIDTH, "", "")),
        Block::Para(p) => out.extend(wrap(&clean(p), WIDTH, "", "")),
        Block::Note(p) => out.extend(wrap(&clean(p), WIDTH, "  ", "  ")),
        Block::Facts(pairs) => {
            let label_w = pairs
                .iter()
                .map(|(l, _)| clean(l).width() + 1)
                .max()
                .unwrap_or(0)
                .min(24);
            let pad = " ".repeat(label_w + 1);
            for (label, value) in pairs {
                let label = format!("{}:", clean(label));
                let first = format!("{label:<label_w$} ");
                // The label may be longer than the column; then the value starts on its own line.
                if first.width() > label_w + 1 {
                    out.push(label);
                    out.extend(wrap(&clean(value), WIDTH, &pad, &pad));
                } else {
                    out.extend(wrap(&clean(value), WIDTH, &first, &pad));
                }
            }
        }
        Block::Bullets(items) => {
            for item in items {
                out.extend(wrap(&clean(item), WIDTH, "  - ", "    "));
            }
        }
        Block::Answer {
            question,
            answer,
            status,
        } => {
            // "12. " — continuation lines align under the question's first word.
            let question = clean(question);
            let number_width = question
                .split_once(". ")
                .filter(|(n, _)| n.chars().all(|c| c.is_ascii_digit()))
                .map(|(n, _)| n.len() + 2)
                .unwrap_or(0);
            out.extend(wrap(&question, WIDTH, "", &" ".repeat(number_width)));
            match answer {
                Some(a) if !a.trim().is_empty() => {
                    out.extend(wrap(&clean(a), WIDTH, "    ", "    "));
                }
                _ => out.push(format!("    ({})", clean(status))),
            }
        }
        Block::Field {
            label,
            hint,
            proposal,
            agreed,
            ruled_lines,
            proposal_label,
            agreed_label,
        } => {
            out.extend(wrap(&clean(label), WIDTH, "", ""));
            if !hint.trim().is_empty() {
                let mut lines = wrap(&clean(hint), WIDTH, "  (", "   ");
                // The closing parenthesis must fit on the last line too.
                if lines.last().is_some_and(|l| l.width() >= WIDTH) {
                    lines = wrap(&clean(hint), WIDTH - 1, "  (", "   ");
                }
                out.extend(lines);
                if let Some(last) = out.last_mut() {
                    last.push(')');
                }
            }
            let proposal_text = proposal
                .as_deref()
                .filter(|p| !p.trim().is_empty())
                .unwrap_or("—");
            out.push(format!("  {}:", clean(proposal_label)));
            out.extend(wrap(&clean(proposal_text), WIDTH, "    ", "    "));
            match agreed.as_deref().filter(|a| !a.trim().is_empty()) {
                Some(a) => {
                    out.push(format!("  {}:", clean(agreed_label)));
                    out.extend(wrap(&clean(a), WIDTH, "    ", "    "));
                }
                None => {
                    out.push(write_in_line(&format!("{}:", clean(agreed_label)), "  "));
                    for _ in 1..*ruled_lines {
                        out.push(format!("    {}", "_".repeat(WIDTH - 6)));
                    }
                }
            }
        }
        Block::WriteIn { label, lines } => {
            out.push(write_in_line(&format!("{}:", clean(label)), ""));
            for _ in 1..*lines {
                out.push("_".repeat(WIDTH - 2));
            }
        }
        Block::Table {
            headers,
            rows,
            numeric,
        } => render_table(headers, rows, numeric, out),
        Block::Chart(chart) => render_chart(chart, out),
    }
}

/// The bar of planned hours and the bar of used hours, as in the terminal's plan chart.
pub const PLANNED_BAR: char = '░';
pub const USED_BAR: char = '█';

/// One line per week: the week, a bar of planned hours with its figure, a bar of used hours
/// with its figure. A week without an entry has no used bar, only its text.
fn render_chart(chart: &Chart, out: &mut Vec<String>) {
    out.extend(wrap(&clean(&chart.title), WIDTH, "", ""));
    let mut legend = format!(
        "  {PLANNED_BAR} {}   {USED_BAR} {}",
        clean(&chart.planned_label),
        clean(&chart.used_label)
    );
    if let Some((_, label)) = &chart.ceiling {
        legend.push_str(&format!("   | {}", clean(label)));
    }
    out.extend(wrap(&legend, WIDTH, "", "    "));
    let labels: Vec<String> = chart.weeks.iter().map(|w| clean(&w.label)).collect();
    let planned: Vec<String> = chart.weeks.iter().map(|w| clean(&w.planned_text)).collect();
    let used: Vec<String> = chart.weeks.iter().map(|w| clean(&w.used_text)).collect();
    let widest = |v: &[String]| v.iter().map(|s| s.width()).max().unwrap_or(0);
    let (label_w, planned_w, used_w) = (widest(&labels), widest(&planned), widest(&used));
    let fixed = label_w + 2 + 1 + planned_w + 3 + 1 + used_w;
    let cells = (WIDTH.saturating_sub(fixed) / 2).clamp(4, 25);
    let top = chart.top();
    for (i, w) in chart.weeks.iter().enumerate() {
        let bar = |value: f64, c: char| -> String {
            let n = bar_cells(value, top, cells);
            let mut s: String = std::iter::repeat_n(c, n).collect();
            s.push_str(&" ".repeat(cells - n));
            s
        };
        let used_bar = w
            .used
            .map(|u| bar(u, USED_BAR))
            .unwrap_or_else(|| " ".repeat(cells));
        let line = format!(
            "{}  {} {}   {} {}",
            pad(&labels[i], label_w, false),
            bar(w.planned, PLANNED_BAR),
            pad(&planned[i], planned_w, true),
            used_bar,
            used[i]
        );
        out.push(truncate(line.trim_end(), WIDTH));
    }
}

fn pad(s: &str, width: usize, right: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(s.width()));
    if right {
        format!("{fill}{s}")
    } else {
        format!("{s}{fill}")
    }
}

fn render_table(
    headers: &[String],
    rows: &[Vec<String>],
    numeric: &[usize],
    out: &mut Vec<String>,
) {
    let cols = headers.len();
    if cols == 0 {
        return;
    }
    let cell = |r: &Vec<String>, i: usize| {
        clean(r.get(i).map(String::as_str).unwrap_or("")).replace('\n', " ")
    };
    let mut widths: Vec<usize> = headers.iter().map(|h| clean(h).width()).collect();
    for r in rows {
        for (i, w) in widths.iter_mut().enumerate() {
            *w = (*w).max(cell(r, i).width());
        }
    }
    let gaps = 2 * (cols - 1);
    // The widest text column gives way, one column at a time, until the table fits; figures
    // keep their width.
    while widths.iter().sum::<usize>() + gaps > WIDTH {
        let Some(widest) = (0..cols)
            .filter(|i| !numeric.contains(i))
            .max_by_key(|i| widths[*i])
        else {
            break;
        };
        if widths[widest] <= 4 {
            break;
        }
        widths[widest] -= 1;
    }
    let line = |cells: Vec<String>| {
        let parts: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                // A cut figure would be read as a smaller one; figures are never shortened.
                if numeric.contains(&i) {
                    pad(c, widths[i], true)
                } else {
                    pad(&truncate(c, widths[i]), widths[i], false)
                }
            })
            .collect();
        parts.join("  ").trim_end().to_string()
    };
    out.push(line(headers.iter().map(|h| clean(h)).collect()));
    out.push(
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("  "),
    );
    for r in rows {
        out.push(line((0..cols).map(|i| cell(r, i)).collect()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(blocks: Vec<Block>) -> Doc {
        Doc {
            title: "Brief til mødet med din personaleleder".into(),
            subtitle: Some("Sundere hverdag · velfærdsnetværk".into()),
            lang: "da",
            blocks,
        }
    }

    fn assert_fits(text: &str) {
        for line in text.lines() {
            assert!(line.width() <= WIDTH, "{} columns: {line}", line.width());
        }
    }

    #[test]
    fn long_danish_text_and_long_words_wrap_within_80_columns() {
        let long = "Jeg ønsker at vi aftaler, hvordan tidsforbruget følges løbende, så netværksarbejdet ikke æder hele min basis. ".repeat(5);
        let word = "x".repeat(200);
        let text = render(&doc(vec![
            Block::Para(long.clone()),
            Block::Para(word),
            Block::Facts(vec![(
                "Netværksleder med et meget langt navn her".into(),
                long.clone(),
            )]),
            Block::Bullets(vec![long.clone()]),
            Block::Answer {
                question: long.clone(),
                answer: Some(long.clone()),
                status: "besvaret".into(),
            },
            Block::Field {
                label: long.clone(),
                hint: long.clone(),
                proposal: Some(long.clone()),
                agreed: None,
                ruled_lines: 3,
                proposal_label: "Mit forslag".into(),
                agreed_label: "Aftalt".into(),
            },
            Block::WriteIn {
                label: "Opfølgningsdato".into(),
                lines: 1,
            },
            Block::Table {
                headers: vec!["Fase".into(), "Uger".into(), "Timer".into()],
                rows: vec![vec![long.clone(), "uge 5–8 2027".into(), "12,5".into()]],
                numeric: vec![2],
            },
        ]));
        assert_fits(&text);
        assert!(text.contains("æder hele min basis"));
    }

    #[test]
    fn unanswered_questions_show_their_status() {
        let text = render(&doc(vec![Block::Answer {
            question: "1. Hvor mange timer?".into(),
            answer: None,
            status: "ikke besvaret".into(),
        }]));
        assert!(text.contains("    (ikke besvaret)"));
    }

    #[test]
    fn an_agreed_field_prints_the_agreement_instead_of_blank_lines() {
        let text = render(&doc(vec![Block::Field {
            label: "Timer".into(),
            hint: String::new(),
            proposal: Some("8".into()),
            agreed: Some("6 timer".into()),
            ruled_lines: 3,
            proposal_label: "Forslag".into(),
            agreed_label: "Aftalt".into(),
        }]));
        assert!(text.contains("  Aftalt:\n    6 timer"));
        assert!(!text.contains("____"));
    }

    #[test]
    fn figures_are_never_cut_and_the_widest_text_column_gives_way() {
        let long = "Idéudvikling og prioritering af temaer ".repeat(3);
        let text = render(&doc(vec![Block::Table {
            headers: vec!["Uge".into(), "Fase".into(), "Basis".into(), "Noter".into()],
            rows: vec![vec!["47".into(), long.clone(), "1359,5".into(), long]],
            numeric: vec![0, 2],
        }]));
        assert_fits(&text);
        let row = text
            .lines()
            .find(|l| l.contains("1359,5"))
            .expect("the row");
        assert!(row.trim_start().starts_with("47  Idéudvikling"), "{row}");
        assert!(row.ends_with('…'), "{row}");
    }

    #[test]
    fn text_cells_are_cut_by_display_width() {
        let wide = "漢字".repeat(40);
        let text = render(&doc(vec![Block::Table {
            headers: vec!["Fase".into(), "Timer".into()],
            rows: vec![vec![wide, "12,5".into()]],
            numeric: vec![1],
        }]));
        assert_fits(&text);
        let row = text.lines().find(|l| l.starts_with('漢')).expect("the row");
        assert!(row.contains('…') && row.ends_with("12,5"), "{row}");
    }

    #[test]
    fn escape_sequences_never_reach_the_output() {
        let text = render(&doc(vec![Block::Para("a\u{1b}[2Jb".into())]));
        assert!(!text.contains('\u{1b}'));
        assert!(text.contains("ab"));
    }
}
