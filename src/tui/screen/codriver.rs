//! «Find din co-driver»: the aid's introduction and profiles, the leader's candidates with the
//! profiles each fits and notes per question, the candidates side by side, and the choice, which
//! names the co-driver meeting. Three modes: the overview, one candidate, the comparison.

use std::cell::Cell;

use mandat::model::CodriverAid;
use mandat::model::codriver::Candidate;
use mandat::text::format::{clean_line, truncate};
use mandat::text::screen::{codriver as t, keys as k};
use mandat::text::{Msg, codriver as words};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};
use unicode_width::UnicodeWidthStr;

use crate::tui::action::{Action, Command};
use crate::tui::app::App;
use crate::tui::editor::Editor;
use crate::tui::keys::{self, Binding, Key};
use crate::tui::screen::meeting::{self, Item};
use crate::tui::screen::{Screen, View};
use crate::tui::widgets::{LineInput, paragraph, wrap_into};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// The introduction, the profiles and the list of candidates.
    #[default]
    Overview,
    /// One candidate: the profiles they fit and the notes.
    Candidate,
    /// All candidates side by side.
    Compare,
}

/// A line of the overview's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entry {
    Intro,
    Profile(usize),
    Candidate(usize),
    Add,
}

/// A line of one candidate's list: the general note, a profile, or one of the profile's
/// questions (numbered from 1, as the notes are keyed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    General,
    Profile(usize),
    Question(usize, usize),
}

/// The one-line name field: for a new candidate, or a new name for one (its id).
#[derive(Debug, Clone)]
pub struct NameField {
    pub candidate: Option<String>,
    pub input: LineInput,
}

#[derive(Debug, Clone)]
pub struct State {
    /// The co-driver meeting the aid was opened from, to go back to.
    pub meeting_id: String,
    pub mode: Mode,
    /// The overview's selected line.
    pub entry: usize,
    /// The candidate on show in the other two modes, by id.
    pub candidate: Option<String>,
    /// The selected line of the candidate on show.
    pub field: usize,
    /// Rows scrolled: the overview's text on the right, or the comparison.
    pub scroll: u16,
    pub name: Option<NameField>,
    /// The note being written.
    pub editor: Option<Box<Editor>>,
    /// Waiting for yes or no to remove this candidate (its id).
    pub confirm_remove: Option<String>,
    /// Learnt while drawing: how far the view can scroll, and the first column compared.
    max_scroll: Cell<u16>,
    first_column: Cell<usize>,
}

impl State {
    pub fn new(meeting_id: &str) -> State {
        State {
            meeting_id: meeting_id.to_string(),
            mode: Mode::Overview,
            entry: 0,
            candidate: None,
            field: 0,
            scroll: 0,
            name: None,
            editor: None,
            confirm_remove: None,
            max_scroll: Cell::new(0),
            first_column: Cell::new(0),
        }
    }

    fn entry(&self, app: &App) -> Entry {
        let all = entries(app);
        all[self.entry.min(all.len() - 1)]
    }

    fn field(&self, app: &App) -> Field {
        let all = fields(app);
        all[self.field.min(all.len() - 1)]
    }

    /// The id of the candidate the keys act on: the one on show, or the overview's selected.
    fn current_id(&self, app: &App) -> Option<String> {
        let aid = saved(app)?;
        match self.mode {
            Mode::Overview => match self.entry(app) {
                Entry::Candidate(i) => aid.candidates.get(i).map(|c| c.id.clone()),
                _ => None,
            },
            _ => self
                .candidate
                .as_deref()
                .and_then(|id| aid.candidate(id))
                .map(|c| c.id.clone()),
        }
    }
}

fn saved(app: &App) -> Option<&CodriverAid> {
    app.workspace.as_ref().map(|w| &w.codriver_aid)
}

fn candidates(app: &App) -> &[Candidate] {
    saved(app).map(|a| a.candidates.as_slice()).unwrap_or(&[])
}

fn candidate<'a>(app: &'a App, id: &str) -> Option<&'a Candidate> {
    saved(app)?.candidate(id)
}

fn index_of(app: &App, id: &str) -> Option<usize> {
    candidates(app).iter().position(|c| c.id == id)
}

fn is_chosen(app: &App, id: &str) -> bool {
    saved(app).is_some_and(|a| a.chosen.as_deref() == Some(id))
}

fn entries(app: &App) -> Vec<Entry> {
    let profiles = app.content.codriver_aid.profiles.len();
    let mut out = vec![Entry::Intro];
    out.extend((0..profiles).map(Entry::Profile));
    out.extend((0..candidates(app).len()).map(Entry::Candidate));
    out.push(Entry::Add);
    out
}

fn entry_of_candidate(app: &App, id: &str) -> usize {
    let profiles = app.content.codriver_aid.profiles.len();
    index_of(app, id).map(|i| 1 + profiles + i).unwrap_or(0)
}

fn fields(app: &App) -> Vec<Field> {
    let mut out = vec![Field::General];
    for (p, profile) in app.content.codriver_aid.profiles.iter().enumerate() {
        out.push(Field::Profile(p));
        out.extend((1..=profile.questions.len()).map(|n| Field::Question(p, n)));
    }
    out
}

/// Changes the candidate with `id`; saved like every other answer when something changed.
fn edit_candidate(app: &mut App, id: &str, edit: impl FnOnce(&mut Candidate)) {
    let Some(c) = app
        .workspace
        .as_mut()
        .and_then(|w| w.codriver_aid.candidate_mut(id))
    else {
        return;
    };
    let before = c.clone();
    edit(c);
    if *c != before {
        app.touch();
    }
}

// ---- Changing things ------------------------------------------------------------------------

fn start_add(st: &mut State) {
    st.name = Some(NameField {
        candidate: None,
        input: LineInput::default(),
    });
}

fn start_rename(app: &mut App, st: &mut State) {
    match st.current_id(app).and_then(|id| candidate(app, &id).map(|c| (id, c.name.clone()))) {
        Some((id, name)) => {
            st.name = Some(NameField {
                candidate: Some(id),
                input: LineInput::new(name),
            })
        }
        None => app.info(t::PICK_A_CANDIDATE.get(app.lang)),
    }
}

fn ask_remove(app: &mut App, st: &mut State) {
    match st.current_id(app) {
        Some(id) => st.confirm_remove = Some(id),
        None => app.info(t::PICK_A_CANDIDATE.get(app.lang)),
    }
}

fn remove(app: &mut App, st: &mut State, id: &str) {
    let lang = app.lang;
    let name = candidate(app, id)
        .map(|c| clean_line(&c.name))
        .unwrap_or_default();
    let at = index_of(app, id).unwrap_or(0);
    if let Some(ws) = app.workspace.as_mut()
        && ws.codriver_aid.remove(id)
    {
        app.touch();
        app.info(t::removed(lang, &name));
    }
    // Stay near where the removed one was: the next candidate, or the line to add one.
    st.mode = Mode::Overview;
    st.candidate = None;
    st.scroll = 0;
    let profiles = app.content.codriver_aid.profiles.len();
    st.entry = (1 + profiles + at).min(entries(app).len() - 1);
}

/// Chooses the candidate as co-driver, or takes the choice back when they are the chosen one.
fn choose(app: &mut App, st: &State) {
    let lang = app.lang;
    let Some(id) = st.current_id(app) else {
        app.info(t::PICK_A_CANDIDATE.get(lang));
        return;
    };
    let Some(ws) = app.workspace.as_mut() else {
        return;
    };
    if ws.codriver_aid.chosen.as_deref() == Some(id.as_str()) {
        let name = ws
            .codriver_aid
            .candidate(&id)
            .map(|c| clean_line(&c.name))
            .unwrap_or_default();
        ws.unchoose_codriver();
        app.touch();
        app.info(t::unchosen(lang, &name));
        return;
    }
    let Some(chosen) = ws.choose_codriver(&id) else {
        return;
    };
    app.touch();
    let name = clean_line(&chosen.name);
    let message = if !chosen.named.is_empty() {
        t::chosen_named(lang, &name)
    } else if let Some((_, other)) = chosen.kept.first() {
        t::chosen_kept(lang, &name, &clean_line(other))
    } else {
        t::chosen_only(lang, &name)
    };
    app.info(message);
}

fn toggle_profile(app: &mut App, id: &str, profile: usize) {
    let Some(profile_id) = app
        .content
        .codriver_aid
        .profiles
        .get(profile)
        .map(|p| p.id.clone())
    else {
        return;
    };
    edit_candidate(app, id, |c| {
        c.toggle_profile(&profile_id);
    });
}

fn open_candidate(app: &App, st: &mut State, id: &str) {
    st.mode = Mode::Candidate;
    st.candidate = candidate(app, id).map(|c| c.id.clone());
    st.field = 0;
    st.scroll = 0;
}

fn start_compare(app: &mut App, st: &mut State) {
    let Some(first) = candidates(app).first().map(|c| c.id.clone()) else {
        app.info(t::NEED_CANDIDATES.get(app.lang));
        return;
    };
    st.candidate = Some(st.current_id(app).unwrap_or(first));
    st.mode = Mode::Compare;
    st.scroll = 0;
}

/// The text of the note a field holds for the candidate.
fn note_text<'a>(app: &'a App, c: &'a Candidate, field: Field) -> Option<&'a str> {
    match field {
        Field::General => Some(c.note.as_str()),
        Field::Question(p, n) => {
            let profile = app.content.codriver_aid.profiles.get(p)?;
            Some(c.note(&profile.id, n))
        }
        Field::Profile(_) => None,
    }
}

fn open_editor(app: &App, st: &mut State) {
    let Some(c) = st.candidate.as_deref().and_then(|id| candidate(app, id)) else {
        return;
    };
    if let Some(text) = note_text(app, c, st.field(app)) {
        st.editor = Some(Box::new(Editor::new(text, None, app.theme)));
    }
}

fn save_note(app: &mut App, st: &State) {
    let (Some(editor), Some(id)) = (&st.editor, st.candidate.clone()) else {
        return;
    };
    let text = editor.text();
    match st.field(app) {
        Field::General => edit_candidate(app, &id, |c| c.note = text),
        Field::Question(p, n) => {
            let Some(profile_id) = app
                .content
                .codriver_aid
                .profiles
                .get(p)
                .map(|p| p.id.clone())
            else {
                return;
            };
            edit_candidate(app, &id, |c| c.set_note(&profile_id, n, &text));
        }
        Field::Profile(_) => {}
    }
}

/// The next (or previous) line that holds a note, from the selected one.
fn next_note_field(app: &App, from: usize, forward: bool) -> Option<usize> {
    let all = fields(app);
    let is_note = |i: &usize| !matches!(all[*i], Field::Profile(_));
    if forward {
        (from + 1..all.len()).find(is_note)
    } else {
        (0..from.min(all.len())).rev().find(is_note)
    }
}

/// The candidate before or after the one on show.
fn step_candidate(app: &App, st: &mut State, forward: bool) {
    let all = candidates(app);
    let Some(i) = st.candidate.as_deref().and_then(|id| index_of(app, id)) else {
        return;
    };
    let j = if forward {
        (i + 1).min(all.len().saturating_sub(1))
    } else {
        i.saturating_sub(1)
    };
    if let Some(c) = all.get(j) {
        st.candidate = Some(c.id.clone());
    }
}

fn scroll_by(st: &mut State, delta: i32) {
    let next = (st.scroll as i32 + delta).clamp(0, st.max_scroll.get() as i32);
    st.scroll = next as u16;
}

// ---- Keys -----------------------------------------------------------------------------------

fn update(app: &mut App, st: &mut State, action: Action) -> Option<Screen> {
    if st.editor.is_some() {
        update_editor(app, st, action);
        return None;
    }
    if st.name.is_some() {
        update_name(app, st, action);
        return None;
    }
    if let Some(id) = st.confirm_remove.clone() {
        match action {
            Action::Command(Command::Yes) => {
                st.confirm_remove = None;
                remove(app, st, &id);
            }
            Action::Command(Command::No) | Action::Back => st.confirm_remove = None,
            _ => {}
        }
        return None;
    }
    // The candidate on show may have gone (removed elsewhere): back to the overview.
    if st.mode != Mode::Overview && st.current_id(app).is_none() {
        st.mode = Mode::Overview;
    }
    match st.mode {
        Mode::Overview => update_overview(app, st, action),
        Mode::Candidate => {
            update_candidate(app, st, action);
            None
        }
        Mode::Compare => {
            update_compare(app, st, action);
            None
        }
    }
}

/// The commands every mode but the editor shares; true when the action was one of them.
fn shared_command(app: &mut App, st: &mut State, action: &Action) -> bool {
    match action {
        Action::Command(Command::ChooseCandidate) => choose(app, st),
        Action::Command(Command::Remove) => ask_remove(app, st),
        Action::Command(Command::RenameCandidate) => start_rename(app, st),
        Action::Command(Command::Compare) => start_compare(app, st),
        _ => return false,
    }
    true
}

fn update_overview(app: &mut App, st: &mut State, action: Action) -> Option<Screen> {
    if shared_command(app, st, &action) {
        return None;
    }
    let n = entries(app).len();
    match action {
        Action::Back => {
            return Some(Screen::Meeting(meeting::State::at(
                &st.meeting_id,
                Item::Codriver,
            )));
        }
        Action::Up => {
            st.entry = st.entry.saturating_sub(1);
            st.scroll = 0;
        }
        Action::Down => {
            st.entry = (st.entry + 1).min(n - 1);
            st.scroll = 0;
        }
        Action::Home => {
            st.entry = 0;
            st.scroll = 0;
        }
        Action::End => {
            st.entry = n - 1;
            st.scroll = 0;
        }
        Action::PageUp => scroll_by(st, -10),
        Action::PageDown => scroll_by(st, 10),
        Action::Confirm => match st.entry(app) {
            Entry::Candidate(i) => {
                if let Some(id) = candidates(app).get(i).map(|c| c.id.clone()) {
                    open_candidate(app, st, &id);
                }
            }
            Entry::Add => start_add(st),
            Entry::Intro | Entry::Profile(_) => {}
        },
        Action::Command(Command::AddCandidate) => start_add(st),
        _ => {}
    }
    None
}

fn update_candidate(app: &mut App, st: &mut State, action: Action) {
    if shared_command(app, st, &action) {
        return;
    }
    let Some(id) = st.current_id(app) else {
        return;
    };
    let n = fields(app).len();
    match action {
        Action::Back => {
            st.mode = Mode::Overview;
            st.entry = entry_of_candidate(app, &id);
            st.scroll = 0;
        }
        Action::Up => st.field = st.field.saturating_sub(1),
        Action::Down => st.field = (st.field + 1).min(n - 1),
        Action::Home => st.field = 0,
        Action::End => st.field = n - 1,
        Action::Left => step_candidate(app, st, false),
        Action::Right => step_candidate(app, st, true),
        Action::Confirm => match st.field(app) {
            Field::Profile(p) => toggle_profile(app, &id, p),
            Field::General | Field::Question(..) => open_editor(app, st),
        },
        Action::Command(Command::ToggleProfile) => match st.field(app) {
            Field::Profile(p) | Field::Question(p, _) => toggle_profile(app, &id, p),
            Field::General => {}
        },
        _ => {}
    }
}

fn update_compare(app: &mut App, st: &mut State, action: Action) {
    if shared_command(app, st, &action) {
        return;
    }
    let Some(id) = st.current_id(app) else {
        return;
    };
    match action {
        Action::Back => {
            st.mode = Mode::Overview;
            st.entry = entry_of_candidate(app, &id);
            st.scroll = 0;
        }
        Action::Left => step_candidate(app, st, false),
        Action::Right => step_candidate(app, st, true),
        Action::Up => scroll_by(st, -1),
        Action::Down => scroll_by(st, 1),
        Action::PageUp => scroll_by(st, -10),
        Action::PageDown => scroll_by(st, 10),
        Action::Home => st.scroll = 0,
        Action::Confirm => open_candidate(app, st, &id),
        _ => {}
    }
}

fn update_editor(app: &mut App, st: &mut State, action: Action) {
    match action {
        Action::Back | Action::SaveField => st.editor = None,
        Action::NextField | Action::PrevField => {
            st.editor = None;
            if let Some(next) = next_note_field(app, st.field, action == Action::NextField) {
                st.field = next;
                open_editor(app, st);
            }
        }
        Action::Edit(key) if st.editor.as_mut().is_some_and(|e| e.input(key)) => {
            save_note(app, st);
        }
        Action::Paste(text) if st.editor.as_mut().is_some_and(|e| e.paste(&text)) => {
            save_note(app, st);
        }
        _ => {}
    }
}

fn update_name(app: &mut App, st: &mut State, action: Action) {
    let Some(field) = &mut st.name else {
        return;
    };
    match action {
        Action::Back => st.name = None,
        Action::Confirm | Action::SaveField | Action::NextField | Action::PrevField => {
            let name = clean_line(field.input.text());
            if name.is_empty() {
                app.error(t::NAME_EMPTY.get(app.lang));
                return;
            }
            let target = field.candidate.clone();
            st.name = None;
            let lang = app.lang;
            let Some(ws) = app.workspace.as_mut() else {
                return;
            };
            match target {
                Some(id) => {
                    if ws.rename_codriver_candidate(&id, &name) {
                        app.touch();
                    }
                }
                None => {
                    let id = ws.codriver_aid.add(&name).id.clone();
                    app.touch();
                    app.info(t::added(lang, &name));
                    if st.mode == Mode::Overview {
                        st.entry = entry_of_candidate(app, &id);
                        st.scroll = 0;
                    }
                }
            }
        }
        Action::Edit(key) => {
            field.input.handle_key(key);
        }
        Action::Paste(text) => field.input.paste(&text),
        _ => {}
    }
}

fn crumbs(app: &App, st: &State) -> Vec<String> {
    let mut c = meeting::crumbs(app, &meeting::State::new(&st.meeting_id));
    c.push(app.content.codriver_aid.title.get(app.lang).to_string());
    match st.mode {
        Mode::Overview => {}
        Mode::Candidate => {
            let id = st.candidate.as_deref().unwrap_or("");
            if let (Some(cand), Some(i)) = (candidate(app, id), index_of(app, id)) {
                c.push(clean_line(&cand.name));
                c.push(t::candidate_of(app.lang, i + 1, candidates(app).len()));
            }
        }
        Mode::Compare => c.push(t::COMPARE.get(app.lang).to_string()),
    }
    c
}

const NEW: Binding = Binding::new(
    "n",
    &[(Key::char('n'), Action::Command(Command::AddCandidate))],
    t::KEY_NEW,
);
const COMPARE: Binding = Binding::new(
    "s",
    &[(Key::char('s'), Action::Command(Command::Compare))],
    t::KEY_COMPARE,
);
const CHOOSE: Binding = Binding::new(
    "v",
    &[(Key::char('v'), Action::Command(Command::ChooseCandidate))],
    t::KEY_CHOOSE,
)
.explained(t::KEY_CHOOSE_HELP);
const REMOVE: Binding = Binding::new(
    "x",
    &[
        (Key::char('x'), Action::Command(Command::Remove)),
        (Key::plain(KeyCode::Delete), Action::Command(Command::Remove)),
    ],
    k::REMOVE,
)
.explained(t::KEY_REMOVE_HELP);
const RENAME: Binding = Binding::new(
    "e",
    &[(Key::char('e'), Action::Command(Command::RenameCandidate))],
    t::KEY_RENAME,
)
.help_only();
const OTHER_CANDIDATE: Binding = Binding::new(
    "←/→",
    &[
        (Key::plain(KeyCode::Left), Action::Left),
        (Key::plain(KeyCode::Right), Action::Right),
        (Key::char('h'), Action::Left),
        (Key::char('l'), Action::Right),
    ],
    t::KEY_OTHER,
);
const PANE_PAGE: Binding = Binding::new(
    "PgUp/PgDn",
    &[
        (Key::plain(KeyCode::PageUp), Action::PageUp),
        (Key::plain(KeyCode::PageDown), Action::PageDown),
    ],
    t::KEY_SCROLL_PANE,
)
.help_only();
const PAGE: Binding = Binding::new(
    "PgUp/PgDn",
    &[
        (Key::plain(KeyCode::PageUp), Action::PageUp),
        (Key::plain(KeyCode::PageDown), Action::PageDown),
    ],
    k::PAGE,
)
.help_only();
const TOGGLE: Binding = Binding::new(
    "p",
    &[(Key::char('p'), Action::Command(Command::ToggleProfile))],
    t::KEY_TOGGLE,
);
const TOGGLE_ENTER: Binding = Binding::new(
    "Enter",
    &[
        (Key::plain(KeyCode::Enter), Action::Confirm),
        (Key::char('p'), Action::Command(Command::ToggleProfile)),
    ],
    t::KEY_TOGGLE,
);
const WRITE: Binding = Binding::new(
    "Enter",
    &[(Key::plain(KeyCode::Enter), Action::Confirm)],
    k::WRITE,
);

const OVERVIEW_KEYS: &[Binding] = &[
    keys::MOVE,
    keys::OPEN,
    NEW,
    COMPARE,
    keys::BACK,
    keys::HELP,
    keys::QUIT,
    CHOOSE.help_only(),
    REMOVE.help_only(),
    RENAME,
    PANE_PAGE,
    keys::HOME_END,
];
/// On a candidate's line, what can be done to the candidate comes first.
const CANDIDATE_LINE_KEYS: &[Binding] = &[
    keys::MOVE,
    keys::OPEN,
    CHOOSE,
    REMOVE,
    COMPARE,
    NEW,
    keys::BACK,
    keys::HELP,
    keys::QUIT,
    RENAME,
    PANE_PAGE,
    keys::HOME_END,
];
const NOTE_KEYS: &[Binding] = &[
    WRITE,
    keys::MOVE,
    TOGGLE,
    OTHER_CANDIDATE,
    CHOOSE,
    COMPARE,
    keys::BACK,
    keys::HELP,
    keys::QUIT,
    REMOVE.help_only(),
    RENAME,
    keys::HOME_END,
];
const PROFILE_KEYS: &[Binding] = &[
    TOGGLE_ENTER,
    keys::MOVE,
    OTHER_CANDIDATE,
    CHOOSE,
    COMPARE,
    keys::BACK,
    keys::HELP,
    keys::QUIT,
    REMOVE.help_only(),
    RENAME,
    keys::HOME_END,
];
const COMPARE_KEYS: &[Binding] = &[
    OTHER_CANDIDATE,
    keys::SCROLL,
    keys::OPEN,
    CHOOSE,
    keys::BACK,
    keys::HELP,
    keys::QUIT,
    REMOVE.help_only(),
    RENAME,
    PAGE,
];
const EDITOR_KEYS: &[Binding] = &[
    keys::NEWLINE,
    keys::SAVE_CLOSE,
    Binding::new(
        "Tab",
        &[
            (Key::plain(KeyCode::Tab), Action::NextField),
            (Key::plain(KeyCode::BackTab), Action::PrevField),
        ],
        t::KEY_NEXT_NOTE,
    )
    .explained(k::NEXT_FIELD_HELP),
];
/// The name is the only field: Tab keeps it and leaves, as Enter and Ctrl+S do.
const NAME_KEYS: &[Binding] = &[
    keys::LINE_CONFIRM,
    keys::LINE_CANCEL,
    keys::NEXT_FIELD.help_only(),
];
pub const KEY_TABLES: &[&[Binding]] = &[
    OVERVIEW_KEYS,
    CANDIDATE_LINE_KEYS,
    NOTE_KEYS,
    PROFILE_KEYS,
    COMPARE_KEYS,
    EDITOR_KEYS,
    NAME_KEYS,
    keys::YES_NO,
];

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
            return EDITOR_KEYS;
        }
        if self.name.is_some() {
            return NAME_KEYS;
        }
        if self.confirm_remove.is_some() {
            return keys::YES_NO;
        }
        match self.mode {
            Mode::Overview if matches!(self.entry(app), Entry::Candidate(_)) => {
                CANDIDATE_LINE_KEYS
            }
            Mode::Overview => OVERVIEW_KEYS,
            Mode::Candidate if matches!(self.field(app), Field::Profile(_)) => PROFILE_KEYS,
            Mode::Candidate => NOTE_KEYS,
            Mode::Compare => COMPARE_KEYS,
        }
    }

    fn is_editing(&self) -> bool {
        self.editor.is_some() || self.name.is_some()
    }

    fn position(&self, _app: &App) -> Option<serde_json::Value> {
        let mode = match self.mode {
            Mode::Overview => 0,
            Mode::Candidate => 1,
            Mode::Compare => 2,
        };
        crate::tui::screen::saved(&Position {
            meeting_id: self.meeting_id.clone(),
            mode,
            entry: self.entry,
            candidate: self.candidate.clone(),
            field: self.field,
            scroll: self.scroll,
            editor: self.editor.as_ref().map(|e| e.cursor()),
        })
    }

    fn from_position(app: &App, position: &serde_json::Value) -> Option<Self> {
        let p: Position = crate::tui::screen::read(position)?;
        app.meeting(&p.meeting_id)?;
        let mut st = State::new(&p.meeting_id);
        st.mode = match p.mode {
            1 if p.candidate.is_some() => Mode::Candidate,
            2 => Mode::Compare,
            _ => Mode::Overview,
        };
        st.entry = p.entry;
        st.candidate = p
            .candidate
            .filter(|id| saved(app).is_some_and(|aid| aid.candidate(id).is_some()));
        st.field = p.field;
        st.scroll = p.scroll;
        if let Some(cursor) = p.editor {
            open_editor(app, &mut st);
            if let Some(editor) = st.editor.as_mut() {
                let text = editor.text();
                **editor = Editor::new(&text, Some(cursor), app.theme);
            }
        }
        Some(st)
    }

    fn render(&self, app: &App, area: Rect, buf: &mut Buffer) {
        render(app, self, area, buf);
    }
}

// ---- Drawing --------------------------------------------------------------------------------

/// The rows of text wrapped to `width`.
fn wrapped(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    wrap_into(&mut lines, text, width, Style::new(), "");
    lines
        .into_iter()
        .map(|l| l.spans.into_iter().map(|s| s.content).collect())
        .collect()
}

fn render(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let prompt = prompt_lines(app, st, area.width as usize);
    let prompt_rows = (prompt.len() as u16).min(area.height.saturating_sub(1));
    let main = Rect::new(
        area.x,
        area.y,
        area.width,
        area.height.saturating_sub(prompt_rows + u16::from(prompt_rows > 0)),
    );
    match st.mode {
        Mode::Overview => render_overview(app, st, main, buf),
        Mode::Candidate => render_candidate(app, st, main, buf),
        Mode::Compare => render_compare(app, st, main, buf),
    }
    if prompt_rows > 0 {
        let r = Rect::new(
            area.x,
            area.bottom() - prompt_rows,
            area.width,
            prompt_rows,
        );
        Clear.render(r, buf);
        paragraph(prompt, r, buf, 0);
        if let Some(field) = &st.name {
            let label = name_label(st).get(app.lang);
            let x = (label.width() as u16 + 1).min(area.width);
            field.input.render(
                Rect::new(area.x + x, r.y, area.width - x, 1),
                buf,
                app.theme.normal(),
                true,
                app.theme,
            );
        }
    }
}

fn name_label(st: &State) -> Msg {
    match st.name.as_ref().and_then(|n| n.candidate.as_ref()) {
        Some(_) => t::RENAME,
        None => t::NEW_NAME,
    }
}

/// The question asked at the bottom: a name to type, or whether to remove someone.
fn prompt_lines(app: &App, st: &State, width: usize) -> Vec<Line<'static>> {
    let lang = app.lang;
    let theme = app.theme;
    if st.name.is_some() {
        return vec![Line::styled(
            name_label(st).get(lang).to_string(),
            theme.heading(),
        )];
    }
    let Some(id) = &st.confirm_remove else {
        return Vec::new();
    };
    let name = candidate(app, id)
        .map(|c| clean_line(&c.name))
        .unwrap_or_default();
    let question = if is_chosen(app, id) {
        t::confirm_remove_chosen(lang, &name)
    } else {
        t::confirm_remove(lang, &name)
    };
    let mut lines = Vec::new();
    wrap_into(&mut lines, &question, width, theme.warn(), "");
    lines.truncate(3);
    lines
}

/// "◉ Birgit Ørum" for the chosen one, "○ Ahmed" for the others.
fn candidate_label(app: &App, c: &Candidate) -> String {
    let mark = if is_chosen(app, &c.id) { "◉" } else { "○" };
    format!("{mark} {}", clean_line(&c.name))
}

fn render_overview(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let theme = app.theme;
    let aid = &app.content.codriver_aid;
    let list_w = (area.width / 3).clamp(16, 32).min(area.width);
    let selected = st.entry.min(entries(app).len() - 1);

    // The list: headings between the selectable lines.
    let mut rows: Vec<Line> = Vec::new();
    let mut selected_row = 0;
    let mut entry_index = 0;
    let mut push = |rows: &mut Vec<Line>, text: String, style: Style| {
        let is_selected = entry_index == selected;
        if is_selected {
            selected_row = rows.len();
        }
        let marker = if is_selected { "▶ " } else { "  " };
        let style = if is_selected { theme.selected() } else { style };
        rows.push(Line::styled(
            truncate(&format!("{marker}{text}"), list_w as usize),
            style,
        ));
        entry_index += 1;
    };
    push(&mut rows, t::INTRO.get(lang).to_string(), theme.normal());
    rows.push(Line::raw(""));
    rows.push(Line::styled(t::PROFILES.get(lang), theme.heading()));
    for (i, p) in aid.profiles.iter().enumerate() {
        push(
            &mut rows,
            format!("{} {}", i + 1, p.name.get(lang)),
            theme.normal(),
        );
    }
    rows.push(Line::raw(""));
    rows.push(Line::styled(t::CANDIDATES.get(lang), theme.heading()));
    if candidates(app).is_empty() {
        rows.push(Line::styled(
            format!("  {}", t::NO_CANDIDATES.get(lang)),
            theme.dim(),
        ));
    }
    for c in candidates(app) {
        push(&mut rows, candidate_label(app, c), theme.normal());
    }
    push(&mut rows, t::ADD.get(lang).to_string(), theme.key());
    // The text on the right.
    let Some(right) = list_and_pane(rows, selected_row, area, list_w, buf) else {
        return;
    };
    let width = right.width as usize;
    let mut lines: Vec<Line<'static>> = Vec::new();
    match st.entry(app) {
        Entry::Intro => {
            wrap_into(&mut lines, aid.title.get(lang), width, theme.title(), "");
            lines.push(Line::raw(""));
            wrap_into(&mut lines, aid.intro.get(lang), width, theme.normal(), "");
            lines.push(Line::raw(""));
            wrap_into(&mut lines, words::DEVELOPMENT.get(lang), width, theme.heading(), "");
            wrap_into(&mut lines, aid.development_path.get(lang), width, theme.normal(), "");
            lines.push(Line::raw(""));
            wrap_into(&mut lines, words::EXAMPLE_NOTE.get(lang), width, theme.dim(), "");
        }
        Entry::Profile(i) => {
            let p = &aid.profiles[i];
            wrap_into(
                &mut lines,
                &format!("{} {}", i + 1, p.name.get(lang)),
                width,
                theme.title(),
                "",
            );
            wrap_into(&mut lines, p.description.get(lang), width, theme.normal(), "");
            lines.push(Line::raw(""));
            wrap_into(&mut lines, t::QUESTIONS.get(lang), width, theme.heading(), "");
            for (n, q) in p.questions.iter().enumerate() {
                wrap_into(
                    &mut lines,
                    &format!("{}. {}", n + 1, q.get(lang)),
                    width,
                    theme.normal(),
                    "",
                );
            }
            lines.push(Line::raw(""));
            let fitting: Vec<String> = candidates(app)
                .iter()
                .filter(|c| c.fits(&p.id))
                .map(|c| clean_line(&c.name))
                .collect();
            if fitting.is_empty() {
                wrap_into(&mut lines, t::NOBODY_FITS.get(lang), width, theme.dim(), "");
            } else {
                wrap_into(
                    &mut lines,
                    &t::fitting(lang, &fitting.join(", ")),
                    width,
                    theme.ok(),
                    "",
                );
            }
        }
        Entry::Candidate(i) => {
            let c = &candidates(app)[i];
            let mut title = vec![Span::styled(clean_line(&c.name), theme.title())];
            if is_chosen(app, &c.id) {
                title.push(Span::styled(format!(" · {}", t::CHOSEN.get(lang)), theme.ok()));
            }
            lines.push(Line::from(title));
            lines.push(Line::raw(""));
            for p in &aid.profiles {
                let (mark, style) = if c.fits(&p.id) {
                    ("[x]", theme.normal())
                } else {
                    ("[ ]", theme.dim())
                };
                wrap_into(
                    &mut lines,
                    &format!("{mark} {}", p.name.get(lang)),
                    width,
                    style,
                    "",
                );
            }
            lines.push(Line::raw(""));
            let questions: usize = aid.profiles.iter().map(|p| p.questions.len()).sum();
            let notes = aid
                .profiles
                .iter()
                .map(|p| {
                    (1..=p.questions.len())
                        .filter(|n| !c.note(&p.id, *n).trim().is_empty())
                        .count()
                })
                .sum();
            wrap_into(
                &mut lines,
                &t::notes_count(lang, notes, questions),
                width,
                theme.normal(),
                "",
            );
            if !c.note.trim().is_empty() {
                lines.push(Line::raw(""));
                wrap_into(&mut lines, t::GENERAL_NOTE.get(lang), width, theme.heading(), "");
                wrap_into(&mut lines, &c.note, width, theme.normal(), "");
            }
            lines.push(Line::raw(""));
            wrap_into(&mut lines, t::OPEN_HINT.get(lang), width, theme.dim(), "");
        }
        Entry::Add => {
            wrap_into(&mut lines, t::ADD.get(lang), width, theme.title(), "");
            lines.push(Line::raw(""));
            wrap_into(&mut lines, t::ADD_HINT.get(lang), width, theme.normal(), "");
        }
    }
    let max = (lines.len() as u16).saturating_sub(right.height);
    st.max_scroll.set(max);
    paragraph(lines, right, buf, st.scroll.min(max));
}

fn render_candidate(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let theme = app.theme;
    let aid = &app.content.codriver_aid;
    let Some(id) = st.candidate.as_deref() else {
        return;
    };
    let (Some(c), Some(index)) = (candidate(app, id), index_of(app, id)) else {
        return;
    };
    let mut head = vec![Span::styled(candidate_label(app, c), theme.title())];
    if is_chosen(app, id) {
        head.push(Span::styled(format!(" · {}", t::CHOSEN.get(lang)), theme.ok()));
    }
    head.push(Span::styled(
        format!(" · {}", t::candidate_of(lang, index + 1, candidates(app).len())),
        theme.dim(),
    ));
    buf.set_line(area.x, area.y, &Line::from(head), area.width);
    let body = Rect::new(
        area.x,
        area.y + 2.min(area.height),
        area.width,
        area.height.saturating_sub(2),
    );
    if body.height == 0 {
        return;
    }

    // The list of the general note, the profiles and their questions.
    let all = fields(app);
    let selected = st.field.min(all.len() - 1);
    let list_w = (body.width / 3).clamp(16, 34).min(body.width);
    let mut rows = Vec::new();
    for (i, f) in all.iter().enumerate() {
        let written = |text: &str| if text.trim().is_empty() { "·" } else { "✎" };
        let text = match *f {
            Field::General => format!("{} {}", written(&c.note), t::GENERAL_NOTE.get(lang)),
            Field::Profile(p) => {
                let mark = if c.fits(&aid.profiles[p].id) { "[x]" } else { "[ ]" };
                format!("{mark} {} {}", p + 1, aid.profiles[p].name.get(lang))
            }
            Field::Question(p, n) => {
                let profile = &aid.profiles[p];
                format!(
                    "  {} {}.{} {}",
                    written(c.note(&profile.id, n)),
                    p + 1,
                    n,
                    profile.questions[n - 1].get(lang)
                )
            }
        };
        let style = if i == selected {
            theme.selected()
        } else if matches!(f, Field::Profile(_)) {
            theme.heading()
        } else {
            theme.normal()
        };
        rows.push(Line::styled(truncate(&text, list_w as usize), style));
    }
    let Some(right) = list_and_pane(rows, selected, body, list_w, buf) else {
        return;
    };
    let width = right.width as usize;
    let name = clean_line(&c.name);
    let mut lines: Vec<Line<'static>> = Vec::new();
    let (title, note) = match all[selected] {
        Field::Profile(p) => {
            let profile = &aid.profiles[p];
            wrap_into(
                &mut lines,
                &format!("{} {}", p + 1, profile.name.get(lang)),
                width,
                theme.title(),
                "",
            );
            wrap_into(&mut lines, profile.description.get(lang), width, theme.normal(), "");
            lines.push(Line::raw(""));
            wrap_into(&mut lines, &t::fits_line(lang, &name), width, theme.heading(), "");
            let (answer, style) = if c.fits(&profile.id) {
                (format!("[x] {}", t::FITS.get(lang)), theme.ok())
            } else {
                (format!("[ ] {}", t::DOES_NOT_FIT.get(lang)), theme.normal())
            };
            lines.push(Line::styled(answer, style));
            lines.push(Line::raw(""));
            wrap_into(&mut lines, t::TOGGLE_HINT.get(lang), width, theme.dim(), "");
            paragraph(lines, right, buf, 0);
            return;
        }
        Field::General => {
            wrap_into(&mut lines, &t::general_about(lang, &name), width, theme.title(), "");
            (t::GENERAL_NOTE.get(lang).to_string(), c.note.as_str())
        }
        Field::Question(p, n) => {
            let profile = &aid.profiles[p];
            wrap_into(
                &mut lines,
                &format!(
                    "{} {} · {}",
                    p + 1,
                    profile.name.get(lang),
                    t::question_of(lang, n, profile.questions.len())
                ),
                width,
                theme.dim(),
                "",
            );
            wrap_into(
                &mut lines,
                profile.questions[n - 1].get(lang),
                width,
                theme.heading(),
                "",
            );
            (t::note_about(lang, &name), c.note(&profile.id, n))
        }
    };
    let text_rows = (lines.len() as u16).min(right.height / 2);
    paragraph(
        lines,
        Rect::new(right.x, right.y, right.width, text_rows),
        buf,
        0,
    );
    let box_area = Rect::new(
        right.x,
        right.y + text_rows + 1,
        right.width,
        right.height.saturating_sub(text_rows + 1),
    );
    if box_area.height < 3 {
        return;
    }
    let border = if st.editor.is_some() {
        theme.active_border()
    } else {
        theme.dim()
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(border)
        .title(format!(" {title} "));
    let inner = block.inner(box_area);
    block.render(box_area, buf);
    match &st.editor {
        Some(editor) => editor.textarea().render(inner, buf),
        None if note.trim().is_empty() => paragraph(
            vec![Line::styled(t::NOTE_EMPTY.get(lang), theme.dim())],
            inner,
            buf,
            0,
        ),
        None => {
            let mut lines = Vec::new();
            wrap_into(&mut lines, note, inner.width as usize, theme.normal(), "");
            paragraph(lines, inner, buf, 0);
        }
    }
}

/// The narrowest a compared candidate's column gets before the others are paged.
const MIN_COLUMN: usize = 24;
const COLUMN_GAP: &str = " │ ";

/// One cell of the comparison: its rows, and how they look.
struct Slot {
    rows: Vec<String>,
    style: Style,
}

fn cell(text: &str, width: usize, app: &App) -> Slot {
    if text.trim().is_empty() {
        Slot {
            rows: vec![t::EMPTY_CELL.get(app.lang).to_string()],
            style: app.theme.dim(),
        }
    } else {
        Slot {
            rows: wrapped(text, width),
            style: app.theme.normal(),
        }
    }
}

/// Puts the cells beside each other, padded to the column width.
fn cells_row(lines: &mut Vec<Line<'static>>, cells: &[Slot], width: usize, app: &App) {
    let height = cells.iter().map(|c| c.rows.len()).max().unwrap_or(0).max(1);
    for r in 0..height {
        let mut spans = Vec::new();
        for (i, c) in cells.iter().enumerate() {
            if i > 0 {
                spans.push(Span::styled(COLUMN_GAP, app.theme.dim()));
            }
            let text = c.rows.get(r).map(String::as_str).unwrap_or("");
            let pad = width.saturating_sub(text.width());
            spans.push(Span::styled(format!("{text}{}", " ".repeat(pad)), c.style));
        }
        lines.push(Line::from(spans));
    }
}

fn render_compare(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let theme = app.theme;
    let aid = &app.content.codriver_aid;
    let all = candidates(app);
    if all.is_empty() || area.height < 3 {
        paragraph(
            vec![Line::styled(t::NEED_CANDIDATES.get(lang), theme.dim())],
            area,
            buf,
            0,
        );
        return;
    }
    let width = area.width as usize;
    let gap = COLUMN_GAP.width();
    let shown = ((width + gap) / (MIN_COLUMN + gap)).clamp(1, all.len());
    let column_w = (width.saturating_sub(gap * (shown - 1)) / shown).max(1);
    let selected = st
        .candidate
        .as_deref()
        .and_then(|id| index_of(app, id))
        .unwrap_or(0);
    // Keep the selected candidate in view, moving the columns as little as possible.
    let mut first = st.first_column.get().min(all.len() - shown);
    if selected < first {
        first = selected;
    } else if selected >= first + shown {
        first = selected + 1 - shown;
    }
    st.first_column.set(first);
    let visible = &all[first..first + shown];

    let mut title = vec![Span::styled(t::COMPARE_TITLE.get(lang), theme.title())];
    if shown < all.len() {
        title.push(Span::styled(
            format!("  {}", t::columns(lang, first + 1, first + shown, all.len())),
            theme.dim(),
        ));
    }
    buf.set_line(area.x, area.y, &Line::from(title), area.width);
    let mut header = Vec::new();
    for (i, c) in visible.iter().enumerate() {
        if i > 0 {
            header.push(Span::styled(COLUMN_GAP, theme.dim()));
        }
        let style = if first + i == selected {
            theme.selected()
        } else {
            theme.heading()
        };
        let label = truncate(&candidate_label(app, c), column_w);
        let pad = column_w.saturating_sub(label.width());
        header.push(Span::styled(format!("{label}{}", " ".repeat(pad)), style));
    }
    buf.set_line(area.x, area.y + 1, &Line::from(header), area.width);

    let mut lines: Vec<Line<'static>> = Vec::new();
    wrap_into(&mut lines, words::FITS.get(lang), width, theme.heading(), "");
    let fits: Vec<Slot> = visible
        .iter()
        .map(|c| {
            let names: Vec<String> = aid
                .profiles
                .iter()
                .filter(|p| c.fits(&p.id))
                .flat_map(|p| wrapped(&format!("– {}", p.name.get(lang)), column_w))
                .collect();
            if names.is_empty() {
                Slot {
                    rows: wrapped(words::NO_PROFILES_MARKED.get(lang), column_w),
                    style: theme.dim(),
                }
            } else {
                Slot {
                    rows: names,
                    style: theme.normal(),
                }
            }
        })
        .collect();
    cells_row(&mut lines, &fits, column_w, app);
    lines.push(Line::raw(""));
    wrap_into(&mut lines, t::GENERAL_NOTE.get(lang), width, theme.heading(), "");
    let general: Vec<Slot> = visible
        .iter()
        .map(|c| cell(&c.note, column_w, app))
        .collect();
    cells_row(&mut lines, &general, column_w, app);
    for (p, profile) in aid.profiles.iter().enumerate() {
        lines.push(Line::raw(""));
        wrap_into(
            &mut lines,
            &format!("{} {}", p + 1, profile.name.get(lang)),
            width,
            theme.title(),
            "",
        );
        for (q, question) in profile.questions.iter().enumerate() {
            wrap_into(
                &mut lines,
                &format!("{}.{} {}", p + 1, q + 1, question.get(lang)),
                width,
                theme.dim(),
                "",
            );
            let notes: Vec<Slot> = visible
                .iter()
                .map(|c| cell(c.note(&profile.id, q + 1), column_w, app))
                .collect();
            cells_row(&mut lines, &notes, column_w, app);
        }
    }
    let view = Rect::new(area.x, area.y + 2, area.width, area.height - 2);
    let max = (lines.len() as u16).saturating_sub(view.height);
    st.max_scroll.set(max);
    paragraph(lines, view, buf, st.scroll.min(max));
}

/// Where the leader was: the mode, the line, the candidate on show, a note being written and
/// its cursor.
#[derive(serde::Serialize, serde::Deserialize)]
struct Position {
    meeting_id: String,
    mode: u8,
    entry: usize,
    candidate: Option<String>,
    field: usize,
    scroll: u16,
    editor: Option<(usize, usize)>,
}

/// Draws a list in the left `list_w` columns of `area`, scrolled so the `selected` row shows,
/// and returns the pane to its right (two columns further on), if it is wide enough to use.
fn list_and_pane(
    rows: Vec<Line<'static>>,
    selected: usize,
    area: Rect,
    list_w: u16,
    buf: &mut Buffer,
) -> Option<Rect> {
    let scroll = (selected + 1).saturating_sub(area.height as usize) as u16;
    paragraph(
        rows,
        Rect::new(area.x, area.y, list_w, area.height),
        buf,
        scroll,
    );
    let right = Rect::new(
        area.x + list_w + 2,
        area.y,
        area.width.saturating_sub(list_w + 2),
        area.height,
    );
    (right.width >= 8).then_some(right)
}
