//! The network's own details, from the dashboard: its theme, its type and the leader's name.
//! Enter saves; Esc closes, and asks first when something was changed, so a slip of the finger
//! never throws typed words away.

use mandat::model::{FactsError, NetworkFacts};
use mandat::text::screen::{first_run as words, keys as k, network as t};
use mandat::text::{Msg, common};
use mandat::vocab::NetworkType;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::action::Action;
use crate::tui::action::Command;
use crate::tui::app::App;
use crate::tui::keys::{self, Binding, Key};
use crate::tui::screen::{Screen, View, dashboard, read, saved};
use crate::tui::widgets::{LineInput, line_rows, paragraph};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Field {
    Name,
    Type,
    Leader,
    Save,
}

impl Field {
    const ALL: [Field; 4] = [Field::Name, Field::Type, Field::Leader, Field::Save];

    fn next(self) -> Field {
        mandat::vocab::cycle(&Field::ALL, self, true)
    }

    fn previous(self) -> Field {
        mandat::vocab::cycle(&Field::ALL, self, false)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub name: LineInput,
    pub network_type: NetworkType,
    pub leader: LineInput,
    pub focus: Field,
    /// Esc was pressed with changes: asking whether to drop them.
    pub asking: bool,
}

impl State {
    /// The form filled with the network's details as saved.
    pub fn new(facts: &NetworkFacts) -> State {
        State {
            name: LineInput::new(facts.name.clone()),
            network_type: facts.network_type,
            leader: LineInput::new(facts.leader_name.clone()),
            focus: Field::Name,
            asking: false,
        }
    }

    fn facts(&self) -> NetworkFacts {
        NetworkFacts {
            name: self.name.text().to_string(),
            network_type: self.network_type,
            leader_name: self.leader.text().to_string(),
        }
    }

    /// Whether the form says something else than the saved details.
    fn changed(&self, app: &App) -> bool {
        app.workspace
            .as_ref()
            .is_some_and(|ws| ws.facts() != self.facts())
    }

    fn focused_input(&mut self) -> Option<&mut LineInput> {
        match self.focus {
            Field::Name => Some(&mut self.name),
            Field::Leader => Some(&mut self.leader),
            Field::Type | Field::Save => None,
        }
    }

    fn cycle_type(&mut self, forward: bool) {
        self.network_type = self.network_type.cycled(forward);
    }
}

/// The course the plan follows, when it is not a course for the type chosen in the form.
fn course_of_other_type<'a>(app: &'a App, st: &State) -> Option<&'a mandat::content::Course> {
    let ws = app.workspace.as_ref()?;
    app.content
        .course(&ws.plan.settings.course_id)
        .filter(|c| c.network_type != st.network_type && st.network_type != ws.network_type)
}

fn save(app: &mut App, st: &mut State) -> Option<Screen> {
    let lang = app.lang;
    let ws = app.workspace.as_mut()?;
    match ws.set_facts(st.facts(), &app.content) {
        Err(FactsError::EmptyName) => {
            st.focus = Field::Name;
            app.error(words::NEED_THEME.get(lang));
            None
        }
        Ok(changed) => {
            if changed.changed {
                app.touch();
            }
            let course_name = changed
                .plan_course_of_other_type
                .as_deref()
                .and_then(|id| app.content.course(id))
                .map(|c| c.name.get(lang).to_string());
            match course_name {
                Some(course) => app.info(t::saved_plan_keeps_course(lang, &course)),
                None if changed.changed => app.info(t::SAVED.get(lang)),
                None => {}
            }
            Some(Screen::Dashboard(dashboard::State::default()))
        }
    }
}

fn update(app: &mut App, st: &mut State, action: Action) -> Option<Screen> {
    if st.asking {
        match action {
            Action::Command(Command::Yes) => {
                return Some(Screen::Dashboard(dashboard::State::default()));
            }
            Action::Command(Command::No) => st.asking = false,
            _ => {}
        }
        return None;
    }
    match action {
        Action::Back if st.changed(app) => st.asking = true,
        Action::Back => return Some(Screen::Dashboard(dashboard::State::default())),
        Action::Confirm | Action::SaveField => return save(app, st),
        Action::NextField | Action::Down => st.focus = st.focus.next(),
        Action::PrevField | Action::Up => st.focus = st.focus.previous(),
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
        _ => {}
    }
    None
}

const SAVE: Binding = Binding::new(
    "Enter",
    &[
        (Key::plain(KeyCode::Enter), Action::Confirm),
        (Key::ctrl('s'), Action::SaveField),
    ],
    t::KEY_SAVE,
)
.explained(t::KEY_SAVE_HELP);
const CLOSE: Binding = Binding::new(
    "Esc",
    &[(Key::plain(KeyCode::Esc), Action::Back)],
    t::KEY_CLOSE,
)
.explained(t::KEY_CLOSE_HELP);
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
    SAVE,
    CLOSE,
    keys::HELP_IN_FORM,
    keys::FIELD_UP_DOWN,
];
const TYPE_KEYS: &[Binding] = &[
    keys::NEXT_FIELD,
    SAVE,
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
        let mut c = Vec::new();
        if let Some(ws) = &app.workspace {
            c.push(ws.name.clone());
        }
        c.push(t::CRUMB.get(app.lang).to_string());
        c
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

    /// The form is text fields, except while it asks whether to drop the changes.
    fn is_editing(&self) -> bool {
        !self.asking
    }

    fn position(&self, _app: &App) -> Option<serde_json::Value> {
        saved(&Position {
            name: self.name.text().to_string(),
            network_type: self.network_type,
            leader: self.leader.text().to_string(),
            focus: self.focus,
        })
    }

    fn from_position(app: &App, position: &serde_json::Value) -> Option<Self> {
        let p: Position = read(position)?;
        app.workspace.as_ref()?;
        Some(State {
            name: LineInput::new(p.name),
            network_type: p.network_type,
            leader: LineInput::new(p.leader),
            focus: p.focus,
            asking: false,
        })
    }

    fn render(&self, app: &App, area: Rect, buf: &mut Buffer) {
        render(app, self, area, buf);
    }
}

/// What the form holds, so a restart comes back to the words typed in it.
#[derive(serde::Serialize, serde::Deserialize)]
struct Position {
    name: String,
    network_type: NetworkType,
    leader: String,
    focus: Field,
}

fn render(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let theme = app.theme;
    if area.height == 0 || area.width == 0 {
        return;
    }
    let bottom = area.bottom();
    let mut y = area.y;
    let text = |buf: &mut Buffer, y: &mut u16, line: Line, gap: u16| {
        if *y >= bottom {
            return;
        }
        let rows = line_rows(&line, area.width as usize).min(u16::MAX as usize) as u16;
        let h = rows.min(bottom - *y);
        paragraph(vec![line], Rect::new(area.x, *y, area.width, h), buf, 0);
        *y = y.saturating_add(rows + gap);
    };
    text(buf, &mut y, Line::styled(t::CRUMB.get(lang), theme.title()), 1);
    text(buf, &mut y, Line::raw(t::INTRO.get(lang)), 1);

    let label_width = 24u16.min(area.width / 2);
    let value_x = area.x + label_width + 1;
    let value_width = area.width.saturating_sub(label_width + 1);
    let fields = [
        (Field::Name, words::THEME),
        (Field::Type, words::TYPE),
        (Field::Leader, words::LEADER),
    ];
    for (field, label) in fields {
        if y >= bottom {
            return;
        }
        let active = st.focus == field && !st.asking;
        let label_style = if active {
            theme.selected()
        } else {
            theme.heading()
        };
        buf.set_stringn(area.x, y, label.get(lang), label_width as usize, label_style);
        let value_area = Rect::new(value_x, y, value_width, 1);
        match field {
            Field::Name => st.name.render(value_area, buf, theme.normal(), active, theme),
            Field::Leader => st
                .leader
                .render(value_area, buf, theme.normal(), active, theme),
            _ => {
                let mut spans = Vec::new();
                for nt in NetworkType::ALL {
                    let chosen = nt == st.network_type;
                    let style = match (chosen, active) {
                        (true, true) => theme.selected(),
                        (true, false) => theme.heading(),
                        _ => theme.dim(),
                    };
                    let mark = if chosen { "◉ " } else { "○ " };
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
        let style = if st.focus == Field::Save && !st.asking {
            theme.selected()
        } else {
            theme.heading()
        };
        buf.set_stringn(
            value_x,
            y,
            format!("[ {} ]", t::SAVE.get(lang)),
            value_width as usize,
            style,
        );
        y += 2;
    }
    // Say what a new type means for the plan before it is saved.
    if let Some(course) = course_of_other_type(app, st) {
        text(
            buf,
            &mut y,
            Line::styled(t::plan_keeps_course(lang, course.name.get(lang)), theme.warn()),
            1,
        );
    } else if st.focus == Field::Type && !st.asking {
        text(
            buf,
            &mut y,
            Line::styled(words::TYPE_HINT.get(lang), theme.dim()),
            1,
        );
    }
    if st.asking {
        text(
            buf,
            &mut y,
            Line::styled(t::ASK_DISCARD.get(lang), theme.warn()),
            0,
        );
    }
}
