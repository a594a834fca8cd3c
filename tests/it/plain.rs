//! Plain mode (`mandat --plain`, or any run without a command whose input is a file or pipe)
//! through the real binary, with scripted input: a whole preparation for the personaleleder
//! compared with golden transcripts (`tests/it/plain/*.txt`; `MANDAT_BLESS=1 cargo test plain`
//! writes them anew), every line free of escape sequences and control characters, the save file
//! holding every answer, and the contract of every question: a number or a unique beginning
//! chooses, input that fits nothing asks again, `0` goes back, `q` and the end of input save,
//! an empty first line keeps a text, a failed save ends in a rescue copy.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};

use mandat::content::Content;
use mandat::vocab::Counterpart;
use serde_json::Value;

use crate::support::{Env, assert_clean_text, assert_one_mandat_line, wait_bounded};

/// What a conversation left behind.
struct Run {
    out: String,
    err: String,
    code: Option<i32>,
}

/// Starts `mandat` on the env's data folder with its standard input piped; nothing in the
/// environment asks for plain mode, so only the pipe does. Documents go to `<tmp>/documents`.
fn spawn(env: &Env, args: &[&str], vars: &[(&str, &str)]) -> Child {
    let mut cmd = env.command(args);
    cmd.env("MANDAT_DOCUMENTS_DIR", documents(env))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env_remove("MANDAT_PLAIN")
        .env_remove("ACCESSIBLE")
        .env("TERM", "xterm-256color");
    for (k, v) in vars {
        cmd.env(k, v);
    }
    cmd.spawn().expect("start mandat")
}

/// Where documents go unless another path is typed.
fn documents(env: &Env) -> PathBuf {
    env.dir.path().join("documents")
}

fn converse_with(env: &Env, args: &[&str], input: &str, vars: &[(&str, &str)]) -> Run {
    let mut child = spawn(env, args, vars);
    let mut stdin = child.stdin.take().expect("piped stdin");
    let input = input.to_string();
    // Written on a thread of its own, so a long script never waits on a full output pipe.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let out = wait_bounded(child, args);
    writer.join().expect("writer");
    let run = Run {
        out: String::from_utf8(out.stdout).expect("utf-8 output"),
        err: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code(),
    };
    assert!(!run.err.contains("panicked"), "{}", run.err);
    run
}

fn converse(env: &Env, input: &str) -> Run {
    converse_with(env, &[], input, &[])
}

/// The lines of a script, each ended by a newline.
fn script(lines: &[&str]) -> String {
    lines.iter().map(|l| format!("{l}\n")).collect()
}

/// The first run, answered: leader, theme, type, start and yes.
const FIRST_RUN_DA: &[&str] = &["Mette Holm", "Ældre i bevægelse", "velf", "04-01-2027", "j"];

/// Compares a transcript with its golden file. The temporary folder is `<tmp>` in the file and
/// trailing blanks are not compared (a prompt answered with an empty line ends in one).
fn golden(name: &str, env: &Env, transcript: &str) {
    let tmp = env.dir.path().display().to_string();
    let got: String = transcript
        .replace(&tmp, "<tmp>")
        .lines()
        .map(|l| format!("{}\n", l.trim_end()))
        .collect();
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/it/plain")
        .join(name);
    if std::env::var_os("MANDAT_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("folder")).expect("golden folder");
        std::fs::write(&path, &got).expect("write golden file");
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{}: missing; MANDAT_BLESS=1 writes it", path.display()));
    if want == got {
        return;
    }
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let at = w
        .iter()
        .zip(&g)
        .position(|(a, b)| a != b)
        .unwrap_or(w.len().min(g.len()));
    panic!(
        "{} differs from line {}:\n want: {:?}\n  got: {:?}\n(MANDAT_BLESS=1 writes it anew)",
        path.display(),
        at + 1,
        w.get(at),
        g.get(at)
    );
}

/// The one workspace file in the env's data folder, as JSON.
fn saved(env: &Env) -> Value {
    let dir = env.data().join("workspaces");
    let file = std::fs::read_dir(&dir)
        .expect("workspaces folder")
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
            // Not a rescue copy or a kept file (`<id>.rescue-<stamp>.json` and the like).
            name.is_some_and(|n| n.ends_with(".json") && n.matches('.').count() == 1)
        })
        .expect("a workspace file");
    serde_json::from_str(&std::fs::read_to_string(file).expect("read")).expect("json")
}

fn meeting<'a>(ws: &'a Value, id: &str) -> &'a Value {
    ws["meetings"]
        .as_array()
        .expect("meetings")
        .iter()
        .find(|m| m["id"] == id)
        .expect("the meeting")
}

/// Every answer a full preparation gives, one per personaleleder question, in order; the first
/// runs over three lines with Danish letters and an emoji.
const ANSWERS_DA: &[&[&str]] = &[
    &[
        "Jeg regner med 8 timer om ugen i gennemsnit.",
        "I opstarten bliver det op mod 12 timer, når vi er på sekretariatet.",
        "Det skal vi følge nøje 👍",
    ],
    &["Vagtplanen kan Birthe tage, og teammødet flytter til torsdag."],
    &["To dage om måneden i sekretariatet, især i opdagelsesfasen."],
    &["Jeg vil gerne på kursus i facilitering."],
    &["Status hver anden uge med Lars."],
    &["At vi siger til i tide, hvis timerne skrider."],
    &["Afdelingen får nye arbejdsgange at se."],
    &["Fælles mål i PULS-samtalen."],
    &["Ingen yderligere ønsker lige nu."],
];

const ANSWERS_EN: &[&[&str]] = &[
    &[
        "I expect 8 hours a week on average.",
        "Up to 12 hours at the start, when we work at the secretariat.",
    ],
    &["Birthe can take the rota; the team meeting moves to Thursday."],
    &["Two days a month at the secretariat."],
    &["A course in facilitation."],
    &["A status every other week."],
    &["We speak up in time if the hours drift."],
    &["The department sees new ways of working."],
    &["Shared goals in the appraisal."],
    &["Nothing more for now."],
];

/// A whole preparation for the personaleleder: the first run, a word that fits nothing, the
/// help, the meeting's name and date, the pamphlet prepared and handed out, every reflection
/// question answered and the reflection finished, two proposals and the agreement ready, and
/// the brief saved as HTML.
fn preparation_da(brief: &Path) -> String {
    let mut lines: Vec<String> = FIRST_RUN_DA.iter().map(|s| s.to_string()).collect();
    let mut push = |items: &[&str]| lines.extend(items.iter().map(|s| s.to_string()));
    push(&["x", "?", "1", "navn", "Lars Jensen", "dato", "25-01-2027"]);
    push(&["pjece", "marker som f", "marker som a", "", "e-mail", "0"]);
    push(&["refl"]);
    for answer in ANSWERS_DA {
        push(&["skriv"]);
        push(answer);
        push(&[".", "j"]);
    }
    push(&["afslut", "0"]);
    push(&[
        "samarb",
        "1",
        "1",
        "8 timer om ugen i gennemsnit, højst 12.",
        ".",
        "0",
    ]);
    push(&[
        "2",
        "dit",
        "Status hver anden uge.",
        "Vi ses også ved milepælene.",
        ".",
        "0",
    ]);
    push(&["marker aftalen klar", "0", "0"]);
    push(&["gem", "mødearket", "pers", "html", "n"]);
    push(&[&brief.display().to_string(), "n", "q"]);
    script(&lines.iter().map(String::as_str).collect::<Vec<_>>())
}

fn preparation_en(brief: &Path) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut push = |items: &[&str]| lines.extend(items.iter().map(|s| s.to_string()));
    push(&["Mette Holm", "Active ageing", "welf", "04-01-2027", "y"]);
    push(&["1", "name", "Lars Jensen", "date", "25-01-2027"]);
    push(&["pamphlet", "mark as p", "mark as h", "", "e-mail", "0"]);
    push(&["refl"]);
    for answer in ANSWERS_EN {
        push(&["write"]);
        push(answer);
        push(&[".", "y"]);
    }
    push(&["finish", "0"]);
    push(&[
        "coll",
        "1",
        "1",
        "8 hours a week on average, at most 12.",
        ".",
        "0",
    ]);
    push(&["2", "your", "A status every other week.", ".", "0"]);
    push(&["mark the agreement ready", "0", "0"]);
    push(&["save", "the brief", "staff", "html", "n"]);
    push(&[&brief.display().to_string(), "n", "q"]);
    script(&lines.iter().map(String::as_str).collect::<Vec<_>>())
}

/// Checks that the save file holds the whole preparation.
fn assert_prepared(env: &Env, answers: &[&[&str]], proposal: &str) {
    let ws = saved(env);
    let m = meeting(&ws, "personaleleder-1");
    assert_eq!(m["person_name"], "Lars Jensen");
    assert_eq!(m["date"], "2027-01-25");
    assert_eq!(m["handout"]["state"], "handed_out");
    assert_eq!(m["handout"]["channel"], "email");
    assert_eq!(m["handout"]["handed_out_on"], "2027-01-12");
    let content = Content::embedded().expect("content");
    let questions = content.questions(Counterpart::Personaleleder);
    assert_eq!(questions.len(), answers.len(), "one answer per question");
    for (q, answer) in questions.iter().zip(answers) {
        let a = &m["answers"][q.id.as_str()];
        assert_eq!(a["text"], answer.join("\n"), "the answer to {}", q.id);
        assert_eq!(a["status"], "answered", "{}", q.id);
    }
    assert_eq!(m["reflection"]["step"], "finished");
    assert_eq!(m["agreement"]["state"], "ready");
    let fields = &m["agreement"]["fields"];
    let first = content
        .agreement(Counterpart::Personaleleder)
        .expect("template")
        .fields[0]
        .id
        .clone();
    assert_eq!(fields[first.as_str()]["proposal"], proposal);
}

#[test]
fn a_whole_preparation_in_danish_reads_as_its_golden_transcript_and_keeps_every_answer() {
    let env = Env::new();
    let brief = env.dir.path().join("mødeark.html");
    let run = converse(&env, &preparation_da(&brief));
    assert_eq!(run.code, Some(0), "{}", run.err);
    assert_eq!(run.err, "");
    assert_clean_text("the transcript", &run.out);
    golden("personaleleder-da.txt", &env, &run.out);
    assert_prepared(&env, ANSWERS_DA, "8 timer om ugen i gennemsnit, højst 12.");
    let html = std::fs::read_to_string(&brief).expect("the brief was written");
    assert!(html.contains("lang=\"da\"") && html.contains("Lars Jensen"));
    assert!(
        html.contains("Det skal vi følge nøje 👍"),
        "the answers are on the brief"
    );
}

#[test]
fn a_whole_preparation_in_english_reads_as_its_golden_transcript() {
    let env = Env::new();
    let brief = env.dir.path().join("brief.html");
    let run = converse_with(&env, &["--lang", "en"], &preparation_en(&brief), &[]);
    assert_eq!(run.code, Some(0), "{}", run.err);
    assert_clean_text("the transcript", &run.out);
    golden("personaleleder-en.txt", &env, &run.out);
    assert_prepared(&env, ANSWERS_EN, "8 hours a week on average, at most 12.");
    let html = std::fs::read_to_string(&brief).expect("the brief was written");
    assert!(html.contains("lang=\"en\""));
}

#[test]
fn no_escape_sequence_from_a_person_or_a_file_reaches_the_conversation() {
    let env = Env::new();
    let input = script(&[
        "Mette \u{1b}[31mHolm",
        "Tema\u{1b}]0;titel\u{7}",
        "1",
        "",
        "j",
        "1",
        "navn",
        "Lars\u{1b}[2J\u{202e}",
        "q",
    ]);
    let run = converse(&env, &input);
    assert_eq!(run.code, Some(0), "{}", run.err);
    assert_clean_text("the transcript", &run.out);
    assert!(!run.out.contains('\u{1b}'));
}

#[test]
fn a_unique_beginning_chooses_and_a_shared_one_or_nothing_asks_again() {
    let env = Env::new();
    let mut lines = FIRST_RUN_DA.to_vec();
    lines.extend([
        "PERS",
        "pjece",
        "marker",
        "nej tak",
        "99",
        "marker som forb",
        "q",
    ]);
    let run = converse(&env, &script(&lines));
    assert_eq!(run.code, Some(0), "{}", run.err);
    assert!(
        run.out.contains("Flere valg begynder med «marker»: 1. Marker som forberedt; 2. Marker som afleveret; 3. Marker som drøftet på mødet."),
        "{}",
        run.out
    );
    assert!(
        run.out
            .contains("«nej tak» passer ikke til nogen af valgene.")
    );
    assert!(
        run.out
            .contains("Der er ikke noget valg nummer 99. Vælg et nummer fra 1 til 6.")
    );
    assert!(run.out.contains("Pjecen er nu forberedt."));
    let ws = saved(&env);
    assert_eq!(
        meeting(&ws, "personaleleder-1")["handout"]["state"],
        "prepared"
    );
}

#[test]
fn zero_goes_back_one_level_and_at_the_top_says_there_is_nothing_behind() {
    let env = Env::new();
    let mut lines = FIRST_RUN_DA.to_vec();
    lines.extend(["0", "1", "refl", "0", "0", "q"]);
    let run = converse(&env, &script(&lines));
    assert_eq!(run.code, Some(0), "{}", run.err);
    assert!(
        run.out
            .contains("Du er i overblikket, så der er intet at gå tilbage til.")
    );
    let places: Vec<&str> = run
        .out
        .lines()
        .filter(|l| l.starts_with("Du er i: "))
        .collect();
    assert_eq!(
        places,
        [
            "Du er i: Nyt netværk.",
            "Du er i: Ældre i bevægelse › Overblik.",
            "Du er i: Ældre i bevægelse › Personaleleder.",
            "Du er i: Ældre i bevægelse › Personaleleder › Refleksion, spørgsmål 1 af 9.",
            "Du er i: Ældre i bevægelse › Personaleleder.",
            "Du er i: Ældre i bevægelse › Overblik.",
        ]
    );
}

#[test]
fn q_saves_and_quits_from_anywhere() {
    let env = Env::new();
    let mut lines = FIRST_RUN_DA.to_vec();
    lines.extend([
        "1",
        "navn",
        "Lars Jensen",
        "refl",
        "q",
        "1",
        "2",
        "skal ikke nås",
    ]);
    let run = converse(&env, &script(&lines));
    assert_eq!(run.code, Some(0), "{}", run.err);
    assert!(
        run.out.trim_end().ends_with("Alt er gemt. Farvel."),
        "{}",
        run.out
    );
    let ws = saved(&env);
    assert_eq!(
        meeting(&ws, "personaleleder-1")["person_name"],
        "Lars Jensen"
    );
}

#[test]
fn the_end_of_input_saves_the_lines_typed_so_far_and_ends() {
    let env = Env::new();
    let mut lines = FIRST_RUN_DA.to_vec();
    lines.extend(["1", "refl", "skriv", "Første linje", "Anden linje æøå"]);
    let run = converse(&env, &script(&lines));
    assert_eq!(run.code, Some(0), "{}", run.err);
    let ws = saved(&env);
    let content = Content::embedded().expect("content");
    let first = &content.questions(Counterpart::Personaleleder)[0].id;
    let answer = &meeting(&ws, "personaleleder-1")["answers"][first.as_str()];
    assert_eq!(answer["text"], "Første linje\nAnden linje æøå");
    assert_eq!(answer["status"], "draft");
    // And a run with no input at all ends at once, creating nothing.
    let other = Env::new();
    let run = converse(&other, "");
    assert_eq!(run.code, Some(0));
    assert!(run.out.contains("Der er ikke oprettet noget netværk."));
}

/// Sends `signal` (e.g. "TERM", "HUP") to a running `mandat`.
fn send_signal(child: &Child, signal: &str) {
    let status = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
}

#[test]
fn a_signal_in_the_middle_of_a_text_keeps_the_lines_typed_so_far() {
    for signal in ["TERM", "HUP", "INT"] {
        let env = Env::new();
        let mut child = spawn(&env, &[], &[]);
        let mut stdin = child.stdin.take().expect("stdin");
        let mut reader = BufReader::new(child.stdout.take().expect("stdout"));
        let mut lines = FIRST_RUN_DA.to_vec();
        lines.extend(["1", "refl", "skriv", "Første linje", "Anden linje æøå"]);
        stdin.write_all(script(&lines).as_bytes()).expect("write");
        stdin.flush().expect("flush");
        // The input stays open, as a terminal's does; wait until the last line has been read.
        let mut line = String::new();
        while !line.contains("Anden linje æøå") {
            line.clear();
            assert!(
                reader.read_line(&mut line).expect("read") > 0,
                "ended early"
            );
        }
        send_signal(&child, signal);
        let mut rest = String::new();
        std::io::Read::read_to_string(&mut reader, &mut rest).expect("read the rest");
        let status = child.wait().expect("mandat ends");
        assert!(status.success(), "SIG{signal}: {status:?}");
        assert!(rest.contains("Alt er gemt. Farvel."), "SIG{signal}: {rest}");
        let ws = saved(&env);
        let content = Content::embedded().expect("content");
        let first = &content.questions(Counterpart::Personaleleder)[0].id;
        let answer = &meeting(&ws, "personaleleder-1")["answers"][first.as_str()];
        assert_eq!(
            answer["text"], "Første linje\nAnden linje æøå",
            "SIG{signal}"
        );
        drop(stdin);
    }
}

#[test]
fn the_network_s_theme_type_and_leader_can_be_changed_from_the_overview() {
    let env = Env::new();
    let mut lines = FIRST_RUN_DA.to_vec();
    // A new theme, another type, and Enter keeps the leader's name.
    lines.extend(["netværkets", "Ældre i fællesskab", "innov", "", "q"]);
    let run = converse(&env, &script(&lines));
    assert_eq!(run.code, Some(0), "{}", run.err);
    assert!(
        run.out.contains("Typen er nu velfærdsnetværk."),
        "{}",
        run.out
    );
    // The plan keeps its course and says so.
    assert!(
        run.out.contains("Arbejdsplanen bygger stadig på"),
        "{}",
        run.out
    );
    let ws = saved(&env);
    assert_eq!(ws["name"], "Ældre i fællesskab");
    assert_eq!(ws["network_type"], "innovation");
    assert_eq!(ws["leader_name"], "Mette Holm");
}

#[test]
fn an_answer_can_be_marked_to_bring_up_again_and_the_mark_taken_off() {
    let env = Env::new();
    let mut lines = FIRST_RUN_DA.to_vec();
    lines.extend(["1", "refl", "tag svaret op", "q"]);
    let run = converse(&env, &script(&lines));
    assert_eq!(run.code, Some(0), "{}", run.err);
    assert!(
        run.out.contains("Svaret tages op igen ved næste møde."),
        "{}",
        run.out
    );
    let content = Content::embedded().expect("content");
    let first = content.questions(Counterpart::Personaleleder)[0].id.clone();
    let ws = saved(&env);
    assert_eq!(
        meeting(&ws, "personaleleder-1")["bring_up"],
        serde_json::json!([first])
    );
    // The same question again offers to take the mark off.
    let run = converse(&env, &script(&["1", "refl", "tag ikke", "q"]));
    assert!(
        run.out.contains("Svaret tages ikke op igen."),
        "{}",
        run.out
    );
    let ws = saved(&env);
    assert_eq!(
        meeting(&ws, "personaleleder-1")["bring_up"],
        serde_json::json!([])
    );
}

#[test]
fn the_readme_s_piece_of_conversation_is_what_the_program_says() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let start = readme
        .find("A piece of the conversation:\n\n```\n")
        .expect("the README shows a piece of the conversation")
        + "A piece of the conversation:\n\n```\n".len();
    let end = readme[start..].find("```").expect("the piece ends") + start;
    let golden = std::fs::read_to_string(root.join("tests/it/plain/personaleleder-da.txt"))
        .expect("golden transcript");
    assert!(
        golden.contains(&readme[start..end]),
        "the README's piece differs from tests/it/plain/personaleleder-da.txt"
    );
}

#[test]
fn an_empty_first_line_keeps_a_text_after_reading_it_out() {
    let env = Env::new();
    let mut lines = FIRST_RUN_DA.to_vec();
    lines.extend(["1", "refl", "skriv", "Mit svar", "over to linjer", ".", "n"]);
    lines.extend(["skriv", "", "q"]);
    let run = converse(&env, &script(&lines));
    assert_eq!(run.code, Some(0), "{}", run.err);
    assert!(
        run.out
            .contains("Dit svar, som det står nu:\nMit svar\nover to linjer\nSlut på teksten.\n"),
        "{}",
        run.out
    );
    assert!(run.out.contains("Teksten er uændret."));
    let ws = saved(&env);
    let content = Content::embedded().expect("content");
    let first = &content.questions(Counterpart::Personaleleder)[0].id;
    let answer = &meeting(&ws, "personaleleder-1")["answers"][first.as_str()];
    assert_eq!(answer["text"], "Mit svar\nover to linjer");
    assert_eq!(
        answer["status"], "draft",
        "no was answered: it stays a draft"
    );
}

/// The rescue copies of the env's workspace beside it.
fn rescue_copies(env: &Env) -> Vec<PathBuf> {
    std::fs::read_dir(env.data().join("workspaces"))
        .expect("workspaces")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains(".rescue-"))
        .collect()
}

#[test]
fn a_failed_save_is_said_and_a_rescue_copy_keeps_the_words() {
    let env = Env::new();
    // The workspace is made while saves work.
    converse(&env, &script(FIRST_RUN_DA));
    let failing = [("MANDAT_TEST_FAIL_SAVES", "1")];
    // A rescue copy chosen in the dialog: named, and the program ends well.
    let run = converse_with(
        &env,
        &[],
        &script(&["1", "navn", "Karin Holm", "2", "q"]),
        &failing,
    );
    assert_eq!(run.code, Some(0), "{}", run.err);
    assert!(
        run.out.contains("Netværket kunne ikke gemmes: "),
        "{}",
        run.out
    );
    assert!(run.out.contains("Ændringerne er gemt i en nødkopi: "));
    assert!(run.out.contains("Dine ændringer ligger i nødkopien "));
    let copies = rescue_copies(&env);
    assert_eq!(copies.len(), 1);
    let copy = std::fs::read_to_string(&copies[0]).expect("rescue copy");
    assert!(copy.contains("Karin Holm"));
    assert!(
        !saved(&env).to_string().contains("Karin Holm"),
        "the file is unchanged"
    );

    // The next start offers the rescue copy; going on with the file as it is, then without
    // saving, and then the end of input: another rescue copy, named in one line.
    let run = converse_with(
        &env,
        &[],
        &script(&["2", "2", "navn", "Birgitte Skov", "3", "j"]),
        &failing,
    );
    assert_eq!(run.code, Some(1), "{}", run.out);
    assert_one_mandat_line(&run.err);
    assert!(run.err.contains("nødkopien"), "{}", run.err);
    assert_eq!(rescue_copies(&env).len(), 2);

    // The next start offers the newest rescue copy; taking it brings the words back.
    let run = converse(&env, &script(&["1", "q"]));
    assert_eq!(run.code, Some(0), "{}", run.err);
    assert!(run.out.contains("Hent nødkopien ind"));
    let ws = saved(&env);
    assert_eq!(
        meeting(&ws, "referenceleder-1")["person_name"],
        "Birgitte Skov"
    );
}

#[test]
fn a_second_mandat_on_the_same_network_is_refused_while_the_first_holds_it() {
    let env = Env::new();
    converse(&env, &script(FIRST_RUN_DA));
    let mut first = spawn(&env, &["--plain"], &[]);
    let stdin = first.stdin.take().expect("stdin");
    let mut reader = BufReader::new(first.stdout.take().expect("stdout"));
    let mut line = String::new();
    // The overview is shown once the network is open (and locked).
    while !line.starts_with("Du er i: Ældre i bevægelse › Overblik.") {
        line.clear();
        assert!(
            reader.read_line(&mut line).expect("read") > 0,
            "ended early"
        );
    }
    let second = converse(&env, "q\n");
    assert_eq!(second.code, Some(1), "{}", second.out);
    assert_one_mandat_line(&second.err);
    assert!(
        second.err.contains(&first.id().to_string()),
        "{}",
        second.err
    );
    // Closing its input ends the first one, which saves and says goodbye.
    drop(stdin);
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut reader, &mut rest).expect("read the rest");
    let status = first.wait().expect("the first one ends");
    assert!(status.success());
    assert!(rest.contains("Alt er gemt. Farvel."), "{rest}");
}

#[test]
fn plain_mode_is_chosen_by_the_flag_and_never_replaces_a_command() {
    let env = Env::new();
    let run = converse_with(&env, &["--plain"], "", &[]);
    assert_eq!(run.code, Some(0));
    assert!(
        run.out.starts_with("mandat i enkel tilstand."),
        "{}",
        run.out
    );
    let run = converse_with(&env, &[], "", &[("MANDAT_PLAIN", "1")]);
    assert_eq!(run.code, Some(0));
    converse(&env, &script(FIRST_RUN_DA));
    // A command stays a command, whatever asks for plain mode.
    for vars in [
        [("MANDAT_PLAIN", "1")],
        [("ACCESSIBLE", "1")],
        [("TERM", "dumb")],
    ] {
        let run = converse_with(&env, &["list"], "q\n", &vars);
        assert_eq!(run.code, Some(0));
        assert!(run.out.contains("aeldre-i-bevaegelse"), "{}", run.out);
        assert!(!run.out.contains("enkel tilstand"));
    }
    // --file is for commands only, in plain mode too.
    let file = env.workspace_file("aeldre-i-bevaegelse");
    let run = converse_with(
        &env,
        &["--plain", "--file", file.to_str().expect("path")],
        "",
        &[],
    );
    assert_eq!(run.code, Some(2));
    assert_one_mandat_line(&run.err);
    // The help names the flag.
    let help = env.ok(&["--help"]);
    assert!(help.contains("--plain"), "{help}");
}

#[test]
fn every_part_of_the_program_is_reachable_line_by_line() {
    let env = Env::new();
    let mut lines = FIRST_RUN_DA.to_vec();
    lines.extend([
        // The plan: the course, hours and a local day off, a phase, a vacation, accepted.
        "arbejdsplanen",
        "velf",
        "arbejdstid",
        "30",
        "1. maj",
        "næste",
        "opstart",
        "uger",
        "4",
        "0",
        "næste",
        "tilføj ferie",
        "uge 28-30 2027",
        "næste",
        "godkend",
        "0",
        // The time log: this week as planned, then a note on it.
        "tidsforbrug",
        "1",
        "registrer",
        "",
        "0",
        // A follow-up meeting with the referenceleder, named.
        "nyt opfølgende",
        "ref",
        "navn",
        "Birgitte Skov",
        "0",
        // The co-driver aid: a candidate who fits a profile, with a note, chosen.
        "co-driver",
        "find",
        "tilføj",
        "Ahmed Yilmaz",
        "profilen f",
        "1",
        "2",
        "Kender temaet indefra.",
        ".",
        "0",
        "vælg",
        "0",
        "sammenlign",
        "0",
        "emner",
        "Tid til netværket",
        "Opbakning",
        ".",
        "private",
        "Husk at spørge til budgettet.",
        ".",
        "0",
        // The plan as a Markdown file.
        "gem",
        "arbejdsplanen",
        "markdown",
        "",
        "n",
        // Another network.
        "dine",
        "opret",
        "",
        "Læring i skolen",
        "lær",
        "",
        "j",
        "q",
    ]);
    let run = converse(&env, &script(&lines));
    assert_eq!(run.code, Some(0), "{}\n{}", run.out, run.err);
    assert_clean_text("the transcript", &run.out);
    let ws: Value = serde_json::from_str(
        &std::fs::read_to_string(env.workspace_file("aeldre-i-bevaegelse")).expect("file"),
    )
    .expect("json");
    assert_eq!(ws["plan"]["weekly_hours"], 30.0);
    assert_eq!(ws["plan"]["local_days_off"]["may_day"], true);
    assert_eq!(ws["plan"]["status"]["state"], "accepted", "{}", run.out);
    assert_eq!(ws["plan"]["vacations"].as_array().map(Vec::len), Some(1));
    assert!(
        ws["time_log"]["2027-W02"]["hours"].is_number(),
        "{}",
        ws["time_log"]
    );
    assert_eq!(
        meeting(&ws, "referenceleder-2")["person_name"],
        "Birgitte Skov"
    );
    let aid = &ws["codriver_aid"];
    assert_eq!(aid["candidates"][0]["name"], "Ahmed Yilmaz");
    assert_eq!(aid["chosen"], aid["candidates"][0]["id"]);
    let co = meeting(&ws, "co-driver-1");
    assert_eq!(co["person_name"], "Ahmed Yilmaz");
    assert_eq!(
        co["topics"],
        serde_json::json!(["Tid til netværket", "Opbakning"])
    );
    assert_eq!(co["private_notes"], "Husk at spørge til budgettet.");
    let plan_md = documents(&env).join("aeldre-i-bevaegelse-arbejdsplan.md");
    assert!(plan_md.exists(), "{}", run.out);
    assert!(
        env.workspace_file("laering-i-skolen").exists(),
        "{}",
        run.out
    );
}

#[test]
fn a_follow_up_meeting_starts_from_what_the_last_one_left_open_and_can_be_deleted() {
    let env = Env::new();
    let mut lines = FIRST_RUN_DA.to_vec();
    // The first meeting with the referenceleder: a date, one proposal, ready and agreed.
    lines.extend([
        "ref",
        "dato",
        "11-01-2027",
        "samarb",
        "1",
        "1",
        "Hver måned.",
        ".",
        "0",
    ]);
    lines.extend([
        "marker aftalen klar",
        "marker aftalen som",
        "",
        "12-04-2027",
        "0",
        "0",
    ]);
    // A follow-up: proposed on the review date, with what was left open read out first.
    lines.extend(["nyt opfølgende", "ref", "aflever pjecen igen", "refl", "0"]);
    lines.extend(["slet", "n", "slet", "j", "0", "q"]);
    let run = converse(&env, &script(&lines));
    assert_eq!(run.code, Some(0), "{}\n{}", run.out, run.err);
    assert_clean_text("the transcript", &run.out);
    assert!(run.out.contains("Fra sidste møde:"), "{}", run.out);
    assert!(
        run.out
            .contains("Du er i: Ældre i bevægelse › Referenceleder, møde 2 af 2."),
        "{}",
        run.out
    );
    assert!(
        run.out
            .contains("Pjecen skal afleveres igen ved dette møde.")
    );
    let content = Content::embedded().expect("content");
    let follow_up = content.questions_for(Counterpart::Referenceleder, true);
    assert!(
        run.out
            .contains(follow_up[0].text.get(mandat::vocab::Lang::Da)),
        "the follow-up asks the follow-up questions"
    );
    let ws = saved(&env);
    let ids: Vec<&str> = ws["meetings"]
        .as_array()
        .expect("meetings")
        .iter()
        .filter_map(|m| m["id"].as_str())
        .collect();
    assert!(
        !ids.contains(&"referenceleder-2"),
        "deleted after a yes: {ids:?}"
    );
    assert_eq!(
        meeting(&ws, "referenceleder-1")["agreement"]["state"],
        "agreed"
    );
}

#[test]
fn a_file_that_cannot_be_read_is_left_alone_and_the_newest_good_backup_is_offered() {
    let env = Env::new();
    let mut lines = FIRST_RUN_DA.to_vec();
    lines.extend(["1", "navn", "Lars Jensen", "q"]);
    converse(&env, &script(&lines));
    let file = env.workspace_file("aeldre-i-bevaegelse");
    std::fs::write(&file, "{ ikke json").expect("damage the file");
    let run = converse(&env, &script(&["gendan", "q"]));
    assert_eq!(run.code, Some(0), "{}\n{}", run.out, run.err);
    assert!(
        run.out
            .contains("Du er i: aeldre-i-bevaegelse › Netværkets fil kan ikke læses."),
        "{}",
        run.out
    );
    assert!(
        run.out.contains("Sikkerhedskopien er gendannet."),
        "{}",
        run.out
    );
    let kept: Vec<PathBuf> = std::fs::read_dir(env.data().join("workspaces"))
        .expect("workspaces")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains(".broken-"))
        .collect();
    assert_eq!(kept.len(), 1, "the damaged file is kept beside it");
    assert_eq!(
        std::fs::read_to_string(&kept[0]).expect("kept"),
        "{ ikke json"
    );
    assert!(saved(&env)["name"] == "Ældre i bevægelse");
}
