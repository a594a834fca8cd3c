//! The whole TUI driven headless by key presses, against a temporary data folder.

mod tui_support;

use mandat::content::Content;
use mandat::flow::reflection::AnswerStatus;
use mandat::store::Store;
use ratatui::crossterm::event::KeyCode;
use tui_support::*;

/// Walks the first-run wizard: name, theme, type (left as velfærd), start date, create.
fn create_workspace(session: &mut mandat::tui::Session) {
    type_text(session, "Søren Ærø");
    key(session, KeyCode::Enter);
    type_text(session, "Ældre i egen bolig");
    key(session, KeyCode::Enter);
    key(session, KeyCode::Enter); // type: velfærd
    ctrl(session, 'u');
    type_text(session, "04-01-2027");
    key(session, KeyCode::Enter);
    key(session, KeyCode::Enter); // "Opret"
}

#[test]
fn test_first_run_creates_a_workspace_and_lands_on_the_dashboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path(), Content::embedded().unwrap());
    assert!(screen_text(&s, 80, 24).contains("Velkommen til mandat"));
    create_workspace(&mut s);
    let ws = s.app.workspace.as_ref().expect("workspace created");
    assert_eq!(ws.leader_name, "Søren Ærø");
    assert_eq!(ws.name, "Ældre i egen bolig");
    assert_eq!(ws.meetings.len(), 3);
    assert_eq!(ws.plan.settings.start, day(2027, 1, 4));
    let text = screen_text(&s, 80, 24);
    assert!(text.contains("Overblik"), "{text}");
    assert!(text.contains("Næste skridt"), "{text}");
    let store = Store::open(Some(dir.path().to_path_buf())).unwrap();
    assert_eq!(store.last_used().as_deref(), Some(ws.id.as_str()));
}

#[test]
fn test_an_answer_with_danish_letters_and_lines_survives_a_restart_with_its_cursor() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path(), Content::embedded().unwrap());
    create_workspace(&mut s);
    // Dashboard → personaleleder meeting → reflection → first question → editor.
    key(&mut s, KeyCode::Enter);
    key(&mut s, KeyCode::Down); // Pjece → Refleksion
    key(&mut s, KeyCode::Enter);
    key(&mut s, KeyCode::Enter);
    type_text(
        &mut s,
        "Jeg vil gerne have faste timer.\nMåske tirsdag og torsdag — på ø'en",
    );
    key(&mut s, KeyCode::Left);
    key(&mut s, KeyCode::Left);
    key(&mut s, KeyCode::Esc);
    key(&mut s, KeyCode::Char('q'));
    assert!(!s.app.running);
    assert!(!s.has_unsaved_changes());
    let first_question = {
        let ws = s.app.workspace.as_ref().unwrap();
        let m = ws.meeting("personaleleder-1").unwrap();
        s.app.content.questions(m.counterpart)[0].id.clone()
    };
    drop(s);

    let mut again = session(dir.path(), Content::embedded().unwrap());
    let ws = again
        .app
        .workspace
        .as_ref()
        .expect("opens the last workspace");
    let answer = &ws.meeting("personaleleder-1").unwrap().reflection.answers[&first_question];
    assert_eq!(
        answer.text,
        "Jeg vil gerne have faste timer.\nMåske tirsdag og torsdag — på ø'en"
    );
    assert_eq!(answer.status, AnswerStatus::Draft);
    let line_len = "Måske tirsdag og torsdag — på ø'en".chars().count();
    assert_eq!(answer.cursor, Some((1, line_len - 2)));

    // Reopening the editor puts the cursor back there: typing lands before the last two chars.
    key(&mut again, KeyCode::Enter);
    key(&mut again, KeyCode::Down);
    key(&mut again, KeyCode::Enter);
    key(&mut again, KeyCode::Enter);
    type_text(&mut again, "X");
    let ws = again.app.workspace.as_ref().unwrap();
    let text = &ws.meeting("personaleleder-1").unwrap().reflection.answers[&first_question].text;
    assert!(text.ends_with("ø'Xen"), "{text}");
}

#[test]
fn test_pasted_text_arrives_as_text_not_as_keys() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path(), Content::embedded().unwrap());
    create_workspace(&mut s);
    key(&mut s, KeyCode::Enter);
    key(&mut s, KeyCode::Down);
    key(&mut s, KeyCode::Enter);
    key(&mut s, KeyCode::Enter);
    // "q" in pasted text must not quit, and line breaks stay line breaks.
    paste(&mut s, "quit? nej\nanden linje");
    assert!(s.app.running);
    let ws = s.app.workspace.as_ref().unwrap();
    let m = ws.meeting("personaleleder-1").unwrap();
    let id = &s.app.content.questions(m.counterpart)[0].id;
    assert_eq!(m.reflection.answers[id].text, "quit? nej\nanden linje");
}

#[test]
fn test_a_second_session_on_the_same_workspace_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path(), Content::embedded().unwrap());
    create_workspace(&mut s);
    let store = Store::open(Some(dir.path().to_path_buf())).unwrap();
    let second = mandat::tui::Session::start(
        store,
        Content::embedded().unwrap(),
        mandat::i18n::Lang::Da,
        None,
        today(),
    );
    let err = second.err().expect("refused while the first is open");
    assert!(!err.to_string().is_empty());
}
