//! The network's own details from the dashboard, and closing the first-run wizard: nothing a
//! leader typed is thrown away without asking.

use super::support::*;
use mandat::content::Content;
use mandat::store::Store;
use mandat::vocab::NetworkType;
use ratatui::crossterm::event::KeyCode::{Char, Enter, Esc, Right, Tab};

fn saved(dir: &std::path::Path) -> mandat::model::Workspace {
    let store = Store::open(Some(dir.to_path_buf())).unwrap();
    store.load("aeldre-i-egen-bolig").unwrap()
}

fn on_dashboard(s: &crate::tui::Session) -> bool {
    matches!(s.app.screen, crate::tui::app::Screen::Dashboard(_))
}

#[test]
fn test_e_on_the_dashboard_changes_the_network_s_name_and_leader_and_enter_saves() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, Char('e'));
    assert!(screen_text(&s, 80, 24).contains("Netværkets oplysninger"));
    ctrl(&mut s, 'u');
    type_text(&mut s, "Ældre i bevægelse");
    keys(&mut s, &[Tab, Tab]);
    ctrl(&mut s, 'u');
    type_text(&mut s, "Mette Holm");
    key(&mut s, Enter);
    assert!(on_dashboard(&s));
    let ws = s.app.workspace.as_ref().unwrap();
    assert_eq!(ws.name, "Ældre i bevægelse");
    assert_eq!(ws.leader_name, "Mette Holm");
    assert!(s.save_now());
    let on_disk = saved(dir.path());
    assert_eq!(on_disk.name, "Ældre i bevægelse");
    assert_eq!(on_disk.leader_name, "Mette Holm");
    let text = screen_text(&s, 80, 24);
    assert!(
        text.contains("Ældre i bevægelse · velfærdsnetværk"),
        "{text}"
    );
    assert!(text.contains("oplysninger er gemt"), "{text}");
}

#[test]
fn test_a_network_without_a_name_is_not_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, Char('e'));
    ctrl(&mut s, 'u');
    key(&mut s, Enter);
    assert!(!on_dashboard(&s));
    assert_eq!(s.app.workspace.as_ref().unwrap().name, "Ældre i egen bolig");
    assert!(screen_text(&s, 80, 24).contains("Skriv netværkets tema"));
}

#[test]
fn test_changing_the_type_keeps_every_word_and_says_the_plan_keeps_its_course() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    let before = s.app.workspace.clone().unwrap();
    key(&mut s, Char('e'));
    keys(&mut s, &[Tab, Right]); // innovation
    // Said before saving…
    let text = screen_text(&s, 80, 24);
    assert!(text.contains("Arbejdsplanen beholder forløbet"), "{text}");
    key(&mut s, Enter);
    let ws = s.app.workspace.as_ref().unwrap();
    assert_eq!(ws.network_type, NetworkType::Innovation);
    assert_eq!(ws.plan, before.plan);
    assert_eq!(ws.meetings, before.meetings);
    // …and after, whole, on the status line at 80 columns.
    let text = screen_text(&s, 80, 24);
    let flat = text
        .lines()
        .map(|l| l.trim_matches('"').trim())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flat.contains("Gemt. Arbejdsplanen bygger stadig på"),
        "{text}"
    );
    assert!(
        flat.contains("planens første trin, hvis den skal følge den nye type."),
        "{text}"
    );
}

#[test]
fn test_esc_with_changes_asks_and_no_goes_back_to_the_words() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, Char('e'));
    type_text(&mut s, " og nærmiljø");
    key(&mut s, Esc);
    assert!(screen_text(&s, 80, 24).contains("Vil du lukke uden at gemme"));
    key(&mut s, Char('n'));
    assert!(!on_dashboard(&s));
    // The words are still in the field, and typing goes on after them.
    type_text(&mut s, "et");
    key(&mut s, Enter);
    assert_eq!(
        s.app.workspace.as_ref().unwrap().name,
        "Ældre i egen bolig og nærmiljøet"
    );
}

#[test]
fn test_esc_with_changes_and_yes_drops_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    let revision = s.app.revision;
    key(&mut s, Char('e'));
    type_text(&mut s, " – udkast");
    key(&mut s, Esc);
    key(&mut s, Char('j'));
    assert!(on_dashboard(&s));
    assert_eq!(s.app.workspace.as_ref().unwrap().name, "Ældre i egen bolig");
    assert_eq!(s.app.revision, revision);
}

#[test]
fn test_esc_without_changes_closes_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, Char('e'));
    key(&mut s, Esc);
    assert!(on_dashboard(&s));
}

#[test]
fn test_the_form_s_words_come_back_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, Char('e'));
    type_text(&mut s, " i Ærøskøbing");
    // Ctrl+C: the terminal loop ends the session as it ends any.
    ctrl(&mut s, 'c');
    s.finish();
    drop(s);
    let store = Store::open(Some(dir.path().to_path_buf())).unwrap();
    let again =
        crate::tui::Session::start(store, content(), mandat::vocab::Lang::Da, None, today())
            .unwrap();
    let text = screen_text(&again, 80, 24);
    assert!(text.contains("Ældre i egen bolig i Ærøskøbing"), "{text}");
}

#[test]
fn test_esc_in_the_first_run_wizard_with_words_typed_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path(), Content::embedded().unwrap());
    type_text(&mut s, "Søren Ærø");
    key(&mut s, Esc);
    assert!(s.app.running);
    assert!(screen_text(&s, 80, 24).contains("Vil du lukke uden at oprette netværket?"));
    // No: back to the form with the name still there.
    key(&mut s, Char('n'));
    assert!(s.app.running);
    type_text(&mut s, "q");
    assert!(screen_text(&s, 80, 24).contains("Søren Ærøq"));
    // Yes: closed.
    key(&mut s, Esc);
    key(&mut s, Char('j'));
    assert!(!s.app.running);
}

#[test]
fn test_esc_in_an_untouched_first_run_wizard_closes_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path(), Content::embedded().unwrap());
    key(&mut s, Esc);
    assert!(!s.app.running);
}

fn keys(s: &mut crate::tui::Session, codes: &[ratatui::crossterm::event::KeyCode]) {
    for code in codes {
        key(s, *code);
    }
}
