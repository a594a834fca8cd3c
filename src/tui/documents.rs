//! Files where people look: the folder documents go to when no path is given (the user's
//! Documents folder, `Documents/mandat`), the names they get there, and opening a written file
//! in the system's default program. The terminal program's print screen and the command line's
//! `--open` both use these, so a document lands and opens the same way from either.

use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use mandat::store::paths;
use mandat::text::files as t;
use mandat::vocab::Lang;

/// The folder inside the user's Documents folder.
const SUBFOLDER: &str = "mandat";

/// Where documents go when no path is given: the folder asked for (`--documents` or
/// `MANDAT_DOCUMENTS_DIR`), else `mandat` in the user's Documents folder when there is one,
/// else `exports` in the data folder (a server, or an account without a Documents folder).
pub fn documents_dir(asked: Option<&Path>, data_dir: Option<&Path>) -> PathBuf {
    if let Some(dir) = asked.filter(|d| !d.as_os_str().is_empty()) {
        return dir.to_path_buf();
    }
    let documents = directories::UserDirs::new()
        .and_then(|u| u.document_dir().map(Path::to_path_buf))
        .filter(|d| d.is_dir());
    match documents {
        Some(d) => d.join(SUBFOLDER),
        None => data_dir
            .map(Path::to_path_buf)
            .or_else(paths::default_data_dir)
            .unwrap_or_default()
            .join("exports"),
    }
}

/// A file name from its parts, safe on every system: `sundere-hverdag-plan.xlsx`.
pub fn file_name(parts: &[&str], extension: &str) -> String {
    let stem = parts
        .iter()
        .filter(|p| !p.is_empty())
        .map(|p| paths::slug(p))
        .collect::<Vec<_>>()
        .join("-");
    format!("{stem}.{extension}")
}

/// How long a launcher may take to say it failed before it counts as started. Long enough for
/// `xdg-open` to give up on a machine without a desktop; the program never waits longer.
const LAUNCH_WINDOW: Duration = Duration::from_millis(1500);

/// Why a written file could not be opened. Worded by [`OpenFailure::message`].
#[derive(Debug)]
pub enum OpenFailure {
    /// No program to open files with: no desktop (a server), or no launcher installed.
    NoDefaultProgram,
    Other(io::Error),
}

impl OpenFailure {
    /// One line for the user, naming the file that was written all the same.
    pub fn message(&self, lang: Lang, path: &Path) -> String {
        let shown = path.display().to_string();
        match self {
            OpenFailure::NoDefaultProgram => t::no_default_program(lang, &shown),
            OpenFailure::Other(e) => t::could_not_open(lang, &shown, &e.to_string()),
        }
    }
}

/// Opens a written file in the system's default program, detached from this process: the
/// program keeps running when `mandat` ends, and never reads the terminal. Returns once a
/// launcher has started (or after [`LAUNCH_WINDOW`] at most); the terminal program calls it on
/// a thread of its own.
pub fn open_file(path: &Path) -> Result<(), OpenFailure> {
    open::that_detached_with_timeout(path, LAUNCH_WINDOW).map_err(|e| match e.kind() {
        // No launcher was found, or each one that ran said it could not open the file.
        io::ErrorKind::NotFound | io::ErrorKind::Other => OpenFailure::NoDefaultProgram,
        _ => OpenFailure::Other(e),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_folder_asked_for_comes_first_and_the_data_folder_last() {
        let asked = Path::new("/tmp/mine");
        assert_eq!(documents_dir(Some(asked), None), asked);
        let fallback = documents_dir(Some(Path::new("")), Some(Path::new("/data")));
        assert!(
            fallback.ends_with("mandat") || fallback == Path::new("/data/exports"),
            "{}",
            fallback.display()
        );
    }

    #[test]
    fn file_names_are_safe_slugs() {
        assert_eq!(
            file_name(&["Sundere hverdag", "personaleleder-1", "brief"], "html"),
            "sundere-hverdag-personaleleder-1-brief.html"
        );
        assert_eq!(file_name(&["", "plan"], "xlsx"), "plan.xlsx");
    }
}
