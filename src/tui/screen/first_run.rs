//! The first-run wizard: the leader's name, the network's theme, its type and the start date.

use chrono::NaiveDate;
use mandat::dates;
use mandat::text::screen::{first_run as t, keys as k};
use mandat::text::{Msg, common};
use mandat::vocab::NetworkType;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::action::{Action, Command};
use crate::tui::app::{App, Effect, NewWorkspace};
use crate::tui::keys::{self, Binding, Key};
use crate::tui::screen::{Screen, View, dashboard};
use crate::tui::widgets::{LineInput, paragraph};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Leader,
    Theme,
    Type,
    Start,
    Create,
}

impl Field {
    const ALL: [Field; 5] = [
        Field::Leader,
        Field::Theme,
        Field::Type,
        Field::Start,
        Field::Create,
    ];

    fn next(self) -> Field {
        mandat::vocab::cycle(&Field::ALL, self, true)
    }

    fn previous(self) -> Field {
        mandat::vocab::cycle(&Field::ALL, self, false)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub leader: LineInput,
    pub theme: LineInput,
    pub network_type: NetworkType,
    pub start: LineInput,
    pub focus: Field,
    /// Esc was pressed with words typed: asking whether to throw them away.
    pub asking: bool,
}

impl State {
    pub fn new(today: NaiveDate) -> State {
        State {
            leader: LineInput::default(),
            theme: LineInput::default(),
            network_type: NetworkType::Velfaerd,
            start: LineInput::new(dates::input_date(today)),
            focus: Field::Leader,
            asking: false,
        }
    }

    /// Whether the leader has typed anything the form did not start with.
    fn has_typed(&self, today: NaiveDate) -> bool {
        !self.leader.text().trim().is_empty()
            || !self.theme.text().trim().is_empty()
            || self.start.text() != dates::input_date(today)
    }

    fn focused_input(&mut self) -> Option<&mut LineInput> {
        match self.focus {
            Field::Leader => Some(&mut self.leader),
            Field::Theme => Some(&mut self.theme),
            Field::Start => Some(&mut self.start),
            Field::Type | Field::Create => None,
        }
    }

    fn cycle_type(&mut self, forward: bool) {
        self.network_type = self.network_type.cycled(forward);
    }
}

/// Leaves the wizard without making a network: back to the open network, or out.
fn close(app: &mut App) -> Option<Screen> {
    if app.workspace.is_some() {
        return Some(Screen::Dashboard(dashboard::State::default()));
    }
    app.running = false;
    None
}

fn update(app: &mut App, st: &mut State, action: Action) -> Option<Screen> {
    if st.asking {
        match action {
            Action::Command(Command::Yes) => return close(app),
            Action::Command(Command::No) => st.asking = false,
            _ => {}
        }
        return None;
    }
    match action {
        Action::Back if st.has_typed(app.today) => st.asking = true,
        Action::Back => return close(app),
        Action::NextField | Action::Down => st.focus = st.focus.next(),
        Action::PrevField | Action::Up => st.focus = st.focus.previous(),
        Action::Confirm | Action::SaveField => {
            if st.focus == Field::Create || action == Action::SaveField {
                submit(app, st);
            } else {
                st.focus = st.focus.next();
            }
        }
        Action::Paste(text) => {
            if let Some(input) = st.focused_input() {
                input.paste(&text);
            }
        }
        Action::Edit(key) => match st.focus {
            Field::Type => match key.code {
                KeyCode::Left => st.cycle_type(false),
                KeyCode::Right | KeyCode::Char(' ') => st.cycle_type(true),
                _ => {}
            },
            _ => {
                if let Some(input) = st.focused_input() {
                    input.handle_key(key);
                }
            }
        },
        Action::Left if st.focus == Field::Type => st.cycle_type(false),
        Action::Right if st.focus == Field::Type => st.cycle_type(true),
        _ => {}
    }
    None
}

fn submit(app: &mut App, st: &mut State) {
    let lang = app.lang;
    let leader = st.leader.text().trim().to_string();
    let name = st.theme.text().trim().to_string();
    if leader.is_empty() {
        st.focus = Field::Leader;
        app.error(t::NEED_LEADER.get(lang));
        return;
    }
    if name.is_empty() {
        st.focus = Field::Theme;
        app.error(t::NEED_THEME.get(lang));
        return;
    }
    let Some(start) = dates::parse_date(st.start.text()) else {
        st.focus = Field::Start;
        app.error(t::BAD_DATE.get(lang));
        return;
    };
    if app.content.default_course(st.network_type).is_none() {
        st.focus = Field::Type;
        app.error(t::NO_COURSE.get(lang));
        return;
    }
    app.effects.push(Effect::CreateWorkspace(NewWorkspace {
        leader_name: leader,
        name,
        network_type: st.network_type,
        start,
    }));
}

const CLOSE: Binding = Binding::new("Esc", &[(Key::plain(KeyCode::Esc), Action::Back)], k::QUIT);
const CHOOSE_TYPE: Binding = Binding::new(
    "←/→",
    &[
        (Key::plain(KeyCode::Left), Action::Type),
        (Key::plain(KeyCode::Right), Action::Type),
    ],
    k::CHOOSE,
);
const FIELD_KEYS: &[Binding] = &[
    keys::NEXT_FIELD,
    keys::LINE_CONFIRM,
    CLOSE,
    keys::HELP_IN_FORM,
    keys::FIELD_UP_DOWN,
];
const TYPE_KEYS: &[Binding] = &[
    keys::NEXT_FIELD,
    keys::LINE_CONFIRM,
    CHOOSE_TYPE,
    CLOSE,
    keys::HELP_IN_FORM,
    keys::FIELD_UP_DOWN,
];
pub const KEY_TABLES: &[&[Binding]] = &[TYPE_KEYS, keys::YES_NO];

impl View for State {
    const ABOUT: &'static [Msg] = t::ABOUT;
    const KEY_TABLES: &'static [&'static [Binding]] = KEY_TABLES;

    fn update(&mut self, app: &mut App, action: Action) -> Option<Screen> {
        update(app, self, action)
    }

    fn crumbs(&self, app: &App) -> Vec<String> {
        vec![t::CRUMB.get(app.lang).to_string()]
    }

    fn keys(&self, _app: &App) -> &'static [Binding] {
        if self.asking {
            keys::YES_NO
        } else if self.focus == Field::Type {
            TYPE_KEYS
        } else {
            FIELD_KEYS
        }
    }

    /// The wizard is all text fields, except while it asks whether to close.
    fn is_editing(&self) -> bool {
        !self.asking
    }

    fn render(&self, app: &App, area: Rect, buf: &mut Buffer) {
        render(app, self, area, buf);
    }
}

fn render(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let theme = app.theme;
    if area.height == 0 || area.width == 0 {
        return;
    }
    let mut y = area.y;
    let bottom = area.y + area.height;
    let line = |buf: &mut Buffer, y: &mut u16, l: Line, rows: u16| {
        if *y < bottom {
            let h = rows.min(bottom - *y);
            paragraph(vec![l], Rect::new(area.x, *y, area.width, h), buf, 0);
            *y += rows;
        }
    };
    line(
        buf,
        &mut y,
        Line::styled(t::TITLE.get(lang), theme.title()),
        2,
    );
    let intro_rows = (t::INTRO.get(lang).chars().count() as u16 / area.width.max(1)) + 2;
    line(buf, &mut y, Line::raw(t::INTRO.get(lang)), intro_rows);

    let label_width = 30u16.min(area.width / 2);
    let fields = [
        (Field::Leader, t::LEADER),
        (Field::Theme, t::THEME),
        (Field::Type, t::TYPE),
        (Field::Start, t::START),
    ];
    for (field, label) in fields {
        if y >= bottom {
            return;
        }
        let active = st.focus == field;
        let label_style = if active {
            theme.selected()
        } else {
            theme.heading()
        };
        buf.set_stringn(
            area.x,
            y,
            label.get(lang),
            label_width as usize,
            label_style,
        );
        let value_area = Rect::new(
            area.x + label_width + 1,
            y,
            area.width.saturating_sub(label_width + 1),
            1,
        );
        match field {
            Field::Leader => st
                .leader
                .render(value_area, buf, theme.normal(), active, theme),
            Field::Theme => st
                .theme
                .render(value_area, buf, theme.normal(), active, theme),
            Field::Start => st
                .start
                .render(value_area, buf, theme.normal(), active, theme),
            _ => {
                let mut spans = Vec::new();
                for nt in NetworkType::ALL {
                    let style = if nt == st.network_type {
                        if active {
                            theme.selected()
                        } else {
                            theme.heading()
                        }
                    } else {
                        theme.dim()
                    };
                    let mark = if nt == st.network_type { "◉ " } else { "○ " };
                    spans.push(Span::styled(
                        format!("{mark}{}", common::network_type_short(lang, nt)),
                        style,
                    ));
                    spans.push(Span::raw("  "));
                }
                paragraph(vec![Line::from(spans)], value_area, buf, 0);
            }
        }
        y += 2;
    }
    if y < bottom {
        let style = if st.focus == Field::Create {
            theme.selected()
        } else {
            theme.heading()
        };
        buf.set_stringn(
            area.x + label_width + 1,
            y,
            format!("[ {} ]", t::CREATE.get(lang)),
            area.width.saturating_sub(label_width + 1) as usize,
            style,
        );
        y += 2;
    }
    if st.asking && y < bottom {
        paragraph(
            vec![Line::styled(t::ASK_DISCARD.get(lang), theme.warn())],
            Rect::new(area.x, y, area.width, (bottom - y).min(2)),
            buf,
            0,
        );
    } else if st.focus == Field::Type && y < bottom {
        buf.set_stringn(
            area.x,
            y,
            t::TYPE_HINT.get(lang),
            area.width as usize,
            theme.dim(),
        );
    }
}
