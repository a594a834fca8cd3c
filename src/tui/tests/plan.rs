//! The plan's adjustments and review, driven by keys: a removed vacation or week comes back
//! with `z`, a week's own figures are typed in fields, and the review shows the printed plan's
//! figures and a chosen week's notes in full.

use super::support::*;
use mandat::flow::plan::PlanStep;
use mandat::planner::{Vacation, WeekOverride};
use ratatui::crossterm::event::KeyCode::{
    self, BackTab, Char, Delete, Down, End, Enter, Esc, Tab, Up,
};

fn keys(s: &mut crate::tui::Session, codes: &[KeyCode]) {
    for code in codes {
        key(s, *code);
    }
}

fn settings(s: &crate::tui::Session) -> &mandat::planner::PlanSettings {
    &s.app.workspace.as_ref().unwrap().plan.settings
}

/// The prepared workspace's plan, on its adjustments step.
fn on_adjustments(dir: &std::path::Path) -> crate::tui::Session {
    let mut s = prepared_session(dir);
    keys(&mut s, &[Char('p'), Enter, Char('n'), Char('n')]);
    assert_eq!(
        s.app.workspace.as_ref().unwrap().plan.step,
        PlanStep::Adjustments
    );
    s
}

fn add_vacation(s: &mut crate::tui::Session, text: &str) {
    key(s, Char('f'));
    type_text(s, text);
    key(s, Enter);
}

/// Opens the week form and types the four fields.
fn add_week(s: &mut crate::tui::Session, week: &str, hours: &str, days: &str, note: &str) {
    key(s, Char('o'));
    type_text(s, week);
    key(s, Tab);
    type_text(s, hours);
    key(s, Tab);
    type_text(s, days);
    key(s, Tab);
    type_text(s, note);
    key(s, Enter);
}

fn text(s: &crate::tui::Session) -> String {
    screen_text(s, 80, 24)
}

#[test]
fn test_a_removed_vacation_comes_back_with_z() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = on_adjustments(dir.path());
    add_vacation(&mut s, "uge 28-30 2027");
    let vacation = Vacation {
        first: day(2027, 7, 12),
        last: day(2027, 8, 1),
    };
    assert_eq!(settings(&s).vacations, vec![vacation]);
    key(&mut s, Char('x'));
    assert!(settings(&s).vacations.is_empty());
    let shown = text(&s);
    assert!(shown.contains("tryk z for at fortryde"), "{shown}");
    assert!(shown.contains("z fortryd"), "{shown}");
    key(&mut s, Char('z'));
    assert_eq!(settings(&s).vacations, vec![vacation]);
    assert!(text(&s).contains("Sat ind igen"));
    // Nothing more to undo: z does nothing and leaves the hint line.
    key(&mut s, Char('z'));
    assert_eq!(settings(&s).vacations, vec![vacation]);
    assert!(!text(&s).contains("z fortryd"));
}

#[test]
fn test_a_removed_week_comes_back_with_its_hours_days_and_note() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = on_adjustments(dir.path());
    add_week(&mut s, "uge 6 2027", "20", "2", "Temadag i Aarhus");
    let week = WeekOverride {
        iso_year: 2027,
        iso_week: 6,
        network_hours: 20.0,
        secretariat_days: Some(2),
        note: "Temadag i Aarhus".into(),
    };
    assert_eq!(settings(&s).overrides, vec![week.clone()]);
    key(&mut s, Delete);
    assert!(settings(&s).overrides.is_empty());
    assert!(text(&s).contains("De egne timer for uge 6 2027 er fjernet"));
    key(&mut s, Char('z'));
    assert_eq!(settings(&s).overrides, vec![week]);
}

#[test]
fn test_several_removals_come_back_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = on_adjustments(dir.path());
    add_vacation(&mut s, "uge 28-30 2027");
    add_vacation(&mut s, "uge 42 2027");
    add_week(&mut s, "12", "10", "", "");
    // Rows: the two vacations, then week 12.
    keys(&mut s, &[Up, Up, Up, Char('x'), Char('x'), Char('x')]);
    assert!(settings(&s).vacations.is_empty() && settings(&s).overrides.is_empty());
    key(&mut s, Char('z'));
    assert_eq!(settings(&s).overrides.len(), 1);
    assert!(settings(&s).vacations.is_empty());
    keys(&mut s, &[Char('z'), Char('z')]);
    assert_eq!(settings(&s).vacations.len(), 2);
}

#[test]
fn test_undo_is_forgotten_when_something_is_added_or_the_step_is_left() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = on_adjustments(dir.path());
    add_vacation(&mut s, "uge 28-30 2027");
    key(&mut s, Char('x'));
    add_vacation(&mut s, "uge 42 2027");
    key(&mut s, Char('z'));
    assert_eq!(settings(&s).vacations.len(), 1);

    key(&mut s, Char('x'));
    keys(&mut s, &[Char('n'), Char('b')]);
    key(&mut s, Char('z'));
    assert!(settings(&s).vacations.is_empty());
}

#[test]
fn test_a_week_s_own_figures_are_typed_in_fields_with_tab_between() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = on_adjustments(dir.path());
    key(&mut s, Char('o'));
    let shown = text(&s);
    for label in ["Uge", "Netværkstimer", "Dage i sekretariatet", "Note"] {
        assert!(shown.contains(label), "{label}: {shown}");
    }
    // A date in the week is a week too; Shift+Tab goes back a field.
    type_text(&mut s, "10-03-2027");
    keys(&mut s, &[Tab, Tab]);
    type_text(&mut s, "1");
    key(&mut s, BackTab);
    type_text(&mut s, "7,5");
    key(&mut s, Enter);
    assert_eq!(
        settings(&s).overrides,
        vec![WeekOverride {
            iso_year: 2027,
            iso_week: 10,
            network_hours: 7.5,
            secretariat_days: Some(1),
            note: String::new(),
        }]
    );
    assert!(text(&s).contains("uge 10 2027 har nu dine egne timer"));
}

#[test]
fn test_a_wrong_field_is_named_and_the_cursor_goes_there_keeping_every_word() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = on_adjustments(dir.path());
    add_week(&mut s, "uge 12 2027", "ti", "", "Konference");
    assert!(settings(&s).overrides.is_empty());
    assert!(text(&s).contains("Skriv et antal timer"));
    // The hours field has the cursor: fix it and save.
    ctrl(&mut s, 'u');
    type_text(&mut s, "10");
    key(&mut s, Enter);
    assert_eq!(settings(&s).overrides[0].note, "Konference");
    assert_eq!(settings(&s).overrides[0].network_hours, 10.0);

    add_week(&mut s, "uge 54 2027", "10", "", "");
    assert!(text(&s).contains("54"), "{}", text(&s));
    assert_eq!(settings(&s).overrides.len(), 1);
    key(&mut s, Esc);

    add_week(&mut s, "13", "10", "7", "");
    assert!(text(&s).contains("fra 0 til 5"));
    assert_eq!(settings(&s).overrides.len(), 1);
}

#[test]
fn test_enter_on_a_week_changes_it_and_moving_it_leaves_no_copy_behind() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = on_adjustments(dir.path());
    add_week(&mut s, "uge 6 2027", "20", "", "Temadag");
    key(&mut s, Enter);
    // The form opens on the hours, filled in.
    ctrl(&mut s, 'u');
    type_text(&mut s, "16");
    key(&mut s, BackTab);
    ctrl(&mut s, 'u');
    type_text(&mut s, "uge 7 2027");
    key(&mut s, Enter);
    assert_eq!(
        settings(&s).overrides,
        vec![WeekOverride {
            iso_year: 2027,
            iso_week: 7,
            network_hours: 16.0,
            secretariat_days: None,
            note: "Temadag".into(),
        }]
    );
}

#[test]
fn test_enter_on_a_vacation_changes_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = on_adjustments(dir.path());
    add_vacation(&mut s, "uge 28-30 2027");
    add_vacation(&mut s, "uge 42 2027");
    keys(&mut s, &[Up, Enter]);
    ctrl(&mut s, 'u');
    type_text(&mut s, "uge 29-31 2027");
    key(&mut s, Enter);
    assert_eq!(
        settings(&s).vacations,
        vec![
            Vacation {
                first: day(2027, 7, 19),
                last: day(2027, 8, 8)
            },
            Vacation {
                first: day(2027, 10, 18),
                last: day(2027, 10, 24)
            },
        ]
    );
}

#[test]
fn test_the_review_shows_the_printed_plan_s_figures_and_explains_its_marks() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = on_adjustments(dir.path());
    add_week(&mut s, "uge 6 2027", "20", "", "Temadag");
    key(&mut s, Char('n'));
    let shown = screen_text(&s, 120, 40);
    for figure in [
        "Netværkstimer i alt:",
        "Snit pr. arbejdsuge:",
        "Travleste uger:",
        "Uger i sekretariatet:",
        "Testfasen begynder:",
        "basistimer (tid til dine faste opgaver)",
        "* egne timer",
    ] {
        assert!(shown.contains(figure), "{figure}: {shown}");
    }
    // At 80 columns a mark's explanation moves to the next row whole.
    let narrow = text(&s);
    assert!(narrow.contains("* egne timer"), "{narrow}");
    let english = {
        s.app.lang = mandat::vocab::Lang::En;
        screen_text(&s, 120, 40)
    };
    assert!(
        english.contains("basis hours (time for your everyday job)"),
        "{english}"
    );
}

#[test]
fn test_a_chosen_week_s_notes_are_shown_in_full_below_the_table() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = on_adjustments(dir.path());
    add_week(
        &mut s,
        "uge 6 2027",
        "20",
        "",
        "Temadag om velfærdsteknologi med hele afdelingen",
    );
    key(&mut s, Char('n'));
    keys(&mut s, &[Down, Down, Down, Down, Down]);
    let shown = text(&s);
    let flat = shown
        .lines()
        .map(|l| l.trim_matches('"').trim_end())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flat.contains("Uge 6 2027 (8.–12. feb.): møde med din referenceleder tirsdag, egne timer: Temadag om velfærdsteknologi med hele afdelingen"),
        "{shown}"
    );
}

#[test]
fn test_the_review_keeps_the_chosen_week_in_sight() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = on_adjustments(dir.path());
    key(&mut s, Char('n'));
    key(&mut s, End);
    let shown = text(&s);
    // The last week of the plan (week 12, with Maundy Thursday) is on screen and chosen.
    assert!(
        shown.contains("Uge 12 2027 (22.–26. mar.): skærtorsdag"),
        "{shown}"
    );
    assert!(shown.contains(" 12  "), "{shown}");
}

#[test]
fn test_a_warning_s_week_is_marked_and_the_warning_read_in_full_when_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = on_adjustments(dir.path());
    // 40 hours in week 3: more than the week holds.
    add_week(&mut s, "uge 3 2027", "40", "", "");
    key(&mut s, Char('n'));
    let shown = text(&s);
    assert!(shown.contains("! advarsel om ugen"), "{shown}");
    assert!(shown.contains("!3 "), "{shown}");
    keys(&mut s, &[Down, Down]);
    let flat = text(&s)
        .lines()
        .map(|l| l.trim_matches('"').trim_end())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flat.contains("! Uge 3 2027: 40 netværkstimer er mere end ugens"),
        "{flat}"
    );
}

#[test]
fn test_warnings_that_do_not_fit_are_counted_and_their_weeks_marked() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = on_adjustments(dir.path());
    for week in ["3", "4", "5", "6", "7"] {
        add_week(&mut s, week, "40", "", "");
    }
    key(&mut s, Char('n'));
    let flat = text(&s)
        .lines()
        .map(|l| l.trim_matches('"').trim_end())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flat.contains(
            "5 advarsler. Ugerne er mærket med ! i tabellen; vælg en uge for at læse dens advarsler."
        ),
        "{flat}"
    );
    // In a tall window they are all there in full.
    let tall = screen_text(&s, 120, 40);
    assert_eq!(tall.matches("! Uge ").count(), 5, "{tall}");
}
