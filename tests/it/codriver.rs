//! The co-driver finding aid on paper (issue 12): the worksheet in every format, the section on
//! the co-driver's brief, and `mandat codriver` — which only reads, so `--file` works too.

use mandat::content::Content;
use mandat::export::{self, DocFormat};
use mandat::model::Workspace;
use mandat::store;
use mandat::vocab::Lang;

use super::support::*;

fn content() -> Content {
    Content::embedded().expect("the built-in content loads")
}

/// The demo network with three candidates noted the way a leader would, the second one chosen.
pub fn workspace_with_three_candidates() -> Workspace {
    let mut ws = store::load_file(&demo()).expect("the demo reads");
    let meeting = ws
        .meetings
        .iter_mut()
        .find(|m| m.id == "co-driver-1")
        .expect("a co-driver meeting");
    meeting.person_name.clear();
    let aid = &mut ws.codriver_aid;
    let birgit = aid.add("Birgit Ørum").id.clone();
    let ahmed = aid.add("Ahmed Yilmaz").id.clone();
    let carl = aid.add("Carl-Emil Sørensen").id.clone();
    // (candidate, profiles fitted, general note, notes as (profile, question number, text))
    type Notes<'a> = &'a [(&'a str, usize, &'a str)];
    let notes: [(&str, &[&str], &str, Notes); 3] = [
        (
            &birgit,
            &["fagfaglig", "strategisk"],
            "Sygeplejerske på plejecenter Solgården i 12 år. Kender de ældres hverdag og personalet godt.",
            &[
                (
                    "fagfaglig",
                    2,
                    "Ja – hun ser hurtigt, om en idé kan bruges i en travl vagt.",
                ),
                (
                    "fagfaglig",
                    3,
                    "Lidt skeptisk over for nyt, men åben, når hun bliver spurgt.",
                ),
                (
                    "strategisk",
                    1,
                    "Hendes afdeling skal bruge løsningerne bagefter.",
                ),
                (
                    "strategisk",
                    3,
                    "Lederen vil gerne give hende tid; skal aftales skriftligt.",
                ),
            ],
        ),
        (
            &ahmed,
            &["supplerende", "netvaerkslederprofil"],
            "Projektleder i Digitalisering. Struktureret og god til at holde styr på mange tråde.",
            &[
                (
                    "supplerende",
                    1,
                    "Jeg er mindst tryg ved planlægning og opfølgning – det er hans styrke.",
                ),
                (
                    "supplerende",
                    3,
                    "Vi har arbejdet sammen før, og det gik godt, selv om vi er meget forskellige.",
                ),
                (
                    "netvaerkslederprofil",
                    1,
                    "Netværket mangler den strukturerede – det er ham.",
                ),
                (
                    "netvaerkslederprofil",
                    4,
                    "Ja, han har selv spurgt til uddannelsen i netværksledelse.",
                ),
            ],
        ),
        (
            &carl,
            &["netvaerkslederprofil"],
            "Ergoterapeut i hjemmeplejen, nysgerrig og spørger altid «hvorfor».",
            &[
                (
                    "netvaerkslederprofil",
                    3,
                    "Viser nysgerrighed hver dag på teammøderne.",
                ),
                ("fagfaglig", 1, "Ved mere om hjælpemidler end jeg gør."),
            ],
        ),
    ];
    for (id, profiles, note, question_notes) in notes {
        let c = aid.candidate_mut(id).expect("just added");
        for p in profiles {
            c.toggle_profile(p);
        }
        c.note = note.to_string();
        for (profile, n, text) in question_notes {
            c.set_note(profile, *n, text);
        }
    }
    ws.choose_codriver(&ahmed).expect("Ahmed is a candidate");
    ws
}

fn assert_fits_80_columns(text: &str) {
    use unicode_width::UnicodeWidthStr;
    for line in text.lines() {
        assert!(line.width() <= 80, "{} columns: {line}", line.width());
    }
}

#[test]
fn golden_worksheet_with_three_candidates_in_every_format() {
    let (ws, c) = (workspace_with_three_candidates(), content());
    for (f, name) in [
        (DocFormat::Text, "txt"),
        (DocFormat::Md, "md"),
        (DocFormat::Html, "html"),
    ] {
        let out = export::codriver::render(&ws, &c, Lang::Da, f);
        insta::assert_snapshot!(format!("worksheet-{name}"), out);
    }
    let english = export::codriver::render(&ws, &c, Lang::En, DocFormat::Text);
    insta::assert_snapshot!("worksheet-en-txt", english);
}

#[test]
fn the_worksheet_holds_the_profiles_the_candidates_the_choice_and_the_path() {
    let (ws, c) = (workspace_with_three_candidates(), content());
    let text = export::codriver::render(&ws, &c, Lang::Da, DocFormat::Text);
    assert_fits_80_columns(&text);
    for profile in &c.codriver_aid.profiles {
        assert!(
            text.contains(profile.name.da.as_str()),
            "{}",
            profile.name.da
        );
    }
    assert!(
        text.contains("Ahmed Yilmaz (valgt som co-driver)"),
        "{text}"
    );
    assert!(
        text.contains("Du har valgt Ahmed Yilmaz som co-driver."),
        "{text}"
    );
    assert!(text.contains("hun ser hurtigt"), "{text}");
    assert!(text.contains("uddannelsen i netværksledelse"), "{text}");
    assert!(
        text.contains("Mine tanker og navne: ___"),
        "room to write: {text}"
    );
}

#[test]
fn every_word_a_candidate_holds_is_escaped_and_cleaned_in_every_format() {
    let c = content();
    let mut ws = workspace_with_three_candidates();
    let hostile = ws
        .codriver_aid
        .add("<script>alert('x')</script> \u{1b}[31mRød");
    hostile.note = "a & b <b>fed</b>\u{202e}vendt".into();
    hostile.set_note("fagfaglig", 1, &"langtord".repeat(30));
    let html = export::codriver::render(&ws, &c, Lang::Da, DocFormat::Html);
    assert!(!html.contains("<script>alert"), "escaped");
    assert!(html.contains("&lt;script&gt;"));
    assert!(!html.contains('\u{1b}') && !html.contains('\u{202e}'));
    let text = export::codriver::render(&ws, &c, Lang::Da, DocFormat::Text);
    assert_fits_80_columns(&text);
    assert!(!text.contains('\u{1b}'));
}

#[test]
fn notes_on_questions_the_content_no_longer_has_are_still_printed() {
    let c = content();
    let mut ws = workspace_with_three_candidates();
    ws.codriver_aid.candidates[0].notes.insert(
        "gammel-profil/2".into(),
        "Skrevet før indholdet blev skiftet".into(),
    );
    let text = export::codriver::render(&ws, &c, Lang::Da, DocFormat::Text);
    assert!(
        text.contains("Skrevet før indholdet blev skiftet"),
        "{text}"
    );
    assert!(text.contains("«gammel-profil/2»"), "{text}");
}

#[test]
fn the_co_driver_brief_sums_up_the_choice() {
    let c = content();
    let ws = workspace_with_three_candidates();
    let brief = |ws: &Workspace, id: &str| {
        let m = ws.meeting(id).unwrap();
        let doc = export::brief::build(ws, m, &c, Lang::Da, date(2027, 1, 12), false);
        export::render(&doc, DocFormat::Text)
    };
    let text = brief(&ws, "co-driver-1");
    assert!(text.contains("VALGET AF CO-DRIVER"), "{text}");
    assert!(text.contains("Valgt:"), "{text}");
    assert!(text.contains("Ahmed Yilmaz"), "{text}");
    assert!(
        text.contains("En, der supplerer dig; En med netværkslederens"),
        "{text}"
    );
    assert!(
        text.contains("Også overvejet: Birgit Ørum, Carl-Emil Sørensen"),
        "{text}"
    );
    assert!(!brief(&ws, "personaleleder-1").contains("VALGET AF CO-DRIVER"));

    let mut before = ws.clone();
    before.unchoose_codriver();
    let text = brief(&before, "co-driver-1");
    assert!(
        text.contains("Du har ikke valgt endnu. Du overvejer:"),
        "{text}"
    );
    assert!(
        text.contains("Carl-Emil Sørensen – En med netværkslederens træk"),
        "{text}"
    );
}

#[cfg(feature = "app")]
mod command {
    use super::*;

    /// The three-candidate workspace as a file for `--file`.
    fn file(env: &Env) -> std::path::PathBuf {
        let path = env.dir.path().join("tre-kandidater.json");
        let json = serde_json::to_string_pretty(&workspace_with_three_candidates()).unwrap();
        std::fs::write(&path, json).unwrap();
        path
    }

    #[test]
    fn codriver_prints_the_worksheet_from_a_file_and_never_changes_it() {
        let env = Env::new();
        let path = file(&env);
        let before = std::fs::read(&path).unwrap();
        let text = env.ok(&["--file", path.to_str().unwrap(), "codriver"]);
        assert!(text.starts_with("Find din co-driver\n"), "{text}");
        assert!(text.contains("Carl-Emil Sørensen"), "{text}");
        assert_fits_80_columns(&text);
        let html = env.dir.path().join("ark.html");
        let said = env.ok(&[
            "--file",
            path.to_str().unwrap(),
            "codriver",
            "--format",
            "html",
            "-o",
            html.to_str().unwrap(),
        ]);
        assert!(said.contains("ark.html"), "{said}");
        let written = std::fs::read_to_string(&html).unwrap();
        assert!(written.contains("<html lang=\"da\">"), "{written}");
        assert_eq!(std::fs::read(&path).unwrap(), before, "--file is only read");
    }

    #[test]
    fn codriver_works_on_the_data_folder_and_in_english() {
        let env = Env::new();
        env.new_workspace("Ældre i egen bolig");
        let md = env.ok(&["codriver", "--format", "md"]);
        assert!(md.starts_with("# Find din co-driver"), "{md}");
        assert!(
            md.contains("Du har ikke skrevet nogen kandidater ned"),
            "{md}"
        );
        let en = env.ok(&["--lang", "en", "codriver"]);
        assert!(en.starts_with("Find your co-driver\n"), "{en}");
        assert!(en.contains("My co-driver will be: ___"), "{en}");
    }

    #[test]
    fn codriver_without_a_workspace_or_with_a_bad_format_says_so_in_one_line() {
        let env = Env::new();
        let err = env.fails(&["codriver"]);
        assert!(err.contains("mandat new"), "{err}");
        env.fails_with(&["codriver", "--format", "pdf"], 2);
        let help = env.ok(&["codriver", "--help"]);
        assert!(help.contains("arbejdsark"), "{help}");
    }
}
