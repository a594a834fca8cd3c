//! Writing a meeting's brief or its pamphlet, or the week-by-week plan, to a file: text,
//! Markdown or HTML, and for the plan an Excel workbook too. The file goes into the documents
//! folder unless another path is typed, and `o` writes it and opens it in the system's default
//! program.

use std::path::PathBuf;

use mandat::export::DocFormat;
use mandat::text::screen::{export as t, keys as k};
use mandat::text::{Msg, common};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::action::{Action, Command};
use crate::tui::documents;
use crate::tui::app::{App, Effect, ExportKind, ExportRequest};
use crate::tui::keys::{self, Binding, Key};
use crate::tui::screen::meeting::{self, Item};
use crate::tui::screen::{Screen, View, plan, read, saved};
use crate::tui::widgets::{LineInput, paragraph};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Kind,
    Format,
    Private,
    Path,
}

impl Field {
    const ALL: [Field; 4] = [Field::Kind, Field::Format, Field::Private, Field::Path];
}

/// What the print screen writes: a document format, or (for the plan) an Excel workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrintFormat {
    Doc(DocFormat),
    Xlsx,
}

impl PrintFormat {
    pub fn extension(self) -> &'static str {
        match self {
            PrintFormat::Doc(f) => f.extension(),
            PrintFormat::Xlsx => "xlsx",
        }
    }

    /// The formats a kind of document can be written in.
    fn all_for(kind: ExportKind) -> Vec<PrintFormat> {
        let mut all: Vec<PrintFormat> = DocFormat::ALL.into_iter().map(PrintFormat::Doc).collect();
        if kind == ExportKind::Plan {
            all.push(PrintFormat::Xlsx);
        }
        all
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    /// The meeting whose brief or pamphlet is written; `None` when the screen was opened from
    /// the plan, which then is the one thing to write.
    pub meeting_id: Option<String>,
    pub kind: ExportKind,
    pub format: PrintFormat,
    pub include_private: bool,
    pub path: LineInput,
    /// Once the leader typed a path, changing kind or format no longer replaces it.
    pub path_edited: bool,
    pub focus: usize,
}

impl State {
    pub fn new(app: &App, meeting_id: &str) -> State {
        let mut st = State {
            meeting_id: Some(meeting_id.to_string()),
            kind: ExportKind::Brief,
            format: PrintFormat::Doc(DocFormat::Html),
            include_private: false,
            path: LineInput::default(),
            path_edited: false,
            focus: 0,
        };
        st.refresh_path(app);
        st
    }

    /// The print screen for the week-by-week plan, from the plan screen: HTML for paper first.
    pub fn for_plan(app: &App) -> State {
        let mut st = State {
            meeting_id: None,
            kind: ExportKind::Plan,
            format: PrintFormat::Doc(DocFormat::Html),
            include_private: false,
            path: LineInput::default(),
            path_edited: false,
            focus: 0,
        };
        st.refresh_path(app);
        st
    }

    pub fn set_kind(&mut self, app: &App, kind: ExportKind) {
        self.kind = kind;
        if !PrintFormat::all_for(kind).contains(&self.format) {
            self.format = PrintFormat::Doc(DocFormat::Html);
        }
        self.refresh_path(app);
    }

    /// The kinds this screen can write: a meeting's brief and pamphlet (and, for the
    /// co-driver, the finding aid's worksheet), or (from the plan screen) the plan.
    fn kinds(&self, app: &App) -> Vec<ExportKind> {
        let codriver = self
            .meeting_id
            .as_deref()
            .and_then(|id| app.meeting(id))
            .is_some_and(|m| m.counterpart == mandat::vocab::Counterpart::CoDriver);
        match self.meeting_id {
            Some(_) if codriver => vec![
                ExportKind::Brief,
                ExportKind::Pamphlet,
                ExportKind::Worksheet,
            ],
            Some(_) => vec![ExportKind::Brief, ExportKind::Pamphlet],
            None => vec![ExportKind::Plan],
        }
    }

    fn field(&self) -> Field {
        Field::ALL[self.focus.min(Field::ALL.len() - 1)]
    }

    fn refresh_path(&mut self, app: &App) {
        if self.path_edited {
            return;
        }
        let ws_id = app.workspace.as_ref().map(|w| w.id.as_str()).unwrap_or("");
        let meeting = self.meeting_id.as_deref().unwrap_or("");
        let parts = match self.kind {
            ExportKind::Brief => [ws_id, meeting, "brief"],
            ExportKind::Pamphlet => [ws_id, meeting, "pjece"],
            ExportKind::Plan => [ws_id, "", "plan"],
            ExportKind::Worksheet => [ws_id, "", "find-din-co-driver"],
        };
        let name = documents::file_name(&parts, self.format.extension());
        self.path = LineInput::new(app.export_dir.join(name).display().to_string());
    }

    fn change(&mut self, app: &App, forward: bool) {
        match self.field() {
            Field::Kind => {
                let kinds = self.kinds(app);
                let kind = mandat::vocab::cycle(&kinds, self.kind, forward);
                self.set_kind(app, kind);
            }
            Field::Format => {
                self.format = mandat::vocab::cycle(&PrintFormat::all_for(self.kind), self.format, forward);
            }
            Field::Private => self.include_private = !self.include_private,
            Field::Path => {}
        }
        self.refresh_path(app);
    }
}

fn write(app: &mut App, st: &State, open: bool) {
    let path = PathBuf::from(st.path.text().trim());
    if path.as_os_str().is_empty() {
        return;
    }
    app.effects.push(Effect::Export(ExportRequest {
        meeting_id: st.meeting_id.clone(),
        kind: st.kind,
        format: st.format,
        include_private: st.include_private && st.kind == ExportKind::Brief,
        path,
        open,
    }));
}

fn update(app: &mut App, st: &mut State, action: Action) -> Option<Screen> {
    let n = Field::ALL.len();
    match action {
        Action::Back if st.field() == Field::Path => st.focus = 0,
        Action::Back => {
            return Some(match &st.meeting_id {
                Some(id) => Screen::Meeting(meeting::State::at(id, Item::Export)),
                None => Screen::Plan(plan::State::default()),
            });
        }
        Action::Down | Action::NextField => st.focus = (st.focus + 1) % n,
        Action::Up | Action::PrevField => st.focus = (st.focus + n - 1) % n,
        Action::Left => st.change(app, false),
        Action::Right => st.change(app, true),
        Action::Edit(key) if st.path.handle_key(key) => st.path_edited = true,
        Action::Paste(text) => {
            st.path.paste(&text);
            st.path_edited = true;
        }
        Action::Confirm | Action::SaveField | Action::Command(Command::Write) => {
            write(app, st, false)
        }
        Action::Command(Command::WriteAndOpen) => write(app, st, true),
        _ => {}
    }
    None
}

fn crumbs(app: &App, st: &State) -> Vec<String> {
    let mut c = match &st.meeting_id {
        Some(id) => meeting::crumbs(app, &meeting::State::new(id)),
        None => {
            let mut c: Vec<String> = app.workspace.iter().map(|w| w.name.clone()).collect();
            c.push(common::PLAN.get(app.lang).to_string());
            c
        }
    };
    c.push(t::TITLE.get(app.lang).to_string());
    c
}

const WRITE: Binding = Binding::new(
    "Enter",
    &[
        (Key::plain(KeyCode::Enter), Action::Confirm),
        (Key::char('w'), Action::Command(Command::Write)),
    ],
    k::WRITE_FILE,
);
const OPEN: Binding = Binding::new(
    "o",
    &[(Key::char('o'), Action::Command(Command::WriteAndOpen))],
    t::WRITE_AND_OPEN,
);
const CHOOSE: Binding = Binding::new(
    "←/→",
    &[
        (Key::plain(KeyCode::Left), Action::Left),
        (Key::plain(KeyCode::Right), Action::Right),
        (Key::char('h'), Action::Left),
        (Key::char('l'), Action::Right),
    ],
    k::CHOOSE,
);
const FIELDS: Binding = Binding::new(
    "Tab",
    &[
        (Key::plain(KeyCode::Tab), Action::NextField),
        (Key::plain(KeyCode::BackTab), Action::PrevField),
    ],
    k::NEXT_FIELD,
);
const CHOICE_KEYS: &[Binding] = &[
    keys::MOVE,
    CHOOSE,
    WRITE,
    OPEN,
    keys::BACK,
    keys::HELP,
    keys::QUIT,
    FIELDS.help_only(),
];
const PATH_KEYS: &[Binding] = &[
    Binding::new(
        "Enter",
        &[
            (Key::plain(KeyCode::Enter), Action::Confirm),
            (Key::ctrl('s'), Action::SaveField),
        ],
        k::WRITE_FILE,
    ),
    FIELDS,
    Binding::new("Esc", &[(Key::plain(KeyCode::Esc), Action::Back)], k::LEAVE_TEXT),
    keys::FIELD_UP_DOWN,
];
pub const KEY_TABLES: &[&[Binding]] = &[CHOICE_KEYS, PATH_KEYS];

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
        if self.is_editing() {
            PATH_KEYS
        } else {
            CHOICE_KEYS
        }
    }

    /// The path is the one text field.
    fn is_editing(&self) -> bool {
        self.field() == Field::Path
    }

    fn position(&self, _app: &App) -> Option<serde_json::Value> {
        saved(&Position {
            meeting_id: self.meeting_id.clone(),
            pamphlet: self.kind == ExportKind::Pamphlet,
            format: self.format.extension().to_string(),
            include_private: self.include_private,
            path: self.path_edited.then(|| self.path.text().to_string()),
            focus: self.focus,
        })
    }

    fn from_position(app: &App, position: &serde_json::Value) -> Option<Self> {
        let p: Position = read(position)?;
        let mut st = match &p.meeting_id {
            Some(id) => {
                app.meeting(id)?;
                let mut st = State::new(app, id);
                if p.pamphlet {
                    st.kind = ExportKind::Pamphlet;
                }
                st
            }
            None => State::for_plan(app),
        };
        st.format = PrintFormat::all_for(st.kind)
            .into_iter()
            .find(|f| f.extension() == p.format)
            .unwrap_or(st.format);
        st.include_private = p.include_private;
        st.focus = p.focus;
        match p.path {
            Some(path) => {
                st.path = LineInput::new(path);
                st.path_edited = true;
            }
            None => st.refresh_path(app),
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
    let label_w = 24u16.min(area.width);
    let bottom = area.bottom();
    let mut y = area.y;
    for (i, field) in Field::ALL.iter().enumerate() {
        if y >= bottom {
            return;
        }
        let focused = i == st.focus;
        let label = match field {
            Field::Kind => t::KIND,
            Field::Format => t::FORMAT,
            Field::Private => t::PRIVATE,
            Field::Path => t::PATH,
        };
        let style = if focused {
            theme.selected()
        } else {
            theme.heading()
        };
        buf.set_stringn(area.x, y, label.get(lang), label_w as usize, style);
        let value_area = Rect::new(
            area.x + label_w + 1,
            y,
            area.width.saturating_sub(label_w + 1),
            1,
        );
        let choice = |options: Vec<(&str, bool)>| {
            let mut spans = Vec::new();
            for (text, on) in options {
                let mark = if on { "◉ " } else { "○ " };
                let style = if on { theme.heading() } else { theme.dim() };
                spans.push(Span::styled(format!("{mark}{text}  "), style));
            }
            Line::from(spans)
        };
        let line = match field {
            Field::Kind => Some(choice(
                st.kinds(app)
                    .into_iter()
                    .map(|k| (kind_name(k).get(lang), k == st.kind))
                    .collect(),
            )),
            Field::Format => Some(choice(
                PrintFormat::all_for(st.kind)
                    .into_iter()
                    .map(|f| (format_name(lang, f), f == st.format))
                    .collect(),
            )),
            Field::Private => Some(if st.kind == ExportKind::Brief {
                choice(vec![
                    (common::YES.get(lang), st.include_private),
                    (common::NO.get(lang), !st.include_private),
                ])
            } else {
                Line::styled("—", theme.dim())
            }),
            Field::Path => None,
        };
        match line {
            Some(line) => paragraph(
                vec![line],
                Rect::new(value_area.x, y, value_area.width, 2.min(bottom - y)),
                buf,
                0,
            ),
            None => st
                .path
                .render(value_area, buf, theme.normal(), focused, theme),
        }
        y += 3;
    }
    let hint = match st.kind {
        ExportKind::Pamphlet => Some(t::HINT),
        ExportKind::Plan if st.format == PrintFormat::Xlsx => Some(t::HINT_XLSX),
        _ => None,
    };
    if let Some(hint) = hint.filter(|_| y < bottom) {
        paragraph(
            vec![Line::styled(hint.get(lang), theme.dim())],
            Rect::new(area.x, y, area.width, bottom - y),
            buf,
            0,
        );
    }
}

/// Where the leader was: what to write (a meeting's brief or pamphlet, or the plan), the
/// format, the path if typed, the field.
#[derive(serde::Serialize, serde::Deserialize)]
struct Position {
    meeting_id: Option<String>,
    pamphlet: bool,
    format: String,
    include_private: bool,
    path: Option<String>,
    focus: usize,
}

fn kind_name(kind: ExportKind) -> Msg {
    match kind {
        ExportKind::Brief => t::BRIEF,
        ExportKind::Pamphlet => t::PAMPHLET,
        ExportKind::Plan => t::PLAN,
        ExportKind::Worksheet => t::WORKSHEET,
    }
}

fn format_name(lang: mandat::vocab::Lang, f: PrintFormat) -> &'static str {
    match f {
        PrintFormat::Doc(f) => t::format_name(lang, f),
        PrintFormat::Xlsx => t::FORMAT_XLSX.get(lang),
    }
}
