//! Every screen drawn at 80×24 and 120×40 in Danish, compared with the committed snapshots,
//! and drawn at 0×0, 1×1 and 20×5 without panicking.

use super::support::*;
use crate::tui::{Session, Theme};
use ratatui::crossterm::event::KeyCode;
use ratatui::style::{Color, Modifier};

/// Draws the session at both sizes and compares with the snapshots.
fn snap(name: &str, session: &Session) {
    for (w, h) in [(80, 24), (120, 40)] {
        let terminal = draw(session, w, h);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), terminal.backend());
    }
    for (w, h) in [(0, 0), (1, 1), (20, 5), (40, 12), (39, 11)] {
        draw(session, w, h);
    }
}

fn keys(session: &mut Session, codes: &[KeyCode]) {
    for code in codes {
        key(session, *code);
    }
}

use KeyCode::{Char, Down, Enter, Esc, PageDown, Right, Tab};

#[test]
fn test_first_run_wizard() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path(), content());
    snap("first_run", &s);
    type_text(&mut s, "Søren Ærø");
    keys(&mut s, &[Enter, Enter, Right]);
    snap("first_run_type", &s);
    keys(&mut s, &[Enter, Enter, Enter]);
    snap("first_run_missing_theme", &s);
}

#[test]
fn test_dashboard() {
    let dir = tempfile::tempdir().unwrap();
    let s = prepared_session(dir.path());
    snap("dashboard", &s);
}

#[test]
fn test_help_over_the_dashboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, Char('?'));
    snap("help_dashboard", &s);
}

#[test]
fn test_workspace_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, Char('n'));
    snap("workspaces", &s);
}

#[test]
fn test_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, Enter);
    snap("meeting", &s);
    key(&mut s, Char('d'));
    snap("meeting_editing_date", &s);
}

#[test]
fn test_handout() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    keys(&mut s, &[Enter, Enter]);
    snap("handout", &s);
    key(&mut s, Char('a'));
    snap("handout_form", &s);
}

#[test]
fn test_reflection() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    keys(&mut s, &[Enter, Down, Enter]);
    snap("reflection_question", &s);
    keys(&mut s, &[Down, Enter]);
    snap("reflection_editing", &s);
    keys(&mut s, &[Esc, Char('g')]);
    snap("reflection_review", &s);
    key(&mut s, Char('a'));
    snap("reflection_confirm", &s);
}

#[test]
fn test_agreement() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    keys(&mut s, &[Enter, Down, Down, Enter]);
    snap("agreement", &s);
    keys(&mut s, &[Char('r'), Char('i')]);
    snap("agreement_form", &s);
}

#[test]
fn test_reflection_with_an_answer_to_bring_up_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    keys(&mut s, &[Enter, Down, Enter, Char('t')]);
    snap("reflection_bring_up", &s);
}

#[test]
fn test_follow_up_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = follow_up_session(dir.path());
    key(&mut s, Enter);
    snap("meeting_follow_up", &s);
}

#[test]
fn test_follow_up_agreement_beside_the_last_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = follow_up_session(dir.path());
    keys(&mut s, &[Enter, Down, Down, Enter]);
    snap("agreement_follow_up", &s);
    // The proposal rewritten: the text agreed last time stands above it.
    key(&mut s, Enter);
    key(&mut s, KeyCode::Home);
    type_text(&mut s, "Seks timer om ugen. ");
    key(&mut s, Esc);
    snap("agreement_follow_up_changed", &s);
    key(&mut s, Down);
    snap("agreement_follow_up_nothing_agreed", &s);
}

#[test]
fn test_agreement_asks_before_marking_it_agreed_ahead_of_the_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    keys(
        &mut s,
        &[Enter, Down, Down, Enter, Char('r'), Char('i'), Enter],
    );
    snap("agreement_asking", &s);
}

#[test]
fn test_follow_up_handout() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = follow_up_session(dir.path());
    keys(&mut s, &[Enter, Enter]);
    snap("handout_follow_up", &s);
    key(&mut s, Char('g'));
    snap("handout_again", &s);
}

#[test]
fn test_export() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    keys(&mut s, &[Enter, Down, Down, Down, Enter]);
    snap("meeting_notes", &s);
    keys(&mut s, &[Esc, Down, Enter]);
    snap("export", &s);
}

#[test]
fn test_plan_steps() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, Char('p'));
    snap("plan_1_course", &s);
    key(&mut s, Enter);
    snap("plan_2_basics", &s);
    key(&mut s, Char('n'));
    snap("plan_3_phases", &s);
    key(&mut s, Char('n'));
    key(&mut s, Char('f'));
    type_text(&mut s, "uge 28-30 2027");
    key(&mut s, Enter);
    key(&mut s, Char('o'));
    type_text(&mut s, "uge 6 2027");
    key(&mut s, Tab);
    type_text(&mut s, "20");
    keys(&mut s, &[Tab, Tab]);
    type_text(&mut s, "Temadag");
    snap("plan_4_adjustments", &s);
    keys(&mut s, &[Enter, Char('n')]);
    snap("plan_5_review", &s);
    // A week chosen: its notes in full below the table.
    keys(&mut s, &[Down, Down, Down, Down, Down]);
    snap("plan_5_review_week_6", &s);
}

#[test]
fn test_plan_adjustments_after_a_removal_offer_to_undo_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    keys(&mut s, &[Char('p'), Enter, Char('n'), Char('n'), Char('f')]);
    type_text(&mut s, "uge 28-30 2027");
    keys(&mut s, &[Enter, Char('x')]);
    snap("plan_4_removed", &s);
}

#[test]
fn test_help_over_the_plan_scrolls_at_80x24() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    keys(
        &mut s,
        &[Char('p'), Enter, Char('n'), Char('n'), Char('n'), Char('?')],
    );
    let top = screen_text(&s, 80, 24);
    assert!(top.contains("mere ↓"), "{top}");
    insta::assert_snapshot!("help_plan_top_80x24", draw(&s, 80, 24).backend());
    keys(&mut s, &[PageDown, PageDown, PageDown]);
    let bottom = screen_text(&s, 80, 24);
    assert!(
        bottom.contains("↑ mere") && !bottom.contains("mere ↓"),
        "{bottom}"
    );
    assert!(bottom.contains("Esc eller ? lukker hjælpen"), "{bottom}");
    insta::assert_snapshot!("help_plan_scrolled_80x24", draw(&s, 80, 24).backend());
}

#[test]
fn test_network_details_form() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, Char('e'));
    snap("network_details", &s);
    keys(&mut s, &[Tab, Right]);
    snap("network_details_other_type", &s);
    key(&mut s, Esc);
    snap("network_details_asking", &s);
}

#[test]
fn test_first_run_asks_before_closing_with_words_typed() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path(), content());
    type_text(&mut s, "Søren");
    key(&mut s, Esc);
    snap("first_run_asking", &s);
}

#[test]
fn test_a_too_small_window_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let s = prepared_session(dir.path());
    let text = screen_text(&s, 39, 12);
    assert!(text.contains("Vinduet er for lille"), "{text}");
    let text = screen_text(&s, 40, 12);
    assert!(!text.contains("Vinduet er for lille"), "{text}");
}

#[test]
fn test_without_colour_only_bold_and_reversed_are_used() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    s.app.theme = Theme::plain();
    let terminal = draw(&s, 80, 24);
    let buffer = terminal.backend().buffer();
    assert!(
        buffer
            .content()
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
    assert!(
        buffer
            .content()
            .iter()
            .any(|c| c.modifier.contains(Modifier::REVERSED)),
        "the selected counterpart is shown reversed"
    );
}
