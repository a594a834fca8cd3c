//! Answering the reflection questions: a list with a mark per question, the question, a
//! multi-line editor, and a review of what is still open.

use mandat::content::Question;
use mandat::flow::reflection::{AnswerStatus, ReflectionError, ReflectionEvent, ReflectionStep};
use mandat::text::format::{compact_date, truncate};
use mandat::text::screen::{dashboard, keys as k, reflection as t};
use mandat::text::{Msg, common, flow};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

use crate::tui::action::{Action, Command};
use crate::tui::app::App;
use crate::tui::editor::Editor;
use crate::tui::keys::{self, Binding, Key};
use crate::tui::screen::meeting::{self, Item};
use crate::tui::screen::{Screen, View, read, saved};
use crate::tui::widgets::paragraph;

#[derive(Debug, Clone)]
pub struct State {
    pub meeting_id: String,
    /// The answer being typed, when the editor is open.
    pub editor: Option<Box<Editor>>,
    /// Waiting for "finish with open questions anyway?".
    pub confirming: bool,
    /// The selected line in the review's list of open questions.
    pub review_selected: usize,
}

impl State {
    pub fn new(_app: &App, meeting_id: &str) -> State {
        State {
            meeting_id: meeting_id.to_string(),
            editor: None,
            confirming: false,
            review_selected: 0,
        }
    }
}

fn questions<'a>(app: &'a App, meeting_id: &str) -> &'a [Question] {
    app.workspace
        .as_ref()
        .map(|ws| ws.questions(&app.content, meeting_id))
        .unwrap_or(&[])
}

fn step(app: &App, meeting_id: &str) -> ReflectionStep {
    app.meeting(meeting_id)
        .map(|m| m.reflection.step)
        .unwrap_or_default()
}

/// The index of the question on screen, clamped to the set.
fn current_index(app: &App, meeting_id: &str) -> Option<usize> {
    let n = questions(app, meeting_id).len();
    match step(app, meeting_id) {
        ReflectionStep::Question { index } if n > 0 => Some(index.min(n - 1)),
        _ => None,
    }
}

fn open_editor(app: &App, st: &mut State) {
    let Some(i) = current_index(app, &st.meeting_id) else {
        return;
    };
    let qs = questions(app, &st.meeting_id);
    let Some(m) = app.meeting(&st.meeting_id) else {
        return;
    };
    let answer = m.reflection.answers.get(&qs[i].id);
    let text = answer.map(|a| a.text.as_str()).unwrap_or("");
    let cursor = answer.and_then(|a| a.cursor);
    st.editor = Some(Box::new(Editor::new(text, cursor, app.theme)));
}

/// Saves the editor's text and cursor through the flow.
fn save_editor(app: &mut App, st: &State) {
    let Some(editor) = &st.editor else {
        return;
    };
    let Some(i) = current_index(app, &st.meeting_id) else {
        return;
    };
    let qs = questions(app, &st.meeting_id);
    let Some(m) = app.meeting(&st.meeting_id) else {
        return;
    };
    let id = &qs[i].id;
    let text = editor.text();
    let cursor = Some(editor.cursor());
    let saved = m.reflection.answers.get(id);
    let same_text = saved.map(|a| a.text.as_str()).unwrap_or("") == text;
    let skipped = saved.is_some_and(|a| a.status == AnswerStatus::Skipped);
    // Only moving the cursor must not turn a skipped question into a draft.
    if same_text && (skipped || saved.and_then(|a| a.cursor) == cursor) {
        return;
    }
    let event = ReflectionEvent::Edit { text, cursor };
    if let Err(e) = app.apply_reflection(&st.meeting_id, event) {
        show(app, &e);
    }
}

fn show(app: &mut App, e: &ReflectionError) {
    let text = flow::reflection_error(app.lang, e);
    app.error(text);
}

fn apply(app: &mut App, st: &State, event: ReflectionEvent) -> bool {
    match app.apply_reflection(&st.meeting_id, event) {
        Ok(()) => true,
        Err(e) => {
            show(app, &e);
            false
        }
    }
}

fn update(app: &mut App, st: &mut State, action: Action) -> Option<Screen> {
    if st.editor.is_some() {
        return update_editing(app, st, action);
    }
    if st.confirming {
        match action {
            Action::Command(Command::Yes) => {
                st.confirming = false;
                let on = app.today;
                apply(
                    app,
                    st,
                    ReflectionEvent::Finish {
                        on,
                        confirmed: true,
                    },
                );
            }
            Action::Command(Command::No) | Action::Back => st.confirming = false,
            _ => {}
        }
        return None;
    }
    let n = questions(app, &st.meeting_id).len();
    let current = step(app, &st.meeting_id);
    match action {
        Action::Back => {
            return Some(Screen::Meeting(meeting::State::at(
                &st.meeting_id,
                Item::Reflection,
            )));
        }
        Action::Up => match current {
            ReflectionStep::Question { index } if index > 0 => {
                apply(app, st, ReflectionEvent::Jump(index.min(n) - 1));
            }
            ReflectionStep::Review => {
                if st.review_selected > 0 {
                    st.review_selected -= 1;
                } else {
                    apply(app, st, ReflectionEvent::Previous);
                }
            }
            _ => {}
        },
        Action::Down => match current {
            ReflectionStep::Question { index } if index + 1 < n => {
                apply(app, st, ReflectionEvent::Jump(index + 1));
            }
            ReflectionStep::Question { .. } => {
                st.review_selected = 0;
                apply(app, st, ReflectionEvent::OpenReview);
            }
            ReflectionStep::Review => st.review_selected += 1,
            _ => {}
        },
        Action::Home if n > 0 => {
            apply(app, st, ReflectionEvent::Jump(0));
        }
        Action::Confirm | Action::Command(Command::EditAnswer) => match current {
            ReflectionStep::Question { .. } => open_editor(app, st),
            ReflectionStep::Review => {
                let open = open_questions(app, &st.meeting_id);
                if let Some(&i) = open.get(st.review_selected.min(open.len().saturating_sub(1))) {
                    apply(app, st, ReflectionEvent::Jump(i));
                }
            }
            ReflectionStep::Finished { .. } => {}
        },
        Action::Command(Command::MarkAnswered) => {
            apply(app, st, ReflectionEvent::MarkAnswered);
        }
        Action::Command(Command::Skip) => {
            apply(app, st, ReflectionEvent::Skip);
        }
        Action::Command(Command::NextQuestion) | Action::NextField => {
            apply(app, st, ReflectionEvent::Next);
        }
        Action::Command(Command::PreviousQuestion) | Action::PrevField => {
            apply(app, st, ReflectionEvent::Previous);
        }
        Action::Command(Command::OpenReview) => {
            st.review_selected = 0;
            apply(app, st, ReflectionEvent::OpenReview);
        }
        Action::Command(Command::Finish) => {
            let on = app.today;
            let event = ReflectionEvent::Finish {
                on,
                confirmed: false,
            };
            match app.apply_reflection(&st.meeting_id, event) {
                Ok(()) => {}
                Err(ReflectionError::NeedsConfirmation { .. }) => st.confirming = true,
                Err(e) => show(app, &e),
            }
        }
        Action::Command(Command::Reopen) => {
            apply(app, st, ReflectionEvent::Reopen);
        }
        Action::Command(Command::ToggleBringUp) => toggle_bring_up(app, st),
        _ => {}
    }
    None
}

/// Marks the answer on screen to be brought up again at the next meeting with the
/// counterpart (the next meeting lists it under «Fra sidste møde»), or takes the mark off.
fn toggle_bring_up(app: &mut App, st: &State) {
    let Some(i) = current_index(app, &st.meeting_id) else {
        return;
    };
    let id = questions(app, &st.meeting_id)[i].id.clone();
    let mut marked = false;
    app.edit_meeting(&st.meeting_id, |m| marked = m.toggle_bring_up(&id));
    let text = if marked {
        t::BRING_UP_ON
    } else {
        t::BRING_UP_OFF
    };
    app.info(text.get(app.lang));
}

fn update_editing(app: &mut App, st: &mut State, action: Action) -> Option<Screen> {
    match action {
        // Ctrl+S keeps the text and leaves the field, as in every text field; marking the
        // answer answered is its own key.
        Action::Back | Action::SaveField => {
            save_editor(app, st);
            st.editor = None;
        }
        Action::NextField | Action::PrevField => {
            save_editor(app, st);
            let event = if action == Action::NextField {
                ReflectionEvent::Next
            } else {
                ReflectionEvent::Previous
            };
            if apply(app, st, event) {
                st.editor = None;
                if current_index(app, &st.meeting_id).is_some() {
                    open_editor(app, st);
                }
            }
        }
        Action::Edit(key) => {
            if let Some(e) = st.editor.as_mut() {
                e.input(key);
            }
            // Also a cursor that only moved is kept, so a restart lands where it was.
            save_editor(app, st);
        }
        Action::Paste(text) => {
            let changed = st.editor.as_mut().is_some_and(|e| e.paste(&text));
            if changed {
                save_editor(app, st);
            }
        }
        _ => {}
    }
    None
}

/// One column mark per status, readable without colour.
fn answer_mark(s: AnswerStatus) -> &'static str {
    match s {
        AnswerStatus::Empty => "·",
        AnswerStatus::Draft => "✎",
        AnswerStatus::Answered => "✓",
        AnswerStatus::Skipped => "–",
    }
}

/// The mark beside an answer to bring up again at the next meeting; a space when not.
fn bring_up_mark(marked: bool) -> &'static str {
    if marked { "↻" } else { " " }
}

fn open_questions(app: &App, meeting_id: &str) -> Vec<usize> {
    let ids: Vec<&str> = questions(app, meeting_id)
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    app.meeting(meeting_id)
        .map(|m| m.reflection.open_questions(&ids))
        .unwrap_or_default()
}

fn crumbs(app: &App, st: &State) -> Vec<String> {
    let mut c = meeting::crumbs(app, &meeting::State::new(&st.meeting_id));
    c.push(common::REFLECTION.get(app.lang).to_string());
    let n = questions(app, &st.meeting_id).len();
    match step(app, &st.meeting_id) {
        ReflectionStep::Question { index } if n > 0 => {
            c.push(t::question_of(app.lang, index.min(n - 1) + 1, n))
        }
        ReflectionStep::Review => c.push(t::REVIEW.get(app.lang).to_string()),
        ReflectionStep::Finished { .. } => c.push(t::FINISHED.get(app.lang).to_string()),
        _ => {}
    }
    c
}

const WRITE: Binding = Binding::new(
    "Enter",
    &[
        (Key::plain(KeyCode::Enter), Action::Confirm),
        (Key::char('e'), Action::Command(Command::EditAnswer)),
    ],
    k::WRITE,
);
const ANSWERED: Binding = Binding::new(
    "b",
    &[(Key::char('b'), Action::Command(Command::MarkAnswered))],
    k::ANSWERED,
);
const SKIP: Binding = Binding::new(
    "s",
    &[(Key::char('s'), Action::Command(Command::Skip))],
    k::SKIP,
);
const REVIEW: Binding = Binding::new(
    "g",
    &[(Key::char('g'), Action::Command(Command::OpenReview))],
    k::REVIEW,
);
const NEXT_PREVIOUS: Binding = Binding::new(
    "n/p",
    &[
        (Key::char('n'), Action::Command(Command::NextQuestion)),
        (Key::char('p'), Action::Command(Command::PreviousQuestion)),
        (Key::plain(KeyCode::Tab), Action::NextField),
        (Key::plain(KeyCode::BackTab), Action::PrevField),
    ],
    t::NEXT_PREVIOUS,
)
.help_only();
const PREVIOUS: Binding = Binding::new(
    "p",
    &[
        (Key::char('p'), Action::Command(Command::PreviousQuestion)),
        (Key::plain(KeyCode::BackTab), Action::PrevField),
    ],
    t::PREVIOUS,
)
.help_only();
const FINISH: Binding = Binding::new(
    "a",
    &[(Key::char('a'), Action::Command(Command::Finish))],
    k::FINISH,
);
const REOPEN: Binding = Binding::new(
    "o",
    &[(Key::char('o'), Action::Command(Command::Reopen))],
    k::REOPEN,
);
const BRING_UP: Binding = Binding::new(
    "t",
    &[(Key::char('t'), Action::Command(Command::ToggleBringUp))],
    k::BRING_UP,
);
const FIRST: Binding = Binding::new(
    "Home",
    &[(Key::plain(KeyCode::Home), Action::Home)],
    t::FIRST_QUESTION,
)
.help_only();

const QUESTION_KEYS: &[Binding] = &[
    WRITE,
    keys::MOVE,
    ANSWERED,
    SKIP,
    BRING_UP,
    REVIEW,
    keys::BACK,
    keys::HELP,
    keys::QUIT,
    NEXT_PREVIOUS,
    FIRST,
];
const REVIEW_KEYS: &[Binding] = &[
    keys::MOVE,
    keys::OPEN,
    FINISH,
    keys::BACK,
    keys::HELP,
    keys::QUIT,
    PREVIOUS,
];
const FINISHED_KEYS: &[Binding] = &[REOPEN, keys::BACK, keys::HELP, keys::QUIT];
const EDITING_KEYS: &[Binding] = &[
    keys::NEWLINE,
    keys::SAVE_CLOSE,
    Binding::new(
        "Tab",
        &[
            (Key::plain(KeyCode::Tab), Action::NextField),
            (Key::plain(KeyCode::BackTab), Action::PrevField),
        ],
        k::NEXT_Q,
    )
    .explained(k::NEXT_FIELD_HELP),
];
pub const KEY_TABLES: &[&[Binding]] = &[QUESTION_KEYS, EDITING_KEYS, REVIEW_KEYS, FINISHED_KEYS];

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
        if self.editor.is_some() {
            return EDITING_KEYS;
        }
        if self.confirming {
            return keys::YES_NO;
        }
        match step(app, &self.meeting_id) {
            ReflectionStep::Question { .. } => QUESTION_KEYS,
            ReflectionStep::Review => REVIEW_KEYS,
            ReflectionStep::Finished { .. } => FINISHED_KEYS,
        }
    }

    fn is_editing(&self) -> bool {
        self.editor.is_some()
    }

    fn position(&self, _app: &App) -> Option<serde_json::Value> {
        // The question on show and the answer's cursor are in the workspace already.
        saved(&Position {
            meeting_id: self.meeting_id.clone(),
            editing: self.editor.is_some(),
            review_selected: self.review_selected,
        })
    }

    fn from_position(app: &App, position: &serde_json::Value) -> Option<Self> {
        let p: Position = read(position)?;
        app.meeting(&p.meeting_id)?;
        let mut st = State::new(app, &p.meeting_id);
        st.review_selected = p.review_selected;
        if p.editing {
            open_editor(app, &mut st);
        }
        Some(st)
    }

    fn render(&self, app: &App, area: Rect, buf: &mut Buffer) {
        render(app, self, area, buf);
    }
}

fn render(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let theme = app.theme;
    let Some(m) = app.meeting(&st.meeting_id) else {
        return;
    };
    let qs = questions(app, &st.meeting_id);
    if qs.is_empty() {
        paragraph(vec![Line::raw(t::NO_QUESTIONS.get(lang))], area, buf, 0);
        return;
    }
    let list_w = (area.width / 3).clamp(12, 34);
    let list_area = Rect::new(area.x, area.y, list_w.min(area.width), area.height);
    let main_area = Rect::new(
        area.x + list_w + 1,
        area.y,
        area.width.saturating_sub(list_w + 1),
        area.height,
    );
    let current = step(app, &st.meeting_id);

    // The question list.
    let mut lines = vec![Line::styled(t::QUESTIONS.get(lang), theme.heading())];
    for (i, q) in qs.iter().enumerate() {
        let status = m.reflection.status(&q.id);
        let selected =
            matches!(current, ReflectionStep::Question { index } if index.min(qs.len() - 1) == i);
        let text = truncate(
            &format!(
                "{}{}{:>2} {}",
                answer_mark(status),
                bring_up_mark(m.bring_up.contains(&q.id)),
                i + 1,
                q.topic.get(lang)
            ),
            list_w as usize,
        );
        let style = if selected {
            theme.selected()
        } else if status == AnswerStatus::Answered {
            theme.ok()
        } else {
            theme.normal()
        };
        lines.push(Line::styled(text, style));
    }
    let review_style = if matches!(
        current,
        ReflectionStep::Review | ReflectionStep::Finished { .. }
    ) {
        theme.selected()
    } else {
        theme.dim()
    };
    lines.push(Line::styled(
        truncate(&format!("   {}", t::REVIEW.get(lang)), list_w as usize),
        review_style,
    ));
    // Keep the selected question in view in a short window.
    let selected_row = match current {
        ReflectionStep::Question { index } => index.min(qs.len() - 1) + 1,
        _ => qs.len() + 1,
    };
    let scroll = selected_row.saturating_sub(list_area.height.saturating_sub(1) as usize) as u16;
    paragraph(lines, list_area, buf, scroll);

    match current {
        ReflectionStep::Question { index } => render_question(
            app,
            st,
            &qs[index.min(qs.len() - 1)],
            index.min(qs.len() - 1),
            qs.len(),
            main_area,
            buf,
        ),
        ReflectionStep::Review | ReflectionStep::Finished { .. } => {
            render_review(app, st, qs, main_area, buf)
        }
    }
}

fn render_question(
    app: &App,
    st: &State,
    q: &Question,
    index: usize,
    total: usize,
    area: Rect,
    buf: &mut Buffer,
) {
    let lang = app.lang;
    let theme = app.theme;
    let Some(m) = app.meeting(&st.meeting_id) else {
        return;
    };
    let mut lines = vec![
        Line::from(vec![
            Span::styled(q.topic.get(lang).to_string(), theme.title()),
            Span::styled(
                format!(" · {}", t::question_of(lang, index + 1, total)),
                theme.dim(),
            ),
        ]),
        Line::styled(q.text.get(lang).to_string(), theme.heading()),
    ];
    if let Some(help) = &q.help {
        lines.push(Line::styled(help.get(lang).to_string(), theme.dim()));
    }
    // Rows the question takes once wrapped.
    let width = area.width.max(1) as usize;
    let text_rows: u16 = lines
        .iter()
        .map(|l| {
            let w: usize = l
                .spans
                .iter()
                .map(|s| unicode_width::UnicodeWidthStr::width(s.content.as_ref()))
                .sum();
            w.div_ceil(width).max(1) as u16
        })
        .sum();
    let text_rows = text_rows.min(area.height / 2);
    paragraph(
        lines,
        Rect::new(area.x, area.y, area.width, text_rows),
        buf,
        0,
    );

    let box_area = Rect::new(
        area.x,
        area.y + text_rows + 1,
        area.width,
        area.height.saturating_sub(text_rows + 1),
    );
    if box_area.height < 3 {
        return;
    }
    let status = m.reflection.status(&q.id);
    let mut title = format!(
        " {} · {} ",
        t::ANSWER.get(lang),
        common::answer_status(lang, status)
    );
    if m.bring_up.contains(&q.id) {
        title.push_str(&format!(
            "· {} {} ",
            bring_up_mark(true),
            t::BRING_UP_TITLE.get(lang)
        ));
    }
    let border = if st.editor.is_some() {
        theme.active_border()
    } else {
        theme.dim()
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(border)
        .title(title);
    let inner = block.inner(box_area);
    block.render(box_area, buf);
    match &st.editor {
        Some(editor) => editor.textarea().render(inner, buf),
        None => {
            let text = m.reflection.text(&q.id);
            if text.is_empty() {
                paragraph(
                    vec![Line::styled(t::PLACEHOLDER.get(lang), theme.dim())],
                    inner,
                    buf,
                    0,
                );
            } else {
                let lines = text.split('\n').map(|l| Line::raw(l.to_string())).collect();
                paragraph(lines, inner, buf, 0);
            }
        }
    }
}

fn render_review(app: &App, st: &State, qs: &[Question], area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let theme = app.theme;
    let Some(m) = app.meeting(&st.meeting_id) else {
        return;
    };
    let mut lines = vec![
        Line::styled(t::REVIEW.get(lang), theme.title()),
        Line::raw(""),
    ];
    if let ReflectionStep::Finished { on } = m.reflection.step {
        lines.push(Line::styled(
            t::finished_on(lang, &compact_date(on, lang)),
            theme.ok(),
        ));
        lines.push(Line::raw(""));
    }
    let open = open_questions(app, &st.meeting_id);
    let answered = qs.len() - open.len();
    lines.push(Line::raw(dashboard::answered_count(
        lang,
        answered,
        qs.len(),
    )));
    lines.push(Line::raw(""));
    if open.is_empty() {
        if !m.reflection.is_finished() {
            lines.push(Line::raw(t::ALL_ANSWERED.get(lang)));
        }
    } else {
        lines.push(Line::styled(t::OPEN_LIST.get(lang), theme.heading()));
        let selected = st.review_selected.min(open.len() - 1);
        for (k, &i) in open.iter().enumerate() {
            let q = &qs[i];
            let status = m.reflection.status(&q.id);
            let text = format!(
                "{} {:>2} {} ({})",
                answer_mark(status),
                i + 1,
                q.topic.get(lang),
                common::answer_status(lang, status)
            );
            let style = if k == selected && !m.reflection.is_finished() {
                theme.selected()
            } else {
                theme.normal()
            };
            lines.push(Line::styled(text, style));
        }
    }
    if st.confirming {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            t::confirm_finish(lang, open.len()),
            theme.warn(),
        ));
    }
    paragraph(lines, area, buf, 0);
}

/// Where the leader was: the meeting, whether the answer was being written, the review's line.
#[derive(serde::Serialize, serde::Deserialize)]
struct Position {
    meeting_id: String,
    editing: bool,
    review_selected: usize,
}
