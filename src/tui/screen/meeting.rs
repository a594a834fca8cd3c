//! One meeting: who and when, and the way into its three flows and its print-outs.

use mandat::dates;
use mandat::flow::handout::{DueStatus, due_status};
use mandat::guide::followup::{carry_over, pamphlet_handed_out_earlier};
use mandat::planner::calendar::Calendar;
use mandat::text::format::{clean_line, compact_date, countdown, long_date, short_date, truncate};
use mandat::text::screen::codriver as codriver_text;
use mandat::text::screen::meeting as t;
use mandat::text::screen::{dashboard, first_run, frame, handout as handout_text, keys as k};
use mandat::text::{Msg, common};
use mandat::vocab::Counterpart;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

use crate::tui::action::{Action, Command};
use crate::tui::app::App;
use crate::tui::editor::Editor;
use crate::tui::keys::{self, Binding, Key};
use crate::tui::screen::{
    Screen, View, agreement, codriver, export, handout, read, reflection, saved,
};
use crate::tui::widgets::{self, LineInput, text_gauge, wrap_into};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// «Find din co-driver», on co-driver meetings only.
    Codriver,
    Person,
    Date,
    Topics,
    Handout,
    Reflection,
    Agreement,
    Notes,
    Export,
}

impl Item {
    pub const ALL: [Item; 8] = [
        Item::Person,
        Item::Date,
        Item::Topics,
        Item::Handout,
        Item::Reflection,
        Item::Agreement,
        Item::Notes,
        Item::Export,
    ];

    /// A co-driver meeting has the aid for finding the co-driver as its first line.
    pub const CODRIVER: [Item; 9] = [
        Item::Codriver,
        Item::Person,
        Item::Date,
        Item::Topics,
        Item::Handout,
        Item::Reflection,
        Item::Agreement,
        Item::Notes,
        Item::Export,
    ];

    fn all_for(counterpart: Counterpart) -> &'static [Item] {
        match counterpart {
            Counterpart::CoDriver => &Item::CODRIVER,
            _ => &Item::ALL,
        }
    }
}

#[derive(Debug, Clone)]
pub struct State {
    pub meeting_id: String,
    /// The line the cursor is on; `None` until it is moved: then the line the meeting starts on
    /// ([`first_item`]).
    pub selected: Option<Item>,
    /// The name or date field being typed in.
    pub editing: Option<(Item, LineInput)>,
    /// The private notes or the pamphlet's topics, while they are being written.
    pub notes: Option<(Item, Box<Editor>)>,
    /// Asking whether to delete this follow-up meeting.
    pub confirm_delete: bool,
}

impl State {
    pub fn new(meeting_id: &str) -> State {
        State {
            meeting_id: meeting_id.to_string(),
            selected: None,
            editing: None,
            notes: None,
            confirm_delete: false,
        }
    }

    pub fn at(meeting_id: &str, item: Item) -> State {
        State {
            selected: Some(item),
            ..State::new(meeting_id)
        }
    }

    fn item(&self, app: &App) -> Item {
        self.selected
            .unwrap_or_else(|| first_item(app, &self.meeting_id))
    }
}

/// The meeting's lines, in order.
fn items(app: &App, meeting_id: &str) -> &'static [Item] {
    app.meeting(meeting_id)
        .map(|m| Item::all_for(m.counterpart))
        .unwrap_or(&Item::ALL)
}

/// The line a meeting opens on: the pamphlet, the first thing due — but a co-driver meeting
/// without a person opens on the aid for finding one. It is selected rather than opened, so a
/// new leader sees the whole meeting first, as with the other two, and goes in with one Enter.
fn first_item(app: &App, meeting_id: &str) -> Item {
    match app.meeting(meeting_id) {
        Some(m) if m.counterpart == Counterpart::CoDriver && m.person_name.trim().is_empty() => {
            Item::Codriver
        }
        _ => Item::Handout,
    }
}

fn update(app: &mut App, st: &mut State, action: Action) -> Option<Screen> {
    if st.confirm_delete {
        return answer_delete(app, st, action);
    }
    let meeting = app.meeting(&st.meeting_id)?.clone();
    if let Some((item, editor)) = &mut st.notes {
        let item = *item;
        let changed = match action {
            Action::Back | Action::SaveField => {
                st.notes = None;
                return None;
            }
            Action::NextField | Action::PrevField => {
                st.notes = None;
                return open_next_field(app, st, item, action == Action::NextField);
            }
            Action::Edit(key) => editor.input(key),
            Action::Paste(text) => editor.paste(&text),
            _ => false,
        };
        if changed {
            let text = editor.text();
            if item == Item::Topics {
                // One topic a line; blank lines are not topics.
                let topics: Vec<String> = text
                    .lines()
                    .map(|l| l.trim().to_string())
                    .filter(|l| !l.is_empty())
                    .collect();
                app.edit_meeting(&st.meeting_id, |m| m.topics = topics);
            } else {
                app.edit_meeting(&st.meeting_id, |m| m.private_notes = text);
            }
        }
        return None;
    }
    if let Some((item, input)) = &mut st.editing {
        let item = *item;
        match action {
            Action::Back => st.editing = None,
            Action::Confirm | Action::SaveField | Action::NextField | Action::PrevField => {
                let text = input.text().trim().to_string();
                if item == Item::Person {
                    app.edit_meeting(&st.meeting_id, |m| m.person_name = text);
                    st.editing = None;
                } else if text.is_empty() {
                    app.edit_meeting(&st.meeting_id, |m| m.date = None);
                    st.editing = None;
                } else if let Some(d) = dates::parse_date(&text) {
                    app.edit_meeting(&st.meeting_id, |m| m.date = Some(d));
                    st.editing = None;
                } else {
                    app.error(first_run::BAD_DATE.get(app.lang));
                }
                if st.editing.is_none() && matches!(action, Action::NextField | Action::PrevField) {
                    return open_next_field(app, st, item, action == Action::NextField);
                }
            }
            Action::Edit(key) => {
                input.handle_key(key);
            }
            Action::Paste(text) => input.paste(&text),
            _ => {}
        }
        return None;
    }
    match action {
        Action::Back => {
            let selected = Counterpart::ALL
                .iter()
                .position(|c| *c == meeting.counterpart)
                .unwrap_or(0);
            return Some(Screen::Dashboard(crate::tui::screen::dashboard::State {
                selected,
            }));
        }
        Action::Up | Action::Down | Action::Home | Action::End => {
            let all = items(app, &st.meeting_id);
            let i = all.iter().position(|x| *x == st.item(app)).unwrap_or(0);
            let j = match action {
                Action::Up => i.saturating_sub(1),
                Action::Down => (i + 1).min(all.len() - 1),
                Action::Home => 0,
                _ => all.len() - 1,
            };
            st.selected = Some(all[j]);
        }
        Action::Left | Action::Right => {
            let ws = app.workspace.as_ref()?;
            let ids: Vec<&str> = ws
                .meetings_with(meeting.counterpart)
                .map(|m| m.id.as_str())
                .collect();
            let i = ids.iter().position(|id| *id == st.meeting_id).unwrap_or(0);
            let j = if action == Action::Left {
                i.checked_sub(1)?
            } else {
                i + 1
            };
            let id = ids.get(j)?;
            st.meeting_id = id.to_string();
        }
        Action::Confirm => return open(app, st, st.item(app)),
        Action::Command(Command::EditPersonName) => return open(app, st, Item::Person),
        Action::Command(Command::EditDate) => return open(app, st, Item::Date),
        Action::Command(Command::OpenExport) => return open(app, st, Item::Export),
        Action::Command(Command::AddMeeting) => {
            let ws = app.workspace.as_mut()?;
            let id = ws.add_meeting(meeting.counterpart).id.clone();
            app.touch();
            app.info(frame::MEETING_ADDED.get(app.lang));
            return Some(Screen::Meeting(State::new(&id)));
        }
        Action::Command(Command::DeleteMeeting) => {
            let ws = app.workspace.as_ref()?;
            if ws.is_follow_up(&st.meeting_id) {
                st.confirm_delete = true;
            } else {
                app.error(t::FIRST_MEETING_STAYS.get(app.lang));
            }
        }
        Action::Command(Command::HandOutAgain) => {
            let again = !meeting.hand_out_again;
            app.edit_meeting(&st.meeting_id, |m| m.hand_out_again = again);
        }
        _ => {}
    }
    None
}

/// Deletes a follow-up meeting the leader added by mistake, after a yes; the first meeting
/// with a counterpart stays.
fn answer_delete(app: &mut App, st: &mut State, action: Action) -> Option<Screen> {
    st.confirm_delete = false;
    if action != Action::Command(Command::Yes) {
        return None;
    }
    let ws = app.workspace.as_mut()?;
    let previous = mandat::usecase::delete_follow_up(ws, &st.meeting_id)?;
    app.touch();
    app.info(t::MEETING_DELETED.get(app.lang));
    Some(Screen::Meeting(State::new(&previous)))
}

/// The lines of a meeting that are written on the spot, in order: Tab goes from one to the next.
const TEXT_ITEMS: [Item; 4] = [Item::Person, Item::Date, Item::Topics, Item::Notes];

/// Tab from a field written on the line: the next (or previous) such field opens for writing;
/// past the last (or the first), the cursor stays on the line just left.
fn open_next_field(app: &mut App, st: &mut State, from: Item, forward: bool) -> Option<Screen> {
    let i = TEXT_ITEMS.iter().position(|x| *x == from)?;
    let next = if forward {
        TEXT_ITEMS.get(i + 1)
    } else {
        i.checked_sub(1).and_then(|j| TEXT_ITEMS.get(j))
    };
    match next {
        Some(&item) => open(app, st, item),
        None => None,
    }
}

fn open(app: &mut App, st: &mut State, item: Item) -> Option<Screen> {
    let meeting = app.meeting(&st.meeting_id)?;
    st.selected = Some(item);
    match item {
        Item::Codriver => Some(Screen::Codriver(codriver::State::new(&st.meeting_id))),
        Item::Person => {
            st.editing = Some((item, LineInput::new(meeting.person_name.clone())));
            None
        }
        Item::Date => {
            let text = meeting.date.map(dates::input_date).unwrap_or_default();
            st.editing = Some((item, LineInput::new(text)));
            None
        }
        Item::Handout => Some(Screen::Handout(handout::State::new(&st.meeting_id))),
        Item::Reflection => Some(Screen::Reflection(reflection::State::new(
            app,
            &st.meeting_id,
        ))),
        Item::Agreement => Some(Screen::Agreement(agreement::State::new(&st.meeting_id))),
        Item::Notes => {
            let editor = Editor::new(&meeting.private_notes, None, app.theme);
            st.notes = Some((item, Box::new(editor)));
            None
        }
        Item::Topics => {
            // Start from the suggested topics, so the leader edits rather than starts blank.
            let topics = mandat::export::pamphlet::topics(meeting, &app.content, app.lang);
            let editor = Editor::new(&topics.join("\n"), None, app.theme);
            st.notes = Some((item, Box::new(editor)));
            None
        }
        Item::Export => Some(Screen::Export(export::State::new(app, &st.meeting_id))),
    }
}

/// "Personaleleder — Hanne (møde 2)" for breadcrumbs.
pub fn meeting_crumb(app: &App, meeting_id: &str) -> String {
    let Some(ws) = &app.workspace else {
        return String::new();
    };
    let Some(m) = ws.meeting(meeting_id) else {
        return String::new();
    };
    let total = ws.meetings_with(m.counterpart).count();
    let role = common::role(&app.content, app.lang, m.counterpart);
    let title = if m.person_name.trim().is_empty() {
        role.to_string()
    } else {
        t::title(app.lang, role, &m.person_name)
    };
    if total > 1 {
        let n = ws
            .meetings_with(m.counterpart)
            .position(|x| x.id == m.id)
            .map(|p| p + 1)
            .unwrap_or(1);
        t::numbered(
            app.lang,
            &title,
            &dashboard::meeting_number(app.lang, n, total),
        )
    } else {
        title
    }
}

pub fn crumbs(app: &App, st: &State) -> Vec<String> {
    let mut c = Vec::new();
    if let Some(ws) = &app.workspace {
        c.push(ws.name.clone());
    }
    c.push(meeting_crumb(app, &st.meeting_id));
    c
}

const OTHER_MEETING: Binding = Binding::new(
    "←/→",
    &[
        (Key::plain(KeyCode::Left), Action::Left),
        (Key::plain(KeyCode::Right), Action::Right),
        (Key::char('h'), Action::Left),
        (Key::char('l'), Action::Right),
    ],
    k::PREV_NEXT_MEETING,
);
const ADD_MEETING: Binding = Binding::new(
    "m",
    &[(Key::char('m'), Action::Command(Command::AddMeeting))],
    k::ADD_MEETING,
);
const EDIT_NAME: Binding = Binding::new(
    "e",
    &[(Key::char('e'), Action::Command(Command::EditPersonName))],
    t::EDIT_NAME,
)
.help_only();
const EDIT_DATE: Binding = Binding::new(
    "d",
    &[(Key::char('d'), Action::Command(Command::EditDate))],
    t::EDIT_DATE,
)
.help_only();
const DELETE: Binding = Binding::new(
    "x",
    &[
        (Key::char('x'), Action::Command(Command::DeleteMeeting)),
        (
            Key::plain(KeyCode::Delete),
            Action::Command(Command::DeleteMeeting),
        ),
    ],
    t::KEY_DELETE,
)
.help_only();
const HAND_OUT_AGAIN: Binding = Binding::new(
    "g",
    &[(Key::char('g'), Action::Command(Command::HandOutAgain))],
    t::KEY_HAND_OUT_AGAIN,
)
.help_only();
const LIST_KEYS: &[Binding] = &[
    keys::MOVE,
    keys::OPEN,
    OTHER_MEETING,
    ADD_MEETING,
    keys::BACK,
    keys::HELP,
    keys::QUIT,
    EDIT_NAME,
    EDIT_DATE,
    keys::EXPORT.help_only(),
    keys::HOME_END,
    DELETE,
    HAND_OUT_AGAIN,
];
const LINE_KEYS: &[Binding] = &[
    keys::LINE_CONFIRM,
    keys::LINE_CANCEL,
    keys::NEXT_FIELD.help_only(),
];
pub const KEY_TABLES: &[&[Binding]] = &[LIST_KEYS, LINE_KEYS, keys::TEXT_KEYS, keys::YES_NO];

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
        if self.confirm_delete {
            return keys::YES_NO;
        }
        if self.notes.is_some() {
            keys::TEXT_KEYS
        } else if self.editing.is_some() {
            LINE_KEYS
        } else {
            LIST_KEYS
        }
    }

    fn is_editing(&self) -> bool {
        self.editing.is_some() || self.notes.is_some()
    }

    fn position(&self, _app: &App) -> Option<serde_json::Value> {
        let index = |item: &Item| Item::ALL.iter().position(|i| i == item).unwrap_or(0);
        saved(&Position {
            meeting_id: self.meeting_id.clone(),
            selected: self.selected.map(|i| index(&i)),
            line: self
                .editing
                .as_ref()
                .map(|(item, input)| (index(item), input.text().to_string())),
            text: self
                .notes
                .as_ref()
                .map(|(item, editor)| (index(item), editor.cursor())),
        })
    }

    fn from_position(app: &App, position: &serde_json::Value) -> Option<Self> {
        let p: Position = read(position)?;
        let m = app.meeting(&p.meeting_id)?;
        let mut st = State::new(&p.meeting_id);
        st.selected = p.selected.and_then(|i| Item::ALL.get(i).copied());
        if let Some((i, text)) = p.line {
            let item = *Item::ALL.get(i)?;
            st.editing = Some((item, LineInput::new(text)));
        }
        if let Some((i, cursor)) = p.text {
            let item = *Item::ALL.get(i)?;
            let text = match item {
                Item::Topics => {
                    mandat::export::pamphlet::topics(m, &app.content, app.lang).join("\n")
                }
                _ => m.private_notes.clone(),
            };
            st.notes = Some((item, Box::new(Editor::new(&text, Some(cursor), app.theme))));
        }
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
    let width = area.width as usize;
    let bottom = area.y + area.height;
    let mut y = area.y;
    let put = |buf: &mut Buffer, y: &mut u16, line: Line| {
        if *y < bottom {
            buf.set_line(area.x, *y, &line, area.width);
            *y += 1;
        }
    };
    put(
        buf,
        &mut y,
        Line::styled(
            truncate(&meeting_crumb(app, &st.meeting_id), width),
            theme.title(),
        ),
    );
    y += 1;
    let label_w = 30usize;
    let cal = ws.calendar();
    let qids: Vec<&str> = ws
        .questions(&app.content, &m.id)
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    let fids: Vec<&str> = app
        .content
        .agreement(m.counterpart)
        .map(|t| t.fields.iter().map(|f| f.id.as_str()).collect())
        .unwrap_or_default();
    let current = st.item(app);
    for item in items(app, &st.meeting_id) {
        if y >= bottom {
            return;
        }
        let selected = *item == current;
        let label = match item {
            Item::Codriver => app.content.codriver_aid.title.get(lang),
            Item::Person => t::PERSON.get(lang),
            Item::Date => t::DATE.get(lang),
            Item::Handout => t::HANDOUT.get(lang),
            Item::Reflection => t::REFLECTION.get(lang),
            Item::Agreement => t::AGREEMENT.get(lang),
            Item::Notes => t::NOTES_SHORT.get(lang),
            Item::Topics => t::TOPICS_SHORT.get(lang),
            Item::Export => t::EXPORT.get(lang),
        };
        let marker = if selected { "▶ " } else { "  " };
        let label_text = format!("{marker}{label}");
        let style = if selected {
            theme.selected()
        } else {
            theme.heading()
        };
        buf.set_stringn(area.x, y, &label_text, label_w.min(width), style);
        let value_x = area.x + label_w as u16 + 1;
        let value_w = area.width.saturating_sub(label_w as u16 + 1);
        let value_area = Rect::new(value_x.min(area.right()), y, value_w, 1);
        if let Some((editing, input)) = &st.editing
            && editing == item
        {
            input.render(value_area, buf, theme.normal(), true, theme);
            y += 1;
            if *item == Item::Date {
                put(
                    buf,
                    &mut y,
                    Line::styled(
                        format!("{:w$}{}", "", t::DATE_HINT.get(lang), w = label_w + 1),
                        theme.dim(),
                    ),
                );
            }
            continue;
        }
        let value: Line = match item {
            Item::Codriver => {
                let aid = &ws.codriver_aid;
                let chosen = aid.chosen_candidate().map(|c| clean_line(&c.name));
                Line::raw(codriver_text::meeting_line(
                    lang,
                    aid.candidates.len(),
                    chosen.as_deref(),
                ))
            }
            Item::Person => Line::raw(if m.person_name.trim().is_empty() {
                dashboard::NO_NAME.get(lang).to_string()
            } else {
                m.person_name.clone()
            }),
            Item::Date => match m.date {
                Some(d) => Line::from(vec![
                    Span::raw(long_date(d, lang)),
                    Span::styled(
                        format!(" · {}", countdown(app.today, d, lang)),
                        theme.heading(),
                    ),
                ]),
                None => Line::styled(dashboard::NO_DATE.get(lang), theme.dim()),
            },
            // The counterpart has it from an earlier meeting and this one does not hand it out:
            // the earlier date instead of this meeting's steps. A pamphlet handed out for this
            // very meeting shows its steps like any other.
            Item::Handout
                if !m.handout.is_handed_out()
                    && let Some(earlier) = pamphlet_handed_out_earlier(ws, &m.id) =>
            {
                Line::raw(t::handed_out_earlier(
                    lang,
                    &compact_date(earlier.handed_out_on, lang),
                ))
            }
            Item::Handout => {
                let mut spans = vec![Span::raw(format!(
                    "{} {}",
                    text_gauge(m.handout.step() as usize, 3, 3),
                    common::handout_step(lang, m.handout.step())
                ))];
                match due_status(
                    &m.handout,
                    m.date,
                    ws.settings.handout_working_days_before,
                    app.today,
                    &cal,
                ) {
                    DueStatus::Overdue { due } => spans.push(Span::styled(
                        format!(
                            " · {} ({})",
                            handout_text::OVERDUE.get(lang),
                            short_date(due, lang)
                        ),
                        theme.error(),
                    )),
                    DueStatus::DueSoon { due } | DueStatus::Later { due } => {
                        spans.push(Span::raw(format!(
                            " · {} {}",
                            handout_text::DUE.get(lang).to_lowercase(),
                            short_date(due, lang)
                        )))
                    }
                    _ => {}
                }
                Line::from(spans)
            }
            Item::Reflection => {
                let answered = m.reflection.answered_count(&qids);
                Line::raw(format!(
                    "{} {}",
                    text_gauge(answered, qids.len(), 5),
                    dashboard::answered_count(lang, answered, qids.len())
                ))
            }
            Item::Agreement => Line::raw(format!(
                "{}, {}",
                common::agreement_state(lang, &m.agreement.state),
                dashboard::proposals_count(lang, m.agreement.proposed_count(&fids), fids.len())
            )),
            Item::Notes => {
                let first = m.private_notes.lines().find(|l| !l.trim().is_empty());
                match first {
                    Some(l) => Line::raw(l.to_string()),
                    None => Line::styled(t::NOTES_EMPTY.get(lang), theme.dim()),
                }
            }
            Item::Topics => {
                let own = m.topics.len();
                if own == 0 {
                    Line::styled(t::TOPICS_SUGGESTED.get(lang), theme.dim())
                } else {
                    Line::raw(t::topics_count(lang, own))
                }
            }
            Item::Export => Line::styled(t::EXPORT_WHAT.get(lang), theme.dim()),
        };
        // A value too wide for the column goes on to the next row at a " · ", never cut.
        for row in widgets::rows_of_parts(value, value_area.width as usize) {
            buf.set_line(value_area.x, y, &row, value_area.width);
            y += 1;
        }
        if *item == Item::Date
            && let Some(d) = m.date
        {
            let warning = if cal.holiday(d).is_some() {
                Some(t::HOLIDAY)
            } else if Calendar::is_weekend(d) {
                Some(t::WEEKEND)
            } else {
                None
            };
            if let Some(w) = warning {
                put(
                    buf,
                    &mut y,
                    Line::styled(
                        format!("{:w$}{}", "", w.get(lang), w = label_w + 1),
                        theme.warn(),
                    ),
                );
            }
        }
        if *item == Item::Date {
            y += 1;
        }
    }
    // What the last meeting left open comes first at a follow-up.
    if st.notes.is_none() && ws.is_follow_up(&m.id) {
        let points = carry_over(ws, &app.content, &m.id, app.today);
        let lines = mandat::text::doc::carry_over(lang, &app.content, &points);
        if !lines.is_empty() && y + 2 < bottom {
            y += 1;
            put(
                buf,
                &mut y,
                Line::styled(t::FROM_LAST_TIME.get(lang), theme.heading()),
            );
            // Each point whole, wrapped under its bullet: it is what the meeting is to take up.
            for l in lines {
                let mut rows = Vec::new();
                wrap_into(&mut rows, &l, width.saturating_sub(4), theme.normal(), "");
                for (i, row) in rows.into_iter().enumerate() {
                    let bullet = if i == 0 { "  • " } else { "    " };
                    let mut spans = vec![Span::raw(bullet)];
                    spans.extend(row.spans);
                    put(buf, &mut y, Line::from(spans));
                }
            }
        }
    }
    if st.confirm_delete {
        put(buf, &mut y, Line::raw(""));
        put(
            buf,
            &mut y,
            Line::styled(t::CONFIRM_DELETE.get(lang), theme.warn()),
        );
    }
    if let Some((item, editor)) = &st.notes {
        let top = y + 1;
        if top + 3 <= bottom {
            let r = Rect::new(area.x, top, area.width, bottom - top);
            let title = if *item == Item::Topics {
                t::TOPICS
            } else {
                t::NOTES
            };
            let block = Block::default()
                .borders(Borders::ALL)
                .border_style(theme.active_border())
                .title(format!(" {} ", title.get(lang)));
            let inner = block.inner(r);
            block.render(r, buf);
            editor.textarea().render(inner, buf);
        }
    }
}

/// Where the leader was: the line, a name or date being typed, the notes or topics being
/// written and their cursor.
#[derive(serde::Serialize, serde::Deserialize)]
struct Position {
    meeting_id: String,
    selected: Option<usize>,
    line: Option<(usize, String)>,
    text: Option<(usize, (usize, usize))>,
}

