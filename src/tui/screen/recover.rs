//! When the workspace file cannot be read: say what is wrong and where, and offer the newest
//! backup that can be read. The unreadable file is never changed; restoring keeps it beside the
//! restored one under a new name.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::tui::action::{Action, Command};
use crate::tui::app::{App, Effect, Screen};
use crate::tui::screen::first_run;
use crate::tui::strings as s;
use crate::tui::widgets::paragraph;
use mandat::store::Backup;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub id: String,
    /// The store's one-line explanation, naming the file.
    pub problem: String,
    /// The newest backup that reads, if there is one.
    pub backup: Option<Backup>,
}

pub fn update(app: &mut App, st: &mut State, action: Action) -> Option<Screen> {
    match action {
        Action::Confirm | Action::Command(Command::Restore) => match &st.backup {
            Some(backup) => app.effects.push(Effect::Restore {
                id: st.id.clone(),
                backup: backup.clone(),
            }),
            None => app.error(s::RC_NO_BACKUP.get(app.lang)),
        },
        Action::Command(Command::NewWorkspace) => {
            return Some(Screen::FirstRun(first_run::State::new(app.today)));
        }
        _ => {}
    }
    None
}

pub fn crumbs(app: &App, st: &State) -> Vec<String> {
    vec![st.id.clone(), s::RC_TITLE.get(app.lang).to_string()]
}

pub fn hints(_app: &App, st: &State) -> Vec<(&'static str, s::T)> {
    let mut hints = Vec::new();
    if st.backup.is_some() {
        hints.push(("Enter", s::K_RESTORE));
    }
    hints.push(("n", s::K_NEW));
    hints.push(("?", s::K_HELP));
    hints.push(("q", s::K_QUIT));
    hints
}

pub fn render(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let theme = app.theme;
    let mut lines = vec![
        Line::styled(s::RC_TITLE.get(lang), theme.title()),
        Line::raw(""),
        Line::styled(st.problem.clone(), theme.error()),
        Line::raw(""),
        Line::raw(s::RC_UNCHANGED.get(lang)),
        Line::raw(""),
    ];
    match &st.backup {
        Some(b) => {
            let when = b.taken_at.with_timezone(&chrono::Local);
            lines.push(Line::raw(s::rc_offer(
                lang,
                when.date_naive(),
                &when.format("%H:%M").to_string(),
            )));
            lines.push(Line::raw(""));
            lines.push(Line::styled(s::RC_KEEPS.get(lang), theme.dim()));
        }
        None => lines.push(Line::raw(s::RC_NO_BACKUP.get(lang))),
    }
    paragraph(lines, area, buf, 0);
}
