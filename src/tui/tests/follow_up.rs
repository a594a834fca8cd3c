//! Issue 11 on screen: a follow-up meeting builds on the last one — the agreement shows what was
//! agreed last time, answers are marked to bring up again, the pamphlet is not asked for twice —
//! and the agreement asks before a step that looks like a slip.

use super::support::*;
use crate::tui::Session;
use crate::tui::app::Screen;
use mandat::content::Content;
use mandat::flow::agreement::AgreementState;
use mandat::model::Meeting;
use ratatui::crossterm::event::KeyCode::{self, Char, Down, Enter, Esc, Right, Tab, Up};

fn meeting<'a>(s: &'a Session, id: &str) -> &'a Meeting {
    s.app.meeting(id).expect("meeting")
}

fn keys(s: &mut Session, codes: &[KeyCode]) {
    for code in codes {
        key(s, *code);
    }
}

/// Everything on screen in a wide window, with the rows joined, so a sentence that wraps in a
/// narrow one is still found whole.
fn wide_text(s: &Session) -> String {
    screen_text(s, 200, 50)
}

// ---- The agreement at a follow-up ----------------------------------------------------------

#[test]
fn test_a_follow_up_agreement_shows_under_each_field_what_was_agreed_last_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = follow_up_session(dir.path());
    keys(&mut s, &[Enter, Down, Down, Enter]); // the follow-up's agreement
    let text = wide_text(&s);
    assert!(
        text.contains("Dine forslag er ført videre fra aftalen, der blev indgået 12. jan. 2027."),
        "{text}"
    );
    // The proposal is still what was agreed: said once, and the box says it was carried over.
    assert!(
        text.contains(
            "Sidst aftalt 12. jan. 2027 (opfølgning 15. mar. 2027): det samme som dit forslag."
        ),
        "{text}"
    );
    assert!(text.contains("Dit forslag · ført videre"), "{text}");
    assert_eq!(
        meeting(&s, "personaleleder-2").agreement.proposal("tid"),
        "Fem timer om ugen; otte i testfasen, hvor vi ser på det igen"
    );

    // Rewritten, the proposal stands below the text agreed last time.
    key(&mut s, Enter);
    key(&mut s, KeyCode::Home);
    type_text(&mut s, "Seks timer. ");
    key(&mut s, Esc);
    let text = wide_text(&s);
    assert!(
        text.contains("Sidst aftalt 12. jan. 2027 (opfølgning 15. mar. 2027):"),
        "{text}"
    );
    assert!(
        text.contains("  Fem timer om ugen; otte i testfasen, hvor vi ser på det igen"),
        "{text}"
    );
    assert!(text.contains("Dit forslag · ændret siden sidst"), "{text}");

    // A field nothing was agreed on says so; its proposal is the one made last time.
    key(&mut s, Down);
    let text = wide_text(&s);
    assert!(
        text.contains("Aftalen fra 12. jan. 2027 sagde intet om dette."),
        "{text}"
    );
    assert!(text.contains("Hver måned"), "{text}");
}

#[test]
fn test_a_long_last_agreement_is_never_cut_without_a_word_at_80_by_24() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = follow_up_session(dir.path());
    let long = (1..=30)
        .map(|i| format!("Punkt {i} i aftalen"))
        .collect::<Vec<_>>()
        .join("\n");
    s.app
        .workspace
        .as_mut()
        .unwrap()
        .meeting_mut("personaleleder-1")
        .unwrap()
        .agreement
        .fields
        .get_mut("tid")
        .unwrap()
        .agreed = long;
    keys(&mut s, &[Enter, Down, Down, Enter]);
    let text = screen_text(&s, 80, 24);
    assert!(text.contains("Punkt 1 i aftalen"), "{text}");
    assert!(text.contains("resten står på mødearket"), "{text}");
    // The two boxes keep their place.
    assert!(text.contains("Dit forslag"), "{text}");
    assert!(text.contains("Aftalt"), "{text}");
    for (w, h) in [(40, 12), (20, 5), (1, 1), (0, 0)] {
        draw(&s, w, h);
    }
}

#[test]
fn test_a_follow_up_without_an_earlier_agreement_says_it_starts_afresh() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, Enter); // the first personaleleder meeting, nothing agreed
    key(&mut s, Char('m'));
    keys(&mut s, &[Down, Down, Enter]);
    let text = wide_text(&s);
    assert!(
        text.contains("Der blev ikke indgået en aftale ved de tidligere møder"),
        "{text}"
    );
    assert!(
        text.contains("Timer om ugen"),
        "the template's hint: {text}"
    );
}

// ---- Asking before a step that looks like a slip -------------------------------------------

/// The prepared session on its first agreement (meeting on 28 January; today is 20 January),
/// marked ready, with the agreed form open.
fn agreed_form_open(dir: &std::path::Path) -> Session {
    let mut s = prepared_session(dir);
    keys(&mut s, &[Enter, Down, Down, Enter, Char('r'), Char('i')]);
    s
}

#[test]
fn test_marking_an_agreement_agreed_before_the_meeting_asks_first_and_no_keeps_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = agreed_form_open(dir.path());
    key(&mut s, Enter);
    let text = wide_text(&s);
    assert!(
        text.contains("Mødet er først torsdag den 28. januar 2027. Vil du markere"),
        "{text}"
    );
    assert!(text.contains("indgået alligevel? (j/n)"), "{text}");
    assert!(text.contains("j ja · n nej"), "{text}");
    assert!(matches!(
        meeting(&s, "personaleleder-1").agreement.state,
        AgreementState::Ready { .. }
    ));
    key(&mut s, Char('n'));
    let Screen::Agreement(st) = &s.app.screen else {
        panic!("not the agreement");
    };
    let form = st.form.as_ref().expect("the form stays open");
    assert_eq!(form.on.text(), "20-01-2027", "the dates as typed");
    assert!(st.asking.is_none());
    assert!(matches!(
        meeting(&s, "personaleleder-1").agreement.state,
        AgreementState::Ready { .. }
    ));
    // Asked again, yes marks it agreed and closes the form.
    key(&mut s, Enter);
    key(&mut s, Char('j'));
    assert_eq!(
        meeting(&s, "personaleleder-1").agreement.state,
        AgreementState::Agreed {
            agreed_on: today(),
            review_on: day(2027, 4, 20),
        }
    );
    let Screen::Agreement(st) = &s.app.screen else {
        panic!("not the agreement");
    };
    assert!(st.form.is_none() && st.asking.is_none());
}

#[test]
fn test_marking_an_agreement_agreed_on_the_meeting_day_asks_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    s.app
        .workspace
        .as_mut()
        .unwrap()
        .meeting_mut("personaleleder-1")
        .unwrap()
        .date = Some(today());
    keys(
        &mut s,
        &[Enter, Down, Down, Enter, Char('r'), Char('i'), Enter],
    );
    assert!(matches!(
        meeting(&s, "personaleleder-1").agreement.state,
        AgreementState::Agreed { .. }
    ));
}

#[test]
fn test_after_the_meeting_the_agreed_date_starts_as_the_meeting_s_day() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    let held = today() - chrono::Duration::days(6);
    s.app
        .workspace
        .as_mut()
        .unwrap()
        .meeting_mut("personaleleder-1")
        .unwrap()
        .date = Some(held);
    keys(
        &mut s,
        &[Enter, Down, Down, Enter, Char('r'), Char('i'), Enter],
    );
    assert_eq!(
        meeting(&s, "personaleleder-1").agreement.state,
        AgreementState::Agreed {
            agreed_on: held,
            review_on: held.checked_add_months(chrono::Months::new(3)).unwrap(),
        }
    );
}

#[test]
fn test_an_agreement_not_ready_says_so_before_any_date_is_typed() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    keys(&mut s, &[Enter, Down, Down, Enter, Char('i')]);
    let Screen::Agreement(st) = &s.app.screen else {
        panic!("not the agreement");
    };
    assert!(st.form.is_none(), "no form to fill in first");
    let text = wide_text(&s);
    assert!(
        text.contains("Marker aftalen klar, før den markeres indgået"),
        "{text}"
    );
}

#[test]
fn test_esc_answers_no_and_a_refused_date_is_told_not_asked() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = agreed_form_open(dir.path());
    key(&mut s, Enter);
    key(&mut s, Esc);
    assert!(matches!(
        meeting(&s, "personaleleder-1").agreement.state,
        AgreementState::Ready { .. }
    ));
    // A date after today is an error, with no question first.
    ctrl(&mut s, 'u');
    type_text(&mut s, "25-01-2027");
    key(&mut s, Enter);
    let Screen::Agreement(st) = &s.app.screen else {
        panic!("not the agreement");
    };
    assert!(st.asking.is_none());
    assert!(wide_text(&s).contains("i fremtiden"));
}

/// A new network with the shipped content (seven personaleleder fields), on the dashboard.
fn shipped_session(dir: &std::path::Path) -> Session {
    let mut s = session(dir, Content::embedded().unwrap());
    type_text(&mut s, "Søren Ærø");
    key(&mut s, Enter);
    type_text(&mut s, "Ældre i egen bolig");
    keys(&mut s, &[Enter, Enter]);
    ctrl(&mut s, 'u');
    type_text(&mut s, "04-01-2027");
    keys(&mut s, &[Enter, Enter]);
    s
}

#[test]
fn test_marking_an_agreement_ready_with_most_fields_empty_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = shipped_session(dir.path());
    keys(&mut s, &[Enter, Down, Down, Enter, Enter]);
    type_text(&mut s, "Højst tolv timer om ugen");
    ctrl(&mut s, 's');
    let fields = Content::embedded()
        .unwrap()
        .agreement(mandat::vocab::Counterpart::Personaleleder)
        .unwrap()
        .fields
        .len();
    assert!(fields >= 3, "the shipped template has {fields} fields");
    key(&mut s, Char('r'));
    let text = wide_text(&s);
    assert!(
        text.contains(&format!("Kun 1 af {fields} felter har et forslag.")),
        "{text}"
    );
    assert!(text.contains("alligevel? (j/n)"), "{text}");
    key(&mut s, Char('n'));
    assert_eq!(
        meeting(&s, "personaleleder-1").agreement.state,
        AgreementState::Draft
    );
    key(&mut s, Char('r'));
    key(&mut s, Char('j'));
    assert_eq!(
        meeting(&s, "personaleleder-1").agreement.state,
        AgreementState::Ready { ready_on: today() }
    );
}

#[test]
fn test_half_the_fields_proposed_is_marked_ready_without_a_question() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path()); // one of two fields proposed
    keys(&mut s, &[Enter, Down, Down, Enter, Char('r')]);
    assert_eq!(
        meeting(&s, "personaleleder-1").agreement.state,
        AgreementState::Ready { ready_on: today() }
    );
}

// ---- Answers to bring up again -------------------------------------------------------------

#[test]
fn test_an_answer_marked_to_bring_up_again_is_listed_at_the_follow_up_and_kept_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    keys(&mut s, &[Enter, Down, Enter]); // reflection, question 1
    key(&mut s, Char('t'));
    assert!(
        meeting(&s, "personaleleder-1")
            .bring_up
            .contains("personaleleder-q1")
    );
    let text = screen_text(&s, 80, 24);
    assert!(text.contains("✓↻ 1 Tidsbalance"), "{text}");
    assert!(text.contains("tages op igen"), "{text}");
    // Question 2 marked and unmarked again.
    key(&mut s, Down);
    key(&mut s, Char('t'));
    key(&mut s, Char('t'));
    assert_eq!(meeting(&s, "personaleleder-1").bring_up.len(), 1);
    assert!(wide_text(&s).contains("Svaret tages ikke op igen"));

    key(&mut s, Esc);
    key(&mut s, Char('m')); // the follow-up
    let text = wide_text(&s);
    assert!(text.contains("Fra sidste møde"), "{text}");
    assert!(
        text.contains("Hvor mange timer om ugen regner du med at bruge på netværket?"),
        "{text}"
    );
    assert!(text.contains("Seks timer om ugen i starten."), "{text}");
    // ... and on the follow-up's mødeark, among the points to take up.
    let ws = s.app.workspace.as_ref().unwrap();
    let follow_up = &ws.meetings.last().unwrap().id;
    let brief = mandat::export::brief::render(
        ws,
        follow_up,
        &s.app.content,
        mandat::text::Lang::Da,
        mandat::export::DocFormat::Text,
        s.app.today,
        false,
    )
    .unwrap();
    assert!(
        brief.contains("Tag op igen fra sidst: Hvor mange timer om ugen"),
        "{brief}"
    );

    s.finish();
    drop(s);
    let store = mandat::store::Store::open(Some(dir.path().to_path_buf())).unwrap();
    let ws = store.load("aeldre-i-egen-bolig").unwrap();
    let first = ws.meeting("personaleleder-1").unwrap();
    assert_eq!(
        first.bring_up.iter().collect::<Vec<_>>(),
        ["personaleleder-q1"]
    );
}

#[test]
fn test_bring_up_is_a_question_key_not_a_letter_in_the_answer() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    keys(&mut s, &[Enter, Down, Enter, Enter]); // writing the first answer
    type_text(&mut s, "t");
    assert!(meeting(&s, "personaleleder-1").bring_up.is_empty());
    assert!(
        meeting(&s, "personaleleder-1").reflection.answers["personaleleder-q1"]
            .text
            .ends_with("gang.t")
    );
}

// ---- The pamphlet at a follow-up -----------------------------------------------------------

#[test]
fn test_a_follow_up_pamphlet_says_when_it_was_handed_out_and_g_hands_it_out_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = follow_up_session(dir.path());
    keys(&mut s, &[Enter, Enter]); // the follow-up's pamphlet
    let text = wide_text(&s);
    assert!(
        text.contains("Status: afleveret til et tidligere møde"),
        "{text}"
    );
    assert!(
        text.contains("Afleveret: mandag 11. januar 2027 (personligt)"),
        "{text}"
    );
    assert!(text.contains("skal ikke afleveres igen"), "{text}");
    assert!(
        !text.contains("Skal afleveres senest"),
        "nothing is due: {text}"
    );
    // ... but the date to keep, should the leader hand it out again, and what is new on it.
    assert!(
        text.contains("Afleverer du den igen, så senest mandag 8. marts 2027, uge 10."),
        "{text}"
    );
    assert!(
        text.contains("Emnerne på pjecen er de samme som sidst."),
        "{text}"
    );
    assert!(text.contains("g aflever igen"), "{text}");
    // Nothing to tick while the counterpart has it.
    key(&mut s, Char('f'));
    assert_eq!(
        meeting(&s, "personaleleder-2").handout,
        mandat::flow::handout::HandoutState::NotPrepared
    );

    key(&mut s, Char('g'));
    assert!(meeting(&s, "personaleleder-2").hand_out_again);
    let text = wide_text(&s);
    assert!(
        text.contains(
            "Pjecen afleveres igen til dette møde (sidst afleveret mandag 11. januar 2027)."
        ),
        "{text}"
    );
    assert!(text.contains("Skal afleveres senest"), "{text}");
    key(&mut s, Char('f'));
    assert!(matches!(
        meeting(&s, "personaleleder-2").handout,
        mandat::flow::handout::HandoutState::Prepared { .. }
    ));
    // The same switch as g on the meeting screen, both ways.
    key(&mut s, Char('g'));
    assert!(!meeting(&s, "personaleleder-2").hand_out_again);
    key(&mut s, Esc);
    key(&mut s, Char('g'));
    assert!(meeting(&s, "personaleleder-2").hand_out_again);
}

#[test]
fn test_a_follow_up_pamphlet_names_the_topics_that_are_new_since_it_was_handed_out() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = follow_up_session(dir.path());
    key(&mut s, Enter); // the follow-up, on "Pjece"
    keys(&mut s, &[Up, Enter]); // "Emner på pjecen": one of our own below the suggestions
    type_text(&mut s, "\nTestfasen og de ekstra timer");
    key(&mut s, Esc);
    keys(&mut s, &[Down, Enter]);
    let text = wide_text(&s);
    assert!(
        text.contains("Nyt på pjecen siden sidst: Testfasen og de ekstra timer."),
        "{text}"
    );
    assert!(!text.contains("de samme som sidst"), "{text}");
}

#[test]
fn test_a_follow_up_pamphlet_past_its_deadline_says_so_only_as_a_condition() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = follow_up_session(dir.path());
    s.app.today = day(2027, 3, 10);
    keys(&mut s, &[Enter, Enter]);
    let text = wide_text(&s);
    assert!(
        text.contains(
            "Afleverer du den igen, er det efter fristen (mandag 8. marts 2027, uge 10)."
        ),
        "{text}"
    );
    assert!(!text.contains("for sent"), "nothing is late: {text}");
}

#[test]
fn test_a_meeting_that_handed_out_the_pamphlet_shows_its_own_step_and_the_follow_up_the_date() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = follow_up_session(dir.path());
    key(&mut s, Enter); // the follow-up
    let text = wide_text(&s);
    assert!(
        text.contains("Pjece til samtaleparten      afleveret før, 11. jan. 2027; ikke igen"),
        "{text}"
    );
    key(&mut s, KeyCode::Left); // the first meeting, where it was handed out
    let text = wide_text(&s);
    assert!(
        text.contains("Pjece til samtaleparten      ■■□ afleveret"),
        "{text}"
    );
    assert!(!text.contains("afleveret før"), "{text}");
}

#[test]
fn test_a_first_meeting_s_pamphlet_has_no_hand_out_again_key() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    keys(&mut s, &[Enter, Enter, Char('g')]);
    assert!(!meeting(&s, "personaleleder-1").hand_out_again);
    assert!(!wide_text(&s).contains("aflever igen"));
}

// ---- Ctrl+S and Tab in the text fields -----------------------------------------------------

#[test]
fn test_tab_goes_on_to_the_next_question_and_the_next_agreement_field_still_writing() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    // The reflection: Tab in an answer opens the next question's answer.
    keys(&mut s, &[Enter, Down, Enter, Enter]);
    type_text(&mut s, " Mindst.");
    key(&mut s, Tab);
    assert_eq!(
        meeting(&s, "personaleleder-1").reflection.step,
        mandat::flow::reflection::ReflectionStep::Question { index: 1 }
    );
    assert!(s.app.is_editing(), "still writing, now answer 2");
    type_text(&mut s, "!");
    key(&mut s, KeyCode::BackTab);
    assert!(s.app.is_editing(), "back in answer 1");
    key(&mut s, Esc);
    let m = meeting(&s, "personaleleder-1");
    assert!(
        m.reflection.answers["personaleleder-q1"]
            .text
            .ends_with(" Mindst.")
    );
    // Answer 2 opened where its cursor was left.
    assert_eq!(
        m.reflection.answers["personaleleder-q2"].text,
        "Tirsdage! i de intensive uger"
    );

    // The agreement: Tab in a proposal opens the next field's proposal.
    keys(&mut s, &[Esc, Down, Enter, Enter]);
    key(&mut s, Tab);
    let Screen::Agreement(st) = &s.app.screen else {
        panic!("not the agreement");
    };
    assert_eq!(st.selected, 1);
    assert!(st.editor.is_some(), "still writing, now the second field");
    type_text(&mut s, "Hver anden uge");
    // Past the last field, the field closes, as past the last question.
    key(&mut s, Tab);
    assert!(!s.app.is_editing());
    assert_eq!(
        meeting(&s, "personaleleder-1")
            .agreement
            .proposal("opfoelgning"),
        "Hver anden uge"
    );
    // Outside the text too, Tab is the next field (←/→ change the column).
    key(&mut s, KeyCode::BackTab);
    let Screen::Agreement(st) = &s.app.screen else {
        panic!("not the agreement");
    };
    assert_eq!(st.selected, 0);
    assert_eq!(st.column, crate::tui::screen::agreement::Column::Proposal);
    key(&mut s, Right);
    key(&mut s, Enter);
    type_text(&mut s, "Fem timer");
    ctrl(&mut s, 's');
    assert!(!s.app.is_editing());
    assert_eq!(
        meeting(&s, "personaleleder-1").agreement.agreed("tid"),
        "Fem timer"
    );
}
