//! Drawing is a function of the app state: breadcrumbs on top, the screen, a message line and
//! the key hints at the bottom, and the help over it all when open.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use mandat::text::format::truncate;
use mandat::text::screen::frame as t;

use super::app::{App, MessageKind, Unsaved};
use super::keys::{self, Binding, Show};
use super::screen::help;
use super::widgets::{centered, paragraph, wrap_rows};

/// Smallest window the screens are laid out for.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width == 0 || area.height == 0 {
            return;
        }
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            paragraph(
                vec![Line::styled(t::TOO_SMALL.get(self.lang), self.theme.warn())],
                area,
                buf,
                0,
            );
            return;
        }
        // An error is shown whole: it may take up to three lines above the hints.
        let (status, status_rows) = status_lines(self, area.width);
        let crumbs_area = Rect::new(area.x, area.y, area.width, 1);
        let body = Rect::new(
            area.x,
            area.y + 2,
            area.width,
            area.height - 3 - status_rows.max(1),
        );
        let message_area = Rect::new(
            area.x,
            area.bottom() - 1 - status_rows.max(1),
            area.width,
            status_rows.max(1),
        );
        let hints_area = Rect::new(area.x, area.bottom() - 1, area.width, 1);

        render_crumbs(self, crumbs_area, buf);
        self.screen.render(self, body, buf);
        if let Some(lines) = status {
            paragraph(lines, message_area, buf, 0);
        }
        render_hints(self, hints_area, buf);
        if self.help_open {
            help::render(self, body, buf);
        }
        if let Some(dialog) = &self.dialog {
            render_dialog(self, dialog, body, buf);
        }
    }
}

/// The status line: what just happened, or else why the latest changes are not saved (which
/// stays until a save succeeds). A message wraps onto up to three lines so it is read whole
/// (what a changed network type means for the plan, why a save failed); only a longer one is
/// cut, at the end of its third line.
fn status_lines(app: &App, width: u16) -> (Option<Vec<Line<'static>>>, u16) {
    let (text, style) = match (&app.message, &app.save_problem) {
        (Some(m), _) => (
            m.text.clone(),
            match m.kind {
                MessageKind::Info => app.theme.ok(),
                MessageKind::Error => app.theme.error(),
            },
        ),
        (None, Some(problem)) => (t::save_failed(app.lang, problem), app.theme.error()),
        (None, None) => return (None, 1),
    };
    let rows = wrap_rows(&text, width as usize);
    let shown = rows.len().clamp(1, 3);
    let mut lines: Vec<Line<'static>> = rows
        .iter()
        .take(shown)
        .map(|r| Line::styled(r.clone(), style))
        .collect();
    if rows.len() > shown
        && let Some(last) = lines.last_mut()
    {
        let rest = rows[shown - 1..].join(" ");
        *last = Line::styled(truncate(&rest, width as usize), style);
    }
    (Some(lines), shown as u16)
}

/// The dialog that comes up when the latest changes cannot be saved and the leader is about to
/// leave them: why, and the three ways on, from the dialog's own key table.
fn render_dialog(app: &App, dialog: &Unsaved, area: Rect, buf: &mut Buffer) {
    use ratatui::widgets::{Block, Borders, Clear};
    let lang = app.lang;
    let theme = app.theme;
    let popup = centered(
        area,
        area.width.saturating_sub(4).min(76),
        area.height.saturating_sub(2).min(20),
    );
    Clear.render(popup, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.error())
        .title(format!(" {} ", t::UNSAVED_TITLE.get(lang)));
    let inner = block.inner(popup);
    block.render(popup, buf);
    let mut lines = vec![
        Line::raw(t::UNSAVED_INTRO.get(lang)),
        Line::raw(""),
        Line::styled(dialog.why.clone(), theme.error()),
        Line::raw(""),
        Line::styled(t::UNSAVED_CHOOSE.get(lang), theme.heading()),
    ];
    for b in keys::UNSAVED {
        lines.push(Line::from(vec![
            Span::styled(format!("  {:<4} ", b.shown), theme.key()),
            Span::raw(b.help_text().get(lang)),
        ]));
    }
    if dialog.confirm_discard {
        lines.push(Line::raw(""));
        lines.push(Line::styled(t::UNSAVED_CONFIRM.get(lang), theme.warn()));
    }
    paragraph(lines, inner, buf, 0);
}

fn render_crumbs(app: &App, area: Rect, buf: &mut Buffer) {
    let app_name = format!("{} ", t::APP_NAME.get(app.lang));
    let mut crumbs = app.screen.crumbs(app);
    // Where you are matters more than how you got there: drop crumbs from the left until the
    // line fits, and say that some were left out.
    let width = |crumbs: &[String], cut: bool| {
        app_name.width()
            + usize::from(cut) * "› … ".width()
            + crumbs.iter().map(|c| c.width() + 3).sum::<usize>()
    };
    let mut cut = false;
    while crumbs.len() > 1 && width(&crumbs, cut) > area.width as usize {
        crumbs.remove(0);
        cut = true;
    }
    let mut spans = vec![Span::styled(app_name, app.theme.title())];
    if cut {
        spans.push(Span::styled("› … ", app.theme.dim()));
    }
    for c in crumbs {
        spans.push(Span::styled("› ", app.theme.dim()));
        spans.push(Span::styled(format!("{c} "), app.theme.heading()));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

/// The bindings the hint line shows: the help's own keys while it is open, otherwise the
/// current screen's table.
pub fn hints(app: &App) -> Vec<&'static Binding> {
    let table = if app.dialog.is_some() {
        keys::UNSAVED
    } else if app.help_open {
        help::KEYS
    } else {
        app.screen.keys(app)
    };
    table.iter().filter(|b| b.show == Show::Hint).collect()
}

/// Keys that stay on the hint line however narrow the window: the way back, help and quit.
const ESSENTIAL_KEYS: [&str; 3] = ["Esc", "?", "q"];
/// Moving with the arrows is what people try first anyway, so these hints give way first.
const ARROW_KEYS: [&str; 3] = ["↑/↓", "←/→", "PgUp/PgDn"];

/// The hints that fit in `width` columns. The essential ones always stay; when the line is too
/// long the arrow hints go first, then the others from the end (the help screen lists them all).
pub fn fitting_hints(app: &App, width: usize) -> Vec<&'static Binding> {
    let all = hints(app);
    let cost = |b: &&Binding| b.shown.width() + 1 + b.does.get(app.lang).width() + 3;
    let mut keep = vec![true; all.len()];
    let total = |keep: &[bool]| -> usize {
        all.iter()
            .zip(keep)
            .filter(|(_, k)| **k)
            .map(|(h, _)| cost(h))
            .sum::<usize>()
            .saturating_sub(3)
    };
    let droppable: Vec<usize> = (0..all.len())
        .filter(|i| ARROW_KEYS.contains(&all[*i].shown))
        .chain((0..all.len()).rev().filter(|i| {
            !ARROW_KEYS.contains(&all[*i].shown) && !ESSENTIAL_KEYS.contains(&all[*i].shown)
        }))
        .collect();
    for i in droppable {
        if total(&keep) <= width {
            break;
        }
        keep[i] = false;
    }
    all.into_iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(h, _)| h)
        .collect()
}

fn render_hints(app: &App, area: Rect, buf: &mut Buffer) {
    let mut spans = Vec::new();
    for (i, b) in fitting_hints(app, area.width as usize)
        .into_iter()
        .enumerate()
    {
        if i > 0 {
            spans.push(Span::styled(" · ", app.theme.dim()));
        }
        spans.push(Span::styled(b.shown, app.theme.key()));
        spans.push(Span::raw(format!(" {}", b.does.get(app.lang))));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}
