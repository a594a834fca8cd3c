//! Saving a document as a file: a meeting's brief or pamphlet, the co-driver worksheet or the
//! plan; the format; where. Written through the store, like every document the program writes,
//! and made by the same functions as `mandat summary`, `pamphlet`, `codriver` and `plan`.

use std::path::PathBuf;

use mandat::export::{self, DocFormat, brief, pamphlet};
use mandat::store::WrittenTo;
use mandat::text::format::long_date;
use mandat::text::plain::print as t;
use mandat::text::screen::{export as export_text, timelog as timelog_text};

use super::ask::{Choice, Go, Leave};
use super::meeting::place;
use super::session::Session;

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
    let formats: Vec<Choice> = DocFormat::ALL
        .iter()
        .map(|f| Choice::new(export_text::format_name(lang, *f)))
        .collect();
    let format = DocFormat::ALL[s.io.menu(t::WHICH_FORMAT.get(lang), &formats)?];
    let include_private = kind == Kind::Brief && s.io.yes_no(t::INCLUDE_PRIVATE.get(lang))?;
    let text = match render(s, kind, meeting.as_deref(), format, include_private) {
        Ok(text) => text,
        Err(why) => {
            s.io.tell(&why);
            return Ok(());
        }
    };
    let default = default_path(s, kind, meeting.as_deref(), format);
    loop {
        // The folder is named once the file is written; read aloud, a path is long.
        let name = default
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let path = match s.io.line(&t::ask_path(lang, &name))? {
            Some(typed) => PathBuf::from(typed),
            None => default.clone(),
        };
        let shown = path.display().to_string();
        match s.ctx.store.write_document(&path, text.as_bytes()) {
            Ok(WrittenTo::File(_)) => s.io.say(&t::saved_as(lang, &shown)),
            Ok(_) => s.io.say(t::WRITTEN.get(lang)),
            Err(e) => {
                s.io.tell(&t::failed(lang, &shown, &e.message(lang)));
                continue;
            }
        }
        break;
    }
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
    Ok(())
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

/// The document's text, or why it cannot be made.
fn render(
    s: &Session,
    kind: Kind,
    meeting: Option<&str>,
    format: DocFormat,
    include_private: bool,
) -> Result<String, String> {
    let lang = s.lang();
    let (ws, content) = (&s.ws, &s.ctx.content);
    let id = meeting.unwrap_or_default();
    match kind {
        Kind::Brief => brief::render(ws, id, content, lang, format, s.ctx.today, include_private)
            .map_err(|e| e.message(lang)),
        Kind::Pamphlet => {
            pamphlet::render(ws, id, content, lang, format).map_err(|e| e.message(lang))
        }
        Kind::Worksheet => Ok(export::codriver::render(ws, content, lang, format)),
        Kind::Plan => {
            let no_plan = || timelog_text::NO_PLAN.get(lang).to_string();
            let plan = ws.plan_weeks(content).map_err(|_| no_plan())?;
            let course = content
                .course(&ws.plan.settings.course_id)
                .ok_or_else(no_plan)?;
            let doc = export::plan::document(&plan, course, content, lang);
            Ok(export::render(&doc, format))
        }
    }
}

/// `<data>/exports/<network>-<meeting>-<what>.<format>`.
fn default_path(s: &Session, kind: Kind, meeting: Option<&str>, format: DocFormat) -> PathBuf {
    let lang = s.lang();
    let stem = match kind {
        Kind::Brief => t::STEM_BRIEF,
        Kind::Pamphlet => t::STEM_PAMPHLET,
        Kind::Worksheet => t::STEM_WORKSHEET,
        Kind::Plan => t::STEM_PLAN,
    }
    .get(lang);
    let mut parts = vec![s.ws.id.as_str()];
    parts.extend(meeting);
    parts.push(stem);
    let name = format!("{}.{}", parts.join("-"), format.extension());
    s.ctx.store.exports_dir().join(name)
}
