//! The leader's networks: switch to another, or start a new one.

use mandat::text::Msg;
use mandat::text::format::truncate;
use mandat::text::screen::{keys as k, workspaces as t};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::action::{Action, Command};
use crate::tui::app::{App, Effect};
use crate::tui::keys::{self, Binding, Key};
use crate::tui::screen::{Screen, View, dashboard, first_run};
use crate::tui::widgets::paragraph;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    pub selected: usize,
}

const NEW: Binding = Binding::new(
    "n",
    &[(Key::char('n'), Action::Command(Command::NewWorkspace))],
    k::NEW,
);
const KEYS: &[Binding] = &[
    keys::MOVE,
    keys::OPEN,
    NEW,
    keys::BACK,
    keys::HELP,
    keys::QUIT,
];
pub const KEY_TABLES: &[&[Binding]] = &[KEYS];

impl View for State {
    const ABOUT: &'static [Msg] = t::ABOUT;
    const KEY_TABLES: &'static [&'static [Binding]] = KEY_TABLES;

    fn update(&mut self, app: &mut App, action: Action) -> Option<Screen> {
        let n = app.workspaces.len();
        match action {
            Action::Back => return Some(Screen::Dashboard(dashboard::State::default())),
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(n.saturating_sub(1)),
            Action::Confirm => {
                let entry = app.workspaces.get(self.selected)?;
                if entry.id.is_empty() {
                    // A file that cannot be read: its error is already on screen.
                    app.error(entry.detail.clone());
                    return None;
                }
                app.effects.push(Effect::OpenWorkspace(entry.id.clone()));
            }
            Action::Command(Command::NewWorkspace) => {
                return Some(Screen::FirstRun(first_run::State::new(app.today)));
            }
            _ => {}
        }
        None
    }

    fn crumbs(&self, app: &App) -> Vec<String> {
        vec![t::TITLE.get(app.lang).to_string()]
    }

    fn keys(&self, _app: &App) -> &'static [Binding] {
        KEYS
    }

    fn render(&self, app: &App, area: Rect, buf: &mut Buffer) {
        let lang = app.lang;
        let theme = app.theme;
        let width = area.width as usize;
        let mut lines = vec![Line::styled(t::TITLE.get(lang), theme.title()), Line::raw("")];
        if app.workspaces.is_empty() {
            lines.push(Line::styled(t::EMPTY.get(lang), theme.dim()));
        }
        let open_id = app.workspace.as_ref().map(|w| w.id.as_str());
        for (i, entry) in app.workspaces.iter().enumerate() {
            let selected = i == self.selected;
            let marker = if selected { "▶ " } else { "  " };
            let current = if Some(entry.id.as_str()) == open_id {
                format!(" {}", t::CURRENT.get(lang))
            } else {
                String::new()
            };
            let style = if selected {
                theme.selected()
            } else {
                theme.heading()
            };
            let detail_style = if entry.id.is_empty() {
                theme.error()
            } else {
                theme.dim()
            };
            lines.push(Line::from(vec![Span::styled(
                truncate(&format!("{marker}{}{current}", entry.name), width),
                style,
            )]));
            lines.push(Line::styled(
                truncate(&format!("    {}", entry.detail), width),
                detail_style,
            ));
        }
        paragraph(lines, area, buf, 0);
    }
}
