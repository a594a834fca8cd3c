//! What each command-line command does. `args` parses; this module acts and reports one
//! readable line on failure. Every word it prints comes from `text::cli`; what both front ends
//! do alike (creating a network, choosing the workspace, making a pamphlet) is the library's.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, Utc};
use unicode_width::UnicodeWidthStr;

use mandat::content::{Content, ContentSource};
use mandat::export::{self, DocFormat};
use mandat::model::Workspace;
use mandat::planner::{self, PlanSettings};
use mandat::store::{self, Backup, DocTarget, Listed, Rescue, Store, StoreError, WrittenTo};
use mandat::text::{cli as t, common, files as files_text, format};
use mandat::usecase::{self, Choice, CreateError, NewNetwork};
use mandat::vocab::{Counterpart, Lang, NetworkType};

use crate::tui::documents;

/// Everything a command needs from the global options.
#[derive(Debug, Clone)]
pub struct Context {
    pub data_dir: Option<PathBuf>,
    pub content_dir: Option<PathBuf>,
    pub lang: Lang,
    pub workspace: Option<String>,
    pub file: Option<PathBuf>,
    /// `--documents` or `MANDAT_DOCUMENTS_DIR`: where `--open` without `-o` writes.
    pub documents: Option<PathBuf>,
    /// `--plain` (or `MANDAT_PLAIN`): the program as a line-by-line conversation.
    pub plain: bool,
    pub today: NaiveDate,
}

/// A failed command: one line for stderr and the exit status (1, or 2 for usage errors).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub message: String,
    pub code: u8,
}

impl Failure {
    pub(super) fn new(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            code: 1,
        }
    }

    pub(super) fn usage(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            code: 2,
        }
    }
}

pub type Result<T> = std::result::Result<T, Failure>;

/// A store error as the command's failure. (Its wording is the store's own.)
pub(super) fn store_failure(lang: Lang) -> impl Fn(StoreError) -> Failure {
    move |e| Failure::new(e.message(lang))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeetingChoice {
    Counterpart(Counterpart),
    All,
    Id(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum PlanSource {
    Workspace,
    Course {
        course: String,
        start: NaiveDate,
        hours: Option<f64>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanFormat {
    Text,
    /// The plan as a document (SPEC §8).
    Md,
    Html,
    /// The Excel workbook.
    Xlsx,
    Csv,
    Json,
    Ics,
}

impl PlanFormat {
    fn extension(self) -> &'static str {
        match self {
            PlanFormat::Text => "txt",
            PlanFormat::Md => "md",
            PlanFormat::Html => "html",
            PlanFormat::Xlsx => "xlsx",
            PlanFormat::Csv => "csv",
            PlanFormat::Json => "json",
            PlanFormat::Ics => "ics",
        }
    }
}

/// What `summary` writes: the brief, or the meeting's events as a calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SummaryFormat {
    Doc(DocFormat),
    Ics,
}

pub(super) fn load_content(ctx: &Context) -> Result<Content> {
    let lang = ctx.lang;
    Content::load(ctx.content_dir.as_deref()).map_err(|errors| {
        let count = t::errors(lang, errors.len());
        // The content's own messages are moving to the catalogue elsewhere; shown as given.
        let first = errors
            .0
            .first()
            .map(|e| e.message(ctx.lang))
            .unwrap_or_default();
        Failure::new(match &ctx.content_dir {
            Some(dir) => t::content_dir_broken(lang, &dir.display().to_string(), &count, &first),
            None => t::built_in_content_broken(lang, &count, &first),
        })
    })
}

/// The data folder for a command that writes: created (owner only) when missing.
pub(super) fn open_store(ctx: &Context) -> Result<Store> {
    Store::open(ctx.data_dir.clone()).map_err(store_failure(ctx.lang))
}

/// The data folder for a command that only reads: nothing is created.
fn read_store(ctx: &Context) -> Result<Store> {
    Store::open_read_only(ctx.data_dir.clone()).map_err(store_failure(ctx.lang))
}

/// The id of the workspace a command works on, chosen the way the terminal program chooses.
pub(super) fn workspace_id(ctx: &Context, store: &Store) -> Result<String> {
    let lang = ctx.lang;
    match usecase::choose_workspace(store, ctx.workspace.as_deref()).map_err(store_failure(lang))? {
        Choice::Workspace(id) => Ok(id),
        Choice::NoneYet => Err(Failure::new(t::NO_WORKSPACE_YET.get(lang))),
        Choice::Several(ids) => Err(Failure::new(t::several_workspaces(lang, ids.len()))),
    }
}

/// The workspace to read: `--file`, or the chosen one from the data folder.
pub(super) fn read_workspace(ctx: &Context) -> Result<Workspace> {
    if let Some(path) = &ctx.file {
        return store::load_file(path).map_err(store_failure(ctx.lang));
    }
    let store = read_store(ctx)?;
    let id = workspace_id(ctx, &store)?;
    store.load(&id).map_err(store_failure(ctx.lang))
}

/// Where a printable document goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    Stdout,
    File(PathBuf),
    /// The default printer, through `lp`.
    Printer,
}

impl Destination {
    /// `-o -` is standard output too (SPEC §5).
    pub fn new(output: Option<PathBuf>, print: bool) -> Self {
        match (output, print) {
            (_, true) => Destination::Printer,
            (Some(path), false) if !is_stdout(&path) => Destination::File(path),
            (_, false) => Destination::Stdout,
        }
    }
}

fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// The format to render for a destination: printing always sends plain text, which every
/// printer queue understands, so another format with `--print` is a usage error.
fn format_for(ctx: &Context, format: DocFormat, to: &Destination) -> Result<DocFormat> {
    if *to == Destination::Printer && format != DocFormat::Text {
        return Err(Failure::usage(t::PRINT_NEEDS_TEXT.get(ctx.lang)));
    }
    Ok(format)
}

/// Sends a rendered document to its destination; with `--open`, to a file that is then opened
/// (in the documents folder, named `name`, when no `-o` was given).
fn deliver(ctx: &Context, text: &str, to: &Destination, open: bool, name: &str) -> Result<()> {
    match to {
        Destination::Stdout if open => write_and_open(ctx, text.as_bytes(), None, true, name),
        Destination::Stdout => emit(ctx, text, None),
        Destination::File(path) => write_and_open(ctx, text.as_bytes(), Some(path), open, name),
        Destination::Printer => send_to_printer(ctx, text),
    }
}

/// `--open` needs a file: `-o -` (or another name for a stream) is refused before any work.
fn check_open(ctx: &Context, output: Option<&Path>, open: bool) -> Result<()> {
    match output {
        Some(path) if open && !matches!(DocTarget::from_arg(path), DocTarget::Path(_)) => {
            Err(Failure::usage(files_text::OPEN_NEEDS_FILE.get(ctx.lang)))
        }
        _ => Ok(()),
    }
}

/// The documents folder: `--documents`, `MANDAT_DOCUMENTS_DIR`, `Documents/mandat`, or the
/// data folder's `exports`.
fn documents_dir(ctx: &Context) -> PathBuf {
    documents::documents_dir(ctx.documents.as_deref(), ctx.data_dir.as_deref())
}

/// Writes a document to `-o` (`output`), or with `--open` and no `-o` into the documents
/// folder as `name`, says where it went, and opens it when asked. Without either it goes to
/// standard output.
fn write_and_open(
    ctx: &Context,
    bytes: &[u8],
    output: Option<&Path>,
    open: bool,
    name: &str,
) -> Result<()> {
    let lang = ctx.lang;
    let path = match (output, open) {
        (Some(path), _) => path.to_path_buf(),
        (None, true) => documents_dir(ctx).join(name),
        (None, false) => PathBuf::from("-"),
    };
    let shown = path.display().to_string();
    let written = store::write_document(&path, bytes).map_err(|e| {
        let why = match e {
            StoreError::Io { source, .. } => source.to_string(),
            other => other.message(lang),
        };
        Failure::new(t::cannot_write(lang, &shown, &why))
    })?;
    if written.is_file() {
        println!("{}", t::wrote(lang, &shown));
    }
    if open {
        let WrittenTo::File(file) = written else {
            return Err(Failure::usage(files_text::OPEN_NEEDS_FILE.get(lang)));
        };
        documents::open_file(&file).map_err(|e| Failure::new(e.message(lang, &file)))?;
    }
    Ok(())
}

/// Pipes text to `lp`, the print command of Linux and macOS.
fn send_to_printer(ctx: &Context, text: &str) -> Result<()> {
    use std::process::{Command, Stdio};
    let lang = ctx.lang;
    let failed = |e: std::io::Error| Failure::new(t::printer_failed(lang, &e.to_string()));
    let mut child = Command::new("lp")
        .args(["-t", "mandat"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Failure::new(t::NO_PRINTER.get(lang)),
            _ => failed(e),
        })?;
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(text.as_bytes());
    }
    let out = child.wait_with_output().map_err(failed)?;
    if !out.status.success() {
        let why = String::from_utf8_lossy(&out.stderr);
        let why = format::clean_line(why.lines().next().unwrap_or(""));
        return Err(Failure::new(t::printer_refused(lang, &why)));
    }
    let job = format::clean_line(&String::from_utf8_lossy(&out.stdout));
    println!("{}", t::sent_to_printer(lang, &job));
    Ok(())
}

/// Writes a document to `-o FILE` or stdout.
fn emit(ctx: &Context, text: &str, output: Option<&Path>) -> Result<()> {
    emit_bytes(ctx, text.as_bytes(), output)
}

/// Writes a file's bytes to `-o FILE` or stdout.
pub(super) fn emit_bytes(ctx: &Context, bytes: &[u8], output: Option<&Path>) -> Result<()> {
    match output.filter(|p| !is_stdout(p)) {
        Some(path) => write_and_open(ctx, bytes, Some(path), false, ""),
        None => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`mandat plan | head`) is not an error worth reporting.
            let _ = out.write_all(bytes);
            let _ = out.flush();
            Ok(())
        }
    }
}

pub fn open_tui(ctx: &Context) -> Result<()> {
    if ctx.file.is_some() {
        return Err(Failure::usage(t::FILE_NEEDS_COMMAND.get(ctx.lang)));
    }
    let content = load_content(ctx)?;
    let store = open_store(ctx)?;
    crate::tui::run(crate::tui::TuiOptions {
        store,
        content,
        lang: ctx.lang,
        workspace: ctx.workspace.clone(),
        documents: ctx.documents.clone(),
    })
    .map_err(|e| Failure::new(e.to_string()))
}

/// The program as a conversation in the scrollback (`--plain`, a dumb terminal, or input from
/// a file or pipe): the same flows as the terminal program, line by line.
pub fn open_plain(ctx: &Context) -> Result<()> {
    if ctx.file.is_some() {
        return Err(Failure::usage(t::FILE_NEEDS_COMMAND.get(ctx.lang)));
    }
    let content = load_content(ctx)?;
    let store = open_store(ctx)?;
    crate::plain::run(crate::plain::PlainOptions {
        store,
        content,
        lang: ctx.lang,
        workspace: ctx.workspace.clone(),
        documents: ctx.documents.clone(),
    })
    .map_err(Failure::new)
}

pub fn new(
    ctx: &Context,
    name: &str,
    network_type: NetworkType,
    start: Option<NaiveDate>,
    leader: Option<&str>,
) -> Result<()> {
    let lang = ctx.lang;
    let content = load_content(ctx)?;
    let store = open_store(ctx)?;
    let new = NewNetwork {
        name: name.to_string(),
        network_type,
        start: start.unwrap_or(ctx.today),
        leader: leader.unwrap_or("").to_string(),
    };
    let ws = usecase::create_network(&store, &content, new, Utc::now()).map_err(|e| match e {
        CreateError::EmptyName => Failure::usage(t::EMPTY_NAME.get(lang)),
        CreateError::NoCourse(kind) => {
            Failure::new(t::no_course_for(lang, common::network_type(lang, kind)))
        }
        CreateError::Store(e) => store_failure(lang)(e),
    })?;
    println!("{}", ws.id);
    Ok(())
}

pub fn list(ctx: &Context) -> Result<()> {
    let lang = ctx.lang;
    let store = read_store(ctx)?;
    let listed = store.list().map_err(store_failure(lang))?;
    if listed.is_empty() {
        println!("{}", t::NO_WORKSPACES.get(lang));
        return Ok(());
    }
    let rows: Vec<[String; 4]> = listed.iter().map(|l| list_row(l, lang)).collect();
    let headers = [
        t::COLUMN_ID,
        t::COLUMN_NAME,
        t::COLUMN_TYPE,
        t::COLUMN_CHANGED,
    ]
    .map(|m| m.get(lang).to_string());
    let widths = column_widths(&headers, &rows);
    let last = store.last_used();
    println!("{}", table_line(&headers, &widths, "  "));
    for row in &rows {
        let mark = if last.as_deref() == Some(row[0].as_str()) {
            "* "
        } else {
            "  "
        };
        println!("{}", table_line(row, &widths, mark));
    }
    Ok(())
}

/// One workspace as a row of `list`: every cell on one line and safe to print.
fn list_row(l: &Listed, lang: Lang) -> [String; 4] {
    let cells = match l {
        Listed::Ok(s) => [
            s.id.clone(),
            s.name.clone(),
            common::network_type(lang, s.network_type).to_string(),
            s.updated_at
                .with_timezone(&chrono::Local)
                .format("%Y-%m-%d %H:%M")
                .to_string(),
        ],
        Listed::Broken { error, .. } => [
            usecase::listed_id(l),
            t::unreadable_entry(lang, &error.message(lang)),
            String::new(),
            String::new(),
        ],
    };
    cells.map(|c| format::clean_line(&c))
}

/// Widths that fit 80 columns with the mark and three gaps: the id and name columns give way.
fn column_widths(headers: &[String; 4], rows: &[[String; 4]]) -> [usize; 4] {
    let mut widths = headers.clone().map(|h| h.width());
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    while widths.iter().sum::<usize>() + 2 + 6 > 80 {
        let i = if widths[1] >= widths[0] { 1 } else { 0 };
        if widths[i] <= 8 {
            break;
        }
        widths[i] -= 1;
    }
    widths
}

fn table_line(cells: &[String; 4], widths: &[usize; 4], mark: &str) -> String {
    let mut out = String::from(mark);
    for (i, (cell, &width)) in cells.iter().zip(widths).enumerate() {
        let cell = format::truncate(cell, width);
        out.push_str(&cell);
        if i < 3 {
            out.push_str(&" ".repeat(width.saturating_sub(cell.width()) + 2));
        }
    }
    out.trim_end().to_string()
}

pub fn plan(
    ctx: &Context,
    source: PlanSource,
    format: PlanFormat,
    output: Option<&Path>,
    open: bool,
) -> Result<()> {
    let lang = ctx.lang;
    check_output(ctx, output, open, format == PlanFormat::Xlsx)?;
    let content = load_content(ctx)?;
    let (settings, meetings, ws) = match source {
        PlanSource::Workspace => {
            let ws = read_workspace(ctx)?;
            let meetings = ws.dated_meetings();
            (ws.plan.settings.clone(), meetings, Some(ws))
        }
        PlanSource::Course {
            course,
            start,
            hours,
        } => {
            let mut s = PlanSettings::new(course, start);
            if let Some(h) = hours {
                s.weekly_hours = h;
            }
            (s, Vec::new(), None)
        }
    };
    let course = content.course(&settings.course_id).ok_or_else(|| {
        let known: Vec<&str> = content.courses.iter().map(|c| c.id.as_str()).collect();
        let asked = format::escaped(&settings.course_id, 60);
        Failure::new(t::no_such_course(ctx.lang, &asked, &known.join(", ")))
    })?;
    let plan = planner::plan(course, &settings, &meetings);
    let bytes = match format {
        PlanFormat::Text => export::plan::text(&plan, course, &content, lang).into_bytes(),
        PlanFormat::Md | PlanFormat::Html => {
            let doc = export::plan::document(&plan, course, &content, lang);
            let doc_format = if format == PlanFormat::Md {
                DocFormat::Md
            } else {
                DocFormat::Html
            };
            export::render(&doc, doc_format).into_bytes()
        }
        PlanFormat::Xlsx => {
            // The hours used sit beside the planned ones once the time log has entries.
            let usage = ws.as_ref().filter(|w| !w.time_log.is_empty()).map(|w| {
                planner::usage::compare(&plan, &w.time_log, ctx.today, settings.ceiling_hours)
            });
            export::xlsx::workbook(&plan, course, &content, usage.as_ref(), lang)
                .map_err(|e| Failure::new(e.message(lang)))?
        }
        PlanFormat::Csv => export::plan::csv(&plan, course, &content, lang).into_bytes(),
        PlanFormat::Json => export::plan::json(&plan, course, &content, lang).into_bytes(),
        PlanFormat::Ics => {
            export::ics::calendar(&plan, course, &content, ws.as_ref(), lang, Utc::now())
                .into_bytes()
        }
    };
    let owner = ws.as_ref().map(|w| w.id.as_str()).unwrap_or(&course.id);
    let name = documents::file_name(&[owner, "plan"], format.extension());
    deliver_bytes(ctx, &bytes, output, open, &name)
}

/// Checks `-o` and `--open` before any work: `--open` needs a file, and a workbook is binary,
/// so it is refused on a terminal (which would show it as noise and may take its bytes for
/// commands); to a pipe or a file it goes as it is.
pub(super) fn check_output(
    ctx: &Context,
    output: Option<&Path>,
    open: bool,
    binary: bool,
) -> Result<()> {
    check_open(ctx, output, open)?;
    let to_stdout = output.is_none_or(|p| matches!(DocTarget::from_arg(p), DocTarget::Stdout));
    if binary && to_stdout && !open && std::io::stdout().is_terminal() {
        return Err(Failure::usage(
            files_text::XLSX_NOT_TO_TERMINAL.get(ctx.lang),
        ));
    }
    Ok(())
}

/// A file's bytes to standard output, to `-o`, or with `--open` into the documents folder as
/// `name` and then opened.
pub(super) fn deliver_bytes(
    ctx: &Context,
    bytes: &[u8],
    output: Option<&Path>,
    open: bool,
    name: &str,
) -> Result<()> {
    match output {
        None if !open => emit_bytes(ctx, bytes, None),
        _ => write_and_open(ctx, bytes, output, open, name),
    }
}

/// The meetings a `--meeting` choice names, in counterpart order.
fn chosen_meetings(ctx: &Context, ws: &Workspace, choice: &MeetingChoice) -> Result<Vec<String>> {
    let current = |c: Counterpart| ws.current_meeting(c, ctx.today).map(|m| m.id.clone());
    let ids: Vec<String> = match choice {
        MeetingChoice::All => Counterpart::ALL.into_iter().filter_map(current).collect(),
        MeetingChoice::Counterpart(c) => current(*c).into_iter().collect(),
        MeetingChoice::Id(id) => ws.meeting(id).map(|m| m.id.clone()).into_iter().collect(),
    };
    if ids.is_empty() {
        let known: Vec<&str> = ws.meetings.iter().map(|m| m.id.as_str()).collect();
        return Err(Failure::new(t::no_matching_meeting(
            ctx.lang,
            &ws.id,
            &known.join(", "),
        )));
    }
    Ok(ids)
}

pub fn summary(
    ctx: &Context,
    choice: &MeetingChoice,
    format: SummaryFormat,
    to: Destination,
    include_private: bool,
    open: bool,
) -> Result<()> {
    if let Destination::File(path) = &to {
        check_open(ctx, Some(path), open)?;
    }
    let doc_format = match format {
        SummaryFormat::Doc(f) => f,
        // The calendar is never printed; like Markdown or HTML it needs -o or the screen.
        SummaryFormat::Ics => DocFormat::Html,
    };
    format_for(ctx, doc_format, &to)?;
    let content = load_content(ctx)?;
    let ws = read_workspace(ctx)?;
    let ids = chosen_meetings(ctx, &ws, choice)?;
    let meetings: Vec<_> = ids.iter().filter_map(|id| ws.meeting(id)).collect();
    let which = match meetings.as_slice() {
        [one] => one.id.as_str(),
        _ => "",
    };
    let (text, name) = match format {
        SummaryFormat::Ics => (
            export::ics::meetings_calendar(&ws, &meetings, &content, ctx.lang, Utc::now()),
            documents::file_name(&[&ws.id, which, "kalender"], "ics"),
        ),
        SummaryFormat::Doc(f) => {
            let docs: Vec<_> = meetings
                .iter()
                .map(|m| {
                    export::brief::build(&ws, m, &content, ctx.lang, ctx.today, include_private)
                })
                .collect();
            (
                export::render_many(&docs, f),
                documents::file_name(&[&ws.id, which, "brief"], f.extension()),
            )
        }
    };
    deliver(ctx, &text, &to, open, &name)
}

/// `mandat pamphlet`: made by the same function the terminal program uses, which also records
/// the hand-out as prepared. That record is saved only once the pamphlet reached its
/// destination, and never into a file given with `--file`, which is only read.
pub fn pamphlet(
    ctx: &Context,
    counterpart: Counterpart,
    format: DocFormat,
    to: Destination,
    open: bool,
) -> Result<()> {
    if let Destination::File(path) = &to {
        check_open(ctx, Some(path), open)?;
    }
    let format = format_for(ctx, format, &to)?;
    let content = load_content(ctx)?;
    let name = |ws: &Workspace| {
        let meeting = ws
            .current_meeting(counterpart, ctx.today)
            .map(|m| m.id.as_str())
            .unwrap_or("");
        documents::file_name(&[&ws.id, meeting, "pjece"], format.extension())
    };
    if ctx.file.is_some() {
        let mut ws = read_workspace(ctx)?;
        let text = make_pamphlet(ctx, &mut ws, &content, counterpart, format)?;
        return deliver(ctx, &text, &to, open, &name(&ws));
    }
    let store = open_store(ctx)?;
    let id = workspace_id(ctx, &store)?;
    let _lock = store.lock(&id).map_err(store_failure(ctx.lang))?;
    let mut ws = store.load(&id).map_err(store_failure(ctx.lang))?;
    let before = ws.clone();
    let text = make_pamphlet(ctx, &mut ws, &content, counterpart, format)?;
    deliver(ctx, &text, &to, open, &name(&ws))?;
    if ws != before {
        ws.updated_at = Utc::now();
        store.save(&ws).map_err(store_failure(ctx.lang))?;
    }
    Ok(())
}

/// The pamphlet for the counterpart's current meeting, recorded in `ws` as prepared today.
fn make_pamphlet(
    ctx: &Context,
    ws: &mut Workspace,
    content: &Content,
    counterpart: Counterpart,
    format: DocFormat,
) -> Result<String> {
    let lang = ctx.lang;
    let meeting_id = ws
        .current_meeting(counterpart, ctx.today)
        .map(|m| m.id.clone())
        .ok_or_else(|| {
            let role = common::role_in_sentence(content, lang, counterpart);
            Failure::new(t::no_meeting_with(lang, &ws.id, &role))
        })?;
    export::pamphlet::generate(ws, &meeting_id, content, lang, format, ctx.today)
        .map_err(|e| Failure::new(e.message(lang)))
}

/// `mandat codriver`: the co-driver finding aid as a worksheet with the leader's candidates and
/// choice. Only reads the workspace, so `--file` works too.
pub fn codriver(ctx: &Context, format: DocFormat, to: Destination, open: bool) -> Result<()> {
    if let Destination::File(path) = &to {
        check_open(ctx, Some(path), open)?;
    }
    let format = format_for(ctx, format, &to)?;
    let content = load_content(ctx)?;
    let ws = read_workspace(ctx)?;
    let text = export::codriver::render(&ws, &content, ctx.lang, format);
    let name = documents::file_name(&[&ws.id, "co-driver"], format.extension());
    deliver(ctx, &text, &to, open, &name)
}

pub fn content_check(ctx: &Context, dir: Option<&Path>) -> Result<()> {
    let lang = ctx.lang;
    let dir = dir.or(ctx.content_dir.as_deref());
    match Content::load(dir) {
        Ok(c) => {
            let what = match &c.source {
                ContentSource::Embedded => t::BUILT_IN_CONTENT.get(lang).to_string(),
                ContentSource::Dir(d) => t::content_in(lang, &d.display().to_string()),
            };
            let questions: usize = c.question_sets.iter().map(|s| s.questions.len()).sum();
            let counts = t::content_counts(
                lang,
                c.roles.len(),
                c.pamphlets.len(),
                questions,
                c.codriver_aid.profiles.len(),
                c.agreements.len(),
                c.courses.len(),
            );
            println!("{}", t::content_valid(lang, &what, &counts));
            Ok(())
        }
        Err(errors) => {
            // One line per problem, as `file:line:column: message`; the wording is the
            // content's own.
            for e in &errors.0 {
                eprintln!("{}", e.message(ctx.lang));
            }
            let count = t::errors(lang, errors.len());
            Err(Failure::new(t::content_has_errors(lang, &count)))
        }
    }
}

pub fn content_export(ctx: &Context, dir: &Path) -> Result<()> {
    let shown = dir.display().to_string();
    mandat::content::write_embedded_to(dir).map_err(|e| {
        Failure::new(t::cannot_write_content(
            ctx.lang,
            &shown,
            &e.message(ctx.lang),
        ))
    })?;
    println!("{}", t::content_written(ctx.lang, &shown));
    Ok(())
}

pub fn paths(ctx: &Context) -> Result<()> {
    let lang = ctx.lang;
    let store = read_store(ctx)?;
    let listed = store.list().map_err(store_failure(lang))?;
    let content = match &ctx.content_dir {
        Some(d) => d.display().to_string(),
        None => t::CONTENT_BUILT_IN.get(lang).to_string(),
    };
    let labels = [
        t::PATHS_DATA,
        t::PATHS_WORKSPACES,
        t::PATHS_BACKUPS,
        t::PATHS_CONTENT,
    ]
    .map(|m| m.get(lang));
    // The values start in one column, after the longest label.
    let indent = labels.iter().map(|l| l.width()).max().unwrap_or(0) + 1;
    let line = |label: &str, value: &str| {
        let pad = indent.saturating_sub(label.width());
        println!("{label}{}{value}", " ".repeat(pad));
    };
    line(labels[0], &store.data_dir().display().to_string());
    line(labels[1], &store.workspaces_dir().display().to_string());
    for item in &listed {
        line("", &item.path().display().to_string());
    }
    line(
        labels[2],
        &store.data_dir().join("backups").display().to_string(),
    );
    line(labels[3], &content);
    Ok(())
}

/// `mandat restore`: lists the backups and rescue copies, or puts one back. The file it
/// replaces is kept beside it, so restoring never loses anything either.
pub fn restore(ctx: &Context, which: Option<&str>) -> Result<()> {
    let lang = ctx.lang;
    if ctx.file.is_some() {
        return Err(Failure::usage(t::RESTORE_NOT_WITH_FILE.get(lang)));
    }
    // Listing only reads; the store is opened for writing once a copy is to be put back.
    let store = read_store(ctx)?;
    let id = workspace_id(ctx, &store)?;
    let backups = store.backups(&id).map_err(store_failure(lang))?;
    let rescues = store.rescues(&id);
    if backups.is_empty() && rescues.is_empty() {
        return Err(Failure::new(t::no_copies(lang, &id)));
    }
    let Some(which) = which else {
        list_copies(ctx, &store, &id, &backups, &rescues);
        return Ok(());
    };
    let chosen = chosen_copy(ctx, &store, &id, &backups, &rescues, which)?;
    let store = open_store(ctx)?;
    let _lock = store.lock(&id).map_err(store_failure(lang))?;
    let now = Utc::now();
    let kept = match &chosen {
        Copy::Backup(b) => {
            let kept = store.restore_at(&id, b, now).map_err(store_failure(lang))?;
            println!("{}", t::restored(lang, &id, &local_time(b.taken_at)));
            kept
        }
        Copy::Rescue(r) => {
            let kept = store
                .restore_rescue(&id, r, now)
                .map_err(store_failure(lang))?;
            println!("{}", t::restored_rescue(lang, &id, &local_time(r.taken_at)));
            kept
        }
    };
    if let Some(kept) = kept {
        println!("{}", t::kept_as(lang, &kept.display().to_string()));
    }
    Ok(())
}

/// A copy `restore` can put back.
enum Copy {
    Backup(Backup),
    Rescue(Rescue),
}

/// A time the way the list shows it, in local time.
fn local_time(t: chrono::DateTime<Utc>) -> String {
    t.with_timezone(&chrono::Local)
        .format("%Y-%m-%d %H:%M:%S")
        .to_string()
}

/// The numbered list `mandat restore` shows: the backups with how many answers each holds,
/// then the rescue copies with where they are.
fn list_copies(ctx: &Context, store: &Store, id: &str, backups: &[Backup], rescues: &[Rescue]) {
    let lang = ctx.lang;
    println!("{}", t::copies_of(lang, id));
    let state = |read: std::result::Result<Workspace, mandat::store::StoreError>| match read {
        Ok(ws) => t::answers(lang, answer_count(&ws)),
        Err(_) => t::CANNOT_BE_READ.get(lang).to_string(),
    };
    for (i, b) in backups.iter().enumerate() {
        let state = state(store.load_backup(b));
        println!("{:>4}  {}  {state}", i + 1, local_time(b.taken_at));
    }
    for (i, r) in rescues.iter().enumerate() {
        let state = state(store.load_rescue(r));
        let shown = format::clean_line(&r.path.display().to_string());
        let line = t::rescue_entry(lang, &local_time(r.taken_at), &state, &shown);
        println!("{:>4}  {line}", backups.len() + i + 1);
    }
    println!("{}", t::RESTORE_HOW.get(lang));
}

fn answer_count(ws: &Workspace) -> usize {
    ws.meetings
        .iter()
        .flat_map(|m| m.reflection.answers.values())
        .filter(|a| !a.text.trim().is_empty())
        .count()
}

/// `latest` (the newest backup that can be read) or a number from the list, which counts the
/// backups first and then the rescue copies.
fn chosen_copy(
    ctx: &Context,
    store: &Store,
    id: &str,
    backups: &[Backup],
    rescues: &[Rescue],
    which: &str,
) -> Result<Copy> {
    let lang = ctx.lang;
    if which == "latest" || which == "nyeste" {
        return store
            .last_good_backup(id)
            .map_err(store_failure(lang))?
            .map(Copy::Backup)
            .ok_or_else(|| Failure::new(t::NO_READABLE_BACKUP.get(lang)));
    }
    let n: usize = which
        .trim()
        .parse()
        .map_err(|_| Failure::usage(t::not_a_backup_choice(lang, &format::escaped(which, 60))))?;
    let i = n.wrapping_sub(1);
    if let Some(b) = backups.get(i) {
        return Ok(Copy::Backup(b.clone()));
    }
    rescues
        .get(i.wrapping_sub(backups.len()))
        .cloned()
        .map(Copy::Rescue)
        .ok_or_else(|| Failure::new(t::no_backup_number(lang, n)))
}
