//! Helpers shared by the tests that try to break the "never lose a word" guarantees: the real
//! binary on a throw-away data folder, a child process made from the test binary itself, and
//! workspaces to feed them.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use mandat::flow::plan::PlanDraft;
use mandat::model::Workspace;
use mandat::planner::PlanSettings;
use mandat::vocab::NetworkType;

/// The date every binary run sees (`MANDAT_TODAY`).
/// The demo workspace shipped with the project.
pub fn demo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo-velfaerd.json")
}

pub const TODAY: &str = "2027-01-12";

/// Set in a child made from the test binary; names what the child is to do.
pub const CHILD_ROLE: &str = "MANDAT_TEST_CHILD_ROLE";
/// The data folder a child works in.
pub const CHILD_DATA: &str = "MANDAT_TEST_CHILD_DATA";

/// Longer than any command should take; reaching it means a hang, not a slow machine.
pub const HANG: Duration = Duration::from_secs(120);

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

pub fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 1, 11, 9, 0, 0)
        .single()
        .expect("valid time")
}

/// A fresh velfærd workspace with one undated meeting per counterpart.
pub fn workspace(id: &str, name: &str) -> Workspace {
    Workspace::new(
        id.to_string(),
        name.to_string(),
        NetworkType::Velfaerd,
        "Søren Holm".to_string(),
        PlanDraft::new(PlanSettings::new("velfaerd", date(2027, 1, 4))),
        t0(),
    )
}

/// A throw-away data folder and the real `mandat` binary pointed at it.
pub struct Env {
    pub dir: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Self {
        Env {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    pub fn workspace_file(&self, id: &str) -> PathBuf {
        self.data().join("workspaces").join(format!("{id}.json"))
    }
}

/// What needs the `mandat` binary, built with the default `app` feature.
#[cfg(feature = "app")]
impl Env {
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_mandat"));
        cmd.args(args);
        self.configure(&mut cmd);
        cmd
    }

    /// The environment every run gets: this data folder, the pinned date, nothing else.
    pub fn configure(&self, cmd: &mut Command) {
        cmd.env("MANDAT_DATA_DIR", self.data())
            .env("MANDAT_TODAY", TODAY)
            .env_remove("MANDAT_LANG")
            .env_remove("MANDAT_CONTENT_DIR")
            .env_remove(CHILD_ROLE)
            .stdin(Stdio::null());
    }

    pub fn run(&self, args: &[&str]) -> Output {
        run_bounded(self.command(args), args)
    }

    /// Runs a command that must succeed; returns its standard output.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "mandat {args:?} failed: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        String::from_utf8(out.stdout).expect("utf-8 output")
    }

    /// Runs a command that must fail with exit status 1 and exactly one `mandat: …` line.
    pub fn fails(&self, args: &[&str]) -> String {
        self.fails_with(args, 1)
    }

    /// Runs a command that must fail with `code` (2 for a usage error) and one `mandat: …` line.
    pub fn fails_with(&self, args: &[&str], code: i32) -> String {
        let out = self.run(args);
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(out.status.code(), Some(code), "mandat {args:?}: {stderr}");
        assert_one_mandat_line(&stderr);
        stderr
    }

    /// The saved workspace as JSON.
    pub fn workspace_json(&self, id: &str) -> serde_json::Value {
        let text = std::fs::read_to_string(self.workspace_file(id)).expect("workspace file");
        serde_json::from_str(&text).expect("json")
    }

    /// `mandat new`, returning the new workspace's id.
    pub fn new_workspace(&self, name: &str) -> String {
        self.ok(&["new", "--name", name, "--type", "velfaerd"])
            .trim()
            .to_string()
    }
}

impl Default for Env {
    fn default() -> Self {
        Env::new()
    }
}

pub fn assert_one_mandat_line(stderr: &str) {
    assert!(stderr.starts_with("mandat: "), "{stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// Runs a command to its end, failing the test (rather than hanging it) if it never ends.
pub fn run_bounded(mut cmd: Command, what: &[&str]) -> Output {
    let child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start mandat");
    wait_bounded(child, what)
}

pub fn wait_bounded(mut child: Child, what: &[&str]) -> Output {
    // Read the pipes on threads so a large output cannot block the child.
    let mut stdout = child.stdout.take().expect("piped stdout");
    let mut stderr = child.stderr.take().expect("piped stderr");
    let out = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut buf);
        buf
    });
    let err = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stderr, &mut buf);
        buf
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for mandat") {
            break status;
        }
        if started.elapsed() > HANG {
            let _ = child.kill();
            let _ = child.wait();
            panic!("mandat {what:?} did not finish: it hangs");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Output {
        status,
        stdout: out.join().expect("stdout reader"),
        stderr: err.join().expect("stderr reader"),
    }
}

/// Starts this test binary again, running only the ignored test `name` with `role` in
/// [`CHILD_ROLE`] and `data` in [`CHILD_DATA`]; its standard output is piped.
pub fn spawn_child(name: &str, role: &str, data: &Path) -> Child {
    Command::new(std::env::current_exe().expect("test binary"))
        .args([
            name,
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ROLE, role)
        .env(CHILD_DATA, data)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start child")
}

/// The child's role and data folder, if this process is such a child.
pub fn child_role() -> Option<(String, PathBuf)> {
    let role = std::env::var(CHILD_ROLE).ok()?;
    let data = std::env::var_os(CHILD_DATA)?;
    Some((role, PathBuf::from(data)))
}

/// Waits until the child prints `marker` and returns what follows it on that line. The test
/// harness's own output comes first, and "test name ... " shares the line with the marker.
pub fn wait_for_line(child: &mut Child, marker: &str) -> String {
    let stdout = child.stdout.as_mut().expect("piped stdout");
    let mut reader = BufReader::new(stdout);
    let mut line = String::new();
    loop {
        line.clear();
        let n = reader.read_line(&mut line).expect("read child output");
        assert!(n > 0, "the child ended before saying {marker}");
        if let Some(at) = line.find(marker) {
            return line[at + marker.len()..].trim().to_string();
        }
    }
}

/// How long a child waits for the parent to kill it before it ends by itself, so a parent
/// that failed never leaves a child running.
pub const CHILD_PATIENCE: Duration = Duration::from_secs(20);

/// Characters that must never reach a terminal from user text: controls (other than the
/// newline) and the bidirectional overrides that make text read differently than it is.
pub fn forbidden_chars(text: &str) -> Vec<(usize, char)> {
    text.char_indices()
        .filter(|&(_, c)| {
            (c.is_control() && c != '\n')
                || ('\u{202a}'..='\u{202e}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)
        })
        .collect()
}

pub fn assert_clean_text(what: &str, text: &str) {
    let bad = forbidden_chars(text);
    if let Some(&(at, c)) = bad.first() {
        let start = text[..at]
            .char_indices()
            .rev()
            .nth(30)
            .map(|(i, _)| i)
            .unwrap_or(0);
        let end = (at + 40).min(text.len());
        let end = (end..=text.len())
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(text.len());
        panic!(
            "{what}: {} forbidden character(s), first {c:?} at byte {at}: {:?}",
            bad.len(),
            &text[start..end]
        );
    }
}

/// Unix file mode bits (permissions only).
#[cfg(unix)]
pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777
}

/// Every file and folder below `dir` (not `dir` itself).
pub fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                todo.push(path.clone());
            }
            out.push(path);
        }
    }
    out.sort();
    out
}
