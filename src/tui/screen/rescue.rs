//! When a rescue copy holds changes the workspace file does not (a save failed the last time
//! the program ended), the next start offers it in one key. Both files are kept either way.

use mandat::store::Rescue;
use mandat::text::Msg;
use mandat::text::format::date_with_weekday;
use mandat::text::screen::{keys as k, rescue as t};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::tui::action::{Action, Command};
use crate::tui::app::{App, Effect};
use crate::tui::keys::{self, Binding, Key};
use crate::tui::screen::{Screen, View};
use crate::tui::widgets::paragraph;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub id: String,
    pub rescue: Rescue,
}

impl State {
    pub fn new(id: &str, rescue: Rescue) -> State {
        State {
            id: id.to_string(),
            rescue,
        }
    }
}

const USE: Binding = Binding::new(
    "Enter",
    &[(Key::plain(KeyCode::Enter), Action::Command(Command::UseRescue))],
    k::USE_RESCUE,
);
const KEEP: Binding = Binding::new(
    "n",
    &[
        (Key::char('n'), Action::Command(Command::KeepCurrent)),
        (Key::plain(KeyCode::Esc), Action::Command(Command::KeepCurrent)),
    ],
    k::KEEP_CURRENT,
);
const KEYS: &[Binding] = &[USE, KEEP, keys::HELP, keys::QUIT];
pub const KEY_TABLES: &[&[Binding]] = &[KEYS];

impl View for State {
    const ABOUT: &'static [Msg] = t::ABOUT;
    const KEY_TABLES: &'static [&'static [Binding]] = KEY_TABLES;

    fn update(&mut self, app: &mut App, action: Action) -> Option<Screen> {
        match action {
            Action::Command(Command::UseRescue) => {
                app.effects.push(Effect::UseRescue {
                    id: self.id.clone(),
                    rescue: self.rescue.clone(),
                });
                None
            }
            Action::Command(Command::KeepCurrent) => Some(Screen::default()),
            _ => None,
        }
    }

    fn crumbs(&self, app: &App) -> Vec<String> {
        vec![self.id.clone(), t::TITLE.get(app.lang).to_string()]
    }

    fn keys(&self, _app: &App) -> &'static [Binding] {
        KEYS
    }

    fn render(&self, app: &App, area: Rect, buf: &mut Buffer) {
        let lang = app.lang;
        let theme = app.theme;
        let when = self.rescue.taken_at.with_timezone(&chrono::Local);
        let when = format!(
            "{} {}",
            date_with_weekday(when.date_naive(), lang),
            when.format("%H:%M")
        );
        let lines = vec![
            Line::styled(t::TITLE.get(lang), theme.title()),
            Line::raw(""),
            Line::raw(t::EXPLAIN.get(lang)),
            Line::raw(""),
            Line::styled(
                t::where_when(lang, &self.rescue.path.display().to_string(), &when),
                theme.heading(),
            ),
            Line::raw(""),
            Line::raw(t::OFFER.get(lang)),
            Line::raw(""),
            Line::styled(t::KEEP.get(lang), theme.dim()),
        ];
        paragraph(lines, area, buf, 0);
    }
}
