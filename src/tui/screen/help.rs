//! `?`: what the current screen is for and the keys it has, over the screen. The sentences
//! come from the screen's [`View::about`](super::View::about); the key list is read from the
//! same tables that handle the keys, so it always says what the keys really do. When it is
//! longer than the window, ↑/↓ and the page keys scroll it, and the frame says there is more.

use mandat::text::Lang;
use mandat::text::screen::{frame as t, keys as k};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};
use unicode_width::UnicodeWidthStr;

use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keys::{self, Binding, EVERYWHERE, Key};
use crate::tui::widgets::{centered, wrap_rows};

/// Scrolling the help.
const SCROLL: Binding = Binding::new(
    "↑/↓",
    &[
        (Key::plain(KeyCode::Up), Action::Up),
        (Key::plain(KeyCode::Down), Action::Down),
        (Key::char('k'), Action::Up),
        (Key::char('j'), Action::Down),
    ],
    k::SCROLL,
);
const PAGE: Binding = Binding::new(
    "PgUp/PgDn",
    &[
        (Key::plain(KeyCode::PageUp), Action::PageUp),
        (Key::plain(KeyCode::PageDown), Action::PageDown),
        (Key::plain(KeyCode::Home), Action::Home),
        (Key::plain(KeyCode::End), Action::End),
    ],
    k::PAGE,
);
const SCROLL_KEYS: &[Binding] = &[SCROLL, PAGE];

/// The hint line while the help is open: scrolling, closing it, quitting.
pub const KEYS: &[Binding] = &[SCROLL, PAGE, keys::HELP_OPEN[0], keys::HELP_OPEN[1]];

/// A scroll key while the help is open (and no dialog is over it); any other key is left to
/// the shared lookup, which closes the help.
pub fn action_for_event(app: &App, event: &Event) -> Option<Action> {
    let Event::Key(key) = event else {
        return None;
    };
    if !app.help_open || app.dialog.is_some() || key.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    SCROLL_KEYS
        .iter()
        .flat_map(|b| b.keys.iter())
        .find(|(k, _)| k.code == key.code && k.ctrl == ctrl)
        .map(|(_, action)| action.clone())
}

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

/// `text` wrapped to `width` columns, each row a line: the first row after `first`, the rest
/// after `indent` of the same width.
fn wrapped(
    rows: &mut Vec<Line<'static>>,
    first: Vec<Span<'static>>,
    indent: usize,
    text: &str,
    style: Style,
    width: usize,
) {
    let room = width.saturating_sub(indent).max(1);
    let mut first = Some(first);
    let parts = wrap_rows(text, room);
    if parts.is_empty() {
        rows.push(Line::from(first.take().unwrap_or_default()));
    }
    for part in parts {
        let mut spans = first
            .take()
            .unwrap_or_else(|| vec![Span::raw(" ".repeat(indent))]);
        spans.push(Span::styled(part, style));
        rows.push(Line::from(spans));
    }
}

/// The help's rows at `width` columns: the screen's sentences, its keys, the keys that work
/// everywhere and how to close it.
fn rows(app: &App, width: usize) -> Vec<Line<'static>> {
    let lang = app.lang;
    let theme = app.theme;
    let mut rows = Vec::new();
    for m in app.screen.about() {
        wrapped(
            &mut rows,
            Vec::new(),
            0,
            m.get(lang),
            Style::default(),
            width,
        );
        rows.push(Line::raw(""));
    }
    let keys = key_list(app.screen.key_tables(), lang);
    let everywhere = key_list(&[EVERYWHERE], lang);
    let key_width = keys
        .iter()
        .chain(&everywhere)
        .map(|(k, _)| k.width())
        .max()
        .unwrap_or(0);
    rows.push(Line::styled(t::HELP_KEYS.get(lang), theme.heading()));
    for (key, does) in keys.iter().chain(&everywhere) {
        let key = Span::styled(format!("  {key:<key_width$}  "), theme.key());
        wrapped(
            &mut rows,
            vec![key],
            key_width + 4,
            does,
            Style::default(),
            width,
        );
    }
    rows.push(Line::raw(""));
    for m in t::ALWAYS {
        wrapped(&mut rows, Vec::new(), 0, m.get(lang), theme.dim(), width);
    }
    rows.push(Line::raw(""));
    rows.push(Line::styled(t::HELP_CLOSE.get(lang), theme.key()));
    rows
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
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let rows = rows(app, inner.width as usize);
    let height = inner.height as usize;
    let max_scroll = rows.len().saturating_sub(height);
    app.help_max_scroll
        .set(max_scroll.min(u16::MAX as usize) as u16);
    app.help_page.set(inner.height);
    let scroll = (app.help_scroll as usize).min(max_scroll);
    for (i, row) in rows.iter().skip(scroll).take(height).enumerate() {
        buf.set_line(inner.x, inner.y + i as u16, row, inner.width);
    }
    // Say on the frame that there is more above or below.
    let mark = |text: &str, y: u16, buf: &mut Buffer| {
        let w = text.width() as u16 + 2;
        if popup.width > w + 2 {
            let x = popup.right() - w - 2;
            buf.set_string(x, y, format!(" {text} "), theme.key());
        }
    };
    if scroll > 0 {
        mark(t::HELP_MORE_ABOVE.get(lang), popup.y, buf);
    }
    if scroll < max_scroll {
        mark(t::HELP_MORE_BELOW.get(lang), popup.bottom() - 1, buf);
    }
}
