//! `?`: what the current screen is for and which keys it has, over the screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Widget};

use crate::tui::app::{App, Screen};
use crate::tui::strings as s;
use crate::tui::widgets::{centered, paragraph};

pub fn topic(screen: &Screen) -> &'static [s::T] {
    match screen {
        Screen::FirstRun(_) => s::HELP_FIRST_RUN,
        Screen::Dashboard(_) => s::HELP_DASHBOARD,
        Screen::Workspaces(_) => s::HELP_WORKSPACES,
        Screen::Meeting(_) => s::HELP_MEETING,
        Screen::Handout(_) => s::HELP_HANDOUT,
        Screen::Reflection(_) => s::HELP_REFLECTION,
        Screen::Agreement(_) => s::HELP_AGREEMENT,
        Screen::Plan(_) => s::HELP_PLAN,
        Screen::Export(_) => s::HELP_EXPORT,
        Screen::Recover(_) => s::HELP_RECOVER,
    }
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
        .title(format!(" {} ", s::HELP_TITLE.get(lang)));
    let inner = block.inner(popup);
    block.render(popup, buf);
    let mut lines = Vec::new();
    for t in topic(&app.screen) {
        lines.push(Line::raw(t.get(lang)));
        lines.push(Line::raw(""));
    }
    for t in s::HELP_ALWAYS {
        lines.push(Line::styled(t.get(lang), theme.dim()));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(s::HELP_CLOSE.get(lang), theme.key()));
    paragraph(lines, inner, buf, 0);
}
