//! The real program in a real terminal: tmux runs `mandat`, `send-keys` types and
//! `capture-pane` reads the screen, the way a user meets it. `.ci/run` installs tmux; on a
//! machine without it these tests say so and pass.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

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
        let command = format!(
            "env MANDAT_DATA_DIR='{}' MANDAT_TODAY=2027-01-12 MANDAT_LANG=da '{}'",
            self.data.display(),
            env!("CARGO_BIN_EXE_mandat")
        );
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

    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", "main"])
    }

    /// Waits until the screen shows `text`; panics with the screen if it never does.
    fn wait_for(&self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
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
        let deadline = Instant::now() + Duration::from_secs(10);
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

    // Start again: the dashboard counts the draft, and the text is on screen.
    t.start();
    t.wait_for("Overblik");
    t.keys(&["Enter"]);
    t.wait_for("Refleksionsspørgsmål");
    t.keys(&["Down", "Enter"]);
    let screen = t.wait_for("basis vente");
    assert!(screen.contains("Højst tolv timer"), "{screen}");
    t.keys(&["q"]);
    t.wait_until_unlocked();
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
