//! The shipped content (SPEC §4) and how a broken organisation copy is reported: every problem
//! as `file:line:column: message`, pointing at the value that is wrong.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use mandat::content::{
    Content, ContentError, ContentErrors, ContentProblem, ContentSource, FILE_NAMES,
    write_embedded_to,
};
use mandat::planner::{PlanSettings, Vacation, Warning, plan};
use mandat::vocab::PhaseKind;
use mandat::vocab::{Counterpart, NetworkType};
use mandat::vocab::{Lang, Text};
use tempfile::TempDir;

// ---------------------------------------------------------------------------------------------
// Helpers

fn shipped() -> Content {
    match Content::embedded() {
        Ok(c) => c,
        Err(errors) => panic!("the shipped content has errors:\n{errors}"),
    }
}

/// A fresh organisation copy of the shipped files.
fn exported() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_embedded_to(dir.path()).unwrap();
    dir
}

fn read(dir: &Path, file: &str) -> String {
    fs::read_to_string(dir.join(file)).unwrap()
}

/// Replaces the first `from` at or after `after` in `file` with `to`; returns the new text and
/// the byte offset where `to` was put.
fn corrupt(dir: &Path, file: &str, after: &str, from: &str, to: &str) -> (String, usize) {
    let text = read(dir, file);
    let start = text
        .find(after)
        .unwrap_or_else(|| panic!("{after:?} not in {file}"));
    let at = start
        + text[start..]
            .find(from)
            .unwrap_or_else(|| panic!("{from:?} not after {after:?} in {file}"));
    let new = format!("{}{}{}", &text[..at], to, &text[at + from.len()..]);
    fs::write(dir.join(file), &new).unwrap();
    (new, at)
}

/// 1-based line and column (in characters) of a byte offset, counted independently of the
/// library so the test checks it.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap().chars().count() + 1;
    (line, column)
}

fn errors_of(dir: &Path) -> ContentErrors {
    match Content::from_dir(dir) {
        Ok(_) => panic!("the broken copy was accepted"),
        Err(e) => e,
    }
}

fn shown(dir: &Path, file: &str) -> String {
    dir.join(file).display().to_string()
}

/// The one error on `file` whose Danish message contains `needle`.
fn find<'a>(errors: &'a ContentErrors, file: &str, needle: &str) -> &'a ContentError {
    let mut hits = errors
        .iter()
        .filter(|e| e.file == file && e.message(Lang::Da).contains(needle));
    let hit = hits
        .next()
        .unwrap_or_else(|| panic!("no error on {file} about {needle:?} in:\n{errors}"));
    assert!(
        hits.next().is_none(),
        "two errors about {needle:?}:\n{errors}"
    );
    hit
}

fn at(e: &ContentError) -> (usize, usize) {
    (e.line, e.column)
}

fn all_texts(c: &Content) -> Vec<(String, &Text)> {
    let mut out: Vec<(String, &Text)> = Vec::new();
    for r in &c.roles {
        let id = r.id.id();
        out.push((format!("role {id} name"), &r.name));
        out.push((format!("role {id} summary"), &r.summary));
        out.extend(r.duties.iter().map(|t| (format!("role {id} duty"), t)));
    }
    for p in &c.pamphlets {
        let id = p.counterpart.id();
        for (what, t) in [
            ("title", &p.title),
            ("intro", &p.intro),
            ("purpose", &p.purpose),
            ("closing", &p.closing),
        ] {
            out.push((format!("pamphlet {id} {what}"), t));
        }
        out.extend(
            p.suggested_topics
                .iter()
                .map(|t| (format!("pamphlet {id} topic"), t)),
        );
        out.extend(
            p.questions
                .iter()
                .map(|t| (format!("pamphlet {id} question"), t)),
        );
    }
    for s in &c.question_sets {
        out.push((format!("questions {} intro", s.counterpart.id()), &s.intro));
        for q in &s.questions {
            out.push((format!("question {} topic", q.id), &q.topic));
            out.push((format!("question {} text", q.id), &q.text));
            if let Some(help) = &q.help {
                out.push((format!("question {} help", q.id), help));
            }
        }
    }
    let aid = &c.codriver_aid;
    out.push(("co-driver title".into(), &aid.title));
    out.push(("co-driver intro".into(), &aid.intro));
    out.push(("co-driver development path".into(), &aid.development_path));
    for p in &aid.profiles {
        out.push((format!("profile {} name", p.id), &p.name));
        out.push((format!("profile {} description", p.id), &p.description));
        out.extend(
            p.questions
                .iter()
                .map(|t| (format!("profile {} question", p.id), t)),
        );
    }
    for a in &c.agreements {
        let id = a.counterpart.id();
        out.push((format!("agreement {id} title"), &a.title));
        out.push((format!("agreement {id} intro"), &a.intro));
        for f in &a.fields {
            out.push((format!("agreement {id} field {} label", f.id), &f.label));
            out.push((format!("agreement {id} field {} hint", f.id), &f.hint));
        }
    }
    for k in &c.courses {
        out.push((format!("course {} name", k.id), &k.name));
        out.push((format!("course {} summary", k.id), &k.summary));
        out.push((format!("course {} example note", k.id), &k.example_note));
        for p in &k.phases {
            out.push((format!("course {} phase {} name", k.id, p.id), &p.name));
            out.push((
                format!("course {} phase {} description", k.id, p.id),
                &p.description,
            ));
        }
    }
    out
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

// ---------------------------------------------------------------------------------------------
// The shipped content

#[test]
fn the_embedded_content_loads_and_validates() {
    let c = shipped();
    assert_eq!(c.source, ContentSource::Embedded);
    assert_eq!(Content::load(None).unwrap(), c);
}

#[test]
fn the_four_roles_are_described_with_duties() {
    let c = shipped();
    let ids: Vec<&str> = c.roles.iter().map(|r| r.id.id()).collect();
    assert_eq!(
        ids,
        [
            "netvaerksleder",
            "personaleleder",
            "referenceleder",
            "co-driver"
        ]
    );
    for r in &c.roles {
        assert!(
            r.duties.len() >= 5,
            "{} has {} duties",
            r.id.id(),
            r.duties.len()
        );
    }
}

#[test]
fn every_counterpart_has_six_to_twelve_reflection_questions() {
    let c = shipped();
    for cp in Counterpart::ALL {
        let n = c.questions(cp).len();
        assert!((6..=12).contains(&n), "{cp}: {n} questions");
    }
}

#[test]
fn question_ids_are_unique_across_all_sets() {
    let c = shipped();
    let mut ids: Vec<&str> = c
        .question_sets
        .iter()
        .flat_map(|s| s.questions.iter().map(|q| q.id.as_str()))
        .collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n);
}

#[test]
fn the_personaleleder_questions_cover_time_secretariat_and_competence() {
    let c = shipped();
    let topics: Vec<&str> = c
        .questions(Counterpart::Personaleleder)
        .iter()
        .map(|q| q.topic.da.as_str())
        .collect();
    for topic in ["Tidsbalance", "Dage i sekretariatet", "Kompetenceudvikling"] {
        assert!(topics.contains(&topic), "no {topic} question in {topics:?}");
    }
}

#[test]
fn every_counterpart_has_a_pamphlet_with_questions_to_reflect_on() {
    let c = shipped();
    for cp in Counterpart::ALL {
        let p = c.pamphlet(cp).unwrap();
        assert!((4..=7).contains(&p.questions.len()), "{cp}");
        assert!(!p.suggested_topics.is_empty(), "{cp}");
    }
}

#[test]
fn every_counterpart_has_an_agreement_template_of_four_to_eight_fields() {
    let c = shipped();
    for cp in Counterpart::ALL {
        let a = c.agreement(cp).unwrap();
        assert!((4..=8).contains(&a.fields.len()), "{cp}");
    }
}

#[test]
fn the_codriver_aid_has_four_profiles_with_questions() {
    let aid = shipped().codriver_aid;
    let ids: Vec<&str> = aid.profiles.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "fagfaglig",
            "supplerende",
            "netvaerkslederprofil",
            "strategisk"
        ]
    );
    for p in &aid.profiles {
        assert!((2..=4).contains(&p.questions.len()), "{}", p.id);
    }
    assert!(
        aid.development_path
            .da
            .contains("uddannelsen i netværksledelse")
    );
}

#[test]
fn three_courses_one_per_network_type() {
    let c = shipped();
    let ids: Vec<(&str, NetworkType)> = c
        .courses
        .iter()
        .map(|k| (k.id.as_str(), k.network_type))
        .collect();
    assert_eq!(
        ids,
        [
            ("velfaerd", NetworkType::Velfaerd),
            ("innovation", NetworkType::Innovation),
            ("laering", NetworkType::Laering),
        ]
    );
    for k in &c.courses {
        assert!(k.example_note.da.contains("eksempler"), "{}", k.id);
        assert!(k.example_note.en.contains("examples"), "{}", k.id);
        assert!(k.phases.iter().any(|p| p.intensive), "{}", k.id);
        assert!(
            k.phases.iter().any(|p| p.kind == PhaseKind::Break),
            "{}",
            k.id
        );
    }
}

#[test]
fn the_velfaerd_course_tests_for_eight_weeks_from_week_26() {
    let c = shipped();
    let k = c.course("velfaerd").unwrap();
    assert_eq!(k.expected_test_start_weeks.weeks(), Some(26));
    let tests: Vec<_> = k
        .phases
        .iter()
        .filter(|p| p.kind == PhaseKind::Test)
        .collect();
    assert_eq!(tests.len(), 1);
    assert_eq!(tests[0].weeks, 8);
    let profile = tests[0].hours_profile.as_ref().unwrap();
    assert_eq!(profile.len(), 8);
    let middle = profile[3];
    assert!(profile[0] > middle && profile[7] > middle, "{profile:?}");
    let before: u32 = k
        .phases
        .iter()
        .take_while(|p| p.kind != PhaseKind::Test)
        .map(|p| p.weeks)
        .sum();
    assert!(
        (20..=24).contains(&before),
        "{before} weeks before the test"
    );
}

#[test]
fn test_phase_starts_within_half_a_year_across_christmas_and_easter() {
    let c = shipped();
    let k = c.course("velfaerd").unwrap();
    let starts = [d(2026, 8, 3), d(2026, 11, 2), d(2027, 1, 4), d(2027, 3, 1)];
    for start in starts {
        let mut settings = PlanSettings::new("velfaerd", start);
        // Three weeks of summer holiday in the middle of the run up to the test.
        settings.vacations.push(Vacation {
            first: d(2027, 7, 5),
            last: d(2027, 7, 23),
        });
        let p = plan(k, &settings, &[]);
        let test_start = p.test_start.expect("the plan has a test phase");
        let first = p.first_monday().unwrap();
        let weeks = (test_start - first).num_weeks();
        assert!(weeks < 26, "start {start}: test begins after {weeks} weeks");
        assert!(
            !p.warnings
                .iter()
                .any(|w| matches!(w, Warning::TestPhaseLate { .. })),
            "start {start}: {:?}",
            p.warnings
        );
    }
}

#[test]
fn the_innovation_course_runs_longer_and_the_laering_course_four_to_five_months() {
    let c = shipped();
    let total = |id: &str| -> u32 { c.course(id).unwrap().phases.iter().map(|p| p.weeks).sum() };
    assert!(total("innovation") > total("velfaerd"));
    let laering = total("laering");
    assert!((17..=22).contains(&laering), "{laering} weeks");
    let innovation = c.course("innovation").unwrap();
    let tests = innovation
        .phases
        .iter()
        .filter(|p| p.kind == PhaseKind::Test);
    assert_eq!(tests.count(), 1);
}

#[test]
fn every_text_has_danish_and_english() {
    let c = shipped();
    let texts = all_texts(&c);
    assert!(texts.len() > 200, "only {} texts found", texts.len());
    for (what, t) in texts {
        assert!(!t.da.trim().is_empty(), "{what} has no Danish");
        assert!(!t.en.trim().is_empty(), "{what} has no English");
    }
}

/// The words the Danish texts no longer use, each with the one that replaced it.
const RETIRED_DANISH: &[(&str, &str)] = &[
    ("arbejdsområde", "netværk"),
    ("brief", "mødeark"),
    ("næste gennemgang", "opfølgning"),
    ("opfølgning den", "opfølgning"),
    ("følges op den", "opfølgning"),
    ("indholdet", "standardforslag / programmets tekster"),
    ("i hånden", "egne timer / rettet manuelt"),
    ("overstyr", "egne timer / rettet manuelt"),
    ("deling i afdelingen", "videndeling i afdelingen"),
    ("udviklingsvej", "udviklingsforløb"),
    ("start, drift", "start, gennemførelse"),
    ("velfaerd", "velfærd"),
    ("laering", "læring"),
    ("give ord på", "sætte ord på"),
    ("one-to-one", "jeres faste møder"),
    ("omgangskreds", "kolleger"),
    ("støtte op", "bakke op om"),
    ("arbejder fra sekretariatet", "sidder i sekretariatet"),
    ("i lille skala", "i det små"),
];

/// Whether `needle` occurs in `text` at the start of a word ("deling" is not in "videndeling").
fn starts_a_word_in(text: &str, needle: &str) -> bool {
    text.match_indices(needle).any(|(i, _)| {
        !text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn the_danish_texts_use_one_term_per_concept() {
    let c = shipped();
    for (what, t) in all_texts(&c) {
        let da = t.da.to_lowercase();
        for (old, new) in RETIRED_DANISH {
            assert!(
                !starts_a_word_in(&da, old),
                "{what} says «{old}»; write «{new}»: {}",
                t.da
            );
        }
        // The secretariat has its full name, or the short name in lower case.
        for (i, _) in t.da.match_indices("Sekretariatet") {
            assert!(
                t.da[i..].starts_with("Sekretariatet for Netværksstrukturen"),
                "{what} shortens the secretariat with a capital S: {}",
                t.da
            );
        }
    }
}

#[test]
fn the_english_texts_use_one_term_per_concept() {
    let c = shipped();
    for (what, t) in all_texts(&c) {
        let en = t.en.to_lowercase();
        for (old, new) in [
            ("meeting sheet", "the brief"),
            ("work from the secretariat", "work at the Secretariat"),
            ("next review", "follow-up"),
        ] {
            assert!(
                !en.contains(old),
                "{what} says “{old}”; write “{new}”: {}",
                t.en
            );
        }
        // "Sparring" only as in "sparring partner"; otherwise a sounding board.
        assert_eq!(
            en.matches("sparring").count(),
            en.matches("sparring partner").count(),
            "{what}: {}",
            t.en
        );
    }
}

/// The texts of a pamphlet that the leader writes in their own voice (the role description
/// that comes from `roles.json` is a description, not the letter).
fn letter_texts(c: &Content, cp: Counterpart) -> Vec<&Text> {
    let p = c.pamphlet(cp).unwrap();
    let mut out = vec![&p.title, &p.intro, &p.purpose, &p.closing];
    out.extend(p.suggested_topics.iter());
    out.extend(p.questions.iter());
    out
}

#[test]
fn the_pamphlets_speak_as_the_leader_in_the_first_person() {
    let c = shipped();
    for cp in Counterpart::ALL {
        let p = c.pamphlet(cp).unwrap();
        assert!(
            p.intro.da.starts_with("Jeg ") || p.intro.da.contains(" jeg "),
            "{cp}: {}",
            p.intro.da
        );
        assert!(p.intro.en.contains("I "), "{cp}: {}", p.intro.en);
        for t in letter_texts(&c, cp) {
            let words: Vec<&str> =
                t.da.split(|ch: char| !ch.is_alphanumeric() && ch != '-')
                    .collect();
            for third in [
                "medarbejderen",
                "medarbejderens",
                "netværkslederen",
                "netværkslederens",
                "I",
                "jeres",
            ] {
                assert!(!words.contains(&third), "{cp} says «{third}»: {}", t.da);
            }
            for third in ["the employee", "the network leader", "you meet"] {
                assert!(!t.en.contains(third), "{cp} says “{third}”: {}", t.en);
            }
        }
    }
}

#[test]
fn the_codriver_pamphlet_speaks_to_the_codriver_before_a_yes() {
    let c = shipped();
    let texts = letter_texts(&c, Counterpart::CoDriver);
    let da: Vec<&str> = texts.iter().map(|t| t.da.as_str()).collect();
    let en: Vec<&str> = texts.iter().map(|t| t.en.as_str()).collect();
    // The pamphlet itself says what is expected and that it is talked through at the meeting.
    assert!(
        da.iter().any(
            |t| t.contains("forventes at tage uddannelsen i netværksledelse")
                && t.contains("På mødet")
        ),
        "{da:#?}"
    );
    assert!(
        en.iter().any(
            |t| t.contains("expected to take the network-leadership education")
                && t.contains("At the meeting")
        ),
        "{en:#?}"
    );
    // It thanks for considering the role, not for a yes that has not been given.
    let closing = &c.pamphlet(Counterpart::CoDriver).unwrap().closing;
    assert!(!closing.da.contains("vil være med"), "{}", closing.da);
    assert!(!closing.en.contains("for joining"), "{}", closing.en);
    // The aid's paragraph on the education is also printed where the co-driver reads it, so it
    // speaks to neither of them.
    let path = &c.codriver_aid.development_path;
    for leader_only in [
        "din kommende co-driver",
        "siger ja til hinanden",
        "Tal om det",
    ] {
        assert!(!path.da.contains(leader_only), "{}", path.da);
    }
    assert!(!path.en.contains("your future co-driver"), "{}", path.en);
}

#[test]
fn an_exported_copy_loads_as_the_same_content() {
    let dir = exported();
    for name in FILE_NAMES {
        assert!(dir.path().join(name).is_file(), "{name}");
    }
    let from_dir = Content::load(Some(dir.path())).unwrap();
    assert_eq!(
        from_dir.source,
        ContentSource::Dir(dir.path().to_path_buf())
    );
    let embedded = shipped();
    assert_eq!(from_dir.courses, embedded.courses);
    assert_eq!(from_dir.question_sets, embedded.question_sets);
    assert_eq!(
        Content {
            source: ContentSource::Embedded,
            ..from_dir
        },
        embedded
    );
}

// ---------------------------------------------------------------------------------------------
// A broken organisation copy

#[test]
fn a_syntax_error_points_at_where_the_comma_is_missing() {
    let dir = exported();
    let (text, at_) = corrupt(
        dir.path(),
        "questions.json",
        "\"pl-tid-1\"",
        "\"pl-tid-1\",",
        "\"pl-tid-1\"",
    );
    let errors = errors_of(dir.path());
    assert_eq!(errors.len(), 1, "{errors}");
    let e = &errors.0[0];
    // serde stops at the next key, the opening quote of "topic".
    let next_key = at_ + text[at_..].find("\"topic\"").unwrap();
    assert_eq!(e.file, shown(dir.path(), "questions.json"));
    assert_eq!(at(e), position(&text, next_key));
    let shown = shown(dir.path(), "questions.json");
    let (line, column) = at(e);
    assert_eq!(
        e.message(Lang::Da),
        format!("{shown}:{line}:{column}: her mangler et komma (,) eller en afsluttende }}")
    );
    assert_eq!(
        e.message(Lang::En),
        format!("{shown}:{line}:{column}: a comma (,) or a closing }} is missing here")
    );
}

#[test]
fn a_duplicate_question_id_points_at_the_second_one_and_names_the_first() {
    let dir = exported();
    let (text, at_) = corrupt(
        dir.path(),
        "questions.json",
        "\"id\": \"pl-tid-2\"",
        "\"pl-tid-2\"",
        "\"pl-tid-1\"",
    );
    let errors = errors_of(dir.path());
    assert_eq!(errors.len(), 1, "{errors}");
    let e = find(&errors, &shown(dir.path(), "questions.json"), "pl-tid-1");
    assert_eq!(at(e), position(&text, at_));
    let first_line = position(&text, text.find("\"pl-tid-1\"").unwrap()).0;
    assert!(
        e.message(Lang::Da)
            .contains(&format!("allerede brugt i linje {first_line}")),
        "{e}"
    );
    assert!(
        e.message(Lang::En).contains(&format!(
            "the question id “pl-tid-1” is already used on line {first_line}"
        )),
        "{e}"
    );
}

#[test]
fn a_phase_of_zero_weeks_is_reported_at_its_weeks() {
    let dir = exported();
    let (text, at_) = corrupt(
        dir.path(),
        "courses.json",
        "\"id\": \"opdagelse\"",
        "\"weeks\": 4",
        "\"weeks\": 0",
    );
    let errors = errors_of(dir.path());
    assert_eq!(errors.len(), 1, "{errors}");
    let zero = at_ + "\"weeks\": ".len();
    let (line, column) = position(&text, zero);
    let file = shown(dir.path(), "courses.json");
    assert_eq!(
        errors.message(Lang::Da),
        format!(
            "{file}:{line}:{column}: fasen «opdagelse» varer 0 uger; en fase skal vare mindst én uge"
        )
    );
    assert_eq!(
        errors.message(Lang::En),
        format!(
            "{file}:{line}:{column}: the phase “opdagelse” lasts 0 weeks; a phase must last at least one week"
        )
    );
    // `Display` is the Danish message, for logs.
    assert_eq!(errors.to_string(), errors.message(Lang::Da));
    assert_eq!(
        errors.0[0].problem,
        ContentProblem::PhaseOfZeroWeeks {
            phase: "opdagelse".into()
        }
    );
}

#[test]
fn a_velfaerd_course_without_a_test_phase_is_reported() {
    let dir = exported();
    let (text, _) = corrupt(
        dir.path(),
        "courses.json",
        "\"id\": \"velfaerd\"",
        "\"kind\": \"test\"",
        "\"kind\": \"phase\"",
    );
    let errors = errors_of(dir.path());
    let file = shown(dir.path(), "courses.json");
    let velfaerd = text.find("\"id\": \"velfaerd\"").unwrap();

    let e = find(&errors, &file, "skal have én testfase");
    let phases = velfaerd + text[velfaerd..].find("\"phases\": [").unwrap() + "\"phases\": ".len();
    assert_eq!(at(e), position(&text, phases));
    assert!(e.message(Lang::Da).contains("«velfaerd»"), "{e}");
    assert!(
        e.message(Lang::En)
            .contains("the course “velfaerd” is for welfare networks and must have one test phase"),
        "{}",
        e.message(Lang::En)
    );

    // Its expected test start now refers to nothing, which is reported too.
    let e = find(&errors, &file, "men ingen testfase");
    let expected = velfaerd
        + text[velfaerd..]
            .find("\"expected_test_start_weeks\": 26")
            .unwrap()
        + "\"expected_test_start_weeks\": ".len();
    assert_eq!(at(e), position(&text, expected));
    assert_eq!(errors.len(), 2, "{errors}");
}

#[test]
fn a_missing_english_translation_points_at_the_text() {
    let dir = exported();
    let (roles, at_) = corrupt(
        dir.path(),
        "roles.json",
        "\"name\": {",
        "{\n        \"da\": \"Netværksleder\",\n        \"en\": \"Network leader\"\n      }",
        "{\n        \"da\": \"Netværksleder\"\n      }",
    );
    let (agreements, blank) = corrupt(
        dir.path(),
        "agreements.json",
        "\"Timer til netværket\"",
        "\"Hours for the network\"",
        "\"  \"",
    );
    let errors = errors_of(dir.path());
    assert_eq!(errors.len(), 2, "{errors}");

    let e = find(
        &errors,
        &shown(dir.path(), "roles.json"),
        "engelske oversættelse mangler",
    );
    assert_eq!(
        at(e),
        position(&roles, at_),
        "points at the text's opening brace"
    );

    assert!(
        e.message(Lang::En)
            .contains("the English translation is missing; add \"en\": \"…\" next to \"da\""),
        "{}",
        e.message(Lang::En)
    );

    let e = find(
        &errors,
        &shown(dir.path(), "agreements.json"),
        "den engelske tekst («en») er tom",
    );
    assert_eq!(at(e), position(&agreements, blank));
    assert!(
        e.message(Lang::En)
            .contains("the English text (“en”) is empty"),
        "{}",
        e.message(Lang::En)
    );
}

#[test]
fn a_missing_file_is_named_and_the_six_files_are_listed() {
    let dir = exported();
    fs::remove_file(dir.path().join("codriver.json")).unwrap();
    let errors = errors_of(dir.path());
    assert_eq!(errors.len(), 1, "{errors}");
    let e = &errors.0[0];
    assert_eq!(e.file, shown(dir.path(), "codriver.json"));
    assert_eq!(at(e), (1, 1));
    assert_eq!(e.problem, ContentProblem::FileMissing);
    let prefix = format!("{}:1:1: ", e.file);
    let da = e.message(Lang::Da);
    let en = e.message(Lang::En);
    assert!(da.starts_with(&format!("{prefix}filen mangler")), "{da}");
    assert!(
        en.starts_with(&format!("{prefix}the file is missing")),
        "{en}"
    );
    for name in FILE_NAMES {
        assert!(da.contains(name) && en.contains(name), "{da}\n{en}");
    }
}

#[test]
fn all_problems_are_reported_at_once_in_file_order() {
    let dir = exported();
    corrupt(
        dir.path(),
        "courses.json",
        "\"id\": \"opdagelse\"",
        "\"weeks\": 4",
        "\"weeks\": 0",
    );
    corrupt(
        dir.path(),
        "questions.json",
        "\"id\": \"cd-samarb-2\"",
        "\"cd-samarb-2\"",
        "\"cd-samarb-1\"",
    );
    corrupt(
        dir.path(),
        "questions.json",
        "\"id\": \"pl-tid-2\"",
        "\"pl-tid-2\"",
        "\"pl-tid-1\"",
    );
    fs::remove_file(dir.path().join("pamphlets.json")).unwrap();
    let errors = errors_of(dir.path());
    let files: Vec<PathBuf> = errors.iter().map(|e| PathBuf::from(&e.file)).collect();
    let expected: Vec<PathBuf> = [
        "pamphlets.json",
        "questions.json",
        "questions.json",
        "courses.json",
    ]
    .iter()
    .map(|f| dir.path().join(f))
    .collect();
    assert_eq!(files, expected, "{errors}");
    // One line per error, in either language.
    for lang in Lang::ALL {
        assert_eq!(errors.message(lang).lines().count(), 4);
    }
    assert!(errors.0[1].line < errors.0[2].line);
}

#[test]
fn unknown_and_misspelled_values_are_explained_in_danish() {
    let dir = exported();
    let (text, at_) = corrupt(
        dir.path(),
        "pamphlets.json",
        "\"counterpart\": \"referenceleder\"",
        "\"referenceleder\"",
        "\"referencelder\"",
    );
    let (courses, hours) = corrupt(
        dir.path(),
        "courses.json",
        "\"id\": \"fokusering\"",
        "\"hours_per_week\": 10.0",
        "\"hours_per_week\": \"10\"",
    );
    let errors = errors_of(dir.path());
    let e = find(
        &errors,
        &shown(dir.path(), "pamphlets.json"),
        "ukendt værdi «referencelder»",
    );
    assert_eq!(at(e), position(&text, at_));
    assert!(e.message(Lang::Da).contains("«referenceleder»"), "{e}");
    assert!(
        e.message(Lang::En)
            .contains("unknown value “referencelder”; use one of “personaleleder”, “referenceleder” or “co-driver”"),
        "{}",
        e.message(Lang::En)
    );
    let e = find(
        &errors,
        &shown(dir.path(), "courses.json"),
        "forventede et tal, men fandt teksten «10»; skriv tallet uden anførselstegn: 10",
    );
    assert!(
        e.message(Lang::En).ends_with(
            "expected a number, but found the text “10”; write the number without quotes: 10"
        ),
        "{}",
        e.message(Lang::En)
    );
    let value = hours + "\"hours_per_week\": ".len();
    assert_eq!(at(e), position(&courses, value));
    // The element that could not be read is not reported again as "missing".
    assert_eq!(errors.len(), 2, "{errors}");
}

#[test]
fn the_folder_itself_must_exist() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("ingen");
    let errors = Content::load(Some(&missing)).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(errors.0[0].message(Lang::Da).contains("mappen findes ikke"));
    assert!(
        errors.0[0]
            .message(Lang::En)
            .contains("the folder does not exist")
    );
}

#[test]
fn a_broken_copy_is_reported_in_english_with_the_same_positions() {
    let dir = exported();
    corrupt(
        dir.path(),
        "roles.json",
        "\"id\": \"personaleleder\"",
        "\"personaleleder\"",
        "\"netvaerksleder\"",
    );
    corrupt(
        dir.path(),
        "codriver.json",
        "\"id\": \"fagfaglig\"",
        "\"fagfaglig\"",
        "\"fag faglig\"",
    );
    corrupt(
        dir.path(),
        "courses.json",
        "\"id\": \"opdagelse\"",
        "\"weeks\": 4",
        "\"weeks\": 0",
    );
    let errors = errors_of(dir.path());
    assert!(errors.len() >= 3, "{errors}");
    for e in &errors {
        let prefix = format!("{}:{}:{}: ", e.file, e.line, e.column);
        let da = e.message(Lang::Da);
        let en = e.message(Lang::En);
        assert!(
            da.starts_with(&prefix) && en.starts_with(&prefix),
            "{da}\n{en}"
        );
        assert!(!da.contains('\n') && !en.contains('\n'), "{da}\n{en}");
        assert!(!en.contains(['«', '»']), "Danish quotes in English: {en}");
        assert!(!da.contains(['“', '”']), "English quotes in Danish: {da}");
        assert_ne!(da, en);
    }
    let english = errors.message(Lang::En);
    for expected in [
        "the role “netvaerksleder” appears twice",
        "the role “personaleleder” is missing",
        "the id “fag faglig” must not contain spaces; use hyphens, e.g. “fag-faglig”",
        "the phase “opdagelse” lasts 0 weeks",
    ] {
        assert!(english.contains(expected), "no {expected:?} in:\n{english}");
    }
}

// ---------------------------------------------------------------------------------------------
// Follow-up questions

#[test]
fn every_counterpart_has_four_to_six_follow_up_questions_in_both_languages() {
    let c = shipped();
    for cp in Counterpart::ALL {
        assert!(c.has_follow_up_questions(cp), "{cp}");
        let follow_up = c.questions_for(cp, true);
        assert!(
            (4..=6).contains(&follow_up.len()),
            "{cp}: {}",
            follow_up.len()
        );
        for q in follow_up {
            assert!(!q.text.da.trim().is_empty() && !q.text.en.trim().is_empty());
            assert!(
                !c.questions(cp).iter().any(|first| first.id == q.id),
                "{}: a follow-up question is not a first-meeting question",
                q.id
            );
        }
        assert_eq!(c.questions_for(cp, false), c.questions(cp));
    }
    let topics: Vec<&str> = c
        .questions_for(Counterpart::Personaleleder, true)
        .iter()
        .map(|q| q.topic.da.as_str())
        .collect();
    for topic in ["Tidsforbrug", "Samarbejdet", "Næste fase"] {
        assert!(topics.contains(&topic), "no {topic} in {topics:?}");
    }
}

#[test]
fn content_without_follow_up_sets_stays_valid_and_asks_the_first_questions_again() {
    let dir = exported();
    let mut value: serde_json::Value =
        serde_json::from_str(&read(dir.path(), "questions.json")).unwrap();
    value["question_sets"]
        .as_array_mut()
        .unwrap()
        .retain(|s| s.get("follow_up").is_none());
    fs::write(
        dir.path().join("questions.json"),
        serde_json::to_string_pretty(&value).unwrap(),
    )
    .unwrap();
    let c = Content::from_dir(dir.path()).expect("an older content folder is still valid");
    for cp in Counterpart::ALL {
        assert!(!c.has_follow_up_questions(cp));
        assert_eq!(c.questions_for(cp, true), c.questions(cp));
    }
}

#[test]
fn a_second_follow_up_set_for_a_counterpart_is_reported() {
    let dir = exported();
    let (text, at_) = corrupt(
        dir.path(),
        "questions.json",
        "\"counterpart\": \"referenceleder\",\n      \"follow_up\": true",
        "\"referenceleder\"",
        "\"personaleleder\"",
    );
    let errors = errors_of(dir.path());
    let e = find(
        &errors,
        &shown(dir.path(), "questions.json"),
        "to sæt opfølgningsspørgsmål",
    );
    assert_eq!(at(e), position(&text, at_));
    assert!(
        e.message(Lang::En)
            .contains("two sets of follow-up questions (“follow_up”: true) for “personaleleder”"),
        "{e}"
    );
}

#[test]
fn a_follow_up_question_id_used_in_a_first_set_is_reported() {
    let dir = exported();
    corrupt(
        dir.path(),
        "questions.json",
        "\"id\": \"pl-opf-tid-1\"",
        "\"pl-opf-tid-1\"",
        "\"pl-tid-1\"",
    );
    let errors = errors_of(dir.path());
    find(
        &errors,
        &shown(dir.path(), "questions.json"),
        "«pl-tid-1» er allerede brugt",
    );
}
