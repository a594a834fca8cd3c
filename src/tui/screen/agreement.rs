//! The collaboration agreement: each template field with the leader's proposal and, after the
//! meeting, what was agreed; marking it ready and agreed.

use chrono::Months;
use mandat::content::AgreementField;
use mandat::dates;
use mandat::flow::agreement::{
    AgreementError, AgreementEvent, AgreementState, AgreementWarning, Carried,
};
use mandat::text::format::{compact_date, truncate};
use mandat::text::screen::{agreement as t, first_run, frame, keys as k};
use mandat::text::{Msg, common, flow};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Widget};

use crate::tui::action::{Action, Command};
use crate::tui::app::{App, ExportKind};
use crate::tui::editor::Editor;
use crate::tui::keys::{self, Binding, Key};
use crate::tui::screen::meeting::{self, Item};
use crate::tui::screen::{Screen, View, export, read, saved};
use crate::tui::widgets::{LineInput, centered, paragraph, wrap_into};

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

/// A question before an event that is allowed but looks like a slip
/// (`Agreement::warnings`): the event waits for a yes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asking {
    pub event: AgreementEvent,
    pub warnings: Vec<AgreementWarning>,
}

#[derive(Debug, Clone)]
pub struct State {
    pub meeting_id: String,
    pub selected: usize,
    pub column: Column,
    pub editor: Option<Box<Editor>>,
    pub form: Option<AgreedForm>,
    pub asking: Option<Asking>,
}

impl State {
    pub fn new(meeting_id: &str) -> State {
        State {
            meeting_id: meeting_id.to_string(),
            selected: 0,
            column: Column::Proposal,
            editor: None,
            form: None,
            asking: None,
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

/// The text of the selected field in the column the cursor is in.
fn column_text(app: &App, st: &State) -> Option<String> {
    let field = fields(app, &st.meeting_id).get(st.selected)?;
    let m = app.meeting(&st.meeting_id)?;
    Some(match st.column {
        Column::Proposal => m.agreement.proposal(&field.id).to_string(),
        Column::Agreed => m.agreement.agreed(&field.id).to_string(),
    })
}

/// Opens the selected field in the column the cursor is in for writing. An agreement that is
/// made keeps its proposals as they were: that column says so instead of opening.
fn open_editor(app: &mut App, st: &mut State) {
    let locked = app
        .meeting(&st.meeting_id)
        .is_some_and(|m| m.agreement.is_agreed());
    if st.column == Column::Proposal && locked {
        let text = flow::agreement_error(app.lang, &AgreementError::Locked);
        app.error(text);
        return;
    }
    if let Some(text) = column_text(app, st) {
        st.editor = Some(Box::new(Editor::new(&text, None, app.theme)));
    }
}

/// Applies a step of the agreement, or asks first when it looks like a slip (marked agreed
/// before the meeting, or ready with most fields empty). Returns whether it was applied.
fn apply_or_ask(app: &mut App, st: &mut State, event: AgreementEvent) -> bool {
    let Some(m) = app.meeting(&st.meeting_id) else {
        return false;
    };
    let ids: Vec<&str> = fields(app, &st.meeting_id)
        .iter()
        .map(|f| f.id.as_str())
        .collect();
    let warnings = m.agreement.warnings(&event, &ids, m.date, app.today);
    if warnings.is_empty() {
        let id = st.meeting_id.clone();
        app.apply_agreement(&id, event)
    } else {
        st.asking = Some(Asking { event, warnings });
        false
    }
}

/// The answer to the question: yes applies the step; no, or Esc, leaves everything as it was
/// (the agreed form stays open with the dates as typed).
fn answer(app: &mut App, st: &mut State, action: Action) {
    match action {
        Action::Command(Command::Yes) => {
            let Some(asking) = st.asking.take() else {
                return;
            };
            let closes_form = matches!(asking.event, AgreementEvent::MarkAgreed { .. });
            let id = st.meeting_id.clone();
            if app.apply_agreement(&id, asking.event) && closes_form {
                st.form = None;
            }
        }
        Action::Command(Command::No) | Action::Back => st.asking = None,
        _ => {}
    }
}

fn update(app: &mut App, st: &mut State, action: Action) -> Option<Screen> {
    let n = fields(app, &st.meeting_id).len();
    if st.asking.is_some() {
        answer(app, st, action);
        return None;
    }
    if st.editor.is_some() {
        match action {
            Action::Back | Action::SaveField => {
                save_editor(app, st);
                st.editor = None;
            }
            // The next field in the same column, like the next question in the reflection;
            // past the last (or the first) the field closes.
            Action::NextField | Action::PrevField => {
                save_editor(app, st);
                st.editor = None;
                let next = if action == Action::NextField {
                    Some(st.selected + 1).filter(|&i| i < n)
                } else {
                    st.selected.checked_sub(1)
                };
                if let Some(i) = next {
                    st.selected = i;
                    open_editor(app, st);
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
                if apply_or_ask(app, st, AgreementEvent::MarkAgreed { on, review_on }) {
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
        Action::Up | Action::PrevField => st.selected = st.selected.saturating_sub(1),
        Action::Down | Action::NextField => {
            st.selected = (st.selected + 1).min(n.saturating_sub(1))
        }
        Action::Left => st.column = Column::Proposal,
        Action::Right => st.column = Column::Agreed,
        Action::Confirm => open_editor(app, st),
        Action::Command(Command::MarkReady) => {
            let on = app.today;
            apply_or_ask(app, st, AgreementEvent::MarkReady { on });
        }
        Action::Command(Command::StartMarkAgreed) => {
            let m = app.meeting(&st.meeting_id)?;
            // Said before the dates are typed, not after.
            if m.agreement.state == AgreementState::Draft {
                let why = flow::agreement_error(app.lang, &AgreementError::NotReady);
                app.error(why);
                return None;
            }
            // Written down after the meeting: agreed on the meeting's day, unless it is ahead.
            let on = m.date.filter(|d| *d <= app.today).unwrap_or(app.today);
            let review = on.checked_add_months(Months::new(3)).unwrap_or(on);
            st.form = Some(AgreedForm {
                on: LineInput::new(dates::input_date(on)),
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
const LIST_KEYS: &[Binding] = &[
    keys::MOVE,
    keys::LEFT_RIGHT_COLUMN,
    keys::EDIT,
    READY,
    AGREED,
    keys::STEP_BACK,
    keys::BACK,
    keys::HELP,
    keys::NEXT_FIELD.help_only(),
    keys::EXPORT.help_only(),
    keys::QUIT.help_only(),
];
const FORM_KEYS: &[Binding] = &[
    keys::NEXT_FIELD,
    keys::FIELD_UP_DOWN,
    keys::LINE_CONFIRM,
    keys::LINE_CANCEL,
];
pub const KEY_TABLES: &[&[Binding]] = &[LIST_KEYS, keys::TEXT_KEYS, FORM_KEYS, keys::YES_NO];

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
        if self.asking.is_some() {
            keys::YES_NO
        } else if self.editor.is_some() {
            keys::TEXT_KEYS
        } else if self.form.is_some() {
            FORM_KEYS
        } else {
            LIST_KEYS
        }
    }

    fn is_editing(&self) -> bool {
        self.asking.is_none() && (self.editor.is_some() || self.form.is_some())
    }

    fn position(&self, _app: &App) -> Option<serde_json::Value> {
        saved(&Position {
            meeting_id: self.meeting_id.clone(),
            selected: self.selected,
            agreed_column: self.column == Column::Agreed,
            editor: self.editor.as_ref().map(|e| e.cursor()),
            form: self.form.as_ref().map(|f| {
                (
                    f.on.text().to_string(),
                    f.review.text().to_string(),
                    f.focus,
                )
            }),
        })
    }

    fn from_position(app: &App, position: &serde_json::Value) -> Option<Self> {
        let p: Position = read(position)?;
        let m = app.meeting(&p.meeting_id)?;
        let mut st = State::new(&p.meeting_id);
        st.selected = p
            .selected
            .min(fields(app, &p.meeting_id).len().saturating_sub(1));
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

/// What the last agreement said, for a follow-up meeting: the meeting it was made at.
fn last_agreement<'a>(app: &'a App, meeting_id: &str) -> Option<&'a mandat::model::Meeting> {
    app.workspace.as_ref()?.previous_agreement(meeting_id)
}

/// The agreement's state, and at a follow-up where its proposals come from, wrapped to `width`.
fn header_lines(app: &App, st: &State, width: usize) -> Vec<Line<'static>> {
    let lang = app.lang;
    let theme = app.theme;
    let mut lines = Vec::new();
    let Some(m) = app.meeting(&st.meeting_id) else {
        return lines;
    };
    wrap_into(
        &mut lines,
        &status_line(app, &m.agreement.state),
        width,
        theme.heading(),
        "",
    );
    let follow_up = app
        .workspace
        .as_ref()
        .is_some_and(|ws| ws.is_follow_up(&st.meeting_id));
    if follow_up {
        let origin = match last_agreement(app, &st.meeting_id).map(|l| l.agreement.state) {
            Some(AgreementState::Agreed { agreed_on, .. }) => {
                t::carried_from(lang, &compact_date(agreed_on, lang))
            }
            _ => t::NO_EARLIER_AGREEMENT.get(lang).to_string(),
        };
        wrap_into(&mut lines, &origin, width, theme.dim(), "");
    }
    lines
}

/// Under the field's name: what was agreed on it last time (at a follow-up that builds on an
/// agreement), or else the template's hint; wrapped to `width`.
fn field_note(app: &App, st: &State, field: &AgreementField, width: usize) -> Vec<Line<'static>> {
    let lang = app.lang;
    let dim = app.theme.dim();
    let mut lines = Vec::new();
    let last = last_agreement(app, &st.meeting_id);
    let (Some(m), Some(last)) = (app.meeting(&st.meeting_id), last) else {
        wrap_into(&mut lines, field.hint.get(lang), width, dim, "");
        return lines;
    };
    let AgreementState::Agreed {
        agreed_on,
        review_on,
    } = last.agreement.state
    else {
        return lines;
    };
    let (on, review) = (compact_date(agreed_on, lang), compact_date(review_on, lang));
    let agreed = last.agreement.agreed(&field.id).trim();
    if agreed.is_empty() {
        wrap_into(
            &mut lines,
            &t::last_nothing_agreed(lang, &on),
            width,
            dim,
            "",
        );
    } else if agreed == m.agreement.proposal(&field.id).trim() {
        wrap_into(
            &mut lines,
            &t::last_agreed_same(lang, &on, &review),
            width,
            dim,
            "",
        );
    } else {
        wrap_into(
            &mut lines,
            &t::last_agreed(lang, &on, &review),
            width,
            dim,
            "",
        );
        wrap_into(&mut lines, agreed, width, dim, "  ");
    }
    lines
}

/// The proposal box's title: at a follow-up, whether the proposal is the one carried over.
fn proposal_title(app: &App, st: &State, field: &str) -> String {
    let lang = app.lang;
    let title = t::PROPOSAL.get(lang);
    let (Some(m), Some(last)) = (
        app.meeting(&st.meeting_id),
        last_agreement(app, &st.meeting_id),
    ) else {
        return title.to_string();
    };
    match m.agreement.carried(&last.agreement, field) {
        Carried::AsCarried => format!("{title} · {}", t::CARRIED.get(lang)),
        Carried::Changed => format!("{title} · {}", t::CHANGED.get(lang)),
        Carried::Empty => title.to_string(),
    }
}

/// Keeps the first `rows` of `lines`; when some are left out, the last row says where the rest
/// is, so a long text is never cut without a word.
fn fit_rows(
    mut lines: Vec<Line<'static>>,
    rows: usize,
    width: usize,
    app: &App,
) -> Vec<Line<'static>> {
    if lines.len() <= rows {
        return lines;
    }
    lines.truncate(rows.saturating_sub(1));
    if rows > 0 {
        lines.push(Line::styled(
            truncate(t::LAST_CUT.get(app.lang), width),
            app.theme.dim(),
        ));
    }
    lines
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
    let header = header_lines(app, st, area.width as usize);
    let header_rows = (header.len() as u16).min(area.height);
    paragraph(
        header,
        Rect::new(area.x, area.y, area.width, header_rows),
        buf,
        0,
    );
    let body = Rect::new(
        area.x,
        area.y + (header_rows + 1).min(area.height),
        area.width,
        area.height.saturating_sub(header_rows + 1),
    );
    let list_w = (body.width / 3).clamp(12, 34).min(body.width);
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
    let width = main.width as usize;
    let f = &fs[selected];
    let mut head = Vec::new();
    wrap_into(&mut head, f.label.get(lang), width, theme.title(), "");
    // The two boxes need three rows each; the note under the name gets what is left.
    let note_room = (main.height as usize)
        .saturating_sub(head.len() + 1 + 6)
        .max(1);
    head.extend(fit_rows(
        field_note(app, st, f, width),
        note_room,
        width,
        app,
    ));
    let head_rows = (head.len() as u16 + 1).min(main.height);
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
            proposal_title(app, st, &f.id),
            m.agreement.proposal(&f.id),
            main.y + head_rows,
            half,
        ),
        (
            Column::Agreed,
            t::AGREED.get(lang).to_string(),
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
            .title(format!(" {marker}{title} "));
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

    // The question goes under the form, so the dates it asks about stay in sight.
    let mut question_top = None;
    if let Some(form) = &st.form {
        question_top = Some(render_form(app, form, area, buf).bottom());
    }
    if let Some(asking) = &st.asking {
        render_question(app, asking, area, question_top, buf);
    }
}

/// Draws the agreed form over the screen; returns where it is.
fn render_form(app: &App, form: &AgreedForm, area: Rect, buf: &mut Buffer) -> Rect {
    let lang = app.lang;
    let theme = app.theme;
    let popup = centered(area, 60, 6);
    Clear.render(popup, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.active_border())
        .title(format!(" {} ", t::FORM_TITLE.get(lang)));
    let inner = block.inner(popup);
    block.render(popup, buf);
    if inner.height < 3 {
        return popup;
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
    popup
}

/// The question before a step that looks like a slip, whole, in a box over the screen: from
/// `top` down when there is room for it there, else in the middle.
fn render_question(app: &App, asking: &Asking, area: Rect, top: Option<u16>, buf: &mut Buffer) {
    let theme = app.theme;
    let width = area.width.min(60);
    let mut lines = Vec::new();
    for w in &asking.warnings {
        let text = flow::agreement_warning(app.lang, w);
        wrap_into(
            &mut lines,
            &text,
            width.saturating_sub(2) as usize,
            theme.warn(),
            "",
        );
    }
    let mut popup = centered(area, width, lines.len() as u16 + 2);
    if let Some(top) = top
        && top + popup.height <= area.bottom()
    {
        popup.y = top;
    }
    Clear.render(popup, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.warn());
    let inner = block.inner(popup);
    block.render(popup, buf);
    paragraph(lines, inner, buf, 0);
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
