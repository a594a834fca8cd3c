//! The leader's networks: switch to another, or start a new one.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::action::{Action, Command};
use crate::tui::app::{App, Effect, Screen};
use crate::tui::screen::{dashboard, first_run};
use crate::tui::strings as s;
use crate::tui::widgets::{paragraph, truncate};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    pub selected: usize,
}

impl State {
    pub fn is_editing(&self) -> bool {
        false
    }
}

pub fn update(app: &mut App, st: &mut State, action: Action) -> Option<Screen> {
    let n = app.workspaces.len();
    match action {
        Action::Back => return Some(Screen::Dashboard(dashboard::State::default())),
        Action::Up => st.selected = st.selected.saturating_sub(1),
        Action::Down => st.selected = (st.selected + 1).min(n.saturating_sub(1)),
        Action::Confirm => {
            let entry = app.workspaces.get(st.selected)?;
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

pub fn crumbs(app: &App, _st: &State) -> Vec<String> {
    vec![s::WS_TITLE.get(app.lang).to_string()]
}

pub fn hints(_app: &App, _st: &State) -> Vec<(&'static str, s::T)> {
    vec![
        ("↑/↓", s::K_MOVE),
        ("Enter", s::K_OPEN),
        ("n", s::K_NEW),
        ("Esc", s::K_BACK),
        ("?", s::K_HELP),
        ("q", s::K_QUIT),
    ]
}

pub fn render(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let theme = app.theme;
    let width = area.width as usize;
    let mut lines = vec![
        Line::styled(s::WS_TITLE.get(lang), theme.title()),
        Line::raw(""),
    ];
    if app.workspaces.is_empty() {
        lines.push(Line::styled(s::WS_EMPTY.get(lang), theme.dim()));
    }
    let open_id = app.workspace.as_ref().map(|w| w.id.as_str());
    for (i, entry) in app.workspaces.iter().enumerate() {
        let selected = i == st.selected;
        let marker = if selected { "▶ " } else { "  " };
        let current = if Some(entry.id.as_str()) == open_id {
            format!(" {}", s::WS_CURRENT.get(lang))
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
