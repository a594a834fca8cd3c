//! The command line as a user meets it (SPEC §5): the real binary, a throw-away data folder and a
//! pinned date.

use serde_json::Value;
use unicode_width::UnicodeWidthStr;

use crate::support::{Env, TODAY, demo, run_bounded};

fn assert_fits_80_columns(text: &str) {
    for line in text.lines() {
        assert!(line.width() <= 80, "{} columns: «{line}»", line.width());
    }
}

#[test]
fn new_creates_a_workspace_with_one_undated_meeting_per_counterpart() {
    let env = Env::new();
    let id = env.ok(&[
        "new",
        "--name",
        "Ældre i bevægelse",
        "--type",
        "velfaerd",
        "--start",
        "2027-01-04",
        "--leader",
        "Mette Holm",
    ]);
    assert_eq!(id.trim(), "aeldre-i-bevaegelse");
    let ws = env.workspace_json("aeldre-i-bevaegelse");
    assert_eq!(ws["schema_version"], mandat::model::SCHEMA_VERSION);
    assert_eq!(ws["name"], "Ældre i bevægelse");
    assert_eq!(ws["network_type"], "velfaerd");
    assert_eq!(ws["plan"]["course_id"], "velfaerd");
    assert_eq!(ws["plan"]["start"], "2027-01-04");
    let meetings = ws["meetings"].as_array().expect("meetings");
    let counterparts: Vec<&str> = meetings
        .iter()
        .map(|m| m["counterpart"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        counterparts,
        ["personaleleder", "referenceleder", "co-driver"]
    );
    assert!(meetings.iter().all(|m| m["date"].is_null()));
}

#[test]
fn list_shows_the_workspaces_and_marks_the_last_used() {
    let env = Env::new();
    env.ok(&["new", "--name", "Første", "--type", "laering"]);
    env.ok(&["new", "--name", "Anden", "--type", "innovation"]);
    let list = env.ok(&["list"]);
    assert!(list.contains("foerste"), "{list}");
    assert!(list.contains("* anden"), "{list}");
    assert!(list.contains("innovationsnetværk"), "{list}");
}

#[test]
fn list_fits_80_columns_even_with_long_names() {
    let env = Env::new();
    let long =
        "Et meget langt netværksnavn om sammenhængende forløb for borgere med mange diagnoser";
    env.ok(&["new", "--name", long, "--type", "innovation"]);
    env.ok(&["new", "--name", "Kort", "--type", "laering"]);
    let list = env.ok(&["list"]);
    assert_fits_80_columns(&list);
    assert!(list.contains("Et meget langt"), "{list}");
}

#[test]
fn a_second_workspace_with_the_same_name_gets_its_own_id() {
    let env = Env::new();
    assert_eq!(
        env.ok(&["new", "--name", "Tema", "--type", "velfaerd"])
            .trim(),
        "tema"
    );
    assert_eq!(
        env.ok(&["new", "--name", "Tema", "--type", "velfaerd"])
            .trim(),
        "tema-2"
    );
}

#[test]
fn plan_csv_has_exactly_the_specified_columns() {
    let env = Env::new();
    let csv = env.ok(&[
        "--file",
        demo().to_str().unwrap(),
        "plan",
        "--format",
        "csv",
    ]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "iso_year,iso_week,monday,phase_id,phase_name,kind,working_days,capacity_hours,network_hours,basis_hours,secretariat_days,notes"
        )
    );
    let first = lines.next().expect("a week");
    assert!(first.starts_with("2027,1,2027-01-04,opstart,"), "{first}");
    assert!(
        csv.contains(",vacation,"),
        "summer vacation weeks are vacation rows"
    );
}

#[test]
fn plan_straight_from_a_course_needs_no_workspace() {
    let env = Env::new();
    let text = env.ok(&[
        "plan",
        "--course",
        "velfaerd",
        "--start",
        "2027-01-04",
        "--hours",
        "30",
    ]);
    assert!(text.contains("Opstart"), "{text}");
    assert_fits_80_columns(&text);
    let json = env.ok(&[
        "plan",
        "--course",
        "laering",
        "--start",
        "2027-08-16",
        "--format",
        "json",
    ]);
    let parsed: Value = serde_json::from_str(&json).expect("plan json parses");
    assert!(parsed["weeks"].as_array().is_some_and(|w| !w.is_empty()));
}

#[test]
fn plan_writes_a_calendar_file_with_crlf_lines() {
    let env = Env::new();
    let out = env.dir.path().join("plan.ics");
    env.ok(&[
        "--file",
        demo().to_str().unwrap(),
        "plan",
        "--format",
        "ics",
        "-o",
        out.to_str().unwrap(),
    ]);
    let ics = std::fs::read_to_string(out).expect("ics written");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(ics.contains("SUMMARY:Møde med personaleleder Lars Jensen"));
}

#[test]
fn every_text_brief_fits_80_columns() {
    let env = Env::new();
    for lang in ["da", "en"] {
        let text = env.ok(&[
            "--lang",
            lang,
            "--file",
            demo().to_str().unwrap(),
            "summary",
            "--meeting",
            "all",
        ]);
        assert_fits_80_columns(&text);
    }
}

#[test]
fn the_brief_holds_the_meeting_the_answers_and_the_condensed_plan() {
    let env = Env::new();
    let text = env.ok(&[
        "--file",
        demo().to_str().unwrap(),
        "summary",
        "--meeting",
        "personaleleder",
    ]);
    assert!(
        text.contains("mandag 18. januar 2027, uge 3 (om 6 dage)"),
        "{text}"
    );
    assert!(text.contains("Lars Jensen"));
    assert!(text.contains("Visitationsmøderne om tirsdagen"));
    assert!(text.contains("(ikke besvaret)"));
    assert!(
        text.contains("uge 1–3 2027"),
        "phases as week ranges: {text}"
    );
    assert!(
        text.contains("over loftet på 15 timer"),
        "the warning: {text}"
    );
}

#[test]
fn private_notes_are_printed_only_when_asked() {
    let env = Env::new();
    let file = demo();
    let args = [
        "--file",
        file.to_str().unwrap(),
        "summary",
        "--meeting",
        "personaleleder",
    ];
    assert!(!env.ok(&args).contains("Husk at nævne"));
    let mut with = args.to_vec();
    with.push("--include-private");
    assert!(env.ok(&with).contains("Husk at nævne"));
}

#[test]
fn answers_to_questions_the_content_no_longer_has_are_printed_at_the_end() {
    let env = Env::new();
    let mut ws: Value = serde_json::from_str(&std::fs::read_to_string(demo()).unwrap()).unwrap();
    ws["meetings"][0]["answers"]["pl-fjernet-7"] =
        serde_json::json!({"text": "Et svar fra en ældre udgave", "status": "answered"});
    let file = env.dir.path().join("old.json");
    std::fs::write(&file, serde_json::to_string(&ws).unwrap()).unwrap();
    for format in ["text", "md", "html"] {
        let out = env.ok(&[
            "--file",
            file.to_str().unwrap(),
            "summary",
            "--meeting",
            "personaleleder",
            "--format",
            format,
        ]);
        let heading = out
            .find("der ikke længere stilles")
            .unwrap_or_else(|| panic!("{format}: no heading"));
        let answer = out
            .find("Et svar fra en ældre udgave")
            .expect("orphan answer printed");
        assert!(
            answer > heading,
            "{format}: the orphan comes under its heading"
        );
    }
}

#[test]
fn summary_all_prints_one_brief_per_counterpart() {
    let env = Env::new();
    let md = env.ok(&[
        "--file",
        demo().to_str().unwrap(),
        "summary",
        "--meeting",
        "all",
        "--format",
        "md",
    ]);
    assert_eq!(
        md.matches("\n# Mødeark").count() + usize::from(md.starts_with("# Mødeark")),
        3
    );
    let html = env.ok(&[
        "--file",
        demo().to_str().unwrap(),
        "summary",
        "--meeting",
        "referenceleder",
        "--format",
        "html",
    ]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("Milepæle"));
}

#[test]
fn the_brief_speaks_english_with_lang_en() {
    let env = Env::new();
    let text = env.ok(&[
        "--lang",
        "en",
        "--file",
        demo().to_str().unwrap(),
        "summary",
        "--meeting",
        "personaleleder",
    ]);
    assert!(
        text.contains("Brief: meeting with your staff manager"),
        "{text}"
    );
    assert!(text.contains("Monday 18 January 2027, week 3"), "{text}");
}

#[test]
fn making_the_pamphlet_records_it_as_prepared() {
    let env = Env::new();
    env.ok(&[
        "new",
        "--name",
        "Tema",
        "--type",
        "velfaerd",
        "--leader",
        "Mette Holm",
    ]);
    let text = env.ok(&["pamphlet", "--for", "referenceleder"]);
    assert!(text.contains("Mette Holm"));
    let ws = env.workspace_json("tema");
    let handout = &ws["meetings"][1]["handout"];
    assert_eq!(handout["state"], "prepared");
    assert_eq!(handout["prepared_on"], TODAY);
}

#[test]
fn a_file_given_with_file_is_never_changed() {
    let env = Env::new();
    let copy = env.dir.path().join("demo.json");
    std::fs::copy(demo(), &copy).unwrap();
    let before = std::fs::read(&copy).unwrap();
    env.ok(&[
        "--file",
        copy.to_str().unwrap(),
        "pamphlet",
        "--for",
        "co-driver",
        "--format",
        "md",
    ]);
    env.ok(&[
        "--file",
        copy.to_str().unwrap(),
        "summary",
        "--meeting",
        "all",
    ]);
    assert_eq!(std::fs::read(&copy).unwrap(), before);
}

#[test]
fn output_goes_to_a_file_with_o() {
    let env = Env::new();
    let out = env.dir.path().join("brief.html");
    let said = env.ok(&[
        "--file",
        demo().to_str().unwrap(),
        "summary",
        "--meeting",
        "personaleleder",
        "--format",
        "html",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(said.contains("brief.html"));
    assert!(
        std::fs::read_to_string(out)
            .unwrap()
            .contains("Lars Jensen")
    );
}

#[test]
fn content_check_accepts_the_built_in_content_and_an_exported_copy() {
    let env = Env::new();
    assert!(env.ok(&["content", "check"]).contains("er i orden"));
    let dir = env.dir.path().join("org");
    env.ok(&["content", "export", dir.to_str().unwrap()]);
    assert!(
        env.ok(&["content", "check", dir.to_str().unwrap()])
            .contains("er i orden")
    );
}

#[test]
fn content_check_reports_file_line_and_column() {
    let env = Env::new();
    let dir = env.dir.path().join("org");
    env.ok(&["content", "export", dir.to_str().unwrap()]);
    let courses = dir.join("courses.json");
    let text = std::fs::read_to_string(&courses).unwrap();
    std::fs::write(&courses, text.replacen("\"weeks\": 3", "\"weeks\": 0", 1)).unwrap();
    let out = env.run(&["content", "check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let first = stderr.lines().next().unwrap_or("");
    assert!(first.contains("courses.json:"), "{stderr}");
    let parts: Vec<&str> = first.splitn(4, ':').collect();
    assert!(
        parts[1].parse::<usize>().is_ok() && parts[2].parse::<usize>().is_ok(),
        "{first}"
    );
    // Using broken content elsewhere is refused with one line that says what to run.
    let out = env.run(&[
        "--content",
        dir.to_str().unwrap(),
        "plan",
        "--course",
        "velfaerd",
        "--start",
        "2027-01-04",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("mandat content check"));
}

#[test]
fn paths_names_the_data_folder_and_the_content_source() {
    let env = Env::new();
    let out = env.ok(&["paths"]);
    assert!(out.contains(env.data().to_str().unwrap()));
    assert!(out.contains("indbygget"));
}

#[test]
fn bad_input_gets_one_clear_line_and_the_right_exit_status() {
    let env = Env::new();
    env.fails_with(
        &[
            "new",
            "--name",
            "X",
            "--type",
            "velfaerd",
            "--start",
            "2027-02-30",
        ],
        2,
    );
    env.fails_with(&["new", "--name", "X", "--type", "hospital"], 2);
    env.fails_with(&["new", "--name", "  ", "--type", "velfaerd"], 2);
    env.fails_with(
        &[
            "plan",
            "--course",
            "velfaerd",
            "--start",
            "2027-01-04",
            "--hours",
            "-5",
        ],
        2,
    );
    env.fails_with(&["pamphlet", "--for", "chef"], 2);
    env.fails_with(&["summary", "--meeting", "all", "--format", "pdf"], 2);
    env.fails_with(&["frobnicate"], 2);
    let err = env.fails_with(
        &["plan", "--course", "hospital", "--start", "2027-01-04"],
        1,
    );
    assert!(err.contains("velfaerd"), "names the known courses: {err}");
    let err = env.fails_with(&["summary", "--meeting", "all"], 1);
    assert!(err.contains("mandat new"), "says what to do: {err}");
    env.fails_with(
        &["--workspace", "findes-ikke", "summary", "--meeting", "all"],
        1,
    );
    let err = env.fails_with(&["--file", "/findes/ikke.json", "plan"], 1);
    assert!(err.contains("/findes/ikke.json"), "{err}");
}

#[test]
fn a_broken_save_file_is_reported_with_its_path_and_left_alone() {
    let env = Env::new();
    let file = env.dir.path().join("broken.json");
    std::fs::write(&file, "{ \"schema_version\": 1, \"id\": ").unwrap();
    let err = env.fails_with(
        &[
            "--file",
            file.to_str().unwrap(),
            "summary",
            "--meeting",
            "all",
        ],
        1,
    );
    assert!(err.contains("broken.json"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "{ \"schema_version\": 1, \"id\": "
    );
}

/// Clap's own English words, which Danish help must not show.
const CLAP_ENGLISH: [&str; 8] = [
    "Usage",
    "Options",
    "Commands",
    "Arguments",
    "Print help",
    "Print version",
    "[default:",
    "[possible values:",
];

/// Danish words of the help, which English help must not show.
const HELP_DANISH: [&str; 6] = [
    "Brug",
    "Tilvalg",
    "Kommandoer",
    "Vis denne hjælp",
    "standard",
    "æ",
];

/// Every command's help, asked for both ways.
const HELP_ARGS: [&[&str]; 10] = [
    &["--help"],
    &["-h"],
    &["new", "--help"],
    &["list", "--help"],
    &["plan", "--help"],
    &["summary", "--help"],
    &["pamphlet", "-h"],
    &["content", "--help"],
    &["content", "check", "--help"],
    &["restore", "--help"],
];

#[test]
fn help_is_danish_by_default_without_a_word_of_clap_english() {
    let env = Env::new();
    for args in HELP_ARGS {
        let help = env.ok(args);
        for english in CLAP_ENGLISH {
            assert!(!help.contains(english), "{args:?} says {english}: {help}");
        }
        assert!(help.contains("Brug: mandat"), "{args:?}: {help}");
        assert!(help.contains("Tilvalg:"), "{args:?}: {help}");
        assert!(help.contains("-h, --help"), "{args:?}: {help}");
        assert!(help.contains("Vis denne hjælp"), "{args:?}: {help}");
    }
    let root = env.ok(&["--help"]);
    assert!(root.contains("Kommandoer:"), "{root}");
    assert!(root.contains("Vis programmets version"), "{root}");
    assert!(
        !root.contains("\n  help "),
        "no English help command: {root}"
    );
    let check = env.ok(&["content", "check", "--help"]);
    assert!(check.contains("Argumenter:"), "{check}");
}

#[test]
fn help_is_english_with_lang_en_or_mandat_lang_without_a_word_of_danish() {
    let env = Env::new();
    for args in HELP_ARGS {
        let mut with_flag = vec!["--lang", "en"];
        with_flag.extend_from_slice(args);
        let mut by_env = env.command(args);
        by_env.env("MANDAT_LANG", "en");
        let by_env = run_bounded(by_env, args);
        assert!(by_env.status.success(), "{args:?}");
        let by_env = String::from_utf8_lossy(&by_env.stdout).to_string();
        for help in [env.ok(&with_flag), by_env] {
            for danish in HELP_DANISH {
                assert!(!help.contains(danish), "{args:?} says {danish}: {help}");
            }
            assert!(!help.contains('«'), "English quotes with “…”: {help}");
            assert!(help.contains("Usage: mandat"), "{args:?}: {help}");
            assert!(help.contains("Options:"), "{args:?}: {help}");
            assert!(help.contains("Print help"), "{args:?}: {help}");
        }
    }
    let summary = env.ok(&["summary", "--help", "--lang", "en"]);
    assert!(
        summary.contains("Format: text, md, html or ics (default text)"),
        "{summary}"
    );
    assert!(summary.contains("--meeting <MEETING>"), "{summary}");
}

#[test]
fn version_is_the_programs_own() {
    let env = Env::new();
    let version = env.ok(&["--version"]);
    assert_eq!(
        version.trim(),
        format!("mandat {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn usage_errors_are_one_line_in_the_users_language() {
    let env = Env::new();
    let cases: [(&[&str], &str, &str); 8] = [
        (
            &["frobnicate"],
            "ukendt kommando «frobnicate»",
            "unknown command “frobnicate”",
        ),
        (&["plann"], "mente du «plan»", "did you mean “plan”"),
        (
            &["plan", "--formt", "csv"],
            "ukendt tilvalg «--formt»",
            "unknown option “--formt”",
        ),
        (
            &["new", "--name", "X"],
            "mangler --type",
            "--type <velfaerd|innovation|laering> is missing",
        ),
        (
            &[
                "new",
                "--name",
                "X",
                "--type",
                "velfaerd",
                "--start",
                "2027-02-30",
            ],
            "--start <DATO>: «2027-02-30» er ikke en gyldig dato",
            "--start <DATE>: “2027-02-30” is not a valid date",
        ),
        (
            &["summary", "--meeting", "all", "--format", "pdf"],
            "brug text, md, html eller ics",
            "use text, md, html or ics",
        ),
        (
            &["summary", "--meeting", "all", "--print", "-o", "x.txt"],
            "--print kan ikke bruges sammen med --output <FIL>",
            "--print cannot be used with --output <FILE>",
        ),
        (
            &["content"],
            "«mandat content» skal følges af en af: check eller export",
            "“mandat content” needs one of: check or export",
        ),
    ];
    for (args, danish, english) in cases {
        let err = env.fails_with(args, 2);
        assert!(err.contains(danish), "{args:?}: {err}");
        let mut en = vec!["--lang", "en"];
        en.extend_from_slice(args);
        let err = env.fails_with(&en, 2);
        assert!(err.contains(english), "{en:?}: {err}");
        assert!(
            !err.contains('«') && !err.contains("error:"),
            "{en:?}: {err}"
        );
    }
    let err = env.fails_with(&["--lang", "fr", "list"], 2);
    assert!(err.contains("«fr»") && err.contains("da (dansk)"), "{err}");
}

#[test]
fn failures_after_parsing_speak_english_with_lang_en() {
    let env = Env::new();
    let err = env.fails(&["--lang", "en", "summary", "--meeting", "all"]);
    assert!(
        err.contains("there is no network yet — create one with “mandat new"),
        "{err}"
    );
    let err = env.fails_with(
        &["--lang", "en", "new", "--name", " ", "--type", "laering"],
        2,
    );
    assert!(err.contains("--name must not be empty"), "{err}");
    let err = env.fails(&[
        "--lang",
        "en",
        "plan",
        "--course",
        "hospital",
        "--start",
        "2027-01-04",
    ]);
    assert!(
        err.contains("there is no course “hospital”; choose one of: "),
        "{err}"
    );
    env.ok(&["new", "--name", "Første", "--type", "laering"]);
    env.ok(&["new", "--name", "Anden", "--type", "laering"]);
    std::fs::remove_file(env.data().join("state.json")).expect("forget the last used");
    let err = env.fails(&["--lang", "en", "summary", "--meeting", "all"]);
    assert!(
        err.contains("there are 2 networks; choose one with --workspace ID"),
        "{err}"
    );
    let err = env.fails(&["--lang", "en", "--workspace", "anden", "restore"]);
    assert!(
        err.contains("there are neither backups nor rescue copies of “anden” yet"),
        "{err}"
    );
}

#[test]
fn content_check_with_lang_en_ends_in_an_english_line() {
    let env = Env::new();
    let ok = env.ok(&["--lang", "en", "content", "check"]);
    assert!(ok.starts_with("The built-in texts are valid: "), "{ok}");
    let dir = env.dir.path().join("org");
    let said = env.ok(&["--lang", "en", "content", "export", dir.to_str().unwrap()]);
    assert!(said.starts_with("The texts are saved in "), "{said}");
    let courses = dir.join("courses.json");
    let text = std::fs::read_to_string(&courses).unwrap();
    std::fs::write(&courses, text.replacen("\"weeks\": 3", "\"weeks\": 0", 1)).unwrap();

    let out = env.run(&["--lang", "en", "content", "check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(lines[0].contains("courses.json:"), "{stderr}");
    let last = lines.last().copied().unwrap_or("");
    assert_eq!(
        last,
        "mandat: the texts have 1 error (listed above); correct them and run the check again"
    );

    let err = env.fails(&[
        "--lang",
        "en",
        "--content",
        dir.to_str().unwrap(),
        "plan",
        "--course",
        "velfaerd",
        "--start",
        "2027-01-04",
    ]);
    assert!(err.contains("have 1 error, e.g. "), "{err}");
    assert!(
        err.contains(&format!("run “mandat content check {}”", dir.display())),
        "{err}"
    );
}

#[test]
fn list_and_paths_speak_english_with_lang_en() {
    let env = Env::new();
    let empty = env.ok(&["--lang", "en", "list"]);
    assert!(
        empty.starts_with("No networks yet. Start “mandat”"),
        "{empty}"
    );
    env.ok(&["new", "--name", "Tema", "--type", "innovation"]);
    let list = env.ok(&["--lang", "en", "list"]);
    assert!(
        list.contains("LAST CHANGED") && list.contains("innovation network"),
        "{list}"
    );
    let paths = env.ok(&["--lang", "en", "paths"]);
    assert!(
        paths.contains("Data folder:") && paths.contains("built into the program"),
        "{paths}"
    );
    let values: Vec<usize> = paths
        .lines()
        .map(|l| l.find('/').unwrap_or(usize::MAX))
        .filter(|&i| i != usize::MAX)
        .collect();
    assert!(
        values.windows(2).all(|w| w[0] == w[1]),
        "one column: {paths}"
    );
}

#[test]
fn output_dash_is_standard_output() {
    let env = Env::new();
    let text = env.ok(&[
        "--file",
        demo().to_str().unwrap(),
        "summary",
        "--meeting",
        "personaleleder",
        "-o",
        "-",
    ]);
    assert!(text.contains("Lars Jensen"), "{text}");
    assert!(!env.dir.path().join("-").exists());
}

#[test]
fn a_pamphlet_for_the_printer_must_be_text_and_nothing_is_recorded() {
    let env = Env::new();
    env.ok(&["new", "--name", "Tema", "--type", "velfaerd"]);
    let err = env.fails_with(
        &[
            "--lang",
            "en",
            "pamphlet",
            "--for",
            "co-driver",
            "--print",
            "--format",
            "html",
        ],
        2,
    );
    assert!(err.contains("--print prints the text version"), "{err}");
    let ws = env.workspace_json("tema");
    assert_eq!(ws["meetings"][2]["handout"]["state"], "not_prepared");
}
