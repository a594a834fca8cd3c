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
use crate::tui::screen::{Screen, View, export, read, saved};
use crate::tui::widgets::{LineInput, centered, paragraph, wrap_into};

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

/// How the pamphlet stands for this meeting against the earlier ones with the counterpart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Never handed out before: this meeting hands it out.
    First,
    /// Handed out for an earlier meeting, and not again for this one.
    HandedOutBefore,
    /// Handed out before, and the leader chose to hand it out again for this meeting.
    Again,
}

fn mode(app: &App, meeting_id: &str) -> Mode {
    let Some(ws) = &app.workspace else {
        return Mode::First;
    };
    match (ws.earlier_hand_out(meeting_id), ws.meeting(meeting_id)) {
        (Some(_), Some(m)) if m.hand_out_again => Mode::Again,
        (Some(_), Some(_)) => Mode::HandedOutBefore,
        _ => Mode::First,
    }
}

fn cycle_channel(c: Channel, forward: bool) -> Channel {
    mandat::vocab::cycle(&Channel::ALL, c, forward)
}

fn update(app: &mut App, st: &mut State, action: Action) -> Option<Screen> {
    if let Some(form) = &mut st.form {
        match action {
            Action::Back => st.form = None,
            Action::NextField | Action::Down | Action::PrevField | Action::Up => {
                form.focus = 1 - form.focus.min(1);
            }
            Action::Edit(key) if form.focus == 1 => match key.code {
                KeyCode::Left => form.channel = cycle_channel(form.channel, false),
                KeyCode::Right | KeyCode::Char(' ') => {
                    form.channel = cycle_channel(form.channel, true)
                }
                _ => {}
            },
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
        Action::Command(Command::HandOutAgain) => {
            let again = !app.meeting(&st.meeting_id)?.hand_out_again;
            app.edit_meeting(&st.meeting_id, |m| m.hand_out_again = again);
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
    if let Some(m) = app.meeting(&st.meeting_id)
        && mode(app, &st.meeting_id) != Mode::HandedOutBefore
    {
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

/// The same key as `g` on the meeting screen: hand the pamphlet out again, or not.
const HAND_OUT_AGAIN: Binding = Binding::new(
    "g",
    &[(Key::char('g'), Action::Command(Command::HandOutAgain))],
    k::HAND_OUT_AGAIN,
);
const NOT_AGAIN: Binding = Binding::new(
    "g",
    &[(Key::char('g'), Action::Command(Command::HandOutAgain))],
    k::NOT_AGAIN,
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
/// A follow-up whose counterpart has the pamphlet already: nothing to tick, but it can be
/// handed out again.
const BEFORE_KEYS: &[Binding] = &[
    HAND_OUT_AGAIN,
    keys::EXPORT,
    keys::SCROLL,
    keys::BACK,
    keys::HELP,
    keys::PAGE,
    keys::QUIT.help_only(),
];
/// Handed out again for this follow-up: the ticks as the first time, and a way to change one's
/// mind.
const AGAIN_KEYS: &[Binding] = &[
    PREPARED,
    HANDED_OUT,
    DISCUSSED,
    keys::STEP_BACK,
    keys::EXPORT,
    keys::SCROLL,
    keys::BACK,
    keys::HELP,
    NOT_AGAIN.help_only(),
    keys::PAGE,
    keys::QUIT.help_only(),
];
const FORM_KEYS: &[Binding] = &[
    keys::NEXT_FIELD,
    keys::FIELD_UP_DOWN,
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
pub const KEY_TABLES: &[&[Binding]] = &[VIEW_KEYS, BEFORE_KEYS, AGAIN_KEYS, FORM_KEYS];

impl View for State {
    const ABOUT: &'static [Msg] = t::ABOUT;
    const KEY_TABLES: &'static [&'static [Binding]] = KEY_TABLES;

    fn update(&mut self, app: &mut App, action: Action) -> Option<Screen> {
        update(app, self, action)
    }

    fn crumbs(&self, app: &App) -> Vec<String> {
        crumbs(app, self)
    }

    fn keys(&self, app: &App) -> &'static [Binding] {
        if self.form.is_some() {
            return FORM_KEYS;
        }
        match mode(app, &self.meeting_id) {
            Mode::First => VIEW_KEYS,
            Mode::HandedOutBefore => BEFORE_KEYS,
            Mode::Again => AGAIN_KEYS,
        }
    }

    fn is_editing(&self) -> bool {
        self.form.is_some()
    }

    fn position(&self, _app: &App) -> Option<serde_json::Value> {
        saved(&Position {
            meeting_id: self.meeting_id.clone(),
            scroll: self.scroll,
            form: self
                .form
                .as_ref()
                .map(|f| (f.date.text().to_string(), f.channel, f.focus)),
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
    let width = area.width as usize;
    let mode = mode(app, &st.meeting_id);
    let earlier = ws
        .earlier_hand_out(&m.id)
        .and_then(|e| e.handout.handed_out_on());
    let status = match mode {
        Mode::HandedOutBefore => t::EARLIER_STATUS.get(lang).to_string(),
        _ => common::handout_step(lang, m.handout.step()).to_string(),
    };
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("{}: ", common::STATUS.get(lang)), theme.heading()),
        Span::raw(status),
    ])];
    // This meeting's own deadline: the pamphlet's due line, or — while the counterpart has it
    // from before — the date to keep if the leader chooses to hand it out again.
    let due = due_status(
        &m.handout,
        m.date,
        ws.settings.handout_working_days_before,
        app.today,
        &cal,
    );
    if let (Mode::HandedOutBefore, Some((on, channel))) = (mode, earlier) {
        lines.push(Line::raw(format!(
            "{}: {} ({})",
            t::HANDED_OUT_ON.get(lang),
            date_with_weekday(on, lang),
            common::channel(lang, channel)
        )));
        wrap_into(
            &mut lines,
            t::NOT_AGAIN_NEEDED.get(lang),
            width,
            theme.dim(),
            "",
        );
    }
    if let (Mode::Again, Some((on, _))) = (mode, earlier) {
        wrap_into(
            &mut lines,
            &t::again_line(lang, &date_with_weekday(on, lang)),
            width,
            theme.dim(),
            "",
        );
    }
    if let Some(new) = pamphlet::topics_new_since_hand_out(ws, &m.id, &app.content, lang) {
        let text = if new.is_empty() {
            t::SAME_TOPICS.get(lang).to_string()
        } else {
            t::new_topics(lang, &new.join(", "))
        };
        wrap_into(&mut lines, &text, width, theme.normal(), "");
    }
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
    if mode == Mode::HandedOutBefore {
        // Nothing is due while the counterpart has the pamphlet, but the date helps decide.
        let if_again = match due {
            DueStatus::Later { due } | DueStatus::DueSoon { due } => {
                Some(t::due_if_again(lang, &long_date(due, lang)))
            }
            DueStatus::Overdue { due } => Some(t::overdue_if_again(lang, &long_date(due, lang))),
            DueStatus::Undated | DueStatus::Done | DueStatus::MeetingHeld => None,
        };
        if let Some(text) = if_again {
            wrap_into(&mut lines, &text, width, theme.dim(), "");
        }
    }
    let due_line = match (mode, due) {
        (Mode::HandedOutBefore, _) => None,
        (_, DueStatus::Undated) => Some(Line::styled(
            format!("{}: {}", t::DUE.get(lang), t::NO_DATE.get(lang)),
            theme.dim(),
        )),
        (_, DueStatus::Done) => None,
        (_, DueStatus::MeetingHeld) => Some(Line::styled(t::MEETING_HELD.get(lang), theme.dim())),
        (_, DueStatus::Later { due }) => Some(Line::raw(format!(
            "{}: {}",
            t::DUE.get(lang),
            long_date(due, lang)
        ))),
        (_, DueStatus::DueSoon { due }) => Some(Line::styled(
            format!(
                "{}: {} ({})",
                t::DUE.get(lang),
                long_date(due, lang),
                t::DUE_SOON.get(lang)
            ),
            theme.warn(),
        )),
        (_, DueStatus::Overdue { due }) => Some(Line::styled(
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
    let head = (lines.len() as u16).min(area.height);
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
