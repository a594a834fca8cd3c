//! Files where people look (issue 13): `--open` writes the document (into the documents folder
//! when no `-o` is given) and opens it in the system's default program, and says so in one line
//! when there is none; a workbook is never poured into a terminal.

#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{Env, demo};

/// A folder holding a fake `xdg-open` that notes the file it was asked to open.
fn fake_launcher(dir: &Path) -> (PathBuf, PathBuf) {
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let opened = dir.join("opened.txt");
    let script = bin.join("xdg-open");
    std::fs::write(
        &script,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", opened.display()),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    (bin, opened)
}

fn run(env: &Env, path: &Path, documents: &Path, args: &[&str]) -> std::process::Output {
    let mut cmd = env.command(args);
    cmd.env("PATH", path).env("MANDAT_DOCUMENTS_DIR", documents);
    cmd.output().unwrap()
}

fn waited_for(file: &Path) -> Option<String> {
    for _ in 0..100 {
        if let Ok(text) = std::fs::read_to_string(file)
            && !text.is_empty()
        {
            return Some(text);
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    None
}

#[test]
fn open_without_o_writes_into_the_documents_folder_and_opens_the_file() {
    let env = Env::new();
    let (bin, opened) = fake_launcher(env.dir.path());
    let documents = env.dir.path().join("Dokumenter").join("mandat");
    let demo = demo();
    let out = run(
        &env,
        &bin,
        &documents,
        &[
            "--file",
            demo.to_str().unwrap(),
            "plan",
            "--format",
            "html",
            "--open",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file = documents.join("demo-hverdagsliv-plan.html");
    assert!(file.is_file(), "{}", file.display());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(&file.display().to_string()),
        "the full path: {stdout}"
    );
    assert_eq!(waited_for(&opened).as_deref(), Some(file.to_str().unwrap()));
}

#[test]
fn open_with_o_opens_that_file_and_the_documents_option_is_a_global_option() {
    let env = Env::new();
    let (bin, opened) = fake_launcher(env.dir.path());
    let target = env.dir.path().join("brief.html");
    let demo = demo();
    let out = run(
        &env,
        &bin,
        &env.dir.path().join("unused"),
        &[
            "--file",
            demo.to_str().unwrap(),
            "summary",
            "--meeting",
            "personaleleder",
            "--format",
            "html",
            "-o",
            target.to_str().unwrap(),
            "--open",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        waited_for(&opened).as_deref(),
        Some(target.to_str().unwrap())
    );
    // --documents DIR beats the environment.
    let chosen = env.dir.path().join("valgt");
    let out = run(
        &env,
        &bin,
        &env.dir.path().join("unused"),
        &[
            "--file",
            demo.to_str().unwrap(),
            "--documents",
            chosen.to_str().unwrap(),
            "pamphlet",
            "--for",
            "referenceleder",
            "--open",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        chosen
            .join("demo-hverdagsliv-referenceleder-1-pjece.txt")
            .is_file()
    );
}

#[test]
fn with_no_program_to_open_files_the_file_is_written_and_one_line_says_so() {
    let env = Env::new();
    let empty = env.dir.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let documents = env.dir.path().join("docs");
    let demo = demo();
    let out = run(
        &env,
        &empty,
        &documents,
        &[
            "--file",
            demo.to_str().unwrap(),
            "plan",
            "--format",
            "xlsx",
            "--open",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("mandat: filen er gemt i "), "{err}");
    assert!(err.contains("intet program"), "{err}");
    assert!(documents.join("demo-hverdagsliv-plan.xlsx").is_file());
}

#[test]
fn open_needs_a_file_not_standard_output() {
    let env = Env::new();
    let demo = demo();
    let err = env.fails_with(
        &[
            "--file",
            demo.to_str().unwrap(),
            "plan",
            "--format",
            "html",
            "-o",
            "-",
            "--open",
        ],
        2,
    );
    assert!(err.contains("--open"), "{err}");
    let err = env.fails_with(
        &[
            "--file",
            demo.to_str().unwrap(),
            "summary",
            "--meeting",
            "all",
            "-o",
            "-",
            "--open",
        ],
        2,
    );
    assert!(err.contains("--open"), "{err}");
}

#[test]
fn a_workbook_goes_to_a_file_or_a_pipe_but_never_to_a_terminal() {
    let env = Env::new();
    let demo = demo();
    // To a pipe (the test reads the output): the bytes of a zip.
    let out = env.run(&["--file", demo.to_str().unwrap(), "plan", "--format", "xlsx"]);
    assert!(out.status.success());
    assert!(out.stdout.starts_with(b"PK"));
    let out = env.run(&[
        "--file",
        demo.to_str().unwrap(),
        "plan",
        "--format",
        "xlsx",
        "-o",
        "-",
    ]);
    assert!(out.stdout.starts_with(b"PK"));
    // To a terminal: refused with one line. `script` gives the command a terminal.
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("script (util-linux) is not installed; skipping the terminal case");
        return;
    }
    let command = format!(
        "'{}' --file '{}' plan --format xlsx; echo \"status=$?\"",
        env!("CARGO_BIN_EXE_mandat"),
        demo.display()
    );
    let out = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("MANDAT_DATA_DIR", env.data())
        .env("MANDAT_TODAY", crate::support::TODAY)
        .env_remove("MANDAT_LANG")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("status=2"), "{text}");
    assert!(
        text.contains("regneark kan ikke vises i terminalen"),
        "{text}"
    );
    assert!(!text.contains("PK"), "{text}");
}
