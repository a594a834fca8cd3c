//! The real program in a real terminal: tmux runs `mandat`, `send-keys` types and
//! `capture-pane` reads the screen, the way a user meets it. `.ci/run` installs tmux; on a
//! machine without it these tests say so and pass.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// How long a step may take before the test gives up: generous, since CI runs many tests at
/// once on two cores. A limit against hanging, not a timing assertion.
const PATIENCE: Duration = Duration::from_secs(30);

fn tmux_available() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is missing in CI; .ci/run installs it"
        );
        eprintln!("tmux is not installed; skipping the end-to-end test");
    }
    found
}

/// One tmux server per test (its own socket), so tests never see each other.
struct Terminal {
    socket: String,
    data: PathBuf,
    _dir: tempfile::TempDir,
}

impl Terminal {
    fn new(name: &str) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        Terminal {
            socket: format!("mandat-e2e-{name}-{}", std::process::id()),
            data: dir.path().join("data"),
            _dir: dir,
        }
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("run tmux");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn start(&self) {
        self.start_with("", "");
    }

    /// Starts the program with more environment (`NAME=value …`) and arguments; its error
    /// output and exit status go to files beside the data folder ([`Terminal::ended`]).
    fn start_with(&self, env: &str, args: &str) {
        let dir = self.data.parent().expect("a parent");
        let command = format!(
            "env MANDAT_DATA_DIR='{}' MANDAT_TODAY=2027-01-12 MANDAT_LANG=da {env} '{}' {args} \
             2>'{err}'; echo $? > '{status}'",
            self.data.display(),
            env!("CARGO_BIN_EXE_mandat"),
            err = dir.join("stderr.txt").display(),
            status = dir.join("status.txt").display(),
        );
        let _ = std::fs::remove_file(dir.join("status.txt"));
        self.tmux(&[
            "new-session",
            "-d",
            "-s",
            "main",
            "-x",
            "100",
            "-y",
            "30",
            &command,
        ]);
    }

    /// Waits for the program to end; its exit status and what it wrote on standard error.
    fn ended(&self) -> (i32, String) {
        let dir = self.data.parent().expect("a parent");
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Ok(status) = std::fs::read_to_string(dir.join("status.txt"))
                && let Ok(code) = status.trim().parse()
            {
                let err = std::fs::read_to_string(dir.join("stderr.txt")).unwrap_or_default();
                return (code, err);
            }
            assert!(Instant::now() < deadline, "mandat did not end");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Runs a command-line command on the same data folder.
    fn cli(&self, args: &[&str]) -> String {
        let out = Command::new(env!("CARGO_BIN_EXE_mandat"))
            .args(args)
            .env("MANDAT_DATA_DIR", &self.data)
            .env("MANDAT_TODAY", "2027-01-12")
            .env_remove("MANDAT_TEST_FAIL_SAVES")
            .output()
            .expect("run mandat");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The process id of the program running in the terminal.
    fn pid(&self) -> String {
        let pane = self.tmux(&["list-panes", "-t", "main", "-F", "#{pane_pid}"]);
        let shell = pane.trim().to_string();
        let out = Command::new("pgrep")
            .args(["-P", &shell, "-f", "mandat"])
            .output()
            .expect("pgrep");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .unwrap_or(&shell)
            .to_string()
    }

    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", "main"])
    }

    /// Waits until the screen shows `text`; panics with the screen if it never does.
    fn wait_for(&self, text: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            if Instant::now() > deadline {
                panic!("«{text}» never appeared; the screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.tmux(&["send-keys", "-t", "main", key]);
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    fn type_text(&self, text: &str) {
        self.tmux(&["send-keys", "-t", "main", "-l", text]);
        std::thread::sleep(Duration::from_millis(80));
    }

    /// Closes the terminal window under the program, as clicking its close button does.
    fn close_window(&self) {
        self.tmux(&["kill-server"]);
    }

    fn workspace_file(&self) -> PathBuf {
        self.data
            .join("workspaces")
            .join("aeldre-i-bevaegelse.json")
    }

    fn wait_until_unlocked(&self) {
        // The program has exited when another process can take the workspace lock.
        let store = mandat::store::Store::open(Some(self.data.clone())).expect("store");
        let deadline = Instant::now() + PATIENCE;
        while store.lock("aeldre-i-bevaegelse").is_err() {
            assert!(
                Instant::now() < deadline,
                "mandat did not exit after the window closed"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
    }
}

fn answer_in_file(path: &Path, question: &str) -> String {
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("saved file")).expect("json");
    json["meetings"][0]["answers"][question]["text"]
        .as_str()
        .unwrap_or("")
        .to_string()
}

#[test]
fn a_sentence_typed_when_the_window_closes_is_there_next_time() {
    if !tmux_available() {
        return;
    }
    let t = Terminal::new("close");
    t.start();
    t.wait_for("Velkommen til mandat");
    t.type_text("Mette Holm");
    t.keys(&["Tab"]);
    t.type_text("Ældre i bevægelse");
    t.keys(&["Tab", "Tab", "Tab", "Enter"]);
    t.wait_for("Overblik");
    // The personaleleder's meeting, then its reflection questions, then the editor.
    t.keys(&["Enter"]);
    t.wait_for("Refleksionsspørgsmål");
    t.keys(&["Down", "Enter"]);
    t.wait_for("Dit svar");
    t.keys(&["Enter"]);
    t.type_text("Højst tolv timer i de travle uger");
    t.keys(&["Enter"]);
    t.type_text("og så må basis vente på æøå");
    t.wait_for("basis vente");
    t.close_window();
    t.wait_until_unlocked();
    let saved = answer_in_file(&t.workspace_file(), "pl-tid-1");
    assert_eq!(
        saved,
        "Højst tolv timer i de travle uger\nog så må basis vente på æøå"
    );

    // Start again: it lands back in the answer, the field open, where the typing stopped.
    t.start();
    let screen = t.wait_for("basis vente");
    assert!(screen.contains("Højst tolv timer"), "{screen}");
    assert!(
        screen.contains("gem og luk"),
        "the answer field is open: {screen}"
    );
    t.type_text(" nu");
    t.wait_for("æøå nu");
    t.keys(&["Escape", "q"]);
    t.wait_until_unlocked();
    let saved = answer_in_file(&t.workspace_file(), "pl-tid-1");
    assert!(
        saved.ends_with("æøå nu"),
        "typing goes on at the cursor: {saved}"
    );
}

#[test]
fn a_tiny_window_says_so_and_the_program_survives() {
    if !tmux_available() {
        return;
    }
    let t = Terminal::new("tiny");
    t.start();
    t.wait_for("Velkommen til mandat");
    t.tmux(&["resize-window", "-t", "main", "-x", "30", "-y", "6"]);
    t.wait_for("for lille");
    t.tmux(&["resize-window", "-t", "main", "-x", "3", "-y", "1"]);
    std::thread::sleep(Duration::from_millis(300));
    t.tmux(&["resize-window", "-t", "main", "-x", "100", "-y", "30"]);
    t.wait_for("Velkommen til mandat");
    t.keys(&["Escape"]);
}

/// Saves fail on purpose (the store's test seam, as a full disk would make them), the leader
/// types a proposal, and then leaves in one of the three ways: each keeps the words.
fn type_while_saves_fail(t: &Terminal, words: &str) {
    t.cli(&[
        "new",
        "--name",
        "Ældre i bevægelse",
        "--type",
        "velfaerd",
        "--leader",
        "Mette",
    ]);
    t.start_with("MANDAT_TEST_FAIL_SAVES=1", "");
    t.wait_for("Overblik");
    t.keys(&["Enter"]);
    t.wait_for("Samarbejdsaftale");
    t.keys(&["Down", "Down", "Enter"]);
    t.wait_for("Dit forslag");
    t.keys(&["Enter"]);
    t.type_text(words);
    t.wait_for("Kunne ikke gemme");
    t.keys(&["Escape"]);
}

fn proposal_in(path: &Path) -> String {
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("file")).expect("json");
    json["meetings"][0]["agreement"]["fields"]["netvaerkstimer"]["proposal"]
        .as_str()
        .unwrap_or("")
        .to_string()
}

/// Starts again with saves working: the rescue copy is offered in one key and brings the words
/// back, keeping the file that was there.
fn next_start_brings_the_words_back(t: &Terminal, words: &str) {
    t.start_with("", "--workspace aeldre-i-bevaegelse");
    t.wait_for("nødkopi med nyere ændringer");
    t.keys(&["Enter"]);
    t.wait_for("Overblik");
    t.keys(&["q"]);
    let (code, _) = t.ended();
    assert_eq!(code, 0);
    assert_eq!(proposal_in(&t.workspace_file()), words);
    let kept = std::fs::read_dir(t.data.join("workspaces"))
        .expect("folder")
        .flatten()
        .any(|e| e.file_name().to_string_lossy().contains(".before-rescue-"));
    assert!(kept, "the file the rescue copy replaced is kept beside it");
}

#[test]
fn a_failed_save_then_q_asks_and_a_rescue_copy_keeps_every_word() {
    if !tmux_available() {
        return;
    }
    let t = Terminal::new("fullq");
    let words = "Ti timer om ugen, æøå og 👨‍👩‍👧 med";
    type_while_saves_fail(&t, words);
    t.keys(&["q"]);
    let screen = t.wait_for("Dine seneste ændringer er ikke gemt");
    assert!(screen.contains("nødkopi"), "{screen}");
    t.keys(&["r"]);
    let (code, _) = t.ended();
    assert_eq!(code, 0, "the leader chose the rescue copy");
    assert_eq!(
        proposal_in(&t.workspace_file()),
        "",
        "the save really failed"
    );
    next_start_brings_the_words_back(&t, words);
}

#[test]
fn a_failed_save_then_switching_network_asks_first_and_keeps_the_words() {
    if !tmux_available() {
        return;
    }
    let t = Terminal::new("fulln");
    t.cli(&["new", "--name", "Et andet netværk", "--type", "laering"]);
    let words = "Hver fredag en kort status til Lars";
    type_while_saves_fail(&t, words);
    t.keys(&["Escape", "Escape"]);
    t.wait_for("Overblik");
    t.keys(&["n"]);
    t.wait_for("Dine netværk");
    t.keys(&["Down", "Enter"]);
    t.wait_for("Dine seneste ændringer er ikke gemt");
    // Trying again fails the same way; the dialog stays.
    t.keys(&["g"]);
    t.wait_for("Dine seneste ændringer er ikke gemt");
    t.keys(&["r"]);
    t.wait_for("Et andet netværk");
    t.keys(&["q"]);
    t.ended();
    next_start_brings_the_words_back(&t, words);
}

#[test]
fn sigterm_after_a_failed_save_writes_a_rescue_copy_names_it_and_exits_non_zero() {
    if !tmux_available() {
        return;
    }
    let t = Terminal::new("fullterm");
    let words = "Sekretariatet tre dage i uge 12";
    type_while_saves_fail(&t, words);
    let pid = t.pid();
    Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill");
    let (code, err) = t.ended();
    assert_ne!(code, 0, "{err}");
    assert!(err.starts_with("mandat: "), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains("nødkopi"), "{err}");
    next_start_brings_the_words_back(&t, words);
}
