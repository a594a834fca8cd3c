//! The collaboration agreement: each template field with the leader's proposal and, after the
//! meeting, what was agreed; marking it ready and agreed.

use chrono::Months;
use mandat::content::AgreementField;
use mandat::dates;
use mandat::flow::agreement::{AgreementError, AgreementEvent, AgreementState};
use mandat::text::format::{compact_date, truncate};
use mandat::text::screen::{agreement as t, first_run, frame, keys as k};
use mandat::text::{Msg, common, flow};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Widget};

use crate::tui::action::{Action, Command};
use crate::tui::app::{App, ExportKind};
use crate::tui::editor::Editor;
use crate::tui::keys::{self, Binding, Key};
use crate::tui::screen::meeting::{self, Item};
use crate::tui::screen::{read, saved, Screen, View, export};
use crate::tui::widgets::{LineInput, centered, paragraph};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Proposal,
    Agreed,
}

/// The "agreed" form: the date it was agreed and when to review it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreedForm {
    pub on: LineInput,
    pub review: LineInput,
    pub focus: usize,
}

#[derive(Debug, Clone)]
pub struct State {
    pub meeting_id: String,
    pub selected: usize,
    pub column: Column,
    pub editor: Option<Box<Editor>>,
    pub form: Option<AgreedForm>,
}

impl State {
    pub fn new(meeting_id: &str) -> State {
        State {
            meeting_id: meeting_id.to_string(),
            selected: 0,
            column: Column::Proposal,
            editor: None,
            form: None,
        }
    }
}

fn fields<'a>(app: &'a App, meeting_id: &str) -> &'a [AgreementField] {
    app.meeting(meeting_id)
        .and_then(|m| app.content.agreement(m.counterpart))
        .map(|t| t.fields.as_slice())
        .unwrap_or(&[])
}

fn save_editor(app: &mut App, st: &State) {
    let Some(editor) = &st.editor else {
        return;
    };
    let Some(field) = fields(app, &st.meeting_id).get(st.selected) else {
        return;
    };
    let field = field.id.clone();
    let text = editor.text();
    let Some(m) = app.meeting(&st.meeting_id) else {
        return;
    };
    let (saved, event) = match st.column {
        Column::Proposal => (
            m.agreement.proposal(&field),
            AgreementEvent::EditProposal {
                field: field.clone(),
                text: text.clone(),
            },
        ),
        Column::Agreed => (
            m.agreement.agreed(&field),
            AgreementEvent::EditAgreed {
                field: field.clone(),
                text: text.clone(),
            },
        ),
    };
    if saved != text {
        let id = st.meeting_id.clone();
        app.apply_agreement(&id, event);
    }
}

fn update(app: &mut App, st: &mut State, action: Action) -> Option<Screen> {
    let n = fields(app, &st.meeting_id).len();
    if st.editor.is_some() {
        match action {
            Action::Back | Action::SaveField => {
                save_editor(app, st);
                st.editor = None;
            }
            Action::NextField | Action::PrevField => {
                save_editor(app, st);
                st.editor = None;
                if action == Action::NextField {
                    st.selected = (st.selected + 1).min(n.saturating_sub(1));
                } else {
                    st.selected = st.selected.saturating_sub(1);
                }
            }
            Action::Edit(key) if st.editor.as_mut().is_some_and(|e| e.input(key)) => {
                save_editor(app, st);
            }
            Action::Paste(text) if st.editor.as_mut().is_some_and(|e| e.paste(&text)) => {
                save_editor(app, st);
            }
            _ => {}
        }
        return None;
    }
    if let Some(form) = &mut st.form {
        match action {
            Action::Back => st.form = None,
            Action::NextField | Action::PrevField | Action::Up | Action::Down => {
                form.focus = 1 - form.focus.min(1)
            }
            Action::Edit(key) => {
                let input = if form.focus == 0 {
                    &mut form.on
                } else {
                    &mut form.review
                };
                input.handle_key(key);
            }
            Action::Paste(text) => {
                let input = if form.focus == 0 {
                    &mut form.on
                } else {
                    &mut form.review
                };
                input.paste(&text);
            }
            Action::Confirm | Action::SaveField => {
                let (Some(on), Some(review_on)) = (
                    dates::parse_date(form.on.text()),
                    dates::parse_date(form.review.text()),
                ) else {
                    app.error(first_run::BAD_DATE.get(app.lang));
                    return None;
                };
                let id = st.meeting_id.clone();
                if app.apply_agreement(&id, AgreementEvent::MarkAgreed { on, review_on }) {
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
                Item::Agreement,
            )));
        }
        Action::Up => st.selected = st.selected.saturating_sub(1),
        Action::Down => st.selected = (st.selected + 1).min(n.saturating_sub(1)),
        Action::Left => st.column = Column::Proposal,
        Action::Right => st.column = Column::Agreed,
        Action::NextField | Action::PrevField => {
            st.column = match st.column {
                Column::Proposal => Column::Agreed,
                Column::Agreed => Column::Proposal,
            }
        }
        Action::Confirm => {
            let field = fields(app, &st.meeting_id).get(st.selected)?;
            let m = app.meeting(&st.meeting_id)?;
            if st.column == Column::Proposal && m.agreement.is_agreed() {
                let text = flow::agreement_error(app.lang, &AgreementError::Locked);
                app.error(text);
                return None;
            }
            let text = match st.column {
                Column::Proposal => m.agreement.proposal(&field.id),
                Column::Agreed => m.agreement.agreed(&field.id),
            };
            st.editor = Some(Box::new(Editor::new(text, None, app.theme)));
        }
        Action::Command(Command::MarkReady) => {
            let on = app.today;
            let id = st.meeting_id.clone();
            app.apply_agreement(&id, AgreementEvent::MarkReady { on });
        }
        Action::Command(Command::StartMarkAgreed) => {
            let review = app
                .today
                .checked_add_months(Months::new(3))
                .unwrap_or(app.today);
            st.form = Some(AgreedForm {
                on: LineInput::new(dates::input_date(app.today)),
                review: LineInput::new(dates::input_date(review)),
                focus: 0,
            });
        }
        Action::Command(Command::StepBack) => {
            let id = st.meeting_id.clone();
            app.apply_agreement(&id, AgreementEvent::StepBack);
        }
        Action::Command(Command::OpenExport) => {
            let mut next = export::State::new(app, &st.meeting_id);
            next.set_kind(app, ExportKind::Brief);
            return Some(Screen::Export(next));
        }
        _ => {}
    }
    None
}

fn crumbs(app: &App, st: &State) -> Vec<String> {
    let mut c = meeting::crumbs(app, &meeting::State::new(&st.meeting_id));
    c.push(common::AGREEMENT.get(app.lang).to_string());
    if let Some(m) = app.meeting(&st.meeting_id) {
        let n = match m.agreement.state {
            AgreementState::Agreed { .. } => 3,
            AgreementState::Ready { .. } => 2,
            AgreementState::Draft => 1,
        };
        c.push(frame::step_n_of(app.lang, n, 3));
    }
    c
}

const READY: Binding = Binding::new(
    "r",
    &[(Key::char('r'), Action::Command(Command::MarkReady))],
    k::READY,
);
const AGREED: Binding = Binding::new(
    "i",
    &[(Key::char('i'), Action::Command(Command::StartMarkAgreed))],
    k::AGREED,
);
const OTHER_COLUMN: Binding = Binding::new(
    "Tab",
    &[
        (Key::plain(KeyCode::Tab), Action::NextField),
        (Key::plain(KeyCode::BackTab), Action::PrevField),
    ],
    k::COLUMN,
)
.help_only();
const LIST_KEYS: &[Binding] = &[
    keys::MOVE,
    keys::LEFT_RIGHT_COLUMN,
    keys::EDIT,
    READY,
    AGREED,
    keys::STEP_BACK,
    keys::BACK,
    keys::HELP,
    OTHER_COLUMN,
    keys::EXPORT.help_only(),
    keys::QUIT.help_only(),
];
const EDITOR_KEYS: &[Binding] = &[
    keys::NEWLINE,
    Binding::new(
        "Esc/Ctrl+S",
        &[
            (Key::plain(KeyCode::Esc), Action::Back),
            (Key::ctrl('s'), Action::SaveField),
        ],
        k::LEAVE_TEXT,
    ),
    keys::NEXT_FIELD,
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
    keys::LINE_CONFIRM,
    keys::LINE_CANCEL,
];
pub const KEY_TABLES: &[&[Binding]] = &[LIST_KEYS, EDITOR_KEYS, FORM_KEYS];

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
        if self.editor.is_some() {
            EDITOR_KEYS
        } else if self.form.is_some() {
            FORM_KEYS
        } else {
            LIST_KEYS
        }
    }

    fn is_editing(&self) -> bool {
        self.editor.is_some() || self.form.is_some()
    }

    fn position(&self, _app: &App) -> Option<serde_json::Value> {
        saved(&Position {
            meeting_id: self.meeting_id.clone(),
            selected: self.selected,
            agreed_column: self.column == Column::Agreed,
            editor: self.editor.as_ref().map(|e| e.cursor()),
            form: self
                .form
                .as_ref()
                .map(|f| (f.on.text().to_string(), f.review.text().to_string(), f.focus)),
        })
    }

    fn from_position(app: &App, position: &serde_json::Value) -> Option<Self> {
        let p: Position = read(position)?;
        let m = app.meeting(&p.meeting_id)?;
        let mut st = State::new(&p.meeting_id);
        st.selected = p.selected.min(fields(app, &p.meeting_id).len().saturating_sub(1));
        if p.agreed_column {
            st.column = Column::Agreed;
        }
        if let Some(cursor) = p.editor
            && let Some(field) = fields(app, &p.meeting_id).get(st.selected)
        {
            let text = match st.column {
                Column::Proposal => m.agreement.proposal(&field.id),
                Column::Agreed => m.agreement.agreed(&field.id),
            };
            st.editor = Some(Box::new(Editor::new(text, Some(cursor), app.theme)));
        }
        st.form = p.form.map(|(on, review, focus)| AgreedForm {
            on: LineInput::new(on),
            review: LineInput::new(review),
            focus: focus.min(1),
        });
        Some(st)
    }

    fn render(&self, app: &App, area: Rect, buf: &mut Buffer) {
        render(app, self, area, buf);
    }
}

/// "Udkast", "Klar til mødet (siden 2. feb 2027)", "Indgået … · følges op …".
fn status_line(app: &App, state: &AgreementState) -> String {
    let lang = app.lang;
    match state {
        AgreementState::Draft => t::STATUS_DRAFT.get(lang).to_string(),
        AgreementState::Ready { ready_on } => t::ready_since(lang, &compact_date(*ready_on, lang)),
        AgreementState::Agreed {
            agreed_on,
            review_on,
        } => t::agreed_line(
            lang,
            &compact_date(*agreed_on, lang),
            &compact_date(*review_on, lang),
        ),
    }
}

fn render(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let theme = app.theme;
    let Some(m) = app.meeting(&st.meeting_id) else {
        return;
    };
    let fs = fields(app, &st.meeting_id);
    if fs.is_empty() {
        paragraph(vec![Line::raw(t::NO_TEMPLATE.get(lang))], area, buf, 0);
        return;
    }
    buf.set_line(
        area.x,
        area.y,
        &Line::styled(
            status_line(app, &m.agreement.state),
            theme.heading(),
        ),
        area.width,
    );
    let body = Rect::new(
        area.x,
        area.y + 2,
        area.width,
        area.height.saturating_sub(2),
    );
    let list_w = (body.width / 3).clamp(12, 34);
    let mut lines = Vec::new();
    for (i, f) in fs.iter().enumerate() {
        let proposed = !m.agreement.proposal(&f.id).trim().is_empty();
        let agreed = !m.agreement.agreed(&f.id).trim().is_empty();
        let mark = match (proposed, agreed) {
            (_, true) => "✓",
            (true, false) => "✎",
            _ => "·",
        };
        let style = if i == st.selected {
            theme.selected()
        } else {
            theme.normal()
        };
        lines.push(Line::styled(
            truncate(&format!("{mark} {}", f.label.get(lang)), list_w as usize),
            style,
        ));
    }
    let selected = st.selected.min(fs.len() - 1);
    let scroll = (selected + 1).saturating_sub(body.height as usize) as u16;
    paragraph(
        lines,
        Rect::new(body.x, body.y, list_w, body.height),
        buf,
        scroll,
    );

    let main = Rect::new(
        body.x + list_w + 1,
        body.y,
        body.width.saturating_sub(list_w + 1),
        body.height,
    );
    let f = &fs[selected];
    let head = vec![
        Line::styled(f.label.get(lang).to_string(), theme.title()),
        Line::styled(f.hint.get(lang).to_string(), theme.dim()),
    ];
    let head_rows = 3u16.min(main.height);
    paragraph(
        head,
        Rect::new(main.x, main.y, main.width, head_rows),
        buf,
        0,
    );
    let rest = main.height.saturating_sub(head_rows);
    let half = rest / 2;
    let boxes = [
        (
            Column::Proposal,
            t::PROPOSAL,
            m.agreement.proposal(&f.id),
            main.y + head_rows,
            half,
        ),
        (
            Column::Agreed,
            t::AGREED,
            m.agreement.agreed(&f.id),
            main.y + head_rows + half,
            rest - half,
        ),
    ];
    for (column, title, text, y, h) in boxes {
        if h < 3 {
            continue;
        }
        let r = Rect::new(main.x, y, main.width, h);
        let focused = column == st.column;
        let border = if focused && st.editor.is_some() {
            theme.active_border()
        } else if focused {
            theme.heading()
        } else {
            theme.dim()
        };
        let marker = if focused { "▶ " } else { "" };
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(border)
            .title(format!(" {marker}{} ", title.get(lang)));
        let inner = block.inner(r);
        block.render(r, buf);
        match (&st.editor, focused) {
            (Some(editor), true) => editor.textarea().render(inner, buf),
            _ if text.is_empty() => paragraph(
                vec![Line::styled(t::EMPTY.get(lang), theme.dim())],
                inner,
                buf,
                0,
            ),
            _ => paragraph(
                text.split('\n').map(|l| Line::raw(l.to_string())).collect(),
                inner,
                buf,
                0,
            ),
        }
    }

    if let Some(form) = &st.form {
        let popup = centered(area, 60, 6);
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
        let label_w = 30u16.min(inner.width);
        for (i, (label, input)) in [(t::FORM_ON, &form.on), (t::FORM_REVIEW, &form.review)]
            .into_iter()
            .enumerate()
        {
            let y = inner.y + (i as u16) * 2;
            let style = if form.focus == i {
                theme.selected()
            } else {
                theme.heading()
            };
            buf.set_stringn(inner.x, y, label.get(lang), label_w as usize, style);
            input.render(
                Rect::new(inner.x + label_w, y, inner.width - label_w, 1),
                buf,
                theme.normal(),
                form.focus == i,
                theme,
            );
        }
    }
}

/// Where the leader was: the field, the column, the editor's cursor, the agreed form as typed.
#[derive(serde::Serialize, serde::Deserialize)]
struct Position {
    meeting_id: String,
    selected: usize,
    agreed_column: bool,
    editor: Option<(usize, usize)>,
    form: Option<(String, String, usize)>,
}
