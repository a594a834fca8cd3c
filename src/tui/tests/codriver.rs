//! «Find din co-driver» driven headless: from the co-driver meeting into the aid, candidates
//! added, profiles marked, notes written, compared side by side and one chosen — saved like
//! every other answer — and every mode against its snapshot at 80×24 and 120×40.

use super::support::*;
use crate::tui::Session;
use crate::tui::app::Screen;
use mandat::content::{CodriverAid, CodriverProfile, Content};
use mandat::store::Store;
use mandat::vocab::Text;
use ratatui::crossterm::event::KeyCode::{self, Char, Down, Enter, Esc, Right, Tab};

fn t(da: &str, en: &str) -> Text {
    Text::new(da, en)
}

/// The test content with four short profiles, so the snapshots show the whole aid and do not
/// move when the shipped texts are edited.
fn content_with_aid() -> Content {
    let profile = |id: &str, name: Text, description: Text, questions: Vec<Text>| CodriverProfile {
        id: id.into(),
        name,
        description,
        questions,
    };
    let mut c = content();
    c.codriver_aid = CodriverAid {
        title: t("Find din co-driver", "Find your co-driver"),
        intro: t(
            "En co-driver er din andenpilot i netværket. Læs profilerne, og tænk på bestemte personer.",
            "A co-driver is your second pilot in the network. Read the profiles and think of particular people.",
        ),
        profiles: vec![
            profile(
                "fag",
                t("Fagperson i temaet", "Expert in the theme"),
                t("Kender temaet indefra.", "Knows the theme from the inside."),
                vec![
                    t(
                        "Hvad ved du selv om temaet?",
                        "What do you know about the theme?",
                    ),
                    t(
                        "Hvem kender hverdagen på området?",
                        "Who knows everyday life in the field?",
                    ),
                    t(
                        "Er personen åben for nye idéer?",
                        "Is the person open to new ideas?",
                    ),
                ],
            ),
            profile(
                "supplerende",
                t("En, der supplerer dig", "Someone who complements you"),
                t(
                    "Stærk dér, hvor du vil blive stærkere.",
                    "Strong where you want to grow.",
                ),
                vec![
                    t("Hvad er du mindst tryg ved?", "What are you least sure of?"),
                    t(
                        "Hvem har du set gøre det godt?",
                        "Who have you seen do it well?",
                    ),
                ],
            ),
            profile(
                "traek",
                t("Netværkslederens træk", "A network leader's traits"),
                t(
                    "Nysgerrig, struktureret, procesorienteret eller effektjagende.",
                    "Curious, structured, process-minded or chasing effects.",
                ),
                vec![
                    t(
                        "Hvilket træk mangler netværket?",
                        "Which trait does the network lack?",
                    ),
                    t(
                        "Vil personen selv lede netværk?",
                        "Does the person want to lead networks?",
                    ),
                ],
            ),
            profile(
                "strategisk",
                t("Strategisk vigtig", "Strategically important"),
                t(
                    "Kan holde løsningerne i live i basis.",
                    "Can keep the solutions alive in basis.",
                ),
                vec![
                    t(
                        "Hvem skal bruge løsningerne bagefter?",
                        "Who will use the solutions afterwards?",
                    ),
                    t(
                        "Har personen tid og mandat?",
                        "Does the person have time and a mandate?",
                    ),
                ],
            ),
        ],
        development_path: t(
            "Co-driveren tager uddannelsen i netværksledelse og leder selv netværk senere. Tal om det.",
            "The co-driver takes the network-leadership education and leads networks later. Talk about it.",
        ),
    };
    c
}

/// The prepared workspace with the aid's test content, on the dashboard.
fn aid_session(dir: &std::path::Path) -> Session {
    let mut s = prepared_session(dir);
    s.app.content = content_with_aid();
    s
}

fn keys(s: &mut Session, codes: &[KeyCode]) {
    for code in codes {
        key(s, *code);
    }
}

fn snap(name: &str, s: &Session) {
    for (w, h) in [(80, 24), (120, 40)] {
        let terminal = draw(s, w, h);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), terminal.backend());
    }
    for (w, h) in [(0, 0), (1, 1), (20, 5), (40, 12), (39, 11)] {
        draw(s, w, h);
    }
}

fn add(s: &mut Session, name: &str) {
    key(s, Char('n'));
    type_text(s, name);
    key(s, Enter);
}

/// Dashboard → the co-driver's meeting → the aid, with four candidates added.
fn with_candidates(s: &mut Session) {
    keys(s, &[Down, Down, Enter, Enter]);
    for name in ["Birgit Ørum", "Ahmed Hassan", "Carl Jensen", "Dorthe Lund"] {
        add(s, name);
    }
}

fn aid(s: &Session) -> &mandat::model::CodriverAid {
    &s.app.workspace.as_ref().unwrap().codriver_aid
}

fn person(s: &Session, meeting: &str) -> String {
    let ws = s.app.workspace.as_ref().unwrap();
    ws.meeting(meeting).unwrap().person_name.clone()
}

#[test]
fn test_a_co_driver_meeting_without_a_person_starts_on_the_aid() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = aid_session(dir.path());
    keys(&mut s, &[Down, Down, Enter]);
    let text = screen_text(&s, 80, 24);
    assert!(text.contains("▶ Find din co-driver"), "{text}");
    assert!(
        text.contains("ingen kandidater endnu – start her"),
        "{text}"
    );
    snap("codriver_meeting", &s);
    key(&mut s, Enter);
    assert!(matches!(s.app.screen, Screen::Codriver(_)));
    // The other meetings have no such line.
    keys(&mut s, &[Esc, Esc, Char('k'), Char('k'), Enter]);
    assert!(!screen_text(&s, 80, 24).contains("Find din co-driver"));
}

#[test]
fn test_the_overview_shows_the_introduction_the_profiles_and_the_way_to_add() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = aid_session(dir.path());
    keys(&mut s, &[Down, Down, Enter, Enter]);
    snap("codriver_overview", &s);
    key(&mut s, Down);
    snap("codriver_profile", &s);
    key(&mut s, Char('n'));
    type_text(&mut s, "Birgit Ø");
    snap("codriver_new_name", &s);
}

#[test]
fn test_candidates_are_added_marked_and_noted_and_it_is_all_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = aid_session(dir.path());
    with_candidates(&mut s);
    assert_eq!(aid(&s).candidates.len(), 4);
    // An empty name adds nobody and says why.
    key(&mut s, Char('n'));
    key(&mut s, Enter);
    assert!(screen_text(&s, 80, 24).contains("Skriv et navn"));
    key(&mut s, Esc);
    assert_eq!(aid(&s).candidates.len(), 4);
    snap("codriver_candidates", &s);

    // The newest candidate is selected; up three to Birgit, and into her page.
    keys(&mut s, &[KeyCode::Up, KeyCode::Up, KeyCode::Up, Enter]);
    key(&mut s, Enter); // the general note
    type_text(&mut s, "Kender plejecentrene.\nGod til at lytte.");
    key(&mut s, Esc);
    keys(&mut s, &[Down, Enter]); // profile 1 fits
    keys(&mut s, &[Down, Enter]); // question 1.1
    type_text(&mut s, "Mere end mig");
    key(&mut s, Tab); // on to question 1.2, still writing
    type_text(&mut s, "Hun selv — på ø'en");
    snap("codriver_editing", &s);
    key(&mut s, Esc);
    keys(&mut s, &[Down, Down, Down, Char('p')]); // 'p' on a question marks its profile
    snap("codriver_candidate", &s);
    let birgit = aid(&s).candidates[0].clone();
    assert_eq!(birgit.name, "Birgit Ørum");
    assert_eq!(birgit.note, "Kender plejecentrene.\nGod til at lytte.");
    assert_eq!(
        birgit.profiles,
        vec!["fag".to_string(), "supplerende".to_string()]
    );
    assert_eq!(birgit.note("fag", 1), "Mere end mig");
    assert_eq!(birgit.note("fag", 2), "Hun selv — på ø'en");

    key(&mut s, Char('q'));
    assert!(!s.has_unsaved_changes(), "quitting saves");
    let store = Store::open(Some(dir.path().to_path_buf())).unwrap();
    let ws = store.load("aeldre-i-egen-bolig").unwrap();
    assert_eq!(ws.codriver_aid.candidates[0], birgit);
    assert_eq!(ws.codriver_aid.candidates.len(), 4);
}

#[test]
fn test_the_candidates_are_compared_side_by_side_and_paged_when_they_do_not_fit() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = aid_session(dir.path());
    with_candidates(&mut s);
    {
        let ws = s.app.workspace.as_mut().unwrap();
        let aid = &mut ws.codriver_aid;
        aid.candidates[0].toggle_profile("fag");
        aid.candidates[0].set_note("fag", 2, "Kender hverdagen på plejecentrene rigtig godt");
        aid.candidates[1].toggle_profile("strategisk");
        aid.candidates[1].toggle_profile("traek");
        aid.candidates[1].note = "Sidder i forvaltningen".into();
        aid.candidates[3].set_note("fag", 2, "Nej");
    }
    key(&mut s, Char('s')); // compare, from Dorthe (the selected one)
    let text = screen_text(&s, 80, 24);
    assert!(text.contains("kandidat 2–4 af 4"), "{text}");
    assert!(text.contains("Dorthe Lund"), "{text}");
    assert!(
        !text.contains("Birgit Ørum"),
        "only three columns fit at 80: {text}"
    );
    let wide = screen_text(&s, 120, 40);
    assert!(
        wide.contains("Birgit Ørum") && wide.contains("Dorthe Lund"),
        "{wide}"
    );
    keys(&mut s, &[KeyCode::Left, KeyCode::Left, KeyCode::Left]);
    snap("codriver_compare", &s);
    let text = screen_text(&s, 80, 24);
    assert!(text.contains("kandidat 1–3 af 4"), "{text}");
    assert!(text.contains("Kender hverdagen"), "{text}");
    // Scrolling down reaches the last profile's questions.
    for _ in 0..40 {
        key(&mut s, Down);
    }
    assert!(screen_text(&s, 80, 24).contains("4.2 Har personen tid og mandat?"));
    // Enter opens the selected candidate.
    key(&mut s, Enter);
    assert!(screen_text(&s, 80, 24).contains("kandidat 1 af 4"));
}

#[test]
fn test_choosing_a_candidate_names_the_co_driver_meeting_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = aid_session(dir.path());
    with_candidates(&mut s);
    keys(&mut s, &[KeyCode::Up, KeyCode::Up, Char('v')]); // Ahmed
    let ahmed = aid(&s).candidates[1].id.clone();
    assert_eq!(aid(&s).chosen.as_deref(), Some(ahmed.as_str()));
    assert_eq!(person(&s, "co-driver-1"), "Ahmed Hassan");
    let text = screen_text(&s, 80, 24);
    assert!(
        text.contains("Ahmed Hassan er valgt som co-driver"),
        "{text}"
    );
    snap("codriver_chosen", &s);

    // Back on the meeting, the line says who, and the meeting starts on the pamphlet now.
    key(&mut s, Esc);
    assert!(screen_text(&s, 80, 24).contains("valgt: Ahmed Hassan"));
    keys(&mut s, &[Esc, Enter]);
    assert!(screen_text(&s, 80, 24).contains("▶ Pjece til samtaleparten"));

    // Choosing someone else keeps the name the meeting already has, and says so.
    keys(
        &mut s,
        &[
            KeyCode::Home,
            Enter,
            Down,
            Down,
            Down,
            Down,
            Down,
            Char('v'),
        ],
    );
    assert_eq!(aid(&s).candidates[0].name, "Birgit Ørum");
    assert_eq!(
        aid(&s).chosen.as_deref(),
        Some(aid(&s).candidates[0].id.as_str())
    );
    assert_eq!(person(&s, "co-driver-1"), "Ahmed Hassan");
    assert!(screen_text(&s, 100, 24).contains("mødet står stadig med Ahmed Hassan"));
    // Pressing v on the chosen one takes the choice back.
    key(&mut s, Char('v'));
    assert_eq!(aid(&s).chosen, None);
}

#[test]
fn test_removing_a_candidate_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = aid_session(dir.path());
    with_candidates(&mut s);
    key(&mut s, Char('v')); // Dorthe is chosen
    key(&mut s, Char('x'));
    snap("codriver_confirm_remove", &s);
    key(&mut s, Char('n'));
    assert_eq!(aid(&s).candidates.len(), 4);
    keys(&mut s, &[Char('x'), Char('j')]);
    assert_eq!(aid(&s).candidates.len(), 3);
    assert_eq!(aid(&s).chosen, None, "the choice goes with the candidate");
    assert_eq!(
        person(&s, "co-driver-1"),
        "Dorthe Lund",
        "the meeting keeps its name"
    );
    // On a line that is not a candidate, x says what to do instead.
    keys(&mut s, &[KeyCode::Home, Char('x')]);
    assert!(screen_text(&s, 80, 24).contains("Gå til en kandidat"));
    assert_eq!(aid(&s).candidates.len(), 3);
}

#[test]
fn test_a_candidate_is_renamed_and_other_candidates_are_reached_with_the_arrows() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = aid_session(dir.path());
    with_candidates(&mut s);
    key(&mut s, Enter); // Dorthe's page
    keys(&mut s, &[KeyCode::Left, KeyCode::Left]);
    assert!(screen_text(&s, 80, 24).contains("kandidat 2 af 4"));
    key(&mut s, Char('e'));
    key(&mut s, KeyCode::Backspace);
    type_text(&mut s, "m Yilmaz");
    key(&mut s, Enter);
    assert_eq!(aid(&s).candidates[1].name, "Ahmed Hassam Yilmaz");
    // Right beyond the last stays on the last.
    for _ in 0..5 {
        key(&mut s, Right);
    }
    assert!(screen_text(&s, 80, 24).contains("kandidat 4 af 4"));
}

#[test]
fn test_the_aid_speaks_english_with_lang_en() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = aid_session(dir.path());
    s.app.lang = mandat::text::Lang::En;
    keys(&mut s, &[Down, Down, Enter]);
    assert!(screen_text(&s, 80, 24).contains("no candidates yet – start here"));
    key(&mut s, Enter);
    let text = screen_text(&s, 80, 24);
    assert!(text.contains("About the co-driver"), "{text}");
    assert!(text.contains("+ Add a candidate"), "{text}");
    assert!(text.contains("Find your co-driver"), "{text}");
}

#[test]
fn test_the_help_explains_the_aid_and_lists_every_key_of_its_modes() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = aid_session(dir.path());
    with_candidates(&mut s);
    key(&mut s, Char('?'));
    snap("codriver_help", &s);
    let text = screen_text(&s, 120, 40);
    for words in [
        "sammenlign",
        "passer/passer ikke",
        "anden kandidat",
        "ret navnet",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
}
