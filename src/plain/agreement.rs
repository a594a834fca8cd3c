//! The collaboration agreement through its state machine: each template field with the
//! leader's proposal and what was agreed, marking it ready, marking it agreed with the dates,
//! and one step back.

use chrono::Months;

use mandat::content::AgreementField;
use mandat::flow::agreement::{AgreementEvent, AgreementState};
use mandat::text::format::{clean, long_date};
use mandat::text::plain::meeting as t;
use mandat::text::screen::{agreement as words, frame};
use mandat::text::{common, flow};

use super::ask::{Choice, Go, Leave, done};
use super::meeting::place;
use super::print::{self, Kind};
use super::session::Session;

fn fields(s: &Session, id: &str) -> Vec<AgreementField> {
    s.ws.meeting(id)
        .and_then(|m| s.ctx.content.agreement(m.counterpart))
        .map(|a| a.fields.clone())
        .unwrap_or_default()
}

/// Applies an event as the agreement screen does; a refusal is said in the flow's words.
/// Whether it was taken.
fn apply(s: &mut Session, id: &str, event: AgreementEvent) -> Go<bool> {
    let lang = s.lang();
    let today = s.ctx.today;
    let ids: Vec<String> = fields(s, id).into_iter().map(|f| f.id).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let Some(m) = s.ws.meeting_mut(id) else {
        return Ok(false);
    };
    match m.agreement.apply(event, &ids, today) {
        Ok(next) => {
            if next != m.agreement {
                m.agreement = next;
                s.changed()?;
            }
            Ok(true)
        }
        Err(e) => {
            s.io.tell(&flow::agreement_error(lang, &e));
            Ok(false)
        }
    }
}

/// "Udkast." / "Klar til mødet siden …" / "Indgået … og følges op …", in a sentence.
fn state_sentence(s: &Session, state: &AgreementState) -> String {
    let lang = s.lang();
    match state {
        AgreementState::Draft => t::AGREEMENT_DRAFT.get(lang).to_string(),
        AgreementState::Ready { ready_on } => t::agreement_ready(lang, &long_date(*ready_on, lang)),
        AgreementState::Agreed {
            agreed_on,
            review_on,
        } => t::agreement_agreed(
            lang,
            &long_date(*agreed_on, lang),
            &long_date(*review_on, lang),
        ),
    }
}

pub fn run(s: &mut Session, id: &str) -> Go<()> {
    let lang = s.lang();
    if fields(s, id).is_empty() {
        s.io.tell(words::NO_TEMPLATE.get(lang));
        return Err(Leave::Back);
    }
    loop {
        let fs = fields(s, id);
        let Some(m) = s.ws.meeting(id) else {
            return Err(Leave::Back);
        };
        let state = m.agreement.state;
        let n = match state {
            AgreementState::Draft => 1,
            AgreementState::Ready { .. } => 2,
            AgreementState::Agreed { .. } => 3,
        };
        let mut choices: Vec<Choice> = fs
            .iter()
            .map(|f| {
                let proposed = !m.agreement.proposal(&f.id).trim().is_empty();
                let agreed = !m.agreement.agreed(&f.id).trim().is_empty();
                let detail = match (proposed, agreed) {
                    (_, true) => t::FIELD_AGREED,
                    (true, false) => t::FIELD_PROPOSED,
                    (false, false) => t::FIELD_EMPTY,
                };
                Choice::with(f.label.get(lang), detail.get(lang))
            })
            .collect();
        choices.extend([
            Choice::new(t::MARK_READY.get(lang)),
            Choice::new(t::MARK_AGREED.get(lang)),
            Choice::new(t::AGREEMENT_STEP_BACK.get(lang)),
            Choice::new(t::READ_AGREEMENT.get(lang)),
            Choice::new(t::SAVE_BRIEF.get(lang)),
        ]);
        s.here(&[
            place(s, id),
            t::with_note(
                lang,
                common::AGREEMENT.get(lang),
                &frame::step_n_of(lang, n, 3),
            ),
        ]);
        s.io.say(&state_sentence(s, &state));
        let picked = s.io.menu(t::AGREEMENT_WHAT.get(lang), &choices)?;
        match picked.checked_sub(fs.len()) {
            None => done(field(s, id, &fs[picked]))?,
            Some(0) => {
                let on = s.ctx.today;
                if apply(s, id, AgreementEvent::MarkReady { on })? {
                    s.io.say(t::READY_DONE.get(lang));
                }
            }
            Some(1) => done(mark_agreed(s, id))?,
            Some(2) => {
                if apply(s, id, AgreementEvent::StepBack)? {
                    let state = s.ws.meeting(id).map(|m| m.agreement.state);
                    if let Some(state) = state {
                        let now = state_sentence(s, &state);
                        s.io.say(&now);
                    }
                }
            }
            Some(3) => read(s, id),
            _ => done(print::run(s, Some(id), Some(Kind::Brief)))?,
        }
    }
}

/// One field: its hint, the proposal and what was agreed, each read out and written.
fn field(s: &mut Session, id: &str, f: &AgreementField) -> Go<()> {
    let lang = s.lang();
    loop {
        let Some(m) = s.ws.meeting(id) else {
            return Err(Leave::Back);
        };
        let proposal = m.agreement.proposal(&f.id).to_string();
        let agreed = m.agreement.agreed(&f.id).to_string();
        s.here(&[
            place(s, id),
            common::AGREEMENT.get(lang).to_string(),
            f.label.get(lang).to_string(),
        ]);
        s.io.say(f.hint.get(lang));
        let choices = [
            Choice::with(words::PROPOSAL.get(lang), filled(s, &proposal)),
            Choice::with(words::AGREED.get(lang), filled(s, &agreed)),
        ];
        let (event_text, is_proposal) = match s.io.menu(t::WHICH_TEXT.get(lang), &choices)? {
            0 => (s.io.text(words::PROPOSAL.get(lang), &proposal)?, true),
            _ => (s.io.text(words::AGREED.get(lang), &agreed)?, false),
        };
        let Some(text) = event_text else {
            continue;
        };
        let event = if is_proposal {
            AgreementEvent::EditProposal {
                field: f.id.clone(),
                text,
            }
        } else {
            AgreementEvent::EditAgreed {
                field: f.id.clone(),
                text,
            }
        };
        if apply(s, id, event)? {
            s.io.say(t::TEXT_SAVED.get(lang));
        }
    }
}

/// "skrevet" or "tomt", for a field's text in a list.
fn filled(s: &Session, text: &str) -> &'static str {
    if text.trim().is_empty() {
        t::EMPTY.get(s.lang())
    } else {
        t::WRITTEN.get(s.lang())
    }
}

/// Agreed: the date it was agreed (today unless another is typed) and when to review it (in
/// three months unless another is typed).
fn mark_agreed(s: &mut Session, id: &str) -> Go<()> {
    let lang = s.lang();
    let today = s.ctx.today;
    let on =
        s.io.date(&t::ask_agreed_on(lang, &long_date(today, lang)))?
            .unwrap_or(today);
    let review = on.checked_add_months(Months::new(3)).unwrap_or(on);
    let review_on =
        s.io.date(&t::ask_review_on(lang, &long_date(review, lang)))?
            .unwrap_or(review);
    if apply(s, id, AgreementEvent::MarkAgreed { on, review_on })? {
        let state = s.ws.meeting(id).map(|m| m.agreement.state);
        if let Some(state) = state {
            let now = state_sentence(s, &state);
            s.io.say(&now);
        }
    }
    Ok(())
}

/// The whole agreement, field by field.
fn read(s: &mut Session, id: &str) {
    let lang = s.lang();
    let fs = fields(s, id);
    let Some(m) = s.ws.meeting(id) else {
        return;
    };
    let mut lines = Vec::new();
    for f in &fs {
        lines.push(String::new());
        lines.push(f.label.get(lang).to_string());
        for (label, text) in [
            (words::PROPOSAL, m.agreement.proposal(&f.id)),
            (words::AGREED, m.agreement.agreed(&f.id)),
        ] {
            if text.trim().is_empty() {
                lines.push(t::label_empty(lang, label.get(lang)));
            } else {
                lines.push(t::label_colon(lang, label.get(lang)));
                lines.push(clean(text.trim_end()));
            }
        }
    }
    for line in lines {
        s.io.say(&line);
    }
    s.io.say(t::END_OF_AGREEMENT.get(lang));
}
