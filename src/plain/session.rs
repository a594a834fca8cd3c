//! A network open in plain mode: the workspace, its lock, and saving. Every change is saved at
//! once, on this thread, before the next question is asked. When a save fails the leader is
//! told why in a sentence and chooses: try again, write a rescue copy, or (after saying yes
//! once more) go on. Whatever is left unsaved when the conversation ends goes into a rescue
//! copy, and its path is named.

use std::path::PathBuf;

use chrono::{NaiveDate, Utc};

use mandat::content::Content;
use mandat::model::Workspace;
use mandat::store::{Store, StoreError, WorkspaceLock};
use mandat::text::format::clean_line;
use mandat::text::plain::start as t;
use mandat::text::screen::frame;
use mandat::usecase::{self, CreateError, NewNetwork};
use mandat::vocab::Lang;

use super::ask::{Choice, Go, Leave};
use super::console::Console;

/// What every step needs besides the conversation and the workspace.
pub struct Ctx {
    pub lang: Lang,
    pub content: Content,
    pub store: Store,
    /// The date every countdown and default date is measured from.
    pub today: NaiveDate,
    /// Where documents go unless another path is typed (`Documents/mandat`, as in the terminal
    /// program).
    pub documents: PathBuf,
}

/// The conversation before a network is open: the first run, a file to recover.
pub struct Plain {
    pub io: Console,
    pub ctx: Ctx,
}

/// How the conversation ended, for the last words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ending {
    Saved,
    /// The leader chose a rescue copy when a save failed; the words are in it.
    RescuedByChoice(PathBuf),
    /// The last changes could not be saved, so a rescue copy holds them.
    Rescued {
        path: PathBuf,
        why: String,
    },
    /// Neither saving nor a rescue copy worked.
    Lost {
        why: String,
    },
}

pub struct Session {
    pub io: Console,
    pub ctx: Ctx,
    pub ws: Workspace,
    /// Held while the network is open, so a second `mandat` is refused.
    _lock: WorkspaceLock,
    /// A change not yet in the workspace file (its save failed).
    unsaved: bool,
    /// The rescue copy the leader chose to write, to name at the end.
    rescued: Option<PathBuf>,
}

impl Session {
    pub fn open(plain: Plain, ws: Workspace, lock: WorkspaceLock) -> Session {
        Session {
            io: plain.io,
            ctx: plain.ctx,
            ws,
            _lock: lock,
            unsaved: false,
            rescued: None,
        }
    }

    pub fn lang(&self) -> Lang {
        self.ctx.lang
    }

    /// Starts a step: an empty line, then where the leader is, in a sentence that begins with
    /// the network's name.
    pub fn here(&mut self, parts: &[String]) {
        let mut all = vec![clean_line(&self.ws.name)];
        all.extend(parts.iter().cloned());
        let place = all.join(" › ");
        self.io.blank();
        self.io.say(&t::you_are_in(self.ctx.lang, &place));
    }

    /// The workspace changed: save it now. When saving fails, the leader decides what happens.
    pub fn changed(&mut self) -> Go<()> {
        self.unsaved = true;
        self.save_until_safe(false)
    }

    /// Before the network is left for another: its changes are saved, in a rescue copy, or
    /// given up on purpose.
    pub fn safe_to_leave(&mut self) -> Go<()> {
        if !self.unsaved {
            return Ok(());
        }
        self.save_until_safe(true)
    }

    fn try_save(&mut self) -> Result<(), StoreError> {
        self.ws.updated_at = Utc::now();
        self.ctx.store.save(&self.ws)?;
        self.unsaved = false;
        Ok(())
    }

    fn save_until_safe(&mut self, leaving: bool) -> Go<()> {
        let lang = self.lang();
        loop {
            let why = match self.try_save() {
                Ok(()) => return Ok(()),
                Err(e) => e.message(lang),
            };
            self.io.blank();
            self.io.tell(&t::save_failed(lang, &why));
            let last = if leaving { t::DISCARD } else { t::GO_ON };
            let choices = [
                Choice::new(t::RETRY.get(lang)),
                Choice::new(t::RESCUE.get(lang)),
                Choice::new(last.get(lang)),
            ];
            match self.io.menu(t::WHAT_NOW.get(lang), &choices) {
                Ok(0) | Err(Leave::Back) => {}
                Ok(1) => match self.ctx.store.write_rescue(&self.ws, Utc::now()) {
                    Ok(path) => {
                        self.io
                            .tell(&frame::rescued_to(lang, &path.display().to_string()));
                        self.unsaved = false;
                        self.rescued = Some(path);
                        return Ok(());
                    }
                    Err(e) => self.io.tell(&t::rescue_failed(lang, &e.message(lang))),
                },
                Ok(_) => {
                    let question = if leaving {
                        t::CONFIRM_DISCARD
                    } else {
                        t::CONFIRM_GO_ON
                    };
                    if self.io.yes_no(question.get(lang))? {
                        if leaving {
                            self.unsaved = false;
                        }
                        return Ok(());
                    }
                }
                Err(Leave::Quit) => return Err(Leave::Quit),
            }
        }
    }

    /// Saves what is not saved yet, or else writes it to a rescue copy: the way out.
    pub fn finish(mut self) -> Ending {
        let lang = self.lang();
        if !self.unsaved {
            return match self.rescued.take() {
                Some(path) => Ending::RescuedByChoice(path),
                None => Ending::Saved,
            };
        }
        let why = match self.try_save() {
            Ok(()) => return self.finish(),
            Err(e) => e.message(lang),
        };
        match self.ctx.store.write_rescue(&self.ws, Utc::now()) {
            Ok(path) => Ending::Rescued { path, why },
            Err(e) => Ending::Lost {
                why: frame::rescue_failed(lang, &e.message(lang)),
            },
        }
    }

    /// Opens another network in place of this one (its changes are safe: see
    /// [`Session::safe_to_leave`]). On failure this one stays open and the leader is told why.
    pub fn switch_to(&mut self, id: &str) -> bool {
        let lang = self.lang();
        let store = &self.ctx.store;
        let opened = store
            .lock(id)
            .and_then(|lock| store.load(id).map(|ws| (ws, lock)));
        match opened {
            Ok((ws, lock)) => {
                let _ = store.set_last_used(id);
                self.replace(ws, lock);
                true
            }
            Err(e) => {
                self.io.tell(&e.message(lang));
                false
            }
        }
    }

    /// Creates a network and opens it in place of this one.
    pub fn create(&mut self, new: NewNetwork) -> bool {
        let lang = self.lang();
        match create(&self.ctx, new) {
            Ok((ws, lock)) => {
                self.io.say(&t::created(lang, &clean_line(&ws.name)));
                self.replace(ws, lock);
                true
            }
            Err(why) => {
                self.io.tell(&why);
                false
            }
        }
    }

    fn replace(&mut self, ws: Workspace, lock: WorkspaceLock) {
        self.ws = ws;
        self._lock = lock;
        self.unsaved = false;
    }
}

/// Creates a network's workspace and takes its lock; the reason in a sentence on failure.
pub fn create(ctx: &Ctx, new: NewNetwork) -> Result<(Workspace, WorkspaceLock), String> {
    let lang = ctx.lang;
    let ws = usecase::create_network(&ctx.store, &ctx.content, new, Utc::now()).map_err(
        |e| match e {
            CreateError::EmptyName => mandat::text::screen::first_run::NEED_THEME
                .get(lang)
                .to_string(),
            CreateError::NoCourse(_) => mandat::text::screen::first_run::NO_COURSE
                .get(lang)
                .to_string(),
            CreateError::Store(e) => e.message(lang),
        },
    )?;
    let lock = ctx.store.lock(&ws.id).map_err(|e| e.message(lang))?;
    Ok((ws, lock))
}
