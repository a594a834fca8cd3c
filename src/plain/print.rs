//! Saving a document as a file: a meeting's brief or pamphlet, the co-driver worksheet or the
//! plan; the format; where. Written through the store, like every document the program writes,
//! and made by the same functions as `mandat summary`, `pamphlet`, `codriver` and `plan`.

use std::path::PathBuf;

use mandat::export::{self, DocFormat, brief, pamphlet};
use mandat::planner::usage;
use mandat::store::WrittenTo;
use mandat::text::format::long_date;
use mandat::text::plain::print as t;
use mandat::text::screen::{export as export_text, timelog as timelog_text};

use super::ask::{Choice, Go, Leave};
use super::meeting::place;
use super::session::Session;
use crate::tui::documents;

/// What can be saved as a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Brief,
    Pamphlet,
    Worksheet,
    Plan,
}

/// Saves a document. With a meeting and a kind, that document; with a meeting alone, its brief
/// or pamphlet; with neither, any document, for any meeting.
pub fn run(s: &mut Session, meeting: Option<&str>, kind: Option<Kind>) -> Go<()> {
    let lang = s.lang();
    let mut crumbs = Vec::new();
    if let Some(id) = meeting {
        crumbs.push(place(s, id));
    }
    crumbs.push(t::TITLE.get(lang).to_string());
    s.here(&crumbs);
    let kind = match kind {
        Some(kind) => kind,
        None => {
            let title = s.ctx.content.codriver_aid.title.get(lang).to_string();
            let mut choices = vec![
                Choice::new(t::BRIEF.get(lang)),
                Choice::new(t::PAMPHLET.get(lang)),
            ];
            if meeting.is_none() {
                choices.push(Choice::new(t::worksheet(lang, &title)));
                choices.push(Choice::new(t::PLAN.get(lang)));
            }
            let kinds = [Kind::Brief, Kind::Pamphlet, Kind::Worksheet, Kind::Plan];
            kinds[s.io.menu(t::WHICH_DOCUMENT.get(lang), &choices)?]
        }
    };
    let meeting = meeting.map(str::to_string);
    let meeting = match (meeting, kind) {
        (Some(id), _) => Some(id),
        (None, Kind::Brief | Kind::Pamphlet) => Some(choose_meeting(s)?),
        (None, _) => None,
    };
    // A document in text, Markdown or HTML; the plan also as an Excel workbook.
    let mut formats: Vec<Format> = DocFormat::ALL.into_iter().map(Format::Doc).collect();
    if kind == Kind::Plan {
        formats.push(Format::Xlsx);
    }
    let names: Vec<Choice> = formats
        .iter()
        .map(|f| {
            Choice::new(match f {
                Format::Doc(d) => export_text::format_name(lang, *d),
                Format::Xlsx => export_text::FORMAT_XLSX.get(lang),
            })
        })
        .collect();
    let format = formats[s.io.menu(t::WHICH_FORMAT.get(lang), &names)?];
    let include_private = kind == Kind::Brief && s.io.yes_no(t::INCLUDE_PRIVATE.get(lang))?;
    let bytes = match render(s, kind, meeting.as_deref(), format, include_private) {
        Ok(bytes) => bytes,
        Err(why) => {
            s.io.tell(&why);
            return Ok(());
        }
    };
    let default = default_path(s, kind, meeting.as_deref(), format);
    let written = loop {
        // The folder is named once the file is written; read aloud, a path is long.
        let name = default
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let path = match s.io.line(&t::ask_path(lang, &name))? {
            Some(typed) => PathBuf::from(typed),
            None => default.clone(),
        };
        let shown = std::path::absolute(&path)
            .unwrap_or_else(|_| path.clone())
            .display()
            .to_string();
        match s.ctx.store.write_document(&path, &bytes) {
            Ok(WrittenTo::File(file)) => {
                s.io.say(&t::saved_as(lang, &shown));
                break Some(file);
            }
            Ok(_) => {
                s.io.say(t::WRITTEN.get(lang));
                break None;
            }
            Err(e) => s.io.tell(&t::failed(lang, &shown, &e.message(lang))),
        }
    };
    // Making the pamphlet records that it was prepared, as `mandat pamphlet` does, once it
    // has reached its file.
    if let (Kind::Pamphlet, Some(id)) = (kind, meeting.as_deref()) {
        let before = s.ws.meeting(id).map(|m| m.handout.clone());
        pamphlet::mark_prepared(&mut s.ws, id, s.ctx.today);
        if s.ws.meeting(id).map(|m| m.handout.clone()) != before {
            s.changed()?;
            s.io.say(t::PAMPHLET_PREPARED.get(lang));
        }
    }
    if let Some(file) = written
        && s.io.yes_no(t::OPEN_IT.get(lang))?
    {
        match documents::open_file(&file) {
            Ok(()) => s.io.say(t::OPENED.get(lang)),
            Err(e) => s.io.tell(&e.message(lang, &file)),
        }
    }
    Ok(())
}

/// A document format, or (for the plan) an Excel workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Doc(DocFormat),
    Xlsx,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Format::Doc(f) => f.extension(),
            Format::Xlsx => "xlsx",
        }
    }
}

/// Any meeting of the network; its id.
fn choose_meeting(s: &mut Session) -> Go<String> {
    let lang = s.lang();
    let meetings: Vec<(String, Choice)> =
        s.ws.meetings
            .iter()
            .map(|m| {
                let detail = match m.date {
                    Some(d) => long_date(d, lang),
                    None => mandat::text::plain::meeting::NO_DATE.get(lang).to_string(),
                };
                (m.id.clone(), Choice::with(place(s, &m.id), detail))
            })
            .collect();
    let choices: Vec<Choice> = meetings.iter().map(|(_, c)| c.clone()).collect();
    let picked = s.io.menu(t::WHICH_MEETING.get(lang), &choices)?;
    meetings
        .get(picked)
        .map(|(id, _)| id.clone())
        .ok_or(Leave::Back)
}

/// The document's bytes, or why it cannot be made.
fn render(
    s: &Session,
    kind: Kind,
    meeting: Option<&str>,
    format: Format,
    include_private: bool,
) -> Result<Vec<u8>, String> {
    let lang = s.lang();
    let (ws, content) = (&s.ws, &s.ctx.content);
    let id = meeting.unwrap_or_default();
    // Only the plan is also a workbook; a document is HTML when asked for one.
    let doc_format = match format {
        Format::Doc(f) => f,
        Format::Xlsx => DocFormat::Html,
    };
    let text = match kind {
        Kind::Brief => brief::render(
            ws,
            id,
            content,
            lang,
            doc_format,
            s.ctx.today,
            include_private,
        ),
        Kind::Pamphlet => pamphlet::render(ws, id, content, lang, doc_format),
        Kind::Worksheet => Ok(export::codriver::render(ws, content, lang, doc_format)),
        Kind::Plan => return plan_file(s, format),
    };
    text.map(String::into_bytes).map_err(|e| e.message(lang))
}

/// The week-by-week plan as a document, or as a workbook with the hours used beside it.
fn plan_file(s: &Session, format: Format) -> Result<Vec<u8>, String> {
    let lang = s.lang();
    let (ws, content) = (&s.ws, &s.ctx.content);
    let no_plan = || timelog_text::NO_PLAN.get(lang).to_string();
    let plan = ws.plan_weeks(content).map_err(|_| no_plan())?;
    let course = content.course(&plan.course_id).ok_or_else(no_plan)?;
    match format {
        Format::Doc(f) => {
            let doc = export::plan::document(&plan, course, content, lang);
            Ok(export::render(&doc, f).into_bytes())
        }
        Format::Xlsx => {
            let usage = (!ws.time_log.is_empty()).then(|| {
                usage::compare(
                    &plan,
                    &ws.time_log,
                    s.ctx.today,
                    ws.plan.settings.ceiling_hours,
                )
            });
            export::xlsx::workbook(&plan, course, content, usage.as_ref(), lang)
                .map_err(|e| e.message(lang))
        }
    }
}

/// `<documents>/<network>-<meeting>-<what>.<format>`, named as the terminal program names it.
fn default_path(s: &Session, kind: Kind, meeting: Option<&str>, format: Format) -> PathBuf {
    let lang = s.lang();
    let stem = match kind {
        Kind::Brief => t::STEM_BRIEF,
        Kind::Pamphlet => t::STEM_PAMPHLET,
        Kind::Worksheet => t::STEM_WORKSHEET,
        Kind::Plan => t::STEM_PLAN,
    }
    .get(lang);
    let parts = [s.ws.id.as_str(), meeting.unwrap_or_default(), stem];
    s.ctx
        .documents
        .join(documents::file_name(&parts, format.extension()))
}
