//! What each command-line command does. `main.rs` parses; this module acts and reports one
//! readable line on failure.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, Utc};

use mandat::content::{Content, ContentSource};
use mandat::export::{self, DocFormat};
use mandat::flow::plan::PlanDraft;
use mandat::model::Workspace;
use mandat::planner::{self, PlanSettings};
use mandat::store::{self, Listed, Store};
use mandat::vocab::Lang;
use mandat::vocab::{Counterpart, NetworkType};

/// Everything a command needs from the global options.
#[derive(Debug, Clone)]
pub struct Context {
    pub data_dir: Option<PathBuf>,
    pub content_dir: Option<PathBuf>,
    pub lang: Lang,
    pub workspace: Option<String>,
    pub file: Option<PathBuf>,
    pub today: NaiveDate,
}

/// A failed command: one line for stderr and the exit status (1, or 2 for usage errors).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub message: String,
    pub code: u8,
}

impl Failure {
    fn new(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            code: 1,
        }
    }

    fn usage(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            code: 2,
        }
    }
}

type Result<T> = std::result::Result<T, Failure>;

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
    Csv,
    Json,
    Ics,
}

fn load_content(ctx: &Context) -> Result<Content> {
    Content::load(ctx.content_dir.as_deref()).map_err(|errors| {
        let n = errors.0.len();
        let dir = ctx
            .content_dir
            .as_ref()
            .map(|d| d.display().to_string())
            .unwrap_or_else(|| "det indbyggede indhold".into());
        let first = errors.0.first().map(|e| e.to_string()).unwrap_or_default();
        Failure::new(match ctx.lang {
            Lang::Da => format!(
                "indholdet i {dir} har {n} fejl, fx {first} — kør «mandat content check {dir}» for at se dem alle"
            ),
            Lang::En => format!(
                "the content in {dir} has {n} error(s), e.g. {first} — run «mandat content check {dir}» to see them all"
            ),
        })
    })
}

fn open_store(ctx: &Context) -> Result<Store> {
    Store::open(ctx.data_dir.clone()).map_err(|e| Failure::new(e.message(ctx.lang)))
}

/// The id of the workspace a command works on: `--workspace`, else the last used, else the only
/// one there is.
fn workspace_id(ctx: &Context, store: &Store) -> Result<String> {
    if let Some(id) = &ctx.workspace {
        return Ok(id.clone());
    }
    if let Some(id) = store.last_used()
        && store.workspace_path(&id).exists()
    {
        return Ok(id);
    }
    let listed = store
        .list()
        .map_err(|e| Failure::new(e.message(ctx.lang)))?;
    let ids: Vec<String> = listed.iter().map(listed_id).collect();
    match ids.as_slice() {
        [only] => Ok(only.clone()),
        [] => Err(Failure::new(ctx.lang.pick(
            "der er intet arbejdsområde endnu — opret et med «mandat new --name NAVN --type velfaerd» eller start «mandat»",
            "there is no workspace yet — create one with «mandat new --name NAME --type velfaerd» or start «mandat»",
        ))),
        _ => Err(Failure::new(match ctx.lang {
            Lang::Da => format!(
                "der er {} arbejdsområder; vælg et med --workspace ID (se «mandat list»)",
                ids.len()
            ),
            Lang::En => format!(
                "there are {} workspaces; choose one with --workspace ID (see «mandat list»)",
                ids.len()
            ),
        })),
    }
}

fn listed_id(l: &Listed) -> String {
    match l {
        Listed::Ok(s) => s.id.clone(),
        Listed::Broken { path, .. } => path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
    }
}

/// The workspace to read: `--file`, or the chosen one from the data folder.
fn read_workspace(ctx: &Context) -> Result<Workspace> {
    if let Some(path) = &ctx.file {
        return store::load_file(path).map_err(|e| Failure::new(e.message(ctx.lang)));
    }
    let store = open_store(ctx)?;
    let id = workspace_id(ctx, &store)?;
    store
        .load(&id)
        .map_err(|e| Failure::new(e.message(ctx.lang)))
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
    pub fn new(output: Option<PathBuf>, print: bool) -> Self {
        match (output, print) {
            (_, true) => Destination::Printer,
            (Some(path), false) => Destination::File(path),
            (None, false) => Destination::Stdout,
        }
    }
}

/// Sends a document to the destination. Printing always sends plain text, which every printer
/// queue understands.
fn deliver(
    ctx: &Context,
    doc_text: impl Fn(DocFormat) -> String,
    format: DocFormat,
    to: &Destination,
) -> Result<()> {
    match to {
        Destination::Stdout => emit(ctx, &doc_text(format), None),
        Destination::File(path) => emit(ctx, &doc_text(format), Some(path)),
        Destination::Printer => {
            if format != DocFormat::Text {
                return Err(Failure::usage(ctx.lang.pick(
                    "--print udskriver tekstudgaven; udelad --format, eller gem HTML med -o og print den fra browseren",
                    "--print prints the text version; leave out --format, or save HTML with -o and print it from the browser",
                )));
            }
            send_to_printer(ctx, &doc_text(DocFormat::Text))
        }
    }
}

/// Pipes text to `lp`, the print command of Linux and macOS.
fn send_to_printer(ctx: &Context, text: &str) -> Result<()> {
    use std::process::{Command, Stdio};
    let no_printer = || {
        Failure::new(ctx.lang.pick(
            "der er ingen printerkommando (lp) på denne computer — gem briefen med «-o brief.html --format html» og print den fra browseren",
            "there is no print command (lp) on this computer — save the brief with «-o brief.html --format html» and print it from the browser",
        ))
    };
    let mut child = Command::new("lp")
        .args(["-t", "mandat"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                no_printer()
            } else {
                Failure::new(format!("lp: {e}"))
            }
        })?;
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(text.as_bytes());
    }
    let out = child
        .wait_with_output()
        .map_err(|e| Failure::new(format!("lp: {e}")))?;
    if !out.status.success() {
        let why = String::from_utf8_lossy(&out.stderr);
        let why = why.lines().next().unwrap_or("").trim();
        return Err(Failure::new(match ctx.lang {
            Lang::Da => {
                format!("printeren afviste udskriften: {why} — tjek printeren med «lpstat -p -d»")
            }
            Lang::En => format!(
                "the printer refused the job: {why} — check the printer with «lpstat -p -d»"
            ),
        }));
    }
    let job = String::from_utf8_lossy(&out.stdout);
    println!(
        "{} {}",
        ctx.lang
            .pick("Sendt til printeren:", "Sent to the printer:"),
        job.trim()
    );
    Ok(())
}

/// Writes a document to `-o FILE` or stdout.
fn emit(ctx: &Context, text: &str, output: Option<&Path>) -> Result<()> {
    match output {
        Some(path) => {
            store::write_private(path, text.as_bytes()).map_err(|e| {
                Failure::new(match ctx.lang {
                    Lang::Da => format!("kan ikke skrive {}: {e}", path.display()),
                    Lang::En => format!("cannot write {}: {e}", path.display()),
                })
            })?;
            println!("{} {}", ctx.lang.pick("Skrev", "Wrote"), path.display());
            Ok(())
        }
        None => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`mandat plan | head`) is not an error worth reporting.
            let _ = out.write_all(text.as_bytes());
            let _ = out.flush();
            Ok(())
        }
    }
}

pub fn open_tui(ctx: &Context) -> Result<()> {
    if ctx.file.is_some() {
        return Err(Failure::usage(ctx.lang.pick(
            "--file bruges med en kommando (fx «mandat --file x.json summary --meeting all»); programmet i terminalen arbejder i datamappen",
            "--file goes with a command (e.g. «mandat --file x.json summary --meeting all»); the terminal program works in the data folder",
        )));
    }
    let content = load_content(ctx)?;
    let store = open_store(ctx)?;
    crate::tui::run(crate::tui::TuiOptions {
        store,
        content,
        lang: ctx.lang,
        workspace: ctx.workspace.clone(),
    })
    .map_err(|e| Failure::new(e.to_string()))
}

pub fn new(
    ctx: &Context,
    name: &str,
    network_type: NetworkType,
    start: Option<NaiveDate>,
    leader: Option<&str>,
) -> Result<()> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Failure::usage(ctx.lang.pick(
            "--name må ikke være tomt; skriv netværkets navn eller tema",
            "--name must not be empty; give the network's name or theme",
        )));
    }
    let content = load_content(ctx)?;
    let course = content.default_course(network_type).ok_or_else(|| {
        Failure::new(match ctx.lang {
            Lang::Da => format!(
                "indholdet har intet forløb for {}; tilføj et i courses.json",
                network_type.name(ctx.lang)
            ),
            Lang::En => format!(
                "the content has no course for a {}; add one to courses.json",
                network_type.name(ctx.lang)
            ),
        })
    })?;
    let store = open_store(ctx)?;
    let id = store.new_id(name);
    let start = start.unwrap_or(ctx.today);
    let ws = Workspace::new(
        id.clone(),
        name.to_string(),
        network_type,
        leader.unwrap_or("").trim().to_string(),
        PlanDraft::new(PlanSettings::new(course.id.clone(), start)),
        Utc::now(),
    );
    store
        .create(&ws)
        .map_err(|e| Failure::new(e.message(ctx.lang)))?;
    store
        .set_last_used(&id)
        .map_err(|e| Failure::new(e.message(ctx.lang)))?;
    println!("{id}");
    Ok(())
}

pub fn list(ctx: &Context) -> Result<()> {
    let store = open_store(ctx)?;
    let listed = store
        .list()
        .map_err(|e| Failure::new(e.message(ctx.lang)))?;
    if listed.is_empty() {
        println!(
            "{}",
            ctx.lang.pick(
                "Ingen arbejdsområder endnu. Start «mandat», eller opret et med «mandat new --name NAVN --type velfaerd».",
                "No workspaces yet. Start «mandat», or create one with «mandat new --name NAME --type velfaerd».",
            )
        );
        return Ok(());
    }
    let last = store.last_used();
    let rows: Vec<[String; 4]> = listed
        .iter()
        .map(|l| match l {
            Listed::Ok(s) => [
                s.id.clone(),
                s.name.clone(),
                s.network_type.name(ctx.lang).to_string(),
                s.updated_at
                    .with_timezone(&chrono::Local)
                    .format("%Y-%m-%d %H:%M")
                    .to_string(),
            ],
            Listed::Broken { error, .. } => [
                listed_id(l),
                format!(
                    "({} {})",
                    ctx.lang.pick("kan ikke læses:", "cannot be read:"),
                    error.message(ctx.lang)
                ),
                String::new(),
                String::new(),
            ],
        })
        .collect();
    let headers = [
        ctx.lang.pick("ID", "ID"),
        ctx.lang.pick("NAVN", "NAME"),
        ctx.lang.pick("TYPE", "TYPE"),
        ctx.lang.pick("SENEST ÆNDRET", "LAST CHANGED"),
    ];
    let clean = |s: &str| export::doc::clean(s).replace('\n', " ");
    let mut widths = headers.map(unicode_width::UnicodeWidthStr::width);
    for r in &rows {
        for (i, w) in widths.iter_mut().enumerate() {
            *w = (*w).max(unicode_width::UnicodeWidthStr::width(clean(&r[i]).as_str()));
        }
    }
    // Fit 80 columns: the mark, three gaps, and the id and name columns give way.
    while widths.iter().sum::<usize>() + 2 + 6 > 80 {
        let i = if widths[1] >= widths[0] { 1 } else { 0 };
        if widths[i] <= 8 {
            break;
        }
        widths[i] -= 1;
    }
    let line = |cells: [&str; 4], mark: &str| {
        let mut out = String::from(mark);
        for (i, c) in cells.iter().enumerate() {
            let c = export::text::truncate(&clean(c), widths[i]);
            let pad = widths[i].saturating_sub(unicode_width::UnicodeWidthStr::width(c.as_str()));
            out.push_str(&c);
            if i < 3 {
                out.push_str(&" ".repeat(pad + 2));
            }
        }
        out.trim_end().to_string()
    };
    println!("{}", line(headers, "  "));
    for r in &rows {
        let mark = if last.as_deref() == Some(r[0].as_str()) {
            "* "
        } else {
            "  "
        };
        println!("{}", line([&r[0], &r[1], &r[2], &r[3]], mark));
    }
    Ok(())
}

pub fn plan(
    ctx: &Context,
    source: PlanSource,
    format: PlanFormat,
    output: Option<&Path>,
) -> Result<()> {
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
        Failure::new(match ctx.lang {
            Lang::Da => format!(
                "forløbet «{}» findes ikke; vælg et af: {}",
                settings.course_id,
                known.join(", ")
            ),
            Lang::En => format!(
                "there is no course «{}»; choose one of: {}",
                settings.course_id,
                known.join(", ")
            ),
        })
    })?;
    let plan = planner::plan(course, &settings, &meetings);
    let text = match format {
        PlanFormat::Text => export::plan::to_text(&plan, course, ctx.lang),
        PlanFormat::Csv => export::plan::to_csv(&plan, course, ctx.lang),
        PlanFormat::Json => export::plan::to_json(&plan, course, ctx.lang),
        PlanFormat::Ics => {
            export::ics::plan_calendar(&plan, course, ws.as_ref(), ctx.lang, Utc::now())
        }
    };
    emit(ctx, &text, output)
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
        return Err(Failure::new(match ctx.lang {
            Lang::Da => format!(
                "arbejdsområdet «{}» har intet møde, der passer; møderne er: {}",
                ws.id,
                known.join(", ")
            ),
            Lang::En => format!(
                "workspace «{}» has no matching meeting; its meetings are: {}",
                ws.id,
                known.join(", ")
            ),
        }));
    }
    Ok(ids)
}

pub fn summary(
    ctx: &Context,
    choice: &MeetingChoice,
    format: DocFormat,
    to: Destination,
    include_private: bool,
) -> Result<()> {
    let content = load_content(ctx)?;
    let ws = read_workspace(ctx)?;
    let ids = chosen_meetings(ctx, &ws, choice)?;
    let docs: Vec<_> = ids
        .iter()
        .filter_map(|id| ws.meeting(id))
        .map(|m| export::brief::build(&ws, m, &content, ctx.lang, ctx.today, include_private))
        .collect();
    deliver(ctx, |f| export::render_many(&docs, f), format, &to)
}

pub fn pamphlet(
    ctx: &Context,
    counterpart: Counterpart,
    format: DocFormat,
    to: Destination,
) -> Result<()> {
    let content = load_content(ctx)?;
    let not_found = |ws: &Workspace| {
        Failure::new(match ctx.lang {
            Lang::Da => format!(
                "arbejdsområdet «{}» har intet møde med en {}",
                ws.id,
                counterpart.name_lower(ctx.lang)
            ),
            Lang::En => format!(
                "workspace «{}» has no meeting with a {}",
                ws.id,
                counterpart.name_lower(ctx.lang)
            ),
        })
    };
    if ctx.file.is_some() {
        // A file given with --file is only read, so the hand-out is not recorded.
        let ws = read_workspace(ctx)?;
        let id = ws
            .current_meeting(counterpart, ctx.today)
            .map(|m| m.id.clone())
            .ok_or_else(|| not_found(&ws))?;
        // Render once up front so a missing pamphlet is an error, not an empty page.
        export::pamphlet::render(&ws, &id, &content, ctx.lang, format)
            .map_err(|e| Failure::new(e.message(ctx.lang)))?;
        let text =
            |f| export::pamphlet::render(&ws, &id, &content, ctx.lang, f).unwrap_or_default();
        return deliver(ctx, text, format, &to);
    }
    let store = open_store(ctx)?;
    let id = workspace_id(ctx, &store)?;
    let _lock = store
        .lock(&id)
        .map_err(|e| Failure::new(e.message(ctx.lang)))?;
    let mut ws = store
        .load(&id)
        .map_err(|e| Failure::new(e.message(ctx.lang)))?;
    let meeting_id = ws
        .current_meeting(counterpart, ctx.today)
        .map(|m| m.id.clone())
        .ok_or_else(|| not_found(&ws))?;
    export::pamphlet::render(&ws, &meeting_id, &content, ctx.lang, format)
        .map_err(|e| Failure::new(e.message(ctx.lang)))?;
    let text =
        |f| export::pamphlet::render(&ws, &meeting_id, &content, ctx.lang, f).unwrap_or_default();
    deliver(ctx, text, format, &to)?;
    let before = ws.clone();
    export::pamphlet::mark_prepared(&mut ws, &meeting_id, ctx.today);
    if ws != before {
        ws.updated_at = Utc::now();
        store
            .save(&ws)
            .map_err(|e| Failure::new(e.message(ctx.lang)))?;
    }
    Ok(())
}

pub fn content_check(ctx: &Context, dir: Option<&Path>) -> Result<()> {
    let dir = dir.or(ctx.content_dir.as_deref());
    match Content::load(dir) {
        Ok(c) => {
            let where_ = match &c.source {
                ContentSource::Embedded => ctx
                    .lang
                    .pick("Det indbyggede indhold", "The built-in content")
                    .to_string(),
                ContentSource::Dir(d) => match ctx.lang {
                    Lang::Da => format!("Indholdet i {}", d.display()),
                    Lang::En => format!("The content in {}", d.display()),
                },
            };
            let questions: usize = c.question_sets.iter().map(|s| s.questions.len()).sum();
            println!(
                "{}",
                match ctx.lang {
                    Lang::Da => format!(
                        "{where_} er i orden: {} roller, {} pjecer, {questions} refleksionsspørgsmål, {} co-driver-profiler, {} aftaleskabeloner og {} forløb.",
                        c.roles.len(),
                        c.pamphlets.len(),
                        c.codriver_aid.profiles.len(),
                        c.agreements.len(),
                        c.courses.len()
                    ),
                    Lang::En => format!(
                        "{where_} is valid: {} roles, {} pamphlets, {questions} reflection questions, {} co-driver profiles, {} agreement templates and {} courses.",
                        c.roles.len(),
                        c.pamphlets.len(),
                        c.codriver_aid.profiles.len(),
                        c.agreements.len(),
                        c.courses.len()
                    ),
                }
            );
            Ok(())
        }
        Err(errors) => {
            for e in &errors.0 {
                eprintln!("{e}");
            }
            Err(Failure::new(match ctx.lang {
                Lang::Da => format!(
                    "{} fejl i indholdet; ret dem og kør kontrollen igen",
                    errors.0.len()
                ),
                Lang::En => format!(
                    "{} error(s) in the content; fix them and run the check again",
                    errors.0.len()
                ),
            }))
        }
    }
}

pub fn content_export(ctx: &Context, dir: &Path) -> Result<()> {
    mandat::content::write_embedded_to(dir).map_err(|e| {
        Failure::new(match ctx.lang {
            Lang::Da => format!("kan ikke skrive indholdet til {}: {e}", dir.display()),
            Lang::En => format!("cannot write the content to {}: {e}", dir.display()),
        })
    })?;
    println!(
        "{}",
        match ctx.lang {
            Lang::Da => format!(
                "Skrev indholdet til {d}. Ret teksterne og tallene, kontroller med «mandat content check {d}», og brug dem med --content {d} eller MANDAT_CONTENT_DIR={d}.",
                d = dir.display()
            ),
            Lang::En => format!(
                "Wrote the content to {d}. Edit the texts and figures, check with «mandat content check {d}», and use them with --content {d} or MANDAT_CONTENT_DIR={d}.",
                d = dir.display()
            ),
        }
    );
    Ok(())
}

pub fn paths(ctx: &Context) -> Result<()> {
    let store = open_store(ctx)?;
    let l = ctx.lang;
    println!(
        "{} {}",
        l.pick("Datamappe:       ", "Data folder:     "),
        store.data_dir().display()
    );
    println!(
        "{} {}",
        l.pick("Arbejdsområder:  ", "Workspaces:      "),
        store.workspaces_dir().display()
    );
    let listed = store.list().map_err(|e| Failure::new(e.message(l)))?;
    for item in &listed {
        println!("                  {}", item.path().display());
    }
    println!(
        "{} {}",
        l.pick("Sikkerhedskopier:", "Backups:         "),
        store.data_dir().join("backups").display()
    );
    let content = match &ctx.content_dir {
        Some(d) => d.display().to_string(),
        None => l
            .pick("indbygget i programmet", "built into the program")
            .to_string(),
    };
    println!(
        "{} {content}",
        l.pick("Indhold:         ", "Content:         ")
    );
    Ok(())
}

/// `mandat restore`: lists the backups, or puts one back. The file it replaces is kept beside
/// it, so restoring never loses anything either.
pub fn restore(ctx: &Context, which: Option<&str>) -> Result<()> {
    if ctx.file.is_some() {
        return Err(Failure::usage(ctx.lang.pick(
            "restore virker på arbejdsområder i datamappen, ikke med --file",
            "restore works on workspaces in the data folder, not with --file",
        )));
    }
    let l = ctx.lang;
    let store = open_store(ctx)?;
    let id = workspace_id(ctx, &store)?;
    let backups = store.backups(&id).map_err(|e| Failure::new(e.message(l)))?;
    if backups.is_empty() {
        return Err(Failure::new(match l {
            Lang::Da => format!("der er ingen sikkerhedskopier af «{id}» endnu"),
            Lang::En => format!("there are no backups of «{id}» yet"),
        }));
    }
    let when = |b: &mandat::store::Backup| {
        b.taken_at
            .with_timezone(&chrono::Local)
            .format("%Y-%m-%d %H:%M:%S")
            .to_string()
    };
    let Some(which) = which else {
        println!(
            "{}",
            match l {
                Lang::Da => format!("Sikkerhedskopier af «{id}», nyeste først:"),
                Lang::En => format!("Backups of «{id}», newest first:"),
            }
        );
        for (i, b) in backups.iter().enumerate() {
            let state = match store.load_backup(b) {
                Ok(ws) => {
                    let answers: usize = ws
                        .meetings
                        .iter()
                        .map(|m| {
                            m.reflection
                                .answers
                                .values()
                                .filter(|a| !a.text.trim().is_empty())
                                .count()
                        })
                        .sum();
                    match l {
                        Lang::Da => format!("{} svar", answers),
                        Lang::En => format!("{} answers", answers),
                    }
                }
                Err(_) => l.pick("kan ikke læses", "cannot be read").to_string(),
            };
            println!("{:>4}  {}  {state}", i + 1, when(b));
        }
        println!(
            "{}",
            l.pick(
                "Gendan med «mandat restore NR» eller «mandat restore latest». Den nuværende fil gemmes ved siden af.",
                "Restore with «mandat restore NR» or «mandat restore latest». The current file is kept beside it.",
            )
        );
        return Ok(());
    };
    let chosen = if which == "latest" || which == "nyeste" {
        store
            .last_good_backup(&id)
            .map_err(|e| Failure::new(e.message(l)))?
            .ok_or_else(|| {
                Failure::new(l.pick(
                    "ingen af sikkerhedskopierne kan læses",
                    "none of the backups can be read",
                ))
            })?
    } else {
        let n: usize = which.parse().map_err(|_| {
            Failure::usage(match l {
                Lang::Da => format!("«{which}» er hverken et nummer fra listen eller «latest»"),
                Lang::En => format!("«{which}» is neither a number from the list nor «latest»"),
            })
        })?;
        backups.get(n.wrapping_sub(1)).cloned().ok_or_else(|| {
            Failure::new(match l {
                Lang::Da => {
                    format!("der er ingen sikkerhedskopi nr. {n}; se listen med «mandat restore»")
                }
                Lang::En => {
                    format!("there is no backup no. {n}; see the list with «mandat restore»")
                }
            })
        })?
    };
    let _lock = store.lock(&id).map_err(|e| Failure::new(e.message(l)))?;
    let kept = store
        .restore_at(&id, &chosen, Utc::now())
        .map_err(|e| Failure::new(e.message(l)))?;
    println!(
        "{}",
        match l {
            Lang::Da => format!(
                "Gendannede «{id}» fra sikkerhedskopien fra {}.",
                when(&chosen)
            ),
            Lang::En => format!("Restored «{id}» from the backup of {}.", when(&chosen)),
        }
    );
    if let Some(kept) = kept {
        println!(
            "{} {}",
            l.pick(
                "Den fil, der var der før, ligger nu i",
                "The file that was there is kept as"
            ),
            kept.display()
        );
    }
    Ok(())
}
