//! «Find din co-driver»: the aid's introduction and profiles read out, the leader's
//! candidates with the profiles each fits and notes per question, the candidates compared, and
//! the choice, which names the co-driver meeting — through the library's co-driver aid.

use mandat::content::CodriverProfile;
use mandat::model::codriver::Candidate;
use mandat::text::format::clean_line;
use mandat::text::plain::codriver as t;
use mandat::text::screen::codriver as words;

use super::ask::{Choice, Go, Leave, done};
use super::meeting::place;
use super::session::Session;

fn title(s: &Session) -> String {
    s.ctx.content.codriver_aid.title.get(s.lang()).to_string()
}

fn profiles(s: &Session) -> Vec<CodriverProfile> {
    s.ctx.content.codriver_aid.profiles.clone()
}

fn candidate(s: &Session, id: &str) -> Option<Candidate> {
    s.ws.codriver_aid.candidate(id).cloned()
}

/// Changes a candidate; saved when something changed.
fn edit(s: &mut Session, id: &str, change: impl FnOnce(&mut Candidate)) -> Go<()> {
    let Some(c) = s.ws.codriver_aid.candidate_mut(id) else {
        return Ok(());
    };
    let before = c.clone();
    change(c);
    if *c != before {
        s.changed()?;
    }
    Ok(())
}

pub fn run(s: &mut Session, meeting_id: &str) -> Go<()> {
    let lang = s.lang();
    loop {
        s.here(&[place(s, meeting_id), title(s)]);
        let aid = &s.ws.codriver_aid;
        let chosen = aid.chosen_candidate().map(|c| clean_line(&c.name));
        let state = words::meeting_line(lang, aid.candidates.len(), chosen.as_deref());
        s.io.say(&t::state(lang, &mandat::text::common::capitalise(&state)));
        let ids: Vec<String> = aid.candidates.iter().map(|c| c.id.clone()).collect();
        let mut choices = vec![
            Choice::new(t::ABOUT.get(lang)),
            Choice::new(t::PROFILES.get(lang)),
        ];
        choices.extend(
            aid.candidates
                .iter()
                .map(|c| Choice::with(clean_line(&c.name), candidate_detail(s, c))),
        );
        choices.push(Choice::new(t::ADD.get(lang)));
        choices.push(Choice::new(t::COMPARE.get(lang)));
        let picked = s.io.menu(t::WHAT_TO_DO.get(lang), &choices)?;
        match picked {
            0 => read_about(s),
            1 => read_profiles(s),
            i if i - 2 < ids.len() => done(candidate_menu(s, meeting_id, &ids[i - 2]))?,
            i if i - 2 == ids.len() => done(add(s, meeting_id))?,
            _ => compare(s),
        }
    }
}

/// "passer på Strategisk og Faglig, noter til 3 spørgsmål, valgt som co-driver".
fn candidate_detail(s: &Session, c: &Candidate) -> String {
    let lang = s.lang();
    let fits: Vec<String> = profiles(s)
        .iter()
        .filter(|p| c.fits(&p.id))
        .map(|p| p.name.get(lang).to_string())
        .collect();
    let mut detail = if fits.is_empty() {
        t::FITS_NONE.get(lang).to_string()
    } else {
        t::fits(lang, &and_list(s, &fits))
    };
    detail = t::and(lang, &detail, &t::notes_n(lang, c.note_count()));
    if s.ws.codriver_aid.chosen.as_deref() == Some(c.id.as_str()) {
        detail = t::and(lang, &detail, words::CHOSEN.get(lang));
    }
    detail
}

/// "A, B og C".
fn and_list(s: &Session, names: &[String]) -> String {
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => t::and_last(s.lang(), &rest.join(", "), last),
    }
}

fn read_about(s: &mut Session) {
    let lang = s.lang();
    let aid = &s.ctx.content.codriver_aid;
    let lines = [
        aid.intro.get(lang).to_string(),
        aid.development_path.get(lang).to_string(),
    ];
    for line in lines.iter().filter(|l| !l.trim().is_empty()) {
        s.io.say(line);
    }
}

fn read_profiles(s: &mut Session) {
    let lang = s.lang();
    for p in profiles(s) {
        s.io.blank();
        s.io.say(&t::profile(lang, p.name.get(lang)));
        s.io.say(p.description.get(lang));
        s.io.say(words::QUESTIONS.get(lang));
        for (i, q) in p.questions.iter().enumerate() {
            s.io.say(&t::question_line(lang, i + 1, q.get(lang)));
        }
    }
    s.io.say(t::END_OF_PROFILES.get(lang));
}

fn add(s: &mut Session, meeting_id: &str) -> Go<()> {
    let lang = s.lang();
    let name = loop {
        match s.io.line(words::NEW_NAME.get(lang))? {
            Some(name) if !clean_line(&name).is_empty() => break clean_line(&name),
            _ => s.io.say(t::NAME_EMPTY.get(lang)),
        }
    };
    let id = s.ws.codriver_aid.add(&name).id.clone();
    s.changed()?;
    s.io.tell(&words::added(lang, &name));
    candidate_menu(s, meeting_id, &id)
}

fn candidate_menu(s: &mut Session, meeting_id: &str, id: &str) -> Go<()> {
    let lang = s.lang();
    loop {
        let Some(c) = candidate(s, id) else {
            return Err(Leave::Back);
        };
        let all = s.ws.codriver_aid.candidates.len();
        let n =
            s.ws.codriver_aid
                .candidates
                .iter()
                .position(|x| x.id == id)
                .map_or(1, |i| i + 1);
        let name = clean_line(&c.name);
        s.here(&[
            place(s, meeting_id),
            title(s),
            t::and(lang, &name, &words::candidate_of(lang, n, all)),
        ]);
        let ps = profiles(s);
        let chosen = s.ws.codriver_aid.chosen.as_deref() == Some(id);
        let mut choices = vec![Choice::with(
            words::GENERAL_NOTE.get(lang),
            written(s, &c.note),
        )];
        for p in &ps {
            let fits = if c.fits(&p.id) {
                words::FITS
            } else {
                words::DOES_NOT_FIT
            };
            let notes = (1..=p.questions.len())
                .filter(|k| !c.note(&p.id, *k).trim().is_empty())
                .count();
            choices.push(Choice::with(
                t::profile(lang, p.name.get(lang)),
                t::and(lang, fits.get(lang), &t::notes_n(lang, notes)),
            ));
        }
        choices.push(Choice::new(if chosen {
            t::UNCHOOSE.get(lang)
        } else {
            t::CHOOSE.get(lang)
        }));
        choices.push(Choice::new(t::RENAME.get(lang)));
        choices.push(Choice::new(t::REMOVE.get(lang)));
        let picked = s.io.menu(t::WHAT_TO_DO.get(lang), &choices)?;
        match picked {
            0 => {
                let what = words::general_about(lang, &name);
                if let Some(text) = s.io.text(&what, &c.note)? {
                    edit(s, id, |c| c.note = text)?;
                    s.io.say(t::NOTE_SAVED.get(lang));
                }
            }
            i if i <= ps.len() => done(profile_menu(s, meeting_id, id, &ps[i - 1]))?,
            i if i == ps.len() + 1 => choose(s, id)?,
            i if i == ps.len() + 2 => rename(s, id)?,
            _ => {
                let question = if chosen {
                    t::confirm_remove_chosen(lang, &name)
                } else {
                    t::confirm_remove(lang, &name)
                };
                if s.io.yes_no(&question)? && s.ws.codriver_aid.remove(id) {
                    s.changed()?;
                    s.io.tell(&words::removed(lang, &name));
                    return Ok(());
                }
            }
        }
    }
}

fn written(s: &Session, text: &str) -> &'static str {
    if text.trim().is_empty() {
        t::NO_NOTE.get(s.lang())
    } else {
        mandat::text::plain::meeting::WRITTEN.get(s.lang())
    }
}

/// One profile for one candidate: whether they fit it, and a note per question.
fn profile_menu(s: &mut Session, meeting_id: &str, id: &str, p: &CodriverProfile) -> Go<()> {
    let lang = s.lang();
    loop {
        let Some(c) = candidate(s, id) else {
            return Err(Leave::Back);
        };
        let name = clean_line(&c.name);
        s.here(&[
            place(s, meeting_id),
            title(s),
            name.clone(),
            t::profile(lang, p.name.get(lang)),
        ]);
        s.io.say(p.description.get(lang));
        let fits = if c.fits(&p.id) {
            words::FITS
        } else {
            words::DOES_NOT_FIT
        };
        let mut choices = vec![Choice::with(t::fits_profile(lang, &name), fits.get(lang))];
        for (k, q) in p.questions.iter().enumerate() {
            let note = written(s, c.note(&p.id, k + 1));
            choices.push(Choice::with(
                t::question_n(lang, k + 1),
                t::question_detail(lang, q.get(lang), note),
            ));
        }
        match s.io.menu(t::WHAT_TO_DO.get(lang), &choices)? {
            0 => {
                let profile = p.id.clone();
                edit(s, id, |c| {
                    c.toggle_profile(&profile);
                })?;
                let now = candidate(s, id).is_some_and(|c| c.fits(&p.id));
                let state = if now {
                    words::FITS
                } else {
                    words::DOES_NOT_FIT
                };
                s.io.say(&t::fits_now(lang, &name, state.get(lang)));
            }
            k => {
                let question = p.questions[k - 1].get(lang).to_string();
                s.io.say(&question);
                let existing = c.note(&p.id, k).to_string();
                let what = words::note_about(lang, &name);
                if let Some(text) = s.io.text(&what, &existing)? {
                    let profile = p.id.clone();
                    edit(s, id, |c| c.set_note(&profile, k, &text))?;
                    s.io.say(t::NOTE_SAVED.get(lang));
                }
            }
        }
    }
}

/// Chooses the candidate, or takes the choice back when they are the chosen one.
fn choose(s: &mut Session, id: &str) -> Go<()> {
    let lang = s.lang();
    let name = candidate(s, id)
        .map(|c| clean_line(&c.name))
        .unwrap_or_default();
    if s.ws.codriver_aid.chosen.as_deref() == Some(id) {
        s.ws.unchoose_codriver();
        s.changed()?;
        s.io.tell(&words::unchosen(lang, &name));
        return Ok(());
    }
    let Some(chosen) = s.ws.choose_codriver(id) else {
        return Ok(());
    };
    s.changed()?;
    let message = if !chosen.named.is_empty() {
        words::chosen_named(lang, &name)
    } else if let Some((_, other)) = chosen.kept.first() {
        words::chosen_kept(lang, &name, &clean_line(other))
    } else {
        words::chosen_only(lang, &name)
    };
    s.io.tell(&message);
    Ok(())
}

fn rename(s: &mut Session, id: &str) -> Go<()> {
    let lang = s.lang();
    let Some(old) = candidate(s, id).map(|c| clean_line(&c.name)) else {
        return Ok(());
    };
    let Some(name) = s.io.line(&t::ask_rename(lang, &old))? else {
        s.io.say(mandat::text::plain::meeting::UNCHANGED.get(lang));
        return Ok(());
    };
    if s.ws.rename_codriver_candidate(id, &name) {
        s.changed()?;
        s.io.say(&t::renamed(lang, &clean_line(&name)));
    }
    Ok(())
}

/// The candidates side by side, profile by profile and question by question.
fn compare(s: &mut Session) {
    let lang = s.lang();
    let cands = s.ws.codriver_aid.candidates.clone();
    if cands.is_empty() {
        s.io.tell(words::NEED_CANDIDATES.get(lang));
        return;
    }
    let mut lines = Vec::new();
    for p in profiles(s) {
        lines.push(String::new());
        let (fit, not): (Vec<&Candidate>, Vec<&Candidate>) =
            cands.iter().partition(|c| c.fits(&p.id));
        let names = |cs: &[&Candidate]| -> String {
            let names: Vec<String> = cs.iter().map(|c| clean_line(&c.name)).collect();
            if names.is_empty() {
                t::NOBODY.get(lang).to_string()
            } else {
                and_list(s, &names)
            }
        };
        lines.push(t::compare_profile(
            lang,
            p.name.get(lang),
            &names(&fit),
            &names(&not),
        ));
        for (k, q) in p.questions.iter().enumerate() {
            let notes: Vec<String> = cands
                .iter()
                .filter(|c| !c.note(&p.id, k + 1).trim().is_empty())
                .map(|c| {
                    t::note_by(
                        lang,
                        &clean_line(&c.name),
                        &clean_line(c.note(&p.id, k + 1)),
                    )
                })
                .collect();
            if notes.is_empty() {
                continue;
            }
            lines.push(t::question_line(lang, k + 1, q.get(lang)));
            lines.extend(notes);
        }
    }
    let general: Vec<String> = cands
        .iter()
        .filter(|c| !c.note.trim().is_empty())
        .map(|c| {
            t::note_by(
                lang,
                &words::general_about(lang, &clean_line(&c.name)),
                &clean_line(&c.note),
            )
        })
        .collect();
    if !general.is_empty() {
        lines.push(String::new());
        lines.extend(general);
    }
    for line in lines {
        s.io.say(&line);
    }
    s.io.say(t::END_OF_COMPARISON.get(lang));
}
