//! Self-contained HTML for screen and A4 print: inline CSS, no scripts, nothing from the network,
//! every piece of text escaped.
//!
//! Accessible by construction, for every document this renderer makes (SPEC §8): the page and
//! each document have their language, everything is inside one `main` landmark, every table
//! header has text and `scope="col"`, headings never skip a level, and every grey used for text
//! reads at 4.5:1 or better on white, on screen and in print. `tests/it/a11y.rs` checks the
//! structure without a browser and runs the axe-core audit (`scripts/a11y-audit.mjs`).

use super::doc::{Block, Chart, Doc};
use crate::text::doc as words;
use crate::text::format::clean;
use crate::vocab::Lang;

const CSS: &str = r#"
@page { size: A4; margin: 12mm 14mm 14mm 14mm; }
* { box-sizing: border-box; }
html { font-family: "Segoe UI", Calibri, "Helvetica Neue", Arial, sans-serif; font-size: 9.5pt; line-height: 1.3; color: #111; background: #fff; }
body { max-width: 178mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 15pt; margin: 0 0 1mm 0; }
.subtitle { color: #444; margin: 0 0 3mm 0; }
h2 { font-size: 11.5pt; margin: 4mm 0 1.5mm 0; padding-bottom: 1mm; border-bottom: 1px solid #999; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 10pt; margin: 2.5mm 0 1mm 0; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 1.5mm 0; }
.note { color: #555; font-size: 8.5pt; font-style: italic; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.5mm 4mm; margin: 0 0 2mm 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
ul { margin: 0 0 2mm 0; padding-left: 6mm; }
.answer, .field { break-inside: avoid; page-break-inside: avoid; margin: 0 0 1.5mm 0; }
.question { font-weight: 600; margin: 0 0 0.5mm 0; }
.answer-text { margin: 0 0 0 4mm; white-space: pre-wrap; overflow-wrap: anywhere; }
.status { color: #666; font-style: italic; font-weight: normal; }
table.agreement td { height: 10mm; }
table.agreement td.topic { width: 30%; }
table.agreement td.agreed { width: 38%; border-left: 1px solid #ccc; }
table.agreement .hint { display: block; color: #555; font-size: 8pt; font-weight: normal; }
.field .hint { color: #555; font-size: 9pt; margin: 0 0 1mm 0; }
.field .label { font-weight: 600; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.ruled { height: 7mm; border-bottom: 1px solid #777; }
.write-in { display: flex; gap: 3mm; align-items: flex-end; margin: 1mm 0; break-inside: avoid; }
.write-in .line { flex: 1; border-bottom: 1px solid #777; height: 6mm; }
table { border-collapse: collapse; width: 100%; margin: 0 0 3mm 0; font-size: 9.5pt; }
th, td { text-align: left; padding: 0.6mm 1.5mm; border-bottom: 1px solid #ccc; vertical-align: top; overflow-wrap: anywhere; }
th { border-bottom: 1.5px solid #555; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
table.wide { font-size: 8.5pt; }
table.wide th, table.wide td { padding: 0.4mm 1.2mm; }
article + article { break-before: page; page-break-before: always; }
@media screen { body { padding: 10mm 6mm; } }
@media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
"#;

/// Tables with this many columns or more are set in the smaller type of `table.wide`.
const WIDE_TABLE_COLUMNS: usize = 7;

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let text = clean(text);
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

pub fn render(doc: &Doc) -> String {
    render_many(std::slice::from_ref(doc))
}

/// Several documents in one file; each starts on a new page when printed.
pub fn render_many(docs: &[Doc]) -> String {
    let first = docs.first();
    let lang = first.map(|d| d.lang).unwrap_or("da");
    let title = first.map(|d| d.title.as_str()).unwrap_or("");
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n");
    out.push_str(&format!("<html lang=\"{}\">\n<head>\n", escape(lang)));
    out.push_str("<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!("<title>{}</title>\n", escape(title)));
    out.push_str("<style>");
    out.push_str(CSS);
    out.push_str("</style>\n</head>\n<body>\n<main>\n");
    // Charts are numbered across the whole file, so the ids inside their SVGs stay unique.
    let mut charts = 0;
    for doc in docs {
        out.push_str(&format!("<article lang=\"{}\">\n", escape(doc.lang)));
        render_body(doc, &mut out, &mut charts);
        out.push_str("</article>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn render_body(doc: &Doc, out: &mut String, charts: &mut usize) {
    out.push_str(&format!("<h1>{}</h1>\n", escape(&doc.title)));
    if let Some(sub) = &doc.subtitle {
        out.push_str(&format!("<p class=\"subtitle\">{}</p>\n", escape(sub)));
    }
    // Each heading opens a section so a section's heading stays with its first block.
    let mut in_section = false;
    let lang = doc.lang.parse::<Lang>().unwrap_or_default();
    // Agreement fields in a row print as one table: topic, proposal, room for what is agreed.
    let mut fields: Vec<&Block> = Vec::new();
    for block in &doc.blocks {
        if let Block::Heading(_) = block {
            flush_fields(&mut fields, lang, out);
            if in_section {
                out.push_str("</section>\n");
            }
            out.push_str("<section>\n");
            in_section = true;
        }
        if let Block::Field { .. } = block {
            fields.push(block);
            continue;
        }
        flush_fields(&mut fields, lang, out);
        match block {
            Block::Chart(chart) => {
                *charts += 1;
                render_chart(chart, *charts, out);
            }
            // Headings go down one level at a time: a subheading before any heading is an h2.
            Block::Subheading(h) if !in_section => {
                out.push_str(&format!("<h2>{}</h2>\n", escape(h)))
            }
            _ => render_block(block, out),
        }
    }
    flush_fields(&mut fields, lang, out);
    if in_section {
        out.push_str("</section>\n");
    }
}

fn flush_fields(fields: &mut Vec<&Block>, lang: Lang, out: &mut String) {
    let Some(Block::Field {
        proposal_label,
        agreed_label,
        ..
    }) = fields.first()
    else {
        return;
    };
    // A header is never empty: the topic column is named too.
    out.push_str(&format!(
        "<table class=\"agreement\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        escape(words::AGREEMENT_TOPIC.get(lang)),
        escape(proposal_label),
        escape(agreed_label)
    ));
    for field in fields.iter() {
        if let Block::Field {
            label,
            hint,
            proposal,
            agreed,
            ..
        } = field
        {
            let text = |t: &Option<String>| {
                t.as_deref()
                    .filter(|t| !t.trim().is_empty())
                    .map(escape)
                    .unwrap_or_default()
            };
            out.push_str(&format!(
                "<tr><td class=\"topic\"><strong>{}</strong><span class=\"hint\">{}</span></td><td class=\"text\">{}</td><td class=\"agreed text\">{}</td></tr>\n",
                escape(label),
                escape(hint),
                text(proposal),
                text(agreed)
            ));
        }
    }
    out.push_str("</tbody>\n</table>\n");
    fields.clear();
}

fn render_block(block: &Block, out: &mut String) {
    match block {
        Block::Heading(h) => out.push_str(&format!("<h2>{}</h2>\n", escape(h))),
        Block::Subheading(h) => out.push_str(&format!("<h3>{}</h3>\n", escape(h))),
        Block::Para(p) => out.push_str(&format!("<p class=\"text\">{}</p>\n", escape(p))),
        Block::Note(p) => out.push_str(&format!("<p class=\"note\">{}</p>\n", escape(p))),
        Block::Facts(pairs) => {
            out.push_str("<dl class=\"facts\">\n");
            for (label, value) in pairs {
                out.push_str(&format!(
                    "<dt>{}</dt><dd class=\"text\">{}</dd>\n",
                    escape(label),
                    escape(value)
                ));
            }
            out.push_str("</dl>\n");
        }
        Block::Bullets(items) => {
            out.push_str("<ul>\n");
            for item in items {
                out.push_str(&format!("<li class=\"text\">{}</li>\n", escape(item)));
            }
            out.push_str("</ul>\n");
        }
        Block::Answer {
            question,
            answer,
            status,
        } => {
            out.push_str("<div class=\"answer\">\n");
            match answer {
                Some(a) if !a.trim().is_empty() => {
                    out.push_str(&format!("<p class=\"question\">{}</p>\n", escape(question)));
                    out.push_str(&format!("<p class=\"answer-text\">{}</p>\n", escape(a)));
                }
                _ => out.push_str(&format!(
                    "<p class=\"question\">{} <span class=\"status\">({})</span></p>\n",
                    escape(question),
                    escape(status)
                )),
            }
            out.push_str("</div>\n");
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
            out.push_str("<div class=\"field\">\n");
            out.push_str(&format!("<h3>{}</h3>\n", escape(label)));
            if !hint.trim().is_empty() {
                out.push_str(&format!("<p class=\"hint\">{}</p>\n", escape(hint)));
            }
            let proposal = proposal
                .as_deref()
                .filter(|p| !p.trim().is_empty())
                .map(escape)
                .unwrap_or_else(|| "—".into());
            out.push_str(&format!(
                "<p><span class=\"label\">{}:</span> <span class=\"text\">{proposal}</span></p>\n",
                escape(proposal_label)
            ));
            match agreed.as_deref().filter(|a| !a.trim().is_empty()) {
                Some(a) => out.push_str(&format!(
                    "<p><span class=\"label\">{}:</span> <span class=\"text\">{}</span></p>\n",
                    escape(agreed_label),
                    escape(a)
                )),
                None => {
                    out.push_str(&format!(
                        "<p class=\"label\">{}:</p>\n",
                        escape(agreed_label)
                    ));
                    for _ in 0..(*ruled_lines).max(1) {
                        out.push_str("<div class=\"ruled\"></div>\n");
                    }
                }
            }
            out.push_str("</div>\n");
        }
        Block::WriteIn { label, lines } => {
            out.push_str(&format!(
                "<div class=\"write-in\"><span class=\"label\">{}:</span><span class=\"line\"></span></div>\n",
                escape(label)
            ));
            for _ in 1..*lines {
                out.push_str("<div class=\"ruled\"></div>\n");
            }
        }
        Block::Table {
            headers,
            rows,
            numeric,
        } => {
            let class = |i: usize| {
                if numeric.contains(&i) {
                    " class=\"num\""
                } else {
                    ""
                }
            };
            // A wide table (the plan's weeks) is set a little smaller, so a year of weeks
            // prints on two pages.
            let wide = if headers.len() >= WIDE_TABLE_COLUMNS {
                " class=\"wide\""
            } else {
                ""
            };
            out.push_str(&format!("<table{wide}>\n<thead><tr>"));
            for (i, h) in headers.iter().enumerate() {
                out.push_str(&format!("<th scope=\"col\"{}>{}</th>", class(i), escape(h)));
            }
            out.push_str("</tr></thead>\n<tbody>\n");
            for r in rows {
                out.push_str("<tr>");
                for i in 0..headers.len() {
                    let c = r.get(i).map(String::as_str).unwrap_or("");
                    out.push_str(&format!("<td{}>{}</td>", class(i), escape(c)));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table>\n");
        }
        Block::Chart(chart) => render_chart(chart, 0, out),
    }
}

/// The chart's drawing area, in the SVG's own units (about 0.26 mm each at full width).
const SVG_WIDTH: f64 = 680.0;
const SVG_HEIGHT: f64 = 132.0;
const PLOT_LEFT: f64 = 34.0;
const PLOT_RIGHT: f64 = 672.0;
const PLOT_TOP: f64 = 26.0;
const PLOT_BOTTOM: f64 = 114.0;

/// A number for SVG coordinates: one decimal, `.` as the mark.
fn n(v: f64) -> String {
    let v = if v.is_finite() { v } else { 0.0 };
    let s = format!("{v:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// A step for the value axis that gives four to six gridlines.
fn axis_step(top: f64) -> f64 {
    [1.0, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0, 200.0]
        .into_iter()
        .find(|step| top / step <= 6.0)
        .unwrap_or(500.0)
}

/// The chart as an inline SVG inside a figure: planned hours as hatched, outlined bars and
/// used hours as solid bars, so it reads the same in black and white; a week without an entry
/// has a small open circle instead of a bar. The figure's caption and the SVG's title say what
/// it shows; the figures themselves are in the document's table beside it.
fn render_chart(chart: &Chart, number: usize, out: &mut String) {
    let hatch = format!("chart{number}-planned");
    let title = escape(&chart.title);
    // Styled in place, so documents without a chart keep their style sheet as it is.
    out.push_str(&format!(
        "<figure class=\"chart\" style=\"margin: 1mm 0 1.5mm 0; break-inside: avoid; page-break-inside: avoid;\">\n<figcaption style=\"font-weight: 600; margin: 0 0 1mm 0;\">{title}</figcaption>\n"
    ));
    out.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{title}\" style=\"display: block; width: 100%; height: auto;\" font-family=\"Segoe UI, Calibri, Arial, sans-serif\" font-size=\"10\">\n<title>{title}</title>\n",
        n(SVG_WIDTH),
        n(SVG_HEIGHT)
    ));
    out.push_str(&format!(
        "<defs><pattern id=\"{hatch}\" patternUnits=\"userSpaceOnUse\" width=\"4\" height=\"4\" patternTransform=\"rotate(45)\"><rect width=\"4\" height=\"4\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" stroke=\"#111\" stroke-width=\"1.3\"/></pattern></defs>\n"
    ));
    let top = chart.top();
    let step = axis_step(top);
    let axis_top = (top / step).ceil() * step;
    let y = |v: f64| PLOT_BOTTOM - (v.max(0.0) / axis_top) * (PLOT_BOTTOM - PLOT_TOP);
    // Gridlines and their figures.
    let mut tick = 0.0;
    while tick <= axis_top + 1e-9 {
        out.push_str(&format!(
            "<line x1=\"{}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"#bbb\" stroke-width=\"0.6\"/><text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#333\">{}</text>\n",
            n(PLOT_LEFT),
            n(PLOT_RIGHT),
            n(PLOT_LEFT - 4.0),
            n(y(tick) + 3.0),
            n(tick),
            y = n(y(tick)),
        ));
        tick += step;
    }
    let count = chart.weeks.len().max(1) as f64;
    let slot = (PLOT_RIGHT - PLOT_LEFT) / count;
    let bar = (slot * 0.36).min(14.0);
    // Label every k-th week so the labels never run into each other.
    let every = ((16.0 / slot).ceil() as usize).max(1);
    for (i, w) in chart.weeks.iter().enumerate() {
        let x0 = PLOT_LEFT + slot * i as f64 + (slot - 2.0 * bar) / 2.0;
        let planned_y = y(w.planned);
        out.push_str(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"url(#{hatch})\" stroke=\"#111\" stroke-width=\"0.8\"/>",
            n(x0),
            n(planned_y),
            n(bar),
            n(PLOT_BOTTOM - planned_y)
        ));
        match w.used {
            Some(used) => {
                let used_y = y(used);
                out.push_str(&format!(
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#222\"/>",
                    n(x0 + bar),
                    n(used_y),
                    n(bar),
                    n(PLOT_BOTTOM - used_y)
                ));
            }
            None => out.push_str(&format!(
                "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"#fff\" stroke=\"#111\" stroke-width=\"0.8\"/>",
                n(x0 + bar * 1.5),
                n(PLOT_BOTTOM - 3.0),
                n((bar / 2.0).clamp(1.2, 2.5))
            )),
        }
        if i % every == 0 {
            out.push_str(&format!(
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#333\">{}</text>",
                n(PLOT_LEFT + slot * (i as f64 + 0.5)),
                n(PLOT_BOTTOM + 11.0),
                escape(&w.short_label)
            ));
        }
        out.push('\n');
    }
    out.push_str(&format!(
        "<line x1=\"{}\" y1=\"{b}\" x2=\"{}\" y2=\"{b}\" stroke=\"#111\" stroke-width=\"1\"/>\n",
        n(PLOT_LEFT),
        n(PLOT_RIGHT),
        b = n(PLOT_BOTTOM)
    ));
    if let Some((ceiling, _)) = &chart.ceiling {
        out.push_str(&format!(
            "<line x1=\"{}\" y1=\"{c}\" x2=\"{}\" y2=\"{c}\" stroke=\"#111\" stroke-width=\"1.2\" stroke-dasharray=\"5 3\"/>\n",
            n(PLOT_LEFT),
            n(PLOT_RIGHT),
            c = n(y(*ceiling))
        ));
    }
    // The legend along the top, each sign beside its words.
    let legend_y = 12.0;
    let box_y = n(legend_y - 4.0);
    let mut signs: Vec<(String, &str)> = vec![
        (
            format!(
                "<rect x=\"{{x}}\" y=\"{box_y}\" width=\"10\" height=\"8\" fill=\"url(#{hatch})\" stroke=\"#111\" stroke-width=\"0.8\"/>"
            ),
            &chart.planned_label,
        ),
        (
            format!("<rect x=\"{{x}}\" y=\"{box_y}\" width=\"10\" height=\"8\" fill=\"#222\"/>"),
            &chart.used_label,
        ),
    ];
    if chart.has_missing() {
        signs.push((
            format!("<circle cx=\"{{x5}}\" cy=\"{}\" r=\"2.5\" fill=\"#fff\" stroke=\"#111\" stroke-width=\"0.8\"/>", n(legend_y)),
            &chart.missing_label,
        ));
    }
    if let Some((_, label)) = &chart.ceiling {
        signs.push((
            format!("<line x1=\"{{x}}\" y1=\"{y}\" x2=\"{{x10}}\" y2=\"{y}\" stroke=\"#111\" stroke-width=\"1.2\" stroke-dasharray=\"4 2\"/>", y = n(legend_y)),
            label,
        ));
    }
    let mut x = PLOT_LEFT;
    for (sign, words) in signs {
        out.push_str(
            &sign
                .replace("{x}", &n(x))
                .replace("{x5}", &n(x + 5.0))
                .replace("{x10}", &n(x + 10.0)),
        );
        out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" fill=\"#111\">{}</text>\n",
            n(x + 14.0),
            n(legend_y + 3.5),
            escape(words)
        ));
        x += 26.0 + words.chars().count() as f64 * 5.4;
    }
    out.push_str("</svg>\n");
    if chart.with_figures {
        render_chart_figures(chart, out);
    }
    out.push_str("</figure>\n");
}

/// How many weeks one row of the figures under a chart holds.
const FIGURE_WEEKS_PER_TABLE: usize = 26;

/// The chart's figures in small tables, the weeks across: planned and used under each week's
/// number (an empty cell is a week without an entry). A year takes two short tables.
fn render_chart_figures(chart: &Chart, out: &mut String) {
    const CELL: &str = " style=\"padding: 0.1mm 0.4mm;\"";
    for chunk in chart.weeks.chunks(FIGURE_WEEKS_PER_TABLE) {
        out.push_str("<table style=\"font-size: 7pt; margin: 1mm 0 0 0; table-layout: fixed;\">\n<colgroup><col style=\"width: 9%;\"></colgroup>\n<thead><tr>");
        out.push_str(&format!(
            "<th scope=\"col\"{CELL}>{}</th>",
            escape(&chart.week_heading)
        ));
        for w in chunk {
            out.push_str(&format!(
                "<th scope=\"col\" class=\"num\"{CELL}>{}</th>",
                escape(&w.short_label)
            ));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        let planned: Vec<&str> = chunk.iter().map(|w| w.planned_text.as_str()).collect();
        // A week without an entry has an empty cell: unknown, not zero.
        let used: Vec<&str> = chunk
            .iter()
            .map(|w| {
                if w.used.is_some() {
                    w.used_text.as_str()
                } else {
                    ""
                }
            })
            .collect();
        let rows = [
            (&chart.figure_rows[0], planned),
            (&chart.figure_rows[1], used),
        ];
        for (label, cells) in rows {
            out.push_str(&format!(
                "<tr><th scope=\"row\"{CELL}>{}</th>",
                escape(label)
            ));
            for figure in cells {
                out.push_str(&format!("<td class=\"num\"{CELL}>{}</td>", escape(figure)));
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_special_character_is_escaped() {
        assert_eq!(
            escape("<script>alert('x & \"y\"')</script>"),
            "&lt;script&gt;alert(&#39;x &amp; &quot;y&quot;&#39;)&lt;/script&gt;"
        );
    }

    #[test]
    fn headings_never_skip_a_level_and_no_table_header_is_empty() {
        let field = |label: &str| Block::Field {
            label: label.into(),
            hint: String::new(),
            proposal: None,
            agreed: None,
            ruled_lines: 1,
            proposal_label: "Mit forslag".into(),
            agreed_label: "Aftalt".into(),
        };
        let doc = Doc {
            title: "Plan".into(),
            subtitle: None,
            lang: "da",
            blocks: vec![
                Block::Subheading("Advarsler".into()),
                Block::Heading("Aftale".into()),
                Block::Subheading("Felter".into()),
                field("Timer"),
            ],
        };
        let html = render(&doc);
        assert!(html.contains("<html lang=\"da\">"));
        assert!(html.contains("<main>\n<article lang=\"da\">"));
        assert!(html.contains("<h1>Plan</h1>\n<h2>Advarsler</h2>"), "{html}");
        assert!(html.contains("<h2>Aftale</h2>\n<h3>Felter</h3>"), "{html}");
        assert!(html.contains("<th scope=\"col\">Emne</th>"), "{html}");
        assert!(!html.contains("<th></th>"));
    }

    #[test]
    fn the_page_is_self_contained() {
        let doc = Doc {
            title: "<b>Brief</b>".into(),
            subtitle: None,
            lang: "da",
            blocks: vec![Block::Para("hej".into())],
        };
        let html = render(&doc);
        assert!(html.contains("@page { size: A4"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("http://") && !html.contains("https://"));
        assert!(html.contains("&lt;b&gt;Brief&lt;/b&gt;"));
    }
}
