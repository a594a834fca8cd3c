//! Keys, bound once. Each screen has a table of [`Binding`]s for each of its modes: the key (or
//! keys), what it does as an [`Action`], and the words the hint line and the help show for it.
//! The same table drives the key handling ([`action_for_key`]), the hint line
//! (`render::fitting_hints`) and the key list in the screen's help, so they cannot disagree.

use mandat::text::Msg;
use mandat::text::screen::keys as k;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::{Action, Command};
use super::app::App;

/// A key as a table names it: the key code, and whether Ctrl is held. Shift is part of the code
/// (`J`, Shift+Tab is `BackTab`), so it is not compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

impl Key {
    pub const fn plain(code: KeyCode) -> Key {
        Key { code, ctrl: false }
    }

    pub const fn char(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
        }
    }

    fn matches(self, key: &KeyEvent) -> bool {
        self.code == key.code && self.ctrl == key.modifiers.contains(KeyModifiers::CONTROL)
    }
}

/// Where a binding is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Show {
    /// On the hint line and in the help.
    Hint,
    /// Only in the help's key list (a second way to do something, or a key people rarely need).
    Help,
}

/// One entry of a key table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// How the key is written: "Enter", "↑/↓", "b".
    pub shown: &'static str,
    /// The keys and what each does. [`Action::Type`] hands the key to the text field.
    pub keys: &'static [(Key, Action)],
    /// What it does, in a word or two, for the hint line.
    pub does: Msg,
    /// A longer description for the help, when the short one is not enough.
    pub help: Option<Msg>,
    pub show: Show,
}

impl Binding {
    pub const fn new(shown: &'static str, keys: &'static [(Key, Action)], does: Msg) -> Binding {
        Binding {
            shown,
            keys,
            does,
            help: None,
            show: Show::Hint,
        }
    }

    /// The same binding with a longer description in the help.
    pub const fn explained(self, help: Msg) -> Binding {
        Binding {
            help: Some(help),
            ..self
        }
    }

    /// The same binding, listed in the help only.
    pub const fn help_only(self) -> Binding {
        Binding {
            show: Show::Help,
            ..self
        }
    }

    fn action_for(&self, key: &KeyEvent) -> Option<Action> {
        self.keys
            .iter()
            .find(|(k, _)| k.matches(key))
            .map(|(_, action)| match action {
                Action::Type => Action::Edit(*key),
                other => other.clone(),
            })
    }

    /// The words the help shows for this binding.
    pub fn help_text(&self) -> Msg {
        self.help.unwrap_or(self.does)
    }
}

// ---- Bindings many screens share ------------------------------------------------------------

pub const MOVE: Binding = Binding::new(
    "↑/↓",
    &[
        (Key::plain(KeyCode::Up), Action::Up),
        (Key::plain(KeyCode::Down), Action::Down),
        (Key::char('k'), Action::Up),
        (Key::char('j'), Action::Down),
    ],
    k::MOVE,
);
pub const HOME_END: Binding = Binding::new(
    "Home/End",
    &[
        (Key::plain(KeyCode::Home), Action::Home),
        (Key::plain(KeyCode::End), Action::End),
    ],
    k::FIRST_LAST,
)
.help_only();
pub const SCROLL: Binding = Binding::new(
    "↑/↓",
    &[
        (Key::plain(KeyCode::Up), Action::Up),
        (Key::plain(KeyCode::Down), Action::Down),
        (Key::char('k'), Action::Up),
        (Key::char('j'), Action::Down),
    ],
    k::SCROLL,
);
pub const PAGE: Binding = Binding::new(
    "PgUp/PgDn",
    &[
        (Key::plain(KeyCode::PageUp), Action::PageUp),
        (Key::plain(KeyCode::PageDown), Action::PageDown),
        (Key::plain(KeyCode::Home), Action::Home),
    ],
    k::PAGE,
)
.help_only();
pub const OPEN: Binding = Binding::new(
    "Enter",
    &[(Key::plain(KeyCode::Enter), Action::Confirm)],
    k::OPEN,
);
pub const CHOOSE: Binding = Binding::new(
    "Enter",
    &[(Key::plain(KeyCode::Enter), Action::Confirm)],
    k::CHOOSE,
);
pub const EDIT: Binding = Binding::new(
    "Enter",
    &[(Key::plain(KeyCode::Enter), Action::Confirm)],
    k::EDIT,
);
pub const BACK: Binding = Binding::new("Esc", &[(Key::plain(KeyCode::Esc), Action::Back)], k::BACK);
pub const HELP: Binding = Binding::new(
    "?",
    &[
        (Key::char('?'), Action::ToggleHelp),
        (Key::plain(KeyCode::F(1)), Action::ToggleHelp),
    ],
    k::HELP,
);
pub const QUIT: Binding = Binding::new("q", &[(Key::char('q'), Action::Quit)], k::QUIT);
/// The help on a screen that is all text fields, where `?` is a letter.
pub const HELP_IN_FORM: Binding = Binding::new(
    "F1",
    &[(Key::plain(KeyCode::F(1)), Action::ToggleHelp)],
    k::HELP,
);
pub const LEFT_RIGHT_COLUMN: Binding = Binding::new(
    "←/→",
    &[
        (Key::plain(KeyCode::Left), Action::Left),
        (Key::plain(KeyCode::Right), Action::Right),
        (Key::char('h'), Action::Left),
        (Key::char('l'), Action::Right),
    ],
    k::COLUMN,
);
pub const EXPORT: Binding = Binding::new(
    "u",
    &[(Key::char('u'), Action::Command(Command::OpenExport))],
    k::EXPORT,
);
pub const STEP_BACK: Binding = Binding::new(
    "t",
    &[(Key::char('t'), Action::Command(Command::StepBack))],
    k::STEP_BACK,
);

// ---- Text fields ----------------------------------------------------------------------------
//
// Two keys mean the same in every text field of every screen (a test reads every table):
// Ctrl+S keeps what is written and leaves the field — [`Action::SaveField`]; Tab keeps it and
// goes on to the next field (Shift+Tab the one before) — [`Action::NextField`]. Where there is
// no next field, Tab leaves the field as Ctrl+S does. Text is saved as it is typed, so neither
// key is needed to keep a word; they are the ways out.

/// A one-line field: Enter confirms, Esc cancels; Ctrl+S confirms too (keeps the text, leaves).
pub const LINE_CONFIRM: Binding = Binding::new(
    "Enter",
    &[
        (Key::plain(KeyCode::Enter), Action::Confirm),
        (Key::ctrl('s'), Action::SaveField),
    ],
    k::CONFIRM,
);
pub const LINE_CANCEL: Binding = Binding::new(
    "Esc",
    &[(Key::plain(KeyCode::Esc), Action::Back)],
    k::CANCEL,
);
/// Tab and Shift+Tab: keep the text, go to the next or previous field.
pub const NEXT_FIELD: Binding = Binding::new(
    "Tab",
    &[
        (Key::plain(KeyCode::Tab), Action::NextField),
        (Key::plain(KeyCode::BackTab), Action::PrevField),
    ],
    k::NEXT_FIELD,
)
.explained(k::NEXT_FIELD_HELP);
pub const FIELD_UP_DOWN: Binding = Binding::new(
    "↑/↓",
    &[
        (Key::plain(KeyCode::Up), Action::Up),
        (Key::plain(KeyCode::Down), Action::Down),
    ],
    k::NEXT_FIELD,
)
.help_only();

/// Multi-line text: Enter is a new line; [`SAVE_CLOSE`] and [`NEXT_FIELD`] leave the field.
pub const NEWLINE: Binding = Binding::new(
    "Enter",
    &[(Key::plain(KeyCode::Enter), Action::Type)],
    k::NEWLINE,
);
/// Multi-line text: Ctrl+S (or Esc, since Enter is taken) keeps the text and leaves the field.
pub const SAVE_CLOSE: Binding = Binding::new(
    "Esc/Ctrl+S",
    &[
        (Key::plain(KeyCode::Esc), Action::Back),
        (Key::ctrl('s'), Action::SaveField),
    ],
    k::SAVE_CLOSE,
)
.explained(k::SAVE_CLOSE_HELP);
/// The keys of a multi-line text field.
pub const TEXT_KEYS: &[Binding] = &[NEWLINE, SAVE_CLOSE, NEXT_FIELD];

/// Yes or no, in either language's letters.
pub const YES: Binding = Binding::new(
    "j",
    &[
        (Key::char('j'), Action::Command(Command::Yes)),
        (Key::char('J'), Action::Command(Command::Yes)),
        (Key::char('y'), Action::Command(Command::Yes)),
        (Key::char('Y'), Action::Command(Command::Yes)),
    ],
    k::YES,
);
pub const NO: Binding = Binding::new(
    "n",
    &[
        (Key::char('n'), Action::Command(Command::No)),
        (Key::char('N'), Action::Command(Command::No)),
        (Key::plain(KeyCode::Esc), Action::Command(Command::No)),
    ],
    k::NO,
);
pub const YES_NO: &[Binding] = &[YES, NO];

/// While the help is open: any other key closes it.
pub const HELP_OPEN: &[Binding] = &[
    Binding::new(
        "Esc",
        &[
            (Key::plain(KeyCode::Esc), Action::ToggleHelp),
            (Key::char('?'), Action::ToggleHelp),
            (Key::plain(KeyCode::F(1)), Action::ToggleHelp),
        ],
        k::BACK,
    ),
    QUIT,
];

/// The unsaved-changes dialog: try again, write a rescue copy, or (twice) give the changes up.
pub const UNSAVED: &[Binding] = &[
    Binding::new(
        "g",
        &[(Key::char('g'), Action::Command(Command::RetrySave))],
        k::RETRY,
    )
    .explained(mandat::text::screen::frame::UNSAVED_RETRY),
    Binding::new(
        "r",
        &[(Key::char('r'), Action::Command(Command::WriteRescue))],
        k::RESCUE,
    )
    .explained(mandat::text::screen::frame::UNSAVED_RESCUE),
    Binding::new(
        "x",
        &[(Key::char('x'), Action::Command(Command::Discard))],
        k::DISCARD,
    )
    .explained(mandat::text::screen::frame::UNSAVED_DISCARD),
    Binding::new(
        "Esc",
        &[(Key::plain(KeyCode::Esc), Action::Back)],
        k::CANCEL,
    ),
];

/// Keys that work everywhere, even in a text field; the help lists them under every screen.
pub const EVERYWHERE: &[Binding] = &[
    Binding::new("Ctrl+C", &[(Key::ctrl('c'), Action::Quit)], k::QUIT_SAVING),
    Binding::new("Ctrl+Z", &[(Key::ctrl('z'), Action::Suspend)], k::SUSPEND),
];

/// The action for a terminal event on the current screen, if it means anything there.
pub fn action_for_event(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) => action_for_key(app, *key),
        Event::Paste(text) => app.is_editing().then(|| Action::Paste(text.clone())),
        _ => None,
    }
}

/// Looks the key up: first the keys that work everywhere, then the help's keys while it is
/// open, then the current screen's table. A key the table does not name is typed into the
/// field being edited, or means nothing.
pub fn action_for_key(app: &App, key: KeyEvent) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    if let Some(action) = lookup(EVERYWHERE, &key) {
        return Some(action);
    }
    if app.dialog.is_some() {
        return lookup(UNSAVED, &key);
    }
    if app.help_open {
        return Some(lookup(HELP_OPEN, &key).unwrap_or(Action::Back));
    }
    if let Some(action) = lookup(app.screen.keys(app), &key) {
        return Some(action);
    }
    app.is_editing().then_some(Action::Edit(key))
}

fn lookup(table: &[Binding], key: &KeyEvent) -> Option<Action> {
    table.iter().find_map(|b| b.action_for(key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::app::Screen;
    use chrono::NaiveDate;
    use mandat::content::Content;
    use mandat::vocab::Lang;

    fn app() -> App {
        let content = Content::embedded().expect("embedded content");
        let today = NaiveDate::from_ymd_opt(2027, 1, 20).expect("date");
        App::new(content, Lang::Da, today, None)
    }

    fn press(c: KeyCode) -> KeyEvent {
        KeyEvent::new_with_kind(c, KeyModifiers::NONE, KeyEventKind::Press)
    }

    #[test]
    fn q_is_a_letter_while_typing_and_quits_otherwise() {
        let mut app = app();
        // The first-run wizard is all text fields.
        assert_eq!(
            action_for_key(&app, press(KeyCode::Char('q'))),
            Some(Action::Edit(press(KeyCode::Char('q'))))
        );
        app.screen = Screen::default();
        assert_eq!(
            action_for_key(&app, press(KeyCode::Char('q'))),
            Some(Action::Quit)
        );
    }

    #[test]
    fn only_key_presses_count() {
        let app = app();
        let release = KeyEvent::new_with_kind(
            KeyCode::Char('x'),
            KeyModifiers::NONE,
            KeyEventKind::Release,
        );
        assert_eq!(action_for_key(&app, release), None);
    }

    #[test]
    fn ctrl_c_quits_even_while_typing() {
        let app = app();
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for_key(&app, ctrl_c), Some(Action::Quit));
    }

    #[test]
    fn a_paste_is_text_only_where_text_is_typed() {
        let mut app = app();
        let paste = Event::Paste("æøå".into());
        assert_eq!(
            action_for_event(&app, &paste),
            Some(Action::Paste("æøå".into()))
        );
        app.screen = Screen::default();
        assert_eq!(action_for_event(&app, &paste), None);
    }
}
