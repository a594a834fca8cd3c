//! Key presses to actions, per screen. Only presses count (no releases or repeats of
//! releases); while a text field has the keyboard, letters are text.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::{Action, Command};
use super::app::{App, Screen};

/// The action for a terminal event, if it means anything here.
pub fn action_for_event(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) => action_for_key(app, *key),
        Event::Paste(text) => app.is_editing().then(|| Action::Paste(text.clone())),
        _ => None,
    }
}

pub fn action_for_key(app: &App, key: KeyEvent) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Char('c') if ctrl => return Some(Action::Quit),
        KeyCode::Char('z') if ctrl => return Some(Action::Suspend),
        _ => {}
    }
    if app.help_open {
        return match key.code {
            KeyCode::Char('q') => Some(Action::Quit),
            KeyCode::Char('?') | KeyCode::Esc | KeyCode::F(1) => Some(Action::ToggleHelp),
            _ => Some(Action::Back),
        };
    }
    if app.is_editing() {
        return Some(editing_key(app, key));
    }
    if let Screen::Reflection(st) = &app.screen
        && st.is_confirming()
    {
        return match key.code {
            KeyCode::Char('j' | 'J' | 'y' | 'Y') => Some(Action::Command(Command::Yes)),
            KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Action::Command(Command::No)),
            _ => None,
        };
    }
    if let Some(a) = common_key(key) {
        return Some(a);
    }
    if let KeyCode::Char(c) = key.code
        && !ctrl
    {
        return screen_letter(app, c).map(Action::Command);
    }
    None
}

/// Keys while a field has the keyboard. In multi-line text, Enter is a new line.
fn editing_key(app: &App, key: KeyEvent) -> Action {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let multi_line = match &app.screen {
        Screen::Reflection(_) => true,
        Screen::Agreement(st) => st.editor.is_some(),
        Screen::Meeting(st) => st.is_writing_notes(),
        _ => false,
    };
    match key.code {
        KeyCode::Esc => Action::Back,
        KeyCode::Char('s') if ctrl => Action::SaveField,
        KeyCode::Tab => Action::NextField,
        KeyCode::BackTab => Action::PrevField,
        KeyCode::Enter if !multi_line => Action::Confirm,
        KeyCode::Up if !multi_line => Action::Up,
        KeyCode::Down if !multi_line => Action::Down,
        _ => Action::Edit(key),
    }
}

fn common_key(key: KeyEvent) -> Option<Action> {
    Some(match key.code {
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Char('?') | KeyCode::F(1) => Action::ToggleHelp,
        KeyCode::Esc => Action::Back,
        KeyCode::Enter => Action::Confirm,
        KeyCode::Tab => Action::NextField,
        KeyCode::BackTab => Action::PrevField,
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::Left | KeyCode::Char('h') => Action::Left,
        KeyCode::Right | KeyCode::Char('l') => Action::Right,
        KeyCode::PageUp => Action::PageUp,
        KeyCode::PageDown => Action::PageDown,
        KeyCode::Home => Action::Home,
        KeyCode::End => Action::End,
        KeyCode::Delete => Action::Command(Command::Remove),
        _ => return None,
    })
}

/// The letter commands of each screen.
fn screen_letter(app: &App, c: char) -> Option<Command> {
    use Command as C;
    Some(match (&app.screen, c) {
        (Screen::Dashboard(_), 'p') => C::OpenPlan,
        (Screen::Dashboard(_), 'n' | 'w') => C::OpenWorkspaces,
        (Screen::Dashboard(_) | Screen::Meeting(_), 'm') => C::AddMeeting,
        (Screen::Workspaces(_) | Screen::Recover(_), 'n') => C::NewWorkspace,
        (Screen::Recover(_), 'g') => C::Restore,
        (Screen::Meeting(_), 'e') => C::EditPersonName,
        (Screen::Meeting(_), 'd') => C::EditDate,
        (Screen::Meeting(_) | Screen::Handout(_) | Screen::Agreement(_), 'u') => C::OpenExport,
        (Screen::Handout(_), 'f') => C::MarkPrepared,
        (Screen::Handout(_), 'a') => C::StartHandOut,
        (Screen::Handout(_), 'd') => C::MarkDiscussed,
        (Screen::Handout(_) | Screen::Agreement(_), 't') => C::StepBack,
        (Screen::Reflection(_), 'e') => C::EditAnswer,
        (Screen::Reflection(_), 'b') => C::MarkAnswered,
        (Screen::Reflection(_), 's') => C::Skip,
        (Screen::Reflection(_), 'n') => C::NextQuestion,
        (Screen::Reflection(_), 'p') => C::PreviousQuestion,
        (Screen::Reflection(_), 'g') => C::OpenReview,
        (Screen::Reflection(_), 'a') => C::Finish,
        (Screen::Reflection(_), 'o') => C::Reopen,
        (Screen::Agreement(_), 'r') => C::MarkReady,
        (Screen::Agreement(_), 'i') => C::StartMarkAgreed,
        (Screen::Plan(_), 'n') => C::NextStep,
        (Screen::Plan(_), 'b') => C::PreviousStep,
        (Screen::Plan(_), '+') => C::Increase,
        (Screen::Plan(_), '-') => C::Decrease,
        (Screen::Plan(_), 'i') => C::ToggleIntensive,
        (Screen::Plan(_), 'r') => C::ResetPhase,
        (Screen::Plan(_), 'f') => C::AddVacation,
        (Screen::Plan(_), 'o') => C::AddOverride,
        (Screen::Plan(_), 'x') => C::Remove,
        (Screen::Plan(_), 'g') => C::Accept,
        (Screen::Export(_), 'w') => C::Write,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
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
