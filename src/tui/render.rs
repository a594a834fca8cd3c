//! Drawing is a function of the app state: breadcrumbs on top, the screen, a message line and
//! the key hints at the bottom, and the help over it all when open.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::app::{App, MessageKind, Screen};
use super::screen::{
    agreement, dashboard, export, first_run, handout, help, meeting, plan, reflection, workspaces,
};
use super::strings as s;
use super::widgets::{paragraph, truncate};

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
                vec![Line::styled(s::TOO_SMALL.get(self.lang), self.theme.warn())],
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
        match &self.screen {
            Screen::FirstRun(st) => first_run::render(self, st, body, buf),
            Screen::Dashboard(st) => dashboard::render(self, st, body, buf),
            Screen::Workspaces(st) => workspaces::render(self, st, body, buf),
            Screen::Meeting(st) => meeting::render(self, st, body, buf),
            Screen::Handout(st) => handout::render(self, st, body, buf),
            Screen::Reflection(st) => reflection::render(self, st, body, buf),
            Screen::Agreement(st) => agreement::render(self, st, body, buf),
            Screen::Plan(st) => plan::render(self, st, body, buf),
            Screen::Export(st) => export::render(self, st, body, buf),
        }
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

/// "Netværk › Personaleleder — Hanne › Refleksion › spørgsmål 2 af 8".
pub fn crumbs(app: &App) -> Vec<String> {
    match &app.screen {
        Screen::FirstRun(_) => first_run::crumbs(app),
        Screen::Dashboard(_) => dashboard::crumbs(app),
        Screen::Workspaces(st) => workspaces::crumbs(app, st),
        Screen::Meeting(st) => meeting::crumbs(app, st),
        Screen::Handout(st) => handout::crumbs(app, st),
        Screen::Reflection(st) => reflection::crumbs(app, st),
        Screen::Agreement(st) => agreement::crumbs(app, st),
        Screen::Plan(st) => plan::crumbs(app, st),
        Screen::Export(st) => export::crumbs(app, st),
    }
}

fn render_crumbs(app: &App, area: Rect, buf: &mut Buffer) {
    let mut spans = vec![Span::styled(
        format!("{} ", s::APP_NAME.get(app.lang)),
        app.theme.title(),
    )];
    for c in crumbs(app) {
        spans.push(Span::styled("› ", app.theme.dim()));
        spans.push(Span::styled(format!("{c} "), app.theme.heading()));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

pub fn hints(app: &App) -> Vec<(&'static str, s::T)> {
    if app.help_open {
        return vec![("Esc", s::K_BACK), ("q", s::K_QUIT)];
    }
    match &app.screen {
        Screen::FirstRun(st) => first_run::hints(app, st),
        Screen::Dashboard(_) => dashboard::hints(app),
        Screen::Workspaces(st) => workspaces::hints(app, st),
        Screen::Meeting(st) => meeting::hints(app, st),
        Screen::Handout(st) => handout::hints(app, st),
        Screen::Reflection(st) => reflection::hints(app, st),
        Screen::Agreement(st) => agreement::hints(app, st),
        Screen::Plan(st) => plan::hints(app, st),
        Screen::Export(st) => export::hints(app, st),
    }
}

fn render_hints(app: &App, area: Rect, buf: &mut Buffer) {
    let mut spans = Vec::new();
    for (i, (key, label)) in hints(app).into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" · ", app.theme.dim()));
        }
        spans.push(Span::styled(key, app.theme.key()));
        spans.push(Span::raw(format!(" {}", label.get(app.lang))));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}
