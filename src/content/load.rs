//! Where content comes from: the copy built into the binary, or an organisation's folder.

use std::borrow::Cow;
use std::fs;
use std::io::{self, Read, Write};
use std::path::Path;

use super::error::{ContentError, ContentErrors};
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
            let message = if dir.exists() {
                "er en fil, ikke en mappe; angiv mappen med de seks indholdsfiler"
            } else {
                "mappen findes ikke; angiv en mappe med de seks indholdsfiler, eller lav en med `mandat content export MAPPE`"
            };
            return Err(ContentErrors(vec![ContentError::whole_file(
                dir.display().to_string(),
                message.to_string(),
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
pub fn write_embedded_to(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    for (name, _) in EMBEDDED {
        let path = dir.join(name);
        if path.exists() {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                format!(
                    "{} findes allerede; vælg en tom mappe, så dine egne tekster ikke bliver overskrevet",
                    path.display()
                ),
            ));
        }
    }
    for (name, text) in EMBEDDED {
        let mut file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(dir.join(name))?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
    }
    Ok(())
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
        errs.sort_by(|a, b| (a.line, a.column, &a.message).cmp(&(b.line, b.column, &b.message)));
        errs.dedup();
        all.extend(errs);
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
            "indholdet kunne ikke læses".to_string(),
        )])),
    }
}

/// Reads one content file as UTF-8 text, refusing huge files. A leading byte-order mark (which
/// Windows Notepad adds) is dropped.
fn read_content_file(path: &Path, shown: &str) -> Result<String, ContentError> {
    let fail = |message: String| ContentError::whole_file(shown, message);
    let meta = fs::metadata(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => fail(missing_file_message()),
        _ => fail(io_message(&e)),
    })?;
    if meta.is_dir() {
        return Err(fail(
            "er en mappe, men skal være en fil; læg indholdsfilen her i stedet".to_string(),
        ));
    }
    let file = fs::File::open(path).map_err(|e| fail(io_message(&e)))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(io_message(&e)))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail(format!(
            "filen er større end {} MB; en indholdsfil fylder normalt under 100 kB – er det den rigtige fil?",
            MAX_FILE_BYTES / (1024 * 1024)
        )));
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
            "filen er ikke gemt som UTF-8 (her står et tegn, der ikke kan læses); gem filen som UTF-8 i din editor".to_string(),
        )
    })
}

fn missing_file_message() -> String {
    format!(
        "filen mangler; en organisations indholdsmappe skal have alle seks filer ({}). Lav en komplet kopi at rette i med `mandat content export MAPPE`",
        FILE_NAMES.join(", ")
    )
}

fn io_message(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::PermissionDenied => {
            "du har ikke adgang til at læse filen; tjek filens rettigheder".to_string()
        }
        _ => format!("filen kan ikke læses ({e})"),
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
        assert!(errs.0[0].message.contains("mappen findes ikke"));
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
        assert!(e.message.contains("UTF-8"));
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
        assert!(errs.0[0].message.contains("større end 10 MB"));
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
