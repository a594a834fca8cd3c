//! The time screen: logging weeks against the plan in a few keys, empty weeks shown as empty,
//! and the screen at 80×24 and 120×40.

use mandat::planner::week::IsoWeek;
use ratatui::crossterm::event::KeyCode::{Char, Enter, Esc};

use super::support::*;

fn week(n: u32) -> IsoWeek {
    IsoWeek::new(2027, n).unwrap()
}

#[test]
fn test_enter_takes_the_suggestion_and_moves_to_the_week_before() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, Char('t'));
    assert!(screen_text(&s, 100, 30).contains("Tidsforbrug"));
    key(&mut s, Enter);
    key(&mut s, Enter);
    key(&mut s, Enter);
    let ws = s.app.workspace.as_ref().unwrap();
    let plan = ws.plan_weeks(&s.app.content).unwrap();
    for n in 1..=3 {
        let planned = plan.week(2027, n).unwrap().network_hours;
        assert_eq!(
            ws.time_log.get(week(n)).map(|e| e.hours),
            Some(planned),
            "week {n}"
        );
    }
}

#[test]
fn test_a_typed_number_replaces_the_suggestion_and_esc_throws_it_away() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, Char('t'));
    type_text(&mut s, "9,5");
    assert!(screen_text(&s, 100, 30).contains("[9,5]"));
    key(&mut s, Enter);
    type_text(&mut s, "4");
    key(&mut s, Esc); // the typed 4 is dropped, the screen stays
    assert!(screen_text(&s, 100, 30).contains("Tidsforbrug"));
    let log = &s.app.workspace.as_ref().unwrap().time_log;
    assert_eq!(log.get(week(3)).map(|e| e.hours), Some(9.5));
    assert_eq!(log.get(week(2)), None);
}

#[test]
fn test_a_week_without_an_entry_is_shown_empty_not_as_zero() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, Char('t'));
    let screen = screen_text(&s, 100, 30);
    assert!(screen.contains("ikke registreret"), "{screen}");
    assert!(screen.contains("forslag"), "{screen}");
    assert!(!screen.contains(" 0 "), "an empty week is not 0: {screen}");
}

#[test]
fn test_hours_that_are_not_half_hours_are_refused_with_a_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, Char('t'));
    type_text(&mut s, "9,3");
    key(&mut s, Enter);
    assert!(screen_text(&s, 100, 30).contains("halve timer"));
    assert!(s.app.workspace.as_ref().unwrap().time_log.is_empty());
}

#[test]
fn test_the_time_screen_at_both_sizes() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, Char('t'));
    key(&mut s, Enter);
    type_text(&mut s, "11");
    key(&mut s, Enter);
    for (w, h) in [(80, 24), (120, 40)] {
        let terminal = draw(&s, w, h);
        insta::assert_snapshot!(format!("timelog_{w}x{h}"), terminal.backend());
    }
    for (w, h) in [(0, 0), (1, 1), (20, 5), (40, 12)] {
        draw(&s, w, h);
    }
}

#[test]
fn test_the_selected_week_s_note_is_shown_in_full_under_the_table() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, Char('t'));
    key(&mut s, Enter); // week 3 logged; week 2 selected
    key(&mut s, ratatui::crossterm::event::KeyCode::Up); // back to week 3
    key(&mut s, Char('b'));
    let note = "En lang bemærkning om ugen, der ikke kan stå helt i rækken ved 80 tegn";
    type_text(&mut s, note);
    key(&mut s, Enter);
    let screen = screen_text(&s, 80, 24);
    assert!(screen.contains("Uge 3: En lang bemærkning"), "{screen}");
    assert!(
        screen.contains("ved 80 tegn"),
        "the note wraps, it is not cut: {screen}"
    );
}
