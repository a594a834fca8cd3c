//! The reflection questions through their state machine: each question with the answer read
//! out, writing it, marking it answered, skipping, moving between questions, the review of what
//! is open, finishing (confirmed when questions are open) and reopening.

use mandat::content::Question;
use mandat::flow::reflection::{AnswerStatus, ReflectionError, ReflectionEvent, ReflectionStep};
use mandat::text::format::{clean, date_with_weekday};
use mandat::text::plain::meeting as t;
use mandat::text::screen::reflection as words;
use mandat::text::{common, flow};

use super::ask::{Choice, Go, Leave};
use super::meeting::place;
use super::session::Session;

/// The questions this meeting asks: the follow-up set at a follow-up meeting.
fn questions(s: &Session, id: &str) -> Vec<Question> {
    s.ws.questions(&s.ctx.content, id).to_vec()
}

fn step(s: &Session, id: &str) -> ReflectionStep {
    s.ws.meeting(id)
        .map(|m| m.reflection.step)
        .unwrap_or_default()
}

/// Applies an event as the reflection screen does: the error is returned for the caller to
/// say or to act on.
fn apply(s: &mut Session, id: &str, event: ReflectionEvent) -> Go<Result<(), ReflectionError>> {
    let ids: Vec<String> = questions(s, id).into_iter().map(|q| q.id).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let Some(m) = s.ws.meeting_mut(id) else {
        return Ok(Err(ReflectionError::NoQuestions));
    };
    match m.reflection.apply(event, &ids) {
        Ok(next) if next == m.reflection => Ok(Ok(())),
        Ok(next) => {
            m.reflection = next;
            s.changed()?;
            Ok(Ok(()))
        }
        Err(e) => Ok(Err(e)),
    }
}

/// [`apply`], saying a refusal in the flow's words; whether it was taken.
fn apply_or_say(s: &mut Session, id: &str, event: ReflectionEvent) -> Go<bool> {
    match apply(s, id, event)? {
        Ok(()) => Ok(true),
        Err(e) => {
            let lang = s.lang();
            s.io.tell(&flow::reflection_error(lang, &e));
            Ok(false)
        }
    }
}

pub fn run(s: &mut Session, id: &str) -> Go<()> {
    let lang = s.lang();
    if questions(s, id).is_empty() {
        s.io.tell(words::NO_QUESTIONS.get(lang));
        return Err(Leave::Back);
    }
    loop {
        match step(s, id) {
            ReflectionStep::Question { index } => question(s, id, index)?,
            ReflectionStep::Review => review(s, id)?,
            ReflectionStep::Finished { on } => finished(s, id, on)?,
        }
    }
}

fn question(s: &mut Session, id: &str, index: usize) -> Go<()> {
    let lang = s.lang();
    let qs = questions(s, id);
    let n = qs.len();
    let i = index.min(n - 1);
    let q = &qs[i];
    let (status, text, marked) =
        s.ws.meeting(id)
            .map(|m| {
                (
                    m.reflection.status(&q.id),
                    m.reflection.text(&q.id).to_string(),
                    m.bring_up.contains(&q.id),
                )
            })
            .unwrap_or_default();
    s.here(&[
        place(s, id),
        t::with_note(
            lang,
            common::REFLECTION.get(lang),
            &words::question_of(lang, i + 1, n),
        ),
    ]);
    s.io.say(&t::topic_is(lang, q.topic.get(lang)));
    s.io.say(q.text.get(lang));
    if let Some(help) = &q.help {
        s.io.say(help.get(lang));
    }
    if text.trim().is_empty() {
        s.io.say(&t::no_answer_yet(lang, common::answer_status(lang, status)));
    } else {
        s.io.say(&t::your_answer_is(
            lang,
            common::answer_status(lang, status),
        ));
        s.io.say(&clean(text.trim_end()));
        s.io.say(t::END_OF_ANSWER.get(lang));
    }
    if marked {
        s.io.tell(words::BRING_UP_ON.get(lang));
    }
    let bring_up = if marked { t::NOT_BRING_UP } else { t::BRING_UP };
    let choices = [
        Choice::new(t::WRITE_ANSWER.get(lang)),
        Choice::new(t::MARK_ANSWERED.get(lang)),
        Choice::new(t::SKIP.get(lang)),
        Choice::new(t::NEXT_QUESTION.get(lang)),
        Choice::new(t::PREVIOUS_QUESTION.get(lang)),
        Choice::new(t::OTHER_QUESTION.get(lang)),
        Choice::new(t::REVIEW.get(lang)),
        Choice::new(bring_up.get(lang)),
    ];
    match s.io.menu(t::WHAT_TO_DO.get(lang), &choices)? {
        0 => write(s, id, &q.id, &text, status)?,
        1 => {
            apply_or_say(s, id, ReflectionEvent::MarkAnswered)?;
        }
        2 => {
            apply_or_say(s, id, ReflectionEvent::Skip)?;
        }
        3 => {
            apply_or_say(s, id, ReflectionEvent::Next)?;
        }
        4 => {
            apply_or_say(s, id, ReflectionEvent::Previous)?;
        }
        5 => jump(s, id)?,
        6 => {
            apply_or_say(s, id, ReflectionEvent::OpenReview)?;
        }
        _ => {
            let mut now = false;
            if let Some(m) = s.ws.meeting_mut(id) {
                now = m.toggle_bring_up(&q.id);
            }
            s.changed()?;
            let said = if now {
                words::BRING_UP_ON
            } else {
                words::BRING_UP_OFF
            };
            s.io.tell(said.get(lang));
        }
    }
    Ok(())
}

/// Writes the answer; a new text is saved as a draft, and the leader is asked whether it is
/// done (answered, and on to the next question).
fn write(s: &mut Session, id: &str, question: &str, text: &str, status: AnswerStatus) -> Go<()> {
    let lang = s.lang();
    let written = s.io.text(words::ANSWER.get(lang), text)?;
    let now = match written {
        Some(new) if new != text => {
            // The cursor goes to the end of the text, where the leader would go on writing.
            let last = new.lines().count().saturating_sub(1);
            let column = new.lines().last().map_or(0, |l| l.chars().count());
            let event = ReflectionEvent::Edit {
                text: new.clone(),
                cursor: Some((last, column)),
            };
            if !apply_or_say(s, id, event)? {
                return Ok(());
            }
            s.io.say(t::ANSWER_SAVED.get(lang));
            new
        }
        _ => text.to_string(),
    };
    let status =
        s.ws.meeting(id)
            .map_or(status, |m| m.reflection.status(question));
    if now.trim().is_empty() || status == AnswerStatus::Answered {
        return Ok(());
    }
    if s.io.yes_no(t::IS_IT_DONE.get(lang))? {
        apply_or_say(s, id, ReflectionEvent::MarkAnswered)?;
    }
    Ok(())
}

/// Any question, by number or topic.
fn jump(s: &mut Session, id: &str) -> Go<()> {
    let lang = s.lang();
    let choices = question_choices(s, id);
    let picked = match s.io.menu(t::WHICH_QUESTION.get(lang), &choices) {
        Err(Leave::Back) => return Ok(()),
        other => other?,
    };
    apply_or_say(s, id, ReflectionEvent::Jump(picked))?;
    Ok(())
}

fn question_choices(s: &Session, id: &str) -> Vec<Choice> {
    let lang = s.lang();
    let Some(m) = s.ws.meeting(id) else {
        return Vec::new();
    };
    questions(s, id)
        .iter()
        .map(|q| {
            Choice::with(
                q.topic.get(lang),
                common::answer_status(lang, m.reflection.status(&q.id)),
            )
        })
        .collect()
}

fn review(s: &mut Session, id: &str) -> Go<()> {
    let lang = s.lang();
    let qs = questions(s, id);
    let ids: Vec<&str> = qs.iter().map(|q| q.id.as_str()).collect();
    let Some(m) = s.ws.meeting(id) else {
        return Err(Leave::Back);
    };
    let open = m.reflection.open_questions(&ids);
    let open_lines: Vec<String> = open
        .iter()
        .map(|&i| {
            t::open_question(
                lang,
                i + 1,
                qs[i].topic.get(lang),
                common::answer_status(lang, m.reflection.status(&qs[i].id)),
            )
        })
        .collect();
    s.here(&[
        place(s, id),
        t::with_note(
            lang,
            common::REFLECTION.get(lang),
            &words::REVIEW.get(lang).to_lowercase(),
        ),
    ]);
    s.io.say(&t::answered_of(lang, qs.len() - open.len(), qs.len()));
    if open.is_empty() {
        s.io.say(t::ALL_ANSWERED.get(lang));
    } else {
        s.io.say(t::NOT_ANSWERED.get(lang));
        for line in open_lines {
            s.io.tell(&line);
        }
    }
    let choices = [
        Choice::new(t::FINISH.get(lang)),
        Choice::new(t::OTHER_QUESTION.get(lang)),
        Choice::new(t::READ_ANSWERS.get(lang)),
    ];
    match s.io.menu(t::WHAT_TO_DO.get(lang), &choices)? {
        0 => finish(s, id),
        1 => jump(s, id),
        _ => {
            read_answers(s, id);
            Ok(())
        }
    }
}

/// Finishes from the review; with questions still open, only after a yes.
fn finish(s: &mut Session, id: &str) -> Go<()> {
    let lang = s.lang();
    let on = s.ctx.today;
    let event = ReflectionEvent::Finish {
        on,
        confirmed: false,
    };
    match apply(s, id, event)? {
        Ok(()) => Ok(()),
        Err(ReflectionError::NeedsConfirmation { open }) => {
            if s.io.yes_no(&t::confirm_finish(lang, open))? {
                let event = ReflectionEvent::Finish {
                    on,
                    confirmed: true,
                };
                apply_or_say(s, id, event)?;
            }
            Ok(())
        }
        Err(e) => {
            s.io.tell(&flow::reflection_error(lang, &e));
            Ok(())
        }
    }
}

fn finished(s: &mut Session, id: &str, on: chrono::NaiveDate) -> Go<()> {
    let lang = s.lang();
    s.here(&[
        place(s, id),
        t::with_note(lang, common::REFLECTION.get(lang), t::FINISHED.get(lang)),
    ]);
    s.io.say(&t::finished_line(lang, &date_with_weekday(on, lang)));
    let choices = [
        Choice::new(t::REOPEN.get(lang)),
        Choice::new(t::READ_ANSWERS.get(lang)),
    ];
    match s.io.menu(t::WHAT_TO_DO.get(lang), &choices)? {
        0 => {
            if apply_or_say(s, id, ReflectionEvent::Reopen)? {
                s.io.say(t::REOPENED.get(lang));
            }
        }
        _ => read_answers(s, id),
    }
    Ok(())
}

/// Every question with its answer, in order.
fn read_answers(s: &mut Session, id: &str) {
    let lang = s.lang();
    let qs = questions(s, id);
    let Some(m) = s.ws.meeting(id) else {
        return;
    };
    let mut lines = Vec::new();
    for (i, q) in qs.iter().enumerate() {
        lines.push(String::new());
        lines.push(t::question_heading(
            lang,
            i + 1,
            qs.len(),
            q.topic.get(lang),
            common::answer_status(lang, m.reflection.status(&q.id)),
        ));
        lines.push(q.text.get(lang).to_string());
        let text = m.reflection.text(&q.id).trim_end().to_string();
        if !text.is_empty() {
            lines.push(text);
        }
    }
    for line in lines {
        s.io.say(&line);
    }
    s.io.say(t::END_OF_ANSWERS.get(lang));
}
