//! `?`: what the current screen is for and the keys it has, over the screen. The sentences
//! come from the screen's [`View::about`](super::View::about); the key list is read from the
//! same tables that handle the keys, so it always says what the keys really do.

use mandat::text::Lang;
use mandat::text::screen::frame as t;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};
use unicode_width::UnicodeWidthStr;

use crate::tui::app::App;
use crate::tui::keys::{Binding, EVERYWHERE};
use crate::tui::widgets::{centered, paragraph};

/// Every key the screen has, once each, in the order its tables list them.
pub fn key_list(tables: &[&[Binding]], lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut out: Vec<(&'static str, &'static str)> = Vec::new();
    for table in tables {
        for b in *table {
            let entry = (b.shown, b.help_text().get(lang));
            if !out.contains(&entry) {
                out.push(entry);
            }
        }
    }
    out
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let theme = app.theme;
    let popup = centered(
        area,
        area.width.saturating_sub(4).min(76),
        area.height.saturating_sub(2),
    );
    Clear.render(popup, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.active_border())
        .title(format!(" {} ", t::HELP_TITLE.get(lang)));
    let inner = block.inner(popup);
    block.render(popup, buf);
    let mut lines = Vec::new();
    for m in app.screen.about() {
        lines.push(Line::raw(m.get(lang)));
        lines.push(Line::raw(""));
    }
    let keys = key_list(app.screen.key_tables(), lang);
    let everywhere = key_list(&[EVERYWHERE], lang);
    let key_width = keys
        .iter()
        .chain(&everywhere)
        .map(|(k, _)| k.width())
        .max()
        .unwrap_or(0);
    lines.push(Line::styled(t::HELP_KEYS.get(lang), theme.heading()));
    for (key, does) in keys.iter().chain(&everywhere) {
        lines.push(Line::from(vec![
            Span::styled(format!("  {key:<key_width$}  "), theme.key()),
            Span::raw(*does),
        ]));
    }
    lines.push(Line::raw(""));
    for m in t::ALWAYS {
        lines.push(Line::styled(m.get(lang), theme.dim()));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(t::HELP_CLOSE.get(lang), theme.key()));
    paragraph(lines, inner, buf, 0);
}
