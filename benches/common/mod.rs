//! What the benchmarks (and `examples/big_workspace.rs`) share: a large workspace built
//! deterministically, a five-year course, and a TUI session opened on a given screen.
//!
//! `tui.rs` beside it adds sessions of the terminal program, for the benchmarks that include the
//! program's source (`tui` and `latency`).
//!
//! Everything here is made from fixed seeds and fixed dates, so two runs measure the same work.
#![allow(dead_code)]

use std::path::Path;

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use mandat::content::{Content, Course, Phase};
use mandat::flow::agreement::{AgreementState, FieldText};
use mandat::flow::handout::{Channel, HandoutState};
use mandat::flow::plan::{PlanDraft, PlanStep};
use mandat::flow::reflection::{Answer, AnswerStatus};
use mandat::model::Workspace;
use mandat::planner::{PlanSettings, Vacation, WeekOverride};
use mandat::store::Store;
use mandat::vocab::PhaseKind;
use mandat::vocab::Text;
use mandat::vocab::{Counterpart, NetworkType};

/// The terminal size every screen is measured at.
pub const WIDTH: u16 = 200;
pub const HEIGHT: u16 = 60;

/// The demo workspace shipped with the project: a typical network a few weeks in.
pub const DEMO_JSON: &str = include_str!("../../examples/demo-velfaerd.json");
pub const DEMO_ID: &str = "demo-hverdagsliv";

/// The id of the large workspace.
pub const BIG_ID: &str = "stort-netvaerk";

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// The date the TUI benchmarks run on: Wednesday 20 January 2027.
pub fn today() -> NaiveDate {
    day(2027, 1, 20)
}

pub fn content() -> Content {
    Content::embedded().expect("the embedded content is valid")
}

/// A small, fast pseudo-random generator (xorshift), so the text is the same on every run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const WORDS: &[&str] = &[
    "netværket",
    "tid",
    "møderne",
    "borgerne",
    "kollegerne",
    "sekretariatet",
    "testen",
    "ugerne",
    "opgaven",
    "ledelsen",
    "forløbet",
    "prioritering",
    "basisopgaver",
    "aftale",
    "opfølgning",
    "kompetencer",
    "sparring",
    "erfaringer",
    "ældre",
    "pårørende",
    "hverdagen",
    "løsninger",
    "afdelingen",
    "budgettet",
    "planen",
    "vi",
    "jeg",
    "skal",
    "kan",
    "vil",
    "må",
    "gerne",
    "nok",
    "også",
    "især",
    "først",
    "sammen",
    "derfor",
    "måske",
    "hver",
    "uge",
    "tirsdag",
    "torsdag",
    "og",
    "at",
    "i",
    "på",
    "med",
    "om",
    "for",
    "til",
    "efter",
    "før",
    "når",
    "så",
    "det",
    "den",
    "de",
    "en",
    "et",
    "øve",
    "lære",
    "føle",
    "afprøve",
    "drøfte",
    "beslutte",
    "aflaste",
    "støtte",
    "dele",
    "fastholde",
];

/// Danish-looking prose of about `chars` characters: sentences, and a blank line between
/// paragraphs of about `paragraph` characters.
pub fn prose(rng: &mut Rng, chars: usize, paragraph: usize) -> String {
    let mut text = String::with_capacity(chars + 16);
    let mut in_paragraph = 0;
    let mut in_sentence = 0;
    while text.chars().count() < chars {
        let word = WORDS[rng.below(WORDS.len())];
        if in_sentence == 0 {
            let mut cs = word.chars();
            if let Some(first) = cs.next() {
                text.extend(first.to_uppercase());
                text.push_str(cs.as_str());
            }
        } else {
            text.push_str(word);
        }
        in_sentence += 1;
        let len = word.chars().count() + 1;
        in_paragraph += len;
        if in_sentence > 6 && rng.below(5) == 0 {
            text.push('.');
            in_sentence = 0;
            if in_paragraph >= paragraph {
                text.push_str("\n\n");
                in_paragraph = 0;
                continue;
            }
        } else if in_sentence > 3 && rng.below(12) == 0 {
            text.push(',');
        }
        text.push(' ');
    }
    let mut text: String = text.trim_end().chars().take(chars).collect();
    if !text.ends_with('.') {
        text.push('.');
    }
    text
}

/// How big the large workspace is.
#[derive(Debug, Clone, Copy)]
pub struct BigSize {
    pub meetings: usize,
    pub answers_per_meeting: usize,
    pub answer_chars: usize,
}

/// 120 meetings with 80 answers each, about 5 MB saved.
pub const BIG: BigSize = BigSize {
    meetings: 120,
    answers_per_meeting: 80,
    answer_chars: 360,
};

/// A network five years in: `size.meetings` meetings spread over the three counterparts, each
/// with `size.answers_per_meeting` answers (the counterpart's real questions first, then extra
/// ids the content does not know, which the brief prints as answers without a question),
/// agreements filled in, and a plan with a vacation every summer.
pub fn big_workspace(content: &Content, size: BigSize) -> Workspace {
    let mut rng = Rng::new(0x6d61_6e64_6174);
    let created = Utc
        .with_ymd_and_hms(2026, 12, 14, 9, 30, 0)
        .single()
        .expect("valid time");
    let mut settings = PlanSettings::new("velfaerd", day(2027, 1, 4));
    settings.ceiling_hours = Some(15.0);
    for year in 2027..2032 {
        settings.vacations.push(Vacation {
            first: day(year, 7, 5),
            last: day(year, 7, 25),
        });
        settings.overrides.push(WeekOverride {
            iso_year: year,
            iso_week: 10,
            network_hours: 16.0,
            secretariat_days: None,
            note: "Workshop med borgere og pårørende".into(),
        });
    }
    let mut plan = PlanDraft::new(settings);
    plan.step = PlanStep::Review;
    let mut ws = Workspace::new(
        BIG_ID.into(),
        "Et sammenhængende hverdagsliv for ældre".into(),
        NetworkType::Velfaerd,
        "Mette Holm".into(),
        plan,
        created,
    );
    ws.updated_at = created;
    let per_counterpart = size.meetings.div_ceil(3);
    for (ci, &c) in Counterpart::ALL.iter().enumerate() {
        for _ in 1..per_counterpart {
            if ws.meetings.len() >= size.meetings {
                break;
            }
            ws.add_meeting(c);
        }
        let person = ["Lars Jensen", "Birgitte Ø. Nielsen", "Ahmad Åberg"][ci];
        for (k, m) in ws
            .meetings
            .iter_mut()
            .filter(|m| m.counterpart == c)
            .enumerate()
        {
            m.person_name = person.into();
            m.date = Some(day(2027, 1, 18) + Duration::days(14 * k as i64 + 2 * ci as i64));
        }
    }
    for m in &mut ws.meetings {
        let date = m.date.unwrap_or_else(today);
        m.handout = HandoutState::HandedOut {
            prepared_on: Some(date - Duration::days(10)),
            handed_out_on: date - Duration::days(7),
            channel: Channel::Email,
        };
        m.topics = vec![
            "Tid til netværket i de travle uger".into(),
            "Dage i Sekretariatet".into(),
        ];
        let real: Vec<String> = content
            .questions(m.counterpart)
            .iter()
            .map(|q| q.id.clone())
            .collect();
        for i in 0..size.answers_per_meeting {
            let id = real
                .get(i)
                .cloned()
                .unwrap_or_else(|| format!("ekstra-{i:02}"));
            let status = if i % 7 == 3 {
                AnswerStatus::Draft
            } else {
                AnswerStatus::Answered
            };
            m.reflection.answers.insert(
                id,
                Answer {
                    text: prose(&mut rng, size.answer_chars, 220),
                    status,
                    cursor: None,
                },
            );
        }
        if let Some(template) = content.agreement(m.counterpart) {
            for f in &template.fields {
                m.agreement.fields.insert(
                    f.id.clone(),
                    FieldText {
                        proposal: prose(&mut rng, 300, 300),
                        agreed: prose(&mut rng, 200, 300),
                    },
                );
            }
        }
        m.agreement.state = AgreementState::Ready { ready_on: date };
        m.private_notes = prose(&mut rng, 250, 250);
    }
    ws
}

/// A course of about five years (260 working weeks) with every kind of phase: ordinary phases,
/// breaks, intensive phases and a test phase with a per-week hour profile.
pub fn five_year_course() -> Course {
    let t = |s: &str| Text::new(s, s);
    let phase = |id: &str, kind: PhaseKind, weeks: u32, hours: f64, intensive: bool| Phase {
        id: id.into(),
        name: t(id),
        kind,
        weeks,
        hours_per_week: hours,
        hours_profile: None,
        intensive,
        description: t("Eksempel."),
    };
    let mut phases = vec![
        phase("opstart", PhaseKind::Phase, 8, 6.0, false),
        phase("opdagelse", PhaseKind::Phase, 16, 10.0, true),
        phase("pause-1", PhaseKind::Break, 6, 2.0, false),
        phase("design", PhaseKind::Phase, 20, 12.0, true),
    ];
    let mut test = phase("test", PhaseKind::Test, 12, 15.0, true);
    test.hours_profile = Some(vec![20.0, 15.0, 12.0, 12.0, 15.0, 20.0]);
    phases.push(test);
    for year in 1..=4 {
        phases.push(phase(
            &format!("forankring-{year}"),
            PhaseKind::Phase,
            32,
            8.0,
            year % 2 == 0,
        ));
        phases.push(phase(
            &format!("pause-{}", year + 1),
            PhaseKind::Break,
            6,
            2.0,
            false,
        ));
        phases.push(phase(
            &format!("evaluering-{year}"),
            PhaseKind::Phase,
            11,
            6.0,
            false,
        ));
    }
    phases.push(phase("afslutning", PhaseKind::Phase, 2, 10.0, false));
    Course {
        id: "fem-aar".into(),
        network_type: NetworkType::Velfaerd,
        name: t("Fem år"),
        summary: t("Et langt forløb."),
        example_note: t("Tallene er eksempler."),
        expected_test_start_weeks: mandat::content::ExpectedTestStart::Weeks(52),
        phases,
    }
}

/// The settings of a five-year plan: a vacation every summer and autumn, local days off, an
/// override a year and a ceiling, so every rule of the planner has work to do.
pub fn five_year_settings() -> PlanSettings {
    let mut settings = PlanSettings::new("fem-aar", day(2027, 1, 4));
    settings.ceiling_hours = Some(14.0);
    settings.local_days_off.grundlovsdag = true;
    settings.local_days_off.christmas_eve = true;
    settings.local_days_off.new_years_eve = true;
    for year in 2027..2033 {
        settings.vacations.push(Vacation {
            first: day(year, 7, 5),
            last: day(year, 7, 25),
        });
        settings.vacations.push(Vacation {
            first: day(year, 10, 12),
            last: day(year, 10, 16),
        });
        settings.overrides.push(WeekOverride {
            iso_year: year,
            iso_week: 10,
            network_hours: 16.0,
            secretariat_days: None,
            note: String::new(),
        });
    }
    settings
}

/// Meeting dates for the planner's holiday check: one every other week for five years.
pub fn five_year_meetings() -> Vec<(String, NaiveDate)> {
    (0..130)
        .map(|i| (format!("m{i}"), day(2027, 1, 18) + Duration::days(14 * i)))
        .collect()
}

/// A data folder holding `ws`, recorded as the last used.
pub fn store_with(dir: &Path, ws: &Workspace) -> Store {
    let store = Store::open(Some(dir.to_path_buf())).expect("data dir");
    store.create(ws).expect("workspace created");
    store.set_last_used(&ws.id).expect("last used");
    store
}

pub fn demo_workspace() -> Workspace {
    serde_json::from_str(DEMO_JSON).expect("the demo workspace reads")
}

/// A session as the terminal program has it.
pub fn workspace_with_long_answer(content: &Content) -> Workspace {
    let mut ws = demo_workspace();
    let first = content.questions(Counterpart::Personaleleder)[0].id.clone();
    let mut rng = Rng::new(20_000);
    if let Some(m) = ws.meeting_mut("personaleleder-1") {
        m.reflection.step = mandat::flow::reflection::ReflectionStep::Question { index: 0 };
        m.reflection.answers.insert(
            first,
            Answer {
                text: prose(&mut rng, 20_000, 600),
                status: AnswerStatus::Draft,
                cursor: None,
            },
        );
    }
    ws
}
