//! Drawing is a function of the app state: breadcrumbs on top, the screen, a message line and
//! the key hints at the bottom, and the help over it all when open.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use mandat::text::format::truncate;
use mandat::text::screen::frame as t;

use super::app::{App, MessageKind};
use super::keys::{self, Binding, Show};
use super::screen::help;
use super::widgets::paragraph;

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
        let crumbs_area = Rect::new(area.x, area.y, area.width, 1);
        let body = Rect::new(area.x, area.y + 2, area.width, area.height - 4);
        let message_area = Rect::new(area.x, area.bottom() - 2, area.width, 1);
        let hints_area = Rect::new(area.x, area.bottom() - 1, area.width, 1);

        render_crumbs(self, crumbs_area, buf);
        self.screen.render(self, body, buf);
        if let Some(m) = &self.message {
            let style = match m.kind {
                MessageKind::Info => self.theme.ok(),
                MessageKind::Error => self.theme.error(),
            };
            buf.set_line(
                message_area.x,
                message_area.y,
                &Line::styled(truncate(&m.text, area.width as usize), style),
                message_area.width,
            );
        }
        render_hints(self, hints_area, buf);
        if self.help_open {
            help::render(self, body, buf);
        }
    }
}

fn render_crumbs(app: &App, area: Rect, buf: &mut Buffer) {
    let app_name = format!("{} ", t::APP_NAME.get(app.lang));
    let mut crumbs = app.screen.crumbs(app);
    // Where you are matters more than how you got there: drop crumbs from the left until the
    // line fits, and say that some were left out.
    let width = |crumbs: &[String], cut: bool| {
        app_name.width()
            + usize::from(cut) * "… ".width()
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
    let table = if app.help_open {
        keys::HELP_OPEN
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
