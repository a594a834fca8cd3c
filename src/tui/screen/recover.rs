//! When the workspace file cannot be read: say what is wrong and where, and offer the newest
//! backup that can be read. The unreadable file is never changed; restoring keeps it beside the
//! restored one under a new name.

use mandat::store::Backup;
use mandat::text::Msg;
use mandat::text::format::date_with_weekday;
use mandat::text::screen::{keys as k, recover as t};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::tui::action::{Action, Command};
use crate::tui::app::{App, Effect};
use crate::tui::keys::{self, Binding, Key};
use crate::tui::screen::{Screen, View, first_run};
use crate::tui::widgets::paragraph;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub id: String,
    /// The store's one-line explanation, naming the file.
    pub problem: String,
    /// The newest backup that reads, if there is one.
    pub backup: Option<Backup>,
}

const RESTORE: Binding = Binding::new(
    "Enter",
    &[
        (Key::plain(ratatui::crossterm::event::KeyCode::Enter), Action::Confirm),
        (Key::char('g'), Action::Command(Command::Restore)),
    ],
    k::RESTORE,
);
const NEW: Binding = Binding::new(
    "n",
    &[(Key::char('n'), Action::Command(Command::NewWorkspace))],
    k::NEW,
);
const WITH_BACKUP: &[Binding] = &[RESTORE, NEW, keys::HELP, keys::QUIT];
const WITHOUT_BACKUP: &[Binding] = &[NEW, keys::HELP, keys::QUIT];
pub const KEY_TABLES: &[&[Binding]] = &[WITH_BACKUP];

impl View for State {
    const ABOUT: &'static [Msg] = t::ABOUT;
    const KEY_TABLES: &'static [&'static [Binding]] = KEY_TABLES;

    fn update(&mut self, app: &mut App, action: Action) -> Option<Screen> {
        match action {
            Action::Confirm | Action::Command(Command::Restore) => match &self.backup {
                Some(backup) => app.effects.push(Effect::Restore {
                    id: self.id.clone(),
                    backup: backup.clone(),
                }),
                None => app.error(t::NO_BACKUP.get(app.lang)),
            },
            Action::Command(Command::NewWorkspace) => {
                return Some(Screen::FirstRun(first_run::State::new(app.today)));
            }
            _ => {}
        }
        None
    }

    fn crumbs(&self, app: &App) -> Vec<String> {
        vec![self.id.clone(), t::TITLE.get(app.lang).to_string()]
    }

    fn keys(&self, _app: &App) -> &'static [Binding] {
        if self.backup.is_some() {
            WITH_BACKUP
        } else {
            WITHOUT_BACKUP
        }
    }

    fn render(&self, app: &App, area: Rect, buf: &mut Buffer) {
        let lang = app.lang;
        let theme = app.theme;
        let mut lines = vec![
            Line::styled(t::TITLE.get(lang), theme.title()),
            Line::raw(""),
            Line::styled(self.problem.clone(), theme.error()),
            Line::raw(""),
            Line::raw(t::UNCHANGED.get(lang)),
            Line::raw(""),
        ];
        match &self.backup {
            Some(b) => {
                let when = b.taken_at.with_timezone(&chrono::Local);
                lines.push(Line::raw(t::offer(
                    lang,
                    &date_with_weekday(when.date_naive(), lang),
                    &when.format("%H:%M").to_string(),
                )));
                lines.push(Line::raw(""));
                lines.push(Line::styled(t::KEEPS.get(lang), theme.dim()));
            }
            None => lines.push(Line::raw(t::NO_BACKUP.get(lang))),
        }
        paragraph(lines, area, buf, 0);
    }
}
