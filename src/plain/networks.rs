//! The leader's networks: open another (the one open now is saved first, or its changes kept
//! safe) or create a new one with the first run's questions.

use mandat::store::Listed;
use mandat::text::common;
use mandat::text::format::clean_line;
use mandat::text::plain::start as t;

use super::ask::{Choice, Go, Leave};
use super::session::Session;
use super::start::wizard;

pub fn run(s: &mut Session) -> Go<()> {
    let lang = s.lang();
    loop {
        s.here(&[t::NETWORKS.get(lang).to_string()]);
        let listed = match s.ctx.store.list() {
            Ok(listed) => listed,
            Err(e) => {
                s.io.tell(&e.message(lang));
                Vec::new()
            }
        };
        let mut choices: Vec<Choice> = listed
            .iter()
            .map(|l| match l {
                Listed::Ok(w) => {
                    let kind = common::network_type(lang, w.network_type);
                    let leader = clean_line(&w.leader_name);
                    let detail = if w.id == s.ws.id {
                        t::open_network_detail(lang, kind, &leader)
                    } else {
                        t::network_detail(lang, kind, &leader)
                    };
                    Choice::with(clean_line(&w.name), detail)
                }
                Listed::Broken { path, .. } => Choice::with(
                    path.file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    t::CANNOT_BE_READ.get(lang),
                ),
            })
            .collect();
        choices.push(Choice::new(t::NEW_NETWORK.get(lang)));
        let picked = s.io.menu(t::CHOOSE_NETWORK.get(lang), &choices)?;
        match listed.get(picked) {
            Some(Listed::Ok(w)) if w.id == s.ws.id => s.io.say(t::ALREADY_OPEN.get(lang)),
            Some(Listed::Ok(w)) => {
                let id = w.id.clone();
                s.safe_to_leave()?;
                if s.switch_to(&id) {
                    let name = clean_line(&s.ws.name);
                    s.io.say(&t::opened(lang, &name));
                    return Ok(());
                }
            }
            Some(Listed::Broken { error, .. }) => s.io.tell(&error.message(lang)),
            None => {
                s.here(&[
                    t::NETWORKS.get(lang).to_string(),
                    t::FIRST_RUN.get(lang).to_string(),
                ]);
                let leader = s.ws.leader_name.clone();
                let new = match wizard(&mut s.io, &s.ctx, &leader, true) {
                    Err(Leave::Back) => continue,
                    other => other?,
                };
                s.safe_to_leave()?;
                if s.create(new) {
                    return Ok(());
                }
            }
        }
    }
}
