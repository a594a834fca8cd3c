//! The pamphlet for one meeting: where it stands, and the steps prepared, handed out (with the
//! date and how), discussed and one step back, through the hand-out state machine. The pamphlet
//! itself can be read out or saved as a file.

use mandat::flow::handout::{Channel, HandoutContext, HandoutEvent};
use mandat::text::format::{date_with_weekday, long_date};
use mandat::text::plain::meeting as t;
use mandat::text::screen::frame;
use mandat::text::{common, flow};

use super::ask::{Choice, Go, Leave, done};
use super::meeting::{due_sentence, place};
use super::print::{self, Kind};
use super::session::Session;
use super::speak;

/// The pamphlet's state in a few words: "afleveret", "forberedt, skal afleveres senest …".
pub fn state_line(s: &Session, id: &str) -> String {
    let lang = s.lang();
    let Some(m) = s.ws.meeting(id) else {
        return String::new();
    };
    let state = common::handout_step(lang, m.handout.step()).to_string();
    match due_sentence(s, id) {
        Some(due) => t::with_sentence(lang, &state, &due),
        _ => state,
    }
}

pub fn run(s: &mut Session, id: &str) -> Go<()> {
    loop {
        let lang = s.lang();
        let Some(m) = s.ws.meeting(id) else {
            return Err(Leave::Back);
        };
        let step = m.handout.step();
        let mut lines = vec![t::pamphlet_is(lang, common::handout_step(lang, step))];
        if let Some(on) = m.handout.prepared_on() {
            lines.push(t::prepared_on(lang, &date_with_weekday(on, lang)));
        }
        if let Some((on, channel)) = m.handout.handed_out_on() {
            lines.push(t::handed_out_on(
                lang,
                &date_with_weekday(on, lang),
                common::channel(lang, channel),
            ));
        }
        lines.extend(due_sentence(s, id));
        s.here(&[
            place(s, id),
            t::with_note(
                lang,
                common::PAMPHLET.get(lang),
                &frame::step_n_of(lang, step as usize + 1, 4),
            ),
        ]);
        for line in lines {
            s.io.tell(&line);
        }
        let choices = [
            Choice::new(t::MARK_PREPARED.get(lang)),
            Choice::new(t::MARK_HANDED_OUT.get(lang)),
            Choice::new(t::MARK_DISCUSSED.get(lang)),
            Choice::new(t::STEP_BACK.get(lang)),
            Choice::new(t::READ_PAMPHLET.get(lang)),
            Choice::new(t::SAVE_PAMPHLET.get(lang)),
        ];
        match s.io.menu(t::WHAT_WITH_PAMPHLET.get(lang), &choices)? {
            0 => {
                let on = s.ctx.today;
                apply(s, id, HandoutEvent::Prepare { on })?;
            }
            1 => done(hand_out(s, id))?,
            2 => apply(s, id, HandoutEvent::MarkDiscussed)?,
            3 => apply(s, id, HandoutEvent::StepBack)?,
            4 => read(s, id),
            _ => done(print::run(s, Some(id), Some(Kind::Pamphlet)))?,
        }
    }
}

/// Applies an event as the pamphlet screen does; a refusal is said in the flow's words.
fn apply(s: &mut Session, id: &str, event: HandoutEvent) -> Go<()> {
    let lang = s.lang();
    let today = s.ctx.today;
    let Some(m) = s.ws.meeting_mut(id) else {
        return Ok(());
    };
    let ctx = HandoutContext {
        today,
        meeting_date: m.date,
    };
    match m.handout.apply(event, ctx) {
        Ok(next) => {
            m.handout = next;
            let now = common::handout_step(lang, m.handout.step());
            s.changed()?;
            s.io.say(&t::pamphlet_now(lang, now));
        }
        Err(e) => s.io.tell(&flow::handout_error(lang, &e)),
    }
    Ok(())
}

/// Handed out: the date (today unless another is typed) and how.
fn hand_out(s: &mut Session, id: &str) -> Go<()> {
    let lang = s.lang();
    let current = s.ws.meeting(id).and_then(|m| m.handout.handed_out_on());
    let (date, channel) = current.unwrap_or((s.ctx.today, Channel::InPerson));
    let on =
        s.io.date(&t::ask_handed_out_on(lang, &long_date(date, lang)))?
            .unwrap_or(date);
    let choices: Vec<Choice> = Channel::ALL
        .iter()
        .map(|c| {
            if *c == channel && current.is_some() {
                Choice::with(common::channel(lang, *c), t::CHOSEN_NOW.get(lang))
            } else {
                Choice::new(common::channel(lang, *c))
            }
        })
        .collect();
    let channel = Channel::ALL[s.io.menu(t::ASK_CHANNEL.get(lang), &choices)?];
    apply(s, id, HandoutEvent::HandOut { on, channel })
}

/// The personalised pamphlet, read out without its print layout.
fn read(s: &mut Session, id: &str) {
    let lang = s.lang();
    let built =
        s.ws.meeting(id)
            .ok_or_else(|| mandat::export::ExportError::NoSuchMeeting(id.to_string()))
            .and_then(|m| mandat::export::pamphlet::build(&s.ws, m, &s.ctx.content, lang));
    match built {
        Ok(doc) => {
            s.io.blank();
            for line in speak::lines(&doc) {
                s.io.tell(&line);
            }
            s.io.say(t::END_OF_PAMPHLET.get(lang));
        }
        Err(e) => s.io.tell(&e.message(lang)),
    }
}
