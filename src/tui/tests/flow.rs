//! The whole TUI driven headless by key presses, against a temporary data folder.

use super::support::*;
use mandat::content::Content;
use mandat::flow::reflection::AnswerStatus;
use mandat::store::Store;
use ratatui::crossterm::event::KeyCode;

/// Walks the first-run wizard: name, theme, type (left as velfærd), start date, create.
fn create_workspace(session: &mut crate::tui::Session) {
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
    let second = crate::tui::Session::start(
        store,
        Content::embedded().unwrap(),
        mandat::text::Lang::Da,
        None,
        today(),
    );
    let err = second.err().expect("refused while the first is open");
    assert!(!err.to_string().is_empty());
}

use std::time::{Duration, Instant};

use mandat::flow::agreement::AgreementState;
use mandat::flow::handout::HandoutState;
use mandat::flow::plan::PlanStatus;
use mandat::flow::reflection::ReflectionStep;
use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind, KeyModifiers};

fn meeting<'a>(s: &'a crate::tui::Session, id: &str) -> &'a mandat::model::Meeting {
    s.app.workspace.as_ref().unwrap().meeting(id).unwrap()
}

fn saved(dir: &std::path::Path) -> mandat::model::Workspace {
    let store = Store::open(Some(dir.to_path_buf())).unwrap();
    store.load("aeldre-i-egen-bolig").unwrap()
}

#[test]
fn test_a_hand_out_date_in_the_future_is_refused_with_a_message_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, KeyCode::Enter); // personaleleder meeting
    key(&mut s, KeyCode::Enter); // handout
    key(&mut s, KeyCode::Char('a'));
    ctrl(&mut s, 'u');
    type_text(&mut s, "25-01-2027");
    key(&mut s, KeyCode::Enter);
    assert_eq!(
        meeting(&s, "personaleleder-1").handout,
        HandoutState::NotPrepared
    );
    let text = screen_text(&s, 80, 24);
    assert!(text.contains("fremtiden"), "{text}");

    ctrl(&mut s, 'u');
    type_text(&mut s, "19-01-2027");
    key(&mut s, KeyCode::Tab);
    key(&mut s, KeyCode::Right); // e-mail
    key(&mut s, KeyCode::Enter);
    assert_eq!(
        meeting(&s, "personaleleder-1").handout.handed_out_on(),
        Some((day(2027, 1, 19), mandat::flow::handout::Channel::Email))
    );
    key(&mut s, KeyCode::Char('t'));
    assert_eq!(
        meeting(&s, "personaleleder-1").handout,
        HandoutState::NotPrepared
    );
}

#[test]
fn test_writing_the_pamphlet_saves_a_private_file_and_marks_it_prepared() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    s.app.export_dir = dir.path().join("exports");
    key(&mut s, KeyCode::Enter); // meeting
    key(&mut s, KeyCode::Enter); // handout
    key(&mut s, KeyCode::Char('u')); // export, pamphlet chosen
    key(&mut s, KeyCode::Down); // format
    key(&mut s, KeyCode::Left); // Markdown
    key(&mut s, KeyCode::Enter);
    let path = dir
        .path()
        .join("exports/aeldre-i-egen-bolig-personaleleder-1-pjece.md");
    let text = std::fs::read_to_string(&path).expect("pamphlet written");
    assert!(text.contains("Hanne Østergård"));
    assert_eq!(
        meeting(&s, "personaleleder-1").handout,
        HandoutState::Prepared {
            prepared_on: today()
        }
    );
    assert!(screen_text(&s, 100, 24).contains("Gemt: "));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn test_the_brief_is_written_as_html() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    s.app.export_dir = dir.path().join("exports");
    key(&mut s, KeyCode::Enter);
    for _ in 0..4 {
        key(&mut s, KeyCode::Down);
    }
    key(&mut s, KeyCode::Enter); // export screen, brief in HTML
    key(&mut s, KeyCode::Char('w'));
    let path = dir
        .path()
        .join("exports/aeldre-i-egen-bolig-personaleleder-1-brief.html");
    let html = std::fs::read_to_string(&path).expect("brief written");
    assert!(html.contains("<html") || html.contains("<!DOCTYPE") || html.contains("<!doctype"));
}

#[test]
fn test_finishing_the_reflection_with_open_questions_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, KeyCode::Enter);
    key(&mut s, KeyCode::Down);
    key(&mut s, KeyCode::Enter); // reflection
    key(&mut s, KeyCode::Char('g'));
    key(&mut s, KeyCode::Char('a'));
    assert_eq!(
        meeting(&s, "personaleleder-1").reflection.step,
        ReflectionStep::Review
    );
    key(&mut s, KeyCode::Char('n'));
    assert_eq!(
        meeting(&s, "personaleleder-1").reflection.step,
        ReflectionStep::Review
    );
    key(&mut s, KeyCode::Char('a'));
    key(&mut s, KeyCode::Char('j'));
    assert_eq!(
        meeting(&s, "personaleleder-1").reflection.step,
        ReflectionStep::Finished { on: today() }
    );
}

#[test]
fn test_ctrl_s_keeps_the_answer_and_leaves_the_field_like_esc() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, KeyCode::Enter);
    key(&mut s, KeyCode::Down);
    key(&mut s, KeyCode::Enter);
    key(&mut s, KeyCode::Down); // question 2 (a draft)
    key(&mut s, KeyCode::Enter);
    type_text(&mut s, " og torsdage");
    ctrl(&mut s, 's');
    let m = meeting(&s, "personaleleder-1");
    let answer = &m.reflection.answers["personaleleder-q2"];
    assert_eq!(answer.text, "Tirsdage og torsdage i de intensive uger");
    assert_eq!(answer.status, AnswerStatus::Draft, "b marks it answered");
    assert_eq!(m.reflection.step, ReflectionStep::Question { index: 1 });
    assert!(!s.app.is_editing());
}

#[test]
fn test_tab_walks_the_meeting_s_own_fields_name_date_topics_notes() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, KeyCode::Enter);
    key(&mut s, KeyCode::Char('e')); // the name
    type_text(&mut s, " Bak");
    key(&mut s, KeyCode::Tab);
    assert_eq!(
        meeting(&s, "personaleleder-1").person_name,
        "Hanne Østergård Bak"
    );
    let crate::tui::app::Screen::Meeting(st) = &s.app.screen else {
        panic!("not the meeting");
    };
    assert!(st.editing.is_some(), "the date is open");
    key(&mut s, KeyCode::Tab); // the date, unchanged → the topics
    key(&mut s, KeyCode::Tab); // the topics → the private notes
    type_text(&mut s, "Spørg til vikarer");
    key(&mut s, KeyCode::Tab); // the last: the field closes
    assert!(!s.app.is_editing());
    let m = meeting(&s, "personaleleder-1");
    assert_eq!(m.private_notes, "Spørg til vikarer");
    assert_eq!(m.date, Some(day(2027, 1, 28)));
    // A wrong date stays open with a message, as with Enter.
    key(&mut s, KeyCode::Char('d'));
    ctrl(&mut s, 'u');
    type_text(&mut s, "32-01-2027");
    key(&mut s, KeyCode::Tab);
    assert!(s.app.is_editing());
    assert_eq!(meeting(&s, "personaleleder-1").date, Some(day(2027, 1, 28)));
}

#[test]
fn test_an_agreement_is_proposed_made_ready_and_agreed_and_carried_into_the_next_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, KeyCode::Enter);
    key(&mut s, KeyCode::Down);
    key(&mut s, KeyCode::Down);
    key(&mut s, KeyCode::Enter); // agreement
    key(&mut s, KeyCode::Right); // agreed column
    key(&mut s, KeyCode::Enter);
    type_text(&mut s, "Fem timer om ugen");
    key(&mut s, KeyCode::Esc);
    key(&mut s, KeyCode::Char('r'));
    key(&mut s, KeyCode::Char('i'));
    key(&mut s, KeyCode::Enter);
    key(&mut s, KeyCode::Char('j')); // yes, before the meeting's date
    let m = meeting(&s, "personaleleder-1");
    assert!(matches!(m.agreement.state, AgreementState::Agreed { .. }));
    assert_eq!(m.agreement.agreed("tid"), "Fem timer om ugen");
    key(&mut s, KeyCode::Esc); // meeting
    key(&mut s, KeyCode::Char('m')); // a follow-up meeting
    let next = meeting(&s, "personaleleder-2");
    assert_eq!(next.agreement.proposal("tid"), "Fem timer om ugen");
    assert_eq!(next.person_name, "Hanne Østergård");
}

#[test]
fn test_the_plan_is_walked_to_the_review_and_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, KeyCode::Char('p'));
    key(&mut s, KeyCode::Enter); // course chosen → basics
    key(&mut s, KeyCode::Down);
    key(&mut s, KeyCode::Enter);
    ctrl(&mut s, 'u');
    type_text(&mut s, "32,5");
    key(&mut s, KeyCode::Enter);
    key(&mut s, KeyCode::Char('n')); // phases
    key(&mut s, KeyCode::Char('+')); // first phase one week longer
    key(&mut s, KeyCode::Char('n')); // adjustments
    key(&mut s, KeyCode::Char('f'));
    type_text(&mut s, "uge 7 2027");
    key(&mut s, KeyCode::Enter);
    key(&mut s, KeyCode::Char('n')); // review
    key(&mut s, KeyCode::Char('g'));
    let plan = &s.app.workspace.as_ref().unwrap().plan;
    assert_eq!(plan.settings.weekly_hours, 32.5);
    assert_eq!(plan.settings.phases["opstart"].weeks, Some(4));
    assert_eq!(plan.settings.vacations.len(), 1);
    assert_eq!(
        plan.status,
        PlanStatus::Accepted {
            accepted_on: today()
        }
    );
    assert!(screen_text(&s, 80, 24).contains("Godkendt"));
}

#[test]
fn test_q_types_while_editing_and_quits_and_saves_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, KeyCode::Enter);
    key(&mut s, KeyCode::Char('e')); // person name
    type_text(&mut s, "q");
    assert!(s.app.running);
    key(&mut s, KeyCode::Enter);
    assert_eq!(
        meeting(&s, "personaleleder-1").person_name,
        "Hanne Østergårdq"
    );
    key(&mut s, KeyCode::Char('q'));
    assert!(!s.app.running);
    let ws = saved(dir.path());
    assert_eq!(
        ws.meeting("personaleleder-1").unwrap().person_name,
        "Hanne Østergårdq"
    );
}

#[test]
fn test_key_releases_are_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    let release = Event::Key(KeyEvent::new_with_kind(
        KeyCode::Char('q'),
        KeyModifiers::NONE,
        KeyEventKind::Release,
    ));
    s.handle_event(&release, Instant::now());
    assert!(s.app.running);
}

#[test]
fn test_a_change_is_saved_once_the_save_delay_has_passed() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    let t0 = Instant::now();
    let press = |c| Event::Key(KeyEvent::new(c, KeyModifiers::NONE));
    s.handle_event(&press(KeyCode::Enter), t0);
    s.handle_event(&press(KeyCode::Char('e')), t0);
    s.handle_event(&press(KeyCode::Char('!')), t0);
    s.handle_event(&press(KeyCode::Enter), t0);
    assert!(s.has_unsaved_changes());
    assert!(s.poll_timeout(t0) <= crate::tui::session::SAVE_DELAY);
    s.tick(t0 + Duration::from_millis(100));
    assert!(
        s.has_unsaved_changes(),
        "waits for a burst of typing to end"
    );
    s.tick(t0 + crate::tui::session::SAVE_DELAY);
    // The save runs on its own thread, so typing never waits for the disk.
    s.finish_saving();
    assert!(!s.has_unsaved_changes());
    assert_eq!(
        saved(dir.path())
            .meeting("personaleleder-1")
            .unwrap()
            .person_name,
        "Hanne Østergård!"
    );
    assert!(
        s.poll_timeout(t0) > Duration::from_secs(5),
        "idle: no busy loop"
    );
}

#[test]
fn test_english_texts_with_lang_en() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    s.app.lang = mandat::text::Lang::En;
    let text = screen_text(&s, 80, 24);
    assert!(text.contains("Overview"), "{text}");
    assert!(text.contains("Next step"), "{text}");
}

#[test]
fn test_another_workspace_is_created_from_the_list_and_switched_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, KeyCode::Char('n')); // workspace list
    key(&mut s, KeyCode::Char('n')); // new
    type_text(&mut s, "Ane\nUnge i job\n\n");
    key(&mut s, KeyCode::Enter); // start date as it is
    key(&mut s, KeyCode::Enter); // create
    assert_eq!(s.app.workspace.as_ref().unwrap().name, "Unge i job");
    key(&mut s, KeyCode::Char('n'));
    assert_eq!(s.app.workspaces.len(), 2);
    let index = s
        .app
        .workspaces
        .iter()
        .position(|w| w.id == "aeldre-i-egen-bolig")
        .unwrap();
    for _ in 0..index {
        key(&mut s, KeyCode::Down);
    }
    key(&mut s, KeyCode::Enter);
    assert_eq!(s.app.workspace.as_ref().unwrap().id, "aeldre-i-egen-bolig");
}

#[test]
fn test_private_notes_are_written_on_the_meeting_and_printed_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    s.app.export_dir = dir.path().join("exports");
    key(&mut s, KeyCode::Enter);
    for _ in 0..3 {
        key(&mut s, KeyCode::Down);
    }
    key(&mut s, KeyCode::Enter); // notes
    type_text(&mut s, "Hun virker presset.\nSpørg til ferien");
    key(&mut s, KeyCode::Esc);
    assert_eq!(
        meeting(&s, "personaleleder-1").private_notes,
        "Hun virker presset.\nSpørg til ferien"
    );
    key(&mut s, KeyCode::Down);
    key(&mut s, KeyCode::Enter); // export: brief
    key(&mut s, KeyCode::Down);
    key(&mut s, KeyCode::Left); // Markdown
    key(&mut s, KeyCode::Char('w'));
    let path = dir
        .path()
        .join("exports/aeldre-i-egen-bolig-personaleleder-1-brief.md");
    let without = std::fs::read_to_string(&path).unwrap();
    assert!(!without.contains("presset"));
    key(&mut s, KeyCode::Down);
    key(&mut s, KeyCode::Left); // include private notes: yes
    key(&mut s, KeyCode::Char('w'));
    let with = std::fs::read_to_string(&path).unwrap();
    assert!(with.contains("presset"), "{with}");
}

#[test]
fn test_the_leader_s_own_topics_replace_the_suggestions_on_the_pamphlet() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path(), Content::embedded().unwrap());
    create_workspace(&mut s);
    key(&mut s, KeyCode::Enter); // the personaleleder's meeting, on "Pjece"
    key(&mut s, KeyCode::Up); // "Emner på pjecen"
    key(&mut s, KeyCode::Enter);
    // The editor starts from the suggested topics, cursor at the end: add one of our own.
    let suggested: Vec<String> = s
        .app
        .content
        .pamphlet(mandat::vocab::Counterpart::Personaleleder)
        .unwrap()
        .suggested_topics
        .iter()
        .map(|t| t.da.clone())
        .collect();
    type_text(&mut s, "\n\nHvornår jeg sidder i Sekretariatet");
    key(&mut s, KeyCode::Esc);
    let ws = s.app.workspace.as_ref().unwrap();
    let m = ws.meeting("personaleleder-1").unwrap();
    let mut expected = suggested.clone();
    expected.push("Hvornår jeg sidder i Sekretariatet".into());
    assert_eq!(m.topics, expected, "blank lines are not topics");
    let text = mandat::export::pamphlet::render(
        ws,
        "personaleleder-1",
        &s.app.content,
        mandat::text::Lang::Da,
        mandat::export::DocFormat::Text,
    )
    .unwrap();
    assert!(
        text.contains("  - Hvornår jeg sidder i Sekretariatet"),
        "{text}"
    );
}

#[test]
fn test_an_unreadable_workspace_offers_the_newest_good_backup_and_keeps_the_bad_file() {
    use mandat::flow::plan::PlanDraft;
    use mandat::model::Workspace;
    use mandat::planner::PlanSettings;
    use mandat::vocab::NetworkType;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(Some(dir.path().to_path_buf())).unwrap();
    let mut ws = Workspace::new(
        "tema".into(),
        "Tema".into(),
        NetworkType::Velfaerd,
        "Søren".into(),
        PlanDraft::new(PlanSettings::new("velfaerd", day(2027, 1, 4))),
        chrono::Utc::now(),
    );
    store.create(&ws).unwrap();
    ws.meetings[0].private_notes = "Version to".into();
    store.save(&ws).unwrap(); // the first version becomes a backup
    store.set_last_used("tema").unwrap();
    let path = store.workspace_path("tema");
    std::fs::write(&path, "{ \"schema_version\": 1, \"id\": ").unwrap();

    let mut s = session(dir.path(), Content::embedded().unwrap());
    let text = screen_text(&s, 100, 30);
    assert!(text.contains("kan ikke læses"), "{text}");
    assert!(text.contains("Tryk Enter for"), "{text}");
    for (w, h) in [(0, 0), (1, 1), (20, 5), (80, 24)] {
        draw(&s, w, h);
    }
    // Nothing is saved over the damaged file while the question stands.
    s.save_now();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "{ \"schema_version\": 1, \"id\": "
    );
    key(&mut s, KeyCode::Enter);
    let opened = s.app.workspace.as_ref().expect("the backup is open");
    assert_eq!(opened.meetings[0].private_notes, "");
    assert!(screen_text(&s, 100, 30).contains("Overblik"));
    let kept: Vec<_> = std::fs::read_dir(dir.path().join("workspaces"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("tema.broken-"))
        .collect();
    assert_eq!(kept.len(), 1, "the unreadable file is kept beside");
    let kept_text = std::fs::read_to_string(dir.path().join("workspaces").join(&kept[0])).unwrap();
    assert_eq!(kept_text, "{ \"schema_version\": 1, \"id\": ");
}

#[test]
fn test_local_days_off_are_turned_on_and_off_in_the_plan_s_second_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path(), Content::embedded().unwrap());
    create_workspace(&mut s);
    key(&mut s, KeyCode::Char('p'));
    key(&mut s, KeyCode::Char('n')); // step 2: start, hours, ceiling, then the days off
    for _ in 0..4 {
        key(&mut s, KeyCode::Down);
    }
    let days = |s: &crate::tui::Session| {
        s.app
            .workspace
            .as_ref()
            .unwrap()
            .plan
            .settings
            .local_days_off
    };
    assert!(!days(&s).grundlovsdag);
    key(&mut s, KeyCode::Enter);
    assert!(days(&s).grundlovsdag, "Enter turns Grundlovsdag on");
    assert!(screen_text(&s, 100, 30).contains("Grundlovsdag (5. juni)"));
    key(&mut s, KeyCode::Enter);
    assert!(!days(&s).grundlovsdag, "and off again");
    key(&mut s, KeyCode::Down);
    key(&mut s, KeyCode::Enter);
    assert!(days(&s).christmas_eve);
}

#[test]
fn test_typing_goes_on_while_a_save_is_under_way_and_is_saved_next() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    let t0 = Instant::now();
    let press = |c| Event::Key(KeyEvent::new(c, KeyModifiers::NONE));
    // Edit the person's name: Enter opens the meeting, e the name field.
    s.handle_event(&press(KeyCode::Enter), t0);
    s.handle_event(&press(KeyCode::Char('e')), t0);
    s.handle_event(&press(KeyCode::Char('1')), t0);
    s.handle_event(&press(KeyCode::Enter), t0);
    s.tick(t0 + crate::tui::session::SAVE_DELAY); // hands "…1" to the saver
    // More typing while that save may still be running.
    s.handle_event(
        &press(KeyCode::Char('e')),
        t0 + crate::tui::session::SAVE_DELAY,
    );
    s.handle_event(
        &press(KeyCode::Char('2')),
        t0 + crate::tui::session::SAVE_DELAY,
    );
    s.handle_event(&press(KeyCode::Enter), t0 + crate::tui::session::SAVE_DELAY);
    s.finish_saving();
    assert!(
        s.has_unsaved_changes(),
        "the second change is not saved yet"
    );
    let name = |dir: &std::path::Path| {
        saved(dir)
            .meeting("personaleleder-1")
            .unwrap()
            .person_name
            .clone()
    };
    assert_eq!(name(dir.path()), "Hanne Østergård1");
    s.tick(t0 + crate::tui::session::SAVE_DELAY * 3);
    s.finish_saving();
    assert!(!s.has_unsaved_changes());
    assert_eq!(name(dir.path()), "Hanne Østergård12");
}

/// A session whose next save fails: the workspace file on disk is replaced by one the store
/// cannot read, so it refuses to save over it (as it would over a file damaged by another
/// program), and the meeting's private notes hold unsaved words.
fn session_with_a_failing_save(dir: &std::path::Path) -> crate::tui::Session {
    let mut s = session(dir, Content::embedded().unwrap());
    create_workspace(&mut s);
    let id = s.app.workspace.as_ref().unwrap().id.clone();
    std::fs::write(
        dir.join("workspaces").join(format!("{id}.json")),
        "ikke json",
    )
    .unwrap();
    let ws = s.app.workspace.as_mut().unwrap();
    ws.meetings[0].private_notes = "ord der ikke må gå tabt".into();
    s.app.touch();
    s
}

#[test]
fn test_quitting_with_a_failed_save_opens_the_dialog_and_esc_keeps_the_program_open() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session_with_a_failing_save(dir.path());
    key(&mut s, KeyCode::Char('q'));
    assert!(s.app.running, "nothing is dropped without asking");
    assert!(s.app.dialog.is_some());
    assert!(screen_text(&s, 100, 30).contains("Dine seneste ændringer er ikke gemt"));
    assert!(s.app.save_problem.is_some());
    key(&mut s, KeyCode::Esc);
    assert!(s.app.dialog.is_none() && s.app.running);
}

#[test]
fn test_giving_unsaved_changes_up_takes_a_second_deliberate_key() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session_with_a_failing_save(dir.path());
    key(&mut s, KeyCode::Char('q'));
    key(&mut s, KeyCode::Char('x'));
    assert!(s.app.running, "one x only asks");
    assert!(screen_text(&s, 100, 30).contains("Tryk x igen"));
    key(&mut s, KeyCode::Char('x'));
    assert!(!s.app.running);
    assert_eq!(
        s.finish(),
        crate::tui::Ending::Saved,
        "nothing left to keep"
    );
    let id = s.app.workspace.as_ref().unwrap().id.clone();
    assert_eq!(
        std::fs::read_to_string(dir.path().join("workspaces").join(format!("{id}.json"))).unwrap(),
        "ikke json",
        "the file mandat could not read is left alone"
    );
}

#[test]
fn test_a_failed_save_on_the_way_out_becomes_a_named_rescue_copy() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session_with_a_failing_save(dir.path());
    let crate::tui::Ending::Rescued { path, why } = s.finish() else {
        panic!("the words must go somewhere");
    };
    assert!(!why.is_empty());
    let rescued = mandat::store::load_file(&path).unwrap();
    assert_eq!(rescued.meetings[0].private_notes, "ord der ikke må gå tabt");
}

#[test]
fn test_the_reason_stays_on_the_status_line_until_a_save_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session_with_a_failing_save(dir.path());
    assert!(!s.save_now());
    key(&mut s, KeyCode::Down); // any key clears ordinary messages, not this one
    assert!(screen_text(&s, 100, 30).contains("Kunne ikke gemme"));
    let id = s.app.workspace.as_ref().unwrap().id.clone();
    std::fs::remove_file(dir.path().join("workspaces").join(format!("{id}.json"))).unwrap();
    assert!(s.save_now());
    assert!(!screen_text(&s, 100, 30).contains("Kunne ikke gemme"));
}

/// A session on the same data folder, as a restart after the program ended.
fn restart(dir: &std::path::Path) -> crate::tui::Session {
    session(dir, Content::embedded().unwrap())
}

#[test]
fn test_a_restart_lands_in_the_answer_being_written_with_its_cursor() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path(), Content::embedded().unwrap());
    create_workspace(&mut s);
    key(&mut s, KeyCode::Enter); // the personaleleder's meeting
    key(&mut s, KeyCode::Down); // reflection
    key(&mut s, KeyCode::Enter);
    key(&mut s, KeyCode::Down); // the second question
    key(&mut s, KeyCode::Enter); // write
    type_text(&mut s, "Tirsdage i de travle uger");
    key(&mut s, KeyCode::Left);
    key(&mut s, KeyCode::Left);
    let t0 = std::time::Instant::now();
    s.tick(t0 + crate::tui::session::SAVE_DELAY * 2);
    s.finish_saving();
    s.tick(t0 + crate::tui::session::SAVE_DELAY * 4);
    // The program is killed here: nothing more runs.
    drop(s);
    let s = restart(dir.path());
    let screen = screen_text(&s, 100, 30);
    assert!(screen.contains("spørgsmål 2 af"), "{screen}");
    assert!(s.app.is_editing(), "the answer field is open again");
    let crate::tui::app::Screen::Reflection(st) = &s.app.screen else {
        panic!("not the reflection");
    };
    assert_eq!(st.editor.as_ref().unwrap().cursor(), (0, 23));
}

#[test]
fn test_a_restart_lands_on_the_agreement_field_and_column_left() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path(), Content::embedded().unwrap());
    create_workspace(&mut s);
    key(&mut s, KeyCode::Enter);
    key(&mut s, KeyCode::Down);
    key(&mut s, KeyCode::Down);
    key(&mut s, KeyCode::Enter); // the agreement
    key(&mut s, KeyCode::Down);
    key(&mut s, KeyCode::Down);
    key(&mut s, KeyCode::Right); // the agreed column
    s.finish();
    drop(s);
    let s = restart(dir.path());
    let crate::tui::app::Screen::Agreement(st) = &s.app.screen else {
        panic!("not the agreement: {}", screen_text(&s, 100, 30));
    };
    assert_eq!(st.selected, 2);
    assert_eq!(st.column, crate::tui::screen::agreement::Column::Agreed);
}

#[test]
fn test_a_follow_up_meeting_added_by_mistake_is_deleted_after_a_yes_and_the_first_stays() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, KeyCode::Enter); // the personaleleder's first meeting
    key(&mut s, KeyCode::Char('x'));
    assert!(
        s.app.meeting("personaleleder-1").is_some(),
        "the first meeting stays"
    );
    key(&mut s, KeyCode::Char('m'));
    assert!(s.app.meeting("personaleleder-2").is_some());
    key(&mut s, KeyCode::Char('x'));
    assert!(
        screen_text(&s, 80, 24).contains("Slet"),
        "{}",
        screen_text(&s, 80, 24)
    );
    key(&mut s, KeyCode::Char('n'));
    assert!(
        s.app.meeting("personaleleder-2").is_some(),
        "no keeps the meeting"
    );
    key(&mut s, KeyCode::Char('x'));
    key(&mut s, KeyCode::Char('j'));
    assert!(s.app.meeting("personaleleder-2").is_none());
    let text = screen_text(&s, 80, 24);
    assert!(text.contains("Mødet er slettet"), "{text}");
    assert!(
        matches!(&s.app.screen, crate::tui::app::Screen::Meeting(m) if m.meeting_id == "personaleleder-1"),
        "back on the meeting before it"
    );
}

#[test]
fn test_g_marks_the_pamphlet_to_be_handed_out_again_for_a_follow_up() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, KeyCode::Enter);
    key(&mut s, KeyCode::Char('m'));
    assert!(!meeting(&s, "personaleleder-2").hand_out_again);
    key(&mut s, KeyCode::Char('g'));
    assert!(meeting(&s, "personaleleder-2").hand_out_again);
    key(&mut s, KeyCode::Char('g'));
    assert!(!meeting(&s, "personaleleder-2").hand_out_again);
}

#[test]
fn test_u_in_the_plan_review_writes_the_plan_as_a_workbook_and_o_opens_it() {
    use crate::tui::Effect;
    use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind, KeyModifiers};
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    s.app.export_dir = dir.path().join("Dokumenter");
    key(&mut s, KeyCode::Char('p'));
    key(&mut s, KeyCode::Enter);
    for _ in 0..3 {
        key(&mut s, KeyCode::Char('n'));
    }
    key(&mut s, KeyCode::Char('u')); // the print screen, for the plan
    let text = screen_text(&s, 100, 24);
    assert!(text.contains("Arbejdsplanen uge for uge"), "{text}");
    key(&mut s, KeyCode::Down); // format
    key(&mut s, KeyCode::Right); // HTML → Excel
    key(&mut s, KeyCode::Char('w'));
    let path = dir.path().join("Dokumenter/aeldre-i-egen-bolig-plan.xlsx");
    let bytes = std::fs::read(&path).expect("workbook written");
    assert!(bytes.starts_with(b"PK"), "an xlsx file is a zip");
    let text = screen_text(&s, 200, 24);
    assert!(
        text.contains(&path.display().to_string()),
        "the full path: {text}"
    );
    // `o` writes again and hands the opening to the terminal loop: headless, nothing opens.
    let o = Event::Key(KeyEvent::new_with_kind(
        KeyCode::Char('o'),
        KeyModifiers::NONE,
        KeyEventKind::Press,
    ));
    let effects = s.handle_event(&o, std::time::Instant::now());
    assert_eq!(effects, vec![Effect::OpenFile(path.clone())]);
    key(&mut s, KeyCode::Esc);
    assert!(screen_text(&s, 100, 24).contains("Uge"));
}

#[test]
fn test_the_co_driver_meeting_saves_the_finding_aid_as_a_worksheet() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    s.app.export_dir = dir.path().join("Dokumenter");
    key(&mut s, KeyCode::Down);
    key(&mut s, KeyCode::Down);
    key(&mut s, KeyCode::Enter); // the co-driver's meeting
    key(&mut s, KeyCode::Char('u'));
    let screen = screen_text(&s, 80, 24);
    assert!(screen.contains("Arbejdsark"), "{screen}");
    key(&mut s, KeyCode::Left); // round to the last kind: the worksheet
    key(&mut s, KeyCode::Char('w'));
    let path = dir
        .path()
        .join("Dokumenter/aeldre-i-egen-bolig-find-din-co-driver.html");
    let html = std::fs::read_to_string(&path).expect("worksheet written");
    assert!(html.contains("Find en co-driver"), "{html}");
}
