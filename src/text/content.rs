//! What is wrong with an organisation's content folder, said for the person who edits it: each
//! message says what is wrong and what to do about it, after `file:line:column:`. The problems
//! are plain data ([`ContentProblem`]); ids and keys from the files are quoted through
//! [`from_file`], the one sanitiser.

use crate::content::{
    BadHours, ContentError, ContentProblem, ExportError, FILE_NAMES, Item, PerCounterpart,
};
use crate::vocab::Counterpart;

use super::Lang;
use super::common::network_type;
use super::error::{from_file, json_detail};
use super::format::escaped;

messages! {
    located(file: &str, line: usize, column: usize, problem: &str) =
        "{file}:{line}:{column}: {problem}", "{file}:{line}:{column}: {problem}";

    NO_SUCH_FOLDER =
        "mappen findes ikke; angiv en mappe med de seks indholdsfiler, eller lav en med «mandat content export MAPPE»",
        "the folder does not exist; give a folder with the six content files, or make one with “mandat content export FOLDER”";
    NOT_A_FOLDER =
        "er en fil, ikke en mappe; angiv mappen med de seks indholdsfiler",
        "is a file, not a folder; give the folder with the six content files";
    file_missing(files: &str) =
        "filen mangler; en organisations indholdsmappe skal have alle seks filer ({files}). Lav en komplet kopi at rette i med «mandat content export MAPPE»",
        "the file is missing; an organisation's content folder must have all six files ({files}). Make a complete copy to edit with “mandat content export FOLDER”";
    FILE_IS_A_FOLDER =
        "er en mappe, men skal være en fil; læg indholdsfilen her i stedet",
        "is a folder, but must be a file; put the content file here instead";
    too_large(max_mb: u64) =
        "filen er større end {max_mb} MB; en indholdsfil fylder normalt under 100 kB – er det den rigtige fil?",
        "the file is larger than {max_mb} MB; a content file is normally under 100 kB – is it the right file?";
    NOT_UTF8 =
        "filen er ikke gemt som UTF-8 (her står et tegn, der ikke kan læses); gem filen som UTF-8 i din editor",
        "the file is not saved as UTF-8 (a character here cannot be read); save the file as UTF-8 in your editor";
    NO_ACCESS =
        "du har ikke adgang til at læse filen; tjek filens rettigheder",
        "you do not have access to read the file; check the file's permissions";
    cannot_read(reason: &str) =
        "filen kan ikke læses ({reason})", "the file cannot be read ({reason})";
    INCOMPLETE = "teksterne kunne ikke læses", "the texts could not be read";
    would_overwrite(path: &str) =
        "{path} findes allerede; vælg en tom mappe, så dine egne tekster ikke bliver overskrevet",
        "{path} already exists; choose an empty folder, so your own texts are not overwritten";
    cannot_write(path: &str, reason: &str) =
        "kan ikke gemme {path} ({reason})", "cannot save {path} ({reason})";

    NOT_JSON =
        "filen kunne ikke læses som JSON; tjek, at den er gemt som almindelig tekst",
        "the file could not be read as JSON; check that it is saved as plain text";
    not_an_object(main: &str) =
        "filen skal indeholde et JSON-objekt, der begynder med {{ og har feltet «{main}»",
        "the file must hold a JSON object that begins with {{ and has the field “{main}”";
    unknown_top_field(key: &str, main: &str) =
        "ukendt felt «{key}» øverst i filen; her må kun stå «about» og «{main}». Ret stavningen eller slet feltet",
        "unknown field “{key}” at the top of the file; only “about” and “{main}” may be here. Correct the spelling or delete the field";
    missing_main(main: &str) =
        "feltet «{main}» mangler; det er det, filen skal indeholde",
        "the field “{main}” is missing; it is what the file is for";
    EMPTY_ABOUT =
        "«about» er tom; skriv en kort forklaring eller slet feltet",
        "“about” is empty; write a short explanation or delete the field";
    ABOUT_SHAPE =
        "«about» skal være en tekst i anførselstegn eller {\"da\": \"…\", \"en\": \"…\"}",
        "“about” must be a text in double quotes or {\"da\": \"…\", \"en\": \"…\"}";
    not_a_list(key: &str) = "«{key}» skal være en liste: [ … ]", "“{key}” must be a list: [ … ]";
    EMPTY_DANISH =
        "den danske tekst («da») er tom; skriv teksten på dansk",
        "the Danish text (“da”) is empty; write the text in Danish";
    EMPTY_ENGLISH =
        "den engelske tekst («en») er tom; skriv en oversættelse til engelsk",
        "the English text (“en”) is empty; write an English translation";

    THE_QUESTION = "spørgsmålet", "the question";
    THE_PROFILE = "profilen", "the profile";
    THE_FIELD = "feltet", "the field";
    THE_COURSE = "forløbet", "the course";
    THE_PHASE = "fasen", "the phase";
    empty_id(item: &str) =
        "{item} har et tomt id; skriv et kort id uden mellemrum, fx «pl-tid-1»",
        "{item} has an empty id; write a short id without spaces, e.g. “pl-tid-1”";
    id_with_spaces(id: &str, suggestion: &str) =
        "id'et «{id}» må ikke indeholde mellemrum; brug bindestreger, fx «{suggestion}»",
        "the id “{id}” must not contain spaces; use hyphens, e.g. “{suggestion}”";
    duplicate_question_id(id: &str, first_line: usize) =
        "spørgsmåls-id'et «{id}» er allerede brugt i linje {first_line}; giv hvert spørgsmål sit eget id, for svarene gemmes under det",
        "the question id “{id}” is already used on line {first_line}; give each question its own id, because the answers are saved under it";
    duplicate_profile_id(id: &str, first_line: usize) =
        "profil-id'et «{id}» er allerede brugt i linje {first_line}; giv hver profil sit eget id",
        "the profile id “{id}” is already used on line {first_line}; give each profile its own id";
    duplicate_field_id(id: &str, first_line: usize) =
        "felt-id'et «{id}» er allerede brugt i linje {first_line} i samme skabelon; giv hvert felt sit eget id, for aftalerne gemmes under det",
        "the field id “{id}” is already used on line {first_line} in the same template; give each field its own id, because the agreements are saved under it";
    duplicate_course_id(id: &str, first_line: usize) =
        "forløbs-id'et «{id}» er allerede brugt i linje {first_line}; giv hvert forløb sit eget id",
        "the course id “{id}” is already used on line {first_line}; give each course its own id";
    duplicate_phase_id(id: &str, first_line: usize) =
        "fase-id'et «{id}» er allerede brugt i linje {first_line} i samme forløb; giv hver fase sit eget id",
        "the phase id “{id}” is already used on line {first_line} in the same course; give each phase its own id";

    duplicate_role(role: &str, first_line: usize) =
        "rollen «{role}» står to gange (første gang i linje {first_line}); slet den ene",
        "the role “{role}” appears twice (first on line {first_line}); delete one of them";
    missing_role(role: &str) =
        "rollen «{role}» mangler; filen skal beskrive alle fire roller: netvaerksleder, personaleleder, referenceleder og co-driver",
        "the role “{role}” is missing; the file must describe all four roles: netvaerksleder, personaleleder, referenceleder and co-driver";
    role_without_duties(role: &str) =
        "rollen «{role}» har ingen opgaver; skriv mindst én opgave i «duties»",
        "the role “{role}” has no duties; write at least one duty in “duties”";

    two_pamphlets(counterpart: &str, first_line: usize) =
        "der er to pjecer til «{counterpart}» (den første i linje {first_line}); slet den ene",
        "there are two pamphlets for “{counterpart}” (the first on line {first_line}); delete one of them";
    two_question_sets(counterpart: &str, first_line: usize) =
        "der er to spørgsmålssæt til «{counterpart}» (det første i linje {first_line}); slet det ene",
        "there are two question sets for “{counterpart}” (the first on line {first_line}); delete one of them";
    two_agreement_templates(counterpart: &str, first_line: usize) =
        "der er to aftaleskabeloner til «{counterpart}» (den første i linje {first_line}); slet den ene",
        "there are two agreement templates for “{counterpart}” (the first on line {first_line}); delete one of them";
    two_follow_up_question_sets(counterpart: &str, first_line: usize) =
        "der er to sæt opfølgningsspørgsmål («follow_up»: true) til «{counterpart}» (det første i linje {first_line}); slet det ene",
        "there are two sets of follow-up questions (“follow_up”: true) for “{counterpart}” (the first on line {first_line}); delete one of them";
    no_follow_up_question_set(counterpart: &str) =
        "der mangler et sæt opfølgningsspørgsmål til «{counterpart}»; tilføj et med \"counterpart\": \"{counterpart}\" og \"follow_up\": true",
        "the follow-up questions for “{counterpart}” are missing; add a set with \"counterpart\": \"{counterpart}\" and \"follow_up\": true";
    no_pamphlet(counterpart: &str) =
        "der mangler en pjece til «{counterpart}»; tilføj en med \"counterpart\": \"{counterpart}\"",
        "the pamphlet for “{counterpart}” is missing; add one with \"counterpart\": \"{counterpart}\"";
    no_question_set(counterpart: &str) =
        "der mangler et spørgsmålssæt til «{counterpart}»; tilføj et med \"counterpart\": \"{counterpart}\"",
        "the question set for “{counterpart}” is missing; add one with \"counterpart\": \"{counterpart}\"";
    no_agreement_template(counterpart: &str) =
        "der mangler en aftaleskabelon til «{counterpart}»; tilføj en med \"counterpart\": \"{counterpart}\"",
        "the agreement template for “{counterpart}” is missing; add one with \"counterpart\": \"{counterpart}\"";
    question_set_without_questions(counterpart: &str) =
        "spørgsmålssættet til «{counterpart}» har ingen spørgsmål; skriv mindst ét",
        "the question set for “{counterpart}” has no questions; write at least one";
    template_without_fields(counterpart: &str) =
        "aftaleskabelonen til «{counterpart}» har ingen felter; skriv mindst ét i «fields»",
        "the agreement template for “{counterpart}” has no fields; write at least one in “fields”";
    NO_PROFILES =
        "der er ingen co-driver-profiler; skriv mindst én i «profiles»",
        "there are no co-driver profiles; write at least one in “profiles”";

    NO_COURSES =
        "der er ingen forløb; skriv mindst ét forløb for hver netværkstype",
        "there are no courses; write at least one course for each network type";
    no_course_for_type(network: &str, id: &str) =
        "der er intet forløb til {network} (\"network_type\": \"{id}\"); tilføj et",
        "there is no course for {network}s (\"network_type\": \"{id}\"); add one";
    course_without_phases(course: &str) =
        "forløbet «{course}» har ingen faser; skriv mindst én fase i «phases»",
        "the course “{course}” has no phases; write at least one phase in “phases”";
    course_without_test_phase(course: &str, network: &str) =
        "forløbet «{course}» er til et {network} og skal have én testfase, men har ingen; skriv \"kind\": \"test\" på den fase, hvor løsningerne afprøves",
        "the course “{course}” is for {network}s and must have one test phase, but has none; write \"kind\": \"test\" on the phase where the solutions are tried out";
    more_than_one_test_phase(course: &str) =
        "forløbet «{course}» har mere end én testfase; kun én fase må have \"kind\": \"test\"",
        "the course “{course}” has more than one test phase; only one phase may have \"kind\": \"test\"";
    MORE_THAN_ONE_TEST_PHASE =
        "forløbet har mere end én testfase; kun én fase må have \"kind\": \"test\"",
        "the course has more than one test phase; only one phase may have \"kind\": \"test\"";
    test_start_without_test_phase(course: &str, weeks: u32) =
        "forløbet «{course}» har en forventet teststart (uge {weeks}), men ingen testfase; slet «expected_test_start_weeks» eller tilføj en fase med \"kind\": \"test\"",
        "the course “{course}” has an expected test start (week {weeks}), but no test phase; delete “expected_test_start_weeks” or add a phase with \"kind\": \"test\"";
    TEST_START_AT_WEEK_ZERO =
        "den forventede teststart skal være mindst uge 1; skriv antallet af uger fra forløbets start",
        "the expected test start must be at least week 1; write the number of weeks from the start of the course";
    phase_of_zero_weeks(phase: &str) =
        "fasen «{phase}» varer 0 uger; en fase skal vare mindst én uge",
        "the phase “{phase}” lasts 0 weeks; a phase must last at least one week";
    empty_hours_profile(phase: &str) =
        "timeprofilen for fasen «{phase}» er tom; skriv timerne for hver uge, fx [14, 8, 8, 14], eller slet «hours_profile»",
        "the hours profile of the phase “{phase}” is empty; write the hours for each week, e.g. [14, 8, 8, 14], or delete “hours_profile”";
    the_phase(phase: &str) = "fasen «{phase}»", "the phase “{phase}”";
    week_of_profile(week: usize, phase: &str) =
        "uge {week} i timeprofilen for fasen «{phase}»",
        "week {week} of the hours profile of the phase “{phase}”";
    hours_not_a_number(subject: &str) =
        "{subject} har et ugyldigt timetal; skriv et almindeligt tal, fx 8",
        "{subject} has an invalid number of hours; write an ordinary number, e.g. 8";
    hours_negative(subject: &str, hours: &str) =
        "{subject} har et negativt timetal ({hours}); skriv 0 eller flere timer om ugen",
        "{subject} has a negative number of hours ({hours}); write 0 or more hours a week";
    hours_beyond_a_week(subject: &str, hours: &str) =
        "{subject} har {hours} timer om ugen, men en uge har kun 168 timer; skriv timer pr. uge",
        "{subject} has {hours} hours a week, but a week has only 168 hours; write hours per week";
}

/// `file:line:column: what is wrong`, on one line.
pub fn content_error(lang: Lang, e: &ContentError) -> String {
    located(
        lang,
        &shown_path(&e.file),
        e.line,
        e.column,
        &problem(lang, &e.problem),
    )
}

/// What is wrong, and what to do about it, in one phrase.
pub fn problem(lang: Lang, p: &ContentProblem) -> String {
    use ContentProblem as P;
    match p {
        P::NoSuchFolder => NO_SUCH_FOLDER.get(lang).into(),
        P::NotAFolder => NOT_A_FOLDER.get(lang).into(),
        P::FileMissing => file_missing(lang, &FILE_NAMES.join(", ")),
        P::FileIsAFolder => FILE_IS_A_FOLDER.get(lang).into(),
        P::TooLarge { max_mb } => too_large(lang, *max_mb),
        P::NotUtf8 => NOT_UTF8.get(lang).into(),
        P::NoAccess => NO_ACCESS.get(lang).into(),
        P::CannotRead { reason } => cannot_read(lang, &from_file(reason)),
        P::Incomplete => INCOMPLETE.get(lang).into(),
        P::Json(detail) => json_detail(lang, detail),
        P::NotJson => NOT_JSON.get(lang).into(),
        P::NotAnObject { main } => not_an_object(lang, main),
        P::UnknownTopField { key, main } => unknown_top_field(lang, &from_file(key), main),
        P::MissingMain { main } => missing_main(lang, main),
        P::EmptyAbout => EMPTY_ABOUT.get(lang).into(),
        P::AboutShape => ABOUT_SHAPE.get(lang).into(),
        P::NotAList { key } => not_a_list(lang, key),
        P::EmptyTranslation(text) => empty_translation(*text).get(lang).into(),
        P::EmptyId(item) => empty_id(lang, the_item(*item).get(lang)),
        P::IdWithSpaces { id, suggestion } => {
            id_with_spaces(lang, &from_file(id), &from_file(suggestion))
        }
        P::DuplicateId {
            item,
            id,
            first_line,
        } => duplicate_id(lang, *item, &from_file(id), *first_line),
        P::DuplicateRole { role, first_line } => duplicate_role(lang, role.id(), *first_line),
        P::MissingRole(role) => missing_role(lang, role.id()),
        P::RoleWithoutDuties(role) => role_without_duties(lang, role.id()),
        P::TwoForCounterpart {
            kind,
            counterpart,
            first_line,
        } => two_for_counterpart(lang, *kind, *counterpart, *first_line),
        P::NoneForCounterpart { kind, counterpart } => {
            none_for_counterpart(lang, *kind, *counterpart)
        }
        P::QuestionSetWithoutQuestions(c) => question_set_without_questions(lang, c.id()),
        P::TemplateWithoutFields(c) => template_without_fields(lang, c.id()),
        P::NoProfiles => NO_PROFILES.get(lang).into(),
        P::NoCourses => NO_COURSES.get(lang).into(),
        P::NoCourseForType(t) => no_course_for_type(lang, network_type(lang, *t), t.id()),
        P::CourseWithoutPhases { course } => course_without_phases(lang, &from_file(course)),
        P::CourseWithoutTestPhase {
            course,
            network_type: t,
        } => course_without_test_phase(lang, &from_file(course), network_type(lang, *t)),
        P::MoreThanOneTestPhase { course: Some(c) } => {
            more_than_one_test_phase(lang, &from_file(c))
        }
        P::MoreThanOneTestPhase { course: None } => MORE_THAN_ONE_TEST_PHASE.get(lang).into(),
        P::TestStartWithoutTestPhase { course, weeks } => {
            test_start_without_test_phase(lang, &from_file(course), *weeks)
        }
        P::TestStartAtWeekZero => TEST_START_AT_WEEK_ZERO.get(lang).into(),
        P::PhaseOfZeroWeeks { phase } => phase_of_zero_weeks(lang, &from_file(phase)),
        P::EmptyHoursProfile { phase } => empty_hours_profile(lang, &from_file(phase)),
        P::BadHours { phase, week, hours } => bad_hours(lang, phase, *week, hours),
    }
}

/// Which text is blank: `text` is the language of the text in the file, not the language
/// the message is in.
fn empty_translation(text: Lang) -> super::Msg {
    if text == Lang::Da {
        EMPTY_DANISH
    } else {
        EMPTY_ENGLISH
    }
}

fn the_item(item: Item) -> super::Msg {
    match item {
        Item::Question => THE_QUESTION,
        Item::Profile => THE_PROFILE,
        Item::AgreementField => THE_FIELD,
        Item::Course => THE_COURSE,
        Item::Phase => THE_PHASE,
    }
}

fn duplicate_id(lang: Lang, item: Item, id: &str, first_line: usize) -> String {
    let message = match item {
        Item::Question => duplicate_question_id,
        Item::Profile => duplicate_profile_id,
        Item::AgreementField => duplicate_field_id,
        Item::Course => duplicate_course_id,
        Item::Phase => duplicate_phase_id,
    };
    message(lang, id, first_line)
}

fn two_for_counterpart(
    lang: Lang,
    kind: PerCounterpart,
    c: Counterpart,
    first_line: usize,
) -> String {
    let message = match kind {
        PerCounterpart::Pamphlet => two_pamphlets,
        PerCounterpart::QuestionSet => two_question_sets,
        PerCounterpart::FollowUpQuestionSet => two_follow_up_question_sets,
        PerCounterpart::AgreementTemplate => two_agreement_templates,
    };
    message(lang, c.id(), first_line)
}

fn none_for_counterpart(lang: Lang, kind: PerCounterpart, c: Counterpart) -> String {
    let message = match kind {
        PerCounterpart::Pamphlet => no_pamphlet,
        PerCounterpart::QuestionSet => no_question_set,
        PerCounterpart::FollowUpQuestionSet => no_follow_up_question_set,
        PerCounterpart::AgreementTemplate => no_agreement_template,
    };
    message(lang, c.id())
}

/// "fasen «p» har et negativt timetal (-2); …", or the same about one week of its profile.
fn bad_hours(lang: Lang, phase: &str, week: Option<usize>, hours: &BadHours) -> String {
    let phase = from_file(phase);
    let subject = match week {
        Some(week) => week_of_profile(lang, week, &phase),
        None => the_phase(lang, &phase),
    };
    match hours {
        BadHours::NotANumber => hours_not_a_number(lang, &subject),
        BadHours::Negative(h) => hours_negative(lang, &subject, h),
        BadHours::MoreThanAWeek(h) => hours_beyond_a_week(lang, &subject, h),
    }
}

/// Why the built-in files could not be written to a folder, in one line.
pub fn export_error(lang: Lang, e: &ExportError) -> String {
    match e {
        ExportError::WouldOverwrite(path) => {
            would_overwrite(lang, &shown_path(&path.display().to_string()))
        }
        ExportError::Io { path, source } => cannot_write(
            lang,
            &shown_path(&path.display().to_string()),
            &from_file(&source.to_string()),
        ),
    }
}

/// A path in a message. It is the user's own, so it is never cut; it is escaped all the same,
/// so nothing in a file name can steer the terminal.
fn shown_path(path: &str) -> String {
    escaped(path, usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::RoleId;
    use crate::json_error::JsonDetail;
    use crate::vocab::NetworkType;

    const HOSTILE: &str = "\u{1b}[2J\u{202e}id\nx";

    /// One of each problem, quoting a hostile value wherever a value from the file is quoted.
    fn every_problem() -> Vec<ContentProblem> {
        use ContentProblem as P;
        let s = || HOSTILE.to_string();
        vec![
            P::NoSuchFolder,
            P::NotAFolder,
            P::FileMissing,
            P::FileIsAFolder,
            P::TooLarge { max_mb: 10 },
            P::NotUtf8,
            P::NoAccess,
            P::CannotRead { reason: s() },
            P::Incomplete,
            P::Json(JsonDetail::UnknownVariant {
                value: s(),
                expected: "`a` or `b`".into(),
            }),
            P::NotJson,
            P::NotAnObject { main: "courses" },
            P::UnknownTopField {
                key: s(),
                main: "courses",
            },
            P::MissingMain { main: "courses" },
            P::EmptyAbout,
            P::AboutShape,
            P::NotAList { key: "courses" },
            P::EmptyTranslation(Lang::Da),
            P::EmptyTranslation(Lang::En),
            P::EmptyId(Item::Phase),
            P::IdWithSpaces {
                id: s(),
                suggestion: s(),
            },
            P::DuplicateId {
                item: Item::Question,
                id: s(),
                first_line: 3,
            },
            P::DuplicateRole {
                role: RoleId::CoDriver,
                first_line: 3,
            },
            P::MissingRole(RoleId::Netvaerksleder),
            P::RoleWithoutDuties(RoleId::Personaleleder),
            P::TwoForCounterpart {
                kind: PerCounterpart::QuestionSet,
                counterpart: Counterpart::CoDriver,
                first_line: 3,
            },
            P::NoneForCounterpart {
                kind: PerCounterpart::Pamphlet,
                counterpart: Counterpart::Referenceleder,
            },
            P::QuestionSetWithoutQuestions(Counterpart::Personaleleder),
            P::TemplateWithoutFields(Counterpart::Personaleleder),
            P::NoProfiles,
            P::NoCourses,
            P::NoCourseForType(NetworkType::Innovation),
            P::CourseWithoutPhases { course: s() },
            P::CourseWithoutTestPhase {
                course: s(),
                network_type: NetworkType::Velfaerd,
            },
            P::MoreThanOneTestPhase { course: Some(s()) },
            P::MoreThanOneTestPhase { course: None },
            P::TestStartWithoutTestPhase {
                course: s(),
                weeks: 26,
            },
            P::TestStartAtWeekZero,
            P::PhaseOfZeroWeeks { phase: s() },
            P::EmptyHoursProfile { phase: s() },
            P::BadHours {
                phase: s(),
                week: Some(2),
                hours: BadHours::Negative("-2".into()),
            },
        ]
    }

    #[test]
    fn every_problem_is_one_safe_line_in_each_language() {
        for p in every_problem() {
            let e = ContentError::new("indhold/courses.json", (4, 7), p);
            let da = content_error(Lang::Da, &e);
            let en = content_error(Lang::En, &e);
            for m in [&da, &en] {
                assert!(m.starts_with("indhold/courses.json:4:7: "), "{m}");
                assert!(!m.contains(['\n', '\u{1b}', '\u{202e}']), "{m:?}");
            }
            assert_ne!(da, en, "{:?} reads the same in both languages", e.problem);
        }
    }

    #[test]
    fn network_types_are_named_from_the_common_words() {
        let p = ContentProblem::NoCourseForType(NetworkType::Laering);
        assert_eq!(
            problem(Lang::Da, &p),
            "der er intet forløb til læringsnetværk (\"network_type\": \"laering\"); tilføj et"
        );
        assert_eq!(
            problem(Lang::En, &p),
            "there is no course for learning networks (\"network_type\": \"laering\"); add one"
        );
    }

    #[test]
    fn hours_are_said_about_the_phase_or_one_week_of_its_profile() {
        let p = ContentProblem::BadHours {
            phase: "test".into(),
            week: Some(3),
            hours: BadHours::MoreThanAWeek("200".into()),
        };
        assert_eq!(
            problem(Lang::En, &p),
            "week 3 of the hours profile of the phase “test” has 200 hours a week, but a week has \
             only 168 hours; write hours per week"
        );
        let p = ContentProblem::BadHours {
            phase: "test".into(),
            week: None,
            hours: BadHours::NotANumber,
        };
        assert!(problem(Lang::Da, &p).starts_with("fasen «test» har et ugyldigt timetal"));
    }
}
