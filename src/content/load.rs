//! Where content comes from: the copy built into the binary, or an organisation's folder.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fs;
use std::io::{self, Read, Write};
use std::path::Path;

use super::error::{ContentError, ContentErrors, ContentProblem, ExportError};
use super::files::{EMBEDDED, FILE_NAMES};
use super::{Content, ContentSource, locate, validate};

/// A content file larger than this is refused; the shipped files are a few dozen kB.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

impl Content {
    /// The content embedded at build time (the files in the project's `content/` folder).
    pub fn embedded() -> Result<Content, ContentErrors> {
        let inputs = EMBEDDED
            .iter()
            .map(|(name, text)| (format!("content/{name}"), Ok(Cow::Borrowed(*text))))
            .collect();
        build(ContentSource::Embedded, inputs)
    }

    /// From an organisation's folder holding the same six files as the embedded content.
    pub fn from_dir(dir: &Path) -> Result<Content, ContentErrors> {
        if !dir.is_dir() {
            let problem = if dir.exists() {
                ContentProblem::NotAFolder
            } else {
                ContentProblem::NoSuchFolder
            };
            return Err(ContentErrors(vec![ContentError::whole_file(
                dir.display().to_string(),
                problem,
            )]));
        }
        let inputs = FILE_NAMES
            .iter()
            .map(|name| {
                let path = dir.join(name);
                let shown = path.display().to_string();
                let text = read_content_file(&path, &shown).map(Cow::Owned);
                (shown, text)
            })
            .collect();
        build(ContentSource::Dir(dir.to_path_buf()), inputs)
    }

    /// From `dir` if given, else the embedded content.
    pub fn load(dir: Option<&Path>) -> Result<Content, ContentErrors> {
        match dir {
            Some(dir) => Content::from_dir(dir),
            None => Content::embedded(),
        }
    }
}

/// Writes the six embedded files into `dir` (created if needed), so an organisation can start
/// its own copy. Refuses, before writing anything, if any of the files already exists there:
/// an organisation's edited texts are never overwritten.
pub fn write_embedded_to(dir: &Path) -> Result<(), ExportError> {
    let failed = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ExportError::Io { path, source }
    };
    fs::create_dir_all(dir).map_err(failed(dir))?;
    for (name, _) in EMBEDDED {
        let path = dir.join(name);
        if path.exists() {
            return Err(ExportError::WouldOverwrite(path));
        }
    }
    for (name, text) in EMBEDDED {
        let path = dir.join(name);
        write_new(&path, text).map_err(failed(&path))?;
    }
    Ok(())
}

/// Writes a file that must not exist yet, and waits until it is on the disk.
fn write_new(path: &Path, text: &str) -> io::Result<()> {
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

type Input<'a> = (String, Result<Cow<'a, str>, ContentError>);

/// Validates every file, collecting all problems, and assembles the content if there are none.
fn build(source: ContentSource, inputs: Vec<Input<'_>>) -> Result<Content, ContentErrors> {
    let mut all = Vec::new();
    let mut roles = None;
    let mut pamphlets = None;
    let mut questions = None;
    let mut codriver = None;
    let mut agreements = None;
    let mut courses = None;
    for (index, (file, text)) in inputs.iter().enumerate() {
        let text = match text {
            Ok(text) => text,
            Err(e) => {
                all.push(e.clone());
                continue;
            }
        };
        let mut errs = Vec::new();
        match index {
            0 => roles = validate::roles(file, text, &mut errs),
            1 => pamphlets = validate::pamphlets(file, text, &mut errs),
            2 => questions = validate::questions(file, text, &mut errs),
            3 => codriver = validate::codriver(file, text, &mut errs),
            4 => agreements = validate::agreements(file, text, &mut errs),
            _ => courses = validate::courses(file, text, &mut errs),
        }
        all.extend(in_order_once(errs));
    }
    if !all.is_empty() {
        return Err(ContentErrors(all));
    }
    match (roles, pamphlets, questions, codriver, agreements, courses) {
        (Some(r), Some(p), Some(q), Some(c), Some(a), Some(k)) => Ok(Content {
            source,
            roles: r.roles,
            pamphlets: p.pamphlets,
            question_sets: q.question_sets,
            codriver_aid: c.codriver_aid,
            agreements: a.agreements,
            courses: k.courses,
        }),
        // Every path that yields no value also reports why; this is a safety net.
        _ => Err(ContentErrors(vec![ContentError::whole_file(
            "content",
            ContentProblem::Incomplete,
        )])),
    }
}

/// One file's problems by position, each once. A problem can be found twice (an element read
/// whole and then part by part); problems at the same place keep the order they were found in.
fn in_order_once(mut errs: Vec<ContentError>) -> Vec<ContentError> {
    errs.sort_by_key(|e| (e.line, e.column));
    let mut seen = HashSet::new();
    errs.retain(|e| seen.insert(e.clone()));
    errs
}

/// Reads one content file as UTF-8 text, refusing huge files. A leading byte-order mark (which
/// Windows Notepad adds) is dropped.
fn read_content_file(path: &Path, shown: &str) -> Result<String, ContentError> {
    let fail = |problem: ContentProblem| ContentError::whole_file(shown, problem);
    let meta = fs::metadata(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => fail(ContentProblem::FileMissing),
        _ => fail(io_problem(&e)),
    })?;
    if meta.is_dir() {
        return Err(fail(ContentProblem::FileIsAFolder));
    }
    let file = fs::File::open(path).map_err(|e| fail(io_problem(&e)))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(io_problem(&e)))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail(ContentProblem::TooLarge {
            max_mb: MAX_FILE_BYTES / (1024 * 1024),
        }));
    }
    if bytes.starts_with(UTF8_BOM) {
        bytes.drain(..UTF8_BOM.len());
    }
    String::from_utf8(bytes).map_err(|e| {
        let good = e.utf8_error().valid_up_to();
        let prefix = String::from_utf8_lossy(&e.as_bytes()[..good]);
        ContentError::new(
            shown,
            locate::line_col(&prefix, prefix.len()),
            ContentProblem::NotUtf8,
        )
    })
}

/// The operating system's refusal: access is a problem of its own, with a hint; anything else
/// is said in the system's words.
fn io_problem(e: &io::Error) -> ContentProblem {
    match e.kind() {
        io::ErrorKind::PermissionDenied => ContentProblem::NoAccess,
        _ => ContentProblem::CannotRead {
            reason: e.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::locate::Seg;
    use crate::vocab::Lang;
    use crate::vocab::{Counterpart, NetworkType};

    fn embedded() -> Content {
        match Content::embedded() {
            Ok(c) => c,
            Err(e) => panic!("the shipped content has errors:\n{e}"),
        }
    }

    #[test]
    fn the_embedded_content_loads_and_validates() {
        let c = embedded();
        assert_eq!(c.source, ContentSource::Embedded);
        assert_eq!(c.roles.len(), 4);
        assert_eq!(c.pamphlets.len(), 3);
        assert_eq!(c.agreements.len(), 3);
        assert_eq!(c.courses.len(), 3);
    }

    #[test]
    fn every_counterpart_has_pamphlet_questions_and_agreement() {
        let c = embedded();
        for cp in Counterpart::ALL {
            assert!(c.pamphlet(cp).is_some(), "{cp}");
            assert!(c.agreement(cp).is_some(), "{cp}");
            let n = c.questions(cp).len();
            assert!((6..=12).contains(&n), "{cp} has {n} questions");
        }
    }

    #[test]
    fn every_network_type_has_a_default_course() {
        let c = embedded();
        for t in NetworkType::ALL {
            let course = c.default_course(t);
            assert_eq!(course.map(|k| k.id.as_str()), Some(t.id()));
        }
    }

    #[test]
    fn a_missing_folder_is_one_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("findes-ikke");
        let errs = Content::from_dir(&missing).unwrap_err();
        assert_eq!(errs.len(), 1);
        assert_eq!(errs.0[0].problem, ContentProblem::NoSuchFolder);
        assert!(errs.0[0].message(Lang::Da).contains("mappen findes ikke"));
        assert!(
            errs.0[0]
                .message(Lang::En)
                .contains("the folder does not exist")
        );
        assert_eq!(errs.0[0].file, missing.display().to_string());
    }

    #[test]
    fn a_file_with_a_byte_order_mark_is_read() {
        let dir = tempfile::tempdir().unwrap();
        write_embedded_to(dir.path()).unwrap();
        let path = dir.path().join("roles.json");
        let mut bytes = UTF8_BOM.to_vec();
        bytes.extend(fs::read(&path).unwrap());
        fs::write(&path, bytes).unwrap();
        let c = Content::from_dir(dir.path()).unwrap();
        assert_eq!(c.roles, embedded().roles);
    }

    #[test]
    fn invalid_utf8_is_reported_where_it_is() {
        let dir = tempfile::tempdir().unwrap();
        write_embedded_to(dir.path()).unwrap();
        let path = dir.path().join("roles.json");
        // Latin-1 "æ" (0xE6) on line 2, after two spaces and a quote.
        fs::write(&path, b"{\n  \"\xE6\": 1\n}\n").unwrap();
        let errs = Content::from_dir(dir.path()).unwrap_err();
        assert_eq!(errs.len(), 1, "{errs}");
        let e = &errs.0[0];
        assert_eq!((e.line, e.column), (2, 4));
        assert_eq!(e.problem, ContentProblem::NotUtf8);
        assert!(e.message(Lang::Da).contains("UTF-8"));
    }

    #[test]
    fn a_huge_file_is_refused_without_reading_it_all() {
        let dir = tempfile::tempdir().unwrap();
        write_embedded_to(dir.path()).unwrap();
        let path = dir.path().join("courses.json");
        let file = fs::File::create(&path).unwrap();
        file.set_len(MAX_FILE_BYTES + 10).unwrap();
        let errs = Content::from_dir(dir.path()).unwrap_err();
        assert_eq!(errs.len(), 1, "{errs}");
        assert!(errs.0[0].message(Lang::Da).contains("større end 10 MB"));
        assert!(errs.0[0].message(Lang::En).contains("larger than 10 MB"));
    }

    #[test]
    fn export_refuses_to_overwrite_an_existing_copy() {
        let dir = tempfile::tempdir().unwrap();
        write_embedded_to(dir.path()).unwrap();
        fs::write(dir.path().join("roles.json"), "mine egne tekster").unwrap();
        let err = write_embedded_to(dir.path()).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        let kept = fs::read_to_string(dir.path().join("roles.json")).unwrap();
        assert_eq!(kept, "mine egne tekster");
    }

    #[test]
    fn the_about_note_says_the_texts_are_examples() {
        for (name, text) in EMBEDDED {
            let root = locate::parse(text).unwrap();
            let about = root.get(&[Seg::Key("about")]);
            assert!(about.is_some(), "{name} has no about");
            let v: crate::content::About =
                serde_json::from_str(&text[about.unwrap().start..about.unwrap().end]).unwrap();
            assert!(v.get(Lang::Da).contains("eksempler"), "{name}");
            assert!(v.get(Lang::En).contains("examples"), "{name}");
        }
    }
}
