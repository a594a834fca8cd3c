//! Before the overview: which network to open, a file that cannot be read, a rescue copy with
//! newer changes, and the first run's questions (also used to create another network).

use chrono::{Local, Utc};

use mandat::model::Workspace;
use mandat::store::{Backup, StoreError};
use mandat::text::common;
use mandat::text::format::{clean_line, date_with_weekday, long_date};
use mandat::text::plain::start as t;
use mandat::text::screen::{first_run, recover as recover_text, rescue as rescue_text};
use mandat::usecase::{self, Choice as Which, NewNetwork};
use mandat::vocab::NetworkType;

use super::ask::{Choice, Go, Leave};
use super::console::Console;
use super::session::{self, Ctx, Plain, Session};

/// Opens the network asked for, the last used or the newest; with none, the first run.
/// `Ok(None)` when the leader leaves before a network is open. A network another `mandat` has
/// open, or a file that cannot be opened for another reason, is an error in one line.
pub fn open(mut plain: Plain, explicit: Option<&str>) -> Result<Option<Session>, String> {
    let lang = plain.ctx.lang;
    let id = match usecase::choose_workspace(&plain.ctx.store, explicit) {
        Ok(Which::Workspace(id)) => Some(id),
        Ok(Which::Several(ids)) => ids.into_iter().next(),
        Ok(Which::NoneYet) | Err(_) => None,
    };
    if let Some(id) = id {
        let store = &plain.ctx.store;
        let lock = store.lock(&id).map_err(|e| e.message(lang))?;
        let ws = match store.load_with_notes(&id) {
            Ok((ws, notes)) => {
                let _ = store.set_last_used(&id);
                for note in &notes {
                    plain.io.tell(&note.message(lang));
                }
                Some(ws)
            }
            Err(e) if e.is_unreadable_file() => match recover(&mut plain, &id, &e) {
                Ok(Some(ws)) => Some(ws),
                Ok(None) => None,
                Err(_) => return Ok(None),
            },
            Err(e) => return Err(e.message(lang)),
        };
        if let Some(ws) = ws {
            return match offer_rescue(&mut plain, ws) {
                Ok(ws) => Ok(Some(Session::open(plain, ws, lock))),
                Err(_) => Ok(None),
            };
        }
    }
    first_run(plain)
}

/// The first network: the questions, then the workspace. `Ok(None)` if the leader leaves.
fn first_run(mut plain: Plain) -> Result<Option<Session>, String> {
    let lang = plain.ctx.lang;
    loop {
        plain.io.blank();
        plain.io.say(&t::you_are_in(lang, t::FIRST_RUN.get(lang)));
        plain.io.say(first_run::INTRO.get(lang));
        let new = match wizard(&mut plain.io, &plain.ctx, "", false) {
            Ok(new) => new,
            Err(_) => return Ok(None),
        };
        match session::create(&plain.ctx, new) {
            Ok((ws, lock)) => {
                plain.io.say(&t::created(lang, &clean_line(&ws.name)));
                return Ok(Some(Session::open(plain, ws, lock)));
            }
            Err(why) => plain.io.tell(&why),
        }
    }
}

/// What the first run asks, in order; `0` goes back to the question before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ask {
    Leader,
    Theme,
    Type,
    Start,
    Confirm,
}

/// The leader's name (offered as `leader`), the network's theme and type and the planned start,
/// confirmed. `0` on
/// the first question is [`Leave::Back`] when `can_go_back`; on the first run there is nothing
/// before it, and it says so.
pub fn wizard(io: &mut Console, ctx: &Ctx, leader: &str, can_go_back: bool) -> Go<NewNetwork> {
    let lang = ctx.lang;
    let mut leader = leader.to_string();
    let mut theme = String::new();
    let mut kind = NetworkType::Velfaerd;
    let mut start = ctx.today;
    let mut ask = Ask::Leader;
    loop {
        let back = |a: Ask| match a {
            Ask::Leader => Ask::Leader,
            Ask::Theme => Ask::Leader,
            Ask::Type => Ask::Theme,
            Ask::Start => Ask::Type,
            Ask::Confirm => Ask::Start,
        };
        let answer: Go<()> = match ask {
            Ask::Leader => {
                let prompt = if leader.is_empty() {
                    t::ASK_LEADER.get(lang).to_string()
                } else {
                    t::keep_leader(lang, &clean_line(&leader))
                };
                match io.line(&prompt) {
                    Err(Leave::Back) if can_go_back => return Err(Leave::Back),
                    Err(Leave::Back) => {
                        io.say(t::FIRST_FIELD.get(lang));
                        continue;
                    }
                    Ok(Some(name)) => {
                        leader = name;
                        Ok(())
                    }
                    Ok(None) if leader.is_empty() => {
                        io.tell(first_run::NEED_LEADER.get(lang));
                        continue;
                    }
                    other => other.map(|_| ()),
                }
            }
            Ask::Theme => {
                let prompt = if theme.is_empty() {
                    t::ASK_THEME.get(lang).to_string()
                } else {
                    t::keep_theme(lang, &clean_line(&theme))
                };
                match io.line(&prompt) {
                    Ok(Some(text)) => {
                        theme = text;
                        Ok(())
                    }
                    Ok(None) if theme.is_empty() => {
                        io.tell(first_run::NEED_THEME.get(lang));
                        continue;
                    }
                    other => other.map(|_| ()),
                }
            }
            Ask::Type => {
                let choices: Vec<Choice> = NetworkType::ALL
                    .iter()
                    .map(|k| Choice::new(common::network_type(lang, *k)))
                    .collect();
                match io.menu(t::ASK_TYPE.get(lang), &choices) {
                    Ok(i) => {
                        kind = NetworkType::ALL[i];
                        if ctx.content.default_course(kind).is_none() {
                            io.tell(first_run::NO_COURSE.get(lang));
                            continue;
                        }
                        Ok(())
                    }
                    Err(e) => Err(e),
                }
            }
            Ask::Start => {
                let prompt = t::ask_start(lang, &date_with_weekday(start, lang));
                io.date(&prompt).map(|d| {
                    if let Some(d) = d {
                        start = d;
                    }
                })
            }
            Ask::Confirm => {
                let question = t::confirm_create(
                    lang,
                    &clean_line(&theme),
                    common::network_type(lang, kind),
                    &long_date(start, lang),
                );
                match io.yes_no(&question) {
                    Ok(true) => {
                        return Ok(NewNetwork {
                            name: theme,
                            network_type: kind,
                            start,
                            leader,
                        });
                    }
                    // No: go through the answers again, each kept with Enter.
                    Ok(false) => {
                        ask = Ask::Leader;
                        continue;
                    }
                    Err(e) => Err(e),
                }
            }
        };
        ask = match answer {
            Ok(()) => match ask {
                Ask::Leader => Ask::Theme,
                Ask::Theme => Ask::Type,
                Ask::Type => Ask::Start,
                Ask::Start | Ask::Confirm => Ask::Confirm,
            },
            Err(Leave::Back) => back(ask),
            Err(Leave::Quit) => return Err(Leave::Quit),
        };
    }
}

/// The workspace file cannot be read: say so, and offer the newest good backup or a new
/// network. `Ok(None)`: a new network instead.
fn recover(plain: &mut Plain, id: &str, problem: &StoreError) -> Go<Option<Workspace>> {
    let lang = plain.ctx.lang;
    let backup = plain.ctx.store.last_good_backup(id).ok().flatten();
    loop {
        plain.io.blank();
        plain.io.say(&t::you_are_in(
            lang,
            &format!("{} › {}", clean_line(id), t::RECOVER.get(lang)),
        ));
        plain.io.say(&problem.message(lang));
        plain.io.say(recover_text::UNCHANGED.get(lang));
        let mut choices = Vec::new();
        if let Some(b) = &backup {
            choices.push(Choice::new(backup_name(lang, b)));
            plain.io.say(recover_text::KEEPS.get(lang));
        }
        choices.push(Choice::new(t::NEW_NETWORK.get(lang)));
        let picked = match plain.io.menu(t::WHAT_NOW.get(lang), &choices) {
            Err(Leave::Back) => continue,
            other => other?,
        };
        let Some(b) = backup.as_ref().filter(|_| picked == 0) else {
            return Ok(None);
        };
        let store = &plain.ctx.store;
        match store
            .restore_at(id, b, Utc::now())
            .and_then(|kept| store.load(id).map(|ws| (ws, kept)))
        {
            Ok((ws, kept)) => {
                let _ = store.set_last_used(id);
                if let Some(kept) = kept {
                    let kept = kept.display().to_string();
                    plain.io.tell(&recover_text::restored(lang, &kept));
                }
                return Ok(Some(ws));
            }
            Err(e) => plain.io.tell(&e.message(lang)),
        }
    }
}

fn backup_name(lang: mandat::vocab::Lang, b: &Backup) -> String {
    let when = b.taken_at.with_timezone(&Local);
    t::backup_from(
        lang,
        &date_with_weekday(when.date_naive(), lang),
        &when.format("%H:%M").to_string(),
    )
}

/// A rescue copy holds changes the workspace file does not: offer to bring it back.
fn offer_rescue(plain: &mut Plain, ws: Workspace) -> Go<Workspace> {
    let lang = plain.ctx.lang;
    let store = &plain.ctx.store;
    let Some(rescue) = store.newer_rescue(&ws.id) else {
        return Ok(ws);
    };
    let when = rescue.taken_at.with_timezone(&Local);
    let when = format!(
        "{} {}",
        date_with_weekday(when.date_naive(), lang),
        when.format("%H:%M")
    );
    plain.io.blank();
    plain.io.say(&t::you_are_in(
        lang,
        &format!(
            "{} › {}",
            clean_line(&ws.name),
            rescue_text::TITLE.get(lang)
        ),
    ));
    plain.io.say(rescue_text::EXPLAIN.get(lang));
    plain.io.say(&rescue_text::where_when(
        lang,
        &rescue.path.display().to_string(),
        &when,
    ));
    let choices = [
        Choice::new(t::USE_RESCUE.get(lang)),
        Choice::new(t::KEEP_CURRENT.get(lang)),
    ];
    let picked = match plain.io.menu(t::WHAT_NOW.get(lang), &choices) {
        Err(Leave::Back) => 1,
        other => other?,
    };
    if picked == 1 {
        plain.io.say(t::RESCUE_KEPT.get(lang));
        return Ok(ws);
    }
    let id = ws.id.clone();
    let store = &plain.ctx.store;
    match store
        .restore_rescue(&id, &rescue, Utc::now())
        .and_then(|kept| store.load(&id).map(|ws| (ws, kept)))
    {
        Ok((restored, kept)) => {
            if let Some(kept) = kept {
                plain
                    .io
                    .tell(&rescue_text::used(lang, &kept.display().to_string()));
            }
            Ok(restored)
        }
        Err(e) => {
            plain.io.tell(&e.message(lang));
            Ok(ws)
        }
    }
}
