//! One meeting: the person and the date, the topics printed on the pamphlet, the private notes,
//! the way into its three preparations, saving its documents, and its sister meetings.

use mandat::dates;
use mandat::export::pamphlet;
use mandat::flow::handout::{DueStatus, due_status};
use mandat::guide::followup::{carry_over, hand_out_pending, pamphlet_handed_out_earlier};
use mandat::planner::calendar::Calendar;
use mandat::text::common;
use mandat::text::format::{clean_line, countdown, long_date};
use mandat::text::plain::meeting as t;
use mandat::text::screen::{codriver as codriver_text, dashboard, meeting as words};
use mandat::usecase;
use mandat::vocab::Counterpart;

use super::ask::{Choice, Go, Leave, done};
use super::print;
use super::session::Session;
use super::{agreement, codriver, handout, reflection};

/// A line of the meeting's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Item {
    Codriver,
    Person,
    Date,
    Topics,
    Handout,
    Reflection,
    Agreement,
    Notes,
    Save,
    Other,
    /// A follow-up: hand the pamphlet out again at this meeting, or not.
    HandOutAgain,
    /// A follow-up added by mistake: delete it.
    Delete,
}

/// The meeting's list, until the leader goes back.
pub fn run(s: &mut Session, meeting_id: &str) -> Go<()> {
    let mut id = meeting_id.to_string();
    loop {
        let Some(m) = s.ws.meeting(&id) else {
            return Err(Leave::Back);
        };
        let c = m.counterpart;
        let lang = s.lang();
        s.here(&[place(s, &id)]);
        let follow_up = s.ws.is_follow_up(&id);
        if follow_up {
            say_carry_over(s, &id);
        }
        let mut items = Vec::new();
        if c == Counterpart::CoDriver {
            items.push(Item::Codriver);
        }
        items.extend([
            Item::Person,
            Item::Date,
            Item::Topics,
            Item::Handout,
            Item::Reflection,
            Item::Agreement,
            Item::Notes,
            Item::Save,
        ]);
        if s.ws.meetings_with(c).count() > 1 {
            items.push(Item::Other);
        }
        if follow_up {
            items.extend([Item::HandOutAgain, Item::Delete]);
        }
        let choices: Vec<Choice> = items.iter().map(|i| choice(s, &id, *i)).collect();
        let item = items[s.io.menu(t::WHAT_TO_DO.get(lang), &choices)?];
        match item {
            Item::Codriver => done(codriver::run(s, &id))?,
            Item::Person => done(edit_person(s, &id))?,
            Item::Date => done(edit_date(s, &id))?,
            Item::Topics => done(edit_topics(s, &id))?,
            Item::Handout => done(handout::run(s, &id))?,
            Item::Reflection => done(reflection::run(s, &id))?,
            Item::Agreement => done(agreement::run(s, &id))?,
            Item::Notes => done(edit_notes(s, &id))?,
            Item::Save => done(print::run(s, Some(&id), None))?,
            Item::Other => match other_meeting(s, &id) {
                Ok(next) => id = next,
                Err(Leave::Back) => {}
                Err(e) => return Err(e),
            },
            Item::HandOutAgain => {
                let again = !s.ws.meeting(&id).is_some_and(|m| m.hand_out_again);
                if let Some(m) = s.ws.meeting_mut(&id) {
                    m.hand_out_again = again;
                }
                s.changed()?;
                let said = if again {
                    t::HAND_OUT_AGAIN_ON
                } else {
                    t::HAND_OUT_AGAIN_OFF
                };
                s.io.say(said.get(lang));
            }
            Item::Delete => {
                if s.io.yes_no(t::CONFIRM_DELETE.get(lang))?
                    && let Some(previous) = usecase::delete_follow_up(&mut s.ws, &id)
                {
                    s.changed()?;
                    s.io.tell(words::MEETING_DELETED.get(lang));
                    id = previous;
                }
            }
        }
    }
}

/// "Personaleleder, Lars Jensen" and, when there are several, "møde 2 af 3".
pub fn place(s: &Session, meeting_id: &str) -> String {
    let lang = s.lang();
    let Some(m) = s.ws.meeting(meeting_id) else {
        return String::new();
    };
    let role = common::role(&s.ctx.content, lang, m.counterpart);
    let title = if m.person_name.trim().is_empty() {
        role.to_string()
    } else {
        t::role_and_person(lang, role, &clean_line(&m.person_name))
    };
    let total = s.ws.meetings_with(m.counterpart).count();
    if total < 2 {
        return title;
    }
    let n =
        s.ws.meetings_with(m.counterpart)
            .position(|x| x.id == m.id)
            .map_or(1, |p| p + 1);
    t::role_and_person(lang, &title, &dashboard::meeting_number(lang, n, total))
}

fn choice(s: &Session, id: &str, item: Item) -> Choice {
    let lang = s.lang();
    let Some(m) = s.ws.meeting(id) else {
        return Choice::new("");
    };
    let content = &s.ctx.content;
    match item {
        Item::Codriver => {
            let aid = &s.ws.codriver_aid;
            let chosen = aid.chosen_candidate().map(|c| clean_line(&c.name));
            Choice::with(
                content.codriver_aid.title.get(lang),
                codriver_text::meeting_line(lang, aid.candidates.len(), chosen.as_deref()),
            )
        }
        Item::Person => Choice::with(
            words::PERSON.get(lang),
            if m.person_name.trim().is_empty() {
                t::NO_NAME.get(lang).to_string()
            } else {
                clean_line(&m.person_name)
            },
        ),
        Item::Date => Choice::with(words::DATE.get(lang), date_line(s, id)),
        Item::Topics => Choice::with(
            words::TOPICS_SHORT.get(lang),
            if m.topics.is_empty() {
                words::TOPICS_SUGGESTED.get(lang).to_string()
            } else {
                words::topics_count(lang, m.topics.len())
            },
        ),
        Item::Handout => Choice::with(words::HANDOUT.get(lang), handout::state_line(s, id)),
        Item::Reflection => {
            let ids: Vec<&str> =
                s.ws.questions(content, id)
                    .iter()
                    .map(|q| q.id.as_str())
                    .collect();
            let answered = t::answered_count(lang, m.reflection.answered_count(&ids), ids.len());
            let detail = if m.reflection.is_finished() {
                t::and_finished(lang, &answered)
            } else {
                answered
            };
            Choice::with(words::REFLECTION.get(lang), detail)
        }
        Item::Agreement => {
            let fields: Vec<&str> = content
                .agreement(m.counterpart)
                .map(|a| a.fields.iter().map(|f| f.id.as_str()).collect())
                .unwrap_or_default();
            Choice::with(
                words::AGREEMENT.get(lang),
                t::agreement_line(
                    lang,
                    common::agreement_state(lang, &m.agreement.state),
                    &t::proposals_count(lang, m.agreement.proposed_count(&fields), fields.len()),
                ),
            )
        }
        Item::Notes => Choice::with(
            words::NOTES_SHORT.get(lang),
            if m.private_notes.trim().is_empty() {
                words::NOTES_EMPTY.get(lang)
            } else {
                t::WRITTEN.get(lang)
            },
        ),
        Item::Save => Choice::new(t::SAVE_DOCUMENT.get(lang)),
        Item::Other => Choice::with(
            t::OTHER_MEETING.get(lang),
            t::meetings_in_all(lang, s.ws.meetings_with(m.counterpart).count()),
        ),
        Item::HandOutAgain => Choice::with(
            t::HAND_OUT_AGAIN.get(lang),
            if m.hand_out_again {
                mandat::text::common::YES
            } else {
                mandat::text::common::NO
            }
            .get(lang),
        ),
        Item::Delete => Choice::new(t::DELETE_MEETING.get(lang)),
    }
}

/// The meeting's date with a countdown and, when it is one, that it is a holiday or weekend.
fn date_line(s: &Session, id: &str) -> String {
    let lang = s.lang();
    let Some(d) = s.ws.meeting(id).and_then(|m| m.date) else {
        return t::NO_DATE.get(lang).to_string();
    };
    let mut line =
        t::date_and_countdown(lang, &long_date(d, lang), &countdown(s.ctx.today, d, lang));
    let warning = if s.ws.calendar().holiday(d).is_some() {
        Some(words::HOLIDAY)
    } else if Calendar::is_weekend(d) {
        Some(words::WEEKEND)
    } else {
        None
    };
    if let Some(w) = warning {
        line = t::with_sentence(lang, &line, w.get(lang));
    }
    line
}

fn edit_person(s: &mut Session, id: &str) -> Go<()> {
    let lang = s.lang();
    let Some(m) = s.ws.meeting(id) else {
        return Err(Leave::Back);
    };
    let role = common::role_in_sentence(&s.ctx.content, lang, m.counterpart);
    let prompt = if m.person_name.trim().is_empty() {
        t::ask_person(lang, &role)
    } else {
        t::keep_person(lang, &role, &clean_line(&m.person_name))
    };
    let Some(name) = s.io.line(&prompt)? else {
        s.io.say(t::UNCHANGED.get(lang));
        return Ok(());
    };
    if let Some(m) = s.ws.meeting_mut(id) {
        m.person_name = name.clone();
    }
    s.changed()?;
    s.io.say(&t::person_set(lang, &clean_line(&name)));
    Ok(())
}

fn edit_date(s: &mut Session, id: &str) -> Go<()> {
    let lang = s.lang();
    let current = s.ws.meeting(id).and_then(|m| m.date);
    let prompt = match current {
        Some(d) => t::keep_date(lang, &long_date(d, lang)),
        None => t::ASK_DATE.get(lang).to_string(),
    };
    let date = loop {
        let Some(text) = s.io.line(&prompt)? else {
            s.io.say(t::UNCHANGED.get(lang));
            return Ok(());
        };
        if t::is_none_word(&text) {
            break None;
        }
        match dates::parse_date(&text) {
            Some(d) => break Some(d),
            None => s.io.say(mandat::text::plain::ask::BAD_DATE.get(lang)),
        }
    };
    if let Some(m) = s.ws.meeting_mut(id) {
        m.date = date;
    }
    s.changed()?;
    match date {
        Some(_) => s.io.say(&t::date_set(lang, &date_line(s, id))),
        None => s.io.say(t::DATE_REMOVED.get(lang)),
    }
    Ok(())
}

fn edit_topics(s: &mut Session, id: &str) -> Go<()> {
    let lang = s.lang();
    let Some(m) = s.ws.meeting(id) else {
        return Err(Leave::Back);
    };
    let suggested = m.topics.is_empty();
    let existing = pamphlet::topics(m, &s.ctx.content, lang).join("\n");
    s.here(&[place(s, id), words::TOPICS_SHORT.get(lang).to_string()]);
    if suggested {
        s.io.say(t::TOPICS_SUGGESTED.get(lang));
    }
    s.io.say(t::TOPICS_HOW.get(lang));
    let Some(text) = s.io.text(words::TOPICS_SHORT.get(lang), &existing)? else {
        return Ok(());
    };
    let topics: Vec<String> = text
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    if let Some(m) = s.ws.meeting_mut(id) {
        m.topics = topics;
    }
    s.changed()?;
    s.io.say(t::TOPICS_SAVED.get(lang));
    Ok(())
}

fn edit_notes(s: &mut Session, id: &str) -> Go<()> {
    let lang = s.lang();
    let Some(existing) = s.ws.meeting(id).map(|m| m.private_notes.clone()) else {
        return Err(Leave::Back);
    };
    s.here(&[place(s, id), words::NOTES_SHORT.get(lang).to_string()]);
    s.io.say(t::NOTES_PRIVATE.get(lang));
    let Some(text) = s.io.text(words::NOTES_SHORT.get(lang), &existing)? else {
        return Ok(());
    };
    if let Some(m) = s.ws.meeting_mut(id) {
        m.private_notes = text;
    }
    s.changed()?;
    s.io.say(t::NOTES_SAVED.get(lang));
    Ok(())
}

/// Another meeting with the same counterpart; its id.
fn other_meeting(s: &mut Session, id: &str) -> Go<String> {
    let lang = s.lang();
    let Some(c) = s.ws.meeting(id).map(|m| m.counterpart) else {
        return Err(Leave::Back);
    };
    let meetings: Vec<(String, Choice)> =
        s.ws.meetings_with(c)
            .enumerate()
            .map(|(i, m)| {
                let when = match m.date {
                    Some(d) => long_date(d, lang),
                    None => t::NO_DATE.get(lang).to_string(),
                };
                let name = t::meeting_n(lang, i + 1);
                let detail = if m.id == id {
                    t::with_note(lang, &when, t::OPEN_NOW.get(lang))
                } else {
                    when
                };
                (m.id.clone(), Choice::with(name, detail))
            })
            .collect();
    let choices: Vec<Choice> = meetings.iter().map(|(_, c)| c.clone()).collect();
    let role = common::role_in_sentence(&s.ctx.content, lang, c);
    let picked = s.io.menu(&t::which_meeting(lang, &role), &choices)?;
    Ok(meetings[picked].0.clone())
}

/// What the last meeting with the counterpart left open, before a follow-up's list.
fn say_carry_over(s: &mut Session, id: &str) {
    let lang = s.lang();
    let points = carry_over(&s.ws, &s.ctx.content, id, s.ctx.today);
    let lines = mandat::text::doc::carry_over(lang, &s.ctx.content, &points);
    if lines.is_empty() {
        return;
    }
    s.io.say(t::FROM_LAST_TIME.get(lang));
    for line in lines {
        s.io.tell(&line);
    }
}

/// When the pamphlet is to be handed out, or that it already was, in a sentence; `None` when
/// this meeting's hand-out is done.
pub fn due_sentence(s: &Session, id: &str) -> Option<String> {
    let lang = s.lang();
    let m = s.ws.meeting(id)?;
    if let Some(earlier) = pamphlet_handed_out_earlier(&s.ws, id) {
        return Some(t::handed_out_earlier(
            lang,
            &long_date(earlier.handed_out_on, lang),
        ));
    }
    if !hand_out_pending(&s.ws, m) {
        return None;
    }
    match due_status(
        &m.handout,
        m.date,
        s.ws.settings.handout_working_days_before,
        s.ctx.today,
        &s.ws.calendar(),
    ) {
        DueStatus::Overdue { due } => Some(mandat::text::plain::overview::pamphlet_overdue(
            lang,
            &long_date(due, lang),
        )),
        DueStatus::DueSoon { due } | DueStatus::Later { due } => Some(
            mandat::text::plain::overview::pamphlet_due(lang, &long_date(due, lang)),
        ),
        DueStatus::Undated => Some(t::DUE_UNDATED.get(lang).to_string()),
        DueStatus::Done | DueStatus::MeetingHeld => None,
    }
}
