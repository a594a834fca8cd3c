//! An app bound to the data folder: opening, creating and switching workspaces, saving within
//! a second of every change, and writing exports. Used by the terminal loop and, headless, by
//! the tests.

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, Utc};
use ratatui::crossterm::event::Event;

use crate::content::Content;
use crate::export::{brief, pamphlet};
use crate::flow::plan::PlanDraft;
use crate::i18n::Lang;
use crate::model::Workspace;
use crate::planner::PlanSettings;
use crate::store::{Listed, Store, StoreError, WorkspaceLock};

use super::TuiError;
use super::action::Action;
use super::app::{
    App, Effect, ExportKind, ExportRequest, NewWorkspace, Screen, WorkspaceEntry, update,
};
use super::keymap;
use super::screen::recover;
use super::strings as s;

/// How long after a change the save waits, so a burst of typing is one save.
pub const SAVE_DELAY: Duration = Duration::from_millis(500);
/// Poll timeout when nothing is waiting to be saved.
pub const IDLE_POLL: Duration = Duration::from_secs(30);

pub struct Session {
    pub app: App,
    store: Store,
    lock: Option<WorkspaceLock>,
    saved_revision: u64,
    /// When the oldest unsaved change was seen.
    dirty_since: Option<Instant>,
}

impl Session {
    /// Opens the chosen workspace, or the last used, or the newest; with none, the first-run
    /// wizard. A workspace another `mandat` has open is refused.
    pub fn start(
        store: Store,
        content: Content,
        lang: Lang,
        workspace: Option<String>,
        today: NaiveDate,
    ) -> Result<Session, TuiError> {
        let id = workspace.or_else(|| store.last_used()).or_else(|| {
            store.list().ok().and_then(|l| {
                l.into_iter().find_map(|x| match x {
                    Listed::Ok(summary) => Some(summary.id),
                    Listed::Broken { .. } => None,
                })
            })
        });
        let mut recover = None;
        let (ws, lock) = match id {
            Some(id) => {
                let lock = store.lock(&id).map_err(|e| TuiError::store(&e, lang))?;
                match store.load(&id) {
                    Ok(ws) => {
                        let _ = store.set_last_used(&id);
                        (Some(ws), Some(lock))
                    }
                    // A damaged file: offer the newest good backup rather than just stopping.
                    Err(e) if e.is_unreadable_file() => {
                        let backup = store.last_good_backup(&id).ok().flatten();
                        recover = Some(recover::State {
                            id,
                            problem: e.message(lang),
                            backup,
                        });
                        (None, Some(lock))
                    }
                    Err(e) => return Err(TuiError::store(&e, lang)),
                }
            }
            None => (None, None),
        };
        let mut app = App::new(content, lang, today, ws);
        if let Some(state) = recover {
            app.screen = Screen::Recover(state);
        }
        app.export_dir = store.data_dir().join("exports");
        Ok(Session {
            app,
            store,
            lock,
            saved_revision: 0,
            dirty_since: None,
        })
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// A terminal event: keys and pastes become actions.
    pub fn handle_event(&mut self, event: &Event, now: Instant) -> Vec<Effect> {
        match keymap::action_for_event(&self.app, event) {
            Some(action) => self.handle(action, now),
            None => Vec::new(),
        }
    }

    /// Applies an action and carries out its effects; returns those only the terminal can do.
    pub fn handle(&mut self, action: Action, now: Instant) -> Vec<Effect> {
        update(&mut self.app, action);
        let mut left = Vec::new();
        for effect in std::mem::take(&mut self.app.effects) {
            match effect {
                Effect::CreateWorkspace(new) => self.create(new),
                Effect::OpenWorkspace(id) => self.switch(&id),
                Effect::RefreshWorkspaces => self.refresh_list(),
                Effect::Export(req) => self.export(&req),
                Effect::Restore { id, backup } => self.restore(&id, &backup),
                other => left.push(other),
            }
        }
        self.note_changes(now);
        if !self.app.running {
            self.save_now();
        }
        left
    }

    fn note_changes(&mut self, now: Instant) {
        if self.app.revision != self.saved_revision && self.dirty_since.is_none() {
            self.dirty_since = Some(now);
        }
    }

    /// How long the loop may wait for a key before a save is due.
    pub fn poll_timeout(&self, now: Instant) -> Duration {
        match self.dirty_since {
            Some(since) => (since + SAVE_DELAY).saturating_duration_since(now),
            None => IDLE_POLL,
        }
    }

    /// Saves when the oldest unsaved change is old enough. Returns whether a save was tried,
    /// so the screen is redrawn (a failed save shows a message).
    pub fn tick(&mut self, now: Instant) -> bool {
        self.note_changes(now);
        if let Some(since) = self.dirty_since
            && now.saturating_duration_since(since) >= SAVE_DELAY
        {
            if !self.save_now() {
                // Try again a little later rather than on every turn.
                self.dirty_since = Some(now + Duration::from_secs(2));
            }
            return true;
        }
        false
    }

    pub fn has_unsaved_changes(&self) -> bool {
        self.app.revision != self.saved_revision
    }

    /// Saves now if anything changed; returns false when saving failed (the message says why).
    pub fn save_now(&mut self) -> bool {
        if !self.has_unsaved_changes() {
            self.dirty_since = None;
            return true;
        }
        let Some(ws) = self.app.workspace.as_mut() else {
            self.saved_revision = self.app.revision;
            self.dirty_since = None;
            return true;
        };
        ws.updated_at = Utc::now();
        match self.store.save(ws) {
            Ok(()) => {
                self.saved_revision = self.app.revision;
                self.dirty_since = None;
                true
            }
            Err(e) => {
                let lang = self.app.lang;
                self.app.error(s::save_failed(lang, &e.message(lang)));
                false
            }
        }
    }

    fn create(&mut self, new: NewWorkspace) {
        let lang = self.app.lang;
        let Some(course) = self.app.content.default_course(new.network_type) else {
            self.app.error(s::FR_NO_COURSE.get(lang));
            return;
        };
        let plan = PlanDraft::new(PlanSettings::new(course.id.clone(), new.start));
        let id = self.store.new_id(&new.name);
        let ws = Workspace::new(
            id.clone(),
            new.name,
            new.network_type,
            new.leader_name,
            plan,
            Utc::now(),
        );
        self.save_now();
        let lock = match self.store.lock(&id) {
            Ok(lock) => lock,
            Err(e) => return self.app.error(e.message(lang)),
        };
        if let Err(e) = self.store.create(&ws) {
            return self.app.error(e.message(lang));
        }
        let _ = self.store.set_last_used(&id);
        self.lock = Some(lock);
        self.saved_revision = self.app.revision;
        self.app.open_workspace(ws);
    }

    fn switch(&mut self, id: &str) {
        let lang = self.app.lang;
        if self.app.workspace.as_ref().is_some_and(|w| w.id == id) {
            self.app.screen = Screen::default();
            return;
        }
        self.save_now();
        let lock = match self.store.lock(id) {
            Ok(lock) => lock,
            Err(e) => return self.app.error(e.message(lang)),
        };
        let ws = match self.store.load(id) {
            Ok(ws) => ws,
            Err(e) => return self.app.error(e.message(lang)),
        };
        let _ = self.store.set_last_used(id);
        self.lock = Some(lock);
        self.saved_revision = self.app.revision;
        self.dirty_since = None;
        self.app.open_workspace(ws);
    }

    /// Puts a backup back (the unreadable file is kept beside it) and opens the workspace.
    fn restore(&mut self, id: &str, backup: &crate::store::Backup) {
        let lang = self.app.lang;
        let kept = match self.store.restore_at(id, backup, Utc::now()) {
            Ok(kept) => kept,
            Err(e) => return self.app.error(e.message(lang)),
        };
        let ws = match self.store.load(id) {
            Ok(ws) => ws,
            Err(e) => return self.app.error(e.message(lang)),
        };
        let _ = self.store.set_last_used(id);
        self.saved_revision = self.app.revision;
        self.dirty_since = None;
        self.app.open_workspace(ws);
        if let Some(kept) = kept {
            self.app
                .info(s::restored(lang, &kept.display().to_string()));
        }
    }

    fn refresh_list(&mut self) {
        let lang = self.app.lang;
        match self.store.list() {
            Ok(list) => {
                self.app.workspaces = list
                    .into_iter()
                    .map(|l| match l {
                        Listed::Ok(w) => WorkspaceEntry {
                            detail: format!("{} · {}", w.network_type.name(lang), w.leader_name),
                            id: w.id,
                            name: w.name,
                            network_type: Some(w.network_type),
                        },
                        Listed::Broken { path, error } => WorkspaceEntry {
                            id: String::new(),
                            name: file_name(&path),
                            network_type: None,
                            detail: error.message(lang),
                        },
                    })
                    .collect();
            }
            Err(e) => self.app.error(e.message(lang)),
        }
    }

    fn export(&mut self, req: &ExportRequest) {
        let lang = self.app.lang;
        let today = self.app.today;
        let Some(ws) = self.app.workspace.as_mut() else {
            return;
        };
        let before = ws.clone();
        let rendered = match req.kind {
            ExportKind::Brief => brief::render(
                ws,
                &req.meeting_id,
                &self.app.content,
                lang,
                req.format,
                today,
                req.include_private,
            )
            .map_err(|e| e.message(lang)),
            ExportKind::Pamphlet => pamphlet::generate(
                ws,
                &req.meeting_id,
                &self.app.content,
                lang,
                req.format,
                today,
            )
            .map_err(|e| e.message(lang)),
        };
        let changed = *ws != before;
        let text = match rendered {
            Ok(text) => text,
            Err(e) => return self.app.error(e),
        };
        if changed {
            self.app.touch();
        }
        let shown = req.path.display().to_string();
        match crate::store::write_private(&req.path, text.as_bytes()) {
            Ok(()) => self.app.info(s::written_to(lang, &shown)),
            Err(e) => self
                .app
                .error(s::export_failed(lang, &shown, &e.to_string())),
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

impl TuiError {
    pub(crate) fn store(e: &StoreError, lang: Lang) -> TuiError {
        TuiError(e.message(lang))
    }
}
