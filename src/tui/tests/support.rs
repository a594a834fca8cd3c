//! Helpers for driving the TUI headless: a session on a temporary data folder, key presses,
//! and drawing into a test terminal.
#![allow(dead_code)]

use std::path::Path;
use std::time::Instant;

use crate::tui::Session;
use chrono::NaiveDate;
use mandat::content::{
    AgreementField, AgreementTemplate, CodriverAid, CodriverProfile, Content, ContentSource,
    Course, Pamphlet, Phase, Question, QuestionSet, Role, RoleId,
};
use mandat::store::Store;
use mandat::vocab::PhaseKind;
use mandat::vocab::{Counterpart, NetworkType};
use mandat::vocab::{Lang, Text};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// The date every test runs on: Wednesday 20 January 2027.
pub fn today() -> NaiveDate {
    day(2027, 1, 20)
}

pub fn session(dir: &Path, content: Content) -> Session {
    let store = Store::open(Some(dir.to_path_buf())).expect("data dir");
    Session::start(store, content, Lang::Da, None, today()).expect("session starts")
}

pub fn key(session: &mut Session, code: KeyCode) {
    key_with(session, code, KeyModifiers::NONE);
}

pub fn ctrl(session: &mut Session, c: char) {
    key_with(session, KeyCode::Char(c), KeyModifiers::CONTROL);
}

pub fn key_with(session: &mut Session, code: KeyCode, modifiers: KeyModifiers) {
    let event = Event::Key(KeyEvent::new_with_kind(
        code,
        modifiers,
        KeyEventKind::Press,
    ));
    session.handle_event(&event, Instant::now());
}

/// Types text key by key; `\n` is Enter.
pub fn type_text(session: &mut Session, text: &str) {
    for c in text.chars() {
        match c {
            '\n' => key(session, KeyCode::Enter),
            c => key(session, KeyCode::Char(c)),
        }
    }
}

pub fn paste(session: &mut Session, text: &str) {
    session.handle_event(&Event::Paste(text.to_string()), Instant::now());
}

pub fn draw(session: &Session, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal
        .draw(|frame| frame.render_widget(&session.app, frame.area()))
        .expect("draws");
    terminal
}

/// Everything on screen, as text.
pub fn screen_text(session: &Session, width: u16, height: u16) -> String {
    draw(session, width, height).backend().to_string()
}

fn t(da: &str, en: &str) -> Text {
    Text::new(da, en)
}

/// A small, stable content set, so snapshots do not move when the shipped texts are edited.
pub fn content() -> Content {
    let roles = vec![
        Role {
            id: RoleId::Netvaerksleder,
            name: t("Netværksleder", "Network leader"),
            summary: t("Leder netværket.", "Leads the network."),
            duties: vec![t("Samler deltagerne", "Gathers the participants")],
        },
        Role {
            id: RoleId::Personaleleder,
            name: t("Personaleleder", "Staff manager"),
            summary: t("Giver tid og opbakning.", "Gives time and backing."),
            duties: vec![
                t(
                    "Skaber tid til netværksarbejdet",
                    "Makes time for network work",
                ),
                t("Viser interesse for arbejdet", "Shows interest in the work"),
            ],
        },
        Role {
            id: RoleId::Referenceleder,
            name: t("Referenceleder", "Reference leader"),
            summary: t(
                "Kobler temaet til strategien.",
                "Links the theme to strategy.",
            ),
            duties: vec![t("Finder midler til testen", "Finds funds for the test")],
        },
        Role {
            id: RoleId::CoDriver,
            name: t("Co-driver", "Co-driver"),
            summary: t(
                "Navigerer sammen med lederen.",
                "Navigates with the leader.",
            ),
            duties: vec![t("Sparrer om processen", "Spars on the process")],
        },
    ];
    let pamphlets = Counterpart::ALL
        .iter()
        .map(|c| Pamphlet {
            counterpart: *c,
            title: t("Din rolle i netværket", "Your role in the network"),
            intro: t(
                "Tak fordi du vil tale med mig om netværket.",
                "Thank you for talking with me about the network.",
            ),
            purpose: t(
                "Vi skal blive enige om, hvordan vi arbejder sammen.",
                "We shall agree on how we work together.",
            ),
            suggested_topics: vec![t("Tid og prioritering", "Time and priorities")],
            questions: vec![t("Hvad forventer du af mig?", "What do you expect of me?")],
            closing: t("Vi ses til mødet.", "See you at the meeting."),
        })
        .collect();
    let question_sets = Counterpart::ALL
        .iter()
        .map(|c| QuestionSet {
            counterpart: *c,
            follow_up: false,
            intro: t("Forbered dig.", "Prepare yourself."),
            questions: (1..=3)
                .map(|i| Question {
                    id: format!("{}-q{i}", c.id()),
                    topic: match i {
                        1 => t("Tidsbalance", "Time balance"),
                        2 => t("Sekretariatet", "The Secretariat"),
                        _ => t("Kompetencer", "Competences"),
                    },
                    text: match i {
                        1 => t(
                            "Hvor mange timer om ugen regner du med at bruge på netværket?",
                            "How many hours a week do you expect to spend on the network?",
                        ),
                        2 => t(
                            "Hvornår vil du sidde i Sekretariatet?",
                            "When will you sit at the Secretariat?",
                        ),
                        _ => t(
                            "Hvad vil du gerne lære som netværksleder?",
                            "What do you want to learn as network leader?",
                        ),
                    },
                    help: (i == 1)
                        .then(|| t("Tænk på de travle perioder.", "Think of the busy periods.")),
                })
                .collect(),
        })
        .collect();
    let agreements = Counterpart::ALL
        .iter()
        .map(|c| AgreementTemplate {
            counterpart: *c,
            title: t("Samarbejdsaftale", "Collaboration agreement"),
            intro: t("Det aftaler vi.", "What we agree."),
            fields: vec![
                AgreementField {
                    id: "tid".into(),
                    label: t("Tid til netværket", "Time for the network"),
                    hint: t("Timer om ugen", "Hours a week"),
                },
                AgreementField {
                    id: "opfoelgning".into(),
                    label: t("Opfølgning", "Follow-up"),
                    hint: t("Hvor ofte vi mødes", "How often we meet"),
                },
            ],
        })
        .collect();
    let phase =
        |id: &str, da: &str, kind: PhaseKind, weeks: u32, hours: f64, intensive: bool| Phase {
            id: id.into(),
            name: t(da, da),
            kind,
            weeks,
            hours_per_week: hours,
            hours_profile: None,
            intensive,
            description: t("Eksempel.", "Example."),
        };
    let courses = NetworkType::ALL
        .iter()
        .map(|nt| Course {
            id: nt.id().into(),
            network_type: *nt,
            name: t(
                &format!(
                    "Eksempelforløb ({})",
                    mandat::text::common::network_type(Lang::Da, *nt)
                ),
                &format!(
                    "Example course ({})",
                    mandat::text::common::network_type(Lang::En, *nt)
                ),
            ),
            summary: t("Et eksempel.", "An example."),
            example_note: t("Tallene er eksempler.", "The figures are examples."),
            expected_test_start_weeks: mandat::content::ExpectedTestStart::Weeks(26),
            phases: vec![
                phase("opstart", "Opstart", PhaseKind::Phase, 3, 6.0, false),
                phase("design", "Netværksdesign", PhaseKind::Phase, 3, 10.0, true),
                phase("pause", "Pause", PhaseKind::Break, 2, 2.0, false),
                phase("test", "Test", PhaseKind::Test, 4, 15.0, true),
            ],
        })
        .collect();
    Content {
        source: ContentSource::Embedded,
        roles,
        pamphlets,
        question_sets,
        codriver_aid: CodriverAid {
            title: t("Find en co-driver", "Find a co-driver"),
            intro: t("Fire profiler.", "Four profiles."),
            profiles: vec![CodriverProfile {
                id: "fag".into(),
                name: t("Fagperson", "Subject expert"),
                description: t("Kender temaet.", "Knows the theme."),
                questions: vec![t(
                    "Kender personen temaet?",
                    "Does the person know the theme?",
                )],
            }],
            development_path: t("Et udviklingsforløb.", "A development path."),
        },
        agreements,
        courses,
    }
}

/// A workspace in the middle of its preparations, saved in `dir`, opened in a session.
pub fn prepared_session(dir: &Path) -> Session {
    open_session(dir, &prepared_workspace())
}

/// The prepared workspace a little later: the first personaleleder meeting was held on
/// 12 January 2027, the pamphlet handed out the day before, the time agreed (the follow-up
/// left open), the first answer marked to bring up again; and a follow-up meeting added, which
/// is proposed on the review date, 15 March 2027. Opened on the dashboard.
pub fn follow_up_session(dir: &Path) -> Session {
    use mandat::flow::agreement::{AgreementState, FieldText};
    use mandat::flow::handout::{Channel, HandoutState};

    let mut ws = prepared_workspace();
    {
        let m = ws.meeting_mut("personaleleder-1").expect("meeting");
        m.date = Some(day(2027, 1, 12));
        m.handout = HandoutState::HandedOut {
            prepared_on: Some(day(2027, 1, 8)),
            handed_out_on: day(2027, 1, 11),
            channel: Channel::InPerson,
        };
        m.agreement.fields.insert(
            "tid".into(),
            FieldText {
                proposal: "Fire til seks timer om ugen".into(),
                agreed: "Fem timer om ugen; otte i testfasen, hvor vi ser på det igen".into(),
            },
        );
        m.agreement.fields.insert(
            "opfoelgning".into(),
            FieldText {
                proposal: "Hver måned".into(),
                agreed: String::new(),
            },
        );
        m.agreement.state = AgreementState::Agreed {
            agreed_on: day(2027, 1, 12),
            review_on: day(2027, 3, 15),
        };
        m.bring_up.insert("personaleleder-q1".into());
    }
    ws.add_meeting(Counterpart::Personaleleder);
    open_session(dir, &ws)
}

/// Saves `ws` in `dir` as the last used workspace and opens it in a session.
pub fn open_session(dir: &Path, ws: &mandat::model::Workspace) -> Session {
    let store = Store::open(Some(dir.to_path_buf())).expect("data dir");
    store.create(ws).expect("created");
    store.set_last_used(&ws.id).expect("last used");
    let mut session =
        Session::start(store, content(), Lang::Da, None, today()).expect("session starts");
    session.app.export_dir = std::path::PathBuf::from("/data/mandat/exports");
    session
}

/// The workspace of [`prepared_session`].
pub fn prepared_workspace() -> mandat::model::Workspace {
    use chrono::TimeZone;
    use mandat::flow::plan::PlanDraft;
    use mandat::flow::reflection::{Answer, AnswerStatus};
    use mandat::model::Workspace;
    use mandat::planner::PlanSettings;

    let created = chrono::Utc
        .with_ymd_and_hms(2027, 1, 4, 9, 0, 0)
        .single()
        .expect("valid time");
    let mut ws = Workspace::new(
        "aeldre-i-egen-bolig".into(),
        "Ældre i egen bolig".into(),
        NetworkType::Velfaerd,
        "Søren Ærø".into(),
        PlanDraft::new(PlanSettings::new("velfaerd", day(2027, 1, 4))),
        created,
    );
    {
        let m = ws.meeting_mut("personaleleder-1").expect("meeting");
        m.person_name = "Hanne Østergård".into();
        m.date = Some(day(2027, 1, 28));
        m.reflection.answers.insert(
            "personaleleder-q1".into(),
            Answer {
                text: "Seks timer om ugen i starten.\nMere når testen går i gang.".into(),
                status: AnswerStatus::Answered,
                cursor: None,
            },
        );
        m.reflection.answers.insert(
            "personaleleder-q2".into(),
            Answer {
                text: "Tirsdage i de intensive uger".into(),
                status: AnswerStatus::Draft,
                cursor: Some((0, 8)),
            },
        );
        m.agreement.fields.entry("tid".into()).or_default().proposal =
            "Fire til seks timer om ugen".into();
    }
    {
        let m = ws.meeting_mut("referenceleder-1").expect("meeting");
        m.person_name = "Jens Å. Bech".into();
        m.date = Some(day(2027, 2, 9));
    }
    ws
}
