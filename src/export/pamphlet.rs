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

/// The topics on this meeting's pamphlet that were not on the one the counterpart was handed
/// for an earlier meeting: what handing it out again would tell them that is new. `None` when
/// the counterpart has not had the pamphlet before (everything on it is new).
pub fn topics_new_since_hand_out(
    ws: &Workspace,
    meeting_id: &str,
    content: &Content,
    lang: Lang,
) -> Option<Vec<String>> {
    let meeting = ws.meeting(meeting_id)?;
    let before: Vec<String> = topics(ws.earlier_hand_out(meeting_id)?, content, lang)
        .iter()
        .map(|t| t.trim().to_lowercase())
        .collect();
    Some(
        topics(meeting, content, lang)
            .into_iter()
            .filter(|t| !before.contains(&t.trim().to_lowercase()))
            .collect(),
    )
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::handout::Channel;
    use crate::flow::plan::PlanDraft;
    use crate::planner::PlanSettings;
    use crate::vocab::{Counterpart, NetworkType};

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, m, day).unwrap()
    }

    /// A first personaleleder meeting whose pamphlet was handed out, and a follow-up after it.
    fn handed_out_then_follow_up() -> Workspace {
        let mut ws = Workspace::new(
            "t".into(),
            "Tema".into(),
            NetworkType::Velfaerd,
            "Mette".into(),
            PlanDraft::new(PlanSettings::new("velfaerd", d(1, 4))),
            chrono::Utc::now(),
        );
        let first = ws.meeting_mut("personaleleder-1").unwrap();
        first.date = Some(d(1, 18));
        first.handout = HandoutState::HandedOut {
            prepared_on: None,
            handed_out_on: d(1, 11),
            channel: Channel::InPerson,
        };
        first.topics = vec!["Tid og prioritering".into()];
        ws.add_meeting(Counterpart::Personaleleder);
        ws
    }

    #[test]
    fn a_follow_up_pamphlet_tells_only_the_topics_the_earlier_one_did_not_have() {
        let content = Content::embedded().unwrap();
        let mut ws = handed_out_then_follow_up();
        let follow_up = ws.meeting_mut("personaleleder-2").unwrap();
        follow_up.topics = vec!["tid og prioritering ".into(), "Sekretariatets uger".into()];
        assert_eq!(
            topics_new_since_hand_out(&ws, "personaleleder-2", &content, Lang::Da),
            Some(vec!["Sekretariatets uger".to_string()])
        );
    }

    #[test]
    fn a_pamphlet_never_handed_out_before_has_no_earlier_one_to_compare_with() {
        let content = Content::embedded().unwrap();
        let mut ws = handed_out_then_follow_up();
        ws.meeting_mut("personaleleder-2").unwrap().topics = vec!["Tid og prioritering".into()];
        assert_eq!(
            topics_new_since_hand_out(&ws, "personaleleder-1", &content, Lang::Da),
            None
        );
        assert_eq!(
            topics_new_since_hand_out(&ws, "personaleleder-2", &content, Lang::Da),
            Some(Vec::new()),
            "the same topics: nothing new"
        );
    }
}
