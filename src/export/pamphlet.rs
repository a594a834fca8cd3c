//! The personalised pamphlet a counterpart gets before the meeting (SPEC §2.1).

use chrono::NaiveDate;

use super::doc::{Block, Doc};
use super::{DocFormat, ExportError};
use crate::content::{Content, RoleId};
use crate::flow::handout::{HandoutContext, HandoutEvent, HandoutState};
use crate::model::{Meeting, Workspace};
use crate::text::format::long_date;
use crate::text::{common, doc as words};
use crate::vocab::Lang;

/// Renders the pamphlet for a meeting without changing anything.
pub fn render(
    ws: &Workspace,
    meeting_id: &str,
    content: &Content,
    lang: Lang,
    format: DocFormat,
) -> Result<String, ExportError> {
    let meeting = ws
        .meeting(meeting_id)
        .ok_or_else(|| ExportError::NoSuchMeeting(meeting_id.to_string()))?;
    let doc = build(ws, meeting, content, lang)?;
    Ok(super::render(&doc, format))
}

/// Renders the pamphlet and records in the handout flow that it was prepared today (unless it
/// was already handed over, which stays as it is).
pub fn generate(
    ws: &mut Workspace,
    meeting_id: &str,
    content: &Content,
    lang: Lang,
    format: DocFormat,
    today: NaiveDate,
) -> Result<String, ExportError> {
    let out = render(ws, meeting_id, content, lang, format)?;
    mark_prepared(ws, meeting_id, today);
    Ok(out)
}

/// Records in the handout flow that the pamphlet was made today, unless it was already handed
/// over (which stays as it is).
pub fn mark_prepared(ws: &mut Workspace, meeting_id: &str, today: NaiveDate) {
    let Some(meeting) = ws.meeting_mut(meeting_id) else {
        return;
    };
    if matches!(
        meeting.handout,
        HandoutState::NotPrepared | HandoutState::Prepared { .. }
    ) {
        let ctx = HandoutContext {
            today,
            meeting_date: meeting.date,
        };
        // Prepare is always allowed from these two states.
        if let Ok(next) = meeting
            .handout
            .apply(HandoutEvent::Prepare { on: today }, ctx)
        {
            meeting.handout = next;
        }
    }
}

/// The topics printed on the pamphlet: the leader's own for this meeting, or the content's
/// suggestions when the leader has not written any.
pub fn topics(meeting: &Meeting, content: &Content, lang: Lang) -> Vec<String> {
    let own: Vec<String> = meeting
        .topics
        .iter()
        .filter(|t| !t.trim().is_empty())
        .cloned()
        .collect();
    if !own.is_empty() {
        return own;
    }
    content
        .pamphlet(meeting.counterpart)
        .map(|p| {
            p.suggested_topics
                .iter()
                .map(|t| t.get(lang).to_string())
                .collect()
        })
        .unwrap_or_default()
}

pub fn build(
    ws: &Workspace,
    meeting: &Meeting,
    content: &Content,
    lang: Lang,
) -> Result<Doc, ExportError> {
    let c = meeting.counterpart;
    let pamphlet = content
        .pamphlet(c)
        .ok_or_else(|| ExportError::NoPamphlet(c.id().to_string()))?;
    let person = if meeting.person_name.trim().is_empty() {
        common::role(content, lang, c).to_string()
    } else {
        format!(
            "{}, {}",
            meeting.person_name,
            common::role_in_sentence(content, lang, c)
        )
    };
    let from = format!(
        "{}, {} · {} ({})",
        ws.leader_name,
        words::leader_in_sentence(content, lang),
        ws.name,
        common::network_type(lang, ws.network_type)
    );
    let when = meeting
        .date
        .map(|d| long_date(d, lang))
        .unwrap_or_else(|| words::TO_BE_AGREED.get(lang).into());
    let mut doc = Doc {
        title: pamphlet.title.get(lang).into(),
        subtitle: None,
        lang: lang.code(),
        blocks: Vec::new(),
    };
    doc.push(Block::Facts(vec![
        (words::TO.get(lang).into(), person),
        (words::FROM.get(lang).into(), from),
        (words::MEETING.get(lang).into(), when),
    ]));
    doc.push(Block::Para(pamphlet.intro.get(lang).into()));
    doc.push(Block::Para(pamphlet.purpose.get(lang).into()));

    if let Some(role) = content.role(RoleId::from(c)) {
        doc.push(Block::Heading(format!(
            "{}: {}",
            words::YOUR_ROLE.get(lang),
            role.name.get(lang)
        )));
        doc.push(Block::Para(role.summary.get(lang).into()));
        doc.push(Block::Bullets(
            role.duties
                .iter()
                .map(|d| d.get(lang).to_string())
                .collect(),
        ));
    }
    // The co-driver's pamphlet speaks to the co-driver: the development path is in its own
    // words there (the finding aid's paragraph on it is written to the leader).

    doc.push(Block::Heading(words::TOPICS.get(lang).into()));
    doc.push(Block::Bullets(topics(meeting, content, lang)));

    if !pamphlet.questions.is_empty() {
        doc.push(Block::Heading(words::BEFOREHAND.get(lang).into()));
        doc.push(Block::Bullets(
            pamphlet
                .questions
                .iter()
                .map(|q| q.get(lang).to_string())
                .collect(),
        ));
    }

    doc.push(Block::Para(pamphlet.closing.get(lang).into()));
    doc.push(Block::Para(format!(
        "{}\n{}",
        words::REGARDS.get(lang),
        ws.leader_name
    )));
    Ok(doc)
}
