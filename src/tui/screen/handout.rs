//! The pamphlet for one meeting: its status and due date, a preview of the personalised
//! pamphlet, and the ticks prepared / handed out / discussed.

use mandat::dates;
use mandat::export::{DocFormat, pamphlet};
use mandat::flow::handout::{Channel, DueStatus, HandoutEvent, due_status};
use mandat::text::format::{date_with_weekday, long_date};
use mandat::text::screen::{first_run, frame, handout as t, keys as k};
use mandat::text::{Msg, common};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

use crate::tui::action::{Action, Command};
use crate::tui::app::{App, ExportKind};
use crate::tui::keys::{self, Binding, Key};
use crate::tui::screen::meeting::{self, Item};
use crate::tui::screen::{read, saved, Screen, View, export};
use crate::tui::widgets::{LineInput, centered, paragraph};

/// The "handed out" form: a date and a channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandOutForm {
    pub date: LineInput,
    pub channel: Channel,
    /// 0 = date, 1 = channel.
    pub focus: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub meeting_id: String,
    pub scroll: u16,
    pub form: Option<HandOutForm>,
}

impl State {
    pub fn new(meeting_id: &str) -> State {
        State {
            meeting_id: meeting_id.to_string(),
            scroll: 0,
            form: None,
        }
    }
}

fn cycle_channel(c: Channel, forward: bool) -> Channel {
    let all = Channel::ALL;
    let i = all.iter().position(|x| *x == c).unwrap_or(0);
    let n = all.len();
    all[if forward {
        (i + 1) % n
    } else {
        (i + n - 1) % n
    }]
}

fn update(app: &mut App, st: &mut State, action: Action) -> Option<Screen> {
    if let Some(form) = &mut st.form {
        match action {
            Action::Back => st.form = None,
            Action::NextField | Action::Down | Action::PrevField | Action::Up => {
                form.focus = 1 - form.focus.min(1);
            }
            Action::Edit(key) if form.focus == 1 => {
                match key.code {
                    KeyCode::Left => form.channel = cycle_channel(form.channel, false),
                    KeyCode::Right | KeyCode::Char(' ') => {
                        form.channel = cycle_channel(form.channel, true)
                    }
                    _ => {}
                }
            }
            Action::Edit(key) => {
                form.date.handle_key(key);
            }
            Action::Paste(text) if form.focus == 0 => form.date.paste(&text),
            Action::Confirm | Action::SaveField => {
                let Some(on) = dates::parse_date(form.date.text()) else {
                    app.error(first_run::BAD_DATE.get(app.lang));
                    return None;
                };
                let event = HandoutEvent::HandOut {
                    on,
                    channel: form.channel,
                };
                if app.apply_handout(&st.meeting_id, event) {
                    st.form = None;
                }
            }
            _ => {}
        }
        return None;
    }
    match action {
        Action::Back => {
            return Some(Screen::Meeting(meeting::State::at(
                &st.meeting_id,
                Item::Handout,
            )));
        }
        Action::Up => st.scroll = st.scroll.saturating_sub(1),
        Action::Down => st.scroll = st.scroll.saturating_add(1),
        Action::PageUp => st.scroll = st.scroll.saturating_sub(10),
        Action::PageDown => st.scroll = st.scroll.saturating_add(10),
        Action::Home => st.scroll = 0,
        Action::Command(Command::MarkPrepared) => {
            let on = app.today;
            app.apply_handout(&st.meeting_id, HandoutEvent::Prepare { on });
        }
        Action::Command(Command::StartHandOut) => {
            let current = app
                .meeting(&st.meeting_id)
                .and_then(|m| m.handout.handed_out_on());
            let (date, channel) = current.unwrap_or((app.today, Channel::InPerson));
            st.form = Some(HandOutForm {
                date: LineInput::new(dates::input_date(date)),
                channel,
                focus: 0,
            });
        }
        Action::Command(Command::MarkDiscussed) => {
            app.apply_handout(&st.meeting_id, HandoutEvent::MarkDiscussed);
        }
        Action::Command(Command::StepBack) => {
            app.apply_handout(&st.meeting_id, HandoutEvent::StepBack);
        }
        Action::Command(Command::OpenExport) => {
            let mut next = export::State::new(app, &st.meeting_id);
            next.set_kind(app, ExportKind::Pamphlet);
            return Some(Screen::Export(next));
        }
        _ => {}
    }
    None
}

fn crumbs(app: &App, st: &State) -> Vec<String> {
    let mut c = meeting::crumbs(app, &meeting::State::new(&st.meeting_id));
    c.push(common::PAMPHLET.get(app.lang).to_string());
    if let Some(m) = app.meeting(&st.meeting_id) {
        c.push(frame::step_n_of(app.lang, m.handout.step() as usize + 1, 4));
    }
    c
}

const PREPARED: Binding = Binding::new(
    "f",
    &[(Key::char('f'), Action::Command(Command::MarkPrepared))],
    k::PREPARED,
);
const HANDED_OUT: Binding = Binding::new(
    "a",
    &[(Key::char('a'), Action::Command(Command::StartHandOut))],
    k::HANDED_OUT,
);
const DISCUSSED: Binding = Binding::new(
    "d",
    &[(Key::char('d'), Action::Command(Command::MarkDiscussed))],
    k::DISCUSSED,
);

const VIEW_KEYS: &[Binding] = &[
    PREPARED,
    HANDED_OUT,
    DISCUSSED,
    keys::STEP_BACK,
    keys::EXPORT,
    keys::SCROLL,
    keys::BACK,
    keys::HELP,
    keys::PAGE,
    keys::QUIT.help_only(),
];
const FORM_KEYS: &[Binding] = &[
    Binding::new(
        "Tab",
        &[
            (Key::plain(KeyCode::Tab), Action::NextField),
            (Key::plain(KeyCode::BackTab), Action::PrevField),
            (Key::plain(KeyCode::Up), Action::Up),
            (Key::plain(KeyCode::Down), Action::Down),
        ],
        k::NEXT_FIELD,
    ),
    Binding::new(
        "←/→",
        &[
            (Key::plain(KeyCode::Left), Action::Type),
            (Key::plain(KeyCode::Right), Action::Type),
        ],
        k::CHOOSE,
    ),
    keys::LINE_CONFIRM,
    keys::LINE_CANCEL,
];
pub const KEY_TABLES: &[&[Binding]] = &[VIEW_KEYS, FORM_KEYS];

impl View for State {
    const ABOUT: &'static [Msg] = t::ABOUT;
    const KEY_TABLES: &'static [&'static [Binding]] = KEY_TABLES;

    fn update(&mut self, app: &mut App, action: Action) -> Option<Screen> {
        update(app, self, action)
    }

    fn crumbs(&self, app: &App) -> Vec<String> {
        crumbs(app, self)
    }

    fn keys(&self, _app: &App) -> &'static [Binding] {
        if self.form.is_some() {
            FORM_KEYS
        } else {
            VIEW_KEYS
        }
    }

    fn is_editing(&self) -> bool {
        self.form.is_some()
    }

    fn position(&self, _app: &App) -> Option<serde_json::Value> {
        saved(&Position {
            meeting_id: self.meeting_id.clone(),
            scroll: self.scroll,
            form: self.form.as_ref().map(|f| (f.date.text().to_string(), f.channel, f.focus)),
        })
    }

    fn from_position(app: &App, position: &serde_json::Value) -> Option<Self> {
        let p: Position = read(position)?;
        app.meeting(&p.meeting_id)?;
        let mut st = State::new(&p.meeting_id);
        st.scroll = p.scroll;
        st.form = p.form.map(|(date, channel, focus)| HandOutForm {
            date: LineInput::new(date),
            channel,
            focus: focus.min(1),
        });
        Some(st)
    }

    fn render(&self, app: &App, area: Rect, buf: &mut Buffer) {
        render(app, self, area, buf);
    }
}

fn render(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    let (Some(ws), Some(m)) = (&app.workspace, app.meeting(&st.meeting_id)) else {
        return;
    };
    let lang = app.lang;
    let theme = app.theme;
    let cal = ws.calendar();
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("{}: ", common::STATUS.get(lang)), theme.heading()),
        Span::raw(common::handout_step(lang, m.handout.step())),
    ])];
    if let Some(on) = m.handout.prepared_on() {
        lines.push(Line::raw(format!(
            "{}: {}",
            t::PREPARED_ON.get(lang),
            date_with_weekday(on, lang)
        )));
    }
    if let Some((on, channel)) = m.handout.handed_out_on() {
        lines.push(Line::raw(format!(
            "{}: {} ({})",
            t::HANDED_OUT_ON.get(lang),
            date_with_weekday(on, lang),
            common::channel(lang, channel)
        )));
    }
    let due = due_status(
        &m.handout,
        m.date,
        ws.settings.handout_working_days_before,
        app.today,
        &cal,
    );
    let due_line = match due {
        DueStatus::Undated => Some(Line::styled(
            format!("{}: {}", t::DUE.get(lang), t::NO_DATE.get(lang)),
            theme.dim(),
        )),
        DueStatus::Done => None,
        DueStatus::Later { due } => Some(Line::raw(format!(
            "{}: {}",
            t::DUE.get(lang),
            long_date(due, lang)
        ))),
        DueStatus::DueSoon { due } => Some(Line::styled(
            format!(
                "{}: {} ({})",
                t::DUE.get(lang),
                long_date(due, lang),
                t::DUE_SOON.get(lang)
            ),
            theme.warn(),
        )),
        DueStatus::Overdue { due } => Some(Line::styled(
            format!(
                "{}: {} ({})",
                t::DUE.get(lang),
                long_date(due, lang),
                t::OVERDUE.get(lang)
            ),
            theme.error(),
        )),
    };
    lines.extend(due_line);
    let head = lines.len() as u16;
    paragraph(
        lines,
        Rect::new(area.x, area.y, area.width, head.min(area.height)),
        buf,
        0,
    );

    let preview_area = Rect::new(
        area.x,
        area.y + head + 1,
        area.width,
        area.height.saturating_sub(head + 1),
    );
    if preview_area.height >= 3 {
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.dim())
            .title(format!(" {} ", t::PREVIEW.get(lang)));
        let inner = block.inner(preview_area);
        block.render(preview_area, buf);
        let text = match pamphlet::render(ws, &st.meeting_id, &app.content, lang, DocFormat::Text) {
            Ok(text) => text,
            Err(e) => e.message(lang),
        };
        let lines: Vec<Line> = text.lines().map(|l| Line::raw(l.to_string())).collect();
        let max_scroll = (lines.len() as u16).saturating_sub(inner.height);
        paragraph(lines, inner, buf, st.scroll.min(max_scroll));
    }

    if let Some(form) = &st.form {
        let popup = centered(area, 60, 7);
        Clear.render(popup, buf);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.active_border())
            .title(format!(" {} ", t::FORM_TITLE.get(lang)));
        let inner = block.inner(popup);
        block.render(popup, buf);
        if inner.height < 3 {
            return;
        }
        let label_w = 28u16.min(inner.width);
        let date_style = if form.focus == 0 {
            theme.selected()
        } else {
            theme.heading()
        };
        buf.set_stringn(
            inner.x,
            inner.y,
            t::FORM_DATE.get(lang),
            label_w as usize,
            date_style,
        );
        form.date.render(
            Rect::new(inner.x + label_w, inner.y, inner.width - label_w, 1),
            buf,
            theme.normal(),
            form.focus == 0,
            theme,
        );
        let ch_style = if form.focus == 1 {
            theme.selected()
        } else {
            theme.heading()
        };
        buf.set_stringn(
            inner.x,
            inner.y + 2,
            t::FORM_CHANNEL.get(lang),
            label_w as usize,
            ch_style,
        );
        let mut spans = Vec::new();
        for c in Channel::ALL {
            let mark = if c == form.channel { "◉ " } else { "○ " };
            let style = if c == form.channel {
                theme.heading()
            } else {
                theme.dim()
            };
            spans.push(Span::styled(
                format!("{mark}{}  ", common::channel(lang, c)),
                style,
            ));
        }
        buf.set_line(inner.x, inner.y + 3, &Line::from(spans), inner.width);
    }
}

/// Where the leader was: the preview's scroll and the hand-out form as typed.
#[derive(serde::Serialize, serde::Deserialize)]
struct Position {
    meeting_id: String,
    scroll: u16,
    form: Option<(String, Channel, usize)>,
}
